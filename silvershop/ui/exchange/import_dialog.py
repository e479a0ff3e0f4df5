"""Importing a 产品目录 sheet an enterprise or a district sent: choose the file and the catalogue it
files products under, see what importing it would do, then import it, or send the sender a report of
the rows to fix.

Nothing is written by choosing or checking a file. A file that cannot be read at all is refused in
one sentence on top of the dialog; rows that cannot be imported are listed with their column and
reason and left out of the import, which writes the others in one transaction after a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from silvershop.catalog.categories import category_refs
from silvershop.errors import SilvershopError
from silvershop.exchange.catalogue_import import Action, ImportPlan
from silvershop.exchange.importing import ImportResult, import_catalogue, preview_import
from silvershop.exchange.report import write_report
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.exchange import file_choice
from silvershop.ui.exchange.plan_lists import PlanLists
from silvershop.ui.exchange.running import Progress, Work, WorkbookRun
from silvershop.ui.exchange.scheme_choice import SchemeChoice
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import Form, MessageBar
from silvershop.ui.widgets.screen import SPACING

# The sender's own file comes back to them under this name, in their language.
REPORT_FILE = "{stem}_错误报告.xlsx"
SUCCEEDED, CANCELLED, FAILED = "succeeded", "cancelled", "failed"  # how a check, import or report ended


class ImportDialog(QDialog):
    """`imported()` once products were written, so the screens read the catalogue again; `ended(outcome)`
    after each check, import or report, SUCCEEDED, CANCELLED or FAILED."""

    imported = Signal()
    ended = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.source: Path | None = None
        self.plan: ImportPlan | None = None
        self.written = False  # the plan shown is what an import wrote, not what one would write
        self.report: Path | None = None
        self.run: WorkbookRun | None = None
        self.setWindowTitle(self.tr("Import catalogue workbook"))
        self.setMinimumSize(980, 720)
        self.bar = MessageBar()
        self.file = QLineEdit(readOnly=True)
        self.file.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = action_button(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.check_button = action_button(self.tr("Check again"))
        self.check_button.setToolTip(self.tr("Read the file again, after it was changed in Excel or WPS"))
        self.check_button.clicked.connect(self.check)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(large_target(self.file), 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.check_button)
        file_row.setFocusProxy(self.choose_button)
        self.scheme = SchemeChoice()
        self.form = Form()
        self.form.layout_.setHorizontalSpacing(16)
        self.form.add("file", self.tr("Workbook"), file_row)
        self.form.add("scheme", self.tr("Catalogue"), self.scheme)
        self.lists = PlanLists()
        self.lists.hide()
        self.buttons = QDialogButtonBox()
        self.report_button = self.buttons.addButton(
            self.tr("Save report for the sender…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.clicked.connect(self.save_report)
        self.folder_button = self.buttons.addButton(
            self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.hide()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_products)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        for button in (self.report_button, self.folder_button, self.import_button, self.close_button):
            large_target(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(SPACING)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Choose the 产品目录 workbook an enterprise or a district sent. A row adds a product, or "
                    "changes the one with the same maker and model; nothing is written until you import."
                ),
                objectName="note",
                wordWrap=True,
            )
        )
        layout.addWidget(self.bar)
        layout.addWidget(self.form)
        layout.addWidget(self.lists, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._offer()
        try:
            with desk.database.reading() as session:
                self.scheme.fill(session)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            self.choose_button.setEnabled(False)
        self.scheme.currentIndexChanged.connect(lambda _index: self.check())

    def _offer(self) -> None:
        """The buttons for what may be done with the file as checked, and the import's count on its button."""
        plan = None if self.written else self.plan
        count = 0 if plan is None else plan.count(Action.CREATE) + plan.count(Action.UPDATE)
        if count == 0:
            self.import_button.setText(self.tr("Nothing to import"))
        elif count == 1:
            self.import_button.setText(self.tr("Import 1 product"))
        else:
            self.import_button.setText(
                self.tr("Import {count} products").format(count=vocabulary.number(count))
            )
        self.import_button.setEnabled(count > 0)
        self.import_button.setDefault(count > 0)
        self.report_button.setEnabled(self.plan is not None and bool(self.plan.problems))
        self.check_button.setEnabled(self.source is not None)

    def choose_file(self) -> None:
        folder = self.source.parent if self.source is not None else file_choice.documents()
        path = file_choice.workbook_to_read(self, self.tr("Choose the workbook to import"), folder)
        if path is None:
            return
        self.source = path
        self.file.setText(str(path))
        self.check()

    def check(self) -> None:
        """What importing the file would do, read afresh: the file or the catalogue may have changed."""
        source = self.source
        if source is None:
            return
        self._show(None)
        database, actor = self.desk.database, self.actor
        key, edition = self.scheme.chosen()

        def work(progress: Progress) -> ImportPlan:
            return preview_import(database, actor, source, scheme=key, edition=edition, progress=progress)

        self._start(
            work,
            self.tr("Checking {file}").format(file=source.name),
            self._checked,
            self.tr("The check was cancelled; nothing was imported."),
        )

    def _checked(self, plan: ImportPlan) -> None:
        self._show(plan)
        self._end(SUCCEEDED, "")

    def import_products(self) -> None:
        source, plan = self.source, self.plan
        if source is None or plan is None or self.written:
            return
        database, actor = self.desk.database, self.actor
        key, edition = self.scheme.chosen()

        def work(progress: Progress) -> ImportResult:
            return import_catalogue(database, actor, source, scheme=key, edition=edition, progress=progress)

        self._start(
            work,
            self.tr("Importing {file}").format(file=source.name),
            self._imported,
            self.tr("The import was cancelled; nothing was imported."),
        )

    def _imported(self, result: ImportResult) -> None:
        self._show(result.plan, written=True)
        summary = result.plan.summary()
        if result.written:
            sentence = self.tr(
                "Imported {file}: {created} created, {updated} updated, {unchanged} unchanged, "
                "{rejected} rejected."
            ).format(**{k: vocabulary.number(v) if isinstance(v, int) else v for k, v in summary.items()})
        elif result.plan.products:
            sentence = self.tr(
                "Nothing was written: the catalogue already holds every product of {file} as it is."
            ).format(file=summary["file"])
        else:
            sentence = self.tr("Nothing was written: no row of {file} can be imported as it is.").format(
                file=summary["file"]
            )
        if result.plan.problems:
            sentence += " " + self.tr("The rejected rows were left out; the report for the sender says why.")
        if result.backup is not None:
            sentence += " " + self.tr(
                "A copy of the database from before the import is kept as {path}."
            ).format(path=result.backup)
        self._end(SUCCEEDED, sentence)
        if result.written:
            self.imported.emit()

    def save_report(self) -> None:
        """The sender's workbook with a 错误原因 column, saved where they can be sent it."""
        source, plan = self.source, self.plan
        if source is None or plan is None or not plan.problems:
            return
        suggested = file_choice.beside(source, REPORT_FILE.format(stem=source.stem))
        target = file_choice.workbook_to_write(self, self.tr("Save report for the sender"), suggested)
        if target is None:
            return

        def work(progress: Progress) -> Path:
            # Saved whole or not at all; a Cancel that comes once it is saved is too late to undo it,
            # and deleting it then would also lose the file it replaced.
            write_report(source, plan, target)
            return target

        self._start(
            work,
            self.tr("Saving the report for the sender"),
            self._reported,
            self.tr("Saving the report was cancelled; no report was written."),
        )

    def _reported(self, path: Path) -> None:
        self.report = path
        self.folder_button.show()
        self._end(
            SUCCEEDED,
            self.tr(
                "The report was saved as {path}, with the reason beside each rejected row. Send it back to "
                "the sender."
            ).format(path=path),
        )

    def _show_folder(self) -> None:
        if self.report is not None:
            file_choice.show_folder(self.report)

    def _start(self, work: Work, title: str, done: Callable[[Any], None], cancelled: str) -> None:
        self.bar.clear()
        self.form.clear_errors()
        first = self.tr("Opening {file}…").format(file=self.source.name if self.source else "")
        self.run = WorkbookRun(work, title, first, self._describe, self)
        self.run.succeeded.connect(done)
        self.run.cancelled.connect(lambda: self._end(CANCELLED, cancelled))
        self.run.failed.connect(lambda sentence: self._end(FAILED, sentence))
        self.run.start()

    def _describe(self, phase: str, done: int, total: int) -> str:
        number, of = vocabulary.number(done), vocabulary.number(total)
        if phase == "read":
            return self.tr("Reading row {done}…").format(done=number)
        if phase == "check":
            return self.tr("Checking row {done} of {total}…").format(done=number, total=of)
        if phase == "write":
            return self.tr("Writing product {done} of {total}…").format(done=number, total=of)
        return self.tr("Saving…")

    def _show(self, plan: ImportPlan | None, *, written: bool = False) -> None:
        self.plan = plan
        self.written = written
        if plan is not None:
            self.lists.show_plan(plan, self._assistive_codes(plan), done=written)
        self.lists.setVisible(plan is not None)
        self._offer()

    def _assistive_codes(self, plan: ImportPlan) -> dict[int, str]:
        """The codes of the assistive categories the changes name by id (12 22 03, not 57)."""
        ids = {
            value
            for product in plan.products
            for value in product.changes.get("assistive_category_id", ())
            if isinstance(value, int)
        }
        if not ids:
            return {}
        try:
            with self.desk.database.reading() as session:
                return {ref.id: ref.code for ref in category_refs(session, ids)}
        except SilvershopError:
            return {}  # the codes are a courtesy; the change is listed without them

    def _end(self, outcome: str, sentence: str) -> None:
        self.run = None
        if outcome == FAILED:
            self.bar.show_error(sentence)
        elif sentence:
            self.bar.show_info(sentence)
        self.ended.emit(outcome)
