"""`enterprise add|list`: the enterprises that make the catalogue's products.

Listing needs no account, like the rest of the catalogue; registering needs `--as USER`.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from silvershop.catalog.enterprises import EnterpriseInput, EnterpriseRow, add_enterprise, list_enterprises
from silvershop.commands import Context, Outcome
from silvershop.commands.catalogue import reader
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate


def register(subparsers: Any) -> None:
    enterprise = subparsers.add_parser("enterprise", help=translate("cli", "enterprises that make products"))
    commands = enterprise.add_subparsers(dest="enterprise_command", required=True, metavar="ACTION")

    add = commands.add_parser("add", help=translate("cli", "register an enterprise"))
    add.add_argument(
        "--name", required=True, help=translate("cli", "the full name as on the business licence")
    )
    add.add_argument(
        "--credit-code",
        required=True,
        metavar="CODE",
        help=translate("cli", "unified social credit code, 18 characters (spaces and dashes are ignored)"),
    )
    add.add_argument(
        "--division",
        default="",
        metavar="CODE",
        help=translate(
            "cli", "division code (GB/T 2260) where it is registered; default: from the credit code"
        ),
    )
    add.add_argument(
        "--registered-on",
        default="",
        metavar="YYYY-MM-DD",
        help=translate("cli", "registration date on the business licence"),
    )
    add.add_argument("--contact", default="", metavar="NAME", help=translate("cli", "contact person"))
    add.add_argument(
        "--phone",
        default="",
        metavar="NUMBER",
        help=translate("cli", "contact phone: a mobile, or a landline with its area code (0510-82345678)"),
    )
    add.add_argument("--address", default="", help=translate("cli", "the enterprise's address"))
    add.set_defaults(handler=run_enterprise_add)

    listing = commands.add_parser("list", help=translate("cli", "enterprises by name"))
    listing.add_argument(
        "--search", default="", metavar="TEXT", help=translate("cli", "part of the name or credit code")
    )
    listing.set_defaults(handler=run_enterprise_list)


def describe_enterprise(e: EnterpriseRow) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "credit_code": e.credit_code,
        "division_code": e.division_code,
        "registered_on": e.registered_on.isoformat() if e.registered_on else None,
        "contact_name": e.contact_name,
        "contact_phone": e.contact_phone,
        "address": e.address,
        "products": e.products,
    }


def _enterprise_line(e: EnterpriseRow) -> str:
    return f"{e.credit_code}\t{e.name}\t{e.division_code or '-'}\t{e.products}"


def _registered_on(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the registration date as YYYY-MM-DD, for example 2019-05-20."),
            field="registered_on",
        ) from None


def run_enterprise_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    data = EnterpriseInput(
        name=args.name,
        credit_code=args.credit_code,
        division_code=args.division,
        registered_on=_registered_on(args.registered_on),
        contact_name=args.contact,
        contact_phone=args.phone,
        address=args.address,
    )
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        row = add_enterprise(session, actor, data)
    return Outcome(
        describe_enterprise(row),
        translate("cli", "Enterprise registered: {line}").format(line=_enterprise_line(row)),
    )


def run_enterprise_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        rows = list_enterprises(session, actor, args.search)
    return Outcome([describe_enterprise(r) for r in rows], "\n".join(_enterprise_line(r) for r in rows))
