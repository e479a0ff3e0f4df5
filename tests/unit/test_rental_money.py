"""The rental desk's money, exact to the fen: the published 无锡 example, every subsidy rule, the cap,
late fees and deposits, renewals; and the unit's states that keep a dirty or lent unit from going out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.cleaning import CleaningInput, record_cleaning
from silvershop.rental.models import (
    CleaningResult,
    ConsentBasis,
    DeviceUnit,
    Loan,
    LoanStatus,
    SubsidyAccount,
    SubsidyGrant,
    UnitCondition,
    UnitState,
)
from silvershop.rental.quotes import NoSubsidy, Term, quote
from silvershop.rental.renewals import renew
from silvershop.rental.reservations import reserve
from silvershop.rental.residents import Dibao, Eligibility, LtcLevel, ResidentInput, add_resident
from silvershop.rental.returns import return_unit
from silvershop.rental.subsidy_ledger import subsidy_year
from silvershop.rental.subsidy_rules import subsidy_of
from silvershop.security.id_number import make_id_number
from silvershop.security.models import Role
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import Vault

TODAY = date(2026, 3, 2)
CASH = Payment(PaymentMethod.CASH)
TWO_MONTHS, ONE_MONTH, THREE_MONTHS = Term(months=2), Term(months=1), Term(months=3)


@dataclass
class Desk:
    db: Database
    vault: Vault
    clerk: Actor
    centre: int
    wheelchair: int  # a product: 200 元 a month, 500 元 deposit
    units: list[int]

    def person(
        self, name: str, age: int, *, local: bool = True, consent: bool = True, **eligible: object
    ) -> int:
        birth = date(TODAY.year - age, 1, 15)  # birthday already passed this year
        data = ResidentInput(
            name=name,
            id_number=make_id_number("320213", birth, 21 + len(name)),
            hukou_local=local,
            eligibility=Eligibility(**eligible),  # type: ignore[arg-type]
            consent_basis=ConsentBasis.CONSENT if consent else ConsentBasis.NONE,
            consent_text="同意为辅具租赁保存本人信息" if consent else "",
            home_centre_code="LX01",
        )
        with transaction(self.db.sessions) as s:
            return add_resident(s, self.clerk, self.vault, data, today=TODAY).id

    def quote(self, resident: int, term: Term = TWO_MONTHS, unit: int | None = None, day: date = TODAY):
        with reading(self.db.sessions) as s:
            return quote(s, self.clerk, self.vault, resident, unit or self.units[0], term, day)

    def lend(self, resident: int, term: Term = TWO_MONTHS, unit: int | None = None, day: date = TODAY):
        with transaction(self.db.sessions) as s:
            return checkout(s, self.clerk, self.vault, resident, unit or self.units[0], term, CASH, day)

    def take_back(self, unit: int | None = None, day: date = TODAY, **how: object):
        with transaction(self.db.sessions) as s:
            return return_unit(
                s,
                self.clerk,
                unit or self.units[0],
                how.pop("condition", UnitCondition.GOOD),
                day,
                **how,  # type: ignore[arg-type]
            )

    def state(self, unit: int | None = None) -> UnitState:
        with reading(self.db.sessions) as s:
            found = s.get(DeviceUnit, unit or self.units[0])
            assert found is not None
            return found.state

    def count(self, table: object) -> int:
        with reading(self.db.sessions) as s:
            return s.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


@pytest.fixture
def desk(memdb: Database) -> Desk:
    vault = Vault.generate()
    with transaction(memdb.sessions) as s:
        centre = Centre(
            code="LX01",
            name="梁溪区适老生活体验中心",
            district_code="320213",
            late_fee_per_day_fen=200,
            grace_days=3,
        )
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        wheelchair = Product(
            code="P-000001",
            name="手动轮椅车",
            model="MW-621A",
            enterprise=maker,
            rentable=True,
            monthly_rent_fen=20000,
            deposit_fen=50000,
        )
        s.add_all([centre, wheelchair])
        s.flush()
        units = [
            DeviceUnit(asset_tag=f"LX01-{n:05d}", product_id=wheelchair.id, home_centre_id=centre.id)
            for n in (1, 2)
        ]
        s.add_all(units)
        s.flush()
        ids = (centre.id, wheelchair.id, [u.id for u in units])
    clerk = actor_with([Role.DESK_CLERK], [ids[0]], username="clerk")
    return Desk(memdb, vault, clerk, ids[0], ids[1], ids[2])


# The subsidy rules


def test_published_example_an_81_year_old_pays_200_for_two_months_of_a_400_yuan_wheelchair(
    desk: Desk,
) -> None:
    terms = desk.quote(desk.person("王奶奶", 81))
    assert (terms.rent_fen, terms.subsidy_fen, terms.payable_fen) == (40000, 20000, 20000)
    assert terms.rule is not None and (terms.rule.code, terms.rate_bp) == ("age80", 5000)
    assert (terms.deposit_fen, terms.pay_now_fen) == (50000, 70000)
    assert (terms.used_this_year_fen, terms.left_after_fen) == (0, 280000)
    assert terms.due_on == date(2026, 5, 2)


def test_a_dibao_family_gets_70_percent(desk: Desk) -> None:
    terms = desk.quote(desk.person("李爷爷", 66, dibao=Dibao.DIBAO), THREE_MONTHS)
    assert (terms.rent_fen, terms.subsidy_fen, terms.payable_fen) == (60000, 42000, 18000)
    assert terms.rule is not None and terms.rule.code == "dibao"


def test_60_to_79_needs_an_assessment_and_without_one_pays_in_full(desk: Desk) -> None:
    assessed = desk.quote(desk.person("张阿姨", 72, ltc_level=LtcLevel.MODERATE))
    assert (assessed.subsidy_fen, assessed.rule.code if assessed.rule else "") == (20000, "assessed")
    level3 = desk.quote(desk.person("赵叔", 68, ability_level=3))
    assert level3.subsidy_fen == 20000
    unassessed = desk.quote(desk.person("钱伯", 79))
    assert (unassessed.subsidy_fen, unassessed.payable_fen) == (0, 40000)
    assert unassessed.no_subsidy is NoSubsidy.NOT_ELIGIBLE


def test_a_resident_without_local_hukou_pays_in_full_at_any_age(desk: Desk) -> None:
    terms = desk.quote(desk.person("孙奶奶", 86, local=False))
    assert (terms.subsidy_fen, terms.payable_fen, terms.no_subsidy) == (0, 40000, NoSubsidy.NOT_ELIGIBLE)


def test_a_one_month_rental_is_allowed_but_not_subsidised(desk: Desk) -> None:
    terms = desk.quote(desk.person("周爷爷", 83), ONE_MONTH)
    assert (terms.rent_fen, terms.subsidy_fen, terms.payable_fen) == (20000, 0, 20000)
    assert terms.no_subsidy is NoSubsidy.TERM


def test_the_cap_reached_part_way_gives_only_what_is_left(desk: Desk) -> None:
    resident = desk.person("吴奶奶", 85)
    with transaction(desk.db.sessions) as s:
        s.add(SubsidyAccount(resident_id=resident, year=TODAY.year, cap_fen=300000, granted_fen=290000))
    terms = desk.quote(resident)
    assert (terms.subsidy_before_cap_fen, terms.subsidy_fen, terms.payable_fen) == (20000, 10000, 30000)
    assert (terms.used_this_year_fen, terms.left_after_fen) == (290000, 0)
    loan = desk.lend(resident)
    assert loan.subsidy_fen == 10000
    with reading(desk.db.sessions) as s:
        account = s.get(SubsidyAccount, (resident, TODAY.year))
        assert account is not None and account.granted_fen == 300000
    after = desk.quote(resident, unit=desk.units[1])
    assert (after.subsidy_fen, after.no_subsidy) == (0, NoSubsidy.CAP_REACHED)


def test_rounding_is_to_the_nearest_fen_with_halves_up() -> None:
    assert subsidy_of(40000, 5000) == 20000
    assert subsidy_of(33333, 5000) == 16667  # 16,666.5 → 16,667
    assert subsidy_of(33331, 7000) == 23332  # 23,331.7 → 23,332
    assert subsidy_of(1, 5000) == 1 and subsidy_of(1, 4999) == 0


def test_day_rentals_only_where_the_centre_allows_them_and_never_subsidised(desk: Desk) -> None:
    resident = desk.person("郑爷爷", 90)
    with pytest.raises(ValidationError, match="rents by the month only") as refused:
        desk.quote(resident, Term(days=10))
    assert refused.value.field == "term"
    with transaction(desk.db.sessions) as s:
        centre = s.get(Centre, desk.centre)
        assert centre is not None
        centre.allow_day_terms = True
    terms = desk.quote(resident, Term(days=10))
    assert (terms.rent_fen, terms.subsidy_fen, terms.due_on) == (6667, 0, TODAY + timedelta(days=10))
    for bad in (Term(months=4), Term(months=0), Term(days=120), Term(months=1, days=3)):
        with pytest.raises(ValidationError):
            desk.quote(resident, bad)


# Checkout


def test_checkout_writes_the_quoted_money_marks_the_unit_and_grants_the_subsidy(desk: Desk) -> None:
    resident = desk.person("王奶奶", 81)
    loan = desk.lend(resident)
    assert (loan.code, loan.status, loan.payable_fen, loan.subsidy_fen, loan.deposit_fen) == (
        "L0000001",
        LoanStatus.OPEN,
        20000,
        20000,
        50000,
    )
    assert desk.state() is UnitState.ON_LOAN
    with reading(desk.db.sessions) as s:
        [grant] = s.scalars(select(SubsidyGrant)).all()
        stored = s.get(Loan, loan.id)
        assert (grant.loan_id, grant.amount_fen, grant.rule) == (loan.id, 20000, "age80")
        assert stored is not None and (stored.age_band, stored.district_code) == ("80+", "320213")


def test_a_unit_cannot_be_lent_twice_and_nothing_is_written(desk: Desk) -> None:
    desk.lend(desk.person("王奶奶", 81))
    other = desk.person("李爷爷", 82)
    with pytest.raises(ValidationError, match="LX01-00001 is on loan already") as refused:
        desk.lend(other)
    assert refused.value.field == "unit"
    assert desk.count(Loan) == 1 and desk.count(SubsidyGrant) == 1


def test_no_consent_on_file_means_no_loan(desk: Desk) -> None:
    resident = desk.person("冯奶奶", 88, consent=False)
    with pytest.raises(ValidationError, match="has no consent on file"):
        desk.lend(resident)
    assert desk.count(Loan) == 0 and desk.state() is UnitState.AVAILABLE


def test_a_bank_transfer_needs_its_reference_and_a_clerk_lends_only_at_their_centre(desk: Desk) -> None:
    resident = desk.person("陈爷爷", 84)
    with pytest.raises(ValidationError) as refused, transaction(desk.db.sessions) as s:
        checkout(
            s, desk.clerk, desk.vault, resident, desk.units[0], TWO_MONTHS, Payment(PaymentMethod.BANK), TODAY
        )
    assert refused.value.field == "payment_reference"
    elsewhere = actor_with([Role.DESK_CLERK], [desk.centre + 100], username="other")
    with pytest.raises(PermissionDenied), transaction(desk.db.sessions) as s:
        checkout(s, elsewhere, desk.vault, resident, desk.units[0], TWO_MONTHS, CASH, TODAY)
    assert desk.count(Loan) == 0


# Return, cleaning and the unit's states


def test_a_unit_back_on_time_refunds_the_deposit_and_waits_for_cleaning(desk: Desk) -> None:
    desk.lend(desk.person("王奶奶", 81))
    back = desk.take_back(day=date(2026, 5, 2))
    assert (back.late.days_late, back.late.fee_fen, back.refund_fen, back.owed_fen) == (0, 0, 50000, 0)
    assert desk.state() is UnitState.AWAITING_CLEANING
    with pytest.raises(ValidationError, match="has not been cleaned and disinfected yet"):
        desk.lend(desk.person("李爷爷", 82), day=date(2026, 5, 3))
    with transaction(desk.db.sessions) as s:
        record_cleaning(
            s,
            desk.clerk,
            desk.units[0],
            CleaningInput("擦拭消毒", "含氯消毒剂 500 mg/L", "刘芳", CleaningResult.PASSED),
        )
    assert desk.state() is UnitState.AVAILABLE


def test_late_fee_after_the_grace_days_comes_out_of_the_deposit(desk: Desk) -> None:
    desk.lend(desk.person("王奶奶", 81))  # due 2026-05-02; 2 元 a day after 3 grace days
    back = desk.take_back(day=date(2026, 5, 9), deductions_fen=3000, deductions_note="脚踏板丢失")
    assert (back.late.days_late, back.late.charged_days, back.late.fee_fen) == (7, 4, 800)
    assert (back.deductions_fen, back.refund_fen, back.owed_fen) == (3000, 46200, 0)
    with reading(desk.db.sessions) as s:
        loan = s.scalars(select(Loan)).one()
        assert (loan.status, loan.late_fee_fen, loan.deposit_refund_fen) == (LoanStatus.RETURNED, 800, 46200)


@pytest.mark.parametrize(
    ("deductions", "note", "field"),
    [(-100, "x", "deductions"), (50001, "全损", "deductions"), (1000, "", "deductions_note")],
)
def test_bad_deductions_are_refused_and_the_loan_stays_open(
    desk: Desk, deductions: int, note: str, field: str
) -> None:
    desk.lend(desk.person("王奶奶", 81))
    with pytest.raises(ValidationError) as refused:
        desk.take_back(deductions_fen=deductions, deductions_note=note)
    assert refused.value.field == field
    assert desk.state() is UnitState.ON_LOAN
    with reading(desk.db.sessions) as s:
        assert s.scalars(select(Loan.status)).one() is LoanStatus.OPEN


def test_a_damaged_unit_goes_to_repair_and_a_unit_not_on_loan_cannot_be_returned(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="is not on loan"):
        desk.take_back()
    desk.lend(desk.person("王奶奶", 81))
    with pytest.raises(ValidationError, match="Say what is wrong"):
        desk.take_back(condition=UnitCondition.DAMAGED)
    back = desk.take_back(condition=UnitCondition.DAMAGED, note="左轮辐条断裂", collected=True)
    assert (back.unit_state, back.collected) == (UnitState.IN_REPAIR, True)
    with (
        pytest.raises(ValidationError, match="is not waiting to be cleaned"),
        transaction(desk.db.sessions) as s,
    ):
        record_cleaning(
            s, desk.clerk, desk.units[0], CleaningInput("擦拭消毒", "75% 酒精", "刘芳", CleaningResult.PASSED)
        )


def test_a_failed_cleaning_is_kept_and_the_unit_still_waits(desk: Desk) -> None:
    desk.lend(desk.person("王奶奶", 81))
    desk.take_back()
    with pytest.raises(ValidationError) as refused, transaction(desk.db.sessions) as s:
        record_cleaning(
            s, desk.clerk, desk.units[0], CleaningInput("擦拭消毒", "", "刘芳", CleaningResult.PASSED)
        )
    assert refused.value.field == "agent"
    with transaction(desk.db.sessions) as s:
        record_cleaning(
            s, desk.clerk, desk.units[0], CleaningInput("擦拭消毒", "75% 酒精", "刘芳", CleaningResult.FAILED)
        )
    assert desk.state() is UnitState.AWAITING_CLEANING


# Renewal


def test_a_renewal_starts_at_the_due_date_and_counts_against_the_cap(desk: Desk) -> None:
    resident = desk.person("王奶奶", 81)
    first = desk.lend(resident, THREE_MONTHS)  # 600 元, 300 元 subsidy
    with transaction(desk.db.sessions) as s:
        s.execute(
            SubsidyAccount.__table__.update()
            .where(SubsidyAccount.resident_id == resident)
            .values(granted_fen=280000)  # other loans this year used most of the cap
        )
    with transaction(desk.db.sessions) as s:
        again = renew(s, desk.clerk, desk.vault, first.id, TWO_MONTHS, CASH, date(2026, 6, 1))
    assert (again.start_on, again.due_on, again.renewed_from_id) == (
        date(2026, 6, 2),
        date(2026, 8, 2),
        first.id,
    )
    assert (again.subsidy_fen, again.payable_fen, again.deposit_fen) == (20000, 20000, 50000)
    assert desk.state() is UnitState.ON_LOAN
    with reading(desk.db.sessions) as s:
        statuses = s.scalars(select(Loan.status).order_by(Loan.id)).all()
        account = s.get(SubsidyAccount, (resident, TODAY.year))
        assert account is not None and account.granted_fen == 300000
    assert statuses == [LoanStatus.RETURNED, LoanStatus.OPEN]


def test_a_loan_past_its_grace_days_is_not_renewed(desk: Desk) -> None:
    first = desk.lend(desk.person("王奶奶", 81))
    with (
        pytest.raises(ValidationError, match="days late, past its grace days"),
        transaction(desk.db.sessions) as s,
    ):
        renew(s, desk.clerk, desk.vault, first.id, TWO_MONTHS, CASH, date(2026, 5, 10))
    assert desk.count(Loan) == 1


def test_a_unit_held_for_a_later_reservation_goes_early_to_that_resident_only(desk: Desk) -> None:
    held_for, walk_in = desk.person("王奶奶", 81), desk.person("李爷爷", 82)
    with transaction(desk.db.sessions) as s:
        reserve(s, desk.clerk, held_for, desk.centre, TODAY + timedelta(days=10), TODAY + timedelta(days=20),
                unit_id=desk.units[0], today=TODAY)  # fmt: skip
    assert desk.state() is UnitState.RESERVED
    with pytest.raises(ValidationError, match="reserved for another resident"):
        desk.lend(walk_in)
    loan = desk.lend(held_for)  # she came early: it is hers
    assert loan.resident_id == held_for and desk.state() is UnitState.ON_LOAN


def test_the_subsidy_ledger_lists_each_grant_and_what_is_left_of_the_year(desk: Desk) -> None:
    resident = desk.person("王奶奶", 81)
    with reading(desk.db.sessions) as s:
        empty = subsidy_year(s, desk.clerk, resident, TODAY.year)
    assert (empty.cap_fen, empty.granted_fen, empty.left_fen, empty.grants) == (300000, 0, 300000, ())
    first = desk.lend(resident, THREE_MONTHS)
    desk.lend(resident, ONE_MONTH, unit=desk.units[1])  # unsubsidised: not in the ledger
    with reading(desk.db.sessions) as s:
        ledger = subsidy_year(s, desk.clerk, resident, TODAY.year)
        elsewhere = actor_with([Role.DESK_CLERK], [desk.centre + 100], username="other")
        with pytest.raises(PermissionDenied):
            subsidy_year(s, elsewhere, resident, TODAY.year)
    assert [(g.loan_code, g.rule, g.amount_fen) for g in ledger.grants] == [(first.code, "age80", 30000)]
    assert (ledger.granted_fen, ledger.left_fen) == (30000, 270000)
