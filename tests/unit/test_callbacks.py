"""A kiosk visitor asks to be called back: the name and phone are sealed to the desks' published key
with their consent (the kiosk holds no key that could read them, nor any resident), shown masked to
the centre's staff, revealed on purpose to the person who calls (audited), and erased once the call
is made, once staff close the request without a call, or once it waited longer than the city keeps
it; two desks cannot both close one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.orm import Session

from silvershop import i18n
from silvershop.catalog.models import Enterprise, ProductStatus
from silvershop.catalog.products import ProductInput, add_product, archive_product
from silvershop.centres.centres import CentreInput, add_centre
from silvershop.centres.models import InterestRequest
from silvershop.database import Database
from silvershop.db.base import utcnow
from silvershop.db.session import reading, transaction
from silvershop.demo import generate
from silvershop.errors import NotFound, PermissionDenied, ValidationError
from silvershop.kiosk.callbacks import (
    CONSENT,
    NAME_LIMIT,
    NAME_PURPOSE,
    PHONE_PURPOSE,
    AlreadyClosed,
    RequestState,
    ask_callback,
    callback_requests,
    callbacks_open,
    discard_callback,
    expire_callbacks,
    mark_called_back,
    open_callback_count,
    reveal_callback,
)
from silvershop.security import settings
from silvershop.security.models import AuditEntry, Role, Setting, User
from silvershop.security.permissions import KIOSK, Actor, actor_with
from silvershop.security.phone import normalise_phone
from silvershop.security.sealed import published_key, sealing_key, unseal
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV, KeyProblem, Vault, open_vault, read_key

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")


@dataclass(frozen=True)
class Centre:
    db: Database
    vault: Vault
    here: int
    other: int
    product: int
    clerk: Actor  # of `here`
    manager: Actor  # of `here`
    stranger: Actor  # a clerk of `other`


def _staff(session: Session, username: str, role: Role, centre_id: int) -> Actor:
    user = User(username=username, password_hash="-")
    session.add(user)
    session.flush()
    return actor_with([role], [centre_id], username=username, user_id=user.id)


@pytest.fixture
def centre(memdb: Database) -> Centre:
    with transaction(memdb.sessions) as s:
        vault = open_vault(s)
        here = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213")).id
        other = add_centre(s, ADMIN, CentreInput("XS01", "锡山区适老生活体验中心", "320205")).id
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        s.add(maker)
        s.flush()
        product = add_product(
            s,
            ADMIN,
            ProductInput("电动护理床", "HB-3", maker.id, status=ProductStatus.LISTED, listing_year=2024),
        ).id
        clerk = _staff(s, "clerk", Role.DESK_CLERK, here)
        manager = _staff(s, "manager", Role.CENTRE_MANAGER, here)
        stranger = _staff(s, "stranger", Role.DESK_CLERK, other)
    return Centre(memdb, vault, here, other, product, clerk, manager, stranger)


def _ask(centre: Centre, name: str = "钱秀英", phone: str = "138 0013 8000", **more: object) -> int:
    values: dict[str, object] = {
        "product_id": centre.product,
        "consent_text": CONSENT,
        "consented": True,
        "name": name,
        "phone": phone,
        **more,
    }
    with transaction(centre.db.sessions) as s:
        return ask_callback(s, KIOSK, centre.here, **values)  # type: ignore[arg-type]


def _counts(centre: Centre) -> tuple[int, int]:
    with reading(centre.db.sessions) as s:
        return (
            s.scalar(select(func.count(InterestRequest.id))) or 0,
            s.scalar(select(func.count(AuditEntry.id))) or 0,
        )


def test_a_request_is_kept_encrypted_and_listed_masked_newest_first(centre: Centre) -> None:
    first = _ask(centre)
    second = _ask(centre, "欧阳娜娜", "(0510) 8272 0000", product_id=None)
    with reading(centre.db.sessions) as s:
        stored = s.get_one(InterestRequest, first)
        assert "钱秀英".encode() not in stored.name_enc and b"13800138000" not in stored.phone_enc
        assert stored.consent_text == CONSENT and stored.key_id == centre.vault.key_id
        rows = callback_requests(s, centre.clerk, centre.vault, centre.here)
        assert open_callback_count(s, centre.clerk, centre.here) == 2
    assert [row.id for row in rows] == [second, first]
    newest, oldest = rows
    assert (newest.name_masked, newest.phone_masked, newest.product_code) == ("欧阳**", "051******0000", "")
    assert (oldest.name_masked, oldest.phone_masked) == ("钱**", "138****8000")
    assert (oldest.product_code, oldest.product_name) == ("P-000001", "电动护理床")
    assert (oldest.handled_at, oldest.handled_by, oldest.state) == (None, "", RequestState.WAITING)
    assert newest.readable and oldest.readable


def test_a_product_taken_off_the_catalogue_meanwhile_still_gets_its_caller_called(centre: Centre) -> None:
    with transaction(centre.db.sessions) as s:
        archive_product(s, ADMIN, centre.product)
    request = _ask(centre)
    with reading(centre.db.sessions) as s:
        assert s.get_one(InterestRequest, request).product_id is None


@pytest.mark.parametrize(
    ("name", "phone", "more", "field"),
    [
        ("  ", "13800138000", {}, "name"),
        ("钱" * (NAME_LIMIT + 1), "13800138000", {}, "name"),
        ("钱秀英\x00", "13800138000", {}, "name"),
        ("钱秀英", "", {}, "phone"),
        ("钱秀英", "12345", {}, "phone"),
        ("钱秀英", "请打我手机", {}, "phone"),
        ("钱秀英", "82720000", {}, "phone"),  # a landline without its area code
        ("钱秀英", "+1 650 253 0000", {}, "phone"),
        ("钱秀英", "400 812 3123", {}, "phone"),  # a company's service line, not the visitor's
        ("钱秀英", "13800138000", {"consented": False}, "consent"),
        ("钱秀英", "13800138000", {"consent_text": "  "}, "consent"),
    ],
)
def test_bad_input_is_refused_under_its_field_and_nothing_is_written(
    centre: Centre, name: str, phone: str, more: dict[str, object], field: str
) -> None:
    before = _counts(centre)
    with pytest.raises(ValidationError) as refused:
        _ask(centre, name, phone, **more)
    assert refused.value.field == field
    assert _counts(centre) == before


def test_full_width_digits_and_spaces_are_fine(centre: Centre) -> None:
    request = _ask(centre, " 钱  秀英 ", "１３８ ００１３ ８０００")
    with transaction(centre.db.sessions) as s:
        assert reveal_callback(s, centre.clerk, centre.vault, request) == ("钱 秀英", "13800138000")


def test_the_audit_log_never_holds_the_clear_name_or_phone(centre: Centre) -> None:
    request = _ask(centre)
    with transaction(centre.db.sessions) as s:
        reveal_callback(s, centre.clerk, centre.vault, request)
        mark_called_back(s, centre.clerk, request)
    with reading(centre.db.sessions) as s:
        entries = s.execute(
            select(AuditEntry.username, AuditEntry.action, AuditEntry.changes, AuditEntry.summary)
            .where(AuditEntry.entity == "callback_request")
            .order_by(AuditEntry.id)
        ).all()
    assert [(e.username, e.action) for e in entries] == [
        ("kiosk", "create"),
        ("clerk", "reveal"),
        ("clerk", "update"),
    ]
    created = json.loads(entries[0].changes)
    assert created["name"] == [None, "钱**"] and created["phone"] == [None, "138****8000"]
    assert created["centre"] == [None, "LX01"] and created["product"] == [None, "P-000001"]
    for entry in entries:
        assert "秀英" not in entry.changes + entry.summary
        assert "00138000" not in entry.changes + entry.summary


def test_called_back_erases_name_and_phone_and_keeps_the_rest(centre: Centre) -> None:
    request = _ask(centre)
    with transaction(centre.db.sessions) as s:
        assert reveal_callback(s, centre.clerk, centre.vault, request) == ("钱秀英", "13800138000")
        mark_called_back(s, centre.clerk, request)
    with reading(centre.db.sessions) as s:
        stored = s.get_one(InterestRequest, request)
        assert (stored.name_enc, stored.phone_enc) == (b"", b"")
        assert (stored.centre_id, stored.product_id) == (centre.here, centre.product)
        assert stored.handled_by == centre.clerk.user_id and stored.handled_at is not None
        assert callback_requests(s, centre.manager, centre.vault, centre.here) == []
        assert open_callback_count(s, centre.manager, centre.here) == 0
        [row] = callback_requests(s, centre.manager, centre.vault, centre.here, include_handled=True)
        assert (row.handled_by, row.handled_at, row.name_masked, row.phone_masked, row.state) == (
            "clerk",
            stored.handled_at,
            "",
            "",
            RequestState.CALLED_BACK,
        )
    with (
        pytest.raises(AlreadyClosed, match="clerk has already called"),
        transaction(centre.db.sessions) as s,
    ):
        reveal_callback(s, centre.manager, centre.vault, request)


def test_the_second_desk_to_mark_a_request_is_told_and_it_is_marked_once(centre: Centre) -> None:
    request = _ask(centre)
    with transaction(centre.db.sessions) as s:
        mark_called_back(s, centre.clerk, request)
    before = _counts(centre)
    with pytest.raises(AlreadyClosed) as told, transaction(centre.db.sessions) as s:
        mark_called_back(s, centre.manager, request)
    assert "clerk has already called this visitor back" in str(told.value)
    assert _counts(centre) == before
    with reading(centre.db.sessions) as s:
        assert s.get_one(InterestRequest, request).handled_by == centre.clerk.user_id


def test_only_the_centres_own_staff_read_reveal_or_mark_its_requests(centre: Centre) -> None:
    request = _ask(centre)
    editor = actor_with([Role.CATALOGUE_EDITOR], username="editor")
    with transaction(centre.db.sessions) as s:
        for attempt in (
            lambda: callback_requests(s, centre.stranger, centre.vault, centre.here),
            lambda: open_callback_count(s, centre.stranger, centre.here),
            lambda: reveal_callback(s, centre.stranger, centre.vault, request),
            lambda: mark_called_back(s, centre.stranger, request),
            lambda: callback_requests(s, KIOSK, centre.vault, centre.here),
            lambda: ask_callback(s, editor, centre.here, None, "钱秀英", "13800138000", CONSENT, True),
            lambda: discard_callback(s, centre.stranger, request, RequestState.UNREACHABLE),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        with pytest.raises(NotFound):
            reveal_callback(s, centre.clerk, centre.vault, request + 100)
        assert callback_requests(s, ADMIN, centre.vault, centre.here)  # every centre's
    with pytest.raises(NotFound), transaction(centre.db.sessions) as s:
        ask_callback(s, KIOSK, 999, None, "钱秀英", "13800138000", CONSENT, True)


# Sealing: the kiosk holds no key ---------------------------------------------------------------


def _stored(centre: Centre, request: int) -> Row[tuple[str, bytes, bytes, datetime | None, int | None]]:
    """The request's columns as stored."""
    with reading(centre.db.sessions) as s:
        return s.execute(
            select(
                InterestRequest.key_id,
                InterestRequest.name_enc,
                InterestRequest.phone_enc,
                InterestRequest.handled_at,
                InterestRequest.handled_by,
            ).where(InterestRequest.id == request)
        ).one()


