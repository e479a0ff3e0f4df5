"""Test configuration shared by unit, integration and UI tests.

Qt runs offscreen and every test gets its own data and config folders, so no test can read or
write a real user's database or key file. PostgreSQL tests (`pg`) are collected only when
SILVERSHOP_TEST_PG_URL is set; slow tests only with --slow.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SILVERSHOP_DB_URL", None)
os.environ.pop("SILVERSHOP_DATA_KEY", None)

PG_URL_ENV = "SILVERSHOP_TEST_PG_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run_pg = bool(os.environ.get(PG_URL_ENV))
    run_slow = config.getoption("--slow")
    kept, dropped = [], []
    for item in items:
        if ("pg" in item.keywords and not run_pg) or ("slow" in item.keywords and not run_slow):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Data, config and key file of this test alone."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SILVERSHOP_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("SILVERSHOP_CONFIG_DIR", str(root / "config"))
    monkeypatch.delenv("SILVERSHOP_KEY_FILE", raising=False)
    return root


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "silvershop.sqlite3"


@pytest.fixture
def db_url(db_file: Path) -> str:
    return f"sqlite:///{db_file}"


@pytest.fixture
def pg_url() -> str:
    """A PostgreSQL database emptied for this test (its public schema is dropped and recreated)."""
    url = os.environ[PG_URL_ENV]
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    """A migrated SQLite database with reference data, in a file of this test's own."""
    from silvershop.database import open_database

    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture
def memdb() -> Iterator[object]:
    """A migrated in-memory database with reference data, for unit tests."""
    from silvershop.database import open_database

    db = open_database("sqlite://")
    yield db
    db.close()
