"""The promotion catalogue through `silvershop-cli`, as a district office's script would fill it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.photos import photo
from tests.programs import cli_line

PASSWORD = "editor-password"
DEKANG = "91350100M000100Y43"


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr.strip()


def as_boss(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as boss {line}", SILVERSHOP_PASSWORD=PASSWORD)


def read(db: str, line: str) -> Any:
    """A read needs no account: the catalogue is what the kiosk shows."""
    return json.loads(ok(cli_line(f"--db {db} --json {line}")))


@pytest.fixture
def office(db_url: str) -> str:
    ok(cli_line(f"--db {db_url} user add boss --role administrator --password-stdin", stdin=PASSWORD))
    return db_url


def test_a_mistyped_credit_code_is_refused_and_nothing_is_registered(office: str) -> None:
    message = refused(as_boss(office, "enterprise add --name 德康 --credit-code 91350100M000100Y44"))
    assert message == (
        "This unified social credit code has a typing mistake: its last character does not match "
        "the other 17. Check it against the business licence."
    )
    assert read(office, "enterprise list") == []


def test_products_are_added_shown_listed_and_found_in_rank_order(office: str, tmp_path: Path) -> None:
    added = json.loads(
        ok(as_boss(office, f"--json enterprise add --name 无锡德康康复器材有限公司 --credit-code {DEKANG}"))
    )
    assert (added["division_code"], added["products"]) == ("350100", 0)
    cover = tmp_path / "wheelchair.jpg"
    cover.write_bytes(photo((3000, 2000)))
    first = as_boss(
        office,
        f"--json product add --name 轮椅坐垫 --model WC-1010 --enterprise {DEKANG} --price 99",
    )
    assert json.loads(ok(first))["code"] == "P-000001"
    second = as_boss(
        office,
        "--json product add --name 手动轮椅车 --model WC-101 --enterprise 无锡德康康复器材有限公司 "
        "--category miit_smart:2024:P02 --category wuxi_rental:2025:R101 --assistive 122203 "
        f"--price ¥1,299 --rentable --rent 200 --deposit 1000 --status listed --image {cover}",
    )
    wheelchair = json.loads(ok(second))
    assert wheelchair["code"] == "P-000002"
    assert [(c["scheme"], c["edition"], c["code"]) for c in wheelchair["categories"]] == [
        ("miit_smart", "2024", "P02"),
        ("wuxi_rental", "2025", "R101"),
    ]
    assert wheelchair["assistive_category"]["code"] == "12 22 03"
    assert wheelchair["images"] == [{"position": 0, "width": 1600, "height": 1067, "mime_type": "image/jpeg"}]

    shown = read(office, "product show p-000002")
    assert (shown["name"], shown["reference_price_fen"], shown["deposit_fen"]) == (
        "手动轮椅车",
        129900,
        100000,
    )
    listed = read(office, "product list --status listed --rentable")
    assert [p["code"] for p in listed] == ["P-000002"]
    found = read(office, "product search wc-101")
    assert [(p["code"], p["model"], p["enterprise"]) for p in found] == [
        ("P-000002", "WC-101", "无锡德康康复器材有限公司"),  # the exact model first
        ("P-000001", "WC-1010", "无锡德康康复器材有限公司"),
    ]
    assert [p["code"] for p in read(office, "product search sdlyc")] == ["P-000002"]


def test_a_refused_photo_leaves_no_product_behind(office: str, tmp_path: Path) -> None:
    ok(as_boss(office, f"enterprise add --name 德康 --credit-code {DEKANG}"))
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo at all")
    message = refused(
        as_boss(office, f"product add --name 手动轮椅车 --model WC-101 --enterprise 德康 --image {notes}")
    )
    assert message == "This file is not a photo; choose a JPEG, PNG or WebP picture of the product."
    assert read(office, "product list") == []
    assert refused(cli_line(f"--db {office} product show P-000001")) == (
        "No product has the code P-000001. Check the code on the label, or search by name."
    )


def test_options_may_follow_the_command_as_people_type_them(office: str) -> None:
    ok(
        cli_line(
            f"enterprise add --name 德康 --credit-code {DEKANG} --db {office} --as boss",
            SILVERSHOP_PASSWORD=PASSWORD,
        )
    )
    listed = json.loads(ok(cli_line(f"enterprise list --json --db {office}")))
    assert [row["credit_code"] for row in listed] == [DEKANG]
    assert json.loads(ok(cli_line(f"--db {office} product search 轮椅 --json"))) == []
