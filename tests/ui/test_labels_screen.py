"""The labels screen as a desk uses it: presets listed, codes typed, pasted, scanned or chosen in bulk,
a preview of the sheet, every bad batch refused in a sentence before anything is printed, and the
labels written to a PDF or a printer off the GUI thread, their QR codes read back with zxing-cpp.
Lists elsewhere open the same panel with the rows chosen in them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre, Location
from silvershop.centres.stock import receive
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.labels.calibration import Calibration, save_calibration
from silvershop.labels.models import MediaKind
from silvershop.labels.payloads import PayloadKind
from silvershop.labels.presets import PresetSpec, save_preset
from silvershop.labels.records import centre_unit_labels
from silvershop.print_fonts import MM_PER_INCH
from silvershop.security.login import login
from silvershop.ui.catalog.screen import CatalogScreen
from silvershop.ui.centres.overview_tab import OverviewTab
from silvershop.ui.desk import Desk
from silvershop.ui.labels import output, presets_tab, printers_tab
from silvershop.ui.labels.batch import LabelBatchPanel
from silvershop.ui.labels.preset_dialog import PresetDialog
from silvershop.ui.labels.print_dialog import LabelPrintDialog
from silvershop.ui.labels.screen import LabelsScreen
from silvershop.ui.rental.units_tab import UnitsTab
from silvershop.ui.theme import MIN_TARGET_PX
from tests.qr_reading import cell_at, decoded, pdf_pages
from tests.ui.conftest import open_window
from tests.ui.test_scan_field import type_scan
from tests.ui.test_transfers_tab import on_dialog

SHEET = "A4 3×8 (70×37)"
ROLL = "热敏 50×30"
WAIT_MS = 20_000
W = TypeVar("W", bound=QWidget)
_ALIVE: list[QWidget] = []


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the screens until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    _ALIVE.clear()


def held(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    _ALIVE.append(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def desk_of(db: Database, username: str) -> Desk:
    actor = login(db.sessions, username, DEMO_PASSWORD)
    return Desk(db, Path(db.engine.url.database or ".").parent, language="en", demo=True, actor=actor)


def open_labels(qtbot: QtBot, db: Database, username: str = "clerk") -> LabelsScreen:
    screen = held(qtbot, LabelsScreen(desk_of(db, username)))
    screen.reload()
    return screen


def panel_of(screen: LabelsScreen) -> LabelBatchPanel:
    assert screen.batch is not None
    return screen.batch


def ask(
    panel: LabelBatchPanel, kind: PayloadKind, text: str, preset: str, copies: int = 1, skip: int = 0
) -> None:
    """The batch as a person sets it up, checked at once rather than after the typing pause."""
    panel.codes.kind_choice.setCurrentIndex(panel.codes.kind_choice.findData(kind.value))
    panel.codes.box.setPlainText(text)
    panel.choose_preset(preset)
    panel.copies.setValue(copies)
    panel.skip.setValue(skip)
    panel.check_batch()


def sendable(panel: LabelBatchPanel) -> bool:
    return panel.print_button.isEnabled() and panel.save_button.isEnabled()


def refusal(panel: LabelBatchPanel) -> str:
    return panel.bar.text() if panel.bar.property("kind") == "error" and not panel.bar.isHidden() else ""


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the save dialog with `path`; the folder and name it offered are kept."""
    offered: list[str] = []

    def answer(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), "PDF documents (*.pdf)"

    monkeypatch.setattr(output.QFileDialog, "getSaveFileName", answer)
    return offered


