"""What a label batch is for: the kind of record and its codes, typed, pasted or scanned.

Codes come from wherever people have them: one per line from a spreadsheet, separated by spaces or
commas from an email, by 、 from a Chinese document, full-width from an input method. The box takes
them all and leaves checking them to `labels.records`, which names every code it cannot use in one
sentence. A scanned label adds its code and, on an empty list, chooses the kind of record as well,
so a clerk can label by scanning old labels without choosing anything first.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.labels.payloads import Payload, PayloadKind, parse_payload
from silvershop.ui import theme, vocabulary
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.scan_field import ScanField
from silvershop.ui.widgets.screen import SPACING

_SEPARATORS = re.compile(r"[\s,;、]+")  # after NFKC: full-width ， and ； are , and ; by then
CODE_LINES = 4  # the box shows this many codes before it scrolls


def split_codes(text: str) -> list[str]:
    """The codes in `text`, in order, repeats kept (a code twice is two labels)."""
    return [code for code in _SEPARATORS.split(unicodedata.normalize("NFKC", text)) if code]


def code_of(payload: Payload) -> str:
    """The code a label batch takes for a scanned label: a location as CENTRE-LOCATION."""
    if payload.kind is PayloadKind.LOCATION:
        return f"{payload.code}-{payload.location}"
    return payload.code


class CodeList(QWidget):
    """The kind of record, a scan field, and the codes box; `changed` whenever any of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_template = ""  # the city's product page address, which product labels may carry
        self.kind_choice = large_target(QComboBox())
        self.kind_choice.setAccessibleName(self.tr("What to label"))
        for kind, text in (
            (PayloadKind.PRODUCT, self.tr("Products")),
            (PayloadKind.UNIT, self.tr("Device units")),
            (PayloadKind.LOCATION, self.tr("Locations")),
            (PayloadKind.CENTRE, self.tr("Centres")),
        ):
            self.kind_choice.addItem(text, kind.value)
        self.kind_choice.currentIndexChanged.connect(self._kind_changed)
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan a label to add its code"))
        self.scan.setAccessibleName(self.tr("Scan a label"))
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setAccessibleName(self.tr("Codes to label"))
        lines = self.box.fontMetrics().lineSpacing() * CODE_LINES
        self.box.setMinimumHeight(max(theme.target_px(), lines + 2 * self.box.frameWidth() + 8))
        self.box.textChanged.connect(self.changed)
        self._placeholder()
        top = QHBoxLayout()
        top.setSpacing(SPACING // 2)
        top.addWidget(self.kind_choice)
        top.addWidget(self.scan, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.box, 1)

    def kind(self) -> PayloadKind:
        return PayloadKind(self.kind_choice.currentData())

    def codes(self) -> list[str]:
        return split_codes(self.box.toPlainText())

    def fill(self, kind: PayloadKind, codes: list[str]) -> None:
        """Put `codes` of `kind` in place of the list, one a line; Ctrl+Z brings the old list back."""
        self._choose(kind)
        cursor = self.box.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText("\n".join(codes))  # an edit, not setPlainText: the undo history is kept

    def add_scanned(self, text: str) -> str:
        """Add the code of a scanned label; the code. A label of another kind than the list's is
        refused (the list would mix records), unless the list is empty: then the kind follows it."""
        payload = parse_payload(text, self.url_template)
        if payload.kind is not self.kind():
            if self.codes():
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{label} is the label of a {scanned}, but this list is of {listed}: print the "
                        "list or empty it first, then scan the label again.",
                    ),
                    field="scan",
                    label=payload.text(),
                    scanned=vocabulary.word(payload.kind).lower(),
                    listed=self.kind_choice.currentText().lower(),
                )
            self._choose(payload.kind)
        code = code_of(payload)
        cursor = self.box.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text_so_far = self.box.toPlainText()
        cursor.insertText(code if not text_so_far or text_so_far.endswith("\n") else f"\n{code}")
        self.box.setTextCursor(cursor)
        self.box.ensureCursorVisible()
        return code

    def _choose(self, kind: PayloadKind) -> None:
        self.kind_choice.setCurrentIndex(self.kind_choice.findData(kind.value))

    def _kind_changed(self) -> None:
        self._placeholder()
        self.changed.emit()

    def _placeholder(self) -> None:
        examples = {
            PayloadKind.PRODUCT: "P-000001",
            PayloadKind.UNIT: "LX01-00001",
            PayloadKind.LOCATION: "LX01-A1",
            PayloadKind.CENTRE: "LX01",
        }
        self.box.setPlaceholderText(
            self.tr("One code a line, or separated by spaces or commas, e.g. {example}").format(
                example=examples[self.kind()]
            )
        )
