"""What a product form holds and the rules it must meet before anything is written.

Each refusal names the form field it belongs to (the `ProductInput` attribute), so the GUI shows it
beside that field and the command line prints it as one sentence. The rules that are the bureau's
(one applicant per model since the 2022 edition, a medical device carries its class and
registration number, a listed product has its listing year) are checked here rather than left
to a constraint, so the refusal can say which product already holds the model. So are the rules
that keep other records whole: a product with device units in service stays rentable, and its
code, once in use, stays (`product_codes`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, Enterprise, Product, ProductStatus, SchemeKind
from silvershop.catalog.product_codes import checked_code
from silvershop.catalog.search_keys import fold
from silvershop.catalog.text_fields import limited, one_line
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.money import parse_yuan
from silvershop.rental.models import DeviceUnit, UnitState

DEVICE_CLASSES = ("", "I", "II", "III")
FIRST_LISTING_YEAR = 2000
# A description is read on a product page and a kiosk; a longer text is a paste gone wrong (a whole
# brochure, or a spreadsheet cell run together), and Excel itself holds at most 32,767 in a cell.
DESCRIPTION_LIMIT = 5_000
_UNITS_OUT_OF_SERVICE = (UnitState.RETIRED, UnitState.LOST)


@dataclass(frozen=True)
class ProductInput:
    """A product as a form or a script gives it: text as typed, prices in 元."""

    name: str
    model: str
    enterprise_id: int
    brand: str = ""
    code: str = ""  # empty: the next free P-000123 code
    scenario: str = ""
    category_ids: frozenset[int] = frozenset()  # promotion and rental schemes, several at once
    assistive_category_id: int | None = None  # a category of an ISO 9999 / GB/T 16432 scheme
    is_medical_device: bool = False
    device_class: str = ""  # "", "I", "II", "III"
    registration_no: str = ""
    reference_price: str = ""
    monthly_rent: str = ""
    deposit: str = ""
    late_fee_per_day: str = ""
    grace_days: str = ""
    rentable: bool = False
    description: str = ""
    listing_year: int | None = None
    recommending_unit: str = ""
    status: ProductStatus = ProductStatus.DRAFT


@dataclass(frozen=True)
class CheckedProduct:
    """The stored form of a `ProductInput`: column values, the enterprise and the categories."""

    values: dict[str, Any]
    enterprise: Enterprise
    categories: list[Category]


def _name(text: str) -> str:
    name = one_line(text)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the product's name."), field="name")
    if len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The product's name is too long (200 characters at most)."),
            field="name",
        )
    return name


def _model(text: str) -> str:
    model = one_line(unicodedata.normalize("NFKC", text))
    if not model:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the model (型号规格) as it is written on the product."),
            field="model",
        )
    if len(model) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The model is too long (120 characters at most)."), field="model"
        )
    return model


def _enterprise(session: Session, enterprise_id: int) -> Enterprise:
    enterprise = session.get(Enterprise, enterprise_id) if enterprise_id else None
    if enterprise is None:
        message = (
            QT_TRANSLATE_NOOP("errors", "The chosen enterprise no longer exists; choose the maker again.")
            if enterprise_id
            else QT_TRANSLATE_NOOP("errors", "Choose the enterprise that makes the product.")
        )
        raise ValidationError(message, field="enterprise_id")
    return enterprise


def _model_is_free(session: Session, model: str, enterprise: Enterprise, product_id: int | None) -> None:
    """One model, one product and one applicant (from the 2022 edition on)."""
    holders = session.execute(
        select(Product.id, Product.code, Product.name, Product.model, Enterprise.id, Enterprise.name)
        .join(Enterprise, Enterprise.id == Product.enterprise_id)
        .where(Product.model_key == fold(model))
        .order_by(Product.id)
    ).all()
    for pid, code, name, held, enterprise_id, maker in holders:
        if pid == product_id:
            continue
        if enterprise_id == enterprise.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This enterprise already has a product with model {model}: {code} {name}."
                ),
                field="model",
                model=held,
                code=code,
                name=name,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The model {model} is already registered for {enterprise} ({code} {name}); "
                "each model has one applicant. Check the model, or correct that product.",
            ),
            field="model",
            model=held,
            enterprise=maker,
            code=code,
            name=name,
        )


def _categories(session: Session, category_ids: frozenset[int]) -> list[Category]:
    if not category_ids:
        return []
    found = list(
        session.scalars(
            select(Category)
            .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
            .where(Category.id.in_(category_ids))
            .order_by(CategoryScheme.sort_order, Category.sort_order)
        )
    )
    if len(found) != len(category_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A chosen category no longer exists; choose the product's categories again."
            ),
            field="category_ids",
        )
    for category in found:
        if category.scheme.kind is SchemeKind.ASSISTIVE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{code} {name} is an assistive-product code (ISO 9999); "
                    "choose it as the assistive-product category instead.",
                ),
                field="category_ids",
                code=category.code,
                name=category.name,
            )
    return found


def _assistive(session: Session, category_id: int | None) -> int | None:
    if category_id is None:
        return None
    category = session.get(Category, category_id)
    if category is None or category.scheme.kind is not SchemeKind.ASSISTIVE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose the assistive-product category from an ISO 9999 or GB/T 16432 scheme, "
                "for example 12 22 03.",
            ),
            field="assistive_category_id",
        )
    return category.id


def _medical(data: ProductInput) -> tuple[str, str]:
    device_class = unicodedata.normalize("NFKC", data.device_class).strip().upper()
    registration_no = limited(unicodedata.normalize("NFKC", data.registration_no), 80, "registration_no")
    if not data.is_medical_device:
        return "", ""  # the form greys these out: what is left in them does not apply
    if device_class not in DEVICE_CLASSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The medical-device class is I, II or III."), field="device_class"
        )
    if not device_class and not registration_no:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A medical device needs its class (I, II or III) and its registration number."
            ),
            field="device_class",
        )
    if not device_class:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the medical-device class: I, II or III."),
            field="device_class",
        )
    if not registration_no:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the medical device's registration number (注册证号 or 备案号)."
            ),
            field="registration_no",
        )
    return device_class, registration_no


def _description(text: str) -> str:
    description = text.strip()
    if len(description) > DESCRIPTION_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is {count} characters long; a product's description holds at most {limit}."
            ),
            field="description",
            count=f"{len(description):,}",
            limit=f"{DESCRIPTION_LIMIT:,}",
        )
    return description


def _grace_days(text: str) -> int | None:
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    if not (plain.isascii() and plain.isdigit()) or int(plain) > 365:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Grace days are a whole number of days from 0 to 365."),
            field="grace_days",
        )
    return int(plain)


def _listing_year(year: int | None) -> int | None:
    last = local_today().year + 1
    if year is not None and not FIRST_LISTING_YEAR <= year <= last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The listing year must be between {first} and {last}."),
            field="listing_year",
            first=FIRST_LISTING_YEAR,
            last=last,
        )
    return year


def _status(status: ProductStatus | str, listing_year: int | None, product_id: int | None) -> ProductStatus:
    """The status, if the product can have it: listed means listed in a year; new is never archived."""
    try:
        checked = ProductStatus(status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown product status “{status}”; use draft, submitted, listed or archived."
            ),
            field="status",
            status=status,
        ) from None
    if checked is ProductStatus.ARCHIVED and product_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A new product cannot start as archived. Save it as a draft, submitted or listed; "
                "archive it when it leaves the catalogue.",
            ),
            field="status",
        )
    if checked is ProductStatus.LISTED and listing_year is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A listed product needs its listing year (入选年度)."),
            field="listing_year",
        )
    return checked


def _units_in_service(session: Session, product_id: int) -> int:
    """The product's device units that are still somewhere in the rental cycle (not retired or lost)."""
    query = select(func.count(DeviceUnit.id)).where(
        DeviceUnit.product_id == product_id, DeviceUnit.state.not_in(_UNITS_OUT_OF_SERVICE)
    )
    return session.scalar(query) or 0


