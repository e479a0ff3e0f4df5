"""`unit add|show|list` and `rent clean`: the rental devices of a centre, each under its asset tag.

A unit is named by its asset tag, typed in any case or width, or by its scanned `SS:U:` label. What
a unit has been through names the residents who had it by name only, never their ID number or phone.
Also the reading of the dates the rental commands take (`--purchased`, `--from`, `--to`).
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from typing import Any

from silvershop.catalog.products import find_product
from silvershop.centres.centres import find_centre, find_location
from silvershop.commands import Context, Outcome
from silvershop.commands.centres import local_time
from silvershop.config import local_today
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.money import format_yuan, parse_yuan
from silvershop.rental.cleaning import CleaningInput, record_cleaning
from silvershop.rental.models import CleaningResult, UnitState
from silvershop.rental.units import (
    CleaningLine,
    LoanLine,
    Repair,
    UnitHistory,
    UnitView,
    add_unit,
    find_unit,
    list_units,
    unit_history,
)
from silvershop.words import word

UNIT_HELP = QT_TRANSLATE_NOOP("cli", "asset tag, or the device's scanned label (SS:U:…)")


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("unit", help=translate("cli", "rental devices: register, show, list"))
    commands = group.add_subparsers(dest="unit_command", required=True, metavar="ACTION")

    add = commands.add_parser(
        "add", help=translate("cli", "register a rental device at a centre; prints its asset tag")
    )
    add.add_argument("centre", metavar="CENTRE")
    add.add_argument(
        "product", metavar="PRODUCT", help=translate("cli", "product code, or its scanned label (SS:P:…)")
    )
    add.add_argument("--serial", default="", metavar="S", help=translate("cli", "the maker's serial number"))
    add.add_argument("--purchased", metavar="YYYY-MM-DD", help=translate("cli", "the day it was bought"))
    add.add_argument("--cost", metavar="YUAN", help=translate("cli", "what it cost, in yuan"))
    add.add_argument("--location", metavar="LOC", help=translate("cli", "where it is kept at the centre"))
    add.set_defaults(handler=run_add)

    show = commands.add_parser(
        "show", help=translate("cli", "a device's state and condition, and its loans, cleanings and repairs")
    )
    show.add_argument("unit", metavar="UNIT", help=translate("cli", UNIT_HELP))
    show.set_defaults(handler=run_show)

    listing = commands.add_parser(
        "list", help=translate("cli", "rental devices of your centres, by asset tag")
    )
    listing.add_argument("--centre", metavar="CODE", help=translate("cli", "only this centre's"))
    listing.add_argument("--state", choices=[s.value for s in UnitState], help=translate("cli", "only these"))
    listing.add_argument("--product", metavar="PRODUCT", help=translate("cli", "only units of this product"))
    listing.set_defaults(handler=run_list)


def add_cleaning_command(commands: Any) -> None:
    """`rent clean`, among `rent`'s: the cleaning record that lets a returned unit go out again."""
    clean = commands.add_parser(
        "clean",
        help=translate("cli", "sign off the cleaning and disinfection of a returned device (MZ/T 175.2)"),
    )
    clean.add_argument("unit", metavar="UNIT", help=translate("cli", UNIT_HELP))
    clean.add_argument(
        "--method", required=True, metavar="M", help=translate("cli", "how it was cleaned, e.g. 擦拭消毒")
    )
    clean.add_argument(
        "--agent",
        required=True,
        metavar="A",
        help=translate("cli", "disinfectant and strength, e.g. 含氯消毒剂 500 mg/L"),
    )
    clean.add_argument("--by", required=True, metavar="NAME", help=translate("cli", "who cleaned it"))
    clean.add_argument(
        "--failed",
        action="store_true",
        help=translate("cli", "the cleaning did not pass; the device waits for another"),
    )
    clean.add_argument("--note", default="", metavar="TEXT")
    clean.set_defaults(handler=run_clean)


def parse_day(text: str, option: str) -> date:
    """A date as the rental commands take it, 2026-11-29, also typed in full width."""
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", text).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{option} takes a date such as 2026-11-29, not “{text}”."),
            field=option.removeprefix("--"),
            option=option,
            text=text.strip(),
        ) from None


def money_text(fen: int) -> str:
    """An amount as people read it: `1,299.00 元`."""
    return translate("cli", "{amount} 元").format(amount=format_yuan(fen))


def unit_label(tag: str) -> str:
    return Payload(PayloadKind.UNIT, tag).text()


def describe_unit(view: UnitView) -> dict[str, Any]:
    return {
        "id": view.id,
        "asset_tag": view.asset_tag,
        "label": unit_label(view.asset_tag),
        "serial_no": view.serial_no,
        "product": view.product_code,
        "product_name": view.product_name,
        "centre": view.centre_code,
        "location": view.location_code or None,
        "state": view.state.value,
        "condition": view.condition.value,
        "purchased_on": view.purchased_on.isoformat() if view.purchased_on else None,
        "purchase_cost_fen": view.purchase_cost_fen,
        "loan_count": view.loan_count,
        "note": view.note,
    }


def unit_line(view: UnitView) -> str:
    return "\t".join(
        (
            view.asset_tag,
            view.product_code,
            view.product_name,
            view.centre_code,
            view.location_code or "-",
            word(view.state),
            word(view.condition),
            str(view.loan_count),
        )
    )


def _describe_loan(line: LoanLine) -> dict[str, Any]:
    return {
        "code": line.code,
        "start_on": line.start_on.isoformat(),
        "due_on": line.due_on.isoformat(),
        "returned_at": line.returned_at.isoformat() if line.returned_at else None,
        "status": line.status.value,
        "resident": line.resident_name,
    }


