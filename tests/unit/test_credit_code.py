"""Credit codes as typed from a business licence: accepted normalised, or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silvershop.catalog.credit_code import (
    ALPHABET,
    credit_check_character,
    division_of,
    validate_credit_code,
)
from silvershop.errors import ValidationError

PUBLISHED = ["91350100M000100Y43", "91110000802100433B", "914403001922038216"]


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_examples_are_valid(code: str) -> None:
    assert validate_credit_code(code) == code
    assert credit_check_character(code[:17]) == code[-1]


def test_division_is_characters_three_to_eight() -> None:
    assert division_of("91350100M000100Y43") == "350100"
    assert division_of("914403001922038216") == "440300"


def test_typed_forms_are_normalised() -> None:
    assert validate_credit_code(" 91350100m000100y43\t") == "91350100M000100Y43"
    assert validate_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


def _refusal(typed: str) -> str:
    with pytest.raises(ValidationError) as info:
        validate_credit_code(typed)
    assert info.value.field == "credit_code"
    return str(info.value)


def test_wrong_length_says_how_many_characters() -> None:
    assert "18 characters; this one has 17" in _refusal("91350100M000100Y4")


def test_empty_input_asks_for_the_code() -> None:
    assert _refusal("") == "Enter the unified social credit code."


def test_forbidden_letters_are_named_with_what_was_probably_meant() -> None:
    message = _refusal("91350100MOOO1OOY43")
    assert "I, O, S, V or Z" in message
    assert "this one has O." in message
    assert "0" in message


def test_other_characters_are_refused() -> None:
    assert "“-”" in _refusal("91350100-000100Y43")


def test_wrong_check_character_is_called_a_typing_mistake() -> None:
    message = _refusal("91350100M000100Y44")
    assert "typing mistake" in message
    assert "business licence" in message


def test_swapped_characters_are_caught() -> None:
    assert "typing mistake" in _refusal("91350100M000010Y43")


@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_every_code_with_its_check_character_is_valid(first17: str) -> None:
    code = first17 + credit_check_character(first17)
    assert validate_credit_code(code.lower()) == code


@given(
    st.text(alphabet=ALPHABET, min_size=17, max_size=17),
    st.integers(min_value=0, max_value=16),
    st.integers(min_value=1, max_value=30),
)
def test_any_single_wrong_character_is_refused(first17: str, position: int, delta: int) -> None:
    code = first17 + credit_check_character(first17)
    wrong = ALPHABET[(ALPHABET.index(code[position]) + delta) % len(ALPHABET)]
    with pytest.raises(ValidationError):
        validate_credit_code(code[:position] + wrong + code[position + 1 :])


@given(st.text(max_size=30))
def test_random_text_only_ever_raises_a_validation_error(text: str) -> None:
    try:
        validate_credit_code(text)
    except ValidationError as err:
        field = err.field
    else:
        field = "credit_code"
    assert field == "credit_code"
