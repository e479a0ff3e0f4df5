"""One row of a sender's 产品目录 sheet read into a product, or the reasons it cannot be one.

Every cell is checked on its own, so a sender who mistyped three cells of a row learns all three at
once rather than one per resend. The rules are the catalogue's (`product_checks`, `enterprise_checks`,
`credit_code`, `money`); this module applies them to spreadsheet cells, against lookups read once for
the whole file (`ImportLookups`) instead of a query per row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from silvershop.catalog import text_fields
from silvershop.catalog.credit_code import division_of, validate_credit_code
from silvershop.catalog.enterprise_checks import is_division_code, tidy_credit_code
from silvershop.catalog.product_checks import DESCRIPTION_LIMIT, DEVICE_CLASSES, FIRST_LISTING_YEAR
from silvershop.catalog.search_keys import fold, to_simplified
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange import cells
from silvershop.exchange import template as t
from silvershop.exchange.lookups import ImportLookups
from silvershop.exchange.sheet_rows import SheetRow

# 械备 is a filing (class I); in a registration number 械注准/械注进/械注许 the digit after the
# four-digit year is the class (苏械注准20222040123 is class II).
_FILING = re.compile(r"械备")
_REGISTRATION = re.compile(r"械注[准进许]\s*([0-9]{4})([123])")
_COMPUTED = frozenset(column.name for column in t.COMPUTED)  # not read, so a formula there is harmless
_CLASSES = {
    "1": "I",
    "2": "II",
    "3": "III",
    "一": "I",
    "二": "II",
    "三": "III",
    "Ⅰ": "I",
    "Ⅱ": "II",
    "Ⅲ": "III",
}


@dataclass(frozen=True)
class RowProblem:
    """Why one cell (or, with `column` empty, the whole row) keeps a row out of the catalogue."""

    row: int
    column: str
    error: ValidationError

    def reason(self) -> str:
        return self.error.localized()


@dataclass
class ParsedRow:
    """A row's cells in the stored form; `values` holds only the columns the sheet has."""

    number: int
    credit_code: str = ""
    maker: str = ""
    maker_division: str = ""
    model_key: str = ""
    category_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)


def _limited(value: Any, limit: int, column: t.Column) -> str:
    """Free text as the product form keeps it (one line, within `limit`), in simplified characters;
    full-width punctuation (：；) is Chinese and stays."""
    return text_fields.limited(to_simplified(cells.words(value, field=column.name)), limit, column.name)


def _required(value: str, column: t.Column) -> str:
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{column} is empty; every product needs it."),
            field=column.name,
            column=column.name,
        )
    return value


