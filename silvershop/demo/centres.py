"""Demo experience centres: one per district, their display zones and store rooms, and their stock.

Stock is written the way the ledger would have recorded it (deliveries received, a unit moved from
the store room to a display zone, a stocktake loss, a damaged item written off), and each balance
is the sum of its moves, so the inventory screens and a later stocktake agree with the demo.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pypinyin import Style, lazy_pinyin
from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.centres.models import (
    Centre,
    DisplayItem,
    District,
    DivisionKind,
    Location,
    LocationKind,
    MoveKind,
    StockBalance,
    StockMove,
)
from silvershop.centres.stock import WriteOffReason
from silvershop.demo.catalogue import ProductFacts
from silvershop.demo.centre_work import count_centres, set_minimums, ship_between_centres
from silvershop.demo.run import DemoRun, Row
from silvershop.demo.vocabulary import (
    ADULT_GIVEN,
    CENTRE_HOURS,
    DISTRICT_STREETS,
    GENERIC_STREETS,
    SURNAMES,
)

CENTRE_KINDS = (DivisionKind.DISTRICT, DivisionKind.COUNTY_CITY, DivisionKind.ZONE)
# (code, name, kind): the first four every centre has, the last two some.
LOCATIONS = (
    ("A1", "展示区A1（智能健康）", LocationKind.DISPLAY),
    ("S1", "货架S1", LocationKind.SHELF),
    ("ST", "库房", LocationKind.STORE),
    ("RS", "租赁设备库", LocationKind.RENTAL_STORE),
    ("A2", "展示区A2（适老家居）", LocationKind.DISPLAY),
    ("S2", "货架S2", LocationKind.SHELF),
)
PLACES = ("display", "shelf", "store", "store_and_display")
PLACE_WEIGHTS = (25, 30, 25, 20)


@dataclass(frozen=True)
class CentreFacts:
    id: int
    code: str
    district_code: str
    district_name: str
    late_fee_fen: int
    grace_days: int
    asset_tag_pattern: str
    rental_store_id: int
    staff: tuple[str, ...]


def stocked_per_centre(physical_products: int) -> int:
    """How many product lines a centre keeps: a few dozen at least, about one in twelve of a big catalogue."""
    return min(physical_products, max(60, physical_products // 12))


def centre_districts(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every division that gets a centre: districts, county-level cities, zones."""
    rows = session.execute(
        select(District.code, District.name)
        .where(District.kind.in_(CENTRE_KINDS))
        .order_by(District.sort_order, District.code)
    )
    return [(code, name) for code, name in rows]


def make_centres(run: DemoRun, districts: list[tuple[str, str]]) -> tuple[list[CentreFacts], int]:
    """The centres and their locations; returns the centres and how many locations were made."""
    rng = run.rng
    taken = set(run.session.scalars(select(Centre.code)))
    rows: list[Row] = []
    for district_code, district_name in districts:
        code = _centre_code(district_name, taken)
        street = rng.choice(DISTRICT_STREETS.get(district_code, GENERIC_STREETS))
        created = run.during_hours(run.days_ago(700, 900))
        rows.append(
            {
                "code": code,
                "name": f"{district_name}适老生活体验中心",
                "district_code": district_code,
                "address": f"{district_name}{street}{rng.randint(1, 399)}号",
                "opening_hours": rng.choice(CENTRE_HOURS),
                "phone": f"0510-8{rng.randrange(10**7):07d}",
                "manager_name": _adult_name(run),
                "active": True,
                "late_fee_per_day_fen": rng.choice((100, 200, 200, 300)),
                "grace_days": rng.choice((2, 3, 3, 5)),
                "allow_day_terms": False,
                "asset_tag_pattern": "{centre}-{seq:05d}",
                "created_at": created,
                "updated_at": created,
            }
        )
    ids = run.insert_returning_ids(Centre.__table__, rows)
    location_rows: list[Row] = []
    for centre_id in ids:
        for code, name, kind in LOCATIONS[: 4 + rng.randint(0, 2)]:
            location_rows.append(
                {"centre_id": centre_id, "code": code, "name": name, "kind": kind, "active": True}
            )
    location_ids = run.insert_returning_ids(Location.__table__, location_rows)
    rental_stores = {
        row["centre_id"]: location_id
        for row, location_id in zip(location_rows, location_ids, strict=True)
        if row["kind"] is LocationKind.RENTAL_STORE
    }
    centres = [
        CentreFacts(
            id=centre_id,
            code=row["code"],
            district_code=row["district_code"],
            district_name=district,
            late_fee_fen=row["late_fee_per_day_fen"],
            grace_days=row["grace_days"],
            asset_tag_pattern=row["asset_tag_pattern"],
            rental_store_id=rental_stores[centre_id],
            staff=tuple(_adult_name(run) for _ in range(3)),
        )
        for centre_id, row, (_, district) in zip(ids, rows, districts, strict=True)
    ]
    return centres, len(location_rows)


