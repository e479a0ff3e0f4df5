"""Importing the 产品目录 sheet an enterprise or a district sends: which rows create a product, which
update one, which change nothing, and which are rejected and why.

A product is found by its key, (统一社会信用代码, 型号规格); a model belongs to one applicant, so a
model already registered for another enterprise is a rejected row, not a second product. The plan is
made before anything is written, so the screen can show it and the sender's report can list every
rejected row; `import_writing` then writes the plan in the caller's transaction, all or nothing.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from sqlalchemy.orm import Session

from silvershop.catalog.models import ProductStatus
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.exchange import template as t
from silvershop.exchange.catalogue_rows import ParsedRow, RowProblem, RowReader, device_class_of
from silvershop.exchange.lookups import ImportLookups, StoredProduct, find_scheme
from silvershop.exchange.sheet_rows import Header, SheetRow, data_rows, find_header
from silvershop.exchange.workbook_file import FIELD, UnreadableWorkbook, open_workbook
from silvershop.security.permissions import Actor, Permission

DEFAULT_SCHEME = "miit_smart"
PROGRESS_EVERY = 250
# What a damaged sheet raises while it is read row by row, after the workbook itself opened; a zip
# entry whose flags were damaged claims to be encrypted or packed some other way (RuntimeError).
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    ParseError,
    KeyError,
    EOFError,
    ValueError,
    TypeError,
    RuntimeError,
)

Progress = Callable[[str, int, int], None]  # phase ("read", "check", "write"), done, total (0: unknown)


class ImportCancelled(SilvershopError):
    """The person stopped the import; the transaction is rolled back, so none of it remains."""


def cancelled() -> ImportCancelled:
    return ImportCancelled(QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was imported."))


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class PlannedProduct:
    row: int
    action: Action
    name: str
    model: str
    maker: str
    credit_code: str
    maker_division: str
    category_id: int
    product_id: int | None  # None for a new product
    values: dict[str, Any]  # a new product: all of them; an update: the new values of what changes
    changes: dict[str, tuple[Any, Any]]  # an update: (old, new) for the audit log and the preview
    category_ids: frozenset[int]  # the product's categories in every scheme after the import


@dataclass
class ImportPlan:
    file: str
    sheet: str
    header_row: int
    columns: dict[str, int]
    scheme_name: str
    edition: str
    rows: int = 0
    products: list[PlannedProduct] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    new_enterprises: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → (name, division)
    category_labels: dict[int, str] = field(default_factory=dict)

    def count(self, action: Action) -> int:
        return sum(1 for product in self.products if product.action is action)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    def summary(self) -> dict[str, Any]:
        """The counts and the rejected rows, as `--json` prints them."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "scheme": f"{self.scheme_name} {self.edition}",
            "rows": self.rows,
            "created": self.count(Action.CREATE),
            "updated": self.count(Action.UPDATE),
            "unchanged": self.count(Action.UNCHANGED),
            "rejected": len(self.rejected_rows),
            "new_enterprises": len(self.new_enterprises),
            "rejected_rows": [
                {"row": p.row, "column": p.column, "reason": p.reason()} for p in self.problems
            ],
        }


@dataclass(frozen=True)
class SheetData:
    """The rows of a sender's products sheet, read before any transaction begins."""

    file: str
    header: Header
    rows: list[SheetRow]


def read_sheet(path: Path, progress: Progress | None = None) -> SheetData:
    """The products sheet of `path`, or UnreadableWorkbook saying why the file cannot be read at all."""
    workbook = open_workbook(path)
    try:
        sheet, header = find_header(workbook)
        rows: list[SheetRow] = []
        for row in data_rows(sheet, header):
            rows.append(row)
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress("read", len(rows), 0)
        return SheetData(path.name, header, rows)
    except _DAMAGE as exc:
        raise UnreadableWorkbook(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is damaged or is not an Excel workbook, so it cannot be read. Ask the sender "
                "to save it again as .xlsx and send it once more.",
            ),
            field=FIELD,
            name=path.name,
        ) from exc
    finally:
        workbook.close()


