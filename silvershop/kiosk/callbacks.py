""" "I'm interested": a kiosk visitor leaves a name and a phone number so the centre's staff call back.

Name and phone are personal data kept for one purpose with the visitor's consent (个人信息保护法
arts. 6, 14, 19), and no longer than that purpose needs (art. 19):

- the kiosk seals them to the desks' published key (`security.sealed`), so the kiosk PC holds no key
  that could read them or any resident; the desks open them with their personal-data key;
- lists show them masked; the person about to call reveals one request's (audited);
- they are erased when the call is made, when staff close the request without a call (the visitor
  could not be reached or no longer wants one), or when nobody called within `kiosk.callback_days`.

The request itself (centre, product, dates, who closed it) stays for the centre's records. Its row
says what became of it (`closed_reason`), who closed it and when, all written by the one UPDATE that
closes it; the audit log keeps who did what, and the lists never read it back. Staff see the requests
of their own centres (VIEW_RESIDENTS there); the kiosk may only add one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product, ProductStatus
from silvershop.centres.models import Centre, InterestRequest
from silvershop.config import LOCAL_ZONE
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit, settings
from silvershop.security.masking import mask_name, mask_phone
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission
from silvershop.security.phone import normalise_phone
from silvershop.security.sealed import published_key, seal, unseal
from silvershop.security.vault import KeyProblem, Vault

CONSENT = QT_TRANSLATE_NOOP(
    "kiosk",
    "I agree that this experience centre keeps my name and phone number to call me back about this "
    "product, and deletes them once it has called.",
)
NAME_LIMIT = 30
CONSENT_LIMIT = 400  # the column's width
NAME_PURPOSE, PHONE_PURPOSE = "callback_name", "callback_phone"
ENTITY = "callback_request"
ERASED = b""  # name and phone once the request is closed
MARK = "update"  # the audit action of marking a request called back
DISCARD = "discard"  # the audit action of closing a request without a call
# Deleting what nobody called back in time is the rule's doing, not a person's: its audit entry says so.
RETENTION_RULE = Actor(user_id=None, username="silvershop", roles=frozenset())


class RequestState(StrEnum):
    """What became of a request; the other values than WAITING are its row's `closed_reason`."""

    WAITING = "waiting"  # stored as closed_reason ""
    CALLED_BACK = "called_back"
    UNREACHABLE = "unreachable"  # closed without a call: the visitor could not be reached
    WITHDREW = "withdrew"  # closed without a call: the visitor no longer wants one
    EXPIRED = "expired"  # nobody called within kiosk.callback_days


DISCARD_REASONS = (RequestState.UNREACHABLE, RequestState.WITHDREW)


class AlreadyClosed(ValidationError):
    """Another desk (or the retention rule) closed the request first; nothing is left to do."""


def callback_name(text: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", text).split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please write your name, so that we know whom to ask for."),
            field="name",
        )
    if len(name) > NAME_LIMIT or not name.isprintable():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please write only your name, in at most {limit} characters."),
            field="name",
            limit=NAME_LIMIT,
        )
    return name


def callbacks_open(session: Session) -> bool:
    """Whether a desk has published the key requests are sealed to: only then may a kiosk offer
    "I'm interested"."""
    return published_key(session) is not None


def ask_callback(
    session: Session,
    actor: Actor,
    centre_id: int,
    product_id: int | None,
    name: str,
    phone: str,
    consent_text: str,
    consented: bool,
) -> int:
    """Keep a visitor's request to be called back about a product (or in general); its id. Name and
    phone are sealed to the desks' published key: whoever writes them cannot read them back."""
    actor.require(Permission.ASK_CALLBACK)
    centre = session.get(Centre, centre_id)
    if centre is None or not centre.active:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This experience centre is not open."), field="centre")
    key = published_key(session)
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This screen cannot take phone numbers yet. Please ask a member of staff: they must first "
                "open silvershop on a desk once and look at Centres → Callback requests.",
            )
        )
    tidy_name, tidy_phone = callback_name(name), normalise_phone(phone)
    consent = consent_text.strip()  # kept as the visitor read it
    if not consented:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Please tick the box to agree that we keep your name and phone number until we have "
                "called you; without it we cannot call you back.",
            ),
            field="consent",
        )
    if not consent or len(consent) > CONSENT_LIMIT:  # the screen did not say what was agreed to
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Your agreement could not be recorded. Please ask a member of staff to help you."
            ),
            field="consent",
        )
    # A product taken out of the catalogue since its page was shown is not worth a refusal: the visitor
    # is called back all the same, and the request names no product.
    product_code = (
        session.scalar(
            select(Product.code).where(Product.id == product_id, Product.status == ProductStatus.LISTED)
        )
        if product_id is not None
        else None
    )
    request = InterestRequest(
        centre_id=centre.id,
        product_id=product_id if product_code is not None else None,
        name_enc=seal(key, tidy_name, purpose=NAME_PURPOSE),
        phone_enc=seal(key, tidy_phone, purpose=PHONE_PURPOSE),
        consent_text=consent,
        key_id=key.key_id,
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        ENTITY,
        request.id,
        {
            "name": (None, tidy_name),  # masked by the audit log
            "phone": (None, tidy_phone),
            "centre": (None, centre.code),
            "product": (None, product_code),
        },
    )
    return request.id


