"""The office's statistics dashboard (issue 10): every figure, for a year and for one district's quarter.

The target speaks of a database with 100,000 products, 5,000 units and 200,000 loans. The data set is
the cached demo city of 100,000 products (demo_data.py: about 10,000 device units, twice the 5,000 of
the target, which makes every per-unit figure harder, so they are kept; 10,000 residents; 15,000 loans
started from late 2025 on), copied and topped up with sqlite3 `executemany` to 200,000 loans before any
clock starts. The loans added are the units' earlier lives: each unit is lent back to back from early
2020 up to its first demo loan, to residents of its own centre mostly (whose district, age band and sex
the loan records as their demo loans do), for 1 to 6 months, returned a little early or late and in good
order, priced from the product's rent and deposit with the centre's late fee, and subsidised as the rule
set in force on the start day says (none before it took effect, only its subsidised terms, the
resident's own rule as the demo granted it, within the yearly cap), with the subsidy's grant and
account rows. A unit's purchase date moves back before its first loan and its loan count counts them
all. The result is checked (integrity, foreign keys, the count, no unit lent twice at once, accounts
equal to their grants) and kept in benchmarks/out under the demo file's name with a fingerprint of
this code, so a later run reuses it and a change to either builds it anew.

Ours is `read_dashboard` as the screen calls it: the application's database (opened once, as the window
keeps it), the scope resolved in a read-only session, then every figure computed, the period's and the
present's in two read sessions side by side, with the demo's today ending the days counted. The baseline
is the one GROUP BY of the loans per district and month written by hand for the same period (and
district), through sqlite3 on its own connection to the same file: the least any dashboard must read.
Before timing, ours and the baseline must give the same rental rows. They alternate, one untimed run
each first; 15 rounds, 5 with `--quick`.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import random
import shutil
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from demo_data import demo_database
from registry import Below, Figures, Options, alternating, benchmark

if TYPE_CHECKING:
    from silvershop.stats.period import Period

PRODUCTS = 100_000  # the demo city the figures are computed on
LOANS = 200_000  # the demo's loans and the ones added, together
SEED = 10
HISTORY_FROM = date(2020, 1, 1)  # the first loans added start within a few weeks of this day
TERMS = (1, 2, 3, 4, 5, 6)
TERM_WEIGHTS = (20, 35, 25, 8, 6, 6)
ROUNDS, QUICK_ROUNDS = 15, 5
YEAR = 2026
DISTRICT, QUARTER = "320211", 3  # 滨湖区, July to September: the last whole quarter before the demo's today
TARGET = Below(500, "ms")

BASELINE = (
    "the one hand-written GROUP BY of the {what} loans per district and month (count, rent, subsidy, "
    "distinct residents; loan JOIN centre), sqlite3 on its own connection to the same file"
)
# The least a dashboard must read: the rental rows, by hand; `?` are the first and the last day.
GROUP_BY = (
    "SELECT centre.district_code, strftime('%Y-%m', loan.start_on), count(*), sum(loan.rent_fen),"
    " sum(loan.subsidy_fen), count(DISTINCT loan.resident_id) FROM loan JOIN centre"
    " ON centre.id = loan.centre_id WHERE loan.start_on BETWEEN ? AND ?{district} GROUP BY 1, 2"
)


# ---------------------------------------------------------------------------------------------------------
# The data set


def loans_database(out: Path) -> Path:
    """A copy of the demo city with LOANS loans, built once and reused while the demo and this code are."""
    demo = demo_database(out, PRODUCTS)
    _settled(demo)
    path = demo.with_name(f"{demo.stem}-loans{LOANS}-{_fingerprint()}.sqlite3")
    if not path.exists():
        for outdated in out.glob(f"{demo.stem}-loans{LOANS}-*.sqlite3*"):
            outdated.unlink()
        _build(demo, path)
    _settled(path)
    return path


def _settled(path: Path) -> None:
    """Refuse a file whose write-ahead log holds pages: a copy of the main file alone would lack them."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"{wal.name} holds unsaved pages: is another process writing to {path.name}?")


