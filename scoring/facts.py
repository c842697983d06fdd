"""Facts the scoring engine reads: plain frozen dataclasses the application fills from its database.

The engine itself only knows one generic shape, :class:`Facts`: named *sources* of
:class:`Record` objects (a date, a count of evidence files or links, who organised it, a
quantity, free tags), plus named numbers, dates and texts. Rubric files select records by
source name and tags (``source = "meetings"``, ``where = { kind = "conference" }``), so next
year's rubric needs no new code as long as it asks about facts that already exist.

The typed classes below (:class:`Activity`, :class:`Meeting`, :class:`ComputerEntry` …) are
what the application builds from its registers; :meth:`OfficeFacts.to_facts` turns them into
the generic sources. Sources and names the shipped rubrics use:

============================  ============================================================
source                        records
============================  ============================================================
``activities``                :class:`Activity`; tags ``purpose`` (security, tools, click,
                              other), ``format`` (F1, F2, F3), ``tool``
``meetings``                  :class:`Meeting`; tag ``kind`` (session_call, conference,
                              webex_hosted, other); ``on_time`` from start/joined times
``governance``                :class:`GovernanceAction`; tag ``kind``
``website_sections``          :class:`WebsiteSectionUpdate`; tag ``section`` (structure,
                              announcements, services, contact)
``website_news``              :class:`DatedCount` news items published (quantity = count)
``website_checklist``         :class:`ChecklistTick`; tag ``item`` (website contest self-check)
``jpt_collected``             จปฐ. households collected so far (quantity, cumulative)
``central_db``                :class:`CentralDbUpdate`; tag ``database``
``model_tambon``              :class:`ModelTambonStep`; tags ``step`` ("1".."5"), ``part``
``click_actions``             :class:`ClickAction`; tag ``kind`` (working_group,
                              summary_report)
``click_shop_registrations``  OTOP shops registered in Shop ชุมชน (quantity)
``click_tourism_entries``     CDD พาเที่ยว entries recorded or updated (quantity)
``click_promotions``          :class:`Promotion`; tag ``channels`` (several values)
``click_head_downloads``      :class:`HeadDownload` heads of agencies who installed the app
``click_downloads``           app downloads in the district (quantity)
``click_services``            :class:`ClickService`; tag ``service``
``innovation``                :class:`InnovationItem` items ticked; tag ``item``
``computers``                 active computers (:class:`ComputerEntry` itself): date = survey date
``usable_computers``          usable computers of this year's survey: date = antivirus since
``staff_accounts``            active staff (:class:`StaffAccount`): date = account reviewed
============================  ============================================================

Numbers: ``jpt_target``, ``otop_operators``, ``heads_total``, ``website_design_score``.
Dates: ``survey_deadline`` (office setting). Texts: ``district`` (district name, Thai).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from scoring.groups import Names

TagValue = str | tuple[str, ...]
MeetingKind = Literal["session_call", "conference", "webex_hosted", "other"]


NO_TAGS: Mapping[str, TagValue] = MappingProxyType({})
_SHARED_TAGS: dict[tuple[tuple[str, TagValue], ...], Mapping[str, TagValue]] = {}
_SHARED_MAX = 10_000


def shared_tags(**values: TagValue) -> Mapping[str, TagValue]:
    """Read-only tags, one object for all records with the same ones (50,000 activities have
    a few dozen different tag sets; a dict each would take megabytes)."""
    key = tuple(values.items())
    found = _SHARED_TAGS.get(key)
    if found is None:
        found = MappingProxyType(values)
        if len(_SHARED_TAGS) < _SHARED_MAX:
            _SHARED_TAGS[key] = found
    return found


def _kept(owner: object, slot: str, make: Callable[[], Record]) -> Record:
    """The record kept in ``slot`` of a frozen fact, made on first use: a month-by-month trend
    evaluates the same facts 13 times, and 100,000 computers should not be converted 13 times."""
    found: Record | None = getattr(owner, slot)
    if found is None:
        found = make()
        object.__setattr__(owner, slot, found)
    return found


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """One fact the engine can count: an activity, a meeting, an update, a monthly figure.

    ``ref`` is a stable id the application can map back to its row (``"meeting:12"``);
    ``title`` is what a person sees in the explanation. ``missing`` names required data the
    record lacks (such a record never counts). ``quantity`` is used where a rubric sums
    figures (news items, downloads) instead of counting records.

    A record may stand for a *group* of ``weight`` records alike in everything the engine
    judges (date, evidence, organiser, tags, missing data, on time) that differ only in
    ``ref`` and ``title``: ``names`` gives theirs, read when first asked (:func:`members`).
    The engine judges the group once and counts it ``weight`` times; explanations list its
    members (:class:`scoring.results.Explanation`). 100,000 computers of a register are a
    few hundred such groups. ``position`` (set by :func:`scoring.groups.group`) is a record's
    place in its source, so that explanations list records in the order of their source.
    """

    ref: str
    title: str
    date: dt.date | None
    evidence_count: int = 0
    organiser_is_office: bool = True
    quantity: int = 1
    tags: Mapping[str, TagValue] = field(default_factory=lambda: NO_TAGS, hash=False)
    missing: tuple[str, ...] = ()
    on_time: bool | None = None
    weight: int = 1
    names: Names | None = field(default=None, compare=False, repr=False)
    position: int = field(default=-1, compare=False, repr=False)  # its place in its source, see scoring.groups

    def tag_values(self, key: str) -> frozenset[str]:
        """The values of a tag as a set (a tag may hold one value or several)."""
        value = self.tags.get(key)
        if value is None:
            return frozenset()
        if isinstance(value, str):
            return frozenset({value}) if value else frozenset()
        return frozenset(v for v in value if v)


SCALARS = ""  # the key of :attr:`Facts.versions` that versions the numbers, dates and texts


class Sources(Mapping[str, Sequence[Record]]):
    """Records by source name, each source made by its function when first read."""

    __slots__ = ("_make", "_made")

    def __init__(self, make: Mapping[str, Callable[[], Sequence[Record]]]) -> None:
        self._make = make
        self._made: dict[str, Sequence[Record]] = {}

    def __getitem__(self, name: str) -> Sequence[Record]:
        found = self._made.get(name)
        if found is None:
            found = self._made[name] = self._make[name]()
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._make)

    def __len__(self) -> int:
        return len(self._make)


@dataclass(frozen=True)
class Facts:
    """Everything the engine reads: records by source name, and named numbers, dates, texts.

    ``versions`` (optional, given by the application) names the version of each source, and
    under :data:`SCALARS` of the numbers, dates and texts: a criterion whose sources and
    scalars have the versions they had when it was evaluated at the same date need not be
    evaluated again (:func:`scoring.evaluate` with ``kept``). A source without a version is
    always read afresh."""

    records: Mapping[str, Sequence[Record]] = field(default_factory=dict, hash=False)
    numbers: Mapping[str, int] = field(default_factory=dict, hash=False)
    dates: Mapping[str, dt.date] = field(default_factory=dict, hash=False)
    texts: Mapping[str, str] = field(default_factory=dict, hash=False)
    versions: Mapping[str, object] = field(default_factory=dict, hash=False)

    def source(self, name: str) -> Sequence[Record]:
        return self.records.get(name, ())

    def with_records(self, source: str, *records: Record) -> Facts:
        """A copy with records appended to one source (the original is unchanged)."""
        merged = dict(self.records)
        merged[source] = (*self.source(source), *records)
        return replace(self, records=merged, versions={k: v for k, v in self.versions.items() if k != source})


# --- typed facts the application builds ----------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Activity:
    """A training, meeting, manual, infographic, visit … the office organised or joined."""

    ref: str
    title: str
    date: dt.date | None
    evidence_count: int = 0
    organiser_is_office: bool = True
    purpose: str = "other"  # security | tools | click | other
    format: str = ""  # F1 training/meeting, F2 manual/infographic/video, F3 follow-up visit
    tool: str = ""  # Click ชุมชน, Smart bmn, CIA, GIS, ศูนย์ข้อมูลกลาง …
    participants: int = 0
    _record: Record | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def record(self) -> Record:
        """The engine's record (made once)."""
        return _kept(self, "_record", lambda: Record(
            ref=self.ref, title=self.title, date=self.date, evidence_count=self.evidence_count,
            organiser_is_office=self.organiser_is_office,
            tags=shared_tags(purpose=self.purpose, format=self.format, tool=self.tool)))


