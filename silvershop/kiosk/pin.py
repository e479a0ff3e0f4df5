"""The staff PIN that takes the kiosk out of its full-screen mode, and how long an idle kiosk waits
before it goes back to its home page.

The PIN is kept only as an argon2 hash (like a password), shared by every kiosk on the database. It
is short by nature, so it must never reach the audit log or a command's output, where a hash could
be tried offline against all 10⁸ PINs in minutes.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.security import settings
from silvershop.security.passwords import hash_password, verify_password
from silvershop.security.permissions import Actor

PIN_DIGITS = (4, 8)
FIELD = "pin"


def tidy_pin(pin: str) -> str:
    """The PIN as kept: 4 to 8 ASCII digits (full-width digits from a Chinese input method count)."""
    typed = unicodedata.normalize("NFKC", pin).strip()
    shortest, longest = PIN_DIGITS
    if not (typed.isascii() and typed.isdigit() and shortest <= len(typed) <= longest):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The kiosk PIN is {shortest} to {longest} digits (0-9), without letters or spaces."
            ),
            field=FIELD,
            shortest=shortest,
            longest=longest,
        )
    return typed


def set_kiosk_pin(session: Session, actor: Actor, pin: str) -> None:
    """Replace the staff PIN of every kiosk on this database; audited without the PIN or its hash."""
    tidy = tidy_pin(pin)
    settings.put_secret(session, actor, settings.KIOSK_PIN, hash_password(tidy))


def kiosk_pin_set(session: Session) -> bool:
    return bool(settings.get(session, settings.KIOSK_PIN))


def kiosk_pin_matches(session: Session, pin: str) -> bool:
    """Whether `pin` is the staff PIN (never, while none is set: `kiosk_pin_set` tells that case apart).
    No actor: the kiosk asks before anyone has signed in."""
    stored = str(settings.get(session, settings.KIOSK_PIN))
    typed = unicodedata.normalize("NFKC", pin).strip()
    return verify_password(stored or None, typed)


def idle_seconds(session: Session) -> int:
    return int(settings.get(session, settings.KIOSK_IDLE_SECONDS))
