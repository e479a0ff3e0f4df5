"""`silvershop-cli init` and `demo` run as a clerk or a script runs them: a real process, a real file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from silvershop.catalog.models import Enterprise
from silvershop.database import open_database
from silvershop.db.session import reading
from silvershop.security.vault import read_key
from tests.programs import cli, refused

REFERENCE_TABLES = ("district", "category_scheme", "category", "subsidy_rule_set", "label_preset")
DEMO_TABLES = {
    "enterprises": "enterprise",
    "products": "product",
    "product_categories": "product_category",
    "centres": "centre",
    "locations": "location",
    "stock_moves": "stock_move",
    "stock_balances": "stock_balance",
    "display_items": "display_item",
    "transfers": "transfer",
    "stock_thresholds": "stock_threshold",
    "stocktakes": "stocktake",
    "residents": "resident",
    "units": "device_unit",
    "loans": "loan",
    "subsidy_grants": "subsidy_grant",
    "subsidy_accounts": "subsidy_account",
    "cleaning_records": "cleaning_record",
    "maintenance_records": "maintenance_record",
    "reservations": "reservation",
    "accounts": "app_user",
}


def rows(path: Path, query: str) -> list[tuple[Any, ...]]:
    """Read without writing: a read-only connection, closed before the next command runs."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(query).fetchall()


def row_counts(path: Path, tables: Iterable[str]) -> dict[str, int]:
    return {table: rows(path, f"SELECT count(*) FROM {table}")[0][0] for table in tables}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_twice_adds_nothing_the_second_time(db_file: Path, db_url: str) -> None:
    first = cli("--db", db_url, "--json", "init")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["migrated"] is True
    assert report["reference_added"]["districts"] == 9
    assert all(count > 0 for count in report["reference_added"].values())
    counts = row_counts(db_file, REFERENCE_TABLES)

    second = cli("--db", db_url, "--json", "init")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["migrated"] is False
    assert set(again["reference_added"].values()) == {0}
    assert row_counts(db_file, REFERENCE_TABLES) == counts


def test_init_without_db_uses_the_data_folder(private_folders: Path) -> None:
    result = cli("init")
    assert result.returncode == 0, result.stderr
    assert "Database ready" in result.stdout
    assert (private_folders / "data" / "silvershop.sqlite3").exists()


def test_demo_prints_the_counts_of_what_it_wrote(db_file: Path, db_url: str) -> None:
    result = cli("--db", db_url, "--json", "demo", "--products", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["seed"] == 7
    counts = report["counts"]
    assert counts["products"] == 300
    assert set(counts) == set(DEMO_TABLES)
    assert row_counts(db_file, DEMO_TABLES.values()) == {DEMO_TABLES[k]: v for k, v in counts.items()}


def test_demo_as_text_names_each_kind(db_url: str) -> None:
    result = cli("--db", db_url, "demo", "--products", "40")
    assert result.returncode == 0, result.stderr
    assert "Demo data written to" in result.stdout
    assert "Products" in result.stdout
    assert "Device units" in result.stdout


def test_same_seed_gives_identical_databases(tmp_path: Path) -> None:
    files = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"]
    for path, seed in zip(files, ("5", "5", "6"), strict=True):
        result = cli("--db", f"sqlite:///{path}", "demo", "--products", "150", "--seed", seed)
        assert result.returncode == 0, result.stderr
    products = [rows(path, "SELECT * FROM product ORDER BY id") for path in files]
    names = [rows(path, "SELECT name FROM resident ORDER BY id") for path in files]
    stock = [rows(path, "SELECT * FROM stock_move ORDER BY id") for path in files]
    assert products[0] == products[1]
    assert names[0] == names[1]
    assert stock[0] == stock[1]
    assert products[0] != products[2]
    assert names[0] != names[2]


def test_second_demo_is_refused_and_changes_nothing(db_file: Path, db_url: str) -> None:
    assert cli("--db", db_url, "demo", "--products", "60").returncode == 0
    before, counts = digest(db_file), row_counts(db_file, DEMO_TABLES.values())
    message = refused(cli("--db", db_url, "demo", "--products", "60"))
    assert "already holds 60 products" in message
    assert digest(db_file) == before
    assert row_counts(db_file, DEMO_TABLES.values()) == counts


@pytest.mark.parametrize("products", ["0", "-5"])
def test_no_products_is_refused_before_a_database_is_made(db_file: Path, db_url: str, products: str) -> None:
    message = refused(cli("--db", db_url, "demo", "--products", products))
    assert f"at least 1 product; {products} was asked for" in message
    assert not db_file.exists()


def test_products_must_be_a_number(db_url: str) -> None:
    result = cli("--db", db_url, "demo", "--products", "many")
    assert result.returncode == 2
    assert "invalid int value" in result.stderr
    assert "Traceback" not in result.stderr


def test_personal_data_is_never_in_the_file_in_clear(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert cli("--db", f"sqlite:///{path}", "demo", "--products", "200").returncode == 0
    raw = b"".join(p.read_bytes() for p in sorted(tmp_path.iterdir()) if p.name.startswith(path.name))
    vault = read_key()
    assert vault is not None
    residents = rows(
        path, "SELECT name, id_number_enc, phone_enc, guardian_phone_enc, address_enc FROM resident"
    )
    assert len(residents) > 50
    clear: list[str] = []
    for name, id_number, phone, guardian_phone, address in residents:
        assert name.encode() in raw  # names are kept in clear, so the search does see the data
        clear.append(vault.decrypt(id_number, purpose="id_number"))
        clear.append(vault.decrypt(address, purpose="address"))
        if phone:
            clear.append(vault.decrypt(phone, purpose="phone"))
        if guardian_phone:
            clear.append(vault.decrypt(guardian_phone, purpose="guardian_phone"))
    leaked = [value for value in clear if value.encode() in raw or value.encode("utf-16-le") in raw]
    assert leaked == []


@pytest.mark.pg
def test_demo_on_postgresql_leaves_room_for_the_next_record(pg_url: str) -> None:
    result = cli("--db", pg_url, "--json", "demo", "--products", "120")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)["counts"]
    db = open_database(pg_url)
    try:
        with reading(db.sessions) as session:
            for key, table in DEMO_TABLES.items():
                assert session.scalar(text(f"SELECT count(*) FROM {table}")) == counts[key]
            enterprise = Enterprise(name="无锡新登记企业有限公司", credit_code="91320211MA1XYZ0007")
            session.add(enterprise)
            session.flush()  # the sequence was moved past the demo's ids, so this does not collide
            assert enterprise.id == counts["enterprises"] + 1
    finally:
        db.close()
