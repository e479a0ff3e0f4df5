"""`user add|list|disable|enable|roles|reset-password`: staff accounts from the command line.

On a database with no users yet, `user add NAME --role administrator` makes the first
administrator without --as; every later change names the acting user.
"""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.db.session import reading, transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.security import users
from silvershop.security.models import Role

ROLE_NAMES = [r.value for r in Role]


def register(subparsers: Any) -> None:
    user = subparsers.add_parser("user", help=translate("cli", "staff accounts: add, list, disable, roles"))
    commands = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")

    add = commands.add_parser(
        "add", help=translate("cli", "add a user (the first one becomes the administrator)")
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=ROLE_NAMES,
        help=translate("cli", "a role; repeat for several"),
    )
    add.add_argument(
        "--centre",
        action="append",
        default=[],
        metavar="CODE",
        help=translate("cli", "a centre the user works at; repeat for several"),
    )
    add.add_argument(
        "--display-name", default="", metavar="TEXT", help=translate("cli", "the name shown on screen")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help=translate("cli", "read the new user's password from standard input (after the --as password)"),
    )
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help=translate("cli", "list the users you may manage"))
    listing.set_defaults(handler=run_list)

    for name, active, text in (
        ("disable", False, translate("cli", "stop a user from logging in")),
        ("enable", True, translate("cli", "let a disabled user log in again")),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(handler=run_set_active, active=active)

    roles = commands.add_parser("roles", help=translate("cli", "set a user's roles and centres"))
    roles.add_argument("name", metavar="NAME")
    roles.add_argument("--role", action="append", required=True, choices=ROLE_NAMES)
    roles.add_argument("--centre", action="append", default=[], metavar="CODE")
    roles.set_defaults(handler=run_roles)

    reset = commands.add_parser(
        "reset-password", help=translate("cli", "give a user a temporary password (read from standard input)")
    )
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(handler=run_reset)


def _describe(row: users.UserRow) -> dict[str, Any]:
    return {
        "username": row.username,
        "display_name": row.display_name,
        "roles": [r.value for r in row.roles],
        "centres": list(row.centre_codes),
        "active": row.active,
        "last_login_at": row.last_login_at.isoformat() if row.last_login_at else None,
    }


def _line(row: users.UserRow) -> str:
    state = "" if row.active else translate("cli", " (disabled)")
    centres = ",".join(row.centre_codes) or "-"
    return f"{row.username}\t{','.join(r.value for r in row.roles)}\t{centres}{state}"


def run_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    db = ctx.database
    with reading(db.sessions) as session:
        first = users.needs_first_admin(session)
    if first:
        if args.role != [Role.ADMINISTRATOR.value]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The first user must be an administrator (--role administrator)."
                ),
                field="roles",
            )
        password = ctx.read_secret(translate("cli", "the new user's password"))
        with transaction(db.sessions) as session:
            admin = users.create_first_admin(session, args.name, password, args.display_name)
            [row] = users.list_users(session, admin)
    else:
        actor = ctx.actor
        password = ctx.read_secret(translate("cli", "the new user's password"))
        with transaction(db.sessions) as session:
            row = users.add_user(
                session, actor, args.name, password, args.role, args.centre, args.display_name
            )
    return Outcome(_describe(row), translate("cli", "User added: {line}").format(line=_line(row)))


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    del args
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        rows = users.list_users(session, actor)
    return Outcome([_describe(r) for r in rows], "\n".join(_line(r) for r in rows))


def run_set_active(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        row = users.set_active(session, actor, args.name, args.active)
    return Outcome(_describe(row), _line(row))


def run_roles(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    with transaction(ctx.database.sessions) as session:
        row = users.set_roles(session, actor, args.name, args.role, args.centre)
    return Outcome(_describe(row), _line(row))


def run_reset(args: argparse.Namespace, ctx: Context) -> Outcome:
    actor = ctx.actor
    password = ctx.read_secret(translate("cli", "the temporary password"))
    with transaction(ctx.database.sessions) as session:
        users.reset_password(session, actor, args.name, password)
    return Outcome(
        {"username": args.name, "must_change_password": True},
        translate("cli", "{name} must choose a new password at the next login.").format(name=args.name),
    )
