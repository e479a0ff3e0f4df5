"""Starting the application as `silvershop` does: the window first, then the database, then signing
in; options, language, demo filling and refusals. Most runs sign in with --user (as scripts do); the
dialogs are tested in test_signin.py."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import silvershop.demo
from silvershop.app import Launch, parse_args
from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.db.session import reading
from silvershop.demo import generate
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import DeviceUnit, Resident
from silvershop.ui import desk_database
from silvershop.ui.main_window import MainWindow
from silvershop.ui.signin.first_admin import FirstAdminDialog
from tests.ui.conftest import Start, ended, loaded
from tests.ui.test_main_window import CHINESE_ENTRIES, ENGLISH_ENTRIES


def nav_texts(launch: Launch) -> list[str]:
    assert launch.window is not None
    return [button.text() for button in launch.window.navigation.buttons.values()]


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget | None, str]]:
    """The error dialogs shown, as (the window they were shown over, their sentence)."""
    shown: list[tuple[QWidget | None, str]] = []

    def critical(parent: QWidget | None, _title: str, text: str) -> None:
        shown.append((parent, text))
        assert parent is not None
        assert parent.isVisible()

    monkeypatch.setattr("silvershop.app.QMessageBox.critical", critical)
    return shown


@pytest.fixture
def held_opening(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The real opening of the database (the desk's or a demo one), made to wait until the test lets it go."""
    released = threading.Event()
    for name in ("open_desk", "open_demo_desk"):
        real = getattr(desk_database, name)

        def held(*args: object, real: Callable[..., object] = real) -> object:
            released.wait(timeout=60)
            return real(*args)

        monkeypatch.setattr(desk_database, name, held)
    yield released
    released.set()


def test_window_is_shown_before_the_database_is_open_and_filled_after(
    qtbot: QtBot, start: Start, staffed_url: str, held_opening: threading.Event
) -> None:
    launch = start("--db", staffed_url, "--user", "admin", "--lang", "en")
    window = launch.window
    assert window is not None
    with qtbot.waitSignal(window.painted):
        pass
    assert window.isVisible()
    assert nav_texts(launch) == ENGLISH_ENTRIES
    assert window.notice.text() == "Opening the database…"
    for name, page in window.pages.items():
        window.show_view(name)
        assert page.isVisible()
        assert page.purpose.text() == "Loading…"
    assert not window.refresh_action.isEnabled()
    assert window.screens == {}
    held_opening.set()
    loaded(qtbot, launch)
    assert window.current_view() == "settings"  # where the clerk was when the data came
    assert set(window.screens) == set(window.pages)
    assert overview_figures(window)["Products"] == "0"
    assert "Updated at" in window.notice.text()
    assert staffed_url.rpartition("/")[2] in window.database_label.text()
    assert window.refresh_action.isEnabled()


def test_closing_the_window_while_the_demo_database_opens_leaves_nothing_behind(
    qtbot: QtBot, start: Start, own_tmp: Path, held_opening: threading.Event
) -> None:
    launch = start("--demo", "--products", "30", "--lang", "en")
    assert launch.window is not None
    with qtbot.waitSignal(launch.window.painted):
        pass
    qtbot.waitUntil(lambda: launch.opening is not None and launch.opening.isRunning())
    launch.window.close()
    held_opening.set()
    launch.close()
    assert launch.desk is not None  # opened after the window had gone, then closed all the same
    assert launch.fill is None  # and no demo data was started for nobody
    assert list(own_tmp.iterdir()) == []


def test_view_option_opens_the_named_screen(qtbot: QtBot, start: Start, staffed_url: str) -> None:
    launch = start("--db", staffed_url, "--user", "admin", "--view", "rental", "--lang", "en")
    assert launch.window is not None
    assert launch.window.current_view() == "rental"
    window = loaded(qtbot, launch)
    assert window.current_view() == "rental"
    assert window.stack.currentWidget().isVisible()
    assert window.navigation.buttons["rental"].isChecked()
    assert window.screens["rental"].heading.text() == "Rental desk"