def _describe_cleaning(line: CleaningLine) -> dict[str, Any]:
    return {
        "performed_at": line.performed_at.isoformat(),
        "method": line.method,
        "agent": line.agent,
        "performed_by": line.performed_by,
        "result": line.result.value,
    }


def _describe_repair(repair: Repair) -> dict[str, Any]:
    return {
        "fault": repair.fault,
        "action": repair.action,
        "cost_fen": repair.cost_fen,
        "performed_by": repair.performed_by,
        "opened_at": repair.opened_at.isoformat(),
        "closed_at": repair.closed_at.isoformat() if repair.closed_at else None,
        "beyond_repair": repair.beyond_repair,
    }


def describe_history(history: UnitHistory) -> dict[str, Any]:
    return describe_unit(history.unit) | {
        "loans": [_describe_loan(line) for line in history.loans],
        "cleanings": [_describe_cleaning(line) for line in history.cleanings],
        "repairs": [_describe_repair(repair) for repair in history.repairs],
    }


def _history_text(history: UnitHistory) -> str:
    view = history.unit
    where = f"{view.centre_code} {view.location_code}".strip()
    lines = [
        f"{view.asset_tag}\t{view.product_code} {view.product_name}\t{where}",
        translate("cli", "State: {value}").format(value=word(view.state)),
        translate("cli", "Condition: {value}").format(value=word(view.condition)),
        translate("cli", "Loans so far: {count}").format(count=view.loan_count),
    ]
    if view.serial_no:
        lines.append(translate("cli", "Serial number: {value}").format(value=view.serial_no))
    if view.purchased_on:
        lines.append(translate("cli", "Purchased: {value}").format(value=view.purchased_on.isoformat()))
    if view.purchase_cost_fen is not None:
        lines.append(translate("cli", "Cost: {value}").format(value=money_text(view.purchase_cost_fen)))
    if view.note:
        lines.append(translate("cli", "Note: {value}").format(value=view.note))
    sections = (
        (
            translate("cli", "Loans (loan, from, due, returned, resident):"),
            translate("cli", "Loans: none yet."),
            [
                f"{x.code}\t{x.start_on.isoformat()}\t{x.due_on.isoformat()}\t{local_time(x.returned_at)}\t"
                f"{x.resident_name}"
                for x in history.loans
            ],
        ),
        (
            translate("cli", "Cleanings (when, method, agent, by, result):"),
            translate("cli", "Cleanings: none yet."),
            [
                f"{local_time(x.performed_at)}\t{x.method}\t{x.agent}\t{x.performed_by}\t{word(x.result)}"
                for x in history.cleanings
            ],
        ),
        (
            translate("cli", "Repairs (opened, fault, action, cost, by, closed):"),
            translate("cli", "Repairs: none."),
            [
                f"{local_time(x.opened_at)}\t{x.fault or '-'}\t{x.action or '-'}\t{money_text(x.cost_fen)}\t"
                f"{x.performed_by or '-'}\t{local_time(x.closed_at)}"
                for x in history.repairs
            ],
        ),
    )
    for heading, nothing, rows in sections:
        lines.extend([heading, *(f"  {row}" for row in rows)] if rows else [nothing])
    return "\n".join(lines)


def run_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    purchased = parse_day(args.purchased, "--purchased") if args.purchased else None
    cost = parse_yuan(args.cost, field="purchase_cost") if args.cost else None
    today = local_today()
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        location = find_location(session, centre, args.location) if args.location else None
        product = find_product(session, actor, args.product)
        view = add_unit(
            session,
            actor,
            product.id,
            centre.id,
            args.serial,
            purchased,
            cost,
            location.id if location else None,
            today=today,
        )
    return Outcome(
        describe_unit(view),
        translate(
            "cli", "Unit {tag} registered at {centre}: {product} {name}. Its label reads {label}."
        ).format(
            tag=view.asset_tag,
            centre=view.centre_code,
            product=view.product_code,
            name=view.product_name,
            label=unit_label(view.asset_tag),
        ),
    )


def run_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        history = unit_history(session, actor, find_unit(session, args.unit).id)
    return Outcome(describe_history(history), _history_text(history))


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        centre_id = find_centre(session, args.centre).id if args.centre else None
        product_id = find_product(session, actor, args.product).id if args.product else None
        state = UnitState(args.state) if args.state else None
        views = list_units(session, actor, centre_id, state, product_id)
    text = "\n".join(unit_line(v) for v in views) or translate("cli", "No rental devices match.")
    return Outcome([describe_unit(v) for v in views], text)


def run_clean(args: argparse.Namespace, ctx: Context) -> Outcome:
    result = CleaningResult.FAILED if args.failed else CleaningResult.PASSED
    data = CleaningInput(args.method, args.agent, args.by, result, note=args.note)
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        done = record_cleaning(session, actor, find_unit(session, args.unit).id, data)
    described = {
        "asset_tag": done.asset_tag,
        "method": done.method,
        "agent": done.agent,
        "performed_by": done.performed_by,
        "performed_at": done.performed_at.isoformat(),
        "result": done.result.value,
        "state": done.unit_state.value,
    }
    if result is CleaningResult.PASSED:
        sentence = translate(
            "cli", "Cleaning of {tag} signed off ({method}, {agent}, by {by}). State: {state}."
        )
    else:
        sentence = translate(
            "cli",
            "Failed cleaning of {tag} recorded ({method}, {agent}, by {by}); clean it again before it is "
            "lent.",
        )
    return Outcome(
        described,
        sentence.format(
            tag=done.asset_tag,
            method=done.method,
            agent=done.agent,
            by=done.performed_by,
            state=word(done.unit_state),
        ),
    )
