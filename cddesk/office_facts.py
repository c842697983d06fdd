"""The office's records as the scoring engine's facts, and scoring them.

:func:`build_facts` reads every register and activity (with evidence counts) and returns
:class:`scoring.OfficeFacts` for a fiscal year: the year's targets come from that year's
plan, the computer register and the internet-authentication register as they stand. The
engine decides what counts at the evaluation date, so the facts hold every record.

Record ``ref``s are ``"<kind>:<id>"`` (``online_meeting:12``, ``computer:3``), the same
owner kinds the evidence store uses, so a window can open the record behind a reason.
:func:`score_office` is what the dashboard and ``python main.py score`` both call;
:func:`score_office_in_year` applies a rubric's rules to another fiscal year (the website
contest self-check of the office's own year, whose rubric was written for FY2564).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.kinds import KIND_BY_KEY
from cddesk.services.activities import data_of
from cddesk.services.antivirus import product_matches
from cddesk.services.evidence import EvidenceService
from cddesk.services.office import default_survey_deadline
from cddesk.thaidate import fiscal_year_of
from models import Computer, ComputerStatus, InternetAccount, OfficeProfile, Staff, YearPlan
from scoring import OfficeFacts, Rubric, RubricResult, evaluate, load_shipped_rubric, shipped_rubric_paths
from scoring import facts as f
from scoring.thai import last_day, months_between

# A computer of the register is complete when these are filled (rubrics.md, D3 process 2).
REQUIRED_COMPUTER_FIELDS = {"brand": "ยี่ห้อ", "model": "รุ่น", "os_name": "ระบบปฏิบัติการ",
                            "location": "สถานที่ตั้ง", "responsible_staff_id": "ผู้รับผิดชอบ"}


class _Reader:
    def __init__(self, db: Database, session: Session) -> None:
        self.session = session
        self.evidence = EvidenceService(db)

    def rows(self, key: str) -> list[tuple[Any, int]]:
        """(data, evidence count) of every record of an activity kind, oldest first."""
        kind = KIND_BY_KEY[key]
        found = [data_of(kind, r) for r in self.session.scalars(select(kind.model).order_by(kind.model.id))]  # type: ignore[attr-defined]
        counts = self.evidence.counts_for(key, [d.id for d in found])
        return [(d, counts.get(d.id, 0)) for d in found]

    def counts(self, key: str, kind: str | None = None) -> list[f.DatedCount]:
        field = "collected" if key == "jpt_progress" else "count"
        return [f.DatedCount(date=d.date, count=int(getattr(d, field) or 0),
                             evidence_count=n, ref=f"{key}:{d.id}")
                for d, n in self.rows(key) if kind is None or d.kind == kind]


def build_facts(db: Database, fiscal_year: int | None = None, at: dt.date | None = None,
                registers_at: dt.date | None = None) -> OfficeFacts:
    """Everything the rubrics read, for ``fiscal_year`` (default: the office's).

    ``registers_at`` is the day antivirus licences must be valid on (default ``at``):
    scoring passes the end of the rubric's period, so a licence that lapses after the
    deadline does not undo what was complete by it."""
    at = at or dt.date.today()
    with db.session() as session:
        profile = session.get(OfficeProfile, 1)
        if profile is None:
            raise KnownError("ยังไม่มีข้อมูลสำนักงาน กรอกข้อมูลสำนักงานก่อน (เปิดโปรแกรมแล้วกรอกหน้าแรก)")
        fy = fiscal_year or profile.fiscal_year
        # The office's survey deadline setting is for its fiscal year; other years use 31 March.
        deadline = profile.survey_deadline if fy == profile.fiscal_year else default_survey_deadline(fy)
        plan = session.scalar(select(YearPlan).where(YearPlan.fiscal_year == fy))
        r = _Reader(db, session)
        return OfficeFacts(
            district=profile.district_name,
            survey_deadline=deadline,
            activities=[f.Activity(ref=f"training_activity:{d.id}", title=d.title, date=d.date, evidence_count=n,
                                   organiser_is_office=d.by_office, purpose=d.purpose, format=d.security_format,
                                   tool=", ".join(d.tools), participants=d.participants or 0)
                        for d, n in r.rows("training_activity")],
            meetings=[f.Meeting(ref=f"online_meeting:{d.id}", title=d.topic, date=d.date, kind=d.kind,
                                start=d.start_time, joined=d.joined_time, evidence_count=n)
                      for d, n in r.rows("online_meeting")],
            governance=[f.GovernanceAction(ref=f"governance_action:{d.id}", title=d.title, date=d.date,
                                           evidence_count=n, kind=d.kind)
                        for d, n in r.rows("governance_action")],
            website_checklist=[f.ChecklistTick(item=d.item, date=d.date, evidence_count=n, ref=f"website_check:{d.id}")
                               for d, n in r.rows("website_check")],
            website_design_score=plan.website_design_score if plan else None,
            website=f.WebsiteState(
                url=plan.website_url if plan else "",
                sections=[f.WebsiteSectionUpdate(section=d.section, date=d.date, evidence_count=n,
                                                 ref=f"website_update:{d.id}")
                          for d, n in r.rows("website_update")],
                news=r.counts("website_news")),
            jpt=f.SurveyProgress(target=plan.jpt_target if plan else None, collected=r.counts("jpt_progress")),
            central_db=[f.CentralDbUpdate(database=d.database, date=d.date, complete=d.complete,
                                          evidence_count=n, ref=f"central_db_update:{d.id}")
                        for d, n in r.rows("central_db_update")],
            model_tambon=[f.ModelTambonStep(step=int(d.step), date=d.date, part=d.part, evidence_count=n,
                                            ref=f"model_tambon_step:{d.id}")
                          for d, n in r.rows("model_tambon_step")],
            click=_click(r, plan, at),
            innovation=[f.InnovationItem(item=item[5:].replace("_", "."), done=getattr(d, item), date=d.date,
                                         evidence_count=n, ref=f"innovation_report:{d.id}")
                        for d, n in r.rows("innovation_report")
                        for item in ("item_1_1", "item_1_2", "item_2_1", "item_2_2", "item_2_3")],
            computers=_computers(session, profile.antivirus_product, min(registers_at or at, at)),
            staff_accounts=_accounts(session),
        )


def _latest_checks(r: _Reader, at: dt.date) -> list[tuple[Any, int]]:
    """The latest check of each Click ชุมชน service made by ``at`` (a later check that finds
    the data fixed replaces an earlier failed one)."""
    latest: dict[str, tuple[Any, int]] = {}
    for d, n in r.rows("click_service_check"):
        key = " ".join(d.service.split()).lower()
        if d.date <= at and (key not in latest or d.date >= latest[key][0].date):
            latest[key] = (d, n)
    return list(latest.values())


def _click(r: _Reader, plan: YearPlan | None, at: dt.date) -> f.ClickChumchonFacts:
    return f.ClickChumchonFacts(
        actions=[f.ClickAction(kind=d.kind, date=d.date, evidence_count=n, ref=f"click_action:{d.id}")
                 for d, n in r.rows("click_action")],
        otop_operator_base=plan.otop_operator_base if plan else None,
        shop_registrations=r.counts("click_figure", "shop_registrations"),
        tourism_entries=r.counts("click_figure", "tourism_entries"),
        downloads=r.counts("click_figure", "downloads"),
        promotions=[f.Promotion(title=d.title, date=d.date, channels=d.channels, evidence_count=n,
                                ref=f"click_promotion:{d.id}")
                    for d, n in r.rows("click_promotion")],
        heads_total=plan.heads_total if plan else None,
        head_downloads=[f.HeadDownload(name=f"{d.position} {d.name}".strip(), date=d.date, evidence_count=n,
                                       ref=f"click_head_download:{d.id}")
                        for d, n in r.rows("click_head_download")],
        services=[f.ClickService(service=d.service, last_updated=d.date, complete=d.complete, evidence_count=n,
                                 ref=f"click_service_check:{d.id}")
                  for d, n in _latest_checks(r, at)],
    )


def _computers(session: Session, prescribed: str, at: dt.date) -> list[f.ComputerEntry]:
    entries = []
    query = select(Computer).options(selectinload(Computer.antivirus_installs)).order_by(Computer.asset_number)
    for c in session.scalars(query):
        # Since when the prescribed product, with a licence valid at ``at``, has protected it
        # (the engine itself ignores installs after the evaluation date).
        protected = [i.installed_date for i in c.antivirus_installs if product_matches(i.product, prescribed)
                     and (i.licence_expiry is None or i.licence_expiry >= at)]
        entries.append(f.ComputerEntry(
            ref=f"computer:{c.id}", label=f"{c.asset_number} {c.brand} {c.model}".strip(),
            active=c.status != ComputerStatus.DISPOSED, usable=c.status == ComputerStatus.USABLE,
            missing_fields=tuple(label for name, label in REQUIRED_COMPUTER_FIELDS.items()
                                 if getattr(c, name) in (None, "")),
            survey_date=c.survey_date, antivirus_since=min(protected, default=None)))
    return entries


def _accounts(session: Session) -> list[f.StaffAccount]:
    accounts: dict[int, list[InternetAccount]] = {}
    for a in session.scalars(select(InternetAccount).where(InternetAccount.active.is_(True))):
        accounts.setdefault(a.staff_id, []).append(a)
    return [f.StaffAccount(ref=f"staff:{s.id}", staff_name=s.name, active=s.active,
                           has_account=s.id in accounts,
                           reviewed=max((a.last_reviewed for a in accounts.get(s.id, []) if a.last_reviewed),
                                        default=None))
            for s in session.scalars(select(Staff).order_by(Staff.name))]


# --- scoring -----------------------------------------------------------------------------


def rubric_ids() -> list[str]:
    return [p.stem for p in shipped_rubric_paths()]


def default_rubric_id(fiscal_year: int) -> str:
    """The Digital 4.0 rubric of the office's fiscal year, else the latest one shipped."""
    digital = sorted(i for i in rubric_ids() if i.startswith("digital40_fy"))
    wanted = f"digital40_fy{fiscal_year}"
    if wanted in digital:
        return wanted
    if not digital:
        raise KnownError("ไม่พบไฟล์เกณฑ์ Digital 4.0 ในโปรแกรม ติดตั้งโปรแกรมใหม่")
    return digital[-1]


def office_fiscal_year(db: Database) -> int:
    with db.session() as session:
        profile = session.get(OfficeProfile, 1)
        return profile.fiscal_year if profile else fiscal_year_of(dt.date.today())


def score_office(db: Database, rubric_id: str | None = None, at: dt.date | None = None) -> RubricResult:
    """Score the office against a shipped rubric (default: Digital 4.0 of its fiscal year)."""
    at = at or dt.date.today()
    rubric_id = rubric_id or default_rubric_id(office_fiscal_year(db))
    if rubric_id not in rubric_ids():
        raise KnownError(f"ไม่มีเกณฑ์รหัส «{rubric_id}» เกณฑ์ที่มี: " + ", ".join(rubric_ids()))
    rubric = load_shipped_rubric(rubric_id)
    return evaluate(rubric, build_facts(db, rubric.fiscal_year, at, rubric.period_end), at)


def latest_rubric_id(prefix: str, fiscal_year: int) -> str:
    """The shipped rubric ``<prefix><fiscal_year>`` (e.g. ``website_contest_fy2568``), else the
    newest of that family no later than the year, else the oldest one shipped."""
    family = sorted(i for i in rubric_ids() if i.startswith(prefix) and i[len(prefix):].isdigit())
    if not family:
        raise KnownError(f"ไม่พบไฟล์เกณฑ์ {prefix}… ในโปรแกรม ติดตั้งโปรแกรมใหม่")
    earlier = [i for i in family if int(i[len(prefix):]) <= fiscal_year]
    return earlier[-1] if earlier else family[0]


def _shift_date(value: dt.date, years: int) -> dt.date:
    if value in (dt.date.min, dt.date.max):
        return value
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February into a common year
        return value.replace(year=value.year + years, day=28)


def _shifted(value: Any, years: int) -> Any:
    """A rubric part with every date moved by whole years (dataclasses and tuples are walked;
    mappings hold no dates in any rubric kind)."""
    if isinstance(value, dt.date):
        return _shift_date(value, years)
    if isinstance(value, tuple):
        return tuple(_shifted(v, years) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {fl.name: _shifted(getattr(value, fl.name), years) for fl in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def rubric_for_year(rubric: Rubric, fiscal_year: int) -> Rubric:
    """The rubric's rules applied to another fiscal year: its period and every date in it
    (windows, deadlines) moved by the difference in years; items, shares and points unchanged."""
    years = fiscal_year - rubric.fiscal_year
    if years == 0:
        return rubric
    moved: Rubric = _shifted(rubric, years)
    return dataclasses.replace(moved, fiscal_year=fiscal_year,
                               period_title=f"ปีงบประมาณ {fiscal_year} (ตามเกณฑ์ปีงบประมาณ {rubric.fiscal_year})")


def score_office_in_year(db: Database, rubric_id: str, fiscal_year: int,
                         at: dt.date | None = None) -> RubricResult:
    """Score the office's records of ``fiscal_year`` with a shipped rubric's rules.

    A province rubric is written for one year (the website contest: FY2564). Until the
    province ships the rubric of the office's own year, a self-check of that year uses the
    same rules with the period moved; ``result.fiscal_year`` is the year assessed and
    ``result.rubric_id`` still names the rubric whose rules were applied."""
    at = at or dt.date.today()
    if rubric_id not in rubric_ids():
        raise KnownError(f"ไม่มีเกณฑ์รหัส «{rubric_id}» เกณฑ์ที่มี: " + ", ".join(rubric_ids()))
    rubric = rubric_for_year(load_shipped_rubric(rubric_id), fiscal_year)
    return evaluate(rubric, build_facts(db, fiscal_year, at, rubric.period_end), at)


def score_all(db: Database, at: dt.date | None = None) -> Sequence[RubricResult]:
    return [score_office(db, rubric_id, at) for rubric_id in rubric_ids()]


def score_trend(db: Database, rubric_id: str, at: dt.date) -> list[tuple[dt.date, Fraction]]:
    """The total at the end of every month of the rubric's period up to ``at`` (the last
    point is ``at`` itself when the period is still running)."""
    rubric = load_shipped_rubric(rubric_id)
    points: list[tuple[dt.date, Fraction]] = []
    for year, month in months_between(rubric.period_start, rubric.period_end):
        when = min(last_day(year, month), at, rubric.period_end)
        if when < rubric.period_start or (points and points[-1][0] == when):
            break
        # Facts per date: licences and the latest Click service check depend on it.
        facts = build_facts(db, rubric.fiscal_year, when, rubric.period_end)
        points.append((when, evaluate(rubric, facts, when).points))
    return points
