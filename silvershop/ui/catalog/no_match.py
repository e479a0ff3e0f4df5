"""What the products table's place says when nothing is found: a blank table under "0 products" reads
as a screen that failed to load, and leaves the person guessing what to change.

The sentence names what was typed and the filters that are on, since either can hide the product
looked for, and offers to clear them; it suggests what the search understands (pinyin, initials),
which people do not guess on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.screen import SPACING


class NoMatch(QWidget):
    """The headline, what to try, and buttons to clear the search or the filters (the screen wires
    them); `explain` fills it in for the search just answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="noMatch")
        self.headline = QLabel(objectName="section", wordWrap=True)
        self.advice = QLabel(wordWrap=True)
        self.filters = QLabel(objectName="note", wordWrap=True)
        self.clear_search_button = action_button(self.tr("Clear the search"))
        self.clear_filters_button = action_button(self.tr("Clear filters"))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING // 2)
        buttons.addWidget(self.clear_search_button)
        buttons.addWidget(self.clear_filters_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING // 2)
        for label in (self.headline, self.advice, self.filters):
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def explain(self, text: str, filters_on: Sequence[str], hides_archived: bool) -> None:
        """Say that nothing matches `text` (the search box, stripped) under the filters described."""
        tips: list[str] = []
        if text:
            self.headline.setText(self.tr("No product matches “{text}”.").format(text=text))
            tips.append(
                self.tr(
                    "Check the spelling, or try the pinyin (lunyi), its initials (ly), part of the model "
                    "or fewer words."
                )
            )
        elif filters_on:
            self.headline.setText(self.tr("No product matches the chosen filters."))
        else:
            self.headline.setText(self.tr("There are no products in the catalogue yet."))
        if filters_on:
            tips.append(self.tr("Clearing the filters may find it."))
        if hides_archived and (text or filters_on):
            tips.append(
                self.tr("Archived products are left out: choose “All statuses, archived too” under Status.")
            )
        self.advice.setText(" ".join(tips))
        self.advice.setVisible(bool(tips))
        self.filters.setText(
            self.tr("Filters on: {filters}.").format(filters="; ".join(filters_on)) if filters_on else ""
        )
        self.filters.setVisible(bool(filters_on))
        self.clear_search_button.setVisible(bool(text))
        self.clear_filters_button.setVisible(bool(filters_on))