@dataclass(frozen=True, kw_only=True, slots=True)
class Meeting:
    """A meeting the office attended (Session Call, Conference) or hosted (WebEx)."""

    ref: str
    title: str
    date: dt.date | None
    kind: MeetingKind
    start: dt.time | None = None
    joined: dt.time | None = None
    evidence_count: int = 0
    organiser_is_office: bool | None = None  # default: True for webex_hosted, else False
    _record: Record | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def record(self) -> Record:
        """The engine's record (made once)."""
        return _kept(self, "_record", self._make_record)

    def _make_record(self) -> Record:
        on_time = None if self.start is None or self.joined is None else self.joined <= self.start
        by_office = (self.kind == "webex_hosted" if self.organiser_is_office is None
                     else self.organiser_is_office)
        return Record(ref=self.ref, title=self.title, date=self.date,
                      evidence_count=self.evidence_count, organiser_is_office=by_office,
                      tags=shared_tags(kind=self.kind), on_time=on_time)


@dataclass(frozen=True, kw_only=True, slots=True)
class GovernanceAction:
    """IT-management mechanism: committee appointed, duties assigned, meeting held."""

    ref: str
    title: str
    date: dt.date | None
    evidence_count: int = 0
    kind: str = ""  # committee | duties | meeting
    _record: Record | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def record(self) -> Record:
        """The engine's record (made once)."""
        return _kept(self, "_record", lambda: Record(ref=self.ref, title=self.title, date=self.date,
                                                     evidence_count=self.evidence_count, tags=shared_tags(kind=self.kind)))


