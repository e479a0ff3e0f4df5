"""`loans due|overdue` and `rent return`: what happens to a loan once the device is out.

Also what the rental commands share about loans: the term (`--months` or `--days`), the payment
(`--pay`, `--reference`) and the receipt (`--receipt FILE.pdf`, `--paper`). A receipt is written in
the same transaction as the loan it records: when the file cannot be written, nothing is lent or
taken back, and the clerk runs the command again with another path.

Phones on the desk's lists are masked; `resident reveal` shows one number on purpose, audited.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from silvershop.centres.centres import find_centre
from silvershop.commands import Context, Outcome, start_painting
from silvershop.commands.centres import whole_number
from silvershop.commands.units import UNIT_HELP, money_text
from silvershop.config import local_today
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.money import parse_yuan
from silvershop.rental.checkout import Payment, PaymentMethod
from silvershop.rental.desk_lists import LoanDue, due_within, overdue
from silvershop.rental.models import UnitCondition
from silvershop.rental.quotes import Term
from silvershop.rental.receipts import Receipt, return_receipt
from silvershop.rental.returns import ReturnResult, return_unit
from silvershop.rental.units import find_unit
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import open_vault
from silvershop.words import word

PAPERS = ("a4", "roll")


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("loans", help=translate("cli", "loans coming due and overdue, to call"))
    commands = group.add_subparsers(dest="loans_command", required=True, metavar="ACTION")

    due = commands.add_parser("due", help=translate("cli", "loans due from today on, soonest first"))
    due.add_argument(
        "--days", default="7", metavar="N", help=translate("cli", "how many days ahead (default 7)")
    )
    due.add_argument("--centre", metavar="CODE", help=translate("cli", "only this centre's"))
    due.set_defaults(handler=run_due)

    late = commands.add_parser(
        "overdue", help=translate("cli", "loans past their due date, longest late first")
    )
    late.add_argument("--centre", metavar="CODE", help=translate("cli", "only this centre's"))
    late.set_defaults(handler=run_overdue)


def add_return_command(commands: Any) -> None:
    """`rent return`, among `rent`'s."""
    back = commands.add_parser(
        "return", help=translate("cli", "take a device back: late fee, deductions, deposit refunded")
    )
    back.add_argument("unit", metavar="UNIT", help=translate("cli", UNIT_HELP))
    back.add_argument(
        "--condition",
        choices=[c.value for c in UnitCondition],
        default=UnitCondition.GOOD.value,
        help=translate("cli", "how it came back (default good); otherwise it goes to repair"),
    )
    back.add_argument(
        "--note", default="", metavar="TEXT", help=translate("cli", "what is wrong with it, for the repair")
    )
    back.add_argument(
        "--deduct", metavar="YUAN", help=translate("cli", "taken from the deposit, with --deduct-note")
    )
    back.add_argument("--deduct-note", default="", metavar="TEXT", help=translate("cli", "what it is for"))
    back.add_argument(
        "--collected", action="store_true", help=translate("cli", "picked up at the resident's home")
    )
    add_receipt_options(back)
    back.set_defaults(handler=run_return)


def add_term_options(parser: argparse.ArgumentParser) -> None:
    term = parser.add_mutually_exclusive_group(required=True)
    term.add_argument("--months", metavar="N", help=translate("cli", "1, 2 or 3 months"))
    term.add_argument(
        "--days", metavar="N", help=translate("cli", "a number of days, where the centre allows it")
    )


def add_payment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pay",
        required=True,
        choices=[m.value for m in PaymentMethod],
        help=translate("cli", "how the resident paid (recorded, not processed)"),
    )
    parser.add_argument(
        "--reference",
        default="",
        metavar="R",
        help=translate("cli", "the payment's reference (needed for bank)"),
    )


def add_receipt_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--receipt", metavar="FILE.pdf", help=translate("cli", "write the receipt to this PDF")
    )
    parser.add_argument(
        "--paper", choices=PAPERS, help=translate("cli", "A4 (default) or an 80 mm roll, with --receipt")
    )


def term_of(args: argparse.Namespace) -> Term:
    """The term named by --months or --days; whether the centre lends for it is the service's to say."""
    option, text = ("--months", args.months) if args.months is not None else ("--days", args.days)
    number = whole_number(
        text,
        QT_TRANSLATE_NOOP("errors", "{option} takes a whole number greater than 0, not “{text}”."),
        field="term",
        option=option,
    )
    return Term(months=number) if option == "--months" else Term(days=number)


def payment_of(args: argparse.Namespace) -> Payment:
    return Payment(PaymentMethod(args.pay), args.reference)


def receipt_wanted(args: argparse.Namespace) -> Path | None:
    """Where the receipt goes, if anywhere. Refused before anything is written: `--paper` alone,
    which would print nothing, and a file that cannot be written (Qt would only say so on stderr)."""
    if args.receipt is None:
        if args.paper is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--paper says what the receipt is printed on; add --receipt FILE.pdf, or leave it out.",
                ),
                field="paper",
            )
        return None
    path = Path(args.receipt).expanduser().absolute()
    if path.is_dir() or not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The receipt could not be written to {path}; choose another folder."),
            field="receipt",
            path=str(path),
        )
    return path


def write_receipt(receipt: Receipt, path: Path, paper: str | None) -> None:
    from silvershop.rental.receipt_layout import Paper, render_pdf

    start_painting()
    render_pdf(receipt, path, Paper.ROLL_80MM if paper == "roll" else Paper.A4)


def term_text(months: int, days: int) -> str:
    if months:
        return translate("cli", "1 month") if months == 1 else translate("cli", "{n} months").format(n=months)
    return translate("cli", "1 day") if days == 1 else translate("cli", "{n} days").format(n=days)


