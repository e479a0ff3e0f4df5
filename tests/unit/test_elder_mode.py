"""Elder mode (长辈模式) is each person's own choice, kept with their account and written to the log."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from silvershop.centres.models import Centre
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound
from silvershop.security import users
from silvershop.security.audit import list_entries
from silvershop.security.login import login
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import KIOSK, Actor

PASSWORD = "correct horse"


@pytest.fixture
def admin(memdb: Database) -> Actor:
    with transaction(memdb.sessions) as s:
        actor = users.create_first_admin(s, "admin", PASSWORD)
        s.add(Centre(code="BH01", name="滨湖体验中心", district_code="320211"))
        s.flush()
        users.add_user(s, actor, "wang", PASSWORD, [Role.DESK_CLERK], ["BH01"], "王芳")
    return actor


def _entries(db: Database) -> int:
    with reading(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_clerk_turns_it_on_for_their_own_account_only(memdb: Database, admin: Actor) -> None:
    clerk = login(memdb.sessions, "wang", PASSWORD)
    with reading(memdb.sessions) as s:
        assert not users.own_account(s, clerk).elder_mode  # off until chosen
    with transaction(memdb.sessions) as s:
        row = users.set_elder_mode(s, clerk, True)
    assert row.username == "wang" and row.elder_mode
    again = login(memdb.sessions, "wang", PASSWORD)  # a later sign-in, at this desk or another
    with reading(memdb.sessions) as s:
        assert users.own_account(s, again).elder_mode
        assert not users.own_account(s, admin).elder_mode
        shown = {u.username: u.elder_mode for u in users.list_users(s, admin)}
    assert shown == {"admin": False, "wang": True}
    with transaction(memdb.sessions) as s:
        users.set_elder_mode(s, again, False)
    with reading(memdb.sessions) as s:
        assert not users.own_account(s, again).elder_mode


def test_each_change_is_logged_as_the_person_who_made_it(memdb: Database, admin: Actor) -> None:
    clerk = login(memdb.sessions, "wang", PASSWORD)
    with transaction(memdb.sessions) as s:
        users.set_elder_mode(s, clerk, True)
    before = _entries(memdb)
    with transaction(memdb.sessions) as s:
        users.set_elder_mode(s, clerk, True)  # already on: nothing changed, nothing to log
    assert _entries(memdb) == before
    with transaction(memdb.sessions) as s:
        users.set_elder_mode(s, clerk, False)
    with reading(memdb.sessions) as s:
        entries = [e for e in list_entries(s, admin, entity="user") if "elder_mode" in e.changes]
    assert [(e.username, e.action, e.changes) for e in entries] == [
        ("wang", "update", {"elder_mode": [True, False]}),
        ("wang", "update", {"elder_mode": [False, True]}),
    ]


def test_without_an_account_of_ones_own_it_is_refused_and_nothing_written(
    memdb: Database, admin: Actor
) -> None:
    before = _entries(memdb)
    gone = Actor(user_id=999, username="ghost", roles=frozenset({Role.DESK_CLERK}))
    for actor in (KIOSK, gone):
        with (
            pytest.raises(NotFound, match=f"no user called {actor.username}"),
            transaction(memdb.sessions) as s,
        ):
            users.set_elder_mode(s, actor, True)
    assert _entries(memdb) == before
    with reading(memdb.sessions) as s:
        assert not any(u.elder_mode for u in users.list_users(s, admin))
