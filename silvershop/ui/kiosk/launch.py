"""`silvershop --kiosk --centre CODE`: one run of the kiosk, in the order a visitor sees it.

1. `start`: the language, the theme and a full-screen "Opening…" page, shown at once;
2. the database opens in a worker thread (`ui.opening.DatabaseOpening`, as for the desk's window), and
   with `--demo` the demonstration data is made first (`ui.demo_fill`);
3. `_check`: the centre exists (with a demo and no code, its first centre) and a staff PIN is set, or
   the kiosk refuses to start, since nobody could close it;
4. the kiosk window, full screen; staff typing the PIN end the run with 0.

A database that cannot be opened ends the run with 3 (`kiosk_watch.EXIT_RETRY`: the watch tries again,
as a PC that started before the network or its server will mend); a refusal of the set-up (an unknown
centre, no PIN set, no centre at all) ends it with 2, which another start would only repeat. Either is
one sentence on stderr. Watched, as a kiosk in a hall is, the screen then rests for half a minute on a
full-screen page a visitor cannot dismiss and that has nothing to touch, in big type, with the set-up's
sentence for staff in smaller type below, before the run ends. Started by hand (unwatched, or for a
screenshot), the sentence is in a message staff dismiss. With `screenshot`, the window is drawn at
`size` instead of full screen, saved as a PNG once its home page is shown, and the run ends with 0.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from silvershop.app import install_language
from silvershop.arguments import EXIT_ERROR
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError, SilvershopError
from silvershop.i18n import translate
from silvershop.kiosk_watch import EXIT_RETRY
from silvershop.ui import theme
from silvershop.ui.demo_fill import DemoFill
from silvershop.ui.icons import icon
from silvershop.ui.opening import DatabaseOpening

if TYPE_CHECKING:
    from silvershop.kiosk.pages import KioskCentre
    from silvershop.ui.desk import Desk
    from silvershop.ui.kiosk.window import KioskWindow

SCREENSHOT_SIZE = QSize(1920, 1080)
RESTING_MS = 30_000  # long enough for staff passing by to read why; the watch then starts it again
RESTING_PT = 40
STAFF_PT = theme.ELDER_TEXT_PT + 2  # as the kiosk's own text
CONTEXT = "kiosk"
RESTING = QT_TRANSLATE_NOOP(
    "kiosk", "Sorry, this screen is resting for a moment. Please ask a member of staff."
)
NO_PIN = QT_TRANSLATE_NOOP(
    "kiosk",
    "No staff PIN is set, so nobody could close the kiosk. An administrator sets one under Settings → Desk "
    "and data, or with silvershop-cli kiosk-pin.",
)
NO_CENTRE = QT_TRANSLATE_NOOP("kiosk", "The database has no experience centre for the kiosk to stand in.")
BROKEN = QT_TRANSLATE_NOOP("kiosk", "The kiosk could not start because of an error in silvershop.")


class OpeningPage(QWidget):
    """The whole screen before the kiosk's window: "Opening…" while the database opens, or the resting
    sentence when the kiosk cannot start. Nothing on it to touch, and the window manager's close (Alt+F4)
    is refused: only the run's end closes it."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("kioskOpening")
        self._finished = False
        self.setStyleSheet(
            f"#kioskOpening {{ background: {theme.PAGE}; }}"
            f"#kioskOpening QLabel {{ color: {theme.TEXT}; font-size: {STAFF_PT}pt; }}"
            f"#kioskOpening QLabel#kioskHeading {{ font-size: {RESTING_PT}pt; font-weight: 600; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.message = QLabel(self.tr("Opening…"), objectName="kioskHeading", wordWrap=True)
        self.for_staff = QLabel(wordWrap=True)
        for label in (self.message, self.for_staff):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.for_staff.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 64, 96, 64)
        layout.setSpacing(48)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.for_staff)
        layout.addStretch(1)

    def rest(self, for_staff: str = "") -> None:
        """The kiosk cannot start: the apology for visitors and, when the set-up is at fault, what staff
        should put right."""
        self.message.setText(translate(CONTEXT, RESTING))
        self.for_staff.setText(for_staff)
        self.for_staff.setVisible(bool(for_staff))

    def finish(self) -> None:
        """The run goes on to the kiosk's window, or ends: the one close that is not refused."""
        self._finished = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:  # Alt+F4 or the window manager
            event.ignore()
            return
        super().closeEvent(event)


