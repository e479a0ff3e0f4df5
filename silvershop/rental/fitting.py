"""Disabled people's device-fitting subsidy cases (江苏, 苏残发〔2018〕57号).

A case goes 申请 → 初审 → 复审 → 评估 → 审批 → 适配补贴 → 回访, one stage at a time and in that
order, and is closed after the follow-up visit. Each step is kept as an event (who, when, a note),
so the case shows its whole history. The device is fully subsidised up to its standard price; the
person pays whatever the fitted device costs beyond it.

Refusals name stages by their official terms, which are the same words on the forms in both
languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import uuid4

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from silvershop.catalog.text_fields import limited
from silvershop.centres.centres import get_centre
from silvershop.centres.models import Centre
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.money import FEN_PER_YUAN, MAX_YUAN
from silvershop.rental.models import ConsentBasis, FittingCase, FittingEvent, FittingStage, Resident
from silvershop.security import audit
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission

STAGES = (
    FittingStage.APPLIED,
    FittingStage.FIRST_REVIEW,
    FittingStage.SECOND_REVIEW,
    FittingStage.ASSESSED,
    FittingStage.APPROVED,
    FittingStage.SUBSIDISED,
    FittingStage.FOLLOWED_UP,
)
OFFICIAL_TERMS: dict[FittingStage, str] = {
    FittingStage.APPLIED: "申请",
    FittingStage.FIRST_REVIEW: "初审",
    FittingStage.SECOND_REVIEW: "复审",
    FittingStage.ASSESSED: "评估",
    FittingStage.APPROVED: "审批",
    FittingStage.SUBSIDISED: "适配补贴",
    FittingStage.FOLLOWED_UP: "回访",
    FittingStage.REJECTED: "不予通过",
}
MAX_FEN = int(MAX_YUAN) * FEN_PER_YUAN


@dataclass(frozen=True)
class CaseEvent:
    stage: FittingStage
    at: datetime
    username: str
    note: str


@dataclass(frozen=True)
class CaseView:
    id: int
    code: str
    resident_id: int
    resident_name: str
    centre_id: int | None
    centre_code: str
    device: str
    stage: FittingStage
    standard_price_fen: int
    actual_price_fen: int
    history: tuple[CaseEvent, ...]  # oldest first

    @property
    def subsidy_fen(self) -> int:
        """Paid by the programme: the whole price, up to the standard price."""
        return min(self.actual_price_fen, self.standard_price_fen)

    @property
    def person_pays_fen(self) -> int:
        """Paid by the person: what the device costs beyond the standard price."""
        return max(0, self.actual_price_fen - self.standard_price_fen)

    @property
    def next_stage(self) -> FittingStage | None:
        """The stage the case goes to next; None once it is closed."""
        if self.stage not in STAGES[:-1]:
            return None
        return STAGES[STAGES.index(self.stage) + 1]


def _price(fen: int, field: str) -> int:
    if not 0 <= fen <= MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a price from 0 to 10,000,000 元; check the number."),
            field=field,
        )
    return fen


def open_case(
    session: Session,
    actor: Actor,
    resident_id: int,
    device: str,
    standard_price_fen: int,
    actual_price_fen: int,
    centre_id: int,
) -> CaseView:
    """A resident applies (申请) for a fitted device at a centre."""
    centre = get_centre(session, centre_id)
    actor.require(Permission.RENT, centre.id)
    actor.require(Permission.VIEW_RESIDENTS)
    resident = session.get(Resident, resident_id)
    if resident is None or resident.anonymised_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is no longer on record."), field="resident")
    if resident.consent_basis is ConsentBasis.NONE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has no consent on file for keeping their personal data. Record their consent "
                "(or the legal duty) in the resident's record before opening a fitting case.",
            ),
            field="resident",
            name=resident.name,
        )
    what = limited(device, 200, "device")
    if not what:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the device to be fitted (for example 电动轮椅)."),
            field="device",
        )
    standard = _price(standard_price_fen, "standard_price")
    actual = _price(actual_price_fen, "actual_price")
    case = FittingCase(
        code=f"new-{uuid4().hex[:20]}",  # replaced by the id-based code once the id is known
        resident_id=resident.id,
        centre_id=centre.id,
        device=what,
        stage=FittingStage.APPLIED,
        standard_price_fen=standard,
        actual_price_fen=actual,
    )
    session.add(case)
    session.flush()
    case.code = f"F{case.id:06d}"  # from the id: unique without a race between desks
    session.add(FittingEvent(case_id=case.id, stage=FittingStage.APPLIED, user_id=actor.user_id))
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "fitting_case",
        case.id,
        {
            "code": (None, case.code),
            "resident_id": (None, resident.id),
            "device": (None, what),
            "standard_price_fen": (None, standard),
            "actual_price_fen": (None, actual),
        },
    )
    return case_view(session, actor, case.id)


def _get(session: Session, case_id: int) -> FittingCase:
    case = session.get(FittingCase, case_id)
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This fitting case no longer exists; press F5 to see the list again.")
        )
    return case


def advance_case(
    session: Session, actor: Actor, case_id: int, note: str, *, stage: FittingStage | None = None
) -> CaseView:
    """Record the case's next stage (the one the clerk means, if named: refused unless it is the next)."""
    case = _get(session, case_id)
    actor.require(Permission.RENT, case.centre_id)
    current = case.stage
    if current not in STAGES[:-1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Case {code} is closed ({stage}); it has no further stage."),
            field="stage",
            code=case.code,
            stage=OFFICIAL_TERMS[current],
        )
    following = STAGES[STAGES.index(current) + 1]
    if stage is not None and FittingStage(stage) is not following:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {code} is at {current}; {next} comes next, so {asked} cannot be recorded yet. "
                "Stages are recorded one at a time, in order.",
            ),
            field="stage",
            code=case.code,
            current=OFFICIAL_TERMS[current],
            next=OFFICIAL_TERMS[following],
            asked=OFFICIAL_TERMS[FittingStage(stage)],
        )
    said = limited(note, 500, "note")
    moved = session.execute(
        update(FittingCase)
        .where(FittingCase.id == case.id, FittingCase.stage == current)
        .values(stage=following)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {code} was moved on at another desk a moment ago; press F5 to see where it is.",
            ),
            field="stage",
            code=case.code,
        )
    session.add(FittingEvent(case_id=case.id, stage=following, user_id=actor.user_id, note=said))
    session.flush()
    session.expire(case)
    audit.record(
        session, actor, "advance", "fitting_case", case.id, {"stage": (current.value, following.value)}, said
    )
    return case_view(session, actor, case.id)