def _fingerprint() -> str:
    digest = hashlib.sha256(repr((LOANS, SEED, HISTORY_FROM, TERMS, TERM_WEIGHTS)).encode())
    for builder in (_build, _Desk, _lay_out, _price, _write, _check):
        digest.update(inspect.getsource(builder).encode())
    return digest.hexdigest()[:10]


def _build(demo: Path, path: Path) -> None:
    from silvershop.database import open_database

    # Built under another name and renamed when complete and checked, so a broken build is never used.
    partial = path.with_name(f"{path.name}.partial")
    for leftover in path.parent.glob(f"{partial.name}*"):
        leftover.unlink()
    print(f"Building {path.name}: the demo city topped up to {LOANS:,} loans (once)…", file=sys.stderr)
    started = time.perf_counter()
    shutil.copyfile(demo, partial)
    with closing(sqlite3.connect(partial, isolation_level=None)) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        desk = _Desk(raw)
        wanted = LOANS - desk.loans
        if wanted <= 0:
            raise RuntimeError(f"the demo city already has {desk.loans:,} loans, not fewer than {LOANS:,}")
        rng = random.Random(SEED)
        planned = [loan for unit in desk.units for loan in _lay_out(unit, rng)]
        if len(planned) < wanted:
            raise RuntimeError(
                f"the units' pasts hold {len(planned):,} loans, fewer than the {wanted:,} wanted"
            )
        # Loans left out leave a unit idle for a while, as units are between busy spells.
        kept = sorted(rng.sample(planned, wanted), key=lambda loan: (loan.start, loan.unit_id))
        raw.execute("BEGIN")
        _write(raw, desk, kept, rng)
        raw.execute("COMMIT")
        _check(raw)
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = open_database(f"sqlite:///{partial}")
    database.close()
    if database.migrated:  # the copy must be what the application uses now, as the demo file is
        raise RuntimeError(f"{partial.name} needed migrating: is {demo.name} out of date?")
    _settled(partial)
    partial.rename(path)
    print(f"Built in {time.perf_counter() - started:.0f} s.", file=sys.stderr)


@dataclass(frozen=True)
class _Unit:
    id: int
    centre_id: int
    rent_fen: int
    deposit_fen: int
    history_until: date  # the day before which its earlier life has to end


@dataclass(frozen=True)
class _Renter:
    id: int
    district_code: str
    age_band: str
    sex: str | None
    rule: str  # the subsidy rule the resident's demo loans were granted under, or "" for none


@dataclass(frozen=True)
class _RuleSet:
    id: int
    valid_from: date
    valid_to: date | None
    cap_fen: int
    terms: frozenset[int]
    rates: dict[str, int]


@dataclass(frozen=True)
class _Loan:
    unit_id: int
    start: date
    months: int
    due: date
    returned: date


