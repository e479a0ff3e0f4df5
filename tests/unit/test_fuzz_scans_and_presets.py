"""A scanner types whatever it reads, and a desk's label preset holds whatever someone typed into the
preset dialog. Random text, random bytes as a PC decodes them, and valid payloads damaged the way a
worn label or a wrong keyboard layout damages them go to the scan parser and to the desk's and the
kiosk's scan handling on a real demo database; random presets are refused in a sentence or laid out
and rendered to a PDF and an image. Neither ever ends in a traceback, and a refusal writes nothing.
"""

from __future__ import annotations

import string
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from silvershop.centres.models import StockMove, Stocktake, StocktakeCount, StocktakeStatus
from silvershop.centres.stocktakes import record_scans
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo import generate
from silvershop.errors import SilvershopError
from silvershop.kiosk.pages import search_products
from silvershop.kiosk.scans import ScanKind, answer_scan
from silvershop.labels.models import LabelField, LabelPreset, MediaKind
from silvershop.labels.payloads import (
    PAYLOAD_ALPHABET,
    PayloadKind,
    parse_payload,
    product_payload,
)
from silvershop.labels.presets import PRINTER_DPI, PresetSpec, check_preset, find_preset, save_preset
from silvershop.labels.records import LabelItem
from silvershop.labels.render import LabelJob, render_page, render_pdf
from silvershop.rental.units import find_unit
from silvershop.security import settings as shared_settings
from silvershop.security.models import Role
from silvershop.security.permissions import KIOSK, actor_with
from silvershop.security.vault import Vault
from tests.unit.test_fuzz_validators import assert_sentence, passes_or_says_why

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
URL = "https://ylfw.example.gov.cn/product/{code}"
VALID_SCANS = (
    "SS:P:P-000001",
    "SS:U:LX01-00001",
    "SS:C:LX01",
    "SS:L:LX01-A1",
    "https://ylfw.example.gov.cn/product/P-000001",
)
SCAN_FUZZ = settings(max_examples=200, deadline=None)
DEMO_FUZZ = settings(max_examples=60, deadline=None)
PRESET_FUZZ = settings(max_examples=40, deadline=None)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A valid scan as a worn label, a wrong keyboard layout or an input method makes it."""
    text = draw(st.sampled_from(VALID_SCANS))
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(text)))
        change = draw(st.sampled_from(["insert", "delete", "replace", "swap case", "full width", "cut"]))
        character = draw(st.one_of(st.sampled_from(":-/ \n\t{}ＳＰ：０"), st.characters()))
        if change == "insert":
            text = text[:position] + character + text[position:]
        elif change == "delete":
            text = text[:position] + text[position + 1 :]
        elif change == "replace":
            text = text[:position] + character + text[position + 1 :]
        elif change == "swap case":
            text = text.swapcase()
        elif change == "full width":
            text = _full_width(text)
        else:
            text = text[:position]
    return text


scans = st.one_of(
    st.text(),
    st.text(alphabet=string.ascii_letters + string.digits + ":-/.", max_size=40),
    st.binary(max_size=60).map(lambda data: data.decode("utf-8", "replace")),
    st.binary(max_size=60).map(lambda data: data.decode("gb18030", "replace")),
    st.binary(max_size=60).map(lambda data: data.decode("latin-1")),
    damaged(),
)
templates = st.sampled_from(["", URL, "http://example.cn/p/{code}/view", "https://x.cn/?c={code}&l=zh"])


# ------------------------------------------------------------------------------------ the parser


@SCAN_FUZZ
@given(scans, templates)
@example("SS:L:LX01-", "")
@example("SS:L:-A1", "")
@example("https://ylfw.example.gov.cn/product/", URL)
@example("ＳＳ：Ｐ：ｐ-000001\n", "")
@example("ss:p:ß", "")  # upper-cases to two letters
def test_a_scan_is_a_payload_or_a_sentence(text: str, template: str) -> None:
    payload = passes_or_says_why(lambda: parse_payload(text, template))
    if payload is None:
        return
    assert payload.code and set(payload.code) <= PAYLOAD_ALPHABET
    if payload.kind is PayloadKind.LOCATION:
        assert payload.location and set(payload.location) <= PAYLOAD_ALPHABET
    # What was read is what a label for it carries: printing it again reads back the same.
    label = product_payload(payload.code, template) if payload.kind is PayloadKind.PRODUCT else payload.text()
    assert parse_payload(label, template) == payload


# ------------------------------------------------------------ the desk's and the kiosk's scan handling


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[Database, int, int]]:
    """A demo town with the city's product page on its labels; its centres have a stocktake open."""
    db = open_database("sqlite://")
    with transaction(db.sessions) as s:
        generate(s, products=120, seed=5, vault=Vault.generate())
        shared_settings.put(s, ADMIN, shared_settings.PRODUCT_LABEL_URL, URL)
        open_count = s.scalars(
            select(Stocktake).where(Stocktake.status == StocktakeStatus.OPEN).order_by(Stocktake.id)
        ).first()
        assert open_count is not None
    yield db, open_count.centre_id, open_count.id
    db.close()


