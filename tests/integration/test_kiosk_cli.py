"""`silvershop-cli kiosk-pin` and `callbacks` as an administrator or a centre's clerk runs them: the PIN
never on the command line or in anything printed, the visitors' names and phones masked, deleted once
they waited longer than the city keeps them, and "(cannot be read)" where they cannot be opened."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from silvershop.centres.models import InterestRequest
from silvershop.commands import kiosk as kiosk_command
from silvershop.database import open_database
from silvershop.db.base import utcnow
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_KIOSK_PIN, DEMO_PASSWORD
from silvershop.errors import ValidationError
from silvershop.kiosk.callbacks import RequestState, discard_callback, mark_called_back
from silvershop.kiosk.pin import kiosk_pin_matches
from silvershop.security import settings
from silvershop.security.login import login
from tests.programs import cli_line, ok, refused


@pytest.fixture
def demo(db_url: str) -> str:
    """The demo: its kiosk PIN, three visitors of LX01 waiting for a call, and its staff accounts."""
    ok(cli_line(f"--db {db_url} demo --products 30"))
    return db_url


def as_user(db: str, user: str, line: str, **env: str) -> str:
    return ok(cli_line(f"--db {db} --as {user} {line}", SILVERSHOP_PASSWORD=DEMO_PASSWORD, **env))


def refused_as(db: str, user: str, line: str, **env: str) -> str:
    return refused(cli_line(f"--db {db} --as {user} {line}", SILVERSHOP_PASSWORD=DEMO_PASSWORD, **env))


def pin_matches(db: str, pin: str) -> bool:
    database = open_database(db)
    try:
        with reading(database.sessions) as session:
            return kiosk_pin_matches(session, pin)
    finally:
        database.close()


def stored_hash(db: str) -> str:
    database = open_database(db)
    try:
        with reading(database.sessions) as session:
            return str(settings.get(session, settings.KIOSK_PIN))
    finally:
        database.close()


def test_an_administrator_sets_the_pin_from_the_environment_and_nothing_printed_holds_it(demo: str) -> None:
    assert pin_matches(demo, DEMO_KIOSK_PIN)
    text = as_user(demo, "admin", "kiosk-pin", SILVERSHOP_KIOSK_PIN="13572468")
    assert text.strip() == "The kiosk PIN is set for every kiosk on this database."
    data = json.loads(as_user(demo, "admin", "--json kiosk-pin", SILVERSHOP_KIOSK_PIN="１３５７２４６８"))
    assert data == {"kiosk_pin_set": True}
    assert pin_matches(demo, "13572468") and not pin_matches(demo, DEMO_KIOSK_PIN)
    digest = stored_hash(demo)
    log = as_user(demo, "admin", "audit --entity setting") + as_user(demo, "admin", "--json audit")
    assert "kiosk.pin_hash" in log
    assert digest not in log and digest.split("$")[-1] not in log
    assert "13572468" not in log + text


def test_a_wrong_pin_or_a_manager_is_refused_and_the_pin_stays(demo: str) -> None:
    for pin in ("12ab", "123", "123456789", ""):
        message = refused_as(demo, "admin", "kiosk-pin", SILVERSHOP_KIOSK_PIN=pin)
        assert message == "The kiosk PIN is 4 to 8 digits (0-9), without letters or spaces."
    manager = refused_as(demo, "manager", "kiosk-pin", SILVERSHOP_KIOSK_PIN="1357")
    assert manager == "Only an administrator can change these settings."
    assert pin_matches(demo, DEMO_KIOSK_PIN)


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types at the two hidden prompts, in order."""
    answers: list[str] = []
    monkeypatch.delenv(kiosk_command.PIN_ENV, raising=False)
    monkeypatch.setattr(kiosk_command.getpass, "getpass", lambda prompt="": answers.pop(0))
    return answers


def test_without_the_variable_the_pin_is_typed_twice(typed: list[str]) -> None:
    typed.extend(["2468", "２４６８"])
    assert kiosk_command._typed_pin() == "2468"
    typed.extend(["2468", "2469"])
    with pytest.raises(ValidationError, match="not the same"):
        kiosk_command._typed_pin()
    typed.extend(["24a8", "never asked"])
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        kiosk_command._typed_pin()
    assert typed == ["never asked"]


