"""The kiosk window: full screen, no frame, no menus, nobody signed in, for senior visitors of one centre.

Every page reads the database when it opens, in a short read-only session, as the KIOSK actor (the
catalogue, nothing personal), and starts at its top. Back returns to the page before and reads it
again; Home, a centre's label and the idle reset go to the home page. Whether visitors may ask to be
called back is read when the kiosk starts and at each idle reset. A label scanned anywhere opens what
it names; a code the kiosk does not know is said in a notice that stays until the next touch. A page
that cannot be read is an apology with the way home, never a dialog, and its traceback goes to stderr
for staff.

Nothing closes the window but the staff PIN: the keys that close windows are eaten, and the window
manager's close is refused.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.errors import NotFound, SilvershopError
from silvershop.kiosk import pin
from silvershop.kiosk.callbacks import callbacks_open
from silvershop.kiosk.pages import (
    KioskCentre,
    ProductCard,
    ScanKind,
    answer_scan,
    home_tiles,
    location_products,
    product_page,
    search_products,
    tile_products,
)
from silvershop.security import settings
from silvershop.security.permissions import KIOSK
from silvershop.ui.kiosk import words
from silvershop.ui.kiosk.cards import tile_name
from silvershop.ui.kiosk.home_page import HomePage
from silvershop.ui.kiosk.idle_reset import VisitorInput
from silvershop.ui.kiosk.interest import InterestPage, ThanksPage, keep_callback
from silvershop.ui.kiosk.notices import NoticeBar, SorryPage
from silvershop.ui.kiosk.pieces import to_top
from silvershop.ui.kiosk.pin_pad import PinPage
from silvershop.ui.kiosk.places import HOME, History, Place, Where
from silvershop.ui.kiosk.product_list import ProductListPage
from silvershop.ui.kiosk.product_view import ProductView
from silvershop.ui.kiosk.read_aloud import ReadAloud
from silvershop.ui.kiosk.search_page import SearchPage
from silvershop.ui.kiosk.style import TEXT_PT, style_sheet
from silvershop.ui.kiosk.top_bar import TopBar
from silvershop.ui.scan_listener import ScanListener

if TYPE_CHECKING:
    from silvershop.database import Database
    from silvershop.ui.main_window import MainWindow

T = TypeVar("T")
FALLBACK_IDLE_S = 90
MS = 1000


class KioskWindow(QWidget):
    """The kiosk of `centre` on `database`. `idle_ms` replaces the idle time of the shared settings and
    `speech_engine` the choice of speech engine (tests use both). Emits `left` once staff typed the PIN."""

    left = Signal()

    def __init__(
        self,
        database: Database,
        centre: KioskCentre,
        *,
        idle_ms: int | None = None,
        speech_engine: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("kiosk")
        self.setWindowTitle(centre.name)
        self.database = database
        self.centre = centre
        self.cover_page: QWidget | None = None  # the scan listener's question; the kiosk has no cover
        self.history = History()
        self.callbacks = False  # whether visitors may ask to be called back; read below
        self._leaving = False
        font = QFont(self.font())  # the theme's Chinese family, at the kiosk's size
        font.setPointSize(TEXT_PT)
        self.setFont(font)
        self.setStyleSheet(style_sheet())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.top = TopBar(centre.name)
        self.notice = NoticeBar()
        self.home_page = HomePage(centre.name)
        self.list_page = ProductListPage()
        self.product_view = ProductView()
        self.search_page = SearchPage(self._search)
        self.interest_page = InterestPage(self._ask_callback)
        self.thanks_page = ThanksPage(centre.name, centre.phone)
        self.pin_page = PinPage(self._pin_matches)
        self.sorry_page = SorryPage()
        self.stack = QStackedWidget()
        for page in (
            self.home_page,
            self.list_page,
            self.product_view,
            self.search_page,
            self.interest_page,
            self.thanks_page,
            self.pin_page,
            self.sorry_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        notice_row = QVBoxLayout()
        notice_row.setContentsMargins(32, 16, 32, 0)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        layout.addWidget(self.stack, 1)
        self._connect()

        self.speech = ReadAloud(speech_engine, self)
        self.top.read_aloud.setVisible(self.speech.available)
        self.speech.failed.connect(self.top.read_aloud.hide)
        idle_s, url_template = self._read_settings()
        # Installed before the scan listener, so the listener sees a scanner's keys first (an
        # application's last filter runs first) and the Enter ending a scan never presses a button.
        self.input = VisitorInput(self, idle_ms if idle_ms is not None else idle_s * MS)
        self.input.idle.connect(self.reset)
        self.input.touched.connect(self.notice.dismiss)
        self.speech.speaking.connect(self.input.hold)  # a senior listening is not gone
        self.input.start()
        # The listener asks only for `cover_page` and compares windows: the kiosk stands in for the main one.
        self.scans = ScanListener(cast("MainWindow", self), url_template)
        self.scans.scanned.connect(self.scanned)
        self.scans.listen()
        self._read_callbacks()
        self.go_home()

    def _connect(self) -> None:
        top = self.top
        top.back.clicked.connect(self.back)
        top.home.clicked.connect(self.go_home)
        top.read_aloud.clicked.connect(self.read_page)
        top.staff.clicked.connect(lambda: self.go(Place(Where.STAFF)))
        self.home_page.tile_chosen.connect(lambda tile: self.go(Place(Where.TILE, tile=tile)))
        self.home_page.search_chosen.connect(lambda: self.go(Place(Where.SEARCH)))
        for page in (self.list_page, self.search_page):
            page.opened.connect(self.open_product)
            page.home.connect(self.go_home)
        self.list_page.search.connect(lambda: self.go(Place(Where.SEARCH)))
        self.product_view.interested.connect(
            lambda product_id, name: self.go(Place(Where.INTEREST, product_id=product_id, product_name=name))
        )
        self.interest_page.sent.connect(lambda: self.go(Place(Where.THANKS)))
        self.interest_page.cancelled.connect(self.back)
        self.thanks_page.home.connect(self.go_home)
        self.pin_page.accepted.connect(self.leave)
        self.pin_page.cancelled.connect(self.back)
        self.sorry_page.home.connect(self.go_home)

    # Reading ------------------------------------------------------------------------------------------

    def _read(self, read: Callable[[Session], T]) -> T | None:
        """`read` in a short read-only session; None, with the apology shown, when it failed."""
        try:
            with self.database.reading() as session:
                return read(session)
        except NotFound as err:  # a product taken off the catalogue since its card was shown
            self._apologise(err.localized())
        except Exception:  # a senior gets a sentence and the way home, staff the traceback on stderr
            traceback.print_exc()
            self._apologise("")
        return None

    def _apologise(self, sentence: str) -> None:
        if sentence:
            self.sorry_page.say(sentence)
        else:
            self.sorry_page.say_cannot_show()
        self.history.push(Place(Where.SORRY))
        self._show(self.sorry_page)

    def _read_settings(self) -> tuple[int, str]:
        """The idle time and the product page address labels may carry; defaults when unreadable (the
        home page then says what is wrong)."""
        try:
            with self.database.reading() as session:
                return pin.idle_seconds(session), str(settings.get(session, settings.PRODUCT_LABEL_URL))
        except SilvershopError:
            traceback.print_exc()
            return FALLBACK_IDLE_S, ""

    def _read_callbacks(self) -> None:
        """Whether this kiosk offers "I'm interested" until the next idle reset (not when unreadable)."""
        self.callbacks = bool(self._read(callbacks_open))

    def _search(self, query: str) -> list[ProductCard] | None:
        return self._read(lambda session: search_products(session, KIOSK, self.centre.id, query))

    def _pin_matches(self, typed: str) -> bool | None:
        return self._read(lambda session: pin.kiosk_pin_matches(session, typed))

    def _ask_callback(self, name: str, phone: str, consent_text: str, consented: bool) -> None:
        place = self.history.current or HOME
        keep_callback(self.database, self.centre.id, place.product_id, name, phone, consent_text, consented)

    # Going from page to page --------------------------------------------------------------------------

    def go(self, place: Place) -> None:
        """Open `place` (reading it); Back will come back to where the visitor was."""
        if self._open(place):
            self.history.push(place)

    def go_home(self) -> None:
        self.history.clear()
        self.go(HOME)

    def back(self) -> None:
        """The page before, read again (when it cannot be, the apology is shown, which Back then skips)."""
        before = self.history.back()
        if before is None:
            self.go_home()
        else:
            self._open(before)

    def open_product(self, product_id: int) -> None:
        self.go(Place(Where.PRODUCT, product_id=product_id))

    def _open(self, place: Place) -> bool:
        """Show `place`, read afresh; False when it could not be read (the apology is shown instead)."""
        opening: dict[Where, Callable[[Place], bool]] = {
            Where.HOME: self._open_home,
            Where.TILE: self._open_tile,
            Where.LOCATION: self._open_location,
            Where.PRODUCT: self._open_product,
            Where.SEARCH: lambda _place: self._open_form(self.search_page, self.search_page.field),
            Where.INTEREST: self._open_interest,
            Where.THANKS: lambda _place: self._open_form(self.thanks_page, None),
            Where.STAFF: self._open_staff,
        }
        return place.where in opening and opening[place.where](place)

    def _open_home(self, _place: Place) -> bool:
        tiles = self._read(lambda session: home_tiles(session, KIOSK, self.centre.id))
        if tiles is None:
            return False
        self.home_page.show_tiles(tiles)
        self._show(self.home_page)
        return True

    def _open_tile(self, place: Place) -> bool:
        tile = place.tile
        if tile is None:
            return False
        most = self.list_page.most + 1  # one more, to know whether the list is cut
        cards = self._read(lambda session: tile_products(session, KIOSK, self.centre.id, tile, most))
        if cards is None:
            return False
        self.list_page.show_cards(tile_name(tile), cards, tile.products)
        self._show(self.list_page)
        return True

    def _open_location(self, place: Place) -> bool:
        code = place.location_code
        most = self.list_page.most + 1
        cards = self._read(lambda session: location_products(session, KIOSK, self.centre.id, code, most))
        if cards is None:
            return False
        self.list_page.show_cards(self.tr("On show at this place"), cards)
        self._show(self.list_page)
        return True

    def _open_product(self, place: Place) -> bool:
        product_id = place.product_id
        if product_id is None:
            return False
        page = self._read(lambda session: product_page(session, KIOSK, self.centre.id, product_id))
        if page is None:
            return False
        self.product_view.show_page(page, can_call=self.callbacks, width=self.width())
        self._show(self.product_view)
        return True

    def _open_interest(self, place: Place) -> bool:
        self.interest_page.start(place.product_name)
        return self._open_form(self.interest_page, self.interest_page.name)

    def _open_staff(self, _place: Place) -> bool:
        self.pin_page.start()
        return self._open_form(self.pin_page, self.pin_page.field)

    def _open_form(self, page: QWidget, field: QWidget | None) -> bool:
        """A page that reads nothing; its field, if it has one, takes the keyboard (a physical one
        types there too)."""
        self._show(page)
        if field is not None:
            field.setFocus()
        return True

    def _show(self, page: QWidget) -> None:
        """Bring `page` up, at its top, with the keyboard's focus on the window itself, where Tab starts
        from the top bar and a scanner's keys are read; pages with a field then put it there."""
        self.speech.stop()
        to_top(page)
        self.stack.setCurrentWidget(page)
        self.top.back.setVisible(page is not self.home_page)
        self.setFocus()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    # What the visitor does ----------------------------------------------------------------------------

    def scanned(self, text: str) -> None:
        """A label held to the scanner: open what it names, or say kindly that it names nothing here."""
        self.input.restart()  # the listener keeps a scan's keys to itself: it is use all the same
        if self.current_page() is self.pin_page:
            return  # staff at the PIN pad: a stray scan does not take the pad away
        answer = self._read(lambda session: answer_scan(session, KIOSK, self.centre.id, text))
        if answer is None:
            return
        self.notice.dismiss()
        if answer.kind is ScanKind.PRODUCT and answer.product_id is not None:
            self.open_product(answer.product_id)
        elif answer.kind is ScanKind.CENTRE:
            self.go_home()
        elif answer.kind is ScanKind.LOCATION:
            self.go(Place(Where.LOCATION, location_code=answer.location_code))
        else:
            self.notice.say(words.word(answer.sentence))

    def read_page(self) -> None:
        page = self.current_page()
        spoken = getattr(page, "spoken", None)
        text = spoken() if callable(spoken) else ""
        if self.notice.isVisible():
            text = self.notice.label.text() + "\n" + text
        self.speech.say(text)

    def reset(self) -> None:
        """Left alone: home, every page at its top, nothing of the last visitor's search or form, and
        whether call-backs are offered read again."""
        self.speech.stop()
        self.notice.dismiss()
        self.search_page.clear()
        self.interest_page.clear()
        self.pin_page.reset()
        for index in range(self.stack.count()):
            to_top(self.stack.widget(index))
        self._read_callbacks()
        self.go_home()

    # Leaving ------------------------------------------------------------------------------------------

    def leave(self) -> None:
        """Staff typed the PIN: the only way the window closes."""
        self._leaving = True
        self.stop()
        self.left.emit()
        self.close()

    def stop(self) -> None:
        """Watch no more input (the window is closing, or its application is)."""
        self.input.stop()
        self.scans.stop()
        self.speech.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            event.ignore()  # Alt+F4 or the window manager: only staff leave the kiosk
            return
        super().closeEvent(event)
