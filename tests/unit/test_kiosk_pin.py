"""The staff PIN that leaves the kiosk, and how long an idle kiosk waits before it goes home: the PIN is
kept only as an argon2 hash, checked without an account, and never written to the audit log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.kiosk.pin import idle_seconds, kiosk_pin_matches, kiosk_pin_set, set_kiosk_pin
from silvershop.security import settings
from silvershop.security.models import AuditEntry, Role, Setting
from silvershop.security.permissions import KIOSK, actor_with

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")


def _stored(db: Database) -> tuple[str | None, list[tuple[str, str]]]:
    """The setting's raw value and the audit entries about it."""
    with reading(db.sessions) as s:
        row = s.get(Setting, settings.KIOSK_PIN)
        entries = s.execute(
            select(AuditEntry.changes, AuditEntry.summary).where(AuditEntry.entity_id == settings.KIOSK_PIN)
        ).all()
        return (row.value if row else None), [(changes, summary) for changes, summary in entries]


def test_no_pin_is_set_at_first_and_none_matches(memdb: Database) -> None:
    with reading(memdb.sessions) as s:
        assert not kiosk_pin_set(s)
        assert not kiosk_pin_matches(s, "")
        assert not kiosk_pin_matches(s, "0000")


def test_the_pin_is_kept_as_an_argon2_hash_and_matches_only_itself(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        set_kiosk_pin(s, ADMIN, "２４６８")  # typed with a Chinese input method on
    value, entries = _stored(memdb)
    assert value is not None
    digest = json.loads(value)
    assert digest.startswith("$argon2id$") and "2468" not in digest
    with reading(memdb.sessions) as s:
        assert kiosk_pin_set(s)
        assert kiosk_pin_matches(s, "2468") and kiosk_pin_matches(s, " ２４６８ ")
        for wrong in ("1357", "24680", "246", "", "abcd"):
            assert not kiosk_pin_matches(s, wrong)
    [(changes, summary)] = entries
    assert json.loads(changes) == {"value": ["not set", "set"]}
    assert digest not in changes + summary and "2468" not in changes + summary


def test_a_new_pin_replaces_the_old_one(memdb: Database) -> None:
    for pin in ("2468", "13572468"):
        with transaction(memdb.sessions) as s:
            set_kiosk_pin(s, ADMIN, pin)
    with reading(memdb.sessions) as s:
        assert kiosk_pin_matches(s, "13572468") and not kiosk_pin_matches(s, "2468")
    _, entries = _stored(memdb)
    assert [json.loads(changes) for changes, _ in entries][-1] == {"value": ["set", "set"]}


@pytest.mark.parametrize("pin", ["abcd", "12a4", "123", "123456789", "12 34", "", "١٢٣٤"])
def test_a_pin_that_is_not_4_to_8_digits_is_refused_and_nothing_is_written(memdb: Database, pin: str) -> None:
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        set_kiosk_pin(s, ADMIN, pin)
    assert refused.value.field == "pin"
    assert str(refused.value) == "The kiosk PIN is 4 to 8 digits (0-9), without letters or spaces."
    assert _stored(memdb) == (None, [])


def test_only_an_administrator_sets_the_pin(memdb: Database) -> None:
    manager = actor_with([Role.CENTRE_MANAGER], [1], username="manager")
    for actor in (manager, KIOSK):
        with pytest.raises(PermissionDenied), transaction(memdb.sessions) as s:
            set_kiosk_pin(s, actor, "2468")
    assert _stored(memdb) == (None, [])


def test_the_pin_cannot_be_put_as_an_ordinary_setting(memdb: Database) -> None:
    with (
        pytest.raises(ValidationError, match="only its hash is kept") as refused,
        transaction(memdb.sessions) as s,
    ):
        settings.put(s, ADMIN, settings.KIOSK_PIN, "2468")
    assert refused.value.field == settings.KIOSK_PIN
    with pytest.raises(ValidationError, match="Unknown setting"), transaction(memdb.sessions) as s:
        settings.put_secret(s, ADMIN, settings.ID_MASK, "x")
    assert _stored(memdb) == (None, [])


def test_the_idle_time_is_90_seconds_until_changed_within_20_to_900(memdb: Database) -> None:
    with reading(memdb.sessions) as s:
        assert idle_seconds(s) == 90
    for seconds in (20, 900):
        with transaction(memdb.sessions) as s:
            settings.put(s, ADMIN, settings.KIOSK_IDLE_SECONDS, seconds)
            assert idle_seconds(s) == seconds
    for wrong in (19, 901, "90", True, 90.5):
        with pytest.raises(ValidationError, match="from 20 to 900"), transaction(memdb.sessions) as s:
            settings.put(s, ADMIN, settings.KIOSK_IDLE_SECONDS, wrong)
    with reading(memdb.sessions) as s:
        assert idle_seconds(s) == 900
