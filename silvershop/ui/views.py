"""The screens of the main window, in the order the navigation shows them.

The names are the contract of `silvershop --view NAME`; the titles are translated where shown. Each
screen's class is named by its module rather than imported here: screens read the database through
the domain packages, which bring SQLAlchemy with them, and the window is shown before any of that is
loaded. `View.screen_class` imports it, first in the worker that opens the database (ui/opening.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, cast

from silvershop.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from silvershop.ui.widgets.screen import Screen

CONTEXT = "views"


@dataclass(frozen=True)
class View:
    name: str
    title: str  # English source text in the "views" context
    screen: str  # "module:Class" of the screen

    def screen_class(self) -> type[Screen]:
        module, _, name = self.screen.partition(":")
        return cast("type[Screen]", getattr(import_module(module), name))


VIEWS = (
    View("catalog", QT_TRANSLATE_NOOP("views", "Catalogue"), "silvershop.ui.catalog.screen:CatalogScreen"),
    View("centres", QT_TRANSLATE_NOOP("views", "Centres"), "silvershop.ui.centres.screen:CentresScreen"),
    View("rental", QT_TRANSLATE_NOOP("views", "Rental desk"), "silvershop.ui.rental.screen:RentalScreen"),
    View("labels", QT_TRANSLATE_NOOP("views", "Labels"), "silvershop.ui.labels.screen:LabelsScreen"),
    View("stats", QT_TRANSLATE_NOOP("views", "Statistics"), "silvershop.ui.stats.screen:StatsScreen"),
    View("settings", QT_TRANSLATE_NOOP("views", "Settings"), "silvershop.ui.settings.screen:SettingsScreen"),
)
NAMES = tuple(view.name for view in VIEWS)