class RowReader:
    """Reads rows against one file's lookups; `read` never raises, it lists the problems."""

    def __init__(self, lookups: ImportLookups, present: frozenset[str]) -> None:
        self.lookups = lookups
        self.present = present
        self.this_year = local_today().year
        steps: list[tuple[t.Column, Callable[[Any, ParsedRow], None]]] = [
            (t.CATEGORY, self._category),
            (t.NAME, self._name),
            (t.MODEL, self._model),
            (t.BRAND, lambda v, p: self._text(v, p, t.BRAND, "brand", 120)),
            (t.MAKER, self._maker),
            (t.CREDIT_CODE, self._credit_code),
            (t.SCENARIO, lambda v, p: self._text(v, p, t.SCENARIO, "scenario", 200)),
            (t.MEDICAL, lambda v, p: self._flag(v, p, t.MEDICAL, "is_medical_device")),
            (t.REGISTRATION, lambda v, p: self._text(v, p, t.REGISTRATION, "registration_no", 80)),
            (t.DEVICE_CLASS, self._device_class),
            (t.ASSISTIVE_CODE, self._assistive),
            (t.PRICE, lambda v, p: self._money(v, p, t.PRICE, "reference_price_fen")),
            (t.RENTABLE, lambda v, p: self._flag(v, p, t.RENTABLE, "rentable")),
            (t.RENT, lambda v, p: self._money(v, p, t.RENT, "monthly_rent_fen")),
            (t.DEPOSIT, lambda v, p: self._money(v, p, t.DEPOSIT, "deposit_fen")),
            (t.DESCRIPTION, self._description),
            (t.LISTING_YEAR, self._listing_year),
            (t.RECOMMENDER, lambda v, p: self._text(v, p, t.RECOMMENDER, "recommending_unit", 200)),
        ]
        self.steps = [(column, step) for column, step in steps if column.name in present]

    def read(self, row: SheetRow) -> ParsedRow:
        parsed = ParsedRow(row.number)
        for name, value in row.values.items():
            if cells.is_formula(value) and name not in _COMPUTED:
                parsed.problems.append(self._formula(row.number, name, value))
        spoiled = {problem.column for problem in parsed.problems}
        for column, step in self.steps:
            if column.name not in spoiled:
                try:
                    step(row.values.get(column.name), parsed)
                except ValidationError as err:
                    parsed.problems.append(RowProblem(row.number, column.name, err))
        if not parsed.problems:
            self._division(row.values.get(t.MAKER_DIVISION.name), parsed)
        return parsed

    @staticmethod
    def _formula(number: int, column: str, value: Any) -> RowProblem:
        error = ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This cell holds a formula ({formula}), not a value. Copy the column and paste it back "
                "as values (Paste Special → Values), then send the file again.",
            ),
            field=column,
            formula=str(value)[:40] if isinstance(value, str) else "",
        )
        return RowProblem(number, column, error)

    def _category(self, value: Any, parsed: ParsedRow) -> None:
        written = _required(cells.words(value, field=t.CATEGORY.name), t.CATEGORY)
        parsed.category_id = self.lookups.category(written)

    def _name(self, value: Any, parsed: ParsedRow) -> None:
        parsed.values["name"] = _required(_limited(value, 200, t.NAME), t.NAME)

    def _model(self, value: Any, parsed: ParsedRow) -> None:
        typed = cells.words(value, field=t.MODEL.name)
        model = _required(" ".join(unicodedata.normalize("NFKC", typed).split()), t.MODEL)
        if len(model) > 120:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The model is too long (120 characters at most)."),
                field=t.MODEL.name,
            )
        parsed.values["model"] = model
        parsed.model_key = fold(model)

    def _maker(self, value: Any, parsed: ParsedRow) -> None:
        parsed.maker = _required(_limited(value, 200, t.MAKER), t.MAKER)

    def _credit_code(self, value: Any, parsed: ParsedRow) -> None:
        written = _required(cells.code(value, field=t.CREDIT_CODE.name), t.CREDIT_CODE)
        try:
            parsed.credit_code = validate_credit_code(tidy_credit_code(written))
        except ValidationError as err:
            err.field = t.CREDIT_CODE.name
            raise

    def _division(self, value: Any, parsed: ParsedRow) -> None:
        """The maker's division as written, else the one in its credit code; a known maker keeps its own."""
        known = self.lookups.enterprise(parsed.credit_code)
        if t.MAKER_DIVISION.name not in self.present or cells.is_blank(value):
            parsed.maker_division = known.division_code if known else division_of(parsed.credit_code)
            if not is_division_code(parsed.maker_division):
                error = ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Characters 3 to 8 of this credit code ({code}) are not a division code "
                        "(GB/T 2260), which starts with a province, like 32 for Jiangsu. Check the code "
                        "against the business licence, or fill in 企业所在地区划代码.",
                    ),
                    field=t.CREDIT_CODE.name,
                    code=parsed.maker_division,
                )
                parsed.problems.append(RowProblem(parsed.number, t.CREDIT_CODE.name, error))
            return
        try:
            typed = "".join(cells.code(value, field=t.MAKER_DIVISION.name).split())
        except ValidationError as err:
            parsed.problems.append(RowProblem(parsed.number, t.MAKER_DIVISION.name, err))
            return
        if not is_division_code(typed):
            error = ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{code}” is not a division code (GB/T 2260): six digits starting with a province, "
                    "like 320211.",
                ),
                field=t.MAKER_DIVISION.name,
                code=typed,
            )
            parsed.problems.append(RowProblem(parsed.number, t.MAKER_DIVISION.name, error))
            return
        parsed.maker_division = typed

    def _text(self, value: Any, parsed: ParsedRow, column: t.Column, key: str, limit: int) -> None:
        parsed.values[key] = _limited(value, limit, column)

    def _flag(self, value: Any, parsed: ParsedRow, column: t.Column, key: str) -> None:
        parsed.values[key] = cells.flag(value, field=column.name)

    def _money(self, value: Any, parsed: ParsedRow, column: t.Column, key: str) -> None:
        parsed.values[key] = cells.money(value, field=column.name)

    def _device_class(self, value: Any, parsed: ParsedRow) -> None:
        written = "".join(unicodedata.normalize("NFKC", cells.text(value)).split()).upper()
        written = written.removesuffix("类")
        device_class = _CLASSES.get(written, written)
        if device_class not in DEVICE_CLASSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The medical-device class is I, II or III."),
                field=t.DEVICE_CLASS.name,
            )
        parsed.values["device_class"] = device_class

    def _assistive(self, value: Any, parsed: ParsedRow) -> None:
        parsed.values["assistive_category_id"] = self.lookups.assistive(
            cells.code(value, field=t.ASSISTIVE_CODE.name)
        )

    def _description(self, value: Any, parsed: ParsedRow) -> None:
        text = to_simplified(cells.words(value, field=t.DESCRIPTION.name))
        if len(text) > DESCRIPTION_LIMIT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is {count} characters long; a product's description holds at most {limit}.",
                ),
                field=t.DESCRIPTION.name,
                count=f"{len(text):,}",
                limit=f"{DESCRIPTION_LIMIT:,}",
            )
        parsed.values["description"] = text

    def _listing_year(self, value: Any, parsed: ParsedRow) -> None:
        year = cells.year(value, field=t.LISTING_YEAR.name)
        if year is not None and not FIRST_LISTING_YEAR <= year <= self.this_year + 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The listing year must be between {first} and {last}."),
                field=t.LISTING_YEAR.name,
                first=FIRST_LISTING_YEAR,
                last=self.this_year + 1,
            )
        parsed.values["listing_year"] = year


def device_class_of(registration_no: str) -> str:
    """The class a registration number states: I for a filing (械备), else the digit after its year."""
    plain = unicodedata.normalize("NFKC", registration_no)
    if _FILING.search(plain):
        return "I"
    found = _REGISTRATION.search(plain)
    return _CLASSES[found.group(2)] if found else ""
