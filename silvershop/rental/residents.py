"""Residents who rent: registering them, finding them, showing them masked, revealing one value
on purpose, and anonymising them when their retention date has passed (个人信息保护法).

ID number, phone, address, eligibility and the guardian's phone are encrypted with the vault;
finding by ID number or phone goes through keyed hashes. Everything a screen gets is masked
unless a permitted user reveals one field of one record, and each reveal is audited.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from silvershop.centres.models import Centre, District
from silvershop.config import local_today
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from silvershop.rental.models import ConsentBasis, Resident
from silvershop.security import audit, settings
from silvershop.security.id_number import IdNumber, parse_id_number
from silvershop.security.masking import mask_id_number, mask_phone
from silvershop.security.permissions import Actor, Permission
from silvershop.security.phone import normalise_mobile
from silvershop.security.vault import Vault

ANONYMISED_NAME = "已匿名"


class LtcLevel(StrEnum):
    """长期护理保险 assessment: mild, moderate or severe disability (轻度/中度/重度失能)."""

    NONE = ""
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Dibao(StrEnum):
    NONE = ""
    DIBAO = "dibao"  # 低保
    DIBAO_EDGE = "dibao_edge"  # 低保边缘


class RevealField(StrEnum):
    ID_NUMBER = "id_number"
    PHONE = "phone"
    ADDRESS = "address"
    GUARDIAN_PHONE = "guardian_phone"
    ELIGIBILITY = "eligibility"


@dataclass(frozen=True)
class Eligibility:
    ability_level: int | None = None  # 老年人能力评估 level, 0 (able) to 4 (fully dependent)
    ltc_level: LtcLevel = LtcLevel.NONE
    dibao: Dibao = Dibao.NONE

    def to_json(self) -> str:
        return json.dumps(
            {"ability_level": self.ability_level, "ltc_level": self.ltc_level, "dibao": self.dibao}
        )

    @classmethod
    def from_json(cls, text: str) -> Eligibility:
        raw = json.loads(text)
        return cls(raw.get("ability_level"), LtcLevel(raw.get("ltc_level", "")), Dibao(raw.get("dibao", "")))


@dataclass(frozen=True)
class ResidentInput:
    name: str
    id_number: str
    phone: str = ""
    address: str = ""
    district_code: str | None = None
    hukou_local: bool = False
    eligibility: Eligibility = field(default_factory=Eligibility)
    guardian_name: str = ""
    guardian_phone: str = ""
    consent_basis: ConsentBasis = ConsentBasis.NONE
    consent_text: str = ""
    consent_on: date | None = None
    home_centre_code: str | None = None


@dataclass(frozen=True)
class ResidentView:
    """A resident as any permitted screen shows them: personal values masked."""

    id: int
    name: str
    id_number: str  # masked
    phone: str  # masked
    sex: str
    age: int | None
    district_code: str | None
    hukou_local: bool
    home_centre_code: str | None
    consent_basis: ConsentBasis
    consent_on: date | None
    retain_until: date | None
    anonymised: bool


def _purpose_hash(vault: Vault, value: str, purpose: str) -> str:
    return vault.lookup_hash(value, purpose=purpose)


def _id_hash(vault: Vault, id_number: str) -> str:
    return _purpose_hash(vault, id_number, "id_number")


def _views(session: Session, vault: Vault, residents: Iterable[Resident], today: date) -> list[ResidentView]:
    """Residents as screens show them; the mask and the centres are read once for the whole list."""
    rows = list(residents)
    head, tail = settings.get(session, settings.ID_MASK)
    centre_ids = {r.home_centre_id for r in rows if r.home_centre_id is not None}
    query = select(Centre.id, Centre.code).where(Centre.id.in_(centre_ids))
    codes: dict[int, str] = {row.id: row.code for row in session.execute(query)} if centre_ids else {}
    views = []
    for r in rows:
        id_number = vault.decrypt(r.id_number_enc, purpose="id_number") if r.id_number_enc else ""
        phone = vault.decrypt(r.phone_enc, purpose="phone") if r.phone_enc else ""
        views.append(
            ResidentView(
                id=r.id,
                name=r.name,
                id_number=mask_id_number(id_number, head, tail) if id_number else "",
                phone=mask_phone(phone) if phone else "",
                sex=r.sex.value if r.sex else "",
                age=parse_id_number(id_number, today=today).age_on(today) if id_number else None,
                district_code=r.district_code,
                hukou_local=r.hukou_local,
                home_centre_code=codes.get(r.home_centre_id) if r.home_centre_id is not None else None,
                consent_basis=r.consent_basis,
                consent_on=r.consent_on,
                retain_until=r.retain_until,
                anonymised=r.anonymised_at is not None,
            )
        )
    return views


def _home_centre(session: Session, actor: Actor, code: str | None) -> Centre:
    """The centre a new resident is registered at; a clerk of one centre need not name it."""
    if code:
        centre = session.scalar(select(Centre).where(Centre.code == code.strip().upper()))
        if centre is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no centre with the code {code}."),
                field="centre",
                code=code,
            )
        return centre
    if len(actor.centre_ids) == 1:
        return session.get_one(Centre, next(iter(actor.centre_ids)))
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Choose the centre where the resident is registered."), field="centre"
    )


def _guardian_mobile(text: str) -> str:
    """The guardian's mobile, refused under its own field so the clerk does not correct the resident's."""
    if not text.strip():
        return ""
    try:
        return normalise_mobile(text)
    except ValidationError as err:
        err.field = "guardian_phone"
        raise


def _check_input(session: Session, data: ResidentInput, today: date) -> tuple[str, IdNumber, str, str]:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the resident's name."), field="name")
    if len(name) > 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The name is too long (60 characters at most)."), field="name"
        )
    id_number = parse_id_number(data.id_number, today=today)
    phone = normalise_mobile(data.phone) if data.phone.strip() else ""
    guardian_phone = _guardian_mobile(data.guardian_phone)
    level = data.eligibility.ability_level
    if level is not None and not 0 <= level <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The ability assessment level goes from 0 to 4."),
            field="ability_level",
        )
    if data.district_code and session.get(District, data.district_code) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown district code {code}."),
            field="district",
            code=data.district_code,
        )
    if data.consent_basis != ConsentBasis.NONE and not data.consent_text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say what the consent covers, or on which legal duty the data is kept."
            ),
            field="consent",
        )
    return name, id_number, phone, guardian_phone


def _retain_until(session: Session, today: date) -> date:
    years = int(settings.get(session, settings.RETENTION_YEARS))
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def add_resident(
    session: Session, actor: Actor, vault: Vault, data: ResidentInput, today: date | None = None
) -> ResidentView:
    today = today or local_today()
    centre = _home_centre(session, actor, data.home_centre_code)
    actor.require(Permission.EDIT_RESIDENTS, centre.id)
    name, id_number, phone, guardian_phone = _check_input(session, data, today)
    if session.scalar(select(Resident.id).where(Resident.id_number_hash == _id_hash(vault, id_number.value))):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A resident with this ID number is already registered. Search for them instead."
            ),
            field="id_number",
        )
    consent_on = data.consent_on or (today if data.consent_basis != ConsentBasis.NONE else None)
    resident = Resident(
        name=name,
        sex=id_number.sex,
        id_number_enc=vault.encrypt(id_number.value, purpose="id_number"),
        id_number_hash=_id_hash(vault, id_number.value),
        phone_enc=vault.encrypt(phone, purpose="phone") if phone else None,
        phone_hash=_purpose_hash(vault, phone, "phone") if phone else None,
        address_enc=vault.encrypt(data.address.strip(), purpose="address") if data.address.strip() else None,
        eligibility_enc=vault.encrypt(data.eligibility.to_json(), purpose="eligibility"),
        district_code=data.district_code or centre.district_code,
        hukou_local=data.hukou_local,
        home_centre_id=centre.id,
        guardian_name=data.guardian_name.strip(),
        guardian_phone_enc=vault.encrypt(guardian_phone, purpose="guardian_phone")
        if guardian_phone
        else None,
        consent_basis=data.consent_basis,
        consent_text=data.consent_text.strip(),
        consent_on=consent_on,
        retain_until=_retain_until(session, today),
        key_id=vault.key_id,
    )
    session.add(resident)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "resident",
        resident.id,
        {
            "name": (None, name),
            "id_number": (None, id_number.value),
            "phone": (None, phone),
            "hukou_local": (None, data.hukou_local),
            "eligibility": (None, "set"),
            "consent_basis": (None, data.consent_basis.value),
            "centre": (None, centre.code),
        },
    )
    [view] = _views(session, vault, [resident], today)
    return view


def _visible(actor: Actor, query: Select[tuple[Resident]]) -> Select[tuple[Resident]]:
    centres = actor.visible_centres(Permission.VIEW_RESIDENTS)
    return query if centres is None else query.where(Resident.home_centre_id.in_(centres))


def _get_visible(session: Session, actor: Actor, resident_id: int) -> Resident:
    actor.require(Permission.VIEW_RESIDENTS)
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident no longer exists."))
    actor.require(Permission.VIEW_RESIDENTS, resident.home_centre_id)
    return resident


def find_by_id_number(
    session: Session, actor: Actor, vault: Vault, id_number: str, today: date | None = None
) -> ResidentView | None:
    """The resident with this ID number among those the actor may see (a typo is refused, not missed)."""
    today = today or local_today()
    value = parse_id_number(id_number, today=today).value
    query = _visible(actor, select(Resident).where(Resident.id_number_hash == _id_hash(vault, value)))
    resident = session.scalar(query)
    if resident is None and session.scalar(
        select(Resident.id).where(Resident.id_number_hash == _id_hash(vault, value))
    ):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "This resident is registered at another centre; ask that centre or an administrator.",
            )
        )
    return _views(session, vault, [resident], today)[0] if resident else None


def find_by_phone(
    session: Session, actor: Actor, vault: Vault, phone: str, today: date | None = None
) -> list[ResidentView]:
    today = today or local_today()
    digest = _purpose_hash(vault, normalise_mobile(phone), "phone")
    residents = session.scalars(_visible(actor, select(Resident).where(Resident.phone_hash == digest)))
    return _views(session, vault, residents, today)


def list_residents(
    session: Session,
    actor: Actor,
    vault: Vault,
    name_part: str = "",
    limit: int = 200,
    today: date | None = None,
) -> list[ResidentView]:
    today = today or local_today()
    query = select(Resident).order_by(Resident.name, Resident.id).limit(limit)
    if name_part.strip():
        query = query.where(Resident.name.contains(name_part.strip(), autoescape=True))
    return _views(session, vault, session.scalars(_visible(actor, query)), today)


def reveal(session: Session, actor: Actor, vault: Vault, resident_id: int, what: RevealField) -> str:
    """One personal value in clear, for a user allowed to see it; the reveal is audited."""
    resident = _get_visible(session, actor, resident_id)
    actor.require(Permission.REVEAL_PERSONAL, resident.home_centre_id)
    blob = {
        RevealField.ID_NUMBER: resident.id_number_enc,
        RevealField.PHONE: resident.phone_enc,
        RevealField.ADDRESS: resident.address_enc,
        RevealField.GUARDIAN_PHONE: resident.guardian_phone_enc,
        RevealField.ELIGIBILITY: resident.eligibility_enc,
    }[what]
    value = vault.decrypt(blob, purpose=what.value) if blob else ""
    audit.record(session, actor, "reveal", "resident", resident.id, summary=f"revealed {what.value}")
    return value


def eligibility_of(session: Session, actor: Actor, vault: Vault, resident_id: int) -> Eligibility:
    """For the subsidy rules at the desk; not audited as a reveal because nothing is shown."""
    resident = _get_visible(session, actor, resident_id)
    if not resident.eligibility_enc:
        return Eligibility()
    return Eligibility.from_json(vault.decrypt(resident.eligibility_enc, purpose="eligibility"))


def due_for_review(
    session: Session, actor: Actor, vault: Vault, today: date | None = None
) -> list[ResidentView]:
    """Residents whose retention date has passed and who are not anonymised yet."""
    today = today or local_today()
    query = select(Resident).where(Resident.retain_until < today, Resident.anonymised_at.is_(None))
    return _views(
        session, vault, session.scalars(_visible(actor, query.order_by(Resident.retain_until))), today
    )


def anonymise(session: Session, actor: Actor, resident_id: int) -> None:
    """Clear the personal fields for good; loans stay, with their de-identified facts, for statistics."""
    resident = _get_visible(session, actor, resident_id)
    actor.require(Permission.MANAGE_CENTRE, resident.home_centre_id)
    if resident.anonymised_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This resident is already anonymised."))
    old_name = resident.name
    resident.name = ANONYMISED_NAME
    resident.id_number_enc = resident.id_number_hash = None
    resident.phone_enc = resident.phone_hash = None
    resident.address_enc = resident.eligibility_enc = resident.guardian_phone_enc = None
    resident.guardian_name = ""
    resident.consent_text = ""
    resident.anonymised_at = utcnow()
    audit.record(session, actor, "anonymise", "resident", resident.id, {"name": (old_name, ANONYMISED_NAME)})
