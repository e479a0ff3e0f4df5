"""`rent quote|checkout|return|renew|clean|reserve`: the rental desk from a terminal or a script.

A resident is named by their number in the database (`resident find` prints it), or by their full
ID number or mobile number, looked up through the keyed hashes as `resident find` does: the
database cannot search the encrypted values, and a part of a number finds nobody. A device is named
by its asset tag or its scanned `SS:U:` label. Amounts are printed in 元 with two decimals for
people, and in whole fen in `--json`, so a script adds them up exactly.

`quote` writes nothing; `checkout` writes the quote's numbers, computed again in its transaction.
Taking a device back is in `commands.loans`, the cleaning sign-off in `commands.units`.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.centres.centres import find_centre, tidy_code
from silvershop.commands import Context, Outcome
from silvershop.commands.loans import (
    add_payment_options,
    add_receipt_options,
    add_return_command,
    add_term_options,
    payment_of,
    percent,
    receipt_for,
    receipt_line,
    receipt_wanted,
    term_of,
    term_text,
)
from silvershop.commands.units import UNIT_HELP, add_cleaning_command, money_text, parse_day
from silvershop.config import local_today
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.i18n import translate
from silvershop.rental.checkout import LoanView, PaymentMethod, checkout
from silvershop.rental.models import DeviceUnit, Loan
from silvershop.rental.quotes import Quote, quote
from silvershop.rental.receipts import checkout_receipt
from silvershop.rental.renewals import renew
from silvershop.rental.reservations import ReservationView, reserve
from silvershop.rental.residents import eligibility_of, find_by_id_number, find_by_phone
from silvershop.rental.units import find_unit
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import Vault, open_vault
from silvershop.words import word

RESIDENT_HELP = QT_TRANSLATE_NOOP(
    "cli", "the resident's number (from `resident find`), full ID number or mobile number"
)
_ID_NUMBER = re.compile(r"[0-9X]{18}")
_MOBILE = re.compile(r"(\+?86)?[0-9]{11}")
_RECORD_NUMBER = re.compile(r"[0-9]{1,9}")


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "rent", help=translate("cli", "the rental desk: quote, check out, return, renew, clean, reserve")
    )
    commands = group.add_subparsers(dest="rent_command", required=True, metavar="ACTION")

    priced = commands.add_parser(
        "quote", help=translate("cli", "what a loan would cost, subsidy and deposit included; writes nothing")
    )
    _resident_unit(priced)
    add_term_options(priced)
    priced.set_defaults(handler=run_quote)

    lend = commands.add_parser(
        "checkout", help=translate("cli", "lend a device: the quote's numbers, paid and recorded")
    )
    _resident_unit(lend)
    add_term_options(lend)
    add_payment_options(lend)
    add_receipt_options(lend)
    lend.set_defaults(handler=run_checkout)

    add_return_command(commands)

    again = commands.add_parser(
        "renew", help=translate("cli", "a new term for an open loan, from its due date")
    )
    again.add_argument("loan", metavar="LOAN_CODE", help=translate("cli", "the loan's number, e.g. L0000012"))
    add_term_options(again)
    add_payment_options(again)
    add_receipt_options(again)
    again.set_defaults(handler=run_renew)

    add_cleaning_command(commands)

    hold = commands.add_parser(
        "reserve", help=translate("cli", "hold a device, or any of a product, for a resident's days")
    )
    hold.add_argument("resident", metavar="RESIDENT", help=translate("cli", RESIDENT_HELP))
    what = hold.add_mutually_exclusive_group(required=True)
    what.add_argument("--product", metavar="P", help=translate("cli", "any unit of this product"))
    what.add_argument("--unit", metavar="TAG", help=translate("cli", UNIT_HELP))
    hold.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    hold.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    hold.add_argument(
        "--centre", metavar="CODE", help=translate("cli", "the centre lending it; default your only centre")
    )
    hold.add_argument("--note", default="", metavar="TEXT")
    hold.set_defaults(handler=run_reserve)


def _resident_unit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("resident", metavar="RESIDENT", help=translate("cli", RESIDENT_HELP))
    parser.add_argument("unit", metavar="UNIT", help=translate("cli", UNIT_HELP))


def resident_id(session: Session, actor: Actor, vault: Vault, text: str) -> int:
    """The resident named on the command line: 18 characters are an ID number, 11 digits (after
    +86) a mobile number, a shorter number the resident's number in the database."""
    compact = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text)).upper()
    if _ID_NUMBER.fullmatch(compact):
        found = find_by_id_number(session, actor, vault, compact)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No resident found with this number."), field="resident"
            )
        return found.id
    if _MOBILE.fullmatch(compact):
        views = find_by_phone(session, actor, vault, compact)
        if not views:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No resident found with this number."), field="resident"
            )
        if len(views) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} residents share this mobile number; name the resident by their number from "
                    "`resident find --phone`, or by their ID number.",
                ),
                field="resident",
                count=len(views),
            )
        return views[0].id
    if _RECORD_NUMBER.fullmatch(compact):
        # The desk lends to residents of its own centres, as `resident find` finds only them; the
        # checkout alone would take any resident's number.
        eligibility_of(session, actor, vault, int(compact))
        return int(compact)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Name the resident by their number from `resident find`, their full ID number or their "
            "11-digit mobile number, not “{text}”.",
        ),
        field="resident",
        text=text.strip(),
    )


