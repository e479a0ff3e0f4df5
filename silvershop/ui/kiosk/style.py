"""The kiosk's look, on top of the application's theme: DOMAIN section 7 for seniors at a touch screen.

Main text is 18 pt or more and headings 30 pt; every button, field and check box is at least 60 × 60 px
(the small keys of the call-back form keep the 64 px their code gives them); every colour of text
passes 4.5 : 1 on what it stands on (white cards and the theme's page colour, the accent behind white
text). Buttons get a border and flat colours of their own, so no platform style
paints half of them. Light colours stay behind text everywhere a page can scroll, so text scrolled
under the top bar still reads.
"""

from __future__ import annotations

from silvershop.ui.kiosk.pictograms import pictogram_path
from silvershop.ui.theme import (
    ACCENT,
    CARD_BORDER,
    ELDER_HEADING_PT,
    ELDER_TARGET_PX,
    ELDER_TEXT_PT,
    PAGE,
    TEXT,
)

TEXT_PT = ELDER_TEXT_PT + 2  # a little above the least, read from a step back
SECTION_PT = 24
TILE_NAME_PT = 22
PRESSED = "#D6E6F3"  # the theme's selection colour: the accent stays 5.4 : 1 on it
ACCENT_DARK = "#174A6E"  # a primary button while pressed: white stays 9.4 : 1 on it
MUTED = "#4A5868"  # 6.9 : 1 on the page colour
ERROR = "#A61B1B"  # 7.5 : 1 on white; the sentence starts with a sign as well
NOTICE_BACKGROUND = "#FFF4D6"
NOTICE_TEXT = "#5C3D00"  # 9.0 : 1 on its background
NOTICE_BORDER = "#C98A00"
DISABLED_BACKGROUND = "#E6EAEF"
DISABLED_TEXT = "#56616D"  # 5.2 : 1 on its background
PANEL = "#EAF3FB"  # behind the pictogram of a product without a photo
FIELD_BORDER = "#76879A"
TARGET = ELDER_TARGET_PX


def style_sheet() -> str:
    """The kiosk window's own style sheet (the check mark is a file, so its path is filled in)."""
    check = pictogram_path("check").as_posix()
    return f"""
#kiosk, #kiosk QStackedWidget, #kiosk QScrollArea, #kiosk QScrollArea > QWidget > QWidget {{
    background: {PAGE};
}}
#kiosk QLabel {{ font-size: {TEXT_PT}pt; }}
#kiosk #kioskHeading {{ font-size: {ELDER_HEADING_PT + 2}pt; font-weight: 600; color: {TEXT}; }}
#kiosk #kioskSection {{ font-size: {SECTION_PT}pt; font-weight: 600; color: {TEXT}; }}
#kiosk #kioskMuted {{ color: {MUTED}; }}
#kiosk #kioskCentreName {{ font-size: {SECTION_PT}pt; font-weight: 600; color: {ACCENT}; }}
#kiosk #kioskError {{ color: {ERROR}; font-weight: 600; }}
#kiosk #kioskTopBar {{ background: #FFFFFF; border-bottom: 2px solid {CARD_BORDER}; }}
#kiosk #kioskBottomBar {{ background: #FFFFFF; border-top: 2px solid {CARD_BORDER}; }}
#kiosk #kioskNotice {{
    background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT}; border: 2px solid {NOTICE_BORDER};
    border-radius: 12px; padding: 14px 20px; font-weight: 600;
}}
#kiosk #kioskPanel {{ background: {PANEL}; border-radius: 16px; }}
#kiosk #kioskPanel QLabel {{ color: {TEXT}; }}
#kiosk #kioskForm {{ background: #FFFFFF; border: 2px solid {CARD_BORDER}; border-radius: 16px; }}
#kiosk QPushButton, #kiosk QToolButton {{
    font-size: {TEXT_PT}pt; color: {ACCENT}; background: #FFFFFF; border: 2px solid {ACCENT};
    border-radius: 12px; padding: 8px 22px; min-height: {TARGET}px; min-width: {TARGET}px;
}}
#kiosk QPushButton:pressed, #kiosk QToolButton:pressed {{ background: {PRESSED}; }}
#kiosk QPushButton:focus, #kiosk QToolButton:focus {{ border: 4px solid {ACCENT_DARK}; }}
#kiosk QPushButton:disabled, #kiosk QToolButton:disabled {{
    background: {DISABLED_BACKGROUND}; color: {DISABLED_TEXT}; border: 2px solid #AEBBC8;
}}
#kiosk QPushButton#primary {{
    background: {ACCENT}; color: #FFFFFF; border: 2px solid {ACCENT}; font-weight: 600;
}}
#kiosk QPushButton#primary:pressed {{ background: {ACCENT_DARK}; }}
#kiosk QPushButton#primary:focus {{ border: 4px solid {TEXT}; }}
#kiosk QPushButton#primary:disabled {{
    background: {DISABLED_BACKGROUND}; color: {DISABLED_TEXT}; border: 2px solid #AEBBC8;
}}
#kiosk QToolButton#staff {{ border: 2px solid {CARD_BORDER}; padding: 4px; }}
#kiosk QPushButton#tile, #kiosk QPushButton#card {{
    background: #FFFFFF; border: 2px solid #B7C6D6; border-radius: 18px; padding: 0; text-align: left;
}}
#kiosk QPushButton#tile:pressed, #kiosk QPushButton#card:pressed {{ background: {PRESSED}; }}
#kiosk QPushButton#tile:focus, #kiosk QPushButton#card:focus {{ border: 4px solid {ACCENT}; }}
#kiosk #kioskTileName {{ font-size: {TILE_NAME_PT}pt; font-weight: 600; }}
#kiosk #kioskCardName {{ font-size: {TEXT_PT + 1}pt; font-weight: 600; }}
#kiosk QPushButton#key, #kiosk QPushButton#smallKey {{
    font-size: {SECTION_PT}pt; font-weight: 600; padding: 4px;
}}
#kiosk QPushButton#smallKey {{ padding: 0; }}
#kiosk QLineEdit {{
    font-size: {SECTION_PT}pt; color: {TEXT}; background: #FFFFFF; border: 2px solid {FIELD_BORDER};
    border-radius: 10px; padding: 4px 14px; min-height: 64px; placeholder-text-color: {MUTED};
}}
#kiosk QLineEdit:focus {{ border: 4px solid {ACCENT}; padding: 2px 12px; }}
#kiosk QCheckBox {{ font-size: {TEXT_PT}pt; font-weight: 600; spacing: 16px; min-height: {TARGET + 4}px; }}
#kiosk QCheckBox::indicator {{
    width: 44px; height: 44px; border: 3px solid {ACCENT}; border-radius: 8px; background: #FFFFFF;
}}
#kiosk QCheckBox::indicator:checked {{ background: {ACCENT}; image: url("{check}"); }}
#kiosk QCheckBox:focus {{ color: {ACCENT_DARK}; }}
#kiosk QScrollBar:vertical {{ width: 28px; background: #E9EEF4; border: none; margin: 0; }}
#kiosk QScrollBar::handle:vertical {{
    background: #8DA2B8; min-height: {TARGET}px; border-radius: 12px; margin: 2px;
}}
#kiosk QScrollBar::add-line, #kiosk QScrollBar::sub-line {{ height: 0; }}
#kiosk QScrollBar::add-page, #kiosk QScrollBar::sub-page {{ background: none; }}
"""
