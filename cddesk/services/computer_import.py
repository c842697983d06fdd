"""Importing an existing computer register from Excel (.xlsx), all or nothing.

The steps, each usable from the Qt wizard and from tests:

1. :func:`read_workbook` — the sheets of the file (a bad file → ``KnownError`` in Thai);
2. :func:`load_sheet` — the header row and the data rows of the chosen sheet;
3. :func:`guess_mapping` — which column holds which field, guessed from Thai/English
   headers used in government registers; the person may change it (``FIELD_LABELS``);
4. :func:`preview` — every row parsed and checked without writing: problems (Thai, per
   field), duplicates of the register or of an earlier row, and which year system
   (พ.ศ./ค.ศ.) each date was read in;
5. :func:`commit` — refuses while any row has problems; otherwise stores every good row
   in ONE transaction (duplicates are reported and skipped). Any error stores nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy.exc import OperationalError

from cddesk.db import Database
from cddesk.errors import KnownError, StorageError, ValidationError
from cddesk.labels import (
    COMPUTER_KIND,
    COMPUTER_STATUS,
    KIND_WORDS,
    kind_from_text,
    status_from_text,
)
from cddesk.services.computers import ComputerData, ComputerService, check_computer_fields
from cddesk.services.staff import StaffData, StaffService
from cddesk.services.xlsx_sheets import (
    SheetData,
    SheetInfo,
    cell_text,
    clean_text,
    load_sheet,
    parse_size_gb,
    read_date,
    read_workbook,
)
from cddesk.thaidate import be_year
from cddesk.validation import Problems
from models import ComputerKind, ComputerStatus

__all__ = [
    "FIELD_LABELS", "ImportPreview", "ImportResult", "RowResult", "SheetData", "SheetInfo",
    "commit", "guess_mapping", "load_sheet", "parse_size_gb", "preview", "read_workbook",
]

# Thai labels of every importable field, in the order the mapping step shows them.
# "responsible_staff" is a staff name in the file, matched to a person in the staff register.
FIELD_LABELS: dict[str, str] = {
    "asset_number": "เลขครุภัณฑ์",
    "kind": "ประเภทเครื่อง",
    "brand": "ยี่ห้อ",
    "model": "รุ่น",
    "serial_number": "หมายเลขเครื่อง (S/N)",
    "cpu": "หน่วยประมวลผล (CPU)",
    "ram_gb": "หน่วยความจำ RAM (GB)",
    "disk_gb": "ความจุดิสก์ (GB)",
    "os_name": "ระบบปฏิบัติการ",
    "os_version": "รุ่นของระบบปฏิบัติการ",
    "acquired_date": "วันที่ได้มา",
    "budget_source": "แหล่งงบประมาณ",
    "location": "สถานที่ตั้ง",
    "responsible_staff": "ผู้รับผิดชอบ",
    "hostname": "ชื่อเครื่อง (Hostname)",
    "ip_address": "IP address",
    "mac_address": "MAC address",
    "status": "สถานะ",
    "survey_date": "วันที่สำรวจ",
    "notes": "หมายเหตุ",
}
REQUIRED_FIELDS = ("asset_number",)

# Header words per field (matched ignoring case and spaces). "" lists headers of columns
# that are never imported (row numbers, prices, fiscal year) so they do not catch a field.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "asset_number": ("เลขครุภัณฑ์", "หมายเลขครุภัณฑ์", "รหัสครุภัณฑ์", "เลขที่ครุภัณฑ์",
                     "เลขทะเบียนครุภัณฑ์", "asset number", "asset no", "asset id", "asset tag"),
    "kind": ("ประเภท", "ประเภทเครื่อง", "ชนิด", "ชนิดเครื่อง", "type", "kind"),
    "brand": ("ยี่ห้อ", "brand", "ผู้ผลิต", "manufacturer"),
    "model": ("รุ่น", "รุ่นเครื่อง", "model"),
    "serial_number": ("หมายเลขเครื่อง", "หมายเลขประจำเครื่อง", "เลขเครื่อง", "serial number",
                      "serial no", "serial", "s/n", "sn"),
    "cpu": ("หน่วยประมวลผล", "หน่วยประมวลผลกลาง", "ซีพียู", "cpu", "processor"),
    "ram_gb": ("หน่วยความจำ", "หน่วยความจำหลัก", "แรม", "ram", "memory"),
    "disk_gb": ("ฮาร์ดดิสก์", "ฮาร์ดดิส", "ความจุ", "ความจุดิสก์", "ดิสก์", "หน่วยจัดเก็บข้อมูล",
                "hdd", "ssd", "hard disk", "harddisk", "disk", "storage"),
    "os_name": ("ระบบปฏิบัติการ", "os", "operating system"),
    "os_version": ("รุ่นระบบปฏิบัติการ", "รุ่นของระบบปฏิบัติการ", "เวอร์ชันระบบปฏิบัติการ",
                   "เวอร์ชัน", "os version", "version"),
    "acquired_date": ("วันที่ได้มา", "วันที่ซื้อ", "วันที่จัดซื้อ", "วันที่ตรวจรับ", "วันที่รับ",
                      "วันเดือนปีที่ได้มา", "purchase date", "acquired"),
    "budget_source": ("แหล่งงบประมาณ", "งบประมาณ", "แหล่งเงิน", "ประเภทเงิน", "budget"),
    "location": ("สถานที่ตั้ง", "ที่ตั้ง", "สถานที่", "สถานที่ใช้งาน", "ห้อง", "location"),
    "responsible_staff": ("ผู้รับผิดชอบ", "ผู้ใช้งาน", "ผู้ใช้", "ผู้ครอบครอง", "ผู้ถือครอง",
                          "ผู้ดูแล", "responsible", "user"),
    "hostname": ("ชื่อเครื่อง", "hostname", "host name", "computer name"),
    "ip_address": ("ip", "ip address", "ไอพี", "หมายเลขไอพี"),
    "mac_address": ("mac", "mac address", "หมายเลขแมค"),
    "status": ("สถานะ", "สภาพ", "สถานะการใช้งาน", "สภาพการใช้งาน", "status", "condition"),
    "survey_date": ("วันที่สำรวจ", "วันที่ตรวจสอบ", "วันที่ตรวจนับ", "survey date"),
    "notes": ("หมายเหตุ", "note", "notes", "remark", "remarks"),
    "": ("ลำดับ", "ลำดับที่", "ที่", "no", "ราคา", "ราคาต่อหน่วย", "มูลค่า", "ปีงบประมาณ",
         "ค่าเสื่อมราคา", "วิธีการได้มา", "วิธีได้มา", "จำนวน", "หน่วยนับ"),
}
_TEXT_FIELDS = ("asset_number", "brand", "model", "serial_number", "cpu", "os_name", "os_version",
                "budget_source", "location", "hostname", "ip_address", "mac_address", "notes")
_DATE_FIELDS = ("acquired_date", "survey_date")
_SIZE_FIELDS = ("ram_gb", "disk_gb")
_OLDEST_YEAR = 1980  # no office computer is older; older dates are misread years
# Register words that labels.STATUS_WORDS lacks (or would misread: "ใช้งานไม่ได้" ⊃ "ใช้งาน").
_EXTRA_STATUS = {
    "ดี": ComputerStatus.USABLE, "พอใช้": ComputerStatus.USABLE, "ใช้การได้": ComputerStatus.USABLE,
    "ใช้งานไม่ได้": ComputerStatus.BROKEN, "ใช้การไม่ได้": ComputerStatus.BROKEN,
    "ใช้ไม่ได้": ComputerStatus.BROKEN, "รอซ่อม": ComputerStatus.BROKEN,
    "ส่งซ่อม": ComputerStatus.BROKEN, "ชำรุดรอจำหน่าย": ComputerStatus.AWAITING_DISPOSAL,
}
_NOT_DATA = "ไม่มีเลขครุภัณฑ์ ถือเป็นแถวลงชื่อ/หมายเหตุ ไม่นำเข้า"
_TITLES = ("ว่าที่ร้อยตรี", "ว่าที่ร.ต.", "นางสาว", "น.ส.", "นาง", "นาย")


# -- mapping ------------------------------------------------------------------------------
def _compact(text: str) -> str:
    return re.sub(r"[\s:*]+", "", clean_text(text).lower())


def _score(header: str, keyword: str) -> int:
    """1000+ for an exact match, the keyword's length when the header contains it, else 0.
    Latin keywords must stand as words ("ip" does not match "description")."""
    if _compact(header) == _compact(keyword):
        return 1000 + len(keyword)
    if keyword.isascii():
        pattern = r"\s*".join(re.escape(part) for part in keyword.split())
        found = re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", clean_text(header).lower())
        return len(keyword) if found else 0
    return len(keyword) if _compact(keyword) in _compact(header) else 0


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field name for the columns whose header is recognised. Exact matches
    win over partial ones, longer words over shorter; no field gets two columns."""
    pairs = []
    for column, header in enumerate(headers):
        if not clean_text(header):
            continue
        for name, words in _KEYWORDS.items():
            best = max(_score(header, word) for word in words)
            if best:
                pairs.append((-best, column, name))
    mapping: dict[int, str] = {}
    decided: set[int] = set()
    for _, column, name in sorted(pairs):
        if column in decided or (name and name in mapping.values()):
            continue
        decided.add(column)
        if name:
            mapping[column] = name
    return dict(sorted(mapping.items()))