def describe_quote(q: Quote) -> dict[str, Any]:
    """The fee breakdown for scripts: every amount in fen, the rule and the reason by their codes."""
    return {
        "resident_id": q.resident_id,
        "resident": q.resident_name,
        "unit": q.asset_tag,
        "product_name": q.product_name,
        "term_months": q.term.months,
        "term_days": q.term.days,
        "start_on": q.start_on.isoformat(),
        "due_on": q.due_on.isoformat(),
        "monthly_rent_fen": q.monthly_rent_fen,
        "rent_fen": q.rent_fen,
        "subsidy_rate_bp": q.rate_bp,
        "rule": q.rule.code if q.rule else None,
        "rule_label": q.rule.label if q.rule else None,
        "no_subsidy": q.no_subsidy.value if q.no_subsidy else None,
        "no_subsidy_reason": word(q.no_subsidy) if q.no_subsidy else None,
        "rule_set": q.rule_set_name or None,
        "subsidy_before_cap_fen": q.subsidy_before_cap_fen,
        "subsidy_fen": q.subsidy_fen,
        "cap_fen": q.cap_fen,
        "used_this_year_fen": q.used_this_year_fen,
        "left_after_fen": q.left_after_fen,
        "payable_fen": q.payable_fen,
        "deposit_fen": q.deposit_fen,
        "pay_now_fen": q.pay_now_fen,
    }


def breakdown(q: Quote) -> list[str]:
    """The fee breakdown as the clerk reads it out, one amount a line."""
    subsidy = money_text(q.subsidy_fen)
    if q.subsidy_before_cap_fen > q.subsidy_fen:
        subsidy = translate("cli", "{amount} ({full} before the annual cap)").format(
            amount=subsidy, full=money_text(q.subsidy_before_cap_fen)
        )
    lines = [
        translate("cli", "Rent: {value}").format(value=money_text(q.rent_fen)),
        translate("cli", "Subsidy rate: {value}").format(value=percent(q.rate_bp)),
    ]
    if q.rule is not None:
        lines.append(translate("cli", "Rule: {value}").format(value=q.rule.label))
    if q.no_subsidy is not None:
        lines.append(translate("cli", "No subsidy: {reason}.").format(reason=word(q.no_subsidy)))
    lines += [
        translate("cli", "Subsidy: {value}").format(value=subsidy),
        translate("cli", "Used this year: {used} of {cap}").format(
            used=money_text(q.used_this_year_fen), cap=money_text(q.cap_fen)
        ),
        translate("cli", "Left after: {value}").format(value=money_text(q.left_after_fen)),
        translate("cli", "Payable: {value}").format(value=money_text(q.payable_fen)),
        translate("cli", "Deposit: {value}").format(value=money_text(q.deposit_fen)),
        translate("cli", "Pay now: {value}").format(value=money_text(q.pay_now_fen)),
    ]
    return lines


