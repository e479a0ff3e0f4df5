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

COMMAND_MODULES = ("setup", "demo", "users", "residents", "audit")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="silvershop-cli",
        description=translate(
            "cli", "silvershop without the window: catalogue, centres, rental desk, labels, exports."
        ),
    )
    parser.add_argument("--version", action="version", version=f"silvershop {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate("cli", "database URL (default: SILVERSHOP_DB_URL or the user's data file)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON document on stdout")
    )
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        help=translate(
            "cli",
            "who is acting, for commands that write; the password comes from SILVERSHOP_PASSWORD "
            "or the first line of standard input",
        ),
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("cli", "language of messages"))
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        import_module(f"silvershop.commands.{name}").register(subparsers)
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