@dataclass(frozen=True, kw_only=True)
class DatedCount:
    """A figure on a date: news items published, shops registered, downloads.

    Give one per item or per day where possible, so that evaluating at an earlier date and
    the "current month only once ended" rule see the right figures.
    """

    date: dt.date
    count: int
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class WebsiteSectionUpdate:
    """An update of one of the four basic website sections (pass every update if known)."""

    section: str  # structure | announcements | services | contact
    date: dt.date | None
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class WebsiteState:
    url: str = ""
    sections: Sequence[WebsiteSectionUpdate] = ()
    news: Sequence[DatedCount] = ()


@dataclass(frozen=True, kw_only=True)
class ChecklistTick:
    """One item of a self-check (website contest) ticked as present, with its link."""

    item: str
    date: dt.date | None
    evidence_count: int = 0
    ref: str = ""
    title: str = ""  # what a person reads ("1.1 วิสัยทัศน์ …"); the item key when empty


@dataclass(frozen=True, kw_only=True)
class SurveyProgress:
    """จปฐ. collection: target households and the cumulative number collected by each date."""

    target: int | None
    collected: Sequence[DatedCount] = ()


@dataclass(frozen=True, kw_only=True)
class CentralDbUpdate:
    """A central-database update completed on a date (OTOP sales: one per month)."""

    # savings_groups | kkhkc | community_leaders | mother_fund | otop_sales | tambon_plan
    database: str
    date: dt.date | None
    complete: bool = True
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class ModelTambonStep:
    """A step of the model information tambon: 1 selected … 5 lesson-learned PDF and video."""

    step: int
    date: dt.date | None
    part: str = ""  # step 5: pdf | video
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class ClickAction:
    kind: str  # working_group | summary_report
    date: dt.date | None
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class Promotion:
    """A promotion of Shop ชุมชน or another Click ชุมชน service, on one or more channels."""

    title: str
    date: dt.date | None
    channels: tuple[str, ...]
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class HeadDownload:
    """A head of agency (MoI, at the office's level) who installed Click ชุมชน."""

    name: str
    date: dt.date | None
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class ClickService:
    """A relevant Click ชุมชน service and whether its data is correct, complete and current."""

    service: str
    last_updated: dt.date | None
    complete: bool
    evidence_count: int = 0
    ref: str = ""


@dataclass(frozen=True, kw_only=True)
class ClickChumchonFacts:
    actions: Sequence[ClickAction] = ()
    otop_operator_base: int | None = None
    shop_registrations: Sequence[DatedCount] = ()
    tourism_entries: Sequence[DatedCount] = ()
    promotions: Sequence[Promotion] = ()
    heads_total: int | None = None
    head_downloads: Sequence[HeadDownload] = ()
    downloads: Sequence[DatedCount] = ()
    services: Sequence[ClickService] = ()


@dataclass(frozen=True, kw_only=True)
class InnovationItem:
    """A self-assessed innovation item (1.1, 1.2, 2.1, 2.2, 2.3)."""

    item: str
    done: bool
    date: dt.date | None
    evidence_count: int = 0
    ref: str = ""  # the report it comes from, e.g. "innovation_report:3"


