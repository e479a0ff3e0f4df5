"""Password hashing with argon2, the memory-hard hash a stolen database copy resists best."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_LENGTH = 8

_hasher = PasswordHasher()
# Verified against when a user name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {n} characters."),
            field="password",
            n=MIN_LENGTH,
        )
    if password.strip() != password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password cannot begin or end with a space."), field="password"
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
