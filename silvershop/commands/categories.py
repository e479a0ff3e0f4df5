"""`category add|list`: the codes of the category schemes, and the ones users add.

The shipped reference data holds only codes that could be verified; an office that needs another
ISO 9999 code for its products adds it here (`--as USER`, a catalogue editor) and then names it
in `product add --assistive`. Listing needs no account, like the rest of the catalogue.
"""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.catalog.category_codes import CategoryRow, add_category, list_categories
from silvershop.commands import Context, Outcome
from silvershop.db.session import reading, transaction
from silvershop.i18n import translate
from silvershop.security.permissions import KIOSK


def register(subparsers: Any) -> None:
    category = subparsers.add_parser(
        "category", help=translate("cli", "categories of the catalogue schemes and ISO 9999")
    )
    commands = category.add_subparsers(dest="category_command", required=True, metavar="ACTION")

    add = commands.add_parser("add", help=translate("cli", "add a category a scheme lacks"))
    add.add_argument(
        "--scheme", required=True, metavar="KEY", help=translate("cli", "scheme key, e.g. iso9999")
    )
    add.add_argument(
        "--edition",
        required=True,
        metavar="EDITION",
        help=translate("cli", 'edition of the scheme, e.g. "ISO 9999:2022"'),
    )
    add.add_argument(
        "--code",
        required=True,
        metavar="CODE",
        help=translate("cli", 'the new code; ISO 9999 codes as two-digit groups, e.g. "22 06"'),
    )
    add.add_argument("--name", required=True, help=translate("cli", "the category's name"))
    add.add_argument(
        "--parent",
        default="",
        metavar="CODE",
        help=translate("cli", "the code it goes under; default for ISO 9999 the code it extends"),
    )
    add.set_defaults(handler=run_category_add)

    listing = commands.add_parser("list", help=translate("cli", "the categories of every scheme"))
    listing.add_argument("--scheme", default="", metavar="KEY", help=translate("cli", "only this scheme"))
    listing.add_argument(
        "--edition", default="", metavar="EDITION", help=translate("cli", "only this edition")
    )
    listing.set_defaults(handler=run_category_list)


def describe_category(row: CategoryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "scheme": row.scheme_key,
        "edition": row.edition,
        "scheme_name": row.scheme_name,
        "kind": row.kind.value,
        "code": row.code,
        "name": row.name,
        "parent": row.parent_code or None,
        "section": row.section,
        "builtin": row.builtin,
    }


def _line(row: CategoryRow) -> str:
    """`scheme:edition:code` first, the form `product add --category` takes back."""
    line = f"{row.label}\t{row.name}"
    return line if row.builtin else line + "\t" + translate("cli", "(added by users)")


def run_category_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        row = add_category(session, actor, args.scheme, args.edition, args.code, args.name, args.parent)
    return Outcome(describe_category(row), translate("cli", "Category added: {line}").format(line=_line(row)))


def run_category_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor if ctx.acting_user else KIOSK  # as `product list`: no account needed to read
    with reading(ctx.database.sessions) as session:
        rows = list_categories(session, actor, args.scheme, args.edition)
    return Outcome([describe_category(r) for r in rows], "\n".join(_line(r) for r in rows))
