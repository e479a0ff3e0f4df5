"""Password hashing with argon2, the memory-hard hash a stolen database copy resists best."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_LENGTH = 8

# OWASP's recommended Argon2id setting (19 MiB, 2 passes, 1 lane): strong against a stolen copy of
# the database, and light enough for the ordinary office PCs the desks run on; argon2-cffi's default
# (64 MiB, 4 lanes) adds 64 MiB to the application's peak memory at every sign-in. Hashes made with
# other settings still verify and are rehashed at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified against when a user name is unknown, so a wrong name costs as long as a wrong password;
    made on first need, not at import, where it would slow every start."""
    return _hasher.hash("not a password of anyone")


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
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
