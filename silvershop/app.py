"""`silvershop`: the desktop application.

Start-up runs in a fixed order: the QApplication, then the translator (so every later string is in
the user's language), the theme, the database, and only then the main window. A database that cannot
be opened is one sentence in a dialog, or on stderr when there is nobody to click it (`--screenshot`),
and exit code 2, like the CLI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from silvershop import __version__, i18n
from silvershop.config import data_dir, sqlite_url
from silvershop.database import open_database
from silvershop.db.engine import sqlite_path
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError, SilvershopError
from silvershop.i18n import translate
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV
from silvershop.ui import theme, views
from silvershop.ui.demo_fill import DemoFill
from silvershop.ui.desk import Desk
from silvershop.ui.icons import icon
from silvershop.ui.main_window import MainWindow
from silvershop.ui.settings.preferences import saved_language

EXIT_ERROR = 2
WINDOW_SIZE = QSize(1280, 800)
DEMO_PRODUCTS = 400


@dataclass(frozen=True)
class Options:
    db: str | None
    demo: bool
    lang: str
    view: str
    screenshot: Path | None
    products: int


class _Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with one line, like every other refusal."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
        "--products",
        metavar="N",
        type=int,
        default=DEMO_PRODUCTS,
        help=translate("app", "number of products in the demonstration database"),
    )
    return parser


def _asked_language(argv: Sequence[str]) -> str:
    """The language before parsing, so the help text is translated too: --lang, else the saved choice."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in i18n.LANGUAGES:
            return value
    return saved_language() or i18n.DEFAULT_LANGUAGE


def parse_args(argv: Sequence[str]) -> Options:
    args = build_parser().parse_args(argv)
    return Options(
        db=args.db,
        demo=args.demo,
        lang=args.lang or saved_language() or i18n.DEFAULT_LANGUAGE,
        view=args.view,
        screenshot=args.screenshot,
        products=args.products,
    )


class Launch:
    """One run of the application: its database, its window, the demo filling and the screenshot."""

    def __init__(self, options: Options, app: QApplication) -> None:
        self.options = options
        self.app = app
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.fill: DemoFill | None = None
        self.demo_folder: Path | None = None
        self._qt_translator = QTranslator()

    def start(self) -> int | None:
        """Show the window and begin loading; an exit code instead when there is nothing to show."""
        self._install_language()
        theme.apply(self.app)
        self.app.setWindowIcon(icon("silvershop"))
        try:
            self.desk = self._open_desk()
        except SilvershopError as err:
            self._tell(err.localized())
            return EXIT_ERROR
        window = self.window = MainWindow(self.desk, view=self.options.view)
        window.load_failed.connect(self._load_failed)
        shot = self.options.screenshot
        if shot is not None:
            window.loaded.connect(lambda: QTimer.singleShot(0, lambda: self._save_screenshot(window, shot)))
        window.resize(WINDOW_SIZE if shot is not None else self._fitting_size())
        window.show()
        if self.options.demo:
            self.fill = DemoFill(self.desk.database.sessions, self.options.products, window)
            self.fill.done.connect(lambda outcome, sentence: self._demo_done(window, outcome, sentence))
            self.fill.start()
        else:
            QTimer.singleShot(0, window.refresh)
        return None

    def close(self) -> None:
        if self.fill is not None:
            self.fill.stop()
        self.app.removeTranslator(self._qt_translator)
        if self.desk is not None:
            self.desk.database.close()
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)

    def _install_language(self) -> None:
        lang = self.options.lang
        i18n.install(lang)
        QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
        # Qt's own words (OK, Cancel in standard dialogs); a build without them stays in English.
        if self._qt_translator.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self.app.installTranslator(self._qt_translator)

    def _open_desk(self) -> Desk:
        lang = self.options.lang
        if not self.options.demo:
            database = open_database(self.options.db)
            path = sqlite_path(database.engine.url)
            return Desk(database, path.parent if path else data_dir(), lang)
        from silvershop.demo.generator import check_product_count  # the demo is loaded only when asked for

        check_product_count(self.options.products)
        try:
            self.demo_folder = Path(tempfile.mkdtemp(prefix="silvershop-demo-"))
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "No temporary folder can be made for the demo data ({reason})."),
                reason=exc.strerror or str(exc),
            ) from exc
        # The demo encrypts its made-up residents with a key of its own, never the desk's real one.
        os.environ.pop(KEY_ENV, None)
        os.environ[KEY_FILE_ENV] = str(self.demo_folder / "personal-data.key")
        database = open_database(sqlite_url(self.demo_folder / "silvershop-demo.sqlite3"))
        return Desk(database, self.demo_folder, lang, demo=True)

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

    def _load_failed(self, sentence: str) -> None:
        self._tell(sentence)
        if self.options.screenshot:
            self.app.exit(EXIT_ERROR)

    def _demo_done(self, window: MainWindow, outcome: str, sentence: str) -> None:
        if outcome == "failed":
            self._load_failed(sentence)
            if self.options.screenshot:
                return
        window.refresh()
        window.notify(sentence)

    def _save_screenshot(self, window: MainWindow, path: Path) -> None:
        window.settle()
        if window.grab().save(str(path), "PNG"):
            self.app.exit(0)
            return
        self._tell(translate("app", "The screenshot could not be saved as {path}.").format(path=path))
        self.app.exit(EXIT_ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    i18n.install(_asked_language(args))  # for --help and usage errors; Launch installs it into the app
    options = parse_args(args)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("silvershop")
    app.setApplicationVersion(__version__)
    launch = Launch(options, app)
    try:
        code = launch.start()
        return code if code is not None else app.exec()
    finally:
        launch.close()
