"""The kiosk for senior visitors (issue 9), as a visitor and as staff meet it on the demo database: every
screen meets DOMAIN section 7 at both kiosk sizes, only the staff PIN closes it, it goes home when left
alone (but not while it reads aloud), a scan opens what it names, a call-back request is made with the
on-screen keys alone and kept sealed, and nothing personal shows."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from silvershop.catalog.images import add_image
from silvershop.catalog.models import Product
from silvershop.catalog.products import product_details, update_product
from silvershop.centres.directory import list_centres
from silvershop.centres.models import InterestRequest
from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.demo.accounts import DEMO_KIOSK_PIN, DEMO_PASSWORD
from silvershop.kiosk.callbacks import NAME_PURPOSE, PHONE_PURPOSE
from silvershop.kiosk.pages import KioskCentre, TileKind, kiosk_centre
from silvershop.rental.models import DeviceUnit, Resident
from silvershop.security.login import login
from silvershop.security.permissions import Actor
from silvershop.security.sealed import unseal
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV, open_vault
from silvershop.ui import theme
from silvershop.ui.kiosk import window as kiosk_window
from silvershop.ui.kiosk.cards import CardButton, TileButton, first_lines
from silvershop.ui.kiosk.keypads import Keypad
from silvershop.ui.kiosk.pin_pad import TRIES
from silvershop.ui.kiosk.places import HOME
from silvershop.ui.kiosk.window import KioskWindow
from tests.ui import accessibility
from tests.ui.test_scan_field import Clock

SIZES = [(1920, 1080), (1280, 800)]
LONG_NAME = ("智能适老多功能助行康复护理" * 16)[:200]
MOBILE = "13912345678"
VISITOR = "欧阳测试者"
Open = Callable[..., KioskWindow]


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo's personal-data key, as a desk has it (a kiosk needs none: it seals requests to the
    key the demo's desks published)."""
    path = demo_template.parent / "demo.key"
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return path


@pytest.fixture
def centre(demo_database: Database) -> KioskCentre:
    """The demo's first centre: it has products on show, rental units and visitors' requests."""
    with demo_database.reading() as session:
        return kiosk_centre(session, list_centres(session)[0].code)


@pytest.fixture
def admin(demo_database: Database) -> Actor:
    return login(demo_database.sessions, "admin", DEMO_PASSWORD)


@pytest.fixture
def open_kiosk(
    qapp: QApplication,
    qtbot: QtBot,
    demo_database: Database,
    centre: KioskCentre,
    english: None,
) -> Open:
    """Kiosk windows over the application's theme, as `silvershop --kiosk` shows them; left alone for
    ten minutes unless a test says otherwise."""
    theme.apply(qapp)

    def made(
        size: tuple[int, int] = SIZES[0], *, idle_ms: int = 600_000, speech_engine: str | None = None
    ) -> KioskWindow:
        window = KioskWindow(demo_database, centre, idle_ms=idle_ms, speech_engine=speech_engine)
        qtbot.addWidget(window, before_close_func=lambda shown: shown.stop())
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        settle()
        return window

    return made


def settle() -> None:
    """Let layouts, wrapped text and the tiles' heights find their sizes."""
    for _ in range(4):
        QApplication.processEvents()


def tiles(window: KioskWindow) -> list[TileButton]:
    return [item for item in window.home_page.tiles.items if isinstance(item, TileButton)]


def tile_of(window: KioskWindow, kind: TileKind, *, empty: bool = False) -> TileButton:
    return next(
        tile for tile in tiles(window) if tile.tile.kind is kind and (tile.tile.products == 0) == empty
    )


def cards(window: KioskWindow) -> list[CardButton]:
    return [item for item in window.list_page.list.cards.items if isinstance(item, CardButton)]


def shown_texts(window: KioskWindow) -> list[str]:
    """Every word on screen: labels, buttons, fields, and what a screen reader would say."""
    texts: list[str] = []
    for widget in accessibility.shown(window):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        texts += [widget.accessibleName(), widget.toolTip()]
    return [text for text in texts if text]


def on_screen(window: KioskWindow, text: str) -> bool:
    return any(text in shown for shown in shown_texts(window))


def press(keypad: Keypad, digits: str) -> None:
    keys = {button.text(): button for button in keypad.findChildren(QAbstractButton)}
    for digit in digits:
        keys[digit].click()