def test_lang_en_shows_english_and_the_default_is_chinese(start: Start, db_url: str) -> None:
    assert nav_texts(start("--db", db_url, "--lang", "en")) == ENGLISH_ENTRIES
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert nav_texts(start("--db", db_url)) == CHINESE_ENTRIES
    # Qt's own buttons too: a Chinese dialog with an English "Cancel" looks unfinished.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_language_chosen_in_settings_is_used_at_the_next_start(
    qtbot: QtBot, start: Start, staffed_url: str
) -> None:
    db_url = staffed_url
    settings = loaded(qtbot, start("--db", db_url, "--user", "admin")).screens["settings"]
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


def test_corrupt_database_is_one_sentence_in_a_dialog_over_the_window_and_exit_2(
    qtbot: QtBot, start: Start, tmp_path: Path, refusals: list[tuple[QWidget | None, str]]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is a spreadsheet, not a database" * 50)
    before = damaged.read_bytes()
    launch = start("--db", f"sqlite:///{damaged}", "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert launch.desk is None
    assert len(refusals) == 1
    parent, sentence = refusals[0]
    assert parent is launch.window
    assert "is not a silvershop database" in sentence
    assert "Traceback" not in sentence
    assert damaged.read_bytes() == before


def test_impossible_demo_size_is_refused_before_anything_is_made(
    qtbot: QtBot, start: Start, own_tmp: Path, refusals: list[tuple[QWidget | None, str]]
) -> None:
    launch = start("--demo", "--products", "0", "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert [sentence for _, sentence in refusals] == ["The demo needs at least 1 product; 0 was asked for."]
    assert list(own_tmp.iterdir()) == []


def test_a_defect_while_opening_is_one_sentence_and_exit_2_not_a_window_left_loading(
    qtbot: QtBot,
    start: Start,
    db_url: str,
    refusals: list[tuple[QWidget | None, str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(url: str | None, language: str) -> object:
        raise RuntimeError("a bug in silvershop")

    monkeypatch.setattr(desk_database, "open_desk", broken)
    launch = start("--db", db_url, "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert [sentence for _, sentence in refusals] == [
        "The database could not be opened because of an error in silvershop."
    ]
    assert "RuntimeError: a bug in silvershop" in capsys.readouterr().err  # for the developers


def test_demo_opens_filled_with_a_key_of_its_own(qtbot: QtBot, start: Start, private_folders: Path) -> None:
    launch = start("--demo", "--products", "30", "--user", "admin", "--lang", "en")
    window = loaded(qtbot, launch)
    assert launch.fill is not None
    folder = launch.demo_folder
    assert folder is not None
    with reading(window.desk.database.sessions) as session:
        products = session.scalar(select(func.count()).select_from(Product))
        units = session.scalar(select(func.count()).select_from(DeviceUnit))
    assert products == 30
    assert units
    assert overview_figures(window)["Products"] == "30"
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
    window = launch.window
    assert window is not None
    qtbot.waitUntil(reported.is_set, timeout=60_000)
    fill = launch.fill
    assert fill is not None
    assert fill.dialog.isVisible()
    with qtbot.waitSignal(fill.done, timeout=60_000) as ended:
        qtbot.mouseClick(fill.dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not fill.dialog.cancel_button.isEnabled()
        released.set()
    assert ended.args is not None
    assert ended.args[0] == "cancelled"
    assert not fill.dialog.isVisible()
    # The demo's accounts come with its data: without them it starts like a new database.
    assert launch.gate is not None
    dialog = launch.gate.dialog
    assert isinstance(dialog, FirstAdminDialog)
    dialog.username.setText("tester")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.again.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    with reading(window.desk.database.sessions) as session:
        for table in (Product, Enterprise, Centre, DeviceUnit, Resident):
            assert session.scalar(select(func.count()).select_from(table)) == 0, table.__name__
    assert overview_figures(window)["Products"] == "0"
    assert "cancelled" in window.notice.text()


def overview_figures(window: MainWindow) -> dict[str, str]:
    """The catalogue's overview tab, opened (it is read when opened) and read as caption → value."""
    screen = window.screens["catalog"]
    screen.tabs.setCurrentWidget(screen.overview)
    return {f.caption.text(): f.value.text() for f in screen.figures.figures}
