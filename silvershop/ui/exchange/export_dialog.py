"""Exporting the bureau's submission workbook: which catalogue, which products, whose part of the city,
and the office that submits it; then where to save it.

A refusal (no status ticked, no office named) stays under its field before any file is asked for. The
dialog stays open after the export and says what was written, with a way to the folder, so the file
can be attached to the submission at once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from silvershop.catalog.models import ProductStatus
from silvershop.centres.directory import list_districts
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.exchange.bureau_export import ExportSummary, checked_office, checked_target, export_catalogue
from silvershop.exchange.bureau_rows import DEFAULT_STATUSES, ExportChoice
from silvershop.security import settings
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.exchange import file_choice
from silvershop.ui.exchange.running import Progress, WorkbookRun
from silvershop.ui.exchange.scheme_choice import SchemeChoice
from silvershop.ui.widgets.choices import Choices
from silvershop.ui.widgets.form_dialog import DeskDialog, fit_height, large_target

# The bureau's document, named in its language whatever language the screen speaks.
BUREAU_FILE = "产品目录填报_{day}.xlsx"
OFFICE = "office"  # the field, as `checked_office` names it in a refusal
STATUS = "status"
MINIMUM_WIDTH = 680
STATUSES = (ProductStatus.LISTED, ProductStatus.SUBMITTED, ProductStatus.DRAFT, ProductStatus.ARCHIVED)
# The domain's own refusal names the command line's --office; this one says where the desk sets it.
_NO_OFFICE = QT_TRANSLATE_NOOP(
    "errors",
    "Write the office that submits the workbook (填报单位). An administrator can keep it in Settings → "
    "Desk and data, so that it is filled in here.",
)
_NO_STATUS = QT_TRANSLATE_NOOP(
    "errors", "Tick at least one status: the workbook lists the products that have it."
)
SUCCEEDED, CANCELLED, FAILED = "succeeded", "cancelled", "failed"  # how an export ended


class ExportDialog(DeskDialog):
    """`ended(outcome)` after each export, SUCCEEDED, CANCELLED or FAILED; `written` is the last
    workbook saved."""

    ended = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export bureau workbook"),
            self.tr("Export…"),
            desk,
            actor,
            parent,
            intro=self.tr(
                "The submission workbook in the bureau's template: the products, their makers, the "
                "experience centres and the rental figures, with nothing about any resident."
            ),
        )
        self.setMinimumWidth(MINIMUM_WIDTH)  # the longest catalogue's name, with its edition
        self.scheme = self.add("scheme", self.tr("Catalogue"), SchemeChoice())
        self.statuses: Choices[ProductStatus] = self.add(
            STATUS,
            self.tr("Products that are"),
            Choices([(s, vocabulary.word(s)) for s in STATUSES], per_row=2),
        )
        self.statuses.choose(DEFAULT_STATUSES)
        self.district = self.add("district", self.tr("District"), QComboBox())
        self.office = self.add(OFFICE, self.tr("Submitting office (填报单位)"), QLineEdit())
        self.office.setClearButtonEnabled(True)
        self.open_folder = large_target(
            self.buttons.addButton(self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole)
        )
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._show_folder)
        self.run: WorkbookRun | None = None
        self.written: Path | None = None
        self._read()

    def _read(self) -> None:
        try:
            with self.desk.database.reading() as session:
                self.scheme.fill(session)
                districts = list_districts(session)
                office = str(settings.get(session, settings.SUBMITTING_OFFICE))
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            self.action.setEnabled(False)
            return
        self.district.addItem(self.tr("All districts"), "")
        for district in districts:
            self.district.addItem(district.name, district.code)
        self.office.setText(office)

    def accept(self) -> None:
        """The dialog stays open while the workbook is written, and after, to say what was written."""
        try:
            self.submit()
        except SilvershopError as err:
            self.show_error(err)

    def submit(self) -> None:
        statuses = tuple(self.statuses.chosen())
        if not statuses:
            raise ValidationError(_NO_STATUS, field=STATUS)
        if not self.office.text().strip():
            raise ValidationError(_NO_OFFICE, field=OFFICE)
        try:
            office = checked_office(self.office.text())
        except SilvershopError as err:
            err.field = OFFICE  # a name too long is refused as the shared setting's, which is this field
            raise
        for form in self.forms:
            form.clear_errors()
        self.bar.clear()
        today = local_today()
        suggested = file_choice.documents() / BUREAU_FILE.format(day=today.isoformat())
        target = file_choice.workbook_to_write(self, self.windowTitle(), suggested)
        if target is None:
            return
        key, edition = self.scheme.chosen()
        choice = ExportChoice(key, edition, statuses, str(self.district.currentData() or ""))
        self._start(checked_target(target), choice, office, today)

    def _start(self, target: Path, choice: ExportChoice, office: str, today: date) -> None:
        database, actor = self.desk.database, self.actor

        def work(progress: Progress) -> ExportSummary:
            return export_catalogue(
                database,
                actor,
                target,
                choice,
                office=office,
                today=today,
                progress=lambda done, total: progress("write", done, total),
            )

        self.run = WorkbookRun(
            work, self.windowTitle(), self.tr("Reading the catalogue…"), self._describe, self
        )
        self.run.succeeded.connect(self._exported)
        self.run.cancelled.connect(
            lambda: self._end(CANCELLED, self.tr("The export was cancelled; no workbook was written."))
        )
        self.run.failed.connect(lambda sentence: self._end(FAILED, sentence))
        self.run.start()

    def _describe(self, phase: str, done: int, total: int) -> str:
        if phase == "write":
            return self.tr("Writing row {done} of {total}…").format(
                done=vocabulary.number(done), total=vocabulary.number(total)
            )
        return self.tr("Saving the workbook…")

    def _exported(self, summary: ExportSummary) -> None:
        self.written = summary.path
        self.open_folder.show()
        self.cancel.setText(self.tr("Close"))
        self._end(
            SUCCEEDED,
            self.tr(
                "Saved as {path}: {products} products of {scheme} from {enterprises} enterprises, "
                "{centres} experience centres and {months} rows of monthly rental figures."
            ).format(
                path=summary.path,
                products=vocabulary.number(summary.products),
                scheme=summary.scheme,
                enterprises=vocabulary.number(summary.enterprises),
                centres=vocabulary.number(summary.centres),
                months=vocabulary.number(summary.rental_months),
            ),
        )

    def _show_folder(self) -> None:
        if self.written is not None:
            file_choice.show_folder(self.written)

    def _end(self, outcome: str, sentence: str) -> None:
        self.run = None
        if outcome == FAILED:
            self.bar.show_error(sentence)
        else:
            self.bar.show_info(sentence)
        fit_height(self)
        self.ended.emit(outcome)
