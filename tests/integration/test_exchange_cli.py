"""`silvershop-cli export-catalogue` and `import-catalogue` as an office's script runs them: the workbook
written and counted, the sender's file checked or imported, the rejected rows listed and marked in a
report workbook, and exit codes a script can act on (0 done, 1 rows rejected, 2 nothing done)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.programs import cli_line, ok, refused
from tests.workbooks import (
    CATEGORY,
    CREDIT_CODE,
    PRICE,
    WATCH,
    WHEELCHAIR,
    product,
    write_products,
)

DEMO_PASSWORD = "silvershop"
OFFICE = "无锡市民政局"


def as_admin(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as admin {line}", SILVERSHOP_PASSWORD=DEMO_PASSWORD)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo city of 60 products, made once by `silvershop-cli demo`; each test works on a copy."""
    home = tmp_path_factory.mktemp("exchange")
    env = {"SILVERSHOP_DATA_DIR": str(home / "data"), "SILVERSHOP_CONFIG_DIR": str(home / "config")}
    path = home / "template.sqlite3"
    ok(cli_line(f"--db sqlite:///{path} demo --products 60", **env))
    return path


@pytest.fixture
def office(template: Path, db_file: Path, db_url: str) -> str:
    shutil.copyfile(template, db_file)
    return db_url


def query(db_file: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_file)) as connection:
        return connection.execute(sql).fetchall()


def catalogue(db_file: Path) -> list[tuple[Any, ...]]:
    return query(
        db_file, "SELECT code, model, name, reference_price_fen, updated_at FROM product ORDER BY id"
    )


def sender_file(path: Path) -> Path:
    """Two good rows and two rejected ones (row 3: no credit code; row 5: a price that is not one)."""
    rows = [
        WHEELCHAIR,
        product(**{"型号规格": "WC-102", CREDIT_CODE: None}),
        WATCH,
        product(**{"型号规格": "WC-103", PRICE: "一千二", CATEGORY: "R102 轮椅"}),
    ]
    return write_products(path, rows)


def test_export_writes_the_workbook_and_reports_what_is_in_it(office: str, tmp_path: Path) -> None:
    out = tmp_path / "申报.xlsx"
    report = json.loads(ok(as_admin(office, f"--json export-catalogue {out} --office {OFFICE}")))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["产品目录", "企业", "体验中心", "租赁统计", "填报说明"]
    rows = {name: sum(1 for _ in workbook[name].iter_rows(min_row=2)) for name in workbook.sheetnames[:4]}
    assert report["products"] == rows["产品目录"] > 0
    assert report["enterprises"] == rows["企业"] > 0
    assert report["centres"] == rows["体验中心"] == 8
    assert report["rental_months"] == rows["租赁统计"] > 0
    assert report["scheme"] == "智慧健康养老产品及服务推广目录 2024"
    assert Path(report["file"]) == out


