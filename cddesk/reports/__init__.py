"""The printed reports: what exists (:data:`REPORTS`), and making one as PDF or Excel.

Each report is a builder ``(ReportContext) -> Report`` (``cddesk/reports/*.py``) plus a
name for the command line. :func:`generate` builds it, renders it
(:mod:`cddesk.pdf.render` or :mod:`cddesk.reports.xlsx`) into a temporary file beside the
target and renames it into place only when complete, so a cancel or a crash never leaves
a half-written report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cddesk.errors import KnownError
from cddesk.kinds import QT_TR_NOOP
from cddesk.periods import Period

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from cddesk.progress import Progress
    from cddesk.reports.model import Report

Format = Literal["pdf", "xlsx"]


@dataclass
class ReportContext:
    services: Services
    period: Period
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def at(self) -> dt.date:
        """The date the report speaks of: the period's end, or today while it runs."""
        return min(self.period.end, self.today)


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str  # Thai, as the Reports page lists it
    description: str
    builder: str  # "module:function" in cddesk.reports, imported when used

    def build(self, ctx: ReportContext) -> Report:
        import importlib

        module, function = self.builder.split(":")
        build: Callable[[ReportContext], Report] = getattr(
            importlib.import_module(f"cddesk.reports.{module}"), function)
        return build(ctx)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("digital40", QT_TR_NOOP("แบบประเมินตนเอง พัฒนาชุมชนดิจิทัล ๔.๐"),
               QT_TR_NOOP("ทุกด้านและทุกเกณฑ์ คะแนน คำอธิบาย หลักฐาน กราฟรายด้าน และช่องลงนาม"), "scores:digital40"),
    ReportSpec("monthly", QT_TR_NOOP("รายงานผลการดำเนินงานประจำเดือนถึงจังหวัด"),
               QT_TR_NOOP("สิ่งที่ทำในเดือนตามเกณฑ์แต่ละข้อ พร้อมจำนวนและหลักฐาน (ส่งภายในวันที่ ๑๕)"), "scores:monthly"),
    ReportSpec("click-monthly", QT_TR_NOOP("รายงานการขับเคลื่อน Click ชุมชน ประจำเดือน"),
               QT_TR_NOOP("ตามแบบรายงานของจังหวัด (แนวนอน) พร้อมภาพกิจกรรม"), "activities:click_monthly"),
    ReportSpec("computers", QT_TR_NOOP("ทะเบียนเครื่องคอมพิวเตอร์"),
               QT_TR_NOOP("ทุกเครื่องในทะเบียน สถานะ ผู้รับผิดชอบ และการติดตั้งโปรแกรมป้องกันไวรัส"), "registers:computers"),
    ReportSpec("antivirus", QT_TR_NOOP("รายงานการติดตั้งโปรแกรมป้องกันไวรัส"),
               QT_TR_NOOP("ร้อยละของเครื่องที่ใช้งานได้ที่ได้รับการป้องกัน และรายการเครื่องที่ยังไม่ได้รับการป้องกัน"),
               "registers:antivirus"),
    ReportSpec("internet-accounts", QT_TR_NOOP("ทะเบียนการตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต"),
               QT_TR_NOOP("บัญชีผู้ใช้งานของบุคลากร วันที่สร้างและวันที่ทบทวน"), "registers:internet_accounts"),
    ReportSpec("meetings", QT_TR_NOOP("สถิติการประชุมออนไลน์"),
               QT_TR_NOOP("เข้าร่วมและจัดประชุมรายเดือน ร้อยละการเข้าตรงเวลา ระดับตัวชี้วัด Session Call"), "activities:meetings"),
    ReportSpec("innovation", QT_TR_NOOP("รายงานผลการพัฒนานวัตกรรมด้านเทคโนโลยีสารสนเทศ"),
               QT_TR_NOOP("ตามแบบฟอร์มของจังหวัด ๔ ประเด็น พร้อมหลักฐาน (ไม่เกิน ๒๕ หน้า)"), "activities:innovation"),
    ReportSpec("training-questionnaire", QT_TR_NOOP("แบบสอบถามความต้องการฝึกอบรม (ฉบับเปล่า)"),
               QT_TR_NOOP("ตอนที่ 1 สถานภาพ ตอนที่ 2 ความต้องการ 10 หัวข้อ 5 ระดับ และอื่น ๆ 4 บรรทัด สำหรับพิมพ์แจก"),
               "programmes:training_questionnaire"),
    ReportSpec("training-needs", QT_TR_NOOP("ผลการสำรวจความต้องการฝึกอบรม"),
               QT_TR_NOOP("สถานภาพผู้ตอบ ลำดับหัวข้อตามค่าเฉลี่ย (เท่ากันใช้จำนวนระดับ 5 แล้วลำดับข้อ) และกราฟ"),
               "programmes:training_needs"),
    ReportSpec("role-model", QT_TR_NOOP("แบบเสนอชื่อคนต้นแบบ ไอที"),
               QT_TR_NOOP("ผู้ได้รับการเสนอชื่อของปีงบประมาณ (อำเภอละ 1 คน) ผลการตรวจคุณสมบัติ และผลงาน 4 ด้านพร้อมหลักฐาน"),
               "programmes:role_model"),
    ReportSpec("website-check", QT_TR_NOOP("แบบประเมินตนเอง การประกวดเว็บไซต์ (100 คะแนน)"),
               QT_TR_NOOP("คะแนนรายข้อ รายการที่พบบนเว็บไซต์พร้อมลิงก์ และรายการที่ยังขาด"),
               "programmes:website_check"),
)
REPORT_BY_NAME = {r.name: r for r in REPORTS}


