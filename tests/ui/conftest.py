"""Fixtures of the GUI tests: a demo-filled database made once, copied for each test, and windows on it
as one of the demo's staff sees it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from silvershop import i18n
from silvershop.app import Launch, parse_args
from silvershop.database import Database, open_database
from silvershop.db.session import transaction
from silvershop.demo import generate
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security.login import login
from silvershop.security.users import create_first_admin
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


def open_window(
    qtbot: QtBot, database: Database, *, demo: bool = True, view: str = "catalog", user: str = "admin"
) -> MainWindow:
    """The window as a start-up on `database` leaves it once `user`, one of the demo's accounts, has
    signed in: shown first, then given the desk and filled."""
    actor = login(database.sessions, user, DEMO_PASSWORD)
    desk = Desk(database, Path(database.engine.url.database or ".").parent, demo=demo, actor=actor)
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


Start = Callable[..., Launch]


@pytest.fixture
def start(
    qapp: QApplication, qtbot: QtBot, language: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Start]:
    """Start the application in this process with command-line options; closed after the test.
    `--user` signs in with the demo accounts' password."""
    monkeypatch.setenv("SILVERSHOP_PASSWORD", DEMO_PASSWORD)
    launches: list[Launch] = []

    def run(*args: str) -> Launch:
        launch = Launch(parse_args(list(args)), qapp)
        launches.append(launch)
        launch.start()
        assert launch.window is not None
        qtbot.addWidget(launch.window)
        return launch

    yield run
    for launch in launches:
        launch.close()


@pytest.fixture
def staffed_url(db_url: str) -> str:
    """A new database with its administrator, `admin`, who has the demo accounts' password."""
    database = open_database(db_url)
    with transaction(database.sessions) as session:
        create_first_admin(session, "admin", DEMO_PASSWORD)
    database.close()
    return db_url


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    """This test's own copy of the demo database, with the demo's staff accounts, as a URL."""
    path = tmp_path / "demo-copy.sqlite3"
    shutil.copyfile(demo_template, path)
    return f"sqlite:///{path}"


def loaded(qtbot: QtBot, launch: Launch) -> MainWindow:
    """The window once the database is open and the screens show its data."""
    window = launch.window
    assert window is not None
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        pass
    return window


def ended(qtbot: QtBot, launch: Launch) -> int:
    """The exit code the run ends with."""
    with qtbot.waitSignal(launch.ended, timeout=60_000) as blocker:
        pass
    assert blocker.args is not None
    return int(blocker.args[0])
