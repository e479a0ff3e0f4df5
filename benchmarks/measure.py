"""Running programs side by side and reading what each run cost.

Every measured run is a fresh process, so a cold start is really cold (as far as the page cache allows)
and one run's memory cannot leak into the next. cost_of.py does the counting, one process per run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from registry import Figures

TIMEOUT_SECONDS = 300
COST_OF = Path(__file__).resolve().with_name("cost_of.py")


class RunFailed(RuntimeError):
    """A measured program failed or hung, so its figures would mean nothing."""


@dataclass(frozen=True)
class Cost:
    seconds: float
    peak_mib: float


def run(argv: Sequence[str]) -> Cost:
    """Run `argv` to its end in this process's environment; its output is kept only to explain a failure."""
    with tempfile.TemporaryDirectory(prefix="silvershop-bench-") as scratch:
        report = Path(scratch) / "cost.json"
        log_path = Path(scratch) / "output.log"
        with log_path.open("wb") as log:
            # A session of its own, so a hung program is killed together with the process counting it.
            child = subprocess.Popen(
                [sys.executable, str(COST_OF), str(report), "--", *argv],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                code = child.wait(TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                raise RunFailed(f"{' '.join(argv)} did not finish in {TIMEOUT_SECONDS} s") from None
        if code != 0:
            tail = log_path.read_text(errors="replace").strip().splitlines()[-15:]
            raise RunFailed(f"{' '.join(argv)} exited with {code}:\n" + "\n".join(tail))
        cost = json.loads(report.read_text(encoding="utf-8"))
    return Cost(seconds=cost["seconds"], peak_mib=cost["peak_kib"] / 1024)


def side_by_side(
    ours: Sequence[str], baseline: Sequence[str], runs: int, figure: Callable[[Cost], float]
) -> Figures:
    """`runs` runs of each, alternating, after one unmeasured run of each to warm the page cache.

    The order swaps every round (ours first, then baseline first) so a machine getting busier or
    quieter during the measurement weighs on both sides alike.
    """
    run(ours)
    run(baseline)
    mine: list[float] = []
    theirs: list[float] = []
    for round_ in range(runs):
        pair = [(ours, mine), (baseline, theirs)]
        for argv, figures in pair if round_ % 2 == 0 else reversed(pair):
            figures.append(figure(run(argv)))
    return Figures(ours=mine, baseline=theirs)