def spec_named(name: str) -> ReportSpec:
    try:
        return REPORT_BY_NAME[name]
    except KeyError:
        raise KnownError(f"ไม่มีรายงานชื่อ «{name}» รายงานที่มี: " + ", ".join(REPORT_BY_NAME)) from None


@dataclass(frozen=True)
class Generated:
    path: Path
    pages: int  # 0 for Excel
    warnings: tuple[str, ...]


def build_report(services: Services, name: str, period: Period, today: dt.date | None = None) -> Report:
    return spec_named(name).build(ReportContext(services, period, today or dt.date.today()))


def generate(services: Services, name: str, period: Period, fmt: Format, out: Path | str, *,
             thai_digits: bool | None = None, progress: Progress | None = None,
             today: dt.date | None = None) -> Generated:
    """Build report ``name`` for ``period`` and write it to ``out`` (PDF or .xlsx)."""
    from cddesk.files import atomic_write

    if fmt not in ("pdf", "xlsx"):
        raise KnownError(f"รูปแบบ «{fmt}» ไม่รองรับ เลือก pdf หรือ xlsx")
    if thai_digits is None:
        thai_digits = services.office.settings().thai_digits_in_reports
    if progress is not None:
        progress.step(0, 1, "กำลังรวบรวมข้อมูล")
    report = build_report(services, name, period, today)
    out = Path(out)
    pages = 0

    def write(temp: str) -> None:
        nonlocal pages
        if fmt == "pdf":
            from cddesk.pdf.render import render_pdf

            pages = render_pdf(report, Path(temp), thai_digits=thai_digits, progress=progress)
        else:
            from cddesk.reports.xlsx import write_workbook

            write_workbook([report], Path(temp), progress=progress)

    atomic_write(out, write)
    warnings = list(report.warnings)
    if pages and report.max_pages and pages > report.max_pages:
        warnings.append(f"รายงานยาว {pages} หน้า เกินที่จังหวัดกำหนด ({report.max_pages} หน้า) "
                        "ให้ตัดเนื้อหาให้สั้นลงก่อนส่ง")
    return Generated(out, pages, tuple(warnings))
