"""`stock transfer|receive-transfer|settle-transfer|transfers`: goods sent between centres, from a
script or the back-office terminal. The sender ships, the receiver confirms what arrived (all of it,
or per product with `--item PRODUCT:N`), and the sender's manager settles what never came.
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.centres import transfers
from silvershop.centres.centres import find_centre, find_location, get_centre
from silvershop.centres.directory import list_centres
from silvershop.centres.transfers import Settlement, ShipItem, TransferView
from silvershop.commands import Context, Outcome
from silvershop.commands.centres import bounded, local_time, parse_whole
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.words import word


def add_transfer_commands(commands: Any) -> None:
    """The transfer commands, among `stock`'s."""
    ship = commands.add_parser("transfer", help=translate("cli", "send goods to another centre"))
    ship.add_argument("from_centre", metavar="FROM_CENTRE")
    ship.add_argument("to_centre", metavar="TO_CENTRE")
    ship.add_argument(
        "--item",
        action="append",
        required=True,
        metavar="PRODUCT:LOC:N",
        help=translate("cli", "N of a product taken from a location of the sender; repeat for several"),
    )
    ship.add_argument("--note", default="", metavar="TEXT")
    ship.set_defaults(handler=run_transfer)

    arrive = commands.add_parser(
        "receive-transfer", help=translate("cli", "confirm what arrived of a transfer, in full or in part")
    )
    arrive.add_argument("code", metavar="TRANSFER_CODE")
    arrive.add_argument(
        "--location", required=True, metavar="LOC", help=translate("cli", "where the goods are put")
    )
    arrive.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="PRODUCT:N",
        help=translate("cli", "N of a product arrived; without --item, everything still on the way"),
    )
    arrive.set_defaults(handler=run_receive_transfer)

    settle = commands.add_parser(
        "settle-transfer", help=translate("cli", "close a transfer whose missing goods will not arrive")
    )
    settle.add_argument("code", metavar="TRANSFER_CODE")
    how = settle.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--returned",
        dest="settlement",
        action="store_const",
        const=Settlement.RETURNED,
        help=translate("cli", "the missing goods are back on the sender's shelf"),
    )
    how.add_argument(
        "--written-off",
        dest="settlement",
        action="store_const",
        const=Settlement.WRITTEN_OFF,
        help=translate("cli", "the missing goods were lost or broken on the way"),
    )
    settle.add_argument("--reason", required=True, metavar="TEXT")
    settle.set_defaults(handler=run_settle_transfer)

    listing = commands.add_parser("transfers", help=translate("cli", "transfers from and to your centres"))
    listing.add_argument("--centre", metavar="CODE", help=translate("cli", "only this centre's"))
    listing.add_argument("--open", action="store_true", help=translate("cli", "only those not yet closed"))
    listing.set_defaults(handler=run_transfers)


def _item(text: str, parts: int, refusal: str) -> tuple[list[str], int]:
    """`text` split from the right into `parts` pieces, so a scanned `SS:P:…` keeps its colons, the
    last a whole number greater than 0; otherwise `refusal`, which shows the form and names the item."""
    pieces = [p.strip() for p in unicodedata.normalize("NFKC", text).strip().rsplit(":", parts - 1)]
    count = parse_whole(pieces[-1]) if len(pieces) == parts and all(pieces) else None
    if count is None or count < 1:
        raise ValidationError(refusal, field="item", text=text.strip())
    return pieces[:-1], bounded(count, text, "item")


def ship_item(text: str) -> tuple[str, str, int]:
    """One `--item PRODUCT:LOC:N` of a transfer: product, location of the sender, how many."""
    (product, location), count = _item(
        text,
        3,
        QT_TRANSLATE_NOOP(
            "errors",
            "Write --item as PRODUCT:LOCATION:N, N a whole number greater than 0 "
            "(for example P-000001:ST:5); “{text}” is not in that form.",
        ),
    )
    return product, location, count


def arrived_item(text: str) -> tuple[str, int]:
    """One `--item PRODUCT:N` of what arrived."""
    (product,), count = _item(
        text,
        2,
        QT_TRANSLATE_NOOP(
            "errors",
            "Write --item as PRODUCT:N, N a whole number greater than 0 "
            "(for example P-000001:3); “{text}” is not in that form.",
        ),
    )
    return product, count


