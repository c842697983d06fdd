"""Small builders of scoring facts for the scoring tests (dates, records, rubric access)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from itertools import count
from typing import Any

from scoring import Facts, Record, Rubric, evaluate, load_shipped_rubric
from scoring import model as m
from scoring.results import CriterionResult, Explanation

D = dt.date
AFTER = D(2025, 7, 31)  # after the FY2568 period: every month of it counts
PERIOD_MONTHS = [(2025, month) for month in range(1, 7)]
_refs = count(1)


@functools.cache
def rubric(rubric_id: str = "digital40_fy2568") -> Rubric:
    return load_shipped_rubric(rubric_id)


def rec(date: dt.date | None, *, evidence: int = 1, office: bool = True, quantity: int = 1,
        missing: tuple[str, ...] = (), title: str = "", **tags: str | tuple[str, ...]) -> Record:
    ref = f"r{next(_refs)}"
    return Record(ref=ref, title=title or ref, date=date, evidence_count=evidence,
                  organiser_is_office=office, quantity=quantity, tags=tags, missing=missing)


def facts(numbers: dict[str, int] | None = None, texts: dict[str, str] | None = None,
          dates: dict[str, dt.date] | None = None, **sources: list[Record]) -> Facts:
    return Facts(records=dict(sources), numbers=numbers or {}, texts=texts or {},
                 dates=dates or {})


def score(f: Facts, criterion: str, at: dt.date = AFTER,
          rubric_id: str = "digital40_fy2568") -> CriterionResult:
    return evaluate(rubric(rubric_id), f, at).criterion(criterion)


def monthly(n: int, months: list[tuple[int, int]] = PERIOD_MONTHS, day: int = 10,
            **kw: Any) -> list[Record]:
    """``n`` records in each month."""
    return [rec(D(y, mo, day + i), **kw) for y, mo in months for i in range(n)]


def walk(ex: Explanation) -> Iterator[Explanation]:
    yield ex
    for part in ex.parts:
        yield from walk(part)


def part(result: CriterionResult, key: str) -> Explanation:
    for ex in walk(result.explanation):
        if ex.key == key or ex.title == key:
            return ex
    raise KeyError(key)


def reasons(ex: Explanation) -> dict[str, str]:
    """ref → reason_code of every record not counted in ``ex`` and below."""
    return {n.record.ref: n.reason_code for e in walk(ex) for n in e.not_counted}


def record_filters(r: Rubric) -> list[m.RecordFilter]:
    """Every record filter a rubric uses (scorers and checks, however nested)."""
    found: list[m.RecordFilter] = []

    def from_check(c: m.Check) -> None:
        if isinstance(c, m.AllOf):
            for p in c.parts:
                from_check(p)
        elif isinstance(c, m.PercentCheck):
            found.append(c.source.filter)
        else:
            found.append(c.filter)

    for domain in r.domains:
        for criterion in domain.criteria:
            s = criterion.scorer
            if isinstance(s, (m.CountLadder, m.DistinctCountTable, m.ChecklistShare)):
                found.append(s.filter)
            elif isinstance(s, m.PercentLadder):
                found.append(s.source.filter)
            elif isinstance(s, m.ItemsDoneTable):
                for c in s.items:
                    from_check(c)
            elif isinstance(s, m.CumulativeLadder):
                for step in s.steps:
                    from_check(step.check)
            elif isinstance(s, m.GradeItems):
                for item in s.items:
                    for level in item.levels:
                        from_check(level.check)
    return found
