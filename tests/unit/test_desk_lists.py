"""The rental desk's lists: whom to remind and whom to call (phones masked, days late counted), what
waits for cleaning or repair, and who comes for a reserved device; each desk sees its own centres."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied
from silvershop.rental.desk_lists import awaiting_cleaning, due_within, in_repair, overdue, reservations_on
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.rental.out_of_service import finish_repair, send_to_repair
from silvershop.rental.reservations import reserve
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from tests.unit.test_rental_units import (
    ADMIN,
    TODAY,
    Rental,
    lend,
    register,
    rental_fixture,  # noqa: F401 - the `rental` fixture
)


def test_overdue_loans_show_the_masked_phone_and_days_late_longest_first(rental: Rental) -> None:
    late, later, on_time = register(rental, 3)
    lend(rental, late, rental.li, date(2026, 9, 1), date(2026, 11, 1))
    lend(rental, later, rental.zhao, date(2026, 10, 1), date(2026, 11, 26))
    lend(rental, on_time, rental.wang, date(2026, 11, 1), TODAY)
    with reading(rental.db.sessions) as s:
        rows = overdue(s, rental.clerk, rental.vault, TODAY)
    assert [(r.asset_tag, r.product_name, r.resident_name, r.phone, r.due_on, r.days_late) for r in rows] == [
        ("LX01-00001", "手动轮椅", "李秀英", "138****8000", date(2026, 11, 1), 28),
        ("LX01-00002", "手动轮椅", "赵桂兰", "", date(2026, 11, 26), 3),
    ]
    assert rows[0].loan_code.startswith("L")


def test_loans_due_this_week_are_listed_soonest_first_and_not_once_returned(rental: Rental) -> None:
    today, soon, later = register(rental, 3)
    lend(rental, today, rental.wang, date(2026, 10, 29), TODAY)
    lend(rental, soon, rental.li, date(2026, 11, 5), TODAY + timedelta(days=7))
    lend(rental, later, rental.zhao, date(2026, 11, 5), TODAY + timedelta(days=8))
    with reading(rental.db.sessions) as s:
        rows = due_within(s, rental.clerk, rental.vault, TODAY)
        tomorrow = due_within(s, rental.clerk, rental.vault, TODAY, days=1)
    assert [(r.resident_name, r.phone, r.days_late) for r in rows] == [
        ("王建国", "139****2233", 0),
        ("李秀英", "138****8000", 0),
    ]
    assert [r.resident_name for r in tomorrow] == ["王建国"]


def test_units_waiting_for_cleaning_or_repair_are_listed_with_what_to_do(rental: Rental) -> None:
    back, broken, fixed, fine = register(rental, 4)
    with transaction(rental.db.sessions) as s:
        s.get_one(DeviceUnit, back).state = UnitState.AWAITING_CLEANING
        send_to_repair(s, rental.clerk, broken, "刹车失灵", today=TODAY)
        record = send_to_repair(s, rental.clerk, fixed, "轮胎漏气", today=TODAY).id
    with transaction(rental.db.sessions) as s:
        finish_repair(s, rental.clerk, record, "更换内胎", 2000, beyond_repair=False)
    with reading(rental.db.sessions) as s:
        cleaning = awaiting_cleaning(s, rental.clerk)
        repairs = in_repair(s, rental.clerk)
    assert {u.asset_tag for u in cleaning} == {"LX01-00001", "LX01-00003"}
    assert [u.since is not None for u in cleaning if u.unit_id == fixed] == [True]
    assert [(u.asset_tag, u.fault, u.repair_id is not None) for u in repairs] == [
        ("LX01-00002", "刹车失灵", True)
    ]
    assert fine not in {u.unit_id for u in (*cleaning, *repairs)}


def test_the_desk_sees_who_comes_for_a_reserved_device_on_a_day(rental: Rental) -> None:
    [unit_id] = register(rental)
    with transaction(rental.db.sessions) as s:
        reserve(
            s,
            rental.clerk,
            rental.li,
            rental.centre,
            date(2026, 12, 1),
            date(2026, 12, 31),
            unit_id=unit_id,
            today=TODAY,
        )
    with reading(rental.db.sessions) as s:
        first_day = reservations_on(s, rental.clerk, date(2026, 12, 1))
        before = reservations_on(s, rental.clerk, TODAY)
    assert [(r.resident_name, r.asset_tag) for r in first_day] == [("李秀英", "LX01-00001")]
    assert before == []


def test_each_desk_sees_only_its_own_centres_and_only_the_rental_desk_sees_them(rental: Rental) -> None:
    [here] = register(rental)
    [there] = register(rental, centre="other")
    lend(rental, here, rental.li, date(2026, 9, 1), date(2026, 11, 1))
    lend(rental, there, rental.wang, date(2026, 9, 1), date(2026, 11, 2))
    editor = actor_with([Role.CATALOGUE_EDITOR], username="editor")
    with reading(rental.db.sessions) as s:
        theirs = [r.asset_tag for r in overdue(s, rental.other_clerk, rental.vault, TODAY)]
        ours = [r.asset_tag for r in overdue(s, rental.clerk, rental.vault, TODAY)]
        everywhere = [r.asset_tag for r in overdue(s, ADMIN, rental.vault, TODAY)]
        with pytest.raises(PermissionDenied, match="rental desk"):
            overdue(s, editor, rental.vault, TODAY)
    assert (ours, theirs, everywhere) == (["LX01-00001"], ["XS01-00001"], ["LX01-00001", "XS01-00001"])