def _check_mapping(sheet: SheetData, mapping: dict[int, str]) -> None:
    unknown = sorted(set(mapping.values()) - set(FIELD_LABELS))
    if unknown:
        raise ValueError(f"unknown import fields: {unknown}")
    for name in set(mapping.values()):
        columns = [sheet.column_name(c) for c, f in mapping.items() if f == name]
        if len(columns) > 1:
            raise KnownError(
                f"เลือก «{FIELD_LABELS[name]}» ให้หลายคอลัมน์ ({', '.join(columns)}) "
                "เลือกได้คอลัมน์เดียว ให้เปลี่ยนคอลัมน์อื่นเป็น «ไม่นำเข้า»"
            )
    for name in REQUIRED_FIELDS:
        if name not in mapping.values():
            raise KnownError(
                f"ยังไม่ได้เลือกคอลัมน์ «{FIELD_LABELS[name]}» ซึ่งต้องมีทุกเครื่อง "
                "เลือกคอลัมน์ที่เป็นเลขครุภัณฑ์ในขั้นจับคู่คอลัมน์"
            )


# -- reading one cell ---------------------------------------------------------------------
def _date(value: object, label: str, epoch: dt.datetime, notes: list[str]) -> dt.date | None:
    found = read_date(value, label, epoch)
    if found is None:
        return None
    day, note = found
    if day.year < _OLDEST_YEAR:
        raise ValueError(
            f"{label}: ปี ค.ศ. {day.year} (พ.ศ. {be_year(day.year)}) เก่าเกินกว่าจะเป็นเครื่อง"
            "คอมพิวเตอร์ ถ้าพิมพ์ปี 2 หลักใน Excel โปรแกรม Excel อาจอ่านเป็น ค.ศ. 19xx "
            "ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น 13/02/2568"
        )
    notes.append(note)
    return day


