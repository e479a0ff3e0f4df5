"""Starting the kiosk (`silvershop --kiosk --centre CODE`): it opens on its centre's home page, or refuses
with one sentence and exit code 2 when the centre is unknown or no staff PIN is set (nobody could close
it), or 3 when its database cannot be opened (the watch tries again); watched, it rests on a full-screen
page nobody can dismiss for half a minute first. A demo kiosk stands in the demo's first centre."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from silvershop.database import open_database
from silvershop.db.session import transaction
from silvershop.errors import DatabaseError
from silvershop.kiosk import pin
from silvershop.kiosk_watch import EXIT_RETRY
from silvershop.security import settings
from silvershop.security.models import Setting
from silvershop.ui import desk_database, theme
from silvershop.ui.kiosk.launch import RESTING_MS, KioskLaunch, OpeningPage
from silvershop.ui.kiosk.window import KioskWindow
from tests.ui import accessibility

RESTING = "Sorry, this screen is resting for a moment. Please ask a member of staff."
SHORT_REST_MS = 50

Run = Callable[..., KioskLaunch]


@pytest.fixture
def run_kiosk(qapp: QApplication, qtbot: QtBot, english: None) -> Iterator[Run]:
    launches: list[KioskLaunch] = []

    def run(
        url: str | None,
        centre: str | None,
        shot: Path | None,
        *,
        demo: int | None = None,
        size: QSize | None = None,
        watched: bool = False,
    ) -> KioskLaunch:
        launch = KioskLaunch(
            url,
            demo,
            centre,
            "en",
            shot,
            qapp,
            *([size] if size else []),
            watched=watched,
            resting_ms=SHORT_REST_MS,
        )
        launches.append(launch)
        launch.start()
        return launch

    yield run
    for launch in launches:
        launch.close()
        if launch.window is not None:
            launch.window.deleteLater()


def ended(qtbot: QtBot, launch: KioskLaunch) -> int:
    with qtbot.waitSignal(launch.ended, timeout=90_000) as blocker:
        pass
    assert blocker.args is not None
    return int(blocker.args[0])


def test_the_kiosk_opens_on_its_centre_and_saves_a_screenshot(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, tmp_path: Path
) -> None:
    shot = tmp_path / "kiosk.png"
    launch = run_kiosk(demo_url, "lx01", shot)  # the code as a person types it
    assert ended(qtbot, launch) == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)
    window = launch.window
    assert isinstance(window, KioskWindow)
    assert window.centre.code == "LX01"
    assert window.current_page() is window.home_page


def test_a_screenshot_takes_the_size_asked_for(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, tmp_path: Path
) -> None:
    shot = tmp_path / "kiosk-small.png"
    launch = run_kiosk(demo_url, "LX01", shot, size=QSize(1280, 800))
    assert ended(qtbot, launch) == 0
    assert QImage(str(shot)).size() == QSize(1280, 800)


def test_an_unknown_centre_is_refused_with_exit_code_2(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    launch = run_kiosk(demo_url, "NOPE99", tmp_path / "never.png")
    assert ended(qtbot, launch) == 2
    assert "NOPE99" in capsys.readouterr().err
    assert launch.window is None
    assert not (tmp_path / "never.png").exists()


def test_without_a_staff_pin_the_kiosk_refuses_to_start(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(demo_url)
    with transaction(database.sessions) as session:
        stored = session.get(Setting, settings.KIOSK_PIN)
        assert stored is not None  # the demo's
        stored.value = json.dumps("")
    database.close()
    launch = run_kiosk(demo_url, "LX01", tmp_path / "never.png")
    assert ended(qtbot, launch) == 2
    err = capsys.readouterr().err
    assert "No staff PIN is set, so nobody could close the kiosk." in err
    assert "silvershop-cli kiosk-pin" in err
    assert launch.window is None


def test_a_demo_kiosk_stands_in_the_demos_first_centre(
    run_kiosk: Run, qtbot: QtBot, tmp_path: Path, own_tmp: Path
) -> None:
    shot = tmp_path / "demo.png"
    launch = run_kiosk(None, None, shot, demo=40)
    assert ended(qtbot, launch) == 0
    assert shot.exists()
    window = launch.window
    assert isinstance(window, KioskWindow)
    assert window.home_page.heading.text() == f"Welcome to {window.centre.name}"
    folder = launch.desk.data_folder if launch.desk is not None else None
    launch.close()
    assert folder is not None and not folder.exists()  # the demo's database and key go with it


@pytest.fixture
def damaged_url(tmp_path: Path) -> str:
    """A database file that is not one: what a disk or a copy gone wrong leaves."""
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database " * 400)
    return f"sqlite:///{path}"


def defect_opening(*_args: object) -> None:
    raise RuntimeError("a defect of silvershop while opening")


def gone_after_opening(*_args: object) -> bool:
    raise DatabaseError("The database server does not answer.")


def shown_words(page: OpeningPage) -> list[str]:
    return [label.text() for label in accessibility.shown(page) if isinstance(label, QLabel)]


def dismiss_message(seen: list[str]) -> None:
    """Press OK on the message once it shows, as staff trying the kiosk by hand do."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(10, lambda: dismiss_message(seen))


