"""Many desks on one PostgreSQL database, each a process of its own pressing its buttons as fast as it
can: the rules two desks could break at the same moment hold, and no desk is left hanging.

Four desks lend from one pool of wheelchairs 200 times each (most of the tries find the chair already
out); four desks carry one product back and forth between a centre's locations 200 times each; two
desks spend one resident's yearly subsidy. Every refusal must be a sentence for the clerk; any other
exception (a deadlock, a driver error) fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.ledger import ledger_disagreements
from silvershop.centres.models import Centre, Location, LocationKind, StockBalance, StockMove
from silvershop.centres.stock import receive
from silvershop.database import open_database
from silvershop.db.session import reading, transaction
from silvershop.rental.models import (
    ConsentBasis,
    DeviceUnit,
    Loan,
    LoanStatus,
    SubsidyAccount,
    SubsidyGrant,
    UnitState,
)
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.security.id_number import make_id_number
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import KEY_ENV, Vault, open_vault

pytestmark = [pytest.mark.pg, pytest.mark.slow]

WORKER = Path(__file__).with_name("desk_worker.py")
TODAY = date(2026, 3, 2)
UNITS = 120
RESIDENTS = 40
STOCK = 50


@dataclass(frozen=True)
class City:
    url: str
    key: str
    centre: int
    units: tuple[int, ...]


@pytest.fixture
def city(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[City]:
    key = Vault.generate().to_text()
    monkeypatch.setenv(KEY_ENV, key)
    db = open_database(pg_url)
    try:
        with transaction(db.sessions) as s:
            vault = open_vault(s)
            centre = Centre(code="LX01", name="梁溪区适老生活体验中心", district_code="320213")
            maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
            chair = Product(
                code="P-000001", name="手动轮椅", model="W-1", enterprise=maker, rentable=True,
                monthly_rent_fen=20000, deposit_fen=50000,
            )  # fmt: skip
            s.add_all([centre, chair])
            s.flush()
            units = [
                DeviceUnit(asset_tag=f"LX01-{n:05d}", product_id=chair.id, home_centre_id=centre.id)
                for n in range(1, UNITS + 1)
            ]
            store = Location(centre_id=centre.id, code="ST", name="库房", kind=LocationKind.STORE)
            shelf = Location(centre_id=centre.id, code="A1", name="展示区A1", kind=LocationKind.DISPLAY)
            s.add_all([*units, store, shelf])
            s.flush()
            clerk = actor_with([Role.DESK_CLERK], [centre.id], username="setup")
            receive(s, clerk, chair.id, store.id, STOCK, "SD-0001")
            for n in range(RESIDENTS):
                add_resident(
                    s,
                    clerk,
                    vault,
                    ResidentInput(
                        name=f"居民{n:02d}",
                        id_number=make_id_number("320213", date(1940, 5, 1), 100 + n),
                        hukou_local=True,
                        consent_basis=ConsentBasis.CONSENT,
                        consent_text="同意",
                        home_centre_code="LX01",
                    ),
                    today=TODAY,
                )
            ids = City(pg_url, key, centre.id, tuple(u.id for u in units))
        yield ids
    finally:
        db.close()


def desks(city: City, kind: str, runs: list[tuple[int, int, tuple[int, ...]]]) -> list[dict[str, object]]:
    """Start one process per (seed, times, units) at once; each one's summary once all have ended."""
    env = {**os.environ, KEY_ENV: city.key}
    started = [
        subprocess.Popen(
            [sys.executable, "-P", str(WORKER), city.url, kind, str(seed), str(times), str(city.centre)]
            + [str(u) for u in units],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for seed, times, units in runs
    ]
    summaries = []
    for process in started:
        out, err = process.communicate(timeout=600)  # a desk left hanging fails here
        assert process.returncode == 0, err
        summary = json.loads(out.strip().splitlines()[-1])
        assert summary["errors"] == [], summary["errors"]
        assert all(sentence.strip() for sentence in summary["refused"])
        summaries.append(summary)
    return summaries


def test_four_desks_lending_from_one_pool_lend_each_chair_once(city: City) -> None:
    summaries = desks(city, "lend", [(seed, 200, city.units) for seed in (1, 2, 3, 4)])
    lent = sum(int(s["done"]) for s in summaries)  # type: ignore[call-overload]
    refused = [sentence for s in summaries for sentence in s["refused"]]  # type: ignore[attr-defined]
    assert 0 < lent <= UNITS and refused  # the desks did meet each other's chairs
    db = open_database(city.url)
    try:
        with reading(db.sessions) as s:
            open_loans = s.scalar(select(func.count(Loan.id)).where(Loan.status == LoanStatus.OPEN))
            twice = s.execute(
                select(Loan.unit_id)
                .where(Loan.status == LoanStatus.OPEN)
                .group_by(Loan.unit_id)
                .having(func.count() > 1)
            ).all()
            on_loan = s.scalar(select(func.count(DeviceUnit.id)).where(DeviceUnit.state == UnitState.ON_LOAN))
    finally:
        db.close()
    assert open_loans == on_loan == lent and twice == []


def test_four_desks_moving_the_same_stock_never_take_it_below_nothing(city: City) -> None:
    summaries = desks(city, "move", [(seed, 200, ()) for seed in (11, 12, 13, 14)])
    moved = sum(int(s["done"]) for s in summaries)  # type: ignore[call-overload]
    assert moved > 0
    db = open_database(city.url)
    try:
        with reading(db.sessions) as s:
            balances = list(s.scalars(select(StockBalance.quantity)))
            moves = s.scalar(select(func.count(StockMove.id)).where(StockMove.reason == "desk test"))
            disagreements = ledger_disagreements(s)
    finally:
        db.close()
    assert sum(balances) == STOCK and min(balances) >= 0
    assert moves == 2 * moved  # each carry is one move out and one in, both or neither
    assert disagreements == []


def test_two_desks_spending_one_residents_subsidy_never_pass_the_cap(city: City) -> None:
    own = city.units[:20]
    summaries = desks(city, "subsidise", [(21, 10, own[0::2]), (22, 10, own[1::2])])
    assert sum(int(s["done"]) for s in summaries) > 0  # type: ignore[call-overload]
    db = open_database(city.url)
    try:
        with reading(db.sessions) as s:
            accounts = s.execute(select(SubsidyAccount.granted_fen, SubsidyAccount.cap_fen)).all()
            grants = s.scalar(select(func.coalesce(func.sum(SubsidyGrant.amount_fen), 0)))
            subsidies = s.scalar(select(func.coalesce(func.sum(Loan.subsidy_fen), 0)))
    finally:
        db.close()
    assert len(accounts) == 1
    granted, cap = accounts[0]
    assert granted == grants == subsidies
    assert granted == cap  # twenty loans of 300 元 subsidy reach the 3,000 元 cap: raced at its edge
