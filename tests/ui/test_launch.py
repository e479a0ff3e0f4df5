"""Starting the application as `silvershop` does: options, language, demo filling and refusals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import silvershop.demo
from silvershop.app import Launch, parse_args
from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.db.session import reading
from silvershop.demo import generate
from silvershop.rental.models import DeviceUnit, Resident
from tests.ui.test_main_window import CHINESE_ENTRIES, ENGLISH_ENTRIES

Start = Callable[..., Launch]


@pytest.fixture
def start(qapp: QApplication, qtbot: QtBot, language: None) -> Iterator[Start]:
    """Start the application in this process with command-line options; closed after the test."""
    launches: list[Launch] = []

    def run(*args: str) -> Launch:
        launch = Launch(parse_args(list(args)), qapp)
        launches.append(launch)
        launch.start()
        if launch.window is not None:
            qtbot.addWidget(launch.window)
        return launch

    yield run
    for launch in launches:
        launch.close()


def nav_texts(launch: Launch) -> list[str]:
    assert launch.window is not None
    return [button.text() for button in launch.window.navigation.buttons.values()]


def test_view_option_opens_the_named_screen(qtbot: QtBot, start: Start, db_url: str) -> None:
    launch = start("--db", db_url, "--view", "rental", "--lang", "en")
    window = launch.window
    assert window is not None
    with qtbot.waitSignal(window.loaded):
        pass
    assert window.current_view() == "rental"
    assert window.stack.currentWidget().isVisible()
    assert window.navigation.buttons["rental"].isChecked()
    assert window.screens["rental"].heading.text() == "Rental desk"


def test_lang_en_shows_english_and_the_default_is_chinese(start: Start, db_url: str) -> None:
    assert nav_texts(start("--db", db_url, "--lang", "en")) == ENGLISH_ENTRIES
    assert nav_texts(start("--db", db_url)) == CHINESE_ENTRIES


def test_language_chosen_in_settings_is_used_at_the_next_start(
    qtbot: QtBot, start: Start, db_url: str
) -> None:
    launch = start("--db", db_url)
    assert launch.window is not None
    settings = launch.window.screens["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert "English" in settings.language_note.text()
    assert parse_args(["--db", db_url]).lang == "en"
    assert nav_texts(start("--db", db_url)) == ENGLISH_ENTRIES
    assert parse_args(["--lang", "zh_CN"]).lang == "zh_CN"  # the command line still wins


def test_unknown_view_or_a_count_that_is_no_number_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--view", "kitchen"])
    assert exited.value.code == 2
    assert "kitchen" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        parse_args(["--demo", "--products", "many"])
    assert exited.value.code == 2
    assert "many" in capsys.readouterr().err


def test_corrupt_database_is_one_sentence_in_a_dialog_and_exit_2(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "silvershop.app.QMessageBox.critical", lambda _parent, _title, text: shown.append(text)
    )
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is a spreadsheet, not a database" * 50)
    before = damaged.read_bytes()
    launch = Launch(parse_args(["--db", f"sqlite:///{damaged}", "--lang", "en"]), QApplication.instance())  # type: ignore[arg-type]
    try:
        assert launch.start() == 2
    finally:
        launch.close()
    assert launch.window is None
    assert len(shown) == 1
    assert "is not a silvershop database" in shown[0]
    assert "Traceback" not in shown[0]
    assert damaged.read_bytes() == before


def test_impossible_demo_size_is_refused_before_anything_is_made(
    start: Start, own_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "silvershop.app.QMessageBox.critical", lambda _parent, _title, text: shown.append(text)
    )
    launch = Launch(parse_args(["--demo", "--products", "0", "--lang", "en"]), QApplication.instance())  # type: ignore[arg-type]
    try:
        assert launch.start() == 2
    finally:
        launch.close()
    assert shown == ["The demo needs at least 1 product; 0 was asked for."]
    assert list(own_tmp.iterdir()) == []


def test_demo_opens_filled_with_a_key_of_its_own(qtbot: QtBot, start: Start, private_folders: Path) -> None:
    launch = start("--demo", "--products", "30", "--lang", "en")
    window = launch.window
    assert window is not None
    assert launch.fill is not None
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        pass
    folder = launch.demo_folder
    assert folder is not None
    with reading(window.desk.database.sessions) as session:
        products = session.scalar(select(func.count()).select_from(Product))
        units = session.scalar(select(func.count()).select_from(DeviceUnit))
    assert products == 30
    assert units
    figures = {f.caption.text(): f.value.text() for f in window.screens["catalog"].figures.figures}
    assert figures["Products"] == "30"
    assert window.demo_badge is not None
    assert window.demo_badge.isVisible()
    assert (folder / "personal-data.key").exists()
    assert not list(private_folders.rglob("personal-data.key"))  # the desk's real key is never made
    launch.close()
    assert not folder.exists()


@pytest.fixture
def held_generator(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The real generator, made to wait at its first progress report until the test lets it go,
    so Cancel is certainly pressed while the generation is still running."""
    reported, released = threading.Event(), threading.Event()

    def held(session: object, *, progress: Callable[[int, int], bool], **kwargs: object) -> dict[str, int]:
        def gate(done: int, total: int) -> bool:
            reported.set()
            released.wait(timeout=60)
            return progress(done, total)

        return generate(session, progress=gate, **kwargs)

    monkeypatch.setattr(silvershop.demo, "generate", held)
    yield reported, released
    released.set()


def test_cancelling_the_demo_generation_leaves_no_data(
    qtbot: QtBot, start: Start, held_generator: tuple[threading.Event, threading.Event]
) -> None:
    reported, released = held_generator
    launch = start("--demo", "--products", "30", "--lang", "en")
    fill = launch.fill
    assert fill is not None
    assert launch.window is not None
    qtbot.waitUntil(reported.is_set)
    assert fill.dialog.isVisible()
    with qtbot.waitSignal(fill.done, timeout=60_000) as ended:
        qtbot.mouseClick(fill.dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not fill.dialog.cancel_button.isEnabled()
        released.set()
    assert ended.args is not None
    assert ended.args[0] == "cancelled"
    assert not fill.dialog.isVisible()
    with reading(launch.window.desk.database.sessions) as session:
        for table in (Product, Enterprise, Centre, DeviceUnit, Resident):
            assert session.scalar(select(func.count()).select_from(table)) == 0, table.__name__
    figures = {f.caption.text(): f.value.text() for f in launch.window.screens["catalog"].figures.figures}
    assert figures["Products"] == "0"
    assert "cancelled" in launch.window.notice.text()