class _Desk:
    """What the demo city's desks hold, read once: units, renters, centres' fees, rules and accounts."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        from silvershop.demo.run import DEMO_TODAY

        self.loans = raw.execute("SELECT count(*) FROM loan").fetchone()[0]
        self.next_id = raw.execute("SELECT max(id) FROM loan").fetchone()[0] + 1
        first_loans = dict(raw.execute("SELECT unit_id, min(start_on) FROM loan GROUP BY unit_id"))
        self.units = []
        for unit_id, centre_id, state, changed, rent, deposit in raw.execute(
            "SELECT u.id, u.home_centre_id, u.state, u.updated_at, p.monthly_rent_fen, p.deposit_fen"
            " FROM device_unit AS u JOIN product AS p ON p.id = u.product_id ORDER BY u.id"
        ):
            if unit_id in first_loans:
                until = date.fromisoformat(first_loans[unit_id])
            elif state in ("retired", "lost"):  # gone when last changed
                until = datetime.fromisoformat(changed).date()
            else:
                until = DEMO_TODAY
            self.units.append(_Unit(unit_id, centre_id, rent or 0, deposit or 0, until))
        self.fees = {
            cid: (grace, fee)
            for cid, grace, fee in raw.execute("SELECT id, grace_days, late_fee_per_day_fen FROM centre")
        }
        # Each renter as their latest demo loan recorded them, with the rule one of their loans was granted
        # (or, for a local resident of 80 and over, the one they qualify for by age alone).
        renters: dict[int, _Renter] = {}
        home: dict[int, int] = {}
        for rid, district, band, sex, rule, local, centre_id in raw.execute(
            "SELECT l.resident_id, l.district_code, l.age_band, l.sex, l.subsidy_rule, r.hukou_local,"
            " r.home_centre_id FROM loan AS l JOIN resident AS r ON r.id = l.resident_id ORDER BY l.start_on"
        ):
            kept_rule = rule or (renters[rid].rule if rid in renters else "")
            if not kept_rule and band == "80+" and local:
                kept_rule = "age80"
            renters[rid] = _Renter(rid, district, band, sex, kept_rule)
            home[rid] = centre_id
        self.renters = list(renters.values())
        self.neighbours: dict[int, list[_Renter]] = defaultdict(list)
        for renter in self.renters:
            self.neighbours[home[renter.id]].append(renter)
        self.rule_sets = [
            _RuleSet(
                rid,
                date.fromisoformat(start),
                date.fromisoformat(end) if end else None,
                cap,
                frozenset(json.loads(terms)),
                {rule["code"]: rule["rate_bp"] for rule in json.loads(rules)},
            )
            for rid, start, end, cap, terms, rules in raw.execute(
                "SELECT id, valid_from, valid_to, annual_cap_fen, subsidised_terms, rules"
                " FROM subsidy_rule_set WHERE active ORDER BY valid_from"
            )
        ]
        self.granted = {
            (rid, year): granted
            for rid, year, granted in raw.execute(
                "SELECT resident_id, year, granted_fen FROM subsidy_account"
            )
        }

    def rule_set_on(self, day: date) -> _RuleSet | None:
        found = None
        for rule_set in self.rule_sets:
            if rule_set.valid_from <= day and (rule_set.valid_to is None or day <= rule_set.valid_to):
                found = rule_set
        return found

    def renter(self, centre_id: int, rng: random.Random) -> _Renter:
        near = self.neighbours.get(centre_id)
        return rng.choice(near) if near and rng.random() < 0.95 else rng.choice(self.renters)


def _lay_out(unit: _Unit, rng: random.Random) -> list[_Loan]:
    """A unit's earlier life: loans back to back, a few days for cleaning between, before its demo loans."""
    from silvershop.demo.run import add_months

    loans = []
    start = HISTORY_FROM + timedelta(days=rng.randint(0, 60))
    while True:
        months = rng.choices(TERMS, weights=TERM_WEIGHTS)[0]
        due = add_months(start, months)
        returned = max(start + timedelta(days=7), due + timedelta(days=rng.randint(-8, 10)))
        if returned >= unit.history_until - timedelta(days=2):
            return loans
        loans.append(_Loan(unit.id, start, months, due, returned))
        start = returned + timedelta(days=rng.randint(2, 25))


def _price(desk: _Desk, loan: _Loan, renter: _Renter, rent: int) -> tuple[int, int, str, _RuleSet | None]:
    """Rate, subsidy, rule and rule set as the desk would have granted them; counts the grant in."""
    from silvershop.rental.subsidy_rules import subsidy_of

    rule_set = desk.rule_set_on(loan.start)
    if rule_set is None:
        return 0, 0, "", None
    rate = rule_set.rates.get(renter.rule, 0)
    if not rate or loan.months not in rule_set.terms:
        return 0, 0, "", rule_set
    key = (renter.id, loan.start.year)
    amount = min(subsidy_of(rent, rate), rule_set.cap_fen - desk.granted.get(key, 0))
    if amount <= 0:
        return 0, 0, "", rule_set
    desk.granted[key] = desk.granted.get(key, 0) + amount
    return rate, amount, renter.rule, rule_set


