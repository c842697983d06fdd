"""The office's whole data as one Excel workbook, and back.

``export_workbook`` writes one sheet per kind — office profile, settings, staff, computers,
antivirus installs, internet accounts, every activity kind of ``cddesk/kinds.py``, and the
evidence references (stored files by SHA-256, and which record each is attached to) — with
Thai headers, real date/time/number cells, a frozen header row, fitted widths and A4 print
set-up. ``import_workbook`` reads such a workbook into an **empty** office, all or nothing,
through the same services and checks as the window; every problem is reported as
"sheet, row, column: what is wrong", and nothing is written unless every row is good.

Records keep their ids, so references between sheets (a computer's responsible staff, an
install's computer, evidence attached to a record) survive the trip. Evidence *files* are
not inside the workbook: those already in this data folder's store are linked again, the
others are reported as missing (copy the ``evidence`` folder, or use a full backup).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cddesk import __version__
from cddesk.app_services import Services
from cddesk.errors import KnownError, ValidationError
from cddesk.kinds import KINDS, Field, Kind
from cddesk.labels import COMPUTER_KIND, COMPUTER_STATUS
from cddesk.services.evidence import OWNER_LABELS
from cddesk.services.records import RecordService
from cddesk.survey import SurveyService, survey_fields
from cddesk.services.xlsx_sheets import cell_text, data_rows, open_workbook, read_date, worksheets
from cddesk.thaidate import arabic_digits
from models import (
    Computer,
    EvidenceFile,
    EvidenceLink,
    InternetAccount,
    ItVillage,
    ItVillageCandidate,
    OfficeProfile,
    Setting,
    Staff,
    SurveyResponse,
)

F = Field
FONT = "TH SarabunPSK"  # the government's standard Thai font; Laksaman has its metrics
DATE_FORMAT = "[$-1070000]d/m/yyyy;@"  # shown in B.E. by Thai Excel, a real date cell
YES = "ใช่"
_TRUE = {"ใช่", "✓", "1", "true", "yes", "y", "x", "มี"}
ID = F("id", "รหัส", "int")


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str  # the sheet's name (at most 31 characters)
    fields: tuple[Field, ...]
    service: Callable[[Services], RecordService[Any]] | None = None
    data_class: type[Any] | None = None


def _kind_sheet(kind: Kind) -> SheetSpec:
    title = kind.title if len(kind.title) <= 31 else kind.label[:31]

    def service(services: Services) -> RecordService[Any]:
        return services.kinds[kind.key]

    return SheetSpec(kind.key, title, (ID, *kind.fields), service, kind.data_class)


_KINDS_OF_COMPUTER = tuple((k.value, v) for k, v in COMPUTER_KIND.items())
_STATUSES = tuple((k.value, v) for k, v in COMPUTER_STATUS.items())
PROFILE_FIELDS = (
    F("province_code", "รหัสจังหวัด", required=True), F("province_name", "จังหวัด"),
    F("district_code", "รหัสอำเภอ", required=True), F("district_name", "อำเภอ"),
    F("office_name", "ชื่อสำนักงาน"), F("address", "ที่อยู่"), F("phone", "โทรศัพท์"), F("email", "อีเมล"),
    F("head_name", "หัวหน้าสำนักงาน"), F("head_position", "ตำแหน่งหัวหน้าสำนักงาน"),
    F("it_officer_name", "เจ้าหน้าที่ IT"), F("it_officer_position", "ตำแหน่งเจ้าหน้าที่ IT"),
    F("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "int"), F("survey_deadline", "กำหนดส่งผลสำรวจ", "date"),
    F("antivirus_product", "โปรแกรมป้องกันไวรัสที่กรมกำหนด"),
)
_IT_KINDS = (("village", "หมู่บ้าน"), ("tambon", "ตำบล"))
_IT_LEVELS = (("district", "ระดับอำเภอ"), ("province", "ระดับจังหวัด"))
_IT_TABLES: dict[str, Any] = {"it_village": ItVillage, "it_village_candidate": ItVillageCandidate}
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("office_profile", "ข้อมูลสำนักงาน", PROFILE_FIELDS),
    SheetSpec("setting", "การตั้งค่า", (F("key", "ชื่อค่า", required=True), F("value", "ค่า"))),
    SheetSpec("staff", "บุคลากร", (
        ID, F("name", "ชื่อ-นามสกุล", required=True), F("position", "ตำแหน่ง"), F("level", "ระดับ"),
        F("phone", "โทรศัพท์"), F("email", "อีเมล"), F("line_id", "LINE ID"), F("active", "ปฏิบัติงานอยู่", "bool"),
    ), lambda s: s.staff),
    SheetSpec("computer", "ทะเบียนคอมพิวเตอร์", (
        ID, F("asset_number", "เลขครุภัณฑ์", required=True), F("kind", "ประเภท", "choice", True, _KINDS_OF_COMPUTER),
        F("brand", "ยี่ห้อ"), F("model", "รุ่น"), F("serial_number", "หมายเลขเครื่อง (S/N)"), F("cpu", "CPU"),
        F("ram_gb", "หน่วยความจำ (GB)", "float"), F("disk_gb", "ความจุดิสก์ (GB)", "float"),
        F("os_name", "ระบบปฏิบัติการ"), F("os_version", "รุ่นระบบปฏิบัติการ"), F("acquired_date", "วันที่ได้มา", "date"),
        F("budget_source", "แหล่งงบประมาณ"), F("location", "สถานที่ตั้ง"),
        F("responsible_staff_id", "ผู้รับผิดชอบ (รหัสบุคลากร)", "int"), F("hostname", "ชื่อเครื่อง"),
        F("ip_address", "IP address"), F("mac_address", "MAC address"),
        F("status", "สถานะ", "choice", True, _STATUSES), F("survey_date", "วันที่สำรวจ", "date"), F("notes", "หมายเหตุ"),
    ), lambda s: s.computers),
    SheetSpec("antivirus_install", "โปรแกรมป้องกันไวรัส", (
        ID, F("computer_id", "เครื่อง (รหัสเครื่อง)", "int", True), F("product", "โปรแกรม", required=True),
        F("version", "เวอร์ชัน"), F("installed_date", "วันที่ติดตั้ง", "date", True),
        F("licence_expiry", "วันหมดอายุใบอนุญาต", "date"), F("definitions_updated", "อัปเดตฐานข้อมูลไวรัสล่าสุด", "date"),
        F("installed_by", "ผู้ติดตั้ง"), F("notes", "หมายเหตุ"),
    ), lambda s: s.antivirus),
    SheetSpec("internet_account", "บัญชีผู้ใช้งานอินเทอร์เน็ต", (
        ID, F("staff_id", "เจ้าหน้าที่ (รหัสบุคลากร)", "int", True), F("username", "ชื่อผู้ใช้", required=True),
        F("account_type", "ประเภทบัญชี"), F("created_date", "วันที่สร้างบัญชี", "date"),
        F("last_reviewed", "วันที่ทบทวนล่าสุด", "date"), F("active", "ใช้งานอยู่", "bool"),
    ), lambda s: s.accounts),
    # Year plans first: other kinds are checked against the year's targets.
    *(_kind_sheet(k) for k in sorted(KINDS, key=lambda k: k.key != "year_plan")),
    SheetSpec("it_village", "ทะเบียนหมู่บ้านสารสนเทศ", (
        ID, F("kind", "ชนิด", "choice", True, _IT_KINDS), F("level", "ระดับ", "choice", True, _IT_LEVELS),
        F("year", "ปี พ.ศ.", "int", True), F("province", "จังหวัด"), F("district", "อำเภอ"), F("tambon", "ตำบล"),
        F("village", "หมู่บ้าน"), F("moo", "หมู่ที่", "int"), F("district_code", "รหัสอำเภอ"), F("notes", "หมายเหตุ"),
    )),
    SheetSpec("it_village_candidate", "หมู่บ้าน-ตำบลเป้าหมาย", (
        ID, F("kind", "ชนิด", "choice", True, _IT_KINDS), F("level", "ระดับ", "choice", True, _IT_LEVELS),
        F("fiscal_year", "ปีงบประมาณ", "int", True), F("tambon", "ตำบล"), F("village", "หมู่บ้าน"),
        F("moo", "หมู่ที่", "int"), F("population", "จำนวนประชากร", "int"), F("households", "จำนวนครัวเรือน", "int"),
        F("history", "ประวัติความเป็นมา", "multiline"), F("leaders", "ผู้นำชุมชน กลุ่มองค์กร อัตลักษณ์", "multiline"),
        F("products", "ผลิตภัณฑ์ รายได้/สภาพเศรษฐกิจ", "multiline"),
        F("tourism", "แหล่งท่องเที่ยวและการบริการ", "multiline"), F("culture", "ศิลปะ วัฒนธรรม ประเพณี", "multiline"),
        F("other", "ข้อมูลอื่น ๆ", "multiline"), F("management", "การบริหารจัดการ", "multiline"),
        F("gis", "สารสนเทศภูมิศาสตร์ (GIS)", "multiline"), F("planning", "การวิเคราะห์ข้อมูลและจัดทำแผน", "multiline"),
        F("projects", "โครงการเชิงบูรณาการและงบประมาณ", "multiline"),
        F("publicity", "การเผยแพร่ประชาสัมพันธ์", "multiline"), F("notes", "หมายเหตุ", "multiline"),
    )),
    SheetSpec("survey_response", "แบบสอบถามความต้องการฝึกอบรม", (ID, *survey_fields()), lambda s: SurveyService(s.db)),
    SheetSpec("evidence_file", "ไฟล์หลักฐาน", (
        ID, F("sha256", "SHA-256", required=True), F("original_name", "ชื่อไฟล์", required=True),
        F("size", "ขนาด (ไบต์)", "int", True), F("mime_type", "ชนิดไฟล์"),
    )),
    SheetSpec("evidence_link", "หลักฐานที่แนบ", (
        ID, F("owner_kind", "ชนิดรายการ", required=True), F("owner_id", "รหัสรายการ", "int", True),
        F("file_id", "รหัสไฟล์หลักฐาน", "int"), F("url", "ลิงก์"), F("caption", "คำอธิบาย"),
    )),
)
SHEET_BY_TITLE = {s.title: s for s in SHEETS}


# --- export ------------------------------------------------------------------------------


def _rows_of(services: Services, spec: SheetSpec) -> Iterable[dict[str, Any]]:
    if spec.key == "office_profile":
        profile = services.office.profile()
        return [dataclasses.asdict(profile)] if profile else []
    if spec.service is not None:
        return [dataclasses.asdict(d) for d in spec.service(services).list()]
    model = {"setting": Setting, "evidence_file": EvidenceFile, "evidence_link": EvidenceLink, **_IT_TABLES}[spec.key]
    with services.db.session() as session:
        rows = session.scalars(select(model)).all()
        return [{f.name: getattr(r, f.name) for f in spec.fields} for r in rows]


def cell_value(f: Field, value: Any) -> Any:
    """What a person reads in the cell: Thai choice names, ใช่ for yes, real dates."""
    if isinstance(value, enum.Enum):
        value = value.value
    if f.type == "choice":
        return f.choice_label(value) if value else None
    if f.type == "multi":
        return ", ".join(f.choice_label(v) for v in value) or None
    if f.type == "names":
        return ", ".join(value) or None
    if f.type == "bool":
        return YES if value else None
    return None if value == "" else value


def text_width(text: str) -> int:
    """Columns a text needs in Excel: Thai marks above and below take no width."""
    return sum(1 for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Mn")


def print_setup(ws: Any, landscape: bool, title_row: int) -> None:
    """A4, fit to one page wide, the header row repeated on every printed page."""
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def export_workbook(services: Services, path: Path | str) -> dict[str, int]:
    """Write the office's data to ``path`` (.xlsx); returns rows written per sheet."""
    from cddesk.files import atomic_write

    book = Workbook()
    book.remove(book.active)
    counts: dict[str, int] = {}
    header_font, body_font = Font(name=FONT, size=14, bold=True), Font(name=FONT, size=14)
    fill = PatternFill("solid", fgColor="DDE8F5")
    for spec in SHEETS:
        ws = book.create_sheet(spec.title)
        ws.append([f.label for f in spec.fields])
        widths = [text_width(f.label) for f in spec.fields]
        rows = list(_rows_of(services, spec))
        for record in rows:
            ws.append([cell_value(f, record.get(f.name)) for f in spec.fields])
        for c, f in enumerate(spec.fields, start=1):
            for r, cell in enumerate(ws.iter_rows(min_col=c, max_col=c), start=1):
                item = cell[0]
                item.font = header_font if r == 1 else body_font
                if r == 1:
                    item.fill = fill
                    item.alignment = Alignment(vertical="center", wrap_text=True)
                elif f.type == "date":
                    item.number_format = DATE_FORMAT
                elif f.type == "time":
                    item.number_format = "hh:mm"
                elif f.type == "float":
                    item.number_format = "#,##0.00"
                elif f.type == "int" and f.name != "id" and not f.name.endswith("_id"):
                    item.number_format = "#,##0"
                if r > 1 and item.value is not None:
                    shown = 11 if f.type == "date" else text_width(str(item.value))
                    widths[c - 1] = max(widths[c - 1], min(shown, 60))
            ws.column_dimensions[get_column_letter(c)].width = max(8, widths[c - 1] + 2)
        ws.freeze_panes = "A2"
        print_setup(ws, True, 1)
        counts[spec.title] = len(rows)
    book.properties.creator = f"CD Desk {__version__}"
    atomic_write(Path(path), book.save)
    return counts


