"""`silvershop-cli stats` as the office runs it: the year's figures printed, the de-identified workbook
written with --out, and a mistyped period, district or file refused in one sentence with no file left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from silvershop.demo import DEMO_TODAY
from silvershop.demo.accounts import DEMO_PASSWORD
from tests.programs import cli_line, ok, refused


@pytest.fixture
def demo(db_url: str) -> str:
    ok(cli_line(f"--db {db_url} demo --products 30"))
    return db_url


def stats(db: str, user: str, line: str) -> str:
    return ok(cli_line(f"--db {db} --as {user} {line}", SILVERSHOP_PASSWORD=DEMO_PASSWORD))


def test_the_office_writes_the_years_workbook(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "统计.xlsx"
    printed = stats(demo, "editor", f"--json stats --year {DEMO_TODAY.year} --out {out}")
    figures = json.loads(printed)
    assert figures["loans"] > 0 and figures["file"] == str(out)
    book = load_workbook(out, read_only=True)
    assert "租赁明细" in book.sheetnames
    assert len(list(book["租赁明细"].iter_rows())) - 1 == figures["loans"]
    text = stats(demo, "editor", f"stats --year {DEMO_TODAY.year} --quarter 4 --district 320213")
    assert f"{DEMO_TODAY.year} Q4, 梁溪区:" in text


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("stats --month 13", "A month is a number from 1 to 12, not 13."),
        ("stats --district 999999", "No district has the code 999999"),
        ("stats --year 1899", "1899 is not a year"),
        ("stats --out {tmp}/stats.csv", "must be saved as an Excel file ending in .xlsx"),
        ("stats --out {tmp}/missing/stats.xlsx", "its folder does not exist or is read-only"),
    ],
)
def test_a_mistake_is_refused_in_one_sentence_and_nothing_written(
    demo: str, tmp_path: Path, line: str, sentence: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    said = refused(
        cli_line(f"--db {demo} --as editor {line.format(tmp=out)}", SILVERSHOP_PASSWORD=DEMO_PASSWORD)
    )
    assert sentence in said
    assert list(out.iterdir()) == []


def test_a_desk_clerk_may_not_read_the_statistics(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    said = refused(cli_line(f"--db {demo} --as clerk stats --out {out}", SILVERSHOP_PASSWORD=DEMO_PASSWORD))
    assert "You may not view the statistics." in said
    assert not out.exists()
