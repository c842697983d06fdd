"""Building :class:`~scoring.model.Rubric` objects from parsed TOML, with line-named errors.

Every evaluator kind's parameters are read and checked here; unknown keys are reported, and
points are checked to add up (criterion maximum = top of its table, domain = sum of its
criteria, ``total_points`` = sum of the domains). See :mod:`scoring.schema` for the layout.
"""

from __future__ import annotations

import dataclasses

import datetime as dt
from fractions import Fraction

from scoring import model as m
from scoring.schema_read import Reader, Table


def _fmt(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


class _Builder:
    def __init__(self, reader: Reader, fiscal_year: int, start: dt.date, end: dt.date) -> None:
        self.reader = reader
        self.fiscal_year = fiscal_year
        self.start = start
        self.end = end

    # --- record filters and checks --------------------------------------------------

    def record_filter(self, t: Table, monthly: bool = False) -> m.RecordFilter | None:
        source = t.text("source")
        where = t.text_map("where")
        min_values = t.int_map("min_values")
        office_only = t.flag("office_only", False)
        require_evidence = t.flag("require_evidence", True)
        open_start = t.flag("open_start", False)
        start = t.date("from")
        deadline = t.date("deadline")
        deadline_fact = t.text("deadline_fact") if t.has("deadline_fact") else None
        measure = t.choice("measure", ("count", "quantity"), default="count")
        action = t.text("action", default="ดำเนินการ")
        unit = t.text("unit", default="ครั้ง")
        if open_start and (start is not None or monthly):
            t.problem("open_start", "open_start ใช้ร่วมกับ from หรือเงื่อนไขรายเดือนไม่ได้")
            return None
        first = None if open_start else (start or self.start)
        last = deadline or self.end
        if first is not None and first > last:
            t.problem("from", "from ต้องไม่หลัง deadline (หรือวันสิ้นสุดช่วงประเมิน)")
            return None
        if (source is None or where is None or min_values is None or measure is None
                or action is None or unit is None):
            return None
        return m.RecordFilter(
            source=source, where=where, min_values=min_values, office_only=office_only,
            require_evidence=require_evidence, start=first, deadline=last,
            deadline_is_explicit=deadline is not None, deadline_fact=deadline_fact,
            measure="quantity" if measure == "quantity" else "count", action=action, unit=unit)

    def info(self, t: Table, need_key: bool, need_title: bool) -> m.CheckInfo | None:
        key = t.text("key") if need_key else t.text("key", default="")
        title = t.text("title") if need_title else t.text("title", default="")
        on_time = t.flag("report_on_time", False)
        advisory = t.optional_integer("advisory_total_min", minimum=1)
        advisory_text = t.text("advisory_text", default="")
        if key is None or title is None or advisory_text is None:
            return None
        return m.CheckInfo(key=key, title=title, line=t.line, report_on_time=on_time,
                           advisory_total_min=advisory, advisory_text=advisory_text)

    def percent_source(self, t: Table) -> m.PercentSource | None:
        f = self.record_filter(t)
        numerator = t.choice("numerator", ("count", "sum", "latest"), default="count")
        number = t.text("denominator_number") if t.has("denominator_number") else None
        title = t.text("denominator_title", default=number or "รายการสำหรับคิดร้อยละ")
        if f is None or numerator is None or title is None:
            return None
        kinds: dict[str, m.Numerator] = {"count": "count", "sum": "sum", "latest": "latest"}
        return m.PercentSource(filter=f, numerator=kinds[numerator], denominator_number=number,
                               denominator_title=title)

    def check(self, t: Table, need_key: bool = False, need_title: bool = False) -> m.Check | None:
        kind = t.choice("type", m.CHECK_KINDS)
        if kind is None:
            t.used.update(t.data)
            return None
        info = self.info(t, need_key, need_title)
        result: m.Check | None = None
        if kind == "all_of":
            parts = [self.check(sub) for sub in t.tables("all_of", t.where + "เงื่อนไขย่อย {n} ")]
            if info is not None and parts and all(p is not None for p in parts):
                result = m.AllOf(info, tuple(p for p in parts if p is not None))
        elif kind == "percent_threshold":
            source = self.percent_source(t)
            percent = t.integer("percent")
            if info and source and percent is not None:
                result = m.PercentCheck(info, source, percent)
        elif kind == "monthly_min_every_month":
            result = self.monthly_min(t, info)
        elif kind == "monthly_average":
            f = self.record_filter(t, monthly=True)
            average = t.number("min_average")
            if info and f and average is not None:
                result = m.MonthlyAverage(info, f, average)
        else:
            f = self.record_filter(t)
            count = t.integer("min_count", default=1, minimum=1)
            if info and f and count is not None:
                cls = m.DeadlineDone if kind == "deadline_done" else m.EveryRecord
                result = cls(info, f, count)
        t.finish()
        return result

    def monthly_min(self, t: Table, info: m.CheckInfo | None) -> m.Check | None:
        f = self.record_filter(t, monthly=True)
        minimum = t.integer("min", default=1)
        percent = t.optional_integer("min_percent", minimum=1)
        percent_of = t.text("percent_of") if percent is not None else None
        percent_title = t.text("percent_of_title", default=percent_of or "")
        table = t.int_map("min_table")
        table_text = t.text("min_table_text") if table else None
        if (info is None or f is None or minimum is None or table is None
                or percent_title is None or (percent is not None and percent_of is None)
                or (table and table_text is None)):
            return None
        return m.MonthlyMin(info, f, min=minimum, min_percent=percent, percent_of=percent_of,
                            percent_of_title=percent_title,
                            min_table=table,
                            min_table_text=table_text)

    # --- scorers --------------------------------------------------------------------

    def ladder(self, t: Table, key: str, max_points: Fraction | None,
               ) -> tuple[tuple[int, Fraction], ...] | None:
        rows = t.rows(key, 2)
        if rows is None:
            return None
        if any(r[0].denominator != 1 for r in rows):
            t.problem(key, f"ค่าเกณฑ์ (ตัวแรกของแต่ละแถว) ใน {key} ต้องเป็นจำนวนเต็ม")
            return None
        if any(a[0] >= b[0] or a[1] > b[1] for a, b in zip(rows, rows[1:])):
            t.problem(key, f"แถวของ {key} ต้องเรียงจากเกณฑ์น้อยไปมาก และคะแนนไม่ลดลง")
            return None
        self.max_matches(t, max_points, max(r[1] for r in rows), key)
        return tuple((int(r[0]), r[1]) for r in rows)

    def max_matches(self, t: Table, max_points: Fraction | None, top: Fraction, key: str) -> None:
        if max_points is not None and top != max_points:
            t.problem(key, f"คะแนนสูงสุดใน {key} ({_fmt(top)}) ไม่ตรงกับ max_points "
                           f"({_fmt(max_points)})")

    def scorer(self, t: Table, kind: str, max_points: Fraction | None) -> m.Scorer | None:
        if kind == "count_ladder":
            f = self.record_filter(t)
            ladder = self.ladder(t, "ladder", max_points)
            levels = t.string_list("levels", required=False)
            if levels and ladder and len(levels) != len(ladder):
                t.problem("levels", "levels ต้องมีจำนวนเท่ากับแถวของ ladder")
                return None
            if f and ladder and levels is not None:
                return m.CountLadder(f, ladder, tuple(levels))
        elif kind == "distinct_and_count_table":
            return self.distinct_table(t, max_points)
        elif kind == "percent_threshold":
            source = self.percent_source(t)
            thresholds = self.ladder(t, "thresholds", max_points)
            missing = t.choice("when_missing", ("not_assessed", "lowest_row"),
                               default="not_assessed")
            if source and thresholds and missing:
                return m.PercentLadder(source, thresholds, missing == "not_assessed")
        elif kind == "items_done_table":
            items = [self.check(s, True, True) for s in t.tables("items", t.where + "ข้อ {n} ")]
            table = self.ladder(t, "table", max_points)
            if table and table[-1][0] > len(items):
                t.problem("table", "table ต้องการจำนวนข้อมากกว่าที่มีใน items")
            elif table and items and all(i is not None for i in items):
                self.unique_keys(t, [i.info.key for i in items if i is not None])
                return m.ItemsDoneTable(tuple(i for i in items if i is not None), table)
        elif kind == "cumulative_ladder":
            return self.cumulative(t, max_points)
        elif kind == "checklist_share":
            return self.checklist(t)
        elif kind == "grade_items":
            return self.grade_items(t, max_points)
        elif kind == "manual_score":
            number = t.text("number")
            title = t.text("number_title", default=number or "")
            if number and title:
                return m.ManualScore(number, title)
        return None

    def unique_keys(self, t: Table, keys: list[str]) -> None:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                t.problem(None, f"key = \"{key}\" ซ้ำกัน")
            seen.add(key)

    def distinct_table(self, t: Table, max_points: Fraction | None) -> m.Scorer | None:
        f = self.record_filter(t)
        tag = t.text("distinct_tag")
        values = t.text_map("distinct_values")
        label = t.text("distinct_label", default="รูปแบบ")
        rows = t.rows("table", 3)
        if values is not None and not all(len(v) == 1 for v in values.values()):
            t.problem("distinct_values", "distinct_values ต้องเป็นตารางค่า → ชื่อ (ข้อความเดียว)")
            return None
        if not values:
            t.problem(None, "ต้องมี distinct_values เป็นตาราง เช่น { F1 = \"…\" }")
            return None
        if rows is None or f is None or tag is None or label is None:
            return None
        if any(r[0].denominator != 1 or r[1].denominator != 1 for r in rows):
            t.problem("table", "สองค่าแรกของแต่ละแถวใน table ต้องเป็นจำนวนเต็ม")
            return None
        if any(r[0] > len(values) for r in rows):
            t.problem("table", "table ต้องการจำนวนรูปแบบมากกว่าที่มีใน distinct_values")
            return None
        self.max_matches(t, max_points, max(r[2] for r in rows), "table")
        return m.DistinctCountTable(
            f, tag, {k: next(iter(v)) for k, v in values.items()}, label,
            tuple((int(r[0]), int(r[1]), r[2]) for r in rows))

    def cumulative(self, t: Table, max_points: Fraction | None) -> m.Scorer | None:
        steps: list[m.Step] = []
        ok = True
        for sub in t.tables("steps", t.where + "ขั้นที่ {n} "):
            points = sub.number("points")
            check = self.check(sub, need_title=True)
            if points is None or check is None:
                ok = False
            else:
                steps.append(m.Step(points, check))
        if not ok or not steps:
            return None
        if any(a.points >= b.points for a, b in zip(steps, steps[1:])):
            t.problem("steps", "points ของแต่ละขั้นต้องเพิ่มขึ้นตามลำดับ")
            return None
        self.max_matches(t, max_points, steps[-1].points, "steps")
        return m.CumulativeLadder(tuple(steps))

    def checklist(self, t: Table) -> m.Scorer | None:
        f = self.record_filter(t)
        tag = t.text("tag", default="item")
        items: list[m.ChecklistItem] = []
        for sub in t.tables("items", t.where + "ข้อ {n} "):
            key, title = sub.text("key"), sub.text("title")
            sub.finish()
            if key and title:
                items.append(m.ChecklistItem(key, title))
        if f is None or tag is None or not items:
            return None
        self.unique_keys(t, [i.key for i in items])
        if tag not in f.where:  # ticks of other criteria's items are not this criterion's business
            f = dataclasses.replace(f, where={**f.where, tag: frozenset(i.key for i in items)})
        return m.ChecklistShare(f, tag, tuple(items))

    def grade_items(self, t: Table, max_points: Fraction | None) -> m.Scorer | None:
        grades = t.string_list("grades")
        points = t.int_map("grade_points")
        fallback = t.text("fallback_grade")
        fallback_min = t.text("fallback_min_grade")
        per_item = t.number("points_per_item")
        cap = t.number("fallback_cap")
        items: list[m.GradeItem] = []
        for sub in t.tables("items", t.where + "ข้อ {n} "):
            key, title = sub.text("key"), sub.text("title")
            levels: list[m.GradeLevel] = []
            for level in sub.tables("levels", sub.where + "ระดับที่ {n} "):
                names = level.string_list("grades")
                check = self.check(level)
                if names and grades and not set(names) <= set(grades):
                    level.problem("grades", "grades ต้องเป็นระดับที่ประกาศไว้ใน grades ของเกณฑ์")
                elif names and check:
                    levels.append(m.GradeLevel(tuple(names), check))
            sub.finish()
            if key and title and levels:
                items.append(m.GradeItem(key, title, tuple(levels)))
        if not (grades and points and fallback and fallback_min and per_item is not None
                and cap is not None and items):
            return None
        named = set(points) | {fallback, fallback_min}
        if not named <= set(grades):
            t.problem("grade_points", "grade_points และ fallback ต้องใช้ระดับที่มีใน grades")
            return None
        self.max_matches(t, max_points, Fraction(max(points.values())), "grade_points")
        return m.GradeItems(tuple(items), tuple(grades),
                            {k: Fraction(v) for k, v in points.items()},
                            fallback, fallback_min, per_item, cap)

    # --- the whole file -------------------------------------------------------------

    def criterion(self, t: Table) -> m.Criterion | None:
        cid = t.text("id")
        if cid:
            t.where = f"เกณฑ์ {cid} "
        title = t.text("title")
        max_points = t.number("max_points")
        kind = t.choice("type", m.SCORER_KINDS)
        if kind is None:
            t.used.update(t.data)
            return None
        scorer = self.scorer(t, kind, max_points)
        t.finish()
        if cid and title and max_points is not None and scorer is not None:
            return m.Criterion(cid, title, max_points, kind, scorer, t.line)
        return None

    def deadline(self, t: Table) -> m.Deadline | None:
        title = t.text("title")
        date = t.date("date")
        day = t.optional_integer("day_of_month")
        start, end = t.date("from"), t.date("to")
        t.finish()
        if (date is None) == (day is None):
            t.problem(None, "ต้องมี date หรือ day_of_month (อย่างใดอย่างหนึ่ง)")
            return None
        if day is not None and (day > 31 or start is None or end is None):
            t.problem("day_of_month", "day_of_month (0 = วันสุดท้ายของเดือน) ต้องไม่เกิน 31 "
                                      "และต้องมี from และ to")
            return None
        return m.Deadline(title, date, day, start, end) if title else None


def build_rubric(reader: Reader, data: dict[str, object], name: str) -> m.Rubric | None:
    """The rubric described by ``data``; errors go to ``reader`` (None when any)."""
    top = Table(reader, data, (), "")
    schema = top.integer("schema")
    if schema is not None and schema != 1:
        top.problem("schema", "schema ต้องเป็น 1 (รูปแบบไฟล์ที่โปรแกรมนี้อ่านได้)")
    rid, title, version = top.text("id"), top.text("title"), top.text("version")
    fiscal_year = top.integer("fiscal_year")
    if fiscal_year is not None and not 2400 < fiscal_year < 2800:
        top.problem("fiscal_year", "fiscal_year ต้องเป็นปี พ.ศ. เช่น 2568")
        fiscal_year = None
    total = top.number("total_points") if top.has("total_points") else None
    period = top.table("period", "ส่วน period ")
    start = end = None
    period_title = ""
    if period is not None:
        start, end = period.date("start", True), period.date("end", True)
        period_title = period.text("title", default="") or ""
        period.finish()
        if start and end and start > end:
            period.problem("end", "end ต้องไม่ก่อน start")
            start = None
    if fiscal_year is None or start is None or end is None:
        top.used.update(top.data)
        return None
    builder = _Builder(reader, fiscal_year, start, end)
    deadlines = [builder.deadline(d) for d in top.tables("deadlines", "กำหนดส่งที่ {n} ", False)]
    domains: list[m.Domain] = []
    criterion_ids: list[str] = []
    for dt_ in top.tables("domains", "ด้านที่ {n} "):
        did = dt_.text("id")
        if did:
            dt_.where = f"ด้าน {did} "
        dtitle, dmax = dt_.text("title"), dt_.number("max_points")
        where = dt_.where + "เกณฑ์ที่ {n} "
        criteria = [builder.criterion(c) for c in dt_.tables("criteria", where)]
        dt_.finish()
        good = [c for c in criteria if c is not None]
        criterion_ids += [c.id for c in good]
        if dmax is not None and len(good) == len(criteria):
            total_criteria = sum((c.max_points for c in good), Fraction(0))
            if total_criteria != dmax:
                dt_.problem("max_points", f"max_points ({_fmt(dmax)}) ไม่เท่ากับผลรวมของเกณฑ์ "
                                          f"({_fmt(total_criteria)})")
        if did and dtitle and dmax is not None:
            domains.append(m.Domain(did, dtitle, dmax, tuple(good)))
    builder.unique_keys(top, criterion_ids)
    builder.unique_keys(top, [d.id for d in domains])
    top.finish()
    if total is not None and domains and sum((d.max_points for d in domains), Fraction(0)) != total:
        top.problem("total_points", "total_points ไม่เท่ากับผลรวมของทุกด้าน")
    if reader.errors or not (rid and title and version):
        return None
    return m.Rubric(rid, title, fiscal_year, version, start, end, tuple(domains),
                    tuple(d for d in deadlines if d is not None), period_title, name)
