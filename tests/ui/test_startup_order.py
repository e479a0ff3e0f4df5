"""The window comes first: nothing of the database stack is loaded before the main window is drawn.

SQLAlchemy, Alembic, the models and cryptography take several times longer to import than showing the
whole window; they belong in the worker that opens the database once the window is on screen. A new
screen or module that imports them from `silvershop.app` or `silvershop.ui` at start-up fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("first_paint_probe.py")
TIMEOUT_S = 120


def test_main_window_is_drawn_before_the_database_stack_is_imported(
    demo_template: Path, tmp_path: Path
) -> None:
    database = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, database)
    report = tmp_path / "first-paint.json"
    done = subprocess.run(
        [sys.executable, "-P", str(PROBE), str(report), "--db", f"sqlite:///{database}", "--lang", "en"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(report.read_text(encoding="utf-8"))
    assert facts["modules"] == []
    assert "Opening the database…" in facts["status"]
