"""The kiosk as a senior visitor meets it: tiles that count what they open, product cards and pages that
say where to try a product and what renting it costs after the city's subsidy, scans that always get
an answer; only listed products, read as the kiosk, with a handful of queries whatever the catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from datetime import date

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from silvershop.catalog.category_codes import add_category
from silvershop.catalog.images import add_image
from silvershop.catalog.models import Category, CategoryScheme, Enterprise, ProductStatus
from silvershop.catalog.products import ProductInput, add_product, archive_product
from silvershop.centres.centres import CentreInput, LocationInput, add_centre, add_location
from silvershop.centres.display import show_product
from silvershop.centres.models import Centre, InterestRequest, Location, LocationKind
from silvershop.config import local_today
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo import generate
from silvershop.errors import NotFound, PermissionDenied
from silvershop.kiosk.callbacks import callback_requests, mark_called_back, reveal_callback
from silvershop.kiosk.pages import (
    Place,
    ScanKind,
    Tile,
    TileKind,
    answer_scan,
    home_tiles,
    kiosk_centre,
    location_products,
    product_page,
    search_products,
    tile_products,
)
from silvershop.kiosk.scans import NOT_LISTED, NOT_OURS, OTHER_CENTRE
from silvershop.rental.models import ConsentBasis, DeviceUnit, Resident, UnitState
from silvershop.rental.quotes import Quote, Term, quote
from silvershop.rental.residents import (
    ResidentInput,
    RevealField,
    add_resident,
    due_for_review,
    eligibility_of,
    find_by_id_number,
    find_by_phone,
    list_residents,
    reveal,
)
from silvershop.rental.subsidy_rules import subsidy_of
from silvershop.rental.units import add_unit
from silvershop.security import settings
from silvershop.security.id_number import make_id_number
from silvershop.security.models import Role
from silvershop.security.permissions import KIOSK, actor_with
from silvershop.security.vault import Vault, open_vault
from tests.photos import photo

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
LONG_NAME = "多功能" * 66 + "床"  # 199 characters, the most a catalogue name holds is 200


@dataclass(frozen=True)
class Town:
    db: Database
    here: int
    other: int
    bracelet: int  # listed, in a sub-category of P01, on show here at A1, with a photo
    watch: int  # listed, filed under P01 and its sub-category, nowhere on show
    draft: int  # in P01 and on show here, but only a draft: never at the kiosk
    wheelchair: int  # listed, rentable at 170 元, on show at the other centre; 3 units here
    long: int  # listed, a very long name, in P02
    archived: int  # archived, with a unit here
    p01: int


def _maker(session: Session) -> int:
    maker = Enterprise(name="无锡颐年智能科技有限公司", credit_code="91350100M000100Y43")
    session.add(maker)
    session.flush()
    return maker.id


def _category(session: Session, code: str) -> int:
    found = session.scalar(
        select(Category.id)
        .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
        .where(CategoryScheme.key == "miit_smart", CategoryScheme.edition == "2024", Category.code == code)
    )
    assert found is not None
    return found


def _listed(name: str, model: str, maker: int, *categories: int, **fields: object) -> ProductInput:
    return ProductInput(
        name,
        model,
        maker,
        category_ids=frozenset(categories),
        status=ProductStatus.LISTED,
        listing_year=2024,
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def town(memdb: Database) -> Town:
    with transaction(memdb.sessions) as s:
        here = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213", "中山路 100 号"))
        other = add_centre(s, ADMIN, CentreInput("XS01", "锡山区适老生活体验中心", "320205"))
        closed = add_centre(s, ADMIN, CentreInput("HS01", "惠山区适老生活体验中心", "320206"))
        a1 = add_location(s, ADMIN, here.id, LocationInput("A1", "展示区A1", LocationKind.DISPLAY))
        b1 = add_location(s, ADMIN, other.id, LocationInput("B1", "展示区B1", LocationKind.DISPLAY))
        c1 = add_location(s, ADMIN, closed.id, LocationInput("C1", "展示区C1", LocationKind.DISPLAY))
        maker = _maker(s)
        p01, p02 = (_category(s, code) for code in ("P01", "P02"))
        bands = add_category(s, ADMIN, "miit_smart", "2024", "P0101", "智能手环", parent_code="P01").id
        bracelet = add_product(
            s,
            ADMIN,
            _listed("健康监测手环", "HB-1", maker, bands, description="  可测心率。\n\n\n  防水 。 "),
        ).id
        watch = add_product(s, ADMIN, _listed("老人定位手表", "W-2", maker, p01, bands)).id
        draft = add_product(
            s, ADMIN, ProductInput("试制手环", "D-1", maker, category_ids=frozenset({p01}))
        ).id
        wheelchair = add_product(
            s,
            ADMIN,
            _listed("手动轮椅车", "LY-1", maker, p02, rentable=True, monthly_rent="170", deposit="500"),
        ).id
        long = add_product(s, ADMIN, _listed(LONG_NAME, "L-1", maker, p02, reference_price="3299")).id
        archived = add_product(
            s,
            ADMIN,
            ProductInput("旧款助行器", "Z-1", maker, rentable=True, monthly_rent="60", deposit="200"),
        ).id
        add_image(s, ADMIN, bracelet, photo())
        show_product(s, ADMIN, bracelet, a1.id, "请在前台试戴")
        show_product(s, ADMIN, draft, a1.id)
        show_product(s, ADMIN, wheelchair, b1.id)
        show_product(s, ADMIN, wheelchair, c1.id)
        s.get_one(Centre, closed.id).active = False
        units = [add_unit(s, ADMIN, wheelchair, here.id).id for _ in range(4)]
        add_unit(s, ADMIN, archived, here.id, serial_no="Z")
        add_unit(s, ADMIN, wheelchair, other.id)  # another centre's: never counted here
        for unit_id, state in zip(
            units[1:], (UnitState.ON_LOAN, UnitState.AWAITING_CLEANING, UnitState.RETIRED), strict=True
        ):
            s.execute(update(DeviceUnit).where(DeviceUnit.id == unit_id).values(state=state))
        archive_product(s, ADMIN, archived)
    return Town(memdb, here.id, other.id, bracelet, watch, draft, wheelchair, long, archived, p01)


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    """The SQL statements run inside the block."""
    statements: list[str] = []

    def note(*args: object) -> None:
        if not str(args[2]).startswith("BEGIN"):
            statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _tile(tiles: list[Tile], code: str) -> Tile:
    return next(tile for tile in tiles if tile.code == code)


def test_the_kiosk_finds_its_open_centre_by_code_in_any_case(town: Town) -> None:
    with reading(town.db.sessions) as s:
        centre = kiosk_centre(s, " ｌｘ01 ")
        assert (centre.id, centre.code, centre.name) == (town.here, "LX01", "梁溪区适老生活体验中心")
        assert centre.phone == ""
        for code in ("HS01", "ZZ99", ""):  # closed, unknown, nothing
            with pytest.raises(NotFound) as refused:
                kiosk_centre(s, code)
            assert "silvershop-cli centre list" in str(refused.value)
            assert code in str(refused.value)


def test_home_tiles_count_listed_products_on_show_rentable_and_per_category(town: Town) -> None:
    with reading(town.db.sessions) as s:
        tiles = home_tiles(s, KIOSK, town.here)
    assert [(t.kind, t.code, t.products, t.picture) for t in tiles[:2]] == [
        (TileKind.ON_SHOW, "", 1, "on_show"),  # the draft on show is not counted
        (TileKind.RENTABLE, "", 1, "rentable"),  # the archived product's unit is not
    ]
    categories = tiles[2:]
    assert [t.code for t in categories] == ["P01", "P02", "P03", "P04", "P05", "P06", "P07"]
    assert all(t.kind is TileKind.CATEGORY and t.picture == f"category-{t.code}" for t in categories)
    assert _tile(tiles, "P01").name == "健康管理类智能产品"
    # The bracelet sits in a sub-category; the watch in both P01 and the sub-category counts once.
    assert [(t.code, t.products) for t in categories[:3]] == [("P01", 2), ("P02", 2), ("P03", 0)]


def test_a_tile_opens_its_listed_products_those_on_show_here_first(town: Town) -> None:
    with reading(town.db.sessions) as s:
        tiles = home_tiles(s, KIOSK, town.here)
        on_show = tile_products(s, KIOSK, town.here, tiles[0])
        rentable = tile_products(s, KIOSK, town.here, tiles[1])
        p01 = tile_products(s, KIOSK, town.here, _tile(tiles, "P01"))
        empty = tile_products(s, KIOSK, town.here, _tile(tiles, "P03"))
        one = tile_products(s, KIOSK, town.here, _tile(tiles, "P02"), limit=1)
    assert [card.id for card in on_show] == [town.bracelet]
    [bracelet] = on_show
    assert bracelet.on_show_here and bracelet.thumbnail is not None and bracelet.thumbnail[:2] == b"\xff\xd8"
    assert bracelet.picture == "category-P01" and bracelet.monthly_rent_fen is None
    assert [card.id for card in p01] == [town.bracelet, town.watch]  # on show here first; no draft
    watch = p01[1]
    assert (watch.thumbnail, watch.picture, watch.on_show_here, watch.free_units_here) == (
        None,
        "category-P01",
        False,
        0,
    )
    [wheelchair] = rentable
    assert (wheelchair.id, wheelchair.monthly_rent_fen, wheelchair.free_units_here) == (
        town.wheelchair,
        17000,
        1,
    )
    assert empty == []
    assert len(one) == 1


def test_free_units_agree_with_the_units_states(town: Town) -> None:
    with reading(town.db.sessions) as s:
        states = list(
            s.scalars(
                select(DeviceUnit.state).where(
                    DeviceUnit.product_id == town.wheelchair, DeviceUnit.home_centre_id == town.here
                )
            )
        )
        [card] = tile_products(s, KIOSK, town.here, home_tiles(s, KIOSK, town.here)[1])
        page = product_page(s, KIOSK, town.here, town.wheelchair)
    free = states.count(UnitState.AVAILABLE)
    assert card.free_units_here == page.free_units_here == free == 1
    assert page.units_here == len([st for st in states if st not in (UnitState.RETIRED, UnitState.LOST)]) == 3


def test_search_uses_the_catalogues_search_for_listed_products_only(town: Town) -> None:
    with reading(town.db.sessions) as s:
        by_word = search_products(s, KIOSK, town.here, "手环")
        by_initials = search_products(s, KIOSK, town.here, "ly")
        by_scan = search_products(s, KIOSK, town.here, "SS:P:P-000003")  # the draft's label
        nothing = search_products(s, KIOSK, town.here, "   ")
    assert [card.id for card in by_word] == [town.bracelet]  # not the draft 试制手环
    assert town.wheelchair in [card.id for card in by_initials]
    assert by_scan == [] and nothing == []


def test_a_product_page_says_where_to_try_it_and_what_renting_costs(town: Town) -> None:
    with reading(town.db.sessions) as s:
        wheelchair = product_page(s, KIOSK, town.here, town.wheelchair)
        bracelet = product_page(s, KIOSK, town.here, town.bracelet)
        long = product_page(s, KIOSK, town.here, town.long)
    assert wheelchair.places_here == ()
    assert wheelchair.elsewhere == ("锡山区适老生活体验中心",)  # not the closed centre that shows it
    assert (wheelchair.monthly_rent_fen, wheelchair.deposit_fen) == (17000, 50000)
    assert wheelchair.subsidy_terms == (2, 3)
    rates = [example.rate_bp for example in wheelchair.subsidy_examples]
    assert rates == sorted(rates, reverse=True) and rates[0] == 7000
    assert all(e.monthly_fen == 17000 - subsidy_of(17000, e.rate_bp) for e in wheelchair.subsidy_examples)
    assert all(e.local_only for e in wheelchair.subsidy_examples)  # every rule of Wuxi's asks for 本市户籍
    assert wheelchair.subsidy_cap_fen == 300000
    assert product_page_cap(town, town.bracelet) is None  # not rentable: nothing to cap
    assert (wheelchair.photo, wheelchair.picture) == (None, "category-P02")

    assert bracelet.places_here == (Place("A1", "展示区A1", "请在前台试戴"),)
    assert bracelet.photo is not None and bracelet.photo[:2] == b"\xff\xd8"
    assert bracelet.description == "可测心率。\n\n防水 。"
    assert (bracelet.rentable, bracelet.monthly_rent_fen, bracelet.subsidy_examples) == (False, None, ())
    assert bracelet.maker == "无锡颐年智能科技有限公司"
    assert long.name == LONG_NAME and long.price_fen == 329900 and long.description == ""


def test_a_product_not_listed_or_gone_has_no_page(town: Town) -> None:
    with reading(town.db.sessions) as s:
        for product_id in (town.draft, town.archived, 999_999):
            with pytest.raises(NotFound, match="cannot be shown"):
                product_page(s, KIOSK, town.here, product_id)


def product_page_cap(town: Town, product_id: int) -> int | None:
    with reading(town.db.sessions) as s:
        return product_page(s, KIOSK, town.here, product_id).subsidy_cap_fen


def _desk_quotes(town: Town, product_id: int) -> dict[int, Quote]:
    """What the desk quotes an 85-year-old local resident with no subsidy yet this year, for each
    subsidised term of a unit of `product_id` at this centre."""
    today = local_today()
    manager = actor_with([Role.CENTRE_MANAGER], [town.here], username="manager")
    with transaction(town.db.sessions) as s:
        vault = open_vault(s)
        resident = add_resident(
            s,
            manager,
            vault,
            ResidentInput(
                "钱秀英",
                make_id_number("320213", date(today.year - 85, 1, 1), 2),
                hukou_local=True,
                consent_basis=ConsentBasis.CONSENT,
                consent_text="租赁服务所需",
                home_centre_code="LX01",
            ),
        )
        unit = s.scalar(
            select(DeviceUnit.id).where(
                DeviceUnit.product_id == product_id, DeviceUnit.state == UnitState.AVAILABLE
            )
        )
        assert unit is not None
        return {
            term: quote(s, manager, vault, resident.id, unit, Term(months=term), today) for term in (2, 3)
        }


def test_the_subsidy_example_is_what_the_desk_quotes_an_80_year_old_local(town: Town) -> None:
    offers = _desk_quotes(town, town.wheelchair)
    with reading(town.db.sessions) as s:
        page = product_page(s, KIOSK, town.here, town.wheelchair)
    [example] = [e for e in page.subsidy_examples if e.label == "80周岁及以上"]
    for months, offer in offers.items():
        assert offer.rule is not None and offer.rule.label == example.label
        assert offer.payable_fen == months * example.monthly_fen


@pytest.mark.parametrize(
    ("monthly_rent", "shown_fen"),
    [
        # 2 months: 91.98 − 45.99 = 45.99 元, 23.00 a month (not 22.995 rounded down);
        # 3 months: 137.97 − 68.99 (68.985 rounded up) = 68.98 元, 22.9933… → 23.00 a month.
        ("45.99", 2300),
        # 3 months of 4,000 元 at 50 % would be 6,000 元 of subsidy; the year's cap of 3,000 元 binds, so
        # 9,000 元 for three months: 3,000 a month, not the 2,000 that half the rent would say.
        ("4000", 300000),
    ],
)
def test_an_example_never_promises_a_month_for_less_than_the_desk_charges(
    town: Town, monthly_rent: str, shown_fen: int
) -> None:
    with transaction(town.db.sessions) as s:
        maker = s.scalar(select(Enterprise.id))
        assert maker is not None
        product = add_product(
            s,
            ADMIN,
            _listed(
                "电动护理床", "HB-3", maker, town.p01, rentable=True, monthly_rent=monthly_rent, deposit="0"
            ),
        ).id
        add_unit(s, ADMIN, product, town.here)
    offers = _desk_quotes(town, product)
    with reading(town.db.sessions) as s:
        page = product_page(s, KIOSK, town.here, product)
    [example] = [e for e in page.subsidy_examples if e.label == "80周岁及以上"]
    assert example.monthly_fen == shown_fen and example.local_only
    assert example.monthly_fen == max(-(-offer.payable_fen // months) for months, offer in offers.items())
    for months, offer in offers.items():
        assert offer.subsidy_fen and offer.payable_fen <= months * example.monthly_fen
    assert page.subsidy_cap_fen == offers[2].cap_fen == 300000


def test_every_scan_gets_an_answer(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        tags = dict(s.execute(select(DeviceUnit.product_id, DeviceUnit.asset_tag)).all())
        settings.put(s, ADMIN, settings.PRODUCT_LABEL_URL, "https://ylfw.example.gov.cn/product/{code}")
    with reading(town.db.sessions) as s:

        def answer(text: str) -> tuple[ScanKind, int | None, str, str]:
            found = answer_scan(s, KIOSK, town.here, text)
            return found.kind, found.product_id, found.location_code, found.sentence

        assert answer("SS:P:P-000001") == (ScanKind.PRODUCT, town.bracelet, "", "")
        assert answer("ｓｓ：ｐ：ｐ-000001\n") == (ScanKind.PRODUCT, town.bracelet, "", "")
        assert answer("https://ylfw.example.gov.cn/product/P-000001") == (
            ScanKind.PRODUCT,
            town.bracelet,
            "",
            "",
        )
        assert answer(f"SS:U:{tags[town.wheelchair]}") == (ScanKind.PRODUCT, town.wheelchair, "", "")
        assert answer(f"SS:U:{tags[town.archived]}") == (ScanKind.UNKNOWN, None, "", NOT_LISTED)
        assert answer("SS:P:P-000003") == (ScanKind.UNKNOWN, None, "", NOT_LISTED)  # the draft
        assert answer("SS:C:XS01")[0] is ScanKind.CENTRE
        assert answer("SS:L:LX01-A1") == (ScanKind.LOCATION, None, "A1", "")
        assert answer("SS:L:XS01-B1") == (ScanKind.UNKNOWN, None, "", OTHER_CENTRE)
        for garbage in (
            "SS:P:NOPE",
            "SS:U:NOPE",
            "SS:C:ZZ99",
            "SS:L:LX01-Q9",
            "SS:L:-",
            "hello",
            "",
            "http://x",
        ):
            assert answer(garbage) == (ScanKind.UNKNOWN, None, "", NOT_OURS), garbage


def test_a_location_shows_what_is_on_show_there(town: Town) -> None:
    with reading(town.db.sessions) as s:
        assert [card.id for card in location_products(s, KIOSK, town.here, "a1")] == [town.bracelet]
        assert location_products(s, KIOSK, town.here, "B1") == []  # another centre's location
        assert location_products(s, KIOSK, town.here, "NOPE") == []


def test_pages_cost_the_same_few_queries_however_many_products(town: Town) -> None:
    def costs() -> list[int]:
        with reading(town.db.sessions) as s, counted(town.db) as statements:
            tiles = home_tiles(s, KIOSK, town.here)
            sizes = [len(statements)]
            for tile in tiles[:3]:
                before = len(statements)
                tile_products(s, KIOSK, town.here, tile)
                sizes.append(len(statements) - before)
        return sizes

    before = costs()
    with transaction(town.db.sessions) as s:
        maker = s.scalar(select(Enterprise.id))
        assert maker is not None
        for n in range(40):
            product = add_product(
                s,
                ADMIN,
                _listed(
                    f"智能血压计{n}",
                    f"BP-{n}",
                    maker,
                    town.p01,
                    rentable=True,
                    monthly_rent="30",
                    deposit="100",
                ),
            )
            add_unit(s, ADMIN, product.id, town.here)
    after = costs()
    assert after == before
    # The home page: the centre's two counts, the scheme (two), one GROUP BY for the categories and one
    # count for P01, which has a sub-category.
    assert before[0] == 6
    assert max(before[1:]) <= 8  # the products' ids, then their rows, photos, places, units, pictures


def test_only_those_who_may_view_the_catalogue_read_the_kiosk(town: Town) -> None:
    nobody = actor_with([])
    with reading(town.db.sessions) as s:
        tile = home_tiles(s, KIOSK, town.here)[0]
        for read in (
            lambda: home_tiles(s, nobody, town.here),
            lambda: tile_products(s, nobody, town.here, tile),
            lambda: search_products(s, nobody, town.here, "手环"),
            lambda: product_page(s, nobody, town.here, town.bracelet),
            lambda: answer_scan(s, nobody, town.here, "SS:P:P-000001"),
            lambda: location_products(s, nobody, town.here, "A1"),
        ):
            with pytest.raises(PermissionDenied):
                read()


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[Database, Vault]]:
    db = open_database("sqlite://")
    vault = Vault.generate()
    with transaction(db.sessions) as s:
        generate(s, products=120, seed=3, vault=vault)
    yield db, vault
    db.close()


def _texts(value: object) -> Iterator[str]:
    """Every piece of text a read model holds, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def test_the_kiosk_reads_nothing_personal(demo: tuple[Database, Vault]) -> None:
    db, vault = demo
    with reading(db.sessions) as s:
        residents = s.scalars(select(Resident)).all()
        personal = {r.name for r in residents} | {
            vault.decrypt(blob, purpose=purpose)
            for r in residents
            for blob, purpose in ((r.id_number_enc, "id_number"), (r.phone_enc, "phone"))
            if blob
        }
        centres = s.scalars(select(Centre).where(Centre.active.is_(True))).all()
        tags = s.scalars(select(DeviceUnit.asset_tag)).all()
        locations = s.execute(select(Centre.code, Location.code).join(Location.centre)).all()
        shown: list[object] = []
        for centre in centres:
            shown.append(kiosk_centre(s, centre.code))
            tiles = home_tiles(s, KIOSK, centre.id)
            shown.append(tiles)
            for tile in tiles:
                cards = tile_products(s, KIOSK, centre.id, tile, limit=500)
                shown.append(cards)
                shown.extend(product_page(s, KIOSK, centre.id, card.id) for card in cards)
            for query in ("a", "轮椅", "王", "1"):
                shown.append(search_products(s, KIOSK, centre.id, query, limit=500))
            for tag in tags:
                shown.append(answer_scan(s, KIOSK, centre.id, f"SS:U:{tag}"))
            for centre_code, location_code in locations:
                shown.append(answer_scan(s, KIOSK, centre.id, f"SS:L:{centre_code}-{location_code}"))
                shown.append(location_products(s, KIOSK, centre.id, location_code))
        texts = set(_texts(shown))
        assert len(texts) > 100  # the readers did return what a visitor sees
        assert not {text for text in texts for value in personal if value in text}

        resident_id = residents[0].id
        phone = vault.decrypt(residents[0].phone_enc or b"", purpose="phone")
        request = s.scalar(select(InterestRequest.id))
        assert request is not None
        for read in (
            lambda: list_residents(s, KIOSK, vault),
            lambda: find_by_phone(s, KIOSK, vault, phone),
            lambda: find_by_id_number(s, KIOSK, vault, "11010519491231002X"),
            lambda: reveal(s, KIOSK, vault, resident_id, RevealField.PHONE),
            lambda: eligibility_of(s, KIOSK, vault, resident_id),
            lambda: due_for_review(s, KIOSK, vault),
            lambda: callback_requests(s, KIOSK, vault, centres[0].id),
            lambda: reveal_callback(s, KIOSK, vault, request),
            lambda: mark_called_back(s, KIOSK, request),
        ):
            with pytest.raises(PermissionDenied):
                read()