def _centre_code(district_name: str, taken: set[str]) -> str:
    """`LX01` for 梁溪区: initials of the name's last two characters before 区/市/县, then a number."""
    core = district_name.rstrip("区市县") or district_name
    initials = "".join(lazy_pinyin(core[-2:], style=Style.FIRST_LETTER)).upper()
    letters = "".join(c for c in initials if "A" <= c <= "Z") or "C"
    number = 1
    while f"{letters}{number:02d}" in taken:
        number += 1
    code = f"{letters}{number:02d}"
    taken.add(code)
    return code


def _adult_name(run: DemoRun) -> str:
    return run.rng.choice(SURNAMES) + run.rng.choice(ADULT_GIVEN)


def stock_centres(run: DemoRun, centres: list[CentreFacts], products: list[ProductFacts]) -> dict[str, int]:
    """Deliveries, shelving, transfers, minimums and counts at every centre; returns rows of each kind."""
    physical = [p for p in products if p.kind.group != "service"]
    counts = {"stock_moves": 0, "stock_balances": 0, "display_items": 0}
    if not physical:
        return counts
    locations: dict[int, dict[LocationKind, list[int]]] = defaultdict(lambda: defaultdict(list))
    rows = run.session.execute(
        select(Location.centre_id, Location.kind, Location.id, Location.code)
        .where(Location.centre_id.in_([c.id for c in centres]))
        .order_by(Location.id)
    )
    codes: dict[int, str] = {}
    for centre_id, kind, location_id, code in rows:
        locations[centre_id][kind].append(location_id)
        codes[location_id] = code
    lines = stocked_per_centre(len(physical))
    ledgers: list[CentreLedger] = []
    for centre in centres:
        ledger = CentreLedger(run, centre.id, codes)
        places = locations[centre.id]
        for product in sorted(run.rng.sample(physical, lines), key=lambda p: p.id):
            ledger.stock(product.id, places)
        ledgers.append(ledger)
        run.advance(lines)
    counts |= ship_between_centres(run, ledgers, locations)
    for ledger in ledgers:
        run.insert(StockMove.__table__, ledger.moves)
        run.insert(StockBalance.__table__, ledger.balances())
        run.insert(DisplayItem.__table__, ledger.display)
        counts["stock_moves"] += len(ledger.moves)
        counts["stock_balances"] += len(ledger.totals)
        counts["display_items"] += len(ledger.display)
    counts |= set_minimums(run, ledgers)
    counts |= count_centres(run, ledgers, locations)
    return counts


