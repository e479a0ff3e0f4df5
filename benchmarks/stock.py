"""Stock at the experience centres (issue 5): a balance read on a long ledger, and a stocktake applied.

The balance of one product at one centre is read with a ledger of 1,000,000 moves behind it. Ours is
`centre_balance` in a read-only ORM session opened for the one question, as a screen or the kiosk asks
it; the baseline is the bare `SUM` over `stock_balance` through sqlite3 on the same file. A row without
a target sums the same answer from `stock_move` instead: what a balance would cost without the running
balance the ledger keeps.

A stocktake of one centre (a few thousand stock lines) is measured three ways: 2,000 scans recorded in
one batch (one transaction: a memory scanner's upload, or a file given to the command line), a count of
2,000 lines applied (15 % of them differ from the books; the lines not counted stay as booked), and the
two one after the other, as two transactions. Every repetition, ours and the baseline alike, runs on a
fresh copy of the database, so none sees the moves or the count of another; the baseline does the same
reads and writes by hand with sqlite3 in the same number of transactions. One more row, without a
target, times a scan in a transaction of its own, as a keyboard-wedge scanner at the desk delivers them.

The data set is written with sqlite3 `executemany` into a freshly migrated file (through the services
it would take far longer than anything measured here), checked against the ledger's own
`ledger_disagreements` and one SQL comparison, and kept in benchmarks/out under a name carrying the
schema revision and a fingerprint of the code that builds it, so a change to either builds it anew.
`--quick` reads and repeats less, on the same data set: the targets speak of its sizes.
"""

from __future__ import annotations

import hashlib
import inspect
import random
import shutil
import sqlite3
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from registry import Below, Figures, Informational, Options, benchmark

if TYPE_CHECKING:
    from silvershop.database import Database
    from silvershop.security.permissions import Actor

MOVES = 1_000_000
PRODUCTS = 6_000
SEED = 5
HISTORY_DAYS = 3 * 365
COUNTED_LINES = 2_000
SCANS = 2_000
DIFFERING = 0.15  # the share of counted lines that disagree with the books

# Every centre has the first four locations, some the last two (as the demo's centres do).
LOCATIONS = (
    ("A1", "展示区A1（智能健康）", "display"),
    ("S1", "货架S1", "shelf"),
    ("ST", "库房", "store"),
    ("RS", "租赁设备库", "rental_store"),
    ("A2", "展示区A2（适老家居）", "display"),
    ("S2", "货架S2", "shelf"),
)
# How a centre keeps a product it stocks: where, at most how many (reordered when nearly out), how often.
PLACES = (("display", 2, 25), ("shelf", 12, 30), ("store", 40, 25), ("store_and_display", 40, 20))
NAMES = ("智能血压计", "电动护理床", "助行器", "防走失手环", "血糖仪", "轮椅", "智能药盒", "制氧机", "拐杖")

BALANCE_BASELINE = "the bare SUM over stock_balance for the same product and centre (sqlite3, same file)"
LEDGER_BASELINE = "the bare SUM over stock_balance (sqlite3); ours here is the bare SUM over stock_move"
SCANS_BASELINE = "the same lookups and UPDATEs of stocktake_count by hand in one sqlite3 transaction"
APPLY_BASELINE = (
    "by hand in one sqlite3 transaction: read the count, close it, INSERT the moves, upsert/UPDATE their "
    "balances, one audit row"
)
BOTH_BASELINE = "the two hand-written sqlite3 transactions of the scans and apply rows, back to back"
EACH_BASELINE = "the same lookups and UPDATE by hand, one sqlite3 transaction per scan"


# ---------------------------------------------------------------------------------------------------------
# The data set


def ledger_database(out: Path) -> Path:
    """The SQLite file with the 1,000,000-move ledger, built once and reused while its code is unchanged."""
    path = out / f"stock-ledger-{MOVES}-{_fingerprint()}.sqlite3"
    if not path.exists():
        for outdated in out.glob(f"stock-ledger-{MOVES}-*.sqlite3*"):
            outdated.unlink()
        _build(path)
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"{wal.name} holds unsaved pages: is another process writing to {path.name}?")
    return path


def _fingerprint() -> str:
    from silvershop.db.migrate import head_revision

    digest = hashlib.sha256(head_revision().encode())
    digest.update(repr((MOVES, PRODUCTS, SEED, HISTORY_DAYS, LOCATIONS, PLACES, NAMES)).encode())
    for builder in (_build, _write_catalogue, _write_centres, _write_ledger, _simulate, _check_ledger):
        digest.update(inspect.getsource(builder).encode())
    return f"rev{head_revision()}-{digest.hexdigest()[:10]}"


