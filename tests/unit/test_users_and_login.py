"""Accounts and logging in, as administrators, managers and clerks meet them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from silvershop.centres.models import Centre
from silvershop.database import Database
from silvershop.db.base import utcnow
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.security import users
from silvershop.security.audit import list_entries
from silvershop.security.login import LoginRefused, login
from silvershop.security.models import AuditEntry, Role, User
from silvershop.security.permissions import Actor

PASSWORD = "correct horse"


def _centre(db: Database, code: str) -> int:
    with transaction(db.sessions) as s:
        centre = Centre(code=code, name=f"{code} 体验中心", district_code="320211")
        s.add(centre)
        s.flush()
        return centre.id


@pytest.fixture
def admin(memdb: Database) -> Actor:
    with transaction(memdb.sessions) as s:
        return users.create_first_admin(s, "admin", PASSWORD)


def _count(db: Database, model: type) -> int:
    with reading(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_first_administrator_only_once(memdb: Database, admin: Actor) -> None:
    assert admin.is_admin
    with transaction(memdb.sessions) as s:
        assert not users.needs_first_admin(s)
    with pytest.raises(PermissionDenied, match="already exists"), transaction(memdb.sessions) as s:
        users.create_first_admin(s, "second", PASSWORD)
    assert _count(memdb, User) == 1


def test_admin_adds_a_clerk_who_can_then_log_in(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    with transaction(memdb.sessions) as s:
        row = users.add_user(s, admin, "wang", PASSWORD, [Role.DESK_CLERK], ["bh01"], "王芳")
    assert row.roles == (Role.DESK_CLERK,) and row.centre_codes == ("BH01",)
    clerk = login(memdb.sessions, "wang", PASSWORD)
    assert clerk.roles == frozenset({Role.DESK_CLERK})


@pytest.mark.parametrize(
    ("name", "password", "roles", "centres", "message"),
    [
        ("", PASSWORD, [Role.DESK_CLERK], ["BH01"], "Enter a user name"),
        ("li si", PASSWORD, [Role.DESK_CLERK], ["BH01"], "no spaces"),
        ("admin", PASSWORD, [Role.DESK_CLERK], ["BH01"], "already taken"),
        ("li", "short", [Role.DESK_CLERK], ["BH01"], "at least 8 characters"),
        ("li", PASSWORD, ["cashier"], ["BH01"], "Unknown role"),
        ("li", PASSWORD, [], ["BH01"], "at least one role"),
        ("li", PASSWORD, [Role.DESK_CLERK], [], "at least one centre"),
        ("li", PASSWORD, [Role.DESK_CLERK], ["XX99"], "no centre with the code XX99"),
    ],
)
def test_bad_new_user_is_refused_and_nothing_written(
    memdb: Database, admin: Actor, name: str, password: str, roles: list, centres: list, message: str
) -> None:
    _centre(memdb, "BH01")
    before = (_count(memdb, User), _count(memdb, AuditEntry))
    with pytest.raises(ValidationError, match=message), transaction(memdb.sessions) as s:
        users.add_user(s, admin, name, password, roles, centres)
    assert (_count(memdb, User), _count(memdb, AuditEntry)) == before


def test_manager_adds_clerks_to_own_centre_only(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    _centre(memdb, "LX01")
    with transaction(memdb.sessions) as s:
        users.add_user(s, admin, "zhao", PASSWORD, [Role.CENTRE_MANAGER], ["BH01"])
    manager = login(memdb.sessions, "zhao", PASSWORD)
    with transaction(memdb.sessions) as s:
        users.add_user(s, manager, "qian", PASSWORD, [Role.DESK_CLERK], ["BH01"])
    with pytest.raises(PermissionDenied, match="centres you manage"), transaction(memdb.sessions) as s:
        users.add_user(s, manager, "sun", PASSWORD, [Role.DESK_CLERK], ["LX01"])
    with pytest.raises(PermissionDenied, match="Only an administrator"), transaction(memdb.sessions) as s:
        users.add_user(s, manager, "sun", PASSWORD, [Role.ADMINISTRATOR], ["BH01"])
    with transaction(memdb.sessions) as s:
        assert [u.username for u in users.list_users(s, manager)] == ["qian", "zhao"]


def test_clerk_cannot_manage_users(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    with transaction(memdb.sessions) as s:
        users.add_user(s, admin, "wang", PASSWORD, [Role.DESK_CLERK], ["BH01"])
    clerk = login(memdb.sessions, "wang", PASSWORD)
    with pytest.raises(PermissionDenied), transaction(memdb.sessions) as s:
        users.add_user(s, clerk, "li", PASSWORD, [Role.DESK_CLERK], ["BH01"])
    with pytest.raises(PermissionDenied), transaction(memdb.sessions) as s:
        users.set_active(s, clerk, "admin", False)


def test_wrong_password_and_unknown_user_get_the_same_message(memdb: Database, admin: Actor) -> None:
    with pytest.raises(LoginRefused) as wrong:
        login(memdb.sessions, "admin", "wrong password")
    with pytest.raises(LoginRefused) as unknown:
        login(memdb.sessions, "nobody", "wrong password")
    assert str(wrong.value) == str(unknown.value) == "The user name or the password is wrong."


def test_repeated_failures_make_the_user_wait_longer(memdb: Database, admin: Actor) -> None:
    now = utcnow()
    for _ in range(3):
        with pytest.raises(LoginRefused, match="wrong"):
            login(memdb.sessions, "admin", "bad password", now=now)
    # The failures were counted although each attempt was refused.
    with reading(memdb.sessions) as s:
        assert users.find_user(s, "admin").failed_logins == 3  # type: ignore[union-attr]
    with pytest.raises(LoginRefused, match=r"Wait 1 seconds"):
        login(memdb.sessions, "admin", PASSWORD, now=now)  # even the right password waits
    with pytest.raises(LoginRefused, match="wrong"):
        login(memdb.sessions, "admin", "bad password", now=now + timedelta(seconds=2))
    with pytest.raises(LoginRefused, match=r"Wait 2 seconds"):
        login(memdb.sessions, "admin", PASSWORD, now=now + timedelta(seconds=2))
    actor = login(memdb.sessions, "admin", PASSWORD, now=now + timedelta(seconds=5))
    assert actor.is_admin
    with reading(memdb.sessions) as s:
        assert users.find_user(s, "admin").failed_logins == 0  # type: ignore[union-attr]


def test_unknown_names_are_throttled_like_known_ones(memdb: Database) -> None:
    now = utcnow()
    for _ in range(3):
        with pytest.raises(LoginRefused, match="wrong"):
            login(memdb.sessions, "ghost-throttle", "x" * 8, now=now)
    with pytest.raises(LoginRefused, match="Wait"):
        login(memdb.sessions, "ghost-throttle", "x" * 8, now=now)


def test_disabled_user_cannot_log_in(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    with transaction(memdb.sessions) as s:
        users.add_user(s, admin, "wang", PASSWORD, [Role.DESK_CLERK], ["BH01"])
        users.set_active(s, admin, "wang", False)
    with pytest.raises(LoginRefused, match="disabled"):
        login(memdb.sessions, "wang", PASSWORD)
    with pytest.raises(ValidationError, match="your own account"), transaction(memdb.sessions) as s:
        users.set_active(s, admin, "admin", False)


def test_reset_password_must_be_changed_at_next_login(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    with transaction(memdb.sessions) as s:
        users.add_user(s, admin, "wang", PASSWORD, [Role.DESK_CLERK], ["BH01"])
        users.reset_password(s, admin, "wang", "temporary-1")
    clerk = login(memdb.sessions, "wang", "temporary-1")
    assert clerk.must_change_password
    with pytest.raises(ValidationError, match="current password is wrong"), transaction(memdb.sessions) as s:
        users.change_own_password(s, clerk, "not it", "brand-new-pass")
    with transaction(memdb.sessions) as s:
        users.change_own_password(s, clerk, "temporary-1", "brand-new-pass")
    assert not login(memdb.sessions, "wang", "brand-new-pass").must_change_password


def test_every_change_is_in_the_audit_log_without_passwords(memdb: Database, admin: Actor) -> None:
    _centre(memdb, "BH01")
    with transaction(memdb.sessions) as s:
        users.add_user(s, admin, "wang", PASSWORD, [Role.DESK_CLERK], ["BH01"])
        users.reset_password(s, admin, "wang", "temporary-1")
    with reading(memdb.sessions) as s:
        entries = list_entries(s, admin, entity="user")
        raw = " ".join(e.changes for e in s.scalars(select(AuditEntry)))
    actions = [e.action for e in entries]
    assert actions[:2] == ["reset_password", "create"]
    assert all(e.username == "admin" for e in entries)
    assert "temporary-1" not in raw and PASSWORD not in raw
    assert entries[0].changes == {"password": ["***", "***"]}


def test_a_password_hashed_with_other_settings_still_works_and_is_upgraded(
    memdb: Database, admin: Actor
) -> None:
    from argon2 import PasswordHasher

    old_style = PasswordHasher(time_cost=3, memory_cost=65_536, parallelism=4).hash(PASSWORD)
    with transaction(memdb.sessions) as s:
        users.find_user(s, "admin").password_hash = old_style  # type: ignore[union-attr]
    assert login(memdb.sessions, "admin", PASSWORD).is_admin
    with reading(memdb.sessions) as s:
        upgraded = users.find_user(s, "admin").password_hash  # type: ignore[union-attr]
    assert upgraded != old_style
    assert "m=19456,t=2,p=1" in upgraded
    assert login(memdb.sessions, "admin", PASSWORD).is_admin
