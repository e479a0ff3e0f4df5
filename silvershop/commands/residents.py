"""`resident add|find|list|reveal|review|anonymise`: residents who rent, personal data masked.

What is printed is masked like on screen; `reveal` prints one value in clear for a permitted user
and is audited.
"""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.rental.models import ConsentBasis
from silvershop.rental.residents import (
    Dibao,
    Eligibility,
    LtcLevel,
    ResidentInput,
    ResidentView,
    RevealField,
    add_resident,
    anonymise,
    due_for_review,
    find_by_id_number,
    find_by_phone,
    list_residents,
    reveal,
)
from silvershop.security.vault import open_vault


def register(subparsers: Any) -> None:
    resident = subparsers.add_parser("resident", help=translate("cli", "residents who rent devices"))
    commands = resident.add_subparsers(dest="resident_command", required=True, metavar="ACTION")

    add = commands.add_parser("add", help=translate("cli", "register a resident"))
    add.add_argument("--name", required=True)
    add.add_argument("--id-number", required=True, metavar="ID")
    add.add_argument("--phone", default="", metavar="MOBILE")
    add.add_argument("--address", default="")
    add.add_argument(
        "--district", metavar="CODE", help=translate("cli", "division code; default the centre's")
    )
    add.add_argument(
        "--centre", metavar="CODE", help=translate("cli", "home centre; default your only centre")
    )
    add.add_argument(
        "--hukou-local", action="store_true", help=translate("cli", "has local household registration")
    )
    add.add_argument(
        "--ability-level", type=int, metavar="N", help=translate("cli", "ability assessment level 0-4")
    )
    add.add_argument(
        "--ltc", choices=[v.value for v in LtcLevel if v.value], help=translate("cli", "long-term care level")
    )
    poor = add.add_mutually_exclusive_group()
    poor.add_argument("--dibao", action="store_const", const=Dibao.DIBAO, dest="dibao", default=Dibao.NONE)
    poor.add_argument("--dibao-edge", action="store_const", const=Dibao.DIBAO_EDGE, dest="dibao")
    add.add_argument("--guardian", default="", metavar="NAME")
    add.add_argument("--guardian-phone", default="", metavar="MOBILE")
    basis = add.add_mutually_exclusive_group()
    basis.add_argument("--consent", metavar="TEXT", help=translate("cli", "what the resident consented to"))
    basis.add_argument(
        "--statutory-duty", metavar="TEXT", help=translate("cli", "the legal duty the data is kept for")
    )
    add.set_defaults(handler=run_add)

    find = commands.add_parser("find", help=translate("cli", "find a resident by ID number or mobile number"))
    key = find.add_mutually_exclusive_group(required=True)
    key.add_argument("--id-number", metavar="ID")
    key.add_argument("--phone", metavar="MOBILE")
    find.set_defaults(handler=run_find)

    listing = commands.add_parser("list", help=translate("cli", "list residents you may see"))
    listing.add_argument("--name", default="", help=translate("cli", "part of the name"))
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("reveal", help=translate("cli", "show one personal value in clear (audited)"))
    show.add_argument("resident_id", type=int, metavar="RESIDENT")
    show.add_argument("--field", required=True, choices=[f.value for f in RevealField])
    show.set_defaults(handler=run_reveal)

    review = commands.add_parser("review", help=translate("cli", "residents past their retention date"))
    review.set_defaults(handler=run_review)

    anon = commands.add_parser(
        "anonymise", help=translate("cli", "clear a resident's personal data for good")
    )
    anon.add_argument("resident_id", type=int, metavar="RESIDENT")
    anon.set_defaults(handler=run_anonymise)


def describe(view: ResidentView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "id_number": view.id_number,
        "phone": view.phone,
        "sex": view.sex,
        "age": view.age,
        "district": view.district_code,
        "hukou_local": view.hukou_local,
        "centre": view.home_centre_code,
        "consent": view.consent_basis.value,
        "consent_on": view.consent_on.isoformat() if view.consent_on else None,
        "retain_until": view.retain_until.isoformat() if view.retain_until else None,
        "anonymised": view.anonymised,
    }


def line(view: ResidentView) -> str:
    return "\t".join(
        str(v)
        for v in (
            view.id,
            view.name,
            view.id_number,
            view.phone or "-",
            view.age or "-",
            view.home_centre_code or "-",
        )
    )


def _listing(views: list[ResidentView]) -> Outcome:
    return Outcome([describe(v) for v in views], "\n".join(line(v) for v in views))


def run_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    if args.consent is not None:
        basis, text = ConsentBasis.CONSENT, args.consent
    elif args.statutory_duty is not None:
        basis, text = ConsentBasis.STATUTORY_DUTY, args.statutory_duty
    else:
        basis, text = ConsentBasis.NONE, ""
    data = ResidentInput(
        name=args.name,
        id_number=args.id_number,
        phone=args.phone,
        address=args.address,
        district_code=args.district,
        hukou_local=args.hukou_local,
        eligibility=Eligibility(args.ability_level, LtcLevel(args.ltc or ""), args.dibao),
        guardian_name=args.guardian,
        guardian_phone=args.guardian_phone,
        consent_basis=basis,
        consent_text=text,
        home_centre_code=args.centre,
    )
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        view = add_resident(session, actor, open_vault(session), data)
    return Outcome(describe(view), translate("cli", "Resident registered: {line}").format(line=line(view)))


def run_find(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        vault = open_vault(session)
        if args.id_number:
            found = find_by_id_number(session, actor, vault, args.id_number)
            views = [found] if found else []
        else:
            views = find_by_phone(session, actor, vault, args.phone)
    if not views:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "No resident found with this number."))
    return _listing(views)


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        return _listing(list_residents(session, actor, open_vault(session), args.name))


def run_reveal(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    what = RevealField(args.field)
    with transaction(ctx.database.sessions) as session:
        value = reveal(session, actor, open_vault(session), args.resident_id, what)
    return Outcome({"id": args.resident_id, "field": what.value, "value": value}, value)


def run_review(args: argparse.Namespace, ctx: Context) -> Outcome:
    del args
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        return _listing(due_for_review(session, actor, open_vault(session)))


def run_anonymise(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        anonymise(session, actor, args.resident_id)
    return Outcome(
        {"id": args.resident_id, "anonymised": True},
        translate("cli", "Resident {id} anonymised; their loans stay for statistics.").format(
            id=args.resident_id
        ),
    )
