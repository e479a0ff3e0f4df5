"""The main window: navigation on the left, one screen at a time, the open database below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from silvershop import __version__
from silvershop.errors import SilvershopError
from silvershop.i18n import translate
from silvershop.ui import views
from silvershop.ui.icons import icon
from silvershop.ui.navigation import Navigation
from silvershop.ui.widgets.screen import LoadingScreen, Page, Screen

if TYPE_CHECKING:
    from silvershop.ui.desk import Desk


class MainWindow(QMainWindow):
    """The window is built and shown before the database is open, with a "Loading…" page in each
    screen's place; `attach` then builds the screens on the desk and `refresh` fills them.

    Emits `painted` once, after the window is first drawn; `loaded` after the screens were filled from
    the database, `load_failed(sentence)` if not.
    """

    painted = Signal()
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, view: str = views.NAMES[0], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self._painted = False
        self.setWindowTitle("silvershop")
        self.setWindowIcon(icon("silvershop"))
        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}  # what stands in the stack for each view
        self.screens: dict[str, Screen] = {}  # the screens themselves, once the desk is attached
        self.view_actions: dict[str, QAction] = {}
        self._view_group = QActionGroup(self)
        for number, spec in enumerate(views.VIEWS, start=1):
            title = translate(views.CONTEXT, spec.title)
            shortcut = QKeySequence(f"Ctrl+{number}")
            page = self.pages[spec.name] = LoadingScreen(title)
            self.stack.addWidget(page)
            self.navigation.add(
                spec.name, title, icon(spec.name), shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            )
            action = QAction(icon(spec.name), title, self, checkable=True, shortcut=shortcut)
            action.triggered.connect(lambda _checked=False, name=spec.name: self.show_view(name))
            self._view_group.addAction(action)
            self.view_actions[spec.name] = action
        self.navigation.chosen.connect(self.show_view)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.show_view(view)
        self.stack.currentWidget().setFocus()  # not the first navigation button, which would look chosen

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.refresh_action = view_menu.addAction(self.tr("&Refresh"))
        # F5 everywhere, as the screens promise, plus the platform's own refresh key where it differs.
        refresh_keys = [
            QKeySequence(Qt.Key.Key_F5),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh),
        ]
        self.refresh_action.setShortcuts(list(dict.fromkeys(refresh_keys)))
        self.refresh_action.triggered.connect(self.refresh)
        self.refresh_action.setEnabled(False)  # until there is a database to read
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About silvershop")).triggered.connect(self._about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.notice = QLabel(self.tr("Opening the database…"))
        status.addWidget(self.notice, 1)
        self.demo_badge: QLabel | None = None
        self.database_label = QLabel()

    def attach(self, desk: Desk) -> None:
        """Put the screens of `desk` in place of their "Loading…" pages; `refresh` fills them."""
        self.desk = desk
        current = self.current_view()
        waiting = self.stack.currentWidget()
        focus = self.focusWidget()
        keep_focus = focus is None or focus is waiting or waiting.isAncestorOf(focus)
        for spec in views.VIEWS:
            screen = spec.screen_class()(desk)
            screen.setObjectName(f"screen-{spec.name}")
            page = self.pages[spec.name]
            self.stack.insertWidget(self.stack.indexOf(page), screen)
            self.stack.removeWidget(page)
            page.deleteLater()
            self.pages[spec.name] = self.screens[spec.name] = screen
        self.show_view(current)
        if keep_focus:
            self.stack.currentWidget().setFocus()
        status = self.statusBar()
        if desk.demo:
            self.demo_badge = QLabel(self.tr("Demo data"), objectName="demoBadge")
            self.demo_badge.setToolTip(self.tr("Made up for trying silvershop out; deleted when it closes."))
            status.addPermanentWidget(self.demo_badge)
        self.database_label.setText(self.tr("Database: {url}").format(url=desk.database.url))
        status.addPermanentWidget(self.database_label)
        self.notify("")  # the database is open; what comes next says so itself
        self.refresh_action.setEnabled(True)

    def show_view(self, name: str) -> None:
        self.stack.setCurrentWidget(self.pages[name])
        self.navigation.select(name)
        self.view_actions[name].setChecked(True)

    def current_view(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def refresh(self) -> None:
        """Read every screen's summary again in one read-only transaction."""
        if self.desk is None:  # the database is still opening; the screens say "Loading…"
            return
        try:
            with self.desk.database.reading() as session:
                for screen in self.screens.values():
                    screen.refresh(session)
        except SilvershopError as err:
            self.load_failed.emit(err.localized())
            return
        self.notify(
            self.tr("Updated at {time} (F5 to refresh)").format(time=QTime.currentTime().toString("HH:mm"))
        )
        self.loaded.emit()

    def notify(self, sentence: str) -> None:
        """Say what just happened in the status bar; it stays until something else happens."""
        self.notice.setText(sentence)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued, so it is told once the whole window, children included, has been drawn.
            QTimer.singleShot(0, self.painted.emit)

    def settle(self) -> None:
        """Lay out now what the data just loaded has resized, deepest widgets first.

        Qt would do it over the next few turns of the event loop, one nesting level per turn; a
        screenshot taken before then would show tables at their old, empty size.
        """

        def depth(widget: QWidget) -> int:
            return 0 if widget.parentWidget() is None else 1 + depth(widget.parentWidget())

        widgets = [self, *self.findChildren(QWidget)]
        for widget in sorted(widgets, key=depth, reverse=True):
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About silvershop"),
            self.tr(
                "silvershop {version}\n\nThe promotion catalogue, experience-centre inventory and "
                "assistive-device rental desk of a city's silver-economy programme."
            ).format(version=__version__),
        )