def sent(qtbot: QtBot, panel: LabelBatchPanel, button: QWidget) -> tuple[str, str]:
    """Click Print… or Save as PDF… and wait for the worker's outcome."""
    with qtbot.waitSignal(panel.batch_ended, timeout=WAIT_MS) as ended:
        button.click()  # type: ignore[attr-defined]
    assert ended.args is not None
    return str(ended.args[0]), str(ended.args[1])


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for what the labels are written to (the test's database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# The screen


def test_the_presets_tab_lists_the_built_in_presets_which_can_be_duplicated_but_not_changed(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_labels(qtbot, demo_database)
    screen.show_tab("presets")
    tab = screen.presets
    assert tab is not None
    listed = tab.table.model.records()
    assert len(listed) == 8 and all(p.builtin for p in listed)
    model = tab.table.model
    row = next(i for i, p in enumerate(listed) if p.name == SHEET)
    assert [model.data(model.index(row, c)) for c in range(7)] == [
        SHEET,
        "Built in",
        "A4 label sheet",
        "70 × 37 mm",
        "3 × 8",
        "600 dpi",
        "M",
    ]
    tab.table.view.selectRow(row)
    assert tab.duplicate_button.isEnabled()
    assert not tab.edit_button.isEnabled() and "duplicate" in tab.edit_button.toolTip()
    assert not tab.delete_button.isEnabled() and "cannot be deleted" in tab.delete_button.toolTip()
    for button in (tab.new_button, tab.duplicate_button, tab.edit_button, tab.delete_button):
        assert button.height() >= MIN_TARGET_PX


def test_typed_codes_full_width_ones_too_give_the_summary_and_a_preview_of_the_sheet(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_labels(qtbot, demo_database)
    panel = panel_of(screen)
    assert not sendable(panel)
    panel.choose_preset(SHEET)
    panel.copies.setValue(4)
    panel.codes.box.setPlainText("P-000001, Ｐ－０００００２\np-000003")  # pasted, as from a document
    qtbot.waitUntil(lambda: panel.job is not None, timeout=WAIT_MS)  # after the typing pause
    assert panel.summary.text() == "12 labels on 1 sheet of A4 3×8 (70×37)"
    assert [item.code for item in panel.job.items] == ["P-000001", "P-000002", "P-000003"]
    assert sendable(panel)
    panel.preview.paint_now()
    image = panel.preview.canvas.image
    assert image is not None and not image.isNull()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, grey.height(), 2)
        for x in range(0, grey.width(), 2)
        if grey.pixelColor(x, y).value() < 100
    )
    assert dark > 500  # twelve QR codes and their text, not a blank page
    assert panel.preview.where.text() == "Page 1 of 1"
    panel.copies.setValue(10)  # 30 labels: two sheets
    assert panel.summary.text() == "30 labels on 2 sheets of A4 3×8 (70×37)"
    panel.preview.next_button.click()
    assert panel.preview.where.text() == "Page 2 of 2"


def test_a_roll_has_no_skip_and_a_sheet_skips_at_most_all_but_one_label(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.PRODUCT, "P-000001", ROLL)
    assert panel.skip.isHidden() and panel.skip_label.isHidden()
    assert panel.summary.text() == "1 label on 热敏 50×30 (Label roll)"
    ask(panel, PayloadKind.PRODUCT, "P-000001", SHEET, skip=30)
    assert not panel.skip.isHidden() and panel.skip.value() == 23


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("P-000001\nP_1", "“P_1” cannot go on a label"),
        ("P-000001 P-999998 P-999999", "No product has the code P-999998、P-999999."),
    ],
)
def test_a_code_that_cannot_be_printed_is_named_and_nothing_can_be_sent(
    qtbot: QtBot, demo_database: Database, english: None, text: str, named: str
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.PRODUCT, text, SHEET)
    assert named in refusal(panel)
    assert not sendable(panel)
    assert panel.preview.canvas.image is None  # no page of a batch that will not be printed
    ask(panel, PayloadKind.PRODUCT, "P-000001", SHEET)
    assert refusal(panel) == "" and sendable(panel)


