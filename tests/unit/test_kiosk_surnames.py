"""Surnames by their pinyin, for a 称呼 made on the kiosk's keys: the letters typed find the surnames they
start to spell (or the initials of a compound one), those spelt whole first, then the more common; a
surname is found by its own reading, not by how the character is read in words."""

from __future__ import annotations

import pytest

from silvershop.kiosk.surnames import (
    FORMS_OF_ADDRESS,
    MOST,
    SURNAMES,
    pinyin_letters,
    split_address,
    surnames_for,
)


def test_the_list_holds_about_120_common_surnames_each_once_with_plain_pinyin() -> None:
    surnames = [surname for surname, *_readings in SURNAMES]
    assert 110 <= len(surnames) <= 140
    assert len(set(surnames)) == len(surnames)
    assert surnames[:5] == ["王", "李", "张", "刘", "陈"]
    assert {"欧阳", "司马", "上官", "诸葛"} <= set(surnames)
    for _surname, *readings in SURNAMES:
        assert readings
        for reading in readings:
            syllables = reading.split()
            assert " ".join(syllables) == reading
            assert all(part.isascii() and part.isalpha() and part.islower() for part in syllables)  # no tones


def test_nothing_typed_offers_the_most_common_surnames() -> None:
    assert surnames_for("") == ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"]
    assert len(surnames_for("")) == MOST


def test_a_whole_reading_comes_first_then_longer_readings_it_starts() -> None:
    assert surnames_for("wang") == ["王", "汪"]
    assert surnames_for("wan")[:3] == ["万", "王", "汪"]
    assert surnames_for("yu")[:3] == ["于", "余", "袁"]  # yu whole, then yuan


def test_initials_find_the_surnames_they_start_most_common_first() -> None:
    assert surnames_for("zh")[:5] == ["张", "赵", "周", "朱", "郑"]
    assert surnames_for("w")[:4] == ["王", "吴", "魏", "汪"]
    assert len(surnames_for("l")) == MOST  # of the 20 or so that start with l
    assert len(surnames_for("l", most=5)) == 5


@pytest.mark.parametrize(
    ("typed", "surname"),
    [("oy", "欧阳"), ("ouy", "欧阳"), ("ouyang", "欧阳"), ("sm", "司马"), ("sg", "上官"), ("zhug", "诸葛")],
)
def test_compound_surnames_are_found_by_their_syllables_initials(typed: str, surname: str) -> None:
    assert surname in surnames_for(typed)


def test_a_compound_surname_is_not_found_from_its_second_syllable() -> None:
    assert "欧阳" not in surnames_for("yang")
    assert surnames_for("yang")[0] == "杨"


@pytest.mark.parametrize(
    ("reading", "surname", "not_reading"),
    [
        ("shan", "单", "dan"),
        ("zeng", "曾", "ceng"),
        ("xie", "解", "jie"),
        ("ou", "区", "qu"),
        ("qiu", "仇", "chou"),
        ("piao", "朴", "pu"),
        ("zha", "查", "cha"),
        ("ge", "盖", "gai"),
        ("yue", "乐", "le"),
        ("qin", "覃", "tan"),
    ],
)
def test_a_surname_is_found_by_its_surname_reading_only(reading: str, surname: str, not_reading: str) -> None:
    assert surname in surnames_for(reading, most=50)
    assert surname not in surnames_for(not_reading, most=50)


def test_lv_finds_lv_and_so_does_lu() -> None:
    assert surnames_for("lv") == ["吕"]
    assert surnames_for("lü") == ["吕"]
    assert "吕" in surnames_for("lu")[:4]


def test_capitals_full_width_letters_and_spaces_are_read_as_letters() -> None:
    assert surnames_for("WANG") == surnames_for("wang")
    assert surnames_for("ｗａｎｇ") == surnames_for("wang")
    assert surnames_for("ou yang") == ["欧阳"]
    assert pinyin_letters("Xi'an") == "xian"


def test_what_is_not_pinyin_letters_finds_nothing() -> None:
    assert surnames_for("王") == []
    assert surnames_for("w4") == []
    assert surnames_for("qqq") == []
    assert surnames_for("wang", most=0) == []


def test_a_form_of_address_is_told_apart_from_the_name_before_it() -> None:
    assert FORMS_OF_ADDRESS == ("先生", "女士", "阿姨", "叔叔", "老师")
    assert split_address("王阿姨") == ("王", "阿姨")
    assert split_address("欧阳先生") == ("欧阳", "先生")
    assert split_address("李明") == ("李明", "")
    assert split_address("") == ("", "")
