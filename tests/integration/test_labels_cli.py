"""`silvershop-cli labels` as a desk without the window uses it: a PDF whose QR codes read back as the
records asked for, in the cells a half-used sheet leaves; every refusal one sentence, exit 2 and no
file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.programs import cli_line, ok, refused
from tests.qr_reading import decoded, pdf_pages

ADMIN_PW = "admin-password"
DEKANG = "91350100M000100Y43"
SHEET = '"A4 3×8 (70×37)"'


def as_boss(db: str, line: str) -> subprocess.CompletedProcess[str]:
    return cli_line(f"--db {db} --as boss {line}", SILVERSHOP_PASSWORD=ADMIN_PW)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Administrator `boss`; products P-000001 轮椅坐垫 and P-000002 手动轮椅车; centre LX01 with a store
    room ST and a shelf A1; two wheelchairs registered at LX01; 3 cushions received today."""
    home = tmp_path_factory.mktemp("labels")
    env = {"SILVERSHOP_DATA_DIR": str(home / "data"), "SILVERSHOP_CONFIG_DIR": str(home / "config")}
    path = home / "template.sqlite3"
    db = f"sqlite:///{path}"
    ok(cli_line(f"--db {db} user add boss --role administrator --password-stdin", stdin=ADMIN_PW, **env))
    for line in (
        f"enterprise add --name 无锡德康康复器材有限公司 --credit-code {DEKANG}",
        f"product add --name 轮椅坐垫 --model WC-1010 --enterprise {DEKANG} --price 99",
        f"product add --name 手动轮椅车 --model WC-101 --enterprise {DEKANG} --price 1299 --rentable "
        "--rent 200 --deposit 500",
        "centre add --code LX01 --name 梁溪区适老生活体验中心 --district 320213",
        "location add LX01 ST --name 库房 --kind store",
        "location add LX01 A1 --name 展示区A1 --kind display",
        "unit add LX01 P-000002",
        "unit add LX01 P-000002",
        "stock receive LX01 P-000001 --location ST --quantity 3 --delivery-note SD-1",
    ):
        ok(cli_line(f"--db {db} --as boss {line}", SILVERSHOP_PASSWORD=ADMIN_PW, **env))
    return path


@pytest.fixture
def office(template: Path, db_file: Path, db_url: str) -> str:
    shutil.copyfile(template, db_file)
    return db_url


def read_back(path: Path, qapp: QApplication) -> list[list[str]]:
    """Each page's QR codes, left to right and top to bottom, as a phone would read the paper."""
    pages = []
    for page in pdf_pages(path, 203):
        found = decoded(page)
        found.sort(key=lambda r: (round(r.position.top_left.y / 50), r.position.top_left.x))
        pages.append([r.text for r in found])
    return pages


def test_product_labels_with_skip_and_copies(office: str, tmp_path: Path, qapp: QApplication) -> None:
    out = tmp_path / "sheet.pdf"
    codes = "--kind product --codes P-000001 ｐ-000002"
    line = f"--json labels {codes} --preset {SHEET} --skip 22 --copies 2 --out {out}"
    report = json.loads(ok(as_boss(office, line)))
    assert report["labels"] == 4 and report["pages"] == 2
    assert report["codes"] == ["P-000001", "P-000002"]
    # Cells 23 and 24 of the first sheet, then the first two of the next.
    assert read_back(out, qapp) == [["SS:P:P-000001", "SS:P:P-000001"], ["SS:P:P-000002", "SS:P:P-000002"]]


def test_all_units_of_a_centre_on_a_thermal_roll(office: str, tmp_path: Path, qapp: QApplication) -> None:
    out = tmp_path / "units.pdf"
    ok(as_boss(office, f'labels --centre lx01 --all-units --preset "热敏 50×30" --out {out}'))
    assert read_back(out, qapp) == [["SS:U:LX01-00001"], ["SS:U:LX01-00002"]]


def test_everything_received_today_gets_a_label_a_piece(
    office: str, tmp_path: Path, qapp: QApplication
) -> None:
    out = tmp_path / "received.pdf"
    ok(as_boss(office, f"labels --centre LX01 --received-today --preset {SHEET} --out {out}"))
    assert read_back(out, qapp) == [["SS:P:P-000001"] * 3]


def test_location_and_centre_labels(office: str, tmp_path: Path, qapp: QApplication) -> None:
    out = tmp_path / "places.pdf"
    ok(as_boss(office, f'labels --kind location --codes LX01-ST LX01-A1 --preset "热敏 40×30" --out {out}'))
    assert read_back(out, qapp) == [["SS:L:LX01-ST"], ["SS:L:LX01-A1"]]
    ok(as_boss(office, f'labels --kind centre --codes LX01 --preset "热敏 40×30" --out {out}'))
    assert read_back(out, qapp) == [["SS:C:LX01"]]


def test_label_presets_are_listed(office: str) -> None:
    presets = json.loads(ok(as_boss(office, "--json label-presets")))
    assert len(presets) == 8
    assert {"name": "A4 3×8 (70×37)", "grid": [3, 8]}.items() <= presets[6].items()


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (f"labels --kind product --codes P_0001 --preset {SHEET}", "cannot go on a label"),
        (f"labels --kind product --codes P-000404 --preset {SHEET}", "No product has the code P-000404."),
        (f"labels --kind product --codes P-000001 --preset {SHEET} --skip 24", "skip from 0 to 23"),
        (f"labels --kind product --codes P-000001 --preset {SHEET} --copies 0", "--copies"),
        ("labels --kind product --codes P-000001 --preset 热敏100", "no label preset called “热敏100”"),
        (f"labels --codes P-000001 --preset {SHEET}", "--codes needs --kind"),
        (f"labels --centre LX01 --preset {SHEET}", "Say which labels"),
        (f"labels --kind unit --codes LX01-00001 --centre LX01 --all-units --preset {SHEET}", "either"),
        ("labels --centre BH09 --all-units --preset 热敏100", "no label preset"),
    ],
)
def test_refusals_are_one_sentence_and_write_no_file(
    office: str, tmp_path: Path, line: str, sentence: str
) -> None:
    out = tmp_path / "labels.pdf"
    assert sentence in refused(as_boss(office, f"{line} --out {out}"))
    assert [p.name for p in tmp_path.iterdir() if "labels" in p.name] == []  # no PDF, no partial one


def test_a_file_that_is_not_a_pdf_or_cannot_be_written_is_refused(office: str, tmp_path: Path) -> None:
    assert ".pdf" in refused(
        as_boss(office, f"labels --kind product --codes P-000001 --preset {SHEET} --out {tmp_path / 'a.txt'}")
    )
    missing = tmp_path / "no-such-folder" / "a.pdf"
    assert "choose another folder" in refused(
        as_boss(office, f"labels --kind product --codes P-000001 --preset {SHEET} --out {missing}")
    )
