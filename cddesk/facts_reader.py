"""Reading the office's records for the scoring engine, once per change of the database.

:func:`read_office` reads every register and activity of a fiscal year as column tuples
(one Core query per table, never ORM objects) with their evidence counts (one grouped
query per kind) into :class:`OfficeRows`, which holds everything that does not depend on
the evaluation date. :meth:`OfficeRows.facts_at` then gives the engine's
:class:`scoring.OfficeFacts` for a date: only two things depend on it — the antivirus
licences valid that day and the latest Click ชุมชน check of each service made by it — so a
month-by-month trend reuses every other fact object (and the engine's records cached on
them) instead of reading 100,000 computers twelve times.

:class:`ChangeStamp` tells whether the database changed since the rows were read: SQLite's
``PRAGMA data_version`` on a connection of its own changes whenever any other connection —
this program's or another process's (a ``python main.py`` import while the window is open)
— commits, and costs microseconds to ask.

Record ``ref``s are ``"<kind>:<id>"`` (``online_meeting:12``, ``computer:3``), the same
owner kinds the evidence store uses, so a window can open the record behind a reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cddesk.kinds import KIND_BY_KEY, WEBSITE_CHECK_ITEMS, label_of
from cddesk.services.antivirus import product_matches
from cddesk.services.office import default_survey_deadline
from models import AntivirusInstall, Computer, ComputerStatus, EvidenceLink, InternetAccount, OfficeProfile, Staff, YearPlan
from scoring import OfficeFacts
from scoring import facts as f

# A computer of the register is complete when these are filled (rubrics.md, D3 process 2).
REQUIRED_COMPUTER_FIELDS = {"brand": "ยี่ห้อ", "model": "รุ่น", "os_name": "ระบบปฏิบัติการ",
                            "location": "สถานที่ตั้ง", "responsible_staff_id": "ผู้รับผิดชอบ"}
INNOVATION_ITEMS = ("item_1_1", "item_1_2", "item_2_1", "item_2_2", "item_2_3")
_DAYS_KEPT = 32  # per-date computer lists kept (a trend needs 13)


class ChangeStamp:
    """What was committed to the database file since it was last asked, and by table.

    ``PRAGMA data_version`` on a connection of its own changes whenever any other connection
    (this program's, another process's) commits; only then are the ``change_count`` rows
    (:mod:`models.changes`, kept by triggers) read and compared."""

    def __init__(self, database: Path) -> None:
        self._connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None,
                                           check_same_thread=False)
        self._lock = threading.Lock()
        self._version: int | None = None
        self._counts: dict[str, int] = {}

    def changed(self) -> set[str] | None:
        """Tables written since the last call (empty: none); None when it cannot be told
        (the first call, or the counts cannot be read): then everything counts as changed."""
        with self._lock:
            try:
                version = int(self._connection.execute("PRAGMA data_version").fetchone()[0])
                if version == self._version:
                    return set()
                counts = dict(self._connection.execute("SELECT name, n FROM change_count").fetchall())
            except sqlite3.Error:
                self._version = None
                return None
            first = self._version is None
            changed = {name for name in counts.keys() | self._counts.keys() if counts.get(name) != self._counts.get(name)}
            self._version, self._counts = version, counts
            return None if first else changed

    def close(self) -> None:
        with self._lock:
            self._connection.close()


class _Reader:
    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, key: str, *columns: str) -> list[tuple[Any, int]]:
        """(row, evidence count) of every record of an activity kind, oldest first; a row
        has ``id`` and the named columns as attributes (JSON lists as lists)."""
        table = KIND_BY_KEY[key].model.__table__
        counts = dict(self.session.execute(
            select(EvidenceLink.owner_id, func.count()).where(EvidenceLink.owner_kind == key)
            .group_by(EvidenceLink.owner_id)).all())
        query = select(table.c.id, *(table.c[name] for name in columns)).order_by(table.c.id)
        return [(row, counts.get(row.id, 0)) for row in self.session.execute(query).all()]

    def counts(self, key: str, field: str, kind: str | None = None) -> list[f.DatedCount]:
        columns = (field, "date") if kind is None else (field, "date", "kind")
        return [f.DatedCount(date=d.date, count=int(getattr(d, field) or 0), evidence_count=n, ref=f"{key}:{d.id}")
                for d, n in self.rows(key, *columns) if kind is None or d.kind == kind]


# The parts of the facts and the tables each is read from (evidence counts change the
# owner kind's count too, see models.changes). "office" is per fiscal year.
PARTS: dict[str, tuple[str, ...]] = {
    "office": ("office_profile", "year_plan"),
    "computers": ("computer", "antivirus_install", "office_profile"),
    "accounts": ("staff", "internet_account"),
    **{key: (key,) for key in ("training_activity", "online_meeting", "governance_action", "website_check",
                               "website_update", "website_news", "jpt_progress", "central_db_update",
                               "model_tambon_step", "click_action", "click_figure", "click_promotion",
                               "click_head_download", "click_service_check", "innovation_report")},
}


@dataclasses.dataclass
class Register:
    """The computer register as facts, each computer protected since the prescribed product's
    first install (any licence), with what :meth:`on` needs to judge licences per day."""

    entries: list[f.ComputerEntry]
    earliest_expiry: list[dt.date]  # per computer: the first licence that runs out (date.max: none)
    # by position in ``entries``, only those with several installs of the prescribed product:
    # each install's (installed, licence expiry)
    several: dict[int, tuple[tuple[dt.date, dt.date | None], ...]]
    _by_day: dict[dt.date, list[f.ComputerEntry]] = dataclasses.field(default_factory=dict)

    def on(self, day: dt.date) -> list[f.ComputerEntry]:
        """The register with ``antivirus_since`` from the licences valid on ``day``; a computer
        whose licences all outlast the day keeps its entry (and the records kept on it)."""
        found = self._by_day.get(day)
        if found is not None:
            return found
        found = []
        for position, (entry, expiry) in enumerate(zip(self.entries, self.earliest_expiry)):
            if expiry >= day:
                found.append(entry)
                continue
            installs = self.several.get(position, ())  # one install: its licence has run out
            since = min((i for i, e in installs if e is None or e >= day), default=None)
            found.append(entry if since == entry.antivirus_since else dataclasses.replace(entry, antivirus_since=since))
        if len(self._by_day) >= _DAYS_KEPT:
            self._by_day.pop(next(iter(self._by_day)))
        self._by_day[day] = found
        return found


@dataclasses.dataclass
class OfficeRows:
    """Every fact of one fiscal year that does not depend on the evaluation date."""

    base: OfficeFacts  # computers protected by any licence; click services left out
    register: Register
    click_checks: list[tuple[Any, int]]  # every Click ชุมชน service check with its evidence count
    parts: dict[str, Any]  # what it was made of, by part name ("office:2568" for the office part)

    def facts_at(self, at: dt.date, registers_at: dt.date | None = None) -> OfficeFacts:
        """The facts at ``at``; antivirus licences are judged on ``min(registers_at, at)``."""
        assert self.base.click is not None
        click = dataclasses.replace(self.base.click, services=_latest_services(self.click_checks, at))
        return dataclasses.replace(self.base, computers=self.register.on(min(registers_at or at, at)), click=click)


@dataclasses.dataclass(frozen=True)
class _Office:
    district: str
    survey_deadline: dt.date | None
    prescribed: str
    website_design_score: int | None
    website_url: str
    jpt_target: int | None
    otop_operator_base: int | None
    heads_total: int | None


def _office(session: Session, fiscal_year: int | None) -> _Office | None:
    profile = session.get(OfficeProfile, 1)
    if profile is None:
        return None
    fy = fiscal_year or profile.fiscal_year
    # The office's survey deadline setting is for its fiscal year; other years use 31 March.
    deadline = profile.survey_deadline if fy == profile.fiscal_year else default_survey_deadline(fy)
    plan = session.scalar(select(YearPlan).where(YearPlan.fiscal_year == fy))
    return _Office(district=profile.district_name, survey_deadline=deadline, prescribed=profile.antivirus_product,
                   website_design_score=plan.website_design_score if plan else None,
                   website_url=plan.website_url if plan else "", jpt_target=plan.jpt_target if plan else None,
                   otop_operator_base=plan.otop_operator_base if plan else None,
                   heads_total=plan.heads_total if plan else None)


def _kind_parts(r: _Reader) -> dict[str, Any]:
    """A reader per activity-kind part: each gives that kind's typed facts."""
    return {
        "training_activity": lambda: [
            f.Activity(ref=f"training_activity:{d.id}", title=d.title, date=d.date, evidence_count=n,
                       organiser_is_office=d.by_office, purpose=d.purpose, format=d.security_format,
                       tool=", ".join(d.tools or ()), participants=d.participants or 0)
            for d, n in r.rows("training_activity", "title", "date", "by_office", "purpose", "security_format",
                               "tools", "participants")],
        "online_meeting": lambda: [
            f.Meeting(ref=f"online_meeting:{d.id}", title=d.topic, date=d.date, kind=d.kind,
                      start=d.start_time, joined=d.joined_time, evidence_count=n)
            for d, n in r.rows("online_meeting", "topic", "date", "kind", "start_time", "joined_time")],
        "governance_action": lambda: [
            f.GovernanceAction(ref=f"governance_action:{d.id}", title=d.title, date=d.date, evidence_count=n,
                               kind=d.kind)
            for d, n in r.rows("governance_action", "title", "date", "kind")],
        "website_check": lambda: [
            f.ChecklistTick(item=d.item, date=d.date, evidence_count=n, ref=f"website_check:{d.id}",
                            title=label_of(WEBSITE_CHECK_ITEMS, d.item))
            for d, n in r.rows("website_check", "item", "date")],
        "website_update": lambda: [
            f.WebsiteSectionUpdate(section=d.section, date=d.date, evidence_count=n, ref=f"website_update:{d.id}")
            for d, n in r.rows("website_update", "section", "date")],
        "website_news": lambda: r.counts("website_news", "count"),
        "jpt_progress": lambda: r.counts("jpt_progress", "collected"),
        "central_db_update": lambda: [
            f.CentralDbUpdate(database=d.database, date=d.date, complete=d.complete, evidence_count=n,
                              ref=f"central_db_update:{d.id}")
            for d, n in r.rows("central_db_update", "database", "date", "complete")],
        "model_tambon_step": lambda: [
            f.ModelTambonStep(step=int(d.step), date=d.date, part=d.part, evidence_count=n,
                              ref=f"model_tambon_step:{d.id}")
            for d, n in r.rows("model_tambon_step", "step", "date", "part")],
        "click_action": lambda: [
            f.ClickAction(kind=d.kind, date=d.date, evidence_count=n, ref=f"click_action:{d.id}")
            for d, n in r.rows("click_action", "kind", "date")],
        "click_figure": lambda: {kind: r.counts("click_figure", "count", kind)
                                 for kind in ("shop_registrations", "tourism_entries", "downloads")},
        "click_promotion": lambda: [
            f.Promotion(title=d.title, date=d.date, channels=tuple(d.channels or ()), evidence_count=n,
                        ref=f"click_promotion:{d.id}")
            for d, n in r.rows("click_promotion", "title", "date", "channels")],
        "click_head_download": lambda: [
            f.HeadDownload(name=f"{d.position} {d.name}".strip(), date=d.date, evidence_count=n,
                           ref=f"click_head_download:{d.id}")
            for d, n in r.rows("click_head_download", "position", "name", "date")],
        "click_service_check": lambda: r.rows("click_service_check", "service", "date", "complete"),
        "innovation_report": lambda: [
            f.InnovationItem(item=item[5:].replace("_", "."), done=getattr(d, item), date=d.date,
                             evidence_count=n, ref=f"innovation_report:{d.id}")
            for d, n in r.rows("innovation_report", "date", *INNOVATION_ITEMS) for item in INNOVATION_ITEMS],
    }


