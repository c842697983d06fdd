"""Excel import of the computer register: reading files, guessing columns, previewing rows
and storing them all-or-nothing. Every .xlsx here is made by the test with openpyxl."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.exc import OperationalError

from cddesk.errors import KnownError, StorageError
from cddesk.services import computer_import as ci
from cddesk.services.computers import ComputerData, ComputerService
from cddesk.services.staff import StaffData, StaffService
from models import ComputerKind, ComputerStatus

THAI = re.compile(r"[\u0e00-\u0e7f]")
TODAY = dt.date.today()
NEXT_YEAR_BE = TODAY.year + 1 + 543

HEADERS = [
    "ลำดับ", "เลขครุภัณฑ์", "ประเภท", "ยี่ห้อ", "รุ่น", "หมายเลขเครื่อง (S/N)",
    "หน่วยประมวลผล (CPU)", "หน่วยความจำ (RAM)", "ฮาร์ดดิสก์", "ระบบปฏิบัติการ", "วันที่ได้มา",
    "แหล่งงบประมาณ", "สถานที่ตั้ง", "ผู้รับผิดชอบ", "ชื่อเครื่อง", "IP Address", "MAC Address",
    "สถานะ", "วันที่สำรวจ", "หมายเหตุ",
]
COL = {name: i for i, name in enumerate(HEADERS)}


def write_xlsx(path: Path, rows: list[list[object]], *, title: bool = True,
               sheet: str = "ทะเบียนคอมพิวเตอร์") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:  # the title block government registers have above the table
        ws.append(["ทะเบียนครุภัณฑ์คอมพิวเตอร์ สำนักงานพัฒนาชุมชนอำเภอเมือง"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def register_row(i: int, **changes: object) -> list[object]:
    """A realistic register line; dates, sizes and words vary the way offices type them."""
    acquired: object = [
        dt.date(2019 + i % 5, 1 + i % 12, 1 + i % 28),  # a real date cell, C.E.
        dt.datetime(2562 + i % 5, 1 + i % 12, 1 + i % 28),  # typed 13/2/2565 in Excel: B.E.
        f"{1 + i % 28}/{1 + i % 12}/{2563 + i % 4}",  # text, B.E.
        f"{2020 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}",  # text, C.E.
        f"{1 + i % 28} มี.ค. {64 + i % 3}",  # text, short B.E.
        "๑๕/๐๖/๒๕๖๕",  # Thai digits
    ][i % 6]
    values = {
        "ลำดับ": i + 1,
        "เลขครุภัณฑ์": f"7440-001-{i + 1:04d}/2565",
        "ประเภท": ["คอมพิวเตอร์ตั้งโต๊ะ", "โน้ตบุ๊ก", "Notebook", "All in One"][i % 4],
        "ยี่ห้อ": ["Dell", "HP", "Lenovo", "Acer"][i % 4],
        "รุ่น": f"OptiPlex {3000 + i}",
        "หมายเลขเครื่อง (S/N)": f"SN{i:06d}",
        "หน่วยประมวลผล (CPU)": "Intel Core i5-10500",
        "หน่วยความจำ (RAM)": ["8 GB", "8GB", 16, "๘", "4096 MB"][i % 5],
        "ฮาร์ดดิสก์": ["1 TB", "512 GB", "256GB SSD", 500][i % 4],
        "ระบบปฏิบัติการ": "Windows 10 Pro",
        "วันที่ได้มา": acquired,
        "แหล่งงบประมาณ": "งบประมาณแผ่นดิน",
        "สถานที่ตั้ง": "ห้องพัฒนากร",
        "ผู้รับผิดชอบ": ["นางสาวสมศรี  ใจดี", "นายสมชาย ขยันยิ่ง", None, "-"][i % 4],
        "ชื่อเครื่อง": f"CDD-PC{i:02d}",
        "IP Address": f"192.168.1.{10 + i}",
        "MAC Address": f"00-1a-2b-3c-4d-{i:02x}",
        "สถานะ": ["ใช้งานได้", "ปกติ", "ชำรุด", "ดี", None][i % 5],
        "วันที่สำรวจ": "1/4/2568" if TODAY >= dt.date(2025, 4, 1) else None,
        "หมายเหตุ": None,
    }
    changed = {k.replace("_", " "): v for k, v in changes.items()}
    assert set(changed) <= set(values), set(changed) - set(values)
    values.update(changed)
    return [values[name] for name in HEADERS]


@pytest.fixture
def staff(db) -> dict[str, int]:
    service = StaffService(db)
    return {
        name: service.save(StaffData(name=name)).id
        for name in ("นางสาวสมศรี ใจดี", "นายสมชาย ขยันยิ่ง")
    }


def good_file(tmp_path: Path, count: int = 50) -> Path:
    rows: list[list[object]] = [HEADERS]
    for i in range(count):
        rows.append(register_row(i))
        if i == 20:
            rows.append([])  # a blank line in the middle
    rows.append([])
    rows.append([None, None, "ลงชื่อ.................................ผู้สำรวจ"])  # signature line
    return write_xlsx(tmp_path / "ทะเบียน.xlsx", rows)


def load(path: Path, db):
    sheet = ci.load_sheet(path, ci.read_workbook(path)[0].name)
    return sheet, ci.preview(db, sheet, ci.guess_mapping(sheet.headers))


def count(db) -> int:
    return len(ComputerService(db).rows())


# -- a good register ----------------------------------------------------------------------
def test_good_file_of_50_rows_imports_all(db, staff, tmp_path):
    path = good_file(tmp_path)
    [info] = ci.read_workbook(path)
    assert info.name == "ทะเบียนคอมพิวเตอร์" and info.row_count == 53 and not info.hidden
    assert info.first_rows[0][0].startswith("ทะเบียนครุภัณฑ์")

    sheet, result = load(path, db)
    assert sheet.header_row == 3 and sheet.headers[:2] == ["ลำดับ", "เลขครุภัณฑ์"]
    assert (result.ok_count, result.problem_count, result.duplicate_count) == (50, 0, 0), (
        result.problem_lines()
    )
    assert [row for row, _ in result.ignored] == [sheet.rows[-1].excel_row]
    assert result.can_commit and "พร้อมนำเข้า 50 เครื่อง" in result.summary()
    first = result.rows[0]
    assert first.excel_row == 4
    notes = {r.excel_row: r.year_notes for r in result.rows}
    assert notes[4][0] == "วันที่ได้มา: อ่านเป็นปี ค.ศ. 2019 (พ.ศ. 2562)"  # date cell, C.E.
    assert notes[5][0] == "วันที่ได้มา: อ่านเป็นปี พ.ศ. 2563"  # date cell holding 2563
    assert notes[6][0] == "วันที่ได้มา: อ่านเป็นปี พ.ศ. 2565"  # text 3/3/2565
    assert notes[7][0].startswith("วันที่ได้มา: อ่านเป็นปี ค.ศ. 2023")  # text 2023-04-04
    assert notes[8][0] == "วันที่ได้มา: อ่านปี 2 หลักเป็นปี พ.ศ. 2565"  # "5 มี.ค. 65"
    assert notes[9][0] == "วันที่ได้มา: อ่านเป็นปี พ.ศ. 2565"  # Thai digits

    outcome = ci.commit(db, result)
    assert outcome.inserted == 50 and not outcome.skipped and count(db) == 50
    assert "50 เครื่อง" in outcome.summary()
    stored = {c.asset_number: c for c in ComputerService(db).list()}
    one = stored["7440-001-0002/2565"]  # i = 1
    assert one.acquired_date == dt.date(2563 - 543, 2, 2)
    assert one.kind is ComputerKind.NOTEBOOK and one.status is ComputerStatus.USABLE
    assert one.ram_gb == 8.0 and one.disk_gb == 512.0
    assert one.mac_address == "00:1A:2B:3C:4D:01" and one.ip_address == "192.168.1.11"
    assert one.responsible_staff_id == staff["นายสมชาย ขยันยิ่ง"]
    assert stored["7440-001-0001/2565"].responsible_staff_id == staff["นางสาวสมศรี ใจดี"]
    assert stored["7440-001-0001/2565"].disk_gb == 1000.0  # 1 TB
    assert stored["7440-001-0005/2565"].ram_gb == 4.0  # 4096 MB
    assert stored["7440-001-0003/2565"].status is ComputerStatus.BROKEN
    assert stored["7440-001-0004/2565"].responsible_staff_id is None  # "-"
    assert stored["7440-001-0005/2565"].acquired_date == dt.date(2022, 3, 5)  # 5 มี.ค. 65


# -- bad rows -----------------------------------------------------------------------------
def test_bad_rows_are_reported_in_thai_and_nothing_is_written(db, staff, tmp_path):
    rows = [
        HEADERS,
        register_row(0),
        register_row(1, MAC_Address="00:1A:2B:3C"),
        register_row(2, IP_Address="192.168.1.300"),
        register_row(3, วันที่ได้มา=f"1/1/{NEXT_YEAR_BE}"),
        register_row(4, สถานะ="หาย"),
        register_row(5, ผู้รับผิดชอบ="นายไม่มี ในระบบ"),
        register_row(6, **{"หน่วยความจำ_(RAM)": "แปดกิ๊ก", "ประเภท": "เครื่องพิมพ์"}),
        register_row(7, วันที่ได้มา="31/2/2565"),
        register_row(8, เลขครุภัณฑ์=None),
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    _, result = load(path, db)
    assert (result.ok_count, result.problem_count) == (1, 8)
    problems = {r.excel_row: r.problems for r in result.rows}
    assert "MAC address «00:1A:2B:3C» ไม่ถูกต้อง" in problems[5]["mac_address"]
    assert "IP address «192.168.1.300» ไม่ถูกต้อง" in problems[6]["ip_address"]
    assert "เป็นวันในอนาคต" in problems[7]["acquired_date"]
    assert "สถานะ «หาย» ไม่รู้จัก" in problems[8]["status"]
    assert "ใช้งานได้, ชำรุด, รอจำหน่าย, จำหน่ายแล้ว" in problems[8]["status"]
    assert "เพิ่มชื่อนี้ในหน้าบุคลากรก่อน" in problems[9]["responsible_staff"]
    assert "8 GB" in problems[10]["ram_gb"] and "เครื่องพิมพ์" in problems[10]["kind"]
    assert "ไม่มีอยู่จริง" in problems[11]["acquired_date"]
    assert "ระบุเลขครุภัณฑ์" in problems[12]["asset_number"]
    for row in result.rows:
        assert (row.data is None) == bool(row.problems)
        assert all(THAI.search(message) for message in row.problems.values())
    assert result.problem_lines()[0].startswith("แถว 5: MAC address")
    assert not result.can_commit

    with pytest.raises(KnownError) as caught:
        ci.commit(db, result)
    assert "8 แถวที่ต้องแก้ไข" in caught.value.message and "แถว 5, 6, 7" in caught.value.message
    assert "ยังไม่ได้บันทึกข้อมูลใด ๆ" in caught.value.message
    assert "แถว 9: ผู้รับผิดชอบ" in caught.value.detail
    assert count(db) == 0


def test_dates_misread_by_excel_and_numbers_that_are_not_dates(db, tmp_path):
    rows = [
        HEADERS,
        register_row(0, วันที่ได้มา=dt.date(1968, 2, 13)),  # "13/2/68" typed in a C.E. Excel
        register_row(1, วันที่ได้มา=2568),  # a year alone
        register_row(2, วันที่ได้มา=45701.0),  # a date cell without date format
    ]
    _, result = load(write_xlsx(tmp_path / "dates.xlsx", rows), db)
    problems = {r.excel_row: r.problems for r in result.rows}
    assert "ให้พิมพ์ปี พ.ศ. 4 หลัก" in problems[4]["acquired_date"]
    assert "ไม่ใช่วันที่" in problems[5]["acquired_date"]
    assert not problems[6]
    assert result.rows[2].data.acquired_date == dt.date(2025, 2, 13)


# -- duplicates ---------------------------------------------------------------------------
def test_duplicates_of_the_register_and_within_the_file_are_reported_and_skipped(
    db, staff, tmp_path
):
    service = ComputerService(db)
    service.save(ComputerData(asset_number="A-1", serial_number="SN-1"))
    rows = [HEADERS]
    for asset, serial in [("A-1", "SN-X"), ("A-2", "SN-1"), ("A-3", "SN-3"), ("A-3", "SN-33"),
                          ("A-4", "SN-4"), ("A-5", "SN-4"), ("A-6", None)]:
        rows.append(register_row(len(rows), เลขครุภัณฑ์=asset, **{"หมายเลขเครื่อง_(S/N)": serial}))
    rows.append(register_row(20, เลขครุภัณฑ์="A-1", MAC_Address="bad"))  # dup + problem
    _, result = load(write_xlsx(tmp_path / "dups.xlsx", rows), db)
    dups = {r.excel_row: r.duplicate_of for r in result.rows if r.is_duplicate}
    assert dups == {
        4: "ซ้ำกับเครื่องในทะเบียน เลขครุภัณฑ์ A-1",
        5: "ซ้ำกับเครื่องในทะเบียน หมายเลขเครื่อง (S/N) SN-1",
        7: "ซ้ำกับแถวที่ 6 ในไฟล์นี้ (เลขครุภัณฑ์ A-3)",
        9: "ซ้ำกับแถวที่ 8 ในไฟล์นี้ (หมายเลขเครื่อง SN-4)",
        11: "ซ้ำกับเครื่องในทะเบียน เลขครุภัณฑ์ A-1",
    }
    assert (result.ok_count, result.problem_count, result.duplicate_count) == (3, 0, 5)
    outcome = ci.commit(db, result)
    assert outcome.inserted == 3 and [r.excel_row for r in outcome.skipped] == [4, 5, 7, 9, 11]
    assert "ข้ามรายการซ้ำ 5 แถว" in outcome.summary()
    assert sorted(c.asset_number for c in service.list()) == ["A-1", "A-3", "A-4", "A-6"]
    _, again = load(tmp_path / "dups.xlsx", db)  # importing the same file twice adds nothing
    assert again.ok_count == 0 and ci.commit(db, again).inserted == 0


# -- all or nothing -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "failure", [RuntimeError("bug"), OperationalError("INSERT", {}, Exception("disk I/O error"))]
)
def test_a_failure_on_the_30th_row_stores_nothing(db, staff, tmp_path, monkeypatch, failure):
    ComputerService(db).save(ComputerData(asset_number="OLD-1"))
    _, result = load(good_file(tmp_path), db)
    real_save_in = ComputerService.save_in
    calls = []

    def failing_save_in(self, session, data):
        calls.append(data.asset_number)
        if len(calls) == 30:
            raise failure
        return real_save_in(self, session, data)

    monkeypatch.setattr(ComputerService, "save_in", failing_save_in)
    expected = StorageError if isinstance(failure, OperationalError) else RuntimeError
    with pytest.raises(expected) as caught:
        ci.commit(db, result)
    if expected is StorageError:
        assert "ยังไม่ได้บันทึกข้อมูลใด ๆ" in caught.value.message
    assert len(calls) == 30 and count(db) == 1


def test_a_clash_found_only_while_saving_stores_nothing(db, staff, tmp_path):
    _, result = load(good_file(tmp_path), db)
    ComputerService(db).save(ComputerData(asset_number="7440-001-0040/2565"))  # added meanwhile
    with pytest.raises(KnownError) as caught:
        ci.commit(db, result)
    assert "แถว 44" in caught.value.message and "มีอยู่ในทะเบียนแล้ว" in caught.value.message
    assert count(db) == 1


# -- files that are not a usable .xlsx ----------------------------------------------------
def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("ลำดับ,เลขครุภัณฑ์,ยี่ห้อ\n1,7440-001,Dell\n".encode(), "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (random.Random(7).randbytes(4096), "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (b"", "ว่างเปล่า"),
        (OLE + b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00", "Excel รุ่นเก่า (.xls)"),
        (OLE + "EncryptionInfo".encode("utf-16-le"), "ตั้งรหัสผ่านไว้"),
        (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "หน้าเว็บ (HTML/XML)"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), "(.ods)"),
        (_zip({"word/document.xml": b"<w/>"}), "ไม่ใช่ไฟล์ Excel (.xlsx)"),
        (_zip({"xl/workbook.xml": b"<not a workbook"}), "เปิดไฟล์"),
        (b"PK\x03\x04" + bytes(60), "เสียหาย"),
    ],
    ids=["text", "random", "empty", "xls", "password", "html", "ods", "docx", "broken", "cut"],
)
def test_a_file_that_is_not_a_usable_xlsx_is_refused_in_thai(tmp_path, content, expected):
    path = tmp_path / "ทะเบียน.xlsx"
    path.write_bytes(content)
    for read in (ci.read_workbook, lambda p: ci.load_sheet(p, "Sheet")):
        with pytest.raises(KnownError) as caught:
            read(path)
        assert expected in caught.value.message and THAI.search(caught.value.message)
        assert "ทะเบียน.xlsx" in caught.value.message


def test_a_truncated_real_workbook_is_refused(tmp_path):
    data = good_file(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(KnownError, match="เสียหาย"):
        ci.read_workbook(path)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(KnownError, match="ไม่พบไฟล์"):
        ci.read_workbook(tmp_path / "nothing.xlsx")


def test_empty_workbook_and_empty_sheets_are_refused_in_thai(tmp_path):
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(KnownError, match="ไม่มีข้อมูลในแผ่นงานใดเลย"):
        ci.read_workbook(empty)

    wb = openpyxl.Workbook()
    wb.active.title = "ว่าง"
    wb.create_sheet("หัวเรื่อง").append(["ทะเบียนครุภัณฑ์คอมพิวเตอร์"])
    wb.create_sheet("หัวตาราง").append(HEADERS)
    hidden = wb.create_sheet("ซ่อน")
    hidden.append(HEADERS)
    hidden.sheet_state = "hidden"
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    infos = ci.read_workbook(path)
    assert [(s.name, s.row_count, s.hidden) for s in infos] == [
        ("ว่าง", 0, False), ("หัวเรื่อง", 1, False), ("หัวตาราง", 1, False), ("ซ่อน", 1, True)
    ]
    for name, expected in [("ว่าง", "ไม่มีข้อมูล"), ("หัวเรื่อง", "ไม่พบแถวหัวตาราง"),
                           ("หัวตาราง", "มีแต่หัวตาราง"), ("ไม่มีแผ่นนี้", "ไม่พบแผ่นงาน")]:
        with pytest.raises(KnownError, match=expected):
            ci.load_sheet(path, name)


# -- quirks of real files -----------------------------------------------------------------
def test_a_wrong_sheet_dimension_does_not_hide_rows(db, staff, tmp_path):
    """Some export tools write <dimension ref="A1"/>; read-only openpyxl would stop there."""
    path = good_file(tmp_path, count=12)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = members["xl/worksheets/sheet1.xml"]
    assert b'<dimension ref="A1:T' in sheet_xml
    members["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', sheet_xml
    )
    broken = tmp_path / "dimension.xlsx"
    broken.write_bytes(_zip(members))
    sheet, result = load(broken, db)
    assert len(sheet.headers) == len(HEADERS) and result.ok_count == 12


def test_a_two_row_header_with_merged_group_titles_is_joined(db, tmp_path):
    top = ["ลำดับ", "เลขครุภัณฑ์", "รายละเอียดเครื่อง", None, None, "ผู้รับผิดชอบ", "หมายเหตุ"]
    sub = [None, None, "ยี่ห้อ", "รุ่น", "หมายเลขเครื่อง", None, None]
    data = [1, "A-1", "Dell", "Vostro 3710", "SN1", None, "ห้อง\u200bธุรการ"]
    path = write_xlsx(tmp_path / "two.xlsx", [top, sub, data], title=False)
    sheet = ci.load_sheet(path, "ทะเบียนคอมพิวเตอร์")
    assert sheet.headers[2:5] == ["รายละเอียดเครื่อง ยี่ห้อ", "รุ่น", "หมายเลขเครื่อง"]
    mapping = ci.guess_mapping(sheet.headers)
    assert mapping == {1: "asset_number", 2: "brand", 3: "model", 4: "serial_number",
                       5: "responsible_staff", 6: "notes"}
    [row] = ci.preview(db, sheet, mapping).rows
    assert row.excel_row == 3 and row.data.model == "Vostro 3710" and row.data.notes == "ห้องธุรการ"


# -- mapping ------------------------------------------------------------------------------
def test_mapping_guess_for_thai_government_headers():
    headers = ["ลำดับที่", "หมายเลขครุภัณฑ์", "ประเภท", "ยี่ห้อ", "รุ่น", "Serial Number", "CPU",
               "RAM", "ความจุ", "OS", "วันที่ตรวจรับ", "งบประมาณ", "ที่ตั้ง", "ผู้ใช้งาน",
               "Hostname", "IP", "MAC", "สภาพ", "วันที่สำรวจ", "หมายเหตุ", "ราคา (บาท)",
               "ปีงบประมาณ", "Description", ""]
    assert ci.guess_mapping(headers) == {
        1: "asset_number", 2: "kind", 3: "brand", 4: "model", 5: "serial_number", 6: "cpu",
        7: "ram_gb", 8: "disk_gb", 9: "os_name", 10: "acquired_date", 11: "budget_source",
        12: "location", 13: "responsible_staff", 14: "hostname", 15: "ip_address",
        16: "mac_address", 17: "status", 18: "survey_date", 19: "notes",
    }
    other = ["รหัสครุภัณฑ์", "S/N", "หน่วยประมวลผล", "หน่วยความจำ", "ฮาร์ดดิสก์",
             "ระบบปฏิบัติการ", "รุ่นระบบปฏิบัติการ", "วันที่ซื้อ", "แหล่งงบประมาณ",
             "สถานที่ตั้ง", "ผู้รับผิดชอบ", "ชื่อเครื่อง", "IP  address", "MAC-Address", "สถานะ",
             "วัน เดือน ปี ที่ได้มา", "วันที่ตรวจนับ"]
    assert ci.guess_mapping(other) == {
        0: "asset_number", 1: "serial_number", 2: "cpu", 3: "ram_gb", 4: "disk_gb", 5: "os_name",
        6: "os_version", 8: "budget_source", 9: "location", 10: "responsible_staff",
        11: "hostname", 12: "ip_address", 13: "mac_address", 14: "status", 15: "acquired_date",
        16: "survey_date",
    }  # two exact matches for one field: the longer (more specific) header wins, the other
    # date column is left for the person to choose
    assert set(ci.guess_mapping(HEADERS).values()) == set(ci.FIELD_LABELS) - {"os_version"}
    assert list(ci.guess_mapping(["เลขครุภัณฑ์", "หมายเลขครุภัณฑ์", "ยี่ห้อ"]).values()) == [
        "asset_number", "brand"
    ]


def test_mapping_must_name_the_asset_number_once(db, tmp_path):
    sheet = ci.load_sheet(good_file(tmp_path, count=2), "ทะเบียนคอมพิวเตอร์")
    with pytest.raises(KnownError, match="ยังไม่ได้เลือกคอลัมน์ «เลขครุภัณฑ์»"):
        ci.preview(db, sheet, {3: "brand"})
    with pytest.raises(KnownError, match="หลายคอลัมน์"):
        ci.preview(db, sheet, {1: "asset_number", 3: "brand", 4: "brand"})
    fields = {f.name for f in dataclasses.fields(ComputerData)}
    assert set(ci.FIELD_LABELS) - {"responsible_staff"} <= fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [("8 GB", 8.0), ("8GB", 8.0), ("1 TB", 1000.0), ("๘", 8.0), (16, 16.0), ("4096 MB", 4.0),
     ("256GB SSD", 256.0), ("SSD 256 GB + HDD 1 TB", 1256.0), ("1,024 GB", 1024.0),
     ("1.5TB", 1500.0), ("8 GB DDR4", 8.0), ("-", None), (None, None)],
)
def test_sizes_are_read_in_gb(value, expected):
    assert ci.parse_size_gb(value) == expected


@pytest.mark.parametrize(
    ("kind", "status", "expected_kind", "expected_status"),
    [
        ("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล", "ใช้งานไม่ได้", "notebook", "broken"),
        ("เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 1", "ชำรุด รอจำหน่าย", "desktop", "awaiting_disposal"),
        ("เครื่องคอมพิวเตอร์แม่ข่าย", "พอใช้", "server", "usable"),
        (None, None, "desktop", "usable"),
    ],
)
def test_register_wording_of_kind_and_status(db, tmp_path, kind, status, expected_kind,
                                              expected_status):
    line = register_row(3, ประเภท=kind, สถานะ=status)
    path = write_xlsx(tmp_path / "words.xlsx", [HEADERS, line])
    _, result = load(path, db)
    [row] = result.rows
    assert row.data is not None, row.problems
    assert (row.data.kind.value, row.data.status.value) == (expected_kind, expected_status)


def test_a_size_that_is_not_a_number_is_refused():
    with pytest.raises(ValueError, match="8 GB"):
        ci.parse_size_gb("แปดกิ๊ก")
