"""Keeps a kiosk running: `silvershop --kiosk` starts the kiosk as a child process and starts it again
when it ends any way but through the staff PIN.

A kiosk stands in a hall with nobody at it; if it crashes (a driver, a full disk, a defect of ours) a
senior would find a desktop, or nothing. The watch itself does almost nothing, so it does not crash
with the kiosk. It ends with the child's code 0 (staff left with the PIN) or 2 (the kiosk's set-up is
wrong: unknown centre, no PIN set), which another start would only repeat. Code 3 says the database
could not be reached (a PC that started before the network or the server), which the next try may
well mend; it and any other end (an exception, a signal, being killed) start the kiosk again. Tries
in quick succession are spaced out, so a kiosk that cannot run does not spin the machine.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType

from silvershop.arguments import EXIT_ERROR, WATCHED_FLAG

EXIT_RETRY = 3  # the kiosk could not reach its database: try again later
QUICK_CRASH_S = 60.0  # a child that ends sooner than this after starting crashed "at once"
FIRST_DELAY_S = 1.0
LONGEST_DELAY_S = 60.0


def child_command(args: Sequence[str]) -> list[str]:
    """The command that runs the kiosk itself: this program again, told it is watched."""
    if getattr(sys, "frozen", False):  # a PyInstaller build is its own interpreter
        return [sys.executable, *args, WATCHED_FLAG]
    return [sys.executable, "-m", "silvershop", *args, WATCHED_FLAG]


def next_delay(previous: float, lasted: float) -> float:
    """How long to wait before starting again: short after a kiosk that ran a while, doubling (up to a
    minute) while it keeps crashing at once."""
    if lasted >= QUICK_CRASH_S:
        return FIRST_DELAY_S
    return min(LONGEST_DELAY_S, max(FIRST_DELAY_S, previous * 2))


def watch(
    command: Sequence[str],
    *,
    start: Callable[[Sequence[str]], subprocess.Popen[bytes]] = subprocess.Popen,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Run `command` until it ends with 0 or 2, starting it again after any other end."""
    child: subprocess.Popen[bytes] | None = None

    def stop(signum: int, _frame: FrameType | None) -> None:
        # The session is ending (log-out, shutdown): end the kiosk with it rather than start it again,
        # and stop waiting at once (a sleep would otherwise finish first).
        if child is not None and child.poll() is None:
            child.terminate()
        raise _SessionEnding

    previous_handlers = {sig: signal.signal(sig, stop) for sig in _ending_signals()}
    delay = 0.0
    try:
        while True:
            began = clock()
            child = start(command)
            code = child.wait()
            if code in (0, EXIT_ERROR):
                return code
            delay = next_delay(delay, clock() - began)
            why = "could not reach its database" if code == EXIT_RETRY else f"ended with exit code {code}"
            print(f"silvershop: the kiosk {why}; starting it again in {delay:g} s.", file=sys.stderr)
            sleep(delay)
    except _SessionEnding:
        if child is not None:
            child.wait()
        return 0
    finally:
        for sig, handler in previous_handlers.items():
            signal.signal(sig, handler)


class _SessionEnding(Exception):
    """Raised by the signal handler to leave the wait for the kiosk, or the pause before the next try."""


def _ending_signals() -> list[signal.Signals]:
    wanted = ("SIGTERM", "SIGHUP", "SIGINT")
    return [getattr(signal, name) for name in wanted if hasattr(signal, name)]
