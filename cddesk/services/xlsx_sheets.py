"""Reading a register kept in Excel (.xlsx) for an import: sheets, header row, rows, cells.

Qt-free. Every problem a person can fix (not an .xlsx, old .xls, a password, a damaged or
empty file, an empty sheet …) becomes a :class:`KnownError` with a Thai message that says
what is wrong and what to do. The file is copied into memory and read with openpyxl in
read-only, values-only mode, so it is never changed or kept open (Excel may keep using it).

Quirks handled: a wrong ``<dimension>`` in the sheet (written by some export tools) is
ignored, title rows above the header are skipped, a two-row header (a merged group title
over sub-titles) is joined into one, and invisible characters in cells are removed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from cddesk.errors import KnownError
from cddesk.thaidate import arabic_digits, be_year, parse_date

MAX_FILE_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # the header row is looked for among the first rows that have data
MIN_HEADER_CELLS = 3  # a header row has at least this many text cells
PREVIEW_ROWS = 5

_SAVE_AS = (
    "ให้เปิดไฟล์นี้ใน Excel แล้วเลือก บันทึกเป็น (Save As) ชนิด สมุดงาน Excel (.xlsx) "
    "แล้วนำเข้าไฟล์ใหม่นั้น"
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"), None)
_DIGIT = re.compile(r"[0-9๐-๙]")
PLACEHOLDERS = {"-", "--", "---", "–", "—", ".", "n/a", "na", "ไม่มี", "ไม่ระบุ"}
_SIZE_FACTORS = {"tb": 1000.0, "t": 1000.0, "gb": 1.0, "g": 1.0, "mb": 1 / 1024, "m": 1 / 1024}


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook, for the "choose a sheet" step."""

    name: str
    row_count: int  # rows that have any value
    first_rows: list[list[str]]  # the first few such rows, as text
    hidden: bool = False


@dataclass(frozen=True)
class SheetRow:
    excel_row: int  # the row number Excel shows
    values: tuple[object, ...]

    def value(self, column: int) -> object:
        return self.values[column] if 0 <= column < len(self.values) else None


@dataclass
class SheetData:
    """A sheet read for import: the header (one text per column) and the data rows after it."""

    name: str
    header_row: int  # Excel row number of the header (its first row when it has two)
    headers: list[str]
    rows: list[SheetRow]
    epoch: dt.datetime = field(default=WINDOWS_EPOCH)  # for date serial numbers

    def column_name(self, column: int) -> str:
        letter = get_column_letter(column + 1)
        title = self.headers[column] if column < len(self.headers) else ""
        return f"{letter}: {title}" if title else f"คอลัมน์ {letter}"


def clean_text(value: object) -> str:
    """A cell as one line of text: invisible characters removed, whitespace collapsed, whole
    numbers without ".0", dates as typed (d/m/yyyy, the year as it is in the cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.datetime):
        return f"{value.day}/{value.month}/{value.year} {value:%H:%M}"
    if isinstance(value, dt.date):
        return f"{value.day}/{value.month}/{value.year}"
    text = str(value).translate(_INVISIBLE).replace("\xa0", " ")
    return " ".join(text.split())


def cell_text(value: object) -> str:
    """:func:`clean_text`, with the "nothing here" marks of registers ("-", "ไม่มี" …) as ""."""
    text = clean_text(value)
    return "" if text.lower() in PLACEHOLDERS else text


def parse_size_gb(value: object) -> float | None:
    """A RAM/disk size in GB: ``8``, ``"8 GB"``, ``"8GB"``, ``"๘"``, ``"4096 MB"``,
    ``"1 TB"`` (= 1000 GB, as disks are sold), ``"SSD 256 GB + HDD 1 TB"`` (summed)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = arabic_digits(cell_text(value)).lower()
    if not text:
        return None
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # 1,024 → 1024
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # 1,5 → 1.5
    found = re.findall(r"(?<![a-z\d.])(\d+(?:\.\d+)?)\s*(tb|gb|mb|t|g|m)?", text)
    sized = [float(n) * _SIZE_FACTORS[u] for n, u in found if u]
    if sized:
        return round(sum(sized), 2)
    if len(found) == 1:
        return float(found[0][0])
    raise ValueError(
        f"อ่าน «{clean_text(value)}» เป็นขนาดไม่ได้ ระบุเป็นตัวเลขพร้อมหน่วย "
        "เช่น 8 GB, 512 GB หรือ 1 TB"
    )


