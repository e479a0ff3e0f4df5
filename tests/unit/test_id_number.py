"""Resident ID numbers as a clerk types them: accepted with what they tell, or refused with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silvershop.errors import ValidationError
from silvershop.rental.models import Sex
from silvershop.security.id_number import (
    UNKNOWN_AREA,
    check_character,
    make_id_number,
    parse_id_number,
)

TODAY = date(2026, 6, 1)


def test_published_example_of_a_woman_born_1949() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed.value == "11010519491231002X"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex is Sex.FEMALE
    assert parsed.area_code == "110105"
    assert parsed.warnings == ()


def test_published_example_of_a_man_born_1880() -> None:
    parsed = parse_id_number("440524188001010014", today=TODAY)
    assert parsed.birth_date == date(1880, 1, 1)
    assert parsed.sex is Sex.MALE


@pytest.mark.parametrize(
    "typed",
    [
        "  11010519491231002X ",  # spaces around
        "11010519491231002x",  # lower-case x
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width, as a Chinese input method types it
    ],
)
def test_what_an_input_method_types_is_accepted(typed: str) -> None:
    assert parse_id_number(typed, today=TODAY).value == "11010519491231002X"


def test_age_counts_completed_years() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed.age_on(date(2029, 12, 30)) == 79
    assert parsed.age_on(date(2029, 12, 31)) == 80


def test_leap_day_birthday_turns_a_year_older_on_the_first_of_march() -> None:
    parsed = parse_id_number(make_id_number("320211", date(1944, 2, 29), 12), today=TODAY)
    assert parsed.age_on(date(2025, 2, 28)) == 80
    assert parsed.age_on(date(2025, 3, 1)) == 81


def _refusal(typed: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_id_number(typed, today=TODAY)
    assert info.value.field == "id_number"
    return info.value


def test_wrong_length_says_how_many_characters() -> None:
    assert "18 characters; this one has 17" in str(_refusal("11010519491231002"))


def test_empty_input_asks_for_the_number() -> None:
    assert str(_refusal("   ")) == "Enter the ID number."


def test_old_fifteen_digit_number_is_recognised() -> None:
    assert "old 15-digit" in str(_refusal("110105491231002"))


def test_letters_are_refused_naming_the_character() -> None:
    message = str(_refusal("1101051949123100AX"))
    assert "character 17" in message
    assert "“A”" in message


def test_x_is_only_allowed_last() -> None:
    assert "character 1 " in str(_refusal("X10105194912310021"))


def test_wrong_check_character_is_called_a_typing_mistake() -> None:
    message = str(_refusal("110105194912310021"))
    assert "typing mistake" in message
    assert "ID card" in message


def test_transposed_digits_are_caught() -> None:
    assert "typing mistake" in str(_refusal("11010519491231020X"))


def test_impossible_birth_date_is_named() -> None:
    first17 = "32021119490231002"  # 31 February
    message = str(_refusal(first17 + check_character(first17)))
    assert "19490231" in message
    assert "not a real birth date" in message


def test_birth_date_in_the_future_is_refused() -> None:
    number = make_id_number("320211", date(2026, 6, 2), 1)
    assert "in the future" in str(_refusal(number))
    assert parse_id_number(number, today=date(2026, 6, 2)).birth_date == date(2026, 6, 2)


def test_unknown_province_code_is_a_warning_not_a_refusal() -> None:
    number = make_id_number("990101", date(1950, 1, 1), 5)
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.warnings == (UNKNOWN_AREA,)
    assert parsed.area_code == "990101"


def test_abolished_wuxi_code_is_accepted_silently() -> None:
    """崇安区 (320202) was merged into 梁溪区 in 2015; its residents keep their numbers."""
    parsed = parse_id_number(make_id_number("320202", date(1940, 5, 6), 7), today=TODAY)
    assert parsed.warnings == ()


def test_make_id_number_refuses_what_it_cannot_encode() -> None:
    with pytest.raises(ValueError, match="six digits"):
        make_id_number("3202", date(1950, 1, 1), 1)
    with pytest.raises(ValueError, match="sequence"):
        make_id_number("320211", date(1950, 1, 1), 1000)
    with pytest.raises(ValueError, match="17 ASCII digits"):
        check_character("1234")


@given(
    area=st.from_regex(r"[1-8][0-9]{5}", fullmatch=True),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_every_generated_number_round_trips(area: str, birth: date, sequence: int) -> None:
    number = make_id_number(area, birth, sequence)
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.value == number
    assert parsed.birth_date == birth
    assert parsed.area_code == area
    assert parsed.sex is (Sex.MALE if sequence % 2 else Sex.FEMALE)


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    sequence=st.integers(min_value=0, max_value=999),
    position=st.integers(min_value=0, max_value=16),
    delta=st.integers(min_value=1, max_value=9),
)
def test_any_single_wrong_digit_is_refused(birth: date, sequence: int, position: int, delta: int) -> None:
    number = make_id_number("320211", birth, sequence)
    wrong = str((int(number[position]) + delta) % 10)
    typo = number[:position] + wrong + number[position + 1 :]
    with pytest.raises(ValidationError):
        parse_id_number(typo, today=TODAY)


@given(st.text(max_size=40))
def test_random_text_only_ever_raises_a_validation_error(text: str) -> None:
    try:
        parse_id_number(text, today=TODAY)
    except ValidationError as err:
        field, message = err.field, str(err)
    else:
        field, message = "id_number", "accepted"
    assert field == "id_number"
    assert message
