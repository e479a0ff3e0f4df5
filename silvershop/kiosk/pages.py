"""What the kiosk shows a senior visitor: the home page's tiles, the products behind a tile, a search,
a product's page, and what a scanned label opens.

Everything here is read as the KIOSK actor, which may only view the catalogue: only products that are
listed are ever shown, and nothing about residents, loans or staff is read (a unit's label opens its
product, nothing of the unit). A home page is a handful of queries whatever the catalogue's size:
tiles are counted with one GROUP BY each, and lists are limited before their rows are read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, case, distinct, func, select
from sqlalchemy.orm import Session

from silvershop.catalog.browse import cover_thumbnails
from silvershop.catalog.models import Enterprise, Product, ProductImage, ProductStatus, product_category
from silvershop.catalog.search import ProductFilter, pinyin_order, ranked_ids
from silvershop.catalog.search_keys import query_words
from silvershop.centres.models import Centre, DisplayItem, Location
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound
from silvershop.kiosk.scans import ScanAnswer, ScanKind, answer_scan
from silvershop.kiosk.scheme import KioskScheme, kiosk_scheme, product_pictures
from silvershop.kiosk.subsidy import SubsidyExample, subsidy_offer
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security.permissions import Actor, Permission

__all__ = [
    "KioskCentre",
    "Place",
    "ProductCard",
    "ProductPage",
    "ScanAnswer",
    "ScanKind",
    "SubsidyExample",
    "Tile",
    "TileKind",
    "answer_scan",
    "home_tiles",
    "kiosk_centre",
    "location_products",
    "product_page",
    "search_products",
    "tile_products",
]

LISTED = Product.status == ProductStatus.LISTED
GONE_STATES = (UnitState.RETIRED, UnitState.LOST)  # a centre no longer has these units


@dataclass(frozen=True)
class KioskCentre:
    id: int
    code: str
    name: str
    address: str  # "" when unknown
    phone: str  # the centre's public phone, "" when unknown


def kiosk_centre(session: Session, code: str) -> KioskCentre:
    """The open centre a kiosk stands in, by its code in any case or width."""
    wanted = unicodedata.normalize("NFKC", code).strip().upper()
    centre = session.scalar(select(Centre).where(Centre.code == wanted, Centre.active.is_(True)))
    if centre is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "No open experience centre has the code {code}. Start the kiosk with the code of the "
                "centre it stands in; `silvershop-cli centre list` shows the codes.",
            ),
            field="centre",
            code=wanted or code,
        )
    return KioskCentre(centre.id, centre.code, centre.name, centre.address, centre.phone)


class TileKind(StrEnum):
    ON_SHOW = "on_show"  # what this centre has on show (can be tried here)
    RENTABLE = "rentable"  # what can be rented at this centre (it has rental units of it)
    CATEGORY = "category"  # one category of the kiosk's scheme


@dataclass(frozen=True)
class Tile:
    kind: TileKind
    category_id: int | None  # for CATEGORY
    code: str  # category code ("P01"), "" for the other kinds
    name: str  # category name in the catalogue's words; "" for ON_SHOW/RENTABLE (the UI names those)
    products: int  # how many listed products the tile opens (0: the UI says so in words)
    picture: str  # pictogram stem: "on_show", "rentable", "category-P01"…; "category" as generic


def _on_show(centre_id: int) -> Select[tuple[int]]:
    """The products on show at the centre's locations in use."""
    return (
        select(DisplayItem.product_id)
        .join(Location, Location.id == DisplayItem.location_id)
        .where(DisplayItem.centre_id == centre_id, Location.active.is_(True))
    )


def _units_here(centre_id: int) -> list[ColumnElement[bool]]:
    return [DeviceUnit.home_centre_id == centre_id, DeviceUnit.state.not_in(GONE_STATES)]


