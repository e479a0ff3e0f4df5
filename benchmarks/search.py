"""How fast the catalogue's search box answers, on a city-sized catalogue of 100,000 products.

Ours is the call the catalogue screen makes for each (debounced) keystroke: every matching product's
id, ranked. The baseline is the bare SQLite full-text query for the same folded words on the same
file, through the sqlite3 module: what the index alone costs, without ranking or SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from demo_data import demo_database
from registry import AtMost, Figures, Options, benchmark

PRODUCTS = 100_000
BASELINE = "the raw SQLite FTS5 query for the same folded words (sqlite3 module, ids only)"

ONE = ("床", "椅", "表", "鞋", "仪")
TWO = ("轮椅", "手环", "血压", "药盒", "拐杖")
THREE = ("助行器", "护理床", "制氧机", "血糖仪")
PINYIN = ("lunyi", "ly", "hulichuang", "xyy", "shouhuan", "lny")


def raw_query(connection: sqlite3.Connection, form: str) -> list[int]:
    """The full-text lookup alone, as one would write it by hand against our indexes."""
    from silvershop.db.substrings import substring_token

    if len(form) <= 2:
        sql = "SELECT rowid FROM product_piece_index WHERE product_piece_index MATCH ?"
        return [row[0] for row in connection.execute(sql, (f'"{substring_token(form)}"',))]
    sql = "SELECT rowid FROM product_text_index WHERE product_text_index MATCH ?"
    return [row[0] for row in connection.execute(sql, (f'"{form}"',))]


def searches(db_file: Path, words: Sequence[str], repeats: int) -> Figures:
    from silvershop.catalog.browse import product_ids
    from silvershop.catalog.search import ProductFilter
    from silvershop.catalog.search_keys import query_forms
    from silvershop.database import open_database
    from silvershop.security.models import Role
    from silvershop.security.permissions import actor_with

    actor = actor_with([Role.CATALOGUE_EDITOR], username="editor")
    database = open_database(f"sqlite:///{db_file}")
    raw = sqlite3.connect(db_file)
    ours: list[float] = []
    baseline: list[float] = []
    try:
        with database.sessions() as session:
            for word in words:  # once untimed: the first query of a word pays for reading its pages
                product_ids(session, actor, ProductFilter(text=word))
                raw_query(raw, query_forms(word)[0])
            for _ in range(repeats):
                for word in words:
                    started = time.perf_counter()
                    product_ids(session, actor, ProductFilter(text=word))
                    ours.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    raw_query(raw, query_forms(word)[0])
                    baseline.append((time.perf_counter() - started) * 1000)
    finally:
        raw.close()
        database.close()
    return Figures(ours, baseline, statistic="p95")


def _row(words: Sequence[str]) -> object:
    def measure(options: Options) -> Figures:
        return searches(demo_database(options.out, PRODUCTS), words, 5 if options.quick else 30)

    return measure


for name, title, words in (
    ("search-1", "Search p95, one character (" + " ".join(ONE) + ")", ONE),
    ("search-2", "Search p95, two characters (" + " ".join(TWO) + ")", TWO),
    ("search-3", "Search p95, three characters (" + " ".join(THREE) + ")", THREE),
    ("search-pinyin", "Search p95, pinyin (" + " ".join(PINYIN) + ")", PINYIN),
):
    benchmark(name=name, title=title, unit="ms", baseline=BASELINE, target=AtMost(20, "ms"))(_row(words))