@pytest.mark.parametrize("cause", ["damaged", "defect", "gone after opening"])
def test_a_database_that_cannot_be_opened_ends_with_3_for_the_watch_to_try_again(
    run_kiosk: Run,
    qtbot: QtBot,
    demo_url: str,
    damaged_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cause: str,
) -> None:
    url = damaged_url if cause == "damaged" else demo_url
    if cause == "defect":
        monkeypatch.setattr(desk_database, "open_desk", defect_opening)
    if cause == "gone after opening":
        monkeypatch.setattr(pin, "kiosk_pin_set", gone_after_opening)
    launch = run_kiosk(url, "LX01", tmp_path / "never.png")
    assert ended(qtbot, launch) == EXIT_RETRY == 3
    assert capsys.readouterr().err.strip()  # a sentence (or the defect's traceback) for staff
    assert launch.window is None
    assert not (tmp_path / "never.png").exists()


def test_watched_an_unreachable_database_rests_on_a_page_nobody_can_dismiss_then_ends_with_3(
    run_kiosk: Run, qtbot: QtBot, damaged_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    launch = run_kiosk(damaged_url, "LX01", None, watched=True)
    with qtbot.waitSignal(launch.ended, timeout=90_000) as blocker:
        qtbot.waitUntil(lambda: launch.resting.isActive(), timeout=90_000)
        page = launch.opening_page
        assert page is not None and page.isVisible() and page.isFullScreen()
        assert shown_words(page) == [RESTING]  # nothing technical for visitors
        assert accessibility.point_size(page.message) >= 36  # big type
        assert not page.findChildren(QAbstractButton)
        assert not any(isinstance(widget, QMessageBox) for widget in QApplication.topLevelWidgets())
        assert page.close() is False  # Alt+F4 and the window manager are refused
        assert page.isVisible()
    assert blocker.args == [EXIT_RETRY]
    assert capsys.readouterr().err.strip()  # the reason, for staff
    assert launch.window is None


def test_watched_a_wrong_set_up_rests_with_a_sentence_for_staff_then_ends_with_2(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    launch = run_kiosk(demo_url, "NOPE99", None, watched=True)
    assert ended(qtbot, launch) == 2
    page = launch.opening_page
    assert page is not None and page.isVisible()
    words = shown_words(page)
    assert words[0] == RESTING
    assert "NOPE99" in words[1]  # for staff, below
    assert accessibility.point_size(page.for_staff) < accessibility.point_size(page.message)
    assert "NOPE99" in capsys.readouterr().err


def test_by_hand_a_wrong_set_up_is_a_message_staff_dismiss(
    run_kiosk: Run, qtbot: QtBot, demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: dismiss_message(seen))
    launch = run_kiosk(demo_url, "NOPE99", None)
    assert ended(qtbot, launch) == 2
    assert len(seen) == 1 and "NOPE99" in seen[0]
    assert launch.opening_page is None or not launch.opening_page.for_staff.isVisible()


def test_the_kiosk_rests_for_half_a_minute_unless_told_otherwise(qapp: QApplication) -> None:
    launch = KioskLaunch(None, None, "LX01", "en", None, qapp, watched=True)
    assert launch.resting.interval() == RESTING_MS == 30_000


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_resting_page_meets_section_7(
    qapp: QApplication, qtbot: QtBot, english: None, size: tuple[int, int]
) -> None:
    theme.apply(qapp)
    page = OpeningPage()
    qtbot.addWidget(page)
    page.rest("No open experience centre has the code NOPE99. Start the kiosk with the code of its centre.")
    page.resize(*size)
    with qtbot.waitExposed(page):
        page.show()
    assert accessibility.problems(page) == []
    assert page.windowFlags() & Qt.WindowType.FramelessWindowHint