class CentreLedger:
    """The moves of one centre, with the running balance of each product at each location."""

    def __init__(self, run: DemoRun, centre_id: int, codes: dict[int, str]) -> None:
        self.run = run
        self.centre_id = centre_id
        self.codes = codes  # location codes by id: a move's reference names the other end, as the app's do
        self.moves: list[Row] = []
        self.display: list[Row] = []
        self.totals: dict[tuple[int, int], int] = {}
        self.deliveries = 0

    def stock(self, product_id: int, places: dict[LocationKind, list[int]]) -> None:
        rng = self.run.rng
        place = rng.choices(PLACES, weights=PLACE_WEIGHTS)[0]
        first = self.run.days_ago(90, 700)
        if place == "display":
            where = rng.choice(places[LocationKind.DISPLAY])
            self._receive(product_id, where, rng.randint(1, 2), first)
            self._show(product_id, where, first)
            return
        if place == "store_and_display":
            store, shown = places[LocationKind.STORE][0], rng.choice(places[LocationKind.DISPLAY])
            self._receive(product_id, store, rng.randint(5, 30), first)
            moved = first + timedelta(days=rng.randint(0, 3))
            self.move(product_id, store, -1, MoveKind.MOVE_OUT, "上架展示", moved, self.codes[shown])
            self.move(product_id, shown, 1, MoveKind.MOVE_IN, "上架展示", moved, self.codes[store])
            self._show(product_id, shown, moved)
            return
        kind = LocationKind.SHELF if place == "shelf" else LocationKind.STORE
        where = rng.choice(places[kind])
        low, high = (2, 12) if kind is LocationKind.SHELF else (5, 40)
        self._receive(product_id, where, rng.randint(low, high), first)
        later = first + timedelta(days=rng.randint(10, 80))
        if self.run.chance(0.3):
            self._receive(product_id, where, rng.randint(low, high), later)
        balance = self.totals[(product_id, where)]
        if balance > 1 and self.run.chance(0.15):
            loss = rng.randint(1, min(2, balance - 1))
            self.move(
                product_id, where, -loss, MoveKind.ADJUST, "盘点调整：账实不符", later + timedelta(days=5)
            )
        elif balance > 2 and self.run.chance(0.1):
            damaged = WriteOffReason.DAMAGED.value  # the reason's code, as write-offs keep it
            self.move(
                product_id, where, -1, MoveKind.WRITE_OFF, "包装破损", later + timedelta(days=9), damaged
            )

    def _receive(self, product_id: int, location_id: int, quantity: int, day: date) -> None:
        self.deliveries += 1
        reference = f"DN-{day:%Y%m%d}-{self.deliveries:04d}"
        self.move(product_id, location_id, quantity, MoveKind.RECEIVE, "到货入库", day, reference)

    def move(
        self,
        product_id: int,
        location_id: int,
        quantity: int,
        kind: MoveKind,
        reason: str,
        day: date | datetime,
        reference: str = "",
        transfer_id: int | None = None,
    ) -> None:
        """One move on `day` (a moment of the working day), or at the exact `datetime` given."""
        at = day if isinstance(day, datetime) else self.run.during_hours(min(day, self.run.today))
        self.moves.append(
            {
                "product_id": product_id,
                "centre_id": self.centre_id,
                "location_id": location_id,
                "quantity": quantity,
                "kind": kind,
                "reason": reason,
                "reference": reference,
                "transfer_id": transfer_id,
                "stocktake_id": None,
                "user_id": None,
                "at": at,
            }
        )
        key = (product_id, location_id)
        self.totals[key] = self.totals.get(key, 0) + quantity

    def _show(self, product_id: int, location_id: int, day: date) -> None:
        self.display.append(
            {
                "product_id": product_id,
                "centre_id": self.centre_id,
                "location_id": location_id,
                "since": self.run.during_hours(min(day, self.run.today)),
                "note": "",
            }
        )

    def balances(self) -> list[Row]:
        return [
            {
                "product_id": product_id,
                "location_id": location_id,
                "centre_id": self.centre_id,
                "quantity": quantity,
            }
            for (product_id, location_id), quantity in self.totals.items()
        ]
