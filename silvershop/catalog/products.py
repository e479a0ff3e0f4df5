"""Products of the promotion catalogue: adding, correcting, showing, archiving and deleting them.

The rules a product must meet are in `product_checks`; this module writes. Every write also
rewrites the product's search keys (`search_keys.product_keys`), because search reads nothing else:
a product saved without them could not be found. A product that centres, the rental desk or
visitors have used is never deleted, only archived, so the records that name it stay whole.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.categories import CategoryRef, category_refs
from silvershop.catalog.images import ImageView, image_views
from silvershop.catalog.models import Product, ProductImage, ProductStatus, product_category
from silvershop.catalog.product_checks import ProductInput, check_product
from silvershop.catalog.product_uses import delete_refusal
from silvershop.catalog.search_keys import product_keys
from silvershop.centres.models import StockBalance, StockThreshold
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.money import format_yuan
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

__all__ = [
    "CategoryRef",
    "ImageView",
    "ProductDetails",
    "ProductInput",
    "add_product",
    "archive_product",
    "delete_product",
    "delete_refusal",
    "find_product",
    "product_details",
    "update_product",
]

_AUDITED_COLUMNS = (
    "code",
    "name",
    "model",
    "brand",
    "enterprise_id",
    "scenario",
    "assistive_category_id",
    "is_medical_device",
    "device_class",
    "registration_no",
    "reference_price_fen",
    "rentable",
    "monthly_rent_fen",
    "deposit_fen",
    "late_fee_per_day_fen",
    "grace_days",
    "description",
    "listing_year",
    "recommending_unit",
    "status",
)
# What a scanned product label carries before the code (DESIGN: SS:P:<product code>).
_PAYLOAD_PREFIX = "SS:P:"


@dataclass(frozen=True)
class ProductDetails:
    """One product as its page and its edit form show it: values as stored, names resolved."""

    id: int
    code: str
    name: str
    model: str
    enterprise_id: int
    enterprise_name: str
    enterprise_credit_code: str
    brand: str
    scenario: str
    category_ids: frozenset[int]
    categories: tuple[CategoryRef, ...]
    assistive_category_id: int | None
    assistive_category: CategoryRef | None
    is_medical_device: bool
    device_class: str
    registration_no: str
    reference_price_fen: int | None
    monthly_rent_fen: int | None
    deposit_fen: int | None
    late_fee_per_day_fen: int | None
    grace_days: int | None
    rentable: bool
    description: str
    listing_year: int | None
    recommending_unit: str
    status: ProductStatus
    images: tuple[ImageView, ...]
    created_at: datetime
    updated_at: datetime
    deletable: bool  # False: delete_refusal says why; archiving is the way out

    def to_input(self) -> ProductInput:
        """The product as its edit form starts: prices back in 元 as a person would type them."""
        return ProductInput(
            name=self.name,
            model=self.model,
            enterprise_id=self.enterprise_id,
            brand=self.brand,
            code=self.code,
            scenario=self.scenario,
            category_ids=self.category_ids,
            assistive_category_id=self.assistive_category_id,
            is_medical_device=self.is_medical_device,
            device_class=self.device_class,
            registration_no=self.registration_no,
            reference_price=format_yuan(self.reference_price_fen),
            monthly_rent=format_yuan(self.monthly_rent_fen),
            deposit=format_yuan(self.deposit_fen),
            late_fee_per_day=format_yuan(self.late_fee_per_day_fen),
            grace_days="" if self.grace_days is None else str(self.grace_days),
            rentable=self.rentable,
            description=self.description,
            listing_year=self.listing_year,
            recommending_unit=self.recommending_unit,
            status=self.status,
        )


def _get(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    return product


def _snapshot(product: Product) -> dict[str, Any]:
    """The product's fields as the audit log compares them (categories by scheme, edition and code)."""
    values: dict[str, Any] = {column: getattr(product, column) for column in _AUDITED_COLUMNS}
    values["status"] = product.status.value if product.status else None
    values["categories"] = ", ".join(
        sorted(f"{c.scheme.key}:{c.scheme.edition}:{c.code}" for c in product.categories)
    )
    return values


def _write(session: Session, product: Product, data: ProductInput) -> None:
    """Check `data` and put it, with the search keys it implies, on `product`."""
    checked = check_product(session, data, product.id)
    for column, value in checked.values.items():
        setattr(product, column, value)
    product.enterprise = checked.enterprise
    product.categories = checked.categories
    keys = product_keys(
        code=product.code,
        model=product.model,
        name=product.name,
        brand=product.brand,
        enterprise=checked.enterprise.name,
    )
    for column, value in keys.columns().items():
        setattr(product, column, value)


def _flush(session: Session) -> None:
    """Write now; a code or model another desk saved a moment ago (PostgreSQL) is refused in words.

    The checks read what is committed, so two desks saving at the same instant can both pass them;
    the unique constraints then stop the second, and its clerk only has to save again.
    """
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another desk saved a product with the same code or model at the same moment. "
                "Nothing was saved: look the product up, then save again.",
            ),
            field="code",
        ) from exc