def _kind(value: object) -> ComputerKind:
    text = cell_text(value)
    if not text:
        return ComputerKind.DESKTOP
    # "เครื่องคอมพิวเตอร์โน้ตบุ๊ก": a specific kind wins over the general word "คอมพิวเตอร์".
    lowered = text.lower()
    specific = (k for k, words in KIND_WORDS.items() if k is not ComputerKind.DESKTOP
                for w in words if len(w) > 3 and w in lowered)
    kind = next(specific, None) or kind_from_text(text)
    if kind is None:
        raise ValueError(
            f"ประเภทเครื่อง «{text}» ไม่รู้จัก ใช้คำใดคำหนึ่ง: {', '.join(COMPUTER_KIND.values())}"
        )
    return kind


def _status(value: object) -> ComputerStatus:
    text = cell_text(value)
    if not text:
        return ComputerStatus.USABLE
    status = _EXTRA_STATUS.get(_compact(text)) or status_from_text(text)
    if status is None or (status is ComputerStatus.USABLE and "ไม่" in text):
        raise ValueError(
            f"สถานะ «{text}» ไม่รู้จัก ใช้คำใดคำหนึ่ง: {', '.join(COMPUTER_STATUS.values())}"
        )
    return status


class _StaffIndex:
    """Staff found by name: exact (spaces normalised), else ignoring a title (นาย/นาง/…)."""

    def __init__(self, staff: list[StaffData]) -> None:
        self.exact: dict[str, list[int]] = {}
        self.bare: dict[str, list[int]] = {}
        for person in staff:
            if person.id is not None:
                self.exact.setdefault(_name(person.name), []).append(person.id)
                self.bare.setdefault(_bare(person.name), []).append(person.id)

    def find(self, value: object) -> int | None:
        name = _name(cell_text(value))
        if not name:
            return None
        ids = self.exact.get(name) or self.bare.get(_bare(name), [])
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise ValueError(
                f"มีบุคลากรชื่อ «{name}» มากกว่า 1 คน แก้ชื่อในหน้าบุคลากรให้ต่างกันก่อนนำเข้า"
            )
        raise ValueError(
            f"ไม่พบบุคลากรชื่อ «{name}» ให้เพิ่มชื่อนี้ในหน้าบุคลากรก่อน (สะกดให้ตรงกัน) "
            "หรือเว้นช่องผู้รับผิดชอบว่างไว้"
        )


