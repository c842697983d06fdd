"""Selecting the records that count, and the pass/fail checks rubrics are built from.

:func:`select` applies a :class:`~scoring.model.RecordFilter` and gives every relevant record
that does not count a reason. :func:`run_check` evaluates one check kind and explains it.
Rules from ``docs/rubrics.md``: nothing dated after the evaluation date counts; records need
evidence unless the rubric says the figure comes from a Department system; per-month rules
cover each month of the window that has ended by the evaluation date (or every month when
the window is over); averages are the total of those months ÷ their number; percentages are
compared with integers (``part*100 >= pct*whole``).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import ceil

from scoring import model as m
from scoring.facts import SCALARS, Facts, Record
from scoring.groups import first_named, members, weight
from scoring.results import Explanation, MonthResult, NotCounted
from scoring.thai import format_date, format_number, joinable, last_day, month_label, months_between

Month = tuple[int, int]
TAG_LABELS = {"channels": "ช่องทาง", "format": "รูปแบบ"}


@dataclass
class Selection:
    counted: list[Record] = field(default_factory=list)
    rejected: list[NotCounted] = field(default_factory=list)
    relevant: list[Record] = field(default_factory=list)

    def copy(self) -> Selection:
        """A selection its user may change (``relevant`` is never changed, it is shared)."""
        return Selection(list(self.counted), list(self.rejected), self.relevant)


@dataclass(frozen=True)
class KeptSelection:
    """A selection made at a date, with its filter and the versions of the facts it read."""

    filter: m.RecordFilter
    versions: tuple[object, object]
    selection: Selection


Selections = dict[tuple[int, dt.date], KeptSelection]  # by id of the filter, and date


@dataclass(frozen=True)
class Context:
    facts: Facts
    at: dt.date
    used: set[str] | None = None  # the sources read, when the caller wants to know
    # selections kept from earlier evaluations (facts with versions, see Facts.versions)
    selections: Selections | None = None

    def source(self, name: str) -> Sequence[Record]:
        if self.used is not None:
            self.used.add(name)
        return self.facts.source(name)


def deadline_of(f: m.RecordFilter, ctx: Context) -> dt.date:
    if f.deadline_fact and f.deadline_fact in ctx.facts.dates:
        return ctx.facts.dates[f.deadline_fact]
    return f.deadline


def _has(value: object, wanted: frozenset[str]) -> bool:
    """A record's tag value (one text or several) has a value in ``wanted``."""
    if isinstance(value, str):
        return value in wanted
    return value is not None and any(v in wanted for v in value)  # type: ignore[attr-defined]


def _relevant(f: m.RecordFilter, records: Sequence[Record]) -> list[Record]:
    found = list(records)
    for key, wanted in f.where.items():
        # (a text tag tested inline: a call per record is a third of the time over 100,000 records)
        found = [r for r in found if (v := r.tags.get(key)) is not None
                 and (v in wanted if type(v) is str else _has(v, wanted))]
    return found


class _Reasons:
    """Why a record does not count, with the texts made once per selection (not per record:
    a register of 100,000 computers is selected several times per evaluation)."""

    def __init__(self, f: m.RecordFilter, ctx: Context, deadline: dt.date) -> None:
        self.f, self.at, self.deadline = f, ctx.at, deadline
        self.start = f.start
        self.explicit = f.deadline_is_explicit or bool(f.deadline_fact)
        self.checks_extra = f.office_only or f.require_evidence or bool(f.min_values)
        first = format_date(f.start) if f.start else "…"
        self.after_at = ("after_evaluation_date", f"ลงวันที่หลังวันที่ประเมิน ({format_date(ctx.at)})")
        self.after_deadline = ("after_deadline", f"หลังวันครบกำหนด {format_date(deadline)}")
        self.outside = ("outside_period", f"อยู่นอกช่วงที่นับ ({first} – {format_date(deadline)})")

    def of(self, r: Record) -> tuple[str, str]:
        date = r.date
        if date is None:
            return "no_date", "ยังไม่ได้ดำเนินการ (ไม่มีวันที่)"
        if date > self.at:
            return self.after_at
        if date > self.deadline:
            return self.after_deadline if self.explicit else self.outside
        if self.start is not None and date < self.start:
            return self.outside
        if self.checks_extra:
            f = self.f
            if f.office_only and not r.organiser_is_office:
                return "not_by_office", "หน่วยงานอื่นเป็นผู้จัด (นับเฉพาะที่สำนักงานจัดเอง)"
            if f.require_evidence and r.evidence_count < 1:
                return "no_evidence", "ไม่มีหลักฐาน (ไฟล์หรือลิงก์)"
        if r.missing:
            return "incomplete", "ข้อมูลไม่ครบ: " + ", ".join(r.missing)
        for key, need in self.f.min_values.items():
            have = len(r.tag_values(key))
            if have < need:
                label = TAG_LABELS.get(key, key)
                return "too_few_values", f"มี{label} {have} จากที่ต้องมีอย่างน้อย {need}"
        return _COUNTS


