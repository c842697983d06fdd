"""Reports as Excel: real cells, formulas, Thai font, frozen and repeated header, A4 fit
to width; LibreOffice opens the file without a repair prompt (where it is installed)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cddesk.app_services import Services
from cddesk.periods import parse_period
from cddesk.reports import REPORTS, build_report, generate
from cddesk.reports.xlsx import write_workbook
from cddesk.workbook import DATE_FORMAT, FONT

TODAY = dt.date(2025, 4, 20)


@pytest.fixture
def all_reports(sample_services: Services, tmp_path: Path) -> Path:
    reports = [build_report(sample_services, r.name, parse_period("2568"), TODAY) for r in REPORTS]
    path = tmp_path / "reports.xlsx"
    write_workbook(reports, path)
    return path


def test_one_sheet_per_report_with_print_setup(all_reports: Path) -> None:
    book = load_workbook(all_reports)
    assert len(book.sheetnames) == len(REPORTS)
    for ws in book.worksheets:
        assert ws["A1"].font.name == FONT and ws["A1"].font.b
        assert ws.freeze_panes and ws.freeze_panes != "A1", ws.title
        header_row = int(ws.freeze_panes[1:]) - 1
        assert ws.print_title_rows == f"${header_row}:${header_row}"
        assert ws.cell(header_row, 1).font.b and ws.cell(header_row, 1).fill.fgColor.rgb.endswith("DDE8F5")
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert widths and all(8 <= w <= 62 for w in widths)


def test_dates_and_numbers_are_real_cells_and_totals_are_formulas(all_reports: Path) -> None:
    book = load_workbook(all_reports)
    ws = book["สถิติประชุมออนไลน์"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    dates = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert dates and all(c.number_format == DATE_FORMAT for c in dates)
    ints = [c for row in ws.iter_rows() for c in row if isinstance(c.value, int)]
    assert ints and all(c.number_format in ("#,##0", "#,##0.##", "0.00%") for c in ints)
    formulas = [v for row in values for v in row if isinstance(v, str) and v.startswith("=SUM(")]
    assert formulas, "the monthly statistics have a total row of SUM formulas"
    digital = book["ประเมินตนเอง Digital 4.0"]
    cells = [c.value for row in digital.iter_rows() for c in row]
    assert "=SUM(B" in "".join(v for v in cells if isinstance(v, str))
    assert digital._charts, "the domain chart is a real Excel chart"
    # quantities are never written as text (criterion codes such as "3" are text on purpose)
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=int(ws.freeze_panes[1:])):
            for c in row:
                if isinstance(c.value, str) and c.value.replace(",", "").isdigit() and len(c.value) > 2:
                    pytest.fail(f"{ws.title}!{c.coordinate} holds a number as text: {c.value!r}")


def test_generate_xlsx_writes_one_sheet(sample_services: Services, tmp_path: Path) -> None:
    made = generate(sample_services, "computers", parse_period("2568-03"), "xlsx", tmp_path / "c.xlsx", today=TODAY)
    book = load_workbook(made.path)
    assert book.sheetnames == ["ทะเบียนคอมพิวเตอร์"]
    ws = book.active
    assert ws.page_setup.orientation == "landscape"
    asset_numbers = [c.value for c in ws["B"] if isinstance(c.value, str) and c.value.startswith("7440")]
    assert len(asset_numbers) == len(sample_services.computers.rows())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed on this machine")
def test_libreoffice_opens_without_repair(all_reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out), str(all_reports)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    produced = out / "reports.csv"
    assert produced.is_file(), result.stdout + result.stderr
    rows = list(csv.reader(produced.open(encoding="utf-8")))
    assert rows[0][0] == build_title(all_reports)
    assert any("คะแนนรวม" in cell for row in rows for cell in row)
    # the SUM formulas were calculated by LibreOffice: the domain maxima total 100
    assert any(row and row[0] == "รวม" and "100" in row for row in rows)


def build_title(path: Path) -> str:
    return str(load_workbook(path).worksheets[0]["A1"].value)