def read_office(session: Session, fiscal_year: int | None, kept: dict[str, Any] | None = None) -> OfficeRows | None:
    """Everything the rubrics read for ``fiscal_year`` (default: the office's); None when the
    office profile has not been filled in yet. Parts in ``kept`` (from an earlier read whose
    tables have not been written since) are used as they are."""
    parts = dict(kept or {})
    office_key = f"office:{fiscal_year}"
    if office_key not in parts:
        parts[office_key] = _office(session, fiscal_year)
    office: _Office | None = parts[office_key]
    if office is None:
        return None
    r = _Reader(session)
    for name, read in _kind_parts(r).items():
        if name not in parts:
            parts[name] = read()
    if "computers" not in parts:
        parts["computers"] = _computers(session, office.prescribed)
    if "accounts" not in parts:
        parts["accounts"] = _accounts(session)
    register: Register = parts["computers"]
    figures = parts["click_figure"]
    base = OfficeFacts(
        district=office.district,
        survey_deadline=office.survey_deadline,
        activities=parts["training_activity"],
        meetings=parts["online_meeting"],
        governance=parts["governance_action"],
        website_checklist=parts["website_check"],
        website_design_score=office.website_design_score,
        website=f.WebsiteState(url=office.website_url, sections=parts["website_update"], news=parts["website_news"]),
        jpt=f.SurveyProgress(target=office.jpt_target, collected=parts["jpt_progress"]),
        central_db=parts["central_db_update"],
        model_tambon=parts["model_tambon_step"],
        click=f.ClickChumchonFacts(
            actions=parts["click_action"], otop_operator_base=office.otop_operator_base,
            shop_registrations=figures["shop_registrations"], tourism_entries=figures["tourism_entries"],
            downloads=figures["downloads"], promotions=parts["click_promotion"], heads_total=office.heads_total,
            head_downloads=parts["click_head_download"]),
        innovation=parts["innovation_report"],
        computers=register.entries,
        staff_accounts=parts["accounts"],
    )
    return OfficeRows(base, register, parts["click_service_check"], parts)


