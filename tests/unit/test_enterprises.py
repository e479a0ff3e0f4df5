"""Enterprises: registered once per credit code, found by name or code, and renamed so their
products are found by the new name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from silvershop.catalog.enterprises import (
    EnterpriseInput,
    add_enterprise,
    delete_enterprise,
    enterprise_row,
    find_enterprise,
    list_enterprises,
    update_enterprise,
)
from silvershop.catalog.models import Enterprise
from silvershop.catalog.products import ProductInput, add_product
from silvershop.catalog.search import search
from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound, PermissionDenied, ValidationError
from silvershop.security.audit import list_entries
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import REFUSALS, Permission, actor_with

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
CLERK = actor_with([Role.DESK_CLERK], [1], username="clerk")
DEKANG = EnterpriseInput(
    name="无锡德康康复器材有限公司",
    credit_code="91350100M000100Y43",
    registered_on=date(2019, 5, 20),
    contact_name="王建国",
    contact_phone="13800138000",
)
YINFA = EnterpriseInput(name="重庆銀髮科技有限公司", credit_code="91110000802100433B")
BAD_DIVISION_CODE = "91999999MA1XYW128P"  # a right check character, but no province 99
NOT_A_PHONE = (
    "This is not a phone number in China: a mobile has 11 digits and starts with 1; "
    "a landline starts with its area code, like 0510-82345678. Check the number."
)


def _add(db: Database, data: EnterpriseInput = DEKANG) -> int:
    with transaction(db.sessions) as s:
        return add_enterprise(s, EDITOR, data).id


def _nothing_written(db: Database) -> bool:
    with reading(db.sessions) as s:
        enterprises = s.scalar(select(func.count(Enterprise.id)))
        entries = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "enterprise"))
    return enterprises == 0 and entries == 0


def test_division_comes_from_the_credit_code_and_the_code_is_tidied(memdb: Database) -> None:
    typed = EnterpriseInput(
        name="  无锡德康康复器材有限公司 ",
        credit_code=" ９１３５０１００ｍ０００１００ｙ４３ ",  # full-width, lower case
    )
    with transaction(memdb.sessions) as s:
        row = add_enterprise(s, EDITOR, typed)
    assert (row.name, row.credit_code, row.division_code, row.products) == (
        "无锡德康康复器材有限公司",
        "91350100M000100Y43",
        "350100",
        0,
    )


def test_a_division_typed_by_hand_wins(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        row = add_enterprise(s, EDITOR, EnterpriseInput("德康", "91350100M000100Y43", division_code="320211"))
    assert row.division_code == "320211"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (EnterpriseInput(" ", "91350100M000100Y43"), "name", "Enter the enterprise's name."),
        (
            EnterpriseInput("德康", "91350100M000100Y44"),
            "credit_code",
            "This unified social credit code has a typing mistake: its last character does not match "
            "the other 17. Check it against the business licence.",
        ),
        (
            EnterpriseInput("德康", "9135010OM000100Y43"),
            "credit_code",
            "A unified social credit code never contains the letters I, O, S, V or Z, but this one has O. "
            "Did you mean 1, 0, 5, U or 2?",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", division_code="3202"),
            "division_code",
            "A division code has 6 digits, like 320211; leave it empty to take it from the credit code.",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", registered_on=local_today() + timedelta(days=1)),
            "registered_on",
            "The registration date is in the future; check it against the business licence.",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", division_code="999999"),
            "division_code",
            "999999 is not a division code (GB/T 2260): its first two digits must name a province, "
            "like 32 for Jiangsu or 11 for Beijing. Check it, or leave it empty to take it from "
            "the credit code.",
        ),
        (
            EnterpriseInput("德康", BAD_DIVISION_CODE),
            "credit_code",
            "Characters 3 to 8 of this credit code (999999) are not a division code (GB/T 2260), "
            "which starts with a province, like 32 for Jiangsu. Check the code against the business "
            "licence, or type the division code where the enterprise is registered.",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", contact_phone="1" * 31),
            "contact_phone",
            NOT_A_PHONE,
        ),
        (EnterpriseInput("德康", "91350100M000100Y43", contact_phone="12345"), "contact_phone", NOT_A_PHONE),
        (
            EnterpriseInput("德康", "91350100M000100Y43", contact_phone="0510-8234567"),
            "contact_phone",
            NOT_A_PHONE,
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", contact_phone="0510-82345678转801"),
            "contact_phone",
            "A phone number has only digits (spaces, dashes, brackets and +86 are fine); "
            "remove the other characters.",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", contact_phone="+852 2123 4567"),
            "contact_phone",
            "Enter a phone number in mainland China (+86): a mobile or a landline.",
        ),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_written(
    memdb: Database, data: EnterpriseInput, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        add_enterprise(s, EDITOR, data)
    assert (str(refused.value), refused.value.field) == (message, field)
    assert _nothing_written(memdb)


def test_a_credit_code_is_registered_once(memdb: Database) -> None:
    _add(memdb)
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        add_enterprise(s, EDITOR, EnterpriseInput("另一家公司", "91350100m000100y43"))
    assert str(refused.value) == (
        "An enterprise with this credit code is already registered: 无锡德康康复器材有限公司."
    )
    assert refused.value.field == "credit_code"
    with reading(memdb.sessions) as s:
        assert [e.name for e in list_enterprises(s, EDITOR)] == ["无锡德康康复器材有限公司"]


def test_only_catalogue_editors_register_enterprises(memdb: Database) -> None:
    with pytest.raises(PermissionDenied) as refused, transaction(memdb.sessions) as s:
        add_enterprise(s, CLERK, DEKANG)
    assert str(refused.value) == REFUSALS[Permission.EDIT_CATALOGUE]
    assert _nothing_written(memdb)
    with reading(memdb.sessions) as s:
        assert list_enterprises(s, CLERK) == []  # reading is allowed


def test_list_finds_names_in_either_script_and_codes_in_any_case(memdb: Database) -> None:
    _add(memdb)
    _add(memdb, YINFA)
    with reading(memdb.sessions) as s:
        everyone = [e.name for e in list_enterprises(s, EDITOR)]
        assert everyone == ["无锡德康康复器材有限公司", "重庆銀髮科技有限公司"]
        assert [e.name for e in list_enterprises(s, EDITOR, "银发")] == ["重庆銀髮科技有限公司"]
        assert [e.name for e in list_enterprises(s, EDITOR, "m000100")] == ["无锡德康康复器材有限公司"]
        assert list_enterprises(s, EDITOR, "上海") == []


def test_find_by_credit_code_or_full_name_else_a_sentence(memdb: Database) -> None:
    enterprise_id = _add(memdb)
    with reading(memdb.sessions) as s:
        assert find_enterprise(s, EDITOR, "91350100m000100y43").id == enterprise_id
        assert find_enterprise(s, EDITOR, " 无锡德康康复器材有限公司 ").id == enterprise_id
        with pytest.raises(NotFound) as missing:
            find_enterprise(s, EDITOR, "德康")
    assert str(missing.value) == (
        "No enterprise has the credit code or the full name “德康”. "
        "Check it, or register the enterprise first."
    )


def test_renamed_enterprise_finds_its_products_by_the_new_name_only(memdb: Database) -> None:
    enterprise_id = _add(memdb)
    with transaction(memdb.sessions) as s:
        product_id = add_product(s, EDITOR, ProductInput("电动轮椅", "EW-100", enterprise_id)).id
    with reading(memdb.sessions) as s:
        assert search(s, "德康") == [product_id]
        assert search(s, "yinfa") == []
    renamed = EnterpriseInput("无锡银发智能科技有限公司", DEKANG.credit_code)
    with transaction(memdb.sessions) as s:
        row = update_enterprise(s, EDITOR, enterprise_id, renamed)
    assert (row.name, row.products) == ("无锡银发智能科技有限公司", 1)
    with reading(memdb.sessions) as s:
        assert search(s, "银发智能") == [product_id]
        assert search(s, "yinfa") == [product_id]
        assert search(s, "德康") == []


def test_update_is_audited_with_the_contact_masked(memdb: Database) -> None:
    enterprise_id = _add(memdb)
    changed = EnterpriseInput(
        DEKANG.name,
        DEKANG.credit_code,
        registered_on=DEKANG.registered_on,
        address="无锡市梁溪区",
        contact_name="李四",
        contact_phone="13900139000",
    )
    with transaction(memdb.sessions) as s:
        update_enterprise(s, EDITOR, enterprise_id, changed)
    with reading(memdb.sessions) as s:
        update, create = list_entries(s, ADMIN, entity="enterprise")
    assert (create.action, update.action) == ("create", "update")
    assert update.changes["contact_phone"] == ["138****8000", "139****9000"]
    assert update.changes["contact_name"] == ["王**", "李*"]
    assert "registered_on" not in update.changes  # unchanged fields are not listed
    assert "13800138000" not in str(create.changes)


def test_an_enterprise_with_products_is_not_deleted(memdb: Database) -> None:
    enterprise_id = _add(memdb)
    with transaction(memdb.sessions) as s:
        add_product(s, EDITOR, ProductInput("电动轮椅", "EW-100", enterprise_id))
        add_product(s, EDITOR, ProductInput("手动轮椅", "WC-1", enterprise_id))
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        delete_enterprise(s, EDITOR, enterprise_id)
    assert str(refused.value) == (
        "无锡德康康复器材有限公司 still has products in the catalogue (2), so it cannot be deleted. "
        "Delete its products or give them to another enterprise first."
    )
    with reading(memdb.sessions) as s:
        assert enterprise_row(s, EDITOR, enterprise_id).products == 2


def test_an_enterprise_without_products_is_deleted_and_audited(memdb: Database) -> None:
    enterprise_id = _add(memdb)
    with transaction(memdb.sessions) as s:
        delete_enterprise(s, EDITOR, enterprise_id)
    with reading(memdb.sessions) as s:
        assert list_enterprises(s, EDITOR) == []
        assert [e.action for e in list_entries(s, ADMIN, entity="enterprise")] == ["delete", "create"]
        with pytest.raises(NotFound):
            enterprise_row(s, EDITOR, enterprise_id)


@pytest.mark.parametrize(
    "spelling",
    [
        "无锡德康康复器材有限公司",
        " 无锡德康  康复器材有限公司 ",  # stray spaces
        "無錫德康康復器材有限公司",  # traditional characters
    ],
)
def test_a_name_is_registered_once_in_any_spelling(memdb: Database, spelling: str) -> None:
    _add(memdb)
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        add_enterprise(s, EDITOR, EnterpriseInput(spelling, "91110000802100433B"))
    assert refused.value.field == "name"
    assert str(refused.value) == (
        "无锡德康康复器材有限公司 is already registered, with the credit code 91350100M000100Y43. "
        "If it is the same enterprise, use that record; if it is another one, write its name as on "
        "its licence so the two can be told apart."
    )
    with reading(memdb.sessions) as s:
        assert [e.credit_code for e in list_enterprises(s, EDITOR)] == ["91350100M000100Y43"]
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "enterprise")) == 1


def test_a_name_in_letters_is_the_same_in_any_case_or_width(memdb: Database) -> None:
    _add(memdb, EnterpriseInput("ＡＢＣ  Care   Ltd.", "91350100M000100Y43"))
    with reading(memdb.sessions) as s:
        assert [e.name for e in list_enterprises(s, EDITOR)] == ["ABC Care Ltd."]  # stored tidied
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        add_enterprise(s, EDITOR, EnterpriseInput("abc care ltd.", "91110000802100433B"))
    assert refused.value.field == "name"


def test_renaming_to_a_registered_name_is_refused_but_respelling_its_own_is_not(memdb: Database) -> None:
    dekang = _add(memdb)
    yinfa = _add(memdb, YINFA)
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        update_enterprise(s, EDITOR, yinfa, EnterpriseInput(DEKANG.name, YINFA.credit_code))
    assert (refused.value.field, refused.value.params["code"]) == ("name", "91350100M000100Y43")
    with transaction(memdb.sessions) as s:
        row = update_enterprise(s, EDITOR, yinfa, EnterpriseInput("重庆银发科技有限公司", YINFA.credit_code))
    assert row.name == "重庆银发科技有限公司"
    with reading(memdb.sessions) as s:
        assert enterprise_row(s, EDITOR, dekang).name == DEKANG.name
        assert [e.action for e in list_entries(s, ADMIN, entity="enterprise")] == [
            "update",
            "create",
            "create",
        ]


def test_one_name_registered_twice_in_old_data_is_not_guessed(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:  # written before names were checked
        s.add(Enterprise(name="德康", credit_code="91350100M000100Y43"))
        s.add(Enterprise(name="德 康", credit_code="91110000802100433B"))
    with reading(memdb.sessions) as s:
        with pytest.raises(ValidationError) as refused:
            find_enterprise(s, EDITOR, "德康")
        assert find_enterprise(s, EDITOR, "91110000802100433B").name == "德 康"
    assert refused.value.field == "enterprise_id"
    assert str(refused.value) == (
        "Several enterprises are registered as “德康”: 德康 (91350100M000100Y43), "
        "德 康 (91110000802100433B). Name the one you mean by its credit code."
    )


def test_find_by_name_in_another_script(memdb: Database) -> None:
    enterprise_id = _add(memdb, YINFA)
    with reading(memdb.sessions) as s:
        assert find_enterprise(s, EDITOR, "重庆银发科技有限公司").id == enterprise_id


def test_a_credit_code_pasted_in_groups_is_taken_in_one_piece(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        row = add_enterprise(s, EDITOR, EnterpriseInput("锡山智造", "9132 0214 ma1x-yw12 8T"))
    assert (row.credit_code, row.division_code) == ("91320214MA1XYW128T", "320214")
    with reading(memdb.sessions) as s:
        assert find_enterprise(s, EDITOR, "9132-0214-MA1X-YW12-8T").id == row.id


def test_a_division_is_checked_only_where_it_comes_from(memdb: Database) -> None:
    """A typed division replaces the code's; bodies registered nationally have 100000."""
    with transaction(memdb.sessions) as s:
        typed = add_enterprise(s, EDITOR, EnterpriseInput("甲", BAD_DIVISION_CODE, division_code="320211"))
        national = add_enterprise(s, EDITOR, EnterpriseInput("乙", "91100000MA1XYW128H"))
    assert (typed.division_code, national.division_code) == ("320211", "100000")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("0510-82345678", "0510-82345678"),
        ("(0510)82345678", "0510-82345678"),
        ("051082345678", "0510-82345678"),
        ("010 1234 5678", "010-12345678"),
        ("", ""),
    ],
)
def test_a_contact_phone_is_kept_in_one_form(memdb: Database, typed: str, stored: str) -> None:
    with transaction(memdb.sessions) as s:
        row = add_enterprise(s, EDITOR, EnterpriseInput("德康", "91350100M000100Y43", contact_phone=typed))
    assert row.contact_phone == stored


def test_old_data_with_one_name_twice_stays_editable(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:  # written before names were checked
        s.add(Enterprise(name="德康", credit_code="91350100M000100Y43"))
    twin = _add(memdb, EnterpriseInput("乙", "91110000802100433B"))
    with transaction(memdb.sessions) as s:
        s.get_one(Enterprise, twin).name = "德康"
    with transaction(memdb.sessions) as s:
        row = update_enterprise(
            s, EDITOR, twin, EnterpriseInput("德康", "91110000802100433B", contact_phone="13900139000")
        )
    assert row.contact_phone == "13900139000"
