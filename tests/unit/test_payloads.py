"""Reading what a scanner typed: our four payloads, however the keyboard layout or input method
mangled their width and case, a product label carrying the city's product page, and a plain refusal
for anything else. Also what may go on a label at all, and the setting that makes product labels web
addresses."""

from __future__ import annotations

import pytest

from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import ValidationError
from silvershop.labels.payloads import (
    Payload,
    PayloadKind,
    check_payload_code,
    location_payload,
    normalise_scan,
    parse_payload,
    product_payload,
)
from silvershop.security import settings, users
from silvershop.security.permissions import Actor

TEMPLATE = "https://ylfw.example.gov.cn/product/{code}"
PRODUCT = Payload(PayloadKind.PRODUCT, "P-000123")


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
        ("https://example.org/product/1", "is a web address, not one of this city's product labels"),
        ("hello", "“hello” is not a silvershop label"),
        ("", "is not a silvershop label"),
        ("SS:X:1", "is not a silvershop label"),
        ("SS:X:ABC", "is not a silvershop label"),
        ("SS:P:P_000123", "is not a silvershop label"),
        # A US-layout code typed by a scanner set to French AZERTY: the sentence, never a crash.
        ("SS;P;P)àààé\"'", "“SS;P;P)àààé\"'” is not a silvershop label"),
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


@pytest.mark.parametrize(
    "scanned",
    [
        "https://ylfw.example.gov.cn/product/P-000123",
        "HTTPS://YLFW.EXAMPLE.GOV.CN/PRODUCT/P-000123",  # Caps Lock, or a scanner told to send capitals
        "https://YLFW.example.gov.cn/PRODUCT/p-000123",  # Caps Lock inverts what the scanner shifts
        # A full-width input method:
        "ｈｔｔｐｓ：／／ｙｌｆｗ．ｅｘａｍｐｌｅ．ｇｏｖ．ｃｎ／ｐｒｏｄｕｃｔ／Ｐ－０００１２３",
        " https://ylfw.example.gov.cn/product/P-000123\r\n",
    ],
)
def test_a_product_label_carrying_the_citys_product_page_reads_as_the_product(scanned: str) -> None:
    assert parse_payload(scanned, TEMPLATE) == PRODUCT


@pytest.mark.parametrize(
    "scanned",
    [
        "https://ylfw.example.gov.cn/service/P-000123",  # another page of the same site
        "https://example.org/product/P-000123",  # another site
        "https://ylfw.example.gov.cn/product/",  # no code
        "https://ylfw.example.gov.cn/product/P 000123",  # not a code
    ],
)
def test_a_web_address_that_is_not_the_product_page_says_so(scanned: str) -> None:
    with pytest.raises(ValidationError, match="is a web address, not one of this city's product labels"):
        parse_payload(scanned, TEMPLATE)


def test_with_a_template_the_ss_labels_still_read() -> None:
    assert parse_payload("ss:p:p-000123", TEMPLATE) == PRODUCT
    assert parse_payload("SS:L:LX01-A1", TEMPLATE) == Payload(PayloadKind.LOCATION, "LX01", "A1")


def test_a_product_label_carries_ss_or_the_product_page() -> None:
    assert product_payload("P-000123") == "SS:P:P-000123"
    assert product_payload("P-000123", TEMPLATE) == "https://ylfw.example.gov.cn/product/P-000123"
    assert parse_payload(product_payload("P-000123", TEMPLATE), TEMPLATE) == PRODUCT
    query = "https://ylfw.example.gov.cn/p?code={code}&from=qr"
    assert parse_payload(product_payload("P-000123", query), query) == PRODUCT


@pytest.mark.parametrize("code", ["P-000123", "LX01-00042", "LX01", "LX01-A1", "0"])
def test_codes_of_the_payload_alphabet_may_go_on_a_label(code: str) -> None:
    check_payload_code(code)


@pytest.mark.parametrize(
    ("code", "named"),
    [
        ("p-000123", "“p”"),  # as stored: a lower-case code would read back as another one
        ("P_000123", "“_”"),
        ("LX01 A1", "U+0020"),
        ("轮椅-01", "“轮” “椅”"),
        ("Ｐ-1", "“Ｐ”"),
    ],
)
def test_a_code_with_other_characters_is_refused_naming_them(code: str, named: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_payload_code(code)
    said = str(refused.value)
    assert f"“{code}”" in said and named in said
    assert "0-9" in said and "A-Z" in said


def test_an_empty_code_is_refused() -> None:
    with pytest.raises(ValidationError, match="empty"):
        check_payload_code("")


@pytest.fixture
def admin(memdb: Database) -> Actor:
    with transaction(memdb.sessions) as session:
        return users.create_first_admin(session, "admin", "correct horse")


def product_url(db: Database) -> str:
    with reading(db.sessions) as session:
        return str(settings.get(session, settings.PRODUCT_LABEL_URL))


def test_the_product_page_setting_is_empty_until_an_administrator_sets_it(
    memdb: Database, admin: Actor
) -> None:
    assert product_url(memdb) == ""
    for value in (TEMPLATE, "http://10.1.2.3:8080/p?code={code}", ""):
        with transaction(memdb.sessions) as session:
            settings.put(session, admin, settings.PRODUCT_LABEL_URL, value)
        assert product_url(memdb) == value


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("ylfw.example.gov.cn/product/{code}", "must start with http:// or https://"),
        ("ftp://ylfw.example.gov.cn/{code}", "must start with http:// or https://"),
        ("https:///product/{code}", "and the web site's name"),
        ("https://ylfw.example.gov.cn/product/", "Put {code} once in the address"),
        ("https://ylfw.example.gov.cn/{code}/{code}", "Put {code} once in the address"),
        ("https://{code}.example.gov.cn/", "after the web site's name"),
        ("https://ylfw.example.gov.cn/产品/{code}", "no Chinese or full-width characters"),
        ("https://ylfw.example.gov.cn/my product/{code}", "no spaces"),
        ("https://ylfw.example.gov.cn/" + "p" * 200 + "/{code}", "at most 200"),
        (42, "must start with http:// or https://"),
    ],
)
def test_a_bad_product_page_address_is_refused_and_not_written(
    memdb: Database, admin: Actor, value: object, says: str
) -> None:
    with transaction(memdb.sessions) as session:
        settings.put(session, admin, settings.PRODUCT_LABEL_URL, TEMPLATE)
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as session:
        settings.put(session, admin, settings.PRODUCT_LABEL_URL, value)
    assert says in str(refused.value)
    assert "https://ylfw.example.gov.cn/product/{code}" in str(refused.value)  # an example to follow
    assert refused.value.field == settings.PRODUCT_LABEL_URL
    assert product_url(memdb) == TEMPLATE


def test_control_characters_a_scanner_sends_are_not_part_of_the_scan() -> None:
    """A scanner set up for GS1 codes sends group separators and the like; a NUL could not even be
    asked about on PostgreSQL."""
    assert normalise_scan("\x02ss:u:lx01-00001\x1d\x00\r\n") == "SS:U:LX01-00001"
