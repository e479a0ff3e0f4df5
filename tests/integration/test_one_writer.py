"""One writer per SQLite file: a second copy of silvershop opening a database another copy has open is
told who has it, and writes nothing; the lock of a copy that was killed, or of another PC not seen for
three minutes, is cleared. The holders are real processes opening the database as the window does."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from silvershop.db import one_writer
from silvershop.errors import DatabaseError
from silvershop.ui import desk_database
from tests.integration.test_bad_databases import read_only
from tests.programs import TIMEOUT_S, gui
from tests.ui.test_screenshot import said

CLERK = "王芳"
HERE = socket.gethostname()
OTHER_PC = "前台电脑2"
# A copy of silvershop's opening, as the window's worker runs it, that keeps the database open until
# its stdin is closed.
HOLDER = """
import sys
from silvershop.ui import desk_database
desk = desk_database.open_desk(sys.argv[1], "en")
print("open", flush=True)
sys.stdin.read()
desk.database.close()
"""

Holder = Callable[[str], "subprocess.Popen[str]"]


@pytest.fixture
def holder() -> Iterator[Holder]:
    """Start a process that opens the database at a URL as the clerk 王芳 and holds it open."""
    started: list[subprocess.Popen[str]] = []

    def start(url: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-P", "-c", HOLDER, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOGNAME": CLERK, "USER": CLERK},
        )
        started.append(child)
        assert child.stdout is not None
        line = child.stdout.readline()
        if line != "open\n":
            _, err = child.communicate(timeout=TIMEOUT_S)
            pytest.fail(f"the holder did not open the database: {err}")
        return child

    yield start
    for child in started:
        if child.returncode is None:  # not ended by the test
            child.kill()
            child.communicate(timeout=TIMEOUT_S)


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def database_files(folder: Path) -> dict[str, bytes]:
    """The database, its journal and the lock file: all but the owner file a holder rewrites every minute."""
    return {name: data for name, data in files(folder).items() if not name.endswith(".owner")}


def refused_opening(url: str) -> str:
    with pytest.raises(DatabaseError) as refused:
        desk_database.open_desk(url, "en")
    return str(refused.value)


def write_owner(database: Path, *, host: str, seen: datetime) -> None:
    """An owner file as a copy on another PC writes it, where the share passes no locks on."""
    one_writer.Owner(
        user=CLERK, host=host, pid=4242, since=seen - timedelta(hours=1), seen=seen, token="elsewhere"
    ).write(one_writer.owner_path_of(database))
    stamp = seen.timestamp()
    os.utime(one_writer.owner_path_of(database), (stamp, stamp))


def test_a_second_copy_is_told_who_has_the_database_open_and_writes_nothing(
    holder: Holder, db_file: Path, db_url: str
) -> None:
    held = holder(db_url)
    before = database_files(db_file.parent)
    assert db_file.name in before

    sentence = refused_opening(db_url)

    assert sentence.startswith(f"This database is open in silvershop on {HERE} (user {CLERK})")
    assert "Close it there first" in sentence
    assert database_files(db_file.parent) == before
    owner = one_writer.Owner.read(one_writer.owner_path_of(db_file))
    assert owner is not None and owner.pid == held.pid


def test_a_copy_killed_with_the_database_open_leaves_a_lock_the_next_opening_clears(
    holder: Holder, db_file: Path, db_url: str
) -> None:
    held = holder(db_url)
    held.kill()
    held.communicate(timeout=TIMEOUT_S)
    stale = one_writer.Owner.read(one_writer.owner_path_of(db_file))
    assert stale is not None and stale.pid == held.pid  # what a crash leaves behind

    desk = desk_database.open_desk(db_url, "en")
    try:
        owner = one_writer.Owner.read(one_writer.owner_path_of(db_file))
        assert owner is not None
        assert (owner.host, owner.pid) == (HERE, os.getpid())
        assert owner.since > stale.since
    finally:
        desk.database.close()


def test_closing_the_window_releases_the_database_for_the_next_copy(
    holder: Holder, db_file: Path, db_url: str
) -> None:
    desk = desk_database.open_desk(db_url, "en")
    again = desk_database.open_desk(db_url, "en")  # openings in one process share its claim
    again.database.close()
    assert one_writer.owner_path_of(db_file).exists()  # still open here

    desk.database.close()

    assert not one_writer.owner_path_of(db_file).exists()
    assert not one_writer.lock_path_of(db_file).exists()
    held = holder(db_url)  # another copy opens it now
    _, err = held.communicate(timeout=TIMEOUT_S)  # and closes it
    assert held.returncode == 0, err
    assert not one_writer.owner_path_of(db_file).exists()


def test_another_pc_seen_within_three_minutes_keeps_this_copy_out_although_the_share_passed_no_lock(
    db_file: Path, db_url: str
) -> None:
    write_owner(db_file, host=OTHER_PC, seen=datetime.now(UTC) - timedelta(minutes=1))
    one_writer.lock_path_of(db_file).write_bytes(b"")  # the other PC's lock file, its lock not passed on
    before = files(db_file.parent)

    sentence = refused_opening(db_url)

    assert sentence.startswith(f"This database is open in silvershop on {OTHER_PC} (user {CLERK}) since ")
    assert "it can be opened here from " in sentence
    # No database made; the other PC's owner file and lock file as they were, the lock file not removed.
    assert files(db_file.parent) == before


def test_another_pc_not_seen_for_three_minutes_is_taken_over(db_file: Path, db_url: str) -> None:
    write_owner(db_file, host=OTHER_PC, seen=datetime.now(UTC) - timedelta(minutes=4))

    desk = desk_database.open_desk(db_url, "en")
    try:
        owner = one_writer.Owner.read(one_writer.owner_path_of(db_file))
        assert owner is not None
        assert (owner.host, owner.pid) == (HERE, os.getpid())
    finally:
        desk.database.close()


def test_the_holder_says_every_minute_that_it_is_still_there(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(one_writer, "HEARTBEAT_S", 0.01)
    claim = one_writer.claim(db_file)
    try:
        first = claim.owner.seen
        deadline = datetime.now(UTC) + timedelta(seconds=TIMEOUT_S)
        while True:
            owner = one_writer.Owner.read(one_writer.owner_path_of(db_file))
            if owner is not None and owner.token == claim.owner.token and owner.seen > first:
                break
            assert datetime.now(UTC) < deadline, "the owner file was never rewritten"
            time.sleep(0.01)
        assert owner.since == claim.owner.since
    finally:
        claim.release()


def test_a_read_only_folder_is_one_clear_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    database = folder / "silvershop.sqlite3"
    desk_database.open_desk(f"sqlite:///{database}", "en").database.close()
    before = files(folder)
    with read_only(tmp_path, folder):  # by permissions, or for root by the immutable attribute
        sentence = refused_opening(f"sqlite:///{database}")
    assert sentence == (
        f"The database {database} cannot be written (the file or its folder is read-only). "
        "Ask for write access or copy it to a folder you can write to."
    )
    assert files(folder) == before


def test_the_window_started_on_a_database_open_elsewhere_says_who_and_ends_with_2(
    holder: Holder, db_file: Path, db_url: str, tmp_path: Path
) -> None:
    holder(db_url)
    before = database_files(db_file.parent)
    png = tmp_path / "window.png"

    done = gui("--db", db_url, "--screenshot", str(png), "--lang", "en")

    assert done.returncode == 2, done.stderr
    lines = said(done.stderr)
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"This database is open in silvershop on {HERE} (user {CLERK})")
    assert not png.exists()
    assert database_files(db_file.parent) == before


def test_a_kiosk_started_on_a_database_open_at_a_desk_rests_and_is_tried_again(
    holder: Holder, db_file: Path, db_url: str, tmp_path: Path
) -> None:
    holder(db_url)
    before = database_files(db_file.parent)
    png = tmp_path / "kiosk.png"

    done = gui("--kiosk", "--centre", "LX01", "--db", db_url, "--screenshot", str(png), "--lang", "en")

    assert done.returncode == 3, done.stderr  # kiosk_watch.EXIT_RETRY: the watch starts it again later
    assert f"(user {CLERK})" in done.stderr
    assert not png.exists()
    assert database_files(db_file.parent) == before


def test_a_restore_is_refused_while_a_window_has_the_database_open(holder: Holder, tmp_path: Path) -> None:
    from tests.programs import cli_line, ok, refused

    url = f"sqlite:///{tmp_path / 'silvershop.sqlite3'}"
    ok(cli_line(f"--db {url} demo --products 10"))
    copy = tmp_path / "copy.sqlite3"
    ok(cli_line(f"--db {url} backup {copy}"))
    child = holder(url)
    before = database_files(tmp_path)
    said_once = refused(cli_line(f"--db {url} restore {copy} --yes"))
    assert f"This database is open in silvershop on {HERE} (user {CLERK})" in said_once
    assert database_files(tmp_path) == before
    assert child.poll() is None  # the window keeps working
