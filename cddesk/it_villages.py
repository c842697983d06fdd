"""Outstanding IT villages (หมู่บ้านสารสนเทศชุมชนดีเด่นฯ) and model information tambons
(สารสนเทศตำบลต้นแบบฯ), seed ``004_2c0e84f6331a43b2.txt`` and ``rubrics.md`` §5:

* the register of past ones, imported from the province letter's table pasted as text
  (tab- or space-separated, Thai or Arabic digits, page headings and repeated header rows
  mixed in; both tables in one paste are told apart by their header row) or from .xlsx
  with the same columns: :func:`parse_text`, :func:`read_xlsx`, :func:`read_source`, then
  :meth:`RegisterService.preview` (every row: ok, exact duplicate of an earlier row,
  already in the register, unknown place name with the gazetteer's nearest name, or
  unreadable) and :meth:`RegisterService.store` (all or nothing; refused while any
  unknown name is unconfirmed — confirm with a ``{wrong: right}`` mapping);
* the office's candidate for a fiscal year with the eligibility rules, a Thai reason
  for every rejection (:class:`CandidateService`), and the deadlines (:func:`deadlines`).

Decisions where the letter is ambiguous (also in the report to the team):

* **Level.** The village table marks one row per year ``ระดับจังหวัด`` in its หมายเหตุ
  column and leaves the rest blank: ``ระดับจังหวัด`` → province level; ``ระดับอำเภอ`` or
  blank → district level. The model tambon table has no หมายเหตุ and lists one tambon per
  province per year (2561, 2562) — the province's selections — so its rows are province
  level unless a row says ``ระดับอำเภอ``. An .xlsx may instead have a ``ระดับ`` column.
* **Exact duplicate** = same kind, level, year, province, district, tambon, village and
  หมู่ที่ (names compared after confirmed corrections). The first occurrence is kept and
  later ones are reported as "ซ้ำกับแถวที่ N" (N is the letter's own ที่ number).
* **Years.** The letter's windows (villages 2555–2562, tambons 2561–2562, for FY2563) are
  generalised to "from the programme's first year (2555 / 2561) to the year before the
  candidate's fiscal year". The office's own candidates of earlier fiscal years count
  as past IT villages/tambons too (at their level).
* **Same village.** Register names are OCR'd and sometimes carry บ้าน, sometimes not, so
  a village is identified by district, tambon and หมู่ที่; the name (without บ้าน) is
  compared only when one side has no หมู่ที่.
* **Deadlines.** The letter's 16 March 2563 (candidate register to the province) and
  1 July 2563 (lesson-learned PDF) are generalised to 16 March / 1 July of the fiscal year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cddesk import gazetteer
from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.services.evidence import EvidenceItem, EvidenceService
from cddesk.services.office import OfficeService, ProfileData
from cddesk.thaidate import arabic_digits, ce_year
from models import ItVillage, ItVillageCandidate

Kind = Literal["village", "tambon"]
Level = Literal["district", "province"]
RowStatus = Literal["ok", "duplicate", "existing", "unknown", "invalid"]
NameField = Literal["province", "district", "tambon"]

KINDS: tuple[Kind, ...] = ("village", "tambon")
LEVELS: tuple[Level, ...] = ("district", "province")
KIND_TEXT: dict[str, str] = {"village": "หมู่บ้านสารสนเทศชุมชนดีเด่นฯ", "tambon": "สารสนเทศตำบลต้นแบบฯ"}
KIND_SHORT: dict[str, str] = {"village": "หมู่บ้าน", "tambon": "ตำบล"}
LEVEL_TEXT: dict[str, str] = {"district": "ระดับอำเภอ", "province": "ระดับจังหวัด"}
FIELD_TEXT: dict[str, str] = {"province": "จังหวัด", "district": "อำเภอ", "tambon": "ตำบล"}
STATUS_TEXT: dict[str, str] = {"ok": "พร้อมบันทึก", "duplicate": "ซ้ำ (ไม่บันทึกซ้ำ)",
                               "existing": "มีในทะเบียนแล้ว", "unknown": "ชื่อไม่พบในทำเนียบ",
                               "invalid": "อ่านไม่ได้"}
FIRST_YEAR: dict[str, int] = {"village": 2555, "tambon": 2561}  # the programmes began
OWNER_KIND = "it_village_candidate"  # evidence owner kind of a candidate's photos
MAX_MOO = 99

# --- reading the letter's table ------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"), None)
_MULTI_SPACE = re.compile(r" {2,}|\u3000")
_BARE_NUMBER = re.compile(r"[0-9๐-๙]+")
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("ที่", "ลำดับ", "ลำดับที่", "no"),
    "province": ("จังหวัด", "จ"),
    "district": ("อำเภอ", "อ"),
    "tambon": ("ตำบล", "ต", "ชื่อตำบล"),
    "village": ("หมู่บ้าน", "ชื่อหมู่บ้าน", "บ้าน"),
    "moo": ("หมู่ที่", "หมู่", "ม"),
    "year": ("ปีพศ", "ปี", "พศ", "ปีงบประมาณ", "ปีที่ดำเนินการ", "ปีที่ได้รับคัดเลือก"),
    "notes": ("หมายเหตุ",),
    "level": ("ระดับ", "ระดับการคัดเลือก"),
}
_HEADER_INDEX = {word: name for name, words in _HEADER_WORDS.items() for word in words}
_LAYOUT: dict[str, tuple[str, ...]] = {  # the letter's column order, for rows without tabs
    "village": ("number", "province", "district", "tambon", "village", "moo", "year"),
    "tambon": ("number", "province", "district", "tambon", "year"),
}
MAX_HEADING = 120  # a line this short naming one programme is a table title
_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f0-9A-Za-z\s().,\-/'\"]")


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

@dataclass(frozen=True)
class ItVillageData:
    """One stored row of the register."""

    id: int | None
    kind: Kind
    level: Level
    year: int
    province: str
    district: str
    tambon: str
    village: str = ""
    moo: int | None = None
    district_code: str = ""
    notes: str = ""

    def key(self) -> tuple[object, ...]:
        return (self.kind, self.level, self.year, self.province, self.district, self.tambon, self.village,
                self.moo)

    def place(self) -> str:
        """``บ้านหาดสัง หมู่ที่ 6 ตำบลสร้างนางขาว อำเภอโพนพิสัย`` (Arabic digits)."""
        parts = [village_text(self.village, self.moo)] if self.kind == "village" else []
        parts += [f"ตำบล{self.tambon}", f"อำเภอ{self.district}"]
        return " ".join(p for p in parts if p)


def village_text(village: str, moo: int | None) -> str:
    """``บ้านหาดคำ หมู่ที่ 2``: บ้าน is not doubled when the name already has it."""
    name = village.strip()
    text = name if name.startswith("บ้าน") else f"บ้าน{name}" if name else ""
    return f"{text} หมู่ที่ {moo}".strip() if moo is not None else text


def _data(row: ItVillage) -> ItVillageData:
    return ItVillageData(row.id, cast(Kind, row.kind), cast(Level, row.level), row.year, row.province,
                         row.district, row.tambon, row.village, row.moo, row.district_code, row.notes)


@dataclass(frozen=True)
class UnknownName:
    """A place name the gazetteer does not know, with its nearest name there."""

    field: NameField
    name: str
    suggestion: str | None
    within: str = ""  # "จังหวัดหนองคาย" / "อำเภอท่าบ่อ": where it was looked up

    def text(self) -> str:
        where = f" ({self.within})" if self.within else ""
        hint = f" ใกล้เคียง «{self.suggestion}»" if self.suggestion else " ไม่พบชื่อใกล้เคียง"
        return f"{FIELD_TEXT[self.field]} «{self.name}»{where} ไม่พบในทำเนียบ —{hint}"


@dataclass(frozen=True)
class RowResult:
    row: RegisterRow
    status: RowStatus
    data: ItVillageData | None  # what would be stored, names as corrected
    duplicate_of: str = ""  # ref of the earlier row it repeats
    unknown: tuple[UnknownName, ...] = ()
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    corrected: tuple[str, ...] = ()  # "อำเภอ เผ่าไร่ → เฝ้าไร่"

    def details(self) -> list[str]:
        """What the person should know about this row, in Thai."""
        out = list(self.problems)
        if self.status == "duplicate":
            out.append(f"ซ้ำกับแถวที่ {self.duplicate_of} ทุกช่อง (ไม่บันทึกซ้ำ)")
        if self.status == "existing":
            out.append("มีอยู่ในทะเบียนแล้ว (ไม่บันทึกซ้ำ)")
        out += [u.text() for u in self.unknown]
        out += [f"แก้ชื่อ: {c}" for c in self.corrected]
        out += self.warnings
        return out


@dataclass(frozen=True)
class UnknownSummary:
    """One unknown name and the rows that have it."""

    name: UnknownName
    refs: tuple[str, ...]
    blocking: bool  # some row that would be stored has it


@dataclass
class RegisterPreview:
    source: str
    rows: list[RowResult]
    other_kind: int = 0
    unused_corrections: list[str] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def read(self) -> int:
        return len(self.rows)

    @property
    def duplicates(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "duplicate"]

    @property
    def to_store(self) -> int:
        return self.count("ok")

    @property
    def can_store(self) -> bool:
        return not self.count("unknown") and not self.count("invalid")

    def unknown_names(self) -> list[UnknownSummary]:
        found: dict[UnknownName, list[str]] = {}
        blocking: set[UnknownName] = set()
        for r in self.rows:
            for u in r.unknown:
                found.setdefault(u, []).append(r.row.ref)
                if r.status == "unknown":
                    blocking.add(u)
        return [UnknownSummary(u, tuple(refs), u in blocking) for u, refs in found.items()]

    def suggestions(self) -> dict[str, str]:
        """Every blocking unknown name that has a suggestion → that suggestion."""
        return {s.name.name: s.name.suggestion for s in self.unknown_names()
                if s.blocking and s.name.suggestion}

    def refusal(self) -> str:
        """Why :meth:`RegisterService.store` refuses, in Thai ("" when it would not)."""
        parts = []
        unknown = [s for s in self.unknown_names() if s.blocking]
        if unknown:
            names = ", ".join(f"«{s.name.name}»" for s in unknown)
            parts.append(f"มีชื่อสถานที่ที่ไม่พบในทำเนียบ {len(unknown)} ชื่อ ({names}) "
                         "ให้ยืนยันชื่อที่ถูกต้อง (เช่น ชื่อที่โปรแกรมเสนอ) ก่อน")
        invalid = self.count("invalid")
        if invalid:
            refs = ", ".join(r.row.ref for r in self.rows if r.status == "invalid")
            parts.append(f"มีแถวที่อ่านไม่ได้ {invalid} แถว (แถวที่ {refs}) ให้แก้ข้อมูลต้นฉบับแล้วนำเข้าใหม่")
        if not parts:
            return ""
        return "ยังไม่บันทึกทะเบียน (ไม่มีการบันทึกใด ๆ) เพราะ" + " และ".join(parts)

    def report_lines(self) -> list[str]:
        """The preview as the command line prints it."""
        kinds = ", ".join(f"{KIND_TEXT[k]} {n:,} แถว" for k in KINDS
                          if (n := sum(1 for r in self.rows if r.row.kind == k)))
        out = [f"อ่านแล้ว {self.read:,} แถว" + (f" จาก {self.source}" if self.source else "")
               + (f" ({kinds})" if kinds else "")]
        if self.other_kind:
            out.append(f"ข้ามแถวของอีกตาราง {self.other_kind:,} แถว (เลือกเฉพาะชนิดที่ระบุ)")
        out.append(f"แถวซ้ำ {len(self.duplicates):,} แถว" + (" (ไม่บันทึกซ้ำ):" if self.duplicates else ""))
        for r in self.duplicates:
            place = r.data.place() if r.data else ""
            out.append(f"  แถวที่ {r.row.ref} ซ้ำกับแถวที่ {r.duplicate_of}: {place} ปี {r.row.year}")
        if self.count("existing"):
            out.append(f"มีในทะเบียนอยู่แล้ว {self.count('existing'):,} แถว (ไม่บันทึกซ้ำ)")
        unknown = self.unknown_names()
        out.append(f"ชื่อที่ไม่พบในทำเนียบ {len(unknown):,} ชื่อ" + (":" if unknown else ""))
        for s in unknown:
            u = s.name
            accept = f"  (ยืนยันด้วย --accept {u.name}={u.suggestion})" if u.suggestion and s.blocking else ""
            hint = f" → ใกล้เคียง «{u.suggestion}»" if u.suggestion else " → ไม่พบชื่อใกล้เคียง"
            within = f" {u.within}" if u.within else ""
            out.append(f"  {FIELD_TEXT[u.field]} «{u.name}»{within} แถวที่ {', '.join(s.refs)}{hint}{accept}")
        corrected = sorted({c for r in self.rows for c in r.corrected})
        if corrected:
            out.append("ชื่อที่แก้ตามที่ยืนยัน: " + "; ".join(corrected))
        for r in self.rows:
            if r.status == "invalid":
                out.append(f"  แถวที่ {r.row.ref} อ่านไม่ได้: {' '.join(r.problems)}")
        for r in self.rows:
            for w in r.warnings:
                out.append(f"คำเตือน แถวที่ {r.row.ref}: {w}")
        for wrong in self.unused_corrections:
            out.append(f"คำเตือน: ชื่อ «{wrong}» ที่ให้แก้ ไม่ตรงกับชื่อใดที่ไม่พบในทำเนียบ")
        return out


class _Resolver:
    """Gazetteer lookups, cached, with confirmed corrections applied."""

    def __init__(self, corrections: Mapping[str, str], accept_suggestions: bool) -> None:
        self.corrections = {k.strip(): v.strip() for k, v in corrections.items() if k.strip()}
        self.accept = accept_suggestions
        self.used: set[str] = set()
        self._provinces = gazetteer.provinces()
        self._districts: dict[str, list[gazetteer.Place]] = {}
        self._tambons: dict[str, list[gazetteer.Place]] = {}

    def districts(self, province_code: str) -> list[gazetteer.Place]:
        if province_code not in self._districts:
            self._districts[province_code] = gazetteer.districts(province_code)
        return self._districts[province_code]

    def tambons(self, district_code: str) -> list[gazetteer.Place]:
        if district_code not in self._tambons:
            self._tambons[district_code] = gazetteer.subdistricts(district_code)
        return self._tambons[district_code]

    @staticmethod
    def _bare(name: str, prefixes: tuple[str, ...]) -> str:
        name = name.strip()
        for prefix in prefixes:
            name = name.removeprefix(prefix).strip()
        return name

    def find(self, field_name: NameField, raw: str, places: list[gazetteer.Place], within: str,
             province_name: str = "") -> tuple[gazetteer.Place | None, gazetteer.Place | None,
                                               UnknownName | None, str]:
        """(the place, the place to look further in, the unknown name, the correction made)."""
        prefixes = {"province": ("จังหวัด", "จ."), "district": ("อำเภอ", "อ."),
                    "tambon": ("ตำบล", "ต.")}[field_name]
        name = self._bare(raw, prefixes)
        by_name = {p.name: p for p in places}
        if name in by_name:
            return by_name[name], by_name[name], None, ""
        if field_name == "district" and name == "เมือง" and f"เมือง{province_name}" in by_name:
            found = by_name[f"เมือง{province_name}"]
            return found, found, None, f"{FIELD_TEXT[field_name]} {name} → {found.name}"
        nearest = gazetteer.nearest(name, places)
        wanted = self.corrections.get(raw.strip()) or self.corrections.get(name)
        if wanted is not None:
            self.used.update({raw.strip(), name})
            target = by_name.get(self._bare(wanted, prefixes))
            if target is not None:
                return target, target, None, f"{FIELD_TEXT[field_name]} {name} → {target.name}"
        elif self.accept and nearest is not None:
            return nearest, nearest, None, f"{FIELD_TEXT[field_name]} {name} → {nearest.name}"
        return None, nearest, UnknownName(field_name, name, nearest.name if nearest else None, within), ""

    def village(self, raw: str) -> tuple[str, str]:
        wanted = self.corrections.get(raw)
        if wanted is not None and wanted != raw:
            self.used.add(raw)
            return wanted, f"หมู่บ้าน {raw} → {wanted}"
        return raw, ""

    def province(self, raw: str) -> tuple[gazetteer.Place | None, gazetteer.Place | None,
                                          UnknownName | None, str]:
        return self.find("province", raw, self._provinces, "")


def _parse_year(text: str, problems: list[str], warnings: list[str]) -> int | None:
    digits = arabic_digits(text).strip().removeprefix("พ.ศ.").strip()
    if not digits:
        problems.append("ไม่มีปี พ.ศ.")
        return None
    if not re.fullmatch(r"\d{4}", digits):
        problems.append(f"ปี «{text}» ไม่ใช่ปี พ.ศ. 4 หลัก")
        return None
    year = int(digits)
    if 1900 <= year < 2400:
        warnings.append(f"ปี {year} อ่านเป็น ค.ศ. บันทึกเป็น พ.ศ. {year + 543}")
        year += 543
    if not 2500 <= year <= 2700:
        problems.append(f"ปี พ.ศ. {year} อยู่นอกช่วงที่เป็นไปได้")
        return None
    return year


def _parse_moo(text: str, problems: list[str]) -> int | None:
    digits = re.sub(r"^(หมู่ที่|หมู่|ม\.)\s*", "", arabic_digits(text).strip())
    if not digits:
        problems.append("ไม่มีหมู่ที่")
        return None
    if not digits.isdigit() or not 1 <= int(digits) <= MAX_MOO:
        problems.append(f"หมู่ที่ «{text}» ต้องเป็นตัวเลข 1–{MAX_MOO}")
        return None
    return int(digits)


def _parse_level(row: RegisterRow, problems: list[str]) -> tuple[Level, str]:
    """The level (a ระดับ column, else the หมายเหตุ text, else the table's default) and what
    is left of the notes once the level phrase is taken out."""
    notes = row.notes
    for source, text in (("level", row.level), ("notes", row.notes)):
        squashed = re.sub(r"\s", "", text)
        if not squashed:
            continue
        level: Level
        if "ระดับจังหวัด" in squashed or squashed == "จังหวัด":
            level = "province"
        elif "ระดับอำเภอ" in squashed or squashed == "อำเภอ":
            level = "district"
        else:
            if source == "level":
                problems.append(f"ระดับ «{text}» ต้องเป็น ระดับอำเภอ หรือ ระดับจังหวัด")
            continue
        if source == "notes":
            notes = re.sub(r"ระดับ\s*(จังหวัด|อำเภอ)", "", notes).strip(" ,;")
        return level, notes
    return ("district" if row.kind == "village" else "province"), notes


class RegisterService:
    """The register of past IT villages and model tambons: preview, store, list, delete."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def rows(self, kind: Kind | None = None) -> list[ItVillageData]:
        with self.db.session() as s:
            query = select(ItVillage)
            if kind is not None:
                query = query.where(ItVillage.kind == kind)
            rows = s.scalars(query.order_by(ItVillage.kind.desc(), ItVillage.year, ItVillage.district,
                                            ItVillage.tambon, ItVillage.moo, ItVillage.id)).all()
            return [_data(r) for r in rows]

    def delete(self, ids: Iterable[int]) -> int:
        with self.db.session() as s:
            done = 0
            for row_id in ids:
                row = s.get(ItVillage, row_id)
                if row is not None:
                    s.delete(row)
                    done += 1
            return done

    def _keys(self) -> set[tuple[object, ...]]:
        return {d.key() for d in self.rows()}

    def preview(self, parsed: ParsedRegister | Sequence[RegisterRow],
                corrections: Mapping[str, str] | None = None, *,
                accept_suggestions: bool = False) -> RegisterPreview:
        """Every row checked, nothing written. ``corrections`` maps a name as printed to
        the right one (``{"เผ่าไร่": "เฝ้าไร่"}``); ``accept_suggestions`` takes the nearest
        gazetteer name for every unknown name that has one."""
        rows = parsed.rows if isinstance(parsed, ParsedRegister) else list(parsed)
        resolver = _Resolver(corrections or {}, accept_suggestions)
        stored = self._keys()
        seen: dict[tuple[object, ...], str] = {}
        results = [self._check(row, resolver, stored, seen) for row in rows]
        unused = [k for k in resolver.corrections if k not in resolver.used]
        return RegisterPreview(parsed.source if isinstance(parsed, ParsedRegister) else "", results,
                               parsed.other_kind if isinstance(parsed, ParsedRegister) else 0, unused)

    def _check(self, row: RegisterRow, resolver: _Resolver, stored: set[tuple[object, ...]],
               seen: dict[tuple[object, ...], str]) -> RowResult:
        if row.problem:
            return RowResult(row, "invalid", None, problems=(row.problem,))
        problems: list[str] = []
        warnings: list[str] = []
        year = _parse_year(row.year, problems, warnings)
        moo = _parse_moo(row.moo, problems) if row.kind == "village" else None
        level, notes = _parse_level(row, problems)
        for name, label in (("province", "จังหวัด"), ("district", "อำเภอ"), ("tambon", "ตำบล")):
            if not getattr(row, name).strip():
                problems.append(f"ไม่มีชื่อ{label}")
        village, corrected_village = resolver.village(row.village.strip())
        if row.kind == "village" and not village:
            problems.append("ไม่มีชื่อหมู่บ้าน")
        strange = sorted(set(_NOT_THAI.findall(village)))
        if strange:
            warnings.append(f"ชื่อหมู่บ้าน «{village}» มีอักษรที่ไม่ใช่อักษรไทย ({' '.join(strange)}) "
                            "อาจอ่านผิดจากการสแกน ตรวจกับต้นฉบับ")
        unknown: list[UnknownName] = []
        corrected = [corrected_village] if corrected_village else []

        def look(found: tuple[gazetteer.Place | None, gazetteer.Place | None, UnknownName | None, str]
                 ) -> tuple[gazetteer.Place | None, gazetteer.Place | None]:
            place, further, missing, fix = found
            unknown.extend([missing] if missing else [])
            corrected.extend([fix] if fix else [])
            return place, further

        province = district = tambon = None
        if row.province.strip():
            province, in_province = look(resolver.province(row.province))
            if in_province is not None and row.district.strip():
                district, in_district = look(resolver.find(
                    "district", row.district, resolver.districts(in_province.code),
                    f"จังหวัด{in_province.name}", in_province.name))
                if in_district is not None and row.tambon.strip():
                    tambon, _ = look(resolver.find("tambon", row.tambon, resolver.tambons(in_district.code),
                                                   f"อำเภอ{in_district.name}"))
        if corrected:
            originals = ", ".join(c.split(" → ")[0] for c in corrected)
            notes = "; ".join(filter(None, [notes, f"ชื่อในต้นฉบับ: {originals}"]))
        data = ItVillageData(
            None, row.kind, level, year or 0,
            province.name if province else row.province.strip(),
            district.name if district else row.district.strip(),
            tambon.name if tambon else row.tambon.strip(),
            village if row.kind == "village" else "", moo,
            district.code if district else "", notes)
        result = RowResult(row, "ok", data, unknown=tuple(unknown), warnings=tuple(warnings),
                           corrected=tuple(corrected))
        if problems:
            return dataclasses.replace(result, status="invalid", problems=tuple(problems))
        key = data.key()
        if key in seen:
            return dataclasses.replace(result, status="duplicate", duplicate_of=seen[key])
        seen[key] = row.ref
        if unknown:
            return dataclasses.replace(result, status="unknown")
        return dataclasses.replace(result, status="existing") if key in stored else result

    def store(self, preview: RegisterPreview) -> int:
        """Store every row that is ok, in one transaction; returns how many. Refused (nothing
        stored) while any unknown name is unconfirmed or any row is unreadable."""
        reason = preview.refusal()
        if reason:
            raise KnownError(reason)
        count = 0
        try:
            with self.db.session() as s:
                stored = {_data(r).key() for r in s.scalars(select(ItVillage))}
                for result in preview.rows:
                    if result.status != "ok" or result.data is None or result.data.key() in stored:
                        continue
                    d = result.data
                    s.add(ItVillage(kind=d.kind, level=d.level, year=d.year, province=d.province,
                                    district=d.district, tambon=d.tambon, village=d.village, moo=d.moo,
                                    district_code=d.district_code, notes=d.notes))
                    stored.add(d.key())
                    count += 1
                s.flush()
        except IntegrityError as exc:
            raise KnownError("บันทึกทะเบียนไม่ได้ เพราะมีแถวซ้ำกับที่มีอยู่ (ไม่มีการบันทึกใด ๆ) "
                             "ตรวจสอบข้อมูลอีกครั้งแล้วลองใหม่", detail=str(exc)) from exc
        return count


# --- candidates ------------------------------------------------------------------------------

@dataclass
class CandidateData:
    """The office's candidate village or tambon for a fiscal year, and what the lesson-learned
    document says about it (parts 1–2)."""

    id: int | None = None
    kind: Kind = "village"
    level: Level = "district"
    fiscal_year: int = 0
    tambon: str = ""
    village: str = ""
    moo: int | None = None
    population: int | None = None
    households: int | None = None
    history: str = ""
    leaders: str = ""
    products: str = ""
    tourism: str = ""
    culture: str = ""
    other: str = ""
    management: str = ""
    gis: str = ""
    planning: str = ""
    projects: str = ""
    publicity: str = ""
    notes: str = ""

    def place(self) -> str:
        village = village_text(self.village, self.moo) if self.kind == "village" else ""
        return " ".join(p for p in (village, f"ตำบล{self.tambon}" if self.tambon else "") if p)


_CANDIDATE_FIELDS = [f.name for f in dataclasses.fields(CandidateData)]


def _candidate(row: ItVillageCandidate) -> CandidateData:
    return CandidateData(**{name: getattr(row, name) for name in _CANDIDATE_FIELDS})


def describe_candidate(session: Session, record_id: int) -> str | None:
    """A candidate as an officer names it, for evidence traced back to its record
    (``cddesk.services.owners``): ``ปีงบประมาณ 2563 บ้านโนนสว่าง หมู่ที่ 5 ตำบลเหล่าต่างคำ``."""
    row = session.get(ItVillageCandidate, record_id)
    return f"ปีงบประมาณ {row.fiscal_year} {_candidate(row).place()}" if row else None


@dataclass(frozen=True)
class Eligibility:
    """The rules of ``rubrics.md`` §5 applied to one candidate."""

    reasons: tuple[str, ...]  # why it is rejected (Thai); none when it is eligible
    notes: tuple[str, ...] = ()  # worth knowing, not a rejection
    conflicts: tuple[ItVillageData, ...] = ()  # the register rows behind the reasons

    @property
    def eligible(self) -> bool:
        return not self.reasons

    def text(self) -> str:
        if self.eligible:
            head = "ผ่านหลักเกณฑ์การคัดเลือก"
            return "\n".join([head, *self.notes])
        return "\n".join(["ไม่ผ่านหลักเกณฑ์การคัดเลือก:", *(f"- {r}" for r in self.reasons), *self.notes])


class NotEligible(KnownError):
    """Saving a candidate the rules reject; ``eligibility`` says why."""

    def __init__(self, eligibility: Eligibility) -> None:
        super().__init__(eligibility.text())
        self.eligibility = eligibility


@dataclass(frozen=True)
class Deadline:
    what: str
    date: dt.date

    def days_left(self, today: dt.date) -> int:
        return (self.date - today).days

    def status(self, today: dt.date) -> str:
        left = self.days_left(today)
        if left > 0:
            return f"อีก {left:,} วัน"
        return "ครบกำหนดวันนี้" if left == 0 else f"เลยกำหนดมาแล้ว {-left:,} วัน"


def deadlines(kind: Kind, fiscal_year: int) -> list[Deadline]:
    """16 March and 1 July of the fiscal year (the letter: 16 March / 1 July 2563 for FY2563)."""
    year = ce_year(fiscal_year)
    register = {"village": "ส่งทะเบียนรายชื่อหมู่บ้านสารสนเทศชุมชนดีเด่นฯ ระดับอำเภอ",
                "tambon": "ส่งทะเบียนรายชื่อสารสนเทศตำบลต้นแบบฯ ระดับอำเภอ"}[kind]
    return [Deadline(f"{register} ให้สำนักงานพัฒนาชุมชนจังหวัด", dt.date(year, 3, 16)),
            Deadline(f"ส่งเอกสารและไฟล์ถอดบทเรียน{KIND_TEXT[kind]} ระดับอำเภอ (PDF) ให้จังหวัด",
                     dt.date(year, 7, 1))]


def _tambon_name(text: str) -> str:
    return text.strip().removeprefix("ตำบล").removeprefix("ต.").strip()


def _bare_village(name: str) -> str:
    return re.sub(r"\s+", "", name).removeprefix("บ้าน")


class CandidateService:
    """Propose, check and keep the office's candidate (one village and one tambon per
    district per fiscal year), and its photos."""

    def __init__(self, db: Database, office: OfficeService | None = None,
                 evidence: EvidenceService | None = None) -> None:
        self.db = db
        self.office = office or OfficeService(db)
        self._evidence = evidence

    @property
    def evidence(self) -> EvidenceService:
        if self._evidence is None:
            self._evidence = EvidenceService(self.db)
        return self._evidence

    def profile(self) -> ProfileData:
        profile = self.office.profile()
        if profile is None or not profile.district_code:
            raise KnownError("ยังไม่ได้ตั้งค่าข้อมูลสำนักงาน (จังหวัดและอำเภอ) "
                             "ตั้งค่าที่หน้า ข้อมูลสำนักงาน ก่อนเลือกหมู่บ้าน/ตำบลเป้าหมาย")
        return profile

    def tambons(self) -> list[str]:
        """The office district's tambons (gazetteer), for the form's list."""
        return [t.name for t in gazetteer.subdistricts(self.profile().district_code)]

    # -- reads ------------------------------------------------------------------------------
    def get(self, kind: Kind, fiscal_year: int, level: Level = "district") -> CandidateData | None:
        with self.db.session() as s:
            row = s.scalar(select(ItVillageCandidate).where(
                ItVillageCandidate.kind == kind, ItVillageCandidate.fiscal_year == fiscal_year,
                ItVillageCandidate.level == level))
            return _candidate(row) if row else None

    def by_id(self, candidate_id: int) -> CandidateData:
        with self.db.session() as s:
            row = s.get(ItVillageCandidate, candidate_id)
            if row is None:
                raise KnownError("ไม่พบหมู่บ้าน/ตำบลเป้าหมายรายการนี้ (อาจถูกลบไปแล้ว)")
            return _candidate(row)

    def all(self) -> list[CandidateData]:
        with self.db.session() as s:
            rows = s.scalars(select(ItVillageCandidate).order_by(
                ItVillageCandidate.fiscal_year, ItVillageCandidate.kind, ItVillageCandidate.level)).all()
            return [_candidate(r) for r in rows]

    # -- the rules --------------------------------------------------------------------------
    def check(self, data: CandidateData) -> Eligibility:
        """Every rule, each failed one with a Thai reason (nothing is written)."""
        profile = self.profile()
        district = gazetteer.district(profile.district_code)
        district_name = district.name if district else profile.district_name
        reasons: list[str] = []
        notes: list[str] = []
        conflicts: list[ItVillageData] = []
        kind, level, fy = data.kind, data.level, data.fiscal_year
        if kind not in KINDS or level not in LEVELS:
            raise ValueError(f"kind {kind!r} / level {level!r}")
        first = FIRST_YEAR[kind]
        if not first <= fy <= 2700:
            reasons.append(f"ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ปี {first} (ปีที่เริ่มโครงการ) เช่น 2563")
            return Eligibility(tuple(reasons))
        tambon = _tambon_name(data.tambon)
        tambons = gazetteer.subdistricts(profile.district_code)
        if not tambon:
            reasons.append("ระบุตำบล")
        elif tambon not in {t.name for t in tambons}:
            near = gazetteer.nearest(tambon, tambons)
            hint = f" หมายถึง «{near.name}» หรือไม่" if near else ""
            reasons.append(f"ตำบล«{tambon}» ไม่อยู่ในอำเภอ{district_name} ตามทำเนียบ "
                           f"ต้องเลือกตำบลในอำเภอของสำนักงานเท่านั้น{hint}")
        if kind == "village":
            if not data.village.strip():
                reasons.append("ระบุชื่อหมู่บ้าน")
            if data.moo is None or not 1 <= data.moo <= MAX_MOO:
                reasons.append(f"ระบุหมู่ที่ (ตัวเลข 1–{MAX_MOO})")
        for label, value in (("จำนวนประชากร", data.population), ("จำนวนครัวเรือน", data.households)):
            if value is not None and value < 0:
                reasons.append(f"{label}ต้องไม่ติดลบ")
        other = self.get(kind, fy, level)
        if other is not None and other.id != data.id:
            what = "1 หมู่บ้าน" if kind == "village" else "1 ตำบล"
            reasons.append(f"อำเภอละ {what}: ปีงบประมาณ {fy} มี{KIND_TEXT[kind]} {LEVEL_TEXT[level]} "
                           f"ของอำเภอ{district_name}แล้ว คือ {other.place()} — แก้ไขรายการนั้นแทนการเพิ่มใหม่")
        if tambon:
            past = self._past(kind, first, fy - 1, profile, district_name, data.id)
            if kind == "village":
                self._village_rules(data, tambon, level, first, fy, past, reasons, notes, conflicts)
            else:
                self._tambon_rules(tambon, first, fy, past, reasons, notes, conflicts)
        return Eligibility(tuple(reasons), tuple(notes), tuple(conflicts))

    def _past(self, kind: Kind, first: int, last: int, profile: ProfileData, district_name: str,
              own_id: int | None) -> list[ItVillageData]:
        """Register rows of this district in ``first``–``last``, plus the office's own
        candidates of those fiscal years."""
        with self.db.session() as s:
            rows = [_data(r) for r in s.scalars(select(ItVillage).where(
                ItVillage.kind == kind, ItVillage.year >= first, ItVillage.year <= last))]
            own = [_candidate(r) for r in s.scalars(select(ItVillageCandidate).where(
                ItVillageCandidate.kind == kind, ItVillageCandidate.fiscal_year >= first,
                ItVillageCandidate.fiscal_year <= last))]
        mine = [r for r in rows if (r.district_code == profile.district_code if r.district_code
                                    else r.district == district_name)]
        for c in own:
            if c.id != own_id:
                mine.append(ItVillageData(None, c.kind, c.level, c.fiscal_year, profile.province_name, district_name,
                                          c.tambon, c.village, c.moo, profile.district_code,
                                          "เป้าหมายของสำนักงานที่บันทึกไว้"))
        return mine

    @staticmethod
    def _where(row: ItVillageData) -> str:
        source = "หมู่บ้าน/ตำบลเป้าหมายที่สำนักงานบันทึกไว้" if row.id is None else "ทะเบียน"
        return f"{row.place()} {LEVEL_TEXT[row.level]} ปี {row.year} ({source})"

    def _village_rules(self, data: CandidateData, tambon: str, level: Level, first: int, fy: int,
                       past: list[ItVillageData], reasons: list[str], notes: list[str],
                       conflicts: list[ItVillageData]) -> None:
        same = []
        for row in past:
            if row.tambon != tambon:
                continue
            if data.moo is not None and row.moo is not None:
                if row.moo == data.moo:
                    same.append(row)
                elif data.village.strip() and _bare_village(row.village) == _bare_village(data.village):
                    notes.append(f"ชื่อหมู่บ้านตรงกับ {self._where(row)} แต่หมู่ที่ต่างกัน "
                                 "ตรวจให้แน่ใจว่าเป็นคนละหมู่บ้าน")
            elif data.village.strip() and _bare_village(row.village) == _bare_village(data.village):
                same.append(row)
        window = f"{first}–{fy - 1}"
        if level == "district":
            for row in same:
                reasons.append(f"เคยเป็นหมู่บ้านสารสนเทศชุมชนดีเด่นฯ แล้ว: {self._where(row)} — "
                               f"หมู่บ้านเป้าหมายระดับอำเภอต้องไม่เคยเป็นหมู่บ้านสารสนเทศฯ "
                               f"ทั้งระดับจังหวัดและอำเภอ ในปี {window}")
                conflicts.append(row)
            return
        for row in same:
            if row.level == "province":
                reasons.append(f"เคยเป็นหมู่บ้านสารสนเทศชุมชนดีเด่นฯ ระดับจังหวัดแล้ว: {self._where(row)} — "
                               f"หมู่บ้านเป้าหมายระดับจังหวัดต้องไม่เคยเป็นระดับจังหวัด ในปี {window}")
                conflicts.append(row)
            else:
                notes.append(f"เคยเป็นระดับอำเภอ ({self._where(row)}) ซึ่งคัดเลือกเป็นระดับจังหวัดได้")

    def _tambon_rules(self, tambon: str, first: int, fy: int, past: list[ItVillageData], reasons: list[str],
                      notes: list[str], conflicts: list[ItVillageData]) -> None:
        for row in past:
            if row.tambon != tambon:
                continue
            if row.level == "province":
                reasons.append(f"เคยเป็นสารสนเทศตำบลต้นแบบฯ ระดับจังหวัดแล้ว: {self._where(row)} — "
                               f"ตำบลเป้าหมายต้องไม่เคยเป็นสารสนเทศตำบลต้นแบบฯ ระดับจังหวัด ในปี {first}–{fy - 1}")
                conflicts.append(row)
            else:
                notes.append(f"เคยเป็นระดับอำเภอ ({self._where(row)}) ซึ่งไม่ขัดหลักเกณฑ์")

    # -- writes -----------------------------------------------------------------------------
    def save(self, data: CandidateData) -> CandidateData:
        """Insert (``id`` None) or update; refused with :class:`NotEligible` when a rule fails."""
        data = dataclasses.replace(data, tambon=_tambon_name(data.tambon),
                                   village=data.village.strip() if data.kind == "village" else "",
                                   moo=data.moo if data.kind == "village" else None)
        verdict = self.check(data)
        if not verdict.eligible:
            raise NotEligible(verdict)
        values = {k: v for k, v in dataclasses.asdict(data).items() if k != "id"}
        try:
            with self.db.session() as s:
                row = s.get(ItVillageCandidate, data.id) if data.id is not None else None
                if row is None:
                    row = ItVillageCandidate(**values)
                    s.add(row)
                else:
                    for key, value in values.items():
                        setattr(row, key, value)
                s.flush()
                return _candidate(row)
        except IntegrityError as exc:
            raise KnownError("บันทึกไม่ได้ เพราะปีงบประมาณนี้มีเป้าหมายระดับเดียวกันอยู่แล้ว", detail=str(exc)) from exc

    def delete(self, candidate_id: int) -> None:
        with self.db.session() as s:
            row = s.get(ItVillageCandidate, candidate_id)
            if row is not None:
                s.delete(row)
        self.evidence.remove_all_for(OWNER_KIND, candidate_id)

    def photos(self, candidate_id: int) -> list[EvidenceItem]:
        """The candidate's attached photos whose files are present, in the order added."""
        return [item for item in self.evidence.list_for(OWNER_KIND, candidate_id)
                if item.is_photo and item.stored_path is not None and item.stored_path.is_file()]

    def add_photo(self, candidate_id: int, path: Path | str, caption: str = "") -> EvidenceItem:
        return self.evidence.add_file(OWNER_KIND, candidate_id, path, caption)