_COUNTS = ("", "")


def select(f: m.RecordFilter, ctx: Context) -> Selection:
    """Relevant records of ``f.source`` split into counted and not counted (with reasons).

    With ``ctx.selections``, a selection by the same filter at the same date on a source and
    scalars of the same versions is taken from there (a copy), and a new one is kept."""
    kept = ctx.selections
    if kept is None:
        return _select(f, ctx)
    versions = (ctx.facts.versions.get(f.source), ctx.facts.versions.get(SCALARS))
    if None in versions:
        return _select(f, ctx)
    key = (id(f), ctx.at)
    found = kept.get(key)
    if found is not None and found.filter is f and found.versions == versions:
        if ctx.used is not None:
            ctx.used.add(f.source)
        return found.selection.copy()
    sel = _select(f, ctx)
    kept[key] = KeptSelection(f, versions, sel.copy())  # the filter is held, so its id is not reused
    return sel


def _select(f: m.RecordFilter, ctx: Context) -> Selection:
    reasons = _Reasons(f, ctx, deadline_of(f, ctx))
    sel = Selection(relevant=_relevant(f, ctx.source(f.source)))
    counted, rejected = sel.counted, sel.rejected
    # The common case first, without a call per record: dated inside the window, complete.
    first = f.start or dt.date.min
    last = min(reasons.at, reasons.deadline)
    simple = not (f.office_only or f.require_evidence or f.min_values)
    for record in sel.relevant:
        date = record.date
        if simple and date is not None and first <= date <= last and not record.missing:
            counted.append(record)
            continue
        reason = reasons.of(record)
        if reason is _COUNTS:
            counted.append(record)
        else:
            rejected.append(NotCounted(record, *reason))
    return sel


def amount(f: m.RecordFilter, records: Sequence[Record]) -> int:
    """How many records (a group counts as its weight), or the sum of their quantities."""
    return weight(records) if f.measure == "count" else sum(r.quantity * r.weight for r in records)


def evidence_hint(sel: Selection) -> list[str]:
    waiting = sum(n.record.weight for n in sel.rejected if n.reason_code == "no_evidence")
    return [f"มี {waiting} รายการที่จะนับได้เมื่อแนบหลักฐาน"] if waiting else []


# --- months -----------------------------------------------------------------------------


def covered_months(start: dt.date, end: dt.date, at: dt.date) -> list[Month]:
    """Months of the window that count at ``at``: ended by then, or cut off by the window."""
    return [mo for mo in months_between(start, end) if min(last_day(*mo), end) <= at]


def current_month(start: dt.date, end: dt.date, at: dt.date) -> Month | None:
    """The month under way at ``at`` (inside the window, not yet ended), if any."""
    if start <= at <= end and min(last_day(at.year, at.month), end) > at:
        return at.year, at.month
    return None


# --- checks -----------------------------------------------------------------------------


def _base(info: m.CheckInfo, kind: str) -> Explanation:
    return Explanation(key=info.key, title=info.title, type=kind)


