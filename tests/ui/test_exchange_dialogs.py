"""The bureau workbook's dialogs as a catalogue office uses them: the File menu offers them to those who
may use them; an export writes the bureau's template, or nothing when cancelled or when no office is
named; an import shows what a sender's file would do, row by row, writes it, or leaves the catalogue
as it was when cancelled; a file that is not a workbook is refused in one sentence."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.catalog.credit_code import credit_check_character
from silvershop.catalog.models import Enterprise, Product
from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.exchange import importing
from silvershop.exchange.sheet_rows import MAX_ROWS
from silvershop.exchange.template import PRODUCT_COLUMNS, PRODUCTS_SHEET, REPORT_COLUMN
from silvershop.security import settings
from silvershop.security.login import login
from silvershop.security.models import AuditEntry
from silvershop.ui.catalog.products_tab import ProductsTab
from silvershop.ui.desk import Desk
from silvershop.ui.exchange import export_dialog, file_choice
from silvershop.ui.exchange.export_dialog import ExportDialog
from silvershop.ui.exchange.import_dialog import ImportDialog
from silvershop.ui.main_window import MainWindow
from tests.ui.conftest import open_window

WAIT_MS = 30_000
HEADER = ["目录类别", "产品名称", "型号规格", "品牌", "生产企业", "统一社会信用代码", "参考价格(元)"]
NEW_MAKER = "无锡乐行科技有限公司"
NEW_MAKER_CODE = "91320211MA1XY8W2Q" + credit_check_character("91320211MA1XY8W2Q")
OFFICE = "无锡市民政局养老服务处"


@dataclass(frozen=True)
class Stored:
    """A demo product as a sender's row names it again."""

    name: str
    model: str
    brand: str
    price: Decimal | None
    maker: str
    credit_code: str


@pytest.fixture
def desk(demo_database: Database, english: None) -> Desk:
    actor = login(demo_database.sessions, "editor", DEMO_PASSWORD)
    return Desk(demo_database, Path(demo_database.engine.url.database or ".").parent, demo=True, actor=actor)


def stored_product(db: Database) -> Stored:
    with reading(db.sessions) as session:
        product, maker = session.execute(
            select(Product, Enterprise).join(Enterprise).order_by(Product.id).limit(1)
        ).one()
        price = None if product.reference_price_fen is None else Decimal(product.reference_price_fen) / 100
        return Stored(product.name, product.model, product.brand, price, maker.name, maker.credit_code)


def sent_workbook(path: Path, known: Stored) -> Path:
    """What a district sends: a new product of a known maker, a known product with a new brand, a row
    with a mistyped credit code (row 4), and a product of a maker new to the catalogue."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    sheet.append(HEADER)
    sheet.append(["P01", "智能血压计", "BP-900X", "康护", known.maker, known.credit_code, 399])
    sheet.append(
        ["P01", known.name, known.model, "新" + known.brand, known.maker, known.credit_code, known.price]
    )
    sheet.append(["P03", "防走失定位手环", "GPS-22", "康护", known.maker, "12345", 199])
    sheet.append(["P02", "智能拐杖", "ST-2", "乐行", NEW_MAKER, NEW_MAKER_CODE, 299])
    workbook.save(path)
    return path


def everything(db: Database) -> tuple[int, ...]:
    with reading(db.sessions) as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Product, Enterprise, AuditEntry)
        )


def brand_of(db: Database, model: str) -> str:
    with reading(db.sessions) as session:
        return str(session.scalar(select(Product.brand).where(Product.model == model)))


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Answer the open dialog with `path`."""
    monkeypatch.setattr(file_choice.QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))


