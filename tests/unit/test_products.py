"""Products: the bureau's rules on the way in, found by search the moment they are saved, every
change audited, and never deleted from under the records that use them."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from silvershop.catalog.categories import find_assistive_category, find_category
from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.images import add_image
from silvershop.catalog.models import Product, ProductImage, ProductStatus, product_category
from silvershop.catalog.products import (
    ProductInput,
    add_product,
    archive_product,
    delete_product,
    delete_refusal,
    find_product,
    product_details,
    update_product,
)
from silvershop.catalog.search import search
from silvershop.centres.models import Centre, Location, LocationKind, MoveKind, StockBalance, StockMove
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound, PermissionDenied, ValidationError
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security.audit import list_entries
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import REFUSALS, Permission, actor_with
from tests.photos import photo

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
CLERK = actor_with([Role.DESK_CLERK], [1], username="clerk")


@dataclass(frozen=True)
class World:
    db: Database
    dekang: int
    yinfa: int
    smart_p02: int  # MIIT smart-care catalogue 2024, assistive devices
    rental_r101: int  # 无锡 rental catalogue, walking aids
    iso_wheelchair: int  # ISO 9999 12 22 03


@pytest.fixture
def world(memdb: Database) -> World:
    with transaction(memdb.sessions) as s:
        dekang = add_enterprise(s, EDITOR, EnterpriseInput("无锡德康康复器材有限公司", "91350100M000100Y43"))
        yinfa = add_enterprise(s, EDITOR, EnterpriseInput("重庆银发科技有限公司", "91110000802100433B"))
        return World(
            memdb,
            dekang.id,
            yinfa.id,
            find_category(s, EDITOR, "miit_smart", "2024", "P02").id,
            find_category(s, EDITOR, "wuxi_rental", "2025", "R101").id,
            find_assistive_category(s, EDITOR, "12 22 03").id,
        )


def wheelchair(world: World, **changes: object) -> ProductInput:
    data = ProductInput(
        name="手动轮椅车",
        model="WC-101",
        enterprise_id=world.dekang,
        brand="德康",
        category_ids=frozenset({world.smart_p02, world.rental_r101}),
        assistive_category_id=world.iso_wheelchair,
        reference_price="1,299",
        rentable=True,
        monthly_rent="200",
        deposit="1000",
        listing_year=2024,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _add(world: World, data: ProductInput) -> int:
    with transaction(world.db.sessions) as s:
        return add_product(s, EDITOR, data).id


def _product_writes(db: Database) -> tuple[int, int]:
    with reading(db.sessions) as s:
        products = s.scalar(select(func.count(Product.id))) or 0
        entries = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "product")) or 0
    return products, entries


def test_a_new_product_gets_the_next_code_and_is_shown_with_its_categories(world: World) -> None:
    with transaction(world.db.sessions) as s:
        first = add_product(s, EDITOR, wheelchair(world))
        second = add_product(s, EDITOR, wheelchair(world, model="WC-102"))
    assert (first.code, second.code) == ("P-000001", "P-000002")
    assert first.enterprise_name == "无锡德康康复器材有限公司"
    assert first.enterprise_credit_code == "91350100M000100Y43"
    assert [(c.scheme_key, c.edition, c.code) for c in first.categories] == [
        ("miit_smart", "2024", "P02"),
        ("wuxi_rental", "2025", "R101"),
    ]
    assert first.assistive_category is not None
    assert (first.assistive_category.edition, first.assistive_category.code) == ("ISO 9999:2022", "12 22 03")
    assert (first.reference_price_fen, first.monthly_rent_fen, first.deposit_fen) == (129900, 20000, 100000)
    assert first.status is ProductStatus.DRAFT
    assert first.deletable


def test_codes_continue_after_the_highest_given_and_typed_codes_are_tidied(world: World) -> None:
    _add(world, wheelchair(world, code="P-000050"))
    _add(world, wheelchair(world, model="X-1", code=" ｐ－ａｂｃ "))  # full-width, lower case
    with transaction(world.db.sessions) as s:
        assert add_product(s, EDITOR, wheelchair(world, model="X-2")).code == "P-000051"
        assert find_product(s, EDITOR, "p-abc").model == "X-1"


def test_a_new_product_is_found_by_name_initials_and_model_at_once(world: World) -> None:
    product_id = _add(world, wheelchair(world, model="ＷＣ－１０１"))
    with reading(world.db.sessions) as s:
        assert product_details(s, EDITOR, product_id).model == "WC-101"  # stored half-width
        for query in ("手动轮椅", "轮椅", "sdlyc", "shoudong", "wc-101", "WC-101", "德康"):
            assert search(s, query) == [product_id], query


def test_the_exact_model_ranks_first(world: World) -> None:
    longer = _add(world, wheelchair(world, name="轮椅坐垫", model="WC-1010"))
    exact = _add(world, wheelchair(world, name="手动轮椅车", model="WC-101"))
    with reading(world.db.sessions) as s:
        assert search(s, "wc-101") == [exact, longer]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Enter the product's name."),
        ({"model": ""}, "model", "Enter the model (型号规格) as it is written on the product."),
        ({"enterprise_id": 0}, "enterprise_id", "Choose the enterprise that makes the product."),
        (
            {"enterprise_id": 999},
            "enterprise_id",
            "The chosen enterprise no longer exists; choose the maker again.",
        ),
        (
            {"code": "P_0001"},
            "code",
            "A product code may have only digits, capital letters and '-', because it goes on QR labels; "
            "“_” is not allowed.",
        ),
        ({"code": "产品1"}, "code", None),
        ({"reference_price": "-1"}, "reference_price", "The amount cannot be negative."),
        (
            {"deposit": "一千"},
            "deposit",
            "“一千” is not an amount of money. Type it in 元, for example 1299 or 1,299.50.",
        ),
        ({"monthly_rent": ""}, "monthly_rent", "A rentable product needs a monthly rent."),
        ({"deposit": ""}, "deposit", "A rentable product needs a deposit; enter 0 if none is taken."),
        ({"grace_days": "2.5"}, "grace_days", "Grace days are a whole number of days from 0 to 365."),
        ({"grace_days": "-1"}, "grace_days", "Grace days are a whole number of days from 0 to 365."),
        ({"listing_year": 1999}, "listing_year", None),
        (
            {"is_medical_device": True},
            "device_class",
            "A medical device needs its class (I, II or III) and its registration number.",
        ),
        (
            {"is_medical_device": True, "device_class": "II"},
            "registration_no",
            "Enter the medical device's registration number (注册证号 or 备案号).",
        ),
        (
            {"is_medical_device": True, "registration_no": "苏械注准20232190001"},
            "device_class",
            "Choose the medical-device class: I, II or III.",
        ),
        (
            {"is_medical_device": True, "device_class": "IV", "registration_no": "x"},
            "device_class",
            "The medical-device class is I, II or III.",
        ),
        ({"brand": "品" * 121}, "brand", "This is too long: 120 characters at most fit here."),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_written(
    world: World, changes: dict[str, object], field: str, message: str | None
) -> None:
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, **changes))
    assert refused.value.field == field
    if message is not None:
        assert str(refused.value) == message
    assert _product_writes(world.db) == (0, 0)


def test_listing_year_range_says_the_years(world: World) -> None:
    message = r"^The listing year must be between 2000 and \d{4}\.$"
    with pytest.raises(ValidationError, match=message), transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, listing_year=1999))


def test_categories_go_in_their_own_kind_of_field(world: World) -> None:
    with pytest.raises(ValidationError) as assistive_as_category, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, category_ids=frozenset({world.iso_wheelchair})))
    assert assistive_as_category.value.field == "category_ids"
    assert str(assistive_as_category.value) == (
        "12 22 03 双手驱动轮椅车 is an assistive-product code (ISO 9999); "
        "choose it as the assistive-product category instead."
    )
    with pytest.raises(ValidationError) as promotion_as_assistive, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, assistive_category_id=world.smart_p02))
    assert promotion_as_assistive.value.field == "assistive_category_id"
    with pytest.raises(ValidationError) as unknown, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, category_ids=frozenset({world.smart_p02, 99999})))
    assert str(unknown.value) == "A chosen category no longer exists; choose the product's categories again."
    assert _product_writes(world.db) == (0, 0)


def test_one_model_belongs_to_one_enterprise(world: World) -> None:
    _add(world, wheelchair(world))
    with pytest.raises(ValidationError) as same_maker, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, name="轮椅", model=" wc-101 "))
    assert (same_maker.value.field, str(same_maker.value)) == (
        "model",
        "This enterprise already has a product with model WC-101: P-000001 手动轮椅车.",
    )
    with pytest.raises(ValidationError) as other_maker, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, enterprise_id=world.yinfa))
    assert str(other_maker.value) == (
        "The model WC-101 is already registered for 无锡德康康复器材有限公司 (P-000001 手动轮椅车); "
        "each model has one applicant. Check the model, or correct that product."
    )
    assert _product_writes(world.db) == (1, 1)


def test_a_typed_code_is_used_once(world: World) -> None:
    _add(world, wheelchair(world, code="WX-1"))
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, model="WC-9", code="wx-1"))
    assert str(refused.value) == "The code WX-1 is already used by 手动轮椅车."


def test_a_code_another_desk_took_a_moment_ago_is_refused_in_words(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks on PostgreSQL can compute the same next code; the second save must not crash."""
    _add(world, wheelchair(world))
    monkeypatch.setattr("silvershop.catalog.product_codes.next_code", lambda _session: "P-000001")
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, model="WC-2"))
    assert refused.value.field == "code"
    assert "save again" in str(refused.value)
    assert _product_writes(world.db) == (1, 1)