def _write(raw: sqlite3.Connection, desk: _Desk, loans: list[_Loan], rng: random.Random) -> None:
    from silvershop.demo.run import local_time
    from silvershop.demo.vocabulary import PAYMENT_METHODS

    def moment(day: date) -> str:
        """A moment of the centre's working day, as the UTC text SQLAlchemy writes to SQLite."""
        minute = rng.randint(8 * 60 + 30, 17 * 60)
        at = local_time(day, minute // 60, minute % 60).astimezone(UTC).replace(tzinfo=None)
        return at.isoformat(sep=" ", timespec="microseconds")

    units = {unit.id: unit for unit in desk.units}
    first_start: dict[int, date] = {}
    rows, grants = [], []
    caps: dict[tuple[int, int], int] = {}
    for number, loan in enumerate(loans, start=desk.loans + 1):
        unit = units[loan.unit_id]
        renter = desk.renter(unit.centre_id, rng)
        rent = unit.rent_fen * loan.months
        rate, subsidy, rule, rule_set = _price(desk, loan, renter, rent)
        grace, fee = desk.fees[unit.centre_id]
        late_fee = max(0, (loan.returned - loan.due).days - grace) * fee
        deductions = min(unit.deposit_fen, rng.choice((2000, 3000, 5000))) if rng.random() < 0.08 else 0
        method = rng.choice(PAYMENT_METHODS)
        lent_at, returned_at = moment(loan.start), moment(loan.returned)
        loan_id = desk.next_id + number - desk.loans - 1
        rows.append(
            (
                loan_id,
                f"L{number:07d}",
                unit.id,
                renter.id,
                unit.centre_id,
                loan.start.isoformat(),
                loan.due.isoformat(),
                loan.months,
                rent,
                rate,
                subsidy,
                rule,
                rule_set.id if rule_set else None,
                rent - subsidy,
                unit.deposit_fen,
                method,
                "" if method == "cash" else f"{rng.randrange(10**18):018d}",
                returned_at,
                rng.random() < 0.15,
                late_fee,
                deductions,
                "坐垫污损，收取清洗费" if deductions else "",
                max(0, unit.deposit_fen - deductions - late_fee),
                renter.district_code,
                renter.age_band,
                renter.sex,
                lent_at,
                returned_at,
            )
        )
        if subsidy and rule_set:
            grants.append((renter.id, loan.start.year, loan_id, subsidy, rule, lent_at))
            caps[(renter.id, loan.start.year)] = rule_set.cap_fen
        first_start.setdefault(unit.id, loan.start)
    raw.executemany(
        "INSERT INTO loan (id, code, unit_id, resident_id, centre_id, status, start_on, due_on, term_months,"
        " term_days, rent_fen, subsidy_rate_bp, subsidy_fen, subsidy_rule, rule_set_id, payable_fen,"
        " deposit_fen, payment_method, payment_reference, returned_at, collected, return_condition,"
        " return_note, late_fee_fen, deductions_fen, deductions_note, deposit_refund_fen, district_code,"
        " age_band, sex, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'returned', ?, ?, ?, 0, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, 'good', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    raw.executemany(
        "INSERT INTO subsidy_grant (resident_id, year, loan_id, amount_fen, rule, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        grants,
    )
    raw.executemany(
        "INSERT INTO subsidy_account (resident_id, year, cap_fen, granted_fen) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (resident_id, year) DO UPDATE SET granted_fen = excluded.granted_fen",
        [(rid, year, cap, desk.granted[(rid, year)]) for (rid, year), cap in caps.items()],
    )
    added = Counter(loan.unit_id for loan in loans)
    raw.executemany(
        "UPDATE device_unit SET loan_count = loan_count + ?, purchased_on = ? WHERE id = ?",
        [
            (added[uid], (start - timedelta(days=rng.randint(7, 60))).isoformat(), uid)
            for uid, start in first_start.items()
        ],
    )


def _check(raw: sqlite3.Connection) -> None:
    """Refuse a data set that is damaged, too small, lends a unit twice at once or miscounts subsidy."""
    integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
    dangling = raw.execute("PRAGMA foreign_key_check").fetchall()
    counted = raw.execute("SELECT count(*) FROM loan").fetchone()[0]
    # A loan holds its unit from its start to its return (an open one, to this day).
    overlapping = raw.execute(
        "SELECT count(*) FROM loan AS a JOIN loan AS b ON b.unit_id = a.unit_id AND b.id <> a.id"
        " AND b.start_on >= a.start_on AND b.start_on <= coalesce(date(a.returned_at), '9999-12-31')"
    ).fetchone()[0]
    miscounted = raw.execute(
        "SELECT count(*) FROM subsidy_account AS a LEFT JOIN (SELECT resident_id, year, sum(amount_fen)"
        " AS amount FROM subsidy_grant GROUP BY resident_id, year) AS g ON g.resident_id = a.resident_id"
        " AND g.year = a.year WHERE coalesce(g.amount, 0) <> a.granted_fen"
    ).fetchone()[0]
    ahead = raw.execute(
        "SELECT count(*) FROM device_unit AS u JOIN loan AS l ON l.unit_id = u.id"
        " WHERE l.start_on < u.purchased_on"
    ).fetchone()[0]
    if integrity != "ok" or dangling or counted != LOANS or overlapping or miscounted or ahead:
        raise RuntimeError(
            f"inconsistent data set: integrity {integrity!r}, {len(dangling)} broken references, "
            f"{counted:,} loans instead of {LOANS:,}, {overlapping} overlapping loans of a unit, "
            f"{miscounted} subsidy accounts unlike their grants, {ahead} loans before the unit was bought"
        )


# ---------------------------------------------------------------------------------------------------------
# The rows


def _rental_rows(rows: Any) -> set[tuple[str, str, int, int, int, int]]:
    return {
        (str(d), str(m), int(n), int(rent or 0), int(subsidy or 0), int(people))
        for d, m, n, rent, subsidy, people in rows
    }


def _measure(options: Options, period: Period, district: str) -> Figures:
    from silvershop.database import open_database
    from silvershop.demo.run import DEMO_TODAY
    from silvershop.security.models import Role
    from silvershop.security.permissions import Actor
    from silvershop.stats.figures import read_dashboard
    from silvershop.stats.scope import scope

    path = loans_database(options.out)
    actor = Actor(1, "admin", frozenset({Role.ADMINISTRATOR}))
    database = open_database(f"sqlite:///{path}")
    sql = GROUP_BY.format(district=" AND centre.district_code = ?" if district else "")
    params = (period.first.isoformat(), period.last.isoformat(), *([district] if district else []))
    try:
        with closing(sqlite3.connect(path)) as raw:

            def ours_figures() -> Any:
                with database.reading() as session:
                    within = scope(session, period, district)
                return read_dashboard(database, actor, within, DEMO_TODAY)

            def baseline_rows() -> list[Any]:
                return raw.execute(sql, params).fetchall()

            figures = ours_figures()
            ours = {
                (r.district_code, r.month, r.loans, r.rent_fen, r.subsidy_fen, r.residents)
                for r in figures.rentals
            }
            theirs = _rental_rows(baseline_rows())
            if ours != theirs or not ours:
                raise RuntimeError(
                    f"the dashboard's rental rows differ from the GROUP BY: {len(ours ^ theirs)} of "
                    f"{len(ours | theirs)} rows"
                )
            return alternating(
                _timed(ours_figures), _timed(baseline_rows), QUICK_ROUNDS if options.quick else ROUNDS
            )
    finally:
        database.close()


def _timed(action: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    return run


@benchmark(
    name="stats-dashboard-year",
    title=f"Statistics dashboard, every figure for {YEAR}, all districts (200,000 loans, 10,000 units)",
    unit="ms",
    baseline=BASELINE.format(what=f"{YEAR}"),
    target=TARGET,
)
def dashboard_year(options: Options) -> Figures:
    from silvershop.stats.period import year

    return _measure(options, year(YEAR), "")


@benchmark(
    name="stats-dashboard-district",
    title=f"Statistics dashboard, every figure for {YEAR} Q{QUARTER}, one district (滨湖区)",
    unit="ms",
    baseline=BASELINE.format(what=f"district's {YEAR} Q{QUARTER}"),
    target=TARGET,
)
def dashboard_district(options: Options) -> Figures:
    from silvershop.stats.period import quarter

    return _measure(options, quarter(YEAR, QUARTER), DISTRICT)
