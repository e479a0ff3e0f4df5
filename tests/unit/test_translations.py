"""The Simplified Chinese catalogue is complete, current and compiled, so no Chinese user meets English.

When one of these fails after adding a string: `python tools/translations.py update`, translate
what it added in resources/translations/silvershop_zh_CN.ts, then `python tools/translations.py compile`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"&[A-Za-z0-9]")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _tools()


def messages(ts_file: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def committed() -> dict[Key, ET.Element]:
    return messages(tools.TS_FILE)


def test_every_message_has_a_finished_translation(committed: dict[Key, ET.Element]) -> None:
    unfinished = [
        key
        for key, message in committed.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert committed
    assert unfinished == []


def test_the_catalogue_holds_every_string_in_the_sources(
    tmp_path: Path, committed: dict[Key, ET.Element]
) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(tools.TS_FILE, fresh)
    tools.update(fresh)
    missing = sorted(set(messages(fresh)) - set(committed))
    assert missing == [], "run `python tools/translations.py update` and translate these"


def test_the_compiled_catalogue_is_built_from_the_committed_one(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    tools.compile_catalogue(tools.TS_FILE, rebuilt)
    assert tools.QM_FILE.read_bytes() == rebuilt.read_bytes(), "run `python tools/translations.py compile`"


def keeps_markers(source: str, translation: str) -> bool:
    """Same {placeholders}, so `.format()` fills them; an accelerator where the source has one."""
    same_placeholders = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))
    return same_placeholders and (not ACCELERATOR.search(source) or bool(ACCELERATOR.search(translation)))


def test_translations_keep_placeholders_and_keyboard_accelerators(committed: dict[Key, ET.Element]) -> None:
    broken = [
        (context, source, translation)
        for (context, source, _comment), message in committed.items()
        if (translation := message.findtext("translation") or "")  # unfinished ones fail the test above
        and not keeps_markers(source, translation)
    ]
    assert broken == []
