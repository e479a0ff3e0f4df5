"""`silvershop --screenshot` as docs and CI run it: a separate process, offscreen, no one to click."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from silvershop.app import WINDOW_SIZE
from silvershop.demo.accounts import DEMO_PASSWORD
from tests.programs import gui

TIMEOUT_S = 100
# What the offscreen platform says when a shown window's minimum size is set; no desktop platform prints
# it. The window is on screen before the database is opened, so a refusal comes after it.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def said(stderr: str) -> list[str]:
    """What silvershop wrote on stderr, line by line, without the offscreen platform's notices."""
    return [line for line in stderr.strip().splitlines() if line != OFFSCREEN_NOTICE]


def assert_window_picture(path: Path) -> None:
    assert path.stat().st_size > 10_000
    image = QImage(str(path))
    assert (image.width(), image.height()) == (WINDOW_SIZE.width(), WINDOW_SIZE.height())
    # A window, not a blank or single-colour rectangle.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 5


def test_screenshot_of_a_database_writes_the_window_as_png(
    demo_template: Path, tmp_path: Path, own_tmp: Path
) -> None:
    database = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, database)
    png = tmp_path / "window.png"
    done = gui(
        "--db",
        f"sqlite:///{database}",
        "--user",
        "clerk",
        "--view",
        "centres",
        "--screenshot",
        str(png),
        SILVERSHOP_PASSWORD=DEMO_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert_window_picture(png)


def test_screenshot_of_a_new_database_shows_the_window_waiting_for_its_administrator(
    tmp_path: Path, own_tmp: Path
) -> None:
    png = tmp_path / "new.png"
    done = gui("--db", f"sqlite:///{tmp_path / 'new.sqlite3'}", "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    assert said(done.stderr) == []
    assert_window_picture(png)


def test_a_wrong_password_for_user_exits_2_with_one_sentence_and_no_picture(
    demo_template: Path, tmp_path: Path, own_tmp: Path
) -> None:
    database = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, database)
    png = tmp_path / "never.png"
    done = gui(
        "--db",
        f"sqlite:///{database}",
        "--user",
        "admin",
        "--screenshot",
        str(png),
        "--lang",
        "en",
        SILVERSHOP_PASSWORD="not the password",
    )
    assert done.returncode == 2
    assert said(done.stderr) == ["The user name or the password is wrong."]
    assert not png.exists()


def test_demo_screenshot_fills_a_temporary_database_and_cleans_up(tmp_path: Path, own_tmp: Path) -> None:
    png = tmp_path / "demo.png"
    done = gui("--demo", "--products", "40", "--screenshot", str(png), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert_window_picture(png)
    assert list(own_tmp.iterdir()) == []  # the demo folder, its database and its key are gone


def test_corrupt_database_exits_2_with_one_sentence_and_is_left_untouched(
    tmp_path: Path, own_tmp: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"PK\x03\x04 not a database at all " * 100)
    before = damaged.read_bytes()
    png = tmp_path / "never.png"
    done = gui("--db", f"sqlite:///{damaged}", "--screenshot", str(png), "--lang", "en")
    assert done.returncode == 2
    lines = said(done.stderr)
    assert len(lines) == 1
    assert "is not a silvershop database" in lines[0]
    assert damaged.read_bytes() == before
    assert not png.exists()


def test_database_errors_are_told_in_chinese_by_default(tmp_path: Path, own_tmp: Path) -> None:
    done = gui(
        "--db",
        "postgresql+psycopg://silvershop@127.0.0.1:9/none",
        "--screenshot",
        str(tmp_path / "x.png"),
    )
    assert done.returncode == 2
    assert "无法连接" in done.stderr
    assert "Traceback" not in done.stderr
