"""What a scanned label says: the four payloads of DESIGN ("Scanning and QR payloads"), and the
public address a product label may carry instead.

A keyboard-wedge scanner types whatever the PC's keyboard layout and input method make of the
code, so the text is NFKC-normalised (full-width `ＳＳ：Ｐ：` becomes `SS:P:`), stripped and
upper-cased before it is read. Anything that is not one of our payloads is refused with a sentence
that says so, rather than being taken for a product code that happens not to exist.

A city may print its platform's product page on product labels (`security.settings.PRODUCT_LABEL_URL`,
e.g. `https://ylfw.example.gov.cn/product/{code}`), so a resident's phone opens that page; the desk's
scanner reads the same label back as the product.
"""

from __future__ import annotations

import re
import string
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


PREFIX = "SS:"
CODE_FIELD = "{code}"  # where a product page address takes the product's code
WEB_SCHEMES = ("http://", "https://")
_PAYLOAD = re.compile(r"SS:([PUCL]):([0-9A-Z-]+)")
_LOCATION = re.compile(r"([0-9A-Z]+)-([0-9A-Z]+)")
PAYLOAD_ALPHABET = frozenset(string.digits + string.ascii_uppercase + "-")  # of a code on a label


def normalise_scan(text: str) -> str:
    """The scan as the parser reads it: half-width, upper case, without the Enter or spaces around it and
    without control characters (a scanner set up for GS1 codes sends some; a database on a server
    refuses a NUL in any text it is asked about)."""
    shown = "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "Cc")
    return shown.strip().upper()


def url_prefix(url_template: str) -> str:
    """What every product page address of `url_template` starts with, upper case as scans are compared;
    "" without a template."""
    return url_template.partition(CODE_FIELD)[0].upper() if url_template else ""


def product_payload(code: str, url_template: str = "") -> str:
    """What a product's label carries: `SS:P:<code>`, or the city's product page when a template is set."""
    if not url_template:
        return Payload(PayloadKind.PRODUCT, code).text()
    return url_template.replace(CODE_FIELD, code)


def parse_payload(text: str, url_template: str = "") -> Payload:
    """The payload in a scan, or a ValidationError naming what was scanned.

    A product page address is compared without regard to case, all of it: a scanner on Caps Lock or a
    full-width input method changes the case of the path as well as of the host, and the code in it
    is upper case wherever it came from.
    """
    scanned = normalise_scan(text)
    typed = unicodedata.normalize("NFKC", text).strip()[:40]  # as the person saw it, in its case
    if scanned.startswith(tuple(scheme.upper() for scheme in WEB_SCHEMES)):
        return _product_page(scanned, typed, url_template)
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


def _product_page(scanned: str, typed: str, url_template: str) -> Payload:
    head, _, tail = url_template.upper().partition(CODE_FIELD.upper())
    if url_template and scanned.startswith(head) and scanned.endswith(tail):
        code = scanned[len(head) : len(scanned) - len(tail)]
        if code and set(code) <= PAYLOAD_ALPHABET:
            return Payload(PayloadKind.PRODUCT, code)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{scanned}” is a web address, not one of this city's product labels. Scan a label printed "
            "by silvershop, or type the product code.",
        ),
        field="scan",
        scanned=typed,
    )


def check_payload_code(code: str) -> None:
    """Refuse a code that a label could not carry: QR alphanumeric mode and every keyboard layout have
    only `0-9 A-Z -` in common (with the `:` of the prefix). Checked as stored, before printing, so a
    label never reads back as another code."""
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A label needs a code, and this one is empty."), field="code"
        )
    bad = [char for char in dict.fromkeys(code) if char not in PAYLOAD_ALPHABET]
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The code “{code}” cannot go on a label: it holds {characters}. Codes on labels use only "
                "the digits 0-9, the capital letters A-Z and -; correct the code first.",
            ),
            field="code",
            code=code,
            characters=" ".join(_shown(char) for char in bad),
        )


def _shown(char: str) -> str:
    """A character as a sentence can name it: itself, or its code point when it would not be seen."""
    return f"“{char}”" if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"


def location_payload(centre_code: str, location_code: str) -> str:
    return Payload(PayloadKind.LOCATION, centre_code, location_code).text()
