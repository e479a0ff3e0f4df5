"""The rental desk (issue 6): checkout and return through the services, and two desks racing for one unit.

Checkout and return are measured on SQLite, on the cached demo city of 100,000 products (demo_data.py:
about 10,000 device units, 10,000 residents and 15,000 loans, a third of them open), because a desk works
on a database with years of loans behind it, not an empty one. Each action runs in its own
`transaction(db.sessions)`, as the desk's button does, and each on another unit: a checkout lends an
available unit to a resident who has not borrowed in the run (so every quote is exactly what the file
says), a return takes back the unit of an open loan. Ours and the baseline alternate action by action,
each on its own fresh copy of the demo file, after a few untimed actions that read the pages in. The
baseline does the same reads and writes by hand through sqlite3 on a connection set up as the
application's: the guarded UPDATE of the unit, INSERT of the loan, the subsidy account's upsert and
guarded UPDATE, INSERT of the grant, the audit row. It takes the money from the quote the service gave
for the same pair beforehand (untimed), so it skips pricing and the vault's decryption. After each row
the two copies are compared (untimed): the loans, grants, accounts and units written must be the same.
The target speaks of the slow cases, so the rows with a target give the p95; a row without one gives the
median of the same runs.

Two desks racing for the same unit need a server that runs them at the same time: PostgreSQL. Two
threads, each with its own session, are released together by a barrier, and both call `checkout` for
the same unit and different residents; a round is good when exactly one lends it and the other is told
in a SilvershopError sentence, and the database then holds exactly one open loan for the unit, the
winner's, and nothing of the loser's attempt. Between rounds (untimed) the loan, its grant and the
residents' subsidy accounts are deleted and the unit made available again, so every round starts alike.
The baseline races the same way by hand through psycopg (two connections, the same guarded statements)
on another unit, round for round alternating with ours. 500 rounds, 50 with `--quick`; a second row gives
the median time of a round, from the barrier to both desks done.

SILVERSHOP_BENCH_PG_URL names the PostgreSQL database to race in, e.g.
`postgresql+psycopg://postgres@127.0.0.1:5432/silvershop_bench`. Every run drops that database and
creates it anew (from the server's `postgres` database), so it must be a scratch database: a name not
ending in `_bench` is refused. When the variable is unset or the server does not answer (checked once,
when this module is imported), the PostgreSQL rows say "not measured: no PostgreSQL at …" in their
target column, show nan and never fail the run, so the table can be made on a machine without a server.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from demo_data import demo_database
from registry import AtMost, Below, Figures, Informational, Options, Target, benchmark

if TYPE_CHECKING:
    import psycopg

    from silvershop.database import Database
    from silvershop.rental.quotes import Quote
    from silvershop.security.permissions import Actor
    from silvershop.security.vault import Vault

PRODUCTS = 100_000  # the demo city the desk rows run on
SEED = 6
WARM_UP = 20  # untimed actions on each side before the measured ones
ACTIONS, QUICK_ACTIONS = 500, 100  # checkouts (and returns) timed on each side
ROUNDS, QUICK_ROUNDS = 500, 50  # races on each side
TERM_MONTHS = 2
PG_URL_ENV = "SILVERSHOP_BENCH_PG_URL"
SCRATCH_SUFFIX = "_bench"

CHECKOUT_BASELINE = (
    "the same reads and writes by hand in one sqlite3 transaction (resident, unit, centre, product, rule "
    "sets, account; guarded UPDATE of the unit, INSERT loan, account upsert and guarded UPDATE, INSERT "
    "grant, audit row, the loan read back), money from the service's quote taken beforehand"
)
RETURN_BASELINE = (
    "the same reads and writes by hand in one sqlite3 transaction (unit, open loan, product and centre "
    "for the late fee; guarded UPDATE of the loan, UPDATE of the unit, audit row)"
)
RACE_BASELINE = (
    "the same race by hand through psycopg on another unit (two connections, the checkout's statements "
    "with the guarded UPDATE … WHERE state = 'available'): its rounds without exactly one winner"
)
ROUND_BASELINE = "a round of the same race by hand through psycopg (two connections), from the barrier"

# What a run of checkouts wrote, compared between ours and the baseline: the loans from the first new id
# with their units, grants and the residents' accounts of the year.
WRITTEN_LOANS = (
    "SELECT l.code, l.unit_id, l.resident_id, l.centre_id, l.status, l.start_on, l.due_on, l.rent_fen,"
    " l.subsidy_rate_bp, l.subsidy_fen, l.subsidy_rule, l.rule_set_id, l.payable_fen, l.deposit_fen,"
    " l.payment_method, l.checked_out_by, l.district_code, l.age_band, l.sex, u.state, u.loan_count,"
    " g.amount_fen, g.rule, a.granted_fen FROM loan AS l JOIN device_unit AS u ON u.id = l.unit_id"
    " LEFT JOIN subsidy_grant AS g ON g.loan_id = l.id LEFT JOIN subsidy_account AS a"
    " ON a.resident_id = l.resident_id AND a.year = ? WHERE l.id >= ? ORDER BY l.id"
)

# How a desk's attempt ended; a loser's is one of the two refusals `checkout` can give a racing desk.
WON = "won"
LOST_AT_GUARD = "lost at the guarded UPDATE (lent at another desk a moment ago)"
SAW_IT_LENT = "read the unit already lent (on loan already)"


# ---------------------------------------------------------------------------------------------------------
# Writing by hand, to sqlite3 or psycopg


class Hand:
    """A bare DB-API connection the baselines write through: sqlite3 in autocommit, taking the write lock
    with BEGIN IMMEDIATE as the application's writes do, or psycopg, whose first statement begins."""

    def __init__(self, connection: sqlite3.Connection | psycopg.Connection[Any]) -> None:
        self.connection = connection
        self.postgres = not isinstance(connection, sqlite3.Connection)

    def run(self, sql: str, params: Sequence[object] = ()) -> Any:
        """Run `sql` written with `?` placeholders; returns the driver's cursor."""
        written = sql.replace("?", "%s") if self.postgres else sql
        return self.connection.execute(written, params)

    def begin(self) -> None:
        if not self.postgres:
            self.run("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.postgres:
            self.connection.commit()
        else:
            self.run("COMMIT")

    def rollback(self) -> None:
        if self.postgres:
            self.connection.rollback()
        elif self.connection.in_transaction:  # type: ignore[union-attr]
            self.run("ROLLBACK")

    def day(self, day: date) -> object:
        """A date as the application stores it: ISO text in SQLite, a date for PostgreSQL."""
        return day if self.postgres else day.isoformat()

    def moment(self, moment: datetime) -> object:
        """A UTC time as UTCDateTime stores it: naive UTC text in SQLite, aware for PostgreSQL."""
        return moment if self.postgres else _utc_text(moment)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _sqlite(path: Path) -> Hand:
    """A connection set up as the application sets up its own (engine._sqlite_pragmas), in autocommit."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("busy_timeout = 10000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    return Hand(connection)


def _audit(hand: Hand, clerk: Clerk, action: str, loan_id: int, changes: dict[str, object]) -> None:
    """The audit row audit.record writes: old and new value of each field, as sorted JSON."""
    masked = {name: [None, value] for name, value in changes.items()}
    hand.run(
        "INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, changes, summary)"
        " VALUES (?, ?, ?, ?, 'loan', ?, ?, '')",
        (
            hand.moment(datetime.now(UTC)),
            clerk.user_id,
            clerk.username,
            action,
            str(loan_id),
            json.dumps(masked, ensure_ascii=False, sort_keys=True),
        ),
    )


def _hand_checkout(hand: Hand, terms: Quote, clerk: Clerk) -> str:
    """`checkout` by hand with the quote's money: WON, or how a racing desk lost (rolled back)."""
    from silvershop.rental.subsidy_rules import age_band

    now = hand.moment(datetime.now(UTC))
    hand.begin()
    try:
        resident = hand.run(
            "SELECT name, consent_basis, anonymised_at, id_number_enc, eligibility_enc, hukou_local, sex,"
            " district_code FROM resident WHERE id = ?",
            (terms.resident_id,),
        ).fetchone()
        if resident is None or resident[1] == "none" or resident[2] is not None:
            raise RuntimeError(f"resident {terms.resident_id} may not rent")
        unit = hand.run(
            "SELECT asset_tag, state, product_id, home_centre_id FROM device_unit WHERE id = ?",
            (terms.unit_id,),
        ).fetchone()
        if unit[1] != "available":
            hand.rollback()
            return SAW_IT_LENT
        hand.run("SELECT allow_day_terms FROM centre WHERE id = ?", (unit[3],)).fetchone()
        hand.run(
            "SELECT rentable, monthly_rent_fen, deposit_fen, name FROM product WHERE id = ?", (unit[2],)
        ).fetchone()
        hand.run(
            "SELECT id, valid_from, valid_to, annual_cap_fen, subsidised_terms, rules FROM subsidy_rule_set"
            " WHERE active ORDER BY valid_from"
        ).fetchall()
        year = terms.start_on.year
        hand.run(
            "SELECT cap_fen, granted_fen FROM subsidy_account WHERE resident_id = ? AND year = ?",
            (terms.resident_id, year),
        ).fetchone()
        taken = hand.run(
            "UPDATE device_unit SET state = 'on_loan', loan_count = loan_count + 1, updated_at = ?"
            " WHERE id = ? AND state = 'available'",
            (now, terms.unit_id),
        )
        if taken.rowcount == 0:
            hand.rollback()
            return LOST_AT_GUARD
        hand.run(
            "UPDATE reservation SET status = 'fulfilled', updated_at = ? WHERE unit_id = ?"
            " AND resident_id = ? AND status = 'active' AND start_on <= ?",
            (now, terms.unit_id, terms.resident_id, hand.day(terms.start_on)),
        )
        loan_id = hand.run(
            "INSERT INTO loan (code, unit_id, resident_id, centre_id, status, start_on, due_on, term_months,"
            " term_days, rent_fen, subsidy_rate_bp, subsidy_fen, subsidy_rule, rule_set_id, payable_fen,"
            " deposit_fen, payment_method, payment_reference, checked_out_by, collected, return_note,"
            " late_fee_fen, deductions_fen, deductions_note, district_code, age_band, sex, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'cash', '', ?, ?, '',"
            " 0, 0, '', ?, ?, ?, ?, ?) RETURNING id",
            (
                f"new-{terms.unit_id}-{time.perf_counter_ns()}",
                terms.unit_id,
                terms.resident_id,
                terms.centre_id,
                hand.day(terms.start_on),
                hand.day(terms.due_on),
                terms.term.months,
                terms.term.days,
                terms.rent_fen,
                terms.rate_bp,
                terms.subsidy_fen,
                terms.rule.code if terms.rule and terms.subsidy_fen else "",
                terms.rule_set_id,
                terms.payable_fen,
                terms.deposit_fen,
                clerk.user_id,
                False,
                terms.district_code,
                age_band(terms.age),
                terms.sex or None,
                now,
                now,
            ),
        ).fetchone()[0]
        hand.run("UPDATE loan SET code = ?, updated_at = ? WHERE id = ?", (f"L{loan_id:07d}", now, loan_id))
        if terms.subsidy_fen:
            hand.run(
                "INSERT INTO subsidy_account (resident_id, year, cap_fen, granted_fen) VALUES (?, ?, ?, 0)"
                " ON CONFLICT (resident_id, year) DO NOTHING",
                (terms.resident_id, year, terms.cap_fen),
            )
            granted = hand.run(
                "UPDATE subsidy_account SET granted_fen = granted_fen + ? WHERE resident_id = ? AND year = ?"
                " AND granted_fen + ? <= cap_fen",
                (terms.subsidy_fen, terms.resident_id, year, terms.subsidy_fen),
            )
            if granted.rowcount != 1:
                raise RuntimeError(f"resident {terms.resident_id}'s cap would be passed")
            hand.run(
                "INSERT INTO subsidy_grant (resident_id, year, loan_id, amount_fen, rule, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    terms.resident_id,
                    year,
                    loan_id,
                    terms.subsidy_fen,
                    terms.rule.code if terms.rule else "",
                    now,
                ),
            )
        _audit(
            hand,
            clerk,
            "checkout",
            loan_id,
            {
                "unit": unit[0],
                "resident_id": terms.resident_id,
                "rent_fen": terms.rent_fen,
                "subsidy_fen": terms.subsidy_fen,
                "deposit_fen": terms.deposit_fen,
                "payment": "cash",
            },
        )
        hand.run(  # the loan as the receipt shows it, as loan_view reads it
            "SELECT l.*, u.asset_tag, p.name, r.name, a.username FROM loan AS l"
            " JOIN device_unit AS u ON u.id = l.unit_id JOIN product AS p ON p.id = u.product_id"
            " JOIN resident AS r ON r.id = l.resident_id LEFT JOIN app_user AS a ON a.id = l.checked_out_by"
            " WHERE l.id = ?",
            (loan_id,),
        ).fetchone()
        hand.commit()
    except BaseException:
        hand.rollback()
        raise
    return WON


