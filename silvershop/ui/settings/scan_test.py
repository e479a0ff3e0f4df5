"""Testing the barcode scanner: what it types, key by key, and what silvershop makes of it.

Whatever is wrong with a scanner, people meet the same thing: the label is "not read". Set to a
French keyboard layout it types `SS;P;P)àààé"'` for `SS:P:P-000123`; with a Chinese input method on,
full-width `ＳＳ：Ｐ：…`; set up without a suffix it never presses Enter; a Bluetooth scanner may type
as slowly as a person. This dialog lists every key as it arrived, with its code point and the time
since the one before, and says in words which of these it is and what to do about it.
"""

from __future__ import annotations

import string
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind, normalise_scan, parse_payload
from silvershop.ui.scan_listener import ENTER_KEYS, MODIFIER_KEYS, SCAN_GAP_MS
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.scan_field import ScanField

END_WAIT_MS = 700  # this long without a key, and no Enter: the scanner sends none
# What our labels and a product page address are made of; anything else came from another layout.
LABEL_CHARACTERS = frozenset(string.ascii_letters + string.digits + ":-")
ADDRESS_CHARACTERS = LABEL_CHARACTERS | frozenset("/.?=&_~%#+")
MODIFIER_NAMES = (
    (Qt.KeyboardModifier.ShiftModifier, "Shift"),
    (Qt.KeyboardModifier.ControlModifier, "Ctrl"),
    (Qt.KeyboardModifier.AltModifier, "Alt"),
    (Qt.KeyboardModifier.MetaModifier, "Meta"),
    (Qt.KeyboardModifier.KeypadModifier, "Keypad"),
)


@dataclass(frozen=True)
class TypedKey:
    """One key as the scanner typed it."""

    text: str
    key: int
    modifiers: Qt.KeyboardModifier
    gap_ms: int | None  # since the key before it in this scan

    @property
    def is_enter(self) -> bool:
        return self.key in ENTER_KEYS


def code_points(text: str) -> str:
    return " ".join(f"U+{ord(char):04X}" for char in text)


def key_name(key: int) -> str:
    """Qt's name of the key (Key_Semicolon), which says which key was pressed whatever it typed."""
    try:
        return Qt.Key(key).name
    except ValueError:
        return f"0x{key:X}"


def modifier_names(modifiers: Qt.KeyboardModifier) -> str:
    return "+".join(name for flag, name in MODIFIER_NAMES if modifiers & flag) or "–"


def full_width(text: str) -> list[str]:
    """The characters a full-width input method typed in place of plain ones."""
    return [
        c for c in text if unicodedata.east_asian_width(c) == "F" and unicodedata.normalize("NFKC", c) != c
    ]


def foreign(text: str) -> list[str]:
    """Characters that are in no label of ours nor in a web address, once full-width ones are read as
    plain: what a scanner typing for another keyboard layout makes of `:`, `-` and the digits."""
    plain = unicodedata.normalize("NFKC", text)
    allowed = ADDRESS_CHARACTERS if plain.upper().startswith("HTTP") else LABEL_CHARACTERS
    return list(dict.fromkeys(c for c in plain if c not in allowed))


