"""`stats`: the office's figures for a year, a quarter or a month, and the de-identified workbook.

The figures are the dashboard's (stats/figures.py); `--out` writes them with the de-identified loans
as the workbook the office may share. Nothing printed or written names a person.
"""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.commands.exchange import writable
from silvershop.config import local_today
from silvershop.exchange.bureau_export import checked_target
from silvershop.i18n import translate
from silvershop.money import format_yuan
from silvershop.stats import period
from silvershop.stats.export import export_stats
from silvershop.stats.figures import dashboard
from silvershop.stats.scope import scope


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stats",
        help=translate("cli", "the office's figures, and the de-identified statistics workbook (.xlsx)"),
        description=translate(
            "cli",
            "Loans, subsidy, device use, units, catalogue, stock and kiosk requests for a period. With "
            "--out, a workbook of one sheet per figure and the loans without anything that identifies "
            "a person.",
        ),
    )
    parser.add_argument(
        "--year", type=int, default=None, help=translate("cli", "the year (default: this year)")
    )
    within = parser.add_mutually_exclusive_group()
    within.add_argument("--quarter", type=int, metavar="1-4", help=translate("cli", "only this quarter"))
    within.add_argument("--month", type=int, metavar="1-12", help=translate("cli", "only this month"))
    parser.add_argument(
        "--district",
        default="",
        metavar="CODE",
        help=translate("cli", "only this district's (or city's) part"),
    )
    parser.add_argument("--out", metavar="FILE.xlsx", help=translate("cli", "write the workbook here"))
    parser.set_defaults(handler=run_stats)


def _period(args: argparse.Namespace) -> period.Period:
    year = period.year(args.year if args.year is not None else local_today().year)
    if args.quarter is not None:
        return period.quarter(year.first.year, args.quarter)
    if args.month is not None:
        return period.month(year.first.year, args.month)
    return year


def _budget_line(budget_fen: int | None, note: str) -> str:
    if budget_fen is not None:
        return translate("cli", "  subsidy budget for the period: {budget}").format(
            budget=format_yuan(budget_fen)
        )
    if note == "district":
        return translate("cli", "  subsidy budget: the city's, shown for all districts only")
    return translate("cli", "  subsidy budget: not set (Settings → Desk and data)")


def run_stats(args: argparse.Namespace, ctx: Context) -> Outcome:
    chosen = _period(args)
    target = checked_target(writable(args.out, "out")) if args.out else None
    today = local_today()
    with ctx.database.reading() as session:
        within = scope(session, chosen, args.district)
        figures = dashboard(session, ctx.actor, within, today)
    loans = sum(r.loans for r in figures.rentals)
    data: dict[str, Any] = {
        "period": [chosen.first.isoformat(), chosen.last.isoformat()],
        "district": within.district,
        "loans": loans,
        "rent_fen": sum(r.rent_fen for r in figures.rentals),
        "subsidy_fen": figures.subsidy.granted_fen,
        "subsidy_budget_fen": figures.subsidy.budget_fen,
        "units": sum(u.units for u in figures.unit_states),
        "stock_value_fen": sum(s.value_fen for s in figures.stock),
        "callback_requests": sum(i.requests for i in figures.interest),
    }
    lines = [
        translate("cli", "{period}, {district}:").format(
            period=chosen.label(), district=within.district_name or translate("cli", "all districts")
        ),
        translate("cli", "  loans started: {loans}, rent {rent}, subsidy {subsidy}").format(
            loans=loans, rent=format_yuan(data["rent_fen"]), subsidy=format_yuan(data["subsidy_fen"])
        ),
        _budget_line(figures.subsidy.budget_fen, figures.subsidy.budget_note),
        translate(
            "cli", "  device units: {units}; stock value {value}; kiosk callback requests: {requests}"
        ).format(
            units=data["units"],
            value=format_yuan(data["stock_value_fen"]),
            requests=data["callback_requests"],
        ),
    ]
    if target is not None:
        written = export_stats(ctx.database, ctx.actor, target, within, today=today)
        data["file"] = str(written.path)
        data["sheets"] = list(written.sheets)
        lines.append(
            translate("cli", "De-identified workbook with {loans} loans written to {path}.").format(
                loans=written.loans, path=written.path
            )
        )
    return Outcome(data, "\n".join(lines))
