"""The rental desk through `silvershop-cli`, as a desk clerk types it: each test is one story over a
copy of a small database made once for the module, and every refusal is checked to have written
nothing. The CLI takes today's date, so residents' birthdays and loans are set relative to it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from silvershop.cli import _leaves, build_parser
from silvershop.config import local_today
from silvershop.security.id_number import make_id_number
from tests.programs import cli_line, ok, refused

ADMIN_PW = "admin-password"
CLERK_PW = "clerk-password"
DEKANG = "91350100M000100Y43"
MOBILE = "13800138000"
ANOTHER_CENTRE = "This belongs to another centre; you can only work with the centres you are assigned to."


def born(age: int) -> date:
    """A birthday a month past, `age` years ago: the resident is `age` today."""
    today = local_today()
    years_ago = today.replace(year=today.year - age, day=min(today.day, 28))
    return years_ago - timedelta(days=30)


LADY = make_id_number("320213", born(81), 2)  # 周秀兰, 81, local household registration


def rows(path: Path, query: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(query, params).fetchall()


def desk_records(path: Path) -> list[tuple[Any, ...]]:
    """Everything the desk writes: what a refusal must leave exactly as it was."""
    tables = ("loan", "device_unit", "subsidy_account", "subsidy_grant", "reservation", "cleaning_record")
    return [row for table in tables for row in rows(path, f"SELECT * FROM {table} ORDER BY 1, 2")]


@dataclass(frozen=True)
class Desk:
    """A copy of the module's database: administrator `boss`, clerk `wang` of LX01, product P-000001
    手动轮椅车 (200 元 a month, 500 元 deposit, 10 元 a day late after 2 grace days), units LX01-00001
    and LX01-00002 in the rental store RS, resident 1 周秀兰 (81, local, mobile 13800138000), and
    resident 2 钱福根, registered at another centre, BH01."""

    url: str
    path: Path
    env: dict[str, str]

    def boss(self, line: str) -> subprocess.CompletedProcess[str]:
        return cli_line(f"--db {self.url} --as boss {line}", SILVERSHOP_PASSWORD=ADMIN_PW, **self.env)

    def clerk(self, line: str) -> subprocess.CompletedProcess[str]:
        return cli_line(f"--db {self.url} --as wang {line}", SILVERSHOP_PASSWORD=CLERK_PW, **self.env)

    def json(self, line: str) -> Any:
        return json.loads(ok(self.clerk(f"--json {line}")))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    home = tmp_path_factory.mktemp("rental")
    env = {"SILVERSHOP_DATA_DIR": str(home / "data"), "SILVERSHOP_CONFIG_DIR": str(home / "config")}
    made = Desk(f"sqlite:///{home / 'template.sqlite3'}", home / "template.sqlite3", env)
    ok(
        cli_line(
            f"--db {made.url} user add boss --role administrator --password-stdin", stdin=ADMIN_PW, **env
        )
    )
    for line in (
        f"enterprise add --name 无锡德康康复器材有限公司 --credit-code {DEKANG}",
        f"product add --name 手动轮椅车 --model MW-621A --enterprise {DEKANG} --price 1299 --rentable "
        "--rent 200 --deposit 500 --late-fee 10 --grace-days 2",
        "centre add --code LX01 --name 梁溪区适老生活体验中心 --district 320213",
        "centre add --code BH01 --name 滨湖区适老生活体验中心 --district 320211",
        "location add LX01 RS --name 租赁库房 --kind rental_store",
        "unit add LX01 P-000001 --location RS",
        "unit add LX01 P-000001 --location RS --serial SN-2 --purchased 2025-06-01 --cost 980",
    ):
        ok(made.boss(line))
    add_wang = f"--db {made.url} --as boss user add wang --role desk_clerk --centre LX01 --password-stdin"
    ok(cli_line(add_wang, stdin=f"{ADMIN_PW}\n{CLERK_PW}\n", **env))
    add_lady = (
        f"resident add --name 周秀兰 --id-number {LADY} --phone {MOBILE} --hukou-local --consent 租赁服务所需"
    )
    ok(made.clerk(add_lady))
    add_elsewhere = (
        f"resident add --name 钱福根 --id-number {make_id_number('320211', born(83), 3)} --centre BH01"
    )
    ok(made.boss(f"{add_elsewhere} --hukou-local --consent 租赁服务所需"))
    return made


@pytest.fixture
def desk(template: Desk, tmp_path: Path) -> Desk:
    """A copy of the template of this test's own (the personal-data key is the template's)."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(template.path, path)
    return Desk(f"sqlite:///{path}", path, template.env)


