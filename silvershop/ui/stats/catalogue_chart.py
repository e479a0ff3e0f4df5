"""The catalogue's figure: products listed and submitted under each top category of one scheme.

A scheme (one edition of one catalogue) is chosen beside the chart, as the seven schemes' categories
together would be too many bars to read; it opens on the scheme with the most products counted (the
edition in use, not the oldest one still on file). The axis names a category by its code, short
enough for every bar; the full name is in the tooltip and in the copied numbers.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from silvershop.catalog.models import ProductStatus
from silvershop.stats import behind
from silvershop.stats.figures import CategoryFigure, Dashboard
from silvershop.ui import vocabulary
from silvershop.ui.stats.chart_card import ChartCard
from silvershop.ui.stats.charts import (
    PATTERNS,
    Ask,
    Asked,
    Listing,
    Numbers,
    attach,
    bar_series,
    bar_set,
    categories,
    new_chart,
    on_click,
    values,
)
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.screen import SPACING

HEIGHT = 320
STATUSES = (ProductStatus.LISTED, ProductStatus.SUBMITTED)
SHORTEST_CHOICE = 12  # characters the scheme choice shows at least; it never widens the card past the window


class CatalogueCard(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Catalogue by category: listed and submitted"), self.tr("catalogue"), HEIGHT, parent
        )
        self.scheme = large_target(QComboBox())
        self.scheme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scheme.setMinimumContentsLength(SHORTEST_CHOICE)
        self.scheme.setAccessibleName(self.tr("Catalogue"))
        label = QLabel(self.tr("Catalogue"))
        label.setBuddy(self.scheme)
        row = QHBoxLayout()
        row.setSpacing(SPACING // 2)
        row.addWidget(label)
        row.addWidget(self.scheme, 1)
        self.header.addLayout(row)
        self._figures: Dashboard | None = None
        self._ask: Asked | None = None
        self.scheme.currentIndexChanged.connect(self._draw)

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        """List the schemes, keeping the one chosen while it is still there, and draw it."""
        self._figures, self._ask = figures, ask
        schemes = list(dict.fromkeys(c.scheme for c in figures.categories))
        kept = self.scheme.currentText()
        self.scheme.blockSignals(True)
        self.scheme.clear()
        self.scheme.addItems(schemes)
        chosen = (
            kept if kept in schemes else max(schemes, key=lambda s: self._counted(figures, s), default="")
        )
        self.scheme.setCurrentIndex(max(0, self.scheme.findText(chosen)))
        self.scheme.setToolTip(self.scheme.currentText())
        self.scheme.blockSignals(False)
        self._draw()

    @staticmethod
    def _counted(figures: Dashboard, scheme: str) -> int:
        """How many listed or submitted products are filed under `scheme` (a product in two of its
        categories counts twice: this only orders the schemes)."""
        return sum(c.listed + c.submitted for c in figures.categories if c.scheme == scheme)

    def _draw(self) -> None:
        figures, ask = self._figures, self._ask
        if figures is None or ask is None:
            return
        scheme = self.scheme.currentText()
        self.scheme.setToolTip(scheme)
        shown = [c for c in figures.categories if c.scheme == scheme]
        if not self._counted(figures, scheme):
            self.show_nothing(self.tr("No product filed under this catalogue is listed or submitted."))
            return
        chart = new_chart()
        series = QBarSeries()
        for index, status in enumerate(STATUSES):
            numbers = [c.listed if status is ProductStatus.LISTED else c.submitted for c in shown]
            bars = bar_set(vocabulary.word(status), numbers, index, pattern=PATTERNS[index])
            bar_series(series, bars)
            on_click(
                bars,
                ask,
                lambda i, status=status, numbers=numbers: (
                    self._asked(shown[i], status) if numbers[i] else None
                ),
            )
            self.describe(
                bars,
                lambda i, status=status, numbers=numbers: self.tr(
                    "{code} {name}: {products} {status}"
                ).format(
                    code=shown[i].code,
                    name=shown[i].name,
                    products=vocabulary.number(numbers[i]),
                    status=vocabulary.word(status),
                ),
            )
        chart.addSeries(series)
        attach(
            series,
            categories(chart, [c.code for c in shown], Qt.AlignmentFlag.AlignBottom),
            values(chart, max(max(c.listed, c.submitted) for c in shown), Qt.AlignmentFlag.AlignLeft),
        )
        header = (
            self.tr("Catalogue"),
            self.tr("Category code"),
            self.tr("Category"),
            vocabulary.word(ProductStatus.LISTED),
            vocabulary.word(ProductStatus.SUBMITTED),
        )
        rows = tuple((c.scheme, c.code, c.name, c.listed, c.submitted) for c in shown)
        self.show_chart(chart, Numbers(header, rows))

    def _words(self, figure: CategoryFigure, status: ProductStatus, products: int) -> str:
        return self.tr("{code} {name}: {products} {status}").format(
            code=figure.code,
            name=figure.name,
            products=vocabulary.number(products),
            status=vocabulary.word(status),
        )

    def _asked(self, figure: CategoryFigure, status: ProductStatus) -> Ask:
        return Ask(
            self.tr("{status} products under {code} {name}").format(
                status=vocabulary.word(status), code=figure.code, name=figure.name
            ),
            Listing.PRODUCTS,
            lambda session, actor, scope: behind.products(session, actor, scope, figure.category_id, status),
        )
