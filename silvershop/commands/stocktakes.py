"""`stocktake start|count|set|show|list|apply|abandon`: counting a centre's shelves from a terminal.

A keyboard-wedge scanner types each label and Enter, so `stocktake count N` with no scans on the
command line reads them from standard input, one per line: scan the shelf's label, then its
products, and end with Ctrl-D. Blank lines (an Enter pressed twice) are skipped. A batch is all or
nothing: one scan that is not ours, or is another centre's, refuses the whole batch with its
number, so the counter rescans from there rather than guessing what was kept. When the password is
not in SILVERSHOP_PASSWORD it is the first line of standard input and the scans follow it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from silvershop.catalog.products import find_product
from silvershop.centres import stocktakes
from silvershop.centres.centres import find_centre, find_location, get_centre
from silvershop.centres.stocktakes import CountLine, ScanResult, StocktakeSummary, StocktakeView, Uncounted
from silvershop.commands import Context, Outcome
from silvershop.commands.centres import local_time, whole_number
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.labels.payloads import PayloadKind, normalise_scan
from silvershop.words import word


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "stocktake", help=translate("cli", "count a centre's stock and put the books right")
    )
    commands = group.add_subparsers(dest="stocktake_command", required=True, metavar="ACTION")

    start = commands.add_parser("start", help=translate("cli", "begin counting a centre or one location"))
    start.add_argument("centre", metavar="CENTRE")
    start.add_argument(
        "--location",
        metavar="LOC",
        help=translate("cli", "count only this location; default the whole centre"),
    )
    start.set_defaults(handler=run_start)

    count = commands.add_parser(
        "count",
        help=translate("cli", "count scanned labels: a shelf's label, then its products"),
        description=translate(
            "cli",
            "Without SCAN arguments the scans are read from standard input, one per line, as a "
            "keyboard-wedge scanner types them; end with Ctrl-D. A batch is counted in full or not at all.",
        ),
    )
    count.add_argument("number", metavar="N")
    count.add_argument("scans", nargs="*", metavar="SCAN")
    count.set_defaults(handler=run_count)

    typed = commands.add_parser(
        "set", help=translate("cli", "type what was counted of a product at a location")
    )
    typed.add_argument("number", metavar="N")
    typed.add_argument("product", metavar="PRODUCT")
    typed.add_argument("--location", required=True, metavar="LOC")
    typed.add_argument("--counted", required=True, metavar="N")
    typed.set_defaults(handler=run_set)

    show = commands.add_parser(
        "show", help=translate("cli", "a count line by line: expected, counted, difference")
    )
    show.add_argument("number", metavar="N")
    show.set_defaults(handler=run_show)

    listing = commands.add_parser("list", help=translate("cli", "stocktakes at your centres, newest first"))
    listing.add_argument("--centre", metavar="CODE", help=translate("cli", "only this centre's"))
    listing.add_argument(
        "--open", action="store_true", help=translate("cli", "only those still being counted")
    )
    listing.set_defaults(handler=run_list)

    apply = commands.add_parser(
        "apply", help=translate("cli", "adjust the books by every difference (centre managers)")
    )
    apply.add_argument("number", metavar="N")
    apply.add_argument(
        "--uncounted",
        choices=[u.value for u in Uncounted],
        help=translate(
            "cli",
            "lines nobody counted: zero (the count covered everything) or keep (the count was partial)",
        ),
    )
    apply.set_defaults(handler=run_apply)

    abandon = commands.add_parser(
        "abandon", help=translate("cli", "give up a count; the books stay as they are")
    )
    abandon.add_argument("number", metavar="N")
    abandon.set_defaults(handler=run_abandon)


def _number(text: str) -> int:
    return whole_number(
        text,
        QT_TRANSLATE_NOOP("errors", "A stocktake is named by its number, such as 12, not “{text}”."),
        field="stocktake",
    )


def describe_summary(s: StocktakeSummary) -> dict[str, Any]:
    return {
        "number": s.id,
        "centre": s.centre_code,
        "centre_name": s.centre_name,
        "location": s.location_code or None,
        "location_name": s.location_name or None,
        "status": s.status.value,
        "started_at": s.started_at.isoformat(),
        "started_by": s.started_by,
        "closed_at": s.closed_at.isoformat() if s.closed_at else None,
    }


def describe_line(line: CountLine) -> dict[str, Any]:
    return {
        "location": line.location_code,
        "product": line.product_code,
        "product_name": line.product_name,
        "expected": line.expected,
        "counted": line.counted,
        "difference": line.difference,
        "verdict": line.verdict.value,
    }


def describe_view(view: StocktakeView) -> dict[str, Any]:
    return describe_summary(view.summary) | {
        "counting_at": view.current_location_code or None,
        "lines": [describe_line(line) for line in view.lines],
        "uncounted": view.uncounted,
        "differing": view.differing,
        "moves_since_start": view.moves_since_start,
    }


def _summary_line(s: StocktakeSummary) -> str:
    scope = s.location_code or translate("cli", "whole centre")
    return f"{s.id}\t{s.centre_code}\t{scope}\t{word(s.status)}\t{local_time(s.started_at)} {s.started_by}"


def _count_line(line: CountLine) -> str:
    counted = "-" if line.counted is None else str(line.counted)
    difference = f"{line.difference:+d}" if line.counted is not None else "-"
    return "\t".join(
        (
            line.location_code,
            line.product_code,
            line.product_name,
            str(line.expected),
            counted,
            difference,
            word(line.verdict),
        )
    )


def _view_text(view: StocktakeView) -> str:
    lines = [_summary_line(view.summary)]
    if view.current_location_code:
        lines.append(translate("cli", "Counting at {location}.").format(location=view.current_location_code))
    lines.append(translate("cli", "location, product, name, expected, counted, difference, result:"))
    lines.extend(f"  {_count_line(line)}" for line in view.lines)
    lines.append(
        translate(
            "cli", "Lines: {lines}; not counted: {uncounted}; different from the books: {differing}."
        ).format(lines=len(view.lines), uncounted=view.uncounted, differing=view.differing)
    )
    if view.moves_since_start:
        lines.append(
            translate(
                "cli",
                "Stock moves at the counted locations since the count began: {moves}. Applying adds "
                "the differences to the books as they are then.",
            ).format(moves=view.moves_since_start)
        )
    return "\n".join(lines)


def run_start(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        centre = find_centre(session, args.centre)
        location_id = find_location(session, centre, args.location).id if args.location else None
        summary = stocktakes.start_stocktake(session, actor, centre.id, location_id)
        view = stocktakes.stocktake_view(session, actor, summary.id)
    return Outcome(
        describe_view(view),
        translate(
            "cli",
            "Stocktake {number} started at {centre} ({scope}); lines to count: {lines}. Scan a shelf's "
            "label, then its products: silvershop-cli stocktake count {number}",
        ).format(
            number=summary.id,
            centre=summary.centre_code,
            scope=summary.location_code or translate("cli", "whole centre"),
            lines=len(view.lines),
        ),
    )


def _scans_from_stdin() -> list[str]:
    """One scan a line, as a keyboard-wedge scanner types them into a terminal, until end of input."""
    if sys.stdin.isatty():
        print(translate("cli", "Scan labels, one per line; press Ctrl-D when done."), file=sys.stderr)
    return sys.stdin.read().splitlines()


def _counted_text(number: int, results: list[ScanResult]) -> tuple[list[dict[str, Any]], str]:
    """Each product's count after the batch, where it was counted: the last scan of it says it."""
    latest: dict[tuple[str, str], ScanResult] = {}
    for result in results:
        if result.kind is PayloadKind.PRODUCT:
            latest[(result.location_code, result.product_code)] = result
    lines = [
        {
            "location": r.location_code,
            "product": r.product_code,
            "product_name": r.product_name,
            "counted": r.counted,
        }
        for r in latest.values()
    ]
    text = [
        translate("cli", "Stocktake {number}, scans counted: {scans}.").format(
            number=number, scans=len(results)
        )
    ]
    text.extend(
        f"  {r.location_code}\t{r.product_code}\t{r.product_name}\t{r.counted}" for r in latest.values()
    )
    return lines, "\n".join(text)