# --- import ------------------------------------------------------------------------------


@dataclass
class WorkbookReport:
    """What an import read and stored; ``problems`` non-empty means nothing was stored."""

    stored: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)  # evidence not in this store

    @property
    def ok(self) -> bool:
        return not self.problems


class _Abort(Exception):
    pass


def read_cell(f: Field, value: Any) -> Any:
    """The typed value of a cell; ValueError with a Thai message when it cannot be read."""
    if f.type == "date":
        found = read_date(value, f.label)
        return found[0] if found else None
    if f.type == "time":
        if isinstance(value, dt.datetime):
            return value.time()
        if isinstance(value, dt.time) or value is None:
            return value
        text = arabic_digits(cell_text(value))
        match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::\d{2})?", text)
        if not text:
            return None
        if match is None:
            raise ValueError(f"«{text}» ไม่ใช่เวลา ใส่ชั่วโมง:นาที เช่น 09:30")
        return dt.time(int(match[1]), int(match[2]))
    if f.type in ("int", "float"):
        if value is None or (isinstance(value, str) and not cell_text(value)):
            return None
        try:
            number = float(arabic_digits(str(value)).replace(",", "").strip())
        except ValueError:
            raise ValueError(f"«{value}» ไม่ใช่ตัวเลข") from None
        if f.type == "int":
            if not number.is_integer():
                raise ValueError(f"«{value}» ต้องเป็นจำนวนเต็ม")
            return int(number)
        return number
    if f.type == "bool":
        return cell_text(value).lower() in _TRUE
    text = cell_text(value) if f.type not in ("multiline",) else (str(value).strip() if value is not None else "")
    by_label = {label: token for token, label in f.choices}
    if f.type == "choice":
        return by_label.get(text, text)
    if f.type in ("multi", "names"):
        parts = [p.strip() for p in re.split(r"[,\n]", text) if p.strip()]
        return tuple(by_label.get(p, p) for p in parts)
    return text


