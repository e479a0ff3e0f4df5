"""`stock receive|move|adjust|write-off|show|minimum` (and the transfers of `commands.transfers`):
a centre's goods from a script or a terminal at the back-office desk.

Stock is centre-scoped, so reading it needs `--as USER` as writing does: a clerk sees and moves
only their own centres' stock. Products are named by code or by a scanned `SS:P:` label, centres
and locations by their codes in any case or width. Every command is one transaction: a refusal
(more taken than there is, a location of another centre) leaves the books as they were.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.centres import stock
from silvershop.centres.centres import find_centre, find_location
from silvershop.centres.ledger import location_balance
from silvershop.centres.stock import ProductStock, WriteOffReason
from silvershop.centres.thresholds import set_minimum
from silvershop.commands import Context, Outcome
from silvershop.commands.centres import (
    quantity,
    signed_change,
    whole_number,
)
from silvershop.commands.transfers import add_transfer_commands
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.security.permissions import Actor
from silvershop.words import word

PRODUCT_HELP = QT_TRANSLATE_NOOP("cli", "product code, or its scanned label (SS:P:…)")


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "stock", help=translate("cli", "a centre's stock: receive, move, transfer, adjust, write off, show")
    )
    commands = group.add_subparsers(dest="stock_command", required=True, metavar="ACTION")

    receive = _centre_product(commands, "receive", translate("cli", "book in a delivery from an enterprise"))
    receive.add_argument("--location", required=True, metavar="LOC", help=translate("cli", "where it is put"))
    receive.add_argument("--quantity", required=True, metavar="N")
    receive.add_argument(
        "--delivery-note", required=True, metavar="NO", help=translate("cli", "the delivery note number")
    )
    receive.set_defaults(handler=run_receive)

    move = _centre_product(
        commands, "move", translate("cli", "carry goods between two locations of a centre")
    )
    move.add_argument("--from", dest="from_location", required=True, metavar="LOC")
    move.add_argument("--to", dest="to_location", required=True, metavar="LOC")
    move.add_argument("--quantity", required=True, metavar="N")
    move.add_argument("--reason", default="", metavar="TEXT")
    move.set_defaults(handler=run_move)

    add_transfer_commands(commands)

    adjust = _centre_product(commands, "adjust", translate("cli", "put the books right (centre managers)"))
    adjust.add_argument("--location", required=True, metavar="LOC")
    adjust.add_argument("--by", required=True, metavar="±N", help=translate("cli", "for example +2 or -3"))
    adjust.add_argument("--reason", required=True, metavar="TEXT")
    adjust.set_defaults(handler=run_adjust)

    write_off = _centre_product(
        commands, "write-off", translate("cli", "take goods off the books for good (centre managers)")
    )
    write_off.add_argument("--location", required=True, metavar="LOC")
    write_off.add_argument("--quantity", required=True, metavar="N")
    write_off.add_argument("--reason", required=True, choices=[r.value for r in WriteOffReason])
    write_off.add_argument("--note", default="", metavar="TEXT")
    write_off.set_defaults(handler=run_write_off)

    show = commands.add_parser(
        "show", help=translate("cli", "what a centre holds, per product: how many, where, the minimum")
    )
    show.add_argument("centre", metavar="CENTRE")
    show.add_argument("--product", metavar="PRODUCT", help=translate("cli", PRODUCT_HELP))
    show.add_argument(
        "--below-minimum", action="store_true", help=translate("cli", "only products below their minimum")
    )
    show.set_defaults(handler=run_show)

    minimum = _centre_product(
        commands, "minimum", translate("cli", "the least a centre should keep of a product (0: none)")
    )
    minimum.add_argument("minimum", metavar="N")
    minimum.set_defaults(handler=run_minimum)


def _centre_product(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A command about one product at one centre: `stock NAME CENTRE PRODUCT …`."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    parser.add_argument("centre", metavar="CENTRE")
    parser.add_argument("product", metavar="PRODUCT", help=translate("cli", PRODUCT_HELP))
    return parser


# A stock action on one product at one location: (session, actor, product id, location id).
Action = Callable[[Session, Actor, int, int], object]


def _book(
    args: argparse.Namespace, ctx: Context, change: int, act: Action
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Do `act` at the centre, product and --location named, in one transaction.

    Returns what --json shows and what the sentence about it may name: {quantity}, {change} (signed),
    {product}, {name}, {location}, {centre} and {balance}, how many are there now.
    """
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        location = find_location(session, centre, args.location)
        product = find_product(session, actor, args.product)
        act(session, actor, product.id, location.id)
        balance = location_balance(session, product.id, location.id)
    data = {
        "centre": centre.code,
        "product": product.code,
        "product_name": product.name,
        "location": location.code,
        "change": change,
        "balance": balance,
    }
    said = data | {"quantity": abs(change), "change": f"{change:+d}", "name": product.name}
    return data, said


def run_receive(args: argparse.Namespace, ctx: Context) -> Outcome:
    count, note = quantity(args.quantity, "--quantity"), args.delivery_note.strip()
    data, said = _book(
        args, ctx, count, lambda session, actor, p, loc: stock.receive(session, actor, p, loc, count, note)
    )
    sentence = translate(
        "cli", "Received {quantity} × {product} {name} into {location} at {centre}; {balance} there now."
    )
    return Outcome(data | {"delivery_note": note}, sentence.format(**said))


