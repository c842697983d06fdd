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

Between starts the database keeps the grouped facts of each part read from rows
(:func:`keep_prepared`, table ``facts_cache``, :mod:`cddesk.facts_kept`) under a stamp of the
change counts of the part's tables; the first scoring after the data is opened reads back
every part whose stamp still matches instead of its rows (100,000 computers and 50,000
activities: ~0.1 s instead of 2–3 s), and :func:`prepare_for_edits` then reads the rows of
those kinds off the GUI thread, so that the first edit compares rows as any later one does.
After a write to the computer register only the computers written are read again and moved
between the register's groups (:func:`cddesk.register_facts.update_register`, from the
database's log of register writes): 100,000 computers, ~15–40 ms instead of 0.6 s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from sqlalchemy import event

from cddesk import facts_kept, facts_store
from cddesk.db import Database, gc_paused
from cddesk.errors import KnownError
from cddesk.facts_reader import (
    KEPT_PARTS, PARTS, ChangeStamp, Grouped, Memory, OfficeRows, kind_readers, part_sources, read_office, unchanged_parts)
from cddesk.register_facts import Register, kept_register, read_register
from cddesk.thaidate import fiscal_year_of
from models import OfficeProfile
from scoring import OfficeFacts, Rubric, RubricResult, evaluate, load_shipped_rubric, shipped_rubric_paths
from scoring.engine import Kept
from scoring.facts import ComputerEntry
from scoring.thai import last_day, months_between


class _Cache:
    """One database's facts, kept by part (a register, a kind of activity …) until a table it
    was read from is written — by this program or another process — and its results and
    monthly totals until anything is written. After a write, the criteria (and the rules'
    selections) that read no written part are kept (``kept``, see :func:`scoring.evaluate`)."""

    def __init__(self, db: Database) -> None:
        self.lock = threading.Lock()
        self.parts: dict[str, Any] = {}
        # the register as it was before its tables were written, for the next read to update
        # (cddesk.register_facts.update_register) instead of reading it whole
        self.earlier_register: Register | None = None
        self.rows: dict[int | None, OfficeRows] = {}
        self.results: dict[tuple[str, int, dt.date], RubricResult] = {}  # the last few (they are large)
        self.points: dict[tuple[str, dt.date], Fraction] = {}  # a trend's monthly totals
        # criterion results by rubric, kept with the versions of the parts they read: after a
        # write only the criteria reading a written part are evaluated again
        self.kept: dict[str, Kept] = {}
        self.generations: dict[str, int] = {}  # of each part in ``parts``
        self.memory: Memory = {}  # the rows each kind's facts were made from (read_office)
        self.grouped: Grouped = {}  # each source's grouped records, with the part they were made from
        # parts read from rows, with the stamp they were read at, not yet kept by the database
        self.unsaved: dict[str, tuple[str, Any]] = {}
        self._next = itertools.count(1)
        try:
            self.stamp: ChangeStamp | None = ChangeStamp(db.paths.database)
        except sqlite3.Error:  # cannot open a second connection: read every time
            self.stamp = None
        stamp = self.stamp
        if stamp is not None:
            event.listen(db.engine, "engine_disposed", lambda _engine: stamp.close())

    def refresh(self) -> None:
        """Forget what the writes since the last call made stale."""
        changed = self.stamp.changed() if self.stamp is not None else None
        if changed == set():
            return
        self.rows.clear()
        self.results.clear()
        self.points.clear()
        register = self.parts.get("computers")
        self.parts = {} if changed is None else unchanged_parts(self.parts, changed)
        if changed is not None and isinstance(register, Register) and "computers" not in self.parts:
            self.earlier_register = register
        if changed is None:
            self.kept.clear()

    def took(self, parts: dict[str, Any]) -> dict[str, int]:
        """The generations of ``parts`` (a new one for each part read since the last call)."""
        for name, value in parts.items():
            if self.parts.get(name) is not value:
                self.generations[name] = next(self._next)
        self.parts.update(parts)
        return {name: self.generations[name] for name in parts}

    def keep(self, key: str, at: dt.date) -> Kept:
        """The criterion results kept for rubric ``key``, with those of all but the latest
        ``_DATES_KEPT`` evaluation dates dropped."""
        kept = self.kept.setdefault(key, Kept())
        dates = kept.dates()
        if at not in dates and len(dates) >= _DATES_KEPT:
            for old in dates[:len(dates) - _DATES_KEPT + 1]:
                kept.forget(old)
        return kept


