"""The stock ledger: balances follow the moves, never go below zero, and two desks cannot break that.

The concurrency tests run two real sessions on one SQLite file and, marked `pg`, on PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.ledger import (
    MoveRequest,
    centre_balance,
    ledger_disagreements,
    location_balance,
    post_moves,
)
from silvershop.centres.models import Centre, Location, LocationKind, MoveKind, StockMove
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, SilvershopError, ValidationError
from silvershop.security.models import Role
from silvershop.security.permissions import REFUSALS, Permission, actor_with


@dataclass(frozen=True)
class Shop:
    db: Database
    centre: int
    other_centre: int
    shelf: int
    store: int
    elsewhere: int  # a location of the other centre
    walker: int


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def shop(request: pytest.FixtureRequest, db_url: str) -> Iterator[Shop]:
    """A file database (so two sessions can race on it) with two centres and one product."""
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    with transaction(db.sessions) as s:
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        walker = Product(code="P-000001", name="四轮助行车", model="RL-1", enterprise=maker)
        centre = Centre(code="LX01", name="梁溪区适老生活体验中心", district_code="320213")
        other = Centre(code="XS01", name="锡山区适老生活体验中心", district_code="320205")
        shelf = Location(centre=centre, code="A1", name="展示区 A1", kind=LocationKind.DISPLAY)
        store = Location(centre=centre, code="K1", name="库房 K1", kind=LocationKind.STORE)
        elsewhere = Location(centre=other, code="K1", name="库房 K1", kind=LocationKind.STORE)
        s.add_all([walker, shelf, store, elsewhere])
        s.flush()
        ids = Shop(db, centre.id, other.id, shelf.id, store.id, elsewhere.id, walker.id)
    yield ids
    db.close()


def manager(shop: Shop) -> object:
    return actor_with([Role.CENTRE_MANAGER], [shop.centre], username="manager")


def clerk(shop: Shop) -> object:
    return actor_with([Role.DESK_CLERK], [shop.centre], username="clerk")


def post(shop: Shop, actor: object, *moves: MoveRequest) -> list[int]:
    with transaction(shop.db.sessions) as s:
        return post_moves(s, actor, moves)  # type: ignore[arg-type]


def receive(shop: Shop, quantity: int, location: int | None = None) -> MoveRequest:
    return MoveRequest(
        shop.walker, location or shop.store, quantity, MoveKind.RECEIVE, reference="送货单 0001"
    )


def moves_written(shop: Shop) -> int:
    with reading(shop.db.sessions) as s:
        return s.scalar(select(func.count(StockMove.id))) or 0


def test_receiving_and_moving_keep_balances_per_location_and_centre(shop: Shop) -> None:
    post(shop, clerk(shop), receive(shop, 10))
    post(
        shop,
        clerk(shop),
        MoveRequest(shop.walker, shop.store, -3, MoveKind.MOVE_OUT, reference="上架"),
        MoveRequest(shop.walker, shop.shelf, 3, MoveKind.MOVE_IN, reference="上架"),
    )
    with reading(shop.db.sessions) as s:
        assert location_balance(s, shop.walker, shop.store) == 7
        assert location_balance(s, shop.walker, shop.shelf) == 3
        assert centre_balance(s, clerk(shop), shop.walker, shop.centre) == 10  # type: ignore[arg-type]
        assert ledger_disagreements(s) == []
    assert moves_written(shop) == 3


def test_taking_more_than_is_there_is_refused_with_the_count_and_nothing_is_written(shop: Shop) -> None:
    post(shop, clerk(shop), receive(shop, 2))
    with pytest.raises(ValidationError) as refused:
        post(
            shop,
            clerk(shop),
            MoveRequest(shop.walker, shop.store, -2, MoveKind.MOVE_OUT),
            MoveRequest(shop.walker, shop.store, -1, MoveKind.MOVE_OUT),  # the third of two
        )
    assert str(refused.value) == (
        "Only 0 of P-000001 四轮助行车 are at 库房 K1, so 1 cannot leave it. "
        "Count what is there, or take fewer."
    )
    assert refused.value.field == "quantity"
    assert moves_written(shop) == 1  # the first move of the refused pair went with it
    with reading(shop.db.sessions) as s:
        assert location_balance(s, shop.walker, shop.store) == 2


def test_nothing_can_leave_a_location_that_never_had_it(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="Only 0 of P-000001 四轮助行车 are at 展示区 A1"):
        post(shop, clerk(shop), MoveRequest(shop.walker, shop.shelf, -1, MoveKind.MOVE_OUT))
    assert moves_written(shop) == 0


@pytest.mark.parametrize(
    ("quantity", "kind"), [(0, MoveKind.RECEIVE), (-3, MoveKind.RECEIVE), (3, MoveKind.WRITE_OFF)]
)
def test_a_quantity_with_the_wrong_sign_or_zero_is_refused(shop: Shop, quantity: int, kind: MoveKind) -> None:
    with pytest.raises(ValidationError) as refused:
        post(shop, manager(shop), MoveRequest(shop.walker, shop.store, quantity, kind))
    assert refused.value.field == "quantity"
    assert moves_written(shop) == 0


def test_a_clerk_receives_and_counts_but_only_the_manager_writes_off(shop: Shop) -> None:
    post(shop, clerk(shop), receive(shop, 5))
    write_off = MoveRequest(shop.walker, shop.store, -1, MoveKind.WRITE_OFF, reason="损坏")
    with pytest.raises(PermissionDenied) as refused:
        post(shop, clerk(shop), write_off)
    assert str(refused.value) == REFUSALS[Permission.MANAGE_CENTRE]
    post(shop, manager(shop), write_off)
    with reading(shop.db.sessions) as s:
        assert location_balance(s, shop.walker, shop.store) == 4


def test_a_clerk_cannot_move_another_centres_stock(shop: Shop) -> None:
    with pytest.raises(PermissionDenied, match="another centre"):
        post(shop, clerk(shop), receive(shop, 5, location=shop.elsewhere))
    assert moves_written(shop) == 0


def test_two_desks_taking_the_last_units_at_once_cannot_both_succeed(shop: Shop) -> None:
    post(shop, clerk(shop), receive(shop, 10))
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def take_six() -> None:
        start.wait()
        try:
            post(shop, clerk(shop), MoveRequest(shop.walker, shop.store, -6, MoveKind.MOVE_OUT))
            outcomes.append("taken")
        except SilvershopError as err:
            outcomes.append(str(err))

    desks = [threading.Thread(target=take_six) for _ in range(2)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout=30)
    assert sorted(outcomes)[0].startswith(
        "Only 4 of P-000001 四轮助行车 are at 库房 K1, so 6 cannot leave it."
    )
    assert sorted(outcomes)[1] == "taken"
    with reading(shop.db.sessions) as s:
        assert location_balance(s, shop.walker, shop.store) == 4
        assert ledger_disagreements(s) == []


def test_receiving_into_an_unknown_location_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError) as refused:
        post(shop, clerk(shop), MoveRequest(shop.walker, 999_999, 5, MoveKind.RECEIVE))
    assert refused.value.field == "location"
    assert "does not exist" in str(refused.value)
    assert moves_written(shop) == 0