def test_a_clerk_lists_the_centres_callback_requests_masked(demo: str) -> None:
    rows = json.loads(as_user(demo, "clerk", "--json callbacks"))
    assert len(rows) == 3
    assert {row["centre"] for row in rows} == {"LX01"}
    assert [row["at"] for row in rows] == sorted((row["at"] for row in rows), reverse=True)
    for row in rows:
        assert "*" in row["name"] and "*" in row["phone"] and row["readable"]
        assert row["state"] == "waiting" and row["called_back_at"] is None and row["called_back_by"] is None
    text = as_user(demo, "clerk", "callbacks --centre lx01")
    assert len(text.strip().splitlines()) == 3 and "to call" in text
    assert refused_as(demo, "clerk", "callbacks --centre XS01") == (
        "This belongs to another centre; you can only work with the centres you are assigned to."
    )
    assert refused_as(demo, "editor", "callbacks") == "You may not view residents' records."
    assert as_user(demo, "admin", "callbacks --centre XS01").strip() == "Nobody is waiting to be called back."


def test_requests_called_back_are_listed_only_with_all(demo: str) -> None:
    [first, *_] = json.loads(as_user(demo, "manager", "--json callbacks"))
    database = open_database(demo)
    try:
        clerk = login(database.sessions, "clerk", DEMO_PASSWORD)
        with transaction(database.sessions) as session:
            mark_called_back(session, clerk, first["id"])
    finally:
        database.close()
    assert len(json.loads(as_user(demo, "admin", "--json callbacks"))) == 2
    everything = json.loads(as_user(demo, "admin", "--json callbacks --all"))
    [done] = [row for row in everything if row["id"] == first["id"]]
    assert (done["called_back_by"], done["name"], done["phone"]) == ("clerk", "", "")
    assert "called back by clerk at " in as_user(demo, "admin", "callbacks --all")


def _backdate_and_damage(db: str) -> tuple[int, int]:
    """One of the demo's visitors asked 40 days ago; another's stored phone was changed since.
    Their ids."""
    database = open_database(db)
    try:
        with transaction(database.sessions) as session:
            old, damaged, *_ = session.scalars(select(InterestRequest).order_by(InterestRequest.id))
            old.at = utcnow() - timedelta(days=40)
            damaged.phone_enc = damaged.phone_enc[:-1] + bytes([damaged.phone_enc[-1] ^ 1])
            return old.id, damaged.id
    finally:
        database.close()


def test_listing_deletes_what_waited_too_long_and_says_what_cannot_be_read(demo: str) -> None:
    old, damaged = _backdate_and_damage(demo)
    rows = {row["id"]: row for row in json.loads(as_user(demo, "clerk", "--json callbacks --all"))}
    assert rows[old]["state"] == "expired" and (rows[old]["name"], rows[old]["phone"]) == ("", "")
    assert rows[old]["closed_by"] is None and rows[old]["called_back_at"] is None
    assert rows[damaged]["state"] == "waiting" and rows[damaged]["readable"] is False
    assert len(json.loads(as_user(demo, "clerk", "--json callbacks"))) == 2
    text = as_user(demo, "clerk", "callbacks --all")
    [expired_line] = [line for line in text.splitlines() if line.startswith(f"{old}\t")]
    assert "nobody called back in time" in expired_line
    [damaged_line] = [line for line in text.splitlines() if line.startswith(f"{damaged}\t")]
    assert damaged_line.count("(cannot be read)") == 2
    log = json.loads(as_user(demo, "admin", "--json audit --entity callback_request"))
    assert [(entry["user"], entry["action"], entry["changes"]["expired"]) for entry in log] == [
        ("silvershop", "expire", [None, 1])
    ]


def test_a_request_closed_without_a_call_is_listed_with_its_reason(demo: str) -> None:
    [first, *_] = json.loads(as_user(demo, "manager", "--json callbacks"))
    database = open_database(demo)
    try:
        clerk = login(database.sessions, "clerk", DEMO_PASSWORD)
        with transaction(database.sessions) as session:
            discard_callback(session, clerk, first["id"], RequestState.UNREACHABLE)
    finally:
        database.close()
    everything = json.loads(as_user(demo, "admin", "--json callbacks --all"))
    [done] = [row for row in everything if row["id"] == first["id"]]
    assert (done["state"], done["closed_by"], done["called_back_by"]) == ("unreachable", "clerk", None)
    assert "closed by clerk at " in as_user(demo, "admin", "callbacks --all")
    assert "could not be reached" in as_user(demo, "admin", "callbacks --all")