def _what(q: Quote) -> dict[str, str]:
    return {
        "tag": q.asset_tag,
        "product": q.product_name,
        "name": q.resident_name,
        "term": term_text(q.term.months, q.term.days),
        "start": q.start_on.isoformat(),
        "due": q.due_on.isoformat(),
    }


def run_quote(args: argparse.Namespace, ctx: Context) -> Outcome:
    term = term_of(args)
    today = local_today()
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        vault = open_vault(session)
        who = resident_id(session, actor, vault, args.resident)
        priced = quote(session, actor, vault, who, find_unit(session, args.unit).id, term, today)
    head = translate("cli", "Quote: {tag} {product} for {name}, {term}, {start} to {due}.").format(
        **_what(priced)
    )
    return Outcome(describe_quote(priced), "\n".join([head, *breakdown(priced)]))


def run_checkout(args: argparse.Namespace, ctx: Context) -> Outcome:
    term, payment, path = term_of(args), payment_of(args), receipt_wanted(args)
    today = local_today()
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        vault = open_vault(session)
        who = resident_id(session, actor, vault, args.resident)
        unit_id = find_unit(session, args.unit).id
        priced = quote(session, actor, vault, who, unit_id, term, today)  # the cap as it was before
        loan = checkout(session, actor, vault, who, unit_id, term, payment, today)
        # What was paid is the loan's, should another desk have spent the cap since the quote.
        priced = replace(
            priced, rent_fen=loan.rent_fen, subsidy_fen=loan.subsidy_fen, deposit_fen=loan.deposit_fen
        )
        written = receipt_for(session, actor, loan.id, (path, args.paper), checkout_receipt)
    data = describe_quote(priced) | {
        "loan": loan.code,
        "payment_method": loan.payment_method,
        "payment_reference": loan.payment_reference,
        "receipt": written,
    }
    lines = [
        translate("cli", "Loan {code}: {tag} {product} lent to {name}, {term}, {start} to {due}.").format(
            code=loan.code, **_what(priced)
        ),
        *breakdown(priced),
        translate("cli", "Paid by: {value}").format(value=word(payment.method)),
        *receipt_line(written),
    ]
    return Outcome(data, "\n".join(lines))


def _loan_id(session: Session, text: str) -> int:
    """The loan with this number, typed in any case or width."""
    code = tidy_code(text)
    found = session.scalar(select(Loan.id).where(Loan.code == code))
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no loan {code}; check the number on the receipt."),
            field="loan",
            code=code,
        )
    return found


def renewal_text(view: LoanView, renewed: str) -> list[str]:
    rule = view.subsidy_rule or "-"
    return [
        translate(
            "cli", "Loan {old} renewed as {code}: {tag} {product} for {name}, {term}, {start} to {due}."
        ).format(
            old=renewed,
            code=view.code,
            tag=view.asset_tag,
            product=view.product_name,
            name=view.resident_name,
            term=term_text(view.term_months, view.term_days),
            start=view.start_on.isoformat(),
            due=view.due_on.isoformat(),
        ),
        translate("cli", "Rent: {value}").format(value=money_text(view.rent_fen)),
        translate("cli", "Subsidy rate: {value}").format(value=percent(view.subsidy_rate_bp)),
        translate("cli", "Rule: {value}").format(value=rule),
        translate("cli", "Subsidy: {value}").format(value=money_text(view.subsidy_fen)),
        translate("cli", "Payable: {value}").format(value=money_text(view.payable_fen)),
        translate("cli", "Deposit: {value} (carried over)").format(value=money_text(view.deposit_fen)),
        translate("cli", "Pay now: {value}").format(value=money_text(view.payable_fen)),
        translate("cli", "Paid by: {value}").format(value=word(PaymentMethod(view.payment_method))),
    ]


