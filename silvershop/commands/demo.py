"""`demo`: fill an empty database with realistic, reproducible demonstration data."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.db.session import transaction
from silvershop.demo import generate
from silvershop.demo.generator import check_empty, check_product_count
from silvershop.demo.run import Progress
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.security.vault import open_vault

LABELS = {
    "enterprises": QT_TRANSLATE_NOOP("cli", "Enterprises"),
    "products": QT_TRANSLATE_NOOP("cli", "Products"),
    "product_categories": QT_TRANSLATE_NOOP("cli", "Catalogue filings"),
    "centres": QT_TRANSLATE_NOOP("cli", "Experience centres"),
    "locations": QT_TRANSLATE_NOOP("cli", "Locations"),
    "stock_moves": QT_TRANSLATE_NOOP("cli", "Stock moves"),
    "stock_balances": QT_TRANSLATE_NOOP("cli", "Stock balances"),
    "display_items": QT_TRANSLATE_NOOP("cli", "Products on display"),
    "transfers": QT_TRANSLATE_NOOP("cli", "Transfers between centres"),
    "stock_thresholds": QT_TRANSLATE_NOOP("cli", "Minimum quantities"),
    "stocktakes": QT_TRANSLATE_NOOP("cli", "Stocktakes"),
    "residents": QT_TRANSLATE_NOOP("cli", "Residents"),
    "units": QT_TRANSLATE_NOOP("cli", "Device units"),
    "loans": QT_TRANSLATE_NOOP("cli", "Loans"),
    "subsidy_grants": QT_TRANSLATE_NOOP("cli", "Subsidy grants"),
    "subsidy_accounts": QT_TRANSLATE_NOOP("cli", "Subsidy accounts"),
    "cleaning_records": QT_TRANSLATE_NOOP("cli", "Cleaning records"),
    "maintenance_records": QT_TRANSLATE_NOOP("cli", "Maintenance records"),
    "reservations": QT_TRANSLATE_NOOP("cli", "Reservations"),
    "accounts": QT_TRANSLATE_NOOP("cli", "Demo staff accounts"),
}


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo", help=translate("cli", "fill an empty database with realistic demonstration data")
    )
    demo.add_argument(
        "--products",
        type=int,
        default=400,
        metavar="N",
        help=translate("cli", "how many products (default 400)"),
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help=translate("cli", "the same seed makes the same data")
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, ctx: Context) -> Outcome:
    check_product_count(args.products)
    db = ctx.database
    with transaction(db.sessions) as session:
        check_empty(session)
        vault = open_vault(session)
        counts = generate(
            session, products=args.products, seed=args.seed, vault=vault, progress=_terminal_progress()
        )
    data = {"database": db.url, "seed": args.seed, "counts": counts}
    lines = [translate("cli", "Demo data written to {url} (seed {seed}):").format(url=db.url, seed=args.seed)]
    labels = {key: translate("cli", LABELS[key]) if key in LABELS else key for key in counts}
    width = max(_columns(label) for label in labels.values())
    for key, count in counts.items():
        lines.append(f"  {labels[key]}{' ' * (width - _columns(labels[key]))}  {count:>9,}")
    return Outcome(data, "\n".join(lines))


def _columns(text: str) -> int:
    """Terminal columns: a Chinese character takes two, so the counts line up in both languages."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _terminal_progress() -> Progress | None:
    """A percentage on stderr for someone watching a terminal; nothing when output is captured."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        print(f"\r{100 * done // max(total, 1):3d} %", end="" if done < total else "\n", file=sys.stderr)
        return True

    return show
