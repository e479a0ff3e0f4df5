"""`labels`: QR labels to a PDF, for products, device units, locations or centres named by code, or
all units of a centre, or everything a centre received today; `label-presets`: the media to print on.

The PDF is what a desk without the window prints from (or sends to a print shop); the label batch
is checked whole, presets, codes and text, before the file is begun.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from silvershop.commands import Context, Outcome, start_painting
from silvershop.commands.centres import whole_number
from silvershop.config import local_today
from silvershop.db.session import reading
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.labels.payloads import PayloadKind
from silvershop.labels.presets import PresetSpec, find_preset, list_presets
from silvershop.labels.records import LabelItem, centre_unit_labels, labels_for, received_labels
from silvershop.words import word

KINDS = {
    "product": PayloadKind.PRODUCT,
    "unit": PayloadKind.UNIT,
    "location": PayloadKind.LOCATION,
    "centre": PayloadKind.CENTRE,
}


def register(subparsers: Any) -> None:
    labels = subparsers.add_parser(
        "labels",
        help=translate("cli", "print QR labels to a PDF"),
        description=translate(
            "cli",
            "QR labels to a PDF: --kind and --codes for chosen records, or --centre with --all-units "
            "or --received-today.",
        ),
    )
    labels.add_argument("--kind", choices=sorted(KINDS), help=translate("cli", "what the codes name"))
    labels.add_argument(
        "--codes",
        nargs="+",
        metavar="CODE",
        help=translate("cli", "product codes, asset tags, centre codes, or locations as CENTRE-LOCATION"),
    )
    labels.add_argument("--centre", metavar="CODE", help=translate("cli", "the centre, with --all-units"))
    bulk = labels.add_mutually_exclusive_group()
    bulk.add_argument(
        "--all-units", action="store_true", help=translate("cli", "every device unit of --centre in service")
    )
    bulk.add_argument(
        "--received-today",
        action="store_true",
        help=translate("cli", "a label for every piece --centre received today"),
    )
    labels.add_argument("--preset", required=True, metavar="NAME", help=translate("cli", "label preset"))
    labels.add_argument(
        "--skip",
        default="0",
        metavar="N",
        help=translate("cli", "used labels at the start of the first sheet"),
    )
    labels.add_argument("--copies", default="1", metavar="K", help=translate("cli", "copies of each label"))
    labels.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF to write"))
    labels.set_defaults(handler=run_labels)

    presets = subparsers.add_parser("label-presets", help=translate("cli", "list the label presets"))
    presets.set_defaults(handler=run_presets)


def _refuse(message: str, field: str) -> ValidationError:
    return ValidationError(message, field=field)


def _items(args: argparse.Namespace, ctx: Context) -> list[LabelItem]:
    by_codes = args.kind is not None or args.codes
    by_centre = args.all_units or args.received_today
    if by_codes and (by_centre or args.centre):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "Give either --kind with --codes, or --centre with --all-units or --received-today."
            ),
            "codes",
        )
    if by_codes:
        if args.kind is None or not args.codes:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors", "--codes needs --kind (product, unit, location or centre), and both are needed."
                ),
                "kind",
            )
    elif not (args.centre and by_centre):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "Say which labels: --kind and --codes, or --centre with --all-units or --received-today.",
            ),
            "codes",
        )
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        if by_codes:
            return labels_for(session, actor, KINDS[args.kind], args.codes)
        if args.all_units:
            return centre_unit_labels(session, actor, args.centre)
        return received_labels(session, actor, args.centre, local_today())


def _writable(text: str) -> Path:
    path = Path(text).expanduser().absolute()
    if path.suffix.lower() != ".pdf":
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Name the file to write with .pdf at the end."), "out")
    if path.is_dir() or not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The labels could not be written to {path}; choose another folder."),
            field="out",
            path=str(path),
        )
    return path


def run_labels(args: argparse.Namespace, ctx: Context) -> Outcome:
    skip = whole_number(
        args.skip,
        QT_TRANSLATE_NOOP("errors", "--skip takes how many labels of the sheet are used, not “{text}”."),
        least=0,
        field="skip",
    )
    copies = whole_number(
        args.copies,
        QT_TRANSLATE_NOOP("errors", "--copies takes a whole number greater than 0, not “{text}”."),
        field="copies",
    )
    path = _writable(args.out)
    with reading(ctx.database.sessions) as session:
        preset = find_preset(session, args.preset)
    items = _items(args, ctx)
    start_painting()
    from silvershop.labels.render import LabelJob, render_pdf

    job = LabelJob(preset, items, copies=copies, skip=skip)
    pages = render_pdf(job, path)
    data = {
        "file": str(path),
        "preset": preset.name,
        "labels": job.labels,
        "pages": pages,
        "codes": [item.code for item in items],
    }
    text = translate("cli", "{labels} labels on {pages} pages of {preset} written to {path}.").format(
        labels=job.labels, pages=pages, preset=preset.name, path=path
    )
    return Outcome(data, text)


def describe(preset: PresetSpec) -> dict[str, Any]:
    return {
        "name": preset.name,
        "media": preset.media.value,
        "label_mm": [preset.label_width_mm, preset.label_height_mm],
        "page_mm": [preset.page_width_mm, preset.page_height_mm],
        "grid": [preset.columns, preset.rows],
        "dpi": preset.dpi,
        "error_correction": preset.error_correction,
        "fields": [field.value for field in preset.fields],
        "builtin": preset.builtin,
    }


def run_presets(args: argparse.Namespace, ctx: Context) -> Outcome:
    with reading(ctx.database.sessions) as session:
        presets = list_presets(session)
    lines = [
        f"{p.name}\t{word(p.media)}\t{p.label_width_mm:g}×{p.label_height_mm:g} mm\t"
        f"{p.columns}×{p.rows}\t{p.dpi} dpi"
        for p in presets
    ]
    return Outcome([describe(p) for p in presets], "\n".join(lines))