def touch(button: QAbstractButton) -> None:
    """A finger on the button, as the screen reports it (a mouse press and release in its middle)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def touch_keys(keypad: Keypad, keys: str) -> None:
    """Touch the keys showing `keys` ("WANG", "13912345678") one by one."""
    shown = {button.text(): button for button in keypad.findChildren(QAbstractButton)}
    for each in keys:
        touch(shown[each])


def surname_button(window: KioskWindow, surname: str) -> QAbstractButton:
    return next(
        button
        for button in window.interest_page.name_keys.surnames
        if button.isVisible() and button.text() == surname
    )


def form_button(window: KioskWindow, form: str) -> QAbstractButton:
    return next(button for button in window.interest_page.name_keys.form_keys if button.text() == form)


def no_dialog_open() -> bool:
    return not any(
        isinstance(widget, QDialog | QMessageBox) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def requests_kept(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(InterestRequest)) or 0


def jpeg() -> bytes:
    image = Image.new("RGB", (900, 600), "#DCE8F2")
    ImageDraw.Draw(image).ellipse((250, 100, 650, 500), fill="#1F5F8B")
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def on_show_ids(database: Database, window: KioskWindow) -> list[int]:
    window.go_home()
    tile_of(window, TileKind.ON_SHOW).click()
    return [card.card.id for card in cards(window)]


def unreadable(*_args: object) -> None:
    """A read that fails as a database gone away does."""
    raise OperationalError("SELECT", {}, Exception("disk I/O error"))


def shelf_with_products(window: KioskWindow) -> str:
    """The code of a location of the window's centre where something is on show."""
    from silvershop.centres.models import DisplayItem, Location

    with window.database.reading() as session:
        return (
            session.scalars(
                select(Location.code)
                .join(DisplayItem, DisplayItem.location_id == Location.id)
                .where(Location.centre_id == window.centre.id)
            ).first()
            or ""
        )


def arrange_photo_and_long_name(database: Database, admin: Actor, photo_id: int, long_id: int) -> None:
    with transaction(database.sessions) as session:
        add_image(session, admin, photo_id, jpeg(), "front.jpg")
        details = product_details(session, admin, long_id)
        update_product(session, admin, long_id, replace(details.to_input(), name=LONG_NAME))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_kiosk_screen_meets_section_7(
    open_kiosk: Open,
    demo_database: Database,
    admin: Actor,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    size: tuple[int, int],
) -> None:
    probe = open_kiosk(size)
    photo_id, plain_id, long_id = on_show_ids(demo_database, probe)[:3]
    probe.stop()
    arrange_photo_and_long_name(demo_database, admin, photo_id, long_id)
    window = open_kiosk(size)
    found: dict[str, list[str]] = {}

    def check(screen: str) -> None:
        settle()
        found[screen] = accessibility.problems(window)

    check("home")
    window.list_page.most = 4
    tile_of(window, TileKind.ON_SHOW).click()
    check("a tile's list, cut short")
    window.list_page.scroll.verticalScrollBar().setValue(
        window.list_page.scroll.verticalScrollBar().maximum()
    )
    check("the end of a list cut short")
    window.list_page.most = 60
    window.go_home()
    tile_of(window, TileKind.CATEGORY, empty=True).click()
    check("an empty list")
    for screen, product_id in (("with photo", photo_id), ("without photo", plain_id), ("long name", long_id)):
        window.open_product(product_id)
        check(f"product {screen}")
    window.go_home()
    tile_of(window, TileKind.RENTABLE).click()
    cards(window)[0].click()
    check("product for rent, with the subsidy")
    window.product_view.call_button.click()
    check("the interest form")
    touch_keys(window.interest_page.name_keys.keyboard, "ZH")
    check("the interest form's surnames for ZH")
    touch_keys(window.interest_page.name_keys.keyboard, "XQ")
    check("the interest form when no surname is spelt")
    touch(window.interest_page.name_keys.keyboard.clear)
    touch(surname_button(window, "王"))
    check("the interest form's forms of address")
    touch(form_button(window, "阿姨"))
    check("the interest form's digit keys")
    window.interest_page.send_button.click()
    check("the interest form's refusals")
    press(window.interest_page.keypad, MOBILE)
    window.interest_page.consent.setChecked(True)
    window.interest_page.send_button.click()
    check("the thank-you page")
    window.go_home()
    window.home_page.search_button.click()
    for letter in "LY":
        next(
            key for key in window.search_page.keyboard.findChildren(QAbstractButton) if key.text() == letter
        ).click()
    qtbot.waitUntil(lambda: bool(window.search_page.results.cards.items))
    check("search with results")
    window.top.staff.click()
    check("the PIN pad")
    press(window.pin_page.keypad, "0000")
    window.pin_page.ok_button.click()
    check("the PIN pad's refusal")
    for _ in range(TRIES - 1):
        press(window.pin_page.keypad, "0000")
        window.pin_page.ok_button.click()
    assert window.pin_page.waiting
    check("the PIN pad while it waits")
    window.go_home()
    window.scanned("SS:P:NOSUCHTHING")
    check("the unknown-scan notice")
    window.scanned(f"SS:L:{window.centre.code}-{shelf_with_products(window)}")
    check("a scanned shelf's list")
    window.go_home()
    monkeypatch.setattr(kiosk_window, "tile_products", unreadable)
    tile_of(window, TileKind.ON_SHOW).click()
    assert window.current_page() is window.sorry_page
    check("the apology")
    assert found == {screen: [] for screen in found}