def test_a_name_too_long_for_the_label_is_refused_before_printing(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with transaction(demo_database.sessions) as session:
        product = session.scalars(select(Product).where(Product.code == "P-000001")).one()
        product.name = "智能防走失定位手环（老人款）带一键呼救与跌倒检测" * 8
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.PRODUCT, "P-000001", "热敏 40×30")
    assert "too long for a 40×30 mm label" in refusal(panel)
    assert not sendable(panel)


def test_a_scanned_label_adds_its_code_and_on_an_empty_list_chooses_the_kind(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    type_scan(qtbot, panel.codes.scan, "ss:u:lx01-00001")
    assert panel.codes.kind() is PayloadKind.UNIT
    assert panel.codes.codes() == ["LX01-00001"]
    type_scan(qtbot, panel.codes.scan, "SS:P:P-000001")  # a product's label on a list of units
    assert "SS:P:P-000001 is the label of a product, but this list is of device units" in refusal(panel)
    assert panel.codes.codes() == ["LX01-00001"]


def test_a_label_scanned_in_the_window_while_printing_joins_the_batch(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="labels", user="clerk")
    screen = window.screens["labels"]
    assert isinstance(screen, LabelsScreen)
    window.open_scanned("SS:L:LX01-A1")
    panel = panel_of(screen)
    assert (panel.codes.kind(), panel.codes.codes()) == (PayloadKind.LOCATION, ["LX01-A1"])
    assert window.current_view() == "labels"
    assert window.notice.text() == "Scanned LX01-A1: added to the labels to print"
    screen.show_tab("presets")  # elsewhere on the screen a label opens its record, as anywhere
    window.open_scanned("SS:L:LX01-A2")
    assert window.current_view() == "centres"
    assert panel.codes.codes() == ["LX01-A1"]


def test_all_units_of_a_centre_and_what_it_received_today_fill_the_list(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_labels(qtbot, demo_database)
    panel = panel_of(screen)
    actor = screen.desk.actor
    assert actor is not None
    with reading(demo_database.sessions) as session:
        centre_id, code = session.execute(
            select(Centre.id, Centre.code).where(Centre.id.in_(actor.centre_ids))
        ).one()
        fleet = [item.code for item in centre_unit_labels(session, actor, code)]
    assert panel.centre.count() == 1 and panel.centre.centre_id() == centre_id  # the clerk's own centre
    panel.all_units()
    assert panel.codes.kind() is PayloadKind.UNIT and panel.codes.codes() == fleet
    assert panel.job is not None and panel.job.labels == len(fleet)
    panel.received_today()
    assert "received nothing on" in refusal(panel)
    assert panel.codes.codes() == fleet  # the list is left as it was
    with transaction(demo_database.sessions) as session:
        shelf = session.scalars(select(Location).where(Location.centre_id == centre_id)).first()
        product = session.scalars(select(Product).where(Product.code == "P-000003")).one()
        assert shelf is not None
        receive(session, actor, product.id, shelf.id, 3, "SD-20261129-1")
    panel.received_today()
    assert panel.codes.kind() is PayloadKind.PRODUCT
    assert panel.codes.codes() == ["P-000003"] * 3
    assert "holds 3 labels" in panel.bar.text()


# Out to a PDF or a printer


def test_save_as_pdf_writes_codes_that_decode_to_the_chosen_records_in_the_cells_after_the_skipped(
    qtbot: QtBot, demo_database: Database, english: None, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.PRODUCT, "P-000001 P-000003", SHEET, copies=2, skip=5)
    offered = save_as(monkeypatch, out / "shelf labels")  # the suffix is added
    outcome, sentence = sent(qtbot, panel, panel.save_button)
    target = out / "shelf labels.pdf"
    assert outcome == "done" and sentence == f"The labels were saved as {target} (1 page)."
    assert panel.bar.text().endswith(sentence)
    assert Path(offered[0]).name.startswith("labels-") and offered[0].endswith(".pdf")
    preset = panel.job.preset if panel.job is not None else None
    assert preset is not None
    (page,) = pdf_pages(target, 203)
    found = sorted((cell_at(r, preset, 203), r.text) for r in decoded(page))
    assert found == [
        ((0, 2), "SS:P:P-000001"),
        ((1, 2), "SS:P:P-000003"),
        ((2, 1), "SS:P:P-000001"),
        ((2, 2), "SS:P:P-000003"),
    ]
    assert sorted(p.name for p in out.iterdir()) == ["shelf labels.pdf"]


def test_a_name_typed_without_pdf_does_not_replace_a_file_without_asking(
    qtbot: QtBot, demo_database: Database, english: None, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.PRODUCT, "P-000001", SHEET)
    kept = out / "shelf labels.pdf"
    kept.write_bytes(b"yesterday's labels")
    save_as(monkeypatch, out / "shelf labels")
    asked: list[str] = []

    def keep_it(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(output.QMessageBox, "question", keep_it)
    panel.save_button.click()
    assert asked == ["shelf labels.pdf already exists. Replace it?"]
    assert kept.read_bytes() == b"yesterday's labels"
    assert panel.output.run is None  # nothing was started


def test_cancel_stops_the_worker_and_leaves_no_file(
    qtbot: QtBot, demo_database: Database, english: None, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    codes = " ".join(f"P-{n:06d}" for n in range(1, 61))
    ask(panel, PayloadKind.PRODUCT, codes, ROLL, copies=100)  # 6,000 pages: seconds of work
    assert panel.job is not None and panel.job.pages == 6000
    save_as(monkeypatch, out / "labels.pdf")
    with qtbot.waitSignal(panel.batch_ended, timeout=WAIT_MS) as ended:
        panel.save_button.click()
        run = panel.output.run
        assert run is not None
        assert not panel.save_button.isEnabled()  # one batch at a time
        qtbot.waitSignal(run.worker.progressed, timeout=WAIT_MS).wait()
        assert run.worker.isRunning()  # the window answers while the pages are painted
        run.cancel_button.click()
    assert ended.args == ["cancelled", "Saving the labels was cancelled; no PDF was written."]
    assert panel.bar.property("kind") == "info"  # the person's own choice, not a fault
    assert list(out.iterdir()) == []
    assert sendable(panel)


class PrintToFile:
    """The system print dialog, answered: the person chose to print to `path`."""

    path = Path()

    def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.path))
        return QDialog.DialogCode.Accepted


def test_print_sends_the_labels_on_pages_of_the_presets_size_through_the_print_dialog(
    qtbot: QtBot, demo_database: Database, english: None, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.UNIT, "LX01-00001 lx01-00002", ROLL, copies=2)
    monkeypatch.setattr(PrintToFile, "path", out / "printed.pdf")
    monkeypatch.setattr(output, "QPrintDialog", PrintToFile)
    outcome, sentence = sent(qtbot, panel, panel.print_button)
    assert outcome == "done" and sentence == f"The labels were sent to {out / 'printed.pdf'} (4 pages)."
    document = QPdfDocument()
    assert document.load(str(out / "printed.pdf")) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    assert (round(size.width() * MM_PER_INCH / 72), round(size.height() * MM_PER_INCH / 72)) == (50, 30)
    read = [r.text for page in pdf_pages(out / "printed.pdf", 300) for r in decoded(page)]
    assert read == ["SS:U:LX01-00001"] * 2 + ["SS:U:LX01-00002"] * 2


def test_a_printer_that_cannot_be_reached_is_a_sentence(
    qtbot: QtBot, demo_database: Database, english: None, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_of(open_labels(qtbot, demo_database))
    ask(panel, PayloadKind.CENTRE, "LX01", ROLL)
    monkeypatch.setattr(PrintToFile, "path", out / "gone" / "printer.pdf")
    monkeypatch.setattr(output, "QPrintDialog", PrintToFile)
    outcome, sentence = sent(qtbot, panel, panel.print_button)
    assert outcome == "failed" and "cannot be reached; check that it is on and connected" in sentence
    assert sentence in refusal(panel)
    assert sendable(panel)  # the person may try again


# Presets


class SavingPresetDialog:
    """The preset dialog as the person uses it: it saves, then is accepted."""

    def __init__(
        self, desk: Desk, actor: object, preset: PresetSpec | None, duplicate: bool, _parent: QWidget
    ):
        self.desk, self.actor, self.preset, self.duplicate = desk, actor, preset, duplicate

    def exec(self) -> QDialog.DialogCode:
        assert self.preset is not None and self.duplicate
        copy = PresetSpec(
            name="货架 A4 3×8",
            media=MediaKind.SHEET,
            page_width_mm=210,
            page_height_mm=297,
            label_width_mm=70,
            label_height_mm=37,
            columns=3,
            rows=8,
            margin_top_mm=0.5,
        )
        with transaction(self.desk.database.sessions) as session:
            save_preset(session, self.actor, copy)  # type: ignore[arg-type]
        return QDialog.DialogCode.Accepted


def test_a_duplicated_preset_is_listed_chosen_and_offered_for_printing_then_deleted(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(presets_tab, "PresetDialog", SavingPresetDialog)
    screen = open_labels(qtbot, demo_database)
    screen.show_tab("presets")
    tab = screen.presets
    assert tab is not None
    tab.table.view.selectRow(next(i for i, p in enumerate(tab.table.model.records()) if p.name == SHEET))
    tab.duplicate_button.click()
    chosen = tab.table.selected()
    assert chosen is not None and chosen.name == "货架 A4 3×8" and not chosen.builtin
    assert tab.bar.text().endswith("“货架 A4 3×8” was added.")
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    screen.show_tab("print")
    panel = panel_of(screen)
    assert "货架 A4 3×8" in [p.name for p in panel.presets]
    screen.show_tab("presets")
    monkeypatch.setattr(presets_tab, "confirm", lambda *_args: True)
    tab.delete_button.click()
    assert "货架 A4 3×8" not in [p.name for p in tab.table.model.records()]
    assert tab.bar.text().endswith("“货架 A4 3×8” was deleted.")


def test_new_preset_opens_the_preset_dialog_and_a_cancelled_one_changes_nothing(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_labels(qtbot, demo_database)
    screen.show_tab("presets")
    tab = screen.presets
    assert tab is not None
    seen: list[str] = []
    failures = on_dialog(PresetDialog, lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()))
    tab.new_button.click()
    assert failures == [] and seen == ["New label preset"]
    assert len(tab.table.model.records()) == 8 and tab.bar.isHidden()


# Printers


def test_the_printers_tab_shows_each_printers_calibration_and_reads_it_again_after_calibrating(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        printers_tab.QPrinterInfo,
        "availablePrinterNames",
        staticmethod(lambda: ["Zebra ZD421", "HP LaserJet"]),
    )
    screen = open_labels(qtbot, demo_database, "manager")
    actor = screen.desk.actor
    assert actor is not None

    class Calibrating:
        def __init__(self, desk: Desk, _actor: object, _parent: QWidget) -> None:
            self.desk = desk

        def exec(self) -> QDialog.DialogCode:
            with transaction(self.desk.database.sessions) as session:
                save_calibration(session, actor, "Zebra ZD421", Calibration(1.5, -0.5, 1.01, 1.0))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printers_tab, "CalibrationDialog", Calibrating)
    screen.show_tab("printers")
    tab = screen.tab("printers")
    assert isinstance(tab, printers_tab.PrintersTab)
    model = tab.table.model

    def rows() -> list[list[str]]:
        return [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]

    assert rows() == [
        ["HP LaserJet", "0.0 mm", "0.0 mm", "100.0 %", "100.0 %", "Not yet"],
        ["Zebra ZD421", "0.0 mm", "0.0 mm", "100.0 %", "100.0 %", "Not yet"],
    ]
    tab.calibrate_button.click()
    assert rows()[1] == ["Zebra ZD421", "1.5 mm", "-0.5 mm", "101.0 %", "100.0 %", "Yes"]


# Print labels… in the lists


def opened_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[LabelPrintDialog]:
    """The print dialogs the lists open, kept instead of shown."""
    opened: list[LabelPrintDialog] = []

    def keep(dialog: LabelPrintDialog) -> int:
        opened.append(dialog)
        _ALIVE.append(dialog)
        return 0

    monkeypatch.setattr(LabelPrintDialog, "exec", keep)
    return opened


def test_print_labels_in_the_catalogue_opens_the_dialog_with_the_chosen_products(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = opened_dialogs(monkeypatch)
    screen = held(qtbot, CatalogScreen(desk_of(demo_database, "editor")))
    screen.reload()
    tab = screen.products
    assert tab is not None
    assert tab.labels_button.isVisible() and not tab.labels_button.isEnabled()
    chosen = [tab.model.product(row) for row in (0, 2, 5)]
    selection = tab.table.selectionModel()
    for row in (0, 2, 5):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(tab.model.index(row, 1), flags)
    tab.labels_button.click()
    (dialog,) = opened
    assert dialog.panel.codes.kind() is PayloadKind.PRODUCT
    assert dialog.panel.codes.codes() == [p.code for p in chosen if p is not None]
    assert dialog.panel.job is not None and len(dialog.panel.job.items) == 3


def test_print_labels_on_the_units_tab_takes_the_chosen_unit_or_every_listed_one(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = opened_dialogs(monkeypatch)
    desk = desk_of(demo_database, "clerk")
    assert desk.actor is not None
    tab = held(qtbot, UnitsTab(desk, desk.actor))
    tab.reload()
    listed = [unit.asset_tag for unit in tab.table.model.records()]
    assert tab.labels_button.text() == "Print all labels…"
    tab.labels_button.click()
    tab.table.view.selectRow(2)
    assert tab.labels_button.text() == "Print label…"
    tab.labels_button.click()
    assert [d.panel.codes.codes() for d in opened] == [listed, [listed[2]]]
    assert all(d.panel.codes.kind() is PayloadKind.UNIT for d in opened)


def test_the_overview_prints_the_centres_label_and_its_chosen_locations(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = opened_dialogs(monkeypatch)
    desk = desk_of(demo_database, "manager")
    assert desk.actor is not None
    tab = held(qtbot, OverviewTab(desk, desk.actor))
    (centre_id,) = desk.actor.centre_ids
    with reading(demo_database.sessions) as session:
        tab.refresh(session, centre_id)
    assert tab.centre is not None
    tab.centre_label_button.click()
    assert not tab.location_labels_button.isEnabled()
    places = tab.locations.model.records()
    selection = tab.locations.view.selectionModel()
    for row in (0, 2):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(tab.locations.model.index(row, 0), flags)
    assert not tab.edit_location_button.isEnabled()  # one location is edited at a time
    tab.location_labels_button.click()
    centre, locations = opened
    assert (centre.panel.codes.kind(), centre.panel.codes.codes()) == (PayloadKind.CENTRE, [tab.centre.code])
    assert locations.panel.codes.kind() is PayloadKind.LOCATION
    assert locations.panel.codes.codes() == [f"{places[r].centre_code}-{places[r].code}" for r in (0, 2)]
    assert locations.panel.job is not None


def test_only_those_who_print_labels_see_the_buttons(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    kiosk = held(qtbot, CatalogScreen(desk_of(demo_database, "kiosk")))
    kiosk.reload()
    assert kiosk.products is not None and kiosk.products.labels_button.isHidden()
    editor = held(qtbot, CatalogScreen(desk_of(demo_database, "editor")))
    editor.reload()
    assert editor.products is not None and not editor.products.labels_button.isHidden()