@dataclass(frozen=True, kw_only=True, slots=True)
class ComputerEntry(Record):
    """A computer of the register — and itself the engine's ``computers`` record of it:
    ``title`` is its label, ``date`` its survey date, ``missing`` the required fields it lacks
    (a register of 100,000 computers is then 100,000 objects fewer).

    Pass the computers of this fiscal year's survey; ``antivirus_since`` is the date the
    Department's antivirus (office setting, default ESET Endpoint) covered it, if it does.
    """

    active: bool = True
    usable: bool = True
    antivirus_since: dt.date | None = None

    _antivirus: Record | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def label(self) -> str:
        return self.title

    @property
    def survey_date(self) -> dt.date | None:
        return self.date

    @property
    def missing_fields(self) -> tuple[str, ...]:
        return self.missing

    @property
    def register_record(self) -> Record:
        """The engine's ``computers`` record: the entry itself."""
        return self

    @property
    def antivirus_record(self) -> Record:
        """The engine's ``usable_computers`` record (made once per entry)."""
        return _kept(self, "_antivirus", lambda: Record(
            ref=self.ref, title=self.title, date=self.antivirus_since, weight=self.weight, names=self.names,
            position=self.position))


@dataclass(frozen=True, kw_only=True)
class StaffAccount:
    """An active staff member and their internet-authentication account review."""

    ref: str
    staff_name: str
    active: bool = True
    has_account: bool = True
    reviewed: dt.date | None = None


def _counts(source: str, label: str, rows: Sequence[DatedCount]) -> list[Record]:
    return [Record(ref=row.ref or f"{source}:{i}", title=f"{label} {row.count:,}", date=row.date,
                   quantity=row.count, evidence_count=row.evidence_count)
            for i, row in enumerate(rows, start=1)]


