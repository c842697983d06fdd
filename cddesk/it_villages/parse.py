"""Reading the letter's register table (pasted text, .xlsx or .csv) into rows.

Part of :mod:`cddesk.it_villages`."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cddesk.errors import KnownError
from cddesk.thaidate import arabic_digits
from cddesk.it_villages.common import (
    KINDS,
    Kind,
    MAX_HEADING,
    _BARE_NUMBER,
    _HEADER_INDEX,
    _INVISIBLE,
    _LAYOUT,
    _MULTI_SPACE,
)


@dataclass(frozen=True)
class RegisterRow:
    """One data row of the letter's table as read, every cell as text."""

    line: int  # line of the pasted text, or the Excel row
    ref: str  # the table's own number (ที่) when it has one, else the line
    kind: Kind
    province: str = ""
    district: str = ""
    tambon: str = ""
    village: str = ""
    moo: str = ""
    year: str = ""
    notes: str = ""
    level: str = ""
    problem: str = ""  # the row could not be split into the table's columns
    sheet: str = ""


@dataclass
class ParsedRegister:
    source: str
    rows: list[RegisterRow]
    other_kind: int = 0  # rows of the other table, left out because a kind was asked for

    def count(self, kind: Kind) -> int:
        return sum(1 for r in self.rows if r.kind == kind)