def test_a_desk_clerk_cannot_add_or_change_products(world: World) -> None:
    with pytest.raises(PermissionDenied) as refused, transaction(world.db.sessions) as s:
        add_product(s, CLERK, wheelchair(world))
    assert str(refused.value) == REFUSALS[Permission.EDIT_CATALOGUE]
    assert _product_writes(world.db) == (0, 0)
    product_id = _add(world, wheelchair(world))
    for change in (update_product, archive_product, delete_product):
        args = (product_id, wheelchair(world)) if change is update_product else (product_id,)
        with pytest.raises(PermissionDenied), transaction(world.db.sessions) as s:
            change(s, CLERK, *args)  # type: ignore[operator]
    with reading(world.db.sessions) as s:
        assert product_details(s, CLERK, product_id).status is ProductStatus.DRAFT  # reading is allowed


def test_an_update_is_audited_field_by_field_and_reindexed(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    with transaction(world.db.sessions) as s:
        details = update_product(
            s, EDITOR, product_id, wheelchair(world, code="", model="WC-202", reference_price="1399.5")
        )
    assert (details.code, details.model, details.reference_price_fen) == ("P-000001", "WC-202", 139950)
    with reading(world.db.sessions) as s:
        update, create = list_entries(s, ADMIN, entity="product")
        assert search(s, "wc-202") == [product_id]
        assert search(s, "wc-101") == []
    assert create.action == "create"
    assert update.changes == {"model": ["WC-101", "WC-202"], "reference_price_fen": [129900, 139950]}


def test_saving_the_form_unchanged_changes_nothing(world: World) -> None:
    product_id = _add(world, wheelchair(world, grace_days="3", late_fee_per_day="0.5"))
    with transaction(world.db.sessions) as s:
        before = product_details(s, EDITOR, product_id)
        after = update_product(s, EDITOR, product_id, before.to_input())
    assert replace(after, updated_at=before.updated_at) == before
    with reading(world.db.sessions) as s:
        assert [e.action for e in list_entries(s, ADMIN, entity="product")] == ["create"]


def test_find_by_code_typed_or_scanned(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    with reading(world.db.sessions) as s:
        assert find_product(s, EDITOR, " ｐ-000001 ").id == product_id
        assert find_product(s, EDITOR, "SS:P:P-000001").id == product_id
        with pytest.raises(NotFound) as missing:
            find_product(s, EDITOR, "P-000009")
    assert str(missing.value) == (
        "No product has the code P-000009. Check the code on the label, or search by name."
    )


def test_archiving_keeps_the_product_out_of_the_catalogue_and_is_audited(world: World) -> None:
    product_id = _add(world, wheelchair(world, status=ProductStatus.LISTED))
    with transaction(world.db.sessions) as s:
        archive_product(s, EDITOR, product_id)
    with reading(world.db.sessions) as s:
        assert product_details(s, EDITOR, product_id).status is ProductStatus.ARCHIVED
        archived = list_entries(s, ADMIN, entity="product")[0]
    assert (archived.action, archived.changes) == ("archive", {"status": ["listed", "archived"]})


def _centre(db: Database) -> tuple[int, int]:
    with transaction(db.sessions) as s:
        centre = Centre(code="BH01", name="滨湖体验中心", district_code="320211")
        s.add(centre)
        s.flush()
        location = Location(centre_id=centre.id, code="S1", name="货架1", kind=LocationKind.SHELF)
        s.add(location)
        s.flush()
        return centre.id, location.id


def test_a_product_with_device_units_is_archived_not_deleted(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    centre_id, _location = _centre(world.db)
    with transaction(world.db.sessions) as s:
        for n in range(3):
            s.add(DeviceUnit(asset_tag=f"BH01-0000{n}", product_id=product_id, home_centre_id=centre_id))
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        delete_product(s, EDITOR, product_id)
    assert str(refused.value) == (
        "This product has 3 device units, so it cannot be deleted. "
        "Archive it instead: it stays in the records but leaves the catalogue."
    )
    with reading(world.db.sessions) as s:
        assert not product_details(s, EDITOR, product_id).deletable
        assert [e.action for e in list_entries(s, ADMIN, entity="product")] == ["create"]


def test_a_product_with_units_and_stock_says_both(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    centre_id, location_id = _centre(world.db)
    with transaction(world.db.sessions) as s:
        s.add(DeviceUnit(asset_tag="BH01-00001", product_id=product_id, home_centre_id=centre_id))
        s.add(
            StockMove(
                product_id=product_id,
                centre_id=centre_id,
                location_id=location_id,
                quantity=4,
                kind=MoveKind.RECEIVE,
            )
        )
        s.add(StockBalance(product_id=product_id, location_id=location_id, centre_id=centre_id, quantity=4))
    with reading(world.db.sessions) as s:
        refusal = delete_refusal(s, product_id)
    assert refusal is not None
    assert str(refusal) == (
        "This product has 1 device unit and stock at 1 centre, so it cannot be deleted. "
        "Archive it instead: it stays in the records but leaves the catalogue."
    )


def test_an_unused_product_is_deleted_with_its_photos_and_categories(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    _add(world, wheelchair(world, name="电动轮椅", model="EW-1"))
    with transaction(world.db.sessions) as s:
        add_image(s, EDITOR, product_id, photo((800, 600)))
    with transaction(world.db.sessions) as s:
        delete_product(s, EDITOR, product_id)
    with reading(world.db.sessions) as s:
        assert s.get(Product, product_id) is None
        assert s.scalar(select(func.count()).select_from(ProductImage)) == 0
        linked = select(func.count()).where(product_category.c.product_id == product_id)
        assert s.scalar(linked) == 0
        assert search(s, "轮椅") == [2]  # the search index forgot it too
        assert list_entries(s, ADMIN, entity="product")[0].action == "delete"


def _units(db: Database, product_id: int, *states: UnitState) -> None:
    centre_id, _location = _centre(db)
    with transaction(db.sessions) as s:
        for n, state in enumerate(states):
            s.add(
                DeviceUnit(
                    asset_tag=f"BH01-{n:05d}", product_id=product_id, home_centre_id=centre_id, state=state
                )
            )


def _audited_updates(db: Database) -> int:
    with reading(db.sessions) as s:
        return len([e for e in list_entries(s, ADMIN, entity="product") if e.action == "update"])


def test_the_code_of_a_product_in_use_stays_as_it_is_on_the_labels(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    _units(world.db, product_id, UnitState.AVAILABLE, UnitState.ON_LOAN)
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        update_product(s, EDITOR, product_id, wheelchair(world, code="WC-NEW", model="WC-202"))
    assert refused.value.field == "code"
    assert str(refused.value) == (
        "This code is on labels and records of 2 device units; it cannot change. "
        "Keep the code P-000001; if this is really another product, add it as a new one."
    )
    with reading(world.db.sessions) as s:
        assert (
            product_details(s, EDITOR, product_id).code,
            product_details(s, EDITOR, product_id).model,
        ) == (
            "P-000001",
            "WC-101",
        )
    assert _audited_updates(world.db) == 0
    with transaction(world.db.sessions) as s:  # the same code, typed in another case, is no change
        assert update_product(s, EDITOR, product_id, wheelchair(world, code="p-000001")).code == "P-000001"


def test_the_code_of_an_unused_product_may_change(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    with transaction(world.db.sessions) as s:
        assert update_product(s, EDITOR, product_id, wheelchair(world, code="WX-7")).code == "WX-7"
    with reading(world.db.sessions) as s:
        assert find_product(s, EDITOR, "WX-7").id == product_id


def test_a_product_with_units_in_service_stays_rentable(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    _units(world.db, product_id, UnitState.AVAILABLE, UnitState.IN_REPAIR, UnitState.RETIRED, UnitState.LOST)
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        update_product(s, EDITOR, product_id, wheelchair(world, rentable=False, brand="新品牌"))
    assert refused.value.field == "rentable"
    assert str(refused.value) == (
        "2 device units of this product are still in service, so the product must stay rentable. "
        "Retire those units (or record them as lost) first; then the product can stop being rentable."
    )
    with reading(world.db.sessions) as s:
        kept = product_details(s, EDITOR, product_id)
    assert (kept.rentable, kept.brand) == (True, "德康")
    assert _audited_updates(world.db) == 0


def test_a_product_whose_units_are_all_retired_or_lost_may_stop_being_rented(world: World) -> None:
    product_id = _add(world, wheelchair(world))
    _units(world.db, product_id, UnitState.RETIRED, UnitState.LOST)
    with transaction(world.db.sessions) as s:
        details = update_product(s, EDITOR, product_id, wheelchair(world, rentable=False))
    assert not details.rentable


def test_rent_and_deposit_are_kept_when_a_product_is_not_rentable(world: World) -> None:
    """The form sends them even when 'rentable' is unticked; renting it again starts from them."""
    product_id = _add(world, wheelchair(world, rentable=False, late_fee_per_day="2", grace_days="3"))
    with reading(world.db.sessions) as s:
        details = product_details(s, EDITOR, product_id)
    assert not details.rentable
    assert (
        details.monthly_rent_fen,
        details.deposit_fen,
        details.late_fee_per_day_fen,
        details.grace_days,
    ) == (
        20000,
        100000,
        200,
        3,
    )


def test_unticking_medical_device_clears_its_class_and_number(world: World) -> None:
    medical = wheelchair(
        world, is_medical_device=True, device_class="II", registration_no="苏械注准20232190001"
    )
    product_id = _add(world, medical)
    with transaction(world.db.sessions) as s:
        details = update_product(s, EDITOR, product_id, replace(medical, is_medical_device=False))
    assert (details.is_medical_device, details.device_class, details.registration_no) == (False, "", "")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"status": ProductStatus.LISTED, "listing_year": None},
            "listing_year",
            "A listed product needs its listing year (入选年度).",
        ),
        (
            {"status": ProductStatus.ARCHIVED},
            "status",
            "A new product cannot start as archived. Save it as a draft, submitted or listed; "
            "archive it when it leaves the catalogue.",
        ),
    ],
)
def test_a_status_the_product_cannot_have_is_refused(
    world: World, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        add_product(s, EDITOR, wheelchair(world, **changes))
    assert (refused.value.field, str(refused.value)) == (field, message)
    assert _product_writes(world.db) == (0, 0)


def test_a_product_saved_as_listed_keeps_its_year_and_may_be_archived_later(world: World) -> None:
    product_id = _add(world, wheelchair(world, status=ProductStatus.LISTED, listing_year=2022))
    with pytest.raises(ValidationError) as refused, transaction(world.db.sessions) as s:
        update_product(
            s, EDITOR, product_id, wheelchair(world, status=ProductStatus.LISTED, listing_year=None)
        )
    assert refused.value.field == "listing_year"
    with transaction(world.db.sessions) as s:
        archived = update_product(s, EDITOR, product_id, wheelchair(world, status=ProductStatus.ARCHIVED))
    assert archived.status is ProductStatus.ARCHIVED