def _notes(info: m.CheckInfo, f: m.RecordFilter, sel: Selection) -> list[str]:
    notes: list[str] = []
    if info.report_on_time:
        timed = weight(r for r in sel.counted if r.on_time is not None)
        early = weight(r for r in sel.counted if r.on_time)
        if timed:
            notes.append(f"เข้าร่วมก่อนเวลาเริ่ม {early} จาก {timed} ครั้ง "
                         f"(ร้อยละ {early * 100 // timed})")
    if info.advisory_total_min is not None:
        total = amount(f, sel.counted)
        gap = info.advisory_total_min - total
        state = "ครบแล้ว" if gap <= 0 else f"ยังขาด {format_number(gap)} {f.unit}"
        notes.append(f"{info.advisory_text or 'เกณฑ์แนะนำ'}: มี {format_number(total)} {f.unit} "
                     f"— {state} (ไม่มีผลต่อคะแนน)")
    return notes


def _deadline_done(c: m.DeadlineDone | m.EveryRecord, ctx: Context) -> Explanation:
    f = c.filter
    sel = select(f, ctx)
    deadline = deadline_of(f, ctx)
    ex = _base(c.info, "deadline_done" if isinstance(c, m.DeadlineDone) else "every_record")
    ex.selected, ex.rejected = sel.counted, sel.rejected
    have = amount(f, sel.counted)
    by = f" ภายใน {format_date(deadline)}" if f.deadline_is_explicit or f.deadline_fact else ""
    if isinstance(c, m.DeadlineDone):
        ex.met = have >= c.min_count
        ex.summary = (f"นับได้ {format_number(have)} {f.unit} (ต้องมีอย่างน้อย "
                      f"{format_number(c.min_count)} {f.unit}{by})")
        if not ex.met:
            late = " (เลยกำหนดแล้ว)" if ctx.at > deadline else ""
            if c.min_count == 1:
                ex.missing.append(f"ต้อง{f.action}{by or ''}{late}".rstrip())
            else:
                gap = format_number(c.min_count - have)
                ex.missing.append(f"ต้อง{joinable(f.action)}อีก {gap} "
                                  f"{f.unit}{by}{late}")
    else:
        ex.met = not sel.rejected and weight(sel.counted) >= c.min_count
        ex.summary = (f"ครบถ้วน {weight(sel.counted)} จาก {weight(sel.relevant)} รายการ"
                      f"{by}")
        if weight(sel.relevant) < c.min_count:
            ex.missing.append(f"ยังไม่มีรายการ: ต้อง{f.action}")
        # the first ten by title (a register by asset number, staff by name), however grouped
        first = heapq.nsmallest(10, ((title, ref, n.reason) for n in sel.rejected for ref, title in first_named(n.record)))
        ex.missing += [f"{title}: {reason}" for title, _ref, reason in first]
        rejected = sum(n.record.weight for n in sel.rejected)
        if rejected > 10:
            ex.missing.append(f"และอีก {rejected - 10} รายการ")
    if not ex.met:
        ex.missing += evidence_hint(sel)
    ex.notes = _notes(c.info, f, sel)
    return ex


def _monthly(c: m.MonthlyMin | m.MonthlyAverage, ctx: Context) -> Explanation:
    f = c.filter
    assert f.start is not None  # the schema refuses open_start for monthly checks
    sel = select(f, ctx)
    end = deadline_of(f, ctx)
    months = covered_months(f.start, end, ctx.at)
    current = current_month(f.start, end, ctx.at)
    by_month: dict[Month, list[Record]] = {}
    for r in sel.counted:
        assert r.date is not None
        by_month.setdefault((r.date.year, r.date.month), []).append(r)
    values = {mo: amount(f, by_month.get(mo, [])) for mo in months}
    ex = _base(c.info, "monthly_average" if isinstance(c, m.MonthlyAverage)
               else "monthly_min_every_month")
    ex.rejected = list(sel.rejected)
    now = amount(f, by_month.get(current, [])) if current else 0
    if current:
        for r in by_month.get(current, []):
            ex.rejected.append(NotCounted(r, "month_not_ended",
                                             f"นับเมื่อสิ้นเดือน {month_label(*current)}"))
    if isinstance(c, m.MonthlyMin):
        _monthly_min(c, ctx, ex, months, values, by_month, current, now)
    else:
        _monthly_average(c, ex, months, values, by_month, current, now)
    if not months:
        ex.met = False
        ex.missing.insert(0, "ยังไม่มีเดือนที่สิ้นสุดในช่วงประเมิน")
    if not ex.met:
        ex.missing += evidence_hint(sel)
    ex.notes = _notes(c.info, f, sel)
    return ex


