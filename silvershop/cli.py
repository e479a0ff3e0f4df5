"""`silvershop-cli`: the same services as the GUI, headless.

Contract (see docs/ARCHITECTURE.md): `--db URL` else SILVERSHOP_DB_URL else the default file;
`--json` prints exactly one JSON document on stdout; errors go to stderr as one sentence with
exit code 2; partial success (some rows rejected) exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from silvershop import __version__, i18n
from silvershop.arguments import EXIT_ERROR, Parser, language_asked
from silvershop.commands import Context, Outcome
from silvershop.errors import SilvershopError
from silvershop.i18n import translate

COMMAND_MODULES = (
    "setup",
    "demo",
    "users",
    "residents",
    "catalogue",
    "enterprises",
    "centres",
    "stock",
    "stocktakes",
    "units",
    "rent",
    "loans",
    "audit",
    "subsidy",
    "labels",
    "exchange",
    "kiosk",
    "stats",
    "backup",
)


def _add_common_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=translate("cli", "database URL (default: SILVERSHOP_DB_URL or the user's data file)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help=translate("cli", "print one JSON document on stdout"),
    )
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        default=default,
        help=translate(
            "cli",
            "who is acting, for commands that write; the password comes from SILVERSHOP_PASSWORD "
            "or the first line of standard input",
        ),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=default, help=translate("cli", "language of messages")
    )


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers of the commands themselves (`product search`), below every group of sub-commands."""
    groups = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not groups:
        return [parser]
    return [leaf for group in groups for child in group.choices.values() for leaf in _leaves(child)]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="silvershop-cli",
        description=translate(
            "cli", "silvershop without the window: catalogue, centres, rental desk, labels, exports."
        ),
    )
    parser.add_argument("--version", action="version", version=f"silvershop {__version__}")
    _add_common_options(parser, None)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        import_module(f"silvershop.commands.{name}").register(subparsers)
    # People type `--json` or `--as` after the command as often as before it: both places work.
    for leaf in _leaves(parser):
        _add_common_options(leaf, argparse.SUPPRESS)
    return parser


def _emit(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        json.dump(outcome.data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    elif outcome.text:
        print(outcome.text)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.install(language_asked(argv) or i18n.DEFAULT_LANGUAGE)
    args = build_parser().parse_args(argv)
    ctx = Context(args.db, args.acting_user)
    try:
        outcome = args.handler(args, ctx)
    except SilvershopError as exc:
        print(exc.localized(), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(i18n.translate("cli", "Stopped; nothing of the unfinished action was saved."), file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()
    try:
        _emit(outcome, args.json)
    except BrokenPipeError:
        # The reader (`| head`) has gone; point stdout at nothing so Python's exit flush is silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return outcome.exit_code


if __name__ == "__main__":
    sys.exit(main())