def test_every_rental_command_explains_itself() -> None:
    parser = build_parser()
    helps = [
        leaf.format_help()
        for leaf in _leaves(parser)
        if leaf.prog.split()[1] in ("unit", "rent", "loans", "subsidy")
    ]
    assert len(helps) == 12
    assert all("--json" in text for text in helps)


def test_units_registered_listed_and_shown(desk: Desk) -> None:
    added = ok(
        desk.boss("unit add lx01 ss:p:p-000001 --serial SN-3 --purchased ２０２６-01-05 --cost 1,050.50")
    )
    assert added.strip() == (
        "Unit LX01-00003 registered at LX01: P-000001 手动轮椅车. Its label reads SS:U:LX01-00003."
    )
    listed = desk.json("unit list --state available --product P-000001")
    assert [(u["asset_tag"], u["location"], u["purchase_cost_fen"]) for u in listed] == [
        ("LX01-00001", "RS", None),
        ("LX01-00002", "RS", 98000),
        ("LX01-00003", None, 105050),
    ]
    shown = ok(desk.clerk("unit show SS:U:LX01-00002")).splitlines()
    assert shown[:4] == [
        "LX01-00002\tP-000001 手动轮椅车\tLX01 RS",
        "State: Available",
        "Condition: In good order",
        "Loans so far: 0",
    ]
    assert shown[-3:] == ["Loans: none yet.", "Cleanings: none yet.", "Repairs: none."]
    assert refused(desk.boss("unit add LX01 P-000001 --purchased 2025-13-01")) == (
        "--purchased takes a date such as 2026-11-29, not “2025-13-01”."
    )


