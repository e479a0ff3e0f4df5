"""The product and enterprise dialogs: what is typed is stored as one action or, when refused, not at
all, with the reason under the field it is about (on the page that holds it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.catalog.browse import category_tree, enterprise_choices
from silvershop.catalog.enterprises import EnterpriseRow, list_enterprises
from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductImage,
    ProductStatus,
)
from silvershop.catalog.products import ProductDetails, product_details
from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security.login import login
from silvershop.ui.catalog.enterprise_dialog import EnterpriseDialog
from silvershop.ui.catalog.product_dialog import ProductDialog
from silvershop.ui.desk import Desk
from tests.ui.test_catalog_screen import (
    held,
    keep_alive,  # noqa: F401 - an autouse fixture, used here too
    open_catalog,
    products_tab,
)
from tests.ui.test_settings_users import answer, error_under, on_next_dialog

GOOD_CODE = "91350100M000100Y43"
MISTYPED_CODE = "91350100M000100Y44"  # the check character does not match


def desk_of(db: Database, username: str = "editor") -> Desk:
    actor = login(db.sessions, username, DEMO_PASSWORD)
    return Desk(db, Path(db.engine.url.database or ".").parent, language="en", demo=True, actor=actor)


def product_dialog(qtbot: QtBot, db: Database, product_id: int | None = None) -> ProductDialog:
    desk = desk_of(db)
    assert desk.actor is not None
    with reading(db.sessions) as session:
        schemes = category_tree(session)
        enterprises = enterprise_choices(session)
        details = product_details(session, desk.actor, product_id) if product_id is not None else None
    dialog = held(qtbot, ProductDialog(desk, desk.actor, schemes, enterprises, details))
    dialog.show()
    return dialog


def count(db: Database, table: type) -> int:
    with reading(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def category_id(db: Database, key: str, code: str) -> int:
    with reading(db.sessions) as session:
        found = session.scalar(
            select(Category.id)
            .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
            .where(CategoryScheme.key == key, Category.code == code)
            .order_by(CategoryScheme.edition.desc())
        )
    assert found is not None
    return found


def fill_new(dialog: ProductDialog, model: str = "TS-900") -> None:
    dialog.name.setText("测试电动轮椅")
    dialog.model.setText(model)
    dialog.enterprise.setCurrentIndex(1)
    dialog.reference_price.setText("1,299.50")


def stored(db: Database, model: str) -> ProductDetails | None:
    desk = desk_of(db)
    assert desk.actor is not None
    with reading(db.sessions) as session:
        product_id = session.scalar(select(Product.id).where(Product.model == model))
        return product_details(session, desk.actor, product_id) if product_id is not None else None


def photo_file(folder: Path, name: str, colour: Qt.GlobalColor) -> Path:
    path = folder / name
    picture = QPixmap(320, 240)
    picture.fill(colour)
    assert picture.save(str(path))
    return path


def test_a_new_product_is_stored_with_categories_in_two_schemes_its_code_and_its_rent(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    smart = category_id(demo_database, "miit_smart", "P02")
    wheelchairs = category_id(demo_database, "wuxi_rental", "R102")
    iso = category_id(demo_database, "iso9999", "12 23 06")
    dialog.categories.choose([smart, wheelchairs])
    assert "轮椅" in dialog.categories.summary.text()
    dialog.assistive.choose(iso)
    assert dialog.assistive.code.currentText() == "12 23 06 电动驱动电动转向轮椅车"
    assert not dialog.monthly_rent.isEnabled()
    dialog.rentable.setChecked(True)
    assert dialog.monthly_rent.isEnabled()
    dialog.monthly_rent.setText("¥150")
    dialog.deposit.setText("１０００")  # full-width digits, as a Chinese IME types them
    dialog.listing_year.setCurrentIndex(dialog.listing_year.findData(2024))
    dialog.action.click()

    assert dialog.saved is not None, dialog.bar.text()
    product = stored(demo_database, "TS-900")
    assert product is not None
    assert product.code.startswith("P-")
    assert product.category_ids == {smart, wheelchairs}
    assert product.assistive_category_id == iso
    assert (product.reference_price_fen, product.monthly_rent_fen, product.deposit_fen) == (
        129950,
        15000,
        100000,
    )
    assert product.rentable
    assert product.listing_year == 2024
    assert product.status is ProductStatus.DRAFT


@pytest.mark.parametrize(("price", "sentence"), [("-5", "cannot be negative"), ("12,99", "not an amount")])
def test_a_bad_price_is_refused_under_the_price_on_its_page_and_nothing_is_stored(
    qtbot: QtBot, demo_database: Database, english: None, price: str, sentence: str
) -> None:
    before = count(demo_database, Product)
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    dialog.reference_price.setText(price)
    dialog.tabs.setCurrentIndex(0)
    dialog.action.click()
    assert dialog.isVisible()
    assert sentence in error_under(dialog.reference_price)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.reference_price)
    assert dialog.focusWidget() is dialog.reference_price
    assert count(demo_database, Product) == before


def test_a_refused_edit_leaves_the_product_as_it_was(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = product_dialog(qtbot, demo_database, product_id=11)
    was = stored(demo_database, dialog.model.text())
    assert was is not None
    assert dialog.reference_price.text() != ""
    dialog.name.setText("改过的名字")
    dialog.reference_price.setText("−20")
    dialog.action.click()
    assert "cannot be negative" in error_under(dialog.reference_price)
    now = stored(demo_database, dialog.model.text())
    assert now is not None
    assert (now.name, now.reference_price_fen) == (was.name, was.reference_price_fen)


def test_a_medical_device_needs_its_class_said_under_the_class(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    assert not dialog.device_class.isEnabled()
    dialog.is_medical_device.setChecked(True)
    assert dialog.device_class.isEnabled()
    dialog.registration_no.setText("苏械注准20232190001")
    dialog.action.click()
    assert "I, II or III" in error_under(dialog.device_class)
    dialog.device_class.setCurrentIndex(dialog.device_class.findData("II"))
    dialog.action.click()
    product = stored(demo_database, "TS-900")
    assert product is not None
    assert (product.is_medical_device, product.device_class) == (True, "II")


def test_photos_chosen_for_a_new_product_are_saved_with_it_the_chosen_one_as_cover(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    red = photo_file(tmp_path, "red.png", Qt.GlobalColor.red)
    blue = photo_file(tmp_path, "blue.jpg", Qt.GlobalColor.blue)
    dialog.photos.add_files([red, blue])
    assert [dialog.photos.list.item(i).text() for i in range(2)] == ["★ Cover (new)", "New photo"]
    dialog.photos.list.setCurrentRow(1)
    dialog.photos.cover_button.click()
    dialog.action.click()
    product = stored(demo_database, "TS-900")
    assert product is not None
    assert len(product.images) == 2
    cover = QPixmap()
    assert cover.loadFromData(product.images[0].thumbnail)
    centre = cover.toImage().pixelColor(cover.width() // 2, cover.height() // 2)
    assert centre.blue() > 200 > centre.red(), "the photo made cover comes first"


def test_a_file_that_is_not_a_photo_refuses_the_whole_save(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path
) -> None:
    before = (count(demo_database, Product), count(demo_database, ProductImage))
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a picture at all", encoding="utf-8")
    dialog.photos.add_files([notes])
    dialog.action.click()
    assert "not a photo" in error_under(dialog.photos)
    assert (count(demo_database, Product), count(demo_database, ProductImage)) == before


def test_an_enterprise_with_a_mistyped_credit_code_is_refused_under_the_code(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    before = count(demo_database, Enterprise)
    desk = desk_of(demo_database)
    assert desk.actor is not None
    dialog = held(qtbot, EnterpriseDialog(desk, desk.actor))
    dialog.show()
    dialog.name.setText("福州测试康复器械有限公司")
    dialog.credit_code.setText(MISTYPED_CODE)
    assert "350100" in dialog.division_code.placeholderText()
    dialog.action.click()
    assert dialog.isVisible()
    assert "typing mistake" in error_under(dialog.credit_code)
    assert count(demo_database, Enterprise) == before

    dialog.credit_code.setText(GOOD_CODE)
    dialog.registered_on.setText("2015/6/30")
    dialog.action.click()
    assert dialog.saved is not None
    assert (dialog.saved.division_code, str(dialog.saved.registered_on)) == ("350100", "2015-06-30")


def test_an_enterprise_that_makes_products_is_not_deleted_and_the_reason_is_shown(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = screen.enterprises
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    maker: EnterpriseRow = next(e for e in tab.table.model.records() if e.products)
    tab.select(maker.id)
    asked: list[str] = []
    failures = on_next_dialog(answer("Delete", asked))
    tab.delete_button.click()
    assert not failures, failures
    assert maker.name in asked[0]
    assert "still has products" in tab.bar.text()
    desk = desk_of(demo_database)
    assert desk.actor is not None
    with reading(demo_database.sessions) as session:
        assert maker.id in {e.id for e in list_enterprises(session, desk.actor)}


def test_new_product_from_the_screen_is_listed_and_chosen(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    before = tab.model.rowCount()

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        fill_new(dialog, model="TS-901")
        dialog.action.click()

    failures = on_next_dialog(add)
    tab.new_button.click()
    assert not failures, failures
    assert tab.model.rowCount() == before + 1
    chosen = tab.selected_id()
    assert chosen is not None
    row = tab.model.row_of(chosen)
    assert row is not None
    assert tab.model.product(row).model == "TS-901"  # type: ignore[union-attr]
    assert "was added" in tab.bar.text()


def product_with_units(db: Database) -> int:
    """A rentable product, not archived, with device units still in service."""
    units = select(DeviceUnit.product_id).where(DeviceUnit.state.not_in((UnitState.RETIRED, UnitState.LOST)))
    with reading(db.sessions) as session:
        found = session.scalar(
            select(Product.id)
            .where(
                Product.rentable.is_(True), Product.status != ProductStatus.ARCHIVED, Product.id.in_(units)
            )
            .order_by(Product.id)
            .limit(1)
        )
    assert found is not None
    return found


def test_unticking_rentable_keeps_the_rent_and_deposit_as_typed(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    new = product_dialog(qtbot, demo_database)
    fill_new(new)
    new.rentable.setChecked(True)
    new.monthly_rent.setText("88")
    new.deposit.setText("500")
    new.grace_days.setText("5")
    new.action.click()
    assert new.saved is not None, new.bar.text()

    dialog = product_dialog(qtbot, demo_database, new.saved.id)
    dialog.rentable.setChecked(False)
    assert not dialog.monthly_rent.isEnabled()
    assert dialog.monthly_rent.text() == "88.00", "greyed, not emptied"
    dialog.action.click()
    assert dialog.saved is not None, dialog.bar.text()
    assert not dialog.saved.rentable
    assert (dialog.saved.monthly_rent_fen, dialog.saved.deposit_fen, dialog.saved.grace_days) == (
        8800,
        50000,
        5,
    )

    again = product_dialog(qtbot, demo_database, new.saved.id)
    again.rentable.setChecked(True)
    assert (again.monthly_rent.text(), again.deposit.text(), again.grace_days.text()) == (
        "88.00",
        "500.00",
        "5",
    )


def test_a_product_with_device_units_stays_rentable_and_the_reason_is_beside_the_box(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    product_id = product_with_units(demo_database)
    dialog = product_dialog(qtbot, demo_database, product_id)
    dialog.tabs.setCurrentIndex(0)
    dialog.rentable.setChecked(False)
    dialog.action.click()
    assert dialog.isVisible()
    assert "stay rentable" in error_under(dialog.rentable)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.rentable)
    product = stored(demo_database, dialog.model.text())
    assert product is not None
    assert product.rentable


def test_a_bad_rent_kept_in_a_greyed_field_is_opened_to_be_put_right(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    dialog.rentable.setChecked(True)
    dialog.monthly_rent.setText("12,99")
    dialog.rentable.setChecked(False)
    dialog.action.click()
    assert "not an amount" in error_under(dialog.monthly_rent)
    assert dialog.monthly_rent.isEnabled(), "a refused field can be corrected"
    dialog.monthly_rent.clear()
    dialog.action.click()
    assert dialog.saved is not None, dialog.bar.text()
    assert not dialog.saved.rentable