@dataclass(frozen=True, kw_only=True)
class OfficeFacts:
    """All typed facts of one office; :meth:`to_facts` gives the engine's generic view."""

    district: str = ""
    survey_deadline: dt.date | None = None
    activities: Sequence[Activity] = ()
    meetings: Sequence[Meeting] = ()
    governance: Sequence[GovernanceAction] = ()
    website: WebsiteState | None = None
    website_checklist: Sequence[ChecklistTick] = ()
    website_design_score: int | None = None
    jpt: SurveyProgress | None = None
    central_db: Sequence[CentralDbUpdate] = ()
    model_tambon: Sequence[ModelTambonStep] = ()
    click: ClickChumchonFacts | None = None
    innovation: Sequence[InnovationItem] = ()
    computers: Sequence[ComputerEntry] = ()
    staff_accounts: Sequence[StaffAccount] = ()
    extra_records: Mapping[str, Sequence[Record]] = field(default_factory=dict, hash=False)
    extra_numbers: Mapping[str, int] = field(default_factory=dict, hash=False)
    versions: Mapping[str, object] = field(default_factory=dict, hash=False)  # see Facts.versions
    # the records of a source given ready (grouped, see Record), instead of those the typed facts make
    prepared: Mapping[str, Sequence[Record]] = field(default_factory=dict, hash=False)

    def to_facts(self) -> Facts:
        """The engine's generic view; each source's records are made when a rule first reads
        it (a criterion kept from an earlier evaluation reads none)."""
        make: dict[str, Callable[[], list[Record]]] = {}
        numbers: dict[str, int] = {}
        # ``x._record or x.record``: the kept record without a call (100,000s of them per evaluation)
        make["activities"] = lambda: [a._record or a.record for a in self.activities]
        make["meetings"] = lambda: [m._record or m.record for m in self.meetings]
        make["governance"] = lambda: [g._record or g.record for g in self.governance]
        web = self.website or WebsiteState()
        make["website_sections"] = lambda: [
            Record(ref=s.ref or f"website_section:{i}", title=f"หมวด {s.section}", date=s.date,
                   evidence_count=s.evidence_count, tags=shared_tags(section=s.section))
            for i, s in enumerate(web.sections, start=1)]
        make["website_news"] = lambda: _counts("website_news", "ข่าวประชาสัมพันธ์", web.news)
        make["website_checklist"] = lambda: [
            Record(ref=t.ref or f"checklist:{t.item}", title=t.title or t.item, date=t.date,
                   evidence_count=t.evidence_count, tags=shared_tags(item=t.item))
            for t in self.website_checklist]
        if self.website_design_score is not None:
            numbers["website_design_score"] = self.website_design_score
        if self.jpt is not None:
            jpt = self.jpt
            if jpt.target is not None:
                numbers["jpt_target"] = jpt.target
            make["jpt_collected"] = lambda: _counts("jpt", "จัดเก็บแล้ว (ครัวเรือน)", jpt.collected)
        make["central_db"] = lambda: [
            Record(ref=u.ref or f"central_db:{i}", title=f"ฐานข้อมูล {u.database}", date=u.date,
                   evidence_count=u.evidence_count, tags=shared_tags(database=u.database),
                   missing=() if u.complete else ("บันทึกไม่ครบถ้วน",))
            for i, u in enumerate(self.central_db, start=1)]
        make["model_tambon"] = lambda: [
            Record(ref=s.ref or f"model_tambon:{i}",
                   title=f"ขั้นที่ {s.step}" + (f" ({s.part})" if s.part else ""), date=s.date,
                   evidence_count=s.evidence_count, tags=shared_tags(step=str(s.step), part=s.part))
            for i, s in enumerate(self.model_tambon, start=1)]
        self._click(make, numbers)
        make["innovation"] = lambda: [
            Record(ref=i.ref or f"innovation:{i.item}", title=f"ข้อ {i.item}", date=i.date,
                   evidence_count=i.evidence_count, tags=shared_tags(item=i.item))
            for i in self.innovation if i.done]
        make["computers"] = lambda: [c for c in self.computers if c.active]
        make["usable_computers"] = lambda: [c._antivirus or c.antivirus_record
                                            for c in self.computers if c.active and c.usable]
        make["staff_accounts"] = lambda: [
            Record(ref=s.ref, title=s.staff_name, date=s.reviewed,
                   missing=() if s.has_account else ("บัญชีผู้ใช้ Authentication",))
            for s in self.staff_accounts if s.active]
        for name, ready in self.prepared.items():
            make[name] = lambda ready=ready: ready  # type: ignore[misc]
        for name, extra in self.extra_records.items():
            own = make.get(name, list)
            make[name] = lambda own=own, extra=extra: [*own(), *extra]  # type: ignore[misc]
        numbers.update(self.extra_numbers)
        dates = {"survey_deadline": self.survey_deadline} if self.survey_deadline else {}
        texts = {"district": self.district} if self.district else {}
        versions = {k: v for k, v in self.versions.items() if k not in self.extra_records}
        if self.extra_numbers:
            versions.pop(SCALARS, None)
        return Facts(records=Sources(make), numbers=numbers, dates=dates, texts=texts, versions=versions)

    def _click(self, make: dict[str, Callable[[], list[Record]]], numbers: dict[str, int]) -> None:
        click = self.click or ClickChumchonFacts()
        if click.otop_operator_base is not None:
            numbers["otop_operators"] = click.otop_operator_base
        if click.heads_total is not None:
            numbers["heads_total"] = click.heads_total
        make["click_actions"] = lambda: [
            Record(ref=a.ref or f"click_action:{i}", title=a.kind, date=a.date,
                   evidence_count=a.evidence_count, tags=shared_tags(kind=a.kind))
            for i, a in enumerate(click.actions, start=1)]
        make["click_shop_registrations"] = lambda: _counts(
            "click_shop", "ร้านค้าสมัครใหม่", click.shop_registrations)
        make["click_tourism_entries"] = lambda: _counts(
            "click_tourism", "ชุมชนท่องเที่ยวที่บันทึก/ปรับปรุง", click.tourism_entries)
        make["click_promotions"] = lambda: [
            Record(ref=p.ref or f"click_promotion:{i}", title=p.title, date=p.date,
                   evidence_count=p.evidence_count, tags=shared_tags(channels=p.channels))
            for i, p in enumerate(click.promotions, start=1)]
        make["click_head_downloads"] = lambda: [
            Record(ref=h.ref or f"click_head:{i}", title=h.name, date=h.date,
                   evidence_count=h.evidence_count)
            for i, h in enumerate(click.head_downloads, start=1)]
        make["click_downloads"] = lambda: _counts("click_downloads", "ดาวน์โหลด", click.downloads)
        make["click_services"] = lambda: [
            Record(ref=s.ref or f"click_service:{i}", title=s.service, date=s.last_updated,
                   evidence_count=s.evidence_count, tags=shared_tags(service=s.service),
                   missing=() if s.complete else ("ข้อมูลไม่ถูกต้อง/ไม่ครบ/ไม่เป็นปัจจุบัน",))
            for i, s in enumerate(click.services, start=1)]
