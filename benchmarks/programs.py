"""The programs the benchmarks start, and the sandbox they start in.

Ours is the silvershop installed for the interpreter running the harness (so a venv measures its own
install): its `silvershop` gui-script, or `silvershop.app.main` under first_paint.py. The baseline is
bare_window.py under the same interpreter and the same runner, so both sides pay the same Python start-up.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_PAINT = HERE / "first_paint.py"

# Who the filled-window runs sign in as: the benchmark databases are made by the demo generator, which
# writes the demo's staff accounts, all with the demo's password.
USER = "admin"

# The screen of the offscreen platform, which is 800 × 800 unless told otherwise: an ordinary desk
# monitor, on which silvershop opens at the size of its screenshots, the size the baseline copies.
SCREEN = {"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}


def sandbox(out: Path) -> None:
    """Point silvershop's data, settings and personal-data key at `out`, for this process and its children.

    A benchmark must never read or write a real desk's database, preferences or key. Offscreen, the
    programs also get the same screen, an ordinary desk monitor (SCREEN). The password of USER is where
    `silvershop --user` reads it.
    """
    home = out / "home"
    os.environ["SILVERSHOP_DATA_DIR"] = str(home / "data")
    os.environ["SILVERSHOP_CONFIG_DIR"] = str(home / "config")
    os.environ["SILVERSHOP_KEY_FILE"] = str(out / "personal-data.key")
    os.environ.pop("SILVERSHOP_DB_URL", None)
    os.environ.pop("SILVERSHOP_DATA_KEY", None)
    from silvershop.demo.accounts import DEMO_PASSWORD

    os.environ["SILVERSHOP_PASSWORD"] = DEMO_PASSWORD
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        screens = out / "offscreen-screens.json"
        screens.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"


def window_size() -> tuple[int, int]:
    """The size silvershop renders its screenshots at, which the baseline window copies."""
    from silvershop.app import WINDOW_SIZE

    return WINDOW_SIZE.width(), WINDOW_SIZE.height()


def silvershop(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("silvershop")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "silvershop"]
    return [*launcher, *args]


def _bare_window_script(png: Path | None) -> list[str]:
    width, height = window_size()
    return [str(HERE / "bare_window.py"), str(width), str(height), *([str(png)] if png else [])]


def bare_window(png: Path) -> list[str]:
    """The bare window, grabbed to `png`; then it ends."""
    return [sys.executable, *_bare_window_script(png)]


def opening(db_file: Path, png: Path) -> list[str]:
    """silvershop opening an existing database file, signing in and rendering its first screen filled."""
    return silvershop("--db", f"sqlite:///{db_file}", "--user", USER, "--screenshot", str(png))


def bare_window_shown() -> list[str]:
    """The bare window, ended by first_paint.py when it is first drawn."""
    return [sys.executable, str(FIRST_PAINT), *_bare_window_script(None)]


def silvershop_shown(db_file: Path) -> list[str]:
    """silvershop opening an existing database file, ended by first_paint.py when its window is drawn."""
    return [sys.executable, str(FIRST_PAINT), "silvershop", "--db", f"sqlite:///{db_file}"]
