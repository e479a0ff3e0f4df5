"""Stocktakes: count what is really on the shelves, compare it with the books, and put the books right
in one step.

A count is kept in the database line by line as it is scanned or typed, so closing the app (or a
power cut) half-way loses nothing, and a count begun at one desk can be finished at another. When
it starts, each line expects the balance of that moment; the difference applied at the end is
"counted − expected", added to whatever the balance is then, so goods received or moved while the
count runs are not counted twice or written off by mistake. A line nobody counted is not taken for
"none found": the one applying the count says whether such lines count as none or stay as booked.

Applying flips the stocktake from open to applied with one guarded UPDATE before any move is
written, so two desks pressing Apply at once cannot adjust the books twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.centres import get_centre
from silvershop.centres.ledger import MoveRequest, check_size, location_balance, post_moves
from silvershop.centres.models import (
    Centre,
    Location,
    MoveKind,
    StockBalance,
    StockMove,
    Stocktake,
    StocktakeCount,
    StocktakeStatus,
)
from silvershop.db.base import local_date, utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, SilvershopError, ValidationError
from silvershop.labels.payloads import Payload, PayloadKind, normalise_scan, parse_payload
from silvershop.security import audit
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission


class Uncounted(StrEnum):
    """What lines nobody counted mean when the count is applied."""

    NONE_FOUND = "zero"  # the count covered everything: what was not scanned is not there
    AS_BOOKED = "keep"  # the count was partial: leave those lines as the books have them


class Verdict(StrEnum):
    """A line's result in words, so a difference never depends on seeing a colour."""

    NOT_COUNTED = "not_counted"
    MATCHES = "matches"
    MISSING = "missing"  # fewer counted than expected
    SURPLUS = "surplus"  # more counted than expected


@dataclass(frozen=True)
class CountLine:
    id: int
    product_id: int
    product_code: str
    product_name: str
    location_id: int
    location_code: str
    expected: int
    counted: int | None

    @property
    def difference(self) -> int:
        return 0 if self.counted is None else self.counted - self.expected

    @property
    def verdict(self) -> Verdict:
        if self.counted is None:
            return Verdict.NOT_COUNTED
        if self.counted == self.expected:
            return Verdict.MATCHES
        return Verdict.SURPLUS if self.counted > self.expected else Verdict.MISSING


@dataclass(frozen=True)
class StocktakeSummary:
    id: int
    centre_id: int
    centre_code: str
    centre_name: str
    location_id: int | None
    location_code: str  # "" for a count of the whole centre
    location_name: str
    status: StocktakeStatus
    started_at: datetime
    started_by: str
    closed_at: datetime | None


@dataclass(frozen=True)
class StocktakeView:
    summary: StocktakeSummary
    current_location_code: str
    lines: tuple[CountLine, ...]
    moves_since_start: int  # moves at the counted locations since the count began, its own aside

    @property
    def uncounted(self) -> int:
        return sum(1 for line in self.lines if line.counted is None)

    @property
    def differing(self) -> int:
        return sum(1 for line in self.lines if line.counted is not None and line.difference)


@dataclass(frozen=True)
class ScanResult:
    """What one scan did: the location now being counted, or one more of a product."""

    kind: PayloadKind
    location_code: str
    product_code: str = ""
    product_name: str = ""
    counted: int = 0


@dataclass(frozen=True)
class Applied:
    adjusted_lines: int
    units_added: int
    units_removed: int


def _get(session: Session, stocktake_id: int) -> Stocktake:
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no stocktake {number}; `stocktake list` shows the open ones."
            ),
            number=stocktake_id,
        )
    return stocktake


def _open(session: Session, actor: Actor, stocktake_id: int, permission: Permission) -> Stocktake:
    stocktake = _get(session, stocktake_id)
    actor.require(permission, stocktake.centre_id)
    if stocktake.status is not StocktakeStatus.OPEN:
        raise _closed(stocktake)
    return stocktake


def _closed(stocktake: Stocktake) -> ValidationError:
    if stocktake.status is StocktakeStatus.APPLIED:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Stocktake {number} was already applied on {date}; applying or counting it again would "
                "change the books twice. Start a new count instead.",
            ),
            field="stocktake",
            number=stocktake.id,
            date=local_date(stocktake.closed_at),
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Stocktake {number} was abandoned on {date}; start a new count instead."),
        field="stocktake",
        number=stocktake.id,
        date=local_date(stocktake.closed_at),
    )


