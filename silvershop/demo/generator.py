"""Filling an empty database with a believable city: the entry point the GUI, the CLI and the benchmarks call.

The demo goes into an empty database only: mixed with real records it could not be told apart
from them, and a second run would double every centre's stock. Sizes follow the number of
products asked for, so `--products 100000` also exercises stock, units and residents at scale.
"""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Enterprise, Product
from silvershop.demo.accounts import make_accounts
from silvershop.demo.budget import set_subsidy_budget
from silvershop.demo.catalogue import CategoryIndex, make_enterprises, make_products
from silvershop.demo.centres import centre_districts, make_centres, stock_centres, stocked_per_centre
from silvershop.demo.loans import date_residents, write_rental
from silvershop.demo.residents import plan_residents, write_residents
from silvershop.demo.run import DemoRun, Progress
from silvershop.demo.units import plan_units, units_for
from silvershop.demo.visitors import make_callback_requests, set_kiosk_pin
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.rental.subsidy_rules import load_rule_sets
from silvershop.security.vault import Vault

MAX_PRODUCTS = 1_000_000


def check_product_count(products: int) -> None:
    """Refuse a size the generator cannot make, before anything is opened or written."""
    if products < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The demo needs at least 1 product; {count} was asked for."),
            field="products",
            count=products,
        )
    if products > MAX_PRODUCTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The demo can make at most {limit} products; {count} was asked for."),
            field="products",
            count=products,
            limit=MAX_PRODUCTS,
        )


def check_empty(session: Session) -> None:
    """Refuse a database that already has a catalogue, before a key or a row is written."""
    existing = session.scalar(select(func.count()).select_from(Product)) or 0
    if existing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database already holds {count} products. Demo data goes only into an empty "
                "database; open a new database file for it.",
            ),
            field="database",
            count=existing,
        )


def enterprises_for(products: int) -> int:
    """About 30 enterprises per 1,000 products, and never fewer than 12."""
    return max(12, round(products * 30 / 1000))


def residents_for(products: int) -> int:
    return 60 + products // 10


def generate(
    session: Session,
    *,
    products: int = 400,
    seed: int = 1,
    vault: Vault,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the demo into `session` (schema and reference data already there); returns rows per kind.

    `progress(done, total)` is called now and then; returning False stops with `DemoCancelled`, and
    the caller's transaction then rolls back everything written so far.
    """
    check_product_count(products)
    check_empty(session)
    districts = centre_districts(session)
    # An upper bound of the work: services have no stock, and not every kind is rentable.
    total = (
        enterprises_for(products)
        + products
        + len(districts) * stocked_per_centre(products)
        + units_for(products, 1, len(districts))
        + residents_for(products)
    )
    run = DemoRun(session=session, rng=random.Random(seed), vault=vault, total=total, progress=progress)
    run.advance(0)
    taken_codes = set(session.scalars(select(Enterprise.credit_code)))
    enterprises = make_enterprises(run, enterprises_for(products), taken_codes)
    product_facts, filed = make_products(run, products, enterprises, CategoryIndex(session))
    centres, locations = make_centres(run, districts)
    stock = stock_centres(run, centres, product_facts)
    residents = plan_residents(run, residents_for(products), centres) if centres else []
    rentable = sum(1 for p in product_facts if p.rentable)
    units = plan_units(run, units_for(products, rentable, len(centres)), centres, product_facts, residents)
    date_residents(run, units)
    write_residents(run, residents)
    rental = write_rental(run, units, load_rule_sets(session))
    accounts = make_accounts(session)
    set_kiosk_pin(run)
    if centres:
        make_callback_requests(run, centres[0])
    run.finish()
    set_subsidy_budget(run)  # from the grants written
    run.advance(run.total - run.done)
    return {
        "enterprises": len(enterprises),
        "products": len(product_facts),
        "product_categories": filed,
        "centres": len(centres),
        "locations": locations,
        **stock,
        "residents": len(residents),
        **rental,
        "accounts": accounts,
    }
