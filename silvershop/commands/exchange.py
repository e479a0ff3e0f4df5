"""`export-catalogue`: the bureau's submission workbook; `import-catalogue`: an enterprise's or a
district's 产品目录 sheet, with a report workbook of the rejected rows for the sender.

An import exits 1 when some rows were rejected (the others went in) and 2 when the file could not be
read at all, so a script sending the report back knows which happened.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange.bureau_export import checked_target, export_catalogue
from silvershop.exchange.bureau_rows import ExportChoice, parse_statuses
from silvershop.exchange.catalogue_import import DEFAULT_SCHEME, ImportPlan
from silvershop.exchange.importing import import_catalogue, preview_import
from silvershop.exchange.report import check_report_target, write_report
from silvershop.i18n import translate
from silvershop.security import settings

EXIT_REJECTED = 1


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export-catalogue",
        help=translate("cli", "write the bureau's catalogue workbook (.xlsx)"),
        description=translate(
            "cli",
            "The submission workbook: sheets 产品目录, 企业, 体验中心, 租赁统计 and 填报说明, "
            "with nothing about any resident.",
        ),
    )
    export.add_argument("out", metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))
    _scheme_options(export)
    export.add_argument(
        "--status",
        default="listed,submitted",
        metavar="LIST",
        help=translate("cli", "product statuses to include, separated by commas (default: listed,submitted)"),
    )
    export.add_argument(
        "--district",
        default="",
        metavar="CODE",
        help=translate("cli", "only this district's (or city's) part"),
    )
    export.add_argument(
        "--office",
        default=None,
        metavar="NAME",
        help=translate("cli", "the submitting office (default: the shared setting)"),
    )
    export.set_defaults(handler=run_export)

    imported = subparsers.add_parser(
        "import-catalogue",
        help=translate("cli", "import products from a 产品目录 sheet (.xlsx)"),
        description=translate(
            "cli",
            "Rows are created or updated by credit code and model; rejected rows are listed with row, "
            "column and reason. Exit 1 when rows were rejected, 2 when the file could not be read.",
        ),
    )
    imported.add_argument("file", metavar="IN.xlsx", help=translate("cli", "the workbook to import"))
    _scheme_options(imported)
    imported.add_argument(
        "--report",
        metavar="OUT.xlsx",
        help=translate("cli", "write the workbook back with a 错误原因 column for the rejected rows"),
    )
    imported.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "check and count only; write nothing")
    )
    imported.set_defaults(handler=run_import)


def _scheme_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scheme",
        default=DEFAULT_SCHEME,
        metavar="KEY",
        help=translate("cli", "category scheme of 目录类别 (default: miit_smart)"),
    )
    parser.add_argument(
        "--edition", default="", metavar="EDITION", help=translate("cli", "its edition (default: the newest)")
    )


def writable(text: str, field: str) -> Path:
    path = Path(text).expanduser().absolute()
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} cannot be written: its folder does not exist or is read-only."
            ),
            field=field,
            path=str(path),
        )
    return path


def run_export(args: argparse.Namespace, ctx: Context) -> Outcome:
    target = checked_target(writable(args.out, "out"))
    choice = ExportChoice(
        scheme=args.scheme, edition=args.edition, statuses=parse_statuses(args.status), district=args.district
    )
    actor = ctx.actor
    office = args.office
    if office is None:
        with ctx.database.reading() as session:
            office = settings.get(session, settings.SUBMITTING_OFFICE)
    summary = export_catalogue(ctx.database, actor, target, choice, office=office, today=local_today())
    data = {
        "file": str(summary.path),
        "scheme": summary.scheme,
        "products": summary.products,
        "enterprises": summary.enterprises,
        "centres": summary.centres,
        "rental_months": summary.rental_months,
    }
    text = translate(
        "cli", "{products} products of {scheme} from {enterprises} enterprises written to {path}."
    )
    return Outcome(
        data,
        text.format(
            products=summary.products,
            scheme=summary.scheme,
            enterprises=summary.enterprises,
            path=summary.path,
        ),
    )


def run_import(args: argparse.Namespace, ctx: Context) -> Outcome:
    source = Path(args.file).expanduser().absolute()
    report = writable(args.report, "report") if args.report else None
    if report is not None:
        check_report_target(source, report)
    actor = ctx.actor
    if args.dry_run:
        plan = preview_import(ctx.database, actor, source, scheme=args.scheme, edition=args.edition)
        written, backup = False, None
    else:
        result = import_catalogue(ctx.database, actor, source, scheme=args.scheme, edition=args.edition)
        plan, written, backup = result.plan, result.written, result.backup
    if report is not None:
        write_report(source, plan, report)
    data = plan.summary() | {"dry_run": args.dry_run, "written": written}
    data["backup"] = str(backup) if backup else None
    data["report"] = str(report) if report else None
    return Outcome(data, _describe(plan, args.dry_run, report), EXIT_REJECTED if plan.problems else 0)


def _describe(plan: ImportPlan, dry_run: bool, report: Path | None) -> str:
    summary = plan.summary()
    heading = (
        translate(
            "cli",
            "Checked {file} (nothing written): {created} to create, {updated} to update, "
            "{unchanged} unchanged, {rejected} rejected.",
        )
        if dry_run
        else translate(
            "cli",
            "Imported {file}: {created} created, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected.",
        )
    ).format(**summary)
    lines = [heading]
    for problem in plan.problems:
        lines.append(
            translate("cli", "Row {row}, {column}: {reason}").format(
                row=problem.row, column=problem.column or "—", reason=problem.reason()
            )
        )
    if report is not None:
        lines.append(translate("cli", "Report for the sender: {path}").format(path=report))
    return "\n".join(lines)
