"""Personal values sealed to the desks' key by a PC that must not be able to read them: a kiosk.

A kiosk takes a visitor's name and phone to be called back, but it stands in a public hall: with the
personal-data key on it, whoever got at its disk could read every resident. So the desks publish a
public key in the shared settings, derived from the personal-data key (X25519 through HKDF-SHA256,
so nothing new has to be kept or backed up), and the kiosk seals each value to it with a key pair
made for that value alone: X25519 agreement, HKDF-SHA256, AES-256-GCM with the field bound in as
associated data. Only a desk holding the personal-data key opens it again; the kiosk cannot read back
even what it wrote a moment ago.

A sealed value is: version byte 0x02 (the vault's own values start with 0x01), the one-off public
key (32 bytes), the nonce (12 bytes), the ciphertext with its 16-byte tag.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.security import settings
from silvershop.security.models import Setting
from silvershop.security.vault import KeyProblem, Vault

SEALING_INFO = b"silvershop callback sealing"  # the desks' key pair, from the personal-data key
_CIPHER_INFO = b"silvershop callback sealing: AES-256-GCM key of one value"
_FORMAT = b"\x02"
_KEY_BYTES = 32
_NONCE_BYTES = 12
_TAG_BYTES = 16


@dataclass(frozen=True)
class SealingKey:
    """The public half the kiosk seals to, and which personal-data key it was derived from."""

    key_id: str
    public: bytes

    def to_json(self) -> dict[str, str]:
        return {"key_id": self.key_id, "public_key": base64.b64encode(self.public).decode()}

    @classmethod
    def from_json(cls, value: Any) -> SealingKey | None:
        """None for anything that is not a whole key, which a desk then writes again."""
        try:
            key = cls(str(value["key_id"]), base64.b64decode(value["public_key"], validate=True))
        except (KeyError, TypeError, ValueError, binascii.Error):
            return None
        return key if key.key_id and len(key.public) == _KEY_BYTES else None


def _private_key(vault: Vault) -> X25519PrivateKey:
    secret = HKDF(algorithm=SHA256(), length=_KEY_BYTES, salt=None, info=SEALING_INFO).derive(vault.enc_key)
    return X25519PrivateKey.from_private_bytes(secret)


def sealing_key(vault: Vault) -> SealingKey:
    return SealingKey(vault.key_id, _private_key(vault).public_key().public_bytes_raw())


def publish_sealing_key(session: Session, vault: Vault) -> None:
    """Write the vault's public key to the shared settings, unless it is there already: a kiosk on
    this database then takes callback requests. Written again if it was changed by hand, so a key
    slipped in by someone with write access to the settings does not last past a desk's next action."""
    wanted = sealing_key(vault).to_json()
    row = session.get(Setting, settings.CALLBACK_SEALING_KEY)
    if row is None:
        session.add(Setting(key=settings.CALLBACK_SEALING_KEY, value=json.dumps(wanted)))
    elif json.loads(row.value) != wanted:
        row.value = json.dumps(wanted)
    else:
        return
    session.flush()


def published_key(session: Session) -> SealingKey | None:
    """The key a kiosk seals to; None until a desk with the personal-data key published it."""
    return SealingKey.from_json(settings.get(session, settings.CALLBACK_SEALING_KEY))


def _cipher(shared: bytes, one_off: bytes, recipient: bytes) -> AESGCM:
    """Both public keys go into the derivation, so a value cannot be re-pointed at another key pair."""
    key = HKDF(algorithm=SHA256(), length=_KEY_BYTES, salt=one_off + recipient, info=_CIPHER_INFO).derive(
        shared
    )
    return AESGCM(key)


def seal(key: SealingKey, value: str, *, purpose: str) -> bytes:
    """`value` for the holder of the personal-data key `key` comes from, and nobody else."""
    one_off = X25519PrivateKey.generate()
    one_off_public = one_off.public_key().public_bytes_raw()
    shared = one_off.exchange(X25519PublicKey.from_public_bytes(key.public))
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = _cipher(shared, one_off_public, key.public).encrypt(
        nonce, value.encode("utf-8"), purpose.encode()
    )
    return _FORMAT + one_off_public + nonce + sealed


def unseal(vault: Vault, blob: bytes, *, purpose: str) -> str:
    """The value sealed to `vault`'s public key; KeyProblem when it was sealed to another key, for
    another field, or changed since."""
    if not blob.startswith(_FORMAT) or len(blob) < 1 + _KEY_BYTES + _NONCE_BYTES + _TAG_BYTES:
        raise KeyProblem(QT_TRANSLATE_NOOP("errors", "A stored personal value is in an unknown format."))
    one_off_public = blob[1 : 1 + _KEY_BYTES]
    nonce = blob[1 + _KEY_BYTES : 1 + _KEY_BYTES + _NONCE_BYTES]
    sealed = blob[1 + _KEY_BYTES + _NONCE_BYTES :]
    private = _private_key(vault)
    try:
        # A changed one-off key may be a point X25519 refuses (ValueError) or simply a wrong one.
        shared = private.exchange(X25519PublicKey.from_public_bytes(one_off_public))
        recipient = private.public_key().public_bytes_raw()
        clear = _cipher(shared, one_off_public, recipient).decrypt(nonce, sealed, purpose.encode())
    except (InvalidTag, ValueError) as exc:
        raise KeyProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "This value cannot be read with this desk's personal-data key: it was written for "
                "another key, or changed since.",
            )
        ) from exc
    return clear.decode("utf-8")