def start_stocktake(
    session: Session, actor: Actor, centre_id: int, location_id: int | None = None
) -> StocktakeSummary:
    """Begin counting a whole centre or one of its locations; every line in it expects its balance now."""
    centre = get_centre(session, centre_id)
    actor.require(Permission.MOVE_STOCK, centre.id)
    if location_id is not None:
        location = session.get(Location, location_id)
        if location is None or location.centre_id != centre.id or not location.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose one of {centre}'s locations to count, or the whole centre."
                ),
                field="location",
                centre=centre.name,
            )
    for other in session.scalars(
        select(Stocktake).where(Stocktake.centre_id == centre.id, Stocktake.status == StocktakeStatus.OPEN)
    ):
        if other.location_id is None or location_id is None or other.location_id == location_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Stocktake {number} of this centre is still open (begun {date}); continue it, "
                    "or abandon it before starting another.",
                ),
                field="stocktake",
                number=other.id,
                date=local_date(other.started_at),
            )
    stocktake = Stocktake(centre_id=centre.id, location_id=location_id, started_by=actor.user_id)
    session.add(stocktake)
    session.flush()
    scope = select(StockBalance.product_id, StockBalance.location_id, StockBalance.quantity).where(
        StockBalance.centre_id == centre.id, StockBalance.quantity > 0
    )
    if location_id is not None:
        scope = scope.where(StockBalance.location_id == location_id)
    rows = [
        {"stocktake_id": stocktake.id, "product_id": p, "location_id": loc, "expected": q, "counted": None}
        for p, loc, q in session.execute(scope)
    ]
    if rows:
        session.execute(insert(StocktakeCount), rows)
    audit.record(
        session,
        actor,
        "create",
        "stocktake",
        stocktake.id,
        {"centre": (None, centre.code), "lines": (None, len(rows))},
    )
    return _summaries(session, select(Stocktake.id).where(Stocktake.id == stocktake.id))[0]


def record_scans(session: Session, actor: Actor, stocktake_id: int, scans: Sequence[str]) -> list[ScanResult]:
    """Count what was scanned: a location label says where, each product label counts one there.

    A batch is all or nothing: a scan that is not ours, or belongs to another centre, refuses the
    batch with its number, so the counter can rescan from there. The batch is read first and
    written at the end, a few statements in all, so a scanner's memory of 2,000 scans is counted
    in well under a second.
    """
    stocktake = _open(session, actor, stocktake_id, Permission.MOVE_STOCK)
    centre = get_centre(session, stocktake.centre_id)
    locations = {
        loc.code: loc for loc in session.scalars(select(Location).where(Location.centre_id == centre.id))
    }
    parsed = [
        (number, _batch_step(number, len(scans), _parse_scan, scan))
        for number, scan in enumerate(scans, start=1)
        if normalise_scan(scan)
    ]
    codes = {payload.code for _, payload in parsed if payload.kind is PayloadKind.PRODUCT}
    products = {
        code: (product_id, name)
        for product_id, code, name in session.execute(
            select(Product.id, Product.code, Product.name).where(Product.code.in_(codes))
        )
    }
    current = session.get(Location, stocktake.current_location_id) if stocktake.current_location_id else None
    if current is None and stocktake.location_id is not None:
        current = session.get(Location, stocktake.location_id)
    added: dict[tuple[int, int], int] = {}
    steps: list[tuple[PayloadKind, Location, str, str, tuple[int, int] | None, int]] = []
    for number, payload in parsed:
        if payload.kind is PayloadKind.LOCATION:
            location = _batch_step(
                number, len(scans), _scanned_location, stocktake, centre, locations, payload
            )
            if stocktake.current_location_id != location.id:
                stocktake.current_location_id = location.id
            current = location
            steps.append((PayloadKind.LOCATION, location, "", "", None, 0))
            continue
        product_id, name = _batch_step(number, len(scans), _scanned_product, products, payload, current)
        assert current is not None  # _scanned_product refuses a product before any location
        key = (product_id, current.id)
        added[key] = added.get(key, 0) + 1
        steps.append((PayloadKind.PRODUCT, current, payload.code, name, key, added[key]))
    before = _add_counts(session, stocktake, added)
    session.flush()
    return [
        ScanResult(kind, location.code, code, name, before.get(key, 0) + running if key else 0)
        for kind, location, code, name, key, running in steps
    ]


T = TypeVar("T")
_TYPED_CODE = re.compile(r"[0-9A-Z][0-9A-Z-]*")


def _parse_scan(scan: str) -> Payload:
    """A label's payload, or a product code typed by hand (the label was torn, or never printed)."""
    typed = normalise_scan(scan)
    if not typed.startswith("SS:") and _TYPED_CODE.fullmatch(typed):
        return Payload(PayloadKind.PRODUCT, typed)
    return parse_payload(scan)


def _batch_step(number: int, total: int, step: Callable[..., T], *args: Any) -> T:
    """One scan's step; its refusal names the scan when it came in a batch of several."""
    try:
        return step(*args)
    except SilvershopError as err:
        if total == 1:
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Scan {number} of {total}: {problem} Nothing of this batch was counted."
            ),
            field="scan",
            row=number,
            number=number,
            total=total,
            problem=err.localized(),
        ) from err