def _hand_return(hand: Hand, unit_id: int, today: date, clerk: Clerk) -> None:
    """`return_unit` in good order by hand: the late fee from the product's rule or the centre's."""
    now = hand.moment(datetime.now(UTC))
    hand.begin()
    try:
        unit = hand.run(
            "SELECT asset_tag, product_id, home_centre_id FROM device_unit WHERE id = ?", (unit_id,)
        ).fetchone()
        loan_id, centre_id, due_on, deposit = hand.run(
            "SELECT id, centre_id, due_on, deposit_fen FROM loan WHERE unit_id = ? AND status = 'open'",
            (unit_id,),
        ).fetchone()
        product = hand.run(
            "SELECT late_fee_per_day_fen, grace_days FROM product WHERE id = ?", (unit[1],)
        ).fetchone()
        centre = hand.run(
            "SELECT late_fee_per_day_fen, grace_days FROM centre WHERE id = ?", (centre_id,)
        ).fetchone()
        per_day = product[0] if product[0] is not None else centre[0]
        grace = product[1] if product[1] is not None else centre[1]
        due = due_on if isinstance(due_on, date) else date.fromisoformat(due_on)
        fee = max(0, max(0, (today - due).days) - grace) * per_day
        refund = max(0, deposit - fee)
        closed = hand.run(
            "UPDATE loan SET status = 'returned', returned_at = ?, returned_by = ?, collected = ?,"
            " return_condition = 'good', return_note = '', return_photo = NULL, late_fee_fen = ?,"
            " deductions_fen = 0, deductions_note = '', deposit_refund_fen = ?, updated_at = ?"
            " WHERE id = ? AND status = 'open'",
            (now, clerk.user_id, False, fee, refund, now, loan_id),
        )
        if closed.rowcount != 1:
            raise RuntimeError(f"loan {loan_id} was not open")
        hand.run(
            "UPDATE device_unit SET state = 'awaiting_cleaning', condition = 'good', updated_at = ?"
            " WHERE id = ?",
            (now, unit_id),
        )
        _audit(
            hand,
            clerk,
            "return",
            loan_id,
            {"condition": "good", "late_fee_fen": fee, "deductions_fen": 0, "refund_fen": refund},
        )
        hand.commit()
    except BaseException:
        hand.rollback()
        raise


