"""The catalogue as a list: the order of all matching products, then one page of rows at a time.

A table over 100,000 products must not read 100,000 rows to show twenty. The screen first asks for
the ids in order (one narrow query, a list of integers), then reads the rows of the pages the user
scrolls to. Sorting by a column is done by the database on the ids alone, so the order is the same
whichever page is read first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductImage,
    ProductStatus,
    SchemeKind,
    product_category,
)
from silvershop.catalog.search import ProductFilter, filter_clauses, pinyin_order, ranked_ids, text_clause
from silvershop.centres.models import DisplayItem
from silvershop.security.permissions import Actor, Permission


class SortColumn(StrEnum):
    RELEVANCE = "relevance"
    CODE = "code"
    NAME = "name"
    MODEL = "model"
    BRAND = "brand"
    ENTERPRISE = "enterprise"
    CATEGORIES = "categories"
    PRICE = "price"
    RENTABLE = "rentable"
    LISTING_YEAR = "listing_year"
    STATUS = "status"
    DISPLAY_COUNT = "display_count"


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name: str
    model: str
    brand: str
    enterprise: str
    categories: str
    price_fen: int | None
    rentable: bool
    monthly_rent_fen: int | None
    listing_year: int | None
    status: ProductStatus
    display_count: int
    has_image: bool


def _display_count() -> ColumnElement[int]:
    return (
        select(func.count(DisplayItem.id))
        .where(DisplayItem.product_id == Product.id)
        .correlate(Product)
        .scalar_subquery()
    )


def _first_category() -> ColumnElement[str]:
    return (
        select(func.min(Category.code))
        .join(product_category, product_category.c.category_id == Category.id)
        .where(product_category.c.product_id == Product.id)
        .correlate(Product)
        .scalar_subquery()
    )


def _sort_key(session: Session, sort: SortColumn) -> ColumnElement[object]:
    keys: dict[SortColumn, ColumnElement[object]] = {
        SortColumn.CODE: Product.code,
        SortColumn.NAME: pinyin_order(session, Product.name_pinyin),
        SortColumn.MODEL: pinyin_order(session, Product.model_key),
        SortColumn.BRAND: pinyin_order(session, Product.brand_pinyin),
        SortColumn.ENTERPRISE: pinyin_order(session, Enterprise.name_pinyin),
        SortColumn.CATEGORIES: _first_category(),
        SortColumn.PRICE: Product.reference_price_fen,
        SortColumn.RENTABLE: Product.rentable,
        SortColumn.LISTING_YEAR: Product.listing_year,
        SortColumn.STATUS: Product.status,
        SortColumn.DISPLAY_COUNT: _display_count(),
    }
    return keys[sort]


def product_ids(
    session: Session,
    actor: Actor,
    wanted: ProductFilter,
    sort: SortColumn = SortColumn.RELEVANCE,
    descending: bool = False,
) -> list[int]:
    """Every matching id in the order asked for; relevance is search rank, or else catalogue order."""
    actor.require(Permission.VIEW_CATALOGUE)
    if sort is SortColumn.RELEVANCE:
        ids = ranked_ids(session, wanted)
        return ids[::-1] if descending else ids
    clauses = filter_clauses(session, wanted)
    matching = text_clause(session, wanted.text)
    if matching is not None:
        clauses.append(matching)
    key = _sort_key(session, sort)
    # Empty values last in both directions, as a spreadsheet does; ties in catalogue order.
    query: Select[tuple[int]] = select(Product.id).where(*clauses)
    if sort is SortColumn.ENTERPRISE:
        query = query.join(Enterprise, Enterprise.id == Product.enterprise_id)
    ordered = key.desc() if descending else key.asc()
    query = query.order_by(key.is_(None), ordered, Product.id)
    return list(session.connection().scalars(query))


def product_rows(session: Session, ids: Sequence[int]) -> list[ProductRow]:
    """The rows of `ids` (one page), in the same order; ids no longer there are left out."""
    if not ids:
        return []
    has_image = select(ProductImage.id).where(ProductImage.product_id == Product.id).exists()
    rows = session.execute(
        select(
            Product.id,
            Product.code,
            Product.name,
            Product.model,
            Product.brand,
            Enterprise.name,
            Product.reference_price_fen,
            Product.rentable,
            Product.monthly_rent_fen,
            Product.listing_year,
            Product.status,
            _display_count(),
            has_image,
        )
        .join(Enterprise, Enterprise.id == Product.enterprise_id)
        .where(Product.id.in_(ids))
    ).all()
    names = _category_names(session, ids)
    by_id = {
        row[0]: ProductRow(
            id=row[0],
            code=row[1],
            name=row[2],
            model=row[3],
            brand=row[4],
            enterprise=row[5],
            categories=" · ".join(names.get(row[0], ())),
            price_fen=row[6],
            rentable=row[7],
            monthly_rent_fen=row[8],
            listing_year=row[9],
            status=row[10],
            display_count=row[11] or 0,
            has_image=bool(row[12]),
        )
        for row in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _category_names(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    links = session.execute(
        select(product_category.c.product_id, Category.name)
        .join(Category, Category.id == product_category.c.category_id)
        .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
        .where(product_category.c.product_id.in_(ids))
        .order_by(product_category.c.product_id, CategoryScheme.sort_order, Category.sort_order)
    )
    for product_id, name in links:
        names.setdefault(product_id, []).append(name)
    return names


def cover_thumbnails(session: Session, ids: Sequence[int]) -> dict[int, bytes]:
    """The cover thumbnail (JPEG) of each product in `ids` that has a photo."""
    if not ids:
        return {}
    rows = session.execute(
        select(ProductImage.product_id, ProductImage.thumbnail).where(
            ProductImage.product_id.in_(ids), ProductImage.position == 0
        )
    )
    return {product_id: bytes(thumbnail) for product_id, thumbnail in rows}


@dataclass(frozen=True)
class CategoryNode:
    id: int
    code: str
    name: str
    children: tuple[CategoryNode, ...]


@dataclass(frozen=True)
class SchemeNode:
    id: int
    key: str
    edition: str
    name: str
    kind: SchemeKind
    categories: tuple[CategoryNode, ...]


def category_tree(session: Session) -> list[SchemeNode]:
    """Every scheme and edition with its categories as a tree, in the order the reference data gives."""
    schemes = session.execute(
        select(
            CategoryScheme.id,
            CategoryScheme.key,
            CategoryScheme.edition,
            CategoryScheme.name,
            CategoryScheme.kind,
        ).order_by(CategoryScheme.sort_order, CategoryScheme.id)
    ).all()
    children: dict[int | None, list[tuple[int, int, str, str]]] = {}
    for category_id, scheme_id, parent_id, code, name in session.execute(
        select(Category.id, Category.scheme_id, Category.parent_id, Category.code, Category.name).order_by(
            Category.sort_order, Category.code
        )
    ):
        children.setdefault(parent_id, []).append((category_id, scheme_id, code, name))

    def below(parent_id: int | None, scheme_id: int) -> tuple[CategoryNode, ...]:
        return tuple(
            CategoryNode(category_id, code, name, below(category_id, scheme_id))
            for category_id, in_scheme, code, name in children.get(parent_id, [])
            if in_scheme == scheme_id
        )

    return [
        SchemeNode(scheme_id, key, edition, name, kind, below(None, scheme_id))
        for scheme_id, key, edition, name, kind in schemes
    ]


def enterprise_choices(session: Session) -> list[tuple[int, str]]:
    """Every enterprise as (id, name), in pinyin order."""
    order = (pinyin_order(session, Enterprise.name_pinyin), Enterprise.id)
    rows = session.execute(select(Enterprise.id, Enterprise.name).order_by(*order))
    return [(enterprise_id, name) for enterprise_id, name in rows]


def listing_years(session: Session) -> list[int]:
    """The listing years products carry, newest first."""
    return list(
        session.scalars(
            select(Product.listing_year)
            .where(Product.listing_year.is_not(None))
            .distinct()
            .order_by(Product.listing_year.desc())
        )
    )