def _as_data(spec: SheetSpec, data_class: type[Any], values: dict[str, Any]) -> Any:
    kwargs = {}
    for fld in dataclasses.fields(data_class):
        if fld.name not in values:
            continue
        value = values[fld.name]
        default = fld.default
        if isinstance(default, enum.Enum) and value:
            value = type(default)(value)
        kwargs[fld.name] = value
    return data_class(**kwargs)


def busy_tables(session: Session) -> list[str]:
    """Sheets whose table already holds rows (an import needs an empty office)."""
    busy = []
    tables: list[tuple[str, Any]] = [
        ("บุคลากร", Staff), ("ทะเบียนคอมพิวเตอร์", Computer), ("บัญชีผู้ใช้งานอินเทอร์เน็ต", InternetAccount),
        ("หลักฐานที่แนบ", EvidenceLink), ("ทะเบียนหมู่บ้านสารสนเทศ", ItVillage),
        ("หมู่บ้าน-ตำบลเป้าหมาย", ItVillageCandidate), ("แบบสอบถามความต้องการฝึกอบรม", SurveyResponse),
        *((k.title, k.model) for k in KINDS)]
    for title, model in tables:
        if session.scalar(select(func.count()).select_from(model)):
            busy.append(title)
    return busy


def import_workbook(services: Services, path: Path | str) -> WorkbookReport:
    """Read a workbook made by :func:`export_workbook` into this (empty) office."""
    path = Path(path)
    report = WorkbookReport()
    with open_workbook(path) as book:
        sheets = {ws.title: data_rows(ws, path.name) for ws in worksheets(book)}
    unknown = [t for t in sheets if t not in SHEET_BY_TITLE]
    if unknown:
        report.problems.append(f"แผ่นงาน «{unknown[0]}» ไม่ใช่แผ่นงานของ CD Desk "
                               "ใช้ไฟล์ที่ส่งออกจากเมนู ส่งออกข้อมูลทั้งหมดเป็น Excel")
        return report
    try:
        with services.db.session() as session:
            busy = busy_tables(session)
            if busy:
                raise KnownError("นำเข้าได้เฉพาะสำนักงานที่ยังไม่มีข้อมูล แต่สำนักงานนี้มีข้อมูลแล้วใน: "
                                 + ", ".join(busy) + " — เปิดโฟลเดอร์ข้อมูลใหม่ (สำนักงานว่าง) แล้วนำเข้าอีกครั้ง")
            for spec in SHEETS:
                rows = sheets.get(spec.title)
                if rows:
                    stored = _import_sheet(services, session, spec, rows, report)
                    if stored:  # a sheet with only its header row stores nothing worth saying
                        report.stored[spec.title] = stored
            if report.problems:
                raise _Abort
            session.flush()
            for sha, name in session.execute(select(EvidenceFile.sha256, EvidenceFile.original_name)):
                if not services.evidence.path_for_sha(sha).is_file():
                    report.missing_files.append(name)
    except _Abort:
        report.stored = {}
    return report


