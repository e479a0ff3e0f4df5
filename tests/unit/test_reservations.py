"""Reservations: a unit is held for the days asked unless they clash (and the refusal names the dates,
never the other resident); a product is held if any unit is free for those days, else it waits its
turn, and the oldest waiting reservation gets the next unit that frees."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, ReservationStatus, UnitState
from silvershop.rental.out_of_service import retire_unit
from silvershop.rental.reservations import (
    ReservationView,
    cancel_reservation,
    list_reservations,
    promote_waiting,
    reserve,
)
from tests.unit.test_rental_units import (
    TODAY,
    Rental,
    lend,
    refused,
    register,
    rental_fixture,  # noqa: F401 - the `rental` fixture
    state_of,
)

DEC_5, JAN_4 = date(2026, 12, 5), date(2027, 1, 4)


def _reserve(
    rental: Rental, resident: int, start: date = DEC_5, end: date = JAN_4, **what: int
) -> ReservationView:
    with transaction(rental.db.sessions) as s:
        return reserve(s, rental.clerk, resident, rental.centre, start, end, **what, today=TODAY)


def _bring_back(rental: Rental, unit_id: int) -> None:
    """The loan returned and the unit cleaned, as the return desk and the cleaning leave them."""
    with transaction(rental.db.sessions) as s:
        s.execute(select(Loan).where(Loan.unit_id == unit_id)).scalar_one().status = LoanStatus.RETURNED
        s.get_one(DeviceUnit, unit_id).state = UnitState.AVAILABLE


def test_a_reserved_unit_is_held_for_the_resident(rental: Rental) -> None:
    [unit_id] = register(rental)
    view = _reserve(rental, rental.li, unit_id=unit_id, note="周六上午来取")
    assert (view.status, view.asset_tag, view.product_name, view.resident_name) == (
        ReservationStatus.ACTIVE,
        "LX01-00001",
        "手动轮椅",
        "李秀英",
    )
    assert (view.start_on, view.end_on, view.note, view.place_in_queue) == (
        DEC_5,
        JAN_4,
        "周六上午来取",
        None,
    )
    assert state_of(rental, unit_id) is UnitState.RESERVED


def test_days_that_clash_with_another_reservation_are_refused_naming_only_the_dates(rental: Rental) -> None:
    [unit_id] = register(rental)
    _reserve(rental, rental.li, unit_id=unit_id)
    error = refused(
        rental,
        ValidationError,
        lambda s: reserve(
            s,
            rental.clerk,
            rental.wang,
            rental.centre,
            date(2027, 1, 4),
            date(2027, 2, 3),
            unit_id=unit_id,
            today=TODAY,
        ),
        "already reserved from 2026-12-05 to 2027-01-04",
    )
    assert "李" not in str(error)
    assert "138" not in str(error)
    _reserve(
        rental, rental.wang, date(2027, 1, 5), date(2027, 2, 4), unit_id=unit_id
    )  # the day after is free


def test_a_unit_lent_past_the_first_day_is_refused_with_the_day_it_is_free(rental: Rental) -> None:
    [unit_id] = register(rental)
    lend(rental, unit_id, rental.wang, TODAY - timedelta(days=20), date(2026, 12, 20))
    refused(
        rental,
        ValidationError,
        lambda s: reserve(
            s, rental.clerk, rental.li, rental.centre, DEC_5, JAN_4, unit_id=unit_id, today=TODAY
        ),
        "on loan until 2026-12-20; reserve it from 2026-12-21 on",
    )
    view = _reserve(rental, rental.li, date(2026, 12, 21), JAN_4, unit_id=unit_id)
    assert view.status is ReservationStatus.ACTIVE
    assert state_of(rental, unit_id) is UnitState.ON_LOAN  # still out; held once it is back


def test_a_unit_overdue_and_not_back_is_promised_to_nobody(rental: Rental) -> None:
    [unit_id] = register(rental)
    lend(rental, unit_id, rental.wang, TODAY - timedelta(days=50), TODAY - timedelta(days=20))
    refused(
        rental,
        ValidationError,
        lambda s: reserve(
            s, rental.clerk, rental.li, rental.centre, DEC_5, JAN_4, unit_id=unit_id, today=TODAY
        ),
        "was due back on",
    )
    with reading(rental.db.sessions) as s:
        product = s.get_one(DeviceUnit, unit_id).product_id
    view = _reserve(rental, rental.li, product_id=product)
    assert (view.status, view.asset_tag) == (ReservationStatus.WAITING, "")  # not the overdue unit


@pytest.mark.parametrize(
    ("start", "end", "what", "field", "says"),
    [
        (TODAY - timedelta(days=1), JAN_4, "unit", "start_on", "cannot start in the past (2026-11-28)"),
        (JAN_4, DEC_5, "unit", "end_on", "ends before it starts"),
        (DEC_5, JAN_4, "", "product", "Choose the product to reserve"),
        (DEC_5, JAN_4, "bed", "product", "has no units of P-000003 电动护理床"),
        (DEC_5, JAN_4, "walker", "product", "has no units of"),
        (DEC_5, JAN_4, "theirs", "unit", "belongs to another centre"),
    ],
)
def test_a_reservation_with_bad_details_is_refused_under_its_field_and_nothing_is_written(
    rental: Rental, start: date, end: date, what: str, field: str, says: str
) -> None:
    [unit_id] = register(rental)
    [theirs] = register(rental, centre="other")
    asked = {
        "unit": {"unit_id": unit_id},
        "theirs": {"unit_id": theirs},
        "bed": {"product_id": rental.bed},
        "walker": {"product_id": rental.walker},
        "": {},
    }[what]
    error = refused(
        rental,
        ValidationError,
        lambda s: reserve(s, rental.clerk, rental.li, rental.centre, start, end, **asked, today=TODAY),
        says,
    )
    assert error.field == field


def test_a_clerk_of_another_centre_cannot_reserve_here(rental: Rental) -> None:
    [unit_id] = register(rental)
    refused(
        rental,
        PermissionDenied,
        lambda s: reserve(
            s, rental.other_clerk, rental.li, rental.centre, DEC_5, JAN_4, unit_id=unit_id, today=TODAY
        ),
        "another centre",
    )


def test_a_product_reservation_takes_a_free_unit_on_the_shelf_first(rental: Rental) -> None:
    lent, cleaning, free = register(rental, 3)
    lend(rental, lent, rental.wang, TODAY - timedelta(days=40), TODAY - timedelta(days=5))  # overdue, out
    with transaction(rental.db.sessions) as s:
        s.get_one(DeviceUnit, cleaning).state = UnitState.AWAITING_CLEANING
    view = _reserve(rental, rental.li, product_id=rental.wheelchair)
    assert (view.status, view.unit_id) == (ReservationStatus.ACTIVE, free)
    assert state_of(rental, free) is UnitState.RESERVED


def test_a_product_reservation_waits_when_all_units_are_taken_and_is_promoted_when_one_frees(
    rental: Rental,
) -> None:
    first, second = register(rental, 2)
    lend(rental, first, rental.wang, TODAY - timedelta(days=20), date(2026, 12, 20))
    _reserve(rental, rental.wang, unit_id=second)
    li = _reserve(rental, rental.li, product_id=rental.wheelchair)
    zhao = _reserve(rental, rental.zhao, product_id=rental.wheelchair)
    assert (li.status, li.unit_id, li.place_in_queue) == (ReservationStatus.WAITING, None, 1)
    assert zhao.place_in_queue == 2
    with transaction(rental.db.sessions) as s:
        assert promote_waiting(s, rental.clerk, rental.centre, rental.wheelchair, today=TODAY) is None
    _bring_back(rental, first)
    with transaction(rental.db.sessions) as s:
        promoted = promote_waiting(s, rental.clerk, rental.centre, rental.wheelchair, today=TODAY)
    assert promoted is not None
    assert (promoted.id, promoted.status, promoted.unit_id) == (li.id, ReservationStatus.ACTIVE, first)
    assert state_of(rental, first) is UnitState.RESERVED
    with reading(rental.db.sessions) as s:
        waiting = list_reservations(s, rental.clerk, rental.centre, status=ReservationStatus.WAITING)
    assert [(r.resident_name, r.place_in_queue) for r in waiting] == [("赵桂兰", 1)]


def test_cancelling_a_held_reservation_gives_the_unit_to_the_next_in_line_or_back_to_the_shelf(
    rental: Rental,
) -> None:
    [unit_id] = register(rental)
    held = _reserve(rental, rental.li, product_id=rental.wheelchair)
    waiting = _reserve(rental, rental.wang, product_id=rental.wheelchair)
    with transaction(rental.db.sessions) as s:
        assert cancel_reservation(s, rental.clerk, held.id, today=TODAY).status is ReservationStatus.CANCELLED
    with reading(rental.db.sessions) as s:
        [now] = list_reservations(s, rental.clerk, rental.centre, status=ReservationStatus.ACTIVE)
    assert (now.id, now.unit_id) == (waiting.id, unit_id)
    with transaction(rental.db.sessions) as s:
        cancel_reservation(s, rental.clerk, waiting.id, today=TODAY)
    assert state_of(rental, unit_id) is UnitState.AVAILABLE
    refused(
        rental,
        ValidationError,
        lambda s: cancel_reservation(s, rental.clerk, waiting.id, today=TODAY),
        "already cancelled",
    )


def test_retiring_a_held_unit_moves_its_reservation_to_another_unit_or_the_waiting_list(
    rental: Rental,
) -> None:
    first, second = register(rental, 2)
    one = _reserve(rental, rental.li, unit_id=first)
    two = _reserve(rental, rental.wang, date(2027, 1, 10), date(2027, 2, 9), unit_id=first)
    _reserve(rental, rental.zhao, unit_id=second)
    with transaction(rental.db.sessions) as s:
        retire_unit(s, rental.manager, first, "车架变形", today=TODAY)
    with reading(rental.db.sessions) as s:
        found = {r.id: (r.status, r.unit_id) for r in list_reservations(s, rental.clerk, rental.centre)}
    assert found[one.id] == (ReservationStatus.WAITING, None)  # the other unit is taken on those days
    assert found[two.id] == (ReservationStatus.ACTIVE, second)  # … but free on these


def test_the_desk_sees_the_reservations_of_a_day(rental: Rental) -> None:
    [unit_id] = register(rental)
    _reserve(rental, rental.li, unit_id=unit_id)
    _reserve(rental, rental.wang, date(2027, 1, 10), date(2027, 2, 9), unit_id=unit_id)
    with reading(rental.db.sessions) as s:
        on_new_year = list_reservations(s, rental.clerk, rental.centre, on=date(2027, 1, 1))
        on_jan_20 = list_reservations(s, rental.clerk, rental.centre, on=date(2027, 1, 20))
        on_jan_6 = list_reservations(s, rental.clerk, rental.centre, on=date(2027, 1, 6))
        with pytest.raises(PermissionDenied):
            list_reservations(s, rental.other_clerk, rental.centre)
    assert [r.resident_name for r in on_new_year] == ["李秀英"]
    assert [r.resident_name for r in on_jan_20] == ["王建国"]
    assert on_jan_6 == []