def run_renew(args: argparse.Namespace, ctx: Context) -> Outcome:
    term, payment, path = term_of(args), payment_of(args), receipt_wanted(args)
    today = local_today()
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        old = _loan_id(session, args.loan)
        view = renew(session, actor, open_vault(session), old, term, payment, today)
        renewed = session.get(Loan, old)
        assert renewed is not None  # it was just closed, not deleted
        written = receipt_for(session, actor, view.id, (path, args.paper), checkout_receipt)
    data = {
        "loan": view.code,
        "renews": renewed.code,
        "unit": view.asset_tag,
        "product_name": view.product_name,
        "resident_id": view.resident_id,
        "resident": view.resident_name,
        "term_months": view.term_months,
        "term_days": view.term_days,
        "start_on": view.start_on.isoformat(),
        "due_on": view.due_on.isoformat(),
        "rent_fen": view.rent_fen,
        "subsidy_rate_bp": view.subsidy_rate_bp,
        "rule": view.subsidy_rule or None,
        "subsidy_fen": view.subsidy_fen,
        "payable_fen": view.payable_fen,
        "deposit_fen": view.deposit_fen,  # carried over, not paid again
        "pay_now_fen": view.payable_fen,
        "payment_method": view.payment_method,
        "payment_reference": view.payment_reference,
        "receipt": written,
    }
    return Outcome(data, "\n".join(renewal_text(view, renewed.code) + receipt_line(written)))


def _centre_id(session: Session, actor: Actor, code: str | None, unit: DeviceUnit | None) -> int:
    """The centre named; else the device's own; else the actor's only desk."""
    if code:
        return find_centre(session, code).id
    if unit is not None:
        return unit.home_centre_id
    desks = actor.visible_centres(Permission.RENT)
    if desks is None or len(desks) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say which centre lends it with --centre CODE."), field="centre"
        )
    return next(iter(desks))


def describe_reservation(view: ReservationView) -> dict[str, Any]:
    return {
        "id": view.id,
        "status": view.status.value,
        "centre": view.centre_code,
        "product": view.product_code,
        "product_name": view.product_name,
        "unit": view.asset_tag or None,
        "resident_id": view.resident_id,
        "resident": view.resident_name,
        "start_on": view.start_on.isoformat(),
        "end_on": view.end_on.isoformat(),
        "note": view.note,
        "place_in_queue": view.place_in_queue,
    }


def run_reserve(args: argparse.Namespace, ctx: Context) -> Outcome:
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    today = local_today()
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        who = resident_id(session, actor, open_vault(session), args.resident)
        unit = find_unit(session, args.unit) if args.unit else None
        product_id = find_product(session, actor, args.product).id if args.product else None
        view = reserve(
            session,
            actor,
            who,
            _centre_id(session, actor, args.centre, unit),
            start,
            end,
            product_id=product_id,
            unit_id=unit.id if unit else None,
            note=args.note,
            today=today,
        )
    said = {
        "id": view.id,
        "product": view.product_code,
        "name": view.product_name,
        "resident": view.resident_name,
        "start": view.start_on.isoformat(),
        "end": view.end_on.isoformat(),
        "centre": view.centre_code,
    }
    if view.asset_tag:
        text = translate(
            "cli",
            "Reservation {id}: {product} {name} for {resident}, {start} to {end} at {centre}; {tag} is held.",
        ).format(tag=view.asset_tag, **said)
    else:
        text = translate(
            "cli",
            "Reservation {id}: {product} {name} for {resident}, {start} to {end} at {centre}; no unit is "
            "free for those days, so it is on the waiting list, place {place}.",
        ).format(place=view.place_in_queue, **said)
    return Outcome(describe_reservation(view), text)
