"""`centre list|show|add` and `location add`: the experience centres and the places inside them.

Also what the centres' three command modules (this one, `stock`, `stocktakes`) share: reading the
numbers people type, the words for stored codes, and local times. A number is read here rather than
by argparse so that a mistyped one is refused with one sentence in the user's language, like every
other refusal, instead of argparse's English usage message.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from datetime import datetime
from decimal import Decimal
from typing import Any

from silvershop.centres.centres import (
    CentreInput,
    CentreView,
    LocationInput,
    LocationView,
    add_centre,
    add_location,
    centre_view,
    find_centre,
    tidy_code,
)
from silvershop.centres.models import LocationKind
from silvershop.centres.overview import CentreOverview, centre_overviews
from silvershop.commands import Context, Outcome
from silvershop.config import LOCAL_ZONE
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.labels.payloads import location_payload
from silvershop.money import FEN_PER_YUAN, format_yuan
from silvershop.words import word

_SIGNED = re.compile(r"[+-]?[0-9]+")
MAX_COUNT = 1_000_000  # more than a centre keeps of one product, or counts in a year


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as staff read it, in the centre's zone; `-` for none."""
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") if moment else "-"


def parse_whole(text: str) -> int | None:
    """The whole number typed, also full-width (a Chinese IME left on types １０); None if it is not one."""
    plain = unicodedata.normalize("NFKC", text).strip()
    return int(plain) if plain.isascii() and plain.isdigit() else None


def bounded(number: int, text: str, field: str) -> int:
    """`number` unless it is beyond any count a centre keeps: a typo, or a barcode scanned into the
    wrong field, which the database's integer columns could not even hold."""
    if abs(number) > MAX_COUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{text} is too large; check the number (at most {most})."),
            field=field,
            text=text.strip(),
            most=f"{MAX_COUNT:,}",
        )
    return number


def whole_number(text: str, refusal: str, *, least: int = 1, field: str = "quantity", **params: Any) -> int:
    """`text` as a whole number of at least `least`; otherwise `refusal`, a sentence naming {text}."""
    number = parse_whole(text)
    if number is None or number < least:
        raise ValidationError(refusal, field=field, text=text.strip(), **params)
    return bounded(number, text, field)


def quantity(text: str, option: str) -> int:
    """How many goods an option such as --quantity names: a whole number greater than 0."""
    return whole_number(
        text,
        QT_TRANSLATE_NOOP("errors", "{option} takes a whole number greater than 0, not “{text}”."),
        field=option.removeprefix("--"),
        option=option,
    )


def signed_change(text: str, option: str) -> int:
    """A change of quantity such as +2 or -3 (the minus sign as any keyboard types it); never 0."""
    plain = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    if _SIGNED.fullmatch(plain) and int(plain):
        return bounded(int(plain), text, option.removeprefix("--"))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "{option} takes a whole number other than 0, such as +2 or -3, not “{text}”."
        ),
        field=option.removeprefix("--"),
        option=option,
        text=text.strip(),
    )


def yuan(fen: int) -> str:
    """An amount for scripts: `1234.50`, exact, without the thousands separators people read."""
    return f"{Decimal(fen) / FEN_PER_YUAN:.2f}"


def register(subparsers: Any) -> None:
    centre = subparsers.add_parser("centre", help=translate("cli", "experience centres: list, show, add"))
    commands = centre.add_subparsers(dest="centre_command", required=True, metavar="ACTION")

    listing = commands.add_parser(
        "list", help=translate("cli", "the centres you may see, with their stock and last stocktake")
    )
    listing.set_defaults(handler=run_centre_list)

    show = commands.add_parser(
        "show", help=translate("cli", "a centre's details and its locations with their label texts")
    )
    show.add_argument("code", metavar="CODE")
    show.set_defaults(handler=run_centre_show)

    add = commands.add_parser("add", help=translate("cli", "open a new experience centre (administrators)"))
    add.add_argument(
        "--code",
        required=True,
        help=translate("cli", "2 to 12 letters and digits, printed on its labels; it never changes"),
    )
    add.add_argument("--name", required=True, help=translate("cli", "the name on the centre's sign"))
    add.add_argument(
        "--district", required=True, metavar="CODE", help=translate("cli", "division code, e.g. 320213")
    )
    add.add_argument("--address", default="", help=translate("cli", "street address"))
    add.add_argument("--hours", default="", metavar="TEXT", help=translate("cli", "opening hours"))
    add.add_argument("--phone", default="", metavar="NUMBER", help=translate("cli", "the centre's phone"))
    add.add_argument("--manager", default="", metavar="NAME", help=translate("cli", "the manager's name"))
    add.set_defaults(handler=run_centre_add)

    location = subparsers.add_parser("location", help=translate("cli", "places inside a centre"))
    location_commands = location.add_subparsers(dest="location_command", required=True, metavar="ACTION")
    add_place = location_commands.add_parser(
        "add", help=translate("cli", "add a display zone, shelf or store room to a centre")
    )
    add_place.add_argument("centre", metavar="CENTRE")
    add_place.add_argument(
        "code", metavar="CODE", help=translate("cli", "1 to 8 letters and digits, printed on its label")
    )
    add_place.add_argument("--name", required=True, help=translate("cli", "a name staff recognise"))
    add_place.add_argument("--kind", required=True, choices=[k.value for k in LocationKind])
    add_place.set_defaults(handler=run_location_add)


