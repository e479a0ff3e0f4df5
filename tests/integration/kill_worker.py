"""The child program of the kill test: a desk that keeps working until it is killed.

It runs the actions a desk runs, through the same services and one `transaction` each, as the window
does: imports of the workbooks it is given, checkouts, a stocktake applied, a backup to a file. It
prints `begin <kind> <name> …` before an action and `done <kind> <name>` once it is committed, so the
test knows which actions may be half-way when the process dies and which must be there whole.

    python -P kill_worker.py DB_URL WORKBOOKS_FOLDER BACKUPS_FOLDER SEED
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import select

from silvershop.centres.models import StockBalance, Stocktake, StocktakeStatus
from silvershop.centres.stocktakes import abandon_stocktake, apply_stocktake, set_count, start_stocktake
from silvershop.database import Database, open_database
from silvershop.db.backup import backup_to
from silvershop.db.session import transaction
from silvershop.demo import DEMO_TODAY
from silvershop.errors import SilvershopError
from silvershop.exchange.importing import import_catalogue
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.models import DeviceUnit, Resident, UnitState
from silvershop.rental.quotes import Term
from silvershop.security.models import Role, User
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import open_vault

KINDS = ("import", "checkout", "stocktake", "backup")


def say(*words: object) -> None:
    print(*words, flush=True)


def admin(database: Database) -> Actor:
    with database.reading() as session:
        user_id = session.scalar(select(User.id).where(User.username == "admin"))
    return actor_with([Role.ADMINISTRATOR], username="admin", user_id=user_id)


def import_one(database: Database, actor: Actor, workbook: Path) -> None:
    """The workbook's name is its maker's credit code, which the test counts the products by."""
    say("begin import", workbook.stem)
    import_catalogue(database, actor, workbook)
    say("done import", workbook.stem)


def lend_one(database: Database, actor: Actor, rng: random.Random, number: int) -> None:
    """An available unit to a resident, paid by a bank transfer whose reference names the loan."""
    with database.reading() as session:
        units = list(session.scalars(select(DeviceUnit.id).where(DeviceUnit.state == UnitState.AVAILABLE)))
        residents = list(session.scalars(select(Resident.id)))
    if not units:
        return
    unit, resident, reference = rng.choice(units), rng.choice(residents), f"KILL-{number}"
    say("begin checkout", reference, unit)
    try:
        with transaction(database.sessions) as session:
            vault = open_vault(session)
            payment = Payment(PaymentMethod.BANK, reference)
            checkout(
                session, actor, vault, resident, unit, Term(months=rng.choice((1, 2, 3))), payment, DEMO_TODAY
            )
    except SilvershopError as refusal:  # a resident over the cap, a product not rentable: nothing written
        say("refused checkout", reference, refusal.__class__.__name__)
        return
    say("done checkout", reference)


def count_and_apply(database: Database, actor: Actor, rng: random.Random) -> None:
    """A location counted with every line one more or one fewer than booked, then applied."""
    with transaction(database.sessions) as session:
        for stale in session.scalars(select(Stocktake.id).where(Stocktake.status == StocktakeStatus.OPEN)):
            abandon_stocktake(session, actor, stale)
    with database.reading() as session:
        stocked = sorted(
            set(
                session.execute(
                    select(StockBalance.centre_id, StockBalance.location_id).where(StockBalance.quantity > 0)
                )
            )
        )
    centre, location = rng.choice(stocked)
    with transaction(database.sessions) as session:
        stocktake = start_stocktake(session, actor, centre, location).id
    with transaction(database.sessions) as session:
        for line in session.scalars(
            select(StockBalance).where(StockBalance.location_id == location, StockBalance.quantity > 0)
        ):
            set_count(
                session, actor, stocktake, line.product_id, location, line.quantity + rng.choice((-1, 1))
            )
    say("begin stocktake", stocktake)
    with transaction(database.sessions) as session:
        apply_stocktake(session, actor, stocktake)
    say("done stocktake", stocktake)


def back_up(database: Database, folder: Path, number: int) -> None:
    target = folder / f"copy-{number}.sqlite"
    say("begin backup", target)
    backup_to(database.engine.url, target)
    say("done backup", target)


def main(url: str, workbooks: Path, backups: Path, seed: int) -> None:
    rng = random.Random(seed)
    database = open_database(url)
    actor = admin(database)
    waiting = sorted(workbooks.glob("*.xlsx"))
    say("ready")
    for number in range(1_000_000):
        kinds = list(KINDS)
        rng.shuffle(kinds)
        for kind in kinds:
            if kind == "import" and waiting:
                import_one(database, actor, waiting.pop(0))
            elif kind == "checkout":
                lend_one(database, actor, rng, number)
            elif kind == "stocktake":
                count_and_apply(database, actor, rng)
            elif kind == "backup":
                back_up(database, backups, number)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
