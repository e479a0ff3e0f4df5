"""Transfers between centres and stocktakes, end to end: goods leave, travel, arrive in parts; a count
goes from scans to adjustments; and neither can be done twice, not even by two desks at once.

Each story runs on a SQLite file and, marked `pg`, on PostgreSQL, with real separate sessions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import CentreInput, LocationInput, add_centre, add_location
from silvershop.centres.ledger import centre_balance, ledger_disagreements, location_balance
from silvershop.centres.models import LocationKind, StockMove, TransferStatus
from silvershop.centres.stock import centre_stock, move_between, receive
from silvershop.centres.stocktakes import (
    Uncounted,
    Verdict,
    abandon_stocktake,
    apply_stocktake,
    list_stocktakes,
    record_scans,
    set_count,
    start_stocktake,
    stocktake_view,
)
from silvershop.centres.transfers import (
    Settlement,
    ShipItem,
    list_transfers,
    settle,
    ship,
)
from silvershop.centres.transfers import receive as receive_transfer
from silvershop.config import LOCAL_ZONE
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, SilvershopError, ValidationError
from silvershop.security.models import Role
from silvershop.security.permissions import Actor, actor_with

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")


@dataclass(frozen=True)
class Pair:
    """Two centres, each with a display zone and a store room, and three products in the sender's store."""

    url: str
    db: Database
    sender: int
    receiver: int
    sender_store: int
    sender_display: int
    receiver_store: int
    walker: int
    cane: int
    bed: int

    def clerk(self, centre: int) -> Actor:
        return actor_with([Role.DESK_CLERK], [centre], username=f"clerk{centre}")

    def manager(self, centre: int) -> Actor:
        return actor_with([Role.CENTRE_MANAGER], [centre], username=f"manager{centre}")


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def pair(request: pytest.FixtureRequest, db_url: str) -> Iterator[Pair]:
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    with transaction(db.sessions) as s:
        sender = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213"))
        receiver = add_centre(s, ADMIN, CentreInput("XS01", "锡山区适老生活体验中心", "320205"))
        store = add_location(s, ADMIN, sender.id, LocationInput("ST", "库房", LocationKind.STORE))
        display = add_location(s, ADMIN, sender.id, LocationInput("A1", "展示区A1", LocationKind.DISPLAY))
        far_store = add_location(s, ADMIN, receiver.id, LocationInput("ST", "库房", LocationKind.STORE))
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        s.add(maker)
        s.flush()
        walker = add_product(s, ADMIN, ProductInput("四轮助行车", "RL-1", maker.id)).id
        cane = add_product(s, ADMIN, ProductInput("四脚手杖", "SZ-4", maker.id)).id
        bed = add_product(s, ADMIN, ProductInput("电动护理床", "HB-3", maker.id)).id
        for product, quantity in ((walker, 10), (cane, 6), (bed, 2)):
            receive(s, ADMIN, product, store.id, quantity, "DN-0001")
    yield Pair(url, db, sender.id, receiver.id, store.id, display.id, far_store.id, walker, cane, bed)
    db.close()


def balance(pair: Pair, product: int, location: int) -> int:
    with reading(pair.db.sessions) as s:
        return location_balance(s, product, location)


def moves(pair: Pair) -> int:
    with reading(pair.db.sessions) as s:
        return s.scalar(select(func.count(StockMove.id))) or 0


def run(pair: Pair, action: Callable[..., object], *args: object, **kwargs: object) -> object:
    with transaction(pair.db.sessions) as s:
        return action(s, *args, **kwargs)


def ship_walkers_and_canes(pair: Pair) -> int:
    shipped = run(
        pair,
        ship,
        pair.clerk(pair.sender),
        pair.sender,
        pair.receiver,
        [ShipItem(pair.walker, pair.sender_store, 4), ShipItem(pair.cane, pair.sender_store, 2)],
        "周五随车送达",
    )
    return shipped.id  # type: ignore[attr-defined]


# Transfers


def test_shipped_goods_leave_at_once_and_arrive_only_when_the_receiver_confirms(pair: Pair) -> None:
    transfer = ship_walkers_and_canes(pair)
    assert balance(pair, pair.walker, pair.sender_store) == 6
    assert balance(pair, pair.walker, pair.receiver_store) == 0
    with reading(pair.db.sessions) as s:
        [view] = list_transfers(s, pair.clerk(pair.receiver), open_only=True)
    assert (view.code, view.status, view.shipped, view.missing) == (
        "T000001",
        TransferStatus.IN_TRANSIT,
        6,
        6,
    )

    part = run(
        pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store, {pair.walker: 3}
    )
    assert (part.status, part.received, part.missing) == (TransferStatus.PARTIAL, 3, 3)  # type: ignore[attr-defined]
    assert balance(pair, pair.walker, pair.receiver_store) == 3

    rest = run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store)
    assert (rest.status, rest.missing) == (TransferStatus.RECEIVED, 0)  # type: ignore[attr-defined]
    assert balance(pair, pair.walker, pair.receiver_store) == 4
    assert balance(pair, pair.cane, pair.receiver_store) == 2
    with reading(pair.db.sessions) as s:
        assert ledger_disagreements(s) == []
        assert list_transfers(s, ADMIN, open_only=True) == []