def _views(session: Session, conditions: Sequence[ColumnElement[bool]]) -> list[CaseView]:
    cases = session.execute(
        select(FittingCase, Resident.name, Centre.code)
        .join(Resident, Resident.id == FittingCase.resident_id)
        .outerjoin(Centre, Centre.id == FittingCase.centre_id)
        .where(*conditions)
        .order_by(FittingCase.id.desc())
        .limit(1000)
    ).all()
    events: dict[int, list[CaseEvent]] = {}
    rows = session.execute(
        select(FittingEvent.case_id, FittingEvent.stage, FittingEvent.at, User.username, FittingEvent.note)
        .outerjoin(User, User.id == FittingEvent.user_id)
        .where(FittingEvent.case_id.in_([case.id for case, _, _ in cases]))
        .order_by(FittingEvent.at, FittingEvent.id)
    )
    for case_id, stage, at, username, said in rows:
        events.setdefault(case_id, []).append(CaseEvent(stage, at, username or "", said))
    return [
        CaseView(
            case.id,
            case.code,
            case.resident_id,
            name,
            case.centre_id,
            code or "",
            case.device,
            case.stage,
            case.standard_price_fen,
            case.actual_price_fen,
            tuple(events.get(case.id, ())),
        )
        for case, name, code in cases
    ]


def case_view(session: Session, actor: Actor, case_id: int) -> CaseView:
    case = _get(session, case_id)
    actor.require(Permission.RENT, case.centre_id)
    [view] = _views(session, [FittingCase.id == case.id])
    return view


def list_cases(
    session: Session,
    actor: Actor,
    centre_id: int | None = None,
    stage: FittingStage | None = None,
) -> list[CaseView]:
    """Cases of the actor's centres (or one centre), newest first; `stage` keeps those at it."""
    visible = actor.visible_centres(Permission.RENT)
    conditions: list[ColumnElement[bool]] = []
    if centre_id is not None:
        actor.require(Permission.RENT, centre_id)
        conditions.append(FittingCase.centre_id == centre_id)
    elif visible is not None:
        conditions.append(FittingCase.centre_id.in_(visible))
    if stage is not None:
        conditions.append(FittingCase.stage == FittingStage(stage))
    return _views(session, conditions)
