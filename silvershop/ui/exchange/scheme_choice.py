"""The catalogue a workbook files its products under: a promotion or rental scheme and its edition.

The assistive-product classification is not offered: its codes go in a column of their own
(辅具分类编码), never in 目录类别. The newest edition of the MIIT catalogue is chosen first, as the
command line's default is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.browse import category_tree
from silvershop.catalog.models import SchemeKind
from silvershop.exchange.catalogue_import import DEFAULT_SCHEME
from silvershop.ui.catalog.words import scheme_label
from silvershop.ui.widgets.form_dialog import large_target


class SchemeChoice(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        large_target(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def fill(self, session: Session) -> None:
        self.clear()
        newest = -1
        for scheme in category_tree(session):
            if scheme.kind is SchemeKind.ASSISTIVE:
                continue
            self.addItem(scheme_label(scheme.name, scheme.edition), (scheme.key, scheme.edition))
            if scheme.key == DEFAULT_SCHEME and (newest < 0 or scheme.edition > self.itemData(newest)[1]):
                newest = self.count() - 1
        self.setCurrentIndex(max(newest, 0))

    def chosen(self) -> tuple[str, str]:
        """(key, edition) as the services take them; the default catalogue before `fill`."""
        data = self.currentData()
        return (str(data[0]), str(data[1])) if data else (DEFAULT_SCHEME, "")
