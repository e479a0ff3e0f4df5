"""The forms of a disabled person's device-fitting subsidy case: opening it (the application, 申请)
and recording the next stage of it, one at a time and in order.

Prices are typed in 元 as people write them and kept in fen; the form says, while the prices are
typed, what the programme pays and what the person pays beyond the standard price. Recording a stage
names the stage the clerk saw as next, so a case moved on at another desk meanwhile is refused rather
than moved two stages at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from silvershop.centres.directory import CentreEntry
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.i18n import translate
from silvershop.money import format_yuan, parse_yuan
from silvershop.rental.fitting import OFFICIAL_TERMS, CaseView, advance_case, open_case
from silvershop.rental.models import FittingStage
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.resident_search import ResidentSearch
from silvershop.ui.widgets.form_dialog import FormDialog

CONTEXT = "fitting"
# The stage's word and the official term on the forms; a language whose word is the term keeps one.
_STAGE_AND_TERM = QT_TRANSLATE_NOOP("fitting", "{stage} ({term})")


def stage_words(stage: FittingStage) -> str:
    """A stage with the official term staff know from the forms: First review (初审)."""
    return translate(CONTEXT, _STAGE_AND_TERM).format(
        stage=vocabulary.word(stage), term=OFFICIAL_TERMS[stage]
    )


class OpenCaseDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, centre: CentreEntry, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New fitting-subsidy case at {centre}").format(centre=centre.name),
            self.tr("Open case"),
            parent,
            intro=self.tr(
                "A disabled resident applies (申请) for a fitted device. The programme pays the device up to "
                "its standard price; the person pays whatever it costs beyond that."
            ),
            columns=2,
        )
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.opened: CaseView | None = None
        self.confirmation = ""
        self.resident = self.add("resident", self.tr("Resident"), ResidentSearch(desk, actor))
        self.device = self.add("device", self.tr("Device"), QLineEdit(), column=1)
        self.device.setPlaceholderText(self.tr("e.g. 电动轮椅, 助听器"))
        self.standard_price = self.add(
            "standard_price", self.tr("Standard price (元)"), QLineEdit(), column=1
        )
        self.actual_price = self.add("actual_price", self.tr("Actual price (元)"), QLineEdit(), column=1)
        for field in (self.standard_price, self.actual_price):
            field.setPlaceholderText(self.tr("e.g. 3500"))
            field.textChanged.connect(self._say_shares)
        self.shares = self.add(
            "shares", self.tr("Who pays"), QLabel(objectName="note", wordWrap=True), column=1
        )
        self._say_shares()

    def _prices(self) -> tuple[int, int]:
        standard = parse_yuan(self.standard_price.text(), field="standard_price")
        actual = parse_yuan(self.actual_price.text(), field="actual_price")
        if standard is None:
            raise _missing("standard_price")
        if actual is None:
            raise _missing("actual_price")
        return standard, actual

    def _say_shares(self) -> None:
        try:
            standard, actual = self._prices()
        except SilvershopError:
            self.shares.setText(self.tr("Type both prices to see who pays what."))
            return
        self.shares.setText(
            self.tr("Subsidy {subsidy} 元 · the person pays {rest} 元").format(
                subsidy=format_yuan(min(standard, actual)), rest=format_yuan(max(0, actual - standard))
            )
        )

    def submit(self) -> None:
        resident = self.resident.required()
        standard, actual = self._prices()
        with transaction(self.desk.database.sessions) as session:
            self.opened = open_case(
                session, self.actor, resident.id, self.device.text(), standard, actual, self.centre.id
            )
        self.confirmation = self.tr("Case {code} is opened for {name}: {device}.").format(
            code=self.opened.code, name=self.opened.resident_name, device=self.opened.device
        )


def _missing(field: str) -> SilvershopError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Enter the price in 元, for example 3500."), field=field
    )


class AdvanceCaseDialog(FormDialog):
    """The next stage of one case, with a note; the stage is the one shown, never chosen."""

    def __init__(self, desk: Desk, actor: Actor, case: CaseView, parent: QWidget | None = None) -> None:
        following = case.next_stage
        assert following is not None  # the tab offers this only for a case that is not closed
        super().__init__(
            self.tr("Record the next stage of case {code}").format(code=case.code),
            self.tr("Record this stage"),
            parent,
            intro=self.tr(
                "Stages are recorded one at a time, in order; each is kept with your name and the time."
            ),
        )
        self.desk = desk
        self.actor = actor
        self.case = case
        self.stage = following
        self.advanced: CaseView | None = None
        self.confirmation = ""
        self.add(
            "case",
            self.tr("Case"),
            QLabel(f"{case.code}  {case.resident_name}\n{case.device}", wordWrap=True),
        )
        self.add("now", self.tr("Now at"), QLabel(stage_words(case.stage)))
        self.next_stage = self.add(
            "stage",
            self.tr("Next stage"),
            QLabel(f"<b>{stage_words(following)}</b>", objectName="nextStage"),
        )
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("Who reviewed it, what was decided; may stay empty"))

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            self.advanced = advance_case(
                session, self.actor, self.case.id, self.note.text(), stage=self.stage
            )
        self.confirmation = self.tr("Case {code} is now at {stage}.").format(
            code=self.advanced.code, stage=stage_words(self.advanced.stage)
        )
