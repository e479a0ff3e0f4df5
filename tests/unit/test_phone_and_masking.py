"""Mobile numbers as typed at the desk, and the masked forms screens, exports and logs show."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from silvershop.errors import ValidationError
from silvershop.security.masking import mask_id_number, mask_name, mask_phone
from silvershop.security.phone import normalise_mobile


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+86-13812345678",
        "008613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_typed_forms_give_the_eleven_digits(typed: str) -> None:
    assert normalise_mobile(typed) == "13812345678"


@pytest.mark.parametrize("number", ["19912345678", "15012345678", "18612345678", "17712345678"])
def test_current_number_ranges_are_mobiles(number: str) -> None:
    assert normalise_mobile(number) == number


def _refusal(typed: str) -> str:
    with pytest.raises(ValidationError) as info:
        normalise_mobile(typed)
    assert info.value.field == "phone"
    return str(info.value)


def test_landline_is_refused_as_a_landline() -> None:
    assert "landline" in _refusal("0510-85123456")
    assert "landline" in _refusal("051085123456")


def test_too_short_or_unassigned_numbers_are_refused() -> None:
    assert "11 digits" in _refusal("1381234567")
    assert "11 digits" in _refusal("12345678901")


def test_foreign_number_is_refused() -> None:
    assert "mainland China" in _refusal("+852 9123 4567")


def test_letters_and_masked_numbers_are_refused() -> None:
    assert "only digits" in _refusal("138****5678")
    assert "only digits" in _refusal("1-800-FLOWERS")


def test_empty_input_asks_for_the_number() -> None:
    assert _refusal("") == "Enter the mobile number."


@given(st.text(max_size=25))
def test_random_text_only_ever_raises_a_validation_error(text: str) -> None:
    try:
        result = normalise_mobile(text)
    except ValidationError as err:
        field, valid = err.field, True
    else:
        field, valid = "phone", phonenumbers.is_valid_number(phonenumbers.parse(result, "CN"))
    assert field == "phone"
    assert valid


def test_id_number_keeps_area_and_last_four() -> None:
    assert mask_id_number("320211194905061234") == "320211********1234"
    assert mask_id_number("11010519491231002X", head=3, tail=1) == "110**************X"


def test_id_number_too_short_to_keep_both_ends_is_hidden_whole() -> None:
    assert mask_id_number("1234567890") == "**********"


def test_phone_keeps_prefix_and_last_four() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("85123456") == "****3456"


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("王秀英", "王**"),
        ("欧阳娜娜", "欧阳**"),
        ("欧阳修", "欧阳*"),
        ("欧阳", "欧*"),
        ("李", "*"),
    ],
)
def test_name_keeps_the_surname(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@given(st.text(alphabet="0123456789X", min_size=11, max_size=18))
def test_masked_id_never_shows_the_middle(value: str) -> None:
    masked = mask_id_number(value)
    assert len(masked) == len(value)
    assert masked[6:-4] == "*" * (len(value) - 10)