def test_the_home_page_names_the_centre_and_counts_each_tile_in_words(
    open_kiosk: Open, centre: KioskCentre
) -> None:
    window = open_kiosk()
    assert window.home_page.heading.text() == f"Welcome to {centre.name}"
    names = [tile.name.text() for tile in tiles(window)]
    assert names[:2] == ["Try them here", "Rent an aid"]
    assert "健康管理类智能产品" in names
    counts = {tile.count.text() for tile in tiles(window)}
    assert "No products yet" in counts
    assert any(count.endswith(" products") for count in counts)


def test_the_grid_has_four_columns_at_1920_and_three_at_1280(open_kiosk: Open) -> None:
    wide = open_kiosk((1920, 1080))
    narrow = open_kiosk((1280, 800))
    assert wide.home_page.tiles.columns == 4
    assert narrow.home_page.tiles.columns == 3


def test_keys_and_the_window_manager_do_not_close_the_kiosk(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk()
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    for key, modifier in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, alt),
        (Qt.Key.Key_Q, ctrl),
        (Qt.Key.Key_W, ctrl),
    ):
        QTest.keyClick(window.focusWidget() or window, key, modifier)
        settle()
        assert window.isVisible()
    assert window.close() is False
    settle()
    assert window.isVisible()
    assert window.current_page() is window.home_page