def _clean(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    value = str(text).translate(_INVISIBLE).replace("\xa0", " ")
    return " ".join(value.split())


def _header_key(cell: str) -> str:
    return re.sub(r"[\s.ฯ]", "", cell).lower()


def _header_fields(cells: Sequence[str]) -> dict[str, int] | None:
    """Column positions when ``cells`` is the table's header row, else None."""
    filled = [(i, _header_key(c)) for i, c in enumerate(cells) if c.strip()]
    found: dict[str, int] = {}
    for i, key in filled:
        name = _HEADER_INDEX.get(key)
        if name and name not in found:
            found[name] = i
    mapped = sum(1 for _, key in filled if key in _HEADER_INDEX)
    if {"district", "tambon", "year"} <= found.keys() and mapped >= 0.8 * len(filled):
        return found
    return None


def _kind_of_header(fields: Mapping[str, int]) -> Kind:
    return "village" if "village" in fields else "tambon"


def _kind_of_heading(line: str) -> Kind | None:
    village, tambon = "หมู่บ้านสารสนเทศ" in line, "ตำบลต้นแบบ" in line
    if village != tambon:
        return "village" if village else "tambon"
    return None


def _split(line: str) -> tuple[list[str], bool]:
    """Cells of a line and whether they keep their positions (tab-separated)."""
    if "\t" in line:
        return [_clean(c) for c in line.split("\t")], True
    parts = [_clean(c) for c in _MULTI_SPACE.split(line.strip())]
    return (parts if len(parts) > 1 else line.split()), False


def _is_number(text: str) -> bool:
    return bool(_BARE_NUMBER.fullmatch(text.strip()))


def _looks_like_year(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", arabic_digits(text.strip())))


def _row_from_cells(cells: list[str], fields: Mapping[str, int], kind: Kind, line: int,
                    sheet: str = "") -> RegisterRow:
    def cell(name: str) -> str:
        at = fields.get(name)
        return cells[at] if at is not None and at < len(cells) else ""

    number = cell("number")
    return RegisterRow(line=line, ref=arabic_digits(number) if _is_number(number) else str(line), kind=kind,
                       province=cell("province"), district=cell("district"), tambon=cell("tambon"),
                       village=cell("village") if kind == "village" else "", moo=cell("moo") if kind == "village" else "",
                       year=cell("year"), notes=cell("notes"), level=cell("level"), sheet=sheet)


def _row_by_layout(cells: list[str], kind: Kind, line: int) -> RegisterRow | None:
    """A row without tabs, by the letter's column order; None when it is not one."""
    layout = _LAYOUT[kind]
    if len(cells) < len(layout) or not _looks_like_year(cells[len(layout) - 1]):
        return None
    fields = {name: i for i, name in enumerate(layout)}
    row = _row_from_cells(cells, fields, kind, line)
    return dataclasses.replace(row, notes=" ".join(cells[len(layout):]))


def _guess_kind(cells: list[str]) -> Kind | None:
    for kind in KINDS:
        if _row_by_layout(cells, kind, 0) is not None:
            return kind
    return None


def parse_text(text: str, kind: Kind | None = None, source: str = "") -> ParsedRegister:
    """The data rows of the letter's table(s) in ``text``.

    A header row (ที่ จังหวัด อำเภอ ตำบล [หมู่บ้าน หมู่ที่] ปี พ.ศ. …) starts a table: with a
    หมู่บ้าน column it is the village table, without it the tambon table. Before any header,
    a heading naming one programme (ฐานข้อมูลสารสนเทศตำบลต้นแบบฯ …), ``kind`` or the
    number of cells decides. A data row starts with a bare number; page headings, prose and
    the letter's other tables are skipped. With ``kind`` given, rows of the other table are
    left out and counted."""
    rows: list[RegisterRow] = []
    other = 0
    fields: dict[str, int] | None = None  # the current table's header (tab-separated)
    table_kind: Kind | None = None
    heading_kind: Kind | None = None
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.translate(_INVISIBLE).replace("\xa0", " ")
        if not line.strip():
            continue
        cells, positional = _split(line)
        header = _header_fields(cells)
        if header is not None:
            fields, table_kind = (header if positional else None), _kind_of_header(header)
            continue
        if not cells or not _is_number(cells[0]):
            heading = _kind_of_heading(line) if len(line.strip()) <= MAX_HEADING else None
            if heading is not None:  # a title: a new table (or the letter's prose) follows
                fields, table_kind, heading_kind = None, None, heading
            continue
        row_kind: Kind | None = table_kind or heading_kind or kind or _guess_kind(cells)
        if row_kind is None:
            continue
        row: RegisterRow | None
        if positional and fields is not None:
            row = _row_from_cells(cells, fields, row_kind, number)
        else:
            row = _row_by_layout(cells, row_kind, number)
            if row is None:
                if table_kind is None or len(cells) < 4:
                    continue  # prose that happens to start with a number
                row = RegisterRow(line=number, ref=arabic_digits(cells[0]), kind=row_kind, problem=(
                    f"แบ่งแถวเป็นช่องของตารางไม่ได้ ({len(cells)} ช่อง: {' | '.join(cells)}) "
                    "คัดลอกตารางใหม่ให้มีแท็บหรือเว้นวรรคอย่างน้อย 2 ช่องระหว่างช่อง"))
        if kind is not None and row.kind != kind:
            other += 1
            continue
        rows.append(row)
    return ParsedRegister(source, rows, other)


def read_xlsx(path: Path | str, kind: Kind | None = None) -> ParsedRegister:
    """The rows of every sheet that has the table's header row (same columns as the letter)."""
    from cddesk.services.xlsx_sheets import data_rows, open_workbook, worksheets

    path = Path(path)
    rows: list[RegisterRow] = []
    other = 0
    with open_workbook(path) as workbook:
        for ws in worksheets(workbook):
            fields: dict[str, int] | None = None
            table_kind: Kind | None = None
            for sheet_row in data_rows(ws, path.name):
                cells = [_clean(v) for v in sheet_row.values]
                header = _header_fields(cells)
                if header is not None:
                    fields, table_kind = header, _kind_of_header(header)
                    if table_kind == "tambon" and "หมู่บ้าน" in ws.title and "ตำบล" not in ws.title:
                        table_kind = "village"
                    continue
                if fields is None or table_kind is None:
                    continue
                row = _row_from_cells(cells, fields, table_kind, sheet_row.excel_row, ws.title)
                number = cells[fields["number"]] if fields.get("number", len(cells)) < len(cells) else ""
                if not (row.district or row.tambon or row.year) or (number and not _is_number(number)):
                    continue  # a title, a total or a note under the table
                if kind is not None and row.kind != kind:
                    other += 1
                    continue
                rows.append(row)
    if not rows:
        raise KnownError(f"ไม่พบตารางทะเบียนในไฟล์ «{path.name}» ต้องมีแถวหัวตาราง เช่น "
                         "ที่ | จังหวัด | อำเภอ | ตำบล | หมู่บ้าน | หมู่ที่ | ปี พ.ศ. | หมายเหตุ")
    return ParsedRegister(path.name, rows, other)


def read_source(path: Path | str, kind: Kind | None = None) -> ParsedRegister:
    """An .xlsx, a .csv, or a text file of the table pasted from the letter (UTF-8 or Windows Thai)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KnownError(f"ไม่พบไฟล์ «{path}» ตรวจชื่อไฟล์และโฟลเดอร์อีกครั้ง", detail=str(exc)) from exc
    except OSError as exc:
        raise KnownError(f"อ่านไฟล์ «{path}» ไม่ได้ ({exc.strerror or exc}) "
                         "ตรวจสิทธิ์การอ่าน หรือคัดลอกไฟล์มาไว้ในเครื่องก่อน", detail=str(exc)) from exc
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") or data.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        return read_xlsx(path, kind)
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp874 decodes almost anything
        raise KnownError(f"อ่านไฟล์ «{path.name}» เป็นข้อความไม่ได้ บันทึกเป็นข้อความ UTF-8 หรือ .xlsx แล้วลองใหม่")
    if path.suffix.lower() == ".csv":  # Excel's "CSV UTF-8": cells as tab-separated lines
        import csv
        import io

        text = "\n".join("\t".join(row) for row in csv.reader(io.StringIO(text)))
    parsed = parse_text(text, kind, path.name)
    if not parsed.rows:
        raise KnownError(f"ไม่พบแถวของตารางทะเบียนในไฟล์ «{path.name}» คัดลอกตารางจากหนังสือทั้งตาราง "
                         "(รวมแถวหัวตาราง ที่ จังหวัด อำเภอ ตำบล …) แล้วลองใหม่")
    return parsed


# --- the register --------------------------------------------------------------------------
