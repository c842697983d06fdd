"""The scoring engine: ``evaluate(rubric, facts, at)`` → :class:`~scoring.results.RubricResult`.

Pure and deterministic: the same rubric, facts and date always give the same result, and
nothing is read from the clock, the disk or the application. Evaluation "at" a date sees the
facts as they stood at the end of that day: nothing dated later counts, and per-month rules
only judge months that have ended by then.
"""

from __future__ import annotations

import datetime as dt

from scoring import model as m
from scoring.checks import Context
from scoring.evaluators import score
from scoring.facts import Facts, OfficeFacts
from scoring.results import CriterionResult, DomainResult, RubricResult
from scoring.thai import last_day, months_between


def deadline_dates(rubric: m.Rubric) -> list[tuple[dt.date, str]]:
    """Every dated deadline of the rubric, monthly ones expanded, in date order."""
    found: list[tuple[dt.date, str]] = []
    for d in rubric.deadlines:
        if d.date is not None:
            found.append((d.date, d.title))
        elif d.day_of_month is not None and d.start is not None and d.end is not None:
            for year, month in months_between(d.start, d.end):
                end = last_day(year, month)
                day = end if d.day_of_month == 0 else end.replace(
                    day=min(d.day_of_month, end.day))
                if d.start <= day <= d.end:
                    found.append((day, d.title))
    return sorted(found)


def upcoming_deadlines(rubric: m.Rubric, at: dt.date, limit: int = 5) -> list[tuple[dt.date, str]]:
    """The next ``limit`` deadlines on or after ``at``."""
    return [d for d in deadline_dates(rubric) if d[0] >= at][:limit]


def evaluate(rubric: m.Rubric, facts: Facts | OfficeFacts, at: dt.date) -> RubricResult:
    """Score ``facts`` against ``rubric`` as they stood at the end of day ``at``."""
    generic = facts.to_facts() if isinstance(facts, OfficeFacts) else facts
    ctx = Context(generic, at)
    domains: list[DomainResult] = []
    for domain in rubric.domains:
        results: list[CriterionResult] = []
        for criterion in domain.criteria:
            out = score(criterion, ctx)
            results.append(CriterionResult(
                id=criterion.id, title=criterion.title, type=criterion.type, status=out.status,
                points=out.points, max_points=criterion.max_points, level=out.level,
                explanation=out.explanation))
        domains.append(DomainResult(domain.id, domain.title, domain.max_points, results))
    return RubricResult(
        rubric_id=rubric.id, title=rubric.title, fiscal_year=rubric.fiscal_year,
        version=rubric.version, period_start=rubric.period_start, period_end=rubric.period_end,
        evaluated_at=at, domains=domains, upcoming_deadlines=upcoming_deadlines(rubric, at))
