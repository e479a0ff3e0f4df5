"""The bureau workbook on both backends a city may run: a PostgreSQL city database exports the same
workbook as SQLite would, and its import finds the same products unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from silvershop.database import Database, open_database
from silvershop.db.session import transaction
from silvershop.demo import generate
from silvershop.exchange import template as t
from silvershop.exchange.bureau_export import export_catalogue
from silvershop.exchange.bureau_rows import ExportChoice
from silvershop.exchange.catalogue_import import Action
from silvershop.exchange.importing import import_catalogue
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import open_vault

ACTOR = actor_with([Role.ADMINISTRATOR], username="office")
# Counted from the centres' stock, which an import does not bring.
_COUNTED = {t.DISPLAY_CENTRES.name, t.STOCK_TOTAL.name}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def city(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    url = (
        f"sqlite:///{tmp_path / 'city.sqlite3'}"
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    database = open_database(url)
    with transaction(database.sessions) as session:
        generate(session, products=300, seed=5, vault=open_vault(session))
    yield database
    database.close()


def _export(database: Database, target: Path) -> Path:
    export_catalogue(database, ACTOR, target, ExportChoice(), office="无锡市民政局", today=date(2026, 11, 29))
    return target


def _sheet(path: Path, name: str) -> list[dict[str, object]]:
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook[name].iter_rows(values_only=True))
    workbook.close()
    header = [str(cell) for cell in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_a_city_database_exports_what_an_empty_one_imports_and_exports_again(
    city: Database, tmp_path: Path
) -> None:
    submitted = _export(city, tmp_path / "city.xlsx")
    products = _sheet(submitted, t.PRODUCTS_SHEET)
    rentals = _sheet(submitted, t.RENTALS_SHEET)
    assert len(products) > 50
    assert rentals and all(row["租赁单数"] for row in rentals)  # the loans were counted on this backend

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        result = import_catalogue(fresh, ACTOR, submitted)
        assert result.plan.count(Action.CREATE) == len(products)
        assert not result.plan.problems
        again = _sheet(_export(fresh, tmp_path / "again.xlsx"), t.PRODUCTS_SHEET)
    finally:
        fresh.close()

    def without_counts(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in row.items() if k not in _COUNTED} for row in rows]

    assert without_counts(again) == without_counts(products)


def test_importing_its_own_export_changes_nothing_on_either_backend(city: Database, tmp_path: Path) -> None:
    submitted = _export(city, tmp_path / "city.xlsx")

    result = import_catalogue(city, ACTOR, submitted)

    assert not result.written
    assert result.plan.count(Action.UNCHANGED) == len(_sheet(submitted, t.PRODUCTS_SHEET))
    assert result.plan.count(Action.CREATE) == result.plan.count(Action.UPDATE) == 0
