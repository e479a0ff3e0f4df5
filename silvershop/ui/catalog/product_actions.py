"""What people do with the chosen product from the list: a catalogue editor adds, edits, adds
photos, archives and deletes, each one user action in one transaction; anyone asks where to find it,
and whoever prints labels prints them for the products chosen.

Deleting is for a product entered by mistake. Once centres, the rental desk or visitors have used
a product the service refuses, saying what uses it; the refusal is shown as it is and archiving is
offered in its place, since that is what the person almost certainly wants next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from silvershop.catalog.browse import ProductRow
from silvershop.catalog.images import add_image
from silvershop.catalog.products import archive_product, delete_product, product_details
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind
from silvershop.ui.catalog.photos import choose_photo_files, read_photo
from silvershop.ui.catalog.product_dialog import ProductDialog
from silvershop.ui.catalog.where_to_find import WhereToFindDialog
from silvershop.ui.labels.print_dialog import LabelPrintDialog
from silvershop.ui.widgets.form_dialog import confirm

if TYPE_CHECKING:
    from silvershop.ui.catalog.products_tab import ProductsTab

MAX_LABELLED = 1000  # products labelled from the list at once: ten pages of it read


class ProductActions(QObject):
    def __init__(self, tab: ProductsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def _chosen(self) -> ProductRow | None:
        product_id = self.tab.selected_id()
        row = self.tab.model.row_of(product_id) if product_id is not None else None
        return self.tab.model.product(row) if row is not None else None

    def new(self) -> None:
        tab = self.tab
        dialog = ProductDialog(tab.desk, tab.actor, tab.schemes, tab.enterprises, None, tab)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._done(self.tr("{code} {name} was added.").format(code=saved.code, name=saved.name), saved.id)

    def edit(self) -> None:
        tab = self.tab
        chosen = self._chosen()
        if chosen is None or not tab.may_edit:
            return
        try:
            with tab.desk.database.reading() as session:
                details = product_details(session, tab.actor, chosen.id)
        except SilvershopError as err:
            tab.bar.show_error(err.localized())
            return
        dialog = ProductDialog(tab.desk, tab.actor, tab.schemes, tab.enterprises, details, tab)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._done(self.tr("{code} {name} was saved.").format(code=saved.code, name=saved.name), saved.id)

    def where_to_find(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            WhereToFindDialog(self.tab.desk, chosen, self.tab).exec()

    def print_labels(self) -> None:
        """Labels for every product chosen in the list, in the list's order. Each row is read with its
        page, so a choice of the whole catalogue is refused rather than read whole."""
        tab = self.tab
        rows = sorted(index.row() for index in tab.table.selectionModel().selectedRows())
        if len(rows) > MAX_LABELLED:
            tab.bar.show_error(
                self.tr(
                    "Choose at most {most} products to label from the list; {count} are chosen. For more, "
                    "print them in several batches."
                ).format(most=MAX_LABELLED, count=len(rows))
            )
            return
        codes = [product.code for row in rows if (product := tab.model.product(row)) is not None]
        if codes:
            LabelPrintDialog(tab.desk, tab.actor, PayloadKind.PRODUCT, codes, tab).exec()

    def add_photo(self) -> None:
        tab = self.tab
        chosen = self._chosen()
        if chosen is None:
            return
        paths = choose_photo_files(tab)
        if not paths:
            return
        try:
            with transaction(tab.desk.database.sessions) as session:
                for path in paths:
                    add_image(session, tab.actor, chosen.id, read_photo(path), path.name)
        except SilvershopError as err:
            tab.bar.show_error(err.localized())
            return
        sentence = (
            self.tr("A photo was added to {name}.")
            if len(paths) == 1
            else self.tr("{count} photos were added to {name}.")
        )
        self._done(sentence.format(count=len(paths), name=chosen.name), chosen.id)

    def archive(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._archive(chosen)

    def _archive(self, chosen: ProductRow) -> None:
        tab = self.tab
        try:
            with transaction(tab.desk.database.sessions) as session:
                archive_product(session, tab.actor, chosen.id)
        except SilvershopError as err:
            tab.bar.show_error(err.localized())
            return
        self._done(
            self.tr(
                "{name} is archived: it stays in the records but leaves the catalogue. Choose “All "
                "statuses” to see it again; Edit gives it back another status."
            ).format(name=chosen.name),
            chosen.id,
        )

    def delete(self) -> None:
        tab = self.tab
        chosen = self._chosen()
        if chosen is None or not confirm(
            tab,
            self.tr("Delete product"),
            self.tr(
                "Delete {code} {name} with its photos? This cannot be undone. Only a product entered by "
                "mistake should be deleted; archive one that has left the catalogue."
            ).format(code=chosen.code, name=chosen.name),
            self.tr("Delete"),
        ):
            return
        try:
            with transaction(tab.desk.database.sessions) as session:
                delete_product(session, tab.actor, chosen.id)
        except SilvershopError as err:
            if self._offer_archive(err.localized()):
                self._archive(chosen)
            else:
                tab.bar.show_error(err.localized())
            return
        self._done(self.tr("{code} {name} was deleted.").format(code=chosen.code, name=chosen.name), None)

    def _offer_archive(self, refusal: str) -> bool:
        """The service's reason, and Archive as the way out; Cancel is the default."""
        title = self.tr("The product cannot be deleted")
        return confirm(self.tab, title, refusal, self.tr("Archive"), QMessageBox.Icon.Information)

    def _done(self, sentence: str, keep: int | None) -> None:
        tab = self.tab
        tab.changed.emit()  # the screen reads every tab again, this list included
        if keep is not None:
            tab.select(keep)
        tab.bar.show_info(sentence)
