"""The demo centres at work: goods sent between centres (one transfer received, one part-received
with a shortfall still open, one on its way), minimum quantities with some products below them,
last month's count at every centre and today's count of one store room half done.

Transfers add their moves to the centres' ledgers before those are written, so every balance is
still the sum of its moves; counts and minimums only read the ledgers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from silvershop.centres.models import (
    LocationKind,
    MoveKind,
    Stocktake,
    StocktakeCount,
    StocktakeStatus,
    StockThreshold,
    Transfer,
    TransferLine,
    TransferStatus,
)
from silvershop.demo.run import DemoRun, Row, local_time

if TYPE_CHECKING:
    from silvershop.demo.centres import CentreLedger

Places = Mapping[int, Mapping[LocationKind, list[int]]]
# (days ago shipped, how much of each line arrived: "all", "part", "none")
TRANSFERS = ((24, "all"), (6, "part"), (1, "none"))


def ship_between_centres(run: DemoRun, ledgers: list[CentreLedger], places: Places) -> dict[str, int]:
    """Three transfers between neighbouring centres, taken from the sender's store room."""
    if len(ledgers) < 2:
        return {"transfers": 0}
    plans = []
    for n, (days, arrived) in enumerate(TRANSFERS):
        sender, receiver = ledgers[n % len(ledgers)], ledgers[(n + 1) % len(ledgers)]
        store = places[sender.centre_id][LocationKind.STORE][0]
        stocked = sorted(p for (p, loc), qty in sender.totals.items() if loc == store and qty >= 6)
        if not stocked:
            continue
        items = [(p, store, run.rng.randint(2, 4)) for p in run.rng.sample(stocked, min(2, len(stocked)))]
        shipped = local_time(run.today - timedelta(days=days), 10, 15)
        plans.append((sender, receiver, items, shipped, arrived))
    rows: list[Row] = [
        {
            "code": f"T{n + 1:06d}",
            "from_centre_id": sender.centre_id,
            "to_centre_id": receiver.centre_id,
            "status": _status(arrived),
            "note": "随区间调配车送达",
            "resolution": "",
            "shipped_at": shipped,
            "shipped_by": None,
            "closed_at": shipped + timedelta(days=1, hours=4) if arrived == "all" else None,
        }
        for n, (sender, receiver, _, shipped, arrived) in enumerate(plans)
    ]
    ids = run.insert_returning_ids(Transfer.__table__, rows)
    lines: list[Row] = []
    for transfer_id, row, (sender, receiver, items, shipped, arrived) in zip(ids, rows, plans, strict=True):
        receiving_store = places[receiver.centre_id][LocationKind.STORE][0]
        for line, (product, store, quantity) in enumerate(items):
            got = {"all": quantity, "part": quantity if line == 0 else 1, "none": 0}[arrived]
            sender.move(
                product, store, -quantity, MoveKind.TRANSFER_OUT, "", shipped, row["code"], transfer_id
            )
            if got:
                at = shipped + timedelta(days=1, hours=4)
                receiver.move(
                    product, receiving_store, got, MoveKind.TRANSFER_IN, "", at, row["code"], transfer_id
                )
            lines.append(
                {
                    "transfer_id": transfer_id,
                    "product_id": product,
                    "from_location_id": store,
                    "quantity_shipped": quantity,
                    "quantity_received": got,
                }
            )
    run.insert(TransferLine.__table__, lines)
    return {"transfers": len(rows)}


def _status(arrived: str) -> TransferStatus:
    return {"all": TransferStatus.RECEIVED, "part": TransferStatus.PARTIAL}.get(
        arrived, TransferStatus.IN_TRANSIT
    )


def set_minimums(run: DemoRun, ledgers: list[CentreLedger]) -> dict[str, int]:
    """A minimum for about one product in six at each centre; about a third of them are below it."""
    rows: list[Row] = []
    for ledger in ledgers:
        held: dict[int, int] = {}
        for (product, _), quantity in ledger.totals.items():
            held[product] = held.get(product, 0) + quantity
        for product in sorted(held):
            if not run.chance(1 / 6):
                continue
            short = run.chance(1 / 3)
            minimum = held[product] + run.rng.randint(1, 4) if short else max(1, held[product] // 2)
            rows.append({"product_id": product, "centre_id": ledger.centre_id, "min_quantity": minimum})
    run.insert(StockThreshold.__table__, rows)
    return {"stock_thresholds": len(rows)}


def count_centres(run: DemoRun, ledgers: list[CentreLedger], places: Places) -> dict[str, int]:
    """Every centre counted a few weeks ago (the count agreed with the books); the first centre's
    store room is being counted today, most lines done and two of them differing."""
    takes: list[Row] = []
    lines: list[list[Row]] = []
    for ledger in ledgers:
        closed = local_time(run.today - timedelta(days=run.rng.randint(12, 40)), 16, 30)
        takes.append(_stocktake(ledger.centre_id, None, StocktakeStatus.APPLIED, closed, closed))
        lines.append([_line(p, loc, n, n, closed) for (p, loc), n in _balances_at(ledger, closed).items()])
    if ledgers:
        first = ledgers[0]
        store = places[first.centre_id][LocationKind.STORE][0]
        begun = local_time(run.today, 17, 15)  # after the day's moves, so none happened during it
        today: list[Row] = []
        differing = 0
        for (product, location), quantity in sorted(first.totals.items()):
            if location != store or quantity <= 0:
                continue
            counted: int | None = None
            if run.chance(0.75):
                counted = quantity
                if differing < 2 and quantity > 3 and run.chance(0.3):
                    counted, differing = quantity + (-1 if differing == 0 else 1), differing + 1
            today.append(_line(product, location, quantity, counted, begun + timedelta(minutes=20)))
        open_take = _stocktake(first.centre_id, store, StocktakeStatus.OPEN, begun, None)
        open_take["current_location_id"] = store
        takes.append(open_take)
        lines.append(today)
    ids = run.insert_returning_ids(Stocktake.__table__, takes)
    run.insert(
        StocktakeCount.__table__,
        [
            line | {"stocktake_id": take}
            for take, take_lines in zip(ids, lines, strict=True)
            for line in take_lines
        ],
    )
    return {"stocktakes": len(takes)}


def _balances_at(ledger: CentreLedger, moment: datetime) -> dict[tuple[int, int], int]:
    totals: dict[tuple[int, int], int] = {}
    for move in ledger.moves:
        if move["at"] <= moment:
            key = (move["product_id"], move["location_id"])
            totals[key] = totals.get(key, 0) + move["quantity"]
    return {key: n for key, n in sorted(totals.items()) if n > 0}


def _stocktake(
    centre: int, location: int | None, status: StocktakeStatus, started: datetime, closed: datetime | None
) -> Row:
    return {
        "centre_id": centre,
        "location_id": location,
        "status": status,
        "started_at": started - timedelta(hours=2) if closed else started,
        "started_by": None,
        "closed_at": closed,
        "current_location_id": None,
    }


def _line(product: int, location: int, expected: int, counted: int | None, at: datetime) -> Row:
    return {
        "product_id": product,
        "location_id": location,
        "expected": expected,
        "counted": counted,
        "counted_at": at if counted is not None else None,
    }
