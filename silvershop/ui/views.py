"""The screens of the main window, in the order the navigation shows them, and who may see each.

The names are the contract of `silvershop --view NAME`; the titles are translated where shown. Each
screen's class is named by its module rather than imported here: screens read the database through
the domain packages, which bring SQLAlchemy with them, and the window is shown before any of that is
loaded. `View.screen_class` imports it, first in the worker that opens the database (ui/opening.py).
The permission a screen needs is named by its value for the same reason (the permissions module loads
the database models) and looked up once someone signs in, when that stack is loaded anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, cast

from silvershop.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor, Permission
    from silvershop.ui.widgets.screen import Screen

CONTEXT = "views"


@dataclass(frozen=True)
class View:
    name: str
    title: str  # English source text in the "views" context
    screen: str  # "module:Class" of the screen
    needs: str | None = None  # value of the Permission needed to see the screen; None: everyone

    def screen_class(self) -> type[Screen]:
        module, _, name = self.screen.partition(":")
        return cast("type[Screen]", getattr(import_module(module), name))

    @property
    def permission(self) -> Permission | None:
        """The permission without which the screen is not in the navigation, the menu or Ctrl+N."""
        if self.needs is None:
            return None
        from silvershop.security.permissions import Permission  # loaded with the database (see above)

        return Permission(self.needs)

    def open_to(self, actor: Actor | None) -> bool:
        """Whether `actor` sees this screen; nobody signed in sees only the screens open to everyone."""
        permission = self.permission
        return permission is None or (actor is not None and actor.can(permission))


VIEWS = (
    View(
        "catalog",
        QT_TRANSLATE_NOOP("views", "Catalogue"),
        "silvershop.ui.catalog.screen:CatalogScreen",
        "view_catalogue",
    ),
    View(
        "centres",
        QT_TRANSLATE_NOOP("views", "Centres"),
        "silvershop.ui.centres.screen:CentresScreen",
        "view_stock",
    ),
    View(
        "rental",
        QT_TRANSLATE_NOOP("views", "Rental desk"),
        "silvershop.ui.rental.screen:RentalScreen",
        "view_residents",
    ),
    View(
        "labels",
        QT_TRANSLATE_NOOP("views", "Labels"),
        "silvershop.ui.labels.screen:LabelsScreen",
        "print_labels",
    ),
    View(
        "stats",
        QT_TRANSLATE_NOOP("views", "Statistics"),
        "silvershop.ui.stats.screen:StatsScreen",
        "view_stats",
    ),
    View("settings", QT_TRANSLATE_NOOP("views", "Settings"), "silvershop.ui.settings.screen:SettingsScreen"),
)
NAMES = tuple(view.name for view in VIEWS)