def _import_sheet(services: Services, session: Session, spec: SheetSpec, rows: Sequence[Any],
                  report: WorkbookReport) -> int:
    header = [cell_text(v) for v in rows[0].values]
    by_label = {f.label: f for f in spec.fields}
    columns: list[Field | None] = [by_label.get(text) for text in header]
    unknown = [text for text in header if text and text not in by_label]
    missing = [f.label for f in spec.fields if f.required and f not in columns]
    if unknown or missing:
        report.problems.append(
            f"แผ่นงาน «{spec.title}»: " + (f"ไม่รู้จักคอลัมน์ «{unknown[0]}»" if unknown else f"ไม่มีคอลัมน์ «{missing[0]}»")
            + " (ชื่อคอลัมน์ต้องตรงกับที่โปรแกรมส่งออก)")
        return 0
    stored = 0
    for row in rows[1:]:
        values: dict[str, Any] = {}
        where = f"แผ่นงาน «{spec.title}» แถว {row.excel_row}"
        unreadable = False
        for c, f in enumerate(columns):
            if f is None:
                continue
            try:
                values[f.name] = read_cell(f, row.value(c))
            except ValueError as exc:
                report.problems.append(_at(where, f.label, str(exc)))
                unreadable = True
        if len(report.problems) > 200:
            raise _Abort
        if unreadable:
            continue  # its other checks would only repeat the same problem
        try:
            _store(services, session, spec, values)
            stored += 1
        except ValidationError as exc:
            labels = {f.name: f.label for f in spec.fields}
            for name, message in exc.fields.items():
                report.problems.append(_at(where, labels.get(name, ""), message))
            if "_" in exc.fields:
                raise _Abort from exc  # the transaction failed; later rows cannot be checked
        except KnownError as exc:
            report.problems.append(f"{where}: {exc.message}")
    return stored


