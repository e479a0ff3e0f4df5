"""Categories: ISO 9999 codes found in the edition asked for, and the codes users add to a scheme."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from silvershop.catalog.categories import find_assistive_category
from silvershop.catalog.category_codes import add_category, list_categories
from silvershop.catalog.models import Category
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound, PermissionDenied, SilvershopError, ValidationError
from silvershop.security.audit import list_entries
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import KIOSK, REFUSALS, Permission, actor_with

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
ISO = ("iso9999", "ISO 9999:2022")


def _writes(db: Database) -> tuple[int, int]:
    with reading(db.sessions) as s:
        added = s.scalar(select(func.count(Category.id)).where(Category.builtin.is_(False))) or 0
        entries = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "category")) or 0
    return added, entries


def test_an_edition_without_the_code_names_the_editions_with_it(memdb: Database) -> None:
    with reading(memdb.sessions) as s:
        assert find_assistive_category(s, EDITOR, "122203", "ISO 9999:2022").code == "12 22 03"
        with pytest.raises(NotFound) as other_edition:
            find_assistive_category(s, EDITOR, "12 22 03", "ISO 9999:2016")
        with pytest.raises(NotFound) as nowhere:
            find_assistive_category(s, EDITOR, "22 06")
        with pytest.raises(NotFound) as badly_written:
            find_assistive_category(s, EDITOR, "12 2")
    assert str(other_edition.value) == (
        "ISO 9999:2016 has no code 12 22 03; the loaded editions with it are ISO 9999:2022."
    )
    assert str(nowhere.value) == (
        "No loaded edition of ISO 9999 or GB/T 16432 has the code 22 06. Check the code; "
        "if it is right, add it to its edition as a new category first."
    )
    assert str(badly_written.value) == (
        "“12 2” is not an assistive-product code: write ISO 9999 codes as two-digit groups, as in 12 22 03."
    )


def test_an_added_iso_code_goes_under_the_code_it_extends_and_is_found(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        hearing = add_category(s, EDITOR, *ISO, "2206", "助听器")
        in_ear = add_category(s, EDITOR, *ISO, "22 06 18", " 耳内式 助听器 ")
        orphan = add_category(s, EDITOR, *ISO, "30 03", "体育辅助器具")  # class 30 is not loaded
    assert (hearing.code, hearing.parent_code, hearing.builtin) == ("22 06", "22", False)
    assert (in_ear.code, in_ear.name, in_ear.parent_code) == ("22 06 18", "耳内式 助听器", "22 06")
    assert orphan.parent_code == ""
    with reading(memdb.sessions) as s:
        assert find_assistive_category(s, EDITOR, "22 06 18").id == in_ear.id
        codes = [r.code for r in list_categories(s, EDITOR, *ISO)]
        added = list_entries(s, ADMIN, entity="category")
    assert codes.index("22") < codes.index("22 06") < codes.index("22 06 18")
    assert codes.index("12 36") < codes.index("18") < codes.index("22")  # shipped order untouched
    assert [e.action for e in added] == ["create"] * 3
    assert added[-1].changes == {
        "scheme": [None, "iso9999:ISO 9999:2022"],
        "code": [None, "22 06"],
        "name": [None, "助听器"],
        "parent": [None, "22"],
    }


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        (
            ("iso9999", "ISO 9999:2016", "22 06", "助听器"),
            "scheme",
            "No category scheme iso9999 ISO 9999:2016 is loaded. The loaded schemes and editions are: "
            "miit_smart 2018, miit_smart 2020, miit_smart 2022, miit_smart 2024, miit_elderly 通用, "
            "wuxi_rental 2025, iso9999 ISO 9999:2022.",
        ),
        (
            (*ISO, "22-6", "助听器"),
            "code",
            "An ISO 9999 code is one, two or three groups of two digits, like 22 06 or 22 06 18; "
            "“22 6” is not one.",
        ),
        ((*ISO, "22 06 18 01", "助听器"), "code", None),
        (
            (*ISO, "12 22", "手动轮椅"),
            "code",
            "iso9999 ISO 9999:2022 already has the code 12 22: 手动轮椅车.",
        ),
        ((*ISO, "22 06", "  "), "name", "Enter the category's name."),
        ((*ISO, "", "助听器"), "code", "Enter the category's code."),
        (
            ("miit_smart", "2024", "P0:8", "新类别"),
            "code",
            "A category code has only digits, capital letters, spaces, '.' and '-' "
            "(32 characters at most), like P08 or R104.",
        ),
    ],
)
def test_a_bad_category_is_refused_at_its_field_and_nothing_is_written(
    memdb: Database, args: tuple[str, str, str, str], field: str, message: str | None
) -> None:
    with pytest.raises(SilvershopError) as refused, transaction(memdb.sessions) as s:
        add_category(s, EDITOR, *args)
    assert refused.value.field == field
    if message is not None:
        assert str(refused.value) == message
    assert _writes(memdb) == (0, 0)


@pytest.mark.parametrize(
    ("code", "parent", "message"),
    [
        (
            "22 06",
            "12",
            "In ISO 9999 a category sits under a code it starts with: 22 06 cannot go under 12. "
            "Leave the parent empty to place it by its code.",
        ),
        (
            "22 05 06",
            "22 05",
            "iso9999 ISO 9999:2022 has no category 22 05 to put this one under. "
            "Add that category first, or leave the parent empty.",
        ),
    ],
)
def test_a_parent_that_does_not_fit_is_refused(memdb: Database, code: str, parent: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        add_category(s, EDITOR, *ISO, code, "助听器", parent)
    assert (refused.value.field, str(refused.value)) == ("parent_code", message)
    assert _writes(memdb) == (0, 0)


def test_a_promotion_category_goes_under_the_parent_named_and_takes_its_section(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        row = add_category(s, EDITOR, "wuxi_rental", "2025", "r104", "电动移位机", parent_code="R1")
        service = add_category(s, EDITOR, "miit_smart", "2024", "S07", "智慧助餐")
    assert (row.code, row.parent_code, row.section) == ("R104", "R1", "")
    assert (service.parent_code, service.section) == ("", "")
    with reading(memdb.sessions) as s:
        assert [r.code for r in list_categories(s, EDITOR, "wuxi_rental")][-1] == "R104"


def test_only_catalogue_editors_add_categories_but_anyone_lists_them(memdb: Database) -> None:
    with pytest.raises(PermissionDenied) as refused, transaction(memdb.sessions) as s:
        add_category(s, KIOSK, *ISO, "22 06", "助听器")
    assert str(refused.value) == REFUSALS[Permission.EDIT_CATALOGUE]
    assert _writes(memdb) == (0, 0)
    with reading(memdb.sessions) as s:
        assert len(list_categories(s, KIOSK, "iso9999")) == 15
        with pytest.raises(NotFound) as unknown:
            list_categories(s, KIOSK, "iso")
    assert unknown.value.field == "scheme"