def test_a_transfer_confirmed_twice_is_refused_and_the_ledger_is_untouched(pair: Pair) -> None:
    transfer = ship_walkers_and_canes(pair)
    run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store)
    before = moves(pair)
    with pytest.raises(ValidationError) as refused:
        run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store)
    today = datetime.now(LOCAL_ZONE).date().isoformat()  # the centres' day, not UTC's
    assert (
        str(refused.value)
        == f"Transfer T000001 was already received in full on {today}; nothing was received again."
    )
    assert moves(pair) == before
    assert balance(pair, pair.walker, pair.receiver_store) == 4


def test_receiving_more_than_is_on_the_way_or_what_was_not_sent_is_refused(pair: Pair) -> None:
    transfer = ship_walkers_and_canes(pair)
    before = moves(pair)
    with pytest.raises(ValidationError, match="Only 4 of P-000001 四轮助行车 are still on the way"):
        run(
            pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store, {pair.walker: 5}
        )
    with pytest.raises(ValidationError, match="电动护理床 was not sent with transfer T000001"):
        run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store, {pair.bed: 1})
    with pytest.raises(ValidationError, match="location of the receiving centre"):
        run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.sender_store)
    with pytest.raises(PermissionDenied, match="another centre"):  # the sender cannot confirm for them
        run(pair, receive_transfer, pair.clerk(pair.sender), transfer, pair.receiver_store)
    assert moves(pair) == before


def test_shipping_more_than_there_is_or_to_the_same_centre_leaves_nothing_behind(pair: Pair) -> None:
    clerk = pair.clerk(pair.sender)
    with pytest.raises(
        ValidationError, match="Only 2 of P-000003 电动护理床 are at 库房, so 3 cannot leave it"
    ):
        run(pair, ship, clerk, pair.sender, pair.receiver, [ShipItem(pair.bed, pair.sender_store, 3)])
    with pytest.raises(ValidationError, match="Choose another centre"):
        run(pair, ship, clerk, pair.sender, pair.sender, [ShipItem(pair.bed, pair.sender_store, 1)])
    with pytest.raises(ValidationError, match="only be sent from a location of"):
        run(pair, ship, clerk, pair.sender, pair.receiver, [ShipItem(pair.bed, pair.receiver_store, 1)])
    with reading(pair.db.sessions) as s:
        assert list_transfers(s, ADMIN) == []
    assert balance(pair, pair.bed, pair.sender_store) == 2


def test_a_shortfall_stays_visible_until_the_sender_settles_it(pair: Pair) -> None:
    transfer = ship_walkers_and_canes(pair)
    run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store, {pair.walker: 4})
    with reading(pair.db.sessions) as s:
        [view] = list_transfers(s, pair.manager(pair.sender), open_only=True)
    assert [(line.product_code, line.missing) for line in view.lines] == [("P-000001", 0), ("P-000002", 2)]
    with pytest.raises(PermissionDenied):  # settling is the sender's manager's call
        run(pair, settle, pair.manager(pair.receiver), transfer, Settlement.RETURNED, "未收到")
    with pytest.raises(ValidationError, match="Say what happened"):
        run(pair, settle, pair.manager(pair.sender), transfer, Settlement.RETURNED, " ")
    done = run(pair, settle, pair.manager(pair.sender), transfer, Settlement.RETURNED, "漏装，已退回库房")
    assert (done.status, done.settlement, done.settlement_reason) == (  # type: ignore[attr-defined]
        TransferStatus.RESOLVED,
        Settlement.RETURNED,
        "漏装，已退回库房",
    )
    assert balance(pair, pair.cane, pair.sender_store) == 6  # the two canes are back
    with pytest.raises(ValidationError, match="already closed"):
        run(pair, settle, pair.manager(pair.sender), transfer, Settlement.WRITTEN_OFF, "再来一次")