def _name(text: str) -> str:
    return " ".join(clean_text(text).split())


def _bare(text: str) -> str:
    name = _name(text)
    for title in _TITLES:
        if name.startswith(title):
            return name[len(title) :].strip()
    return name


# -- preview ------------------------------------------------------------------------------
@dataclass
class RowResult:
    """One data row of the sheet as it would be imported."""

    excel_row: int
    data: ComputerData | None  # None when the row has problems
    problems: dict[str, str] = field(default_factory=dict)  # field → Thai message
    duplicate_of: str | None = None  # Thai: which register machine or file row it repeats
    year_notes: list[str] = field(default_factory=list)

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None

    @property
    def has_problems(self) -> bool:
        return bool(self.problems) and not self.is_duplicate  # duplicates are skipped anyway

    @property
    def ok(self) -> bool:
        return not self.problems and not self.is_duplicate

    def messages(self) -> list[str]:
        return [f"แถว {self.excel_row}: {message}" for message in self.problems.values()]


@dataclass
class ImportPreview:
    sheet_name: str
    mapping: dict[int, str]
    rows: list[RowResult]
    ignored: list[tuple[int, str]] = field(default_factory=list)  # (excel row, Thai reason)

    @property
    def ok_count(self) -> int:
        return sum(r.ok for r in self.rows)

    @property
    def problem_count(self) -> int:
        return sum(r.has_problems for r in self.rows)

    @property
    def duplicate_count(self) -> int:
        return sum(r.is_duplicate for r in self.rows)

    @property
    def can_commit(self) -> bool:
        return self.problem_count == 0 and self.ok_count > 0

    def problem_lines(self) -> list[str]:
        return [line for r in self.rows if r.has_problems for line in r.messages()]

    def summary(self) -> str:
        return (
            f"พร้อมนำเข้า {self.ok_count} เครื่อง · ต้องแก้ไข {self.problem_count} แถว · "
            f"ซ้ำ {self.duplicate_count} แถว (จะข้าม)"
        )


def _is_data_row(cells: dict[str, object]) -> bool:
    """False for signature, total and note lines under a register (no asset number, and at
    most one other filled column, or only "ลงชื่อ ……" / "รวม …" texts)."""
    if cell_text(cells.get("asset_number")):
        return True
    filled = [cell_text(v) for v in cells.values() if cell_text(v)]
    footer = re.compile(r"^(ลงชื่อ|รวม|\(|ตำแหน่ง|ผู้ตรวจ|ผู้สำรวจ)|\.{4,}")
    return len(filled) > 1 and not all(footer.search(t) for t in filled)


def _parse_row(excel_row: int, cells: dict[str, object], staff: _StaffIndex,
               epoch: dt.datetime, today: dt.date | None) -> tuple[ComputerData, RowResult]:
    data, problems = ComputerData(), Problems()
    result = RowResult(excel_row, None)
    for name, value in cells.items():
        try:
            if name in _TEXT_FIELDS:
                setattr(data, name, cell_text(value))
            elif name in _DATE_FIELDS:
                setattr(data, name, _date(value, FIELD_LABELS[name], epoch, result.year_notes))
            elif name in _SIZE_FIELDS:
                setattr(data, name, parse_size_gb(value))
            elif name == "kind":
                data.kind = _kind(value)
            elif name == "status":
                data.status = _status(value)
            elif name == "responsible_staff":
                data.responsible_staff_id = staff.find(value)
        except ValueError as exc:
            text = str(exc)
            problems.add(name, text if name in _DATE_FIELDS else f"{FIELD_LABELS[name]}: {text}")
    check_computer_fields(data, problems, today)
    result.problems = problems.fields
    return data, result


