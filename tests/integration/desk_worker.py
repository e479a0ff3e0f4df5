"""One desk of the many-desks test: a process of its own that does the same kind of action again and
again against the shared database, through the services and one `transaction` each, as a desk does.

    python -P desk_worker.py DB_URL lend|move|subsidise SEED TIMES CENTRE_ID [UNIT_ID …]

It prints one JSON line at the end: how many actions went through, the sentences the others were
refused with (counted), and any failure that is not a rule of the desk saying no (there must be none:
a deadlock, even said in words as "busy", or a driver error would show here). Run with `-P`, so it uses the
installed package, as CI installs it.
"""

from __future__ import annotations

import json
import random
import sys
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from silvershop.centres.models import Location, StockBalance
from silvershop.centres.stock import move_between
from silvershop.database import open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.models import Resident
from silvershop.rental.quotes import Term
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import open_vault

TODAY = date(2026, 3, 2)
CASH = Payment(PaymentMethod.CASH)


def main(url: str, kind: str, seed: int, times: int, centre_id: int, units: list[int]) -> None:
    rng = random.Random(seed)
    db = open_database(url)
    clerk = actor_with([Role.DESK_CLERK], [centre_id], username=f"desk{seed}")
    with reading(db.sessions) as session:
        vault = open_vault(session) if kind != "move" else None
        residents = list(session.scalars(select(Resident.id).order_by(Resident.id)))
        locations = list(session.scalars(select(Location.id).where(Location.centre_id == centre_id)))
        product = session.scalar(select(StockBalance.product_id).limit(1))

    def lend() -> object:
        with transaction(db.sessions) as session:
            unit = rng.choice(units)
            assert vault is not None
            return checkout(session, clerk, vault, rng.choice(residents), unit, Term(months=1), CASH, TODAY)

    def subsidise() -> object:  # the first resident, on this desk's own units, one after another
        with transaction(db.sessions) as session:
            assert vault is not None
            return checkout(session, clerk, vault, residents[0], units.pop(0), Term(months=3), CASH, TODAY)

    def move() -> object:
        here, there = rng.sample(locations, 2)
        with transaction(db.sessions) as session:
            return move_between(session, clerk, product, here, there, rng.randint(1, 6), "desk test")

    action: Callable[[], object] = {"lend": lend, "move": move, "subsidise": subsidise}[kind]
    done, refused, errors = 0, Counter[str](), []
    for _ in range(times):
        if kind == "subsidise" and not units:
            break
        try:
            action()
            done += 1
        except SilvershopError as err:
            if isinstance(err.__cause__, OperationalError):  # a deadlock or a lost server said in words
                errors.append(f"{err.localized()} ({err.__cause__})")
            else:
                refused[err.localized()] += 1
        except Exception:
            errors.append(traceback.format_exc(limit=3))
    db.close()
    print(json.dumps({"done": done, "refused": refused, "errors": errors}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    url, kind, seed, times, centre = sys.argv[1:6]
    main(url, kind, int(seed), int(times), int(centre), [int(u) for u in sys.argv[6:]])