def read_date(
    value: object, label: str, epoch: dt.datetime = WINDOWS_EPOCH
) -> tuple[dt.date, str] | None:
    """A date cell (typed 13/2/2568 in Excel it holds year 2568: B.E.), an Excel day number or
    date text, and a Thai note of the year system assumed; None when blank. ValueError (Thai,
    starting with ``label``) when it is not a date."""
    if isinstance(value, str):
        value = cell_text(value) or None
    example = "ระบุวัน เดือน ปี เช่น 13/02/2568"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 10000 <= value < 2958466:  # an Excel day number (1927–9999), not a year
            raise ValueError(f"{label}: «{clean_text(value)}» ไม่ใช่วันที่ {example}")
        value = from_excel(value, epoch)
    if isinstance(value, dt.time):
        raise ValueError(f"{label}: «{value}» เป็นเวลา ไม่ใช่วันที่ {example}")
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        if isinstance(value, str):
            raise ValueError(f"{label}: {exc}") from None
        raise ValueError(f"{label}: วันที่ «{clean_text(value)}» ไม่มีอยู่จริง {example}") from None
    if parsed is None:
        return None
    day, be = parsed.value, be_year(parsed.value.year)
    if not parsed.buddhist_era:
        return day, f"{label}: อ่านเป็นปี ค.ศ. {day.year} (พ.ศ. {be})"
    if isinstance(value, str) and _year_digits(value) == 2:
        return day, f"{label}: อ่านปี 2 หลักเป็นปี พ.ศ. {be}"
    return day, f"{label}: อ่านเป็นปี พ.ศ. {be}"


def _year_digits(text: str) -> int:
    groups = re.findall(r"\d+", arabic_digits(text))
    return len(groups[0]) if len(groups[0]) == 4 else len(groups[-1])


