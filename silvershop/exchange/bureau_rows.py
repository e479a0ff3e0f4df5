"""What the bureau workbook holds, read from the database as plain rows, one list per sheet.

A product is in the submission when it is filed under the chosen scheme and edition and has one of
the chosen statuses; with a district, when its maker is registered in that district (or, for a city,
in any of its districts), and the centres and rentals are that district's. Nothing personal is read:
the rental figures are counts and sums (`stats.rental_months`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductStatus,
    product_category,
)
from silvershop.centres.models import Centre, DisplayItem, District, StockBalance
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.exchange.lookups import category_label, find_scheme
from silvershop.exchange.template import NO, YES
from silvershop.money import FEN_PER_YUAN
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.stats.rental_months import rental_months

DEFAULT_STATUSES = (ProductStatus.LISTED, ProductStatus.SUBMITTED)
_OUT_OF_SERVICE = (UnitState.RETIRED, UnitState.LOST)

Row = list[object]


@dataclass(frozen=True)
class ExportChoice:
    """What to submit: the scheme and edition, the statuses, and optionally one district."""

    scheme: str = "miit_smart"
    edition: str = ""
    statuses: tuple[ProductStatus, ...] = DEFAULT_STATUSES
    district: str = ""


@dataclass
class BureauRows:
    scheme_name: str
    edition: str
    district_name: str
    categories: list[str]  # the scheme's categories as 目录类别 is written, for its drop-down list
    products: list[Row] = field(default_factory=list)
    enterprises: list[Row] = field(default_factory=list)
    centres: list[Row] = field(default_factory=list)
    rentals: list[Row] = field(default_factory=list)


def yuan(fen: int | None) -> Decimal | None:
    """Fen as 元 with two decimals, exactly (Decimal), for a cell formatted 0.00."""
    return None if fen is None else Decimal(fen) / FEN_PER_YUAN


def parse_statuses(text: str) -> tuple[ProductStatus, ...]:
    """`listed,submitted` as the command line takes it."""
    words = [word.strip().lower() for word in text.split(",") if word.strip()]
    try:
        return tuple(ProductStatus(word) for word in words) or DEFAULT_STATUSES
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Statuses are draft, submitted, listed or archived, separated by commas; not “{text}”.",
            ),
            field="status",
            text=text,
        ) from None


def district_codes(session: Session, code: str) -> tuple[str, set[str]]:
    """The district's name and the codes within it: itself, and for a city its districts and zones."""
    wanted = code.strip()
    district = session.get(District, wanted)
    if district is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "No district has the code {code}; the districts are listed by `silvershop-cli centres`.",
            ),
            field="district",
            code=wanted,
        )
    codes = {wanted}
    while True:
        below = set(session.scalars(select(District.code).where(District.parent_code.in_(codes))))
        if below <= codes:
            return district.name, codes
        codes |= below


def bureau_rows(session: Session, choice: ExportChoice) -> BureauRows:
    scheme = find_scheme(session, choice.scheme, choice.edition)
    district_name, districts = district_codes(session, choice.district) if choice.district else ("", None)
    labels = {
        category_id: category_label(code, name)
        for category_id, code, name in session.execute(
            select(Category.id, Category.code, Category.name)
            .where(Category.scheme_id == scheme.id)
            .order_by(Category.sort_order, Category.code)
        )
    }
    rows = BureauRows(scheme.name, scheme.edition, district_name, list(labels.values()))
    makers = _products(session, rows, scheme, labels, choice.statuses, districts)
    rows.enterprises = _enterprises(session, makers)
    rows.centres = _centres(session, districts)
    rows.rentals = [
        [m.district_code, m.month, m.loans, yuan(m.rent_fen), yuan(m.subsidy_fen), m.residents]
        for m in rental_months(session, districts)
    ]
    return rows