def _rentable(session: Session, data: ProductInput, product_id: int | None) -> bool:
    """Whether the product is rentable; it stays so while units of it are in service.

    Taking it out of the rental catalogue would strand those units: no desk could lend, renew or
    reserve them, and their loans would name a product that is not rented.
    """
    if data.rentable or product_id is None or not session.get_one(Product, product_id).rentable:
        return data.rentable
    units = _units_in_service(session, product_id)
    if units:
        message = (
            QT_TRANSLATE_NOOP(
                "errors",
                "1 device unit of this product is still in service, so the product must stay rentable. "
                "Retire the unit (or record it as lost) first; then the product can stop being rentable.",
            )
            if units == 1
            else QT_TRANSLATE_NOOP(
                "errors",
                "{count} device units of this product are still in service, so the product must stay "
                "rentable. Retire those units (or record them as lost) first; then the product can stop "
                "being rentable.",
            )
        )
        raise ValidationError(message, field="rentable", count=units)
    return False


def check_product(session: Session, data: ProductInput, product_id: int | None = None) -> CheckedProduct:
    """The stored form of `data` for a new product (`product_id` None) or for that product."""
    name = _name(data.name)
    model = _model(data.model)
    enterprise = _enterprise(session, data.enterprise_id)
    code = checked_code(session, data.code, product_id)
    _model_is_free(session, model, enterprise, product_id)
    categories = _categories(session, data.category_ids)
    assistive_id = _assistive(session, data.assistive_category_id)
    device_class, registration_no = _medical(data)
    price = parse_yuan(data.reference_price, field="reference_price")
    rent = parse_yuan(data.monthly_rent, field="monthly_rent")
    deposit = parse_yuan(data.deposit, field="deposit")
    late_fee = parse_yuan(data.late_fee_per_day, field="late_fee_per_day")
    grace_days = _grace_days(data.grace_days)
    rentable = _rentable(session, data, product_id)
    listing_year = _listing_year(data.listing_year)
    status = _status(data.status, listing_year, product_id)
    # Rent and deposit are kept when the product is not rentable: the form sends what it holds, and
    # a product rented again later starts from the old prices.
    if data.rentable and rent is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rentable product needs a monthly rent."), field="monthly_rent"
        )
    if data.rentable and deposit is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rentable product needs a deposit; enter 0 if none is taken."),
            field="deposit",
        )
    values: dict[str, Any] = {
        "code": code,
        "name": name,
        "model": model,
        "brand": limited(data.brand, 120, "brand"),
        "enterprise_id": enterprise.id,
        "scenario": limited(data.scenario, 200, "scenario"),
        "assistive_category_id": assistive_id,
        "is_medical_device": data.is_medical_device,
        "device_class": device_class,
        "registration_no": registration_no,
        "reference_price_fen": price,
        "rentable": rentable,
        "monthly_rent_fen": rent,
        "deposit_fen": deposit,
        "late_fee_per_day_fen": late_fee,
        "grace_days": grace_days,
        "description": _description(data.description),
        "listing_year": listing_year,
        "recommending_unit": limited(data.recommending_unit, 200, "recommending_unit"),
        "status": status,
    }
    return CheckedProduct(values, enterprise, categories)
