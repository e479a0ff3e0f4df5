"""Residents at the rental desk: registered through the form, found by name, ID number or mobile,
shown masked, revealed only by those allowed (and audited), reviewed and anonymised when their
retention date has passed, and a missing key file said plainly without breaking the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import ConsentBasis, Resident, SubsidyAccount
from silvershop.rental.residents import ResidentInput, RevealField, add_resident
from silvershop.security import users
from silvershop.security.audit import list_entries
from silvershop.security.login import login
from silvershop.security.models import AuditEntry, Role
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV, open_vault
from silvershop.ui import vocabulary
from silvershop.ui.rental.registration import RegisterResidentDialog
from silvershop.ui.rental.residents import Query, ResidentsTab, query_kind
from silvershop.ui.rental.reveal import RevealDialog
from silvershop.ui.rental.screen import RentalScreen
from silvershop.ui.rental.subsidy_dialog import SubsidyDialog
from tests.ui.test_settings_users import answer, error_under, on_next_dialog, open_screen, tab_titles

OLD_LADY = "11010519491231002X"  # female, born 1949-12-31
MOBILE = "13900139000"


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo database's own key, where the screens look for it."""
    path = demo_template.parent / "demo.key"
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return path


# What a desk clerk and a centre manager both see, the counter first: it is what the desk is for.
DESK_TABS = [
    "Counter",
    "Loans due",
    "Units",
    "Cleaning and repairs",
    "Reservations",
    "Residents",
    "Fitting subsidies",
]


def open_rental(qtbot: QtBot, db: Database, username: str) -> RentalScreen:
    return open_screen(qtbot, db, username, RentalScreen)


def residents_of(screen: RentalScreen) -> ResidentsTab:
    tab = screen.residents
    assert tab is not None
    screen.show_tab(tab)
    return tab


