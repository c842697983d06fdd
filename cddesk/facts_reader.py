"""Reading the office's records for the scoring engine, once per change of the database.

:func:`read_office` reads every register and activity of a fiscal year with the driver's
own rows (one query per table, never ORM objects) with their evidence counts (one grouped
query per kind) into :class:`OfficeRows`, which holds everything that does not depend on
the evaluation date. A kind read again after a write compares each stored row with the one
its facts were made from and keeps the facts of the unchanged ones (:class:`_Reader`), and
:meth:`OfficeRows.facts_at` gives every source a version (the generation of the part it is
made from) so that the engine evaluates again only what reads a written part. :meth:`OfficeRows.facts_at` then gives the engine's
:class:`scoring.OfficeFacts` for a date: only two things depend on it — the antivirus
licences valid that day and the latest Click ชุมชน check of each service made by it — so a
month-by-month trend reuses every other fact object (and the engine's records cached on
them) instead of reading 100,000 computers twelve times. A register written since it was read
is updated with the computers written, found in the database's log of register writes
(:func:`cddesk.register_facts.update_register`).

:class:`ChangeStamp` tells whether the database changed since the rows were read: SQLite's
``PRAGMA data_version`` on a connection of its own changes whenever any other connection —
this program's or another process's (a ``python main.py`` import while the window is open)
— commits, and costs microseconds to ask.

The engine is given every source grouped (:func:`scoring.groups.group`: records alike in all
it judges are one record standing for them, 100,000 computers a few hundred), which is also
the form the database keeps between starts (:mod:`cddesk.facts_kept`): a part given as
:class:`~cddesk.facts_kept.Prepared` is taken as it is.

Record ``ref``s are ``"<kind>:<id>"`` (``online_meeting:12``, ``computer:3``), the same
owner kinds the evidence store uses, so a window can open the record behind a reason.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cddesk.driver_rows import day_reader, driver_rows
from cddesk.facts_kept import Prepared
from cddesk.kinds import KIND_BY_KEY, WEBSITE_CHECK_ITEMS, label_of
from cddesk.register_facts import Register, read_register, update_register
from cddesk.services.office import default_survey_deadline
from models import EvidenceLink, InternetAccount, OfficeProfile, Staff, YearPlan
from scoring import OfficeFacts
from scoring import facts as f
from scoring import groups
from scoring.facts import SCALARS

INNOVATION_ITEMS = ("item_1_1", "item_1_2", "item_2_1", "item_2_2", "item_2_3")


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


# kind → (stored row + evidence count, what was made of it) of every record, in id order
Memory = dict[str, tuple[list[tuple[Any, ...]], list[Any]]]


def _converter(column: Any, days: dict[str, dt.date]) -> Callable[[Any], Any] | None:
    """How a stored value of ``column`` becomes what SQLAlchemy would give (None: as stored)."""
    kind = type(column.type).__name__
    if kind == "Date":
        return day_reader(days)
    if kind == "Time":
        return lambda text: None if text is None else dt.time.fromisoformat(text)
    if kind == "Boolean":
        return lambda value: None if value is None else bool(value)
    if kind == "JSON":
        return lambda text: None if text is None else json.loads(text)
    return None


class _Reader:
    """Reads the records of each kind with the driver's own rows; a record whose stored row and
    evidence count are what they were at the last read keeps the facts made from it then (and
    the engine records kept on them): after one meeting is added, 20,000 meetings are compared,
    not made again."""

    def __init__(self, session: Session, memory: Memory) -> None:
        self.session = session
        self.memory = memory
        self.days: dict[str, dt.date] = {}
        self.texts: dict[Any, Any] = {}

    def made(self, key: str, columns: Sequence[str], make: Callable[[Any, int], Any]) -> list[Any]:
        """``make(row, evidence count)`` for every record of an activity kind, oldest first; a
        row has ``id`` and the named columns as attributes (JSON lists as lists)."""
        table = KIND_BY_KEY[key].model.__table__
        connection = self.session.connection()
        counts: dict[int, int] = dict(connection.exec_driver_sql(
            f"SELECT owner_id, count(*) FROM {EvidenceLink.__tablename__} WHERE owner_kind = ? GROUP BY owner_id",
            (key,)).all())
        names = ("id", *columns)
        convert = [_converter(table.c[name], self.days) for name in names]
        row_type = collections.namedtuple(f"{key}_row", names)  # type: ignore[misc]
        old_rows, old_made = self.memory.get(key, ([], []))
        rows: list[tuple[Any, ...]] = []
        found: list[Any] = []
        texts = self.texts  # dates and times as stored, one object per distinct text
        timed = [i for i, name in enumerate(names) if type(table.c[name].type).__name__ in ("Date", "Time")]
        sql = f"SELECT {', '.join(names)} FROM {KIND_BY_KEY[key].model.__tablename__} ORDER BY id"
        j, m = 0, len(old_rows)
        for stored in driver_rows(connection, sql):
            n = counts.get(stored[0], 0)
            while j < m and old_rows[j][0] < stored[0]:
                j += 1
            if j < m and old_rows[j][-1] == n and old_rows[j][:-1] == stored:
                rows.append(old_rows[j])  # unchanged: its facts are kept
                found.append(old_made[j])
                continue
            values = list(stored)
            for i in timed:
                values[i] = texts.setdefault(values[i], values[i])
            rows.append((*values, n))
            found.append(make(row_type(*(c(v) if c else v for c, v in zip(convert, values))), n))
        self.memory[key] = (rows, found)
        return found

    def counts(self, key: str, field: str) -> list[f.DatedCount]:
        return self.made(key, (field, "date"), lambda d, n: f.DatedCount(
            date=d.date, count=int(getattr(d, field) or 0), evidence_count=n, ref=f"{key}:{d.id}"))


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


# The part each source of the engine's facts is made from (scoring.facts); SCALARS (numbers,
# dates, texts) come from the office part.
SOURCE_PARTS: dict[str, str] = {
    "activities": "training_activity", "meetings": "online_meeting", "governance": "governance_action",
    "website_sections": "website_update", "website_news": "website_news", "website_checklist": "website_check",
    "jpt_collected": "jpt_progress", "central_db": "central_db_update", "model_tambon": "model_tambon_step",
    "click_actions": "click_action", "click_shop_registrations": "click_figure",
    "click_tourism_entries": "click_figure", "click_downloads": "click_figure",
    "click_promotions": "click_promotion", "click_head_downloads": "click_head_download",
    "click_services": "click_service_check", "innovation": "innovation_report",
    "computers": "computers", "usable_computers": "computers", "staff_accounts": "accounts",
}
_PER_DAY = ("computers", "usable_computers", "click_services")  # their facts depend on the date too


@dataclasses.dataclass
class OfficeRows:
    """Every fact of one fiscal year that does not depend on the evaluation date."""

    base: OfficeFacts  # computers protected by any licence; click services left out
    register: Register
    click_checks: list[tuple[Any, int]]  # every Click ชุมชน service check with its evidence count
    parts: dict[str, Any]  # what it was made of, by part name ("office:2568" for the office part)
    # the version of each part (a number that changes when the part is read again); none: the
    # facts carry no versions and every evaluation reads every source
    generations: dict[str, int] = dataclasses.field(default_factory=dict)

    def facts_at(self, at: dt.date, registers_at: dt.date | None = None) -> OfficeFacts:
        """The facts at ``at``; antivirus licences are judged on ``min(registers_at, at)``."""
        assert self.base.click is not None
        day = min(registers_at or at, at)
        click = dataclasses.replace(self.base.click, services=_latest_services(self.click_checks, at))
        return dataclasses.replace(self.base, computers=self.register.on(day), click=click,
                                   versions=self._versions(at, day))

    def _versions(self, at: dt.date, day: dt.date) -> dict[str, object]:
        if not self.generations:
            return {}
        office = next(name for name in self.parts if name.startswith("office:"))
        versions: dict[str, object] = {SCALARS: self.generations[office]}
        for source, part in SOURCE_PARTS.items():
            generation = self.generations[part]
            versions[source] = (generation, day if source != "click_services" else at) if source in _PER_DAY else generation
        return versions


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
    def figures() -> dict[str, list[f.DatedCount]]:
        made = r.made("click_figure", ("count", "date", "kind"), lambda d, n: (d.kind, f.DatedCount(
            date=d.date, count=int(d.count or 0), evidence_count=n, ref=f"click_figure:{d.id}")))
        return {kind: [c for k, c in made if k == kind] for kind in ("shop_registrations", "tourism_entries", "downloads")}

    return {
        "training_activity": lambda: r.made(
            "training_activity", ("title", "date", "by_office", "purpose", "security_format", "tools", "participants"),
            lambda d, n: f.Activity(ref=f"training_activity:{d.id}", title=d.title, date=d.date, evidence_count=n,
                                    organiser_is_office=d.by_office, purpose=d.purpose, format=d.security_format,
                                    tool=", ".join(d.tools or ()), participants=d.participants or 0)),
        "online_meeting": lambda: r.made(
            "online_meeting", ("topic", "date", "kind", "start_time", "joined_time"),
            lambda d, n: f.Meeting(ref=f"online_meeting:{d.id}", title=d.topic, date=d.date, kind=d.kind,
                                   start=d.start_time, joined=d.joined_time, evidence_count=n)),
        "governance_action": lambda: r.made(
            "governance_action", ("title", "date", "kind"),
            lambda d, n: f.GovernanceAction(ref=f"governance_action:{d.id}", title=d.title, date=d.date,
                                            evidence_count=n, kind=d.kind)),
        "website_check": lambda: r.made(
            "website_check", ("item", "date"),
            lambda d, n: f.ChecklistTick(item=d.item, date=d.date, evidence_count=n, ref=f"website_check:{d.id}",
                                         title=label_of(WEBSITE_CHECK_ITEMS, d.item))),
        "website_update": lambda: r.made(
            "website_update", ("section", "date"),
            lambda d, n: f.WebsiteSectionUpdate(section=d.section, date=d.date, evidence_count=n,
                                                ref=f"website_update:{d.id}")),
        "website_news": lambda: r.counts("website_news", "count"),
        "jpt_progress": lambda: r.counts("jpt_progress", "collected"),
        "central_db_update": lambda: r.made(
            "central_db_update", ("database", "date", "complete"),
            lambda d, n: f.CentralDbUpdate(database=d.database, date=d.date, complete=d.complete, evidence_count=n,
                                           ref=f"central_db_update:{d.id}")),
        "model_tambon_step": lambda: r.made(
            "model_tambon_step", ("step", "date", "part"),
            lambda d, n: f.ModelTambonStep(step=int(d.step), date=d.date, part=d.part, evidence_count=n,
                                           ref=f"model_tambon_step:{d.id}")),
        "click_action": lambda: r.made(
            "click_action", ("kind", "date"),
            lambda d, n: f.ClickAction(kind=d.kind, date=d.date, evidence_count=n, ref=f"click_action:{d.id}")),
        "click_figure": figures,
        "click_promotion": lambda: r.made(
            "click_promotion", ("title", "date", "channels"),
            lambda d, n: f.Promotion(title=d.title, date=d.date, channels=tuple(d.channels or ()), evidence_count=n,
                                     ref=f"click_promotion:{d.id}")),
        "click_head_download": lambda: r.made(
            "click_head_download", ("position", "name", "date"),
            lambda d, n: f.HeadDownload(name=f"{d.position} {d.name}".strip(), date=d.date, evidence_count=n,
                                        ref=f"click_head_download:{d.id}")),
        "click_service_check": lambda: r.made("click_service_check", ("service", "date", "complete"),
                                              lambda d, n: (d, n)),
        "innovation_report": lambda: [
            item for items in r.made("innovation_report", ("date", *INNOVATION_ITEMS), lambda d, n: tuple(
                f.InnovationItem(item=item[5:].replace("_", "."), done=getattr(d, item), date=d.date,
                                 evidence_count=n, ref=f"innovation_report:{d.id}") for item in INNOVATION_ITEMS))
            for item in items],
    }


# Parts the database may keep prepared between starts (cddesk.facts_kept): all but the
# office's own (per fiscal year, a few rows) and the Click ชุมชน checks (judged per date)
KEPT_PARTS = tuple(name for name in PARTS if name not in ("office", "click_service_check"))
_EMPTY_PART: dict[str, Any] = {"click_figure": {"shop_registrations": [], "tourism_entries": [], "downloads": []}}

# source → (the part value its records were grouped from, the grouped records)
Grouped = dict[str, tuple[Any, list[f.Record]]]


def kind_readers(session: Session, memory: Memory) -> dict[str, Callable[[], Any]]:
    """A reader of each activity-kind part, filling ``memory`` as it reads."""
    return _kind_parts(_Reader(session, memory))


def read_office(session: Session, fiscal_year: int | None, kept: dict[str, Any] | None = None,
                memory: Memory | None = None, grouped: Grouped | None = None,
                earlier_register: Register | None = None) -> OfficeRows | None:
    """Everything the rubrics read for ``fiscal_year`` (default: the office's); None when the
    office profile has not been filled in yet. Parts in ``kept`` (from an earlier read whose
    tables have not been written since, or read back from the database's kept facts as
    :class:`~cddesk.facts_kept.Prepared`) are used as they are; ``memory`` (kept by the caller
    between reads) lets unchanged records of a part read again keep their facts, ``grouped``
    lets an unchanged part keep its grouped records, and ``earlier_register`` (the register as
    it was before its tables were written) is updated with the computers written since instead
    of read whole when that can be done exactly (:func:`cddesk.register_facts.update_register`).

    Every source but those judged per day is given to the engine grouped
    (:func:`scoring.groups.group`; ``OfficeFacts.prepared``); the register is grouped as it is
    read (:func:`cddesk.register_facts.read_register`)."""
    parts = dict(kept or {})
    office_key = f"office:{fiscal_year}"
    if office_key not in parts:
        parts[office_key] = _office(session, fiscal_year)
    office: _Office | None = parts[office_key]
    if office is None:
        return None
    r = _Reader(session, {} if memory is None else memory)
    for name, read in _kind_parts(r).items():
        if name not in parts:
            parts[name] = read()
    if "computers" not in parts:
        updated = None if earlier_register is None else update_register(session, earlier_register, office.prescribed)
        parts["computers"] = read_register(session, office.prescribed) if updated is None else updated
    if "accounts" not in parts:
        parts["accounts"] = _accounts(session)
    register: Register = parts["computers"]
    typed = {name: _EMPTY_PART.get(name, []) if isinstance(value, Prepared) else value for name, value in parts.items()}
    figures = typed["click_figure"]
    base = OfficeFacts(
        district=office.district,
        survey_deadline=office.survey_deadline,
        activities=typed["training_activity"],
        meetings=typed["online_meeting"],
        governance=typed["governance_action"],
        website_checklist=typed["website_check"],
        website_design_score=office.website_design_score,
        website=f.WebsiteState(url=office.website_url, sections=typed["website_update"], news=typed["website_news"]),
        jpt=f.SurveyProgress(target=office.jpt_target, collected=typed["jpt_progress"]),
        central_db=typed["central_db_update"],
        model_tambon=typed["model_tambon_step"],
        click=f.ClickChumchonFacts(
            actions=typed["click_action"], otop_operator_base=office.otop_operator_base,
            shop_registrations=figures["shop_registrations"], tourism_entries=figures["tourism_entries"],
            downloads=figures["downloads"], promotions=typed["click_promotion"], heads_total=office.heads_total,
            head_downloads=typed["click_head_download"]),
        innovation=typed["innovation_report"],
        computers=register.entries,
        staff_accounts=typed["accounts"],
    )
    prepared = _prepared(base, parts, {} if grouped is None else grouped)
    return OfficeRows(dataclasses.replace(base, prepared=prepared), register, parts["click_service_check"], parts)


def _prepared(base: OfficeFacts, parts: dict[str, Any], grouped: Grouped) -> dict[str, list[f.Record]]:
    """The grouped records of every source not judged per day: read back, kept from the last
    read of an unchanged part, or made from the typed facts and grouped."""
    facts = base.to_facts()
    found: dict[str, list[f.Record]] = {}
    for source, part in SOURCE_PARTS.items():
        if source in _PER_DAY:
            continue
        value = parts[part]
        if isinstance(value, Prepared):
            found[source] = value.records[source]
            continue
        memo = grouped.get(source)
        if memo is None or memo[0] is not value:
            memo = grouped[source] = (value, groups.group(facts.source(source)))
        found[source] = memo[1]
    return found


def part_sources(part: str) -> list[str]:
    """The engine's sources made from ``part`` and given grouped (see :func:`_prepared`)."""
    return [source for source, name in SOURCE_PARTS.items() if name == part and source not in _PER_DAY]


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


def _accounts(session: Session) -> list[f.StaffAccount]:
    accounts: dict[int, list[InternetAccount]] = {}
    for a in session.scalars(select(InternetAccount).where(InternetAccount.active.is_(True))):
        accounts.setdefault(a.staff_id, []).append(a)
    return [f.StaffAccount(ref=f"staff:{s.id}", staff_name=s.name, active=s.active,
                           has_account=s.id in accounts,
                           reviewed=max((a.last_reviewed for a in accounts.get(s.id, []) if a.last_reviewed),
                                        default=None))
            for s in session.scalars(select(Staff).order_by(Staff.name))]
