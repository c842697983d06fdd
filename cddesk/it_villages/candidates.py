"""The office's candidate for a fiscal year: the eligibility rules with a reason each, and
the deadlines. Part of :mod:`cddesk.it_villages`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cddesk import gazetteer
from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.services.evidence import EvidenceItem, EvidenceService
from cddesk.services.office import OfficeService, ProfileData
from cddesk.thaidate import ce_year
from cddesk.it_villages.common import (
    FIRST_YEAR,
    KINDS,
    KIND_TEXT,
    Kind,
    LEVELS,
    LEVEL_TEXT,
    Level,
    MAX_MOO,
    OWNER_KIND,
)
from cddesk.it_villages.register import ItVillageData, _data, village_text
from models import ItVillage, ItVillageCandidate


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
