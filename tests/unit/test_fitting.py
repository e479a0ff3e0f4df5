"""Disabled people's device-fitting cases: 申请 → 初审 → 复审 → 评估 → 审批 → 适配补贴 → 回访, one stage
at a time, with the device paid in full up to its standard price and the rest by the person."""

from __future__ import annotations

from datetime import date

import pytest

from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.rental.fitting import STAGES, advance_case, case_view, list_cases, open_case
from silvershop.rental.models import FittingStage
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.security.id_number import make_id_number
from silvershop.security.models import Role, User
from silvershop.security.permissions import actor_with
from tests.unit.test_rental_units import (
    ADMIN,
    TODAY,
    Rental,
    refused,
    rental_fixture,  # noqa: F401 - the `rental` fixture
)


def _open(rental: Rental, standard: int = 300000, actual: int = 380000) -> int:
    with transaction(rental.db.sessions) as s:
        return open_case(s, rental.clerk, rental.li, "电动轮椅", standard, actual, rental.centre).id


@pytest.mark.parametrize(
    ("standard", "actual", "subsidy", "pays"),
    [(300000, 380000, 300000, 80000), (300000, 250000, 250000, 0), (300000, 300000, 300000, 0)],
)
def test_the_device_is_paid_up_to_its_standard_price_and_the_person_pays_the_rest(
    rental: Rental, standard: int, actual: int, subsidy: int, pays: int
) -> None:
    case_id = _open(rental, standard, actual)
    with reading(rental.db.sessions) as s:
        view = case_view(s, rental.clerk, case_id)
    assert (view.code, view.stage, view.resident_name, view.device) == (
        f"F{case_id:06d}",
        FittingStage.APPLIED,
        "李秀英",
        "电动轮椅",
    )
    assert (view.subsidy_fen, view.person_pays_fen) == (subsidy, pays)


def test_a_case_goes_through_every_stage_in_order_and_keeps_its_history(rental: Rental) -> None:
    case_id = _open(rental)
    with transaction(rental.db.sessions) as s:
        user = User(username="chenmin", password_hash="-")
        s.add(user)
        s.flush()
        clerk = actor_with([Role.DESK_CLERK], [rental.centre], username=user.username, user_id=user.id)
    notes = [
        "街道初审通过",
        "区残联复审通过",
        "评估：适配电动轮椅",
        "审批通过",
        "已发放适配补贴",
        "回访：使用良好",
    ]
    for note in notes:
        with transaction(rental.db.sessions) as s:
            view = advance_case(s, clerk, case_id, note)
    assert view.stage is FittingStage.FOLLOWED_UP
    assert view.next_stage is None
    assert [event.stage for event in view.history] == list(STAGES)
    assert [event.note for event in view.history] == ["", *notes]
    assert [event.username for event in view.history] == ["", *["chenmin"] * len(notes)]
    error = refused(
        rental,
        ValidationError,
        lambda s: advance_case(s, rental.clerk, case_id, "再次回访"),
        "is closed (回访)",
    )
    assert error.field == "stage"


def test_a_skipped_stage_is_refused_naming_the_one_that_comes_next(rental: Rental) -> None:
    case_id = _open(rental)
    with transaction(rental.db.sessions) as s:
        assert advance_case(s, rental.clerk, case_id, "", stage=FittingStage.FIRST_REVIEW).next_stage is (
            FittingStage.SECOND_REVIEW
        )
    refused(
        rental,
        ValidationError,
        lambda s: advance_case(s, rental.clerk, case_id, "直接审批", stage=FittingStage.APPROVED),
        "is at 初审; 复审 comes next, so 审批 cannot be recorded yet",
    )
    refused(
        rental,
        ValidationError,
        lambda s: advance_case(s, rental.clerk, case_id, "", stage=FittingStage.FIRST_REVIEW),
        "so 初审 cannot be recorded",
    )


@pytest.mark.parametrize(
    ("device", "standard", "actual", "field"),
    [
        (" ", 300000, 300000, "device"),
        ("助听器", -1, 300000, "standard_price"),
        ("助听器", 1, 10**10, "actual_price"),
    ],
)
def test_a_case_with_bad_details_is_refused_and_nothing_is_written(
    rental: Rental, device: str, standard: int, actual: int, field: str
) -> None:
    error = refused(
        rental,
        ValidationError,
        lambda s: open_case(s, rental.clerk, rental.li, device, standard, actual, rental.centre),
    )
    assert error.field == field


def test_no_case_is_opened_for_a_resident_without_consent_on_file(rental: Rental) -> None:
    with transaction(rental.db.sessions) as s:
        unconsented = add_resident(
            s,
            ADMIN,
            rental.vault,
            ResidentInput("周大爷", make_id_number("320213", date(1950, 1, 2), 31), home_centre_code="LX01"),
            today=TODAY,
        ).id
    refused(
        rental,
        ValidationError,
        lambda s: open_case(s, rental.clerk, unconsented, "助听器", 300000, 300000, rental.centre),
        "Record their consent",
    )


def test_a_clerk_of_another_centre_neither_opens_nor_moves_nor_sees_this_centres_cases(
    rental: Rental,
) -> None:
    case_id = _open(rental)
    refused(
        rental,
        PermissionDenied,
        lambda s: open_case(s, rental.other_clerk, rental.li, "助听器", 300000, 300000, rental.centre),
        "another centre",
    )
    refused(rental, PermissionDenied, lambda s: advance_case(s, rental.other_clerk, case_id, "初审"))
    with reading(rental.db.sessions) as s:
        assert list_cases(s, rental.other_clerk) == []
        assert [c.id for c in list_cases(s, rental.clerk, stage=FittingStage.APPLIED)] == [case_id]
        assert list_cases(s, rental.clerk, stage=FittingStage.APPROVED) == []
        with pytest.raises(PermissionDenied):
            case_view(s, rental.other_clerk, case_id)
