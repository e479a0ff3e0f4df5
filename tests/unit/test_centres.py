"""Centres and their locations, what is on show where, minimum quantities, and each centre at a glance:
opened by an administrator, kept by their own manager, seen by their own staff."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import (
    CentreInput,
    LocationInput,
    add_centre,
    add_location,
    centre_view,
    update_centre,
    update_location,
)
from silvershop.centres.display import show_product, shown_at_centre, stop_showing, where_to_find
from silvershop.centres.models import Centre, LocationKind
from silvershop.centres.overview import centre_overviews
from silvershop.centres.stock import (
    WriteOffReason,
    adjust,
    centre_stock,
    move_between,
    move_history,
    receive,
    write_off,
)
from silvershop.centres.stocktakes import Uncounted, apply_stocktake, record_scans, start_stocktake
from silvershop.centres.thresholds import below_minimum, set_minimum
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import REFUSALS, Permission, actor_with

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
LIANGXI = CentreInput(
    code="lx01",
    name="梁溪区适老生活体验中心",
    district_code="320213",
    address="梁溪区中山路 100 号",
    opening_hours="周二至周日 9:00–17:00",
    phone="0510 8272 0000",
    manager_name="陈敏",
)


@dataclass(frozen=True)
class Town:
    db: Database
    centre: int
    other: int
    display: int
    store: int
    elsewhere: int
    walker: int
    bed: int


@pytest.fixture
def town(memdb: Database) -> Town:
    """Two centres, opened through the service, and two products (a care bed with a price, a walker)."""
    with transaction(memdb.sessions) as s:
        liangxi = add_centre(s, ADMIN, LIANGXI)
        xishan = add_centre(s, ADMIN, CentreInput("XS01", "锡山区适老生活体验中心", "320205"))
        display = add_location(s, ADMIN, liangxi.id, LocationInput("A1", "展示区A1", LocationKind.DISPLAY))
        store = add_location(s, ADMIN, liangxi.id, LocationInput("ST", "库房", LocationKind.STORE))
        elsewhere = add_location(s, ADMIN, xishan.id, LocationInput("ST", "库房", LocationKind.STORE))
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        s.add(maker)
        s.flush()
        walker = add_product(s, ADMIN, ProductInput("四轮助行车", "RL-1", maker.id))
        bed = add_product(s, ADMIN, ProductInput("电动护理床", "HB-3", maker.id, reference_price="3299"))
        return Town(memdb, liangxi.id, xishan.id, display.id, store.id, elsewhere.id, walker.id, bed.id)


def manager(town: Town) -> object:
    return actor_with([Role.CENTRE_MANAGER], [town.centre], username="manager")


def clerk(town: Town) -> object:
    return actor_with([Role.DESK_CLERK], [town.centre], username="clerk")


def test_a_new_centre_keeps_its_code_as_labels_carry_it_and_its_phone_tidied(town: Town) -> None:
    with reading(town.db.sessions) as s:
        view = centre_view(s, town.centre)
    assert (view.code, view.district_name, view.phone) == ("LX01", "梁溪区", "0510-82720000")
    assert [(loc.code, loc.kind) for loc in view.locations] == [
        ("A1", LocationKind.DISPLAY),
        ("ST", LocationKind.STORE),
    ]


@pytest.mark.parametrize(
    ("data", "field", "says"),
    [
        (CentreInput("LX-01", "某中心", "320213"), "code", "2 to 12 letters"),
        (CentreInput("LX01", "某中心", "320213"), "code", "already another centre's"),
        (CentreInput("JK01", "经开区中心", "320299"), "district_code", "Choose the district"),
        (CentreInput("JK01", "  ", "320213"), "name", "Enter the centre's name"),
        (CentreInput("JK01", "某中心", "320213", phone="12345"), "phone", "not a phone number"),
    ],
)
def test_a_centre_with_bad_details_is_refused_under_its_field_and_nothing_is_written(
    town: Town, data: CentreInput, field: str, says: str
) -> None:
    with pytest.raises(ValidationError) as refused, transaction(town.db.sessions) as s:
        add_centre(s, ADMIN, data)
    assert refused.value.field == field
    assert says in str(refused.value)
    with reading(town.db.sessions) as s:
        assert s.scalar(select(func.count(Centre.id))) == 2


def test_only_an_administrator_opens_a_centre_and_a_manager_edits_only_their_own(town: Town) -> None:
    with pytest.raises(PermissionDenied) as refused, transaction(town.db.sessions) as s:
        add_centre(s, manager(town), CentreInput("JK01", "经开区中心", "320211"))  # type: ignore[arg-type]
    assert str(refused.value) == REFUSALS[Permission.OPEN_CENTRE]
    with transaction(town.db.sessions) as s:
        changed = update_centre(
            s,
            manager(town),  # type: ignore[arg-type]
            town.centre,
            CentreInput("IGNORED", "梁溪区适老生活体验中心", "320213", opening_hours="每天 8:30–17:30"),
        )
    assert (changed.code, changed.opening_hours) == ("LX01", "每天 8:30–17:30")
    with pytest.raises(PermissionDenied, match="another centre"), transaction(town.db.sessions) as s:
        update_centre(s, manager(town), town.other, CentreInput("XS01", "改名", "320205"))  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        entries = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "centre")).all()
    assert sorted(entries) == ["create", "create", "update"]


def test_a_location_code_must_be_new_in_its_centre_and_fit_a_label(town: Town) -> None:
    with (
        pytest.raises(ValidationError, match="already has a location ST") as refused,
        transaction(town.db.sessions) as s,
    ):
        add_location(s, ADMIN, town.centre, LocationInput("st", "另一个库房", LocationKind.STORE))
    assert refused.value.field == "code"
    with pytest.raises(ValidationError, match="1 to 8 letters"), transaction(town.db.sessions) as s:
        add_location(s, ADMIN, town.centre, LocationInput("货架1", "货架", LocationKind.SHELF))
    with transaction(town.db.sessions) as s:  # the same code at another centre is fine
        add_location(s, ADMIN, town.other, LocationInput("A1", "展示区A1", LocationKind.DISPLAY))


def test_a_location_holding_stock_cannot_be_taken_out_of_use_until_emptied(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.store, 3, "DN-0001")  # type: ignore[arg-type]
    with (
        pytest.raises(ValidationError, match="still holds 3 items") as refused,
        transaction(town.db.sessions) as s,
    ):
        update_location(s, manager(town), town.store, "库房", LocationKind.STORE, active=False)  # type: ignore[arg-type]
    assert refused.value.field == "active"
    with transaction(town.db.sessions) as s:
        move_between(s, clerk(town), town.walker, town.store, town.display, 3)  # type: ignore[arg-type]
        update_location(s, manager(town), town.store, "旧库房", LocationKind.STORE, active=False)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="no longer in use"), transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.store, 1, "DN-0002")  # type: ignore[arg-type]


def test_receiving_needs_the_delivery_note_and_adjusting_needs_a_reason(town: Town) -> None:
    with pytest.raises(ValidationError) as refused, transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.store, 3, "  ")  # type: ignore[arg-type]
    assert refused.value.field == "delivery_note"
    with pytest.raises(ValidationError) as refused, transaction(town.db.sessions) as s:
        adjust(s, manager(town), town.walker, town.store, 2, "")  # type: ignore[arg-type]
    assert refused.value.field == "reason"
    with transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.store, 3, "DN-0001")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="same centre"), transaction(town.db.sessions) as s:
        move_between(s, ADMIN, town.walker, town.store, town.elsewhere, 1)
    with reading(town.db.sessions) as s:
        assert [(p.code, p.quantity) for p in centre_stock(s, ADMIN, town.centre)] == [("P-000001", 3)]


def test_stock_shows_where_each_product_is_and_history_says_what_happened(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.bed, town.store, 5, "DN-0001")  # type: ignore[arg-type]
        move_between(s, clerk(town), town.bed, town.store, town.display, 1, "上架展示")  # type: ignore[arg-type]
        write_off(s, manager(town), town.bed, town.store, 1, WriteOffReason.DAMAGED, "运输压坏")  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        [bed] = centre_stock(s, clerk(town), town.centre)  # type: ignore[arg-type]
        history = move_history(s, clerk(town), town.centre)  # type: ignore[arg-type]
        assert centre_stock(s, ADMIN, town.centre, text="护理床") == [bed]
        assert centre_stock(s, ADMIN, town.centre, text="ＨＢ") == [bed]  # full-width model
        assert centre_stock(s, ADMIN, town.centre, text="助行") == []
    assert bed.quantity == 4
    assert [(p.location_code, p.quantity) for p in bed.places] == [("A1", 1), ("ST", 3)]
    assert [(h.quantity, h.kind.value, h.reference, h.reason) for h in history] == [
        (-1, "write_off", "damaged", "运输压坏"),
        (1, "move_in", "ST", "上架展示"),
        (-1, "move_out", "A1", "上架展示"),
        (5, "receive", "DN-0001", ""),
    ]


def test_a_clerk_sees_and_moves_only_their_own_centres_stock(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        receive(s, ADMIN, town.walker, town.elsewhere, 4, "DN-0009")
    with reading(town.db.sessions) as s, pytest.raises(PermissionDenied, match="another centre"):
        centre_stock(s, clerk(town), town.other)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied, match="another centre"), transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.elsewhere, 1, "DN-0010")  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        assert [o.code for o in centre_overviews(s, clerk(town))] == ["LX01"]  # type: ignore[arg-type]
        assert [o.code for o in centre_overviews(s, ADMIN)] == ["LX01", "XS01"]
        assert centre_stock(s, ADMIN, town.other)[0].quantity == 4


def test_a_product_on_show_is_found_at_every_centre_with_its_stock_and_free_rental_units(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        show_product(s, clerk(town), town.bed, town.display, "可试躺")  # type: ignore[arg-type]
        show_product(s, clerk(town), town.bed, town.display, "可试躺，请找工作人员")  # type: ignore[arg-type]
        receive(s, ADMIN, town.bed, town.elsewhere, 2, "DN-0003")
        s.add_all(
            [
                DeviceUnit(asset_tag="LX01-00001", product_id=town.bed, home_centre_id=town.centre),
                DeviceUnit(
                    asset_tag="LX01-00002",
                    product_id=town.bed,
                    home_centre_id=town.centre,
                    state=UnitState.ON_LOAN,
                ),
                DeviceUnit(
                    asset_tag="LX01-00003",
                    product_id=town.bed,
                    home_centre_id=town.centre,
                    state=UnitState.RETIRED,
                ),
            ]
        )
    with reading(town.db.sessions) as s:
        found = where_to_find(s, town.bed)
        shown = shown_at_centre(s, town.centre)
    assert [(f.centre_code, f.location_code, f.in_stock, f.rental_units, f.free_units) for f in found] == [
        ("LX01", "A1", 0, 2, 1),
        ("XS01", "", 2, 0, 0),
    ]
    assert [(d.product_code, d.location_code, d.note) for d in shown] == [
        ("P-000002", "A1", "可试躺，请找工作人员")
    ]
    with pytest.raises(PermissionDenied), transaction(town.db.sessions) as s:
        stop_showing(s, actor_with([Role.DESK_CLERK], [town.other]), shown[0].id)
    with transaction(town.db.sessions) as s:
        stop_showing(s, clerk(town), shown[0].id)  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        assert shown_at_centre(s, town.centre) == []


def test_products_below_their_minimum_are_listed_worst_first_and_0_removes_a_minimum(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.walker, town.store, 2, "DN-0001")  # type: ignore[arg-type]
        set_minimum(s, manager(town), town.walker, town.centre, 3)  # type: ignore[arg-type]
        set_minimum(s, manager(town), town.bed, town.centre, 5)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied), transaction(town.db.sessions) as s:
        set_minimum(s, clerk(town), town.bed, town.centre, 1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused, transaction(town.db.sessions) as s:
        set_minimum(s, manager(town), town.bed, town.centre, -1)  # type: ignore[arg-type]
    assert refused.value.field == "minimum"
    with reading(town.db.sessions) as s:
        short = below_minimum(s, manager(town))  # type: ignore[arg-type]
        listed = centre_stock(s, manager(town), town.centre, below_only=True)  # type: ignore[arg-type]
    assert [(b.product_code, b.quantity, b.missing) for b in short] == [
        ("P-000002", 0, 5),
        ("P-000001", 2, 1),
    ]
    assert [(p.code, p.quantity, p.min_quantity) for p in listed] == [("P-000001", 2, 3), ("P-000002", 0, 5)]
    with transaction(town.db.sessions) as s:
        set_minimum(s, manager(town), town.bed, town.centre, 0)  # type: ignore[arg-type]
        receive(s, clerk(town), town.walker, town.store, 1, "DN-0002")  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        assert below_minimum(s, ADMIN) == []


def test_the_overview_adds_up_stock_value_units_and_the_last_count(town: Town) -> None:
    with transaction(town.db.sessions) as s:
        receive(s, clerk(town), town.bed, town.store, 2, "DN-0001")  # type: ignore[arg-type]
        receive(s, clerk(town), town.walker, town.store, 3, "DN-0002")  # type: ignore[arg-type]
        show_product(s, clerk(town), town.bed, town.display)  # type: ignore[arg-type]
        s.add(DeviceUnit(asset_tag="LX01-00001", product_id=town.bed, home_centre_id=town.centre))
        count = start_stocktake(s, clerk(town), town.centre, town.store)  # type: ignore[arg-type]
        record_scans(s, clerk(town), count.id, ["SS:P:P-000002", "SS:P:P-000002"])  # type: ignore[arg-type]
        apply_stocktake(s, manager(town), count.id, Uncounted.AS_BOOKED)  # type: ignore[arg-type]
    with reading(town.db.sessions) as s:
        [liangxi, _] = centre_overviews(s, ADMIN)
    assert (liangxi.stock_units, liangxi.stock_value_fen, liangxi.unpriced_units) == (5, 2 * 329_900, 3)
    assert (liangxi.products_on_display, liangxi.locations, liangxi.rental_units) == (1, 2, 1)
    assert dict(liangxi.units_by_state)[UnitState.AVAILABLE] == 1
    assert liangxi.last_stocktake is not None and liangxi.open_stocktakes == 0


def test_a_quantity_no_centre_could_hold_is_refused_as_a_slip(town: Town) -> None:
    """A scanner emptying a barcode into the quantity field gives a number like 6901234567892."""
    for act in (
        lambda s: receive(s, ADMIN, town.walker, town.store, 6_901_234_567_892, "DN-0001"),
        lambda s: set_minimum(s, ADMIN, town.walker, town.centre, 2_000_000),
    ):
        with (
            pytest.raises(ValidationError, match="is more than a centre could hold"),
            transaction(town.db.sessions) as s,
        ):
            act(s)
    with reading(town.db.sessions) as s:
        assert centre_stock(s, ADMIN, town.centre) == []