@dataclass(frozen=True)
class CallbackRow:
    id: int
    at: datetime
    centre_id: int
    product_code: str  # "" when none / product deleted
    product_name: str
    name_masked: str  # security.masking.mask_name; "" once erased or when it cannot be read
    phone_masked: str  # security.masking.mask_phone; "" likewise
    readable: bool  # False: this desk's key cannot open the stored name and phone
    state: RequestState
    handled_at: datetime | None  # when it was called back, closed or expired
    handled_by: str  # username; "" while waiting and when expired


def _clear(vault: Vault, request: InterestRequest, blob: bytes, purpose: str) -> str | None:
    """The value in clear; "" once erased; None when this desk's key cannot open it."""
    if not blob:
        return ""
    if request.key_id != vault.key_id:
        return None
    try:
        return unseal(vault, blob, purpose=purpose)
    except KeyProblem:
        return None


def _state(request: InterestRequest) -> RequestState:
    return RequestState(request.closed_reason) if request.closed_reason else RequestState.WAITING


def _waiting() -> ColumnElement[bool]:
    """The requests still to call: nothing has closed them."""
    return InterestRequest.closed_reason == ""


def callback_requests(
    session: Session, actor: Actor, vault: Vault, centre_id: int, *, include_handled: bool = False
) -> list[CallbackRow]:
    """A centre's requests, newest first: those still to call, or all of them."""
    actor.require(Permission.VIEW_RESIDENTS, centre_id)
    query = (
        select(InterestRequest, Product.code, Product.name, User.username)
        .outerjoin(Product, Product.id == InterestRequest.product_id)
        .outerjoin(User, User.id == InterestRequest.handled_by)
        .where(InterestRequest.centre_id == centre_id)
        .order_by(InterestRequest.at.desc(), InterestRequest.id.desc())
    )
    if not include_handled:
        query = query.where(_waiting())
    rows = []
    for request, code, product_name, username in session.execute(query):
        name = _clear(vault, request, request.name_enc, NAME_PURPOSE)
        phone = _clear(vault, request, request.phone_enc, PHONE_PURPOSE)
        rows.append(
            CallbackRow(
                id=request.id,
                at=request.at,
                centre_id=request.centre_id,
                product_code=code or "",
                product_name=product_name or "",
                name_masked=mask_name(name) if name else "",
                phone_masked=mask_phone(phone) if phone else "",
                readable=name is not None and phone is not None,
                state=_state(request),
                handled_at=request.handled_at,
                handled_by=username or "",
            )
        )
    return rows


def _oldest_kept(session: Session, now: datetime) -> datetime:
    return now - timedelta(days=int(settings.get(session, settings.CALLBACK_DAYS)))


def open_callback_count(session: Session, actor: Actor, centre_id: int) -> int:
    """How many of a centre's visitors are still waiting for a call, for the tab that lists them; those
    waiting longer than the retention rule allows are not counted, as reading the list deletes them."""
    actor.require(Permission.VIEW_RESIDENTS, centre_id)
    return (
        session.scalar(
            select(func.count(InterestRequest.id)).where(
                InterestRequest.centre_id == centre_id,
                _waiting(),
                InterestRequest.at >= _oldest_kept(session, utcnow()),
            )
        )
        or 0
    )


