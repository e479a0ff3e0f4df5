"""Search finds what people type, in either script, width or case, in pinyin, and ranks it sensibly.

Every test runs on SQLite (through its FTS5 indexes) and, marked `pg`, on PostgreSQL (through LIKE):
the two must return the same products in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from silvershop.catalog.browse import SortColumn, product_ids
from silvershop.catalog.models import Enterprise, Product, ProductStatus
from silvershop.catalog.search import ProductFilter, ranked_ids, search
from silvershop.catalog.search_keys import product_keys
from silvershop.database import Database, open_database
from silvershop.db.session import transaction
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    model: str
    brand: str = "德康"
    maker: str = "无锡德康康复器材有限公司"
    status: ProductStatus = ProductStatus.LISTED


ITEMS = (
    Item("P-000001", "电动轮椅", "EW-100"),
    Item("P-000002", "手动轮椅车", "WC-200"),
    Item("P-000003", "多功能护理床", "HB-3"),
    Item("P-000004", "健康监测手环", "BR-1", brand="Silver Star", status=ProductStatus.DRAFT),
    Item("P-000005", "輪椅坐墊", "CU-1", maker="香港長者用品有限公司"),
    Item("P-000006", "床边扶手", "EW-100X"),
    Item("P-000007", "轮椅防滑垫", "MT-7"),
    Item("P-000008", "智能药盒", "ＡＢ－１２", maker="重庆银发科技有限公司"),
)
WHEELCHAIRS = ["P-000001", "P-000002", "P-000005", "P-000007"]


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def catalogue(request: pytest.FixtureRequest) -> Iterator[Database]:
    url = "sqlite://" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    with transaction(db.sessions) as session:
        makers: dict[str, Enterprise] = {}
        for number, item in enumerate(ITEMS):
            if item.maker not in makers:
                makers[item.maker] = Enterprise(name=item.maker, credit_code=f"91320200MA{number:07d}X")
                session.add(makers[item.maker])
            keys = product_keys(
                code=item.code, model=item.model, name=item.name, brand=item.brand, enterprise=item.maker
            )
            session.add(
                Product(
                    code=item.code,
                    name=item.name,
                    model=item.model,
                    brand=item.brand,
                    enterprise=makers[item.maker],
                    status=item.status,
                    **keys.columns(),
                )
            )
    yield db
    db.close()


def codes(db: Database, query: str, **narrowing: object) -> list[str]:
    with db.sessions() as session:
        ids = ranked_ids(session, ProductFilter(text=query, **narrowing))  # type: ignore[arg-type]
        by_id: dict[int, str] = dict(session.execute(select(Product.id, Product.code)).all())
        return [by_id[i] for i in ids]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("床", ["P-000006", "P-000003"]),  # one character; the name that starts with it first
        ("手环", ["P-000004"]),
        ("护理床", ["P-000003"]),
        ("药盒", ["P-000008"]),
    ],
)
def test_chinese_words_of_any_length_are_found(catalogue: Database, query: str, expected: list[str]) -> None:
    assert codes(catalogue, query) == expected


def test_a_two_character_word_finds_every_product_containing_it(catalogue: Database) -> None:
    assert sorted(codes(catalogue, "轮椅")) == WHEELCHAIRS


@pytest.mark.parametrize("query", ["lunyi", "ly", "lny", "LunYi", "轮yi", "lun椅"])
def test_pinyin_full_initials_consonants_and_mixed_with_characters(catalogue: Database, query: str) -> None:
    assert set(WHEELCHAIRS) <= set(codes(catalogue, query))
    assert "P-000003" not in codes(catalogue, query)


def test_pinyin_of_a_place_name_uses_its_proper_reading(catalogue: Database) -> None:
    assert codes(catalogue, "chongqing") == ["P-000008"]  # 重庆, not zhongqing
    assert codes(catalogue, "zhongqing") == []


@pytest.mark.parametrize("query", ["輪椅", "轮椅"])
def test_traditional_and_simplified_find_each_other(catalogue: Database, query: str) -> None:
    assert sorted(codes(catalogue, query)) == WHEELCHAIRS  # P-000005 is stored as 輪椅坐墊


def test_an_enterprise_name_in_traditional_characters_is_found_in_simplified(catalogue: Database) -> None:
    assert codes(catalogue, "长者用品") == ["P-000005"]


@pytest.mark.parametrize("query", ["ｌｕｎｙｉ", "ＬＵＮＹＩ"])
def test_full_width_and_upper_case_input_is_folded(catalogue: Database, query: str) -> None:
    assert sorted(codes(catalogue, query)) == WHEELCHAIRS


def test_a_model_stored_in_full_width_is_found_half_width_and_the_other_way(catalogue: Database) -> None:
    assert codes(catalogue, "ab-12") == ["P-000008"]
    assert codes(catalogue, "ＥＷ－１００")[0] == "P-000001"


def test_brand_with_a_space_is_found_with_or_without_it(catalogue: Database) -> None:
    assert codes(catalogue, "silver star") == ["P-000004"]
    assert codes(catalogue, "SilverStar") == ["P-000004"]


def test_exact_model_comes_first_then_products_containing_it(catalogue: Database) -> None:
    assert codes(catalogue, "ew-100x") == ["P-000006"]
    assert codes(catalogue, "EW-100") == ["P-000001", "P-000006"]
    assert codes(catalogue, "ew-10") == ["P-000001", "P-000006"]


def test_a_scanned_product_label_finds_its_product(catalogue: Database) -> None:
    assert codes(catalogue, "SS:P:P-000003") == ["P-000003"]
    assert codes(catalogue, "ｓｓ：ｐ：ｐ－０００００３") == ["P-000003"]  # typed with the IME in full-width


def test_exact_code_comes_first(catalogue: Database) -> None:
    assert codes(catalogue, "p-000003") == ["P-000003"]
    assert codes(catalogue, "P-00000")[:2] == ["P-000001", "P-000002"]


def test_a_name_starting_with_the_query_ranks_above_names_that_only_contain_it(catalogue: Database) -> None:
    # 轮椅防滑垫 and 輪椅坐墊 (folded to 轮椅坐垫) start with it, in pinyin order; then the rest by code.
    assert codes(catalogue, "轮椅") == ["P-000007", "P-000005", "P-000001", "P-000002"]
    assert codes(catalogue, "lunyi")[0] == "P-000007"  # its name's pinyin starts with lunyi


def test_every_word_of_a_query_must_match_somewhere(catalogue: Database) -> None:
    assert codes(catalogue, "轮椅 无锡") == ["P-000001", "P-000002", "P-000007"]  # not the 香港 one
    assert codes(catalogue, "轮椅　香港") == ["P-000005"]  # an ideographic space typed by a Chinese IME
    assert codes(catalogue, "lun yi") == codes(catalogue, "lunyi")


def test_a_model_is_found_without_its_hyphen(catalogue: Database) -> None:
    assert codes(catalogue, "ew100") == ["P-000001", "P-000006"]
    assert codes(catalogue, "ab12") == ["P-000008"]


def test_sorting_by_enterprise_and_brand_follows_pinyin(catalogue: Database) -> None:
    actor = actor_with([Role.CATALOGUE_EDITOR])
    with catalogue.sessions() as session:
        by_maker = product_ids(session, actor, ProductFilter(), SortColumn.ENTERPRISE)
        by_brand = product_ids(session, actor, ProductFilter(), SortColumn.BRAND)
        code = dict(session.execute(select(Product.id, Product.code)).all())
    # 重庆 (chongqing) before 无锡 (wuxi) before 香港 (xianggang), although 香 < 无 < 重 by code point
    assert [code[i] for i in by_maker] == [
        "P-000008",
        "P-000001",
        "P-000002",
        "P-000003",
        "P-000004",
        "P-000006",
        "P-000007",
        "P-000005",
    ]
    # Silver Star (silverstar) sorts among the Chinese brands by their pinyin: dekang < silverstar
    assert [code[i] for i in by_brand][-1] == "P-000004"


def test_nothing_matches_and_an_empty_query_finds_nothing(catalogue: Database) -> None:
    assert codes(catalogue, "xyzxyz") == []
    assert codes(catalogue, "%") == []
    assert codes(catalogue, "_") == []
    with catalogue.sessions() as session:
        assert search(session, "   ") == []


def test_search_combines_with_filters(catalogue: Database) -> None:
    assert codes(catalogue, "德康", statuses=frozenset({ProductStatus.DRAFT})) == ["P-000004"]
    assert codes(catalogue, "ly", statuses=frozenset({ProductStatus.DRAFT})) == []
    listed = frozenset({ProductStatus.LISTED})
    assert sorted(codes(catalogue, "轮yi", statuses=listed)) == WHEELCHAIRS  # two forms, narrowed


def test_the_index_follows_renames_and_deletes(catalogue: Database) -> None:
    with transaction(catalogue.sessions) as session:
        bed = session.scalars(select(Product).where(Product.code == "P-000003")).one()
        keys = product_keys(
            code=bed.code, model=bed.model, name="电动护理床", brand=bed.brand, enterprise="无锡德康"
        )
        for column, value in keys.columns().items():
            setattr(bed, column, value)
        bed.name = "电动护理床"
        session.delete(session.scalars(select(Product).where(Product.code == "P-000006")).one())
    assert codes(catalogue, "多功能") == []
    assert codes(catalogue, "电动") == ["P-000003", "P-000001"]  # diandonghuli… before diandonglunyi
    assert codes(catalogue, "床") == ["P-000003"]
    assert codes(catalogue, "EW-100") == ["P-000001"]
