"""The IT role model ("คนต้นแบบ ไอที", seed 001, ``shared/docs/rubrics.md`` §4): who may be
nominated, and the district's one nominee of a fiscal year.

The criteria, as the province wrote them:

1. a civil servant (ข้าราชการ) of the Community Development Department;
2. IT skills at a level that supports or is applied to the work;
3. at least **one** work of IT put to use with clear results and evidence
   (หลักฐานเชิงประจักษ์), of any of four kinds: (1) a website, (2) publicity media,
   (3) social-media channels, (4) applied software.

How the app reads them (decisions):

- *CDD*: every person on the office's staff register works for a CDD office. *Civil
  servant*: the register's position level (ระดับ) is a civil-servant level of one of the
  position types — ทั่วไป (ปฏิบัติงาน ชำนาญงาน อาวุโส ทักษะพิเศษ), วิชาการ (ปฏิบัติการ
  ชำนาญการ ชำนาญการพิเศษ เชี่ยวชาญ ทรงคุณวุฒิ), อำนวยการ/บริหาร (ต้น สูง). Government
  employees (พนักงานราชการ) and employees (ลูกจ้าง) have no such level: a blank level, or a
  position naming พนักงานราชการ/ลูกจ้าง, is not a civil servant. The person must still be
  working at the office (active on the register).
- *Skills* cannot be measured by the app: criterion 2 is shown by the works of
  criterion 3, so it is met exactly when criterion 3 is.
- *Works*: one evidenced work in any one of the four kinds is enough ("อย่างน้อย ๑ เรื่อง").
  A work counts when it has at least one evidence file or link attached and is dated on or
  before the day of the check; the criteria set no earliest date. Works without evidence are
  listed with that reason.
- *One nominee per district*: the nominee is the fiscal year's ``YearPlan.role_model_nominee``
  (one plan per year); nominating someone else replaces the earlier nominee, and only an
  eligible person can be nominated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.kinds import KIND_BY_KEY, PORTFOLIO_CATEGORIES, label_of
from cddesk.services.activities import KindService, data_of
from cddesk.services.evidence import EvidenceService
from cddesk.services.staff import StaffData
from cddesk.thaidate import format_date
from models import PortfolioWork, Staff, YearPlan

CIVIL_SERVANT_LEVELS = ("ปฏิบัติงาน", "ชำนาญงาน", "อาวุโส", "ทักษะพิเศษ", "ปฏิบัติการ", "ชำนาญการพิเศษ", "ชำนาญการ",
                        "เชี่ยวชาญ", "ทรงคุณวุฒิ", "ต้น", "สูง")
NOT_CIVIL_SERVANT = ("พนักงานราชการ", "ลูกจ้าง")
CRITERIA = (
    ("civil_servant", "๑. เป็นข้าราชการสังกัดกรมการพัฒนาชุมชน"),
    ("skills", "๒. มีทักษะด้านการใช้เทคโนโลยีสารสนเทศ (IT) ในระดับที่สามารถนำมาสนับสนุนการปฏิบัติงานให้มีประสิทธิภาพ "
               "หรือประยุกต์ใช้กับงานได้อย่างเหมาะสม"),
    ("works", "๓. มีผลงานด้านการใช้เทคโนโลยีสารสนเทศ (IT) มาสนับสนุนการปฏิบัติงานจนเกิดผลสำเร็จที่ชัดเจน "
              "มีหลักฐานเชิงประจักษ์ อย่างน้อย ๑ เรื่อง"),
)
TITLE = "คนต้นแบบ ไอที"
CATEGORY_SHORT = {"website": "(1) เว็บไซต์", "media": "(2) สื่อประชาสัมพันธ์", "social": "(3) สื่อสังคมออนไลน์",
                  "software": "(4) โปรแกรมสำเร็จรูป/แอปพลิเคชัน"}


def _name(text: str) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class Condition:
    key: str
    title: str
    met: bool
    reasons: tuple[str, ...] = ()  # Thai: why it is not met (empty when met)
    detail: str = ""  # Thai: what was found when it is met


@dataclass(frozen=True)
class Work:
    """A portfolio work as the check sees it."""

    id: int
    category: str
    title: str
    date: dt.date
    url: str
    notes: str
    evidence_count: int
    counted: bool
    reason: str = ""  # why it does not count

    @property
    def category_label(self) -> str:
        return label_of(PORTFOLIO_CATEGORIES, self.category)


@dataclass(frozen=True)
class Eligibility:
    staff_name: str
    staff: StaffData | None  # None: not on the register
    conditions: tuple[Condition, ...]
    works: tuple[Work, ...]
    checked_on: dt.date

    @property
    def eligible(self) -> bool:
        return all(c.met for c in self.conditions)

    @property
    def reasons(self) -> list[str]:
        return [reason for c in self.conditions for reason in c.reasons]

    def counted_works(self) -> list[Work]:
        return [w for w in self.works if w.counted]

    def summary(self) -> str:
        if self.eligible:
            return f"{self.staff_name} มีคุณสมบัติครบตามหลักเกณฑ์คนต้นแบบ ไอที"
        return f"{self.staff_name} ยังมีคุณสมบัติไม่ครบ: " + "; ".join(self.reasons)


def is_civil_servant_level(level: str) -> bool:
    text = _name(level).removeprefix("ระดับ").strip()
    return any(word in text for word in CIVIL_SERVANT_LEVELS)


def _civil_servant(staff: StaffData | None, name: str) -> Condition:
    key, title = CRITERIA[0]
    if staff is None:
        return Condition(key, title, False, (f"ไม่พบ «{name}» ในทะเบียนบุคลากรของสำนักงาน "
                                             "(เพิ่มในหน้าบุคลากร พร้อมตำแหน่งและระดับ)",))
    reasons = []
    if not staff.active:
        reasons.append("ไม่ได้ปฏิบัติงานอยู่ที่สำนักงานแล้ว (ทะเบียนบุคลากรระบุว่าพ้นจากสำนักงาน)")
    employee = next((w for w in NOT_CIVIL_SERVANT if w in staff.position), None)
    if employee:
        reasons.append(f"ตำแหน่ง «{staff.position}» เป็น{employee} ไม่ใช่ข้าราชการ "
                       "(หลักเกณฑ์ข้อ ๑ ต้องเป็นข้าราชการสังกัดกรมการพัฒนาชุมชน)")
    elif not staff.level.strip():
        reasons.append("ยังไม่ได้ระบุระดับตำแหน่งในทะเบียนบุคลากร จึงยืนยันไม่ได้ว่าเป็นข้าราชการ "
                       "(ระบุระดับ เช่น ปฏิบัติการ ชำนาญการ ในหน้าบุคลากร)")
    elif not is_civil_servant_level(staff.level):
        reasons.append(f"ระดับ «{staff.level}» ไม่ใช่ระดับตำแหน่งของข้าราชการ "
                       "(เช่น ปฏิบัติงาน ชำนาญงาน ปฏิบัติการ ชำนาญการ ชำนาญการพิเศษ)")
    detail = " ".join(x for x in (staff.position, f"ระดับ{staff.level}" if staff.level else "") if x)
    return Condition(key, title, not reasons, tuple(reasons), detail)


class RoleModelService:
    """Eligibility of staff members and the district's nominee of each fiscal year."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.evidence = EvidenceService(db)
        self.plans = KindService(db, KIND_BY_KEY["year_plan"])

    def staff_names(self) -> list[str]:
        """Everyone on the register who is working at the office, by name."""
        with self.db.session() as session:
            return [_name(n) for n in session.scalars(
                select(Staff.name).where(Staff.active.is_(True)).order_by(Staff.name))]

    def _staff(self, name: str) -> StaffData | None:
        with self.db.session() as session:
            for row in session.scalars(select(Staff).order_by(Staff.id)):
                if _name(row.name) == name:
                    return StaffData(id=row.id, name=row.name, position=row.position or "", level=row.level or "",
                                     phone=row.phone or "", email=row.email or "", line_id=row.line_id or "",
                                     active=row.active)
        return None

    def works(self, staff_name: str, at: dt.date | None = None) -> list[Work]:
        """The person's works, by date, each marked whether it counts (and why not)."""
        at = at or dt.date.today()
        name = _name(staff_name)
        kind = KIND_BY_KEY["portfolio_work"]
        with self.db.session() as session:
            rows = [data_of(kind, r) for r in session.scalars(
                select(PortfolioWork).order_by(PortfolioWork.date, PortfolioWork.id))]
        mine = [d for d in rows if _name(d.staff_name) == name]
        counts = self.evidence.counts_for("portfolio_work", [d.id for d in mine])
        out = []
        for d in mine:
            n = counts.get(d.id, 0)
            reason = ("ไม่มีหลักฐาน (ไฟล์หรือลิงก์) — แนบหลักฐานเชิงประจักษ์ก่อนจึงจะนับ" if n == 0
                      else f"ลงวันที่หลังวันที่ตรวจ ({format_date(at)})" if d.date > at else "")
            out.append(Work(d.id, d.category, d.title, d.date, d.url or "", d.notes or "", n, not reason, reason))
        return out

    def eligibility(self, staff_name: str, at: dt.date | None = None) -> Eligibility:
        at = at or dt.date.today()
        name = _name(staff_name)
        staff = self._staff(name)
        works = self.works(name, at)
        counted = [w for w in works if w.counted]
        first = _civil_servant(staff, name)
        works_key, works_title = CRITERIA[2]
        skills_key, skills_title = CRITERIA[1]
        if counted:
            kinds = sorted({w.category for w in counted}, key=[t for t, _ in PORTFOLIO_CATEGORIES].index)
            found = f"มีผลงานที่มีหลักฐาน {len(counted)} เรื่อง: " + ", ".join(CATEGORY_SHORT.get(k, k) for k in kinds)
            third = Condition(works_key, works_title, True, detail=found)
            second = Condition(skills_key, skills_title, True, detail="แสดงด้วยผลงานตามหลักเกณฑ์ข้อ ๓")
        else:
            waiting = len(works)
            why = (f"มีผลงาน {waiting} เรื่อง แต่ยังไม่มีเรื่องใดแนบหลักฐานเชิงประจักษ์ (ไฟล์หรือลิงก์)" if waiting
                   else "ยังไม่มีผลงานด้าน IT ที่บันทึกไว้ (ต้องมีอย่างน้อย ๑ เรื่อง ในด้านเว็บไซต์ สื่อประชาสัมพันธ์ "
                        "สื่อสังคมออนไลน์ หรือการประยุกต์ใช้โปรแกรม)")
            third = Condition(works_key, works_title, False, (why,))
            second = Condition(skills_key, skills_title, False,
                               ("ทักษะด้าน IT ต้องแสดงด้วยผลงานที่มีหลักฐาน (หลักเกณฑ์ข้อ ๓) ซึ่งยังไม่มี",))
        return Eligibility(name, staff, (first, second, third), tuple(works), at)

    def candidates(self, at: dt.date | None = None) -> list[Eligibility]:
        """Everyone working at the office, eligible ones first, then by name."""
        found = [self.eligibility(n, at) for n in self.staff_names()]
        return sorted(found, key=lambda e: (not e.eligible, e.staff_name))

    # -- the nominee -----------------------------------------------------------------------
    def nominee(self, fiscal_year: int) -> str:
        with self.db.session() as session:
            name = session.scalar(select(YearPlan.role_model_nominee).where(YearPlan.fiscal_year == fiscal_year))
        return _name(name or "")

    def nominate(self, fiscal_year: int, staff_name: str, at: dt.date | None = None) -> Eligibility:
        """Make an eligible person the district's nominee of ``fiscal_year`` (replacing any
        earlier one); refused with the unmet criteria otherwise."""
        result = self.eligibility(staff_name, at)
        if not result.eligible:
            raise KnownError(f"เสนอชื่อ «{result.staff_name}» เป็น{TITLE} ไม่ได้: " + "; ".join(result.reasons))
        self._set(fiscal_year, result.staff_name)
        return result

    def withdraw(self, fiscal_year: int) -> None:
        """No nominee for ``fiscal_year`` any more."""
        if self.nominee(fiscal_year):
            self._set(fiscal_year, "")

    def _set(self, fiscal_year: int, name: str) -> None:
        plan = next((r.data for r in self.plans.rows() if r.data.fiscal_year == fiscal_year), None)
        if plan is None:
            plan = self.plans.new()
            plan.fiscal_year = fiscal_year
        plan.role_model_nominee = name
        self.plans.save(plan)  # the year plan's own checks apply
