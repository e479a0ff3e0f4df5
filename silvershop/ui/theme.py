"""The look of the application: calm colours, large type and generous targets for older staff.

Sizes follow the 适老化 guidance for the ordinary (non elder-mode) screens: text of at least 11 pt
(we use 12), click targets of at least 44 × 44 px, and text colours that pass WCAG 4.5 : 1 on their
backgrounds. A CJK font is preferred when the system has one; without it Qt falls back on its own.

A field that does not apply (the rent of a product not lent out) is greyed, background and text, so
it does not read as one waiting to be filled; its text stays readable (5.2 : 1), as a value kept
there still means something. The palette's disabled colours do it for every field of every screen.

Elder mode (长辈模式, DOMAIN section 7), which each person may choose for themselves, is the same look
larger: text of 18 pt and more, headings of 30 pt, targets of 60 px, in every window at once
(`apply_elder_mode`). Widgets that size something themselves ask `text_pt`, `target_px` or `text_px`
rather than using a number, so they follow the mode.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12
MIN_TARGET_PX = 44

# DOMAIN section 7, for elder mode (长辈模式) and the kiosk: main text, headings, click targets,
# contrast of text on its background (WCAG relative luminance) and line spacing.
ELDER_TEXT_PT = 18
ELDER_HEADING_PT = 30
ELDER_TARGET_PX = 60
MIN_CONTRAST = 4.5
MIN_LINE_SPACING = 1.3

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
# What the settings search found: amber, the text on it 11.8 : 1; a caption keeps its
# size (a form's column of captions would cut it), a check box or button is framed as well.
FOUND = "#FFE49A"
FOUND_BORDER = "#C98A00"
FIELD_BORDER = "#76879A"  # 3.7 : 1 on white, 3.5 : 1 on PAGE: WCAG asks 3 : 1 of a field's edge


class Sizes(NamedTuple):
    """What the style sheet sizes differently in elder mode: points of text, pixels of targets. A named
    tuple: a dataclass takes several times longer to define, and this one is defined before the window's
    first paint."""

    brand_pt: int
    navigation_pt: int
    navigation_px: int
    heading_pt: int
    section_pt: int
    figure_pt: int
    progress_px: int
    button_px: int
    signin_heading_pt: int
    signin_field_pt: int
    signin_field_px: int
    signin_button_px: int


ORDINARY = Sizes(
    brand_pt=17,
    navigation_pt=13,
    navigation_px=MIN_TARGET_PX + 8,
    heading_pt=22,
    section_pt=14,
    figure_pt=24,
    progress_px=26,
    button_px=36,
    signin_heading_pt=20,
    signin_field_pt=13,
    signin_field_px=42,
    signin_button_px=40,
)
# Section headings stay a step above the text and below the page's heading; the sign-in buttons' 2 px
# of padding above and below make them 60 px. The navigation's buttons keep their height, 71 px with
# their padding: taller, the six of them would make the window too tall for a 1366 × 768 screen.
ELDER = Sizes(
    brand_pt=ELDER_TEXT_PT + 4,
    navigation_pt=ELDER_TEXT_PT,
    navigation_px=ORDINARY.navigation_px,
    heading_pt=ELDER_HEADING_PT,
    section_pt=ELDER_TEXT_PT + 4,
    figure_pt=ELDER_HEADING_PT,
    progress_px=ELDER_TEXT_PT * 2,
    button_px=ELDER_TARGET_PX,
    signin_heading_pt=ELDER_HEADING_PT,
    signin_field_pt=ELDER_TEXT_PT,
    signin_field_px=ELDER_TARGET_PX,
    signin_button_px=ELDER_TARGET_PX - 4,
)


def style_sheet(sizes: Sizes) -> str:
    return f"""
