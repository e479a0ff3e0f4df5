"""Opening a spreadsheet someone sent, and saying in one sentence why it cannot be read.

What arrives by e-mail is not always an .xlsx: an Excel 97-2003 .xls, a workbook saved with a
password (also a compound file, with an `EncryptionInfo` stream instead of a workbook), a CSV or a
PDF renamed, a download cut short. Each is told apart by its first bytes, so the message says what
to do about that file rather than quoting the zip library.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

_ZIP_MAGIC = b"PK\x03\x04"
_COMPOUND_FILE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
FIELD = "file"


class UnreadableWorkbook(ValidationError):
    """The file as a whole cannot be read: nothing of it is imported (the command line exits 2)."""


def _refuse(message: str, path: Path, **params: Any) -> UnreadableWorkbook:
    return UnreadableWorkbook(message, field=FIELD, name=path.name, **params)


def _compound_file_refusal(path: Path, head: bytes) -> UnreadableWorkbook:
    with path.open("rb") as file:
        whole = head + file.read()
    if _ENCRYPTION_STREAM in whole:
        return _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is protected with a password, so it cannot be read. Open it in Excel or WPS, "
                "remove the password (File → Info → Protect Workbook), save it and import it again.",
            ),
            path,
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS, save it as "
            "an Excel workbook (.xlsx) and import that file.",
        ),
        path,
    )


def open_workbook(path: Path, *, read_only: bool = True) -> Workbook:
    """The workbook at `path` with cell values as stored (formulas as formulas, not their results)."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "There is no file {name}; check the name."), path) from None
    except IsADirectoryError:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{name} is a folder; choose a workbook."), path) from None
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be opened ({reason}). Check that you may read it."),
            path,
            reason=exc.strerror or str(exc),
        ) from None
    if head.startswith(_COMPOUND_FILE_MAGIC):
        raise _compound_file_refusal(path, head)
    if not head.startswith(_ZIP_MAGIC):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is not an Excel workbook. Open it in Excel or WPS and save it as "
                "an Excel workbook (.xlsx), then import that file.",
            ),
            path,
        )
    try:
        return load_workbook(path, read_only=read_only, data_only=False, keep_links=False)
    except (
        zipfile.BadZipFile,
        zlib.error,
        ParseError,
        KeyError,
        ValueError,
        TypeError,
        EOFError,
        OSError,
        RuntimeError,
    ) as exc:
        # openpyxl meets a damaged or foreign zip in many ways (a part that does not inflate, XML that
        # does not parse, an entry whose damaged flags say it is encrypted or packed some other way);
        # they all mean the same to the sender.
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is damaged or is not an Excel workbook, so it cannot be read. Ask the sender "
                "to save it again as .xlsx and send it once more.",
            ),
            path,
        ) from exc


def save_whole(workbook: Workbook, target: Path, refusal: str, field: str) -> None:
    """Save under a temporary name and rename when whole, so a failed save (the file open in Excel,
    a full disk) leaves no half-written workbook; `refusal` says so with {path} and {reason}."""
    partial = target.with_name(f".{target.name}.part")
    try:
        workbook.save(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            refusal, field=field, path=str(target), reason=exc.strerror or str(exc)
        ) from exc