def _at(where: str, label: str, message: str) -> str:
    """"sheet, row: message", naming the column unless the message already does."""
    if not label or message.startswith(label):
        return f"{where}: {message}"
    return f"{where}, คอลัมน์ «{label}»: {message}"


def _store(services: Services, session: Session, spec: SheetSpec, values: dict[str, Any]) -> None:
    if spec.key == "office_profile":
        from cddesk.services.office import ProfileData

        data = services.office.validate(_as_data(spec, ProfileData, values))
        row = session.get(OfficeProfile, 1) or OfficeProfile(id=1)
        for name in ProfileData.__dataclass_fields__:
            setattr(row, name, getattr(data, name))
        session.add(row)
    elif spec.key == "setting":
        session.merge(Setting(key=values["key"], value=values.get("value") or ""))
    elif spec.key in _IT_TABLES:
        session.add(_IT_TABLES[spec.key](**values))
        session.flush()
    elif spec.key in ("evidence_file", "evidence_link"):
        if spec.key == "evidence_link":
            if values.get("owner_kind") not in OWNER_LABELS:
                raise ValidationError({"owner_kind": f"ไม่รู้จักชนิดรายการ «{values.get('owner_kind')}»"})
            values["url"] = values.get("url") or None  # a file's link has no url
        model = EvidenceFile if spec.key == "evidence_file" else EvidenceLink
        session.add(model(**values))
        session.flush()
    else:
        assert spec.service is not None
        service = spec.service(services)
        service.save_in(session, _as_data(spec, spec.data_class or service.data_class, values), keep_id=True)