def _build(path: Path) -> None:
    from silvershop.database import open_database
    from silvershop.db import substrings

    # Built under another name and renamed when complete and checked, so a broken build is never used.
    partial = path.with_name(f"{path.name}.partial")
    for leftover in path.parent.glob(f"{partial.name}*"):
        leftover.unlink()
    print(f"Building {path.name}: a ledger of {MOVES:,} moves (once; later runs reuse it)…", file=sys.stderr)
    started = time.perf_counter()
    open_database(f"sqlite:///{partial}").close()  # the schema and the reference data (districts)
    rng = random.Random(SEED)
    with closing(sqlite3.connect(partial, isolation_level=None)) as raw:
        substrings.register(raw)  # the product search triggers call it
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("BEGIN")
        products = _write_catalogue(raw, rng)
        locations = _write_centres(raw, rng)
        moves = _write_ledger(raw, rng, products, locations)
        raw.execute("COMMIT")
        written = time.perf_counter()
        _check_ledger(raw, partial, moves)
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    print(
        f"Built in {time.perf_counter() - started:.0f} s (checked in {time.perf_counter() - written:.0f} s).",
        file=sys.stderr,
    )


def _write_catalogue(raw: sqlite3.Connection, rng: random.Random) -> list[int]:
    """One enterprise and PRODUCTS products with every NOT NULL column filled; returns their ids."""
    raw.execute(
        "INSERT INTO enterprise (name, name_pinyin, credit_code, division_code, contact_name, contact_phone,"
        " address) VALUES ('无锡适老科技有限公司', 'wuxi shilao keji youxian gongsi', '91320200MA1BENCH5X',"
        " '320200', '', '', '')"
    )
    enterprise_id = raw.execute("SELECT max(id) FROM enterprise").fetchone()[0]
    rows = []
    for number in range(1, PRODUCTS + 1):
        name, model = f"{rng.choice(NAMES)}{number}型", f"SL-{number:05d}"
        rows.append((f"P-{number:06d}", name, model, enterprise_id, rng.randrange(5_000, 900_000), name))
    raw.executemany(
        "INSERT INTO product (code, name, model, brand, enterprise_id, scenario, is_medical_device,"
        " device_class, registration_no, reference_price_fen, rentable, description, recommending_unit,"
        " status, search_text, listing_year) VALUES (?, ?, ?, '适老', ?, '', 0, '', '', ?, 0, '', '',"
        " 'listed', ?, 2025)",
        rows,
    )
    return [row[0] for row in raw.execute("SELECT id FROM product ORDER BY id")]


def _write_centres(raw: sqlite3.Connection, rng: random.Random) -> dict[int, dict[str, list[int]]]:
    """A centre in every district, county-level city and zone; returns location ids by centre and kind."""
    districts = raw.execute(
        "SELECT code, name FROM district WHERE kind IN ('district', 'county_city', 'zone') ORDER BY code"
    ).fetchall()
    locations: dict[int, dict[str, list[int]]] = {}
    for number, (district_code, district_name) in enumerate(districts, start=1):
        centre_id = raw.execute(
            "INSERT INTO centre (code, name, district_code, address, opening_hours, phone, manager_name,"
            " active, late_fee_per_day_fen, grace_days, allow_day_terms, asset_tag_pattern)"
            " VALUES (?, ?, ?, '', '9:00-17:00', '', '', 1, 200, 3, 0, '{centre}-{seq:05d}')",
            (f"BC{number:02d}", f"{district_name}适老生活体验中心", district_code),
        ).lastrowid
        assert centre_id is not None
        kinds: dict[str, list[int]] = defaultdict(list)
        for code, name, kind in LOCATIONS[: 4 + rng.randint(0, 2)]:
            location_id = raw.execute(
                "INSERT INTO location (centre_id, code, name, kind, active) VALUES (?, ?, ?, ?, 1)",
                (centre_id, code, name, kind),
            ).lastrowid
            assert location_id is not None
            kinds[kind].append(location_id)
        locations[centre_id] = kinds
    return locations


