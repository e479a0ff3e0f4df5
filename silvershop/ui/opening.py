"""Opening the desk's database in a worker thread, so the window is on screen while it happens.

The worker is also where SQLAlchemy, Alembic, cryptography, the models, the screens that read them and
the sign-in dialogs are first imported: loading them takes longer than building and showing the whole
window, and a clerk should see the window at once and the login a moment later.
"""

from __future__ import annotations

import traceback
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread

from silvershop.errors import SilvershopError
from silvershop.ui import views

if TYPE_CHECKING:
    from silvershop.ui.desk import Desk


# What comes right after the opening, on the GUI thread: imported here so the login is not held up.
SIGN_IN_MODULES = ("silvershop.ui.signin.gate", "silvershop.ui.idle_lock")


class DatabaseOpening(QThread):
    """Opens the database at `url`, or a new demo database when `demo_products` is given.

    When `finished` is emitted, `desk` holds the open desk, or `refusal` the reason a person can act on
    (a damaged file, a server that does not answer), or neither when silvershop itself failed, whose
    traceback is then on stderr.
    """

    def __init__(self, url: str | None, *, demo_products: int | None, language: str) -> None:
        super().__init__()
        self._url = url
        self._demo_products = demo_products
        self._language = language
        self.desk: Desk | None = None
        self.refusal: SilvershopError | None = None

    def run(self) -> None:
        try:
            # Imported here, in the worker, with the screens' modules: this is most of the cost of starting.
            from silvershop.ui import desk_database

            for view in views.VIEWS:
                view.screen_class()
            for module in SIGN_IN_MODULES:
                import_module(module)
            if self._demo_products is None:
                self.desk = desk_database.open_desk(self._url, self._language)
            else:
                self.desk = desk_database.open_demo_desk(self._demo_products, self._language)
        except SilvershopError as err:
            self.refusal = err
        except Exception:
            traceback.print_exc()  # a defect: the developers need the traceback, the clerk gets a sentence