def describe_transfer(view: TransferView, codes: dict[int, str]) -> dict[str, Any]:
    return {
        "code": view.code,
        "from_centre": codes[view.from_centre_id],
        "from_centre_name": view.from_centre,
        "to_centre": codes[view.to_centre_id],
        "to_centre_name": view.to_centre,
        "status": view.status.value,
        "note": view.note,
        "shipped_at": view.shipped_at.isoformat(),
        "shipped_by": view.shipped_by,
        "closed_at": view.closed_at.isoformat() if view.closed_at else None,
        "settlement": view.settlement.value if view.settlement else None,
        "settlement_reason": view.settlement_reason,
        "shipped": view.shipped,
        "received": view.received,
        "missing": view.missing,
        "lines": [
            {
                "product": line.product_code,
                "product_name": line.product_name,
                "from_location": line.from_location_code,
                "shipped": line.shipped,
                "received": line.received,
                "missing": line.missing,
            }
            for line in view.lines
        ],
    }


def _transfer_line(view: TransferView, codes: dict[int, str]) -> str:
    counts = translate("cli", "{shipped} shipped, {received} received, {missing} missing").format(
        shipped=view.shipped, received=view.received, missing=view.missing
    )
    settled = f"\t{word(view.settlement)}: {view.settlement_reason}" if view.settlement else ""
    return (
        f"{view.code}\t{codes[view.from_centre_id]} → {codes[view.to_centre_id]}\t{word(view.status)}\t"
        f"{counts}\t{local_time(view.shipped_at)} {view.shipped_by}{settled}"
    )


def _transfer_text(view: TransferView, codes: dict[int, str]) -> str:
    lines = [_transfer_line(view, codes)]
    lines.extend(
        f"  {line.product_code}\t{line.product_name}\t{line.from_location_code}\t"
        f"{line.received}/{line.shipped}"
        for line in view.lines
    )
    return "\n".join(lines)


def _codes(session: Session) -> dict[int, str]:
    """Centres by id to their codes, which people and labels use (transfer views carry names)."""
    return {entry.id: entry.code for entry in list_centres(session)}


def run_transfer(args: argparse.Namespace, ctx: Context) -> Outcome:
    wanted = [ship_item(text) for text in args.item]
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        sender, receiver = find_centre(session, args.from_centre), find_centre(session, args.to_centre)
        items = [
            ShipItem(
                find_product(session, actor, product).id, find_location(session, sender, location).id, count
            )
            for product, location, count in wanted
        ]
        view = transfers.ship(session, actor, sender.id, receiver.id, items, args.note)
        codes = _codes(session)
    return Outcome(
        describe_transfer(view, codes),
        translate(
            "cli",
            "Transfer {code} shipped. The goods are on the way until {centre} confirms them with "
            "`stock receive-transfer {code} --location LOC`.",
        ).format(code=view.code, centre=receiver.code)
        + "\n"
        + _transfer_text(view, codes),
    )


def run_receive_transfer(args: argparse.Namespace, ctx: Context) -> Outcome:
    wanted = [arrived_item(text) for text in args.item]
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        transfer_id = transfers.find_transfer(session, args.code)
        before = transfers.transfer_view(session, transfer_id)
        location = find_location(session, get_centre(session, before.to_centre_id), args.location)
        arrived: dict[int, int] | None = None
        if wanted:
            arrived = {}
            for product, count in wanted:
                product_id = find_product(session, actor, product).id
                arrived[product_id] = arrived.get(product_id, 0) + count
        view = transfers.receive(session, actor, transfer_id, location.id, arrived)
        codes = _codes(session)
    received = view.received - before.received
    return Outcome(
        describe_transfer(view, codes) | {"received_now": received, "location": location.code},
        translate("cli", "{count} received into {location} at {centre}.").format(
            count=received, location=location.code, centre=codes[view.to_centre_id]
        )
        + "\n"
        + _transfer_text(view, codes),
    )


def run_settle_transfer(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        transfer_id = transfers.find_transfer(session, args.code)
        view = transfers.settle(session, actor, transfer_id, args.settlement, args.reason)
        codes = _codes(session)
    return Outcome(describe_transfer(view, codes), _transfer_text(view, codes))


def run_transfers(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        centre_id = find_centre(session, args.centre).id if args.centre else None
        views = transfers.list_transfers(session, actor, centre_id=centre_id, open_only=args.open)
        codes = _codes(session)
    return Outcome(
        [describe_transfer(view, codes) for view in views],
        "\n".join(_transfer_line(view, codes) for view in views),
    )
