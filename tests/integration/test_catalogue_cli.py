"""The promotion catalogue through `silvershop-cli`, as a district office's script would fill it."""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest

from silvershop.cli import build_parser
from tests.photos import photo
from tests.programs import cli_line, run

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
        f"--price ¥1,299 --rentable --rent 200 --deposit 1000 --status listed --listing-year 2024 "
        f"--image {cover}",
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
    found = json.loads(ok(as_boss(office, "--json product search wc-101")))
    assert [(p["code"], p["model"], p["enterprise"]) for p in found] == [
        ("P-000002", "WC-101", "无锡德康康复器材有限公司"),  # the exact model first
        ("P-000001", "WC-1010", "无锡德康康复器材有限公司"),
    ]
    assert [p["code"] for p in read(office, "product search wc-101")] == ["P-000002"]  # the kiosk's
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


def zh(db: str, line: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The CLI in its default language, Simplified Chinese."""
    return run("silvershop.cli", "--db", db, *shlex.split(line), **env)


def _dekang(office: str) -> None:
    ok(as_boss(office, f"enterprise add --name 德康 --credit-code {DEKANG}"))


@pytest.mark.parametrize(
    ("switches", "message"),
    [
        (
            "--device-class II --registration-no 苏械注准20232190001",
            "--device-class, --registration-no describe a medical device, but --medical-device is missing. "
            "Add --medical-device if the product is one, or leave --device-class, --registration-no out.",
        ),
        (
            "--rent 200 --grace-days 3",
            "--rent, --grace-days describe renting, but --rentable is missing. Add --rentable if the "
            "product can be rented, or leave --rent, --grace-days out.",
        ),
        (
            "--status listed",
            "A listed product needs its listing year (入选年度).",
        ),
        (
            "--status archived --listing-year 2024",
            "A new product cannot start as archived. Save it as a draft, submitted or listed; "
            "archive it when it leaves the catalogue.",
        ),
        (
            "--image /nowhere/wheelchair.jpg",
            "The photo /nowhere/wheelchair.jpg does not exist; check the file name and folder.",
        ),
    ],
)
def test_contradicting_switches_are_refused_and_nothing_is_added(
    office: str, switches: str, message: str
) -> None:
    _dekang(office)
    result = as_boss(office, f"product add --name 手动轮椅车 --model WC-101 --enterprise 德康 {switches}")
    assert refused(result) == message
    assert json.loads(ok(as_boss(office, "--json product list"))) == []


@pytest.mark.parametrize("limit", ["0", "-1", "2.5", "many"])
def test_a_limit_is_a_positive_whole_number(office: str, limit: str) -> None:
    result = cli_line(f"--db {office} product list --limit={limit}")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        f"give how many products to show: a whole number, 1 or more, not “{limit}”."
    )


def test_without_as_only_listed_products_are_shown_as_on_the_kiosk(office: str) -> None:
    _dekang(office)
    ok(as_boss(office, "product add --name 手动轮椅车 --model WC-101 --enterprise 德康"))
    ok(
        as_boss(
            office,
            "product add --name 电动轮椅 --model EW-1 --enterprise 德康 --status listed --listing-year 2024",
        )
    )
    assert [p["code"] for p in read(office, "product list")] == ["P-000002"]
    assert [p["code"] for p in read(office, "product search 轮椅")] == ["P-000002"]
    assert refused(cli_line(f"--db {office} product show P-000001")) == (
        "P-000001 is not in the public catalogue (only listed products are). "
        "Name a staff member with --as USER to see it."
    )
    assert refused(cli_line(f"--db {office} product list --status draft")) == (
        "Without --as only listed products are shown, as on the kiosk. Name a staff member with "
        "--as USER to list drafts, submitted or archived products."
    )
    staff = json.loads(ok(as_boss(office, "--json product list")))
    assert [(p["code"], p["status"]) for p in staff] == [("P-000001", "draft"), ("P-000002", "listed")]
    assert json.loads(ok(as_boss(office, "--json product show P-000001")))["status"] == "draft"
    assert "--as" in ok(cli_line("product list --help"))


def test_plain_text_speaks_the_users_language_and_shows_every_field(office: str, tmp_path: Path) -> None:
    _dekang(office)
    cover, side = tmp_path / "cover.jpg", tmp_path / "side.png"
    cover.write_bytes(photo((3000, 2000)))
    side.write_bytes(photo((400, 300), fmt="PNG"))
    ok(
        as_boss(
            office,
            "product add --name 手动轮椅车 --model WC-101 --enterprise 德康 --status listed "
            "--listing-year 2024 --recommending-unit 无锡市民政局 --scenario 居家 "
            "--description 折叠式，重量轻 --medical-device --device-class II "
            f"--registration-no 苏械注准20232190001 --image {cover} --image {side}",
        )
    )
    shown = ok(cli_line(f"--db {office} product show P-000001"))
    for line in (
        "Status: Listed",
        "Listing year: 2024",
        "Recommended by: 无锡市民政局",
        "Where it is used: 居家",
        "Medical device: class II, registration number 苏械注准20232190001",
        "Description: 折叠式，重量轻",
        "Photos: 2 (1600×1067, 400×300 pixels; the first is the cover)",
    ):
        assert line in shown.splitlines(), line
    listed = ok(zh(office, "product list"))
    assert listed.strip().endswith("\t已入选")
    assert "listed" not in listed


def test_the_password_prompt_is_one_sentence_in_either_language(office: str) -> None:
    line = "enterprise add --name 德康 --credit-code " + DEKANG
    english = refused(cli_line(f"--db {office} --as boss {line}", stdin=""))
    assert english == (
        "Give the password of the --as user on standard input (one line), or set SILVERSHOP_PASSWORD."
    )
    chinese = zh(office, f"--as boss {line}", stdin="")
    assert chinese.returncode == 2
    assert "提供the password" not in chinese.stderr  # a translated frame round an English piece


def test_enterprise_names_phones_and_pasted_codes(office: str) -> None:
    pasted = json.loads(
        ok(
            as_boss(
                office,
                "--json enterprise add --name 锡山智造 --credit-code '9132 0214-MA1X YW12 8T' "
                "--phone '(0510)82345678'",
            )
        )
    )
    assert (pasted["credit_code"], pasted["division_code"], pasted["contact_phone"]) == (
        "91320214MA1XYW128T",
        "320214",
        "0510-82345678",
    )
    assert refused(as_boss(office, f"enterprise add --name ' 锡山 智造 ' --credit-code {DEKANG}")) == (
        "锡山智造 is already registered, with the credit code 91320214MA1XYW128T. If it is the same "
        "enterprise, use that record; if it is another one, write its name as on its licence so the "
        "two can be told apart."
    )
    assert refused(as_boss(office, f"enterprise add --name 德康 --credit-code {DEKANG} --phone 12345")) == (
        "This is not a phone number in China: a mobile has 11 digits and starts with 1; "
        "a landline starts with its area code, like 0510-82345678. Check the number."
    )
    assert [e["name"] for e in read(office, "enterprise list")] == ["锡山智造"]


def test_users_add_an_iso_code_and_file_products_under_it(office: str) -> None:
    _dekang(office)
    added = json.loads(
        ok(
            as_boss(
                office,
                '--json category add --scheme iso9999 --edition "ISO 9999:2022" --code 2206 --name 助听器',
            )
        )
    )
    assert (added["code"], added["parent"], added["builtin"]) == ("22 06", "22", False)
    again = as_boss(
        office, 'category add --scheme iso9999 --edition "ISO 9999:2022" --code "22 06" --name 助听器'
    )
    assert refused(again) == "iso9999 ISO 9999:2022 already has the code 22 06: 助听器."
    product = json.loads(
        ok(
            as_boss(
                office, '--json product add --name 助听器 --model HA-1 --enterprise 德康 --assistive "22 06"'
            )
        )
    )
    assert product["assistive_category"]["code"] == "22 06"
    listed = read(office, "category list --scheme iso9999")
    assert [c["code"] for c in listed if not c["builtin"]] == ["22 06"]
    text = ok(cli_line(f'--db {office} category list --edition "ISO 9999:2022"'))
    assert "iso9999:ISO 9999:2022:22 06\t助听器\t(added by users)" in text.splitlines()
    wrong_edition = as_boss(
        office,
        "product add --name 轮椅 --model WC-9 --enterprise 德康 --assistive 122203 "
        '--assistive-edition "ISO 9999:2016"',
    )
    assert refused(wrong_edition) == (
        "ISO 9999:2016 has no code 12 22 03; the loaded editions with it are ISO 9999:2022."
    )


def _options(*command: str) -> list[argparse.Action]:
    parser: argparse.ArgumentParser = build_parser()
    for name in command:
        group = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = group.choices[name]
    return [a for a in parser._actions if a.option_strings and a.dest != "help"]


@pytest.mark.parametrize("command", [("product", "add"), ("enterprise", "add"), ("category", "add")])
def test_every_option_of_an_add_command_says_what_it_is(command: tuple[str, ...]) -> None:
    silent = [a.option_strings[0] for a in _options(*command) if not a.help]
    assert silent == []
