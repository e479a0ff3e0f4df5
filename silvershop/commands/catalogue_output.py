"""How `product show|list|search` print a product: every field for --json, sentences for people.

Plain text is read by people at a desk, so a status is a word in their language (草稿, 已入选), the
same word the window shows; --json keeps the stored codes (`draft`, `listed`) that scripts match.
"""

from __future__ import annotations

from typing import Any

from silvershop.catalog.browse import ProductRow
from silvershop.catalog.categories import CategoryRef
from silvershop.catalog.products import ProductDetails
from silvershop.commands import Outcome
from silvershop.i18n import translate
from silvershop.money import format_yuan
from silvershop.words import word


def _ref(ref: CategoryRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"scheme": ref.scheme_key, "edition": ref.edition, "code": ref.code, "name": ref.name}


def describe(p: ProductDetails) -> dict[str, Any]:
    return {
        "id": p.id,
        "code": p.code,
        "name": p.name,
        "model": p.model,
        "brand": p.brand,
        "enterprise": p.enterprise_name,
        "credit_code": p.enterprise_credit_code,
        "scenario": p.scenario,
        "categories": [_ref(c) for c in p.categories],
        "assistive_category": _ref(p.assistive_category),
        "is_medical_device": p.is_medical_device,
        "device_class": p.device_class,
        "registration_no": p.registration_no,
        "reference_price_fen": p.reference_price_fen,
        "rentable": p.rentable,
        "monthly_rent_fen": p.monthly_rent_fen,
        "deposit_fen": p.deposit_fen,
        "late_fee_per_day_fen": p.late_fee_per_day_fen,
        "grace_days": p.grace_days,
        "description": p.description,
        "listing_year": p.listing_year,
        "recommending_unit": p.recommending_unit,
        "status": p.status.value,
        "images": [
            {"position": i.position, "width": i.width, "height": i.height, "mime_type": i.mime_type}
            for i in p.images
        ],
        "deletable": p.deletable,
    }


def _medical_line(p: ProductDetails) -> str:
    return translate("cli", "Medical device: class {device_class}, registration number {number}").format(
        device_class=p.device_class or "-", number=p.registration_no or "-"
    )


def _photos_line(p: ProductDetails) -> str:
    sizes = ", ".join(f"{i.width}×{i.height}" for i in p.images)
    return translate("cli", "Photos: {count} ({sizes} pixels; the first is the cover)").format(
        count=len(p.images), sizes=sizes
    )


def details_text(p: ProductDetails) -> str:
    """Every field a person may want to check, one per line, empty ones left out."""
    lines = [
        f"{p.code}\t{p.name}\t{p.model}",
        translate("cli", "Enterprise: {name} ({code})").format(
            name=p.enterprise_name, code=p.enterprise_credit_code
        ),
        translate("cli", "Status: {status}").format(status=word(p.status)),
    ]
    if p.listing_year is not None:
        lines.append(translate("cli", "Listing year: {year}").format(year=p.listing_year))
    if p.recommending_unit:
        lines.append(translate("cli", "Recommended by: {unit}").format(unit=p.recommending_unit))
    if p.brand:
        lines.append(translate("cli", "Brand: {brand}").format(brand=p.brand))
    if p.scenario:
        lines.append(translate("cli", "Where it is used: {scenario}").format(scenario=p.scenario))
    for ref in (*p.categories, *((p.assistive_category,) if p.assistive_category else ())):
        lines.append(
            translate("cli", "Category: {scheme} {edition} {code} {name}").format(
                scheme=ref.scheme_name, edition=ref.edition, code=ref.code, name=ref.name
            )
        )
    if p.is_medical_device:
        lines.append(_medical_line(p))
    if p.reference_price_fen is not None:
        price = format_yuan(p.reference_price_fen)
        lines.append(translate("cli", "Reference price: {price} yuan").format(price=price))
    if p.rentable:
        lines.append(
            translate("cli", "Rent {rent} yuan a month, deposit {deposit} yuan").format(
                rent=format_yuan(p.monthly_rent_fen), deposit=format_yuan(p.deposit_fen)
            )
        )
    if p.description:
        lines.append(translate("cli", "Description: {text}").format(text=p.description))
    if p.images:
        lines.append(_photos_line(p))
    return "\n".join(lines)


def describe_row(r: ProductRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "code": r.code,
        "name": r.name,
        "model": r.model,
        "brand": r.brand,
        "enterprise": r.enterprise,
        "categories": r.categories,
        "reference_price_fen": r.price_fen,
        "rentable": r.rentable,
        "monthly_rent_fen": r.monthly_rent_fen,
        "listing_year": r.listing_year,
        "status": r.status.value,
    }


def rows_outcome(rows: list[ProductRow]) -> Outcome:
    text = "\n".join(f"{r.code}\t{r.name}\t{r.model}\t{r.enterprise}\t{word(r.status)}" for r in rows)
    return Outcome([describe_row(r) for r in rows], text)
