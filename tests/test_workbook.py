"""The whole office as one workbook and back: the sample office exported and imported into
an empty office compares equal field by field; bad workbooks store nothing and say why."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from cddesk.app_services import Services
from cddesk.cli import main
from cddesk.errors import KnownError
from cddesk.paths import DataPaths
from cddesk.workbook import DATE_FORMAT, SHEETS, export_workbook, import_workbook
from models import Base

TIMESTAMPS = {"created_at", "updated_at", "added_at"}
PROVINCE_TABLES = {"province_district", "province_package"}
# Kept by triggers, not records of the office (models.changes): a restored workbook makes its own;
# the scoring engine's prepared facts (models.facts_cache), made again from the records; the
# log of register writes (models.changes.RegisterChange).
BOOKKEEPING_TABLES = {"change_count", "facts_cache", "register_change"}


def table_rows(database: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    con = sqlite3.connect(database)
    try:
        return con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()  # noqa: S608
    finally:
        con.close()


def test_every_column_of_every_table_is_in_the_workbook() -> None:
    covered = {spec.key: {f.name for f in spec.fields} for spec in SHEETS}
    for table in Base.metadata.sorted_tables:
        if table.name in PROVINCE_TABLES | BOOKKEEPING_TABLES:
            continue  # the province's registry of districts and imported packages; write counts; facts
        assert table.name in covered, f"table {table.name} has no sheet"
        left_out = {c.name for c in table.columns} - covered[table.name] - TIMESTAMPS
        if table.name == "office_profile":
            left_out -= {"id"}  # always 1: one office per database
        assert left_out == set(), f"{table.name}: columns not exported {left_out}"
    assert all(len(spec.title) <= 31 for spec in SHEETS)
    assert len({spec.title for spec in SHEETS}) == len(SHEETS)


def test_round_trip_keeps_every_field(sample_services: Services, tmp_path: Path) -> None:
    book = tmp_path / "office.xlsx"
    counts = export_workbook(sample_services, book)
    assert counts["การประชุมออนไลน์"] > 20 and counts["หลักฐานที่แนบ"] > 50
    target = Services.open(DataPaths(tmp_path / "new-pc"))
    try:
        report = import_workbook(target, book)
        assert report.ok, report.problems[:5]
        assert report.stored == {k: v for k, v in counts.items() if v}
    finally:
        target.close()
    for spec in SHEETS:
        columns = [f.name for f in spec.fields]
        before = table_rows(sample_services.db.paths.database, spec.key, columns)
        after = table_rows(DataPaths(tmp_path / "new-pc").database, spec.key, columns)
        assert after == before, spec.title
        assert before or spec.key in {"evidence_file"}, f"the sample office has no {spec.title}"


def test_cells_are_real_dates_numbers_and_thai_names(sample_services: Services, tmp_path: Path) -> None:
    book = tmp_path / "office.xlsx"
    export_workbook(sample_services, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["การประชุมออนไลน์"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["รหัส", "ประเภท", "วันที่"]
    assert ws.freeze_panes == "A2"
    row = [c for c in ws[2]]
    assert isinstance(row[2].value, dt.datetime) and row[2].number_format == DATE_FORMAT
    assert row[1].value.startswith("เข้าร่วม")  # a Thai name, not the token
    assert isinstance(row[3].value, dt.time)
    assert ws.print_title_rows == "$1:$1"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert row[2].font.name == "TH SarabunPSK"
    assert ws.column_dimensions["F"].width > 30  # the topic column is fitted to its text


def test_import_into_an_office_with_data_is_refused(sample_services: Services, tmp_path: Path) -> None:
    book = tmp_path / "office.xlsx"
    export_workbook(sample_services, book)
    with pytest.raises(KnownError, match="เฉพาะสำนักงานที่ยังไม่มีข้อมูล"):
        import_workbook(sample_services, book)


def test_bad_rows_store_nothing_and_are_reported_by_sheet_and_row(sample_services: Services, tmp_path: Path) -> None:
    book = tmp_path / "office.xlsx"
    export_workbook(sample_services, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["การประชุมออนไลน์"]
    ws["C5"] = "32/13/2568"  # not a date
    ws["H6"] = -3  # negative participants
    wb["ผลการจัดเก็บข้อมูล จปฐ. (สะสม)"]["C3"] = 99999  # more than the 12,480 target
    wb.save(book)
    target = Services.open(DataPaths(tmp_path / "new"))
    try:
        report = import_workbook(target, book)
        assert not report.ok
        text = "\n".join(report.problems)
        assert "แผ่นงาน «การประชุมออนไลน์» แถว 5: วันที่: วันที่ «32/13/2568» ไม่มีอยู่จริง" in text
        assert "ระบุวันที่" not in text  # one message per problem
        assert "แผ่นงาน «การประชุมออนไลน์» แถว 6: จำนวนผู้เข้าร่วม (คน) ต้องไม่ติดลบ" in text
        assert "มากกว่าเป้าหมาย 12,480 ครัวเรือน" in text
        assert report.stored == {}
        assert target.staff.list() == [] and target.office.profile() is None
        assert target.kinds["online_meeting"].list() == []
    finally:
        target.close()


def test_a_sheet_from_elsewhere_is_refused(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.active.append(["ชื่อ", "ที่อยู่", "โทร"])
    wb.active.append(["ก", "ข", "ค"])
    wb.save(book)
    services = Services.open(db.paths)
    report = import_workbook(services, book)
    assert not report.ok and "ไม่ใช่แผ่นงานของ CD Desk" in report.problems[0]


def test_cli_round_trip_and_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "a"), "sample-office"]) == 0
    assert main(["--data-dir", str(tmp_path / "a"), "export-workbook", str(tmp_path / "a.xlsx")]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "import-workbook", str(tmp_path / "a.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "นำเข้าแล้ว" in out and "การประชุมออนไลน์: 34 แถว" in out
    assert "ไฟล์หลักฐาน 1 ไฟล์ยังไม่อยู่ในเครื่องนี้" in out
    with pytest.raises(KnownError, match="โฟลเดอร์ข้อมูลที่ยังว่าง"):
        main(["--data-dir", str(tmp_path / "a"), "sample-office"])
