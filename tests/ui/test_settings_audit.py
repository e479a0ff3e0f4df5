"""The audit log on Settings: what changed, who did it and when, masked, and narrowed by filters."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import ConsentBasis
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.security.login import login
from silvershop.security.models import AuditEntry
from silvershop.security.vault import open_vault
from silvershop.ui import vocabulary
from silvershop.ui.settings.audit_log import LIMIT, AuditLogTab
from tests.ui.test_settings_users import answer, on_next_dialog, open_settings, tab_titles

OLD_LADY = "11010519491231002X"


def rows(tab: AuditLogTab) -> list[list[str]]:
    model = tab.table.model
    return [
        [model.data(model.index(row, col)) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def choose(tab: AuditLogTab, combo_name: str, text: str) -> None:
    combo = getattr(tab, combo_name)
    combo.setCurrentIndex(combo.findText(text))
    tab.refresh_button.click()


@pytest.fixture
def registered(demo_database: Database, demo_template: Path) -> int:
    """A resident registered by the demo clerk, so the log holds personal values."""
    clerk = login(demo_database.sessions, "clerk", DEMO_PASSWORD)
    with transaction(demo_database.sessions) as session:
        vault = open_vault(session, demo_template.parent / "demo.key")
        data = ResidentInput(
            name="李秀英",
            id_number=OLD_LADY,
            phone="139 0013 9000",
            consent_basis=ConsentBasis.CONSENT,
            consent_text="租赁服务所需",
        )
        return add_resident(session, clerk, vault, data).id


def test_a_change_is_listed_with_the_users_name_and_masked_values(
    qtbot: QtBot, demo_database: Database, registered: int, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    audit, users = screen.audit, screen.users
    assert audit is not None and users is not None
    users.select("editor")
    failures = on_next_dialog(answer("Disable", []))
    users.active_button.click()
    assert not failures, failures

    listed = rows(audit)  # read again after the change, without pressing Refresh
    time, user, action, record, changes = listed[0]
    assert (user, action, changes) == ("admin", "Disabled", "active: yes → no")
    assert record.startswith("User ")
    assert datetime.strptime(time, "%Y-%m-%d %H:%M:%S")

    [resident] = [r for r in listed if r[3] == f"Resident {registered}"]
    assert resident[1:3] == ["clerk", "Added"]
    assert "ID number: – → 110105********002X" in resident[4]
    assert "mobile: – → 139****9000" in resident[4]
    assert "name: – → 李**" in resident[4]
    shown = " ".join(" ".join(r) for r in listed)
    assert OLD_LADY not in shown and "13900139000" not in shown and "李秀英" not in shown


def test_filters_narrow_the_list(
    qtbot: QtBot, demo_database: Database, registered: int, english: None
) -> None:
    with transaction(demo_database.sessions) as session:  # two entries from long ago, 08:30 in Wuxi
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "user", AuditEntry.entity_id.in_(["4", "5"]))
            .values(at=datetime(2020, 3, 1, 0, 30, tzinfo=UTC))
        )
    screen = open_settings(qtbot, demo_database, "admin")
    audit = screen.audit
    assert audit is not None
    everything = rows(audit)
    assert {r[3].split()[0] for r in everything} == {"User", "Resident"}
    assert not any(r[0].startswith("2020") for r in everything)  # the last month only, at first
    assert [audit.entity.itemText(i) for i in range(audit.entity.count())] == ["All", "Resident", "User"]

    choose(audit, "entity", "Resident")
    assert [r[3] for r in rows(audit)] == [f"Resident {registered}"]
    choose(audit, "entity", "All")
    choose(audit, "user", "clerk")
    assert {r[1] for r in rows(audit)} == {"clerk"}
    assert len(rows(audit)) < len(everything)

    choose(audit, "user", "Everyone")
    audit.since.setDate(QDate(2019, 1, 1))
    audit.refresh_button.click()
    old = [r for r in rows(audit) if r[0].startswith("2020")]
    assert [r[0] for r in old] == ["2020-03-01 08:30:00"] * 2  # local time in Asia/Shanghai
    assert f"{len(everything) + 2} entries" in audit.note.text()


def test_a_long_log_shows_the_newest_thousand_and_says_so(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with transaction(demo_database.sessions) as session:
        session.add_all(
            AuditEntry(username="admin", action="update", entity="setting", entity_id="x", changes="{}")
            for _ in range(LIMIT + 50)
        )
    screen = open_settings(qtbot, demo_database, "admin")
    audit = screen.audit
    assert audit is not None
    assert audit.table.model.rowCount() == LIMIT
    assert f"Showing the newest {vocabulary.number(LIMIT)} entries only" in audit.note.text()


def test_only_administrators_read_the_log(qtbot: QtBot, demo_database: Database, english: None) -> None:
    for username in ("manager", "clerk", "editor"):
        screen = open_settings(qtbot, demo_database, username)
        assert screen.audit is None
        assert "Audit log" not in tab_titles(screen)


def test_since_cannot_be_after_today(qtbot: QtBot, demo_database: Database, english: None) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    assert screen.audit is not None
    screen.audit.since.setDate(QDate(local_today().year + 1, 1, 1))
    assert screen.audit.since.date() == QDate(local_today())  # the centres' today
