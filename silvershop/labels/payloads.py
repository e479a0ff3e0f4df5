"""What a scanned label says: the four payloads of DESIGN ("Scanning and QR payloads").

A keyboard-wedge scanner types whatever the PC's keyboard layout and input method make of the
code, so the text is NFKC-normalised (full-width `ＳＳ：Ｐ：` becomes `SS:P:`), stripped and
upper-cased before it is read. Anything that is not one of our payloads is refused with a sentence
that says so, rather than being taken for a product code that happens not to exist.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError


class PayloadKind(StrEnum):
    PRODUCT = "P"
    UNIT = "U"
    CENTRE = "C"
    LOCATION = "L"


@dataclass(frozen=True)
class Payload:
    kind: PayloadKind
    code: str  # product code, asset tag or centre code
    location: str = ""  # the location's own code, for LOCATION payloads

    def text(self) -> str:
        """The payload as a label carries it."""
        if self.kind is PayloadKind.LOCATION:
            return f"SS:L:{self.code}-{self.location}"
        return f"SS:{self.kind.value}:{self.code}"


_PAYLOAD = re.compile(r"SS:([PUCL]):([0-9A-Z-]+)")
_LOCATION = re.compile(r"([0-9A-Z]+)-([0-9A-Z]+)")


def normalise_scan(text: str) -> str:
    """The scan as the parser reads it: half-width, upper case, without the Enter or spaces around it."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def parse_payload(text: str) -> Payload:
    """The payload in a scan, or a ValidationError naming what was scanned."""
    scanned = normalise_scan(text)
    typed = unicodedata.normalize("NFKC", text).strip()[:40]  # as the person saw it, in its case
    found = _PAYLOAD.fullmatch(scanned)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{scanned}” is not a silvershop label. Scan a label printed by silvershop "
                "(it starts with SS:), or type the product code.",
            ),
            field="scan",
            scanned=typed,
        )
    kind, code = PayloadKind(found.group(1)), found.group(2)
    if kind is PayloadKind.LOCATION:
        parts = _LOCATION.fullmatch(code)
        if parts is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{scanned}” looks like a location label but is damaged or incomplete; "
                    "scan it again or type the location.",
                ),
                field="scan",
                scanned=typed,
            )
        return Payload(kind, parts.group(1), parts.group(2))
    return Payload(kind, code)


def location_payload(centre_code: str, location_code: str) -> str:
    return Payload(PayloadKind.LOCATION, centre_code, location_code).text()
