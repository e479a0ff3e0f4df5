"""The screens of the main window, in the order the navigation shows them.

The names are the contract of `silvershop --view NAME`; the titles are translated where shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.ui.catalog.screen import CatalogScreen
from silvershop.ui.centres.screen import CentresScreen
from silvershop.ui.labels.screen import LabelsScreen
from silvershop.ui.rental.screen import RentalScreen
from silvershop.ui.settings.screen import SettingsScreen
from silvershop.ui.stats.screen import StatsScreen
from silvershop.ui.widgets.screen import Screen

CONTEXT = "views"


@dataclass(frozen=True)
class View:
    name: str
    title: str  # English source text in the "views" context
    screen: type[Screen]


VIEWS = (
    View("catalog", QT_TRANSLATE_NOOP("views", "Catalogue"), CatalogScreen),
    View("centres", QT_TRANSLATE_NOOP("views", "Centres"), CentresScreen),
    View("rental", QT_TRANSLATE_NOOP("views", "Rental desk"), RentalScreen),
    View("labels", QT_TRANSLATE_NOOP("views", "Labels"), LabelsScreen),
    View("stats", QT_TRANSLATE_NOOP("views", "Statistics"), StatsScreen),
    View("settings", QT_TRANSLATE_NOOP("views", "Settings"), SettingsScreen),
)
NAMES = tuple(view.name for view in VIEWS)