def run_move(args: argparse.Namespace, ctx: Context) -> Outcome:
    count = quantity(args.quantity, "--quantity")
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        source = find_location(session, centre, args.from_location)
        target = find_location(session, centre, args.to_location)
        product = find_product(session, actor, args.product)
        stock.move_between(session, actor, product.id, source.id, target.id, count, args.reason)
        left, there = (location_balance(session, product.id, loc.id) for loc in (source, target))
    data = {
        "centre": centre.code,
        "product": product.code,
        "product_name": product.name,
        "quantity": count,
        "from": source.code,
        "to": target.code,
        "from_balance": left,
        "to_balance": there,
        "reason": args.reason.strip(),
    }
    return Outcome(
        data,
        translate(
            "cli",
            "Moved {quantity} × {product} {name} from {source} to {target} at {centre}; "
            "{source} holds {left} now, {target} {there}.",
        ).format(
            quantity=count,
            product=product.code,
            name=product.name,
            source=source.code,
            target=target.code,
            centre=centre.code,
            left=left,
            there=there,
        ),
    )


def run_adjust(args: argparse.Namespace, ctx: Context) -> Outcome:
    change, reason = signed_change(args.by, "--by"), args.reason.strip()
    data, said = _book(
        args, ctx, change, lambda session, actor, p, loc: stock.adjust(session, actor, p, loc, change, reason)
    )
    sentence = translate(
        "cli", "Adjusted {product} {name} at {location}, {centre} by {change}; {balance} there now."
    )
    return Outcome(data | {"reason": reason}, sentence.format(**said))


def run_write_off(args: argparse.Namespace, ctx: Context) -> Outcome:
    count, why, note = quantity(args.quantity, "--quantity"), WriteOffReason(args.reason), args.note.strip()
    data, said = _book(
        args,
        ctx,
        -count,
        lambda session, actor, p, loc: stock.write_off(session, actor, p, loc, count, why, note),
    )
    sentence = translate(
        "cli", "Wrote off {quantity} × {product} {name} at {location}, {centre} ({why}); {balance} there now."
    )
    return Outcome(data | {"reason": why.value, "note": note}, sentence.format(**said, why=word(why)))


def describe_stock(line: ProductStock) -> dict[str, Any]:
    return {
        "product_id": line.product_id,
        "code": line.code,
        "name": line.name,
        "model": line.model,
        "quantity": line.quantity,
        "minimum": line.min_quantity,
        "below_minimum": line.below_minimum,
        "unit_price_fen": line.unit_price_fen,
        "places": [
            {"location": p.location_code, "name": p.location_name, "quantity": p.quantity}
            for p in line.places
        ],
    }


def _stock_line(line: ProductStock) -> str:
    where = ", ".join(f"{p.location_code} {p.quantity}" for p in line.places) or "-"
    if line.min_quantity is None:
        minimum = "-"
    elif line.below_minimum:
        minimum = translate("cli", "minimum {minimum}, {missing} short").format(
            minimum=line.min_quantity, missing=line.min_quantity - line.quantity
        )
    else:
        minimum = translate("cli", "minimum {minimum}").format(minimum=line.min_quantity)
    return f"{line.code}\t{line.name}\t{line.quantity}\t{where}\t{minimum}"


def run_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        product = find_product(session, actor, args.product) if args.product else None
        lines = stock.centre_stock(
            session, actor, centre.id, text=product.code if product else "", below_only=args.below_minimum
        )
    if product is not None:
        lines = [line for line in lines if line.product_id == product.id]
    if lines:
        text = "\n".join(_stock_line(line) for line in lines)
    elif product is not None:
        text = translate("cli", "{centre} holds no {product} {name}.").format(
            centre=centre.code, product=product.code, name=product.name
        )
    elif args.below_minimum:
        text = translate("cli", "Nothing at {centre} is below its minimum.").format(centre=centre.code)
    else:
        text = translate("cli", "{centre} holds no stock.").format(centre=centre.code)
    return Outcome([describe_stock(line) for line in lines], text)


def run_minimum(args: argparse.Namespace, ctx: Context) -> Outcome:
    minimum = whole_number(
        args.minimum,
        QT_TRANSLATE_NOOP(
            "errors", "Give the minimum as a whole number, 0 or more (0 removes it), not “{text}”."
        ),
        least=0,
        field="minimum",
    )
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        product = find_product(session, actor, args.product)
        set_minimum(session, actor, product.id, centre.id, minimum)
    data = {
        "centre": centre.code,
        "product": product.code,
        "product_name": product.name,
        "minimum": minimum or None,
    }
    if minimum:
        text = translate("cli", "{centre} keeps at least {minimum} × {product} {name}.")
    else:
        text = translate("cli", "{centre} keeps no minimum of {product} {name}.")
    return Outcome(
        data, text.format(centre=centre.code, minimum=minimum, product=product.code, name=product.name)
    )
