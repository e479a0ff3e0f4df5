"""Fonts for what silvershop prints (receipts, labels): a family that has Chinese, and the font
settings that keep printed digits searchable in the PDF.

Painting needs a QGuiApplication: fonts cannot be looked up without one.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

MM_PER_INCH = 25.4
# Families that cover Simplified Chinese, best first, on Linux, Windows and macOS; text drawn in a
# font without Chinese would print boxes where a name should be.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)


def installed_cjk_families() -> list[str]:
    installed = set(QFontDatabase.families())
    return [family for family in CJK_FAMILIES if family in installed]


def print_font(families: list[str], points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(points)
    font.setBold(bold)
    # Noto Sans CJK's `locl` swaps digits in Latin text for glyphs no character maps to, and Qt's
    # PDF writer then leaves them out of the text map: the PDF would print "L0000001" but copy and
    # search as control codes. The font's own Chinese forms are its defaults anyway.
    font.setFeature(QFont.Tag("locl"), 0)
    return font
