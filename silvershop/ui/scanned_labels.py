"""What a label scanned in the main window opens (DESIGN, "Scanning and QR payloads").

Each kind of label has a screen that shows its record: a product the catalogue, a device unit the
rental desk, a centre or one of its locations the centres screen. A screen in view that lists that
kind of label itself takes it first, as if it had been scanned into its search box: a product's label
on the Stock tab chooses the product in stock, on the Units tab lists its units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from silvershop.errors import QT_TRANSLATE_NOOP, PermissionDenied
from silvershop.i18n import translate
from silvershop.labels.payloads import Payload, PayloadKind, parse_payload
from silvershop.ui import views

if TYPE_CHECKING:
    from silvershop.ui.main_window import MainWindow

CONTEXT = "scan"
HOME_VIEWS = {
    PayloadKind.PRODUCT: "catalog",
    PayloadKind.UNIT: "rental",
    PayloadKind.CENTRE: "centres",
    PayloadKind.LOCATION: "centres",
}
# Whose label it is, for the sentence to someone whose role does not open its screen.
WHOSE = {
    PayloadKind.PRODUCT: QT_TRANSLATE_NOOP("scan", "a product"),
    PayloadKind.UNIT: QT_TRANSLATE_NOOP("scan", "a rental device unit"),
    PayloadKind.CENTRE: QT_TRANSLATE_NOOP("scan", "an experience centre"),
    PayloadKind.LOCATION: QT_TRANSLATE_NOOP("scan", "a location in a centre"),
}


class ShowsScans(Protocol):
    """A screen that opens what a scanned label names."""

    def takes_scan(self, kind: PayloadKind) -> bool:
        """Whether a label of `kind` scanned while this screen is in view is shown here."""
        ...

    def show_scanned(self, payload: Payload) -> str:
        """Bring the record into view; its name, for the status bar. SilvershopError if there is none."""
        ...


def open_label(window: MainWindow, text: str, url_template: str) -> str:
    """Show the record the scanned `text` names and return the status bar's sentence; SilvershopError
    when it is no label of ours, no record has its code, or the person's role does not open it."""
    payload = parse_payload(text, url_template)
    view = _view_for(window, payload)
    shown = cast(ShowsScans, window.screens[view]).show_scanned(payload)
    window.show_view(view)
    code = f"{payload.code}-{payload.location}" if payload.kind is PayloadKind.LOCATION else payload.code
    return translate(CONTEXT, QT_TRANSLATE_NOOP("scan", "Scanned {code}: {record}")).format(
        code=code, record=shown
    )


def _view_for(window: MainWindow, payload: Payload) -> str:
    current = window.current_view()
    takes = getattr(window.screens.get(current), "takes_scan", None)
    if takes is not None and takes(payload.kind):
        return current
    home = HOME_VIEWS[payload.kind]
    if home not in window.screens:  # the screens the signed-in person may use
        spec = next(spec for spec in views.VIEWS if spec.name == home)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "{label} is the label of {whose}; your role does not open {screen}."),
            field="scan",
            label=payload.text(),
            whose=translate(CONTEXT, WHOSE[payload.kind]),
            screen=translate(views.CONTEXT, spec.title),
        )
    return home
