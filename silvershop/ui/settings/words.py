"""Roles, audit actions and kinds of record as words, and stored UTC times as the desk's local time.

They are stored as English codes; staff read them as words in their language. A code this list does
not know yet (a later version's action) is shown as it is stored rather than hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from silvershop.config import LOCAL_ZONE
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.security.models import Role

CONTEXT = "people"

_ROLES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("people", "Administrator"),
    Role.CENTRE_MANAGER: QT_TRANSLATE_NOOP("people", "Centre manager"),
    Role.DESK_CLERK: QT_TRANSLATE_NOOP("people", "Desk clerk"),
    Role.CATALOGUE_EDITOR: QT_TRANSLATE_NOOP("people", "Catalogue editor"),
    Role.KIOSK: QT_TRANSLATE_NOOP("people", "Kiosk"),
}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("people", "Added"),
    "update": QT_TRANSLATE_NOOP("people", "Changed"),
    "enable": QT_TRANSLATE_NOOP("people", "Enabled"),
    "disable": QT_TRANSLATE_NOOP("people", "Disabled"),
    "reset_password": QT_TRANSLATE_NOOP("people", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("people", "Own password changed"),
    "login": QT_TRANSLATE_NOOP("people", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("people", "Sign-in refused"),
    "reveal": QT_TRANSLATE_NOOP("people", "Personal data revealed"),
    "anonymise": QT_TRANSLATE_NOOP("people", "Anonymised"),
}
_ENTITIES = {
    "user": QT_TRANSLATE_NOOP("people", "User"),
    "resident": QT_TRANSLATE_NOOP("people", "Resident"),
    "setting": QT_TRANSLATE_NOOP("people", "Shared setting"),
    "callback_request": QT_TRANSLATE_NOOP("people", "Callback request"),
}

_FIELDS = {
    "username": QT_TRANSLATE_NOOP("people", "user name"),
    "roles": QT_TRANSLATE_NOOP("people", "roles"),
    "centres": QT_TRANSLATE_NOOP("people", "centres"),
    "centre": QT_TRANSLATE_NOOP("people", "centre"),
    "active": QT_TRANSLATE_NOOP("people", "active"),
    "elder_mode": QT_TRANSLATE_NOOP("people", "elder mode"),
    "password": QT_TRANSLATE_NOOP("people", "password"),
    "failed_logins": QT_TRANSLATE_NOOP("people", "failed sign-ins"),
    "value": QT_TRANSLATE_NOOP("people", "value"),
    "name": QT_TRANSLATE_NOOP("people", "name"),
    "id_number": QT_TRANSLATE_NOOP("people", "ID number"),
    "phone": QT_TRANSLATE_NOOP("people", "mobile"),
    "hukou_local": QT_TRANSLATE_NOOP("people", "local household registration"),
    "eligibility": QT_TRANSLATE_NOOP("people", "eligibility"),
    "consent_basis": QT_TRANSLATE_NOOP("people", "consent"),
    "called_back": QT_TRANSLATE_NOOP("people", "called back"),
}
# What separates the items of a list in a sentence: "、" in Chinese.
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("people", ", ")


def role(value: Role) -> str:
    return translate(CONTEXT, _ROLES[value])


def roles(values: Iterable[Role]) -> str:
    return list_of(role(v) for v in values)


def action(code: str) -> str:
    return translate(CONTEXT, _ACTIONS[code]) if code in _ACTIONS else code


def entity(code: str) -> str:
    return translate(CONTEXT, _ENTITIES[code]) if code in _ENTITIES else code


def field(code: str) -> str:
    """A changed field as the audit log names it."""
    return translate(CONTEXT, _FIELDS[code]) if code in _FIELDS else code


def role_codes(text: str) -> str:
    """Roles as the audit log stores them ("centre_manager,desk_clerk"), in words."""
    known = {r.value: r for r in Role}
    return list_of(role(known[code]) if code in known else code for code in text.split(",") if code)


def list_of(words: Iterable[str]) -> str:
    """Words joined the way the language joins a list: 甲、乙 or "a, b"."""
    return translate(CONTEXT, _LIST_SEPARATOR).join(words)


def local_time(moment: datetime | None, *, seconds: bool = False, never: str = "–") -> str:
    """A stored UTC time on the desk's clock."""
    if moment is None:
        return never
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
