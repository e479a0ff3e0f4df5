"""The desk's program killed (SIGKILL, a power cut for the process) in the middle of its work: the
database it leaves passes `PRAGMA integrity_check`, the application opens it again, and every action it
was doing is there whole or not at all.

Each round copies a demo database, starts `kill_worker` on it (imports of a 2,000-row workbook,
checkouts, a stocktake applied, a backup to a file, in an order of the round's seed) and kills it at a
random moment during one kind of action. The seed is printed; `KILL_SEED=<seed>` replays the rounds'
choices (when the kill lands still depends on the machine's speed).
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import Workbook

from silvershop.centres.ledger import ledger_disagreements
from silvershop.database import open_database
from silvershop.db.backup import backup_folder
from silvershop.db.backup_file import check_backup
from silvershop.db.session import reading
from silvershop.errors import SilvershopError
from tests.programs import cli_line, ok
from tests.workbooks import CATEGORY, CREDIT_CODE, MAKER, MODEL, NAME, PRODUCTS_SHEET, credit_code

ROUNDS = 20
ROWS = 2_000
IMPORTS_PER_ROUND = 2
# How long after an action begins the kill may come: about as long as the action takes here, so most
# kills land inside it and the rest just after it committed.
KILL_WITHIN_S = {"import": 1.0, "checkout": 0.03, "stocktake": 0.03, "backup": 0.05}
WAIT_FOR_ACTION_S = 60  # a worker that never reaches the chosen kind of action is killed anyway
# Run as a program with -P, like tests/programs.py, so the child uses the installed package.
WORKER = Path(__file__).with_name("kill_worker.py")


@dataclass
class Journal:
    """What the killed worker said: the actions it began (with a checkout's unit) and those committed."""

    lines: list[str] = field(default_factory=list)
    begun: dict[str, list[str]] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)  # a checkout's reference → the unit it lends
    done: set[tuple[str, str]] = field(default_factory=set)

    def read(self, line: str) -> str:
        """Note the line; the kind of action it begins, or ""."""
        self.lines.append(line)
        said, *words = line.split()
        if said == "begin":
            kind, name, *rest = words
            self.begun.setdefault(kind, []).append(name)
            if kind == "checkout":
                self.units[name] = int(rest[0])
            return kind
        if said == "done":
            self.done.add((words[0], words[1]))
        return ""

    def in_flight(self) -> list[tuple[str, str]]:
        return [
            (kind, name)
            for kind, names in self.begun.items()
            for name in names
            if (kind, name) not in self.done
        ]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for every round, each of which works on a copy of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ok(cli_line(f"--db sqlite:///{path} demo --products 200"))
    return path


def write_workbook(folder: Path, number: int) -> Path:
    """ROWS new products of one new maker; the file is named by the maker's credit code."""
    code = credit_code(f"91320213{number:09d}")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(PRODUCTS_SHEET)
    sheet.append([CATEGORY, NAME, MODEL, MAKER, CREDIT_CODE])
    for row in range(ROWS):
        sheet.append(["P01", "血压计", f"K{number}-{row}", f"无锡试制{number}号器材有限公司", code])
    path = folder / f"{code}.xlsx"
    workbook.save(path)
    return path


