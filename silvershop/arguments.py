"""What the command lines of the window and of the CLI share.

A usage error exits 2 with one line, like every other refusal, and `--lang` is read before the
parser is built so that the help text itself comes out in the language asked for.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from silvershop import i18n

EXIT_ERROR = 2
WATCHED_FLAG = "--watched"  # the kiosk as its watch starts it (kiosk_watch), never typed by a person


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def language_asked(argv: Sequence[str]) -> str | None:
    """The language named by --lang, if it is one we have."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in i18n.LANGUAGES:
            return value
    return None