def _counted(db: Database) -> tuple[int, ...]:
    with reading(db.sessions) as s:
        return (
            s.scalar(select(func.count()).select_from(StockMove)) or 0,
            s.scalar(select(func.sum(StocktakeCount.counted))) or 0,
        )


@DEMO_FUZZ
@given(scans)
@example("SS:P:P-000001")
@example("SS:U:" + "9" * 300)
@example("SS:L:" + "A" * 200 + "-" + "B" * 200)
@example("https://ylfw.example.gov.cn/product/" + "P" * 500)
@example("00\x00")  # a NUL inside a word broke the catalogue's full-text search
@example("轮椅\x00SS:P:P-000001")
def test_every_scan_gets_an_answer_at_the_desk_and_the_kiosk(
    demo: tuple[Database, int, int], text: str
) -> None:
    db, centre_id, stocktake_id = demo
    with reading(db.sessions) as s:
        answer = answer_scan(s, KIOSK, centre_id, text)
        if answer.kind is ScanKind.UNKNOWN:
            assert answer.sentence
        if answer.kind is ScanKind.PRODUCT:
            assert answer.product_id is not None
        search_products(s, KIOSK, centre_id, text)
        unit = passes_or_says_why(lambda: find_unit(s, text))
        assert unit is None or unit.asset_tag
    before = _counted(db)
    try:
        with transaction(db.sessions) as s:
            record_scans(s, ADMIN, stocktake_id, [text])
            raise _Undo
    except _Undo:
        pass
    except SilvershopError as error:
        assert_sentence(error)
    assert _counted(db) == before


class _Undo(Exception):
    """Raised inside a transaction so that a count that was accepted is rolled back."""


# ---------------------------------------------------------------------------------------- presets

lengths = st.one_of(
    st.floats(min_value=0, max_value=320),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, 12.0, 40.0, 210.0, 297.0, 1000.0, 1000.05]),
)
spacings = st.one_of(st.floats(min_value=0, max_value=20), st.floats(), st.just(0.0))


@st.composite
def wild_presets(draw: st.DrawFn) -> PresetSpec:
    """A preset as the dialog could be filled in by anyone: any length, count, resolution and field."""
    sheet = draw(st.booleans())
    label_w, label_h = draw(lengths), draw(lengths)
    return PresetSpec(
        name=draw(st.text(max_size=90)),
        media=draw(st.sampled_from(list(MediaKind))),
        page_width_mm=draw(lengths) if sheet else label_w,
        page_height_mm=draw(lengths) if sheet else label_h,
        label_width_mm=label_w,
        label_height_mm=label_h,
        columns=draw(st.integers(-2, 45)),
        rows=draw(st.integers(-2, 45)),
        margin_left_mm=draw(spacings),
        margin_top_mm=draw(spacings),
        gap_x_mm=draw(spacings),
        gap_y_mm=draw(spacings),
        corner_radius_mm=draw(spacings),
        dpi=draw(st.one_of(st.sampled_from(PRINTER_DPI), st.integers(-1, 2400))),
        error_correction=draw(st.sampled_from(["M", "H", "L", "Q", "", "m"])),
        fields=tuple(draw(st.lists(st.sampled_from(list(LabelField)), max_size=6))),
        free_line=draw(st.text(max_size=70)),
    )


@st.composite
def fitting_presets(draw: st.DrawFn) -> PresetSpec:
    """A preset whose grid fits its page, as a desk copies one from a sheet's box, sometimes with one
    value then typed wrong."""
    small = st.floats(min_value=0, max_value=6)
    label_w, label_h = draw(st.floats(12, 120)), draw(st.floats(12, 120))
    columns, rows = draw(st.integers(1, 6)), draw(st.integers(1, 12))
    margin_left, margin_top, gap_x, gap_y = draw(small), draw(small), draw(small), draw(small)
    fields = draw(st.lists(st.sampled_from(list(LabelField)), unique=True, max_size=6))
    spec = PresetSpec(
        name=draw(st.text(min_size=1, max_size=80).filter(str.strip)),
        media=MediaKind.SHEET if columns * rows > 1 else draw(st.sampled_from(list(MediaKind))),
        page_width_mm=margin_left + columns * label_w + (columns - 1) * gap_x + draw(small),
        page_height_mm=margin_top + rows * label_h + (rows - 1) * gap_y + draw(small),
        label_width_mm=label_w,
        label_height_mm=label_h,
        columns=columns,
        rows=rows,
        margin_left_mm=margin_left,
        margin_top_mm=margin_top,
        gap_x_mm=gap_x,
        gap_y_mm=gap_y,
        corner_radius_mm=draw(st.floats(0, min(label_w, label_h) / 2)),
        dpi=draw(st.sampled_from(PRINTER_DPI)),
        error_correction=draw(st.sampled_from(["M", "H"])),
        fields=tuple(fields),
        free_line=draw(st.text(min_size=1, max_size=60).filter(str.strip)),
    )
    if draw(st.booleans()):
        wrong = draw(st.sampled_from(["label_width_mm", "gap_x_mm", "rows", "dpi", "corner_radius_mm"]))
        spec = replace(spec, **{wrong: getattr(draw(wild_presets()), wrong)})
    return spec