def home_tiles(session: Session, actor: Actor, centre_id: int) -> list[Tile]:
    """What is on show here, what can be rented here, then each kiosk category (0 products kept: the
    tile says there are none yet rather than vanishing)."""
    actor.require(Permission.VIEW_CATALOGUE)
    on_show = session.scalar(
        select(func.count()).select_from(Product).where(Product.id.in_(_on_show(centre_id)), LISTED)
    )
    rentable = session.scalar(
        select(func.count(distinct(DeviceUnit.product_id)))
        .join(Product, Product.id == DeviceUnit.product_id)
        .where(*_units_here(centre_id), LISTED, Product.rentable.is_(True))
    )
    tiles = [
        Tile(TileKind.ON_SHOW, None, "", "", on_show or 0, "on_show"),
        Tile(TileKind.RENTABLE, None, "", "", rentable or 0, "rentable"),
    ]
    scheme = kiosk_scheme(session)
    tiles.extend(
        Tile(TileKind.CATEGORY, c.id, c.code, c.name, count, scheme.picture(c.id))
        for c, count in zip(scheme.tops, _category_counts(session, scheme), strict=True)
    )
    return tiles


def _category_counts(session: Session, scheme: KioskScheme) -> list[int]:
    """The listed products of each top category with those of its sub-categories, each counted once.

    One GROUP BY on the filings' category index answers a category without sub-categories (each
    product is filed once under it), which is every one of the shipped tree; only a top category
    someone gave sub-categories costs a query of its own, counting distinct products.
    """
    below = {top.id: [c for c, top_id in scheme.top_of.items() if top_id == top.id] for top in scheme.tops}
    alone = [top_id for top_id, ids in below.items() if ids == [top_id]]
    filed: dict[int, int] = {}
    if alone:
        filed = dict(
            session.execute(
                select(product_category.c.category_id, func.count())
                .join(Product, Product.id == product_category.c.product_id)
                .where(product_category.c.category_id.in_(alone), LISTED)
                .group_by(product_category.c.category_id)
            ).all()
        )
    return [
        filed.get(top.id, 0)
        if top.id in alone
        else session.scalar(
            select(func.count(distinct(product_category.c.product_id)))
            .join(Product, Product.id == product_category.c.product_id)
            .where(product_category.c.category_id.in_(below[top.id]), LISTED)
        )
        or 0
        for top in scheme.tops
    ]


@dataclass(frozen=True)
class ProductCard:
    id: int
    code: str
    name: str
    price_fen: int | None  # reference price
    monthly_rent_fen: int | None  # None when not rentable
    thumbnail: bytes | None  # cover photo's JPEG thumbnail, None without a photo
    picture: str  # pictogram stem for a product without photo (its kiosk category's, else "category")
    on_show_here: bool
    free_units_here: int  # rental units available now at this centre (0 when none)


def _free_units(session: Session, centre_id: int, product_ids: Sequence[int]) -> dict[int, int]:
    rows = session.execute(
        select(DeviceUnit.product_id, func.count(DeviceUnit.id))
        .where(
            DeviceUnit.home_centre_id == centre_id,
            DeviceUnit.state == UnitState.AVAILABLE,
            DeviceUnit.product_id.in_(product_ids),
        )
        .group_by(DeviceUnit.product_id)
    )
    return dict(rows.all())