def test_a_kiosk_without_any_key_takes_a_request_once_a_desk_published_its_key(
    centre: Centre, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-key-here.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(missing))
    monkeypatch.delenv(KEY_ENV, raising=False)
    assert read_key() is None
    with reading(centre.db.sessions) as s:
        assert callbacks_open(s)
        key = published_key(s)
    assert key == sealing_key(centre.vault) and key is not None and key.key_id == centre.vault.key_id
    request = _ask(centre)
    assert not missing.exists()  # the kiosk made no key of its own
    stored = _stored(centre, request)
    assert stored.key_id == centre.vault.key_id
    for blob, purpose in ((stored.name_enc, NAME_PURPOSE), (stored.phone_enc, PHONE_PURPOSE)):
        with pytest.raises(KeyProblem):  # the desks' symmetric key is not what sealed it
            centre.vault.decrypt(blob, purpose=purpose)
    assert "钱秀英".encode() not in stored.name_enc and b"13800138000" not in stored.phone_enc
    assert unseal(centre.vault, stored.name_enc, purpose=NAME_PURPOSE) == "钱秀英"
    with pytest.raises(KeyProblem):  # a name does not pass for a phone
        unseal(centre.vault, stored.name_enc, purpose=PHONE_PURPOSE)
    with transaction(centre.db.sessions) as s:
        assert reveal_callback(s, centre.clerk, centre.vault, request) == ("钱秀英", "13800138000")


