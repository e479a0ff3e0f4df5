"""Users, residents and the audit log through `silvershop-cli`, as an office script would use them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from silvershop.security.vault import default_key_path
from tests.programs import cli_line

ADMIN_PW = "admin-password"
CLERK_PW = "clerk-password"
LADY = "11010519491231002X"


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr.strip()


def as_admin(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as boss {line}", SILVERSHOP_PASSWORD=ADMIN_PW)


def as_clerk(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as wang {line}", SILVERSHOP_PASSWORD=CLERK_PW)


@pytest.fixture
def office(db_url: str) -> str:
    """Demo data (with its demo accounts), an administrator `boss` and a clerk `wang` of BH01."""
    ok(cli_line(f"--db {db_url} demo --products 30"))
    add_boss = f"--db {db_url} --as admin user add boss --role administrator --password-stdin"
    ok(cli_line(add_boss, stdin=f"silvershop\n{ADMIN_PW}\n"))
    add_wang = "user add wang --role desk_clerk --centre BH01 --password-stdin"
    ok(cli_line(f"--db {db_url} --as boss {add_wang}", stdin=f"{ADMIN_PW}\n{CLERK_PW}\n"))
    return db_url


def test_first_user_of_a_new_database_is_the_administrator(db_url: str) -> None:
    clerk_first = cli_line(f"--db {db_url} user add wang --role desk_clerk --password-stdin", stdin=ADMIN_PW)
    assert refused(clerk_first) == "The first user must be an administrator (--role administrator)."
    out = ok(
        cli_line(f"--db {db_url} --json user add boss --role administrator --password-stdin", stdin=ADMIN_PW)
    )
    assert json.loads(out)["roles"] == ["administrator"]
    assert [u["username"] for u in json.loads(ok(as_admin(db_url, "--json user list")))] == ["boss"]


def test_writes_need_a_person_and_the_right_password(office: str) -> None:
    assert refused(cli_line(f"--db {office} user list")) == (
        "Say who is acting with --as USER, so the audit log names a person."
    )
    wrong = refused(cli_line(f"--db {office} --as boss user list", SILVERSHOP_PASSWORD="nope-nope"))
    unknown = refused(cli_line(f"--db {office} --as nobody user list", SILVERSHOP_PASSWORD="nope-nope"))
    assert wrong == unknown == "The user name or the password is wrong."


def test_clerk_cannot_manage_users(office: str) -> None:
    add = f"--db {office} --as wang user add li --role desk_clerk --centre BH01 --password-stdin"
    message = refused(cli_line(add, stdin=f"{CLERK_PW}\nanother-pass\n"))
    assert message == "Only the centre's manager or an administrator can do this."


def test_disabled_user_is_refused(office: str) -> None:
    ok(as_admin(office, "user disable wang"))
    assert (
        refused(as_clerk(office, "resident list"))
        == "This account is disabled. Ask an administrator to enable it."
    )


def test_resident_registered_and_found_masked(office: str) -> None:
    add = f"--json resident add --name 周秀兰 --id-number {LADY} --phone 13800138000 --hukou-local"
    added = json.loads(ok(as_clerk(office, f"{add} --ability-level 3 --consent 租赁服务所需")))
    assert (added["id_number"], added["phone"], added["centre"]) == (
        "110105********002X",
        "138****8000",
        "BH01",
    )
    found = json.loads(ok(as_clerk(office, f"--json resident find --id-number {LADY.lower()}")))
    assert [(r["name"], r["id_number"]) for r in found] == [("周秀兰", "110105********002X")]
    bad = refused(as_clerk(office, "resident add --name 王 --id-number 110105194912310021"))
    assert "typing mistake" in bad


def test_clerk_cannot_read_another_centres_residents(office: str) -> None:
    everyone = json.loads(ok(as_admin(office, "--json resident list")))
    elsewhere = next(r for r in everyone if r["centre"] != "BH01")
    mine = json.loads(ok(as_clerk(office, "--json resident list")))
    assert mine
    assert {r["centre"] for r in mine} == {"BH01"}
    message = refused(as_clerk(office, f"resident reveal {elsewhere['id']} --field phone"))
    assert "another centre" in message


def test_reveal_by_administrator_is_in_the_audit_log(office: str) -> None:
    resident = json.loads(ok(as_admin(office, "--json resident list")))[0]
    phone = json.loads(ok(as_admin(office, f"--json resident reveal {resident['id']} --field phone")))[
        "value"
    ]
    assert len(phone) == 11
    assert phone.startswith("1")
    log = json.loads(ok(as_admin(office, "--json audit --entity resident --since 2020-01-01")))
    assert (log[0]["action"], log[0]["user"], log[0]["entity_id"]) == ("reveal", "boss", str(resident["id"]))
    assert phone not in json.dumps(log)
    assert refused(as_admin(office, "audit --since yesterday")).startswith("yesterday is not a date")


def test_a_lost_key_is_reported_and_never_replaced(office: str) -> None:
    key = default_key_path()
    assert key.exists()
    key.rename(key.with_suffix(".moved"))
    message = refused(as_admin(office, "resident list"))
    assert message.startswith(f"The personal-data key file {key} is missing")
    assert "Restore the key file from your backup" in message
    assert not key.exists()


def test_database_file_holds_no_clear_id_number_or_phone(office: str, db_file: Path) -> None:
    numbers = [("11010519491231002X", "13912345678"), ("440524188001010014", "18611112222")]
    for i, (id_number, phone) in enumerate(numbers):
        add = f"resident add --name 测试{i} --id-number {id_number} --phone {phone} --consent 同意"
        ok(as_clerk(office, add))
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))
    for id_number, phone in numbers:
        for text in (id_number, phone, id_number[6:14]):
            assert text.encode() not in raw
            assert text.encode("utf-16-le") not in raw