def test_two_desks_confirming_the_same_transfer_at_once_receive_it_once(pair: Pair) -> None:
    transfer = ship_walkers_and_canes(pair)
    outcomes = race(
        2,
        lambda: run(pair, receive_transfer, pair.clerk(pair.receiver), transfer, pair.receiver_store),
    )
    refused, done = sorted(outcomes)  # SQLite makes the second desk wait; PostgreSQL re-reads the line
    assert done == "done"
    assert refused.startswith(("Transfer T000001 was already received", "Only 0 of P-000001 四轮助行车"))
    assert balance(pair, pair.walker, pair.receiver_store) == 4
    with reading(pair.db.sessions) as s:
        assert ledger_disagreements(s) == []


# Stocktakes


def test_a_count_goes_from_scans_to_adjustments_in_one_step(pair: Pair) -> None:
    clerk = pair.clerk(pair.sender)
    run(pair, move_between, clerk, pair.walker, pair.sender_store, pair.sender_display, 1)
    count = run(pair, start_stocktake, clerk, pair.sender).id  # type: ignore[attr-defined]
    scans = (
        ["SS:L:LX01-ST"]
        + ["SS:P:P-000001"] * 7
        + ["p-000001"]  # a torn label: the code typed by hand
        + ["ｓｓ：ｐ：ｐ－000002"] * 7
        + ["SS:L:LX01-A1", "SS:P:P-000001"]
    )
    results = run(pair, record_scans, clerk, count, scans)
    assert results[-1].counted == 1 and results[-2].location_code == "A1"  # type: ignore[index]
    run(pair, set_count, clerk, count, pair.bed, pair.sender_store, 2)  # typed, not scanned
    with reading(pair.db.sessions) as s:
        view = stocktake_view(s, clerk, count)
    assert [
        (line.location_code, line.product_code, line.expected, line.counted, line.verdict)
        for line in view.lines
    ] == [
        ("A1", "P-000001", 1, 1, Verdict.MATCHES),
        ("ST", "P-000001", 9, 8, Verdict.MISSING),
        ("ST", "P-000002", 6, 7, Verdict.SURPLUS),
        ("ST", "P-000003", 2, 2, Verdict.MATCHES),
    ]
    assert (view.differing, view.uncounted) == (2, 0)
    with pytest.raises(PermissionDenied):  # a clerk counts; the manager puts the books right
        run(pair, apply_stocktake, clerk, count)
    applied = run(pair, apply_stocktake, pair.manager(pair.sender), count)
    assert (applied.adjusted_lines, applied.units_added, applied.units_removed) == (2, 1, 1)  # type: ignore[attr-defined]
    assert balance(pair, pair.walker, pair.sender_store) == 8
    assert balance(pair, pair.cane, pair.sender_store) == 7
    before = moves(pair)
    with pytest.raises(ValidationError, match="was already applied on"):
        run(pair, apply_stocktake, pair.manager(pair.sender), count)
    with pytest.raises(ValidationError, match="was already applied on"):
        run(pair, record_scans, clerk, count, ["SS:P:P-000001"])
    assert moves(pair) == before


def test_bad_scans_are_refused_by_name_and_a_batch_counts_nothing(pair: Pair) -> None:
    clerk = pair.clerk(pair.sender)
    count = run(pair, start_stocktake, clerk, pair.sender).id  # type: ignore[attr-defined]
    refusals = {
        "SS:P:P-000001": "Scan the label of the shelf or zone you are counting first",
        "https://example.org/p/1": "is a web address, not one of this city's product labels",
        "SS:L:XS01-ST": "This is a label of another centre (XS01)",
        "SS:L:LX01-ZZ": "has no location ZZ in use",
        "SS:U:LX01-00001": "This is a device or centre label",
    }
    for scan, says in refusals.items():
        with pytest.raises(ValidationError, match=says.replace("(", r"\(").replace(")", r"\)")):
            run(pair, record_scans, clerk, count, [scan])
    with pytest.raises(ValidationError) as refused:
        run(pair, record_scans, clerk, count, ["SS:L:LX01-ST", "SS:P:P-000001", "SS:P:P-999999"])
    assert str(refused.value) == (
        "Scan 3 of 3: No product has the code P-999999; check the label or type the product. "
        "Nothing of this batch was counted."
    )
    with reading(pair.db.sessions) as s:
        view = stocktake_view(s, clerk, count)
    assert view.current_location_code == "" and all(line.counted is None for line in view.lines)


