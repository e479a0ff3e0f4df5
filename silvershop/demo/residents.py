"""Demo residents: fictitious elderly people of 无锡 with valid ID numbers and mobile phones.

ID number, phone, address, guardian's phone and eligibility go into the database only encrypted,
with keyed hashes for look-up, exactly as the rental desk stores a real resident; the clear values
live in memory for the length of the run and are never written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from silvershop.demo.centres import CentreFacts
from silvershop.demo.run import CHUNK, DemoRun, Row
from silvershop.demo.vocabulary import (
    ADULT_GIVEN,
    CONSENT_TEXT,
    DISTRICT_STREETS,
    FEMALE_GIVEN,
    GENERIC_STREETS,
    ID_AREAS,
    MALE_GIVEN,
    MOBILE_PREFIXES,
    STATUTORY_TEXT,
    SURNAMES,
)
from silvershop.rental.models import ConsentBasis, Resident, Sex
from silvershop.security.id_number import make_id_number

RETENTION_YEARS = 3  # the default of the residents.retention_years setting
FALLBACK_AREA = "320211"
ABILITY_LEVELS = (None, 0, 1, 2, 3, 4)
ABILITY_WEIGHTS = (45, 20, 12, 10, 8, 5)
LTC_LEVELS = ("", "mild", "moderate", "severe")
LTC_WEIGHTS = (82, 7, 7, 4)
DIBAO = ("", "dibao", "dibao_edge")
DIBAO_WEIGHTS = (90, 5, 5)


@dataclass
class ResidentPlan:
    """A resident before writing: the clear personal values the loans are worked out from."""

    name: str
    sex: Sex
    birth: date
    id_number: str
    phone: str
    address: str
    centre: CentreFacts
    hukou_local: bool
    ability_level: int | None
    ltc_level: str
    dibao: str
    registered_on: date
    guardian_name: str = ""
    guardian_phone: str = ""
    last_activity: date | None = None
    id: int = 0

    def age_on(self, day: date) -> int:
        return day.year - self.birth.year - int((day.month, day.day) < (self.birth.month, self.birth.day))

    def eligibility(self) -> dict[str, object]:
        return {"ability_level": self.ability_level, "ltc_level": self.ltc_level, "dibao": self.dibao}


def plan_residents(run: DemoRun, count: int, centres: list[CentreFacts]) -> list[ResidentPlan]:
    rng = run.rng
    taken_ids: set[str] = set()
    taken_phones: set[str] = set()
    plans = []
    for _ in range(count):
        centre = rng.choice(centres)
        sex = Sex.MALE if run.chance(0.44) else Sex.FEMALE
        surname = rng.choice(SURNAMES)
        given = rng.choice(MALE_GIVEN if sex is Sex.MALE else FEMALE_GIVEN)
        birth = _birth(run, int(rng.triangular(60, 96, 74)))
        id_number = _id_number(run, centre.district_code, birth, sex, taken_ids)
        street = rng.choice(DISTRICT_STREETS.get(centre.district_code, GENERIC_STREETS))
        building, flat = rng.randint(1, 30), rng.randint(1, 6) * 100 + rng.randint(1, 4)
        address = f"{centre.district_name}{street}{rng.randint(1, 500)}号{building}幢{flat}室"
        plan = ResidentPlan(
            name=surname + given,
            sex=sex,
            birth=birth,
            id_number=id_number,
            phone=_mobile(run, taken_phones) if run.chance(0.88) else "",
            address=address,
            centre=centre,
            hukou_local=run.chance(0.9),
            ability_level=rng.choices(ABILITY_LEVELS, weights=ABILITY_WEIGHTS)[0],
            ltc_level=rng.choices(LTC_LEVELS, weights=LTC_WEIGHTS)[0],
            dibao=rng.choices(DIBAO, weights=DIBAO_WEIGHTS)[0],
            registered_on=run.days_ago(1, 600),
        )
        if not plan.phone or run.chance(0.2):
            # A son or daughter, usually with the family name.
            family = surname if run.chance(0.7) else rng.choice(SURNAMES)
            plan.guardian_name = family + rng.choice(ADULT_GIVEN)
            plan.guardian_phone = _mobile(run, taken_phones)
        plans.append(plan)
    return plans


def _birth(run: DemoRun, age: int) -> date:
    """A birthday that makes the person exactly `age` on the demo's today."""
    latest = _years_before(run.today, age)
    earliest = _years_before(run.today, age + 1) + timedelta(days=1)
    return latest - timedelta(days=run.rng.randint(0, (latest - earliest).days))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _id_number(run: DemoRun, district: str, birth: date, sex: Sex, taken: set[str]) -> str:
    areas = ID_AREAS.get(district) or ((district,) if district.isdigit() and len(district) == 6 else ())
    while True:
        area = run.rng.choice(areas or (FALLBACK_AREA,))
        sequence = run.rng.randrange(500) * 2 + (1 if sex is Sex.MALE else 0)
        number = make_id_number(area, birth, sequence)
        if number not in taken:
            taken.add(number)
            return number


def _mobile(run: DemoRun, taken: set[str]) -> str:
    while True:
        number = run.rng.choice(MOBILE_PREFIXES) + f"{run.rng.randrange(10**8):08d}"
        if number not in taken:
            taken.add(number)
            return number


def write_residents(run: DemoRun, plans: list[ResidentPlan]) -> None:
    """Encrypt and insert; each plan gets its database id."""
    vault = run.vault
    for start in range(0, len(plans), CHUNK):
        chunk = plans[start : start + CHUNK]
        rows: list[Row] = []
        for plan in chunk:
            registered = run.during_hours(plan.registered_on)
            statutory = plan.dibao != "" and run.chance(0.5)
            last = plan.last_activity or plan.registered_on
            rows.append(
                {
                    "name": plan.name,
                    "sex": plan.sex,
                    "id_number_enc": vault.encrypt(plan.id_number, purpose="id_number"),
                    "id_number_hash": vault.lookup_hash(plan.id_number, purpose="id_number"),
                    "phone_enc": vault.encrypt(plan.phone, purpose="phone") if plan.phone else None,
                    "phone_hash": vault.lookup_hash(plan.phone, purpose="phone") if plan.phone else None,
                    "address_enc": vault.encrypt(plan.address, purpose="address"),
                    "eligibility_enc": vault.encrypt(json.dumps(plan.eligibility()), purpose="eligibility"),
                    "district_code": plan.centre.district_code,
                    "hukou_local": plan.hukou_local,
                    "home_centre_id": plan.centre.id,
                    "guardian_name": plan.guardian_name,
                    "guardian_phone_enc": vault.encrypt(plan.guardian_phone, purpose="guardian_phone")
                    if plan.guardian_phone
                    else None,
                    "consent_basis": ConsentBasis.STATUTORY_DUTY if statutory else ConsentBasis.CONSENT,
                    "consent_text": STATUTORY_TEXT if statutory else CONSENT_TEXT,
                    "consent_on": plan.registered_on,
                    "retain_until": _years_before(last, -RETENTION_YEARS),
                    "anonymised_at": None,
                    "key_id": vault.key_id,
                    "created_at": registered,
                    "updated_at": max(registered, run.during_hours(last)),
                }
            )
        ids = run.insert_returning_ids(Resident.__table__, rows)
        for plan, resident_id in zip(chunk, ids, strict=True):
            plan.id = resident_id
        run.advance(len(chunk))