QMainWindow, QStackedWidget {{ background: {PAGE}; }}
#navigation {{ background: {NAVIGATION}; border-right: 1px solid {CARD_BORDER}; }}
#brand {{ color: {ACCENT}; font-size: {sizes.brand_pt}pt; font-weight: 600; padding: 18px 16px 14px 20px; }}
#navigation QToolButton {{
    color: #243B53; background: transparent; border: none; border-left: 4px solid transparent;
    padding: 8px 14px; text-align: left; font-size: {sizes.navigation_pt}pt;
    min-height: {sizes.navigation_px}px;
}}
#navigation QToolButton:hover {{ background: #DDE6EF; }}
#navigation QToolButton:checked {{
    background: #FFFFFF; color: {ACCENT}; font-weight: 600; border-left: 4px solid {ACCENT};
}}
#navigation QToolButton:focus {{ outline: none; background: #DDE6EF; }}
#heading {{ color: {TEXT}; font-size: {sizes.heading_pt}pt; font-weight: 600; }}
#purpose {{ color: {MUTED}; }}
#section {{ color: {TEXT}; font-size: {sizes.section_pt}pt; font-weight: 600; padding-top: 6px; }}
#note {{ color: {MUTED}; }}
#figure {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 10px; }}
#figureValue {{ color: {ACCENT}; font-size: {sizes.figure_pt}pt; font-weight: 600; }}
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
    text-align: center; min-height: {sizes.progress_px}px;
}}
QProgressBar::chunk {{ background: #8DB8DA; border-radius: 5px; }}
QComboBox, QPushButton {{ min-height: {sizes.button_px}px; padding: 2px 14px; }}
#fieldError {{ color: #A61B1B; }}
#messageBar {{ border-radius: 6px; padding: 8px 12px; }}
#messageBar[kind="error"] {{ background: #FDECEC; color: #8A1C1C; border: 1px solid #E3A6A6; }}
#messageBar[kind="info"] {{ background: #EAF3FB; color: #123E60; border: 1px solid #A9C9E4; }}
QDialog#signin {{ background: {PAGE}; }}
#lockPage {{ background: {NAVIGATION}; }}
#lockCard {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 12px; }}
#signinHeading {{ color: {TEXT}; font-size: {sizes.signin_heading_pt}pt; font-weight: 600; }}
#signin QLineEdit, #lockCard QLineEdit {{
    min-height: {sizes.signin_field_px}px; padding: 0 10px; font-size: {sizes.signin_field_pt}pt;
    background: #FFFFFF; color: {TEXT};
    border: 1px solid {FIELD_BORDER}; border-radius: 6px;
}}
#signin QLineEdit:focus, #lockCard QLineEdit:focus {{ border: 2px solid {ACCENT}; padding: 0 9px; }}
#signin QPushButton, #lockCard QPushButton {{ min-height: {sizes.signin_button_px}px; padding: 2px 18px; }}
#signin QPushButton:default, QPushButton#primary {{
    background: {ACCENT}; color: #FFFFFF; border: 1px solid {ACCENT}; border-radius: 6px;
}}
#signin QPushButton:default:disabled, QPushButton#primary:disabled {{
    background: #C9D3DD; color: #33414F; border-color: #AEBBC8;
}}
QPushButton#demoAccount {{ text-align: left; padding: 2px 14px; }}
*[found="true"] {{ background: {FOUND}; color: {TEXT}; border-radius: 4px; }}
QAbstractButton[found="true"] {{ border: 2px solid {FOUND_BORDER}; padding: 2px 10px; }}
"""


STYLE_SHEET = style_sheet(ORDINARY)
# Elder mode also makes every click target 60 px tall, the tabs and tick boxes too (a check box or radio
# button is one target with its words), rows of lists as tall, and menus roomier; the words make them
# wider than that. Not a `min-width` here: Qt would put it in place of the widths widgets set in code;
# nor a `min-height` for a list's header, which Qt would take for its height, cutting a second line.
# A disabled button is drawn flat and grey, its words kept at 4.5 : 1 (the native one paints them on
# a darker grey). The arrows that scroll a row of tabs too long for the window are targets as well: the
# scroller's width is that of the two together. A spin box, drawn by the style sheet once it is sized
# there, gets back the frame of a field, and arrows as wide as they are tall (half its height each).
SPIN_BUTTON_PX = ELDER_TARGET_PX // 2
ELDER_STYLE_SHEET = (
    style_sheet(ELDER)
    + f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox, QCheckBox, QRadioButton {{
    min-height: {ELDER_TARGET_PX}px;
}}
QCheckBox, QRadioButton {{ spacing: 12px; }}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
    width: 26px; height: 26px;
}}
QTabBar::tab {{ min-height: {ELDER_TARGET_PX}px; min-width: {ELDER_TARGET_PX}px; }}
QTabBar::scroller {{ width: {2 * ELDER_TARGET_PX}px; }}
QAbstractSpinBox {{ background: #FFFFFF; border: 1px solid {FIELD_BORDER}; border-radius: 4px; }}
QAbstractSpinBox:disabled {{ background: {DISABLED_FIELD}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QDateTimeEdit::drop-down {{
    width: {SPIN_BUTTON_PX}px;
}}
QHeaderView::section {{ padding: 14px 10px; }}
QMenuBar::item {{ padding: 10px 16px; }}
QMenu::item {{ padding: 12px 40px 12px 32px; }}
QListView::item {{ min-height: {ELDER_TARGET_PX}px; }}
QPushButton:disabled {{
    background: {DISABLED_FIELD}; color: {DISABLED_TEXT}; border: 1px solid {CARD_BORDER}; border-radius: 4px;
}}
"""
)