def preview(db: Database, sheet: SheetData, mapping: dict[int, str], *,
            today: dt.date | None = None) -> ImportPreview:
    """Parse and check every data row; writes nothing."""
    _check_mapping(sheet, mapping)
    staff = _StaffIndex(StaffService(db).list())
    register_assets, register_serials = ComputerService(db).existing_keys()
    seen_assets: dict[str, int] = {}
    seen_serials: dict[str, int] = {}
    result = ImportPreview(sheet.name, dict(mapping), [])
    for row in sheet.rows:
        cells = {name: row.value(column) for column, name in mapping.items()}
        if not _is_data_row(cells):
            result.ignored.append((row.excel_row, _NOT_DATA))
            continue
        data, item = _parse_row(row.excel_row, cells, staff, sheet.epoch, today)
        asset, serial = data.asset_number, data.serial_number
        if asset and asset in register_assets:
            item.duplicate_of = f"ซ้ำกับเครื่องในทะเบียน เลขครุภัณฑ์ {asset}"
        elif serial and serial in register_serials:
            item.duplicate_of = f"ซ้ำกับเครื่องในทะเบียน หมายเลขเครื่อง (S/N) {serial}"
        elif asset and asset in seen_assets:
            item.duplicate_of = f"ซ้ำกับแถวที่ {seen_assets[asset]} ในไฟล์นี้ (เลขครุภัณฑ์ {asset})"
        elif serial and serial in seen_serials:
            item.duplicate_of = (
                f"ซ้ำกับแถวที่ {seen_serials[serial]} ในไฟล์นี้ (หมายเลขเครื่อง {serial})"
            )
        if asset:
            seen_assets.setdefault(asset, row.excel_row)
        if serial:
            seen_serials.setdefault(serial, row.excel_row)
        if not item.problems:
            item.data = data
        result.rows.append(item)
    return result


# -- commit -------------------------------------------------------------------------------
@dataclass
class ImportResult:
    inserted_ids: list[int]
    skipped: list[RowResult]  # duplicates, reported and not stored

    @property
    def inserted(self) -> int:
        return len(self.inserted_ids)

    def summary(self) -> str:
        text = f"นำเข้าเครื่องคอมพิวเตอร์แล้ว {self.inserted} เครื่อง"
        return text + (f" · ข้ามรายการซ้ำ {len(self.skipped)} แถว" if self.skipped else "")


def commit(db: Database, preview: ImportPreview) -> ImportResult:
    """Store every good row in one transaction, or nothing at all."""
    bad = [r for r in preview.rows if r.has_problems]
    if bad:
        rows = ", ".join(str(r.excel_row) for r in bad[:15]) + (" …" if len(bad) > 15 else "")
        raise KnownError(
            f"ยังนำเข้าไม่ได้ เพราะมี {len(bad)} แถวที่ต้องแก้ไข (แถว {rows}) "
            "ยังไม่ได้บันทึกข้อมูลใด ๆ ให้แก้ไขในไฟล์ Excel แล้วนำเข้าใหม่",
            detail="\n".join(line for r in bad for line in r.messages()),
        )
    service = ComputerService(db)
    ids: list[int] = []
    current = 0
    try:
        with db.session() as session:
            for row in preview.rows:
                if row.ok and row.data is not None:
                    current = row.excel_row
                    ids.append(service.save_in(session, dataclasses.replace(row.data)).id)
    except ValidationError as exc:
        raise KnownError(
            f"นำเข้าไม่สำเร็จ แถว {current}: {exc.message} ยังไม่ได้บันทึกข้อมูลใด ๆ "
            "(ทะเบียนอาจเปลี่ยนระหว่างตรวจ) ให้ตรวจไฟล์อีกครั้งแล้วนำเข้าใหม่",
            detail=str(exc.fields),
        ) from exc
    except OperationalError as exc:
        raise StorageError(
            "บันทึกลงฐานข้อมูลไม่สำเร็จ ยังไม่ได้บันทึกข้อมูลใด ๆ จากไฟล์นี้ "
            "ตรวจสอบว่าดิสก์ไม่เต็มและไม่มีโปรแกรมอื่นใช้ฐานข้อมูลอยู่ แล้วลองใหม่",
            detail=str(exc),
        ) from exc
    return ImportResult(ids, [r for r in preview.rows if r.is_duplicate])
