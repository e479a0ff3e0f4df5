"""Checks of DOMAIN section 7 on real widgets, shared by the kiosk's and elder mode's tests.

Sizes are read from the widgets after the style sheet has polished them; contrast takes the text colour
from the widget's palette (where the style sheet's `color` ends up) and the background from the
window as it was painted, so a colour the style sheet puts behind the text is what is measured.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from silvershop.ui.theme import (
    ELDER_HEADING_PT,
    ELDER_TARGET_PX,
    ELDER_TEXT_PT,
    MIN_CONTRAST,
    MIN_LINE_SPACING,
)

HEADING_NAMES = frozenset({"heading", "kioskHeading", "signinHeading"})
TEXT_WIDGETS = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QTabBar,
    QAbstractItemView,
)
TARGETS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def point_size(widget: QWidget) -> float:
    font = widget.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 72 / widget.logicalDpiY()


def shown(root: QWidget) -> list[QWidget]:
    """`root` and every widget in it that is on screen, not hidden behind a closed tab or page."""
    return [w for w in (root, *root.findChildren(QWidget)) if w.isVisibleTo(root.window()) and w.isVisible()]


def has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    return isinstance(widget, TEXT_WIDGETS)


def on_screen(widget: QWidget) -> tuple[QWidget, QRect]:
    """The part of `widget` that is on screen, and whose it is: text scrolled partly out of a scroll
    area's view stands on what is left in view, not on the bar painted where the rest would be; text
    scrolled wholly out of view is measured on the nearest ancestor that shows (the scroll area's page)."""
    shown_part = widget
    while shown_part.parentWidget() is not None and shown_part.visibleRegion().isEmpty():
        shown_part = shown_part.parentWidget()
    area = shown_part.visibleRegion().boundingRect()
    return shown_part, area if not area.isEmpty() else shown_part.rect()


def background(painted: QImage, window: QWidget, widget: QWidget) -> QColor:
    """The colour most of the widget was painted in, where it shows: what its text stands on."""
    shown_part, area = on_screen(widget)
    corner = shown_part.mapTo(window, area.topLeft())
    ratio = painted.devicePixelRatio()
    left, top = int(corner.x() * ratio), int(corner.y() * ratio)
    width, height = int(area.width() * ratio), int(area.height() * ratio)
    step = max(1, min(width, height) // 40)
    counts = Counter(
        painted.pixel(x, y)
        for x in range(max(0, left), min(painted.width(), left + width), step)
        for y in range(max(0, top), min(painted.height(), top + height), step)
    )
    return QColor(counts.most_common(1)[0][0]) if counts else QColor("#FFFFFF")


def label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName()} {text!r}"


def text_problems(widget: QWidget, painted: QImage) -> list[str]:
    """Size, line spacing and contrast of a widget's text."""
    found = []
    size = point_size(widget)
    least = ELDER_HEADING_PT if widget.objectName() in HEADING_NAMES else ELDER_TEXT_PT
    if size < least - 0.01:
        found.append(f"text of {size:g} pt, needs {least}")
    em = size * widget.logicalDpiY() / 72
    spacing = QFontMetricsF(widget.font(), widget).lineSpacing()
    if spacing < MIN_LINE_SPACING * em - 0.5:
        found.append(f"lines {spacing / em:.2f} em apart, needs {MIN_LINE_SPACING}")
    foreground = widget.palette().color(widget.foregroundRole())
    behind = background(painted, widget.window(), widget)
    ratio = contrast(foreground, behind)
    if ratio < MIN_CONTRAST:
        found.append(f"contrast {ratio:.2f} ({foreground.name()} on {behind.name()})")
    return found


def target_problems(widget: QWidget) -> list[str]:
    """Whether what a person taps is large enough: buttons and fields, tabs, a list's rows and header."""
    least = ELDER_TARGET_PX
    if isinstance(widget, TARGETS) and widget.isEnabled() and min(widget.width(), widget.height()) < least:
        return [f"target of {widget.width()}×{widget.height()} px"]
    if isinstance(widget, QTabBar):
        return [
            f"tab {widget.tabText(i)!r} of {widget.tabRect(i).width()}×{widget.tabRect(i).height()} px"
            for i in range(widget.count())
            if min(widget.tabRect(i).width(), widget.tabRect(i).height()) < least
        ]
    if isinstance(widget, QHeaderView):
        # A header has no rows of its own; its sections are what a person taps to sort a list.
        horizontal = widget.orientation() == Qt.Orientation.Horizontal
        return [f"header {widget.height()} px tall"] if horizontal and widget.height() < least else []
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if isinstance(widget, QAbstractItemView) and model is not None and model.rowCount():
        height = widget.visualRect(model.index(0, 0)).height()
        return [f"rows of {height} px"] if height < least else []
    return []


def text_width(label: QLabel) -> float:
    """How wide a label's text is drawn on one line (its longest, if it has several)."""
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        return document.idealWidth()
    metrics = QFontMetricsF(label.font(), label)
    return max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))


def fit_problems(widget: QWidget) -> list[str]:
    """Words cut off: a button narrower than its words (with its icon and the style's margins) need,
    or a label on one line narrower than its text. A label that cuts a long name with "…" on purpose
    (the kiosk's `FittedName`, the status bar's database) sets the text it shows already cut, so it
    fits."""
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        needs, has = widget.sizeHint().width(), widget.width()
    elif isinstance(widget, QLabel) and widget.text().strip() and not widget.wordWrap():
        needs, has = math.ceil(text_width(widget) - 0.5), widget.contentsRect().width()
    else:
        return []
    return [f"text cut off (needs {needs} px, has {has} px)"] if needs > has else []


def overlap_problems(window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Buttons and fields laid over one another, where a layout gave them less room than they need:
    one line for each pair whose rectangles in the window share more than a line of pixels (the
    shared border of a tab bar's two scroll arrows is drawn so on purpose); a field inside another,
    as a spin box's line edit, is part of it, not over it."""
    targets = [w for w in widgets if isinstance(w, (*TARGETS, QTextEdit, QPlainTextEdit))]
    placed = [QRect(w.mapTo(window, w.rect().topLeft()), w.size()) for w in targets]
    return [
        f"{label(one)}: overlaps {label(other)}"
        for i, (one, where) in enumerate(zip(targets, placed, strict=True))
        for other, there in zip(targets[i + 1 :], placed[i + 1 :], strict=True)
        if min((where & there).width(), (where & there).height()) > 1
        and not one.isAncestorOf(other)
        and not other.isAncestorOf(one)
    ]


def problems(root: QWidget, *, exempt: Iterable[QWidget] = ()) -> list[str]:
    """Everything shown in `root` that falls short of section 7, one line each (empty when all pass)."""
    painted = root.window().grab().toImage()
    skip = set(exempt)
    found: list[str] = []
    widgets = [widget for widget in shown(root) if widget not in skip]
    for widget in widgets:
        own = text_problems(widget, painted) if has_text(widget) else []
        own += target_problems(widget) + fit_problems(widget)
        found += [f"{label(widget)}: {problem}" for problem in own]
    return found + overlap_problems(root.window(), widgets)