def _write_ledger(
    raw: sqlite3.Connection,
    rng: random.Random,
    products: list[int],
    locations: dict[int, dict[str, list[int]]],
) -> int:
    """MOVES moves, in time order, and the balances that are their sums; returns how many moves."""
    keeps = []  # (centre, product, primary location, secondary location or None, at most)
    for centre_id, kinds in locations.items():
        for product_id in sorted(
            rng.sample(products, rng.randint(len(products) // 2, len(products) * 2 // 3))
        ):
            place, most, _ = rng.choices(PLACES, weights=[p[2] for p in PLACES])[0]
            if place == "store_and_display":
                primary, secondary = kinds["store"][0], rng.choice(kinds["display"])
            else:
                primary, secondary = rng.choice(kinds[place]), None
            keeps.append((centre_id, product_id, primary, secondary, most))
    # A few products move a lot and most little: a long-tailed share of the ledger per product and centre.
    weights = [min(20.0, rng.paretovariate(2.0)) for _ in keeps]
    scale = (MOVES - 2 * len(keeps)) / sum(weights)
    budgets = [2 + int(w * scale) for w in weights]
    for index in rng.sample(range(len(keeps)), MOVES - sum(budgets)):
        budgets[index] += 1
    epoch = datetime.now(UTC).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    epoch -= timedelta(days=HISTORY_DAYS + 2)
    rows: list[tuple[object, ...]] = []
    balances: dict[tuple[int, int], tuple[int, int]] = {}
    for (centre_id, product_id, primary, secondary, most), budget in zip(keeps, budgets, strict=True):
        for seconds, location_id, quantity, kind, reason, reference in _simulate(
            rng, budget, primary, secondary, most, f"{centre_id:02d}{product_id:05d}"
        ):
            at = (epoch + timedelta(seconds=seconds)).isoformat(sep=" ", timespec="microseconds")
            rows.append((product_id, centre_id, location_id, quantity, kind, reason, reference, at))
            key = (product_id, location_id)
            balances[key] = (centre_id, balances.get(key, (0, 0))[1] + quantity)
    rows.sort(key=lambda row: row[7])  # ids in time order, as a ledger written over the years has them
    raw.executemany(
        "INSERT INTO stock_move (product_id, centre_id, location_id, quantity, kind, reason, reference, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    raw.executemany(
        "INSERT INTO stock_balance (product_id, location_id, centre_id, quantity) VALUES (?, ?, ?, ?)",
        [(p, loc, centre, quantity) for (p, loc), (centre, quantity) in balances.items()],
    )
    return len(rows)


def _simulate(
    rng: random.Random, budget: int, primary: int, secondary: int | None, most: int, tag: str
) -> Iterator[tuple[float, int, int, str, str, str]]:
    """`budget` moves of one product at one centre: deliveries when nearly out, shelving, transfers to
    and from other centres, stocktake adjustments and write-offs, never taking a balance below zero.

    Yields (seconds since the start of the history, location, quantity, kind, reason, reference).
    """
    times = sorted(
        day * 86_400 + 9 * 3_600 + rng.random() * 8 * 3_600
        for day in (rng.randrange(HISTORY_DAYS) for _ in range(budget))
    )
    held = {primary: 0, secondary: 0} if secondary is not None else {primary: 0}
    made = 0
    while made < budget:
        # Where nothing is shelved from a store room, the roll skips the shelving moves.
        at, roll = times[made], rng.random() if secondary is not None else 0.45 + 0.55 * rng.random()
        pair = made + 1 < budget
        if held[primary] <= most // 4 and (held[primary] == 0 or roll < 0.6):
            quantity = max(1, most - held[primary])
            held[primary] += quantity
            yield at, primary, quantity, "receive", "到货入库", f"DN-{tag}-{made:05d}"
        elif secondary is not None and pair and roll < 0.35:
            quantity = rng.randint(1, min(3, held[primary]))
            held[primary] -= quantity
            held[secondary] += quantity
            yield at, primary, -quantity, "move_out", "上架展示", ""
            yield at, secondary, quantity, "move_in", "上架展示", ""
            made += 1
        elif secondary is not None and pair and roll < 0.45 and held[secondary]:
            held[secondary] -= 1
            held[primary] += 1
            yield at, secondary, -1, "move_out", "撤展回库", ""
            yield at, primary, 1, "move_in", "撤展回库", ""
            made += 1
        elif roll < 0.72 or (roll < 0.86 and held[primary] >= most):
            quantity = rng.randint(1, min(5, held[primary]))
            held[primary] -= quantity
            yield at, primary, -quantity, "transfer_out", "调拨出库", f"TR-{tag}-{made:05d}"
        elif roll < 0.86:
            quantity = rng.randint(1, max(1, most - held[primary]))
            held[primary] += quantity
            yield at, primary, quantity, "transfer_in", "调拨入库", f"TR-{tag}-{made:05d}"
        else:
            here = secondary if secondary is not None and held[secondary] and roll < 0.88 else primary
            if not held[here] or (roll < 0.94 and held[here] < most and rng.random() < 0.3):
                held[here] += 1  # a stocktake found one more than the books said
                yield at, here, 1, "adjust", "盘点调整：账实不符", ""
            elif roll < 0.94:
                held[here] -= 1
                yield at, here, -1, "adjust", "盘点调整：账实不符", ""
            else:
                held[here] -= 1
                yield at, here, -1, "write_off", "包装破损报废", ""
        made += 1


def _check_ledger(raw: sqlite3.Connection, path: Path, moves: int) -> None:
    """Refuse a data set whose balances are not the sums of its moves, or whose rows point nowhere."""
    from silvershop.centres.ledger import ledger_disagreements
    from silvershop.database import open_database

    counted = raw.execute("SELECT count(*) FROM stock_move").fetchone()[0]
    if counted != moves or moves != MOVES:
        raise RuntimeError(f"the ledger has {counted:,} moves instead of {MOVES:,}")
    # Both directions at once: a balance without moves, moves without a balance, or a different sum.
    differing = raw.execute(
        "SELECT count(*) FROM (SELECT product_id, location_id, sum(quantity) AS moved FROM stock_move"
        " GROUP BY product_id, location_id) AS m FULL JOIN stock_balance AS b"
        " ON b.product_id = m.product_id AND b.location_id = m.location_id"
        " WHERE m.moved IS NULL OR b.quantity IS NULL OR m.moved <> b.quantity OR b.quantity < 0"
    ).fetchone()[0]
    misplaced = raw.execute(
        "SELECT (SELECT count(*) FROM stock_balance AS b JOIN location AS l ON l.id = b.location_id"
        " WHERE l.centre_id <> b.centre_id) + (SELECT count(*) FROM stock_move AS m JOIN location AS l"
        " ON l.id = m.location_id WHERE l.centre_id <> m.centre_id)"
    ).fetchone()[0]
    dangling = raw.execute("PRAGMA foreign_key_check").fetchall()
    if differing or misplaced or dangling:
        raise RuntimeError(
            f"inconsistent data set: {differing} balances differ from the ledger, {misplaced} rows at "
            f"another centre's location, {len(dangling)} broken references"
        )
    database = open_database(f"sqlite:///{path}")  # and the application's own check, on all of it
    try:
        with database.reading() as session:
            disagreements = ledger_disagreements(session)
    finally:
        database.close()
    if disagreements:
        raise RuntimeError(f"ledger_disagreements found {len(disagreements)}, e.g. {disagreements[:3]}")


# ---------------------------------------------------------------------------------------------------------
# Balances


def _actor() -> Actor:
    from silvershop.security.models import Role
    from silvershop.security.permissions import actor_with

    return actor_with([Role.ADMINISTRATOR], username="bench")


def _pairs(db_file: Path, count: int) -> list[tuple[int, int]]:
    """Random (product, centre) pairs over the whole catalogue: most are stocked there, some are not."""
    with closing(sqlite3.connect(db_file)) as raw:
        products = [row[0] for row in raw.execute("SELECT id FROM product")]
        centres = [row[0] for row in raw.execute("SELECT id FROM centre")]
    rng = random.Random(SEED + count)
    return [(rng.choice(products), rng.choice(centres)) for _ in range(count)]


def _sum(raw: sqlite3.Connection, sql: str, pair: tuple[int, int]) -> int:
    return int(raw.execute(sql, pair).fetchone()[0] or 0)


def _stopwatch(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


@benchmark(
    name="stock-balance",
    title="Balance of one product at one centre p95, ledger of 1,000,000 moves",
    unit="ms",
    baseline=BALANCE_BASELINE,
    target=Below(5, "ms"),
)
def balance_reads(options: Options) -> Figures:
    from silvershop.centres.ledger import centre_balance
    from silvershop.database import open_database

    db_file = ledger_database(options.out)
    pairs = _pairs(db_file, 200 if options.quick else 500)
    actor = _actor()
    database = open_database(f"sqlite:///{db_file}")
    sql = "SELECT sum(quantity) FROM stock_balance WHERE product_id = ? AND centre_id = ?"
    ours: list[float] = []
    baseline: list[float] = []
    try:
        with closing(sqlite3.connect(db_file)) as raw:

            def our_read(product_id: int, centre_id: int) -> int:
                with database.reading() as session:
                    return centre_balance(session, actor, product_id, centre_id)

            def raw_read(product_id: int, centre_id: int) -> int:
                return _sum(raw, sql, (product_id, centre_id))

            for product_id, centre_id in pairs[:50]:  # untimed: both connections read the pages in once
                our_read(product_id, centre_id)
                raw_read(product_id, centre_id)
            for product_id, centre_id in pairs:
                elapsed, ours_said = _stopwatch(partial(our_read, product_id, centre_id))
                ours.append(elapsed)
                elapsed, raw_said = _stopwatch(partial(raw_read, product_id, centre_id))
                baseline.append(elapsed)
                if ours_said != raw_said:
                    raise RuntimeError(
                        f"centre_balance said {ours_said} where stock_balance sums to {raw_said}"
                    )
    finally:
        database.close()
    return Figures(ours, baseline, statistic="p95")


@benchmark(
    name="stock-ledger-sum",
    title="Same balance p95 summed from the 1,000,000-move ledger, no running balance (sqlite3)",
    unit="ms",
    baseline=LEDGER_BASELINE,
    target=Informational(),
)
def ledger_sums(options: Options) -> Figures:
    db_file = ledger_database(options.out)
    pairs = _pairs(db_file, 5 if options.quick else 20)
    ours: list[float] = []
    baseline: list[float] = []
    with closing(sqlite3.connect(db_file)) as raw:
        from_moves = "SELECT sum(quantity) FROM stock_move WHERE product_id = ? AND centre_id = ?"
        from_balances = "SELECT sum(quantity) FROM stock_balance WHERE product_id = ? AND centre_id = ?"
        raw.execute(from_moves, pairs[0]).fetchone()  # untimed: the first scan reads the table in
        for pair in pairs:
            elapsed, moved = _stopwatch(partial(_sum, raw, from_moves, pair))
            ours.append(elapsed)
            elapsed, held = _stopwatch(partial(_sum, raw, from_balances, pair))
            baseline.append(elapsed)
            if moved != held:
                raise RuntimeError(f"the ledger sums to {moved} where the balances say {held} for {pair}")
    return Figures(ours, baseline, statistic="p95")


# ---------------------------------------------------------------------------------------------------------
# Stocktakes


@dataclass(frozen=True)
class Line:
    product_id: int
    location_id: int
    expected: int
    product_code: str
    location_code: str


@dataclass(frozen=True)
class Plan:
    """What every repetition counts, drawn once from the data set with a fixed seed."""

    centre_id: int
    centre_code: str
    lines: int  # stock lines at the centre, i.e. lines of the count
    counts: tuple[tuple[Line, int], ...]  # COUNTED_LINES lines and what was counted on each
    scans: tuple[str, ...]  # SCANS payloads: location labels, each followed by its products' labels
    differing_counts: int  # lines the count of `counts` adjusts
    differing_scans: int  # lines the count of `scans` adjusts


def _differing(rng: random.Random, expected: int) -> int:
    counted = expected + rng.choice((-2, -1, 1, 2))
    return counted if counted >= 0 else expected + 1


def _plan(db_file: Path) -> Plan:
    """The counts and scans of the centre with the most stock lines."""
    with closing(sqlite3.connect(db_file)) as raw:
        centre_id, centre_code = raw.execute(
            "SELECT c.id, c.code FROM centre AS c JOIN stock_balance AS b ON b.centre_id = c.id"
            " WHERE b.quantity > 0 GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
        lines = [
            Line(*row)
            for row in raw.execute(
                "SELECT b.product_id, b.location_id, b.quantity, p.code, l.code FROM stock_balance AS b"
                " JOIN product AS p ON p.id = b.product_id JOIN location AS l ON l.id = b.location_id"
                " WHERE b.centre_id = ? AND b.quantity > 0 ORDER BY b.product_id, b.location_id",
                (centre_id,),
            )
        ]
    rng = random.Random(SEED)
    counted_lines = rng.sample(lines, COUNTED_LINES)
    differ = set(rng.sample(range(COUNTED_LINES), round(DIFFERING * COUNTED_LINES)))
    counts = tuple(
        (line, _differing(rng, line.expected) if index in differ else line.expected)
        for index, line in enumerate(counted_lines)
    )
    # Scans: lines picked at random and counted unit by unit, shelf by shelf, until SCANS labels are read.
    by_location: dict[str, list[tuple[Line, int]]] = defaultdict(list)
    room = SCANS
    for line in rng.sample(lines, len(lines)):
        counted = max(1, _differing(rng, line.expected)) if rng.random() < DIFFERING else line.expected
        label = 0 if line.location_code in by_location else 1
        if room - label < 1:
            break
        counted = min(counted, room - label)
        by_location[line.location_code].append((line, counted))
        room -= label + counted
    scans: list[str] = []
    for location_code in sorted(by_location):
        scans.append(f"SS:L:{centre_code}-{location_code}")
        for line, counted in by_location[location_code]:
            scans.extend([f"SS:P:{line.product_code}"] * counted)
    differing_scans = sum(
        1
        for counted_lines_here in by_location.values()
        for line, n in counted_lines_here
        if n != line.expected
    )
    return Plan(
        centre_id,
        centre_code,
        len(lines),
        counts,
        tuple(scans),
        sum(1 for line, counted in counts if counted != line.expected),
        differing_scans,
    )


def _remove(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        path.with_name(name).unlink(missing_ok=True)


@contextmanager
def _fresh_copy(base: Path, name: str) -> Iterator[Path]:
    """A copy of the data set for one repetition, deleted after it."""
    copy = base.with_name(f"stock-run-{name}.sqlite3")
    _remove(copy)
    shutil.copyfile(base, copy)
    try:
        yield copy
    finally:
        _remove(copy)


def _open(path: Path) -> Database:
    from silvershop.database import open_database

    return open_database(f"sqlite:///{path}")


def _raw(path: Path) -> sqlite3.Connection:
    """A connection set up as the application sets up its own (engine._sqlite_pragmas), in autocommit."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _started(copy: Path, plan: Plan, with_counts: bool) -> int:
    """Begin the count on `copy` through the service; with `with_counts`, enter the planned counts.

    The database is closed afterwards, so the measured part starts with a cold SQLite page cache on
    either side (the file itself is in the OS's cache, just copied).
    """
    from silvershop.centres.stocktakes import start_stocktake
    from silvershop.db.session import transaction

    database = _open(copy)
    try:
        with transaction(database.sessions) as session:
            stocktake_id = start_stocktake(session, _actor(), plan.centre_id).id
    finally:
        database.close()
    if with_counts:
        with closing(_raw(copy)) as raw:
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(
                "UPDATE stocktake_count SET counted = ?, counted_at = ? WHERE stocktake_id = ?"
                " AND product_id = ? AND location_id = ?",
                [(n, _now(), stocktake_id, line.product_id, line.location_id) for line, n in plan.counts],
            )
            raw.execute("COMMIT")
    return stocktake_id


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _our_scans(database: Database, stocktake_id: int, scans: Sequence[str]) -> None:
    from silvershop.centres.stocktakes import record_scans
    from silvershop.db.session import transaction

    with transaction(database.sessions) as session:
        results = record_scans(session, _actor(), stocktake_id, scans)
    if len(results) != len(scans):
        raise RuntimeError(f"record_scans took {len(results)} of {len(scans)} scans")


def _our_apply(database: Database, stocktake_id: int, differing: int) -> None:
    from silvershop.centres.stocktakes import Uncounted, apply_stocktake
    from silvershop.db.session import transaction

    with transaction(database.sessions) as session:
        applied = apply_stocktake(session, _actor(), stocktake_id, Uncounted.AS_BOOKED)
    if applied.adjusted_lines != differing:
        raise RuntimeError(f"the stocktake adjusted {applied.adjusted_lines} lines instead of {differing}")


def _raw_scans(raw: sqlite3.Connection, plan: Plan, stocktake_id: int, scans: Sequence[str]) -> None:
    """record_scans by hand: the same reads and writes per scan, without the ORM or its checks' words."""
    raw.execute("BEGIN IMMEDIATE")
    location_id = raw.execute(
        "SELECT current_location_id FROM stocktake WHERE id = ? AND status = 'open'", (stocktake_id,)
    ).fetchone()[0]
    for scan in scans:
        text = unicodedata.normalize("NFKC", scan).strip().upper()
        kind, _, code = text[3:].partition(":")
        if kind == "L":
            centre_code, _, location_code = code.partition("-")
            if centre_code != plan.centre_code:
                raise RuntimeError(f"{scan} is another centre's label")
            location_id = raw.execute(
                "SELECT id FROM location WHERE centre_id = ? AND code = ? AND active",
                (plan.centre_id, location_code),
            ).fetchone()[0]
            raw.execute(
                "UPDATE stocktake SET current_location_id = ? WHERE id = ?", (location_id, stocktake_id)
            )
            continue
        product_id = raw.execute("SELECT id FROM product WHERE code = ?", (code,)).fetchone()[0]
        counted = raw.execute(
            "UPDATE stocktake_count SET counted = coalesce(counted, 0) + 1, counted_at = ?"
            " WHERE stocktake_id = ? AND product_id = ? AND location_id = ?",
            (_now(), stocktake_id, product_id, location_id),
        )
        if counted.rowcount == 0:
            raise RuntimeError(f"{scan}: no line to count (the plan scans only stocked lines)")
    raw.execute("COMMIT")


def _raw_apply(raw: sqlite3.Connection, stocktake_id: int, differing: int) -> None:
    """apply_stocktake by hand: read the count, close it, write the moves and their balances, audit."""
    raw.execute("BEGIN IMMEDIATE")
    lines = raw.execute(
        "SELECT product_id, location_id, expected, counted FROM stocktake_count WHERE stocktake_id = ?",
        (stocktake_id,),
    ).fetchall()
    closed = raw.execute(
        "UPDATE stocktake SET status = 'applied', closed_at = ? WHERE id = ? AND status = 'open'",
        (_now(), stocktake_id),
    )
    if closed.rowcount != 1:
        raise RuntimeError(f"stocktake {stocktake_id} is not open")
    changes = [(p, loc, counted - expected) for p, loc, expected, counted in lines if counted is not None]
    changes = [change for change in changes if change[2]]
    at = _now()
    for product_id, location_id, change in changes:
        if change > 0:
            raw.execute(
                "INSERT INTO stock_balance (product_id, location_id, centre_id, quantity)"
                " SELECT ?, id, centre_id, ? FROM location WHERE id = ?"
                " ON CONFLICT (product_id, location_id)"
                " DO UPDATE SET quantity = quantity + excluded.quantity",
                (product_id, change, location_id),
            )
        elif (
            raw.execute(
                "UPDATE stock_balance SET quantity = quantity + ? WHERE product_id = ? AND location_id = ?",
                (change, product_id, location_id),
            ).rowcount
            != 1
        ):
            raise RuntimeError("nothing to take from")
    raw.executemany(
        "INSERT INTO stock_move (product_id, centre_id, location_id, quantity, kind, reason, reference,"
        " stocktake_id, at) SELECT ?, centre_id, id, ?, 'adjust', ?, ?, ?, ? FROM location WHERE id = ?",
        [
            (p, change, f"stocktake {stocktake_id}", f"ST{stocktake_id}", stocktake_id, at, loc)
            for p, loc, change in changes
        ],
    )
    raw.execute(
        "INSERT INTO audit_entry (at, username, action, entity, entity_id, changes, summary)"
        " VALUES (?, 'bench', 'apply', 'stocktake', ?, ?, '')",
        (at, str(stocktake_id), f'{{"adjusted_lines": [null, {len(changes)}]}}'),
    )
    raw.execute("COMMIT")
    if len(changes) != differing:
        raise RuntimeError(f"the hand-written apply adjusted {len(changes)} lines instead of {differing}")


def _check_applied(copy: Path, stocktake_id: int, differing: int) -> None:
    """After a repetition (untimed): the count's moves are there and the books still add up for them."""
    with closing(sqlite3.connect(copy)) as raw:
        moves = raw.execute(
            "SELECT count(*) FROM stock_move WHERE stocktake_id = ?", (stocktake_id,)
        ).fetchone()
        off = raw.execute(
            "SELECT count(*) FROM stocktake_count AS c JOIN stock_balance AS b ON b.product_id = c.product_id"
            " AND b.location_id = c.location_id WHERE c.stocktake_id = ? AND c.counted IS NOT NULL"
            " AND b.quantity <> c.counted",
            (stocktake_id,),
        ).fetchone()
    if moves[0] != differing or off[0]:
        raise RuntimeError(f"after applying: {moves[0]} moves (expected {differing}), {off[0]} lines off")


# One side of a stocktake repetition: given the fresh copy and the begun count, it opens the database
# (untimed: the application does that once at start-up, not per count) and returns the milliseconds it
# took (milliseconds rather than seconds, so that the table shows the baseline's few with two decimals).
Step = Callable[[Path, int], float]


def _repetitions(options: Options, with_counts: bool, ours: Step, baseline: Step, differing: int) -> Figures:
    """Ours and the baseline in turn, each on a fresh copy with the count begun; `differing` >= 0 asks for
    the applied count to be checked afterwards (untimed)."""
    base = ledger_database(options.out)
    plan = _stocktake_plan(base)
    figures: tuple[list[float], list[float]] = ([], [])
    for _ in range(3 if options.quick else 7):
        for side, step in enumerate((ours, baseline)):
            with _fresh_copy(base, ("ours", "baseline")[side]) as copy:
                stocktake_id = _started(copy, plan, with_counts)
                figures[side].append(step(copy, stocktake_id))
                if differing >= 0:
                    _check_applied(copy, stocktake_id, differing)
    return Figures(*figures)


_PLANS: dict[Path, Plan] = {}


def _stocktake_plan(base: Path) -> Plan:
    if base not in _PLANS:
        _PLANS[base] = plan = _plan(base)
        units = sum(1 for scan in plan.scans if scan.startswith("SS:P:"))
        print(
            f"Stocktake of centre {plan.centre_code}: {plan.lines:,} stock lines; {len(plan.counts):,} lines "
            f"counted, {plan.differing_counts} differ; {len(plan.scans):,} scans count {units:,} units, "
            f"{plan.differing_scans} lines differ",
            file=sys.stderr,
        )
    return _PLANS[base]


def _ours(action: Callable[[Database, int], None]) -> Step:
    def step(copy: Path, stocktake_id: int) -> float:
        database = _open(copy)
        try:
            started = time.perf_counter()
            action(database, stocktake_id)
            return (time.perf_counter() - started) * 1000
        finally:
            database.close()

    return step


def _by_hand(action: Callable[[sqlite3.Connection, int], None]) -> Step:
    def step(copy: Path, stocktake_id: int) -> float:
        with closing(_raw(copy)) as raw:
            started = time.perf_counter()
            action(raw, stocktake_id)
            return (time.perf_counter() - started) * 1000

    return step


@benchmark(
    name="stocktake-scans",
    title="Stocktake: 2,000 scans recorded in one batch (one transaction)",
    unit="ms",
    baseline=SCANS_BASELINE,
    target=Informational(),
)
def stocktake_scans(options: Options) -> Figures:
    plan = _stocktake_plan(ledger_database(options.out))
    return _repetitions(
        options,
        False,
        _ours(lambda database, stocktake_id: _our_scans(database, stocktake_id, plan.scans)),
        _by_hand(lambda raw, stocktake_id: _raw_scans(raw, plan, stocktake_id, plan.scans)),
        -1,
    )


@benchmark(
    name="stocktake-apply",
    title="Stocktake: a count of 2,000 lines (15 % differ) applied",
    unit="ms",
    baseline=APPLY_BASELINE,
    target=Below(2000, "ms"),
)
def stocktake_apply(options: Options) -> Figures:
    plan = _stocktake_plan(ledger_database(options.out))
    differing = plan.differing_counts
    return _repetitions(
        options,
        True,
        _ours(lambda database, stocktake_id: _our_apply(database, stocktake_id, differing)),
        _by_hand(lambda raw, stocktake_id: _raw_apply(raw, stocktake_id, differing)),
        differing,
    )


@benchmark(
    name="stocktake-scans-apply",
    title="Stocktake: 2,000 scans recorded, then the count applied (two transactions)",
    unit="ms",
    baseline=BOTH_BASELINE,
    target=Below(2000, "ms"),
)
def stocktake_scans_apply(options: Options) -> Figures:
    plan = _stocktake_plan(ledger_database(options.out))
    differing = plan.differing_scans

    def ours(database: Database, stocktake_id: int) -> None:
        _our_scans(database, stocktake_id, plan.scans)
        _our_apply(database, stocktake_id, differing)

    def baseline(raw: sqlite3.Connection, stocktake_id: int) -> None:
        _raw_scans(raw, plan, stocktake_id, plan.scans)
        _raw_apply(raw, stocktake_id, differing)

    return _repetitions(options, False, _ours(ours), _by_hand(baseline), differing)


@benchmark(
    name="stocktake-scan-each",
    title="Stocktake: one scan in a transaction of its own p95 (scanner at the desk)",
    unit="ms",
    baseline=EACH_BASELINE,
    target=Informational(),
)
def stocktake_scan_each(options: Options) -> Figures:
    """Scan by scan, ours and the baseline alternating, each on its own copy of the data set."""
    base = ledger_database(options.out)
    plan = _stocktake_plan(base)
    scans = plan.scans[: 100 if options.quick else 300]
    ours: list[float] = []
    baseline: list[float] = []
    with _fresh_copy(base, "ours") as our_copy, _fresh_copy(base, "baseline") as raw_copy:
        our_id, raw_id = _started(our_copy, plan, False), _started(raw_copy, plan, False)
        database = _open(our_copy)
        try:
            with closing(_raw(raw_copy)) as raw:
                for scan in scans:
                    elapsed, _ = _stopwatch(partial(_our_scans, database, our_id, [scan]))
                    ours.append(elapsed)
                    elapsed, _ = _stopwatch(partial(_raw_scans, raw, plan, raw_id, [scan]))
                    baseline.append(elapsed)
        finally:
            database.close()
    return Figures(ours, baseline, statistic="p95")
