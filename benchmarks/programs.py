"""The programs the benchmarks start, and the sandbox they start in.

Ours is the installed `silvershop` gui-script of the interpreter running the harness (so a venv measures
its own install); the baseline is bare_window.py under the same interpreter, so both sides pay the same
Python start-up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sandbox(out: Path) -> None:
    """Point silvershop's data, settings and personal-data key at `out`, for this process and its children.

    A benchmark must never read or write a real desk's database, preferences or key.
    """
    home = out / "home"
    os.environ["SILVERSHOP_DATA_DIR"] = str(home / "data")
    os.environ["SILVERSHOP_CONFIG_DIR"] = str(home / "config")
    os.environ["SILVERSHOP_KEY_FILE"] = str(out / "personal-data.key")
    os.environ.pop("SILVERSHOP_DB_URL", None)
    os.environ.pop("SILVERSHOP_DATA_KEY", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def window_size() -> tuple[int, int]:
    """The size silvershop renders its screenshots at, which the baseline window copies."""
    from silvershop.app import WINDOW_SIZE

    return WINDOW_SIZE.width(), WINDOW_SIZE.height()


def silvershop(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("silvershop")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "silvershop"]
    return [*launcher, *args]


def bare_window(png: Path) -> list[str]:
    width, height = window_size()
    return [sys.executable, str(HERE / "bare_window.py"), str(png), str(width), str(height)]


def opening(db_file: Path, png: Path) -> list[str]:
    """silvershop opening an existing database file and rendering its first screen."""
    return silvershop("--db", f"sqlite:///{db_file}", "--screenshot", str(png))