def plan_import(
    session: Session,
    actor: Actor,
    data: SheetData,
    *,
    scheme: str = DEFAULT_SCHEME,
    edition: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing `data` would do, with every rejected row and its reasons; nothing is written."""
    actor.require(Permission.EDIT_CATALOGUE)
    chosen = find_scheme(session, scheme, edition)
    header, rows = data.header, data.rows
    lookups = ImportLookups(session, chosen)
    plan = ImportPlan(
        file=data.file,
        sheet=header.sheet,
        header_row=header.row,
        columns=dict(header.columns),
        scheme_name=chosen.name,
        edition=chosen.edition,
        rows=len(rows),
        category_labels=lookups.category_labels,
    )
    reader = RowReader(lookups, frozenset(header.columns))
    parsed: list[ParsedRow] = []
    for done, row in enumerate(rows, 1):
        parsed.append(reader.read(row))
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress("check", done, len(rows))
    stored = lookups.products(p.model_key for p in parsed if not p.problems)
    scheme_categories = frozenset(lookups.category_labels)
    _Resolver(plan, lookups, stored, scheme_categories).resolve(parsed)
    if progress is not None:
        progress("check", len(rows), len(rows))
    return plan


class _Resolver:
    """Decides each good row's fate against the database and the rows above it in the file."""

    def __init__(
        self,
        plan: ImportPlan,
        lookups: ImportLookups,
        stored: dict[str, list[StoredProduct]],
        scheme_categories: frozenset[int],
    ) -> None:
        self.plan = plan
        self.lookups = lookups
        self.stored = stored
        self.scheme_categories = scheme_categories
        self.keys_seen: dict[tuple[str, str], int] = {}
        self.models_seen: dict[str, tuple[str, int]] = {}
        self.names_seen: dict[str, tuple[str, int]] = {}  # a new maker's folded name → (code, row)
        self.codes_seen: dict[str, tuple[str, int]] = {}  # a new maker's code → (folded name, row)

    def resolve(self, parsed: list[ParsedRow]) -> None:
        for row in parsed:
            if not row.problems:
                self._resolve(row)
            self.plan.problems.extend(row.problems)

    @staticmethod
    def _refuse(parsed: ParsedRow, column: t.Column, message: str, **params: Any) -> None:
        parsed.problems.append(
            RowProblem(parsed.number, column.name, ValidationError(message, field=column.name, **params))
        )

    def _resolve(self, row: ParsedRow) -> None:
        key = (row.credit_code, row.model_key)
        if key in self.keys_seen:
            self._refuse(
                row,
                t.MODEL,
                QT_TRANSLATE_NOOP(
                    "errors", "Row {first} already has this enterprise and model; list each product once."
                ),
                first=self.keys_seen[key],
            )
            return
        other = self.models_seen.get(row.model_key)
        if other is not None and other[0] != row.credit_code:
            self._refuse(
                row,
                t.MODEL,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Row {first} has this model for another enterprise; each model has one applicant. "
                    "Check the model or the credit code.",
                ),
                first=other[1],
            )
            return
        if not self._enterprise_fits(row):
            return
        target = self._target(row)
        if row.problems:
            return
        if target is None:
            self._create(row)
        else:
            self._update(row, target)
        if row.problems:
            return
        # Only an accepted row stands for its key, its model and its maker in the rows below it.
        self.keys_seen[key] = row.number
        self.models_seen[row.model_key] = (row.credit_code, row.number)
        if self.lookups.enterprise(row.credit_code) is None:
            folded = self.lookups.fold_name(row.maker)
            self.names_seen.setdefault(folded, (row.credit_code, row.number))
            self.codes_seen.setdefault(row.credit_code, (folded, row.number))
            self.plan.new_enterprises.setdefault(row.credit_code, (row.maker, row.maker_division))

    def _enterprise_fits(self, row: ParsedRow) -> bool:
        """The row's maker and credit code name one enterprise: the registered one, or one new to the
        catalogue that is not registered under another code, nor given another name above."""
        folded = self.lookups.fold_name(row.maker)
        known = self.lookups.enterprise(row.credit_code)
        if known is not None:
            if self.lookups.fold_name(known.name) == folded:
                return True
            self._refuse(
                row,
                t.MAKER,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The credit code {code} is registered to {registered}, not to {maker}. Check the credit "
                    "code (it may be copied from the row above), or write the name as registered.",
                ),
                code=row.credit_code,
                registered=known.name,
                maker=row.maker,
            )
            return False
        named = self.codes_seen.get(row.credit_code)
        if named is not None and named[0] != folded:
            self._refuse(
                row,
                t.MAKER,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Row {first} gives the credit code {code} to another enterprise name; one code is one "
                    "enterprise. Check the name or the code.",
                ),
                first=named[1],
                code=row.credit_code,
            )
            return False
        for same in self.lookups.namesakes(row.maker):
            self._refuse(
                row,
                t.MAKER,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is already registered, with the credit code {code}. If it is the same "
                    "enterprise, write that code; if it is another one, write its name as on its licence.",
                ),
                name=same.name,
                code=same.credit_code,
            )
            return False
        first = self.names_seen.get(folded)
        if first is not None and first[0] != row.credit_code:
            self._refuse(
                row,
                t.CREDIT_CODE,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Row {first} gives {name} another credit code; one enterprise has one code. "
                    "Check which code is right.",
                ),
                first=first[1],
                name=row.maker,
            )
            return False
        return True

    def _target(self, row: ParsedRow) -> StoredProduct | None:
        """The stored product this row updates, or None for a new one; a model of another maker is refused."""
        known = self.lookups.enterprise(row.credit_code)
        for product in self.stored.get(row.model_key, []):
            if known is not None and product.enterprise_id == known.id:
                return product
        for product in self.stored.get(row.model_key, []):
            maker = self.lookups.enterprise_by_id(product.enterprise_id)
            self._refuse(
                row,
                t.MODEL,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The model {model} is already registered for {enterprise} ({code} {name}); "
                    "each model has one applicant. Check the model and the credit code.",
                ),
                model=product.values["model"],
                enterprise=maker.name if maker else "",
                code=product.code,
                name=product.values["name"],
            )
        return None

    def _between_cells(self, row: ParsedRow, values: dict[str, Any]) -> None:
        """The rules between columns, on the product as it would be: the row over what is stored."""
        if values["is_medical_device"]:
            if not values["registration_no"]:
                self._refuse(
                    row,
                    t.REGISTRATION,
                    QT_TRANSLATE_NOOP(
                        "errors", "A medical device needs its registration number (注册证号 or 备案号)."
                    ),
                )
            elif not values["device_class"]:
                self._refuse(
                    row,
                    t.REGISTRATION,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The class of this medical device cannot be read from its registration number. "
                        "Check the number (such as 苏械注准20222040123), or add a column 管理类别 "
                        "with I, II or III.",
                    ),
                )
        else:
            values["device_class"] = ""  # as the product form: what is left there does not apply
            values["registration_no"] = ""
        if values["rentable"] and values["monthly_rent_fen"] is None:
            self._refuse(row, t.RENT, QT_TRANSLATE_NOOP("errors", "A rentable product needs a monthly rent."))
        if values["rentable"] and values["deposit_fen"] is None:
            self._refuse(
                row,
                t.DEPOSIT,
                QT_TRANSLATE_NOOP("errors", "A rentable product needs a deposit; enter 0 if none is taken."),
            )

    def _create(self, row: ParsedRow) -> None:
        values: dict[str, Any] = dict(NEW_PRODUCT) | row.values
        if values["is_medical_device"] and not values["device_class"]:
            values["device_class"] = device_class_of(values["registration_no"])
        self._between_cells(row, values)
        if row.problems:
            return
        values["status"] = ProductStatus.LISTED if values.get("listing_year") else ProductStatus.SUBMITTED
        self._plan(row, Action.CREATE, None, values, {}, frozenset({row.category_id or 0}))

    def _update(self, row: ParsedRow, stored: StoredProduct) -> None:
        after = dict(stored.values) | row.values
        if after["is_medical_device"] and not row.values.get("device_class"):
            # Without a 管理类别 column the class is the stored one, unless the number it was read
            # from has changed: a class set by hand (III for a 械注准 number) is not read over.
            kept = stored.values["device_class"] if stored.values["is_medical_device"] else ""
            if after["registration_no"] == stored.values["registration_no"] and kept:
                after["device_class"] = kept
            else:
                after["device_class"] = device_class_of(after["registration_no"]) or kept
        self._between_cells(row, after)
        if stored.units_in_service and not after["rentable"]:
            self._refuse(
                row,
                t.RENTABLE,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} device units of this product are still in service, so it stays rentable. "
                    "Write 是 here, or retire those units first.",
                ),
                count=stored.units_in_service,
            )
        if stored.status is ProductStatus.LISTED and after.get("listing_year") is None:
            self._refuse(
                row,
                t.LISTING_YEAR,
                QT_TRANSLATE_NOOP("errors", "A listed product needs its listing year (入选年度)."),
            )
        if row.problems:
            return
        changes = {k: (stored.values[k], v) for k, v in after.items() if stored.values[k] != v}
        categories = stored.category_ids  # a row names one category: any of the product's is its own
        if row.category_id not in stored.category_ids:
            categories = (stored.category_ids - self.scheme_categories) | {row.category_id or 0}
        if categories != stored.category_ids:
            labels = self.lookups.category_labels
            old = ", ".join(sorted(labels[c] for c in stored.category_ids & self.scheme_categories))
            changes["categories"] = (old, labels[row.category_id or 0])
        action = Action.UPDATE if changes else Action.UNCHANGED
        new_values = {k: new for k, (_old, new) in changes.items() if k != "categories"}
        self._plan(row, action, stored.id, new_values, changes, frozenset(categories))

    def _plan(
        self,
        row: ParsedRow,
        action: Action,
        product_id: int | None,
        values: dict[str, Any],
        changes: dict[str, tuple[Any, Any]],
        categories: frozenset[int],
    ) -> None:
        self.plan.products.append(
            PlannedProduct(
                row=row.number,
                action=action,
                name=row.values.get("name", ""),
                model=row.values.get("model", ""),
                maker=row.maker,
                credit_code=row.credit_code,
                maker_division=row.maker_division,
                category_id=row.category_id or 0,
                product_id=product_id,
                values=values,
                changes=changes,
                category_ids=categories,
            )
        )


# A new product's columns that its row may leave out of the sheet.
NEW_PRODUCT: dict[str, Any] = {
    "brand": "",
    "scenario": "",
    "is_medical_device": False,
    "device_class": "",
    "registration_no": "",
    "assistive_category_id": None,
    "reference_price_fen": None,
    "rentable": False,
    "monthly_rent_fen": None,
    "deposit_fen": None,
    "description": "",
    "listing_year": None,
    "recommending_unit": "",
}
