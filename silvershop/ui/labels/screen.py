"""The labels screen: printing QR labels for products, device units, locations and centres, the
presets they are printed on, and the printers' calibration.

Printing comes first: it is what the screen is opened for. Each tab is built and read when first
shown, and read again when shown after a change (a preset saved on the Presets tab is offered on the
print tab). A label scanned while the print tab is in view is added to the batch, as if scanned into
its own field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.screen import Screen
from silvershop.ui.widgets.tabs import LazyPage, SectionTabs

if TYPE_CHECKING:
    from silvershop.ui.labels.batch import LabelBatchPanel
    from silvershop.ui.labels.presets_tab import PresetsTab


# The tabs' modules (the renderer, QR encoding, the print system) are imported when a tab is first
# built: a desk that signs in and never opens the labels screen does not pay for them.
def _print_tab(desk: Desk, actor: Actor) -> QWidget:
    from silvershop.ui.labels.batch import LabelBatchPanel

    return LabelBatchPanel(desk, actor)


def _presets_tab(desk: Desk, actor: Actor) -> QWidget:
    from silvershop.ui.labels.presets_tab import PresetsTab

    return PresetsTab(desk, actor)


def _printers_tab(desk: Desk, actor: Actor) -> QWidget:
    from silvershop.ui.labels.printers_tab import PrintersTab

    return PrintersTab(desk, actor)


class LabelsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Labels"),
            self.tr(
                "QR labels for products, device units, locations and centres, on label printers or A4 sheets."
            ),
            parent,
        )
        self.tabs = SectionTabs()
        self._pages: dict[str, LazyPage] = {}
        self._stale: set[QWidget] = set()
        actor = desk.actor
        if actor is not None:
            for name, title, build in (
                ("print", self.tr("Print labels", "tab"), _print_tab),
                ("presets", self.tr("Presets", "tab"), _presets_tab),
                ("printers", self.tr("Printers", "tab"), _printers_tab),
            ):
                page = LazyPage(lambda build=build: build(desk, actor), self.reload)
                self._pages[name] = page
                self.tabs.add(page, title)
        self.tabs.currentChanged.connect(self._read_if_stale)
        self.body.addWidget(self.tabs, 1)

    def tab(self, name: str) -> QWidget | None:
        """The tab `name` ("print", "presets", "printers"), built if it was not yet."""
        page = self._pages.get(name)
        return page.content() if page is not None else None

    @property
    def batch(self) -> LabelBatchPanel | None:
        return cast("LabelBatchPanel | None", self.tab("print"))

    @property
    def presets(self) -> PresetsTab | None:
        return cast("PresetsTab | None", self.tab("presets"))

    def show_tab(self, name: str) -> None:
        """Bring tab `name` into view; it is read if it is stale."""
        page = self._pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def refresh(self, session: Session) -> None:
        """Read the tab in view; the others, or all of them while the screen is hidden, when they are
        next shown."""
        if not self.isVisible():
            self._stale.update(self._pages.values())
            return
        current = self.tabs.currentWidget()
        for page in self._pages.values():
            if page is current:
                self._stale.discard(page)
                self._read(page, session)
            else:
                self._stale.add(page)

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read_if_stale()

    def _read(self, page: LazyPage, session: Session) -> None:
        page.content().refresh(session)  # type: ignore[attr-defined]

    def _read_if_stale(self) -> None:
        page = self.tabs.currentWidget()
        if page not in self._stale or not isinstance(page, LazyPage):
            return
        self._stale.discard(page)
        with self.desk.database.reading() as session:
            self._read(page, session)

    # Scanned labels (ui/scanned_labels.py) --------------------------------------------------------

    def takes_scan(self, kind: PayloadKind) -> bool:
        return "print" in self._pages and self.tabs.currentWidget() is self._pages["print"]

    def show_scanned(self, payload: Payload) -> str:
        """Add the label's code to the batch being put together; what was done, for the status bar."""
        batch = self.batch
        assert batch is not None  # takes_scan said the print tab is in view
        batch.add_scanned(payload.text())
        return self.tr("added to the labels to print")
