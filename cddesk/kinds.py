"""Every kind of activity record the rubrics score, described once: its table, Thai names,
fields (label, type, required, choices) and its own checks.

One description drives the service (``cddesk/services/activities.py``: generic checks,
lists by period, month view), the workbook round trip (``cddesk/workbook.py``: one sheet per
kind, Thai headers) and the window (``ui/pages/activities.py``: dialog fields and columns).
A new kind is a model class plus one :class:`Kind` here (and a migration).

Labels are Thai source texts; ``QT_TR_NOOP`` marks them for the window's English
translation (``scripts/update-translations.sh`` scans this file too). The fields' choice
lists (tokens and labels) are in :mod:`cddesk.kind_choices`, re-exported here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cddesk import gazetteer
from cddesk.kind_choices import (  # the choice lists, importable from here as before
    Choices as Choices,
    QT_TR_NOOP as QT_TR_NOOP,
    MEETING_KINDS as MEETING_KINDS,
    PURPOSES as PURPOSES,
    SECURITY_FORMATS as SECURITY_FORMATS,
    TOOLS as TOOLS,
    ACTIVITY_KINDS as ACTIVITY_KINDS,
    AUDIENCES as AUDIENCES,
    GOVERNANCE_KINDS as GOVERNANCE_KINDS,
    WEBSITE_SECTIONS as WEBSITE_SECTIONS,
    CENTRAL_DATABASES as CENTRAL_DATABASES,
    MODEL_STEPS as MODEL_STEPS,
    STEP_PARTS as STEP_PARTS,
    CLICK_ACTIONS as CLICK_ACTIONS,
    CLICK_FIGURES as CLICK_FIGURES,
    CHANNELS as CHANNELS,
    INNOVATION_ITEMS as INNOVATION_ITEMS,
    WEBSITE_CHECK_ITEMS as WEBSITE_CHECK_ITEMS,
    PORTFOLIO_CATEGORIES as PORTFOLIO_CATEGORIES,
    label_of as label_of,
)
from cddesk.kind_groups import (
    GROUP_CLICK as GROUP_CLICK,
    GROUP_DATA as GROUP_DATA,
    GROUP_GOVERNANCE as GROUP_GOVERNANCE,
    GROUP_INNOVATION as GROUP_INNOVATION,
    GROUP_MEETINGS as GROUP_MEETINGS,
    GROUP_PLAN as GROUP_PLAN,
    GROUP_ROLE_MODEL as GROUP_ROLE_MODEL,
    GROUP_TAMBON as GROUP_TAMBON,
    GROUP_TRAINING as GROUP_TRAINING,
)
from cddesk.kind_groups import GROUPS as GROUPS
from cddesk.thaidate import fiscal_year_bounds, fiscal_year_of, format_date
from cddesk.validation import Problems, check_email
from models import (
    CentralDbUpdate,
    ClickAction,
    ClickFigure,
    ClickHeadDownload,
    ClickPromotion,
    ClickServiceCheck,
    GovernanceAction,
    InnovationReport,
    JptProgress,
    ModelTambonStep,
    OfficeProfile,
    OnlineMeeting,
    PortfolioWork,
    Staff,
    TrainingActivity,
    WebsiteCheck,
    WebsiteNews,
    WebsiteUpdate,
    YearPlan,
)
from models.base import Base


WEBSITE_DESIGN_MAX = 15  # criterion 5 of the contest, rated by hand

# The Community Development Department was founded in 2505 B.E.; nothing it did is older.
EARLIEST = dt.date(1962, 1, 1)


@dataclass(frozen=True)
class Field:
    """One field of a record kind. ``type``: text, multiline, url, date, time, int, float,
    bool, choice (one token of ``choices``), multi (several tokens), names (staff names),
    tambon (a subdistrict of the office's district)."""

    name: str
    label: str
    type: str = "text"
    required: bool = False
    choices: Choices = ()
    in_list: bool = True
    placeholder: str = ""
    remember: bool = False  # a new record starts with the value last saved
    may_be_future: bool = False  # a deadline or plan, not something already done
    default: Any = None  # the value of a new record, when not the type's blank

    def choice_label(self, token: str) -> str:
        return dict(self.choices).get(token, token)


Check = Callable[[Session, Any, Problems], None]


@dataclass(frozen=True)
class Kind:
    key: str  # table name; also the evidence owner kind
    label: str  # one record ("การประชุมออนไลน์"), for dialog titles and messages
    title: str  # the list, the sheet
    group: str  # the page of the window that shows it
    model: type[Base]
    fields: tuple[Field, ...]
    describe: Callable[[Any], str]
    check: Check | None = None
    filter_field: str | None = None  # the choice field a list filters by
    needs_evidence: bool = True  # False: figures read from a Department system
    date_field: str | None = "date"
    data_class: type[Any] = dataclasses.field(init=False, repr=False)

    def __post_init__(self) -> None:
        specs: list[tuple[str, Any, Any]] = [("id", int | None, dataclasses.field(default=None))]
        specs += [(f.name, _PY_TYPES[f.type], dataclasses.field(**_default(f))) for f in self.fields]
        cls = dataclasses.make_dataclass(f"{self.model.__name__}Data", specs)
        object.__setattr__(self, "data_class", cls)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def date_of(self, data: Any) -> dt.date | None:
        return getattr(data, self.date_field) if self.date_field else None


_PY_TYPES: dict[str, Any] = {
    "text": str, "multiline": str, "url": str, "choice": str, "tambon": str,
    "date": dt.date | None, "time": dt.time | None, "int": int | None, "float": float | None,
    "bool": bool, "multi": tuple[str, ...], "names": tuple[str, ...],
}


def _default(f: Field) -> dict[str, Any]:
    if f.default is not None:
        return {"default": f.default}
    if f.type in ("multi", "names"):
        return {"default_factory": tuple}
    if f.type == "bool":
        return {"default": False}
    if f.type in ("date", "time", "int", "float"):
        return {"default": None}
    return {"default": f.choices[0][0] if f.type == "choice" and f.required else ""}


def _d(value: dt.date | None) -> str:
    return format_date(value) if value else ""


# --- checks of one kind -----------------------------------------------------------------


def _meeting(session: Session, d: Any, p: Problems) -> None:
    if d.invited_date and d.date and d.date < d.invited_date:
        p.add("date", f"วันประชุม ({_d(d.date)}) อยู่ก่อนวันที่ได้รับหนังสือเชิญ ({_d(d.invited_date)}) "
                      "— เข้าร่วมก่อนประกาศการประชุมไม่ได้ ตรวจวันที่ทั้งสองช่อง")
    if d.joined_time and not d.start_time:
        p.add("start_time", "ระบุเวลาเริ่มประชุมด้วย เพื่อนับว่าเข้าร่วมตรงเวลาหรือไม่")
    if d.participants is not None and d.participants < len(d.attendees):
        p.add("participants", f"จำนวนผู้เข้าร่วมน้อยกว่ารายชื่อที่เลือก ({len(d.attendees)} คน)")
    if d.kind == "webex_hosted" and not d.organiser:
        d.organiser = _office_name(session)


def _training(session: Session, d: Any, p: Problems) -> None:
    if d.purpose == "security" and not d.security_format:
        p.add("security_format", "เลือกรูปแบบ F1, F2 หรือ F3 ของกิจกรรมสร้างความตระหนัก")
    if d.purpose != "security":
        d.security_format = ""
    if d.purpose == "tools" and not d.tools:
        p.add("tools", "เลือกเครื่องมือด้าน IT ที่ให้ความรู้อย่างน้อย 1 รายการ")
    if not d.by_office and not d.organiser:
        p.add("organiser", "ระบุหน่วยงานที่จัด (กิจกรรมที่สำนักงานไม่ได้จัดเอง)")
    if d.by_office and not d.organiser:
        d.organiser = _office_name(session)
    if d.participants is None and d.participant_names:
        d.participants = len(d.participant_names)
    elif d.participants is not None and d.participants < len(d.participant_names):
        p.add("participants", f"จำนวนผู้เข้าร่วมน้อยกว่ารายชื่อที่เลือก ({len(d.participant_names)} คน)")


def _year_plan(session: Session, d: Any, p: Problems) -> None:
    if d.fiscal_year is None or not 2500 <= d.fiscal_year <= 2700:
        p.add("fiscal_year", "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568")
        return
    other = session.scalar(select(YearPlan.id).where(YearPlan.fiscal_year == d.fiscal_year))
    if other is not None and other != d.id:
        p.add("fiscal_year", f"มีค่าเป้าหมายของปีงบประมาณ {d.fiscal_year} อยู่แล้ว แก้ไขรายการเดิมแทน")
    start, end = fiscal_year_bounds(d.fiscal_year)
    if d.jpt_deadline and not start <= d.jpt_deadline <= end:
        p.add("jpt_deadline", f"กำหนดส่ง จปฐ. ต้องอยู่ในปีงบประมาณ {d.fiscal_year} ({_d(start)} – {_d(end)})")
    if d.model_tambon:
        names = {t.name for t in office_tambons(session)}
        if names and d.model_tambon not in names:
            p.add("model_tambon", f"ไม่พบตำบล «{d.model_tambon}» ในอำเภอของสำนักงาน เลือกจากรายการ")
    if d.website_design_score is not None and d.website_design_score > WEBSITE_DESIGN_MAX:
        p.add("website_design_score", f"คะแนนรูปแบบเว็บไซต์ให้ได้ 0 ถึง {WEBSITE_DESIGN_MAX} คะแนน "
                                      f"(เกณฑ์ข้อ 5 ของการประกวดเว็บไซต์) แต่ใส่ไว้ {d.website_design_score}")
    # Only that the nominee is on the staff register: the full eligibility (works with
    # evidence) is checked when nominating (cddesk/role_model.py), because a workbook
    # import stores year plans before the works and their evidence.
    d.role_model_nominee = " ".join((d.role_model_nominee or "").split())
    if d.role_model_nominee and not _staff_named(session, d.role_model_nominee):
        p.add("role_model_nominee", f"ไม่พบ «{d.role_model_nominee}» ในทะเบียนบุคลากร "
                                    "เสนอชื่อได้เฉพาะบุคลากรของสำนักงาน (พิมพ์ให้ตรงกับหน้าบุคลากร)")


def _jpt(session: Session, d: Any, p: Problems) -> None:
    if d.date is None or d.collected is None:
        return
    fy = fiscal_year_of(d.date)
    target = session.scalar(select(YearPlan.jpt_target).where(YearPlan.fiscal_year == fy))
    if target is not None and d.collected > target:
        p.add("collected", f"จัดเก็บแล้ว {d.collected:,} ครัวเรือน มากกว่าเป้าหมาย {target:,} ครัวเรือน "
                           f"ของปีงบประมาณ {fy} ตรวจตัวเลข หรือแก้เป้าหมายในหน้าค่าเป้าหมายประจำปี")


def _central_db(session: Session, d: Any, p: Problems) -> None:
    if d.database != "otop_sales":
        d.amount = None


def _model_step(session: Session, d: Any, p: Problems) -> None:
    if d.step == "5":
        if not d.part:
            p.add("part", "ขั้นที่ 5 ระบุว่าเป็นเอกสาร PDF หรือวิดีโอ (บันทึกแยกกันคนละรายการ)")
        if not d.url:
            p.add("url", "ขั้นที่ 5 ใส่ลิงก์ที่เผยแพร่ทางออนไลน์")
    else:
        d.part = ""


def _promotion(session: Session, d: Any, p: Problems) -> None:
    if not d.channels:
        p.add("channels", "เลือกช่องทางที่เผยแพร่อย่างน้อย 1 ช่องทาง (เกณฑ์นับเมื่อมี 2 ช่องทางขึ้นไป)")


def _news(session: Session, d: Any, p: Problems) -> None:
    if d.count is not None and d.count < 1:
        p.add("count", "จำนวนข่าวต้องอย่างน้อย 1")


def _innovation(session: Session, d: Any, p: Problems) -> None:
    p.guard("email", lambda: check_email(d.email))


def _staff_named(session: Session, name: str) -> bool:
    """On the staff register, or the register is still empty (as with the tambon list)."""
    names = {" ".join(n.split()) for n in session.scalars(select(Staff.name))}
    return not names or name in names


def _portfolio(session: Session, d: Any, p: Problems) -> None:
    d.staff_name = " ".join((d.staff_name or "").split())
    if d.staff_name and not _staff_named(session, d.staff_name):
        p.add("staff_name", f"ไม่พบ «{d.staff_name}» ในทะเบียนบุคลากร เพิ่มในหน้าบุคลากรก่อน "
                            "หรือพิมพ์ชื่อ-นามสกุลให้ตรงกับทะเบียน")


def _office_name(session: Session) -> str:
    profile = session.get(OfficeProfile, 1)
    return profile.office_name if profile else ""


def office_tambons(session: Session) -> list[gazetteer.Place]:
    profile = session.get(OfficeProfile, 1)
    return gazetteer.subdistricts(profile.district_code) if profile else []


# --- the kinds ----------------------------------------------------------------------------

F = Field
_NOTES = F("notes", QT_TR_NOOP("หมายเหตุ"), "multiline", in_list=False)
_DATE = F("date", QT_TR_NOOP("วันที่"), "date", required=True)

KINDS: tuple[Kind, ...] = (
    Kind("online_meeting", QT_TR_NOOP("การประชุมออนไลน์"), QT_TR_NOOP("การประชุมออนไลน์"), GROUP_MEETINGS,
         OnlineMeeting, (
             F("kind", QT_TR_NOOP("ประเภท"), "choice", True, MEETING_KINDS, remember=True),
             _DATE,
             F("start_time", QT_TR_NOOP("เวลาเริ่มประชุม"), "time", placeholder="09:00", remember=True),
             F("joined_time", QT_TR_NOOP("เวลาที่สำนักงานเข้าร่วม"), "time", placeholder="08:55"),
             F("topic", QT_TR_NOOP("เรื่อง/หัวข้อ"), required=True),
             F("organiser", QT_TR_NOOP("ผู้จัด"), remember=True),
             F("participants", QT_TR_NOOP("จำนวนผู้เข้าร่วม (คน)"), "int"),
             F("attendees", QT_TR_NOOP("ผู้เข้าร่วมจากสำนักงาน"), "names"),
             F("invited_date", QT_TR_NOOP("วันที่ได้รับหนังสือเชิญ"), "date", in_list=False),
             _NOTES),
         lambda d: f"{_d(d.date)} {d.topic}", _meeting, "kind"),
    Kind("training_activity", QT_TR_NOOP("กิจกรรมอบรม/สร้างความตระหนัก"), QT_TR_NOOP("อบรมและสร้างความตระหนัก"),
         GROUP_TRAINING, TrainingActivity, (
             F("purpose", QT_TR_NOOP("วัตถุประสงค์"), "choice", True, PURPOSES, remember=True),
             F("security_format", QT_TR_NOOP("รูปแบบ (ด้านความปลอดภัย)"), "choice", False, SECURITY_FORMATS),
             F("tools", QT_TR_NOOP("เครื่องมือ IT ที่ให้ความรู้"), "multi", False, TOOLS),
             F("kind", QT_TR_NOOP("ลักษณะกิจกรรม"), "choice", True, ACTIVITY_KINDS, remember=True),
             F("by_office", QT_TR_NOOP("สำนักงานจัดเอง"), "bool", default=True),
             F("organiser", QT_TR_NOOP("ผู้จัด"), in_list=False),
             _DATE,
             F("title", QT_TR_NOOP("ชื่อกิจกรรม/สื่อ"), required=True),
             F("place", QT_TR_NOOP("สถานที่"), remember=True),
             F("audience", QT_TR_NOOP("กลุ่มเป้าหมาย"), "multi", False, AUDIENCES),
             F("participants", QT_TR_NOOP("จำนวนผู้เข้าร่วม (คน)"), "int"),
             F("participant_names", QT_TR_NOOP("รายชื่อเจ้าหน้าที่ที่เข้าร่วม"), "names", in_list=False),
             F("downloads", QT_TR_NOOP("ดาวน์โหลด Click ชุมชน (ครั้ง)"), "int", in_list=False),
             _NOTES),
         lambda d: f"{_d(d.date)} {d.title}", _training, "purpose"),
    Kind("governance_action", QT_TR_NOOP("กลไกการบริหารงาน IT"), QT_TR_NOOP("กลไกการบริหารงาน IT"),
         GROUP_GOVERNANCE, GovernanceAction, (
             F("kind", QT_TR_NOOP("ประเภท"), "choice", True, GOVERNANCE_KINDS),
             _DATE,
             F("title", QT_TR_NOOP("เรื่อง"), required=True),
             F("order_number", QT_TR_NOOP("เลขที่คำสั่ง/หนังสือ"), placeholder=QT_TR_NOOP("เช่น 12/2568")),
             _NOTES),
         lambda d: f"{_d(d.date)} {d.title}", None, "kind"),
    Kind("website_update", QT_TR_NOOP("การปรับปรุงเว็บไซต์"), QT_TR_NOOP("ปรับปรุงหมวดพื้นฐานของเว็บไซต์"),
         GROUP_GOVERNANCE, WebsiteUpdate, (
             F("section", QT_TR_NOOP("หมวด"), "choice", True, WEBSITE_SECTIONS),
             F("date", QT_TR_NOOP("วันที่ปรับปรุง"), "date", required=True),
             F("url", QT_TR_NOOP("ลิงก์"), "url"),
             _NOTES),
         lambda d: f"{_d(d.date)} {label_of(WEBSITE_SECTIONS, d.section)}", None, "section"),
    Kind("website_news", QT_TR_NOOP("ข่าวประชาสัมพันธ์บนเว็บไซต์"), QT_TR_NOOP("ข่าวบนเว็บไซต์"),
         GROUP_GOVERNANCE, WebsiteNews, (
             _DATE,
             F("title", QT_TR_NOOP("หัวข้อข่าว (หรือ «ข่าวประจำเดือน…»)"), required=True),
             F("url", QT_TR_NOOP("ลิงก์ข่าว/รายการข่าว"), "url"),
             F("count", QT_TR_NOOP("จำนวนข่าว"), "int", required=True, default=1)),
         lambda d: f"{_d(d.date)} {d.title}", _news),
    Kind("website_check", QT_TR_NOOP("รายการตรวจเว็บไซต์ตามเกณฑ์ประกวด"), QT_TR_NOOP("ตรวจเว็บไซต์ตามเกณฑ์ประกวด"),
         GROUP_GOVERNANCE, WebsiteCheck, (
             F("item", QT_TR_NOOP("รายการตามเกณฑ์"), "choice", True, WEBSITE_CHECK_ITEMS),
             F("date", QT_TR_NOOP("วันที่ตรวจพบบนเว็บไซต์"), "date", required=True),
             F("url", QT_TR_NOOP("ลิงก์หน้าเว็บที่มีข้อมูล"), "url"),
             _NOTES),
         lambda d: f"{_d(d.date)} {label_of(WEBSITE_CHECK_ITEMS, d.item)}", None, "item"),
    Kind("jpt_progress", QT_TR_NOOP("ผลการจัดเก็บข้อมูล จปฐ."), QT_TR_NOOP("ผลการจัดเก็บข้อมูล จปฐ. (สะสม)"),
         GROUP_DATA, JptProgress, (
             F("date", QT_TR_NOOP("ณ วันที่"), "date", required=True),
             F("collected", QT_TR_NOOP("จัดเก็บแล้ว (ครัวเรือน สะสม)"), "int", required=True),
             _NOTES),
         lambda d: f"{_d(d.date)} {d.collected or 0:,} ครัวเรือน", _jpt, needs_evidence=False),
    Kind("central_db_update", QT_TR_NOOP("การบันทึกฐานข้อมูลกลาง"), QT_TR_NOOP("การบันทึกฐานข้อมูลกลาง"),
         GROUP_DATA, CentralDbUpdate, (
             F("database", QT_TR_NOOP("ฐานข้อมูล"), "choice", True, CENTRAL_DATABASES, remember=True),
             F("date", QT_TR_NOOP("วันที่บันทึกเสร็จ"), "date", required=True),
             F("complete", QT_TR_NOOP("บันทึกครบถ้วน"), "bool", default=True),
             F("amount", QT_TR_NOOP("ยอดจำหน่าย OTOP (บาท)"), "float"),
             _NOTES),
         lambda d: f"{_d(d.date)} {label_of(CENTRAL_DATABASES, d.database)}", _central_db, "database"),
    Kind("model_tambon_step", QT_TR_NOOP("ขั้นตอนตำบลต้นแบบสารสนเทศ"), QT_TR_NOOP("ขั้นตอนตำบลต้นแบบสารสนเทศ"),
         GROUP_TAMBON, ModelTambonStep, (
             F("step", QT_TR_NOOP("ขั้นตอน"), "choice", True, MODEL_STEPS),
             F("part", QT_TR_NOOP("ส่วน (ขั้นที่ 5)"), "choice", False, STEP_PARTS),
             F("date", QT_TR_NOOP("วันที่ดำเนินการ"), "date", required=True),
             F("url", QT_TR_NOOP("ลิงก์เผยแพร่"), "url"),
             _NOTES),
         lambda d: f"{_d(d.date)} {label_of(MODEL_STEPS, d.step)}", _model_step, "step"),
    Kind("click_action", QT_TR_NOOP("การดำเนินงาน Click ชุมชน"), QT_TR_NOOP("กลไกและรายงาน Click ชุมชน"),
         GROUP_CLICK, ClickAction, (
             F("kind", QT_TR_NOOP("ประเภท"), "choice", True, CLICK_ACTIONS),
             _DATE,
             F("title", QT_TR_NOOP("เรื่อง"), required=True),
             F("order_number", QT_TR_NOOP("เลขที่คำสั่ง/หนังสือ"))),
         lambda d: f"{_d(d.date)} {d.title}", None, "kind"),
    Kind("click_figure", QT_TR_NOOP("ตัวเลขจากระบบ Click ชุมชน"), QT_TR_NOOP("ตัวเลขรายเดือนจากระบบ Click ชุมชน"),
         GROUP_CLICK, ClickFigure, (
             F("kind", QT_TR_NOOP("ตัวเลข"), "choice", True, CLICK_FIGURES, remember=True),
             F("date", QT_TR_NOOP("ณ วันที่ (สิ้นเดือน)"), "date", required=True),
             F("count", QT_TR_NOOP("จำนวนในเดือน"), "int", required=True),
             _NOTES),
         lambda d: f"{_d(d.date)} {label_of(CLICK_FIGURES, d.kind)} {d.count or 0:,}", None, "kind",
         needs_evidence=False),
    Kind("click_promotion", QT_TR_NOOP("การประชาสัมพันธ์ Click ชุมชน"), QT_TR_NOOP("ประชาสัมพันธ์ Shop ชุมชนและบริการ"),
         GROUP_CLICK, ClickPromotion, (
             _DATE,
             F("title", QT_TR_NOOP("เรื่องที่ประชาสัมพันธ์"), required=True),
             F("channels", QT_TR_NOOP("ช่องทาง"), "multi", False, CHANNELS, remember=True),  # _promotion says why
             F("url", QT_TR_NOOP("ลิงก์"), "url")),
         lambda d: f"{_d(d.date)} {d.title}", _promotion),
    Kind("click_head_download", QT_TR_NOOP("หัวหน้าส่วนราชการที่ดาวน์โหลด"),
         QT_TR_NOOP("หัวหน้าส่วนราชการที่ดาวน์โหลด Click ชุมชน"), GROUP_CLICK, ClickHeadDownload, (
             F("date", QT_TR_NOOP("วันที่ดาวน์โหลด"), "date", required=True),
             F("position", QT_TR_NOOP("ตำแหน่ง/หน่วยงาน"), required=True, placeholder=QT_TR_NOOP("เช่น นายอำเภอ")),
             F("name", QT_TR_NOOP("ชื่อ-นามสกุล"))),
         lambda d: f"{d.position} {d.name}".strip()),
    Kind("click_service_check", QT_TR_NOOP("การตรวจข้อมูลบริการ Click ชุมชน"), QT_TR_NOOP("ตรวจข้อมูลบริการ Click ชุมชน"),
         GROUP_CLICK, ClickServiceCheck, (
             F("service", QT_TR_NOOP("บริการ"), required=True, placeholder=QT_TR_NOOP("เช่น Shop ชุมชน, CDD พาเที่ยว")),
             F("date", QT_TR_NOOP("วันที่ตรวจ/ปรับปรุง"), "date", required=True),
             F("complete", QT_TR_NOOP("ถูกต้อง ครบถ้วน เป็นปัจจุบัน"), "bool", default=True),
             _NOTES),
         lambda d: f"{_d(d.date)} {d.service}"),
    Kind("innovation_report", QT_TR_NOOP("รายงานนวัตกรรม"), QT_TR_NOOP("รายงานนวัตกรรม"), GROUP_INNOVATION,
         InnovationReport, (
             F("date", QT_TR_NOOP("วันที่รายงาน"), "date", required=True),
             F("name_th", QT_TR_NOOP("ชื่อนวัตกรรม (ภาษาไทย)"), required=True),
             F("name_en", QT_TR_NOOP("ชื่อนวัตกรรม (ภาษาอังกฤษ)"), in_list=False),
             F("unit", QT_TR_NOOP("หน่วยงาน"), required=True),
             F("coordinator", QT_TR_NOOP("ผู้ประสานงาน"), required=True),
             F("position", QT_TR_NOOP("ตำแหน่ง"), required=True, in_list=False),
             F("phone", QT_TR_NOOP("โทรศัพท์"), required=True, in_list=False),
             F("email", QT_TR_NOOP("อีเมล"), required=True, in_list=False),
             F("line_id", QT_TR_NOOP("LINE ID"), required=True, in_list=False),
             F("background", QT_TR_NOOP("1. ความเป็นมาของปัญหา"), "multiline", in_list=False),
             F("concept", QT_TR_NOOP("2. แนวคิด"), "multiline", in_list=False),
             F("process", QT_TR_NOOP("3. กระบวนการหลังปรับปรุงและวิธีดำเนินการ"), "multiline", in_list=False),
             F("outputs", QT_TR_NOOP("4. ผลผลิตและผลลัพธ์ (เชิงปริมาณและคุณภาพ)"), "multiline", in_list=False),
             F("benefits", QT_TR_NOOP("5. ประโยชน์ที่ได้รับ"), "multiline", in_list=False),
             *(F(token, label, "bool") for token, label in INNOVATION_ITEMS)),
         lambda d: f"{_d(d.date)} {d.name_th}", _innovation),
    Kind("portfolio_work", QT_TR_NOOP("ผลงานด้าน IT"), QT_TR_NOOP("ผลงานด้าน IT ของบุคลากร"),
         GROUP_ROLE_MODEL, PortfolioWork, (
             F("staff_name", QT_TR_NOOP("เจ้าของผลงาน (ชื่อ-นามสกุล)"), required=True, remember=True),
             F("category", QT_TR_NOOP("ประเภทผลงาน"), "choice", True, PORTFOLIO_CATEGORIES),
             F("title", QT_TR_NOOP("ชื่อผลงาน"), required=True),
             F("date", QT_TR_NOOP("วันที่เผยแพร่/เริ่มใช้งาน"), "date", required=True),
             F("url", QT_TR_NOOP("ลิงก์ผลงาน"), "url"),
             F("notes", QT_TR_NOOP("ผลสำเร็จและการนำไปใช้"), "multiline", in_list=False)),
         lambda d: f"{d.staff_name}: {d.title}", _portfolio, "category"),
    Kind("year_plan", QT_TR_NOOP("ค่าเป้าหมายประจำปี"), QT_TR_NOOP("ค่าเป้าหมายประจำปี"), GROUP_PLAN, YearPlan, (
             F("fiscal_year", QT_TR_NOOP("ปีงบประมาณ (พ.ศ.)"), "int", required=True),
             F("jpt_target", QT_TR_NOOP("ครัวเรือนเป้าหมาย จปฐ."), "int"),
             F("jpt_deadline", QT_TR_NOOP("กำหนดจัดเก็บ จปฐ. เสร็จ"), "date", may_be_future=True),
             F("otop_operator_base", QT_TR_NOOP("ผู้ประกอบการ OTOP ในพื้นที่ (ราย)"), "int"),
             F("heads_total", QT_TR_NOOP("หัวหน้าส่วนราชการ มท. ระดับอำเภอ (คน)"), "int"),
             F("download_target", QT_TR_NOOP("เป้าหมายดาวน์โหลด Click ชุมชนต่อเดือน"), "int"),
             F("model_tambon", QT_TR_NOOP("ตำบลต้นแบบสารสนเทศ"), "tambon"),
             F("website_url", QT_TR_NOOP("เว็บไซต์ของสำนักงาน"), "url"),
             F("website_design_score", QT_TR_NOOP("คะแนนรูปแบบเว็บไซต์ที่ให้เอง (0–15)"), "int"),
             F("role_model_nominee", QT_TR_NOOP("ผู้ได้รับการเสนอชื่อคนต้นแบบ ไอที")),
             _NOTES),
         lambda d: f"ปีงบประมาณ {d.fiscal_year}", _year_plan, needs_evidence=False, date_field=None),
)

KIND_BY_KEY: dict[str, Kind] = {k.key: k for k in KINDS}
assert tuple(dict.fromkeys(k.group for k in KINDS)) == GROUPS, "cddesk/kind_groups.py lists the groups in the kinds' order"
