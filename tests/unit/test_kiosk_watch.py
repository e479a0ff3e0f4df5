"""The kiosk's watch: a crashed kiosk comes back; one that staff closed, or that cannot start, does not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from silvershop import kiosk_watch
from silvershop.app import parse_args

# Each run appends a line to the log, then ends as the run's number says: first a hard crash (abort, as
# a segfault in a driver would), then an uncaught exception, then staff closing it with the PIN.
CHILD = """
import os, sys
log = sys.argv[1]
with open(log, "a") as f:
    f.write("run\\n")
runs = open(log).read().count("run")
if runs == 1:
    os.abort()
if runs == 2:
    raise RuntimeError("a defect")
sys.exit(0)
"""


def test_a_crashed_kiosk_is_started_again_until_staff_close_it(tmp_path: Path) -> None:
    log = tmp_path / "runs.log"
    waited: list[float] = []
    code = kiosk_watch.watch([sys.executable, "-c", CHILD, str(log)], sleep=waited.append)
    assert code == 0
    assert log.read_text().count("run") == 3
    assert waited == [1.0, 2.0]  # quick crashes are spaced out more and more


def test_a_kiosk_that_refuses_to_start_is_not_started_again(tmp_path: Path) -> None:
    log = tmp_path / "runs.log"
    refusing = f"open({str(log)!r}, 'a').write('run\\n'); raise SystemExit(2)"
    waited: list[float] = []
    assert kiosk_watch.watch([sys.executable, "-c", refusing], sleep=waited.append) == 2
    assert log.read_text().count("run") == 1
    assert waited == []


def test_a_kiosk_that_could_not_reach_its_database_is_tried_again(tmp_path: Path) -> None:
    log = tmp_path / "runs.log"
    # The database answers on the third try, and staff close the kiosk later.
    script = (
        f"log = {str(log)!r}; open(log, 'a').write('run\\n'); "
        "raise SystemExit(3 if open(log).read().count('run') < 3 else 0)"
    )
    waited: list[float] = []
    assert kiosk_watch.watch([sys.executable, "-c", script], sleep=waited.append) == 0
    assert log.read_text().count("run") == 3
    assert len(waited) == 2


def test_the_end_of_the_session_ends_the_watch_without_another_start(tmp_path: Path) -> None:
    log = tmp_path / "runs.log"
    crashing = f"open({str(log)!r}, 'a').write('run\\n'); raise SystemExit(1)"

    def session_ends(_delay: float) -> None:  # the log-out comes while the watch waits to start it again
        os.kill(os.getpid(), signal.SIGTERM)

    assert kiosk_watch.watch([sys.executable, "-c", crashing], sleep=session_ends) == 0
    assert log.read_text().count("run") == 1
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the watch's handler is gone again


def test_crash_delays_grow_while_crashing_at_once_and_reset_after_a_good_run() -> None:
    delay = 0.0
    seen = []
    for _ in range(9):
        delay = kiosk_watch.next_delay(delay, lasted=0.5)
        seen.append(delay)
    assert seen[:3] == [1.0, 2.0, 4.0]
    assert max(seen) == kiosk_watch.LONGEST_DELAY_S
    assert kiosk_watch.next_delay(seen[-1], lasted=3600) == kiosk_watch.FIRST_DELAY_S


def test_the_watched_kiosk_is_this_program_again_with_the_same_options() -> None:
    command = kiosk_watch.child_command(["--kiosk", "--centre", "LX01"])
    assert command[-4:] == ["--kiosk", "--centre", "LX01", kiosk_watch.WATCHED_FLAG]
    assert parse_args(command[command.index("--kiosk") :]).watched


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kiosk"], "--kiosk needs --centre"),
        (["--centre", "LX01"], "add --kiosk"),
        (["--kiosk", "--centre", "LX01", "--user", "admin"], "leave out --user"),
    ],
)
def test_kiosk_options_that_do_not_go_together_are_refused_in_one_line(args: list[str], words: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "silvershop", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
