"""Amounts typed in 元, in any of the shapes a Chinese keyboard makes, become exact integer fen."""

from __future__ import annotations

import pytest

from silvershop.errors import ValidationError
from silvershop.money import format_yuan, parse_yuan


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1299", 129900),
        ("1,299.00", 129900),
        ("¥1299", 129900),
        ("￥1,299", 129900),
        ("1299元", 129900),
        ("１２９９", 129900),  # full-width, the IME still on
        ("  1299.5  ", 129950),
        ("1 299", 129900),
        ("0.1", 10),
        ("0.29", 29),  # float would make this 28.999…
        (".5", 50),
        ("12.340", 1234),  # a trailing zero is still whole fen
        ("0", 0),
        ("10,000,000", 1_000_000_000),
    ],
)
def test_amounts_as_people_type_them(typed: str, fen: int) -> None:
    assert parse_yuan(typed, field="price") == fen


@pytest.mark.parametrize("typed", ["", "   ", "\u3000"])
def test_nothing_typed_is_no_amount(typed: str) -> None:
    assert parse_yuan(typed, field="price") is None


@pytest.mark.parametrize("typed", ["-5", "－５", "¥-5", "-¥5"])
def test_negative_amounts_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_yuan(typed, field="deposit")
    assert str(refused.value) == "The amount cannot be negative."
    assert refused.value.field == "deposit"


@pytest.mark.parametrize("typed", ["abc", "12,99", "1.2.3", "1e5", "NaN", "Infinity", "十元", "12 元 5"])
def test_text_that_is_not_an_amount_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_yuan(typed, field="monthly_rent")
    assert str(refused.value) == (
        f"“{typed.strip()}” is not an amount of money. Type it in 元, for example 1299 or 1,299.50."
    )
    assert refused.value.field == "monthly_rent"


def test_fractions_of_a_fen_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_yuan("12.345", field="price")
    assert str(refused.value) == "An amount has at most two decimal places (分); check “12.345”."


def test_absurd_amounts_are_refused_as_typos() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_yuan("10000000.01", field="price")
    assert str(refused.value) == "The amount 10000000.01 is too large; check it (at most 10,000,000 元)."


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (None, ""),
        (0, "0.00"),
        (5, "0.05"),
        (129900, "1,299.00"),
        (123456789, "1,234,567.89"),
        (-150, "-1.50"),
    ],
)
def test_amounts_are_shown_with_grouping_and_two_decimals(fen: int | None, text: str) -> None:
    assert format_yuan(fen) == text


@pytest.mark.parametrize("fen", [0, 1, 99, 129950, 1_000_000_000])
def test_a_shown_amount_reads_back_the_same(fen: int) -> None:
    assert parse_yuan(format_yuan(fen), field="price") == fen
