"""How much memory a desk needs once the city's whole catalogue is in the database."""

from __future__ import annotations

import measure
import programs
from demo_data import demo_database
from registry import Below, Figures, Options, benchmark

PRODUCTS = 100_000


@benchmark(
    name="memory",
    title="Peak memory with a 100,000-product database",
    unit="MiB",
    baseline="the bare PySide6 window of the start-up row",
    target=Below(250, "MiB"),
)
def peak_memory(options: Options) -> Figures:
    """Peak resident memory of silvershop opening the database and rendering its first screen."""
    db_file = demo_database(options.out, PRODUCTS)
    return measure.side_by_side(
        programs.opening(db_file, options.out / "memory-silvershop.png"),
        programs.bare_window(options.out / "memory-bare.png"),
        runs=1 if options.quick else 3,
        figure=lambda cost: cost.peak_mib,
    )