def _cards(
    session: Session, centre_id: int, product_ids: Sequence[int], scheme: KioskScheme | None = None
) -> list[ProductCard]:
    """The cards of `product_ids` (already limited) in that order; products not listed are left out."""
    if not product_ids:
        return []
    rows = {
        row.id: row
        for row in session.execute(
            select(
                Product.id,
                Product.code,
                Product.name,
                Product.reference_price_fen,
                Product.rentable,
                Product.monthly_rent_fen,
            ).where(Product.id.in_(product_ids), LISTED)
        )
    }
    ids = [product_id for product_id in product_ids if product_id in rows]
    thumbnails = cover_thumbnails(session, ids)
    shown = set(session.scalars(_on_show(centre_id).where(DisplayItem.product_id.in_(ids))))
    free = _free_units(session, centre_id, ids)
    pictures = product_pictures(session, scheme or kiosk_scheme(session), ids)
    return [
        ProductCard(
            id=product_id,
            code=rows[product_id].code,
            name=rows[product_id].name,
            price_fen=rows[product_id].reference_price_fen,
            monthly_rent_fen=rows[product_id].monthly_rent_fen if rows[product_id].rentable else None,
            thumbnail=thumbnails.get(product_id),
            picture=pictures[product_id],
            on_show_here=product_id in shown,
            free_units_here=free.get(product_id, 0),
        )
        for product_id in ids
    ]


def tile_products(
    session: Session, actor: Actor, centre_id: int, tile: Tile, limit: int = 60
) -> list[ProductCard]:
    """The products a tile opens: on show here; rentable here, free ones first; or in a category (and
    its sub-categories), those on show here first. Then by name, in pinyin order."""
    actor.require(Permission.VIEW_CATALOGUE)
    scheme = kiosk_scheme(session)
    by_name = (pinyin_order(session, Product.name_pinyin), Product.id)
    query: Select[tuple[int]]
    if tile.kind is TileKind.ON_SHOW:
        query = select(Product.id).where(Product.id.in_(_on_show(centre_id)), LISTED).order_by(*by_name)
    elif tile.kind is TileKind.RENTABLE:
        units = (
            select(
                DeviceUnit.product_id.label("product_id"),
                func.sum(case((DeviceUnit.state == UnitState.AVAILABLE, 1), else_=0)).label("free"),
            )
            .where(*_units_here(centre_id))
            .group_by(DeviceUnit.product_id)
            .subquery()
        )
        query = (
            select(Product.id)
            .join(units, units.c.product_id == Product.id)
            .where(LISTED, Product.rentable.is_(True))
            .order_by((units.c.free > 0).desc(), *by_name)
        )
    elif tile.category_id is not None:
        below = {tile.category_id} | {c for c, top in scheme.top_of.items() if top == tile.category_id}
        filed = select(product_category.c.product_id).where(product_category.c.category_id.in_(below))
        here_first = case((Product.id.in_(_on_show(centre_id)), 0), else_=1)
        query = select(Product.id).where(Product.id.in_(filed), LISTED).order_by(here_first, *by_name)
    else:
        return []
    return _cards(session, centre_id, list(session.scalars(query.limit(max(0, limit)))), scheme)


def search_products(
    session: Session, actor: Actor, centre_id: int, query: str, limit: int = 30
) -> list[ProductCard]:
    """The catalogue's own search (Chinese, pinyin, initials such as "ly" for 轮椅), listed products
    only, best first."""
    actor.require(Permission.VIEW_CATALOGUE)
    if not query_words(query):
        return []
    wanted = ProductFilter(text=query, statuses=frozenset({ProductStatus.LISTED}))
    return _cards(session, centre_id, ranked_ids(session, wanted, limit=max(0, limit)))


def location_products(
    session: Session, actor: Actor, centre_id: int, location_code: str, limit: int = 60
) -> list[ProductCard]:
    """What is on show at one of this centre's locations (a shelf's label was scanned), by name; at
    most `limit`, as a display zone may show hundreds."""
    actor.require(Permission.VIEW_CATALOGUE)
    wanted = unicodedata.normalize("NFKC", location_code).strip().upper()
    ids = session.scalars(
        select(DisplayItem.product_id)
        .join(Location, Location.id == DisplayItem.location_id)
        .join(Product, Product.id == DisplayItem.product_id)
        .where(
            DisplayItem.centre_id == centre_id,
            Location.code == wanted,
            Location.active.is_(True),
            LISTED,
        )
        .order_by(pinyin_order(session, Product.name_pinyin), Product.id)
        .limit(max(0, limit))
    )
    return _cards(session, centre_id, list(ids))


