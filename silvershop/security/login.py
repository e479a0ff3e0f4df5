"""Logging in: one message for a wrong name or a wrong password, and a growing wait after
repeated failures so a password cannot be guessed by trying.

Logging in owns its transaction, unlike other services: a failed attempt must be counted even
though the attempt itself is refused.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from threading import Lock

from sqlalchemy.orm import Session, sessionmaker

from silvershop.db.base import utcnow
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.security import audit
from silvershop.security.passwords import hash_password, needs_rehash, verify_password
from silvershop.security.permissions import Actor
from silvershop.security.users import actor_for, find_user

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300


class LoginRefused(SilvershopError):
    """Wrong credentials, a disabled account, or too many attempts."""


WRONG = QT_TRANSLATE_NOOP("errors", "The user name or the password is wrong.")
WAIT = QT_TRANSLATE_NOOP("errors", "Too many failed attempts. Wait {seconds} seconds, then try again.")
DISABLED = QT_TRANSLATE_NOOP("errors", "This account is disabled. Ask an administrator to enable it.")


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` failed attempts in a row: 0 for the first few, then doubling."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)


class _UnknownNames:
    """Failures for names with no account, counted in memory so an unknown name is throttled
    exactly like a known one and the wait does not reveal which names exist."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._state: dict[str, tuple[int, datetime | None]] = {}

    def locked_until(self, name: str) -> datetime | None:
        with self._lock:
            return self._state.get(name, (0, None))[1]

    def fail(self, name: str, now: datetime) -> None:
        with self._lock:
            failures = self._state.get(name, (0, None))[0] + 1
            wait = wait_after(failures)
            self._state[name] = (failures, now + timedelta(seconds=wait) if wait else None)


_unknown = _UnknownNames()


def _refuse_if_waiting(locked_until: datetime | None, now: datetime) -> None:
    if locked_until is not None and locked_until > now:
        seconds = max(1, math.ceil((locked_until - now).total_seconds()))
        raise LoginRefused(WAIT, field="password", seconds=seconds)


def login(factory: sessionmaker[Session], username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for these credentials, or LoginRefused (with the failure already recorded)."""
    now = now or utcnow()
    name = username.strip()
    refusal: LoginRefused | None = None
    with transaction(factory) as session:
        user = find_user(session, name)
        if user is None:
            _refuse_if_waiting(_unknown.locked_until(name), now)
            verify_password(None, password)  # same cost as a real check
            _unknown.fail(name, now)
            raise LoginRefused(WRONG, field="password")
        _refuse_if_waiting(user.locked_until, now)
        actor = actor_for(user)
        if not verify_password(user.password_hash, password):
            user.failed_logins += 1
            wait = wait_after(user.failed_logins)
            user.locked_until = now + timedelta(seconds=wait) if wait else None
            audit.record(
                session, actor, "login_failed", "user", user.id, {"failed_logins": (None, user.failed_logins)}
            )
            refusal = LoginRefused(WRONG, field="password")
        elif not user.active:
            refusal = LoginRefused(DISABLED)
        else:
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            audit.record(session, actor, "login", "user", user.id)
    if refusal is not None:
        raise refusal  # raised after the commit, so the failure count stays
    return actor