def run_count(args: argparse.Namespace, ctx: Context) -> Outcome:
    number = _number(args.number)
    actor = ctx.actor  # before the scans: the password, when asked for, is the first line of stdin
    scans = [scan for scan in (args.scans or _scans_from_stdin()) if normalise_scan(scan)]
    if not scans:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No scans were given: put them after the number, or one per line on standard input."
            ),
            field="scan",
        )
    with transaction(ctx.database.sessions) as session:
        results = stocktakes.record_scans(session, actor, number, scans)
        view = stocktakes.stocktake_view(session, actor, number)
    lines, text = _counted_text(number, results)
    data = {
        "number": number,
        "scans": len(results),
        "counted": lines,
        "counting_at": view.current_location_code,
    }
    return Outcome(data, text)


def run_set(args: argparse.Namespace, ctx: Context) -> Outcome:
    number = _number(args.number)
    counted = whole_number(
        args.counted,
        QT_TRANSLATE_NOOP("errors", "--counted takes a whole number, 0 or more, not “{text}”."),
        least=0,
        field="counted",
    )
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        summary = stocktakes.stocktake_view(session, actor, number).summary
        location = find_location(session, get_centre(session, summary.centre_id), args.location)
        product = find_product(session, actor, args.product)
        stocktakes.set_count(session, actor, number, product.id, location.id, counted)
        view = stocktakes.stocktake_view(session, actor, number)
    [line] = [x for x in view.lines if (x.product_id, x.location_id) == (product.id, location.id)]
    return Outcome(describe_line(line), _count_line(line))