def test_a_count_survives_closing_the_app_and_goes_on_at_another_desk(pair: Pair) -> None:
    clerk = pair.clerk(pair.sender)
    count = run(pair, start_stocktake, clerk, pair.sender, pair.sender_store).id  # type: ignore[attr-defined]
    run(pair, record_scans, clerk, count, ["SS:L:LX01-ST", "SS:P:P-000001", "SS:P:P-000001"])
    pair.db.close()  # the app is closed half-way
    other_desk = open_database(pair.url)
    try:
        with transaction(other_desk.sessions) as s:
            [open_count] = list_stocktakes(s, clerk, open_only=True)
            assert open_count.id == count and open_count.location_code == "ST"
            record_scans(s, clerk, count, ["SS:P:P-000001"])  # the shelf scanned before still holds
            view = stocktake_view(s, clerk, count)
        assert [(line.product_code, line.counted) for line in view.lines] == [
            ("P-000001", 3),
            ("P-000002", None),
            ("P-000003", None),
        ]
        with (
            pytest.raises(ValidationError, match="2 lines were not counted"),
            transaction(other_desk.sessions) as s,
        ):
            apply_stocktake(s, pair.manager(pair.sender), count)
        with transaction(other_desk.sessions) as s:
            apply_stocktake(s, pair.manager(pair.sender), count, Uncounted.AS_BOOKED)
        with reading(other_desk.sessions) as s:
            assert location_balance(s, pair.walker, pair.sender_store) == 3
            assert location_balance(s, pair.cane, pair.sender_store) == 6  # not counted, left as booked
    finally:
        other_desk.close()


def test_lines_not_counted_can_count_as_none_found(pair: Pair) -> None:
    count = run(pair, start_stocktake, pair.clerk(pair.sender), pair.sender, pair.sender_store).id  # type: ignore[attr-defined]
    run(pair, record_scans, pair.clerk(pair.sender), count, ["SS:L:LX01-ST", "SS:P:P-000003"])
    run(pair, apply_stocktake, pair.manager(pair.sender), count, Uncounted.NONE_FOUND)
    with reading(pair.db.sessions) as s:
        assert [(p.code, p.quantity) for p in centre_stock(s, ADMIN, pair.sender)] == [("P-000003", 1)]


def test_goods_received_during_a_count_are_kept_and_a_second_count_waits(pair: Pair) -> None:
    clerk = pair.clerk(pair.sender)
    count = run(pair, start_stocktake, clerk, pair.sender).id  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="is still open"):
        run(pair, start_stocktake, clerk, pair.sender, pair.sender_display)
    run(pair, record_scans, clerk, count, ["SS:L:LX01-ST"] + ["SS:P:P-000003"] * 2)
    run(pair, receive, clerk, pair.bed, pair.sender_store, 5, "DN-0002")  # a delivery during the count
    with reading(pair.db.sessions) as s:
        assert stocktake_view(s, clerk, count).moves_since_start == 1
    run(pair, apply_stocktake, pair.manager(pair.sender), count, Uncounted.AS_BOOKED)
    assert balance(pair, pair.bed, pair.sender_store) == 7  # 2 counted as booked, plus the 5 received


def test_an_abandoned_count_changes_nothing_and_cannot_be_applied(pair: Pair) -> None:
    count = run(pair, start_stocktake, pair.clerk(pair.sender), pair.sender).id  # type: ignore[attr-defined]
    run(pair, set_count, pair.clerk(pair.sender), count, pair.walker, pair.sender_store, 0)
    run(pair, abandon_stocktake, pair.clerk(pair.sender), count)
    with pytest.raises(ValidationError, match="was abandoned on"):
        run(pair, apply_stocktake, pair.manager(pair.sender), count, Uncounted.AS_BOOKED)
    assert balance(pair, pair.walker, pair.sender_store) == 10


def test_two_desks_applying_the_same_count_at_once_adjust_the_books_once(pair: Pair) -> None:
    count = run(pair, start_stocktake, pair.clerk(pair.sender), pair.sender, pair.sender_store).id  # type: ignore[attr-defined]
    run(pair, set_count, pair.clerk(pair.sender), count, pair.walker, pair.sender_store, 7)
    outcomes = race(
        2,
        lambda: run(pair, apply_stocktake, pair.manager(pair.sender), count, Uncounted.AS_BOOKED),
    )
    assert sorted(o[:23] for o in outcomes) == ["Stocktake 1 was already", "done"]
    assert balance(pair, pair.walker, pair.sender_store) == 7
    with reading(pair.db.sessions) as s:
        assert centre_balance(s, ADMIN, pair.walker, pair.sender) == 7
        assert ledger_disagreements(s) == []


def race(desks: int, action: Callable[[], object]) -> list[str]:
    """Run `action` from `desks` threads released together: "done" for each that went through, else
    the sentence it was refused with."""
    start = threading.Barrier(desks)
    outcomes: list[str] = []

    def desk() -> None:
        start.wait()
        try:
            action()
            outcomes.append("done")
        except SilvershopError as err:
            outcomes.append(str(err))

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes
