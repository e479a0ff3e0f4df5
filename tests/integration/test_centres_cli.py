"""Experience centres, their stock, transfers and stocktakes through `silvershop-cli`, as a centre's
back office types them: each test is one story, and every refusal is checked to have written nothing."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.programs import cli_line, ok, refused

ADMIN_PW = "admin-password"
CLERK_PW = "clerk-password"
DEKANG = "91350100M000100Y43"
ANOTHER_CENTRE = "This belongs to another centre; you can only work with the centres you are assigned to."


def as_boss(db: str, line: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as boss {line}", stdin=stdin, SILVERSHOP_PASSWORD=ADMIN_PW)


def as_clerk(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as wang {line}", SILVERSHOP_PASSWORD=CLERK_PW)


def boss_json(db: str, line: str) -> Any:
    return json.loads(ok(as_boss(db, f"--json {line}")))


def rows(path: Path, query: str) -> list[tuple[Any, ...]]:
    """Read the file itself, read-only, to see what a refused command left behind."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(query).fetchall()


def books(path: Path) -> list[tuple[Any, ...]]:
    """Every move and every balance: what a refusal must leave exactly as it was."""
    return rows(path, "SELECT * FROM stock_move ORDER BY id") + rows(
        path, "SELECT * FROM stock_balance ORDER BY product_id, location_id"
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once for the module (each command is a process start): administrator `boss`, products
    P-000001 轮椅坐垫 (99 元) and P-000002 手动轮椅车, centre LX01 with a store room ST and a display
    zone A1, centre BH01 with a store room ST, and `wang`, a desk clerk of BH01."""
    home = tmp_path_factory.mktemp("centres")
    env = {"SILVERSHOP_DATA_DIR": str(home / "data"), "SILVERSHOP_CONFIG_DIR": str(home / "config")}
    path = home / "template.sqlite3"
    db = f"sqlite:///{path}"
    ok(cli_line(f"--db {db} user add boss --role administrator --password-stdin", stdin=ADMIN_PW, **env))
    for line in (
        f"enterprise add --name 无锡德康康复器材有限公司 --credit-code {DEKANG}",
        f"product add --name 轮椅坐垫 --model WC-1010 --enterprise {DEKANG} --price 99",
        f"product add --name 手动轮椅车 --model WC-101 --enterprise {DEKANG} --price 1299",
        "centre add --code LX01 --name 梁溪区适老生活体验中心 --district 320213",
        "location add LX01 ST --name 库房 --kind store",
        "location add LX01 A1 --name 展示区A1 --kind display",
        "centre add --code BH01 --name 滨湖区适老生活体验中心 --district 320211",
        "location add BH01 ST --name 库房 --kind store",
    ):
        ok(cli_line(f"--db {db} --as boss {line}", SILVERSHOP_PASSWORD=ADMIN_PW, **env))
    add_wang = "user add wang --role desk_clerk --centre BH01 --password-stdin"
    ok(cli_line(f"--db {db} --as boss {add_wang}", stdin=f"{ADMIN_PW}\n{CLERK_PW}\n", **env))
    return path


@pytest.fixture
def office(template: Path, db_file: Path, db_url: str) -> str:
    """A copy of the template of this test's own."""
    shutil.copyfile(template, db_file)
    return db_url


def test_receive_move_and_transfer_in_two_parts(office: str, db_file: Path) -> None:
    opened = boss_json(
        office, "centre add --code xs01 --name 锡山区适老生活体验中心 --district 320205 --hours 9:00-17:00"
    )
    assert (opened["code"], opened["district"], opened["locations"]) == ("XS01", "锡山区", [])
    added = ok(as_boss(office, "location add xs01 st --name 库房 --kind store"))
    assert added.strip() == "Location added to XS01: ST\t库房\tStore room\tSS:L:XS01-ST"
    shown = json.loads(ok(cli_line(f"--db {office} --json centre show Ｘｓ01")))
    assert [(loc["code"], loc["label"]) for loc in shown["locations"]] == [("ST", "SS:L:XS01-ST")]

    received = as_boss(office, "stock receive lx01 p-000001 --location st --quantity 10 --delivery-note SD-1")
    assert ok(received).strip() == "Received 10 × P-000001 轮椅坐垫 into ST at LX01; 10 there now."
    moved = boss_json(office, "stock move LX01 SS:P:P-000001 --from ST --to A1 --quantity 3")
    assert (moved["from_balance"], moved["to_balance"]) == (7, 3)
    assert ok(as_boss(office, "stock show LX01")).strip() == "P-000001\t轮椅坐垫\t10\tA1 3, ST 7\t-"

    before = books(db_file)
    too_many = refused(as_boss(office, "stock move LX01 P-000001 --from A1 --to ST --quantity 5"))
    assert too_many == (
        "Only 3 of P-000001 轮椅坐垫 are at 展示区A1, so 5 cannot leave it. "
        "Count what is there, or take fewer."
    )
    assert books(db_file) == before

    shipped = ok(as_boss(office, "stock transfer LX01 XS01 --item P-000001:ST:5 --note 补货"))
    assert shipped.startswith("Transfer T000001 shipped.")
    part = boss_json(office, "stock receive-transfer t000001 --location st --item p-000001:2")
    assert (part["status"], part["received_now"], part["missing"]) == ("partial", 2, 3)
    rest = ok(as_boss(office, "stock receive-transfer T000001 --location ST"))
    assert rest.splitlines()[0] == "3 received into ST at XS01."
    assert "Received in full\t5 shipped, 5 received, 0 missing" in rest

    before = books(db_file)
    again = refused(as_boss(office, "stock receive-transfer T000001 --location ST"))
    assert re.fullmatch(
        r"Transfer T000001 was already received in full on \d{4}-\d\d-\d\d; nothing was received again\.",
        again,
    )
    assert books(db_file) == before
    at_xs = boss_json(office, "stock show XS01")
    assert [(p["code"], p["quantity"], p["places"][0]["location"]) for p in at_xs] == [("P-000001", 5, "ST")]
    centres = {c["code"]: c for c in boss_json(office, "centre list")}
    assert (centres["LX01"]["stock_units"], centres["LX01"]["stock_value_fen"]) == (5, 49500)
    assert centres["LX01"]["stock_value_yuan"] == "495.00"
    assert (centres["XS01"]["stock_units"], centres["XS01"]["transfers_in"]) == (5, 0)


def test_minimum_adjustment_write_off_and_a_transfer_sent_back(office: str, db_file: Path) -> None:
    ok(as_boss(office, "stock receive LX01 P-000002 --location A1 --quantity 4 --delivery-note SD-2"))
    assert ok(as_boss(office, "stock minimum LX01 P-000002 6")).strip() == (
        "LX01 keeps at least 6 × P-000002 手动轮椅车."
    )
    short = ok(as_boss(office, "stock show LX01 --below-minimum"))
    assert short.strip() == "P-000002\t手动轮椅车\t4\tA1 4\tminimum 6, 2 short"
    adjusted = ok(as_boss(office, "stock adjust LX01 P-000002 --location A1 --by -1 --reason 盘点发现少一台"))
    assert adjusted.strip() == "Adjusted P-000002 手动轮椅车 at A1, LX01 by -1; 3 there now."
    written = boss_json(office, "stock write-off LX01 P-000002 --location A1 --quantity 1 --reason damaged")
    assert (written["change"], written["balance"], written["reason"]) == (-1, 2, "damaged")

    ok(as_boss(office, "stock transfer LX01 BH01 --item P-000002:A1:2"))
    settled = boss_json(office, "stock settle-transfer T000001 --returned --reason 对方暂不需要")
    assert (settled["status"], settled["settlement"], settled["settlement_reason"]) == (
        "resolved",
        "returned",
        "对方暂不需要",
    )
    [line] = boss_json(office, "stock show LX01 --product p-000002")
    assert (line["quantity"], line["minimum"], line["below_minimum"]) == (2, 6, True)
    assert boss_json(office, "stock transfers --open") == []

    before = books(db_file)
    assert refused(as_boss(office, "stock adjust LX01 P-000002 --location A1 --by abc --reason x")) == (
        "--by takes a whole number other than 0, such as +2 or -3, not “abc”."
    )
    assert books(db_file) == before


def test_a_stocktake_scanned_into_a_terminal_and_applied(office: str, db_file: Path) -> None:
    ok(as_boss(office, "stock receive LX01 P-000001 --location ST --quantity 10 --delivery-note SD-1"))
    ok(as_boss(office, "stock receive LX01 P-000002 --location A1 --quantity 4 --delivery-note SD-2"))
    started = ok(as_boss(office, "stocktake start lx01"))
    assert started.startswith("Stocktake 1 started at LX01 (whole centre); lines to count: 2.")

    # A keyboard-wedge scanner types one label a line; an Enter pressed twice gives a blank line, and
    # with a Chinese input method on, a label comes out full-width. The password is the first line.
    scans = ["SS:L:LX01-ST", *["SS:P:P-000001"] * 6, "", "ＳＳ：Ｐ：Ｐ－０００００１", "ss:p:p-000001"]
    scans += ["SS:L:LX01-A1", *["SS:P:P-000002"] * 5]
    count = cli_line(f"--db {office} --as boss --json stocktake count 1", stdin="\n".join([ADMIN_PW, *scans]))
    counted = json.loads(ok(count))
    assert counted["scans"] == 15
    assert [(c["location"], c["product"], c["counted"]) for c in counted["counted"]] == [
        ("ST", "P-000001", 8),
        ("A1", "P-000002", 5),
    ]

    shown = boss_json(office, "stocktake show 1")["lines"]
    fields = ("location", "product", "expected", "counted", "difference", "verdict")
    assert [tuple(line[f] for f in fields) for line in shown] == [
        ("A1", "P-000002", 4, 5, 1, "surplus"),
        ("ST", "P-000001", 10, 8, -2, "missing"),
    ]
    assert (
        "  ST\tP-000001\t轮椅坐垫\t10\t8\t-2\tMissing" in ok(as_boss(office, "stocktake show 1")).splitlines()
    )
    applied = ok(as_boss(office, "stocktake apply 1"))
    assert applied.strip() == "Stocktake 1 applied. Lines adjusted: 2; units added: 1; units removed: 2."
    assert [(p["code"], p["quantity"]) for p in boss_json(office, "stock show LX01")] == [
        ("P-000001", 8),
        ("P-000002", 5),
    ]
    before = books(db_file)
    twice = refused(as_boss(office, "stocktake apply 1"))
    assert re.fullmatch(
        r"Stocktake 1 was already applied on \d{4}-\d\d-\d\d; .* Start a new count instead\.", twice
    )
    assert books(db_file) == before

    ok(as_boss(office, "stocktake start LX01 --location ST"))
    assert refused(as_boss(office, "stocktake count 2 https://u.wechat.com/x1")) == (
        "“https://u.wechat.com/x1” is a web address, not one of this city's product labels. Scan a label "
        "printed by silvershop, or type the product code."
    )
    assert refused(as_boss(office, "stocktake count 2 6901234567892")) == (  # a maker's own barcode
        "No product has the code 6901234567892; check the label or type the product."
    )
    elsewhere = refused(as_boss(office, "stocktake count 2 SS:L:LX01-ST SS:P:P-000001 SS:L:BH01-ST"))
    assert elsewhere == (
        "Scan 3 of 3: This is a label of another centre (BH01); this count is of 梁溪区适老生活体验中心. "
        "Put the item aside and tell the manager. Nothing of this batch was counted."
    )
    assert rows(db_file, "SELECT counted FROM stocktake_count WHERE stocktake_id = 2") == [(None,)]
    assert refused(as_boss(office, "stocktake apply 2")).startswith(
        "1 lines were not counted. Add --uncounted zero if the count covered everything"
    )
    ok(as_boss(office, "stocktake abandon 2"))
    listed = boss_json(office, "stocktake list --centre LX01")
    assert [(s["number"], s["status"], s["location"]) for s in listed] == [
        (2, "abandoned", "ST"),
        (1, "applied", None),
    ]
    assert books(db_file) == before


def test_refusals_name_the_problem_and_write_nothing(office: str, db_file: Path) -> None:
    before = books(db_file)
    assert refused(
        as_boss(office, "stock receive LX01 P-000001 --location ZZ --quantity 1 --delivery-note SD-1")
    ) == ("梁溪区适老生活体验中心 has no location ZZ in use; choose one of the centre's locations.")
    assert refused(
        as_boss(office, "stock receive LX01 P-000001 --location ST --quantity abc --delivery-note SD-1")
    ) == ("--quantity takes a whole number greater than 0, not “abc”.")
    assert refused(as_boss(office, "stock transfer LX01 BH01 --item P-000001-ST-4")) == (
        "Write --item as PRODUCT:LOCATION:N, N a whole number greater than 0 (for example P-000001:ST:5); "
        "“P-000001-ST-4” is not in that form."
    )
    receive_there = "stock receive LX01 P-000001 --location ST --quantity 2 --delivery-note SD-9"
    assert refused(as_clerk(office, receive_there)) == ANOTHER_CENTRE
    assert refused(as_clerk(office, "stock show LX01")) == ANOTHER_CENTRE
    assert refused(cli_line(f"--db {office} stock show BH01")) == (
        "Say who is acting with --as USER, so the audit log names a person."
    )
    assert books(db_file) == before

    ok(as_clerk(office, "stock receive BH01 P-000001 --location ST --quantity 2 --delivery-note SD-9"))
    mine = json.loads(ok(as_clerk(office, "--json centre list")))
    assert [(c["code"], c["stock_units"]) for c in mine] == [("BH01", 2)]
