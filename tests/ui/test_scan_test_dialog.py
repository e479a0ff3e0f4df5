"""The scanner test shows each key a scanner typed and says in words what is wrong with its set-up:
an input method typing full width, a keyboard layout that is not US English, keys as slow as a
person's, no Enter at the end."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from silvershop.database import Database
from silvershop.ui.settings.scan_test import END_WAIT_MS, ScanTestDialog
from tests.ui.conftest import open_window
from tests.ui.test_scan_field import Clock
from tests.ui.test_settings_users import on_next_dialog

TEMPLATE = "https://ylfw.example.gov.cn/product/{code}"
FULL_WIDTH = "ＳＳ：Ｐ：Ｐ－０００１２３"
AZERTY = "SS;P;P)àààé\"'"  # SS:P:P-000123 typed by a US-set scanner into a French keyboard layout


def made(qtbot: QtBot, template: str = "") -> tuple[ScanTestDialog, Clock]:
    clock = Clock()
    dialog = ScanTestDialog(template, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, clock


def type_keys(
    dialog: ScanTestDialog, text: str, *, clock: Clock, gap_s: float = 0.004, enter: bool = True
) -> None:
    """Each character a key press and release, `gap_s` apart, then Enter."""
    keys = [(Qt.Key.Key_unknown, char) for char in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, char in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(dialog.field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        clock.now += gap_s


def column(dialog: ScanTestDialog, number: int) -> list[str]:
    model = dialog.table.model
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def test_full_width_characters_are_shown_with_their_code_points_and_said(qtbot: QtBot, english: None) -> None:
    dialog, clock = made(qtbot)
    type_keys(dialog, FULL_WIDTH, clock=clock)
    assert column(dialog, 0) == [*FULL_WIDTH, "Enter"]
    assert column(dialog, 1)[:2] == ["U+FF33", "U+FF33"]  # Ｓ
    assert column(dialog, 1)[2] == "U+FF1A"  # ：
    assert dialog.reads.text() == "SS:P:P-000123"
    assert dialog.verdict.text() == "ℹ A product's label: P-000123"
    notes = dialog.diagnosis.text()
    assert "input method typed full-width characters" in notes
    assert "switch the input method to English" in notes
    assert "keyboard layout" not in notes and "typed by hand" not in notes and "No Enter" not in notes


def test_a_scanner_set_to_another_keyboard_layout_is_said_so(qtbot: QtBot, english: None) -> None:
    dialog, clock = made(qtbot)
    type_keys(dialog, AZERTY, clock=clock)
    notes = dialog.diagnosis.text()
    assert "seems set to a different keyboard layout" in notes
    assert "Set it to US English" in notes
    for char in ";)àé":
        assert char in notes  # the characters that gave it away
    assert "full-width" not in notes
    assert dialog.verdict.text().startswith("⚠ ")
    assert "is not a silvershop label" in dialog.verdict.text()


def test_a_good_scan_shows_the_record_it_names_and_nothing_to_change(qtbot: QtBot, english: None) -> None:
    dialog, clock = made(qtbot, TEMPLATE)
    type_keys(dialog, "SS:U:LX01-00042", clock=clock)
    assert dialog.verdict.text() == "ℹ A rental device unit's label: LX01-00042"
    assert dialog.diagnosis.isHidden()
    assert column(dialog, 4)[0] == "–"  # nothing before the first key
    assert set(column(dialog, 4)[1:]) == {"4"}
    type_keys(dialog, TEMPLATE.format(code="P-000123"), clock=clock)  # the next scan starts afresh
    assert column(dialog, 0)[0] == "h"
    assert dialog.verdict.text() == "ℹ A product's label: P-000123"
    assert dialog.diagnosis.isHidden()
    dialog.clear_button.click()
    assert dialog.table.model.rowCount() == 0
    assert dialog.reads.text() == "" and dialog.verdict.isHidden()


def test_keys_as_slow_as_a_persons_are_said_to_be_typed_by_hand(qtbot: QtBot, english: None) -> None:
    dialog, clock = made(qtbot)
    type_keys(dialog, "SS:P:P-000123", clock=clock, gap_s=0.12)
    assert "This looks typed by hand" in dialog.diagnosis.text()
    assert "120" in column(dialog, 4)
    assert dialog.verdict.text() == "ℹ A product's label: P-000123"  # a scan field still reads it


def test_a_scanner_that_sends_no_enter_is_told_to(qtbot: QtBot, english: None) -> None:
    dialog, clock = made(qtbot)
    type_keys(dialog, "SS:C:LX01", clock=clock, enter=False)
    assert dialog.diagnosis.isHidden()  # it may still come
    qtbot.waitUntil(lambda: dialog.diagnosis.isVisible(), timeout=END_WAIT_MS * 5)
    assert "set the scanner to send Enter after each code" in dialog.diagnosis.text()
    assert dialog.verdict.text() == "ℹ An experience centre's label: LX01"


def test_the_settings_screen_opens_the_scanner_test(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings", user="clerk")
    screen = window.screens["settings"]
    opened: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        opened.append(dialog)
        dialog.close()

    failures = on_next_dialog(look)
    screen.scan_test_button.click()
    assert failures == []
    assert len(opened) == 1 and isinstance(opened[0], ScanTestDialog)
    assert opened[0].field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled) is False