def test_a_wrong_pin_is_refused_in_words_and_the_right_one_leaves(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk()
    window.top.staff.click()
    assert window.current_page() is window.pin_page
    press(window.pin_page.keypad, "1357")
    window.pin_page.ok_button.click()
    assert window.isVisible()
    assert window.pin_page.message.text() == "⚠ That PIN is not right. Please try again."
    assert window.pin_page.field.text() == ""  # emptied for the next try
    press(window.pin_page.keypad, DEMO_KIOSK_PIN)
    with qtbot.waitSignal(window.left, timeout=5_000):
        QTest.keyClick(window.pin_page.field, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_wrong_pins_make_the_pad_wait_longer_each_time_and_say_how_long(
    open_kiosk: Open, qtbot: QtBot
) -> None:
    window = open_kiosk()
    window.top.staff.click()
    page = window.pin_page

    def wait_over() -> None:
        page.wait.start(0)  # as when the wait's time has passed
        qtbot.waitUntil(lambda: not page.waiting)

    for _ in range(TRIES):
        press(page.keypad, "9999")
        page.ok_button.click()
    assert page.waiting
    assert page.wait.remainingTime() > 59_000 and page.wait.interval() == 60_000
    assert page.message.text() == (
        "⚠ That PIN was wrong 5 times, so the kiosk waits a minute before the next try. "
        "Please ask a member of staff."
    )
    assert not page.ok_button.isEnabled()
    page.field.setText(DEMO_KIOSK_PIN)
    with qtbot.assertNotEmitted(window.left):
        page.check()  # refused unseen while the pad waits, right PIN or not
    window.reset()  # the idle reset does not end the wait
    window.top.staff.click()
    assert page.waiting
    wait_over()
    assert page.ok_button.isEnabled()
    press(page.keypad, "9999")  # one more wrong try: twice as long
    page.ok_button.click()
    assert page.waiting and page.wait.interval() == 120_000
    assert "waits 2 minutes before the next try" in page.message.text()
    for expected in (240_000, 480_000, 900_000, 900_000):  # doubling, up to a quarter of an hour
        wait_over()
        press(page.keypad, "9999")
        page.ok_button.click()
        assert page.wait.interval() == expected
    assert "waits 15 minutes before the next try" in page.message.text()
    wait_over()
    press(page.keypad, DEMO_KIOSK_PIN)
    with qtbot.waitSignal(window.left, timeout=5_000):
        page.ok_button.click()
    assert page.wrong == 0  # the right PIN starts the count again


def test_left_alone_the_kiosk_goes_home_and_forgets_what_was_typed(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk()
    window.home_page.search_button.click()
    QTest.keyClicks(window.search_page.field, "ly")
    window.search_page.run()
    assert window.search_page.results.cards.items
    window.open_product(window.search_page.results.cards.items[0].card.id)  # type: ignore[attr-defined]
    window.product_view.call_button.click()
    touch_keys(window.interest_page.name_keys.keyboard, "WA")
    press(window.interest_page.keypad, "139")
    window.interest_page.consent.setChecked(True)
    window.input.timer.start(0)  # as when the idle time has passed
    qtbot.waitUntil(lambda: window.current_page() is window.home_page)
    assert window.search_page.field.text() == ""
    assert not window.search_page.results.cards.items
    assert window.interest_page.name.text() == ""
    assert window.interest_page.phone.text() == ""
    assert not window.interest_page.consent.isChecked()
    assert window.history.places == [HOME]


def test_input_starts_the_idle_time_again(open_kiosk: Open) -> None:
    window = open_kiosk(idle_ms=60_000)
    tile_of(window, TileKind.ON_SHOW).click()
    window.input.timer.stop()  # as if time had passed; a touch or a key starts it from the beginning
    QTest.mouseClick(window.list_page.heading, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.input.timer.isActive() and window.input.timer.remainingTime() > 59_000
    window.input.timer.stop()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert window.input.timer.isActive() and window.input.timer.remainingTime() > 59_000
    assert window.current_page() is window.list_page


def test_a_product_label_scanned_anywhere_opens_its_page(
    open_kiosk: Open, demo_database: Database, qtbot: QtBot
) -> None:
    window = open_kiosk()
    window.scans.clock = Clock()
    product_id = on_show_ids(demo_database, window)[0]
    with demo_database.reading() as session:
        code = session.get(Product, product_id).code  # type: ignore[union-attr]
    window.go_home()
    window.setFocus()
    QTest.keyClicks(window, f"SS:P:{code}")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert window.current_page() is window.product_view
    assert window.product_view.page is not None and window.product_view.page.id == product_id


def test_a_unit_label_opens_its_product_and_nothing_of_the_loan(
    open_kiosk: Open, demo_database: Database, key_file: Path
) -> None:
    with demo_database.reading() as session:
        tag, product_id = session.execute(
            select(DeviceUnit.asset_tag, DeviceUnit.product_id).where(DeviceUnit.state == "on_loan").limit(1)
        ).one()
        residents = [name for (name,) in session.execute(select(Resident.name))]
    window = open_kiosk()
    window.scanned(f"SS:U:{tag}")
    assert window.current_page() is window.product_view
    assert window.product_view.page is not None and window.product_view.page.id == product_id
    texts = shown_texts(window)
    assert not any(tag in text for text in texts)
    assert not any(name in text for text in texts for name in residents)
    about_the_loan = ("on loan", "due back", "出租中", "borrowed")
    assert [text for text in texts if any(words in text.lower() for words in about_the_loan)] == []


def test_an_unknown_code_is_a_notice_that_stays_until_the_next_touch(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk()
    tile_of(window, TileKind.ON_SHOW).click()
    window.scanned("HELLO-WORLD")
    assert window.notice.isVisible()
    assert window.notice.label.text() == "This code is not one of our products. Please ask a member of staff."
    assert window.current_page() is window.list_page  # the visitor stays where they were
    assert no_dialog_open()
    settle()
    assert window.notice.isVisible()  # it does not close by itself
    QTest.mouseClick(window.list_page.heading, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not window.notice.isVisible()


def test_a_centre_label_goes_home_and_a_location_label_lists_what_is_on_show_there(
    open_kiosk: Open, centre: KioskCentre
) -> None:
    window = open_kiosk()
    location = shelf_with_products(window)
    tile_of(window, TileKind.ON_SHOW).click()
    window.scanned(f"SS:C:{centre.code}")
    assert window.current_page() is window.home_page
    window.scanned(f"SS:L:{centre.code}-{location}")
    assert window.current_page() is window.list_page
    assert cards(window)


def test_a_call_back_is_refused_in_words_without_consent_and_kept_encrypted_with_it(
    open_kiosk: Open, demo_database: Database, qtbot: QtBot, centre: KioskCentre
) -> None:
    window = open_kiosk()
    window.open_product(on_show_ids(demo_database, window)[0])
    window.product_view.call_button.click()
    form = window.interest_page
    before = requests_kept(demo_database)
    form.name.setText(VISITOR)
    press(form.keypad, MOBILE)
    form.send_button.click()
    assert form.errors["consent"].isVisible()
    assert "tick the box" in form.errors["consent"].text()
    assert requests_kept(demo_database) == before
    assert no_dialog_open()
    form.phone.clear()
    press(form.keypad, "12345")
    form.consent.setChecked(True)
    form.send_button.click()
    assert form.errors["phone"].isVisible()
    assert requests_kept(demo_database) == before
    form.keypad.clear.click()
    press(form.keypad, MOBILE)
    form.send_button.click()
    assert window.current_page() is window.thanks_page
    assert window.thanks_page.message.text() == f"Staff of {centre.name} will call you."
    assert requests_kept(demo_database) == before + 1
    demo_database.close()  # the file and its write-ahead log as they are left on the disk
    path = Path(demo_database.engine.url.database or "")
    stored = b"".join(file.read_bytes() for file in path.parent.glob(f"{path.name}*"))
    assert VISITOR.encode() not in stored
    assert MOBILE.encode() not in stored
    assert MOBILE.encode("utf-16-le") not in stored


def test_a_call_back_that_cannot_be_written_is_said_in_words(
    open_kiosk: Open,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = open_kiosk()
    window.open_product(on_show_ids(demo_database, window)[0])
    window.product_view.call_button.click()
    form = window.interest_page
    form.name.setText(VISITOR)
    press(form.keypad, MOBILE)
    form.consent.setChecked(True)
    monkeypatch.setattr(kiosk_window, "keep_callback", unreadable)
    form.send_button.click()
    assert window.current_page() is form
    assert form.general_error.isVisible()
    assert "could not be sent now" in form.general_error.text()
    assert form.name.text() == VISITOR  # nothing typed is lost
    assert "disk I/O error" in capsys.readouterr().err
    assert no_dialog_open()


def test_a_kiosk_needs_no_key_file_to_offer_a_call_back(
    open_kiosk: Open, demo_database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "none.key"))
    window = open_kiosk()
    window.open_product(on_show_ids(demo_database, window)[0])
    assert window.product_view.call_button.isVisible()
    assert not (tmp_path / "none.key").exists()  # a kiosk never makes a key of its own


def test_without_a_desks_key_the_kiosk_does_not_offer_a_call_back_and_asks_again_when_reset(
    open_kiosk: Open, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_now = [False]
    monkeypatch.setattr(kiosk_window, "callbacks_open", lambda _session: open_now[0])
    window = open_kiosk()
    product_id = on_show_ids(demo_database, window)[0]
    window.open_product(product_id)
    assert not window.product_view.call_button.isVisible()
    assert window.product_view.ask_staff.isVisible()
    assert "ask a member of staff" in window.product_view.ask_staff.text()
    open_now[0] = True  # a desk published its key since
    window.open_product(product_id)
    assert not window.product_view.call_button.isVisible()  # read when the kiosk started
    window.reset()
    window.open_product(product_id)
    assert window.product_view.call_button.isVisible()


def test_read_aloud_is_hidden_without_a_speech_engine(
    open_kiosk: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(list))
    window = open_kiosk()
    assert not window.top.read_aloud.isVisible()
    assert window.top.home.isVisible()


def test_read_aloud_reads_the_page_with_an_engine(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk(speech_engine="mock")
    assert window.top.read_aloud.isVisible()
    speech = window.speech.speech
    assert speech is not None
    spoken: list[str] = []
    speech.sayingWord.connect(lambda word, _id, _start, _length: spoken.append(word))
    window.top.read_aloud.click()
    qtbot.waitUntil(lambda: len(spoken) >= 2, timeout=10_000)
    assert spoken[:2] == ["Welcome", "to"]


def test_no_kiosk_screen_shows_a_residents_or_visitors_name_or_phone(
    open_kiosk: Open, demo_database: Database, key_file: Path
) -> None:
    with demo_database.reading() as session:
        vault = open_vault(session, key_file)
        personal = set()
        for resident in session.scalars(select(Resident)):
            personal |= {resident.name, resident.guardian_name}
            if resident.phone_enc:
                personal.add(vault.decrypt(resident.phone_enc, purpose="phone"))
        for request in session.scalars(select(InterestRequest)):
            if request.name_enc:  # not yet erased
                personal.add(unseal(vault, request.name_enc, purpose=NAME_PURPOSE))
                personal.add(unseal(vault, request.phone_enc, purpose=PHONE_PURPOSE))
    personal.discard("")
    assert personal
    window = open_kiosk()
    seen: list[str] = shown_texts(window)
    for index in range(len(tiles(window))):
        window.go_home()
        tiles(window)[index].click()
        seen += shown_texts(window)
        for product_id in [card.card.id for card in cards(window)]:
            window.open_product(product_id)
            seen += shown_texts(window)
    window.go_home()
    window.home_page.search_button.click()
    for query in ("l", "zn", "a"):
        window.search_page.field.setText(query)
        window.search_page.run()
        seen += shown_texts(window)
    assert [value for value in personal if any(value in text for text in seen)] == []


def test_a_product_without_photo_a_long_name_and_an_empty_category_read_sensibly(
    open_kiosk: Open, demo_database: Database, admin: Actor
) -> None:
    probe = open_kiosk()
    plain_id, long_id = on_show_ids(demo_database, probe)[1:3]
    probe.stop()
    with transaction(demo_database.sessions) as session:
        details = product_details(session, admin, long_id)
        update_product(session, admin, long_id, replace(details.to_input(), name=LONG_NAME))
    window = open_kiosk((1280, 800))
    window.open_product(plain_id)
    assert window.product_view.photo.panel.isVisible()
    assert window.product_view.photo.panel_note.text() == "No photo yet"
    window.go_home()
    tile_of(window, TileKind.ON_SHOW).click()
    settle()
    card = next(card for card in cards(window) if card.card.id == long_id)
    shown = card.name.text()
    assert shown.endswith("…") and shown.count("\n") == 1  # two lines, cut on screen only
    assert card.accessibleName() == LONG_NAME
    card.click()
    heading = window.product_view.name
    assert heading.objectName() == "kioskHeading"
    assert accessibility.point_size(heading) >= theme.ELDER_HEADING_PT
    assert heading.text().endswith("…") and heading.text().count("\n") == 2  # three lines, cut
    assert heading.accessibleName() == LONG_NAME
    assert window.product_view.whole_name.isVisible()  # the whole name below, where it can be read
    assert window.product_view.whole_name.text() == f"Full name: {LONG_NAME}"
    assert window.product_view.spoken().startswith(LONG_NAME)
    window.open_product(plain_id)
    assert not heading.text().endswith("…")
    assert not window.product_view.whole_name.isVisible()
    window.go_home()
    tile_of(window, TileKind.CATEGORY, empty=True).click()
    assert window.list_page.list.empty.text().startswith("There are no products here yet.")
    assert window.list_page.list.home_button.isVisible()
    window.list_page.list.home_button.click()
    assert window.current_page() is window.home_page


def test_a_page_that_cannot_be_read_is_an_apology_with_the_way_home(
    open_kiosk: Open, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_kiosk()
    monkeypatch.setattr(kiosk_window, "tile_products", unreadable)
    tile_of(window, TileKind.ON_SHOW).click()
    assert window.current_page() is window.sorry_page
    assert (
        window.sorry_page.message.text()
        == "Sorry, this page cannot be shown now. Please ask a member of staff."
    )
    assert "disk I/O error" in capsys.readouterr().err
    assert no_dialog_open()
    window.top.back.click()
    assert window.current_page() is window.home_page
    tile_of(window, TileKind.ON_SHOW).click()
    window.sorry_page.home_button.click()
    assert window.current_page() is window.home_page


def test_a_physical_keyboard_searches_too(open_kiosk: Open, qtbot: QtBot) -> None:
    window = open_kiosk()
    window.home_page.search_button.click()
    assert QApplication.focusWidget() is window.search_page.field
    QTest.keyClicks(window.search_page.field, "ly")
    qtbot.waitUntil(lambda: bool(window.search_page.results.cards.items))  # after a pause in the typing
    assert any("轮椅" in card.card.name for card in window.search_page.results.cards.items)  # type: ignore[attr-defined]
    window.search_page.keyboard.clear.click()
    assert window.search_page.field.text() == ""


def test_back_returns_to_the_page_before_and_home_is_always_there(
    open_kiosk: Open, demo_database: Database
) -> None:
    window = open_kiosk()
    home_at = window.top.home.mapTo(window, QPoint(0, 0))
    assert not window.top.back.isVisible()  # nothing to go back to, and not merely greyed
    tile_of(window, TileKind.ON_SHOW).click()
    settle()
    assert window.top.back.isVisible()
    assert window.top.home.mapTo(window, QPoint(0, 0)) == home_at  # Home never moves
    cards(window)[0].click()
    assert window.current_page() is window.product_view
    window.top.back.click()
    assert window.current_page() is window.list_page
    window.top.back.click()
    assert window.current_page() is window.home_page
    tile_of(window, TileKind.RENTABLE).click()
    window.top.home.click()
    assert window.current_page() is window.home_page


def test_tiles_are_walked_with_the_arrow_keys_and_opened_with_enter(open_kiosk: Open) -> None:
    window = open_kiosk((1920, 1080))
    first = tiles(window)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(first, Qt.Key.Key_Down)
    below = tiles(window)[4]
    assert QApplication.focusWidget() is below
    QTest.keyClick(below, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is tiles(window)[5]
    chosen = tiles(window)[5].tile
    QTest.keyClick(tiles(window)[5], Qt.Key.Key_Return)
    assert window.current_page() is window.list_page
    assert window.list_page.heading.text() == chosen.name


def test_the_normal_window_never_loads_the_kiosk() -> None:
    probe = (
        "import sys; import silvershop.app, silvershop.ui.main_window, silvershop.ui.opening; "
        "from silvershop.ui import views; [view.screen_class() for view in views.VIEWS]; "
        "print([name for name in sys.modules if name.startswith('silvershop.ui.kiosk')])"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_a_visitor_asks_for_a_call_back_with_the_keys_on_the_screen_alone(
    open_kiosk: Open, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept: list[tuple[str, str]] = []
    real_keep = kiosk_window.keep_callback

    def keep(*args: object) -> None:
        kept.append((str(args[3]), str(args[4])))
        real_keep(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(kiosk_window, "keep_callback", keep)
    window = open_kiosk((1280, 800))
    tile_of(window, TileKind.ON_SHOW).click()
    touch(cards(window)[0])
    touch(window.product_view.call_button)
    form = window.interest_page
    before = requests_kept(demo_database)
    letters = form.name_keys.keyboard
    assert form.name_keys.keyboard.isVisible() and not form.keypad.isVisible()
    assert [button.text() for button in form.name_keys.surnames[:3]] == ["王", "李", "张"]  # before a letter
    assert not any(button.isEnabled() for button in form.name_keys.form_keys)  # no surname yet
    touch_keys(letters, "ZH")
    assert [button.text() for button in form.name_keys.surnames if button.isVisible()][:5] == [
        "张",
        "赵",
        "周",
        "朱",
        "郑",
    ]
    touch_keys(letters, "A")  # zha: 查 as a surname, spelt whole, before 张 and 赵
    assert surname_button(window, "查") is form.name_keys.surnames[0]
    touch(form.name_keys.keyboard.backspace)
    touch(letters.clear)
    touch_keys(letters, "WANG")
    assert [button.text() for button in form.name_keys.surnames if button.isVisible()] == ["王", "汪"]
    assert form.name.text() == "wang"  # the letters show where the name goes, until a surname replaces them
    touch(surname_button(window, "王"))
    assert form.name.text() == "王"
    touch(form_button(window, "女士"))
    assert QApplication.focusWidget() is form.phone and not letters.isVisible()
    QTest.mouseClick(form.name, Qt.MouseButton.LeftButton)  # a second thought: back to the name's keys
    assert letters.isVisible()
    touch(form_button(window, "阿姨"))  # in place of the first
    assert form.name.text() == "王阿姨"
    assert QApplication.focusWidget() is form.phone  # on to the phone number, and its keys
    assert form.keypad.isVisible() and not letters.isVisible()
    touch_keys(form.keypad, MOBILE)
    QTest.mouseClick(form.consent, Qt.MouseButton.LeftButton, pos=QPoint(20, form.consent.height() // 2))
    assert form.consent.isChecked()
    touch(form.send_button)
    assert window.current_page() is window.thanks_page
    assert kept == [("王阿姨", MOBILE)]
    assert requests_kept(demo_database) == before + 1


def test_a_physical_keyboard_and_its_input_method_still_type_a_whole_name(open_kiosk: Open) -> None:
    window = open_kiosk()
    window.open_product(on_show_ids(window.database, window)[0])
    window.product_view.call_button.click()
    form = window.interest_page
    assert QApplication.focusWidget() is form.name
    assert form.name.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    committed = QInputMethodEvent()
    committed.setCommitString("欧阳明")  # what a Chinese input method hands over
    QApplication.sendEvent(form.name, committed)
    assert form.name.text() == "欧阳明"
    touch(form_button(window, "先生"))
    assert form.name.text() == "欧阳明先生"
    form.name.setFocus()
    QTest.keyClicks(form.name, "lv")  # letters typed on a keyboard get surnames as well
    assert surname_button(window, "吕") is form.name_keys.surnames[0]


def test_the_phone_and_pin_fields_take_digits_and_no_input_method(open_kiosk: Open) -> None:
    window = open_kiosk()
    for field in (window.interest_page.phone, window.pin_page.field):
        assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        assert field.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly


def test_a_list_cut_short_says_how_many_there_are_and_offers_the_search(
    open_kiosk: Open, demo_database: Database
) -> None:
    window = open_kiosk()
    page = window.list_page
    page.most = 5
    on_show = tile_of(window, TileKind.ON_SHOW)
    assert on_show.tile.products > 5
    on_show.click()
    assert len(cards(window)) == 5
    assert page.more.isVisibleTo(page)
    assert page.more.text() == f"Showing 5 of {on_show.tile.products}. Search to find the others."
    page.search_button.click()
    assert window.current_page() is window.search_page
    window.top.back.click()
    assert window.current_page() is page
    page.most = 60
    window.go_home()
    tile_of(window, TileKind.ON_SHOW).click()
    assert len(cards(window)) == on_show.tile.products
    assert not page.more.isVisibleTo(page) and not page.search_button.isVisibleTo(page)
    shown = cards(window)
    page.most = 2  # a scanned shelf: how many it holds is not counted, only that there are more
    page.show_cards("A shelf", [card.card for card in shown[:3]])
    assert page.more.text() == "Showing the first 2. Search to find the others."
    page.show_cards("A shelf", [card.card for card in shown[:2]])
    assert not page.more.isVisibleTo(page)


def test_pages_start_at_their_top_when_shown_afresh_and_after_the_idle_reset(
    open_kiosk: Open, demo_database: Database
) -> None:
    window = open_kiosk((1280, 800))
    bar = window.list_page.scroll.verticalScrollBar()
    tile_of(window, TileKind.ON_SHOW).click()
    settle()
    assert bar.maximum() > 0  # the list is longer than the screen
    bar.setValue(bar.maximum())
    window.reset()
    assert window.current_page() is window.home_page
    assert bar.value() == 0
    tile_of(window, TileKind.ON_SHOW).click()
    settle()
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    cards(window)[-1].click()
    product_bar = window.product_view.scroll.verticalScrollBar()
    settle()
    product_bar.setValue(product_bar.maximum())
    window.top.back.click()
    settle()
    assert bar.value() == 0  # the list read afresh, from its top
    window.open_product(cards(window)[0].card.id)
    settle()
    assert product_bar.value() == 0


def test_the_kiosk_does_not_go_home_while_it_reads_a_page_aloud(open_kiosk: Open, qtbot: QtBot) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    window = open_kiosk(idle_ms=60_000, speech_engine="mock")
    speech = window.speech.speech
    assert speech is not None
    with qtbot.waitSignal(
        speech.stateChanged, check_params_cb=lambda state: state is QTextToSpeech.State.Speaking
    ):
        window.top.read_aloud.click()
    assert not window.input.timer.isActive()  # nothing can send it home while it speaks
    QTest.mouseClick(window.home_page.heading, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not window.input.timer.isActive()  # a touch while it speaks does not start the idle time
    with qtbot.waitSignal(
        speech.stateChanged, check_params_cb=lambda state: state is QTextToSpeech.State.Ready
    ):
        speech.stop()  # as when it has finished
    assert window.input.timer.isActive() and window.input.timer.remainingTime() > 59_000


def test_a_name_that_wraps_is_split_evenly_not_with_one_character_left_alone(qapp: QApplication) -> None:
    font = QApplication.font()
    font.setPointSize(22)
    name = "健康管理类智能产品"  # nine characters in a tile eight wide
    width = QFontMetricsF(font).horizontalAdvance(name[:8]) + 2
    text, was_cut = first_lines(name, font, width, 3)
    assert not was_cut
    assert text.replace("\n", "") == name
    assert [len(line) for line in text.split("\n")] in ([5, 4], [4, 5])
