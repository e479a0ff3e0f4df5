"""The settings screen: my account, the staff accounts, this desk and its data, and the audit log,
each tab shown only to those who may use it; a search box on top finds a setting by its words."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.db.migrate import current_revision
from silvershop.security import settings
from silvershop.security.permissions import Permission
from silvershop.security.vault import KEY_ENV, default_key_path
from silvershop.ui.desk import Desk
from silvershop.ui.settings.audit_log import AuditLogTab
from silvershop.ui.settings.my_account import MyAccountTab, value_label
from silvershop.ui.settings.preferences import save_language
from silvershop.ui.settings.scan_test import ScanTestDialog
from silvershop.ui.settings.shared_settings import SharedSettingsForm
from silvershop.ui.settings.user_accounts import UserAccountsTab
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.screen import SPACING, Screen, kept, section
from silvershop.ui.widgets.tabs import SectionTabs

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# What people call elder mode, in either language whichever the screen is in: 长辈模式 is its name in
# the phones' settings (MIIT 适老化), where it is also found as 关怀, 关爱 or 亲情 mode.
ELDER_MODE_WORDS = (
    "长辈模式",
    "长辈",
    "关怀",
    "关爱",
    "亲情",
    "大字",
    "elder",
    "large text",
    "larger text",
    "care",
)


def scrolled(tab: QWidget) -> QScrollArea:
    """A tab that may be taller than the window: a small screen, or large type in elder mode."""
    scroller = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroller.setWidget(tab)
    return scroller


def folded(text: str) -> str:
    """Text as the search compares it: full-width as half-width, any case, no mnemonic `&`, no `…`."""
    return unicodedata.normalize("NFKC", text).replace("&", "").replace("...", "").casefold().strip()


@dataclass(frozen=True)
class Entry:
    """A setting the search finds, by its words as shown (`text`) or by another name people give it
    (`also`, folded); `mark` is highlighted and `target` takes the focus (a field's caption and the
    field, or one check box or button)."""

    text: str
    mark: QWidget
    target: QWidget
    also: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.text.replace("&", "")

    def matches(self, query: str) -> bool:
        """`query` is part of its words or of another name, or holds another name (关怀模式 finds 关怀)."""
        return query in folded(self.text) or any(query in word or word in query for word in self.also)


def key_source() -> str:
    """Where the personal-data key is read from: the environment variable or a file."""
    return KEY_ENV if os.environ.get(KEY_ENV) else str(default_key_path())


class SettingsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Settings"),
            self.tr(
                "Your own account and, as your role allows, the staff accounts, the settings every desk "
                "shares and the audit log."
            ),
            parent,
        )
        actor = desk.actor
        self.search = kept(large_target(QLineEdit()), "settings")
        self.search.setPlaceholderText(self.tr("Find a setting: 长辈模式, language, scanner, password…"))
        self.search.setAccessibleName(self.tr("Find a setting"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(720)
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.go_to_found)
        self.search_result = QLabel(objectName="note", wordWrap=True)
        self.search_result.hide()
        self.found: list[Entry] = []
        self._marked: QWidget | None = None
        self.product_url = ""  # the shared product page address, so the scanner test reads such labels
        self.tabs = SectionTabs()
        self.account: MyAccountTab | None = None
        self.users: UserAccountsTab | None = None
        self.shared: SharedSettingsForm | None = None
        self.audit: AuditLogTab | None = None
        if actor is not None:
            self.account = MyAccountTab(desk, actor)
            self.tabs.add(scrolled(self.account), self.tr("My account"))
            self.account.changed.connect(self.reload)
            if actor.can(Permission.MANAGE_USERS) or actor.can(Permission.MANAGE_CENTRE):
                self.users = UserAccountsTab(desk, actor)
                self.tabs.add(self.users, self.tr("Users"))
                self.users.changed.connect(self.reload)
        desk_tab = QWidget()
        self.tabs.add(scrolled(desk_tab), self.tr("Desk and data"))
        desk_layout = QVBoxLayout(desk_tab)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        desk_layout.setSpacing(SPACING)
        desk_layout.addLayout(self._desk_form())
        if actor is not None and actor.can(Permission.MANAGE_SETTINGS):
            self.shared = SharedSettingsForm(desk, actor)
            self.shared.changed.connect(self.reload)
            desk_layout.addWidget(section(self.tr("Shared by every desk")))
            desk_layout.addWidget(self.shared)
        desk_layout.addStretch(1)
        if actor is not None and actor.can(Permission.VIEW_AUDIT):
            self.audit = AuditLogTab(desk, actor)
            self.tabs.add(self.audit, self.tr("Audit log"))
        self.body.addWidget(self.search)
        self.body.addWidget(self.search_result)
        self.body.addWidget(self.tabs, 1)

    def _desk_form(self) -> QFormLayout:
        self.language = large_target(QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.desk.language))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumWidth(240)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("A new language is used from the next start of silvershop."), objectName="note"
        )
        self.scan_test_button = action_button(self.tr("Test the scanner…"))
        self.scan_test_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.scan_test_button.clicked.connect(self.test_scanner)
        self.database_url = value_label()
        self.backend = value_label()
        self.schema = value_label()
        self.data_folder = value_label()
        self.key_file = value_label()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.addRow(section(self.tr("This desk")))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Barcode scanner"), self.scan_test_button)
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "When labels are not read: shows what the scanner types, key by key, and what to change."
                ),
                objectName="note",
            ),
        )
        form.addRow(section(self.tr("Where the data is kept")))
        form.addRow(self.tr("Database"), self.database_url)
        form.addRow(self.tr("Database type"), self.backend)
        form.addRow(self.tr("Schema version"), self.schema)
        form.addRow(self.tr("Data folder"), self.data_folder)
        form.addRow(self.tr("Personal-data key"), self.key_file)
        if self.desk.demo:
            form.addRow(
                "",
                QLabel(
                    self.tr("This is demo data in a temporary folder; it is deleted when silvershop closes."),
                    objectName="note",
                ),
            )
        return form

    def refresh(self, session: Session) -> None:
        database = self.desk.database
        self.database_url.setText(database.url)
        self.backend.setText(BACKEND_NAMES.get(database.backend, database.backend))
        self.schema.setText(current_revision(database.engine) or "–")
        self.data_folder.setText(str(self.desk.data_folder))
        self.key_file.setText(key_source())
        self.product_url = str(settings.get(session, settings.PRODUCT_LABEL_URL))
        for tab in (self.account, self.users, self.shared, self.audit):
            if tab is not None:
                tab.refresh(session)

    def reload(self) -> None:
        """Read everything again after a change made here, so the users and the log show it at once."""
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        save_language(code)
        self.language_note.setText(
            self.tr("Saved. silvershop starts in {language} the next time it is opened.").format(
                language=LANGUAGE_NAMES[code]
            )
        )

    def test_scanner(self) -> None:
        ScanTestDialog(self.product_url, self).exec()

    def entries(self) -> list[Entry]:
        """Every setting the screen shows now, elder mode first: the fields by their captions, the check
        boxes and buttons by their words, the sections and tabs by their titles."""
        found: list[Entry] = []
        if self.account is not None:
            box = self.account.elder_mode
            found.append(Entry(box.text(), box, box, tuple(map(folded, ELDER_MODE_WORDS))))
        for index in range(self.tabs.count()):
            page, title = self.tabs.widget(index), self.tabs.tabText(index)
            found.append(Entry(title, page, page))
            for widget in page.findChildren(QWidget):
                if widget is getattr(self.account, "elder_mode", None) or not widget.isVisibleTo(page):
                    continue
                if isinstance(widget, QLabel) and widget.text().strip():
                    buddy = widget.buddy()
                    if buddy is not None or widget.objectName() == "section":
                        found.append(Entry(widget.text(), widget, buddy or widget))
                elif isinstance(widget, QAbstractButton) and widget.text().strip():
                    found.append(Entry(widget.text(), widget, widget))
        return found

    def find(self, text: str) -> list[Entry]:
        """Show where the settings matching `text` are: the first one's tab, the setting highlighted
        and named under the box; Enter goes there. Typing goes on in the box meanwhile."""
        query = folded(text)
        self.found = [entry for entry in self.entries() if entry.matches(query)] if query else []
        self._mark(None)
        self.search_result.setVisible(bool(query))
        if not query:
            return self.found
        if not self.found:
            self.search_result.setText(self.tr("No setting matches “{text}”.").format(text=text.strip()))
            return self.found
        first = self.found[0]
        self._show(first)
        others = len(self.found) - 1
        self.search_result.setText(
            self.tr("Found: {name} (Enter goes there)").format(name=first.name)
            if not others
            else self.tr(
                "Found: {name} (Enter goes there), and {n} more; type more to narrow it down"
            ).format(name=first.name, n=others)
        )
        return self.found

    def go_to_found(self) -> None:
        if self.found:
            self._show(self.found[0])
            self.found[0].target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_elder_mode_setting(self) -> None:
        """The elder-mode check box, in view, highlighted and focused (after the window switched mode)."""
        if self.account is not None:
            box = self.account.elder_mode
            self._show(Entry(box.text(), box, box))
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, entry: Entry) -> None:
        """The tab holding `entry`, scrolled to it, and it highlighted unless it is the tab itself."""
        pages = [self.tabs.widget(index) for index in range(self.tabs.count())]
        for index, page in enumerate(pages):
            if page is entry.mark or page.isAncestorOf(entry.mark):
                self.tabs.setCurrentIndex(index)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(entry.mark)
        self._mark(None if entry.mark in pages else entry.mark)

    def _mark(self, widget: QWidget | None) -> None:
        """Highlight one setting (theme: `[found="true"]`), no longer the one before."""
        for each, value in ((self._marked, False), (widget, True)):
            if each is not None:
                each.setProperty("found", value)
                each.style().unpolish(each)
                each.style().polish(each)
        self._marked = widget
