"""What a label held to the kiosk's scanner opens: a product's page, the home page, or what is on show
on one of this centre's shelves, and otherwise a kind sentence, never an error.

A device unit's label opens its product and nothing else: who has the unit, or had it, is not the
kiosk's to read. The sentences are English source text in the "kiosk" context, translated where they
are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product, ProductStatus
from silvershop.centres.models import Centre, Location
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.labels.payloads import Payload, PayloadKind, parse_payload
from silvershop.rental.models import DeviceUnit
from silvershop.security import settings
from silvershop.security.permissions import Actor, Permission

NOT_OURS = QT_TRANSLATE_NOOP("kiosk", "This code is not one of our products. Please ask a member of staff.")
NOT_LISTED = QT_TRANSLATE_NOOP(
    "kiosk", "This product is not in our catalogue at the moment. Please ask a member of staff about it."
)
OTHER_CENTRE = QT_TRANSLATE_NOOP(
    "kiosk", "This label belongs to another experience centre. Please ask a member of staff."
)


class ScanKind(StrEnum):
    PRODUCT = "product"  # open product_id's page (also for a unit's label: the unit's product)
    CENTRE = "centre"  # a centre's label: go home
    LOCATION = "location"  # a shelf/zone label of this centre: show what is on show there
    UNKNOWN = "unknown"  # nothing we can show; `sentence` says so kindly


@dataclass(frozen=True)
class ScanAnswer:
    kind: ScanKind
    product_id: int | None = None
    location_code: str = ""
    sentence: str = ""  # English source text in the "kiosk" context, for UNKNOWN (and a product not listed)


def answer_scan(session: Session, actor: Actor, centre_id: int, text: str) -> ScanAnswer:
    """What to show for a scan (a `SS:` payload or the city's product page address)."""
    actor.require(Permission.VIEW_CATALOGUE)
    try:
        payload = parse_payload(text, str(settings.get(session, settings.PRODUCT_LABEL_URL)))
    except ValidationError:
        return ScanAnswer(ScanKind.UNKNOWN, sentence=NOT_OURS)
    if payload.kind is PayloadKind.PRODUCT:
        return _product(session, select(Product.id, Product.status).where(Product.code == payload.code))
    if payload.kind is PayloadKind.UNIT:
        return _product(
            session,
            select(Product.id, Product.status)
            .join(DeviceUnit, DeviceUnit.product_id == Product.id)
            .where(DeviceUnit.asset_tag == payload.code),
        )
    if payload.kind is PayloadKind.CENTRE:
        known = session.scalar(select(Centre.id).where(Centre.code == payload.code))
        if known is None:
            return ScanAnswer(ScanKind.UNKNOWN, sentence=NOT_OURS)
        return ScanAnswer(ScanKind.CENTRE)
    return _location(session, centre_id, payload)


def _product(session: Session, query: Select[tuple[int, ProductStatus]]) -> ScanAnswer:
    row = session.execute(query).first()
    if row is None:
        return ScanAnswer(ScanKind.UNKNOWN, sentence=NOT_OURS)
    product_id, status = row
    if status is not ProductStatus.LISTED:
        return ScanAnswer(ScanKind.UNKNOWN, sentence=NOT_LISTED)
    return ScanAnswer(ScanKind.PRODUCT, product_id=product_id)


def _location(session: Session, centre_id: int, payload: Payload) -> ScanAnswer:
    centre_code = session.scalar(select(Centre.code).where(Centre.id == centre_id))
    if payload.code != centre_code:
        known = session.scalar(select(Centre.id).where(Centre.code == payload.code))
        return ScanAnswer(ScanKind.UNKNOWN, sentence=OTHER_CENTRE if known is not None else NOT_OURS)
    in_use = session.scalar(
        select(Location.id).where(
            Location.centre_id == centre_id, Location.code == payload.location, Location.active.is_(True)
        )
    )
    if in_use is None:
        return ScanAnswer(ScanKind.UNKNOWN, sentence=NOT_OURS)
    return ScanAnswer(ScanKind.LOCATION, location_code=payload.location)
