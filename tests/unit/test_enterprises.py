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
            EnterpriseInput("德康", "91350100M000100Y43", registered_on=date.today() + timedelta(days=1)),
            "registered_on",
            "The registration date is in the future; check it against the business licence.",
        ),
        (
            EnterpriseInput("德康", "91350100M000100Y43", contact_phone="1" * 31),
            "contact_phone",
            "This is too long: 30 characters at most fit here.",
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
