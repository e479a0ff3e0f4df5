"""Icons shipped in resources/icons, looked up by the name of what they stand for."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon


def icon(name: str) -> QIcon:
    """`name` is a file stem in resources/icons, e.g. "catalog" or "silvershop"."""
    return QIcon(str(resources.files("silvershop.resources") / "icons" / f"{name}.svg"))
