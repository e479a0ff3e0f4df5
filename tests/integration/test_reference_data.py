"""Reference data as shipped: DOMAIN.md's divisions, schemes and rules, loaded once and only once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, SchemeKind
from silvershop.centres.models import District, DivisionKind
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.labels.models import LabelPreset
from silvershop.rental.models import SubsidyRuleSet

REFERENCE_MODELS = (District, CategoryScheme, Category, SubsidyRuleSet, LabelPreset)
SMART_EDITIONS = {"2018", "2020", "2022", "2024"}


def counts(db: Database) -> dict[str, int]:
    with reading(db.sessions) as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0 for m in REFERENCE_MODELS}


def categories(session: Session, key: str, edition: str | None = None) -> dict[str, Category]:
    query = select(Category).join(CategoryScheme).where(CategoryScheme.key == key)
    if edition is not None:
        query = query.where(CategoryScheme.edition == edition)
    return {c.code: c for c in session.scalars(query)}


def test_reference_data_is_loaded_once_and_only_once(db_url: str) -> None:
    first = open_database(db_url)
    loaded = counts(first)
    assert first.reference_added == {
        "districts": loaded["district"],
        "categories": loaded["category"],
        "subsidy_rule_sets": loaded["subsidy_rule_set"],
        "label_presets": loaded["label_preset"],
    }
    first.close()
    second = open_database(db_url)
    try:
        assert set(second.reference_added.values()) == {0}
        assert counts(second) == loaded
    finally:
        second.close()


@pytest.mark.pg
def test_reference_data_is_loaded_once_on_postgresql(pg_url: str) -> None:
    first = open_database(pg_url)
    loaded = counts(first)
    first.close()
    second = open_database(pg_url)
    try:
        assert set(second.reference_added.values()) == {0}
        assert counts(second) == loaded
    finally:
        second.close()


def test_an_administrators_edit_survives_the_next_start(db_url: str) -> None:
    db = open_database(db_url)
    with transaction(db.sessions) as s:
        category = categories(s, "wuxi_rental")["R102"]
        category.name = "轮椅（含电动）"
    db.close()
    db = open_database(db_url)
    try:
        with reading(db.sessions) as s:
            assert categories(s, "wuxi_rental")["R102"].name == "轮椅（含电动）"
    finally:
        db.close()


def test_wuxi_divisions_with_the_zone_under_an_internal_code(database: Database) -> None:
    with reading(database.sessions) as s:
        rows = {d.code: d for d in s.scalars(select(District))}
        assert {code: d.name for code, d in rows.items()} == {
            "320200": "无锡市",
            "320213": "梁溪区",
            "320205": "锡山区",
            "320206": "惠山区",
            "320211": "滨湖区",
            "320214": "新吴区",
            "320281": "江阴市",
            "320282": "宜兴市",
            "3202JK": "无锡经开区",
        }
        assert rows["3202JK"].kind is DivisionKind.ZONE
        assert rows["320281"].kind is DivisionKind.COUNTY_CITY
        assert rows["320200"].kind is DivisionKind.CITY
        assert all(d.parent_code == "320200" for code, d in rows.items() if code != "320200")
        gb_codes = [code for code, d in rows.items() if d.kind is not DivisionKind.ZONE]
        assert all(code.isdigit() and len(code) == 6 for code in gb_codes)


def test_every_catalogue_scheme_and_edition_is_there(database: Database) -> None:
    with reading(database.sessions) as s:
        schemes = {(sc.key, sc.edition): sc for sc in s.scalars(select(CategoryScheme))}
        smart_2024 = categories(s, "miit_smart", "2024")
        smart_2018 = categories(s, "miit_smart", "2018")
        elderly = categories(s, "miit_elderly")
        rental = categories(s, "wuxi_rental")
        iso = categories(s, "iso9999")
        assert {edition for key, edition in schemes if key == "miit_smart"} == SMART_EDITIONS
        assert {key for key, _ in schemes} == {"miit_smart", "miit_elderly", "wuxi_rental", "iso9999"}
        assert schemes[("wuxi_rental", "2025")].kind is SchemeKind.RENTAL
        assert [c.name for c in smart_2024.values() if c.section == "product"] == [
            "健康管理类智能产品",
            "老年辅助器具类智能产品",
            "养老监护类智能产品",
            "中医数字化智能产品",
            "家庭服务机器人",
            "适老化改造智能产品",
            "场景化解决方案",
        ]
        assert len([c for c in smart_2024.values() if c.section == "service"]) == 6
        assert smart_2018["P01"].name == "健康管理类可穿戴设备"
        assert len(elderly) == 6
        top = [c for c in rental.values() if c.parent_id is None]
        assert len(top) == 5
        assert rental["R102"].name == "轮椅"
        assert rental["R102"].parent_id == rental["R1"].id
        assert iso["12 22 03"].parent_id == iso["12 22"].id
        assert {"12 03 03", "12 06 03", "12 06 06", "12 22", "12 23 06", "12 36"} <= set(iso)


def test_wuxi_subsidy_rules_as_published(database: Database) -> None:
    with reading(database.sessions) as s:
        rule_set = s.scalars(select(SubsidyRuleSet).where(SubsidyRuleSet.code == "WUXI-2025")).one()
        assert rule_set.annual_cap_fen == 300_000
        assert json.loads(rule_set.subsidised_terms) == [2, 3]
        rates = {rule["code"]: rule["rate_bp"] for rule in json.loads(rule_set.rules)}
        assert rates == {"dibao": 7000, "age80": 5000, "assessed": 5000}
        assert all(rule["local_hukou"] for rule in json.loads(rule_set.rules))


def test_label_presets_cover_rolls_tape_and_sheets(database: Database) -> None:
    with reading(database.sessions) as s:
        presets = s.scalars(select(LabelPreset)).all()
        assert {p.media.value for p in presets} == {"roll", "tape", "sheet"}
        assert len({p.name for p in presets}) == len(presets)
        assert all(p.label_width_mm > 0 and p.label_height_mm > 0 for p in presets)


def test_init_on_a_fresh_folder_makes_the_default_file(private_folders: Path) -> None:
    db = open_database()
    try:
        assert db.url.endswith("silvershop.sqlite3")
        assert (private_folders / "data" / "silvershop.sqlite3").exists()
    finally:
        db.close()