presets = st.one_of(wild_presets(), fitting_presets())


label_texts = st.one_of(
    st.text(max_size=80), st.sampled_from(["手动轮椅车", "智能防走失定位手环（老人款）" * 3])
)


@st.composite
def label_items(draw: st.DrawFn) -> list[LabelItem]:
    items = []
    for _ in range(draw(st.integers(1, 3))):
        code = draw(st.text(alphabet=sorted(PAYLOAD_ALPHABET), min_size=1, max_size=20))
        template = draw(st.sampled_from(["", URL, "https://ylfw.example.gov.cn/" + "p" * 150 + "/{code}"]))
        values = {name: draw(label_texts) for name in draw(st.lists(st.sampled_from(list(LabelField))))}
        items.append(LabelItem(PayloadKind.PRODUCT, code, product_payload(code, template), values))
    return items


SHEET = PresetSpec(
    name="A4 3×8",
    media=MediaKind.SHEET,
    page_width_mm=210,
    page_height_mm=297,
    label_width_mm=70,
    label_height_mm=37,
    columns=3,
    rows=8,
    margin_top_mm=0.5,
    fields=(LabelField.NAME, LabelField.MODEL, LabelField.CODE, LabelField.FREE),
    free_line="无锡市适老生活体验中心",
)


@PRESET_FUZZ
@given(presets, label_items(), st.integers(1, 3), st.integers(0, 30))
@example(SHEET, [LabelItem(PayloadKind.PRODUCT, "P-1", "SS:P:P-1", {LabelField.NAME: "轮椅"})], 1, 0)
@example(
    replace(SHEET, label_width_mm=float("nan")), [LabelItem(PayloadKind.PRODUCT, "P", "SS:P:P", {})], 1, 0
)
@example(replace(SHEET, free_line=" " * 10), [LabelItem(PayloadKind.PRODUCT, "P", "SS:P:P", {})], 1, 0)
def test_a_preset_is_refused_in_a_sentence_or_prints(
    qapp: QApplication, preset: PresetSpec, items: list[LabelItem], copies: int, skip: int
) -> None:
    try:
        check_preset(preset)
    except SilvershopError as error:
        assert_sentence(error)
        return
    job = LabelJob(preset, items, copies=copies, skip=skip)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "labels.pdf"
        pages = passes_or_says_why(lambda: render_pdf(job, target))
        if pages is None:
            assert list(Path(folder).iterdir()) == []  # a refused batch leaves no file, whole or half
            return
        assert pages == job.pages >= 1
        assert target.read_bytes().startswith(b"%PDF") and list(Path(folder).iterdir()) == [target]
    image = render_page(job, pages - 1, 72, outlines=True, mono=False)
    assert not image.isNull() and image.format() == QImage.Format.Format_RGB32
    assert image.width() == round(preset.page_width_mm * 72 / 25.4)


@pytest.fixture(scope="module")
def preset_db() -> Iterator[Database]:
    db = open_database("sqlite://")
    yield db
    db.close()


def _stored_presets(db: Database) -> list[tuple[Any, ...]]:
    with reading(db.sessions) as s:
        return [tuple(row) for row in s.execute(select(LabelPreset.__table__).order_by(LabelPreset.id))]


@PRESET_FUZZ
@given(presets)
@example(SHEET)
@example(replace(SHEET, name="  "))
@example(replace(SHEET, name="热敏 40×30"))  # a built-in preset's name
def test_a_preset_is_saved_whole_or_not_at_all(preset_db: Database, preset: PresetSpec) -> None:
    before = _stored_presets(preset_db)
    try:
        with transaction(preset_db.sessions) as s:
            saved = save_preset(s, ADMIN, preset)
            assert find_preset(s, saved.name) == saved
            raise _Undo
    except _Undo:
        pass
    except SilvershopError as error:
        assert_sentence(error)
    assert _stored_presets(preset_db) == before
