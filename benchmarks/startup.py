"""How long a clerk waits between starting silvershop and seeing its main window, and its data."""

from __future__ import annotations

import measure
import programs
from demo_data import demo_database
from registry import AtMostTimesBaseline, Figures, Informational, Options, benchmark

# One city's catalogue at a realistic size; the 100,000-product extreme is the memory row's case.
PRODUCTS = 1_000


@benchmark(
    name="startup",
    title="Cold start to a shown main window",
    unit="s",
    baseline="a bare PySide6 window: QApplication + QMainWindow, shown, under the same first-paint probe",
    target=AtMostTimesBaseline(2),
)
def cold_start(options: Options) -> Figures:
    """Each run is a whole new process, timed from spawn to the first paint of its main window, where
    first_paint.py ends it; silvershop is opening a database prepared beforehand."""
    db_file = demo_database(options.out, PRODUCTS)
    return measure.side_by_side(
        programs.silvershop_shown(db_file),
        programs.bare_window_shown(),
        runs=3 if options.quick else 9,
        figure=lambda cost: cost.seconds,
    )


@benchmark(
    name="startup-filled",
    title="Start to a filled window (--screenshot)",
    unit="s",
    baseline="a bare PySide6 window: QApplication + QMainWindow, shown, grabbed to a PNG, exit",
    target=Informational(),
)
def filled_start(options: Options) -> Figures:
    """Each run is a whole new process, timed from spawn to exit, which `--screenshot` does once the
    database is open and every screen is filled and the PNG is written."""
    db_file = demo_database(options.out, PRODUCTS)
    return measure.side_by_side(
        programs.opening(db_file, options.out / "startup-silvershop.png"),
        programs.bare_window(options.out / "startup-bare.png"),
        runs=3 if options.quick else 9,
        figure=lambda cost: cost.seconds,
    )