def _scanned_location(
    stocktake: Stocktake, centre: Centre, locations: dict[str, Location], payload: Payload
) -> Location:
    if payload.code != centre.code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a label of another centre ({code}); this count is of {centre}. "
                "Put the item aside and tell the manager.",
            ),
            field="scan",
            code=payload.code,
            centre=centre.name,
        )
    location = locations.get(payload.location)
    if location is None or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{centre} has no location {code} in use; check the shelf's label."),
            field="scan",
            centre=centre.name,
            code=payload.location,
        )
    if stocktake.location_id is not None and location.id != stocktake.location_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This count is of one location only, and {location} is not it."),
            field="scan",
            location=location.name,
        )
    return location


def _scanned_product(
    products: dict[str, tuple[int, str]], payload: Payload, current: Location | None
) -> tuple[int, str]:
    if payload.kind is not PayloadKind.PRODUCT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a device or centre label; a stocktake counts products. Scan the product's "
                "label or the shelf's.",
            ),
            field="scan",
        )
    found = products.get(payload.code)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No product has the code {code}; check the label or type the product."
            ),
            field="scan",
            code=payload.code,
        )
    if current is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Scan the label of the shelf or zone you are counting first, then its products."
            ),
            field="scan",
        )
    return found


def _add_counts(
    session: Session, stocktake: Stocktake, added: dict[tuple[int, int], int]
) -> dict[tuple[int, int], int]:
    """Add the scanned units to their lines (new lines expect the balance now); returns the counts
    the lines had before."""
    if not added:
        return {}
    products = {product for product, _ in added}
    existing = {
        (line.product_id, line.location_id): line
        for line in session.scalars(
            select(StocktakeCount).where(
                StocktakeCount.stocktake_id == stocktake.id, StocktakeCount.product_id.in_(products)
            )
        )
    }
    balances = {
        (product, location): quantity
        for product, location, quantity in session.execute(
            select(StockBalance.product_id, StockBalance.location_id, StockBalance.quantity).where(
                StockBalance.centre_id == stocktake.centre_id, StockBalance.product_id.in_(products)
            )
        )
    }
    before: dict[tuple[int, int], int] = {}
    now = utcnow()
    for (product, location), units in added.items():
        line = existing.get((product, location))
        if line is None:  # found where the books had none when the count began
            line = StocktakeCount(
                stocktake_id=stocktake.id,
                product_id=product,
                location_id=location,
                expected=balances.get((product, location), 0),
            )
            session.add(line)
        before[(product, location)] = line.counted or 0
        line.counted = (line.counted or 0) + units
        line.counted_at = now
    return before


def _line(session: Session, stocktake: Stocktake, product_id: int, location_id: int) -> StocktakeCount:
    line = session.scalar(
        select(StocktakeCount).where(
            StocktakeCount.stocktake_id == stocktake.id,
            StocktakeCount.product_id == product_id,
            StocktakeCount.location_id == location_id,
        )
    )
    if line is None:  # found where the books had none when the count began
        line = StocktakeCount(
            stocktake_id=stocktake.id,
            product_id=product_id,
            location_id=location_id,
            expected=location_balance(session, product_id, location_id),
        )
        session.add(line)
    return line


