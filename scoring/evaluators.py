"""Scorer kinds: how a criterion turns facts (and checks) into points, with explanations.

One function per kind listed in :mod:`scoring.model`; each returns an :class:`Outcome`. The
"missing" lines say, in plain Thai, what would lift the criterion to its next level.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import ceil

from scoring import model as m
from scoring.checks import (
    Context, Selection, amount, deadline_of, evidence_hint, percent_parts, percent_text, run_check,
    select)
from scoring.groups import weight
from scoring.results import Explanation, NotCounted
from scoring.thai import format_date, format_number, joinable

ZERO = Fraction(0)


def pts(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}"


@dataclass
class Outcome:
    points: Fraction
    explanation: Explanation
    level: str | None = None
    status: str = "assessed"


def _with_selection(sel: Selection) -> Explanation:
    return Explanation(counted=list(sel.counted), not_counted=list(sel.rejected))


def count_ladder(s: m.CountLadder, ctx: Context) -> Outcome:
    f = s.filter
    sel = select(f, ctx)
    value = amount(f, sel.counted)
    ex = _with_selection(sel)
    points, level = ZERO, None
    for i, (at_least, row_points) in enumerate(s.ladder):
        if value >= at_least:
            points = row_points
            level = s.levels[i] if s.levels else None
    ex.met = points > 0
    ex.summary = f"นับได้ {format_number(value)} {f.unit}"
    for at_least, row_points in s.ladder:
        if row_points > points:
            gap = format_number(at_least - value)
            ex.missing.append(f"ต้อง{joinable(f.action)}อีก {gap} {f.unit} "
                              f"จึงจะได้ {pts(row_points)} คะแนน")
            ex.missing += evidence_hint(sel)
            break
    return Outcome(points, ex, level)


def distinct_and_count_table(s: m.DistinctCountTable, ctx: Context) -> Outcome:
    f = s.filter
    sel = select(f, ctx)
    known = set(s.distinct_values)
    kept = []
    for r in sel.counted:
        if r.tag_values(s.distinct_tag) & known:
            kept.append(r)
        else:
            sel.rejected.append(NotCounted(
                r, "unknown_value", f"ไม่ได้ระบุ{s.distinct_label}ที่กำหนด "
                f"({', '.join(s.distinct_values)})"))
    sel.counted = kept
    used = set().union(*(r.tag_values(s.distinct_tag) & known for r in kept)) if kept else set()
    count = weight(kept)
    ex = _with_selection(sel)
    points = ZERO
    for distinct, at_least, row_points in s.table:
        if len(used) >= distinct and count >= at_least:
            points = max(points, row_points)
    ex.met = points > 0
    names = [f"{k} {v}" for k, v in s.distinct_values.items() if k in used]
    ex.summary = (f"ใช้ {len(used)} {s.distinct_label}"
                  + (f" ({', '.join(names)})" if names else "") + f", กิจกรรม {count} {f.unit}")
    for distinct, at_least, row_points in s.table:
        if row_points > points:
            needs = []
            if distinct > len(used):
                absent = [f"{k} {v}" for k, v in s.distinct_values.items() if k not in used]
                needs.append(f"เพิ่ม{s.distinct_label}อีก {distinct - len(used)} "
                             f"{s.distinct_label} (ยังไม่มี: {', '.join(absent)})")
            if at_least > count:
                needs.append(f"{joinable(f.action)}อีก {at_least - count} {f.unit}")
            ex.missing.append("ต้อง" + " และ".join(needs) + f" จึงจะได้ {pts(row_points)} คะแนน")
            ex.missing += evidence_hint(sel)
            break
    return Outcome(points, ex)


def percent_threshold(s: m.PercentLadder, ctx: Context) -> Outcome:
    f = s.source.filter
    pp = percent_parts(s.source, ctx)
    ex = _with_selection(pp.selection)
    if not pp.whole:
        if s.not_assessed_without_denominator:
            ex.summary = "ยังไม่ประเมิน"
            ex.warnings.append(f"ยังไม่ได้บันทึก{s.source.denominator_title} "
                               "จึงยังไม่ประเมินเกณฑ์นี้ (0 คะแนน)")
            ex.missing.append(f"บันทึก{s.source.denominator_title}")
            return Outcome(ZERO, ex, status="not_assessed")
        lowest = [p for t, p in s.thresholds if t == 0]
        ex.summary = f"ไม่มี{s.source.denominator_title}: ใช้คะแนนแถวแรก"
        return Outcome(lowest[-1] if lowest else ZERO, ex)
    points = ZERO
    for percent, row_points in s.thresholds:
        if pp.part * 100 >= percent * pp.whole:
            points = row_points
    ex.met = points > 0
    ex.summary = percent_text(pp.part, pp.whole)
    if s.source.numerator == "latest" and pp.latest is None:
        ex.notes.append("ยังไม่มีข้อมูลผลการดำเนินงานที่นับได้")
    deadline = deadline_of(f, ctx)
    for percent, row_points in s.thresholds:
        if row_points > points:
            need = ceil(Fraction(percent * pp.whole, 100)) - pp.part
            late = (f" — แต่เลยวันที่ {format_date(deadline)} แล้ว ผลจะไม่เปลี่ยน"
                    if ctx.at > deadline else "")
            ex.missing.append(f"ต้อง{joinable(f.action)}เพิ่มอีก {format_number(need)} {f.unit} "
                              f"(ให้ถึงร้อยละ {percent}) จึงจะได้ {pts(row_points)} คะแนน{late}")
            ex.missing += evidence_hint(pp.selection)
            break
    return Outcome(points, ex)


def _first_missing(part: Explanation) -> str:
    detail = "; ".join(part.missing[:3]) if part.missing else part.summary
    return f"{part.title}: {detail}" if part.title else detail


def items_done_table(s: m.ItemsDoneTable, ctx: Context) -> Outcome:
    ex = Explanation(parts=[run_check(c, ctx) for c in s.items])
    done = sum(1 for p in ex.parts if p.met)
    points = ZERO
    for at_least, row_points in s.table:
        if done >= at_least:
            points = row_points
    ex.met = points > 0
    ex.summary = f"ครบ {done} จาก {len(s.items)} ข้อ"
    for at_least, row_points in s.table:
        if row_points > points:
            ex.missing.append(f"ต้องทำให้ครบอีก {at_least - done} ข้อ "
                              f"จึงจะได้ {pts(row_points)} คะแนน")
            ex.missing += [_first_missing(p) for p in ex.parts if not p.met]
            break
    return Outcome(points, ex)


def cumulative_ladder(s: m.CumulativeLadder, ctx: Context) -> Outcome:
    ex = Explanation(parts=[run_check(step.check, ctx) for step in s.steps])
    points, reached = ZERO, 0
    for step, part in zip(s.steps, ex.parts):
        if not part.met:
            break
        points, reached = step.points, reached + 1
    ex.met = points > 0
    ex.summary = f"ผ่านต่อเนื่อง {reached} จาก {len(s.steps)} ขั้น"
    for i, part in enumerate(ex.parts[reached + 1:], start=reached + 2):
        if part.met:
            ex.notes.append(f"ขั้นที่ {i} ผ่านแล้ว แต่จะนับเมื่อขั้นก่อนหน้าครบ")
    if reached < len(s.steps):
        step, part = s.steps[reached], ex.parts[reached]
        ex.missing.append(f"ขั้นที่ {reached + 1} จึงจะได้ {pts(step.points)} คะแนน — "
                          + _first_missing(part))
    return Outcome(points, ex)


def checklist_share(s: m.ChecklistShare, max_points: Fraction, ctx: Context) -> Outcome:
    sel = select(s.filter, ctx)
    ex = _with_selection(sel)
    present = set().union(*(r.tag_values(s.tag) for r in sel.counted)) if sel.counted else set()
    done = [i for i in s.items if i.key in present]
    share = max_points / len(s.items)
    points = share * len(done)
    ex.met = bool(done)
    ex.summary = f"มี {len(done)} จาก {len(s.items)} รายการ (รายการละ {pts(share)} คะแนน)"
    for item in s.items:
        if item.key not in present:
            ex.missing.append(f"ยังไม่มี: {item.title} (+{pts(share)} คะแนน)")
    if ex.missing:
        ex.missing += evidence_hint(sel)
    return Outcome(points, ex)


def grade_items(s: m.GradeItems, ctx: Context) -> Outcome:
    rank = {g: i for i, g in enumerate(s.grades)}
    worst = len(s.grades)
    ex = Explanation()
    item_rank: list[int] = []
    level_parts: list[list[tuple[m.GradeLevel, Explanation]]] = []
    for item in s.items:
        levels = []
        for level in item.levels:
            part = run_check(level.check, ctx)
            part.title = part.title or "ระดับ " + "/".join(level.grades)
            levels.append((level, part))
        best = min((rank[g] for lv, p in levels if p.met for g in lv.grades), default=worst)
        item_rank.append(best)
        level_parts.append(levels)
        grade = s.grades[best] if best < worst else f"ต่ำกว่า {s.grades[-1]}"
        ex.parts.append(Explanation(key=item.key, title=f"ข้อ {item.key} {item.title}",
                                    type="grade_item", met=best < worst,
                                    summary=f"ระดับ {grade}", parts=[p for _, p in levels]))
    grade, points = s.fallback_grade, ZERO
    for g in s.grades:
        if g in s.grade_points and all(r <= rank[g] for r in item_rank):
            grade, points = g, s.grade_points[g]
            break
    else:
        good = sum(1 for r in item_rank if r <= rank[s.fallback_min_grade])
        points = min(s.fallback_cap, s.points_per_item * good)
    ex.met = points > 0
    ex.summary = f"ระดับ {grade} ({pts(points)} คะแนน)"
    better = [g for g in s.grades if g in s.grade_points and s.grade_points[g] > points]
    if better:
        target = better[-1]
        ex.missing.append(f"ทุกข้อต้องถึงระดับ {target} "
                          f"จึงจะได้ {pts(s.grade_points[target])} คะแนน")
        for item, r, levels in zip(s.items, item_rank, level_parts):
            if r > rank[target]:
                need = [p for lv, p in levels if target in lv.grades]
                detail = "; ".join(need[0].missing[:3]) if need and need[0].missing else ""
                ex.missing.append(f"ข้อ {item.key} {item.title}: {detail or 'ยังไม่ถึงระดับ'}")
    return Outcome(points, ex, level=grade)


def manual_score(s: m.ManualScore, max_points: Fraction, ctx: Context) -> Outcome:
    value = ctx.facts.numbers.get(s.number)
    ex = Explanation()
    if value is None:
        ex.summary = "ยังไม่ได้ให้คะแนน"
        ex.warnings.append(f"ยังไม่ได้บันทึก{s.number_title} (0 คะแนน)")
        ex.missing.append(f"บันทึก{s.number_title} (0–{pts(max_points)} คะแนน)")
        return Outcome(ZERO, ex, status="not_assessed")
    points = min(max(Fraction(value), ZERO), max_points)
    if points != value:
        ex.warnings.append(f"{s.number_title} {value} อยู่นอกช่วง 0–{pts(max_points)} "
                           f"ใช้ {pts(points)}")
    ex.met = points > 0
    ex.summary = f"{s.number_title}: {pts(points)} จาก {pts(max_points)} คะแนน"
    return Outcome(points, ex)


def score(criterion: m.Criterion, ctx: Context) -> Outcome:
    """Points and explanation of one criterion (never below 0 or above its maximum)."""
    s = criterion.scorer
    if isinstance(s, m.CountLadder):
        out = count_ladder(s, ctx)
    elif isinstance(s, m.DistinctCountTable):
        out = distinct_and_count_table(s, ctx)
    elif isinstance(s, m.PercentLadder):
        out = percent_threshold(s, ctx)
    elif isinstance(s, m.ItemsDoneTable):
        out = items_done_table(s, ctx)
    elif isinstance(s, m.CumulativeLadder):
        out = cumulative_ladder(s, ctx)
    elif isinstance(s, m.ChecklistShare):
        out = checklist_share(s, criterion.max_points, ctx)
    elif isinstance(s, m.GradeItems):
        out = grade_items(s, ctx)
    else:
        out = manual_score(s, criterion.max_points, ctx)
    out.points = min(max(out.points, ZERO), criterion.max_points)
    out.explanation.key, out.explanation.title = criterion.id, criterion.title
    out.explanation.type = criterion.type
    return out
