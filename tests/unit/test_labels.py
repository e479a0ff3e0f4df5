"""QR labels as a phone or a desk scanner reads them back: every built-in preset, to PDF and to the
images a 203 and a 300 dpi thermal printer would print, decoded with zxing-cpp; labels in the cells
a half-used sheet leaves; calibration moving the print by what was measured; and every bad batch
refused before a file exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre, Location, LocationKind
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import NotFound, PermissionDenied, SilvershopError, ValidationError
from silvershop.labels.calibration import (
    Calibration,
    calibration_of,
    correction,
    ruler_lengths,
    save_calibration,
    scale_from,
)
from silvershop.labels.models import LabelField, MediaKind
from silvershop.labels.payloads import PayloadKind
from silvershop.labels.placement import Cell, cell_of, placed
from silvershop.labels.presets import PresetSpec, delete_preset, find_preset, list_presets, save_preset
from silvershop.labels.records import LabelItem, centre_unit_labels, labels_for
from silvershop.labels.render import Cancelled, LabelJob, render_page, render_pdf
from silvershop.print_fonts import MM_PER_INCH
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security import settings
from silvershop.security.models import Role
from silvershop.security.permissions import Actor, actor_with
from tests.qr_reading import cell_at, decoded, pdf_pages

LONG_NAME = "智能防走失定位手环（老人款）带一键呼救与跌倒检测"


@pytest.fixture
def desk(memdb: Database, qapp: QApplication) -> tuple[Database, Actor]:
    with transaction(memdb.sessions) as s:
        centre = Centre(code="LX01", name="梁溪区适老生活体验中心", district_code="320213")
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        s.add_all(
            [
                centre,
                Product(
                    code="P-000001",
                    name="手动轮椅车",
                    model="MW-621A",
                    enterprise=maker,
                    reference_price_fen=129900,
                    rentable=True,
                    monthly_rent_fen=20000,
                ),
                Product(code="P-000002", name=LONG_NAME, model="GPS-2", enterprise=maker),
                Product(code="P-000003", name="助行器", model="WK-3", enterprise=maker),
                Product(code="P-000004", name=LONG_NAME * 8, model="GPS-8", enterprise=maker),
            ]
        )
        s.flush()
        shelf = Location(centre_id=centre.id, code="A1", name="展示区 A", kind=LocationKind.DISPLAY)
        s.add(shelf)
        wheelchair = s.query(Product).filter_by(code="P-000001").one()
        s.add_all(
            [
                DeviceUnit(asset_tag=f"LX01-0000{n}", product_id=wheelchair.id, home_centre_id=centre.id)
                for n in (1, 2, 3)
            ]
        )
        s.add(
            DeviceUnit(
                asset_tag="LX01-00009",
                product_id=wheelchair.id,
                home_centre_id=centre.id,
                state=UnitState.RETIRED,
            )
        )
        centre_id = centre.id
    return memdb, actor_with([Role.DESK_CLERK], [centre_id], username="clerk", user_id=None)


def items(desk: tuple[Database, Actor], kind: PayloadKind, codes: list[str]) -> list[LabelItem]:
    db, actor = desk
    with reading(db.sessions) as s:
        return labels_for(s, actor, kind, codes)


def presets(desk: tuple[Database, Actor]) -> list[PresetSpec]:
    with reading(desk[0].sessions) as s:
        return list_presets(s)


# Every preset reads back


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_preset_prints_codes_that_decode_to_their_records(
    desk: tuple[Database, Actor], tmp_path: Path, dpi: int
) -> None:
    batches = [
        items(desk, PayloadKind.PRODUCT, ["P-000001", "P-000002", "P-000003"]),
        items(desk, PayloadKind.UNIT, ["LX01-00001", "LX01-00002"]),
        items(desk, PayloadKind.LOCATION, ["LX01-A1"]),
        items(desk, PayloadKind.CENTRE, ["LX01"]),
    ]
    everything = [item for batch in batches for item in batch]
    expected = [item.payload for item in everything]
    assert expected[:3] == ["SS:P:P-000001", "SS:P:P-000002", "SS:P:P-000003"]
    assert expected[3:] == ["SS:U:LX01-00001", "SS:U:LX01-00002", "SS:L:LX01-A1", "SS:C:LX01"]
    seen_presets = presets(desk)
    assert len(seen_presets) == 8
    for preset in seen_presets:
        job = LabelJob(preset, everything)
        pdf = tmp_path / f"{preset.id}.pdf"
        pages = render_pdf(job, pdf)
        assert pages == job.pages == -(-len(everything) // preset.per_page)
        from_pdf = [r.text for page in pdf_pages(pdf, dpi) for r in decoded(page)]
        from_images = [r.text for page in range(pages) for r in decoded(render_page(job, page, dpi))]
        assert sorted(from_pdf) == sorted(expected), preset.name
        assert sorted(from_images) == sorted(expected), preset.name


def test_a_printed_image_is_one_bit_and_every_module_is_whole_printer_dots(
    desk: tuple[Database, Actor],
) -> None:
    preset = next(p for p in presets(desk) if p.name == "热敏 40×30")
    job = LabelJob(preset, items(desk, PayloadKind.PRODUCT, ["P-000001"]))
    image = render_page(job, 0, 203)
    assert image.format() == QImage.Format.Format_Mono
    layout = job.layout(job.items[0])
    # The finder pattern's top edge is 7 modules of exactly `dots_per_module` dots, no grey edge.
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    row = next(
        y
        for y in range(gray.height())
        if any(gray.pixelColor(x, y).value() < 128 for x in range(gray.width()))
    )
    dark = [x for x in range(gray.width()) if gray.pixelColor(x, row).value() < 128]
    first_run = 1
    while dark[first_run] == dark[first_run - 1] + 1:
        first_run += 1
    assert first_run == 7 * layout.dots_per_module
    assert layout.dots_per_module >= 2


def test_error_correction_h_is_printed_when_the_preset_asks_for_it(desk: tuple[Database, Actor]) -> None:
    preset = next(p for p in presets(desk) if p.name == "热敏 50×30")
    for level in ("M", "H"):
        job = LabelJob(_with(preset, error_correction=level), items(desk, PayloadKind.UNIT, ["LX01-00001"]))
        (result,) = decoded(render_page(job, 0, 300))
        assert result.ec_level == level


def test_a_product_label_carries_the_citys_product_page_when_one_is_set(desk: tuple[Database, Actor]) -> None:
    db, _clerk = desk
    admin = actor_with([Role.ADMINISTRATOR], [], username="admin", user_id=None)
    with transaction(db.sessions) as s:
        settings.put(s, admin, settings.PRODUCT_LABEL_URL, "https://ylfw.example.gov.cn/product/{code}")
    preset = next(p for p in presets(desk) if p.name == "热敏 60×40")
    job = LabelJob(preset, items(desk, PayloadKind.PRODUCT, ["P-000001"]))
    (result,) = decoded(render_page(job, 0, 203))
    assert result.text == "https://ylfw.example.gov.cn/product/P-000001"


def test_a_long_chinese_name_is_shrunk_or_wrapped_never_cut(desk: tuple[Database, Actor]) -> None:
    preset = next(p for p in presets(desk) if p.name == "A4 3×8 (70×37)")
    job = LabelJob(preset, items(desk, PayloadKind.PRODUCT, ["P-000002"]))
    layout = job.layout(job.items[0])
    name_lines = [line.text for line in layout.lines if line.bold]
    assert "".join(name_lines) == LONG_NAME  # every character is printed
    right_edge = preset.label_width_mm - 1.5
    for line in layout.lines:
        width = job._designer.width_mm(line.text, line.points, line.bold)
        assert line.x_mm + width <= right_edge + 0.01, line.text
        assert line.points >= 5


# Where labels land on a sheet


def test_skip_and_copies_place_labels_in_the_right_cells() -> None:
    cells = [cell for cell, _item in placed(["A", "B"], copies=2, skip=5, columns=3, rows=8)]
    assert cells == [Cell(0, 2, 1), Cell(0, 0, 2), Cell(0, 1, 2), Cell(0, 2, 2)]
    assert cell_of(24 - 5, 5, 3, 8) == Cell(1, 0, 0)  # the 20th label starts the next sheet


def test_skipped_cells_stay_blank_on_the_printed_sheet(desk: tuple[Database, Actor]) -> None:
    preset = next(p for p in presets(desk) if p.name == "A4 3×8 (70×37)")
    job = LabelJob(preset, items(desk, PayloadKind.PRODUCT, ["P-000001", "P-000003"]), copies=2, skip=5)
    found = sorted((cell_at(r, preset, 203), r.text) for r in decoded(render_page(job, 0, 203)))
    assert found == [
        ((0, 2), "SS:P:P-000001"),
        ((1, 2), "SS:P:P-000003"),
        ((2, 1), "SS:P:P-000001"),
        ((2, 2), "SS:P:P-000003"),
    ]


# Calibration


def test_calibration_moves_and_scales_the_print_by_what_was_measured(desk: tuple[Database, Actor]) -> None:
    preset = next(p for p in presets(desk) if p.name == "A4 2×7 (99.1×38.1)")
    chosen = items(desk, PayloadKind.PRODUCT, ["P-000001"])
    dpi = 300

    def corner(calibration: Calibration) -> tuple[float, float]:
        (result,) = decoded(render_page(LabelJob(preset, chosen, calibration=calibration), 0, dpi))
        return result.position.top_left.x, result.position.top_left.y

    x0, y0 = corner(Calibration())
    x1, y1 = corner(Calibration(offset_x_mm=2.0, offset_y_mm=-1.0))
    assert x1 - x0 == pytest.approx(2.0 * dpi / MM_PER_INCH, abs=1.5)
    assert y1 - y0 == pytest.approx(-1.0 * dpi / MM_PER_INCH, abs=1.5)
    x2, y2 = corner(Calibration(scale_x=1.02, scale_y=0.98))
    assert x2 == pytest.approx(x0 * 1.02, abs=1.5)
    assert y2 == pytest.approx(y0 * 0.98, abs=1.5)


def test_what_was_measured_on_the_test_page_is_undone(desk: tuple[Database, Actor]) -> None:
    presets_by_name = {p.name: p for p in presets(desk)}
    assert ruler_lengths(presets_by_name["A4 2×7 (99.1×38.1)"]) == (50, 30)
    assert ruler_lengths(presets_by_name["热敏 40×30"]) == (30, 20)
    sheet = presets_by_name["A4 2×7 (99.1×38.1)"]
    # Rulers exact: the next print moves back by what the target was off, 1.5 mm left and 0.5 mm down.
    plain = correction(sheet, 1.5, -0.5, 50.0, 30.0)
    assert (plain.offset_x_mm, plain.offset_y_mm, plain.scale_x, plain.scale_y) == (-1.5, 0.5, 1.0, 1.0)
    # A printer that prints 1 % small and off: once corrected, every point of the page lands where it
    # was meant, not only the target.
    k_x, k_y = 49.5 / 50, 29.7 / 30
    left, top = sheet.label_origin_mm(0, 0)
    centre_x, centre_y = left + sheet.label_width_mm / 2, top + sheet.label_height_mm / 2
    e_x, e_y = centre_x + 1.5 - k_x * centre_x, centre_y - 0.5 - k_y * centre_y
    fix = correction(sheet, 1.5, -0.5, 49.5, 29.7)
    for x, y in ((0.0, 0.0), (centre_x, centre_y), (200.0, 290.0)):
        assert k_x * (fix.scale_x * x + fix.offset_x_mm) + e_x == pytest.approx(x, abs=0.01)
        assert k_y * (fix.scale_y * y + fix.offset_y_mm) + e_y == pytest.approx(y, abs=0.01)


def test_a_calibration_is_kept_per_printer_and_a_wild_one_is_refused(desk: tuple[Database, Actor]) -> None:
    db, actor = desk
    with transaction(db.sessions) as s:
        save_calibration(s, actor, "Zebra ZD421", Calibration(1.5, -0.5, scale_from(49.5), 1.0))
    with reading(db.sessions) as s:
        kept = calibration_of(s, "Zebra ZD421")
        assert calibration_of(s, "HP LaserJet") == Calibration()
    assert kept.offset_x_mm == 1.5 and kept.scale_x == pytest.approx(50 / 49.5)
    with pytest.raises(ValidationError, match="10 mm"), transaction(db.sessions) as s:
        save_calibration(s, actor, "Zebra ZD421", Calibration(25.0, 0.0))
    with pytest.raises(ValidationError, match="shrink"), transaction(db.sessions) as s:
        save_calibration(s, actor, "Zebra ZD421", Calibration(0.0, 0.0, 0.5, 1.0))
    with reading(db.sessions) as s:
        assert calibration_of(s, "Zebra ZD421") == kept


# Presets


def _with(preset: PresetSpec, **changes: object) -> PresetSpec:
    from dataclasses import replace

    return replace(preset, **changes)


def custom(**changes: object) -> PresetSpec:
    base = PresetSpec(
        name="货架标签 45×25",
        media=MediaKind.ROLL,
        page_width_mm=45,
        page_height_mm=25,
        label_width_mm=45,
        label_height_mm=25,
        fields=(LabelField.NAME, LabelField.CODE, LabelField.FREE),
        free_line="租赁热线 0510-12345678",
    )
    return _with(base, **changes)


def test_a_custom_preset_is_saved_changed_and_deleted_but_a_builtin_one_stays(
    desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = desk
    with transaction(db.sessions) as s:
        saved = save_preset(s, actor, custom())
    with transaction(db.sessions) as s:
        save_preset(s, actor, _with(saved, corner_radius_mm=2.0, dpi=300))
    with reading(db.sessions) as s:
        again = find_preset(s, " 货架标签 45×25 ")
    assert (again.corner_radius_mm, again.dpi, again.free_line) == (2.0, 300, "租赁热线 0510-12345678")
    job = LabelJob(again, items(desk, PayloadKind.UNIT, ["LX01-00003"]))
    (result,) = decoded(render_page(job, 0, 300))
    assert result.text == "SS:U:LX01-00003"
    printed = " ".join(line.text for line in job.layout(job.items[0]).lines)
    assert printed.endswith("租赁热线 0510-12345678")  # the free line, wrapped or not, in full
    builtin = next(p for p in presets(desk) if p.builtin)
    with pytest.raises(ValidationError, match="built in"), transaction(db.sessions) as s:
        save_preset(s, actor, _with(builtin, dpi=300))
    with pytest.raises(ValidationError, match="built in"), transaction(db.sessions) as s:
        delete_preset(s, actor, builtin.id)
    with pytest.raises(ValidationError, match="already exists"), transaction(db.sessions) as s:
        save_preset(s, actor, _with(custom(), name=builtin.name))
    with transaction(db.sessions) as s:
        delete_preset(s, actor, again.id)
    with pytest.raises(NotFound), reading(db.sessions) as s:
        find_preset(s, "货架标签 45×25")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        (
            {
                "label_width_mm": 75,
                "media": MediaKind.SHEET,
                "page_width_mm": 210,
                "page_height_mm": 297,
                "columns": 3,
                "rows": 8,
            },
            "label_width_mm",
            "across the page",
        ),
        (
            {
                "label_height_mm": 40,
                "page_width_mm": 210,
                "page_height_mm": 297,
                "columns": 3,
                "rows": 8,
                "label_width_mm": 70,
            },
            "label_height_mm",
            "down the page",
        ),
        ({"label_height_mm": 8, "page_height_mm": 8}, "label_height_mm", "QR code"),
        ({"corner_radius_mm": 20}, "corner_radius_mm", "half"),
        ({"dpi": 150}, "dpi", "203"),
        ({"error_correction": "Q"}, "error_correction", "M or H"),
        ({"free_line": ""}, "free_line", "free line"),
        ({"name": "  "}, "name", "name"),
    ],
)
def test_a_preset_that_would_misprint_is_refused_and_not_saved(
    desk: tuple[Database, Actor], changes: dict[str, object], field: str, words: str
) -> None:
    db, actor = desk
    with pytest.raises(ValidationError, match=words) as refused, transaction(db.sessions) as s:
        save_preset(s, actor, custom(**changes))
    assert refused.value.field == field
    assert len(presets(desk)) == 8


# Bad batches are refused before a file exists


def test_a_text_too_long_for_the_label_is_refused_before_anything_is_written(
    desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    roll = next(p for p in presets(desk) if p.name == "热敏 40×30")
    job = LabelJob(roll, items(desk, PayloadKind.PRODUCT, ["P-000003", "P-000004"]))
    target = tmp_path / "labels.pdf"
    with pytest.raises(ValidationError, match="P-000004") as refused:
        render_pdf(job, target)
    assert "too long for a 40×30 mm label" in refused.value.localized()
    assert list(tmp_path.iterdir()) == []


def test_a_code_too_fine_to_scan_on_a_small_label_is_refused(
    desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    tiny = custom(
        name="小标签 20×12", label_width_mm=20, label_height_mm=12, page_width_mm=20, page_height_mm=12
    )
    job = LabelJob(tiny, items(desk, PayloadKind.PRODUCT, ["P-000003"]))
    with pytest.raises(ValidationError, match="too fine to scan"):
        render_pdf(job, tmp_path / "labels.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_preset_that_does_not_fit_its_page_prints_nothing(
    desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    sheet = next(p for p in presets(desk) if p.name == "A4 3×8 (70×37)")
    job = LabelJob(_with(sheet, margin_left_mm=5.0), items(desk, PayloadKind.PRODUCT, ["P-000001"]))
    with pytest.raises(ValidationError, match="across the page"):
        render_pdf(job, tmp_path / "labels.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("copies", "skip", "words"), [(0, 0, "copies"), (101, 0, "copies"), (1, 24, "skip from 0 to 23")]
)
def test_copies_and_skip_out_of_range_are_refused(
    desk: tuple[Database, Actor], tmp_path: Path, copies: int, skip: int, words: str
) -> None:
    sheet = next(p for p in presets(desk) if p.name == "A4 3×8 (70×37)")
    job = LabelJob(sheet, items(desk, PayloadKind.PRODUCT, ["P-000001"]), copies=copies, skip=skip)
    with pytest.raises(ValidationError, match=words):
        render_pdf(job, tmp_path / "labels.pdf")
    assert list(tmp_path.iterdir()) == []


def test_codes_a_label_cannot_carry_or_nobody_has_are_named_together(desk: tuple[Database, Actor]) -> None:
    with pytest.raises(ValidationError, match="P_0001"):
        items(desk, PayloadKind.PRODUCT, ["P-000001", "P_0001"])
    with pytest.raises(NotFound, match="P-000404、P-000405"):
        items(desk, PayloadKind.PRODUCT, ["P-000001", "P-000404", "ｐ－０００４０５"])
    with pytest.raises(NotFound, match="LX01-ZZ"):
        items(desk, PayloadKind.LOCATION, ["LX01-ZZ"])


def test_full_width_and_lower_case_codes_find_their_records(desk: tuple[Database, Actor]) -> None:
    found = items(desk, PayloadKind.PRODUCT, ["ｐ－０００００１", " p-000003 "])
    assert [item.code for item in found] == ["P-000001", "P-000003"]


def test_all_units_of_a_centre_are_those_in_service(desk: tuple[Database, Actor]) -> None:
    db, actor = desk
    with reading(db.sessions) as s:
        fleet = centre_unit_labels(s, actor, "lx01")
    assert [item.code for item in fleet] == ["LX01-00001", "LX01-00002", "LX01-00003"]


def test_a_cancelled_batch_leaves_no_file(desk: tuple[Database, Actor], tmp_path: Path) -> None:
    roll = next(p for p in presets(desk) if p.name == "热敏 40×30")
    job = LabelJob(roll, items(desk, PayloadKind.UNIT, ["LX01-00001", "LX01-00002", "LX01-00003"]))
    seen: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        render_pdf(job, tmp_path / "labels.pdf", stop_after_two)
    assert seen == [(1, 3), (2, 3)]
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_a_sentence(desk: tuple[Database, Actor], tmp_path: Path) -> None:
    roll = next(p for p in presets(desk) if p.name == "热敏 40×30")
    job = LabelJob(roll, items(desk, PayloadKind.UNIT, ["LX01-00001"]))
    with pytest.raises(Exception, match="could not be written") as refused:
        render_pdf(job, tmp_path / "missing" / "labels.pdf")
    assert "choose another folder" in refused.value.localized()


def test_the_reference_presets_are_the_media_the_issue_lists() -> None:
    from importlib.resources import files

    data = json.loads(
        files("silvershop.resources.reference").joinpath("label_presets.json").read_text("utf-8")
    )
    sizes = {(tuple(p["label"]), tuple(p["grid"])) for p in data["presets"]}
    assert {((40, 30), (1, 1)), ((50, 30), (1, 1)), ((60, 40), (1, 1)), ((70, 50), (1, 1))} <= sizes
    assert {((63.5, 38.1), (3, 7)), ((70, 37), (3, 8)), ((99.1, 38.1), (2, 7))} <= sizes
    assert any(p["media"] == "tape" and p["label"][0] == 62 for p in data["presets"])


def test_another_centres_units_and_shelves_are_not_labelled(desk: tuple[Database, Actor]) -> None:
    db, _clerk = desk
    elsewhere = actor_with([Role.DESK_CLERK], [999], username="bh", user_id=None)
    editor = actor_with([Role.CATALOGUE_EDITOR], [], username="editor", user_id=None)
    for outsider in (elsewhere, editor):
        with reading(db.sessions) as s:
            with pytest.raises(PermissionDenied):
                labels_for(s, outsider, PayloadKind.UNIT, ["LX01-00001"])
            with pytest.raises(PermissionDenied):
                labels_for(s, outsider, PayloadKind.LOCATION, ["LX01-A1"])
            with pytest.raises(PermissionDenied):
                centre_unit_labels(s, outsider, "LX01")
    with reading(db.sessions) as s:  # a product's label names no centre: anyone who prints may print it
        assert [i.code for i in labels_for(s, editor, PayloadKind.PRODUCT, ["P-000001"])] == ["P-000001"]


def test_a_pdf_that_cannot_take_its_place_is_a_sentence_and_leaves_nothing(
    desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    roll = next(p for p in presets(desk) if p.name == "热敏 40×30")
    job = LabelJob(roll, items(desk, PayloadKind.UNIT, ["LX01-00001"]))
    (tmp_path / "labels.pdf").mkdir()  # a folder where the file should go, as a locked file would be
    with pytest.raises(SilvershopError, match="could not be written") as refused:
        render_pdf(job, tmp_path / "labels.pdf")
    assert "Close it or choose another folder" in refused.value.localized()
    assert [p.name for p in tmp_path.iterdir()] == ["labels.pdf"]