class KioskLaunch(QObject):
    """One run of the kiosk; `ended(code)` asks for the event loop to stop with that exit code."""

    ended = Signal(int)

    def __init__(
        self,
        url: str | None,
        demo_products: int | None,
        centre_code: str | None,
        language: str,
        screenshot: Path | None,
        app: QApplication,
        size: QSize = SCREENSHOT_SIZE,
        *,
        watched: bool = False,
        resting_ms: int = RESTING_MS,
    ) -> None:
        """`watched` when the kiosk's watch started it (a refusal then rests on the screen for
        `resting_ms` rather than asking for a click)."""
        super().__init__()
        self.url = url
        self.demo_products = demo_products
        self.centre_code = centre_code
        self.language = language
        self.screenshot = screenshot
        self.size = size
        self.app = app
        self.watched = watched
        self.resting = QTimer(self, singleShot=True, interval=resting_ms)
        self.opening_page: OpeningPage | None = None
        self.opening: DatabaseOpening | None = None
        self.fill: DemoFill | None = None
        self.desk: Desk | None = None
        self.window: KioskWindow | None = None
        self._qt_translator = QTranslator()
        self._closed = False

    def start(self) -> None:
        install_language(self.app, self.language, self._qt_translator)
        theme.apply(self.app)
        self.app.setWindowIcon(icon("silvershop"))
        page = self.opening_page = OpeningPage()
        self._present(page)
        opening = self.opening = DatabaseOpening(
            self.url, demo_products=self.demo_products, language=self.language
        )
        opening.finished.connect(lambda: self._opened(opening))
        opening.start()

    def close(self) -> None:
        """Wait for the workers, so nothing is left half-written, then let go of the database."""
        self._closed = True
        self.resting.stop()
        if self.opening_page is not None:
            self.opening_page.finish()
            self.opening_page = None
        if self.opening is not None:
            self.opening.wait()
            if self.desk is None:
                self.desk = self.opening.desk
        if self.fill is not None:
            self.fill.stop()
        if self.window is not None:
            self.window.stop()
        self.app.removeTranslator(self._qt_translator)
        if self.desk is not None:
            self.desk.database.close()
            if self.desk.demo:
                shutil.rmtree(self.desk.data_folder, ignore_errors=True)

    def _present(self, widget: QWidget) -> None:
        if self.screenshot is not None:
            widget.resize(self.size)
            widget.show()
            return
        # A kiosk session often has no window manager to honour "full screen" (docs/kiosk.md): the
        # window takes the whole screen itself, and asks for full screen where there is one.
        screen = widget.screen() or self.app.primaryScreen()
        if screen is not None:
            widget.setGeometry(screen.geometry())
        widget.showFullScreen()

    def _opened(self, opening: DatabaseOpening) -> None:
        if self._closed:
            return
        if opening.desk is None:  # unreachable, damaged, or a defect (its traceback is on stderr)
            refusal = opening.refusal
            self._refuse(
                refusal.localized() if refusal is not None else translate(CONTEXT, BROKEN), EXIT_RETRY
            )
            return
        desk = self.desk = opening.desk
        if desk.demo and self.demo_products is not None:
            assert self.opening_page is not None  # shown by `start`, closed once the window is
            self.fill = DemoFill(desk.database.sessions, self.demo_products, self.opening_page)
            self.fill.done.connect(self._demo_done)
            self.fill.start()
        else:
            self._check()

    def _demo_done(self, outcome: str, sentence: str) -> None:
        if outcome == "failed":
            self._refuse(sentence)
            return
        self._check()

    def _check(self) -> None:
        """The centre and the PIN, read before the window shows anything."""
        from silvershop.centres.directory import list_centres  # with the database, after the window
        from silvershop.kiosk.pages import kiosk_centre
        from silvershop.kiosk.pin import kiosk_pin_set

        desk = self.desk
        if self._closed or desk is None:
            return
        try:
            with desk.database.reading() as session:
                code = self.centre_code
                if code is None:
                    code = next((entry.code for entry in list_centres(session) if entry.active), None)
                    if code is None:
                        self._refuse(translate(CONTEXT, NO_CENTRE))
                        return
                centre = kiosk_centre(session, code)
                pin_set = kiosk_pin_set(session)
        except DatabaseError as err:  # gone away since it opened
            self._refuse(err.localized(), EXIT_RETRY)
            return
        except SilvershopError as err:
            self._refuse(err.localized())
            return
        if not pin_set:
            self._refuse(translate(CONTEXT, NO_PIN))
            return
        self._show(desk, centre)

    def _show(self, desk: Desk, centre: KioskCentre) -> None:
        from silvershop.ui.kiosk.window import KioskWindow  # with the database stack, after the window

        window = self.window = KioskWindow(desk.database, centre)
        window.left.connect(lambda: self.ended.emit(0))
        self._present(window)
        if self.opening_page is not None:
            self.opening_page.finish()
            self.opening_page = None
        if self.screenshot is not None:
            QTimer.singleShot(0, self._save_screenshot)

    def _save_screenshot(self) -> None:
        window, path = self.window, self.screenshot
        if window is None or path is None:
            return
        QApplication.processEvents()  # the tiles' layout settles once the window has its size
        if window.grab().save(str(path), "PNG"):
            self.ended.emit(0)
            return
        self._refuse(translate("app", "The screenshot could not be saved as {path}.").format(path=path))

    def _refuse(self, sentence: str, code: int = EXIT_ERROR) -> None:
        """Nothing can be shown: say why on stderr and, watched, rest on the screen before ending with
        `code`; started by hand, say it in a message too."""
        print(sentence, file=sys.stderr)
        if self.screenshot is not None:
            self.ended.emit(code)
        elif self.watched:
            self._rest(sentence if code == EXIT_ERROR else "", code)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Critical, "silvershop", sentence, QMessageBox.StandardButton.Ok
            )
            box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
            box.exec()
            self.ended.emit(code)

    def _rest(self, for_staff: str, code: int) -> None:
        """The resting page for `resting`'s interval (the visitors' apology; `for_staff` below it when
        the set-up is at fault), then the end with `code`."""
        page = self.opening_page
        if page is None:
            page = self.opening_page = OpeningPage()
        page.rest(for_staff)
        self._present(page)
        self.resting.timeout.connect(lambda: self.ended.emit(code))
        self.resting.start()
