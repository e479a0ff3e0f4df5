"""Keep the Qt Linguist catalogue in step with the sources.

    python tools/translations.py update    # lupdate over silvershop/ into the .ts, obsolete entries dropped
    python tools/translations.py compile   # lrelease the .ts into the .qm the application loads

Source strings are English, so only Simplified Chinese has a catalogue. Locations are left out of
the .ts: line numbers would change with every edit and make every merge of the file conflict.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "silvershop"
TS_FILE = ROOT / "resources" / "translations" / "silvershop_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name: str) -> str:
    """A PySide6 tool from the running Python's environment first, else from PATH."""
    beside_python = Path(sys.executable).parent / name
    for candidate in (beside_python, beside_python.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update(ts_file: Path = TS_FILE, sources: Path = SOURCES) -> str:
    """Run lupdate over every Python file under `sources`; returns lupdate's report."""
    result = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            str(sources),
            "-ts",
            str(ts_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def compile_catalogue(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> str:
    result = subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("update", "compile"))
    args = parser.parse_args(argv)
    report = update() if args.command == "update" else compile_catalogue()
    print(report.strip() or f"{args.command}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
