"""Exporting the submission workbook: who may, for which office, and the record that it was done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange.bureau_rows import ExportChoice, bureau_rows
from silvershop.exchange.bureau_workbook import Progress, write_workbook
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission
from silvershop.security.settings import check_office


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    scheme: str
    products: int
    enterprises: int
    centres: int
    rental_months: int


def checked_target(path: Path) -> Path:
    """The file to write, refused before any work when it is not an .xlsx the bureau can open."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The workbook must be saved as an Excel file ending in .xlsx, not “{name}”."
            ),
            field="out",
            name=path.name,
        )
    if path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is a folder; give the name of the workbook to write."),
            field="out",
            name=path.name,
        )
    return path


def checked_office(text: str) -> str:
    office = check_office(text)
    if not office:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Say which office submits the workbook (填报单位). An administrator sets it once under "
                "Settings → Desk and data; on the command line, give --office NAME.",
            ),
            field="office",
        )
    return office


def export_catalogue(
    database: Database,
    actor: Actor,
    target: Path,
    choice: ExportChoice,
    *,
    office: str,
    today: date,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the bureau workbook to `target`, then log the export.

    The catalogue is read in a read-only session and the workbook written outside any transaction:
    a long export must not hold the database's write lock, which would stop every other desk.
    Only the audit entry is written, in a short transaction of its own, once the file is whole.
    """
    actor.require(Permission.EXPORT_BUREAU)
    target = checked_target(target)
    office = checked_office(office)
    with database.reading() as session:
        rows = bureau_rows(session, choice)
    write_workbook(rows, target, office=office, today=today, choice=choice, progress=progress)
    summary = ExportSummary(
        target,
        f"{rows.scheme_name} {rows.edition}",
        len(rows.products),
        len(rows.enterprises),
        len(rows.centres),
        len(rows.rentals),
    )
    with transaction(database.sessions) as session:
        audit.record(
            session,
            actor,
            "export",
            "catalogue",
            target.name,
            {"products": (None, summary.products), "district": (None, choice.district or None)},
            summary=f"{target.name} ({summary.scheme}) {office}",
        )
    return summary