def _monthly_min(c: m.MonthlyMin, ctx: Context, ex: Explanation, months: list[Month],
                 values: dict[Month, int], by_month: dict[Month, list[Record]],
                 current: Month | None, now: int) -> None:
    f = c.filter
    required = c.min
    base: int | None = None
    if c.min_percent is not None and c.percent_of is not None:
        base = ctx.facts.numbers.get(c.percent_of)
        if base is None or base <= 0:
            ex.warnings.append(f"ยังไม่ได้บันทึก{c.percent_of_title} จึงตรวจเงื่อนไขนี้ไม่ได้")
            ex.met = False
            ex.summary = "ตรวจไม่ได้: ไม่มีฐานสำหรับคิดร้อยละ"
            return
        required = ceil(Fraction(c.min_percent * base, 100))
    elif c.min_table and c.min_table_text is not None:
        name = ctx.facts.texts.get(c.min_table_text, "")
        if name in c.min_table:
            required = c.min_table[name]
        else:
            ex.notes.append(f"ไม่พบ «{name}» ในตารางเป้าหมาย ใช้ค่าเริ่มต้น {required}")

    def ok(value: int) -> bool:
        if base is not None and c.min_percent is not None:
            return value * 100 >= c.min_percent * base
        return value >= required

    bar = f"เกณฑ์เดือนละอย่างน้อย {format_number(required)} {f.unit}"
    ex.met = all(ok(values[mo]) for mo in months)
    for mo in months:
        month_ok = ok(values[mo])
        ex.months.append(MonthResult(mo[0], mo[1], values[mo], required, month_ok))
        for r in by_month.get(mo, []):
            if month_ok:
                ex.selected.append(r)
            else:
                ex.rejected.append(NotCounted(
                    r, "month_below_bar", f"เดือน {month_label(*mo)} ไม่ถึงเกณฑ์ "
                    f"({values[mo]} จาก {required} {f.unit})"))
        if not month_ok:
            ex.missing.append(f"เดือน {month_label(*mo)} มี {format_number(values[mo])} "
                              f"{f.unit} ไม่ถึง{bar}")
    passed = sum(1 for mo in months if ok(values[mo]))
    ex.summary = f"ผ่าน {passed} จาก {len(months)} เดือน ({bar})"
    if current and not ok(now):
        ex.missing.append(f"ต้อง{joinable(f.action)}อีก {format_number(required - now)} {f.unit}"
                          f"ในเดือน {month_label(*current)}")


def _monthly_average(c: m.MonthlyAverage, ex: Explanation, months: list[Month],
                     values: dict[Month, int], by_month: dict[Month, list[Record]],
                     current: Month | None, now: int) -> None:
    f = c.filter
    total = sum(values.values())
    ex.met = bool(months) and total >= c.min_average * len(months)
    for mo in months:
        ex.months.append(MonthResult(mo[0], mo[1], values[mo], None,
                                     values[mo] >= c.min_average))
        ex.selected += by_month.get(mo, [])
    average = f"{float(Fraction(total, len(months))):.1f}" if months else "-"
    ex.summary = (f"รวม {format_number(total)} {f.unit} ใน {len(months)} เดือน เฉลี่ย "
                  f"{average} (เกณฑ์เฉลี่ยเดือนละ {float(c.min_average):g} {f.unit})")
    if ex.met:
        return
    if current:
        need = ceil(c.min_average * (len(months) + 1)) - total - now
        if need > 0:
            ex.missing.append(f"ต้อง{joinable(f.action)}อีก {format_number(need)} {f.unit}"
                              f"ในเดือน {month_label(*current)}")
    elif months:
        gap = ceil(c.min_average * len(months)) - total
        ex.missing.append(f"ขาดอีก {format_number(gap)} {f.unit} จึงจะเฉลี่ยถึงเกณฑ์ "
                          "(ช่วงประเมินสิ้นสุดแล้ว)")