log = logging.getLogger(__name__)
_CACHES: weakref.WeakKeyDictionary[Database, _Cache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def _cache(db: Database) -> _Cache:
    with _CACHES_LOCK:
        cache = _CACHES.get(db)
        if cache is None:
            cache = _CACHES[db] = _Cache(db)
        return cache


_RESULTS_KEPT = 6  # a result of a large office holds 100,000 explained records
_DATES_KEPT = 3  # evaluation dates whose criterion results are kept per rubric


def _office_rows(db: Database, fiscal_year: int | None) -> OfficeRows:
    cache = _cache(db)
    with cache.lock:
        cache.refresh()
        rows = cache.rows.get(fiscal_year)
        if rows is None:
            with db.session() as session, gc_paused():
                stamps, loaded, outdated = _kept_parts(session, cache.parts, cache.earlier_register is None)
                if outdated is not None:
                    cache.earlier_register = outdated  # kept before another program wrote the register
                found = read_office(session, fiscal_year, {**cache.parts, **loaded}, cache.memory, cache.grouped,
                                    cache.earlier_register)
                if found is not None:  # parts read from rows no write came between: worth keeping
                    after = facts_store.stamps(session.connection(), {part: PARTS[part] for part in stamps},
                                               facts_kept.FORMAT)
                    for part, stamp in stamps.items():
                        if part not in loaded and stamp is not None and after[part] == stamp:
                            cache.unsaved[part] = (stamp, found.parts[part])
            if found is None:
                raise KnownError("ยังไม่มีข้อมูลสำนักงาน กรอกข้อมูลสำนักงานก่อน (เปิดโปรแกรมแล้วกรอกหน้าแรก)")
            found.generations = cache.took(found.parts)
            cache.earlier_register = None
            rows = cache.rows[fiscal_year] = found
        return rows


def _kept_parts(session: Any, parts: dict[str, Any],
                outdated_register: bool) -> tuple[dict[str, str | None], dict[str, Any], Register | None]:
    """The stamp of each part not in ``parts`` the database may keep, and those it keeps
    prepared under that stamp, read back (:mod:`cddesk.facts_kept`; a payload that cannot be
    read back is read afresh); and, if ``outdated_register`` (the cache has no earlier register
    of its own to update), the register the database keeps at another stamp when the register's
    tables were written since (by another program while this one was closed), for the reader
    to update with the computers written (:func:`cddesk.register_facts.update_register`)."""
    wanted = {part: PARTS[part] for part in KEPT_PARTS if part not in parts}
    connection = session.connection()
    stamps = facts_store.stamps(connection, wanted, facts_kept.FORMAT)
    payloads = facts_store.load_all(connection, stamps)
    register_stamp = stamps.get("computers")
    outdated = None
    if outdated_register and register_stamp is not None and "computers" not in payloads:
        payload = facts_store.load_outdated(connection, "computers", register_stamp)
        outdated = None if payload is None else _read_back("computers", payload)
    loaded = {part: value for part, payload in payloads.items() if (value := _read_back(part, payload)) is not None}
    return stamps, loaded, outdated


def _read_back(part: str, payload: bytes) -> Any:
    """A kept part as the reader takes it (None: it cannot be read back, read the rows)."""
    try:
        return (facts_kept.decode_register(payload, kept_register) if part == "computers"
                else facts_kept.decode_records(payload))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        log.warning("prepared facts of %s could not be read back (%s); reading the rows", part, exc)
        return None


def _encoder(cache: _Cache, part: str, value: Any) -> Callable[[], bytes | None] | None:
    """How to make what the database keeps of ``value``, a part as read; None when it has
    been read again since (its grouped records are no longer at hand)."""
    if part == "computers":
        register: Register = value
        return lambda: facts_kept.encode_register(register.entries, register.earliest_expiry, register.several,
                                                  register.mark)
    records = {}
    for source in part_sources(part):
        memo = cache.grouped.get(source)
        if memo is None or memo[0] is not value:
            return None
        records[source] = memo[1]
    return lambda: facts_kept.encode_records(records)


def keep_prepared(db: Database) -> None:
    """Have the database keep the parts of the facts read from rows since the last call, for
    the next start to read back (:mod:`cddesk.facts_kept`). Called by the opening worker after
    the first scoring and when the services close; best effort (a read-only or locked
    database keeps nothing, and the next start reads the rows)."""
    with _CACHES_LOCK:
        cache = _CACHES.get(db)
    if cache is None:
        return
    with cache.lock:
        unsaved, cache.unsaved = cache.unsaved, {}
        encoders = [(part, stamp, _encoder(cache, part, value)) for part, (stamp, value) in unsaved.items()]
    for part, stamp, encode in encoders:
        payload = encode() if encode is not None else None
        if payload is not None:
            facts_store.save(db, part, stamp, payload)


def prepare_for_edits(db: Database) -> None:
    """Read the rows of the kinds whose facts came prepared from the database (and make their
    engine records), so that the first write to one of them compares rows and makes one record
    instead of reading and making the whole kind afresh, and decode the names of the groups read
    back, which the dashboard lists (the opening worker calls it after the first scoring, off
    the GUI thread)."""
    cache = _cache(db)
    with cache.lock:
        names = [name for name, value in cache.parts.items() if isinstance(value, facts_kept.Prepared)
                 and name not in cache.memory]
        read_back = [value for value in cache.parts.values()
                     if isinstance(value, facts_kept.Prepared) or getattr(value, "from_kept", False)]
    for value in read_back:  # the members' names too, which a dashboard or report lists (0.3 s)
        records = value.entries if isinstance(value, Register) else [r for found in value.records.values() for r in found]
        for record in records:
            if record.names is not None:
                record.names()
    if not names:
        return
    memory: Memory = {}
    with db.session() as session, gc_paused():
        readers = kind_readers(session, memory)
        for name in names:
            if name in readers:  # (the register is updated from its groups: cddesk.register_facts)
                for fact in readers[name]():
                    getattr(fact, "record", None)  # the engine's record, made once and kept on the fact
    with cache.lock:
        for key, value in memory.items():
            cache.memory.setdefault(key, value)


def build_facts(db: Database, fiscal_year: int | None = None, at: dt.date | None = None,
                registers_at: dt.date | None = None) -> OfficeFacts:
    """Everything the rubrics read, for ``fiscal_year`` (default: the office's), at ``at``.

    ``registers_at`` is the day antivirus licences must be valid on (default ``at``):
    scoring passes the end of the rubric's period, so a licence that lapses after the
    deadline does not undo what was complete by it. Rows are read once per change of the
    database (:mod:`cddesk.facts_reader`)."""
    at = at or dt.date.today()
    rows = _office_rows(db, fiscal_year)
    with _cache(db).lock:  # the per-day register lists are shared with the dashboard's worker thread
        return rows.facts_at(at, registers_at)


def register_on(db: Database, at: dt.date, prescribed: str) -> list[ComputerEntry]:
    """The computer register as scoring judges it on ``at`` (antivirus licences valid that
    day): the facts kept for scoring, so a few hundred grouped entries for 100,000 computers,
    updated after an edit; before the office profile is filled in, read from the rows with
    ``prescribed``."""
    try:
        rows = _office_rows(db, None)
    except KnownError:  # no office profile yet
        with db.session() as session:
            return read_register(session, prescribed).on(at)
    with _cache(db).lock:
        return rows.register.on(at)


def _evaluate(db: Database, rubric: Rubric, at: dt.date, key: str) -> RubricResult:
    """The rubric evaluated on the office's facts of the rubric's year at ``at``; the result
    is kept until the database changes (results are read, never changed, by their users)."""
    cache = _cache(db)
    facts = build_facts(db, rubric.fiscal_year, at, rubric.period_end)  # also forgets stale results
    with cache.lock:
        found = cache.results.get((key, rubric.fiscal_year, at))
    if found is not None:
        return found
    with cache.lock:
        kept = cache.keep(key, at)
    with gc_paused():
        result = evaluate(rubric, facts, at, kept)
    with cache.lock:
        while len(cache.results) >= _RESULTS_KEPT:
            cache.results.pop(next(iter(cache.results)))
        cache.results[(key, rubric.fiscal_year, at)] = result
    return result


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
    return _evaluate(db, rubric, at, rubric_id)


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
    return _evaluate(db, rubric, at, f"{rubric_id}@{fiscal_year}")


def score_all(db: Database, at: dt.date | None = None) -> Sequence[RubricResult]:
    return [score_office(db, rubric_id, at) for rubric_id in rubric_ids()]


def score_trend(db: Database, rubric_id: str, at: dt.date) -> list[tuple[dt.date, Fraction]]:
    """The total at the end of every month of the rubric's period up to ``at`` (the last
    point is ``at`` itself when the period is still running); each month's total is kept
    until the database changes."""
    rubric = load_shipped_rubric(rubric_id)
    cache = _cache(db)
    points: list[tuple[dt.date, Fraction]] = []
    for year, month in months_between(rubric.period_start, rubric.period_end):
        when = min(last_day(year, month), at, rubric.period_end)
        if when < rubric.period_start or (points and points[-1][0] == when):
            break
        # Facts per date: licences and the latest Click service check depend on it.
        facts = build_facts(db, rubric.fiscal_year, when, rubric.period_end)  # also forgets stale totals
        with cache.lock:
            total = cache.points.get((rubric_id, when))
        if total is None:
            with gc_paused():
                total = evaluate(rubric, facts, when).points
            with cache.lock:
                cache.points[(rubric_id, when)] = total
        points.append((when, total))
    return points
