"""`silvershop`: the desktop application.

Start-up shows the window first and reads the data after, the way `Launch` lays out step by step: the
QApplication, the translator (so every later string is in the user's language), the theme and the
main window, shown at once; then the database, opened in a worker thread, which is also where the
database stack (SQLAlchemy, Alembic, the models, cryptography) is first imported; then signing in;
then the screens of the person signed in. Nothing imported before the window is shown may pull that
stack in: `tests/ui/test_startup_order.py` keeps it so. A database that cannot be opened is one
sentence in a dialog over the window, or on stderr when there is nobody to click it (`--screenshot`),
and exit code 2, like the CLI; so is a failed sign-in with `--user`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSize, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from silvershop import __version__, i18n
from silvershop.arguments import EXIT_ERROR, WATCHED_FLAG, Parser, language_asked
from silvershop.errors import SilvershopError
from silvershop.i18n import translate
from silvershop.ui import theme, views
from silvershop.ui.icons import icon
from silvershop.ui.main_window import MainWindow
from silvershop.ui.opening import DatabaseOpening
from silvershop.ui.settings.preferences import saved_language

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor
    from silvershop.ui.demo_fill import DemoFill
    from silvershop.ui.desk import Desk
    from silvershop.ui.idle_lock import IdleLock
    from silvershop.ui.kiosk.launch import KioskLaunch
    from silvershop.ui.signin.gate import SignInGate

WINDOW_SIZE = QSize(1280, 800)
DEMO_PRODUCTS = 400
OPEN_UNDRAWN_AFTER_MS = 2000


@dataclass(frozen=True)
class Options:
    db: str | None
    demo: bool
    lang: str
    view: str
    screenshot: Path | None
    products: int
    user: str | None = None
    kiosk: bool = False
    centre: str | None = None
    watched: bool = False  # started by the kiosk's watch (kiosk_watch), which starts it again after a crash


def install_language(app: QApplication, lang: str, qt_translator: QTranslator) -> None:
    """Our catalogue, the locale numbers and dates are shown in, and Qt's own words (OK, Cancel in
    standard dialogs) in `lang`; a Qt build without its words stays in English for them. Qt ships
    Simplified Chinese only in the older all-modules catalogue qt_zh_CN, not as qtbase_zh_CN."""
    i18n.install(lang)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if any(qt_translator.load(f"{catalogue}_{lang}", folder) for catalogue in ("qtbase", "qt")):
        app.installTranslator(qt_translator)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="silvershop",
        description=translate(
            "app", "The silver-economy desk: catalogue, experience centres, rental desk, labels."
        ),
    )
    parser.add_argument("--version", action="version", version=f"silvershop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="URL",
        help=translate("app", "database URL (default: SILVERSHOP_DB_URL or the user's data file)"),
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help=translate("app", "open a new demonstration database in a temporary folder"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("app", "language of the window (default: as chosen in Settings, else zh_CN)"),
    )
    parser.add_argument(
        "--view", choices=views.NAMES, default=views.NAMES[0], help=translate("app", "screen to open on")
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help=translate("app", "save the window as a PNG once loaded, then exit"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "app",
            "sign in as NAME without the login dialog, with the password in the SILVERSHOP_PASSWORD "
            "environment variable (for scripts; --demo with --screenshot signs in as the demo's admin)",
        ),
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help=translate(
            "app",
            "run as the visitors' kiosk of one centre: full screen, no login, read-only; staff leave it "
            "with the kiosk PIN, and it starts again by itself after a crash",
        ),
    )
    parser.add_argument(
        "--centre",
        metavar="CODE",
        help=translate("app", "the centre the kiosk stands in (with --kiosk; a demo takes its first)"),
    )
    parser.add_argument(WATCHED_FLAG, action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--products",
        metavar="N",
        type=int,
        default=DEMO_PRODUCTS,
        help=translate("app", "number of products in the demonstration database"),
    )
    return parser


def parse_args(argv: Sequence[str]) -> Options:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.centre is not None and not args.kiosk:
        parser.error(translate("app", "--centre names the kiosk's centre; add --kiosk"))
    if args.kiosk and args.centre is None and not args.demo:
        parser.error(translate("app", "--kiosk needs --centre CODE, the centre the kiosk stands in"))
    if args.kiosk and args.user is not None:
        parser.error(translate("app", "the kiosk signs nobody in; leave out --user"))
    return Options(
        db=args.db,
        demo=args.demo,
        lang=args.lang or saved_language() or i18n.DEFAULT_LANGUAGE,
        view=args.view,
        screenshot=args.screenshot,
        products=args.products,
        user=args.user,
        kiosk=args.kiosk,
        centre=args.centre,
        watched=args.watched,
    )


class Launch(QObject):
    """One run of the application, in the order a clerk sees it:

    1. `start`: language, theme and the main window, shown at once, every screen saying "Loading…";
    2. `_open_database`, once the window is drawn: the database opens in a worker thread;
    3. `_database_opened`: the desk is known and nothing has been read from it yet; the demo data is
       made now if asked for;
    4. `_sign_in`: the first administrator or the login dialog, or `--user` without a dialog;
    5. `_signed_in`: the screens that person may use are built and filled, and the idle lock watches;
       signing out (`_sign_out`) takes them away and goes back to step 4's dialog;
    6. `_save_screenshot` with --screenshot, once the data is shown.

    `ended(code)` asks for the event loop to stop with that exit code: after the screenshot, after the
    login dialog was closed (0), or after a database that cannot be opened or a `--user` who cannot sign
    in was told to the person at the desk (2).
    """

    ended = Signal(int)

    def __init__(self, options: Options, app: QApplication) -> None:
        super().__init__()
        self.options = options
        self.app = app
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.opening: DatabaseOpening | None = None
        self.fill: DemoFill | None = None
        self.gate: SignInGate | None = None
        self.lock: IdleLock | None = None
        self._demo_sentence = ""  # how the demo filling ended, told once the window is filled
        self._qt_translator = QTranslator()
        self._closed = False

    @property
    def demo_folder(self) -> Path | None:
        """The temporary folder of the demo database, removed by `close`."""
        return self.desk.data_folder if self.desk is not None and self.desk.demo else None

    def start(self) -> None:
        """Show the window; the rest follows from the event loop."""
        self._install_language()
        theme.apply(self.app)
        self.app.setWindowIcon(icon("silvershop"))
        window = self.window = MainWindow(view=self.options.view)
        window.load_failed.connect(self._load_failed)
        window.loaded.connect(self._loaded)
        window.lock_requested.connect(self._lock)
        window.sign_out_requested.connect(self._sign_out)
        window.resize(WINDOW_SIZE if self.options.screenshot is not None else self._fitting_size())
        # The database is opened once the window is on screen: the worker's imports would otherwise
        # compete with the first drawing for the interpreter. A window that is not drawn at once (started
        # minimised) does not hold the opening back for long.
        window.painted.connect(self._open_database)
        QTimer.singleShot(OPEN_UNDRAWN_AFTER_MS, self._open_database)
        window.show()

    def close(self) -> None:
        """Wait for the workers, so nothing is left half-written, then let go of the database."""
        self._closed = True  # no step starts after this one, even if its signal is still on its way
        if self.opening is not None:
            self.opening.wait()
            if self.desk is None:  # opened after the window was closed: never shown, but still closed
                self.desk = self.opening.desk
        if self.fill is not None:
            self.fill.stop()
        if self.lock is not None:
            self.lock.stop()
        self.app.removeTranslator(self._qt_translator)
        if self.desk is not None:
            self.desk.database.close()
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)

    def _install_language(self) -> None:
        install_language(self.app, self.options.lang, self._qt_translator)

    def _open_database(self) -> None:
        if self.opening is not None or self._closed:
            return
        options = self.options
        opening = self.opening = DatabaseOpening(
            options.db, demo_products=options.products if options.demo else None, language=options.lang
        )
        opening.finished.connect(lambda: self._opening_finished(opening))
        opening.start()

    def _opening_finished(self, opening: DatabaseOpening) -> None:
        if self._closed:
            return
        if opening.desk is not None:
            self._database_opened(opening.desk)
        elif opening.refusal is not None:
            self._refuse(opening.refusal.localized())
        else:
            self._refuse(
                translate("app", "The database could not be opened because of an error in silvershop.")
            )

    def _database_opened(self, desk: Desk) -> None:
        """The step between an open database and reading it: where signing in belongs."""
        self.desk = desk
        window = self.window
        assert window is not None  # made by `start`, the first step
        window.await_sign_in(desk)
        if desk.demo:  # its accounts come with its data, so the demo is filled before anyone signs in
            from silvershop.ui.demo_fill import DemoFill  # only a demo needs it, once the window is shown

            self.fill = DemoFill(desk.database.sessions, self.options.products, window)
            self.fill.done.connect(self._demo_done)
            self.fill.start()
        else:
            self._sign_in()

    def _sign_in(self) -> None:
        """Who is at the desk: named on the command line for scripts, else asked in a dialog. With
        --screenshot and nobody named, the window is saved as it waits for someone to sign in."""
        desk, options = self.desk, self.options
        if self._closed or desk is None:
            return
        # Loaded now that the database is open; the opening worker imported them first.
        from silvershop.ui.signin.gate import scripted_sign_in

        try:
            actor = scripted_sign_in(desk, options.user, screenshot=options.screenshot is not None)
        except SilvershopError as err:
            print(err.localized(), file=sys.stderr)
            self.ended.emit(EXIT_ERROR)
            return
        if actor is not None:
            self._signed_in(actor)
        elif options.screenshot:
            self._loaded()
        else:
            self._ask()

    def _ask(self) -> None:
        """The sign-in dialogs; closing them ends silvershop, which can do nothing without a user."""
        from silvershop.ui.signin.gate import SignInGate  # loaded with the database (see _sign_in)

        assert self.desk is not None and self.window is not None  # the database is open
        gate = self.gate = SignInGate(self.desk, self.window)
        gate.passed.connect(self._signed_in)
        gate.closed.connect(lambda: self.ended.emit(0))
        gate.open()

    def _signed_in(self, actor: Actor) -> None:
        """Build and fill the screens `actor` may use, then lock the window when it is left alone."""
        from silvershop.ui.idle_lock import MINUTE_MS, IdleLock, idle_minutes  # see _sign_in

        window, desk = self.window, self.desk
        if self._closed or window is None or desk is None:
            return
        if self.gate is not None:
            self.gate.deleteLater()
            self.gate = None
        desk = replace(desk, actor=actor)
        window.attach(desk)
        window.refresh()
        if self._demo_sentence:
            window.notify(self._demo_sentence)
            self._demo_sentence = ""
        try:
            minutes = idle_minutes(desk)
        except SilvershopError as err:
            self._load_failed(err.localized())
            return
        self.lock = IdleLock(window, desk, minutes * MINUTE_MS)
        self.lock.sign_out_requested.connect(self._sign_out)

    def _lock(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def _sign_out(self) -> None:
        """Nothing of the person who leaves stays on screen; the next one signs in with the dialog."""
        if self.lock is not None:
            self.lock.stop()
            self.lock.deleteLater()
            self.lock = None
        if self.window is not None and self.window.desk is not None:
            self.window.detach()
            self._ask()

    def _loaded(self) -> None:
        window, shot = self.window, self.options.screenshot
        if window is not None and shot is not None:
            QTimer.singleShot(0, lambda: self._save_screenshot(window, shot))

    def _fitting_size(self) -> QSize:
        screen = self.app.primaryScreen()
        if screen is None:
            return WINDOW_SIZE
        available = screen.availableGeometry().size()
        return WINDOW_SIZE.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))

    def _tell(self, sentence: str) -> None:
        """One sentence to the person at the desk, or to stderr when nobody is there to read a dialog."""
        if self.options.screenshot:
            print(sentence, file=sys.stderr)
        else:
            QMessageBox.critical(self.window, "silvershop", sentence)

    def _refuse(self, sentence: str) -> None:
        """Nothing can be done without the database: say why, then end."""
        self._tell(sentence)
        self.ended.emit(EXIT_ERROR)

    def _load_failed(self, sentence: str) -> None:
        self._tell(sentence)
        if self.options.screenshot:
            self.ended.emit(EXIT_ERROR)

    def _demo_done(self, outcome: str, sentence: str) -> None:
        if outcome == "failed":
            self._load_failed(sentence)
            if self.options.screenshot:
                return
        self._demo_sentence = sentence
        self._sign_in()

    def _save_screenshot(self, window: MainWindow, path: Path) -> None:
        window.settle()
        if window.grab().save(str(path), "PNG"):
            self.ended.emit(0)
            return
        self._tell(translate("app", "The screenshot could not be saved as {path}.").format(path=path))
        self.ended.emit(EXIT_ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; an existing QApplication (a test's, a benchmark's probe) is reused."""
    args = list(sys.argv[1:] if argv is None else argv)
    i18n.install(
        language_asked(args) or saved_language() or i18n.DEFAULT_LANGUAGE
    )  # for --help and usage errors; Launch installs it into the app
    options = parse_args(args)
    if options.kiosk and not options.watched and options.screenshot is None:
        from silvershop.kiosk_watch import child_command, watch  # a desk's start never needs it

        return watch(child_command(args))
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("silvershop")
    app.setApplicationVersion(__version__)
    launch: Launch | KioskLaunch
    if options.kiosk:
        from silvershop.ui.kiosk.launch import KioskLaunch  # a desk's window never loads the kiosk

        launch = KioskLaunch(
            options.db,
            options.products if options.demo else None,
            options.centre,
            options.lang,
            options.screenshot,
            app,
            watched=options.watched,
        )
    else:
        launch = Launch(options, app)
    launch.ended.connect(app.exit, Qt.ConnectionType.QueuedConnection)
    try:
        launch.start()
        return app.exec()
    finally:
        launch.close()
