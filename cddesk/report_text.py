"""A scoring result as plain Thai lines (``python main.py score``, logs): the total, every
domain and criterion with its points, why, and what is still missing; then the deadlines."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from cddesk.thaidate import format_date
from scoring import RubricResult
from scoring.results import json_number


def points(value: Fraction | int) -> str:
    return f"{json_number(value):g}" if isinstance(json_number(value), float) else str(json_number(value))


def result_lines(result: RubricResult) -> Iterator[str]:
    yield f"{result.title}"
    yield (f"เกณฑ์ {result.rubric_id} รุ่น {result.version} · ช่วงประเมิน {format_date(result.period_start)} – "
           f"{format_date(result.period_end)} · ประเมิน ณ {format_date(result.evaluated_at)}")
    yield f"คะแนนรวม {points(result.points)} จาก {points(result.max_points)}"
    for domain in result.domains:
        yield ""
        yield f"{domain.id} {domain.title}: {points(domain.points)}/{points(domain.max_points)}"
        for c in domain.criteria:
            level = f" ระดับ {c.level}" if c.level else ""
            status = " (ยังประเมินไม่ได้)" if c.status == "not_assessed" else ""
            yield f"  {c.id} {c.title}: {points(c.points)}/{points(c.max_points)}{level}{status}"
            if c.explanation.summary:
                yield f"      {c.explanation.summary}"
            for line in c.explanation.missing:
                yield f"      ยังขาด: {line}"
            for line in c.explanation.all_warnings():
                yield f"      คำเตือน: {line}"
    if result.upcoming_deadlines:
        yield ""
        yield "กำหนดส่งถัดไป:"
        for when, title in result.upcoming_deadlines:
            yield f"  {format_date(when)} {title}"
    yield ""
