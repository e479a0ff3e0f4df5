"""Residents' personal data: validated on the way in, encrypted at rest, masked on the way out,
revealed only on purpose (and audited), and anonymised when it may no longer be kept."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from silvershop.centres.models import Centre
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.rental.models import ConsentBasis, Resident
from silvershop.rental.residents import (
    ANONYMISED_NAME,
    Dibao,
    Eligibility,
    LtcLevel,
    ResidentInput,
    RevealField,
    add_resident,
    anonymise,
    due_for_review,
    eligibility_of,
    find_by_id_number,
    find_by_phone,
    list_residents,
    reveal,
)
from silvershop.security.audit import list_entries
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import Vault, open_vault

TODAY = date(2026, 11, 29)
OLD_LADY = "11010519491231002X"  # female, born 1949-12-31
OLD_MAN = "440524188001010014"  # born 1880: valid number, very old


@pytest.fixture
def world(memdb: Database) -> tuple[Database, Vault, dict[str, int]]:
    with transaction(memdb.sessions) as s:
        vault = open_vault(s)
        ids = {}
        for code, district in (("BH01", "320211"), ("LX01", "320213")):
            centre = Centre(code=code, name=code, district_code=district)
            s.add(centre)
            s.flush()
            ids[code] = centre.id
    return memdb, vault, ids


def _clerk(ids: dict[str, int], code: str = "BH01") -> Actor:
    return actor_with([Role.DESK_CLERK], [ids[code]], username=f"clerk-{code}")


def _add(db: Database, vault: Vault, actor: Actor, **fields: object) -> int:
    data = {
        "name": "李秀英",
        "id_number": OLD_LADY,
        "phone": "138 0013 8000",
        "hukou_local": True,
        "consent_basis": ConsentBasis.CONSENT,
        "consent_text": "租赁服务所需",
        **fields,
    }
    with transaction(db.sessions) as s:
        return add_resident(s, actor, vault, ResidentInput(**data), today=TODAY).id  # type: ignore[arg-type]


def test_registered_resident_is_shown_masked_with_age_and_sex(world: tuple) -> None:
    db, vault, ids = world
    clerk = _clerk(ids)
    _add(db, vault, clerk, eligibility=Eligibility(3, LtcLevel.MODERATE, Dibao.DIBAO))
    with reading(db.sessions) as s:
        [view] = list_residents(s, clerk, vault, today=TODAY)
    assert view.id_number == "110105********002X"
    assert view.phone == "138****8000"
    assert (view.sex, view.age, view.home_centre_code) == ("F", 76, "BH01")
    assert view.retain_until == date(2029, 11, 29)


@pytest.mark.parametrize(
    ("fields", "field_name"),
    [
        ({"id_number": "110105194912310021"}, "id_number"),  # wrong check character
        ({"id_number": "11010519491331002X"}, "id_number"),  # month 13
        ({"phone": "0510-8888888"}, "phone"),  # a landline
        ({"name": "  "}, "name"),
        ({"eligibility": Eligibility(ability_level=7)}, "ability_level"),
        ({"consent_text": ""}, "consent"),
        ({"district_code": "999999"}, "district"),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_written(world: tuple, fields: dict, field_name: str) -> None:
    db, vault, ids = world
    with pytest.raises(ValidationError) as refused:
        _add(db, vault, _clerk(ids), **fields)
    assert refused.value.field == field_name
    assert str(refused.value)
    with reading(db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 0
        assert (
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "resident")) == 0
        )


def test_same_id_number_cannot_be_registered_twice(world: tuple) -> None:
    db, vault, ids = world
    _add(db, vault, _clerk(ids))
    with pytest.raises(ValidationError, match="already registered"):
        _add(db, vault, _clerk(ids), id_number=OLD_LADY.lower(), name="另一个人")


def test_found_by_id_number_and_phone_through_keyed_hashes(world: tuple) -> None:
    db, vault, ids = world
    clerk = _clerk(ids)
    _add(db, vault, clerk)
    with reading(db.sessions) as s:
        found = find_by_id_number(s, clerk, vault, " 11010519491231002x ", today=TODAY)
        by_phone = find_by_phone(s, clerk, vault, "+86 138-0013-8000", today=TODAY)
        hashed, sealed = s.execute(select(Resident.id_number_hash, Resident.phone_enc)).one()
    assert found is not None and found.name == "李秀英"
    assert [v.name for v in by_phone] == ["李秀英"]
    assert OLD_LADY not in hashed
    assert b"13800138000" not in sealed


def test_clerk_of_another_centre_cannot_read_or_reveal(world: tuple) -> None:
    db, vault, ids = world
    resident_id = _add(db, vault, _clerk(ids, "BH01"))
    other = _clerk(ids, "LX01")
    with reading(db.sessions) as s:
        assert list_residents(s, other, vault, today=TODAY) == []
        with pytest.raises(PermissionDenied, match="another centre"):
            find_by_id_number(s, other, vault, OLD_LADY, today=TODAY)
        with pytest.raises(PermissionDenied):
            reveal(s, other, vault, resident_id, RevealField.PHONE)
    with pytest.raises(PermissionDenied), transaction(db.sessions) as s:
        add_resident(
            s,
            other,
            vault,
            ResidentInput(name="王伯", id_number=OLD_MAN, home_centre_code="BH01"),
            today=TODAY,
        )


def test_reveal_needs_permission_and_is_audited(world: tuple) -> None:
    db, vault, ids = world
    clerk = _clerk(ids)
    resident_id = _add(db, vault, clerk)
    with pytest.raises(PermissionDenied, match="may not reveal personal data"), transaction(db.sessions) as s:
        reveal(s, clerk, vault, resident_id, RevealField.ID_NUMBER)
    manager = actor_with([Role.CENTRE_MANAGER], [ids["BH01"]], username="manager")
    with transaction(db.sessions) as s:
        assert reveal(s, manager, vault, resident_id, RevealField.ID_NUMBER) == OLD_LADY
        assert reveal(s, manager, vault, resident_id, RevealField.PHONE) == "13800138000"
    admin = actor_with([Role.ADMINISTRATOR], username="root")
    with reading(db.sessions) as s:
        reveals = [e for e in list_entries(s, admin, entity="resident") if e.action == "reveal"]
    assert [(e.username, e.summary) for e in reveals] == [
        ("manager", "revealed phone"),
        ("manager", "revealed id_number"),
    ]


def test_audit_log_of_a_new_resident_is_masked(world: tuple) -> None:
    db, vault, ids = world
    _add(db, vault, _clerk(ids))
    with reading(db.sessions) as s:
        [changes] = s.scalars(select(AuditEntry.changes).where(AuditEntry.entity == "resident")).all()
    assert OLD_LADY not in changes and "13800138000" not in changes and "李秀英" not in changes
    assert "110105********002X" in changes and "138****8000" in changes


def test_eligibility_is_readable_by_the_desk_for_subsidies(world: tuple) -> None:
    db, vault, ids = world
    clerk = _clerk(ids)
    resident_id = _add(db, vault, clerk, eligibility=Eligibility(3, LtcLevel.NONE, Dibao.DIBAO_EDGE))
    with reading(db.sessions) as s:
        assert eligibility_of(s, clerk, vault, resident_id) == Eligibility(3, LtcLevel.NONE, Dibao.DIBAO_EDGE)


def test_past_retention_listed_then_anonymised_keeping_the_record(world: tuple) -> None:
    db, vault, ids = world
    clerk = _clerk(ids)
    resident_id = _add(db, vault, clerk)
    manager = actor_with([Role.CENTRE_MANAGER], [ids["BH01"]], username="manager")
    later = date(2030, 1, 1)
    with reading(db.sessions) as s:
        assert due_for_review(s, manager, vault, today=TODAY) == []
        assert [v.id for v in due_for_review(s, manager, vault, today=later)] == [resident_id]
    with pytest.raises(PermissionDenied), transaction(db.sessions) as s:
        anonymise(s, clerk, resident_id)
    with transaction(db.sessions) as s:
        anonymise(s, manager, resident_id)
    with reading(db.sessions) as s:
        row = s.get_one(Resident, resident_id)
        assert (row.name, row.id_number_enc, row.phone_enc, row.id_number_hash) == (
            ANONYMISED_NAME,
            None,
            None,
            None,
        )
        assert due_for_review(s, manager, vault, today=later) == []
        [view] = list_residents(s, manager, vault, today=later)
        assert view.anonymised and view.id_number == ""