def run_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    number = _number(args.number)
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        view = stocktakes.stocktake_view(session, actor, number)
    return Outcome(describe_view(view), _view_text(view))


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        centre_id = find_centre(session, args.centre).id if args.centre else None
        summaries = stocktakes.list_stocktakes(session, actor, centre_id=centre_id, open_only=args.open)
    return Outcome([describe_summary(s) for s in summaries], "\n".join(_summary_line(s) for s in summaries))


def run_apply(args: argparse.Namespace, ctx: Context) -> Outcome:
    number = _number(args.number)
    uncounted = Uncounted(args.uncounted) if args.uncounted else None
    actor = ctx.actor
    try:
        with transaction(ctx.database.sessions) as session:
            applied = stocktakes.apply_stocktake(session, actor, number, uncounted)
    except ValidationError as err:
        if err.field != "uncounted":
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} lines were not counted. Add --uncounted zero if the count covered everything "
                "(they are not there), or --uncounted keep if it was partial (they stay as booked).",
            ),
            field="uncounted",
            count=err.params["count"],
        ) from err
    data = {
        "number": number,
        "status": "applied",
        "adjusted_lines": applied.adjusted_lines,
        "units_added": applied.units_added,
        "units_removed": applied.units_removed,
    }
    return Outcome(
        data,
        translate(
            "cli",
            "Stocktake {number} applied. Lines adjusted: {lines}; units added: {added}; "
            "units removed: {removed}.",
        ).format(
            number=number,
            lines=applied.adjusted_lines,
            added=applied.units_added,
            removed=applied.units_removed,
        ),
    )


def run_abandon(args: argparse.Namespace, ctx: Context) -> Outcome:
    number = _number(args.number)
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        stocktakes.abandon_stocktake(session, actor, number)
    return Outcome(
        {"number": number, "status": "abandoned"},
        translate("cli", "Stocktake {number} abandoned; nothing of it reached the books.").format(
            number=number
        ),
    )