def save_as(monkeypatch: pytest.MonkeyPatch, answer: Callable[[str], str]) -> list[str]:
    """Answer the save dialog with `answer(offered)`; the names it offered are kept."""
    offered: list[str] = []

    def ask(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return answer(suggested), "Excel workbooks (*.xlsx)"

    monkeypatch.setattr(file_choice.QFileDialog, "getSaveFileName", ask)
    return offered


def ended(qtbot: QtBot, dialog: ExportDialog | ImportDialog, act: Callable[[], Any]) -> str:
    """Do `act` and wait for the work it starts; how it ended."""
    with qtbot.waitSignal(dialog.ended, timeout=WAIT_MS) as blocker:
        act()
    assert blocker.args is not None
    return str(blocker.args[0])


def export_dialog_of(qtbot: QtBot, desk: Desk) -> ExportDialog:
    assert desk.actor is not None
    dialog = ExportDialog(desk, desk.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def import_dialog_of(qtbot: QtBot, desk: Desk) -> ImportDialog:
    assert desk.actor is not None
    dialog = ImportDialog(desk, desk.actor)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    return dialog


def error_under(widget: QWidget) -> str:
    """The sentence shown under the form row that holds `widget`, or ""."""
    holder = widget.parentWidget()
    while holder is not None:
        error = holder.findChild(QLabel, "fieldError", Qt.FindChildOption.FindDirectChildrenOnly)
        if error is not None:
            return error.text() if not error.isHidden() else ""
        holder = holder.parentWidget()
    return ""


def refusal(dialog: ExportDialog | ImportDialog) -> str:
    bar = dialog.bar
    return bar.text() if bar.property("kind") == "error" and not bar.isHidden() else ""


def cell_texts(table: Any) -> list[list[str]]:
    model = table.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# The File menu


@pytest.mark.parametrize(
    ("user", "offered"),
    [
        ("admin", [True, True]),
        ("editor", [True, True]),
        ("manager", [False, False]),
        ("clerk", [False, False]),
        ("kiosk", [False, False]),
    ],
)
def test_the_file_menu_offers_the_workbooks_to_those_who_may_use_them(
    qtbot: QtBot, demo_database: Database, english: None, user: str, offered: list[bool]
) -> None:
    waiting = MainWindow()
    qtbot.addWidget(waiting)
    assert not waiting.export_action.isVisible() and not waiting.import_action.isVisible()
    window = open_window(qtbot, demo_database, user=user)
    actions = (window.export_action, window.import_action)
    assert [action.text() for action in actions] == [
        "&Export bureau workbook…",
        "&Import catalogue workbook…",
    ]
    assert [action.isVisible() and action.isEnabled() for action in actions] == offered


def test_the_menu_entries_open_their_dialogs(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database, user="editor")
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Import catalogue workbook"
    dialog.close_button.click()
    window.export_action.trigger()
    exporting = window.findChild(ExportDialog)
    assert exporting is not None and exporting.isVisible()


def test_the_workbook_screens_are_not_loaded_at_start_up() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, silvershop.app, silvershop.ui.main_window; "
            "print(sorted(m for m in sys.modules if m.startswith(('silvershop.ui.exchange', 'openpyxl'))))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert loaded.stdout.strip() == "[]"


# Export


def test_the_export_writes_the_bureau_workbook_where_it_is_asked_to(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = export_dialog_of(qtbot, desk)
    assert dialog.scheme.currentText() == "智慧健康养老产品及服务推广目录 2024"
    assert [box.isChecked() for _status, box in dialog.statuses.boxes] == [True, True, False, False]
    assert dialog.district.currentText() == "All districts"
    dialog.office.setText(OFFICE)
    offered = save_as(monkeypatch, lambda _offered: str(tmp_path / "submission"))
    opened: list[QUrl] = []
    monkeypatch.setattr(file_choice.QDesktopServices, "openUrl", opened.append)

    assert ended(qtbot, dialog, dialog.action.click) == "succeeded"

    assert offered == [str(file_choice.documents() / f"产品目录填报_{local_today().isoformat()}.xlsx")]
    written = tmp_path / "submission.xlsx"
    assert dialog.bar.text().startswith(f"ℹ Saved as {written}: ")
    workbook = load_workbook(written, read_only=True)
    header = next(workbook[PRODUCTS_SHEET].iter_rows(max_row=1, values_only=True))
    assert list(header) == [column.name for column in PRODUCT_COLUMNS]
    workbook.close()
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_an_export_without_an_office_is_refused_under_the_field_before_any_file_is_asked_for(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = export_dialog_of(qtbot, desk)
    offered = save_as(monkeypatch, lambda suggested: suggested)
    dialog.office.setText("  ")
    dialog.action.click()
    assert error_under(dialog.office).startswith("⚠ Write the office that submits the workbook (填报单位).")
    dialog.office.setText("无锡" * 51)
    dialog.action.click()
    assert error_under(dialog.office) == (
        "⚠ Write the office's name (填报单位) in at most 100 characters, on one line."
    )
    dialog.office.setText(OFFICE)
    for _status, box in dialog.statuses.boxes:
        box.setChecked(False)
    dialog.action.click()
    assert error_under(dialog.office) == ""
    assert error_under(dialog.statuses).startswith("⚠ Tick at least one status")
    assert offered == []


def test_a_cancelled_export_leaves_no_workbook_and_no_record_of_one(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = export_dialog_of(qtbot, desk)
    dialog.office.setText(OFFICE)
    out = tmp_path / "out"
    out.mkdir()
    save_as(monkeypatch, lambda _offered: str(out / "submission.xlsx"))
    real = export_dialog.export_catalogue

    def cancelled_meanwhile(*args: Any, **kwargs: Any) -> Any:
        assert dialog.run is not None
        dialog.run.worker.cancel()  # as Cancel pressed while the workbook is being written
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_catalogue", cancelled_meanwhile)
    before = everything(desk.database)

    assert ended(qtbot, dialog, dialog.action.click) == "cancelled"

    assert dialog.bar.text() == "ℹ The export was cancelled; no workbook was written."
    assert list(out.iterdir()) == []
    assert everything(desk.database) == before


# Import


def test_the_check_shows_the_counts_and_the_rejected_row_with_its_column_and_reason(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = stored_product(desk.database)
    choose(monkeypatch, sent_workbook(tmp_path / "sent.xlsx", known))
    dialog = import_dialog_of(qtbot, desk)
    assert not dialog.import_button.isEnabled()
    before = everything(desk.database)

    assert ended(qtbot, dialog, dialog.choose_button.click) == "succeeded"

    lists = dialog.lists
    assert lists.isVisible()
    figures = {figure.caption.text(): figure.value.text() for figure in lists.figures.figures}
    assert figures == {"To create": "2", "To update": "1", "Unchanged": "0", "Rejected rows": "1"}
    assert lists.tabs.currentWidget() is lists.rejected
    assert lists.tabs.tabText(0) == "Rejected rows (1)"
    assert cell_texts(lists.rejected) == [
        [
            "4",
            "统一社会信用代码 (column F)",
            "A unified social credit code has 18 characters; this one has 5.",
        ]
    ]
    assert [row[:3] for row in cell_texts(lists.to_create)] == [
        ["2", "智能血压计", "BP-900X"],
        ["5", "智能拐杖", "ST-2"],
    ]
    [updated] = cell_texts(lists.to_update)
    assert updated[:3] == ["3", known.name, known.model]
    assert f"Brand: {known.brand} → 新{known.brand}" in updated[3]
    assert dialog.import_button.text() == "Import 3 products"
    assert dialog.import_button.isEnabled()
    assert dialog.report_button.isEnabled()
    assert everything(desk.database) == before  # a check writes nothing


def test_import_writes_the_products_and_the_catalogue_shows_them(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = stored_product(demo_database)
    choose(monkeypatch, sent_workbook(tmp_path / "sent.xlsx", known))
    window = open_window(qtbot, demo_database, user="editor")
    catalogue = window.screens["catalog"]
    products = catalogue.products
    assert isinstance(products, ProductsTab)
    qtbot.waitUntil(lambda: not products.model.busy(), timeout=WAIT_MS)
    listed = len(products.model.ids())
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert ended(qtbot, dialog, dialog.choose_button.click) == "succeeded"

    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        assert ended(qtbot, dialog, dialog.import_button.click) == "succeeded"

    with reading(demo_database.sessions) as session:
        found = session.execute(
            select(Product.model, Enterprise.name)
            .join(Enterprise)
            .where(Product.model.in_(["BP-900X", "ST-2"]))
        ).all()
    assert sorted(found) == [("BP-900X", known.maker), ("ST-2", NEW_MAKER)]
    assert brand_of(demo_database, known.model) == "新" + known.brand
    assert dialog.bar.text().startswith(
        "ℹ Imported sent.xlsx: 2 created, 1 updated, 0 unchanged, 1 rejected."
    )
    assert "A copy of the database from before the import is kept as" in dialog.bar.text()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not products.model.busy(), timeout=WAIT_MS)
    assert len(products.model.ids()) == listed + 2


def test_cancelling_the_import_while_it_writes_leaves_the_catalogue_as_it_was(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = stored_product(desk.database)
    choose(monkeypatch, sent_workbook(tmp_path / "sent.xlsx", known))
    dialog = import_dialog_of(qtbot, desk)
    assert ended(qtbot, dialog, dialog.choose_button.click) == "succeeded"
    real = importing.write_plan

    def cancelled_meanwhile(*args: Any, **kwargs: Any) -> None:
        assert dialog.run is not None
        dialog.run.worker.cancel()  # as Cancel pressed while the products are being written
        real(*args, **kwargs)

    monkeypatch.setattr(importing, "write_plan", cancelled_meanwhile)
    before = everything(desk.database)

    assert ended(qtbot, dialog, dialog.import_button.click) == "cancelled"

    assert dialog.bar.text() == "ℹ The import was cancelled; nothing was imported."
    assert everything(desk.database) == before
    assert brand_of(desk.database, known.model) == known.brand
    assert dialog.import_button.isEnabled()  # the file may be imported after all


def not_a_workbook(path: Path) -> Path:
    path.write_text("产品名称,型号规格\n智能血压计,BP-900X\n", encoding="utf-8")
    return path


def with_a_password(path: Path) -> Path:
    plain = path.with_name("plain.xlsx")
    workbook = Workbook()
    workbook.save(plain)
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("mima123", target)
    return path


def without_credit_codes(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    sheet.append(["目录类别", "产品名称", "型号规格", "生产企业"])
    sheet.append(["P01", "智能血压计", "BP-900X", NEW_MAKER])
    workbook.save(path)
    return path


def too_many_rows(path: Path) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(PRODUCTS_SHEET)
    sheet.append(["目录类别", "产品名称", "型号规格", "生产企业", "统一社会信用代码"])
    for number in range(MAX_ROWS + 1):
        sheet.append(["P01", "智能血压计", f"BP-{number}", NEW_MAKER, NEW_MAKER_CODE])
    workbook.save(path)
    return path


def without_the_products_sheet(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "报价单"
    sheet.append(["名称", "单价"])
    sheet.append(["智能血压计", 399])
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (
            not_a_workbook,
            "⚠ sent.xlsx is not an Excel workbook. Open it in Excel or WPS and save it as an Excel workbook "
            "(.xlsx), then import that file.",
        ),
        (
            with_a_password,
            "⚠ sent.xlsx is protected with a password, so it cannot be read. Open it in Excel or WPS, remove "
            "the password (File → Info → Protect Workbook), save it and import it again.",
        ),
        (
            without_credit_codes,
            "⚠ The header row (row 1 of 产品目录) has no column 统一社会信用代码, which every product needs. "
            "Add the column with that name and fill it in.",
        ),
        (
            too_many_rows,
            "⚠ The sheet 产品目录 has more than 20,000 filled rows; one import takes at most 20,000 "
            "products. Check for rows filled by mistake below the products, or split the file into several.",
        ),
        (
            without_the_products_sheet,
            "⚠ The workbook has no sheet 产品目录 and no sheet with its column names (its sheets: 报价单). "
            "Fill in the 产品目录 sheet of the template and send that.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_one_sentence(
    qtbot: QtBot,
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
    sentence: str,
) -> None:
    choose(monkeypatch, make(tmp_path / "sent.xlsx"))
    dialog = import_dialog_of(qtbot, desk)

    assert ended(qtbot, dialog, dialog.choose_button.click) == "failed"

    assert refusal(dialog) == sentence
    assert not dialog.lists.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.report_button.isEnabled()
    assert dialog.check_button.isEnabled()  # to read it again once it was saved properly


def test_the_report_for_the_sender_is_their_file_with_the_reasons_saved_beside_it(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, sent_workbook(tmp_path / "sent.xlsx", stored_product(desk.database)))
    dialog = import_dialog_of(qtbot, desk)
    assert ended(qtbot, dialog, dialog.choose_button.click) == "succeeded"
    offered = save_as(monkeypatch, lambda suggested: suggested)

    assert ended(qtbot, dialog, dialog.report_button.click) == "succeeded"

    report = tmp_path / "sent_错误报告.xlsx"
    assert offered == [str(report)]
    assert dialog.bar.text().startswith(f"ℹ The report was saved as {report}, with the reason beside each")
    sheet = load_workbook(report)[PRODUCTS_SHEET]
    assert sheet.cell(1, len(HEADER) + 1).value == REPORT_COLUMN
    assert "统一社会信用代码" in str(sheet.cell(4, len(HEADER) + 1).value)
    assert sheet.cell(2, len(HEADER) + 1).value is None


# Shared settings


def test_the_submitting_office_is_kept_for_every_desk_and_offered_in_the_export(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings", user="admin")
    shared = window.screens["settings"].shared  # type: ignore[attr-defined]
    assert shared is not None
    shared.office.setText("无锡" * 51)
    shared.save.click()
    assert (
        error_under(shared.office)
        == "⚠ Write the office's name (填报单位) in at most 100 characters, on one line."
    )
    shared.office.setText(f"  {OFFICE} ")
    shared.save.click()
    assert error_under(shared.office) == ""
    with reading(demo_database.sessions) as session:
        assert settings.get(session, settings.SUBMITTING_OFFICE) == OFFICE
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.office.text() == OFFICE
