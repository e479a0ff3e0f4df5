"""The kiosk's categories: the top-level product categories of the newest edition of the MIIT smart
elderly-care catalogue (智慧健康养老产品及服务推广目录), which is what visitors are offered to browse.

Its tree is a few dozen rows, read whole; every category below a top one is mapped to it, so the
products of a tile can be counted for all tiles in one GROUP BY and a product's pictogram is its top
category's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, product_category

KIOSK_SCHEME = "miit_smart"
PRODUCT_PREFIX = "P"  # product categories; services (S…) cannot be tried or rented at a centre
GENERIC_PICTURE = "category"


@dataclass(frozen=True)
class TopCategory:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class KioskScheme:
    tops: tuple[TopCategory, ...]  # in the scheme's order
    top_of: dict[int, int]  # every category at or below a top one -> that top one's id

    def picture(self, top_id: int | None) -> str:
        code = next((top.code for top in self.tops if top.id == top_id), "")
        return category_picture(code)


def category_picture(code: str) -> str:
    """The pictogram stem of a kiosk category, which the kiosk's screens map to an icon."""
    return f"category-{code}" if code else GENERIC_PICTURE


def kiosk_scheme(session: Session) -> KioskScheme:
    """The newest edition's product categories (none when the scheme is not loaded)."""
    scheme_id = session.scalar(
        select(CategoryScheme.id)
        .where(CategoryScheme.key == KIOSK_SCHEME)
        .order_by(CategoryScheme.edition.desc())
        .limit(1)
    )
    if scheme_id is None:
        return KioskScheme((), {})
    rows = session.execute(
        select(Category.id, Category.parent_id, Category.code, Category.name)
        .where(Category.scheme_id == scheme_id)
        .order_by(Category.sort_order, Category.code)
    ).all()
    parent = {category_id: parent_id for category_id, parent_id, _, _ in rows}
    tops = tuple(
        TopCategory(category_id, code, name)
        for category_id, parent_id, code, name in rows
        if parent_id is None and code.startswith(PRODUCT_PREFIX)
    )
    top_ids = {top.id for top in tops}
    top_of: dict[int, int] = {}
    for category_id in parent:
        top, seen = category_id, {category_id}
        while parent.get(top) is not None and parent[top] not in seen:  # a loop in edited data ends
            top = parent[top]  # type: ignore[assignment]
            seen.add(top)
        if top in top_ids:
            top_of[category_id] = top
    return KioskScheme(tops, top_of)


def product_pictures(session: Session, scheme: KioskScheme, product_ids: Sequence[int]) -> dict[int, str]:
    """The pictogram of each product: that of its kiosk category (the first in the scheme's order when
    it is filed under several), else the generic one."""
    rank = {top.id: index for index, top in enumerate(scheme.tops)}
    found: dict[int, int] = {}
    if product_ids and scheme.top_of:
        rows = session.execute(
            select(product_category.c.product_id, product_category.c.category_id).where(
                product_category.c.product_id.in_(product_ids),
                product_category.c.category_id.in_(scheme.top_of),
            )
        )
        for product_id, category_id in rows:
            top = scheme.top_of[category_id]
            if product_id not in found or rank[top] < rank[found[product_id]]:
                found[product_id] = top
    return {product_id: scheme.picture(found.get(product_id)) for product_id in product_ids}