def test_published_example_lent_returned_and_cleaned(desk: Desk, tmp_path: Path) -> None:
    """An 81-year-old local resident, a wheelchair for 2 months at 400 元: the city pays 200 元."""
    priced = desk.json("rent quote 1 LX01-00001 --months 2")
    fen = {k: v for k, v in priced.items() if k.endswith("_fen")}
    assert fen == {
        "monthly_rent_fen": 20000,
        "rent_fen": 40000,
        "subsidy_before_cap_fen": 20000,
        "subsidy_fen": 20000,
        "cap_fen": 300000,
        "used_this_year_fen": 0,
        "left_after_fen": 280000,
        "payable_fen": 20000,
        "deposit_fen": 50000,
        "pay_now_fen": 70000,
    }
    assert (priced["rule"], priced["subsidy_rate_bp"], priced["no_subsidy"]) == ("age80", 5000, None)
    said = ok(desk.clerk(f"rent quote {LADY} SS:U:LX01-00001 --months 2")).splitlines()
    assert said[0].startswith("Quote: LX01-00001 手动轮椅车 for 周秀兰, 2 months, ")
    assert said[1:] == [
        "Rent: 400.00 元",
        "Subsidy rate: 50%",
        "Rule: 80周岁及以上",
        "Subsidy: 200.00 元",
        "Used this year: 0.00 元 of 3,000.00 元",
        "Left after: 2,800.00 元",
        "Payable: 200.00 元",
        "Deposit: 500.00 元",
        "Pay now: 700.00 元",
    ]
    one_month = ok(desk.clerk(f"rent quote {MOBILE} LX01-00001 --months 1"))
    assert "No subsidy: Only 2- and 3-month rentals are subsidised.\nSubsidy: 0.00 元\n" in one_month
    assert "Pay now: 700.00 元" in one_month  # 200 元 rent and the deposit

    receipt = tmp_path / "out.pdf"
    lent = desk.json(f"rent checkout 1 LX01-00001 --months 2 --pay wechat --receipt {receipt}")
    assert (lent["loan"], lent["pay_now_fen"], lent["payment_method"]) == ("L0000001", 70000, "wechat")
    assert receipt.read_bytes().startswith(b"%PDF")
    assert ok(desk.clerk("unit show LX01-00001")).splitlines()[1] == "State: On loan"

    before = desk_records(desk.path)
    assert refused(desk.clerk("rent checkout 1 LX01-00001 --months 2 --pay cash")) == (
        "LX01-00001 is on loan already; it cannot be lent twice. Choose another unit."
    )
    assert refused(desk.clerk("rent return LX01-00001 --deduct 600 --deduct-note 丢失坐垫")) == (
        "Deductions cannot exceed the deposit of 500.00 元; charge the rest separately."
    )
    assert desk_records(desk.path) == before

    back_receipt = tmp_path / "back.pdf"
    back = desk.json(
        f"rent return ss:u:lx01-00001 --deduct 50 --deduct-note 刹车片磨损 --receipt {back_receipt} "
        "--paper roll"
    )
    assert (
        back["state"],
        back["days_late"],
        back["deductions_fen"],
        back["refund_fen"],
        back["owed_fen"],
    ) == (
        "awaiting_cleaning",
        0,
        5000,
        45000,
        0,
    )
    assert back_receipt.read_bytes().startswith(b"%PDF")
    before = desk_records(desk.path)
    assert refused(desk.clerk("rent checkout 1 LX01-00001 --months 2 --pay cash")) == (
        "LX01-00001 came back and has not been cleaned and disinfected yet; sign off its cleaning "
        "record first, or choose another unit."
    )
    assert desk_records(desk.path) == before

    cleaned = ok(
        desk.clerk("rent clean LX01-00001 --method 擦拭消毒 --agent '含氯消毒剂 500 mg/L' --by 张丽")
    )
    assert cleaned.strip() == (
        "Cleaning of LX01-00001 signed off (擦拭消毒, 含氯消毒剂 500 mg/L, by 张丽). State: Available."
    )
    history = desk.json("unit show LX01-00001")
    assert (history["state"], history["loan_count"]) == ("available", 1)
    assert [(x["code"], x["resident"]) for x in history["loans"]] == [("L0000001", "周秀兰")]
    assert LADY not in json.dumps(history, ensure_ascii=False)
    assert [x["result"] for x in history["cleanings"]] == ["passed"]
    again = desk.json("rent quote 1 LX01-00001 --months 2")
    assert (again["used_this_year_fen"], again["left_after_fen"]) == (20000, 260000)


def test_overdue_loan_called_with_a_masked_phone_and_taken_back_late(desk: Desk) -> None:
    before = desk_records(desk.path)
    assert refused(desk.clerk("rent checkout 138-0013-8000 LX01-00002 --months 1 --pay bank")) == (
        "Enter the bank transfer's reference so the payment can be traced."
    )
    assert desk_records(desk.path) == before
    lent = desk.json("rent checkout 138-0013-8000 LX01-00002 --months 1 --pay bank --reference TX-88")
    assert (lent["subsidy_fen"], lent["no_subsidy"], lent["pay_now_fen"]) == (0, "term", 70000)
    due = desk.json("loans due --days 40")
    assert [(x["loan"], x["phone"], x["days_late"]) for x in due] == [(lent["loan"], "138****8000", 0)]

    today = local_today()
    with closing(sqlite3.connect(desk.path)) as conn, conn:
        conn.execute(
            "UPDATE loan SET start_on = ?, due_on = ? WHERE code = ?",
            ((today - timedelta(days=35)).isoformat(), (today - timedelta(days=5)).isoformat(), lent["loan"]),
        )
    late = ok(desk.clerk("loans overdue --centre lx01"))
    assert late.strip() == (
        f"{lent['loan']}\tLX01\tLX01-00002\t手动轮椅车\t周秀兰\t138****8000\t"
        f"{(today - timedelta(days=5)).isoformat()}\t5 days late"
    )
    assert MOBILE not in ok(desk.clerk("--json loans overdue"))
    assert refused(desk.clerk(f"rent renew {lent['loan'].lower()} --months 1 --pay cash")) == (
        f"Loan {lent['loan']} is 5 days late, past its grace days. Take the unit back (with its late fee) "
        "and lend it again."
    )

    back = ok(desk.clerk("rent return LX01-00002 --collected")).splitlines()
    assert back[1:7] == [
        "Days late: 5 (grace days 2, charged 3)",
        "Late fee: 30.00 元",
        "Deductions: 0.00 元",
        "Deposit: 500.00 元",
        "Refund: 470.00 元",
        "Owed: 0.00 元",
    ]
    assert ok(desk.clerk("loans overdue")).strip() == "No loans are overdue."