@dataclass(frozen=True)
class Place:
    location_code: str
    location_name: str
    note: str


@dataclass(frozen=True)
class ProductPage:
    id: int
    code: str
    name: str
    brand: str
    maker: str  # enterprise name
    description: str  # plain text, whitespace tidied; "" when none
    price_fen: int | None
    photo: bytes | None  # the cover photo (stored JPEG/PNG, up to 1600 px); None without one
    picture: str  # pictogram stem when there is no photo
    places_here: tuple[Place, ...]  # where it is on show in this centre (empty: not on show here)
    elsewhere: tuple[str, ...]  # names of other open centres that have it on show
    rentable: bool  # the product is rented out in this city (catalogue flag)
    units_here: int  # rental units this centre has (not retired/lost)
    free_units_here: int  # of those, available now
    monthly_rent_fen: int | None
    deposit_fen: int | None
    subsidy_terms: tuple[int, ...]  # months the city subsidises (2, 3), empty without a rule set in force
    subsidy_examples: tuple[SubsidyExample, ...]  # best rate first; empty when not rentable
    subsidy_cap_fen: int | None = None  # the most a resident is granted a year; None without examples


def tidy_description(text: str) -> str:
    """One space between words, no blank lines but one between paragraphs, nothing around them."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()


def product_page(session: Session, actor: Actor, centre_id: int, product_id: int) -> ProductPage:
    """Everything the kiosk says about one listed product at this centre."""
    actor.require(Permission.VIEW_CATALOGUE)
    row = session.execute(
        select(Product, Enterprise.name)
        .join(Enterprise, Enterprise.id == Product.enterprise_id)
        .where(Product.id == product_id, LISTED)
    ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "Sorry, this product cannot be shown here. Please go back and choose another one."
            ),
            field="product",
        )
    product, maker = row
    photo = session.scalar(
        select(ProductImage.data).where(ProductImage.product_id == product_id, ProductImage.position == 0)
    )
    places = session.execute(
        select(Location.code, Location.name, DisplayItem.note)
        .join(Location, Location.id == DisplayItem.location_id)
        .where(
            DisplayItem.product_id == product_id,
            DisplayItem.centre_id == centre_id,
            Location.active.is_(True),
        )
        .order_by(Location.code)
    )
    elsewhere = session.scalars(
        select(Centre.name)
        .where(
            Centre.id.in_(
                select(DisplayItem.centre_id)
                .join(Location, Location.id == DisplayItem.location_id)
                .where(DisplayItem.product_id == product_id, Location.active.is_(True))
            ),
            Centre.id != centre_id,
            Centre.active.is_(True),
        )
        .order_by(Centre.code)
    )
    units, free = session.execute(
        select(
            func.count(DeviceUnit.id), func.sum(case((DeviceUnit.state == UnitState.AVAILABLE, 1), else_=0))
        ).where(*_units_here(centre_id), DeviceUnit.product_id == product_id)
    ).one()
    rent = product.monthly_rent_fen if product.rentable else None
    offer = subsidy_offer(session, rent)
    return ProductPage(
        id=product.id,
        code=product.code,
        name=product.name,
        brand=product.brand,
        maker=maker,
        description=tidy_description(product.description or ""),
        price_fen=product.reference_price_fen,
        photo=bytes(photo) if photo is not None else None,
        picture=product_pictures(session, kiosk_scheme(session), [product.id])[product.id],
        places_here=tuple(Place(*place) for place in places),
        elsewhere=tuple(elsewhere),
        rentable=product.rentable,
        units_here=units or 0,
        free_units_here=free or 0,
        monthly_rent_fen=rent,
        deposit_fen=product.deposit_fen if product.rentable else None,
        subsidy_terms=offer.terms,
        subsidy_examples=offer.examples,
        subsidy_cap_fen=offer.cap_fen,
    )
