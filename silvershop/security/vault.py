"""Encryption of residents' personal data with a key kept outside the database.

The key lives in a file with owner-only permissions (or, for server set-ups, in the environment
variable SILVERSHOP_DATA_KEY). The database records which key it was written with, so a missing or
different key is reported plainly and a new one is never made over existing data: a silently
replaced key would make every stored ID number unreadable for good.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from silvershop.config import config_dir
from silvershop.db.session import write_intent
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.security.models import Setting

KEY_ENV = "SILVERSHOP_DATA_KEY"
KEY_FILE_ENV = "SILVERSHOP_KEY_FILE"
KEY_ID_SETTING = "personal_data.key_id"
_FORMAT = b"\x01"  # version byte in front of every ciphertext
_NONCE_BYTES = 12


class KeyProblem(SilvershopError):
    """The personal-data key is missing, damaged or not the one this database was written with."""


def default_key_path() -> Path:
    explicit = os.environ.get(KEY_FILE_ENV)
    return Path(explicit) if explicit else config_dir() / "personal-data.key"


@dataclass(frozen=True)
class Vault:
    """Encrypts, decrypts and hashes personal values with one key."""

    key_id: str
    enc_key: bytes
    hash_key: bytes

    def encrypt(self, value: str, *, purpose: str) -> bytes:
        """`purpose` (the field) is bound in, so a phone's ciphertext cannot pass for an ID number."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = AESGCM(self.enc_key).encrypt(nonce, value.encode("utf-8"), purpose.encode())
        return _FORMAT + nonce + sealed

    def decrypt(self, blob: bytes, *, purpose: str) -> str:
        if not blob.startswith(_FORMAT):
            raise KeyProblem(QT_TRANSLATE_NOOP("errors", "A stored personal value is in an unknown format."))
        nonce, sealed = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            return AESGCM(self.enc_key).decrypt(nonce, sealed, purpose.encode()).decode("utf-8")
        except InvalidTag as exc:
            raise KeyProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Personal data cannot be read with this key: the key file is not the one the "
                    "data was saved with. Restore the right key file from your backup.",
                )
            ) from exc

    def lookup_hash(self, value: str, *, purpose: str) -> str:
        """A keyed hash for finding a record by ID number or phone without storing the clear value."""
        return hmac.new(self.hash_key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def to_text(self) -> str:
        return json.dumps(
            {
                "key_id": self.key_id,
                "enc_key": base64.b64encode(self.enc_key).decode(),
                "hash_key": base64.b64encode(self.hash_key).decode(),
            }
        )

    @classmethod
    def from_text(cls, text: str, source: str) -> Vault:
        try:
            raw = json.loads(text)
            vault = cls(
                key_id=str(raw["key_id"]),
                enc_key=base64.b64decode(raw["enc_key"]),
                hash_key=base64.b64decode(raw["hash_key"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "The personal-data key in {source} is damaged. Restore it from your backup."
                ),
                source=source,
            ) from exc
        if len(vault.enc_key) != 32 or len(vault.hash_key) != 32:
            raise KeyProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "The personal-data key in {source} is damaged. Restore it from your backup."
                ),
                source=source,
            )
        return vault

    @classmethod
    def generate(cls) -> Vault:
        return cls(
            key_id=secrets.token_hex(4), enc_key=secrets.token_bytes(32), hash_key=secrets.token_bytes(32)
        )


def read_key(path: Path | None = None) -> Vault | None:
    """The key from the environment or the key file; None when there is none at all."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return Vault.from_text(from_env, KEY_ENV)
    path = path or default_key_path()
    if not path.exists():
        return None
    return Vault.from_text(path.read_text(encoding="utf-8"), str(path))


def write_key(vault: Vault, path: Path | None = None) -> Path:
    """Save a new key readable by its owner only; refuses to overwrite an existing file."""
    path = path or default_key_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(vault.to_text())
    return path


def open_vault(session: Session, path: Path | None = None) -> Vault:
    """The key this database's personal data is written with, made on first use only.

    A database that already names a key gets that key or a clear refusal, never a fresh one. In a
    transaction that writes, the key kiosks seal callback requests to is published as well (once; see
    `sealed`), so a kiosk on this database takes them without ever holding this key; a look that only
    reads leaves that to the next action that writes.
    """
    vault = _checked_vault(session, path)
    if write_intent():
        from silvershop.security.sealed import publish_sealing_key  # sealed builds on this module

        publish_sealing_key(session, vault)
    return vault


def _checked_vault(session: Session, path: Path | None) -> Vault:
    vault = read_key(path)
    recorded = session.get(Setting, KEY_ID_SETTING)
    if recorded is None:
        if vault is None:
            vault = Vault.generate()
            write_key(vault, path)
        session.add(Setting(key=KEY_ID_SETTING, value=json.dumps(vault.key_id)))
        session.flush()
        return vault
    expected = json.loads(recorded.value)
    where = KEY_ENV if os.environ.get(KEY_ENV) else str(path or default_key_path())
    if vault is None:
        raise KeyProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The personal-data key file {path} is missing, so residents' ID numbers and phones cannot be "
                "read. Restore the key file from your backup; a new key cannot read the old data.",
            ),
            path=where,
        )
    if vault.key_id != expected:
        raise KeyProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The personal-data key in {path} (key {found}) is not the one this database was saved with "
                "(key {expected}). Restore the right key file from your backup.",
            ),
            path=where,
            found=vault.key_id,
            expected=expected,
        )
    return vault