def set_count(
    session: Session, actor: Actor, stocktake_id: int, product_id: int, location_id: int, counted: int
) -> None:
    """Type a line's count (replacing what was scanned for it)."""
    stocktake = _open(session, actor, stocktake_id, Permission.MOVE_STOCK)
    if check_size(counted, "counted") < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter what you counted: a whole number, 0 or more."), field="counted"
        )
    location = session.get(Location, location_id)
    if (
        location is None
        or location.centre_id != stocktake.centre_id
        or (stocktake.location_id is not None and location.id != stocktake.location_id)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This location is not part of this count."), field="location"
        )
    if session.get(Product, product_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    line = _line(session, stocktake, product_id, location_id)
    line.counted = counted
    line.counted_at = utcnow()
    session.flush()


def apply_stocktake(
    session: Session, actor: Actor, stocktake_id: int, uncounted: Uncounted | None = None
) -> Applied:
    """Adjust the books by every difference, in one step; lines not counted as `uncounted` says."""
    stocktake = _open(session, actor, stocktake_id, Permission.MANAGE_CENTRE)
    lines = stocktake_view(session, actor, stocktake_id).lines
    not_counted = sum(1 for line in lines if line.counted is None)
    if not_counted and uncounted is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} lines were not counted. Say whether they count as none found (the count "
                "covered everything) or stay as booked (the count was partial).",
            ),
            field="uncounted",
            count=not_counted,
        )
    closed = session.execute(
        update(Stocktake)
        .where(Stocktake.id == stocktake.id, Stocktake.status == StocktakeStatus.OPEN)
        .values(status=StocktakeStatus.APPLIED, closed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if closed.rowcount == 0:  # type: ignore[attr-defined]  # applied or abandoned at another desk
        session.refresh(stocktake)
        raise _closed(stocktake)
    moves = []
    for line in lines:
        counted = line.counted
        if counted is None:
            counted = 0 if uncounted is Uncounted.NONE_FOUND else line.expected
        change = counted - line.expected
        if change:
            moves.append(
                MoveRequest(
                    line.product_id,
                    line.location_id,
                    change,
                    MoveKind.ADJUST,
                    f"stocktake {stocktake.id}",
                    f"ST{stocktake.id}",
                    stocktake_id=stocktake.id,
                )
            )
    post_moves(session, actor, moves)
    added = sum(m.quantity for m in moves if m.quantity > 0)
    removed = -sum(m.quantity for m in moves if m.quantity < 0)
    audit.record(
        session,
        actor,
        "apply",
        "stocktake",
        stocktake.id,
        {"adjusted_lines": (None, len(moves)), "added": (None, added), "removed": (None, removed)},
    )
    session.expire(stocktake)
    return Applied(len(moves), added, removed)


def abandon_stocktake(session: Session, actor: Actor, stocktake_id: int) -> None:
    """Give up a count; nothing of it reaches the books."""
    stocktake = _open(session, actor, stocktake_id, Permission.MOVE_STOCK)
    stocktake.status = StocktakeStatus.ABANDONED
    stocktake.closed_at = utcnow()
    audit.record(session, actor, "abandon", "stocktake", stocktake.id, {"status": ("open", "abandoned")})
    session.flush()


def stocktake_view(session: Session, actor: Actor, stocktake_id: int) -> StocktakeView:
    """The count line by line: expected against counted, by location and product code."""
    stocktake = _get(session, stocktake_id)
    actor.require(Permission.VIEW_STOCK, stocktake.centre_id)
    rows = session.execute(
        select(
            StocktakeCount.id,
            StocktakeCount.product_id,
            Product.code,
            Product.name,
            StocktakeCount.location_id,
            Location.code,
            StocktakeCount.expected,
            StocktakeCount.counted,
        )
        .join(Product, Product.id == StocktakeCount.product_id)
        .join(Location, Location.id == StocktakeCount.location_id)
        .where(StocktakeCount.stocktake_id == stocktake.id)
        .order_by(Location.code, Product.code)
    )
    lines = tuple(CountLine(*row) for row in rows)
    counted_locations = (
        [stocktake.location_id]
        if stocktake.location_id is not None
        else select(Location.id).where(Location.centre_id == stocktake.centre_id)
    )
    moved = session.scalar(
        select(func.count(StockMove.id)).where(
            StockMove.location_id.in_(counted_locations),
            StockMove.at >= stocktake.started_at,
            StockMove.stocktake_id.is_(None),
        )
    )
    current = session.get(Location, stocktake.current_location_id) if stocktake.current_location_id else None
    summary = _summaries(session, select(Stocktake.id).where(Stocktake.id == stocktake.id))[0]
    return StocktakeView(summary, current.code if current else "", lines, int(moved or 0))


def list_stocktakes(
    session: Session, actor: Actor, *, centre_id: int | None = None, open_only: bool = False, limit: int = 100
) -> list[StocktakeSummary]:
    """Counts at the centres the actor may see (or one centre), newest first."""
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    query = select(Stocktake.id)
    if centre_id is not None:
        actor.require(Permission.VIEW_STOCK, centre_id)
        query = query.where(Stocktake.centre_id == centre_id)
    elif visible is not None:
        query = query.where(Stocktake.centre_id.in_(visible))
    if open_only:
        query = query.where(Stocktake.status == StocktakeStatus.OPEN)
    return _summaries(session, query.order_by(Stocktake.id.desc()).limit(limit))


def _summaries(session: Session, ids: object) -> list[StocktakeSummary]:
    rows = session.execute(
        select(
            Stocktake.id,
            Centre.id,
            Centre.code,
            Centre.name,
            Stocktake.location_id,
            func.coalesce(Location.code, ""),
            func.coalesce(Location.name, ""),
            Stocktake.status,
            Stocktake.started_at,
            func.coalesce(User.username, ""),
            Stocktake.closed_at,
        )
        .join(Centre, Centre.id == Stocktake.centre_id)
        .outerjoin(Location, Location.id == Stocktake.location_id)
        .outerjoin(User, User.id == Stocktake.started_by)
        .where(Stocktake.id.in_(ids))  # type: ignore[arg-type]
        .order_by(Stocktake.id.desc())
    )
    return [StocktakeSummary(*row) for row in rows]
