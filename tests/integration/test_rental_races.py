"""Two desks at the same moment: the same wheelchair scanned at both, or one resident's subsidy cap
spent at both. Real sessions on one SQLite file and, marked `pg`, on PostgreSQL; exactly one wins.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.models import ConsentBasis, DeviceUnit, Loan, SubsidyAccount, SubsidyGrant, UnitState
from silvershop.rental.quotes import Term
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.security.id_number import make_id_number
from silvershop.security.models import Role
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import Vault

TODAY = date(2026, 3, 2)
CASH = Payment(PaymentMethod.CASH)


@dataclass(frozen=True)
class Counter:
    db: Database
    vault: Vault
    clerk: Actor
    units: tuple[int, ...]
    residents: tuple[int, ...]


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def counter(request: pytest.FixtureRequest, db_url: str) -> Iterator[Counter]:
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    vault = Vault.generate()
    with transaction(db.sessions) as s:
        centre = Centre(code="LX01", name="梁溪区适老生活体验中心", district_code="320213")
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        bed = Product(
            code="P-000001", name="电动护理床", model="HB-3", enterprise=maker, rentable=True,
            monthly_rent_fen=60000, deposit_fen=100000,
        )  # fmt: skip
        s.add_all([centre, bed])
        s.flush()
        units = [
            DeviceUnit(asset_tag=f"LX01-{n:05d}", product_id=bed.id, home_centre_id=centre.id) for n in (1, 2)
        ]
        s.add_all(units)
        s.flush()
        clerk = actor_with([Role.DESK_CLERK], [centre.id], username="clerk")
        residents = [
            add_resident(
                s,
                clerk,
                vault,
                ResidentInput(
                    name=name,
                    id_number=make_id_number("320213", date(1940, 5, 1), n),
                    hukou_local=True,
                    consent_basis=ConsentBasis.CONSENT,
                    consent_text="同意",
                    home_centre_code="LX01",
                ),
                today=TODAY,
            ).id
            for n, name in ((11, "王爷爷"), (12, "李奶奶"))
        ]
        ids = Counter(db, vault, clerk, tuple(u.id for u in units), tuple(residents))
    yield ids
    db.close()


def at_once(*actions: Callable[[], object]) -> list[str]:
    """Run the actions from threads released together: "done" for each that went through, else the
    sentence it was refused with."""
    start = threading.Barrier(len(actions))
    outcomes: list[str] = []

    def desk(action: Callable[[], object]) -> None:
        start.wait()
        try:
            action()
            outcomes.append("done")
        except SilvershopError as err:
            outcomes.append(str(err))

    threads = [threading.Thread(target=desk, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(outcomes)


def lend(c: Counter, resident: int, unit: int) -> Callable[[], object]:
    def act() -> object:
        with transaction(c.db.sessions) as s:
            return checkout(s, c.clerk, c.vault, resident, unit, Term(months=3), CASH, TODAY)

    return act


def test_two_desks_scanning_the_same_unit_lend_it_once(counter: Counter) -> None:
    for _ in range(3):  # a race is won differently each time; none may let both through
        with transaction(counter.db.sessions) as s:
            for table in (SubsidyGrant, Loan, SubsidyAccount):  # the last race's loan, as if never made
                s.execute(table.__table__.delete())
            s.execute(DeviceUnit.__table__.update().values(state=UnitState.AVAILABLE, loan_count=0))
        refused, done = at_once(
            lend(counter, counter.residents[0], counter.units[0]),
            lend(counter, counter.residents[1], counter.units[0]),
        )
        assert done == "done"
        assert "LX01-00001" in refused and "cannot be lent twice" in refused
        with reading(counter.db.sessions) as s:
            assert s.scalar(select(func.count(Loan.id))) == 1
            unit = s.get(DeviceUnit, counter.units[0])
            assert unit is not None and (unit.state, unit.loan_count) == (UnitState.ON_LOAN, 1)


def test_two_desks_spending_one_residents_cap_never_pass_it(counter: Counter) -> None:
    resident = counter.residents[0]
    with transaction(counter.db.sessions) as s:  # 3,000 元 cap, 2,400 元 used: room for one 900 元 subsidy
        s.add(SubsidyAccount(resident_id=resident, year=TODAY.year, cap_fen=300000, granted_fen=240000))
    outcomes = at_once(lend(counter, resident, counter.units[0]), lend(counter, resident, counter.units[1]))
    with reading(counter.db.sessions) as s:
        account = s.get(SubsidyAccount, (resident, TODAY.year))
        assert account is not None and account.granted_fen <= account.cap_fen
        loans = s.scalars(select(Loan).order_by(Loan.id)).all()
        assert sum(loan.subsidy_fen for loan in loans) == account.granted_fen - 240000
    # Either both went through (the second with what was left of the cap, or none), or one was told
    # to quote again; never more than the cap.
    assert all(o == "done" or "changed at another desk" in o for o in outcomes)
