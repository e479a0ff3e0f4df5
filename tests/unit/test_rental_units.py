"""Rental device units: registered under the next asset tag of their centre, found by a scan however the
scanner typed it, and taken out of service (repair, retirement, loss) only in ways that make sense.

The `rental` fixture here (two centres, rentable and non-rentable products, residents) is shared by
the reservation, desk-list and fitting tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Enterprise
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import CentreInput, LocationInput, add_centre, add_location
from silvershop.centres.models import Centre, LocationKind
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound, PermissionDenied, SilvershopError, ValidationError
from silvershop.rental import units
from silvershop.rental.models import (
    CleaningRecord,
    CleaningResult,
    ConsentBasis,
    DeviceUnit,
    FittingCase,
    FittingEvent,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    Reservation,
    UnitState,
)
from silvershop.rental.out_of_service import finish_repair, mark_lost, retire_unit, send_to_repair
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.rental.units import (
    add_unit,
    find_unit,
    list_units,
    unit_history,
)
from silvershop.security.id_number import make_id_number
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import Vault

TODAY = date(2026, 11, 29)
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")


@dataclass(frozen=True)
class Rental:
    db: Database
    vault: Vault
    centre: int  # 梁溪 LX01
    other: int  # 锡山 XS01
    store: int  # LX01's rental store
    elsewhere: int  # XS01's rental store
    wheelchair: int  # rentable
    walker: int  # rentable
    bed: int  # not rentable
    li: int  # residents of LX01; 李秀英 has a phone on record
    wang: int
    zhao: int

    @property
    def manager(self) -> Actor:
        return actor_with([Role.CENTRE_MANAGER], [self.centre], username="manager")

    @property
    def clerk(self) -> Actor:
        return actor_with([Role.DESK_CLERK], [self.centre], username="clerk")

    @property
    def other_clerk(self) -> Actor:
        return actor_with([Role.DESK_CLERK], [self.other], username="clerk-xs")

    @property
    def other_manager(self) -> Actor:
        return actor_with([Role.CENTRE_MANAGER], [self.other], username="manager-xs")


def _resident(s: Session, actor: Actor, vault: Vault, name: str, sequence: int, phone: str) -> int:
    data = ResidentInput(
        name=name,
        id_number=make_id_number("320213", date(1944, 3, 8), sequence),
        phone=phone,
        hukou_local=True,
        consent_basis=ConsentBasis.CONSENT,
        consent_text="租赁服务所需",
        home_centre_code="LX01",
    )
    return add_resident(s, actor, vault, data, today=TODAY).id


@pytest.fixture(name="rental")
def rental_fixture(memdb: Database) -> Rental:
    vault = Vault.generate()
    with transaction(memdb.sessions) as s:
        liangxi = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213"))
        xishan = add_centre(s, ADMIN, CentreInput("XS01", "锡山区适老生活体验中心", "320205"))
        store = add_location(s, ADMIN, liangxi.id, LocationInput("RS", "租赁库房", LocationKind.RENTAL_STORE))
        elsewhere = add_location(
            s, ADMIN, xishan.id, LocationInput("RS", "租赁库房", LocationKind.RENTAL_STORE)
        )
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        s.add(maker)
        s.flush()
        wheelchair, walker = (
            add_product(
                s,
                ADMIN,
                ProductInput(name, model, maker.id, monthly_rent="200", deposit="500", rentable=True),
            )
            for name, model in (("手动轮椅", "SY-1"), ("四轮助行车", "RL-1"))
        )
        bed = add_product(s, ADMIN, ProductInput("电动护理床", "HB-3", maker.id, reference_price="3299"))
        li = _resident(s, ADMIN, vault, "李秀英", 2, "138 0013 8000")
        wang = _resident(s, ADMIN, vault, "王建国", 11, "139 0511 2233")
        zhao = _resident(s, ADMIN, vault, "赵桂兰", 24, "")
    return Rental(
        memdb,
        vault,
        liangxi.id,
        xishan.id,
        store.id,
        elsewhere.id,
        wheelchair.id,
        walker.id,
        bed.id,
        li,
        wang,
        zhao,
    )


def register(
    rental: Rental, count: int = 1, product: str = "wheelchair", centre: str = "centre"
) -> list[int]:
    """`count` units of a product at a centre, registered by an administrator."""
    with transaction(rental.db.sessions) as s:
        return [
            add_unit(s, ADMIN, getattr(rental, product), getattr(rental, centre), today=TODAY).id
            for _ in range(count)
        ]


def lend(rental: Rental, unit_id: int, resident_id: int, start: date, due: date) -> str:
    """A loan as the checkout leaves it (the money side is not what these tests are about)."""
    with transaction(rental.db.sessions) as s:
        unit = s.get_one(DeviceUnit, unit_id)
        loan = Loan(
            code=f"L{unit_id:03d}{start:%m%d}",
            unit_id=unit_id,
            resident_id=resident_id,
            centre_id=unit.home_centre_id,
            start_on=start,
            due_on=due,
            term_months=1,
            rent_fen=20000,
            payable_fen=20000,
        )
        s.add(loan)
        unit.state = UnitState.ON_LOAN
        unit.loan_count += 1
        return loan.code


def state_of(rental: Rental, unit_id: int) -> UnitState:
    with reading(rental.db.sessions) as s:
        return s.get_one(DeviceUnit, unit_id).state


def everything(db: Database) -> tuple[object, ...]:
    """What the rental services could have written: rows of each of their tables and the audit log."""
    with reading(db.sessions) as s:
        return (
            s.execute(select(DeviceUnit.id, DeviceUnit.asset_tag, DeviceUnit.state, DeviceUnit.note)).all(),
            s.execute(select(Loan.id, Loan.status)).all(),
            s.execute(select(Reservation.id, Reservation.status, Reservation.unit_id)).all(),
            s.execute(select(MaintenanceRecord.id, MaintenanceRecord.closed_at)).all(),
            s.execute(select(FittingCase.id, FittingCase.stage)).all(),
            s.execute(select(FittingEvent.id)).all(),
            s.execute(select(AuditEntry.id)).all(),
        )


@contextmanager
def nothing_written(db: Database) -> Iterator[None]:
    before = everything(db)
    yield
    assert everything(db) == before


def refused(
    rental: Rental, error: type[SilvershopError], action: Callable[[Session], object], says: str = ""
) -> SilvershopError:
    """`action` in a transaction of its own is refused with `error` (saying `says`); nothing is written."""
    with nothing_written(rental.db), pytest.raises(error) as caught, transaction(rental.db.sessions) as s:
        action(s)
    assert says in str(caught.value)
    return caught.value


def test_asset_tags_follow_each_centre_in_sequence(rental: Rental) -> None:
    first = register(rental, 2)
    there = register(rental, centre="other")
    then = register(rental, product="walker")
    with reading(rental.db.sessions) as s:
        tags = [s.get_one(DeviceUnit, i).asset_tag for i in (*first, *there, *then)]
    assert tags == ["LX01-00001", "LX01-00002", "XS01-00001", "LX01-00003"]


def test_a_desk_that_read_the_sequence_late_takes_the_next_free_tag(
    rental: Rental, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(rental)
    honest = units._next_tag
    calls = []

    def read_before_the_other_desk_saved(session: Session, centre: Centre) -> str:
        calls.append(centre.code)
        return "LX01-00001" if len(calls) == 1 else honest(session, centre)

    monkeypatch.setattr(units, "_next_tag", read_before_the_other_desk_saved)
    with transaction(rental.db.sessions) as s:
        view = add_unit(s, rental.manager, rental.wheelchair, rental.centre, "SN-2", today=TODAY)
    assert view.asset_tag == "LX01-00002"
    assert len(calls) == 2


def test_a_centre_pattern_that_makes_tags_a_label_cannot_carry_is_refused(rental: Rental) -> None:
    with transaction(rental.db.sessions) as s:
        s.get_one(Centre, rental.centre).asset_tag_pattern = "{centre}/{seq}"
    error = refused(
        rental,
        ValidationError,
        lambda s: add_unit(s, rental.manager, rental.wheelchair, rental.centre, today=TODAY),
        "{centre}/{seq}",
    )
    assert error.field == "asset_tag_pattern"


def test_a_registered_unit_shows_its_product_centre_and_location(rental: Rental) -> None:
    with transaction(rental.db.sessions) as s:
        view = add_unit(
            s,
            rental.manager,
            rental.wheelchair,
            rental.centre,
            " SN 001 ",
            date(2026, 3, 1),
            89000,
            rental.store,
            today=TODAY,
        )
    assert (view.asset_tag, view.serial_no, view.product_name, view.centre_code, view.location_code) == (
        "LX01-00001",
        "SN 001",
        "手动轮椅",
        "LX01",
        "RS",
    )
    assert (view.state, view.purchase_cost_fen, view.loan_count) == (UnitState.AVAILABLE, 89000, 0)


@pytest.mark.parametrize(
    ("field", "change", "says"),
    [
        ("product", {"product": "bed"}, "not offered for rent"),
        ("purchased_on", {"purchased_on": TODAY + timedelta(days=1)}, "in the future"),
        ("purchase_cost", {"purchase_cost_fen": -1}, "from 0 to 10,000,000"),
        ("location", {"location": "elsewhere"}, "Choose a location of 梁溪区适老生活体验中心"),
    ],
)
def test_a_unit_with_bad_details_is_refused_under_its_field_and_nothing_is_written(
    rental: Rental, field: str, change: dict, says: str
) -> None:
    def add(s: Session) -> object:
        return add_unit(
            s,
            rental.manager,
            getattr(rental, change.get("product", "wheelchair")),
            rental.centre,
            purchased_on=change.get("purchased_on"),
            purchase_cost_fen=change.get("purchase_cost_fen"),
            location_id=getattr(rental, change["location"]) if "location" in change else None,
            today=TODAY,
        )

    assert refused(rental, ValidationError, add, says).field == field


def test_only_a_manager_of_the_centre_registers_units(rental: Rental) -> None:
    refused(
        rental,
        PermissionDenied,
        lambda s: add_unit(s, rental.clerk, rental.wheelchair, rental.centre, today=TODAY),
        "centre's manager",
    )
    refused(
        rental,
        PermissionDenied,
        lambda s: add_unit(s, rental.other_manager, rental.wheelchair, rental.centre, today=TODAY),
        "another centre",
    )


@pytest.mark.parametrize(
    "typed", ["ｓｓ：ｕ：lx01-00001", "SS:U:LX01-00001\r\n", " lx01-00001 ", "ＬＸ０１－００００１"]
)
def test_a_unit_is_found_by_its_label_or_tag_however_the_scanner_typed_it(rental: Rental, typed: str) -> None:
    [unit_id] = register(rental)
    with reading(rental.db.sessions) as s:
        assert find_unit(s, typed).id == unit_id


@pytest.mark.parametrize(
    ("scanned", "error", "says"),
    [
        ("SS:P:P-000001", ValidationError, "is a product's label, not a device's"),
        ("ss:l:lx01-rs", ValidationError, "is a location's label, not a device's"),
        ("SS:U:LX01-00099", NotFound, "no device with the asset tag LX01-00099"),
        ("lx01-00099", NotFound, "no device with the asset tag LX01-00099"),
    ],
)
def test_a_scan_that_is_not_a_known_unit_says_what_it_is(
    rental: Rental, scanned: str, error: type[Exception], says: str
) -> None:
    register(rental)
    with reading(rental.db.sessions) as s, pytest.raises(error, match=says):
        find_unit(s, scanned)


def test_a_clerk_lists_only_their_own_centres_units_and_can_narrow_them(rental: Rental) -> None:
    chairs = register(rental, 2)
    [walker] = register(rental, product="walker")
    register(rental, centre="other")
    lend(rental, chairs[0], rental.li, TODAY, TODAY + timedelta(days=30))
    with reading(rental.db.sessions) as s:
        everything_here = [u.asset_tag for u in list_units(s, rental.clerk)]
        by_name = [u.id for u in list_units(s, rental.clerk, text="助行")]
        by_tag = [u.id for u in list_units(s, rental.clerk, text="ｌｘ01-00002")]
        on_loan = [u.id for u in list_units(s, rental.clerk, state=UnitState.ON_LOAN)]
        with pytest.raises(PermissionDenied):
            list_units(s, rental.clerk, centre_id=rental.other)
    assert everything_here == ["LX01-00001", "LX01-00002", "LX01-00003"]
    assert (by_name, by_tag, on_loan) == ([walker], [chairs[1]], [chairs[0]])


def test_a_unit_on_loan_cannot_be_retired_and_the_refusal_says_until_when(rental: Rental) -> None:
    [unit_id] = register(rental)
    lend(rental, unit_id, rental.li, TODAY - timedelta(days=10), date(2026, 12, 20))
    error = refused(
        rental,
        ValidationError,
        lambda s: retire_unit(s, rental.manager, unit_id, "车架变形", today=TODAY),
        "LX01-00001 is on loan (due back on 2026-12-20)",
    )
    assert "李秀英" not in str(error)
    assert state_of(rental, unit_id) is UnitState.ON_LOAN


def test_retiring_needs_a_reason_and_the_manager_and_happens_once(rental: Rental) -> None:
    [unit_id] = register(rental)
    refused(
        rental,
        ValidationError,
        lambda s: retire_unit(s, rental.manager, unit_id, "  ", today=TODAY),
        "Say why",
    )
    refused(rental, PermissionDenied, lambda s: retire_unit(s, rental.clerk, unit_id, "旧了", today=TODAY))
    with transaction(rental.db.sessions) as s:
        view = retire_unit(s, rental.manager, unit_id, "车架变形，无修复价值", today=TODAY)
    assert (view.state, view.note) == (UnitState.RETIRED, "车架变形，无修复价值")
    refused(
        rental,
        ValidationError,
        lambda s: retire_unit(s, rental.manager, unit_id, "again", today=TODAY),
        "already retired",
    )


def test_a_unit_reported_lost_by_its_resident_keeps_its_loan_open_until_settled(rental: Rental) -> None:
    [unit_id] = register(rental)
    lend(rental, unit_id, rental.li, TODAY - timedelta(days=10), TODAY + timedelta(days=20))
    with transaction(rental.db.sessions) as s:
        view = mark_lost(s, rental.manager, unit_id, "住户报告在医院遗失", today=TODAY)
    with reading(rental.db.sessions) as s:
        loan_status = s.scalar(select(Loan.status).where(Loan.unit_id == unit_id))
    assert (view.state, loan_status) == (UnitState.LOST, LoanStatus.OPEN)
    refused(
        rental,
        ValidationError,
        lambda s: retire_unit(s, rental.manager, unit_id, "写销", today=TODAY),
        "already recorded as lost",
    )


def test_a_repaired_unit_waits_for_cleaning_before_its_next_loan(rental: Rental) -> None:
    [unit_id] = register(rental)
    with transaction(rental.db.sessions) as s:
        opened = send_to_repair(s, rental.clerk, unit_id, "刹车失灵", today=TODAY)
    assert state_of(rental, unit_id) is UnitState.IN_REPAIR
    with transaction(rental.db.sessions) as s:
        closed = finish_repair(s, rental.clerk, opened.id, "更换刹车片", 3500, beyond_repair=False)
    assert (closed.action, closed.cost_fen, closed.performed_by, closed.beyond_repair) == (
        "更换刹车片",
        3500,
        "clerk",
        False,
    )
    assert closed.closed_at is not None
    assert state_of(rental, unit_id) is UnitState.AWAITING_CLEANING
    refused(
        rental,
        ValidationError,
        lambda s: finish_repair(s, rental.clerk, opened.id, "again", 0, beyond_repair=False),
        "was closed on",
    )


def test_only_the_manager_declares_a_unit_beyond_repair_which_retires_it(rental: Rental) -> None:
    [unit_id] = register(rental)
    with transaction(rental.db.sessions) as s:
        record = send_to_repair(s, rental.clerk, unit_id, "车架断裂", today=TODAY).id
    refused(
        rental,
        PermissionDenied,
        lambda s: finish_repair(s, rental.clerk, record, "无法修复", 0, beyond_repair=True),
        "centre's manager",
    )
    with transaction(rental.db.sessions) as s:
        assert finish_repair(s, rental.manager, record, "无法修复", 0, beyond_repair=True).beyond_repair
    assert state_of(rental, unit_id) is UnitState.RETIRED


def test_a_unit_on_loan_or_of_another_centre_is_not_sent_to_repair_from_here(rental: Rental) -> None:
    [unit_id] = register(rental)
    [theirs] = register(rental, centre="other")
    lend(rental, unit_id, rental.li, TODAY, TODAY + timedelta(days=30))
    refused(
        rental,
        ValidationError,
        lambda s: send_to_repair(s, rental.clerk, unit_id, "异响", today=TODAY),
        "take it back at the desk as needing repair",
    )
    refused(rental, PermissionDenied, lambda s: send_to_repair(s, rental.clerk, theirs, "异响", today=TODAY))
    error = refused(
        rental, ValidationError, lambda s: send_to_repair(s, rental.other_manager, theirs, " ", today=TODAY)
    )
    assert error.field == "fault"


def test_history_lists_loans_by_name_only_cleanings_and_repairs_newest_first(rental: Rental) -> None:
    [unit_id] = register(rental)
    lend(rental, unit_id, rental.li, date(2026, 6, 1), date(2026, 7, 31))
    with transaction(rental.db.sessions) as s:
        s.execute(select(Loan)).scalar_one().status = LoanStatus.RETURNED
        s.get_one(DeviceUnit, unit_id).state = UnitState.AWAITING_CLEANING
        s.add(
            CleaningRecord(
                unit_id=unit_id,
                method="擦拭消毒",
                agent="含氯消毒剂 500 mg/L",
                performed_by="陈敏",
                result=CleaningResult.PASSED,
            )
        )
        s.get_one(DeviceUnit, unit_id).state = UnitState.AVAILABLE
    with transaction(rental.db.sessions) as s:
        send_to_repair(s, rental.clerk, unit_id, "坐垫破损", today=TODAY)
    lend_after = date(2026, 9, 1)
    with transaction(rental.db.sessions) as s:
        record = s.scalar(select(MaintenanceRecord.id))
        finish_repair(s, rental.clerk, record, "更换坐垫", 8000, beyond_repair=False)
        s.get_one(DeviceUnit, unit_id).state = UnitState.AVAILABLE
    lend(rental, unit_id, rental.wang, lend_after, lend_after + timedelta(days=60))
    with reading(rental.db.sessions) as s:
        history = unit_history(s, rental.clerk, unit_id)
        with pytest.raises(PermissionDenied):
            unit_history(s, rental.other_clerk, unit_id)
    assert [(loan.resident_name, loan.status) for loan in history.loans] == [
        ("王建国", LoanStatus.OPEN),
        ("李秀英", LoanStatus.RETURNED),
    ]
    assert history.loan_count == 2
    assert [(c.method, c.agent, c.performed_by, c.result) for c in history.cleanings] == [
        ("擦拭消毒", "含氯消毒剂 500 mg/L", "陈敏", CleaningResult.PASSED)
    ]
    assert [(r.fault, r.action, r.cost_fen) for r in history.repairs] == [("坐垫破损", "更换坐垫", 8000)]
    # Not her mobile, whole or masked (a timestamp's digits may hold "138" by chance, so not that).
    shown = repr(history)
    assert "13800138000" not in shown.replace(" ", "") and "138****8000" not in shown
