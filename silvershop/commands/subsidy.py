"""`subsidy RESIDENT [--year Y]`: a resident's rental subsidy for a year, grant by grant, and what is
left of the cap — what a family asks at the counter and what the office checks against the budget.
"""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.commands.rent import RESIDENT_HELP, resident_id
from silvershop.commands.units import money_text
from silvershop.config import local_today
from silvershop.db.session import reading
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.rental.subsidy_ledger import SubsidyYear, subsidy_year
from silvershop.security.vault import open_vault


def register(subparsers: Any) -> None:
    ledger = subparsers.add_parser(
        "subsidy", help=translate("cli", "a resident's rental subsidy for a year, grant by grant")
    )
    ledger.add_argument("resident", metavar="RESIDENT", help=translate("cli", RESIDENT_HELP))
    ledger.add_argument(
        "--year", metavar="YYYY", help=translate("cli", "the calendar year; default this year")
    )
    ledger.set_defaults(handler=run_subsidy)


def _year(text: str | None) -> int:
    if text is None:
        return local_today().year
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the year with four digits, for example 2026."), field="year"
        )
    return int(text)


def describe(ledger: SubsidyYear) -> dict[str, Any]:
    return {
        "resident_id": ledger.resident_id,
        "resident": ledger.resident_name,
        "year": ledger.year,
        "cap_fen": ledger.cap_fen,
        "granted_fen": ledger.granted_fen,
        "left_fen": ledger.left_fen,
        "grants": [
            {
                "at": grant.at.isoformat(),
                "loan": grant.loan_code,
                "unit": grant.asset_tag,
                "start_on": grant.start_on.isoformat(),
                "due_on": grant.due_on.isoformat(),
                "rule": grant.rule,
                "amount_fen": grant.amount_fen,
            }
            for grant in ledger.grants
        ],
    }


def run_subsidy(args: argparse.Namespace, ctx: Context) -> Outcome:
    year = _year(args.year)
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        who = resident_id(session, actor, open_vault(session), args.resident)
        ledger = subsidy_year(session, actor, who, year)
    lines = [
        translate("cli", "{name}, {year}: granted {granted} of {cap}; {left} left.").format(
            name=ledger.resident_name,
            year=year,
            granted=money_text(ledger.granted_fen),
            cap=money_text(ledger.cap_fen),
            left=money_text(ledger.left_fen),
        ),
        *(
            f"{grant.start_on.isoformat()}\t{grant.loan_code}\t{grant.asset_tag}\t{grant.rule}\t"
            f"{money_text(grant.amount_fen)}"
            for grant in ledger.grants
        ),
    ]
    return Outcome(describe(ledger), "\n".join(lines))
