"""The scan field as a keyboard-wedge scanner meets it: keystrokes and Enter, sometimes full-width
because a Chinese input method was on, sometimes the same label read twice in a row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from silvershop.ui.theme import MIN_TARGET_PX
from silvershop.ui.widgets.scan_field import ScanField


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def type_scan(qtbot: QtBot, field: ScanField, text: str) -> None:
    """Each character as its own key press carrying that text (QTest knows only ASCII keys), then Enter."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    qtbot.keyClick(field, Qt.Key.Key_Return)


def made(qtbot: QtBot, clock: Clock | None = None) -> tuple[ScanField, list[str], list[str]]:
    field = ScanField(clock=clock or Clock())
    qtbot.addWidget(field)
    read: list[str] = []
    dropped: list[str] = []
    field.scanned.connect(read.append)
    field.repeated.connect(dropped.append)
    return field, read, dropped


def test_a_full_width_scan_is_read_half_width_and_upper_case_and_the_field_empties(qtbot: QtBot) -> None:
    field, read, _ = made(qtbot)
    type_scan(qtbot, field, "ｓｓ：Ｐ：Ｐ－０００００４")
    assert read == ["SS:P:P-000004"]
    assert field.text() == ""
    type_scan(qtbot, field, " ss:l:lx01-a1 ")
    assert read == ["SS:P:P-000004", "SS:L:LX01-A1"]


def test_the_same_label_read_again_within_a_second_counts_once(qtbot: QtBot) -> None:
    clock = Clock()
    field, read, dropped = made(qtbot, clock)
    type_scan(qtbot, field, "SS:P:P-000004")
    clock.now += 0.4
    type_scan(qtbot, field, "ＳＳ：Ｐ：Ｐ－０００００４")  # the same label, whatever the width
    assert read == ["SS:P:P-000004"]
    assert dropped == ["SS:P:P-000004"]
    clock.now += 1.0
    type_scan(qtbot, field, "SS:P:P-000004")  # the next unit of the same product, a second later
    clock.now += 0.1
    type_scan(qtbot, field, "SS:P:P-000005")  # another label at once is another read
    assert read == ["SS:P:P-000004", "SS:P:P-000004", "SS:P:P-000005"]


def test_enter_on_an_empty_field_reads_nothing(qtbot: QtBot) -> None:
    field, read, dropped = made(qtbot)
    type_scan(qtbot, field, "   ")
    assert read == [] and dropped == []


def test_the_input_method_is_off_and_the_field_is_a_large_target(qtbot: QtBot) -> None:
    field, _, _ = made(qtbot)
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    assert field.minimumHeight() >= MIN_TARGET_PX


def test_the_enter_that_ends_a_scan_does_not_press_the_dialogs_default_button(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = ScanField(dialog, clock=Clock())
    go = QPushButton("Ship", dialog)
    go.setDefault(True)
    pressed: list[bool] = []
    go.clicked.connect(lambda: pressed.append(True))
    read: list[str] = []
    field.scanned.connect(read.append)
    dialog.show()
    field.setFocus()
    type_scan(qtbot, field, "SS:P:P-000004")
    assert read == ["SS:P:P-000004"]
    assert pressed == [] and dialog.isVisible()