# ---------------------------------------------------------------------------------------------------------
# The desk on SQLite


@dataclass(frozen=True)
class Clerk:
    """Who works the desk: the demo's clerk, allowed at every centre, on both sides."""

    user_id: int | None
    username: str
    centre_ids: tuple[int, ...]

    def actor(self) -> Actor:
        from silvershop.security.models import Role
        from silvershop.security.permissions import actor_with

        return actor_with([Role.DESK_CLERK], self.centre_ids, username=self.username, user_id=self.user_id)


def _remove(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        path.with_name(name).unlink(missing_ok=True)


@contextmanager
def _copies(options: Options) -> Iterator[tuple[Path, Path]]:
    """Two fresh copies of the demo city, ours and the baseline's, deleted afterwards."""
    base = demo_database(options.out, PRODUCTS)
    wal = Path(f"{base}-wal")
    if wal.exists() and wal.stat().st_size:  # pages the copy of the main file alone would lack
        raise RuntimeError(f"{wal.name} holds unsaved pages: is another process writing to {base.name}?")
    copies = tuple(base.with_name(f"rental-run-{side}.sqlite3") for side in ("ours", "baseline"))
    for copy in copies:
        _remove(copy)
        shutil.copyfile(base, copy)
    try:
        yield copies[0], copies[1]
    finally:
        for copy in copies:
            _remove(copy)


def _open(path: Path) -> tuple[Database, Vault]:
    """The copy opened as the application opens it, with the key the demo city was written with (the
    sandbox of run.py points SILVERSHOP_KEY_FILE at benchmarks/out, where demo_data made it)."""
    from silvershop.database import open_database
    from silvershop.security.vault import open_vault

    database = open_database(f"sqlite:///{path}")
    try:
        with database.reading() as session:
            return database, open_vault(session)
    except BaseException:
        database.close()
        raise


def _clerk(path: Path) -> Clerk:
    with closing(sqlite3.connect(path)) as raw:
        user = raw.execute("SELECT id, username FROM app_user WHERE username = 'clerk'").fetchone()
        centres = tuple(row[0] for row in raw.execute("SELECT id FROM centre ORDER BY id"))
        sizes = [
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("device_unit", "resident", "loan")
        ]
        open_loans = raw.execute("SELECT count(*) FROM loan WHERE status = 'open'").fetchone()[0]
    if user is None:
        raise RuntimeError(f"{path.name} has no demo clerk: is it still a demo database?")
    print(
        f"Rental desk on the demo city: {sizes[0]:,} units, {sizes[1]:,} residents, {sizes[2]:,} loans "
        f"({open_loans:,} open)",
        file=sys.stderr,
    )
    return Clerk(user[0], user[1], centres)


def _alternate(count: int, ours: Callable[[int], object], baseline: Callable[[int], object]) -> Figures:
    """Action i of ours, then action i of the baseline, in milliseconds; WARM_UP of each first, untimed."""
    for index in range(WARM_UP):
        ours(index)
        baseline(index)
    timed: tuple[list[float], list[float]] = ([], [])
    for index in range(WARM_UP, WARM_UP + count):
        for side, action in enumerate((ours, baseline)):
            started = time.perf_counter()
            action(index)
            timed[side].append((time.perf_counter() - started) * 1000)
    return Figures(*timed)


def _same(ours: Path, baseline: Path, sql: str, params: Sequence[object], what: str) -> None:
    """Refuse a run whose two copies do not hold the same rows for `sql` (compared untimed, afterwards)."""
    with closing(sqlite3.connect(ours)) as our_raw, closing(sqlite3.connect(baseline)) as raw:
        mine, theirs = our_raw.execute(sql, params).fetchall(), raw.execute(sql, params).fetchall()
    if mine != theirs or not mine:
        differ = next((pair for pair in zip(mine, theirs, strict=False) if pair[0] != pair[1]), None)
        raise RuntimeError(
            f"the service and the baseline wrote different {what}: {len(mine)} vs {len(theirs)} rows, "
            f"first difference {differ}"
        )


def _checkouts(options: Options) -> Figures:
    from silvershop.db.session import reading, transaction
    from silvershop.rental.checkout import Payment, PaymentMethod, checkout
    from silvershop.rental.quotes import Term, quote

    count = QUICK_ACTIONS if options.quick else ACTIONS
    today, term, cash = date.today(), Term(months=TERM_MONTHS), Payment(PaymentMethod.CASH)
    with _copies(options) as (our_copy, raw_copy):
        clerk = _clerk(raw_copy)
        with closing(sqlite3.connect(raw_copy)) as raw:
            units = [
                row[0]
                for row in raw.execute(
                    "SELECT u.id FROM device_unit AS u JOIN product AS p ON p.id = u.product_id"
                    " WHERE u.state = 'available' AND p.rentable AND p.monthly_rent_fen > 0 ORDER BY u.id"
                )
            ]
            residents = [
                row[0]
                for row in raw.execute(
                    "SELECT id FROM resident WHERE consent_basis <> 'none' AND anonymised_at IS NULL"
                    " ORDER BY id"
                )
            ]
            first_new_loan = raw.execute("SELECT coalesce(max(id), 0) + 1 FROM loan").fetchone()[0]
        rng = random.Random(SEED)
        pairs = list(
            zip(rng.sample(residents, WARM_UP + count), rng.sample(units, WARM_UP + count), strict=True)
        )
        # The baseline's money: the service's quote for each pair on the untouched copy (untimed).
        database, vault = _open(raw_copy)
        try:
            with reading(database.sessions) as session:
                quotes = [
                    quote(session, clerk.actor(), vault, resident, unit, term, today)
                    for resident, unit in pairs
                ]
        finally:
            database.close()
        subsidised = sum(1 for terms in quotes[WARM_UP:] if terms.subsidy_fen)
        print(f"Checkouts: {count} timed, {subsidised} of them with a subsidy granted", file=sys.stderr)

        database, vault = _open(our_copy)
        actor = clerk.actor()
        try:
            with closing(_sqlite(raw_copy).connection) as connection:
                hand = Hand(connection)

                def ours(index: int) -> None:
                    resident, unit = pairs[index]
                    with transaction(database.sessions) as session:
                        checkout(session, actor, vault, resident, unit, term, cash, today)

                def baseline(index: int) -> None:
                    if _hand_checkout(hand, quotes[index], clerk) != WON:
                        raise RuntimeError(f"unit {pairs[index][1]} was not available to the baseline")

                figures = _alternate(count, ours, baseline)
        finally:
            database.close()
        _same(
            our_copy,
            raw_copy,
            WRITTEN_LOANS,
            (today.year, first_new_loan),
            "loans",
        )
    return figures


def _returns(options: Options) -> Figures:
    from silvershop.db.session import transaction
    from silvershop.rental.models import UnitCondition
    from silvershop.rental.returns import return_unit

    count = QUICK_ACTIONS if options.quick else ACTIONS
    today = date.today()
    with _copies(options) as (our_copy, raw_copy):
        begun = _utc_text(datetime.now(UTC))
        clerk = _clerk(raw_copy)
        with closing(sqlite3.connect(raw_copy)) as raw:
            on_loan = [
                row[0] for row in raw.execute("SELECT unit_id FROM loan WHERE status = 'open' ORDER BY id")
            ]
        units = random.Random(SEED).sample(on_loan, WARM_UP + count)
        database, _ = _open(our_copy)
        actor = clerk.actor()
        try:
            with closing(_sqlite(raw_copy).connection) as connection:
                hand = Hand(connection)

                def ours(index: int) -> None:
                    with transaction(database.sessions) as session:
                        return_unit(session, actor, units[index], UnitCondition.GOOD, today)

                figures = _alternate(
                    count, ours, lambda index: _hand_return(hand, units[index], today, clerk)
                )
        finally:
            database.close()
        marks = ",".join("?" * len(units))
        _same(
            our_copy,
            raw_copy,
            "SELECT l.id, l.status, l.returned_by, l.return_condition, l.late_fee_fen, l.deposit_refund_fen,"
            f" u.state, u.condition FROM loan AS l JOIN device_unit AS u ON u.id = l.unit_id"
            f" WHERE l.unit_id IN ({marks}) AND l.returned_at >= ? ORDER BY l.id",
            (*units, begun),
            "returns",
        )
    return figures


_DESK: dict[tuple[str, bool], Figures] = {}


def _desk(action: str, options: Options, statistic: str) -> Figures:
    """The runs of one desk action, measured once for both of its rows (the p95 and the median)."""
    key = (action, options.quick)
    if key not in _DESK:
        _DESK[key] = (_checkouts if action == "checkout" else _returns)(options)
    runs = _DESK[key]
    return Figures(runs.ours, runs.baseline, statistic=statistic)


@benchmark(
    name="rental-checkout",
    title="Rental desk: a checkout p95, through the service (SQLite, demo city of 100,000 products)",
    unit="ms",
    baseline=CHECKOUT_BASELINE,
    target=Below(20, "ms"),
)
def checkout_p95(options: Options) -> Figures:
    return _desk("checkout", options, "p95")


@benchmark(
    name="rental-checkout-median",
    title="Rental desk: a checkout, median (the same runs)",
    unit="ms",
    baseline=CHECKOUT_BASELINE,
    target=Informational(),
)
def checkout_median(options: Options) -> Figures:
    return _desk("checkout", options, "median")


@benchmark(
    name="rental-return",
    title="Rental desk: a return p95, through the service (SQLite, demo city of 100,000 products)",
    unit="ms",
    baseline=RETURN_BASELINE,
    target=Below(20, "ms"),
)
def return_p95(options: Options) -> Figures:
    return _desk("return", options, "p95")


@benchmark(
    name="rental-return-median",
    title="Rental desk: a return, median (the same runs)",
    unit="ms",
    baseline=RETURN_BASELINE,
    target=Informational(),
)
def return_median(options: Options) -> Figures:
    return _desk("return", options, "median")


# ---------------------------------------------------------------------------------------------------------
# Two desks racing on PostgreSQL


@dataclass(frozen=True)
class NotMeasured(Informational):
    """A row this machine cannot measure: its target column says why, and it never fails the run."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def _libpq(url: str, database: str | None = None) -> str:
    """The libpq address psycopg takes for a SQLAlchemy URL, optionally of another database."""
    from sqlalchemy import make_url

    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


def _shown(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True)


def _no_postgres() -> str | None:
    """Why the race cannot run here, or None when SILVERSHOP_BENCH_PG_URL's server answers.

    Asked once, at import, because a row's target is fixed when it is registered.
    """
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        return f"not measured: no PostgreSQL at {PG_URL_ENV} (unset)"
    try:
        import psycopg

        with psycopg.connect(_libpq(url, "postgres"), connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except Exception as exc:  # any failure to reach it: the driver missing, a bad URL, no server
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"not measured: no PostgreSQL at {_shown(url) if '://' in url else url} ({reason})"
    return None


NO_POSTGRES = _no_postgres()
RACE_TARGET: Target = NotMeasured(NO_POSTGRES) if NO_POSTGRES else AtMost(0, "rounds")
ROUND_TARGET: Target = NotMeasured(NO_POSTGRES) if NO_POSTGRES else Informational()


@dataclass(frozen=True)
class Arena:
    """The race's scratch database: the desk, and per side a unit and the two residents who want it."""

    database: Database
    vault: Vault
    clerk: Clerk
    our_unit: int
    our_quotes: tuple[Quote, Quote]
    raw_unit: int
    raw_quotes: tuple[Quote, Quote]


def _fresh_database(url: str) -> None:
    """Drop and create the scratch database named in `url`, from the server's `postgres` database."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import make_url

    name = make_url(url).database or ""
    if not name.endswith(SCRATCH_SUFFIX):
        raise RuntimeError(
            f"{PG_URL_ENV} names the database {name!r}, which this benchmark would drop and create anew; "
            f"name a scratch database ending in {SCRATCH_SUFFIX!r}, e.g. silvershop{SCRATCH_SUFFIX}"
        )
    with psycopg.connect(_libpq(url, "postgres"), autocommit=True, connect_timeout=5) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        # template0 is never connected to, so the copy cannot fail on a template in use.
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))


def _arena(url: str) -> Arena:
    """A centre with a rentable wheelchair, two units and four residents of 81 (the published example:
    half of 400 元 of rent is subsidised, so every checkout writes a grant too)."""
    from silvershop.catalog.models import Enterprise, Product
    from silvershop.centres.models import Centre
    from silvershop.database import open_database
    from silvershop.db.session import reading, transaction
    from silvershop.rental.models import ConsentBasis, DeviceUnit
    from silvershop.rental.quotes import Term, quote
    from silvershop.rental.residents import ResidentInput, add_resident
    from silvershop.security.id_number import make_id_number
    from silvershop.security.vault import Vault

    _fresh_database(url)
    database = open_database(url)
    vault = Vault.generate()
    today = date.today()
    with transaction(database.sessions) as session:
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
        session.add_all([centre, wheelchair])
        session.flush()
        units = [
            DeviceUnit(asset_tag=f"LX01-{n:05d}", product_id=wheelchair.id, home_centre_id=centre.id)
            for n in (1, 2)
        ]
        session.add_all(units)
        session.flush()
        clerk = Clerk(None, "bench-clerk", (centre.id,))
        residents = [
            add_resident(
                session,
                clerk.actor(),
                vault,
                ResidentInput(
                    name=f"王{name}",
                    id_number=make_id_number("320213", date(today.year - 81, 1, 15), 21 + number),
                    hukou_local=True,
                    consent_basis=ConsentBasis.CONSENT,
                    consent_text="同意为辅具租赁保存本人信息",
                    home_centre_code="LX01",
                ),
                today=today,
            ).id
            for number, name in enumerate(("奶奶", "爷爷", "阿姨", "叔叔"))
        ]
        unit_ids = [unit.id for unit in units]
    with reading(database.sessions) as session:
        quotes = [
            quote(
                session, clerk.actor(), vault, resident, unit_ids[index // 2], Term(months=TERM_MONTHS), today
            )
            for index, resident in enumerate(residents)
        ]
    if not all(terms.subsidy_fen for terms in quotes):
        raise RuntimeError("the race's residents get no subsidy: the published example no longer holds")
    return Arena(
        database, vault, clerk, unit_ids[0], (quotes[0], quotes[1]), unit_ids[1], (quotes[2], quotes[3])
    )


@dataclass(frozen=True)
class Round:
    outcomes: tuple[str, str]  # how each desk's attempt ended, in the order of its quotes
    milliseconds: float  # from the barrier to both desks done
    kept: str  # what the database holds afterwards that it should not, "" when all is as it should be

    @property
    def good(self) -> bool:
        ended = self.outcomes
        return (
            ended.count(WON) == 1
            and all(o in (WON, LOST_AT_GUARD, SAW_IT_LENT) for o in ended)
            and not self.kept
        )


def _our_attempt(arena: Arena, terms: Quote) -> Callable[[], str]:
    from silvershop.db.session import transaction
    from silvershop.errors import SilvershopError
    from silvershop.rental.checkout import Payment, PaymentMethod, checkout
    from silvershop.rental.models import UnitState
    from silvershop.rental.quotes import UNAVAILABLE

    actor = arena.clerk.actor()

    def attempt() -> str:
        try:
            with transaction(arena.database.sessions) as session:
                checkout(
                    session,
                    actor,
                    arena.vault,
                    terms.resident_id,
                    terms.unit_id,
                    terms.term,
                    Payment(PaymentMethod.CASH),
                    terms.start_on,
                )
        except SilvershopError as exc:
            if exc.message == UNAVAILABLE[UnitState.ON_LOAN]:
                return SAW_IT_LENT
            if "lent at another desk a moment ago" in exc.message:
                return LOST_AT_GUARD
            return f"refused otherwise: {exc}"
        return WON

    return attempt


def _race(
    pool: ThreadPoolExecutor, attempts: tuple[Callable[[], str], Callable[[], str]]
) -> tuple[tuple[str, str], float]:
    """Both attempts released together; how each ended, and the round's time in milliseconds."""
    barrier = threading.Barrier(2, timeout=60)

    def desk(attempt: Callable[[], str]) -> tuple[str, float, float]:
        barrier.wait()
        started = time.perf_counter()
        try:
            said = attempt()
        except Exception as exc:  # anything but a sentence: the round is bad, and says why
            said = f"failed: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"
        return said, started, time.perf_counter()

    futures = [pool.submit(desk, attempt) for attempt in attempts]
    ends = [future.result() for future in futures]
    return (ends[0][0], ends[1][0]), (max(e[2] for e in ends) - min(e[1] for e in ends)) * 1000


def _kept(hand: Hand, quotes: tuple[Quote, Quote], outcomes: tuple[str, str]) -> str:
    """What is wrong in the database after a round: the unit not lent once, to the winner, with the
    winner's grant, or anything of the loser's attempt left behind. "" when all is right."""
    unit_id = quotes[0].unit_id
    loans = hand.run("SELECT resident_id, status FROM loan WHERE unit_id = ?", (unit_id,)).fetchall()
    unit = hand.run("SELECT state, loan_count FROM device_unit WHERE id = ?", (unit_id,)).fetchone()
    granted = dict(
        hand.run(
            "SELECT resident_id, granted_fen FROM subsidy_account WHERE resident_id IN (?, ?)",
            (quotes[0].resident_id, quotes[1].resident_id),
        ).fetchall()
    )
    grants = hand.run(
        "SELECT count(*) FROM subsidy_grant AS g JOIN loan AS l ON l.id = g.loan_id WHERE l.unit_id = ?",
        (unit_id,),
    ).fetchone()[0]
    winners = [terms for terms, outcome in zip(quotes, outcomes, strict=True) if outcome == WON]
    expected_loans = [(w.resident_id, "open") for w in winners]
    expected_granted = {w.resident_id: w.subsidy_fen for w in winners}
    if sorted(loans) != expected_loans or (len(winners) == 1 and tuple(unit) != ("on_loan", 1)):
        return f"loans {loans}, unit {tuple(unit)}"
    if {k: v for k, v in granted.items() if v} != expected_granted or grants != len(winners):
        return f"accounts {granted}, {grants} grants"
    return ""


def _reset(hand: Hand, quotes: tuple[Quote, Quote]) -> None:
    """The unit available again and nothing of the round left: grants before loans (the foreign key)."""
    unit_id, residents = quotes[0].unit_id, (quotes[0].resident_id, quotes[1].resident_id)
    hand.run("DELETE FROM subsidy_grant WHERE loan_id IN (SELECT id FROM loan WHERE unit_id = ?)", (unit_id,))
    hand.run("DELETE FROM loan WHERE unit_id = ?", (unit_id,))
    hand.run("DELETE FROM subsidy_account WHERE resident_id IN (?, ?)", residents)
    hand.run("UPDATE device_unit SET state = 'available', loan_count = 0 WHERE id = ?", (unit_id,))
    hand.commit()


@dataclass(frozen=True)
class RaceRuns:
    ours: list[Round]
    baseline: list[Round]


def _races(options: Options, url: str) -> RaceRuns:
    import psycopg

    rounds = QUICK_ROUNDS if options.quick else ROUNDS
    arena = _arena(url)
    address = _libpq(url)
    try:
        with (
            closing(psycopg.connect(address)) as keeper,
            closing(psycopg.connect(address)) as first_desk,
            closing(psycopg.connect(address)) as second_desk,
            ThreadPoolExecutor(max_workers=2, thread_name_prefix="desk") as pool,
        ):
            checker, desks = Hand(keeper), (Hand(first_desk), Hand(second_desk))
            ours = (_our_attempt(arena, arena.our_quotes[0]), _our_attempt(arena, arena.our_quotes[1]))
            by_hand = tuple(
                (lambda hand=hand, terms=terms: _hand_checkout(hand, terms, arena.clerk))
                for hand, terms in zip(desks, arena.raw_quotes, strict=True)
            )
            runs = RaceRuns([], [])
            for _ in range(rounds):
                for side, attempts, quotes in (
                    (runs.ours, ours, arena.our_quotes),
                    (runs.baseline, by_hand, arena.raw_quotes),
                ):
                    outcomes, milliseconds = _race(pool, attempts)  # type: ignore[arg-type]
                    kept = _kept(checker, quotes, outcomes)
                    checker.rollback()
                    side.append(Round(outcomes, milliseconds, kept))
                    _reset(checker, quotes)
    finally:
        arena.database.close()
    for name, side in (("ours", runs.ours), ("baseline", runs.baseline)):
        losses = Counter(o for r in side for o in r.outcomes if o != WON)
        bad = [r for r in side if not r.good]
        print(
            f"Race, {name}: {len(side)} rounds, {len(side) - len(bad)} with exactly one winner; the losers "
            + "; ".join(f"{n} {what}" for what, n in losses.most_common()),
            file=sys.stderr,
        )
        for r in bad[:5]:
            print(f"  bad round: {r.outcomes} {r.kept}", file=sys.stderr)
    return runs


_RACES: dict[bool, RaceRuns] = {}


def _race_runs(options: Options) -> RaceRuns | None:
    """The races, run once for both PostgreSQL rows; None (and a word why) where there is no server."""
    if NO_POSTGRES:
        print(f"rental race: {NO_POSTGRES}", file=sys.stderr)
        return None
    if options.quick not in _RACES:
        _RACES[options.quick] = _races(options, os.environ[PG_URL_ENV].strip())
    return _RACES[options.quick]


@benchmark(
    name="rental-race",
    title=(
        f"Rental desk on PostgreSQL: two desks race for one unit, {ROUNDS} rounds ({QUICK_ROUNDS} with "
        "--quick): rounds without exactly one winner"
    ),
    unit="rounds",
    baseline=RACE_BASELINE,
    target=RACE_TARGET,
)
def race(options: Options) -> Figures:
    runs = _race_runs(options)
    if runs is None:
        return Figures([math.nan], [math.nan])
    return Figures(
        [float(sum(not r.good for r in runs.ours))], [float(sum(not r.good for r in runs.baseline))]
    )


@benchmark(
    name="rental-race-round",
    title="Rental desk on PostgreSQL: one round of the race (both checkouts), median",
    unit="ms",
    baseline=ROUND_BASELINE,
    target=ROUND_TARGET,
)
def race_round(options: Options) -> Figures:
    runs = _race_runs(options)
    if runs is None:
        return Figures([math.nan], [math.nan])
    return Figures([r.milliseconds for r in runs.ours], [r.milliseconds for r in runs.baseline])
