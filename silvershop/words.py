"""The words people read for values stored as codes: a unit's state, a product's status, a kind of
location or move. The window and the command line both read them from here, so 库房 is 库房 in
both, and both are translated from one entry of the catalogue.

A value is stored as an English code; it is shown as a word in the reader's language, never as the
code, and colour is never the only cue.
"""

from __future__ import annotations

from enum import StrEnum

from silvershop.catalog.models import ProductStatus
from silvershop.centres.models import LocationKind, MoveKind, StocktakeStatus, TransferStatus
from silvershop.centres.stock import WriteOffReason
from silvershop.centres.stocktakes import Uncounted, Verdict
from silvershop.centres.transfers import Settlement
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.labels.models import LabelField, MediaKind
from silvershop.labels.payloads import PayloadKind
from silvershop.rental.checkout import PaymentMethod
from silvershop.rental.models import (
    CleaningResult,
    FittingStage,
    LoanStatus,
    ReservationStatus,
    UnitCondition,
    UnitState,
)
from silvershop.rental.quotes import NoSubsidy

CONTEXT = "vocabulary"

# Pairs, not a dict of members: members of different enums with the same value (LoanStatus.RETURNED
# and Settlement.RETURNED are both "returned") are equal strings, and one would overwrite the other.
_ENTRIES: tuple[tuple[StrEnum, str], ...] = (
    (ProductStatus.DRAFT, QT_TRANSLATE_NOOP("vocabulary", "Draft")),
    (ProductStatus.SUBMITTED, QT_TRANSLATE_NOOP("vocabulary", "Submitted")),
    (ProductStatus.LISTED, QT_TRANSLATE_NOOP("vocabulary", "Listed")),
    (ProductStatus.ARCHIVED, QT_TRANSLATE_NOOP("vocabulary", "Archived")),
    (UnitState.AVAILABLE, QT_TRANSLATE_NOOP("vocabulary", "Available")),
    (UnitState.RESERVED, QT_TRANSLATE_NOOP("vocabulary", "Reserved")),
    (UnitState.ON_LOAN, QT_TRANSLATE_NOOP("vocabulary", "On loan")),
    (UnitState.AWAITING_CLEANING, QT_TRANSLATE_NOOP("vocabulary", "Awaiting cleaning")),
    (UnitState.IN_REPAIR, QT_TRANSLATE_NOOP("vocabulary", "In repair")),
    (UnitState.RETIRED, QT_TRANSLATE_NOOP("vocabulary", "Retired")),
    (UnitState.LOST, QT_TRANSLATE_NOOP("vocabulary", "Lost")),
    (MediaKind.ROLL, QT_TRANSLATE_NOOP("vocabulary", "Label roll")),
    (MediaKind.TAPE, QT_TRANSLATE_NOOP("vocabulary", "Continuous tape")),
    (MediaKind.SHEET, QT_TRANSLATE_NOOP("vocabulary", "A4 label sheet")),
    (LabelField.NAME, QT_TRANSLATE_NOOP("vocabulary", "Name")),
    (LabelField.MODEL, QT_TRANSLATE_NOOP("vocabulary", "Model")),
    (LabelField.CODE, QT_TRANSLATE_NOOP("vocabulary", "Code")),
    (LabelField.ASSET_TAG, QT_TRANSLATE_NOOP("vocabulary", "Asset tag")),
    (LabelField.CENTRE, QT_TRANSLATE_NOOP("vocabulary", "Centre")),
    (LabelField.LOCATION, QT_TRANSLATE_NOOP("vocabulary", "Location")),
    (LabelField.PRICE, QT_TRANSLATE_NOOP("vocabulary", "Price")),
    (LabelField.RENT, QT_TRANSLATE_NOOP("vocabulary", "Rent per month")),
    (LabelField.FREE, QT_TRANSLATE_NOOP("vocabulary", "Free line")),
    (PayloadKind.PRODUCT, QT_TRANSLATE_NOOP("vocabulary", "Product")),
    (PayloadKind.UNIT, QT_TRANSLATE_NOOP("vocabulary", "Device unit")),
    (PayloadKind.CENTRE, QT_TRANSLATE_NOOP("vocabulary", "Centre")),
    (PayloadKind.LOCATION, QT_TRANSLATE_NOOP("vocabulary", "Location")),
    (LocationKind.DISPLAY, QT_TRANSLATE_NOOP("vocabulary", "Display zone")),
    (LocationKind.SHELF, QT_TRANSLATE_NOOP("vocabulary", "Shelf")),
    (LocationKind.STORE, QT_TRANSLATE_NOOP("vocabulary", "Store room")),
    (LocationKind.RENTAL_STORE, QT_TRANSLATE_NOOP("vocabulary", "Rental store")),
    (MoveKind.RECEIVE, QT_TRANSLATE_NOOP("vocabulary", "Received")),
    (MoveKind.TRANSFER_OUT, QT_TRANSLATE_NOOP("vocabulary", "Sent to another centre")),
    (MoveKind.TRANSFER_IN, QT_TRANSLATE_NOOP("vocabulary", "Received from another centre")),
    (MoveKind.MOVE_OUT, QT_TRANSLATE_NOOP("vocabulary", "Moved away")),
    (MoveKind.MOVE_IN, QT_TRANSLATE_NOOP("vocabulary", "Moved here")),
    (MoveKind.ADJUST, QT_TRANSLATE_NOOP("vocabulary", "Adjusted")),
    (MoveKind.WRITE_OFF, QT_TRANSLATE_NOOP("vocabulary", "Written off")),
    (TransferStatus.IN_TRANSIT, QT_TRANSLATE_NOOP("vocabulary", "In transit")),
    (TransferStatus.PARTIAL, QT_TRANSLATE_NOOP("vocabulary", "Partly received")),
    (TransferStatus.RECEIVED, QT_TRANSLATE_NOOP("vocabulary", "Received in full")),
    (TransferStatus.RESOLVED, QT_TRANSLATE_NOOP("vocabulary", "Settled")),
    (Settlement.RETURNED, QT_TRANSLATE_NOOP("vocabulary", "Returned to the sender")),
    (Settlement.WRITTEN_OFF, QT_TRANSLATE_NOOP("vocabulary", "Written off as lost")),
    (StocktakeStatus.OPEN, QT_TRANSLATE_NOOP("vocabulary", "Counting")),
    (StocktakeStatus.APPLIED, QT_TRANSLATE_NOOP("vocabulary", "Applied")),
    (StocktakeStatus.ABANDONED, QT_TRANSLATE_NOOP("vocabulary", "Abandoned")),
    (Verdict.NOT_COUNTED, QT_TRANSLATE_NOOP("vocabulary", "Not counted")),
    (Verdict.MATCHES, QT_TRANSLATE_NOOP("vocabulary", "Matches")),
    (Verdict.MISSING, QT_TRANSLATE_NOOP("vocabulary", "Missing")),
    (Verdict.SURPLUS, QT_TRANSLATE_NOOP("vocabulary", "More than booked")),
    (WriteOffReason.DAMAGED, QT_TRANSLATE_NOOP("vocabulary", "Damaged")),
    (WriteOffReason.EXPIRED, QT_TRANSLATE_NOOP("vocabulary", "Past its date")),
    (WriteOffReason.LOST, QT_TRANSLATE_NOOP("vocabulary", "Lost")),
    (Uncounted.NONE_FOUND, QT_TRANSLATE_NOOP("vocabulary", "Count them as none found")),
    (Uncounted.AS_BOOKED, QT_TRANSLATE_NOOP("vocabulary", "Leave them as booked")),
    (LoanStatus.OPEN, QT_TRANSLATE_NOOP("vocabulary", "On loan")),
    (LoanStatus.RETURNED, QT_TRANSLATE_NOOP("vocabulary", "Returned")),
    (UnitCondition.GOOD, QT_TRANSLATE_NOOP("vocabulary", "In good order")),
    (UnitCondition.NEEDS_REPAIR, QT_TRANSLATE_NOOP("vocabulary", "Needs repair")),
    (UnitCondition.DAMAGED, QT_TRANSLATE_NOOP("vocabulary", "Damaged")),
    (CleaningResult.PASSED, QT_TRANSLATE_NOOP("vocabulary", "Passed")),
    (CleaningResult.FAILED, QT_TRANSLATE_NOOP("vocabulary", "Failed: clean again")),
    (PaymentMethod.CASH, QT_TRANSLATE_NOOP("vocabulary", "Cash")),
    (PaymentMethod.WECHAT, QT_TRANSLATE_NOOP("vocabulary", "WeChat Pay")),
    (PaymentMethod.ALIPAY, QT_TRANSLATE_NOOP("vocabulary", "Alipay")),
    (PaymentMethod.BANK, QT_TRANSLATE_NOOP("vocabulary", "Bank transfer")),
    (NoSubsidy.NO_RULE_SET, QT_TRANSLATE_NOOP("vocabulary", "No subsidy rules are in force on this date")),
    (NoSubsidy.TERM, QT_TRANSLATE_NOOP("vocabulary", "Only 2- and 3-month rentals are subsidised")),
    (NoSubsidy.NOT_ELIGIBLE, QT_TRANSLATE_NOOP("vocabulary", "The resident meets no subsidy rule")),
    (NoSubsidy.CAP_REACHED, QT_TRANSLATE_NOOP("vocabulary", "This year's subsidy cap is used up")),
    (ReservationStatus.WAITING, QT_TRANSLATE_NOOP("vocabulary", "On the waiting list")),
    (ReservationStatus.ACTIVE, QT_TRANSLATE_NOOP("vocabulary", "Reserved")),
    (ReservationStatus.FULFILLED, QT_TRANSLATE_NOOP("vocabulary", "Collected")),
    (ReservationStatus.CANCELLED, QT_TRANSLATE_NOOP("vocabulary", "Cancelled")),
    (FittingStage.APPLIED, QT_TRANSLATE_NOOP("vocabulary", "Application received")),
    (FittingStage.FIRST_REVIEW, QT_TRANSLATE_NOOP("vocabulary", "First review")),
    (FittingStage.SECOND_REVIEW, QT_TRANSLATE_NOOP("vocabulary", "Second review")),
    (FittingStage.ASSESSED, QT_TRANSLATE_NOOP("vocabulary", "Assessed")),
    (FittingStage.APPROVED, QT_TRANSLATE_NOOP("vocabulary", "Approved")),
    (FittingStage.SUBSIDISED, QT_TRANSLATE_NOOP("vocabulary", "Fitting subsidy paid")),
    (FittingStage.FOLLOWED_UP, QT_TRANSLATE_NOOP("vocabulary", "Followed up")),
    (FittingStage.REJECTED, QT_TRANSLATE_NOOP("vocabulary", "Not approved")),
)
WORDS: dict[tuple[type, str], str] = {(type(code), code.value): text for code, text in _ENTRIES}


def word(value: StrEnum) -> str:
    """The word for a stored code, in the user's language."""
    return translate(CONTEXT, WORDS[(type(value), value.value)])
