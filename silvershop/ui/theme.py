"""The look of the application: calm colours, large type and generous targets for older staff.

Sizes follow the 适老化 guidance for the ordinary (non elder-mode) screens: text of at least 11 pt
(we use 12), click targets of at least 44 × 44 px, and text colours that pass WCAG 4.5 : 1 on their
backgrounds. A CJK font is preferred when the system has one; without it Qt falls back on its own.

A field that does not apply (the rent of a product not lent out) is greyed, background and text, so
it does not read as one waiting to be filled; its text stays readable (5.2 : 1), as a value kept
there still means something. The palette's disabled colours do it for every field of every screen.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12
MIN_TARGET_PX = 44

# Families that cover Simplified Chinese well, best first, on Linux, Windows and macOS.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)

TEXT = "#1F2933"
MUTED = "#4A5868"
ACCENT = "#1F5F8B"
PAGE = "#F7F9FB"
NAVIGATION = "#E9EEF4"
CARD_BORDER = "#D5DEE8"
SELECTION = "#D6E6F3"
DISABLED_FIELD = "#E6EAEF"
DISABLED_TEXT = "#56616D"  # 5.2 : 1 on DISABLED_FIELD, 6.0 : 1 on PAGE

STYLE_SHEET = f"""
QMainWindow, QStackedWidget {{ background: {PAGE}; }}
#navigation {{ background: {NAVIGATION}; border-right: 1px solid {CARD_BORDER}; }}
#brand {{ color: {ACCENT}; font-size: 17pt; font-weight: 600; padding: 18px 16px 14px 20px; }}
#navigation QToolButton {{
    color: #243B53; background: transparent; border: none; border-left: 4px solid transparent;
    padding: 8px 14px; text-align: left; font-size: 13pt; min-height: {MIN_TARGET_PX + 8}px;
}}
#navigation QToolButton:hover {{ background: #DDE6EF; }}
#navigation QToolButton:checked {{
    background: #FFFFFF; color: {ACCENT}; font-weight: 600; border-left: 4px solid {ACCENT};
}}
#navigation QToolButton:focus {{ outline: none; background: #DDE6EF; }}
#heading {{ color: {TEXT}; font-size: 22pt; font-weight: 600; }}
#purpose {{ color: {MUTED}; }}
#section {{ color: {TEXT}; font-size: 14pt; font-weight: 600; padding-top: 6px; }}
#note {{ color: {MUTED}; }}
#figure {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 10px; }}
#figureValue {{ color: {ACCENT}; font-size: 24pt; font-weight: 600; }}
#figureCaption {{ color: {MUTED}; }}
#demoBadge {{
    background: #FFF4D6; color: #6B4700; border: 1px solid #C98A00; border-radius: 6px;
    padding: 2px 10px; font-weight: 600;
}}
QTableView {{
    background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 8px; gridline-color: #E4E9EF;
    selection-background-color: {SELECTION}; selection-color: #102A43; alternate-background-color: #F5F8FB;
}}
QTableView::item {{ padding: 0 10px; }}
QHeaderView::section {{
    background: #EEF2F6; color: {TEXT}; font-weight: 600; border: none;
    border-bottom: 1px solid {CARD_BORDER}; padding: 8px 10px;
}}
QStatusBar {{ background: {NAVIGATION}; color: {TEXT}; border-top: 1px solid {CARD_BORDER}; }}
QStatusBar QLabel {{ padding: 2px 8px; }}
QProgressBar {{
    background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 6px;
    text-align: center; min-height: 26px;
}}
QProgressBar::chunk {{ background: #8DB8DA; border-radius: 5px; }}
QComboBox, QPushButton {{ min-height: 36px; padding: 2px 14px; }}
#fieldError {{ color: #A61B1B; }}
#messageBar {{ border-radius: 6px; padding: 8px 12px; }}
#messageBar[kind="error"] {{ background: #FDECEC; color: #8A1C1C; border: 1px solid #E3A6A6; }}
#messageBar[kind="info"] {{ background: #EAF3FB; color: #123E60; border: 1px solid #A9C9E4; }}
QDialog#signin {{ background: {PAGE}; }}
#lockPage {{ background: {NAVIGATION}; }}
#lockCard {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 12px; }}
#signinHeading {{ color: {TEXT}; font-size: 20pt; font-weight: 600; }}
#signin QLineEdit, #lockCard QLineEdit {{
    min-height: 42px; padding: 0 10px; font-size: 13pt; background: #FFFFFF; color: {TEXT};
    border: 1px solid #76879A; border-radius: 6px;
}}
#signin QLineEdit:focus, #lockCard QLineEdit:focus {{ border: 2px solid {ACCENT}; padding: 0 9px; }}
#signin QPushButton, #lockCard QPushButton {{ min-height: 40px; padding: 2px 18px; }}
#signin QPushButton:default, QPushButton#primary {{
    background: {ACCENT}; color: #FFFFFF; border: 1px solid {ACCENT}; border-radius: 6px;
}}
#signin QPushButton:default:disabled, QPushButton#primary:disabled {{
    background: #C9D3DD; color: #33414F; border-color: #AEBBC8;
}}
QPushButton#demoAccount {{ text-align: left; padding: 2px 14px; }}
"""


def cjk_family() -> str | None:
    """The first installed family that shows Chinese properly, if any."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


def apply(app: QApplication) -> None:
    """Fusion style, a light palette with strong text, the base font and the style sheet."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, PAGE),
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.AlternateBase, "#F5F8FB"),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Button, "#EEF2F6"),
        (QPalette.ColorRole.Highlight, SELECTION),
        (QPalette.ColorRole.HighlightedText, "#102A43"),
        (QPalette.ColorRole.ToolTipBase, "#FFFFFF"),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        palette.setColor(role, QColor(colour))
    # Set after the roles above, which set every group alike: a disabled field would look active.
    disabled = QPalette.ColorGroup.Disabled
    for role, colour in (
        (QPalette.ColorRole.Base, DISABLED_FIELD),
        (QPalette.ColorRole.Button, DISABLED_FIELD),
        (QPalette.ColorRole.Text, DISABLED_TEXT),
        (QPalette.ColorRole.ButtonText, DISABLED_TEXT),
        (QPalette.ColorRole.WindowText, DISABLED_TEXT),
        (QPalette.ColorRole.PlaceholderText, DISABLED_TEXT),
    ):
        palette.setColor(disabled, role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    family = cjk_family()
    if family:
        font.setFamily(family)
    font.setPointSize(max(BASE_POINT_SIZE, font.pointSize()))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def restyle(widget: QWidget) -> None:
    """Style `widget` and what it holds again, after a change of the name the style sheet knows it by:
    Qt keeps the rules it first found for each widget until told otherwise."""
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)
