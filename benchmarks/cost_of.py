"""Run one program and write down what it cost: wall time and peak resident memory.

Usage: python cost_of.py REPORT -- PROGRAM [ARG...]; REPORT receives {"seconds": ..., "peak_kib": ...}
and the exit status is the program's.

This small process stands between the harness and the measured program because Linux charges a child
with the peak memory of the process it was spawned from, as it was before the child's exec: spawned
straight from the harness, which holds a 100,000-product build in memory, every child would report the
harness's peak instead of its own. Spawned from here, the floor is this small script's own (about 12 MiB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(report: Path, argv: list[str]) -> int:
    started = time.perf_counter()
    child = subprocess.Popen(argv)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    # Linux counts ru_maxrss in KiB, macOS in bytes.
    peak_kib = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    report.write_text(json.dumps({"seconds": seconds, "peak_kib": peak_kib}), encoding="utf-8")
    return child.returncode


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit(__doc__.split("\n\n")[1])
    sys.exit(main(Path(sys.argv[1]), sys.argv[3:]))
