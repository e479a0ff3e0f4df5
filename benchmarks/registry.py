"""The rows of the performance table and the rules they are judged by.

A benchmark group is a module of this folder that decorates its measuring functions with `@benchmark`;
naming the module in `run.GROUPS` is all it takes to add its rows to the table. Each row is measured
against a raw-library baseline in the same run, because on a shared machine only figures taken side by
side can be compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil
from pathlib import Path
from statistics import median
from typing import Protocol


@dataclass(frozen=True)
class Options:
    """What every benchmark may use: `quick` asks for fewer repetitions, `out` is the scratch folder."""

    quick: bool
    out: Path


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank), e.g. 0.95 for the p95."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, ceil(share * len(ordered)) - 1))]


@dataclass(frozen=True)
class Figures:
    """Every repetition of ours and of the baseline, so the table can show the typical value and the spread.

    The typical value is the median, or the 95th percentile where a target speaks of the slow cases
    (a search box must answer every keystroke, not the average one).
    """

    ours: list[float]
    baseline: list[float]
    statistic: str = "median"

    def _typical(self, values: list[float]) -> float:
        return percentile(values, 0.95) if self.statistic == "p95" else median(values)

    @property
    def ours_value(self) -> float:
        return self._typical(self.ours)

    @property
    def baseline_value(self) -> float:
        return self._typical(self.baseline)


class Target(Protocol):
    def met(self, figures: Figures) -> bool: ...

    def __str__(self) -> str: ...


@dataclass(frozen=True)
class AtMostTimesBaseline:
    factor: float

    def met(self, figures: Figures) -> bool:
        return figures.ours_value <= self.factor * figures.baseline_value

    def __str__(self) -> str:
        return f"≤ {self.factor:g}× baseline"


@dataclass(frozen=True)
class Below:
    limit: float
    unit: str

    def met(self, figures: Figures) -> bool:
        return figures.ours_value < self.limit

    def __str__(self) -> str:
        return f"< {self.limit:g} {self.unit}"


@dataclass(frozen=True)
class AtMost:
    limit: float
    unit: str

    def met(self, figures: Figures) -> bool:
        return figures.ours_value <= self.limit

    def __str__(self) -> str:
        return f"≤ {self.limit:g} {self.unit}"


@dataclass(frozen=True)
class Informational:
    """No target: the row is measured so that a change shows, and never fails the run."""

    def met(self, figures: Figures) -> bool:
        return True

    def __str__(self) -> str:
        return "none (informational)"


def alternating(ours: Callable[[], float], baseline: Callable[[], float], rounds: int) -> Figures:
    """Both sides run in this process, one unmeasured run each first, then `rounds` rounds whose order
    swaps every round, so a machine getting busier or quieter weighs on both sides alike."""
    ours()
    baseline()
    mine: list[float] = []
    theirs: list[float] = []
    for round_ in range(rounds):
        pair = [(ours, mine), (baseline, theirs)]
        for run, values in pair if round_ % 2 == 0 else reversed(pair):
            values.append(run())
    return Figures(mine, theirs)


Measure = Callable[[Options], Figures]


@dataclass(frozen=True)
class Benchmark:
    name: str
    group: str
    title: str
    unit: str
    baseline: str
    target: Target
    measure: Measure = field(compare=False)


BENCHMARKS: list[Benchmark] = []


def benchmark(
    *, name: str, title: str, unit: str, baseline: str, target: Target
) -> Callable[[Measure], Measure]:
    """Register a measuring function as one row of the table; `baseline` says what it is compared with."""

    def register(measure: Measure) -> Measure:
        group = measure.__module__.rpartition(".")[2]
        BENCHMARKS.append(Benchmark(name, group, title, unit, baseline, target, measure))
        return measure

    return register
