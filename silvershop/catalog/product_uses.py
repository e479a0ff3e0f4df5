"""What keeps a product from being deleted (or its code from changing), said so a person can act.

Device units, loans, stock, display places, transfers, stocktakes and visitors' requests all name
the product; deleting it would either be refused by the database or cut those records loose, and
changing its code would leave labels that no longer scan to it. The refusal counts each use and
points to archiving, which keeps the records whole. The counts are worded when the message is
shown, so a Chinese desk reads them in Chinese like the rest.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.centres.models import (
    DisplayItem,
    InterestRequest,
    StockBalance,
    StockMove,
    StocktakeCount,
    TransferLine,
)
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.rental.models import DeviceUnit, Loan, Reservation

# Each use of a product that keeps it from being deleted: singular and plural wording of the count.
_USES = (
    ("units", QT_TRANSLATE_NOOP("errors", "1 device unit"), QT_TRANSLATE_NOOP("errors", "{n} device units")),
    ("loans", QT_TRANSLATE_NOOP("errors", "1 loan"), QT_TRANSLATE_NOOP("errors", "{n} loans")),
    (
        "reservations",
        QT_TRANSLATE_NOOP("errors", "1 reservation"),
        QT_TRANSLATE_NOOP("errors", "{n} reservations"),
    ),
    (
        "stock",
        QT_TRANSLATE_NOOP("errors", "stock at 1 centre"),
        QT_TRANSLATE_NOOP("errors", "stock at {n} centres"),
    ),
    (
        "moves",
        QT_TRANSLATE_NOOP("errors", "1 stock movement"),
        QT_TRANSLATE_NOOP("errors", "{n} stock movements"),
    ),
    (
        "displays",
        QT_TRANSLATE_NOOP("errors", "1 display place"),
        QT_TRANSLATE_NOOP("errors", "{n} display places"),
    ),
    (
        "transfers",
        QT_TRANSLATE_NOOP("errors", "1 transfer line"),
        QT_TRANSLATE_NOOP("errors", "{n} transfer lines"),
    ),
    (
        "stocktakes",
        QT_TRANSLATE_NOOP("errors", "1 stocktake count"),
        QT_TRANSLATE_NOOP("errors", "{n} stocktake counts"),
    ),
    (
        "requests",
        QT_TRANSLATE_NOOP("errors", "1 visitor request"),
        QT_TRANSLATE_NOOP("errors", "{n} visitor requests"),
    ),
)
_AND = QT_TRANSLATE_NOOP("errors", "{first} and {last}")
_COMMA = QT_TRANSLATE_NOOP("errors", "{first}, {next}")


def _translated(template: str) -> str:
    """`template` in the language messages are shown in, once a front end has chosen one."""
    i18n = sys.modules.get("silvershop.i18n")  # never imported from here: the domain stays Qt-free
    return i18n.translate("errors", template) if i18n is not None else template


@dataclass(frozen=True)
class InUse:
    """The uses of a product, written out when the refusal is shown, in the language it is shown in."""

    counts: tuple[tuple[str, int], ...]

    def __format__(self, spec: str) -> str:
        wording = {key: (one, many) for key, one, many in _USES}
        phrases = [
            _translated(wording[key][0] if n == 1 else wording[key][1]).format(n=n) for key, n in self.counts
        ]
        text = phrases[-1]
        if len(phrases) > 1:
            text = _translated(_AND).format(first=phrases[-2], last=phrases[-1])
            for phrase in reversed(phrases[:-2]):
                text = _translated(_COMMA).format(first=phrase, next=text)
        return format(text, spec)

    def __str__(self) -> str:
        return format(self)


def _uses(session: Session, product_id: int) -> dict[str, int]:
    units = select(DeviceUnit.id).where(DeviceUnit.product_id == product_id)
    counted = {
        "units": select(func.count()).select_from(units.subquery()),
        "loans": select(func.count(Loan.id)).where(Loan.unit_id.in_(units)),
        "reservations": select(func.count(Reservation.id)).where(Reservation.product_id == product_id),
        "stock": select(func.count(func.distinct(StockBalance.centre_id))).where(
            StockBalance.product_id == product_id, StockBalance.quantity > 0
        ),
        "moves": select(func.count(StockMove.id)).where(StockMove.product_id == product_id),
        "displays": select(func.count(DisplayItem.id)).where(DisplayItem.product_id == product_id),
        "transfers": select(func.count(TransferLine.id)).where(TransferLine.product_id == product_id),
        "stocktakes": select(func.count(StocktakeCount.id)).where(StocktakeCount.product_id == product_id),
        "requests": select(func.count(InterestRequest.id)).where(InterestRequest.product_id == product_id),
    }
    return {key: session.scalar(query) or 0 for key, query in counted.items()}


def product_uses(session: Session, product_id: int) -> InUse | None:
    """What names the product besides its photos and categories, or None when nothing does.

    A product with uses keeps its records whole: it is not deleted, and its code (on the labels of
    its units and shelves, and in its loans and movements) does not change.
    """
    uses = _uses(session, product_id)
    if uses["stock"]:  # the movements are the history of that stock: say the stock, not both
        uses["moves"] = 0
    counts = tuple((key, n) for key, n in uses.items() if n)
    return InUse(counts) if counts else None


def delete_refusal(session: Session, product_id: int) -> ValidationError | None:
    """Why the product may not be deleted, or None when nothing but its photos and categories names it."""
    uses = product_uses(session, product_id)
    if uses is None:
        return None
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This product has {uses}, so it cannot be deleted. "
            "Archive it instead: it stays in the records but leaves the catalogue.",
        ),
        uses=uses,
    )