class ScanTestDialog(QDialog):
    """`url_template` is the shared product page address, so a product label carrying it reads as one.
    `clock` gives the seconds between keys; tests move it on instead of waiting."""

    def __init__(
        self,
        url_template: str = "",
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Test the scanner"))
        self.setMinimumSize(760, 640)
        self.url_template = url_template
        self.clock = clock
        self.keys: list[TypedKey] = []
        self._last_at: float | None = None
        self.field = ScanField(clock=clock)
        self.field.setStyleSheet("font-size: 20pt; padding: 2px 14px;")
        self.field.setPlaceholderText(self.tr("Scan a label here"))
        self.field.setAccessibleName(self.tr("Scan a label to test the scanner"))
        self.field.installEventFilter(self)
        self.field.scanned.connect(lambda _text: self._show_reading())
        self.field.repeated.connect(lambda _text: self._show_reading(repeated=True))
        self.table: RecordTable[TypedKey] = RecordTable(
            [
                Column(self.tr("Typed"), self._typed),
                Column(self.tr("Code point"), lambda k: code_points(k.text) or "–"),
                Column(self.tr("Key"), lambda k: key_name(k.key)),
                Column(self.tr("Modifiers"), lambda k: modifier_names(k.modifiers)),
                Column(self.tr("ms since the previous key"), self._gap, stretch=True),
            ],
            empty_text=self.tr("Nothing scanned yet."),
        )
        self.table.view.setAccessibleName(self.tr("Keys the scanner typed"))
        self.reads = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = MessageBar()
        self.diagnosis = QLabel(objectName="note", wordWrap=True)
        self.diagnosis.hide()
        self.waiting = QTimer(self, singleShot=True, interval=END_WAIT_MS)
        self.waiting.timeout.connect(self._show_reading)
        self._layout()
        self.field.setFocus()

    def _layout(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.clear_button = buttons.addButton(self.tr("Clear"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.clear)
        for button in buttons.buttons():
            large_target(button)
            button.setAutoDefault(False)  # the scanner's Enter is the field's, never a button's
        buttons.rejected.connect(self.reject)
        reading = QFormLayout()
        reading.addRow(self.tr("silvershop reads"), self.reads)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Scan any label into the field. Every key the scanner typed is listed as it arrived, "
                    "then what silvershop reads from it and, when something is wrong, what to change."
                ),
                objectName="note",
                wordWrap=True,
            )
        )
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addLayout(reading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.diagnosis)
        layout.addWidget(buttons)

    # Keys ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._record(event)
        return super().eventFilter(watched, event)

    def _record(self, event: QKeyEvent) -> None:
        if event.key() in MODIFIER_KEYS:
            return
        if self.keys and self.keys[-1].is_enter:  # the first key of the next scan
            self.clear()
        now = self.clock()
        gap = None if self._last_at is None else round((now - self._last_at) * 1000)
        self._last_at = now
        self.keys.append(TypedKey(event.text(), event.key(), event.modifiers(), gap))
        self.table.set_records(self.keys)
        self.table.view.scrollToBottom()
        if event.key() in ENTER_KEYS:
            self.waiting.stop()  # the field reads the scan and says so (scanned, repeated)
        else:
            self.waiting.start()

    def clear(self) -> None:
        self.keys = []
        self._last_at = None
        self.waiting.stop()
        self.field.clear()
        self.table.set_records(())
        self.reads.clear()
        self.verdict.clear()
        self.diagnosis.clear()
        self.diagnosis.hide()
        self.field.setFocus()

    # What silvershop makes of it -----------------------------------------------------------------

    def typed(self) -> str:
        return "".join(key.text for key in self.keys if not key.is_enter)

    def _show_reading(self, *, repeated: bool = False) -> None:
        typed = self.typed()
        self.reads.setText(normalise_scan(typed) or "–")
        if repeated:
            self.verdict.show_info(
                self.tr("The same label was read twice within a second; silvershop reads it once.")
            )
        else:
            try:
                self.verdict.show_info(self._payload_words(typed))
            except SilvershopError as err:
                self.verdict.show_error(err.localized())
        notes = self.notes()
        self.diagnosis.setText("\n".join("⚠ " + note for note in notes))
        self.diagnosis.setVisible(bool(notes))

    def _payload_words(self, typed: str) -> str:
        payload = parse_payload(typed, self.url_template)
        if payload.kind is PayloadKind.PRODUCT:
            return self.tr("A product's label: {code}").format(code=payload.code)
        if payload.kind is PayloadKind.UNIT:
            return self.tr("A rental device unit's label: {code}").format(code=payload.code)
        if payload.kind is PayloadKind.CENTRE:
            return self.tr("An experience centre's label: {code}").format(code=payload.code)
        return self.tr("A location's label: {location} at centre {centre}").format(
            location=payload.location, centre=payload.code
        )

    def notes(self) -> list[str]:
        """What is wrong with the scanner's set-up, in words, for what was typed so far."""
        typed = self.typed()
        notes = []
        wide = full_width(typed)
        if wide:
            notes.append(
                self.tr(
                    "Your input method typed full-width characters ({characters}); silvershop corrects "
                    "this, but switch the input method to English for scanning."
                ).format(characters=" ".join(wide[:3]))
            )
        odd = foreign(typed)
        if odd:
            notes.append(
                self.tr(
                    "The scanner typed {characters}, which no label holds: it seems set to a different "
                    "keyboard layout. Set it to US English (see the scanner's manual, usually by scanning "
                    "a setup code)."
                ).format(characters=" ".join(odd))
            )
        if any(key.gap_ms is not None and key.gap_ms > SCAN_GAP_MS for key in self.keys):
            notes.append(
                self.tr(
                    "This looks typed by hand: some keys came more than {ms} ms apart. The window "
                    "recognises scans only when keys come fast; a scanner this slow works only in scan "
                    "fields."
                ).format(ms=SCAN_GAP_MS)
            )
        if self.keys and not self.keys[-1].is_enter:
            notes.append(self.tr("No Enter came at the end: set the scanner to send Enter after each code."))
        return notes

    def _typed(self, key: TypedKey) -> str:
        if key.is_enter:
            return self.tr("Enter")
        return key.text if key.text.isprintable() and key.text.strip() else "–"

    def _gap(self, key: TypedKey) -> str | int:
        return "–" if key.gap_ms is None else key.gap_ms