def test_a_loan_renewed_and_a_device_reserved(desk: Desk) -> None:
    first = desk.json("rent checkout 1 LX01-00002 --months 2 --pay cash")
    renewed = desk.json(f"rent renew {first['loan']} --months 3 --pay alipay")
    assert (renewed["renews"], renewed["start_on"], renewed["subsidy_fen"], renewed["pay_now_fen"]) == (
        first["loan"],
        first["due_on"],
        30000,  # half of 600 元
        30000,  # the deposit carried over
    )
    # Each grant counts in the year its term starts: the renewal's may fall in the next one.
    years = {first["start_on"][:4]: [first["loan"]]}
    years.setdefault(renewed["start_on"][:4], []).append(renewed["loan"])
    for year, loans in years.items():
        ledger = desk.json(f"subsidy 1 --year {year}")
        assert [g["loan"] for g in ledger["grants"]] == loans
        assert ledger["granted_fen"] == sum(g["amount_fen"] for g in ledger["grants"])
        assert ledger["left_fen"] == 300000 - ledger["granted_fen"]
    held = desk.json(f"rent reserve {LADY} --product P-000001 --from {local_today()} --to {local_today()}")
    assert (held["status"], held["unit"]) == ("active", "LX01-00001")
    later = (local_today() + timedelta(days=1)).isoformat()
    before = desk_records(desk.path)
    assert refused(desk.clerk(f"rent reserve 1 --unit LX01-00001 --from {local_today()} --to {later}")) == (
        f"This device is already reserved from {local_today()} to {local_today()}; choose other dates or "
        "another device."
    )
    assert desk_records(desk.path) == before


def test_bad_input_is_refused_in_a_sentence(desk: Desk, tmp_path: Path) -> None:
    nowhere = tmp_path / "no-such-folder" / "receipt.pdf"
    before = desk_records(desk.path)
    for line, sentence in (
        ("rent quote 1 LX01-00001 --months 4", "A rental lasts 1, 2 or 3 months; renew it for longer."),
        ("rent quote 1 LX01-00001 --months two", "--months takes a whole number greater than 0, not “two”."),
        (
            "rent checkout 1 LX01-09999 --months 2 --pay cash",
            "There is no device with the asset tag LX01-09999; check the label and try again.",
        ),
        (
            "rent quote 周秀兰 LX01-00001 --months 2",
            "Name the resident by their number from `resident find`, their full ID number or their "
            "11-digit mobile number, not “周秀兰”.",
        ),
        (
            "rent checkout 1 LX01-00001 --months 2 --pay cash --paper roll",
            "--paper says what the receipt is printed on; add --receipt FILE.pdf, or leave it out.",
        ),
        ("rent quote 2 LX01-00001 --months 2", ANOTHER_CENTRE),
        (
            f"rent checkout 1 LX01-00001 --months 2 --pay cash --receipt {nowhere}",
            f"The receipt could not be written to {nowhere}; choose another folder.",
        ),
        (
            "rent return LX01-00001",
            "LX01-00001 is not on loan, so it cannot be taken back. Check the label you scanned.",
        ),
    ):
        assert refused(desk.clerk(line)) == sentence
    assert desk_records(desk.path) == before
