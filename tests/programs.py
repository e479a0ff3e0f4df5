"""Running silvershop's two programs in child processes, as a user or a script would.

`-P` keeps the current folder off the child's import path, so the child runs the installed package
(what a user gets) even when the tests are started from a source checkout.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

TIMEOUT_S = 120


def run(module: str, *args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-P", "-m", module, *args],
        input=stdin,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`silvershop-cli` with English messages, so tests can read them."""
    return run("silvershop.cli", "--lang", "en", *args, stdin=stdin, **env)


def cli_line(line: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`cli` with the arguments written as on a command line (quote what has spaces)."""
    return cli(*shlex.split(line), stdin=stdin, **env)


def gui(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run("silvershop", *args, **env)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """What a command printed, after checking it succeeded."""
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one sentence a refusal prints, after checking it is nothing more: exit 2, no output, no
    traceback."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr.strip()