# Elder mode (长辈模式) is on: what widgets size in code follows it through the functions below.
_elder = False


def elder_mode() -> bool:
    return _elder


def text_pt(points: int) -> int:
    """The size for text a widget sets itself (`points` in the ordinary look): never below the main
    text's in elder mode. Read when the widget is built; the window builds its screens again on a switch."""
    return max(points, ELDER_TEXT_PT) if _elder else points


def target_px(pixels: int = MIN_TARGET_PX) -> int:
    """The least height (or width) of a click target or a list's row a widget sets itself, `pixels` in
    the ordinary look: never below 60 px in elder mode. Read when the widget is built, as `text_pt`."""
    return max(pixels, ELDER_TARGET_PX) if _elder else pixels


def text_px(pixels: int) -> int:
    """A width a widget sets itself to fit its words in the ordinary look (a column, a side panel),
    grown with the text in elder mode. Read when the widget is built, as `text_pt`."""
    return round(pixels * ELDER_TEXT_PT / BASE_POINT_SIZE) if _elder else pixels


def cjk_family() -> str | None:
    """The first installed family that shows Chinese properly, if any."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


def apply(app: QApplication, elder: bool = False) -> None:
    """Fusion style, a light palette with strong text, the base font and the style sheet, in the ordinary
    look or in elder mode."""
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
    app.setFont(font)
    apply_elder_mode(app, elder)


def apply_elder_mode(app: QApplication, on: bool) -> None:
    """Switch the running application between the ordinary look and elder mode (DOMAIN section 7).

    The style sheet and the base font change at once in every window. Sizes widgets set in code
    (`text_pt`, `target_px`) are read when they are built, so the main window builds its screens again.
    The ordinary size is the platform's when that is larger than ours, never the size the app last had.
    """
    global _elder
    _elder = on
    ordinary = max(
        BASE_POINT_SIZE, QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSize()
    )
    font = QFont(app.font())
    font.setPointSize(ELDER_TEXT_PT if on else ordinary)
    app.setFont(font)
    app.setStyleSheet(ELDER_STYLE_SHEET if on else STYLE_SHEET)


def restyle(widget: QWidget) -> None:
    """Style `widget` and what it holds again, after a change of the name the style sheet knows it by:
    Qt keeps the rules it first found for each widget until told otherwise."""
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)
