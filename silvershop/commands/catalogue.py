"""`product add|show|list|search`: the promotion catalogue from a script.

Reading the catalogue needs no account (it is what the kiosk shows visitors); `--as USER` is
needed to write, and is used for reading too when given. A product is added with its photos in
one transaction: a photo that is refused leaves no product behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from silvershop.catalog.browse import ProductRow, product_rows
from silvershop.catalog.categories import CategoryRef, find_assistive_category, find_category
from silvershop.catalog.enterprises import find_enterprise
from silvershop.catalog.images import add_image
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.products import ProductDetails, ProductInput, add_product, find_product
from silvershop.catalog.search import ProductFilter, ranked_ids, search
from silvershop.commands import Context, Outcome
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.money import format_yuan
from silvershop.security.permissions import KIOSK, Actor, Permission

STATUSES = [s.value for s in ProductStatus]


def register(subparsers: Any) -> None:
    product = subparsers.add_parser("product", help=translate("cli", "products of the promotion catalogue"))
    commands = product.add_subparsers(dest="product_command", required=True, metavar="ACTION")

    add = commands.add_parser("add", help=translate("cli", "add a product, with its photos"))
    add.add_argument("--name", required=True)
    add.add_argument("--model", required=True, help=translate("cli", "model as written on the product"))
    add.add_argument(
        "--enterprise", required=True, metavar="KEY", help=translate("cli", "credit code or full name")
    )
    add.add_argument("--brand", default="")
    add.add_argument("--code", default="", help=translate("cli", "product code; default the next P-000123"))
    add.add_argument("--scenario", default="", help=translate("cli", "where the product is used"))
    add.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="SCHEME:EDITION:CODE",
        help=translate("cli", "catalogue category, e.g. miit_smart:2024:P01 (repeatable)"),
    )
    add.add_argument(
        "--assistive", default="", metavar="CODE", help=translate("cli", 'ISO 9999 code, e.g. "12 22 03"')
    )
    add.add_argument(
        "--assistive-edition",
        default="",
        metavar="EDITION",
        help=translate("cli", "edition of the ISO 9999 code, when several have it"),
    )
    add.add_argument("--medical-device", action="store_true", help=translate("cli", "a medical device"))
    add.add_argument("--device-class", default="", choices=["I", "II", "III"])
    add.add_argument("--registration-no", default="", metavar="NUMBER")
    add.add_argument("--price", default="", metavar="YUAN", help=translate("cli", "reference price in yuan"))
    add.add_argument("--rentable", action="store_true", help=translate("cli", "can be rented"))
    add.add_argument("--rent", default="", metavar="YUAN", help=translate("cli", "monthly rent in yuan"))
    add.add_argument("--deposit", default="", metavar="YUAN")
    add.add_argument("--late-fee", default="", metavar="YUAN", help=translate("cli", "late fee per day"))
    add.add_argument("--grace-days", default="", metavar="DAYS")
    add.add_argument("--description", default="")
    add.add_argument("--listing-year", type=int, metavar="YEAR")
    add.add_argument("--recommending-unit", default="", metavar="UNIT")
    add.add_argument("--status", default=ProductStatus.DRAFT.value, choices=STATUSES)
    add.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="FILE",
        help=translate("cli", "a JPEG, PNG or WebP photo; the first is the cover (repeatable)"),
    )
    add.set_defaults(handler=run_add)

    show = commands.add_parser("show", help=translate("cli", "one product by its code"))
    show.add_argument("code", metavar="CODE")
    show.set_defaults(handler=run_show)

    listing = commands.add_parser("list", help=translate("cli", "products in catalogue order"))
    listing.add_argument(
        "--status", default="", metavar="S,S", help=translate("cli", "statuses, e.g. listed,submitted")
    )
    listing.add_argument(
        "--enterprise", default="", metavar="KEY", help=translate("cli", "credit code or full name")
    )
    rent = listing.add_mutually_exclusive_group()
    rent.add_argument("--rentable", action="store_const", const=True, dest="rentable", default=None)
    rent.add_argument("--not-rentable", action="store_const", const=False, dest="rentable")
    listing.add_argument("--year", type=int, metavar="YEAR", help=translate("cli", "listing year"))
    listing.add_argument("--limit", type=int, default=None, metavar="N")
    listing.set_defaults(handler=run_list)

    find = commands.add_parser("search", help=translate("cli", "products matching words, pinyin or a model"))
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--limit", type=int, default=None, metavar="N")
    find.set_defaults(handler=run_search)


def reader(ctx: Context) -> Actor:
    """The --as user when one is named; otherwise the catalogue is read as the kiosk reads it."""
    return ctx.actor if ctx.acting_user else KIOSK


def _category(session: Session, actor: Actor, text: str) -> int:
    key, _, rest = text.partition(":")
    edition, _, code = rest.rpartition(":")  # ISO editions hold a colon themselves (ISO 9999:2022)
    if not (key and edition and code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write a category as scheme:edition:code, for example miit_smart:2024:P01."
            ),
            field="category_ids",
        )
    return find_category(session, actor, key, edition, code).id


def _photo(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the photo {path} ({reason}); check the file name."),
            field="image",
            path=path,
            reason=err.strerror or err,
        ) from None


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


def _details_text(p: ProductDetails) -> str:
    lines = [
        f"{p.code}\t{p.name}\t{p.model}",
        translate("cli", "Enterprise: {name} ({code})").format(
            name=p.enterprise_name, code=p.enterprise_credit_code
        ),
        translate("cli", "Status: {status}").format(status=p.status.value),
    ]
    if p.brand:
        lines.append(translate("cli", "Brand: {brand}").format(brand=p.brand))
    for ref in (*p.categories, *((p.assistive_category,) if p.assistive_category else ())):
        lines.append(
            translate("cli", "Category: {scheme} {edition} {code} {name}").format(
                scheme=ref.scheme_name, edition=ref.edition, code=ref.code, name=ref.name
            )
        )
    if p.reference_price_fen is not None:
        price = format_yuan(p.reference_price_fen)
        lines.append(translate("cli", "Reference price: {price} yuan").format(price=price))
    if p.rentable:
        lines.append(
            translate("cli", "Rent {rent} yuan a month, deposit {deposit} yuan").format(
                rent=format_yuan(p.monthly_rent_fen), deposit=format_yuan(p.deposit_fen)
            )
        )
    if p.images:
        lines.append(translate("cli", "Photos: {count}").format(count=len(p.images)))
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


def _rows(rows: list[ProductRow]) -> Outcome:
    text = "\n".join(f"{r.code}\t{r.name}\t{r.model}\t{r.enterprise}\t{r.status.value}" for r in rows)
    return Outcome([describe_row(r) for r in rows], text)


def run_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    photos = [(path, _photo(path)) for path in args.image]
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        enterprise = find_enterprise(session, actor, args.enterprise)
        categories = frozenset(_category(session, actor, text) for text in args.category)
        assistive = (
            find_assistive_category(session, actor, args.assistive, args.assistive_edition).id
            if args.assistive.strip()
            else None
        )
        data = ProductInput(
            name=args.name,
            model=args.model,
            enterprise_id=enterprise.id,
            brand=args.brand,
            code=args.code,
            scenario=args.scenario,
            category_ids=categories,
            assistive_category_id=assistive,
            is_medical_device=args.medical_device,
            device_class=args.device_class,
            registration_no=args.registration_no,
            reference_price=args.price,
            monthly_rent=args.rent,
            deposit=args.deposit,
            late_fee_per_day=args.late_fee,
            grace_days=args.grace_days,
            rentable=args.rentable,
            description=args.description,
            listing_year=args.listing_year,
            recommending_unit=args.recommending_unit,
            status=ProductStatus(args.status),
        )
        product = add_product(session, actor, data)
        for path, photo in photos:
            add_image(session, actor, product.id, photo, Path(path).name)
        if photos:
            product = find_product(session, actor, product.code)
    summary = f"{product.code}\t{product.name}\t{product.model}"
    return Outcome(describe(product), translate("cli", "Product added: {line}").format(line=summary))


def run_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        product = find_product(session, actor, args.code)
    return Outcome(describe(product), _details_text(product))


def _statuses(text: str) -> frozenset[ProductStatus]:
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [part for part in wanted if part not in STATUSES]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown product status “{status}”; use draft, submitted, listed or archived."
            ),
            field="status",
            status=unknown[0],
        )
    return frozenset(ProductStatus(part) for part in wanted)


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        actor.require(Permission.VIEW_CATALOGUE)
        enterprise_id = find_enterprise(session, actor, args.enterprise).id if args.enterprise else None
        wanted = ProductFilter(
            enterprise_id=enterprise_id,
            rentable=args.rentable,
            listing_year=args.year,
            statuses=_statuses(args.status),
        )
        return _rows(product_rows(session, ranked_ids(session, wanted, limit=args.limit)))


def run_search(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = reader(ctx)
    with reading(ctx.database.sessions) as session:
        actor.require(Permission.VIEW_CATALOGUE)
        return _rows(product_rows(session, search(session, args.query, limit=args.limit)))
