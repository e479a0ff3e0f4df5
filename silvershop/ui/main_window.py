"""The main window: navigation on the left, one screen at a time, the open database and who is signed
in below."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QRect, QSize, QStandardPaths, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from silvershop import __version__
from silvershop.errors import SilvershopError
from silvershop.i18n import translate
from silvershop.ui import theme, views
from silvershop.ui.icons import icon
from silvershop.ui.navigation import Navigation
from silvershop.ui.widgets.elided_label import ElidedLabel
from silvershop.ui.widgets.screen import LoadingScreen, Page, Screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from silvershop.ui.backups import Backups
    from silvershop.ui.desk import Desk
    from silvershop.ui.scan_listener import ScanListener


class _LeastSize(QVBoxLayout):
    """A layout that tells a scroll area only the least size of what it holds. Were it to say it has
    a height for each width (a page's wrapped text has), the area would take the height the page would
    like as its least one, and scroll a page that fits.

    That least size counts a wrapped sentence as one line, though; where the sentence takes more at
    the width the page has (elder mode at 1280 × 800), the lines it needs beyond the first are added,
    so the page is never given less than its parts need, and the area scrolls instead of laying one
    part over another."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._wrapped = 0  # what wrapped sentences needed beyond their first line at the width it had

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSize(self) -> QSize:
        return super().minimumSize() + QSize(0, self._wrapped)

    def setGeometry(self, rect: QRect) -> None:
        """Laid out at another width, or with other words: the sentences may wrap onto more or fewer
        lines, so the area is told the least size again."""
        super().setGeometry(rect)
        wrapped = _wrapped_lines(self)
        if wrapped != self._wrapped:
            self._wrapped = wrapped
            self.invalidate()


def _wrapped_lines(layout: QLayout | None) -> int:
    """The height the wrapped labels laid out by `layout` need, at the widths they were given, beyond
    the one line their least size counts: added up down a column, the most of them across a row,
    through the pages in view of tabs."""
    if not isinstance(layout, QBoxLayout):
        return 0
    down = layout.direction() in (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)
    needs = [_wrapped_in(item) for item in map(layout.itemAt, range(layout.count())) if item is not None]
    return sum(needs) if down else max(needs, default=0)


def _wrapped_in(item: QLayoutItem) -> int:
    if item.isEmpty():
        return 0
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return max(0, widget.heightForWidth(widget.width()) - widget.minimumSizeHint().height())
    if isinstance(widget, (QTabWidget, QStackedWidget)):
        page = widget.currentWidget()
        return _wrapped_lines(page.layout()) if page is not None else 0
    return _wrapped_lines(widget.layout() if widget is not None else item.layout())


def scrolling(page: Page) -> QScrollArea:
    """`page` in a frameless area that scrolls when the page needs more room than the window has, so
    no screen's least size makes the window taller or wider than the screen it is on (elder mode at
    1280 × 800); where the page fits, it fills the area as it would the window. The area takes no
    focus of its own, so Tab goes from the navigation straight into the page, as it did; Page Up and
    Page Down the page does not use scroll it, and Tab scrolls to the field it moves to."""
    holder = QWidget()
    layout = _LeastSize(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page)
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(holder)
    return area


class MainWindow(QMainWindow):
    """The window is built and shown before the database is open, with a "Loading…" page in each
    screen's place; once someone has signed in, `attach` builds the screens that person may use on the
    desk and `refresh` fills them; `detach` takes them away again when they sign out. A page put over
    the whole window with `cover` (the idle lock's) hides all of it until `uncover`. While someone is
    signed in, a label scanned anywhere in the window opens its record (`open_scanned`). The look
    follows the elder mode (长辈模式) the signed-in person chose, in the View menu or in Settings; signing
    out returns to the ordinary look for whoever signs in next.

    Emits `painted` once, after the window is first drawn; `loaded` after the screens were filled from
    the database, `load_failed(sentence)` if not; `lock_requested` and `sign_out_requested` when the
    person asks for them in the File menu.
    """

    painted = Signal()
    loaded = Signal()
    load_failed = Signal(str)
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, view: str = views.NAMES[0], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self._painted = False
        self._offered: tuple[str, ...] = views.NAMES  # the screens the navigation lists
        self.scan_listener: ScanListener | None = None  # while someone is signed in
        self.backups: Backups | None = None  # while someone is signed in, on a SQLite file
        self._product_url = ""  # the shared PRODUCT_LABEL_URL, read with the screens
        self.setWindowTitle("silvershop")
        self.setWindowIcon(icon("silvershop"))
        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}  # what stands in the stack for each view
        # The stack's own pages: each screen's scroll area, or the page standing in its place, which
        # needs none (it is short, and shown only in the ordinary look).
        self._held: dict[str, QWidget] = {}
        self.screens: dict[str, Screen] = {}  # the screens themselves, once someone has signed in
        self.view_actions: dict[str, QAction] = {}
        self._view_group = QActionGroup(self)
        # The frame is in the window before anything is put in it: each widget moved into the window
        # after it was made would be styled once more for every move.
        self.content = QWidget()
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        # The content, or a page over all of it (the lock): one of the two is shown, never both.
        self.frame = QStackedWidget()
        self.frame.addWidget(self.content)
        self.cover_page: QWidget | None = None
        self.setCentralWidget(self.frame)
        for number, spec in enumerate(views.VIEWS, start=1):
            title = translate(views.CONTEXT, spec.title)
            shortcut = QKeySequence(f"Ctrl+{number}")
            page = self.pages[spec.name] = self._held[spec.name] = LoadingScreen(title, self.stack)
            self.stack.addWidget(page)
            self.navigation.add(
                spec.name, title, icon(spec.name), shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            )
            action = QAction(icon(spec.name), title, self, checkable=True, shortcut=shortcut)
            action.triggered.connect(lambda _checked=False, name=spec.name: self.show_view(name))
            self._view_group.addAction(action)
            self.view_actions[spec.name] = action
        self.navigation.chosen.connect(self.show_view)
        self._build_menus()
        self._build_status_bar()
        self.show_view(view)
        self.current_page().setFocus()  # not the first navigation button, which would look chosen

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.export_action = file_menu.addAction(self.tr("&Export bureau workbook…"))
        self.export_action.triggered.connect(self.export_workbook)
        self.import_action = file_menu.addAction(self.tr("&Import catalogue workbook…"))
        self.import_action.triggered.connect(self.import_workbook)
        self.stats_export_action = file_menu.addAction(self.tr("Export de-identified &statistics…"))
        self.stats_export_action.triggered.connect(self.export_statistics)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up database…"))
        self.backup_action.triggered.connect(self.back_up)
        file_menu.addSeparator()
        self.lock_action = file_menu.addAction(self.tr("&Lock"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = file_menu.addAction(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.elder_action = view_menu.addAction(self.tr("&Elder mode"))
        self.elder_action.setCheckable(True)
        self.elder_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.elder_action.setToolTip(self.tr("Larger text and buttons, kept for you at every desk"))
        self.elder_action.triggered.connect(self.choose_elder_mode)
        self.refresh_action = view_menu.addAction(self.tr("&Refresh"))
        # F5 everywhere, as the screens promise, plus the platform's own refresh key where it differs.
        refresh_keys = [
            QKeySequence(Qt.Key.Key_F5),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh),
        ]
        self.refresh_action.setShortcuts(list(dict.fromkeys(refresh_keys)))
        self.refresh_action.triggered.connect(self.refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About silvershop")).triggered.connect(self._about)
        self._offer_actions()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.notice = QLabel(self.tr("Opening the database…"))
        status.addWidget(self.notice, 1)
        self.user_label = QLabel(objectName="signedIn")
        self.user_label.hide()
        status.addPermanentWidget(self.user_label)
        self.demo_badge: QLabel | None = None
        self.database_label = ElidedLabel()

    def await_sign_in(self, desk: Desk) -> None:
        """The database is open and nobody is signed in: say so where each screen will be."""
        self._show_database(desk)
        for page in self.pages.values():
            page.purpose.setText(self.tr("Sign in to see this page."))
        self.notify(self.tr("Sign in to see the data."))

    def attach(self, desk: Desk) -> None:
        """Put the screens `desk.actor` may use in place of their "Loading…" pages, in the look that
        person chose; `refresh` fills them."""
        self.desk = desk
        self._offered = tuple(spec.name for spec in views.VIEWS if spec.open_to(desk.actor))
        waiting = self.current_page()
        focus = self.focusWidget()
        keep_focus = focus is None or focus is waiting or waiting.isAncestorOf(focus)
        self._look(self._saved_elder_mode(desk))
        self._build_screens(desk)
        self.navigation.show_only(self._offered)
        self._offer_actions()
        if keep_focus:
            self.current_page().setFocus()
        self._show_database(desk)
        self._listen_for_scans()
        self.notify("")  # the database is open; what comes next says so itself
        self._keep_backups(desk)

    def _keep_backups(self, desk: Desk) -> None:
        """Today's copy of a SQLite database, and one each new day the desk stays open (not the demo's,
        which is thrown away); File → Back up database… makes one on request."""
        from silvershop.ui.backups import Backups  # loaded with the database

        if not Backups.possible(desk.database):
            return
        self.backups = Backups(desk.database, self)
        self.backups.made.connect(self._backup_made)
        self.backups.failed.connect(self.notify)
        if not desk.demo:
            self.backups.start_daily()
        self._offer_actions()

    def _backup_made(self, path: str) -> None:
        self.notify(self.tr("Backup saved as {path}.").format(path=path))

    def _stop_backups(self) -> None:
        """Wait for a copy under way, so no half-written file is left behind."""
        if self.backups is not None:
            self.backups.stop()
            self.backups.deleteLater()
            self.backups = None

    def back_up(self) -> None:
        """File → Back up database…: a copy of the database, with today's date, where the person says."""
        if self.backups is None:
            return
        if self.backups.busy():
            self.notify(self.tr("A backup is being saved right now; try again in a moment."))
            return
        suggested = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = f"silvershop-{QDate.currentDate().toString('yyyy-MM-dd')}.sqlite3"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(suggested / name), self.tr("Database backup (*.sqlite3)")
        )
        if path:
            self.notify(self.tr("Saving the backup…"))
            self.backups.copy_to(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_backups()
        super().closeEvent(event)

    def _build_screens(self, desk: Desk) -> None:
        """The screens offered, new, in place of what stood there, on the screen that was in view."""
        current = self.current_view()
        for spec in views.VIEWS:
            if spec.name in self._offered:
                screen = spec.screen_class()(desk)
                screen.setObjectName(f"screen-{spec.name}")
                self._replace_page(spec.name, screen)
                self.screens[spec.name] = screen
        account = getattr(self.screens.get("settings"), "account", None)
        if account is not None:
            account.elder_mode_changed.connect(self._elder_mode_saved)
        self.show_view(current)

    def _saved_elder_mode(self, desk: Desk) -> bool:
        from silvershop.ui.settings.my_account import saved_elder_mode  # loaded with the database

        try:
            return saved_elder_mode(desk)
        except SilvershopError:
            return False  # the ordinary look; `refresh`, which comes next, tells what went wrong

    def choose_elder_mode(self, on: bool) -> None:
        """View → Elder mode: keep the choice for the signed-in person, then show it."""
        if self.desk is None or self.desk.actor is None:
            return
        from silvershop.ui.settings.my_account import save_elder_mode  # loaded with the database

        try:
            save_elder_mode(self.desk, self.desk.actor, on)
        except SilvershopError as err:
            self.elder_action.setChecked(theme.elder_mode())
            self.notify("⚠ " + err.localized())
            return
        self.show_elder_mode(on)

    def _elder_mode_saved(self, on: bool) -> None:
        """Chosen in Settings: the check box, in the screens built anew, keeps the focus."""
        self.show_elder_mode(on)
        settings = self.screens.get("settings")
        if settings is not None:
            self.show_view("settings")
            settings.show_elder_mode_setting()  # type: ignore[attr-defined]

    def show_elder_mode(self, on: bool) -> None:
        """Switch the whole window between the ordinary look and elder mode (长辈模式) now.

        The style sheet and the base font change everywhere at once; the screens are built again, as
        at sign-in, so the sizes they set in code follow (theme.target_px), and filled again, each on
        the tab it showed, with the words typed in its searches (`Screen.remember`).
        """
        if on == theme.elder_mode() or self.desk is None:
            return
        self._look(on)
        waiting = self.current_page()
        focus = self.focusWidget()
        keep_focus = focus is None or waiting.isAncestorOf(focus)
        remembered = {name: screen.remember() for name, screen in self.screens.items()}
        self._build_screens(self.desk)
        for name, screen in self.screens.items():
            screen.put_back_words(remembered[name])
        self._listen_for_scans()
        self.refresh()
        for name, screen in self.screens.items():
            screen.put_back_tab(remembered[name])
        if keep_focus:
            self.current_page().setFocus()
        self.notify(self.tr("Elder mode is on.") if on else self.tr("Elder mode is off."))

    def _look(self, elder: bool) -> None:
        """Elder mode or the ordinary look for the whole application, the menu entry showing which."""
        if elder != theme.elder_mode():
            theme.apply_elder_mode(cast(QApplication, QApplication.instance()), elder)
            self.navigation.fit()
        self.elder_action.setChecked(elder)

    def _listen_for_scans(self) -> None:
        """The product page address a label may carry is read again when an administrator changes it
        at this desk (at the others, on F5), so its labels are recognised as scans at once."""
        from silvershop.ui.scan_listener import ScanListener  # not needed to show the window

        if self.scan_listener is None:
            self.scan_listener = ScanListener(self, self._product_url)
            self.scan_listener.scanned.connect(self.open_scanned)
            self.scan_listener.listen()
        shared = getattr(self.screens.get("settings"), "shared", None)
        if shared is not None:
            shared.changed.connect(self._read_product_url)

    def detach(self) -> None:
        """Take the screens away, with everything they showed: the person at the desk signed out."""
        desk, current = self.desk, self.current_view()
        self.uncover()
        self._stop_backups()
        if self.scan_listener is not None:
            self.scan_listener.stop()
            self.scan_listener.deleteLater()
            self.scan_listener = None
        self.desk = None
        self._look(False)  # whoever signs in next starts from the ordinary look
        for spec in views.VIEWS:
            if self.screens.pop(spec.name, None) is not None:
                self._replace_page(spec.name, LoadingScreen(translate(views.CONTEXT, spec.title)))
        self._offered = views.NAMES
        self.navigation.show_only(self._offered)
        self._offer_actions()
        self.show_view(current)
        self.user_label.clear()
        self.user_label.hide()
        if desk is not None:
            self.await_sign_in(desk)

    def _replace_page(self, name: str, page: Page) -> None:
        """`page` in place of what stood for screen `name`: a screen in its scroll area, a page standing
        in a screen's place as it is."""
        old = self._held[name]
        held = self._held[name] = scrolling(page) if isinstance(page, Screen) else page
        self.stack.insertWidget(self.stack.indexOf(old), held)
        self.stack.removeWidget(old)
        old.deleteLater()  # with the page it holds
        self.pages[name] = page

    def _show_database(self, desk: Desk) -> None:
        status = self.statusBar()
        if desk.demo and self.demo_badge is None:
            self.demo_badge = QLabel(self.tr("Demo data"), objectName="demoBadge")
            self.demo_badge.setToolTip(self.tr("Made up for trying silvershop out; deleted when it closes."))
            status.addPermanentWidget(self.demo_badge)
        if not self.database_label.whole():
            # Cut in the middle where the window is too narrow for it: the file's name stays in view.
            before, _, after = self.tr("Database: {url}").partition("{url}")
            self.database_label.set_words(before, desk.database.url, after)
            status.addPermanentWidget(self.database_label)

    def cover(self, page: QWidget) -> None:
        """Hide the whole content, navigation included, behind `page` until `uncover`.

        Keys held as the possible start of a scan are handed on first; behind the cover the scan
        listener lets every key pass. It stays installed, so the idle lock, installed after it, still
        sees every key before it once the window is uncovered, and a clerk who only scans is not locked.
        """
        if self.scan_listener is not None:
            self.scan_listener.flush()
        self.uncover()
        self.cover_page = page
        self.frame.addWidget(page)
        self.frame.setCurrentWidget(page)
        self._offer_actions()

    def uncover(self) -> None:
        page, self.cover_page = self.cover_page, None
        if page is None:
            return
        self.frame.setCurrentWidget(self.content)
        self.frame.removeWidget(page)
        page.deleteLater()
        self._offer_actions()
        self.current_page().setFocus()

    def _offer_actions(self) -> None:
        """Menu entries and shortcuts for what the person may do now: nothing behind a cover, no screen
        they may not use, no lock or sign-out before anyone has signed in."""
        open_ = self.cover_page is None
        signed_in = self.desk is not None
        for name, action in self.view_actions.items():
            action.setVisible(name in self._offered)
            action.setEnabled(open_ and name in self._offered)
        self.refresh_action.setEnabled(open_ and signed_in)
        self.elder_action.setEnabled(open_ and signed_in)
        for action, permission in (
            (self.export_action, "export_bureau"),
            (self.import_action, "edit_catalogue"),
            (self.stats_export_action, "view_stats"),
        ):
            action.setVisible(self._may(permission))
            action.setEnabled(open_ and self._may(permission))
        self.lock_action.setEnabled(open_ and signed_in)
        self.sign_out_action.setEnabled(signed_in)
        may_back_up = self.backups is not None and self._may("manage_settings")
        self.backup_action.setVisible(may_back_up)
        self.backup_action.setEnabled(open_ and may_back_up)

    def _may(self, permission: str) -> bool:
        """Whether the person signed in holds `permission`, named by its value as `views` names them."""
        actor = self.desk.actor if self.desk is not None else None
        if actor is None:
            return False
        from silvershop.security.permissions import Permission  # loaded with the database (see _show_user)

        return actor.can(Permission(permission))

    def export_workbook(self) -> None:
        """File → Export bureau workbook: the dialog, and the workbook modules, loaded on first use."""
        if self.desk is None or self.desk.actor is None:
            return
        from silvershop.ui.exchange.export_dialog import ExportDialog

        # Parented to the screen in view, so signing out takes it away with the screens and their dialogs.
        dialog = ExportDialog(self.desk, self.desk.actor, self.current_page())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal: the window behind keeps drawing

    def export_statistics(self) -> None:
        """File → Export de-identified statistics: the Statistics screen, where the period and district
        to export are chosen, and its export for what is chosen there."""
        from silvershop.ui.stats.screen import StatsScreen  # loaded with the screens at sign-in

        screen = self.screens.get("stats")
        if self.desk is None or not isinstance(screen, StatsScreen):
            return
        self.show_view("stats")
        screen.built().export_workbook()

    def import_workbook(self) -> None:
        """File → Import catalogue workbook; the screens are read again once products were written."""
        if self.desk is None or self.desk.actor is None:
            return
        from silvershop.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.desk, self.desk.actor, self.current_page())
        dialog.imported.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_view(self, name: str) -> None:
        """Show screen `name`, or the first one offered when the signed-in person may not use it."""
        if name not in self._offered:
            name = self._offered[0]
        self.stack.setCurrentWidget(self._held[name])
        self.navigation.select(name)
        self.view_actions[name].setChecked(True)

    def current_view(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, held in self._held.items() if held is current)

    def current_page(self) -> Page:
        """The screen in view, or what stands in its place."""
        return self.pages[self.current_view()]

    def refresh(self) -> None:
        """Read every screen's summary again in one read-only transaction."""
        if self.desk is None:  # nobody has signed in yet, so there are no screens to fill
            return
        try:
            with self.desk.database.reading() as session:
                self._show_user(session)
                self._product_url_from(session)
                for screen in self.screens.values():
                    screen.refresh(session)
        except SilvershopError as err:
            self.load_failed.emit(err.localized())
            return
        self.notify(
            self.tr("Updated at {time} (F5 to refresh)").format(time=QTime.currentTime().toString("HH:mm"))
        )
        self.loaded.emit()

    def _show_user(self, session: Session) -> None:
        """Who is signed in, by the name colleagues know them by, and what they do here."""
        actor = self.desk.actor if self.desk is not None else None
        if actor is None:
            return
        # Loaded with the database, which is open once anyone has signed in.
        from silvershop.security.users import own_account
        from silvershop.ui.settings import words

        account = own_account(session, actor)
        self.user_label.setText(
            self.tr("Signed in: {name} ({roles})").format(
                name=account.display_name or account.username, roles=words.roles(account.roles)
            )
        )
        self.user_label.show()

    def _product_url_from(self, session: Session) -> None:
        from silvershop.security import settings  # loaded with the database (see _show_user)

        self._product_url = str(settings.get(session, settings.PRODUCT_LABEL_URL))
        if self.scan_listener is not None:
            self.scan_listener.expect_url(self._product_url)

    def _read_product_url(self) -> None:
        if self.desk is not None:
            with self.desk.database.reading() as session:
                self._product_url_from(session)

    def open_scanned(self, text: str) -> None:
        """Open the record a label scanned in the window names, on the screen that shows it, and say
        so in the status bar; a refusal there too, with a beep. Never a dialog: the next scan would
        type into it."""
        if self.desk is None:
            return
        from silvershop.ui.scanned_labels import open_label  # not needed to show the window

        try:
            self.notify(open_label(self, text, self._product_url))
        except SilvershopError as err:
            self.notify("⚠ " + err.localized())
            QApplication.beep()

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