def run_until_killed(url: str, workbooks: Path, copies: Path, seed: int, target: str) -> Journal:
    """The worker started, killed within KILL_WITHIN_S of beginning a `target` action, and read to its end."""
    rng = random.Random(seed)
    child = subprocess.Popen(
        [sys.executable, "-P", str(WORKER), url, str(workbooks), str(copies), str(seed)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    journal = Journal()
    deadline = time.monotonic() + WAIT_FOR_ACTION_S
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        if journal.read(line) == target:
            time.sleep(rng.uniform(0, KILL_WITHIN_S[target]))
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    while (line := lines.get_nowait() if not lines.empty() else None) is not None:
        journal.read(line)
    errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, f"the worker ended by itself:\n{errors}"
    assert "Traceback" not in errors, errors
    return journal


def integrity(path: Path) -> list[str]:
    """SQLite's own check of the file, and FTS5's of the two search indexes (which the former skips)."""
    with closing(sqlite3.connect(path)) as conn:
        checked = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        for index in ("product_text_index", "product_piece_index"):
            try:
                conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                checked.append(f"{index}: {exc}")
        conn.rollback()
    return checked


def count(conn: sqlite3.Connection, sql: str, *values: object) -> int:
    return int(conn.execute(sql, values).fetchone()[0])


def import_findings(conn: sqlite3.Connection, journal: Journal) -> list[str]:
    """An import's maker, products, their filings and its audit entry: all there or none."""
    found = []
    for code in journal.begun.get("import", []):
        of_maker = "FROM product p JOIN enterprise e ON e.id = p.enterprise_id WHERE e.credit_code = ?"
        written = (
            count(conn, f"SELECT count(*) {of_maker}", code),
            count(
                conn,
                f"SELECT count(*) FROM product_category WHERE product_id IN (SELECT p.id {of_maker})",
                code,
            ),
            count(conn, "SELECT count(*) FROM enterprise WHERE credit_code = ?", code),
            count(
                conn,
                "SELECT count(*) FROM audit_entry WHERE action = 'import' AND entity_id = ?",
                f"{code}.xlsx",
            ),
        )
        if written != (ROWS, ROWS, 1, 1) and (written != (0, 0, 0, 0) or ("import", code) in journal.done):
            found.append(f"import {code}: products, filings, makers, audit entries {written}")
    return found


def checkout_findings(conn: sqlite3.Connection, journal: Journal) -> list[str]:
    """A checkout's loan, its unit on loan, its subsidy grant and audit entry together; every subsidy
    account's total the sum of its grants, and every unit on loan exactly when it has an open loan."""
    found = []
    for reference in journal.begun.get("checkout", []):
        unit = journal.units[reference]
        state = conn.execute("SELECT state FROM device_unit WHERE id = ?", (unit,)).fetchone()[0]
        loans = conn.execute(
            "SELECT id, subsidy_fen FROM loan WHERE payment_reference = ? AND unit_id = ?", (reference, unit)
        ).fetchall()
        if not loans:
            if state != "available" or ("checkout", reference) in journal.done:
                found.append(f"checkout {reference}: no loan, unit {unit} is {state}")
            continue
        ((loan, subsidy),) = loans
        granted = count(
            conn, "SELECT coalesce(sum(amount_fen), 0) FROM subsidy_grant WHERE loan_id = ?", loan
        )
        logged = count(
            conn, "SELECT count(*) FROM audit_entry WHERE action = 'checkout' AND entity_id = ?", str(loan)
        )
        if (state, granted, logged) != ("on_loan", subsidy, 1):
            found.append(
                f"checkout {reference}: unit {state}, granted {granted} of {subsidy}, logged {logged}"
            )
    found += [
        f"unit {unit} is {state} with {loans} open loans"
        for unit, state, loans in conn.execute(
            "SELECT u.id, u.state, (SELECT count(*) FROM loan l WHERE l.unit_id = u.id "
            "AND l.status = 'open') n FROM device_unit u WHERE (u.state = 'on_loan') != (n = 1)"
        )
    ]
    found += [
        f"subsidy account of resident {resident} in {year}: {total} granted, its grants sum to {grants}"
        for resident, year, total, grants in conn.execute(
            "SELECT a.resident_id, a.year, a.granted_fen, (SELECT coalesce(sum(g.amount_fen), 0) "
            "FROM subsidy_grant g WHERE g.resident_id = a.resident_id AND g.year = a.year) s "
            "FROM subsidy_account a WHERE a.granted_fen != s"
        )
    ]
    return found


def stocktake_findings(conn: sqlite3.Connection, journal: Journal) -> list[str]:
    """An applied count has a move for each of its lines (each differs by one) and its audit entry; an
    open one has neither."""
    found = []
    for stocktake in journal.begun.get("stocktake", []):
        status = conn.execute("SELECT status FROM stocktake WHERE id = ?", (int(stocktake),)).fetchone()[0]
        lines = count(conn, "SELECT count(*) FROM stocktake_count WHERE stocktake_id = ?", int(stocktake))
        written = (
            count(conn, "SELECT count(*) FROM stock_move WHERE stocktake_id = ?", int(stocktake)),
            count(
                conn,
                "SELECT count(*) FROM audit_entry "
                "WHERE action = 'apply' AND entity = 'stocktake' AND entity_id = ?",
                stocktake,
            ),
        )
        applied = status == "applied" and written == (lines, 1) and lines > 0
        untouched = status == "open" and written == (0, 0) and ("stocktake", stocktake) not in journal.done
        if not (applied or untouched):
            found.append(
                f"stocktake {stocktake}: {status}, moves and audit entries {written} for {lines} lines"
            )
    return found


def half_written(path: Path, journal: Journal, copies: Path) -> list[str]:
    """Every way the database breaks all-or-nothing for what the worker began; empty when it does not."""
    with closing(sqlite3.connect(path)) as conn:
        found = (
            import_findings(conn, journal)
            + checkout_findings(conn, journal)
            + stocktake_findings(conn, journal)
        )
    database = open_database(f"sqlite:///{path}")  # as the desk opens it again after the crash
    try:
        with reading(database.sessions) as session:
            found += [
                f"product {product} at location {location}: balance {balance}, its moves sum to {moved}"
                for product, location, balance, moved in ledger_disagreements(session)
            ]
    finally:
        database.close()
    found += [
        f"backup {target} was reported written but is not there"
        for target in journal.begun.get("backup", [])
        if ("backup", target) in journal.done and not Path(target).is_file()
    ]
    for copy in [*copies.glob("*.sqlite"), *backup_folder(path).glob("*.sqlite")]:
        try:
            check_backup(copy)
        except SilvershopError as refusal:
            found.append(f"backup {copy.name} is under its final name but not whole: {refusal}")
    return found


@pytest.fixture
def seed() -> int:
    chosen = int(os.environ.get("KILL_SEED") or random.SystemRandom().randrange(1_000_000))
    print(f"kill test seed {chosen} (replay with KILL_SEED={chosen})")
    return chosen


@pytest.mark.slow
def test_a_desk_killed_at_random_moments_leaves_every_action_whole_or_absent(
    demo_file: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    killed_inside = []
    assert half_written(demo_file, Journal(), tmp_path) == []  # the checks hold before anything is killed
    for number in range(ROUNDS):
        round_seed = rng.randrange(1_000_000_000)
        target = ("import", "checkout", "stocktake", "backup")[number % 4]
        folder = tmp_path / f"round-{number}"
        workbooks, copies = folder / "workbooks", folder / "copies"
        for made in (workbooks, copies):
            made.mkdir(parents=True)
        db = folder / "silvershop.sqlite3"
        shutil.copyfile(demo_file, db)
        for n in range(IMPORTS_PER_ROUND):
            write_workbook(workbooks, number * 10 + n)
        journal = run_until_killed(f"sqlite:///{db}", workbooks, copies, round_seed, target)
        where = f"seed {seed}, round {number} (worker seed {round_seed}), killed during {target}"
        assert "ready" in "".join(journal.lines), f"{where}: the worker never started"
        assert integrity(db) == ["ok"], where
        assert half_written(db, journal, copies) == [], f"{where}; the worker said:\n{''.join(journal.lines)}"
        killed_inside += journal.in_flight()
    # A run whose kills all fell between actions would prove nothing about the middle of one.
    assert any(kind == "import" for kind, _ in killed_inside), killed_inside
