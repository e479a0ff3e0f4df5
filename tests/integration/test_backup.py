"""Backups and restore as an office uses them: a copy taken while the desk works, checked before it is
trusted, put back with the database as it was kept, and the wrong file refused in one sentence with
nothing changed."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import alembic.command
import pytest
from sqlalchemy import func, make_url, select

from silvershop.catalog.models import Enterprise
from silvershop.database import open_database
from silvershop.db.backup import backup_folder, backup_to, daily_backup, restore
from silvershop.db.backup_file import KEY_ID_SETTING, check_backup
from silvershop.db.engine import open_engine
from silvershop.db.migrate import HEAD, alembic_config
from silvershop.db.session import reading, transaction
from silvershop.errors import DatabaseError, NotFound, ValidationError
from silvershop.security import settings, vault
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from tests.programs import cli_line, ok, refused


@pytest.fixture
def demo(db_url: str) -> str:
    ok(cli_line(f"--db {db_url} demo --products 30"))
    return db_url


def _enterprises(url: str) -> int:
    database = open_database(url)
    try:
        with reading(database.sessions) as session:
            return int(session.scalar(select(func.count()).select_from(Enterprise)) or 0)
    finally:
        database.close()


def _add_enterprise(url: str) -> None:
    database = open_database(url)
    try:
        with transaction(database.sessions) as session:
            session.add(Enterprise(name="备份之后新增的企业", credit_code="91350100M000100Y43"))
    finally:
        database.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_change_restore_and_the_data_is_as_it_was(demo: str, db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "silvershop-backup.sqlite3"
    copy.parent.mkdir()
    written = json.loads(ok(cli_line(f"--db {demo} --json backup {copy}")))
    before = _enterprises(demo)
    assert written["schema"] == HEAD and written["products"] == 30 and written["key_id"]
    _add_enterprise(demo)
    assert _enterprises(demo) == before + 1
    said = refused(cli_line(f"--db {demo} restore {copy}"))  # not without --yes
    assert "run the command again with --yes" in said and _enterprises(demo) == before + 1
    restored = json.loads(ok(cli_line(f"--db {demo} --json restore {copy} --yes")))
    assert _enterprises(demo) == before
    kept = Path(restored["kept"])
    assert kept.parent == backup_folder(db_file) and kept.name.endswith("-before-restore.sqlite")
    assert check_backup(kept).products == 30  # what was replaced, the new enterprise in it, is kept
    with closing(sqlite3.connect(kept)) as conn:
        assert conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == before + 1


def test_verify_says_what_a_backup_holds_and_which_key_it_needs(demo: str, tmp_path: Path) -> None:
    copy = tmp_path / "b.sqlite3"
    ok(cli_line(f"--db {demo} backup {copy}"))
    said = ok(cli_line(f"backup --verify {copy}"))
    assert f"{copy}: a whole silvershop database, schema {HEAD}, with 30 products" in said
    assert "needs the personal-data key" in said


def _not_sqlite(path: Path) -> None:
    path.write_text("名称,型号\n轮椅,W1\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()


def _newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data), page * 2):  # scribble over the middle of many pages
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (_not_sqlite, "is not a silvershop backup: it is not a database file at all"),
        (_foreign, "is a database, but not one of silvershop's"),
        (_newer, "was saved by a newer version of silvershop (schema 0099)"),
        (_damaged, "it cannot be restored"),
    ],
)
def test_a_file_that_is_not_a_good_backup_is_refused_and_nothing_is_changed(
    demo: str, db_file: Path, tmp_path: Path, spoil: object, sentence: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    if spoil is not _foreign and spoil is not _not_sqlite:
        backup_to(make_url(demo), bad)
    spoil(bad)  # type: ignore[operator]
    before = _digest(db_file)
    for line in (f"backup --verify {bad}", f"--db {demo} restore {bad} --yes"):
        assert sentence in refused(cli_line(line))
    assert _digest(db_file) == before
    assert not backup_folder(db_file).exists() or not list(backup_folder(db_file).glob("*before-restore*"))


def test_a_missing_backup_or_the_database_itself_is_refused(demo: str, db_file: Path, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        check_backup(tmp_path / "nowhere.sqlite3")
    with pytest.raises(ValidationError, match="the database itself"):
        restore(make_url(demo), db_file)
    with pytest.raises(ValidationError, match="another file than the database itself"):
        backup_to(make_url(demo), db_file)


def test_a_damaged_database_is_restored_over_and_kept_as_it_was(
    demo: str, db_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "good.sqlite3"
    backup_to(make_url(demo), copy)
    _damaged(db_file)
    damaged = db_file.read_bytes()
    _, kept = restore(make_url(demo), copy)
    # Page for page as it was; only the file's change counter in the header moves on.
    assert kept is not None and kept.read_bytes()[100:] == damaged[100:]
    assert _enterprises(demo) > 0  # opens again, whole


def test_a_server_database_is_backed_up_with_the_servers_tools(tmp_path: Path) -> None:
    server = make_url("postgresql+psycopg://silvershop@db.example/silvershop")
    for attempt in (
        lambda: backup_to(server, tmp_path / "b.sqlite3"),
        lambda: restore(server, tmp_path / "b"),
    ):
        with pytest.raises(ValidationError, match="pg_dump"):
            attempt()


def test_a_database_is_kept_as_it_was_before_it_is_migrated(db_file: Path, db_url: str) -> None:
    open_database(db_url).close()
    engine = open_engine(db_url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            alembic.command.downgrade(cfg, "0004")
    finally:
        engine.dispose()
    database = open_database(db_url)
    database.close()
    assert database.migrated
    kept = list(backup_folder(db_file).glob("*-before-migration.sqlite"))
    assert len(kept) == 1 and check_backup(kept[0]).revision == "0004"


def test_the_key_setting_is_the_vaults() -> None:
    assert KEY_ID_SETTING == vault.KEY_ID_SETTING


def test_a_backup_that_cannot_be_written_leaves_no_file(demo: str, tmp_path: Path) -> None:
    gone = tmp_path / "unplugged-drive"
    with pytest.raises(DatabaseError, match="could not be written"):
        backup_to(make_url(demo), gone / "b.sqlite3")
    assert not gone.exists()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_one_daily_copy_a_day_kept_as_many_days_as_the_setting_says(demo: str, db_file: Path) -> None:
    database = open_database(demo)
    folder = backup_folder(db_file)
    try:
        folder.mkdir(exist_ok=True)
        (folder / "silvershop-training-20200101-080000-daily.sqlite").write_bytes(b"another database's")
        (folder / "silvershop-20200101-080000-before-migration.sqlite").write_bytes(b"another reason's")
        first = daily_backup(database.engine, 3, now=datetime(2026, 11, 27, 9, 0))
        again = daily_backup(database.engine, 3, now=datetime(2026, 11, 27, 17, 30))
        days = [daily_backup(database.engine, 3, now=datetime(2026, 11, day, 9, 0)) for day in (28, 29, 30)]
    finally:
        database.close()
    assert first is not None and again is None and all(days)
    assert check_backup(days[-1]).products == 30
    dailies = [name for name in _names(folder) if name.startswith("silvershop-2026") and "daily" in name]
    # Kept three days back from the 30th: the 27th goes.
    assert [name[11:19] for name in dailies] == ["20261128", "20261129", "20261130"]
    assert "silvershop-training-20200101-080000-daily.sqlite" in _names(folder)
    database = open_database(demo)
    try:  # back after a month away: the copies from before stay until newer ones take their place
        daily_backup(database.engine, 3, now=datetime(2026, 12, 30, 9, 0))
    finally:
        database.close()
    dailies = [
        name[11:19] for name in _names(folder) if name.startswith("silvershop-2026") and "daily" in name
    ]
    assert dailies == ["20261129", "20261130", "20261230"]
    assert "silvershop-20200101-080000-before-migration.sqlite" in _names(folder)


def test_no_daily_copy_of_a_server_or_of_a_database_in_memory(tmp_path: Path) -> None:
    memory = open_database("sqlite://")
    try:
        assert daily_backup(memory.engine, 14) is None
    finally:
        memory.close()


def test_the_days_kept_are_a_setting_with_limits(demo: str) -> None:
    database = open_database(demo)
    try:
        with reading(database.sessions) as session:
            assert settings.get(session, settings.BACKUP_KEEP_DAYS) == 14
        admin = actor_with([Role.ADMINISTRATOR])
        for wrong in (0, 366, "7"):
            refused = pytest.raises(ValidationError, match="Enter a whole number from 1 to 365")
            with refused, transaction(database.sessions) as session:
                settings.put(session, admin, settings.BACKUP_KEEP_DAYS, wrong)
        with reading(database.sessions) as session:
            assert settings.get(session, settings.BACKUP_KEEP_DAYS) == 14
    finally:
        database.close()


def test_checking_a_backup_leaves_its_folder_as_it_was(demo: str, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    copy = backup_to(make_url(demo), folder / "b.sqlite3").path
    before = {p.name: _digest(p) for p in folder.iterdir()}
    check_backup(copy)
    assert {p.name: _digest(p) for p in folder.iterdir()} == before == {"b.sqlite3": _digest(copy)}


def test_a_backup_is_one_file_that_reads_from_a_read_only_place(demo: str, tmp_path: Path) -> None:
    """Not flagged for a write-ahead log (header bytes 18 and 19 say 1, not 2): a WAL database cannot be
    read without writing a -shm file beside it, which a write-protected stick or share refuses."""
    folder = tmp_path / "stick"
    folder.mkdir()
    copy = backup_to(make_url(demo), folder / "b.sqlite3").path
    assert copy.read_bytes()[18:20] == b"\x01\x01"
    with closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM product").fetchone()[0] == 30
    assert sorted(p.name for p in folder.iterdir()) == ["b.sqlite3"]
