"""`product add|show|list|search`: the promotion catalogue from a script.

Reading the catalogue needs no account: without `--as` the command reads as the kiosk does and
sees what visitors see, the listed products. `--as USER` is needed to write, and is used for
reading too when given, so staff see drafts and archived products as well. `product add` is in
`product_add`, the words and lines of the output in `catalogue_output`.
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from silvershop.catalog.browse import product_rows
from silvershop.catalog.enterprises import find_enterprise
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.products import find_product
from silvershop.catalog.search import ProductFilter, ranked_ids, search
from silvershop.commands import Context, Outcome, product_add
from silvershop.commands import categories as category_commands
from silvershop.commands.catalogue_output import describe, details_text, rows_outcome
from silvershop.commands.product_add import statuses, year
from silvershop.db.session import reading
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.i18n import translate
from silvershop.security.permissions import KIOSK, Actor, Permission


def positive_count(text: str) -> int:
    """An argparse type for `--limit`: a whole number of products, 1 or more."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain.isascii() and plain.isdigit() and int(plain) > 0:
        return int(plain)
    raise argparse.ArgumentTypeError(
        translate("cli", "give how many products to show: a whole number, 1 or more, not “{text}”.").format(
            text=text
        )
    )


def register(subparsers: Any) -> None:
    product = subparsers.add_parser("product", help=translate("cli", "products of the promotion catalogue"))
    commands = product.add_subparsers(dest="product_command", required=True, metavar="ACTION")
    product_add.register(commands)
    public = translate(
        "cli",
        "Without --as this shows the public catalogue, as the kiosk does: listed products only. "
        "With --as USER, staff see products of every status.",
    )

    show = commands.add_parser(
        "show",
        help=translate("cli", "one product by its code (without --as: listed only)"),
        description=public,
    )
    show.add_argument("code", metavar="CODE")
    show.set_defaults(handler=run_show)

    listing = commands.add_parser(
        "list",
        help=translate("cli", "products in catalogue order (without --as: listed only)"),
        description=public,
    )
    listing.add_argument(
        "--status",
        default="",
        metavar="S,S",
        help=translate("cli", "statuses, e.g. listed,submitted (other than listed only with --as)"),
    )
    listing.add_argument(
        "--enterprise", default="", metavar="KEY", help=translate("cli", "credit code or full name")
    )
    rent = listing.add_mutually_exclusive_group()
    rent.add_argument(
        "--rentable",
        action="store_const",
        const=True,
        dest="rentable",
        default=None,
        help=translate("cli", "only products that can be rented"),
    )
    rent.add_argument(
        "--not-rentable",
        action="store_const",
        const=False,
        dest="rentable",
        help=translate("cli", "only products that cannot be rented"),
    )
    listing.add_argument("--year", type=year, metavar="YEAR", help=translate("cli", "listing year"))
    listing.add_argument(
        "--limit", type=positive_count, default=None, metavar="N", help=translate("cli", "show at most N")
    )
    listing.set_defaults(handler=run_list)

    find = commands.add_parser(
        "search",
        help=translate("cli", "products matching words, pinyin or a model (without --as: listed only)"),
        description=public,
    )
    find.add_argument("query", metavar="QUERY")
    find.add_argument(
        "--limit", type=positive_count, default=None, metavar="N", help=translate("cli", "show at most N")
    )
    find.set_defaults(handler=run_search)
    category_commands.register(subparsers)


def reader(ctx: Context) -> Actor:
    """The --as user when one is named; otherwise the catalogue is read as the kiosk reads it."""
    return ctx.actor if ctx.acting_user else KIOSK


def _public(ctx: Context) -> bool:
    """Whether the reader is the kiosk, which shows visitors the listed products and nothing else."""
    return not ctx.acting_user


def run_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        product = find_product(session, actor, args.code)
    if _public(ctx) and product.status is not ProductStatus.LISTED:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} is not in the public catalogue (only listed products are). "
                "Name a staff member with --as USER to see it.",
            ),
            field="code",
            code=product.code,
        )
    return Outcome(describe(product), details_text(product))


def _public_statuses(ctx: Context, asked: frozenset[ProductStatus]) -> frozenset[ProductStatus]:
    """The statuses a reader may list: the kiosk lists only listed products, and says so if asked for more."""
    if not _public(ctx):
        return asked
    if asked - {ProductStatus.LISTED}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Without --as only listed products are shown, as on the kiosk. Name a staff member with "
                "--as USER to list drafts, submitted or archived products.",
            ),
            field="status",
        )
    return frozenset({ProductStatus.LISTED})


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    shown = _public_statuses(ctx, statuses(args.status))
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        actor.require(Permission.VIEW_CATALOGUE)
        enterprise_id = find_enterprise(session, actor, args.enterprise).id if args.enterprise else None
        wanted = ProductFilter(
            enterprise_id=enterprise_id,
            rentable=args.rentable,
            listing_year=args.year,
            statuses=shown,
        )
        return rows_outcome(product_rows(session, ranked_ids(session, wanted, limit=args.limit)))


def run_search(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        actor.require(Permission.VIEW_CATALOGUE)
        if not _public(ctx):
            ids = search(session, args.query, limit=args.limit)
        elif args.query.split():  # without words, ranked_ids would list everything
            public = ProductFilter(text=args.query, statuses=frozenset({ProductStatus.LISTED}))
            ids = ranked_ids(session, public, limit=args.limit)
        else:
            ids = []
        return rows_outcome(product_rows(session, ids))
