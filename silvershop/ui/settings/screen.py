"""The settings screen: my account, the staff accounts, this desk and its data, and the audit log,
each tab shown only to those who may use it."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
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
from silvershop.ui.widgets.screen import SPACING, Screen, section
from silvershop.ui.widgets.tabs import SectionTabs

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


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
        self.product_url = ""  # the shared product page address, so the scanner test reads such labels
        self.tabs = SectionTabs()
        self.account: MyAccountTab | None = None
        self.users: UserAccountsTab | None = None
        self.shared: SharedSettingsForm | None = None
        self.audit: AuditLogTab | None = None
        if actor is not None:
            self.account = MyAccountTab(desk, actor)
            self.tabs.add(self.account, self.tr("My account"))
            self.account.changed.connect(self.reload)
            if actor.can(Permission.MANAGE_USERS) or actor.can(Permission.MANAGE_CENTRE):
                self.users = UserAccountsTab(desk, actor)
                self.tabs.add(self.users, self.tr("Users"))
                self.users.changed.connect(self.reload)
        desk_tab = QWidget()
        scroller = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroller.setWidget(desk_tab)  # the window may be shorter than this tab on a small screen
        self.tabs.add(scroller, self.tr("Desk and data"))
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
