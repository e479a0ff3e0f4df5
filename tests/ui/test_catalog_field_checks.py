"""The product and enterprise forms check a field as it is left, say what is wrong under it at once,
and take the sentence away when it is put right; fields that do not apply look greyed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from silvershop.catalog.models import Product
from silvershop.database import Database
from silvershop.ui import theme
from silvershop.ui.catalog.enterprise_dialog import EnterpriseDialog
from silvershop.ui.catalog.product_dialog import ProductDialog
from tests.ui.test_catalog_dialogs import MISTYPED_CODE, count, desk_of, fill_new, product_dialog
from tests.ui.test_catalog_screen import (
    held,
    keep_alive,  # noqa: F401 - an autouse fixture, used here too
)
from tests.ui.test_settings_users import error_under

W = TypeVar("W", bound=QWidget)


def active(qtbot: QtBot, dialog: W) -> W:
    """The dialog as the window in front, so the keyboard focus moves in it as a person moves it."""
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def on_page_of(dialog: ProductDialog, field: QWidget) -> None:
    dialog.tabs.setCurrentWidget(
        next(
            dialog.tabs.widget(i)
            for i in range(dialog.tabs.count())
            if dialog.tabs.widget(i).isAncestorOf(field)
        )
    )


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Go to the field, type over what it holds, and stay there."""
    field.setFocus()
    assert field.hasFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def leave(qtbot: QtBot, field: QLineEdit) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()


@pytest.mark.parametrize(
    ("name", "typed", "sentence"),
    [
        ("reference_price", "12,99", "not an amount"),
        ("monthly_rent", "-5", "cannot be negative"),
        ("deposit", "1.234", "two decimal places"),
        ("late_fee_per_day", "abc", "not an amount"),
        ("grace_days", "400", "from 0 to 365"),
        ("grace_days", "2.5", "whole number"),
    ],
)
def test_a_wrong_amount_is_said_under_its_field_as_soon_as_it_is_left(
    qtbot: QtBot, demo_database: Database, english: None, name: str, typed: str, sentence: str
) -> None:
    before = count(demo_database, Product)
    dialog = active(qtbot, product_dialog(qtbot, demo_database))
    dialog.rentable.setChecked(True)
    field = getattr(dialog, name)
    on_page_of(dialog, field)
    type_into(qtbot, field, typed)
    assert error_under(field) == "", "nothing is said while the person is still typing"
    leave(qtbot, field)
    assert sentence in error_under(field)
    assert dialog.isVisible()
    assert count(demo_database, Product) == before


def test_the_sentence_goes_as_soon_as_the_amount_is_put_right(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = active(qtbot, product_dialog(qtbot, demo_database))
    on_page_of(dialog, dialog.reference_price)
    type_into(qtbot, dialog.reference_price, "12,99")
    leave(qtbot, dialog.reference_price)
    assert "not an amount" in error_under(dialog.reference_price)
    type_into(qtbot, dialog.reference_price, "12.9")
    assert error_under(dialog.reference_price) == "", "gone while typing, once the amount reads"
    leave(qtbot, dialog.reference_price)
    assert error_under(dialog.reference_price) == ""
    fill_new(dialog)
    dialog.reference_price.setText("12.99")
    dialog.action.click()
    assert dialog.saved is not None
    assert dialog.saved.reference_price_fen == 1299


def test_an_empty_field_passed_through_is_not_complained_about_and_saves_refusal_stays(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = active(qtbot, product_dialog(qtbot, demo_database))
    fill_new(dialog)
    dialog.rentable.setChecked(True)
    on_page_of(dialog, dialog.monthly_rent)
    type_into(qtbot, dialog.late_fee_per_day, "")
    leave(qtbot, dialog.late_fee_per_day)
    assert error_under(dialog.late_fee_per_day) == ""
    dialog.action.click()
    assert "needs a monthly rent" in error_under(dialog.monthly_rent)
    dialog.monthly_rent.setFocus()
    leave(qtbot, dialog.monthly_rent)
    assert "needs a monthly rent" in error_under(dialog.monthly_rent), "still true: nothing was typed"
    type_into(qtbot, dialog.monthly_rent, "150")
    assert error_under(dialog.monthly_rent) == ""


def test_a_mistyped_credit_code_is_said_on_leaving_the_field_and_goes_when_corrected(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    desk = desk_of(demo_database)
    assert desk.actor is not None
    dialog = held(qtbot, EnterpriseDialog(desk, desk.actor))
    dialog.show()
    active(qtbot, dialog)
    type_into(qtbot, dialog.credit_code, MISTYPED_CODE)
    leave(qtbot, dialog.credit_code)
    assert "typing mistake" in error_under(dialog.credit_code)
    type_into(qtbot, dialog.credit_code, "91350100M000100YO3")
    leave(qtbot, dialog.credit_code)
    assert "Did you mean 1, 0, 5, U or 2?" in error_under(dialog.credit_code)
    dialog.credit_code.setFocus()
    qtbot.keyClick(dialog.credit_code, Qt.Key.Key_End)
    qtbot.keyClick(dialog.credit_code, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.credit_code, Qt.Key.Key_Backspace)
    assert "Did you mean" in error_under(dialog.credit_code), "17 characters are still wrong"
    qtbot.keyClicks(dialog.credit_code, "43")
    assert error_under(dialog.credit_code) == ""


# Disabled fields ----------------------------------------------------------------------------------


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application as `silvershop` styles it, put back as it was for the tests after this one."""
    style, palette, font, sheet = qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet()
    theme.apply(qapp)
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * linear(colour.redF())
            + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background(widget: QWidget) -> QColor:
    """The colour painted inside the field near its right end, away from its text and its arrow."""
    picture = widget.grab().toImage()
    inset = 48 if isinstance(widget, QComboBox | QSpinBox) else 8
    return picture.pixelColor(picture.width() - inset, picture.height() // 2)


def test_disabled_text_stays_readable_on_its_greyed_background(themed: QApplication) -> None:
    palette = themed.palette()
    disabled = QPalette.ColorGroup.Disabled
    for text, base in (
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    ):
        assert contrast(palette.color(disabled, text), palette.color(disabled, base)) >= 4.5
    assert palette.color(disabled, QPalette.ColorRole.Base) != palette.color(QPalette.ColorRole.Base)
    assert palette.color(disabled, QPalette.ColorRole.Text) != palette.color(QPalette.ColorRole.Text)


def test_fields_that_do_not_apply_are_greyed_in_the_product_dialog(
    qtbot: QtBot, demo_database: Database, english: None, themed: QApplication
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    on_page_of(dialog, dialog.monthly_rent)
    assert not dialog.monthly_rent.isEnabled()
    greyed, open_ = background(dialog.monthly_rent), background(dialog.reference_price)
    assert greyed.name() == theme.DISABLED_FIELD.lower()
    assert open_.name() == "#ffffff"
    on_page_of(dialog, dialog.device_class)
    class_greyed, number_greyed = background(dialog.device_class), background(dialog.registration_no)
    dialog.is_medical_device.setChecked(True)
    assert background(dialog.device_class) != class_greyed
    assert background(dialog.registration_no) != number_greyed


def test_a_disabled_spin_box_is_greyed_too(qtbot: QtBot, themed: QApplication) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    box.resize(200, 44)
    box.show()
    enabled = background(box)
    box.setEnabled(False)
    assert background(box) != enabled
