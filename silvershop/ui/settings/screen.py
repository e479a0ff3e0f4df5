"""The settings screen, for now the language of this desk and where its data is kept."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from silvershop.db.migrate import current_revision
from silvershop.security.vault import KEY_ENV, default_key_path
from silvershop.ui.desk import Desk
from silvershop.ui.settings.preferences import save_language
from silvershop.ui.widgets.screen import Screen, section

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def key_source() -> str:
    """Where the personal-data key is read from: the environment variable or a file."""
    return KEY_ENV if os.environ.get(KEY_ENV) else str(default_key_path())


def _value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Settings"),
            self.tr(
                "Users, roles, label printers and rental rules are set here in a later version; today you "
                "can choose the language and see where this desk keeps its data."
            ),
            parent,
        )
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(desk.language))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumWidth(240)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("A new language is used from the next start of silvershop."),
            objectName="note",
            wordWrap=True,
        )
        self.database_url = _value_label()
        self.backend = _value_label()
        self.schema = _value_label()
        self.data_folder = _value_label()
        self.key_file = _value_label()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.addRow(section(self.tr("This desk")))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(section(self.tr("Where the data is kept")))
        form.addRow(self.tr("Database"), self.database_url)
        form.addRow(self.tr("Database type"), self.backend)
        form.addRow(self.tr("Schema version"), self.schema)
        form.addRow(self.tr("Data folder"), self.data_folder)
        form.addRow(self.tr("Personal-data key"), self.key_file)
        if desk.demo:
            form.addRow(
                "",
                QLabel(
                    self.tr("This is demo data in a temporary folder; it is deleted when silvershop closes."),
                    objectName="note",
                    wordWrap=True,
                ),
            )
        self.body.addLayout(form)
        self.body.addStretch(1)

    def refresh(self, session: Session) -> None:
        database = self.desk.database
        self.database_url.setText(database.url)
        self.backend.setText(BACKEND_NAMES.get(database.backend, database.backend))
        self.schema.setText(current_revision(database.engine) or "–")
        self.data_folder.setText(str(self.desk.data_folder))
        self.key_file.setText(key_source())

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        save_language(code)
        self.language_note.setText(
            self.tr("Saved. silvershop starts in {language} the next time it is opened.").format(
                language=LANGUAGE_NAMES[code]
            )
        )