def add_product(session: Session, actor: Actor, data: ProductInput) -> ProductDetails:
    actor.require(Permission.EDIT_CATALOGUE)
    product = Product()
    _write(session, product, data)
    session.add(product)
    _flush(session)
    created = {k: v for k, v in _snapshot(product).items() if v not in (None, "", False)}
    audit.record(
        session,
        actor,
        "create",
        "product",
        product.id,
        audit.diff({}, created),
        summary=f"{product.code} {product.name}",
    )
    return _details(session, product)


def update_product(session: Session, actor: Actor, product_id: int, data: ProductInput) -> ProductDetails:
    """Correct a product; an empty code keeps the one it has, and so does a product in use."""
    actor.require(Permission.EDIT_CATALOGUE)
    product = _get(session, product_id)
    before = _snapshot(product)
    _write(session, product, data)
    _flush(session)
    changes = audit.diff(before, _snapshot(product))
    if changes:
        audit.record(
            session, actor, "update", "product", product.id, changes, summary=f"{product.code} {product.name}"
        )
    return _details(session, product)


def product_details(session: Session, actor: Actor, product_id: int) -> ProductDetails:
    actor.require(Permission.VIEW_CATALOGUE)
    return _details(session, _get(session, product_id))


def find_product(session: Session, actor: Actor, code: str) -> ProductDetails:
    """The product with this code, typed in any case or width, or scanned off its label."""
    actor.require(Permission.VIEW_CATALOGUE)
    wanted = unicodedata.normalize("NFKC", code).strip().upper().removeprefix(_PAYLOAD_PREFIX)
    product = session.scalar(select(Product).where(Product.code == wanted)) if wanted else None
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No product has the code {code}. Check the code on the label, or search by name."
            ),
            field="code",
            code=wanted or code,
        )
    return _details(session, product)


def archive_product(session: Session, actor: Actor, product_id: int) -> None:
    """Take a product out of the catalogue but keep it for the records that name it."""
    actor.require(Permission.EDIT_CATALOGUE)
    product = _get(session, product_id)
    if product.status is ProductStatus.ARCHIVED:
        return
    before = product.status.value
    product.status = ProductStatus.ARCHIVED
    session.flush()
    audit.record(
        session,
        actor,
        "archive",
        "product",
        product.id,
        {"status": (before, ProductStatus.ARCHIVED.value)},
        summary=f"{product.code} {product.name}",
    )


def delete_product(session: Session, actor: Actor, product_id: int) -> None:
    """Delete a product entered by mistake, with its photos and category links."""
    actor.require(Permission.EDIT_CATALOGUE)
    product = _get(session, product_id)
    refusal = delete_refusal(session, product_id)
    if refusal is not None:
        raise refusal
    audit.record(
        session,
        actor,
        "delete",
        "product",
        product.id,
        {"code": (product.code, None), "name": (product.name, None), "model": (product.model, None)},
        summary=f"{product.code} {product.name}",
    )
    # Plain deletes: going through the ORM would first read every full-size photo into memory.
    session.execute(delete(ProductImage).where(ProductImage.product_id == product_id))
    session.execute(delete(product_category).where(product_category.c.product_id == product_id))
    session.execute(delete(StockThreshold).where(StockThreshold.product_id == product_id))
    session.execute(delete(StockBalance).where(StockBalance.product_id == product_id))  # all zero here
    session.expunge(product)
    session.execute(delete(Product).where(Product.id == product_id))


def _details(session: Session, product: Product) -> ProductDetails:
    session.flush()
    category_ids = frozenset(c.id for c in product.categories)
    assistive = (
        category_refs(session, [product.assistive_category_id]) if product.assistive_category_id else []
    )
    return ProductDetails(
        id=product.id,
        code=product.code,
        name=product.name,
        model=product.model,
        enterprise_id=product.enterprise_id,
        enterprise_name=product.enterprise.name,
        enterprise_credit_code=product.enterprise.credit_code,
        brand=product.brand,
        scenario=product.scenario,
        category_ids=category_ids,
        categories=tuple(category_refs(session, category_ids)),
        assistive_category_id=product.assistive_category_id,
        assistive_category=assistive[0] if assistive else None,
        is_medical_device=product.is_medical_device,
        device_class=product.device_class,
        registration_no=product.registration_no,
        reference_price_fen=product.reference_price_fen,
        monthly_rent_fen=product.monthly_rent_fen,
        deposit_fen=product.deposit_fen,
        late_fee_per_day_fen=product.late_fee_per_day_fen,
        grace_days=product.grace_days,
        rentable=product.rentable,
        description=product.description,
        listing_year=product.listing_year,
        recommending_unit=product.recommending_unit,
        status=product.status,
        images=tuple(image_views(session, product.id)),
        created_at=product.created_at,
        updated_at=product.updated_at,
        deletable=delete_refusal(session, product.id) is None,
    )