def _products(
    session: Session,
    rows: BureauRows,
    scheme: CategoryScheme,
    labels: dict[int, str],
    statuses: tuple[ProductStatus, ...],
    districts: Collection[str] | None,
) -> set[int]:
    """Fill the 产品目录 rows, by category, maker and name; the enterprises that make them.

    A product filed under several categories of the scheme is listed once, under the first.
    """
    filed = (
        select(product_category.c.product_id, product_category.c.category_id)
        .join(Category, Category.id == product_category.c.category_id)
        .where(Category.scheme_id == scheme.id)
    )
    place = {category_id: index for index, category_id in enumerate(labels)}
    first: dict[int, int] = {}
    for product_id, category_id in session.execute(filed):
        if product_id not in first or place[category_id] < place[first[product_id]]:
            first[product_id] = category_id
    assistive = aliased(Category)
    shown = select(DisplayItem.product_id, func.count(distinct(DisplayItem.centre_id)).label("n"))
    held = select(StockBalance.product_id, func.sum(StockBalance.quantity).label("n"))
    if districts is not None:  # a district's submission counts its own centres
        shown = shown.join(Centre, Centre.id == DisplayItem.centre_id).where(
            Centre.district_code.in_(sorted(districts))
        )
        held = held.join(Centre, Centre.id == StockBalance.centre_id).where(
            Centre.district_code.in_(sorted(districts))
        )
    on_display = shown.group_by(DisplayItem.product_id).subquery()
    stock = held.group_by(StockBalance.product_id).subquery()
    query = (
        select(
            Product.id,
            Product.name,
            Product.model,
            Product.brand,
            Enterprise.name,
            Enterprise.credit_code,
            Enterprise.division_code,
            Product.scenario,
            Product.is_medical_device,
            Product.registration_no,
            assistive.code,
            Product.reference_price_fen,
            Product.rentable,
            Product.monthly_rent_fen,
            Product.deposit_fen,
            Product.description,
            Product.listing_year,
            Product.recommending_unit,
            func.coalesce(on_display.c.n, 0),
            func.coalesce(stock.c.n, 0),
            Product.enterprise_id,
            Enterprise.name_pinyin,
            Product.name_pinyin,
        )
        .join(Enterprise, Enterprise.id == Product.enterprise_id)
        .outerjoin(assistive, assistive.id == Product.assistive_category_id)
        .outerjoin(on_display, on_display.c.product_id == Product.id)
        .outerjoin(stock, stock.c.product_id == Product.id)
        .where(
            Product.status.in_(statuses),
            Product.id.in_(filed.with_only_columns(product_category.c.product_id)),
        )
    )
    if districts is not None:
        query = query.where(Enterprise.division_code.in_(sorted(districts)))
    found = sorted(session.execute(query).all(), key=lambda r: (place[first[r[0]]], r[21], r[22], r[0]))
    makers: set[int] = set()
    for number, r in enumerate(found, 1):
        makers.add(r[20])
        rows.products.append(
            [
                number,
                labels[first[r[0]]],
                *r[1:8],
                YES if r[8] else NO,
                r[9],
                r[10] or "",
                yuan(r[11]),
                YES if r[12] else NO,
                yuan(r[13]),
                yuan(r[14]),
                r[15],
                r[16],
                r[17],
                int(r[18]),
                int(r[19]),
            ]
        )
    return makers


def _enterprises(session: Session, ids: set[int]) -> list[Row]:
    rows: list[Row] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        query = select(Enterprise).where(Enterprise.id.in_(ordered[start : start + 500]))
        rows += [
            [
                e.name,
                e.credit_code,
                e.division_code,
                e.registered_on,
                e.contact_name,
                e.contact_phone,
                e.name_pinyin,
            ]
            for e in session.scalars(query)
        ]
    rows.sort(key=lambda row: (str(row[6]), str(row[1])))
    return [row[:6] for row in rows]


def _centres(session: Session, districts: Collection[str] | None) -> list[Row]:
    query = select(Centre).where(Centre.active.is_(True)).order_by(Centre.district_code, Centre.code)
    if districts is not None:
        query = query.where(Centre.district_code.in_(sorted(districts)))
    shown = dict(
        session.execute(
            select(DisplayItem.centre_id, func.count(distinct(DisplayItem.product_id))).group_by(
                DisplayItem.centre_id
            )
        ).all()
    )
    owned = dict(
        session.execute(
            select(DeviceUnit.home_centre_id, func.count(DeviceUnit.id))
            .where(DeviceUnit.state.not_in(_OUT_OF_SERVICE))
            .group_by(DeviceUnit.home_centre_id)
        ).all()
    )
    lent = dict(
        session.execute(
            select(DeviceUnit.home_centre_id, func.count(DeviceUnit.id))
            .where(DeviceUnit.state == UnitState.ON_LOAN)
            .group_by(DeviceUnit.home_centre_id)
        ).all()
    )
    return [
        [
            c.code,
            c.name,
            c.district_code,
            c.address,
            shown.get(c.id, 0),
            owned.get(c.id, 0),
            lent.get(c.id, 0),
        ]
        for c in session.scalars(query)
    ]