def test_before_any_desk_published_its_key_the_kiosk_takes_no_request_and_says_why(memdb: Database) -> None:
    with transaction(memdb.sessions) as s:
        here = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213")).id
    with reading(memdb.sessions) as s:
        assert not callbacks_open(s)
    with pytest.raises(ValidationError) as refused, transaction(memdb.sessions) as s:
        ask_callback(s, KIOSK, here, None, "钱秀英", "13800138000", CONSENT, True)
    assert refused.value.field is None
    assert "ask a member of staff" in str(refused.value) and "Callback requests" in str(refused.value)
    with reading(memdb.sessions) as s:
        assert s.scalar(select(func.count(InterestRequest.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "callback_request")) == 0


def test_only_a_desk_that_writes_publishes_the_key_once_and_it_cannot_be_set_by_hand(memdb: Database) -> None:
    with reading(memdb.sessions) as s:  # a look that only reads writes nothing
        open_vault(s)
        assert s.get(Setting, settings.CALLBACK_SEALING_KEY) is None
    with transaction(memdb.sessions) as s:
        vault = open_vault(s)
    with reading(memdb.sessions) as s:
        first = s.get_one(Setting, settings.CALLBACK_SEALING_KEY).value
    with transaction(memdb.sessions) as s:
        open_vault(s)
        assert not s.dirty and not s.new  # already there: nothing written again
    with pytest.raises(ValidationError, match="cannot be set by hand"), transaction(memdb.sessions) as s:
        settings.put(s, ADMIN, settings.CALLBACK_SEALING_KEY, sealing_key(Vault.generate()).to_json())
    with transaction(memdb.sessions) as s:  # changed behind silvershop's back: the next desk puts it right
        s.get_one(Setting, settings.CALLBACK_SEALING_KEY).value = json.dumps(
            {"key_id": "x", "public_key": ""}
        )
    with reading(memdb.sessions) as s:
        assert not callbacks_open(s)
    with transaction(memdb.sessions) as s:
        open_vault(s)
    with reading(memdb.sessions) as s:
        assert s.get_one(Setting, settings.CALLBACK_SEALING_KEY).value == first
        assert published_key(s) == sealing_key(vault)


def test_another_desks_key_or_a_changed_value_cannot_be_read_and_nothing_breaks(centre: Centre) -> None:
    other = Vault(centre.vault.key_id, Vault.generate().enc_key, centre.vault.hash_key)  # same id, other key
    request = _ask(centre)
    stored = _stored(centre, request)
    with pytest.raises(KeyProblem):
        unseal(other, stored.name_enc, purpose=NAME_PURPOSE)
    with transaction(centre.db.sessions) as s:
        [row] = callback_requests(s, centre.clerk, other, centre.here)
        assert (row.readable, row.name_masked, row.phone_masked) == (False, "", "")
        with pytest.raises(KeyProblem, match="cannot be read"):
            reveal_callback(s, centre.clerk, other, request)

    tampered = bytearray(stored.phone_enc)
    for position in (5, 40, len(tampered) - 1):  # the one-off key, the nonce, the tag
        changed = bytearray(tampered)
        changed[position] ^= 0x01
        with pytest.raises(KeyProblem):
            unseal(centre.vault, bytes(changed), purpose=PHONE_PURPOSE)
    low_order = b"\x02" + bytes(32) + bytes(12) + bytes(20)  # a one-off key X25519 refuses outright
    for broken in (b"", b"\x02", b"\x01" + bytes(60), bytes(tampered[:50]), low_order):
        with pytest.raises(KeyProblem):
            unseal(centre.vault, broken, purpose=PHONE_PURPOSE)
    tampered[-1] ^= 0x01
    with transaction(centre.db.sessions) as s:
        s.execute(
            update(InterestRequest).where(InterestRequest.id == request).values(phone_enc=bytes(tampered))
        )
    with transaction(centre.db.sessions) as s:
        [row] = callback_requests(s, centre.clerk, centre.vault, centre.here)
        assert not row.readable
        with pytest.raises(KeyProblem, match="cannot be read"):
            reveal_callback(s, centre.clerk, centre.vault, request)
        discard_callback(s, centre.clerk, request, RequestState.UNREACHABLE)  # still closed, and erased
    assert (_stored(centre, request).name_enc, _stored(centre, request).phone_enc) == (b"", b"")


# Closing without a call ------------------------------------------------------------------------


@pytest.mark.parametrize("reason", [RequestState.UNREACHABLE, RequestState.WITHDREW])
def test_a_request_closed_without_a_call_is_erased_and_says_why(centre: Centre, reason: RequestState) -> None:
    request = _ask(centre)
    with transaction(centre.db.sessions) as s:
        discard_callback(s, centre.manager, request, reason.value)
    stored = _stored(centre, request)
    assert (stored.name_enc, stored.phone_enc) == (b"", b"")
    assert stored.handled_by == centre.manager.user_id and stored.handled_at is not None
    with reading(centre.db.sessions) as s:
        assert callback_requests(s, centre.clerk, centre.vault, centre.here) == []
        [row] = callback_requests(s, centre.clerk, centre.vault, centre.here, include_handled=True)
        assert (row.state, row.handled_by, row.name_masked) == (reason, "manager", "")
        [entry] = s.execute(
            select(AuditEntry.username, AuditEntry.changes, AuditEntry.summary).where(
                AuditEntry.entity == "callback_request", AuditEntry.action == "discard"
            )
        ).all()
    assert entry.username == "manager" and json.loads(entry.changes) == {"closed": [None, reason.value]}
    assert "name and phone deleted" in entry.summary
    with (
        pytest.raises(AlreadyClosed, match="manager has already closed this request"),
        transaction(centre.db.sessions) as s,
    ):
        mark_called_back(s, centre.clerk, request)


def test_what_became_of_a_request_does_not_depend_on_who_closed_it_having_an_account(centre: Centre) -> None:
    called, discarded = _ask(centre), _ask(centre, "欧阳娜娜")
    with transaction(centre.db.sessions) as s:  # a script signed in as no user, like ADMIN here
        mark_called_back(s, ADMIN, called)
        discard_callback(s, ADMIN, discarded, RequestState.WITHDREW)
    with reading(centre.db.sessions) as s:
        rows = {r.id: r for r in callback_requests(s, ADMIN, centre.vault, centre.here, include_handled=True)}
    assert (rows[called].state, rows[discarded].state) == (RequestState.CALLED_BACK, RequestState.WITHDREW)


def test_closing_needs_a_reason_and_leaves_the_request_waiting_without_one(centre: Centre) -> None:
    request = _ask(centre)
    before = _counts(centre)
    for reason in ("", "called_back", "expired", "bored"):
        with pytest.raises(ValidationError) as refused, transaction(centre.db.sessions) as s:
            discard_callback(s, centre.clerk, request, reason)
        assert refused.value.field == "reason"
    assert _counts(centre) == before
    assert _stored(centre, request).handled_at is None


def test_a_request_called_back_is_not_closed_again(centre: Centre) -> None:
    request = _ask(centre)
    with transaction(centre.db.sessions) as s:
        mark_called_back(s, centre.clerk, request)
    before = _counts(centre)
    with pytest.raises(AlreadyClosed, match="clerk has already called"), transaction(centre.db.sessions) as s:
        discard_callback(s, centre.manager, request, RequestState.WITHDREW)
    assert _counts(centre) == before


# Nobody called in time -------------------------------------------------------------------------


def _asked_days_ago(centre: Centre, request: int, days: float) -> None:
    with transaction(centre.db.sessions) as s:
        s.execute(
            update(InterestRequest)
            .where(InterestRequest.id == request)
            .values(at=utcnow() - timedelta(days=days))
        )


def test_requests_nobody_called_within_the_days_kept_are_erased_once_and_audited_once(centre: Centre) -> None:
    old, fresh, called = _ask(centre), _ask(centre, "欧阳娜娜"), _ask(centre, "王建国")
    with transaction(centre.db.sessions) as s:
        mark_called_back(s, centre.clerk, called)
    _asked_days_ago(centre, old, 30.5)
    _asked_days_ago(centre, fresh, 29.5)
    _asked_days_ago(centre, called, 60)
    with reading(centre.db.sessions) as s:  # not counted as waiting, even before the list is read
        assert open_callback_count(s, centre.clerk, centre.here) == 1
    now = utcnow()
    with transaction(centre.db.sessions) as s:
        assert expire_callbacks(s, now) == 1
    with transaction(centre.db.sessions) as s:
        assert expire_callbacks(s, now) == 0  # nothing left to do writes nothing
    stored = _stored(centre, old)
    assert (stored.name_enc, stored.phone_enc, stored.handled_by) == (b"", b"", None)
    assert _stored(centre, fresh).name_enc and _stored(centre, called).handled_by == centre.clerk.user_id
    with reading(centre.db.sessions) as s:
        rows = {
            r.id: r
            for r in callback_requests(s, centre.clerk, centre.vault, centre.here, include_handled=True)
        }
        entries = s.execute(
            select(AuditEntry.username, AuditEntry.user_id, AuditEntry.changes, AuditEntry.summary).where(
                AuditEntry.action == "expire"
            )
        ).all()
    assert rows[old].state is RequestState.EXPIRED and rows[old].handled_by == ""
    assert rows[fresh].state is RequestState.WAITING and rows[called].state is RequestState.CALLED_BACK
    [entry] = entries
    assert (entry.username, entry.user_id) == ("silvershop", None)
    assert json.loads(entry.changes) == {"expired": [None, 1], "days": [None, 30]}
    with (
        pytest.raises(AlreadyClosed, match="Nobody called this visitor back in time"),
        transaction(centre.db.sessions) as s,
    ):
        reveal_callback(s, centre.clerk, centre.vault, old)


def test_the_days_kept_are_a_shared_setting_from_1_to_365(centre: Centre) -> None:
    request = _ask(centre)
    _asked_days_ago(centre, request, 2)
    for wrong in (0, 366, "7", 7.5, True):
        with pytest.raises(ValidationError, match="from 1 to 365"), transaction(centre.db.sessions) as s:
            settings.put(s, ADMIN, settings.CALLBACK_DAYS, wrong)
    with transaction(centre.db.sessions) as s:
        assert expire_callbacks(s, utcnow()) == 0
        settings.put(s, ADMIN, settings.CALLBACK_DAYS, 1)
        assert expire_callbacks(s, utcnow()) == 1


# What became of a request -----------------------------------------------------------------------


def _closed_reasons(centre: Centre) -> dict[int, str]:
    """Each request's stored closed_reason."""
    with reading(centre.db.sessions) as s:
        return {
            row.id: row.closed_reason
            for row in s.execute(select(InterestRequest.id, InterestRequest.closed_reason))
        }


def test_each_way_of_closing_is_kept_on_the_request_itself_not_in_the_audit_log(centre: Centre) -> None:
    called, unreachable, withdrew, expired, waiting = (
        _ask(centre, name) for name in ("钱秀英", "欧阳娜娜", "王建国", "李桂兰", "张伟")
    )
    with transaction(centre.db.sessions) as s:
        mark_called_back(s, centre.clerk, called)
        discard_callback(s, centre.manager, unreachable, RequestState.UNREACHABLE)
        discard_callback(s, centre.clerk, withdrew, RequestState.WITHDREW.value)
    _asked_days_ago(centre, expired, 31)
    with transaction(centre.db.sessions) as s:
        assert expire_callbacks(s, utcnow()) == 1
    stored = _closed_reasons(centre)
    assert stored == {
        called: "called_back",
        unreachable: "unreachable",
        withdrew: "withdrew",
        expired: "expired",
        waiting: "",
    }

    with transaction(centre.db.sessions) as s:  # the log is a record of what happened, not the state
        s.execute(delete(AuditEntry))
    with reading(centre.db.sessions) as s:
        listed = callback_requests(s, centre.clerk, centre.vault, centre.here, include_handled=True)
        assert [r.id for r in callback_requests(s, centre.clerk, centre.vault, centre.here)] == [waiting]
        assert open_callback_count(s, centre.clerk, centre.here) == 1
    assert {r.id: (r.state, r.handled_by) for r in listed} == {
        called: (RequestState.CALLED_BACK, "clerk"),
        unreachable: (RequestState.UNREACHABLE, "manager"),
        withdrew: (RequestState.WITHDREW, "clerk"),
        expired: (RequestState.EXPIRED, ""),
        waiting: (RequestState.WAITING, ""),
    }
    for request, told in (
        (called, "clerk has already called this visitor back"),
        (unreachable, "manager has already closed this request without a call"),
        (withdrew, "clerk has already closed this request without a call"),
        (expired, "Nobody called this visitor back in time"),
    ):
        with pytest.raises(AlreadyClosed, match=told), transaction(centre.db.sessions) as s:
            mark_called_back(s, centre.manager, request)
    assert _closed_reasons(centre) == stored  # the refusals changed nothing


# Phone numbers a visitor gives -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("(0510) 8272 0000", "0510-82720000"),
        ("０５１０－８２７２００００", "0510-82720000"),
        ("010 6552 9988", "010-65529988"),
    ],
)
def test_a_visitor_may_give_a_mobile_or_a_home_number_with_its_area_code(typed: str, kept: str) -> None:
    assert normalise_phone(typed) == kept


# The demo ---------------------------------------------------------------------------------------


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_the_demos_visitors_agreed_to_the_sentence_its_kiosk_shows_and_its_kiosk_takes_more(
    memdb: Database, chinese: None
) -> None:
    vault = Vault.generate()
    with transaction(memdb.sessions) as s:
        generate(s, products=20, vault=vault)
    shown = i18n.translate("kiosk", CONSENT)
    assert shown != CONSENT and "同意" in shown
    with transaction(memdb.sessions) as s:
        assert callbacks_open(s)
        assert set(s.scalars(select(InterestRequest.consent_text))) == {shown}
        centre_id = s.scalar(select(InterestRequest.centre_id))
        assert centre_id is not None
        rows = callback_requests(s, ADMIN, vault, centre_id)
        assert len(rows) == 3 and all(row.readable and "*" in row.name_masked for row in rows)
        assert expire_callbacks(s, utcnow()) == 0  # a demo made today has its visitors still waiting
