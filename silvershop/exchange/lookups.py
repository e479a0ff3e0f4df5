"""What an import checks rows against, read once per file: the scheme's categories, the assistive
codes, the enterprises, and the products the file's models may name.

A row may name its category by code (P01), by name (健康管理类智能产品) or both (`P01 健康管理类智能产品`,
as the export writes it), in any width or script. Products are read only for the models in the file,
so a database of a hundred thousand products costs a file of ten no more than a few queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.categories import normalise_assistive_code
from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductStatus,
    SchemeKind,
    product_category,
)
from silvershop.catalog.search_keys import fold
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.exchange import template as t
from silvershop.rental.models import DeviceUnit, UnitState

_CHUNK = 500  # bound parameters per IN list, well under SQLite's limit
_OUT_OF_SERVICE = (UnitState.RETIRED, UnitState.LOST)


@dataclass(frozen=True)
class EnterpriseFacts:
    id: int
    name: str
    credit_code: str
    division_code: str


@dataclass(frozen=True)
class StoredProduct:
    """A product as the import compares a row with it: the columns the sheet can change."""

    id: int
    code: str
    enterprise_id: int
    values: dict[str, object]
    category_ids: frozenset[int]  # in every scheme
    units_in_service: int
    status: ProductStatus


def category_label(code: str, name: str) -> str:
    """How a category is written in the 目录类别 column, and offered in its drop-down list."""
    return f"{code} {name}"


def find_scheme(session: Session, key: str, edition: str) -> CategoryScheme:
    """The promotion or rental scheme an export or import files products under; the newest edition
    of `key` when no edition is named."""
    query = select(CategoryScheme).where(CategoryScheme.key == key.strip())
    if edition.strip():
        query = query.where(CategoryScheme.edition == edition.strip())
    schemes = list(session.scalars(query.order_by(CategoryScheme.edition.desc())))
    if not schemes:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no category scheme {scheme} {edition}. The schemes are listed by "
                "`silvershop-cli categories`, for example miit_smart 2024.",
            ),
            field="scheme",
            scheme=key.strip(),
            edition=edition.strip(),
        )
    if schemes[0].kind is SchemeKind.ASSISTIVE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{scheme} is the assistive-product classification; the workbook files products under "
                "a catalogue such as miit_smart 2024 (its codes go in the column 辅具分类编码).",
            ),
            field="scheme",
            scheme=key.strip(),
        )
    return schemes[0]


class ImportLookups:
    def __init__(self, session: Session, scheme: CategoryScheme) -> None:
        self.session = session
        self.scheme = scheme
        self._categories: dict[str, int] = {}
        self.category_labels: dict[int, str] = {}
        for category_id, code, name in session.execute(
            select(Category.id, Category.code, Category.name).where(Category.scheme_id == scheme.id)
        ):
            label = category_label(code, name)
            self.category_labels[category_id] = label
            for written in (code, name, label):
                self._categories.setdefault(fold(written), category_id)
        self._assistive: dict[str, list[tuple[int, str]]] = {}
        rows = session.execute(
            select(Category.id, Category.code, CategoryScheme.edition)
            .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
            .where(CategoryScheme.kind == SchemeKind.ASSISTIVE)
            .order_by(CategoryScheme.sort_order, CategoryScheme.id)
        )
        for category_id, code, edition in rows:
            self._assistive.setdefault(code, []).append((category_id, edition))
        self._enterprises: dict[str, EnterpriseFacts] = {}
        self._by_name: dict[str, list[EnterpriseFacts]] = {}
        self._by_id: dict[int, EnterpriseFacts] = {}
        for row in session.execute(
            select(Enterprise.id, Enterprise.name, Enterprise.credit_code, Enterprise.division_code)
        ):
            facts = EnterpriseFacts(*row)
            self._enterprises[facts.credit_code] = facts
            self._by_id[facts.id] = facts
            self._by_name.setdefault(fold(facts.name), []).append(facts)

    def category(self, written: str) -> int:
        category_id = self._categories.get(fold(written))
        if category_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{text}” is not a category of {scheme} {edition}. Choose one from the drop-down list "
                    "of the template, such as {example}.",
                ),
                field=t.CATEGORY.name,
                text=written,
                scheme=self.scheme.name,
                edition=self.scheme.edition,
                example=next(iter(self.category_labels.values()), ""),
            )
        return category_id

    def assistive(self, written: str) -> int | None:
        if not written.strip():
            return None
        code = normalise_assistive_code(written)
        found = self._assistive.get(code, [])
        if len(found) == 1:
            return found[0][0]
        if found:
            message = QT_TRANSLATE_NOOP(
                "errors",
                "The code {code} is in several editions ({editions}); keep one edition loaded, or leave "
                "the cell empty and choose the category in the product's form.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors",
                "No loaded edition of ISO 9999 or GB/T 16432 has the code {code}. Check the code (written "
                "like 12 22 03); if it is right, add it to its edition as a new category first.",
            )
        raise ValidationError(
            message, field=t.ASSISTIVE_CODE.name, code=code, editions=", ".join(e for _, e in found)
        )

    def enterprise(self, credit_code: str) -> EnterpriseFacts | None:
        return self._enterprises.get(credit_code)

    def enterprise_by_id(self, enterprise_id: int) -> EnterpriseFacts | None:
        return self._by_id.get(enterprise_id)

    def namesakes(self, name: str) -> list[EnterpriseFacts]:
        return self._by_name.get(fold(name), [])

    @staticmethod
    def fold_name(name: str) -> str:
        return fold(name)

    def products(self, model_keys: Iterable[str]) -> dict[str, list[StoredProduct]]:
        """The stored products with these model keys (one each, unless old data holds one twice)."""
        keys = sorted(set(model_keys))
        found: dict[str, list[StoredProduct]] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            products = list(
                self.session.execute(select(Product).where(Product.model_key.in_(chunk))).scalars()
            )
            ids = [p.id for p in products]
            links: dict[int, set[int]] = {}
            for product_id, category_id in self.session.execute(
                select(product_category.c.product_id, product_category.c.category_id).where(
                    product_category.c.product_id.in_(ids)
                )
            ):
                links.setdefault(product_id, set()).add(category_id)
            in_service = dict(
                self.session.execute(
                    select(DeviceUnit.product_id, func.count(DeviceUnit.id))
                    .where(DeviceUnit.product_id.in_(ids), DeviceUnit.state.not_in(_OUT_OF_SERVICE))
                    .group_by(DeviceUnit.product_id)
                ).all()
            )
            for product in products:
                stored = StoredProduct(
                    id=product.id,
                    code=product.code,
                    enterprise_id=product.enterprise_id,
                    values={column: getattr(product, column) for column in STORED_COLUMNS},
                    category_ids=frozenset(links.get(product.id, ())),
                    units_in_service=in_service.get(product.id, 0),
                    status=product.status,
                )
                found.setdefault(product.model_key, []).append(stored)
        return found


# The product columns a row of the sheet can set (`catalogue_rows.RowReader`).
STORED_COLUMNS = (
    "name",
    "model",
    "brand",
    "scenario",
    "is_medical_device",
    "device_class",
    "registration_no",
    "assistive_category_id",
    "reference_price_fen",
    "rentable",
    "monthly_rent_fen",
    "deposit_fen",
    "description",
    "listing_year",
    "recommending_unit",
)