def describe_overview(o: CentreOverview) -> dict[str, Any]:
    return {
        "id": o.id,
        "code": o.code,
        "name": o.name,
        "district": o.district,
        "active": o.active,
        "locations": o.locations,
        "products_on_display": o.products_on_display,
        "stock_units": o.stock_units,
        "stock_value_fen": o.stock_value_fen,
        "stock_value_yuan": yuan(o.stock_value_fen),
        "unpriced_units": o.unpriced_units,
        "units_by_state": {state.value: n for state, n in o.units_by_state},
        "rental_units": o.rental_units,
        "last_stocktake": o.last_stocktake.isoformat() if o.last_stocktake else None,
        "open_stocktakes": o.open_stocktakes,
        "transfers_in": o.transfers_in,
        "transfers_out": o.transfers_out,
        "below_minimum": o.below_minimum,
    }


def _overview_line(o: CentreOverview) -> str:
    closed = "" if o.active else translate("cli", " (closed)")
    return "\t".join(
        (
            o.code,
            o.name + closed,
            o.district,
            str(o.locations),
            str(o.stock_units),
            translate("cli", "{amount} 元").format(amount=format_yuan(o.stock_value_fen)),
            local_time(o.last_stocktake),
        )
    )


def describe_location(view: LocationView) -> dict[str, Any]:
    return {
        "code": view.code,
        "name": view.name,
        "kind": view.kind.value,
        "active": view.active,
        "label": location_payload(view.centre_code, view.code),
    }


def describe_centre(view: CentreView) -> dict[str, Any]:
    return {
        "id": view.id,
        "code": view.code,
        "name": view.name,
        "district_code": view.district_code,
        "district": view.district_name,
        "address": view.address,
        "opening_hours": view.opening_hours,
        "phone": view.phone,
        "manager": view.manager_name,
        "active": view.active,
        "locations": [describe_location(loc) for loc in view.locations],
    }


def _location_line(view: LocationView) -> str:
    retired = "" if view.active else translate("cli", " (no longer in use)")
    label = location_payload(view.centre_code, view.code)
    return f"{view.code}\t{view.name}{retired}\t{word(view.kind)}\t{label}"


def _centre_text(view: CentreView) -> str:
    lines = [
        f"{view.code}\t{view.name}" + ("" if view.active else translate("cli", " (closed)")),
        translate("cli", "District: {name} ({code})").format(
            name=view.district_name, code=view.district_code
        ),
    ]
    for label, value in (
        (translate("cli", "Address: {value}"), view.address),
        (translate("cli", "Opening hours: {value}"), view.opening_hours),
        (translate("cli", "Phone: {value}"), view.phone),
        (translate("cli", "Manager: {value}"), view.manager_name),
    ):
        if value:
            lines.append(label.format(value=value))
    if view.locations:
        lines.append(translate("cli", "Locations (code, name, kind, label):"))
        lines.extend(f"  {_location_line(loc)}" for loc in view.locations)
    else:
        lines.append(
            translate("cli", "No locations yet; add one with `location add {code} CODE …`.").format(
                code=view.code
            )
        )
    return "\n".join(lines)


def run_centre_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    del args
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        overviews = centre_overviews(session, actor)
    return Outcome([describe_overview(o) for o in overviews], "\n".join(_overview_line(o) for o in overviews))


def run_centre_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    """Needs no account: a centre's address, hours and locations are what its signs and labels show."""
    with reading(ctx.database.sessions) as session:
        view = centre_view(session, find_centre(session, args.code).id)
    return Outcome(describe_centre(view), _centre_text(view))


def run_centre_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    data = CentreInput(
        code=args.code,
        name=args.name,
        district_code=tidy_code(args.district),
        address=args.address,
        opening_hours=args.hours,
        phone=args.phone,
        manager_name=args.manager,
    )
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        view = add_centre(session, actor, data)
    return Outcome(
        describe_centre(view),
        translate(
            "cli", "Centre opened: {code} {name}, {district}. Add its locations with `location add`."
        ).format(code=view.code, name=view.name, district=view.district_name),
    )


def run_location_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        view = add_location(
            session, actor, centre.id, LocationInput(args.code, args.name, LocationKind(args.kind))
        )
    data = describe_location(view) | {"centre": view.centre_code}
    return Outcome(
        data,
        translate("cli", "Location added to {centre}: {line}").format(
            centre=view.centre_code, line=_location_line(view)
        ),
    )