def percent(rate_bp: int) -> str:
    """5000 basis points as `50%`, 3333 as `33.33%`."""
    whole, part = divmod(rate_bp, 100)
    return (f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)) + "%"


def receipt_for(
    session: Session,
    actor: Actor,
    loan_id: int,
    where: tuple[Path | None, str | None],
    make: Callable[[Session, Actor, int], Receipt],
) -> str | None:
    """Write the loan's receipt made by `make` to the `(path, paper)` asked for; the path, or None."""
    path, paper = where
    if path is None:
        return None
    write_receipt(make(session, actor, loan_id), path, paper)
    return str(path)


def receipt_line(path: str | None) -> list[str]:
    return [] if path is None else [translate("cli", "Receipt written to {path}.").format(path=path)]


def describe_return(result: ReturnResult) -> dict[str, Any]:
    return {
        "loan": result.loan_code,
        "unit": result.asset_tag,
        "days_late": result.late.days_late,
        "grace_days": result.late.grace_days,
        "charged_days": result.late.charged_days,
        "late_fee_per_day_fen": result.late.per_day_fen,
        "late_fee_fen": result.late.fee_fen,
        "deposit_fen": result.deposit_fen,
        "deductions_fen": result.deductions_fen,
        "deductions_note": result.deductions_note,
        "refund_fen": result.refund_fen,
        "owed_fen": result.owed_fen,
        "condition": result.condition.value,
        "state": result.unit_state.value,
        "collected": result.collected,
    }


def _return_text(result: ReturnResult) -> list[str]:
    late = result.late
    deducted = money_text(result.deductions_fen)
    if result.deductions_note:
        deducted = f"{deducted} ({result.deductions_note})"
    return [
        translate("cli", "{tag} taken back; loan {code} closed.").format(
            tag=result.asset_tag, code=result.loan_code
        ),
        translate("cli", "Days late: {days} (grace days {grace}, charged {charged})").format(
            days=late.days_late, grace=late.grace_days, charged=late.charged_days
        ),
        translate("cli", "Late fee: {value}").format(value=money_text(late.fee_fen)),
        translate("cli", "Deductions: {value}").format(value=deducted),
        translate("cli", "Deposit: {value}").format(value=money_text(result.deposit_fen)),
        translate("cli", "Refund: {value}").format(value=money_text(result.refund_fen)),
        translate("cli", "Owed: {value}").format(value=money_text(result.owed_fen)),
        translate("cli", "Condition: {condition}. State: {state}.").format(
            condition=word(result.condition), state=word(result.unit_state)
        ),
    ]


def run_return(args: argparse.Namespace, ctx: Context) -> Outcome:
    deduct = parse_yuan(args.deduct, field="deductions") if args.deduct else 0
    path = receipt_wanted(args)
    today = local_today()
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        result = return_unit(
            session,
            actor,
            find_unit(session, args.unit).id,
            UnitCondition(args.condition),
            today,
            note=args.note,
            deductions_fen=deduct or 0,
            deductions_note=args.deduct_note,
            collected=args.collected,
        )
        written = receipt_for(session, actor, result.loan_id, (path, args.paper), return_receipt)
    data = describe_return(result) | {"receipt": written}
    return Outcome(data, "\n".join(_return_text(result) + receipt_line(written)))


def _desk_list(
    args: argparse.Namespace, ctx: Context, listing: Callable[..., list[LoanDue]], *extra: int
) -> list[LoanDue]:
    """The list across the actor's desks, or one centre's (refused if it is not one of them)."""
    today = local_today()
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre) if args.centre else None
        if centre is not None:
            actor.require(Permission.RENT, centre.id)
        only = centre.code if centre is not None else None
        loans = listing(session, actor, open_vault(session), today, *extra)
    return [loan for loan in loans if only is None or loan.centre_code == only]


def describe_due(loan: LoanDue) -> dict[str, Any]:
    return {
        "loan": loan.loan_code,
        "centre": loan.centre_code,
        "unit": loan.asset_tag,
        "product_name": loan.product_name,
        "resident_id": loan.resident_id,
        "resident": loan.resident_name,
        "phone": loan.phone or None,
        "due_on": loan.due_on.isoformat(),
        "days_late": loan.days_late,
    }


def _due_line(loan: LoanDue) -> str:
    fields = [
        loan.loan_code,
        loan.centre_code,
        loan.asset_tag,
        loan.product_name,
        loan.resident_name,
        loan.phone or "-",
        loan.due_on.isoformat(),
    ]
    if loan.days_late:
        fields.append(translate("cli", "{days} days late").format(days=loan.days_late))
    return "\t".join(fields)


def run_due(args: argparse.Namespace, ctx: Context) -> Outcome:
    days = whole_number(
        args.days,
        QT_TRANSLATE_NOOP("errors", "--days takes a whole number, 0 or more, not “{text}”."),
        least=0,
        field="days",
    )
    loans = _desk_list(args, ctx, due_within, days)
    if loans:
        text = "\n".join(_due_line(loan) for loan in loans)
    elif days:
        text = translate("cli", "No loans are due in the next {days} days.").format(days=days)
    else:
        text = translate("cli", "No loans are due today.")
    return Outcome([describe_due(loan) for loan in loans], text)


def run_overdue(args: argparse.Namespace, ctx: Context) -> Outcome:
    loans = _desk_list(args, ctx, overdue)
    text = "\n".join(_due_line(loan) for loan in loans) or translate("cli", "No loans are overdue.")
    return Outcome([describe_due(loan) for loan in loans], text)