def expire_callbacks(session: Session, now: datetime) -> int:
    """Erase the name and phone of every request nobody called within `kiosk.callback_days` of `now`,
    at every centre; how many. Called by whoever reads the list, in its write transaction, so nothing
    waits for a scheduler; one audit entry per run that erased anything."""
    days = int(settings.get(session, settings.CALLBACK_DAYS))
    expired = session.execute(
        update(InterestRequest)
        .where(_waiting(), InterestRequest.at < now - timedelta(days=days))
        .values(
            closed_reason=RequestState.EXPIRED.value,
            handled_at=now,
            handled_by=None,
            name_enc=ERASED,
            phone_enc=ERASED,
        )
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if expired:
        audit.record(
            session,
            RETENTION_RULE,
            "expire",
            ENTITY,
            changes={"expired": (None, expired), "days": (None, days)},
            summary=f"requests nobody called back within {days} days: {expired}; names and phones deleted",
        )
    return int(expired)


def _request(session: Session, actor: Actor, request_id: int) -> InterestRequest:
    actor.require(Permission.VIEW_RESIDENTS)
    request = session.get(InterestRequest, request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This callback request no longer exists."))
    actor.require(Permission.VIEW_RESIDENTS, request.centre_id)
    return request


def _already(session: Session, request: InterestRequest) -> AlreadyClosed:
    by = session.scalar(select(User.username).where(User.id == request.handled_by))
    state = _state(request)
    if state is RequestState.EXPIRED:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "Nobody called this visitor back in time, so their name and phone were deleted on {at}, as "
            "they were promised.",
        )
    elif state is RequestState.CALLED_BACK:
        message = QT_TRANSLATE_NOOP(
            "errors", "{user} has already called this visitor back ({at}); there is nothing more to do."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "{user} has already closed this request without a call ({at}); there is nothing more to do.",
        )
    return AlreadyClosed(message, user=by or "-", at=_local(request.handled_at))


def _local(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") if moment else ""


def reveal_callback(session: Session, actor: Actor, vault: Vault, request_id: int) -> tuple[str, str]:
    """The visitor's name and phone in clear, for the person about to call; audited."""
    request = _request(session, actor, request_id)
    if _state(request) is not RequestState.WAITING:
        raise _already(session, request)
    name = _clear(vault, request, request.name_enc, NAME_PURPOSE)
    phone = _clear(vault, request, request.phone_enc, PHONE_PURPOSE)
    if name is None or phone is None:
        raise KeyProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "This visitor's name and phone cannot be read with this desk's personal-data key. If nobody "
                "can call them, close the request with Discard.",
            )
        )
    audit.record(session, actor, "reveal", ENTITY, request.id, summary="revealed name and phone")
    return name, phone


def _close(session: Session, actor: Actor, request: InterestRequest, reason: RequestState) -> None:
    """Erase name and phone and say why, when and by whom the request was closed. Two desks closing
    the same request at once: one guarded UPDATE wins, the other is told who was first and how
    (`AlreadyClosed`)."""
    done = session.execute(
        update(InterestRequest)
        .where(InterestRequest.id == request.id, _waiting())
        .values(
            closed_reason=reason.value,
            handled_at=utcnow(),
            handled_by=actor.user_id,
            name_enc=ERASED,
            phone_enc=ERASED,
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(request)
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise _already(session, request)


def mark_called_back(session: Session, actor: Actor, request_id: int) -> None:
    """The call is made: name and phone are erased, the rest kept."""
    request = _request(session, actor, request_id)
    _close(session, actor, request, RequestState.CALLED_BACK)
    audit.record(
        session,
        actor,
        MARK,
        ENTITY,
        request.id,
        {"called_back": (None, request.handled_at)},
        summary="called back; name and phone deleted",
    )


def discard_callback(session: Session, actor: Actor, request_id: int, reason: RequestState | str) -> None:
    """Close a request without a call, because the visitor could not be reached or no longer wants
    one (`DISCARD_REASONS`): name and phone are erased as when called back, and the reason is kept."""
    request = _request(session, actor, request_id)
    if reason not in DISCARD_REASONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose why the request is closed: the visitor could not be reached, or withdrew."
            ),
            field="reason",
        )
    _close(session, actor, request, RequestState(reason))
    audit.record(
        session,
        actor,
        DISCARD,
        ENTITY,
        request.id,
        {"closed": (None, RequestState(reason).value)},
        summary=f"closed without a call ({RequestState(reason).value}); name and phone deleted",
    )
