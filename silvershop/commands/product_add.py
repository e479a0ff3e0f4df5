"""`product add`: a product and its photos, from a script, in one transaction.

Switches that contradict each other (a registration number without `--medical-device`, a rent
without `--rentable`) are refused before anything is read or written: the service would drop the
medical details and keep a rent it never charges, and the script's author would not learn that
the product was saved other than meant. A photo that is refused leaves no product behind.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from silvershop.catalog.categories import find_assistive_category, find_category
from silvershop.catalog.enterprises import find_enterprise
from silvershop.catalog.images import add_image
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.products import ProductInput, add_product, find_product
from silvershop.commands import Context, Outcome
from silvershop.commands.catalogue_output import describe
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.security.permissions import Actor

STATUSES = [s.value for s in ProductStatus]


def year(text: str) -> int:
    """An argparse type for years: four digits, as on the catalogue's cover (2024)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if len(plain) == 4 and plain.isascii() and plain.isdigit():
        return int(plain)
    raise argparse.ArgumentTypeError(
        translate("cli", "give the year with four digits, like 2024, not “{text}”.").format(text=text)
    )


def register(commands: Any) -> None:
    """`product add` and its options, below `product`."""
    add = commands.add_parser("add", help=translate("cli", "add a product, with its photos"))
    add.add_argument("--name", required=True, help=translate("cli", "product name (产品名称)"))
    add.add_argument("--model", required=True, help=translate("cli", "model as written on the product"))
    add.add_argument(
        "--enterprise",
        required=True,
        metavar="KEY",
        help=translate("cli", "the maker: its credit code or its full registered name"),
    )
    add.add_argument("--brand", default="", help=translate("cli", "brand name, if it has one"))
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
    add.add_argument(
        "--medical-device",
        action="store_true",
        help=translate("cli", "a medical device: give --device-class and --registration-no too"),
    )
    add.add_argument(
        "--device-class",
        default="",
        metavar="CLASS",
        help=translate("cli", "medical-device class: I, II or III (with --medical-device)"),
    )
    add.add_argument(
        "--registration-no",
        default="",
        metavar="NUMBER",
        help=translate(
            "cli", "medical-device registration number, 注册证号 or 备案号 (with --medical-device)"
        ),
    )
    add.add_argument("--price", default="", metavar="YUAN", help=translate("cli", "reference price in yuan"))
    add.add_argument(
        "--rentable",
        action="store_true",
        help=translate("cli", "can be rented: give --rent and --deposit too"),
    )
    add.add_argument(
        "--rent", default="", metavar="YUAN", help=translate("cli", "monthly rent in yuan (with --rentable)")
    )
    add.add_argument(
        "--deposit",
        default="",
        metavar="YUAN",
        help=translate("cli", "deposit in yuan, 0 if none is taken (with --rentable)"),
    )
    add.add_argument(
        "--late-fee",
        default="",
        metavar="YUAN",
        help=translate("cli", "late fee per day in yuan; default the centre's (with --rentable)"),
    )
    add.add_argument(
        "--grace-days",
        default="",
        metavar="DAYS",
        help=translate(
            "cli", "days after the due date before the late fee; default the centre's (with --rentable)"
        ),
    )
    add.add_argument("--description", default="", help=translate("cli", "product description (产品简介)"))
    add.add_argument(
        "--listing-year",
        type=year,
        metavar="YEAR",
        help=translate(
            "cli", "year the product was listed in the catalogue (入选年度); needed with --status listed"
        ),
    )
    add.add_argument(
        "--recommending-unit",
        default="",
        metavar="UNIT",
        help=translate("cli", "the unit that recommended the product (推荐单位)"),
    )
    add.add_argument(
        "--status",
        default=ProductStatus.DRAFT.value,
        metavar="STATUS",
        help=translate("cli", "draft (default), submitted or listed"),
    )
    add.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="FILE",
        help=translate("cli", "a JPEG, PNG or WebP photo; the first is the cover (repeatable)"),
    )
    add.set_defaults(handler=run_add)


def statuses(text: str) -> frozenset[ProductStatus]:
    """The statuses in `draft,listed` as people type them, or a refusal naming the unknown one."""
    wanted = [part.strip().lower() for part in unicodedata.normalize("NFKC", text).split(",") if part.strip()]
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


def _status(text: str) -> ProductStatus:
    """The one status of `product add`; the service says which ones a new product may have."""
    given = statuses(text)
    if len(given) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a new product one status: draft, submitted or listed."),
            field="status",
        )
    return next(iter(given), ProductStatus.DRAFT)


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
    """The photo file's bytes, or a refusal in our own words (the system's are English only)."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        message = QT_TRANSLATE_NOOP(
            "errors", "The photo {path} does not exist; check the file name and folder."
        )
    except IsADirectoryError:
        message = QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a photo; name the photo file itself.")
    except OSError:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The photo {path} cannot be read; check that the file is complete and that you may open it.",
        )
    raise ValidationError(message, field="image", path=path)


def _given(args: argparse.Namespace, options: tuple[tuple[str, str], ...]) -> str:
    """The switches among `options` (attribute, switch) that were given a value, as typed."""
    return ", ".join(switch for attribute, switch in options if getattr(args, attribute).strip())


def _refuse_contradictions(args: argparse.Namespace) -> None:
    """Details of a medical device or of renting, given without saying the product is one."""
    medical = _given(args, (("device_class", "--device-class"), ("registration_no", "--registration-no")))
    if medical and not args.medical_device:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{options} describe a medical device, but --medical-device is missing. Add "
                "--medical-device if the product is one, or leave {options} out.",
            ),
            field="is_medical_device",
            options=medical,
        )
    renting = _given(
        args,
        (
            ("rent", "--rent"),
            ("deposit", "--deposit"),
            ("late_fee", "--late-fee"),
            ("grace_days", "--grace-days"),
        ),
    )
    if renting and not args.rentable:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{options} describe renting, but --rentable is missing. Add --rentable if the product "
                "can be rented, or leave {options} out.",
            ),
            field="rentable",
            options=renting,
        )


def run_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    _refuse_contradictions(args)
    status = _status(args.status)
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
            status=status,
        )
        product = add_product(session, actor, data)
        for path, photo in photos:
            add_image(session, actor, product.id, photo, Path(path).name)
        if photos:
            product = find_product(session, actor, product.code)
    summary = f"{product.code}\t{product.name}\t{product.model}"
    return Outcome(describe(product), translate("cli", "Product added: {line}").format(line=summary))
