"""The de-identified statistics workbook: the figures the dashboard shows, and loans nobody can be found
from. The demo city's residents are decrypted and every one of their names, ID numbers, phones and
addresses is looked for in every part of the file."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo import DEMO_TODAY, generate
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.exchange.bureau_export import export_catalogue
from silvershop.exchange.bureau_rows import ExportChoice
from silvershop.rental.models import DeviceUnit, Loan, Resident
from silvershop.security.audit import list_entries
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import Vault
from silvershop.stats import period
from silvershop.stats.export import export_stats
from silvershop.stats.figures import dashboard
from silvershop.stats.scope import scope

OFFICE = actor_with([Role.CATALOGUE_EDITOR], username="office")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
CLERK = actor_with([Role.DESK_CLERK], [1], username="clerk")
YEAR = DEMO_TODAY.year


@dataclass
class Demo:
    db: Database
    vault: Vault


@pytest.fixture(scope="module")
def demo() -> Iterator[Demo]:
    db = open_database("sqlite://")
    vault = Vault.generate()
    with transaction(db.sessions) as session:
        generate(session, products=200, seed=1, vault=vault)
    yield Demo(db, vault)
    db.close()


def _personal(demo: Demo) -> set[str]:
    """Every resident's name, ID number, phone, address and guardian, in clear."""
    values: set[str] = set()
    with reading(demo.db.sessions) as session:
        for r in session.scalars(select(Resident)):
            values |= {r.name, r.guardian_name}
            for blob, purpose in (
                (r.id_number_enc, "id_number"),
                (r.phone_enc, "phone"),
                (r.address_enc, "address"),
                (r.guardian_phone_enc, "guardian_phone"),
            ):
                if blob:
                    values.add(demo.vault.decrypt(blob, purpose=purpose))
    return {v for v in values if v}


def _file_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_the_workbook_holds_no_personal_field(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "统计.xlsx"
    with reading(demo.db.sessions) as session:
        within = scope(session, period.custom(date(YEAR - 3, 1, 1), DEMO_TODAY))
        codes = set(session.scalars(select(Loan.code))) | set(session.scalars(select(DeviceUnit.asset_tag)))
    written = export_stats(demo.db, OFFICE, target, within, today=DEMO_TODAY)
    text = _file_text(target)
    personal = _personal(demo)
    assert len(personal) > 100  # the demo's residents were really read
    assert written.loans > 50
    found = sorted(value for value in personal if value in text)
    assert found == []
    assert not [code for code in codes if code in text]  # no loan or unit code to go back to a receipt


def test_one_sheet_per_figure_and_the_loans_as_coarse_rows(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "stats.xlsx"
    with reading(demo.db.sessions) as session:
        within = scope(session, period.year(YEAR))
        figures = dashboard(session, OFFICE, within, DEMO_TODAY)
        started = session.scalar(
            select(func.count())
            .select_from(Loan)
            .where(Loan.start_on.between(date(YEAR, 1, 1), date(YEAR, 12, 31)))
        )
    written = export_stats(demo.db, OFFICE, target, within, today=DEMO_TODAY)
    book = load_workbook(target, read_only=True)
    assert (
        book.sheetnames
        == list(written.sheets)
        == [
            "租赁统计",
            "补贴发放",
            "设备利用率",
            "设备状态",
            "目录分类",
            "库存价值",
            "咨询登记",
            "租赁明细",
            "说明",
        ]
    )
    loans = list(book["租赁明细"].iter_rows(values_only=True))
    assert loans[0] == (
        "起租月份",
        "居住区划代码",
        "年龄段",
        "性别",
        "辅具分类编码",
        "辅具分类名称",
        "租期(月)",
        "租期(天)",
        "补贴比例(%)",
    )
    assert len(loans) - 1 == written.loans == started
    assert {row[2] for row in loans[1:]} <= {"60-69", "70-79", "80+"}
    assert {row[3] for row in loans[1:]} <= {"男", "女", ""}
    assert all(0 <= row[8] <= 100 for row in loans[1:])
    assert loans[1:] == sorted(loans[1:])  # in no order a receipt could be matched to
    rentals = list(book["租赁统计"].iter_rows(values_only=True))[1:]
    assert sum(row[3] for row in rentals) == sum(r.loans for r in figures.rentals) == started
    utilisation = list(book["设备利用率"].iter_rows(values_only=True))[1:]
    assert len(utilisation) == len(figures.utilisation)


def test_the_rentals_sheet_is_the_bureau_workbooks_own(demo: Demo, tmp_path: Path) -> None:
    """The office's statistics and the submission to the bureau count loans the same way."""
    bureau, stats = tmp_path / "bureau.xlsx", tmp_path / "stats.xlsx"
    export_catalogue(demo.db, ADMIN, bureau, ExportChoice(), office="无锡市民政局", today=DEMO_TODAY)
    with reading(demo.db.sessions) as session:
        every_year = scope(session, period.custom(date(DEMO_TODAY.year - 9, 1, 1), DEMO_TODAY))
    export_stats(demo.db, OFFICE, stats, every_year, today=DEMO_TODAY)
    submitted = list(load_workbook(bureau, read_only=True)["租赁统计"].iter_rows(values_only=True))[1:]
    counted = list(load_workbook(stats, read_only=True)["租赁统计"].iter_rows(values_only=True))[1:]
    assert submitted and [row[:1] + row[2:] for row in counted] == [tuple(row) for row in submitted]


def test_a_wrong_file_name_or_a_clerk_is_refused_and_nothing_is_written(demo: Demo, tmp_path: Path) -> None:
    with reading(demo.db.sessions) as session:
        within = scope(session, period.year(YEAR))
        logged = len(list_entries(session, ADMIN, entity="statistics"))
    with pytest.raises(ValidationError) as refused:
        export_stats(demo.db, OFFICE, tmp_path / "stats.csv", within, today=DEMO_TODAY)
    assert "must be saved as an Excel file ending in .xlsx" in refused.value.localized()
    with pytest.raises(PermissionDenied):
        export_stats(demo.db, CLERK, tmp_path / "stats.xlsx", within, today=DEMO_TODAY)
    assert list(tmp_path.iterdir()) == []
    with reading(demo.db.sessions) as session:
        assert len(list_entries(session, ADMIN, entity="statistics")) == logged


def test_an_export_is_logged_with_who_and_how_many(demo: Demo, tmp_path: Path) -> None:
    with reading(demo.db.sessions) as session:
        within = scope(session, period.quarter(YEAR, 3), "320213")
    written = export_stats(demo.db, OFFICE, tmp_path / "q3.xlsx", within, today=DEMO_TODAY)
    with reading(demo.db.sessions) as session:
        entry = list_entries(session, ADMIN, entity="statistics")[0]
    assert (entry.username, entry.action, entry.entity_id) == ("office", "export", "q3.xlsx")
    assert entry.changes["loans"] == [None, written.loans] and entry.changes["district"] == [None, "320213"]


def test_the_demo_city_has_a_budget_its_grants_stay_under(demo: Demo) -> None:
    with reading(demo.db.sessions) as session:
        figure = dashboard(session, OFFICE, scope(session, period.year(YEAR)), DEMO_TODAY).subsidy
    assert figure.budget_fen is not None and figure.budget_fen % 500_000 == 0  # whole 5,000 元
    assert 0.5 < figure.granted_fen / figure.budget_fen < 1
