"""Settings shared by every desk on one database, with the defaults a new city starts from.

Values are JSON in the `setting` table; changing one is an administrator's action and audited.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.labels.payloads import CODE_FIELD, WEB_SCHEMES
from silvershop.security import audit
from silvershop.security.models import Setting
from silvershop.security.permissions import Actor, Permission

IDLE_LOCK_MINUTES = "session.idle_lock_minutes"
RETENTION_YEARS = "residents.retention_years"
ID_MASK = "residents.id_mask"  # [head, tail] characters of an ID number left visible
PRODUCT_LABEL_URL = "labels.product_url"  # "" : product labels carry SS:P:<code>
SUBMITTING_OFFICE = "bureau.office"  # 填报单位, named in the bureau workbook
KIOSK_PIN = "kiosk.pin_hash"  # argon2 hash of the staff PIN that leaves the kiosk; "" = none set
KIOSK_IDLE_SECONDS = "kiosk.idle_seconds"  # the kiosk goes back to its home page after this long
CALLBACK_DAYS = "kiosk.callback_days"  # a callback request's name and phone are deleted after this long
# {"key_id", "public_key"}: what kiosks seal visitors' names and phones to (security/sealed.py); written
# by the desks from the personal-data key, never by hand.
CALLBACK_SEALING_KEY = "kiosk.callback_public_key"
# The city's rental subsidy budget for a year, in whole 元; 0 = not set. The dashboard sets what was
# granted against it (stats/figures.py).
SUBSIDY_BUDGET_YUAN = "subsidy.budget_yuan"
BACKUP_KEEP_DAYS = "backups.keep_days"  # a SQLite database's daily copies are kept this many days

DEFAULTS: dict[str, Any] = {
    IDLE_LOCK_MINUTES: 10,
    RETENTION_YEARS: 3,
    ID_MASK: [6, 4],
    PRODUCT_LABEL_URL: "",
    SUBMITTING_OFFICE: "",
    KIOSK_PIN: "",
    KIOSK_IDLE_SECONDS: 90,
    CALLBACK_DAYS: 30,
    CALLBACK_SEALING_KEY: "",
    SUBSIDY_BUDGET_YUAN: 0,
    BACKUP_KEEP_DAYS: 14,
}
# Kept only as a hash, written by `put_secret` (kiosk/pin.set_kiosk_pin hashes the PIN first); the
# audit log says whether one is set, never the value.
SECRETS = frozenset({KIOSK_PIN})

_LIMITS: dict[str, tuple[int, int]] = {
    IDLE_LOCK_MINUTES: (1, 240),
    RETENTION_YEARS: (1, 30),
    KIOSK_IDLE_SECONDS: (20, 900),
    CALLBACK_DAYS: (1, 365),
    BACKUP_KEEP_DAYS: (1, 365),
    SUBSIDY_BUDGET_YUAN: (0, 2_000_000_000),  # what the settings field can hold (a 32-bit spin box)
}
URL_EXAMPLE = "https://ylfw.example.gov.cn/product/{code}"
URL_MAX_LENGTH = 200  # a longer address makes the QR code too dense for a small label


def limits(key: str) -> tuple[int, int]:
    """The least and the most a whole-number setting takes, for a field to offer just those."""
    return _LIMITS[key]


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else DEFAULTS[key]


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting {key}."), field=key, key=key)
    if key == KIOSK_PIN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The kiosk's staff PIN is set on its own, with Set PIN… in the settings or "
                "`silvershop-cli kiosk-pin`, so that only its hash is kept.",
            ),
            field=key,
        )
    if key == CALLBACK_SEALING_KEY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key kiosks seal callback requests with is written by silvershop itself, from the "
                "personal-data key of the desks; it cannot be set by hand.",
            ),
            field=key,
        )
    if key in _LIMITS:
        low, high = _LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
                field=key,
                low=low,
                high=high,
            )
    if key == ID_MASK and not (
        isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 0 <= v <= 8 for v in value)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Give how many leading and trailing characters stay visible (0 to 8 each)."
            ),
            field=key,
        )
    if key == PRODUCT_LABEL_URL:
        check_product_url(value)
    if key == SUBMITTING_OFFICE:
        value = check_office(value)
    old = get(session, key)
    _store(session, key, value)
    audit.record(session, actor, "update", "setting", key, {"value": (old, value)})


def put_secret(session: Session, actor: Actor, key: str, digest: str) -> None:
    """Keep the hash of a secret (`SECRETS`); the caller hashed it. The audit entry says only that it
    was set or cleared: a hash in a log that others read could be tried offline against every PIN."""
    actor.require(Permission.MANAGE_SETTINGS)
    if key not in SECRETS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting {key}."), field=key, key=key)
    was_set = bool(get(session, key))
    _store(session, key, digest)
    audit.record(
        session, actor, "update", "setting", key, {"value": (_set_or_not(was_set), _set_or_not(bool(digest)))}
    )


def _set_or_not(present: bool) -> str:
    return "set" if present else "not set"


def _store(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def check_product_url(value: Any) -> None:
    """Refuse a product page address a label could not carry or a scanner could not read back: it goes
    into a QR code and comes back through a keyboard, so it is plain ASCII, and `{code}` says once
    where the product's code goes. Empty is allowed: labels then carry `SS:P:<code>`."""
    if value == "":
        return
    parts = value.split("/") if isinstance(value, str) else []
    if not isinstance(value, str) or not value.lower().startswith(WEB_SCHEMES) or not parts[2]:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The address must start with http:// or https:// and the web site's name, for example {example}.",
        )
    elif not value.isascii() or any(char.isspace() or not char.isprintable() for char in value):
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The address may hold no spaces and no Chinese or full-width characters (write the web "
            "site's name in its xn-- form), for example {example}.",
        )
    elif value.count(CODE_FIELD) != 1 or CODE_FIELD in parts[2]:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "Put {code} once in the address, after the web site's name, where the product code goes; for "
            "example {example}.",
        )
    elif len(value) > URL_MAX_LENGTH:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The address is {length} characters long; shorten it to at most {limit}, or the QR code gets "
            "too dense to scan. For example {example}.",
        )
    else:
        return
    raise ValidationError(
        message,
        field=PRODUCT_LABEL_URL,
        example=URL_EXAMPLE,
        code=CODE_FIELD,
        length=len(value) if isinstance(value, str) else 0,
        limit=URL_MAX_LENGTH,
    )


OFFICE_LIMIT = 100


def check_office(value: Any) -> str:
    """The submitting office as the workbook names it: one line, or empty until someone sets it."""
    office = " ".join(value.split()) if isinstance(value, str) else ""
    if not isinstance(value, str) or len(office) > OFFICE_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write the office's name (填报单位) in at most {limit} characters, on one line."
            ),
            field=SUBMITTING_OFFICE,
            limit=OFFICE_LIMIT,
        )
    return office