@dataclass
class PercentParts:
    part: int
    whole: int | None
    selection: Selection
    latest: Record | None = None


def percent_parts(src: m.PercentSource, ctx: Context) -> PercentParts:
    """The numerator and denominator of a percentage, with the records behind them."""
    f = src.filter
    sel = select(f, ctx)
    whole = (weight(sel.relevant) if src.denominator_number is None
             else ctx.facts.numbers.get(src.denominator_number))
    if src.numerator == "latest":
        sel.counted = [r for g in sel.counted for r in members(g)]  # the latest one, not a group of them
        if not sel.counted:
            return PercentParts(0, whole, sel)
        latest = max(sel.counted, key=lambda r: (r.date or dt.date.min))
        for r in sel.counted:
            if r is not latest:
                sel.rejected.append(NotCounted(r, "superseded", "ใช้ข้อมูลล่าสุดแทน"))
        sel.counted = [latest]
        return PercentParts(latest.quantity, whole, sel, latest)
    part = weight(sel.counted) if src.numerator == "count" else sum(r.quantity * r.weight for r in sel.counted)
    return PercentParts(part, whole, sel)


def percent_text(part: int, whole: int) -> str:
    tenths = part * 1000 // whole  # shown rounded down, so 94.96 % never reads as 95
    return f"{format_number(part)} จาก {format_number(whole)} = ร้อยละ {tenths // 10}.{tenths % 10}"


def _percent(c: m.PercentCheck, ctx: Context) -> Explanation:
    f = c.source.filter
    pp = percent_parts(c.source, ctx)
    ex = _base(c.info, "percent_threshold")
    ex.selected, ex.rejected = pp.selection.counted, pp.selection.rejected
    if not pp.whole:
        ex.met = False
        ex.summary = f"ตรวจไม่ได้: ไม่มี{c.source.denominator_title}"
        ex.warnings.append(f"ยังไม่มี{c.source.denominator_title} จึงตรวจเงื่อนไขนี้ไม่ได้")
        return ex
    ex.met = pp.part * 100 >= c.percent * pp.whole
    ex.summary = f"{percent_text(pp.part, pp.whole)} (เกณฑ์ร้อยละ {c.percent})"
    if not ex.met:
        need = ceil(Fraction(c.percent * pp.whole, 100)) - pp.part
        ex.missing.append(f"ต้อง{joinable(f.action)}อีก {format_number(need)} {f.unit} "
                          f"(ให้ถึงร้อยละ {c.percent})")
        ex.missing += evidence_hint(pp.selection)
    ex.notes = _notes(c.info, f, pp.selection)
    return ex


def _all_of(c: m.AllOf, ctx: Context) -> Explanation:
    ex = _base(c.info, "all_of")
    ex.parts = [run_check(p, ctx) for p in c.parts]
    ex.met = all(p.met for p in ex.parts)
    done = sum(1 for p in ex.parts if p.met)
    ex.summary = f"ผ่าน {done} จาก {len(ex.parts)} เงื่อนไข"
    for p in ex.parts:
        if not p.met:
            prefix = f"{p.title}: " if p.title else ""
            ex.missing += [prefix + line for line in (p.missing or [p.summary])]
    return ex


def run_check(check: m.Check, ctx: Context) -> Explanation:
    """Evaluate one check; ``met`` says whether it passed, the rest explains why."""
    if isinstance(check, (m.DeadlineDone, m.EveryRecord)):
        return _deadline_done(check, ctx)
    if isinstance(check, (m.MonthlyMin, m.MonthlyAverage)):
        return _monthly(check, ctx)
    if isinstance(check, m.PercentCheck):
        return _percent(check, ctx)
    return _all_of(check, ctx)
