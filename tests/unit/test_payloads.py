"""Reading what a scanner typed: our four payloads, however the keyboard layout or input method
mangled their width and case, and a plain refusal for anything else."""

from __future__ import annotations

import pytest

from silvershop.errors import ValidationError
from silvershop.labels.payloads import Payload, PayloadKind, location_payload, parse_payload


@pytest.mark.parametrize(
    ("scanned", "payload"),
    [
        ("SS:P:P-000123", Payload(PayloadKind.PRODUCT, "P-000123")),
        (
            "ｓｓ：ｐ：ｐ－０００１２３\r\n",
            Payload(PayloadKind.PRODUCT, "P-000123"),
        ),  # full-width, lower case
        ("  SS:U:LX01-00042 ", Payload(PayloadKind.UNIT, "LX01-00042")),
        ("SS:C:LX01", Payload(PayloadKind.CENTRE, "LX01")),
        ("ss:l:lx01-a1", Payload(PayloadKind.LOCATION, "LX01", "A1")),
    ],
)
def test_a_label_is_read_whatever_width_and_case_the_scanner_typed(scanned: str, payload: Payload) -> None:
    assert parse_payload(scanned) == payload
    assert parse_payload(payload.text()) == payload  # what a label carries reads back the same


@pytest.mark.parametrize(
    ("scanned", "says"),
    [
        ("P-000123", "“P-000123” is not a silvershop label"),
        ("https://example.org/product/1", "is not a silvershop label"),
        ("SS:X:ABC", "is not a silvershop label"),
        ("SS:P:", "is not a silvershop label"),
        ("SS:L:LX01", "looks like a location label but is damaged or incomplete"),
        ("SS:L:LX01-A1-B2", "looks like a location label but is damaged or incomplete"),
    ],
)
def test_anything_else_is_refused_with_what_was_scanned(scanned: str, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_payload(scanned)
    assert says in str(refused.value)
    assert refused.value.field == "scan"


def test_a_location_label_joins_the_centre_and_location_codes() -> None:
    assert location_payload("LX01", "A1") == "SS:L:LX01-A1"
