"""The performance table: `python benchmarks/run.py [--only NAME] [--quick]`.

Prints, in Markdown, the machine it ran on and one row per benchmark: our median, the median of a
raw-library baseline measured in the same run, their ratio, the target and whether it was met. The
machine is shared and noisy, so figures are medians of alternating runs and only the ratio to a baseline
taken alongside means much. Exits 1 when a target is missed or a benchmark fails.

To add rows: write a module here whose functions carry `@registry.benchmark`, and name it in GROUPS.
Databases and screenshots go to benchmarks/out/, which is not versioned and may be deleted at any time.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path

import programs
from registry import BENCHMARKS, Benchmark, Figures, Informational, Options

GROUPS = ("startup", "memory", "search", "catalogue_view", "stock", "rental", "labels", "exchange", "stats")

OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class Outcome:
    benchmark: Benchmark
    figures: Figures | None = None
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.figures is not None and self.benchmark.target.met(self.figures)

    @property
    def verdict(self) -> str:
        if isinstance(self.benchmark.target, Informational):
            return "–"
        return "pass" if self.passed else "**fail**"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_facts(quick: bool) -> list[str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from silvershop import __version__ as silvershop_version

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return [
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC{' (--quick: fewer repetitions)' if quick else ''}",
        f"- machine: {platform.platform()}; {_cpu_model()}",
        f"- CPUs: {os.cpu_count()} ({usable} usable by this process); load average {load} (1/5/15 min)",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- PySide6 {pyside_version} (Qt {qVersion()})",
        f"- SQLite {sqlite3.sqlite_version}",
        f"- silvershop {silvershop_version}",
    ]


def _value(value: float, unit: str) -> str:
    return f"{value:.2f} {unit}" if value < 10 else f"{value:.0f} {unit}"


def table(outcomes: Sequence[Outcome]) -> list[str]:
    lines = [
        "| benchmark | ours | baseline | ratio | target | verdict |",
        "|---|---:|---:|---:|---|---|",
    ]
    notes = []
    for outcome in outcomes:
        bench, figures = outcome.benchmark, outcome.figures
        if figures is None:
            lines.append(f"| {bench.title} | – | – | – | {bench.target} | **error** |")
            notes.append(f"- {bench.name}: failed: {(outcome.error or '').splitlines()[0]}")
            continue
        ours, base = figures.ours_value, figures.baseline_value
        ratio = f"{ours / base:.2f}×" if base else "–"
        lines.append(
            f"| {bench.title} | {_value(ours, bench.unit)} | {_value(base, bench.unit)} | {ratio} "
            f"| {bench.target} | {outcome.verdict} |"
        )
        notes.append(
            f"- {bench.name}: {figures.statistic}s of {len(figures.ours)} run(s) each, alternating; ours "
            f"{_value(min(figures.ours), bench.unit)}–{_value(max(figures.ours), bench.unit)}, baseline "
            f"{_value(min(figures.baseline), bench.unit)}–{_value(max(figures.baseline), bench.unit)}; "
            f"baseline: {bench.baseline}"
        )
    return [*lines, "", *notes]


def chosen(names: Sequence[str] | None) -> list[Benchmark]:
    """The benchmarks asked for by row name or group name, in table order; all of them by default."""
    if not names:
        return list(BENCHMARKS)
    known = {b.name for b in BENCHMARKS} | {b.group for b in BENCHMARKS}
    unknown = sorted(set(names) - known)
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    return [b for b in BENCHMARKS if b.name in names or b.group in names]


def run_one(bench: Benchmark, options: Options) -> Outcome:
    print(f"Measuring {bench.name}…", file=sys.stderr, flush=True)
    try:
        return Outcome(bench, figures=bench.measure(options))
    except Exception as exc:  # one broken row must not hide the others
        traceback.print_exc(file=sys.stderr)
        return Outcome(bench, error=str(exc) or type(exc).__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark or group")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a rough figure, fast")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    programs.sandbox(OUT)
    for group in GROUPS:
        import_module(group)
    benchmarks = chosen(args.only)
    options = Options(quick=args.quick, out=OUT)
    facts = machine_facts(args.quick)
    outcomes = [run_one(bench, options) for bench in benchmarks]
    print("\n".join([*facts, "", *table(outcomes)]))
    return 0 if all(outcome.passed for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