def unchanged_parts(parts: dict[str, Any], changed: set[str]) -> dict[str, Any]:
    """The parts none of whose tables is in ``changed``."""
    return {name: value for name, value in parts.items()
            if not changed.intersection(PARTS[name.partition(":")[0]])}


def _latest_services(checks: Sequence[tuple[Any, int]], at: dt.date) -> list[f.ClickService]:
    """The latest check of each Click ชุมชน service made by ``at`` (a later check that finds
    the data fixed replaces an earlier failed one)."""
    latest: dict[str, tuple[Any, int]] = {}
    for d, n in checks:
        key = " ".join(d.service.split()).lower()
        if d.date <= at and (key not in latest or d.date >= latest[key][0].date):
            latest[key] = (d, n)
    return [f.ClickService(service=d.service, last_updated=d.date, complete=d.complete, evidence_count=n,
                           ref=f"click_service_check:{d.id}")
            for d, n in latest.values()]


def _computers(session: Session, prescribed: str) -> Register:
    """The register. Read with the driver's own rows (100,000 rows: SQLAlchemy's per-value
    conversion would cost more than the query) — dates as ISO text parsed once per distinct
    day into shared objects, the status as its stored name; products are matched in Python
    once per distinct name."""
    known: dict[str | None, dt.date | None] = {None: None}

    def day(text: str | None) -> dt.date | None:
        if text not in known:
            known[text] = dt.date.fromisoformat(str(text))
        return known[text]

    connection = session.connection()
    products = [p for p in session.scalars(select(AntivirusInstall.product).distinct()) if product_matches(p, prescribed)]
    installs: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
    if products:
        sql = (f"SELECT computer_id, installed_date, licence_expiry FROM {AntivirusInstall.__tablename__} "
               f"WHERE product IN ({', '.join('?' * len(products))})")
        for computer_id, installed, expiry in connection.exec_driver_sql(sql, tuple(products)).all():
            installs.setdefault(computer_id, []).append((day(installed), day(expiry)))  # type: ignore[arg-type]
    labels = list(REQUIRED_COMPUTER_FIELDS.values())
    sql = (f"SELECT id, asset_number, brand, model, status, survey_date, {', '.join(REQUIRED_COMPUTER_FIELDS)} "
           f"FROM {Computer.__tablename__} ORDER BY asset_number")
    disposed, usable, never = ComputerStatus.DISPOSED.name, ComputerStatus.USABLE.name, dt.date.max
    entries: list[f.ComputerEntry] = []
    expiries: list[dt.date] = []
    several: dict[int, tuple[tuple[dt.date, dt.date | None], ...]] = {}
    rows: Sequence[Any] = connection.exec_driver_sql(sql).all()
    for computer_id, asset, brand, model, status, survey, *required in rows:
        mine = installs.get(computer_id, ())
        since: dt.date | None
        if len(mine) == 1:
            since, expiry = mine[0][0], mine[0][1] or never
        else:
            since = min((i for i, _e in mine), default=None)
            expiry = min((e or never for _i, e in mine), default=never)
            if mine:
                several[len(entries)] = tuple(mine)
        expiries.append(expiry)
        missing = (tuple(label for label, value in zip(labels, required) if value is None or value == "")
                   if None in required or "" in required else ())
        entries.append(f.ComputerEntry(
            ref=f"computer:{computer_id}", label=f"{asset} {brand} {model}".strip(),
            active=status != disposed, usable=status == usable, missing_fields=missing,
            survey_date=day(survey), antivirus_since=since))
    return Register(entries, expiries, several)


def _accounts(session: Session) -> list[f.StaffAccount]:
    accounts: dict[int, list[InternetAccount]] = {}
    for a in session.scalars(select(InternetAccount).where(InternetAccount.active.is_(True))):
        accounts.setdefault(a.staff_id, []).append(a)
    return [f.StaffAccount(ref=f"staff:{s.id}", staff_name=s.name, active=s.active,
                           has_account=s.id in accounts,
                           reviewed=max((a.last_reviewed for a in accounts.get(s.id, []) if a.last_reviewed),
                                        default=None))
            for s in session.scalars(select(Staff).order_by(Staff.name))]
