"""Databases a desk cannot use: one clear sentence, exit 2, no traceback, and nothing overwritten.

Tests often run as root in CI, where file permissions do not stop writes; there the files and
folders are made immutable (chattr +i) instead, which root must respect too.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from tests.programs import cli


def refusal(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_sqlite_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "residents.sqlite3"
    path.write_bytes("姓名,电话\n王秀英,13812345678\n".encode() * 50)
    before = digest(path)
    message = refusal(cli("--db", f"sqlite:///{path}", "init"))
    assert message.startswith(f"{path} is not a silvershop database (it is not a SQLite file")
    assert "left untouched" in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["residents.sqlite3"]


def test_a_damaged_sqlite_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 32)
    before = digest(path)
    message = refusal(cli("--db", f"sqlite:///{path}", "init"))
    assert "is not a silvershop database or it is damaged" in message
    assert "restore a backup" in message
    assert digest(path) == before


def test_a_folder_given_as_the_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    message = refusal(cli("--db", f"sqlite:///{folder}", "init"))
    assert message == f"{folder} is a folder, not a database file. Choose a file instead."
    assert list(folder.iterdir()) == []


def _other_programs_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('王秀英')")
        conn.commit()


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    _other_programs_database(path)
    message = refusal(cli("--db", f"sqlite:///{path}", "init"))
    assert "already holds tables of another program" in message
    with closing(sqlite3.connect(path)) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["customers"]


def test_another_programs_sqlite_file_keeps_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    _other_programs_database(path)
    before = digest(path)
    refusal(cli("--db", f"sqlite:///{path}", "init"))
    assert digest(path) == before


def test_an_unreachable_server_is_named_without_its_password() -> None:
    message = refusal(cli("--db", "postgresql+psycopg://clerk:s3cret@127.0.0.1:1/silvershop", "init"))
    assert "127.0.0.1:1" in message
    assert "s3cret" not in message


def test_a_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "silvershop"
    blocker.write_text("a file where the data folder should be\n", encoding="utf-8")
    before = digest(blocker)
    message = refusal(cli("init", SILVERSHOP_DATA_DIR=str(blocker / "data")))
    assert message.startswith(f"The data folder {blocker / 'data'} cannot be created")
    assert "Choose a folder you can write to" in message
    assert digest(blocker) == before


def _permissions_stop_writes(tmp_path: Path) -> bool:
    """False for root (or anyone with CAP_DAC_OVERRIDE), who writes into a read-only folder anyway."""
    folder = tmp_path / "permission-probe"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except PermissionError:
        return True
    else:
        (folder / "probe").unlink()
        return False
    finally:
        folder.chmod(0o755)


@contextmanager
def read_only(tmp_path: Path, *paths: Path) -> Iterator[None]:
    """Make `paths` read-only for this user: by permissions, or for root by the immutable attribute,
    which root must respect too."""
    if _permissions_stop_writes(tmp_path):
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    subprocess.run(["chattr", "+i", *map(str, paths)], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True, capture_output=True)


def test_a_read_only_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    with read_only(tmp_path, folder):
        message = refusal(cli("init", SILVERSHOP_DATA_DIR=str(folder)))
    assert message.startswith(f"The data folder {folder} is read-only.")
    assert list(folder.iterdir()) == []


def test_a_read_only_database_file(tmp_path: Path, db_url: str, db_file: Path) -> None:
    assert cli("--db", db_url, "init").returncode == 0
    before = digest(db_file)
    with read_only(tmp_path, db_file, tmp_path):
        message = refusal(cli("--db", db_url, "demo", "--products", "10"))
    assert "cannot be written" in message
    assert digest(db_file) == before
