"""`kiosk-pin` and `callbacks`: the kiosk's staff PIN, and the visitors who asked to be called back.

The PIN is never an argument, where other users of the PC could read it in the process list: it comes
from SILVERSHOP_KIOSK_PIN or is typed twice without echo, and nothing printed holds it or its hash.
Callback requests are listed masked, like residents; the window's Callback requests tab reveals one
to the person about to call. Listing them first deletes the names and phones of requests nobody called
back in time (`expire_callbacks`), and opening the personal-data key publishes the key kiosks seal new
requests to, so this command also readies a new database's kiosks.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from silvershop.centres.centres import find_centre
from silvershop.centres.directory import list_centres
from silvershop.commands import Context, Outcome
from silvershop.commands.centres import local_time
from silvershop.db.base import utcnow
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.kiosk.callbacks import CallbackRow, RequestState, callback_requests, expire_callbacks
from silvershop.kiosk.pin import FIELD, set_kiosk_pin, tidy_pin
from silvershop.security.permissions import Permission
from silvershop.security.vault import open_vault

PIN_ENV = "SILVERSHOP_KIOSK_PIN"


def register(subparsers: Any) -> None:
    pin = subparsers.add_parser(
        "kiosk-pin",
        help=translate(
            "cli",
            "set the staff PIN that leaves the kiosk (administrators): SILVERSHOP_KIOSK_PIN, or typed twice",
        ),
    )
    pin.set_defaults(handler=run_kiosk_pin)

    callbacks = subparsers.add_parser(
        "callbacks",
        help=translate("cli", "kiosk visitors waiting to be called back, names and phones masked"),
    )
    callbacks.add_argument(
        "--centre",
        metavar="CODE",
        help=translate("cli", "only this centre (default: every centre you work at)"),
    )
    callbacks.add_argument(
        "--all", action="store_true", help=translate("cli", "also the requests already called back")
    )
    callbacks.set_defaults(handler=run_callbacks)


def _typed_pin() -> str:
    """The new PIN from the environment, or typed twice without echo so a slip is caught."""
    from_env = os.environ.get(PIN_ENV)
    if from_env is not None:
        return from_env
    first = getpass.getpass(translate("cli", "New kiosk PIN (4 to 8 digits): "))
    tidy_pin(first)  # a wrong PIN is refused before it is typed again
    again = getpass.getpass(translate("cli", "The same PIN again: "))
    if tidy_pin(again) != tidy_pin(first):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two PINs are not the same; nothing was changed. Try again."),
            field=FIELD,
        )
    return first


def run_kiosk_pin(args: argparse.Namespace, ctx: Context) -> Outcome:
    del args
    actor = ctx.actor  # first: its password may be the first line of standard input
    pin = _typed_pin()
    with transaction(ctx.database.sessions) as session:
        set_kiosk_pin(session, actor, pin)
    return Outcome(
        {"kiosk_pin_set": True},
        translate("cli", "The kiosk PIN is set for every kiosk on this database."),
    )


UNREADABLE = QT_TRANSLATE_NOOP("cli", "(cannot be read)")
# How each state reads in a line; "called back" and "closed" lines name who and when.
STATES = {
    RequestState.WAITING: QT_TRANSLATE_NOOP("cli", "to call"),
    RequestState.CALLED_BACK: QT_TRANSLATE_NOOP("cli", "called back by {user} at {time}"),
    RequestState.UNREACHABLE: QT_TRANSLATE_NOOP("cli", "closed by {user} at {time}: could not be reached"),
    RequestState.WITHDREW: QT_TRANSLATE_NOOP("cli", "closed by {user} at {time}: the visitor withdrew"),
    RequestState.EXPIRED: QT_TRANSLATE_NOOP("cli", "deleted at {time}: nobody called back in time"),
}


def describe(row: CallbackRow, centre_code: str) -> dict[str, Any]:
    called = row.state is RequestState.CALLED_BACK
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "centre": centre_code,
        "product_code": row.product_code,
        "product_name": row.product_name,
        "name": row.name_masked,
        "phone": row.phone_masked,
        "readable": row.readable,
        "state": row.state.value,
        "closed_at": row.handled_at.isoformat() if row.handled_at else None,
        "closed_by": row.handled_by or None,
        "called_back_at": row.handled_at.isoformat() if called and row.handled_at else None,
        "called_back_by": (row.handled_by or None) if called else None,
    }


def line(row: CallbackRow, centre_code: str) -> str:
    state = translate("cli", STATES[row.state]).format(
        user=row.handled_by or "-", time=local_time(row.handled_at)
    )
    product = f"{row.product_code} {row.product_name}".strip() or "-"
    unreadable = translate("cli", UNREADABLE)
    return "\t".join(
        (
            str(row.id),
            local_time(row.at),
            centre_code,
            product,
            (row.name_masked or "-") if row.readable else unreadable,
            (row.phone_masked or "-") if row.readable else unreadable,
            state,
        )
    )


def run_callbacks(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        if args.centre:
            centre = find_centre(session, args.centre)
            actor.require(Permission.VIEW_RESIDENTS, centre.id)
            centres = {centre.id: centre.code}
        else:
            visible = actor.visible_centres(Permission.VIEW_RESIDENTS)
            centres = {c.id: c.code for c in list_centres(session) if visible is None or c.id in visible}
        expire_callbacks(session, utcnow())
    with transaction(ctx.database.sessions) as session:  # the deletions stand even without the key
        vault = open_vault(session)
        rows = [
            row
            for centre_id in centres
            for row in callback_requests(session, actor, vault, centre_id, include_handled=args.all)
        ]
    rows.sort(key=lambda row: (row.at, row.id), reverse=True)
    if not rows:
        empty = translate("cli", "Nobody is waiting to be called back.")
        return Outcome(
            [], empty if not args.all else translate("cli", "No visitor has asked to be called back.")
        )
    return Outcome(
        [describe(row, centres[row.centre_id]) for row in rows],
        "\n".join(line(row, centres[row.centre_id]) for row in rows),
    )