# -- opening ------------------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KnownError(
                f"ไฟล์ «{name}» ใหญ่เกินไป ({size // (1024 * 1024)} MB) สำหรับทะเบียนเครื่อง "
                "ให้คัดลอกเฉพาะแผ่นงานทะเบียนไปไว้ในไฟล์ใหม่แล้วนำเข้าไฟล์นั้น"
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise KnownError(
            f"ไม่พบไฟล์ «{name}» (อาจถูกย้ายหรือลบ) เลือกไฟล์ใหม่อีกครั้ง", detail=str(exc)
        ) from exc
    except IsADirectoryError as exc:
        raise KnownError(
            f"«{name}» เป็นโฟลเดอร์ ไม่ใช่ไฟล์ Excel เลือกไฟล์ .xlsx", detail=str(exc)
        ) from exc
    except PermissionError as exc:
        raise KnownError(
            f"เปิดไฟล์ «{name}» ไม่ได้ เพราะไม่มีสิทธิ์อ่านหรือไฟล์ถูกโปรแกรมอื่นล็อกไว้ "
            "ปิดไฟล์ในโปรแกรมอื่นแล้วลองใหม่ หรือคัดลอกไฟล์มาไว้ในเครื่องก่อน",
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise KnownError(
            f"อ่านไฟล์ «{name}» ไม่ได้ ({exc.strerror or exc}) "
            "ถ้าไฟล์อยู่ในแฟลชไดรฟ์หรือโฟลเดอร์ที่แชร์ ให้คัดลอกมาไว้ในเครื่องแล้วลองใหม่",
            detail=str(exc),
        ) from exc


def _check_signature(data: bytes, name: str) -> None:
    """Refuse, with a message that says what the file really is, anything that is not .xlsx."""
    if not data:
        raise KnownError(
            f"ไฟล์ «{name}» ว่างเปล่า (0 ไบต์) อาจบันทึกหรือคัดลอกไม่สำเร็จ {_SAVE_AS}"
        )
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_MARK in data:
            raise KnownError(
                f"ไฟล์ «{name}» ตั้งรหัสผ่านไว้ โปรแกรมจึงอ่านไม่ได้ "
                "ให้เปิดใน Excel ใส่รหัสผ่าน แล้วเอารหัสผ่านออก "
                "(ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน ลบให้ว่าง) "
                "บันทึกเป็น .xlsx แล้วนำเข้าอีกครั้ง"
            )
        raise KnownError(
            f"ไฟล์ «{name}» เป็น Excel รุ่นเก่า (.xls) ซึ่งนำเข้าโดยตรงไม่ได้ {_SAVE_AS}"
        )
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise KnownError(
                f"ไฟล์ «{name}» เสียหาย (อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ) "
                "ลองเปิดใน Excel ถ้าเปิดได้ให้บันทึกเป็น .xlsx ใหม่ "
                "ถ้าเปิดไม่ได้ให้ขอไฟล์ต้นฉบับอีกครั้ง",
                detail=repr(exc),
            ) from exc
        if b"opendocument" in mimetype:
            raise KnownError(
                f"ไฟล์ «{name}» เป็นไฟล์ LibreOffice/OpenOffice (.ods) ไม่ใช่ .xlsx {_SAVE_AS}"
            )
        if not any(n.startswith("xl/") for n in names):
            raise KnownError(
                f"ไฟล์ «{name}» ไม่ใช่ไฟล์ Excel (.xlsx) (เป็นไฟล์ zip หรือเอกสารชนิดอื่น) "
                + _SAVE_AS
            )
        return
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and (b"<html" in head or b"<table" in head or b"spreadsheet" in head):
        raise KnownError(
            f"ไฟล์ «{name}» เป็นหน้าเว็บ (HTML/XML) ที่ตั้งชื่อเป็นไฟล์ Excel "
            f"ไม่ใช่ไฟล์ .xlsx จริง {_SAVE_AS}"
        )
    try:
        data[:4096].decode("utf-8")
        kind = "เป็นไฟล์ข้อความ (เช่น CSV หรือ .txt) "
    except UnicodeDecodeError:
        kind = ""
    raise KnownError(f"ไฟล์ «{name}» {kind}ไม่ใช่ไฟล์ Excel (.xlsx) {_SAVE_AS}")


@contextmanager
def open_workbook(path: Path | str) -> Iterator[Workbook]:
    path = Path(path)
    data = _read_bytes(path)
    _check_signature(data, path.name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of error for a damaged package
        raise KnownError(
            f"เปิดไฟล์ «{path.name}» เป็น Excel ไม่ได้ ไฟล์อาจเสียหายหรือสร้างจากโปรแกรมอื่น "
            "ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง",
            detail=repr(exc),
        ) from exc
    try:
        yield workbook
    finally:
        workbook.close()


def worksheets(workbook: Workbook) -> list[ReadOnlyWorksheet]:
    return [ws for ws in workbook.worksheets if isinstance(ws, ReadOnlyWorksheet)]


def data_rows(ws: ReadOnlyWorksheet, file_name: str) -> list[SheetRow]:
    """Rows that have any value, with their Excel row numbers (trailing blanks trimmed)."""
    ws.reset_dimensions()  # some writers store a wrong <dimension>; read every row there is
    rows: list[SheetRow] = []
    try:
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [None if isinstance(v, str) and not clean_text(v) else v for v in values]
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                rows.append(SheetRow(number, tuple(cells)))
    except Exception as exc:  # damaged sheet XML
        raise KnownError(
            f"อ่านแผ่นงาน «{ws.title}» ในไฟล์ «{file_name}» ไม่ได้ ไฟล์อาจเสียหาย "
            "ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง",
            detail=repr(exc),
        ) from exc
    return rows


# -- public -------------------------------------------------------------------------------
def read_workbook(path: Path | str) -> list[SheetInfo]:
    """The sheets of an .xlsx file with their sizes and first rows; KnownError when the file
    is not a readable .xlsx or has no data at all."""
    path = Path(path)
    with open_workbook(path) as workbook:
        sheets = []
        for ws in worksheets(workbook):
            rows = data_rows(ws, path.name)
            first = [[clean_text(v) for v in row.values] for row in rows[:PREVIEW_ROWS]]
            sheets.append(SheetInfo(ws.title, len(rows), first, ws.sheet_state != "visible"))
    if not any(sheet.row_count for sheet in sheets):
        raise KnownError(
            f"ไฟล์ «{path.name}» ไม่มีข้อมูลในแผ่นงานใดเลย ตรวจสอบว่าเลือกไฟล์ถูกต้อง "
            "และบันทึกไฟล์ใน Excel แล้วก่อนนำเข้า"
        )
    return sheets


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(clean_text(value))


def load_sheet(path: Path | str, sheet_name: str) -> SheetData:
    """The header and data rows of one sheet. The header is the first row (among the first
    ``HEADER_SEARCH_ROWS`` rows that have data) with at least ``MIN_HEADER_CELLS`` text cells."""
    path = Path(path)
    with open_workbook(path) as workbook:
        sheet = next((ws for ws in worksheets(workbook) if ws.title == sheet_name), None)
        if sheet is None:
            raise KnownError(
                f"ไม่พบแผ่นงาน «{sheet_name}» ในไฟล์ «{path.name}» (ไฟล์อาจถูกแก้ไขหลังจากเลือก) "
                "เลือกไฟล์และแผ่นงานใหม่อีกครั้ง"
            )
        rows = data_rows(sheet, path.name)
        epoch = workbook.epoch
    if not rows:
        raise KnownError(
            f"แผ่นงาน «{sheet_name}» ไม่มีข้อมูล เลือกแผ่นงานที่มีทะเบียนเครื่องคอมพิวเตอร์ "
            "หรือตรวจสอบว่าบันทึกไฟล์ใน Excel แล้ว"
        )
    index = next(
        (
            i
            for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
            if sum(_is_text(v) for v in row.values) >= MIN_HEADER_CELLS
        ),
        None,
    )
    if index is None:
        raise KnownError(
            f"ไม่พบแถวหัวตารางในแผ่นงาน «{sheet_name}» แถวหัวตารางต้องอยู่ใน {HEADER_SEARCH_ROWS} "
            f"แถวแรกและมีชื่อคอลัมน์อย่างน้อย {MIN_HEADER_CELLS} ช่อง เช่น เลขครุภัณฑ์ ยี่ห้อ รุ่น "
            "ให้เพิ่มแถวหัวตารางเหนือรายการเครื่องแล้วบันทึกไฟล์"
        )
    header = rows[index]
    width = max(len(row.values) for row in rows[index:])
    headers = [clean_text(header.value(c)) for c in range(width)]
    data = rows[index + 1 :]
    if data and _is_sub_header(headers, data[0]):
        sub = [clean_text(data[0].value(c)) for c in range(width)]
        headers = [" ".join(filter(None, pair)) for pair in zip(headers, sub, strict=True)]
        data = data[1:]
    if not data:
        raise KnownError(
            f"แผ่นงาน «{sheet_name}» มีแต่หัวตาราง ยังไม่มีรายการเครื่อง "
            "ให้เพิ่มรายการใต้แถวหัวตารางแล้วบันทึกไฟล์ หรือเลือกแผ่นงานอื่น"
        )
    return SheetData(sheet_name, header.excel_row, headers, data, epoch)


def _is_sub_header(headers: list[str], row: SheetRow) -> bool:
    """A second header row under merged group titles: only text, no digits, and at least one
    title under an empty (merged) cell of the row above."""
    filled = [(c, v) for c, v in enumerate(row.values) if v is not None]
    if len(filled) < 2 or not all(_is_text(v) and not _DIGIT.search(str(v)) for _, v in filled):
        return False
    return any(c >= len(headers) or not headers[c] for c, _ in filled)