def test_export_of_one_district_s_listed_products(office: str, tmp_path: Path) -> None:
    out = tmp_path / "huishan.xlsx"
    line = f"--json export-catalogue {out} --office {OFFICE} --district 320206 --status listed"
    report = json.loads(ok(as_admin(office, line)))
    workbook = load_workbook(out)

    def column(sheet: str, index: int) -> list[Any]:
        return [row[index] for row in workbook[sheet].iter_rows(min_row=2, values_only=True)]

    assert report["products"] == len(column("产品目录", 7)) > 0
    assert set(column("产品目录", 7)) == set(column("企业", 2)) == {"320206"}  # makers of 惠山区
    assert column("体验中心", 2) == ["320206"] and report["centres"] == 1
    assert set(column("租赁统计", 0)) == {"320206"}
    notes = {row[0]: row[1] for row in workbook["填报说明"].iter_rows(values_only=True) if row[0]}
    assert (notes["产品状态"], notes["区划"]) == ("已入选", "320206 惠山区")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("out.xls", "The workbook must be saved as an Excel file ending in .xlsx, not “out.xls”."),
        ("out.xlsx --status sold", "Statuses are draft, submitted, listed or archived"),
        ("out.xlsx --district 999999", "No district has the code 999999"),
    ],
)
def test_export_refusals_are_one_sentence_and_leave_no_file(
    office: str, tmp_path: Path, arguments: str, message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert message in refused(as_admin(office, f"export-catalogue {folder}/{arguments} --office {OFFICE}"))
    assert list(folder.iterdir()) == []


def test_a_dry_run_checks_and_counts_but_writes_nothing(office: str, db_file: Path, tmp_path: Path) -> None:
    before = catalogue(db_file)
    path = write_products(tmp_path / "in.xlsx", [WHEELCHAIR, WATCH])
    report = json.loads(ok(as_admin(office, f"--json import-catalogue {path} --dry-run")))
    assert (report["created"], report["rejected"], report["dry_run"], report["written"]) == (
        2,
        0,
        True,
        False,
    )
    assert report["backup"] is None
    assert catalogue(db_file) == before
    assert not (db_file.parent / "backups").exists()


def test_rejected_rows_exit_1_and_are_listed_with_row_column_and_reason(
    office: str, db_file: Path, tmp_path: Path
) -> None:
    result = as_admin(office, f"--json import-catalogue {sender_file(tmp_path / 'in.xlsx')}")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert (report["created"], report["rejected"], report["written"]) == (2, 2, True)
    rejected = {(r["row"], r["column"]): r["reason"] for r in report["rejected_rows"]}
    assert set(rejected) == {(3, CREDIT_CODE), (5, PRICE), (5, CATEGORY)}
    assert "统一社会信用代码 is empty" in rejected[(3, CREDIT_CODE)]
    assert "“一千二” is not an amount of money" in rejected[(5, PRICE)]
    assert Path(report["backup"]).parent == db_file.parent / "backups"
    models = {model for _code, model, *_ in catalogue(db_file)}
    assert {"WC-101", "HW-7"} <= models and not {"WC-102", "WC-103"} & models


def test_the_report_is_the_sender_s_file_with_reasons_on_the_rejected_rows(
    office: str, tmp_path: Path
) -> None:
    sent = sender_file(tmp_path / "in.xlsx")
    out = tmp_path / "in-错误原因.xlsx"
    result = as_admin(office, f"import-catalogue {sent} --report {out}")
    assert result.returncode == 1, result.stderr
    original = load_workbook(sent)["产品目录"]
    marked = load_workbook(out)["产品目录"]
    width = original.max_column
    assert marked.cell(1, width + 1).value == "错误原因"
    for row in range(1, original.max_row + 1):
        assert [marked.cell(row, c).value for c in range(1, width + 1)] == [
            original.cell(row, c).value for c in range(1, width + 1)
        ], row
    reasons = {row: marked.cell(row, width + 1).value for row in range(2, marked.max_row + 1)}
    assert [row for row, text in reasons.items() if text] == [3, 5]
    assert reasons[3].startswith(f"{CREDIT_CODE} (column ")
    assert "is not an amount of money" in reasons[5] and "R102 轮椅" in reasons[5]
    assert len(reasons[5].splitlines()) == 2  # one line per problem of the row


def test_importing_the_same_file_again_changes_nothing(office: str, db_file: Path, tmp_path: Path) -> None:
    path = write_products(tmp_path / "in.xlsx", [WHEELCHAIR, WATCH])
    ok(as_admin(office, f"import-catalogue {path}"))
    before = catalogue(db_file)
    report = json.loads(ok(as_admin(office, f"--json import-catalogue {path}")))
    assert (report["created"], report["updated"], report["unchanged"], report["written"]) == (0, 0, 2, False)
    assert catalogue(db_file) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xe7\x9b\xae\xe5\xbd\x95,a\n", "in.xlsx is not an Excel workbook."),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
            "in.xlsx is an old Excel 97-2003 workbook (.xls).",
        ),
        (b"PK\x03\x04" + bytes(100), "in.xlsx is damaged or is not an Excel workbook"),
    ],
    ids=["text", "xls", "damaged"],
)
def test_a_file_that_cannot_be_read_exits_2_with_one_line_and_no_traceback(
    office: str, db_file: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    before = catalogue(db_file)
    path = tmp_path / "in.xlsx"
    path.write_bytes(content)
    assert message in refused(as_admin(office, f"import-catalogue {path} --report {tmp_path}/report.xlsx"))
    assert catalogue(db_file) == before
    assert not (tmp_path / "report.xlsx").exists()
    assert not (db_file.parent / "backups").exists()


@pytest.mark.parametrize("line", ["import-catalogue {path}", "export-catalogue {out} --office 民政局"])
def test_who_is_acting_must_be_said(office: str, db_file: Path, tmp_path: Path, line: str) -> None:
    before = catalogue(db_file)
    path = write_products(tmp_path / "in.xlsx", [WHEELCHAIR])
    out = tmp_path / "out.xlsx"
    message = refused(cli_line(f"--db {office} " + line.format(path=path, out=out)))
    assert message == "Say who is acting with --as USER, so the audit log names a person."
    assert catalogue(db_file) == before
    assert not out.exists()


@pytest.mark.parametrize("report", ["in.xlsx", "report.xls"], ids=["the-sent-file", "not-xlsx"])
def test_a_report_name_that_cannot_be_used_is_refused_before_anything_is_imported(
    office: str, db_file: Path, tmp_path: Path, report: str
) -> None:
    """Refused after the import, the script would read exit 2 ("nothing done") for a done import."""
    sent = sender_file(tmp_path / "in.xlsx")
    before = catalogue(db_file)

    result = as_admin(office, f"import-catalogue {sent} --report {tmp_path / report}")

    assert "report" in refused(result)
    assert catalogue(db_file) == before