def table_rows(tab: QWidget) -> list[list[str]]:
    model = tab.table.model  # type: ignore[attr-defined]
    return [
        [str(model.data(model.index(row, col))) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def search(tab: ResidentsTab, text: str) -> list[list[str]]:
    tab.query.setText(text)
    tab.search_button.click()
    return table_rows(tab)


def resident_count(db: Database) -> int:
    with reading(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(Resident)) or 0


def register(db: Database, username: str, key: Path, today: date | None = None, **fields: object) -> int:
    actor = login(db.sessions, username, DEMO_PASSWORD)
    data = {
        "name": "李秀英",
        "id_number": OLD_LADY,
        "phone": MOBILE,
        "consent_basis": ConsentBasis.CONSENT,
        "consent_text": "租赁服务所需",
        **fields,
    }
    with transaction(db.sessions) as session:
        return add_resident(session, actor, open_vault(session, key), ResidentInput(**data), today=today).id  # type: ignore[arg-type]


def age_today(born: date) -> int:
    today = local_today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def fill(dialog: RegisterResidentDialog, id_number: str = OLD_LADY, guardian_phone: str = "") -> None:
    dialog.name.setText("李秀英")
    dialog.id_number.setText(id_number)
    dialog.phone.setText("139 0013 9000")
    dialog.hukou_local.setChecked(True)
    dialog.ability_level.setCurrentIndex(dialog.ability_level.findData(3))
    dialog.guardian_name.setText("王强")
    dialog.guardian_phone.setText(guardian_phone)
    dialog.consent.setText("租赁服务所需")


def test_what_is_typed_decides_how_to_search() -> None:
    assert query_kind(" 11010519491231002x ") is Query.ID_NUMBER
    assert query_kind("110105 19491231 002X") is Query.ID_NUMBER
    assert query_kind("139-0013-9000") is Query.MOBILE
    assert query_kind("李") is Query.NAME
    assert query_kind("1390013") is Query.NAME


def test_a_resident_registered_through_the_dialog_is_listed_masked(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    screen = open_rental(qtbot, demo_database, "clerk")
    assert tab_titles(screen) == [*DESK_TABS, "Overview"]
    tab = residents_of(screen)

    def register_her(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterResidentDialog)
        assert dialog.centre is None  # a clerk of one centre registers there without choosing
        fill(dialog)
        dialog.action.click()

    failures = on_next_dialog(register_her)
    tab.register_button.click()
    assert not failures, failures
    [row] = table_rows(tab)
    assert row[:7] == [
        "李秀英",
        "110105********002X",
        "139****9000",
        "Female",
        str(age_today(date(1949, 12, 31))),
        "LX01",
        "✓ Consent",
    ]
    assert "李秀英 is registered" in tab.bar.text()
    assert OLD_LADY not in " ".join(row) and MOBILE not in " ".join(row)


@pytest.mark.parametrize(
    ("id_number", "guardian_phone", "field", "sentence"),
    [
        ("110105194912310021", "", "id_number", "check"),
        (OLD_LADY, "1380013", "guardian_phone", "not a valid mobile number"),
    ],
)
def test_a_refused_registration_is_explained_under_its_field_and_nothing_is_written(
    qtbot: QtBot,
    demo_database: Database,
    key_file: Path,
    english: None,
    id_number: str,
    guardian_phone: str,
    field: str,
    sentence: str,
) -> None:
    screen = open_rental(qtbot, demo_database, "clerk")
    tab = residents_of(screen)
    before = resident_count(demo_database)
    seen: dict[str, object] = {}

    def try_to_register(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterResidentDialog)
        fill(dialog, id_number, guardian_phone)
        dialog.action.click()
        widget = getattr(dialog, field)
        seen.update(
            open=dialog.isVisible(),
            error=error_under(widget),
            focused=dialog.focusWidget() in (widget, widget.focusProxy()),
        )
        seen.update(phone_error=error_under(dialog.phone))
        dialog.reject()

    failures = on_next_dialog(try_to_register)
    tab.register_button.click()
    assert not failures, failures
    assert seen["open"] and seen["focused"]
    assert sentence in str(seen["error"]).lower()
    assert seen["phone_error"] == ""  # the resident's own mobile was fine
    assert resident_count(demo_database) == before
    with reading(demo_database.sessions) as session:
        assert not session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "resident")
        )


def test_found_by_full_id_number_and_by_mobile(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    register(demo_database, "clerk", key_file)
    screen = open_rental(qtbot, demo_database, "clerk")
    tab = residents_of(screen)
    assert [r[0] for r in search(tab, "11010519491231002x")] == ["李秀英"]
    assert [r[0] for r in search(tab, "139 0013 9000")] == ["李秀英"]
    assert [r[0] for r in search(tab, "秀英")] == ["李秀英"]
    assert search(tab, "440524188001010014") == []
    assert "Nobody is registered with this number" in tab.note.text()
    assert search(tab, "110105194912310021") == []
    assert "check" in tab.bar.text().lower()  # a mistyped number is said, not just "not found"


def test_a_clerk_cannot_reveal_a_manager_can_and_it_is_audited(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    register(demo_database, "clerk", key_file)
    clerk_screen = open_rental(qtbot, demo_database, "clerk")
    clerk_tab = residents_of(clerk_screen)
    search(clerk_tab, OLD_LADY)
    clerk_tab.table.view.selectRow(0)
    assert clerk_tab.reveal_button.isHidden()

    screen = open_rental(qtbot, demo_database, "manager")
    assert tab_titles(screen) == [*DESK_TABS, "Due for review", "Overview"]
    tab = residents_of(screen)
    search(tab, OLD_LADY)
    assert not tab.reveal_button.isEnabled()
    tab.table.view.selectRow(0)
    assert tab.reveal_button.isVisible() and tab.reveal_button.isEnabled()
    seen: dict[str, str] = {}

    def reveal_id(dialog: QWidget) -> None:
        assert isinstance(dialog, RevealDialog)
        dialog.radios[RevealField.ID_NUMBER].setChecked(True)
        dialog.reveal_button.click()
        seen.update(value=dialog.value.text(), said=dialog.bar.text())
        dialog.radios[RevealField.ELIGIBILITY].setChecked(True)
        dialog.reveal_button.click()
        seen.update(eligibility=dialog.value.text())
        dialog.close_button.click()

    failures = on_next_dialog(reveal_id)
    tab.reveal_button.click()
    assert not failures, failures
    assert seen["value"] == OLD_LADY
    assert "recorded in the audit log" in seen["said"]
    assert "Ability assessment: Not assessed" in seen["eligibility"]
    with reading(demo_database.sessions) as session:
        admin = login(demo_database.sessions, "admin", DEMO_PASSWORD)
        reveals = [e for e in list_entries(session, admin, entity="resident") if e.action == "reveal"]
    assert [(e.username, e.summary) for e in reveals] == [
        ("manager", "revealed eligibility"),
        ("manager", "revealed id_number"),
    ]


def test_a_clerk_of_another_centre_does_not_see_the_resident(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    register(demo_database, "clerk", key_file)
    admin = login(demo_database.sessions, "admin", DEMO_PASSWORD)
    with transaction(demo_database.sessions) as session:
        users.add_user(session, admin, "binhu", DEMO_PASSWORD, [Role.DESK_CLERK], ["BH01"])
    screen = open_rental(qtbot, demo_database, "binhu")
    tab = residents_of(screen)
    assert "李秀英" not in [r[0] for r in table_rows(tab)]
    assert {r[5] for r in table_rows(tab)} <= {"BH01"}
    assert search(tab, "李秀英") == []
    assert search(tab, OLD_LADY) == []
    assert "registered at another centre" in tab.bar.text()


def test_due_for_review_then_anonymised_after_a_clear_question(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    resident_id = register(demo_database, "manager", key_file, today=date(2020, 1, 1))
    screen = open_rental(qtbot, demo_database, "manager")
    review = screen.review
    assert review is not None
    screen.show_tab(review)
    assert [r[0] for r in table_rows(review)] == ["李秀英"]
    assert table_rows(review)[0][7] == "2023-01-01"
    review.table.view.selectRow(0)
    asked: list[str] = []

    failures = on_next_dialog(answer("Cancel", asked))
    review.anonymise_button.click()
    assert not failures, failures
    assert "Name, ID number, phone, address and eligibility will be cleared for good" in asked[0]
    assert "loans stay for statistics" in asked[0]
    assert len(table_rows(review)) == 1

    failures = on_next_dialog(answer("Anonymise", asked))
    review.anonymise_button.click()
    assert not failures, failures
    assert table_rows(review) == []
    assert review.table.empty.isVisible()
    assert "李秀英 was anonymised" in review.bar.text()
    with reading(demo_database.sessions) as session:
        row = session.get_one(Resident, resident_id)
        assert row.id_number_enc is None and row.phone_enc is None and row.name != "李秀英"
    tab = residents_of(screen)
    assert "李秀英" not in [r[0] for r in table_rows(tab)]


def test_a_clerk_has_no_review_tab(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    screen = open_rental(qtbot, demo_database, "clerk")
    assert screen.review is None
    assert not residents_of(screen).reveal_button.isVisibleTo(screen)


def test_a_missing_key_file_is_said_plainly_and_nothing_else_breaks(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "gone.key"))
    screen = open_rental(qtbot, demo_database, "manager")
    tab = residents_of(screen)
    assert tab.bar.isVisible()
    assert "personal-data key file" in tab.bar.text() and "is missing" in tab.bar.text()
    assert table_rows(tab) == []
    review = screen.review
    assert review is not None
    screen.show_tab(review)
    assert "is missing" in review.bar.text()
    screen.tabs.setCurrentWidget(screen.overview)
    assert screen.figures.figures[0].value.text() not in ("", "–")  # the overview is still filled
    counter = screen.counter
    assert counter is not None
    screen.show_tab(counter)  # the counter opens too; its refusals come per scan
    assert not (tmp_path / "gone.key").exists()  # a new key is never made over existing data


def test_a_residents_subsidy_this_year_is_listed_grant_by_grant(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    screen = open_rental(qtbot, demo_database, "admin")
    tab = residents_of(screen)
    with reading(demo_database.sessions) as session:
        year, resident_id, name, granted = session.execute(
            select(SubsidyAccount.year, Resident.id, Resident.name, SubsidyAccount.granted_fen)
            .join(Resident, Resident.id == SubsidyAccount.resident_id)
            .where(SubsidyAccount.granted_fen > 0)
            .order_by(SubsidyAccount.year.desc(), Resident.id)
        ).first()  # type: ignore[misc]
    tab.query.setText(name)
    tab.search()
    row = next(i for i, r in enumerate(tab.table.model.records()) if r.id == resident_id)
    tab.table.view.selectRow(row)
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, SubsidyDialog)
        dialog.year.setValue(year)
        seen.append(dialog.summary.text())
        seen.extend(str(g.amount_fen) for g in dialog.table.model.records())
        dialog.reject()

    failures = on_next_dialog(read)
    tab.subsidy_button.click()
    assert not failures, failures
    assert seen[0].startswith(
        f"Granted {vocabulary.yuan(granted)} of the {vocabulary.yuan(300000)} cap in {year}"
    )
    assert sum(int(a) for a in seen[1:]) == granted
