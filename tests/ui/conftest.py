"""Fixtures of the GUI tests: a demo-filled database made once, copied for each test, and windows on it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from silvershop import i18n
from silvershop.database import Database, open_database
from silvershop.db.session import transaction
from silvershop.demo import generate
from silvershop.security.vault import open_vault
from silvershop.ui.desk import Desk
from silvershop.ui.main_window import MainWindow

DEMO_PRODUCTS = 60


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled by the demo generator, made once per test run."""
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with transaction(db.sessions) as session:
            generate(session, products=DEMO_PRODUCTS, seed=1, vault=open_vault(session, folder / "demo.key"))
    finally:
        db.close()
    return path


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """This test's own copy of the demo database, so what one test writes no other sees."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.close()


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder of this process and its children, to see what the app leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def language() -> Iterator[None]:
    """Tests that switch language leave the process in English (no translator) as they found it."""
    yield
    i18n.install("en")


@pytest.fixture
def english(language: None) -> None:
    i18n.install("en")


@pytest.fixture
def chinese(language: None) -> None:
    i18n.install("zh_CN")


def open_window(qtbot: QtBot, database: Database, *, demo: bool = True, view: str = "catalog") -> MainWindow:
    """The window as a start-up on `database` leaves it: shown first, then given the desk and filled."""
    desk = Desk(database, Path(database.engine.url.database or ".").parent, demo=demo)
    window = MainWindow(view=view)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.attach(desk)
    window.refresh()
    window.settle()
    return window
