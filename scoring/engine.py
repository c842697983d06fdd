"""The scoring engine: ``evaluate(rubric, facts, at)`` → :class:`~scoring.results.RubricResult`.

Pure and deterministic: the same rubric, facts and date always give the same result, and
nothing is read from the clock, the disk or the application. Evaluation "at" a date sees the
facts as they stood at the end of that day: nothing dated later counts, and per-month rules
only judge months that have ended by then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from scoring import model as m
from scoring.checks import Context, Selections
from scoring.evaluators import score
from scoring.facts import SCALARS, Facts, OfficeFacts
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


@dataclass(frozen=True)
class KeptCriterion:
    """A criterion's result and the versions of the facts it read (see :attr:`Facts.versions`)."""

    versions: tuple[tuple[str, object], ...]
    result: CriterionResult


@dataclass
class Kept:
    """What one rubric's evaluations keep for the next (owned by the caller): criterion results
    by criterion id and date, and the selections made by the rules (:func:`scoring.checks.select`)."""

    criteria: dict[tuple[str, dt.date], KeptCriterion] = field(default_factory=dict)
    selections: Selections = field(default_factory=dict)

    def dates(self) -> list[dt.date]:
        """The evaluation dates kept, oldest first."""
        return list(dict.fromkeys([when for _c, when in self.criteria] + [when for _f, when in self.selections]))

    def forget(self, when: dt.date) -> None:
        self.criteria = {k: v for k, v in self.criteria.items() if k[1] != when}
        self.selections = {k: v for k, v in self.selections.items() if k[1] != when}


def _versions(facts: Facts, used: set[str]) -> tuple[tuple[str, object], ...] | None:
    """The versions of the sources read and of the scalars; None when one has no version."""
    names = sorted(used | {SCALARS})
    found = tuple((name, facts.versions.get(name)) for name in names)
    return None if any(version is None for _name, version in found) else found


def _still(kept: KeptCriterion, facts: Facts) -> bool:
    return all(facts.versions.get(name) == version for name, version in kept.versions)


def evaluate(rubric: m.Rubric, facts: Facts | OfficeFacts, at: dt.date, kept: Kept | None = None) -> RubricResult:
    """Score ``facts`` against ``rubric`` as they stood at the end of day ``at``.

    ``kept`` (owned by the caller, one per rubric) holds criterion results of earlier
    evaluations with the versions of the facts each read: a criterion evaluated at the same
    date on facts of the same versions is taken from it, the others are evaluated and kept."""
    generic = facts.to_facts() if isinstance(facts, OfficeFacts) else facts
    domains: list[DomainResult] = []
    for domain in rubric.domains:
        results: list[CriterionResult] = []
        for criterion in domain.criteria:
            found = kept.criteria.get((criterion.id, at)) if kept is not None else None
            if found is not None and _still(found, generic):
                results.append(found.result)
                continue
            ctx = Context(generic, at, set(), kept.selections if kept is not None else None)
            out = score(criterion, ctx)
            result = CriterionResult(
                id=criterion.id, title=criterion.title, type=criterion.type, status=out.status,
                points=out.points, max_points=criterion.max_points, level=out.level,
                explanation=out.explanation)
            results.append(result)
            versions = _versions(generic, ctx.used or set())
            if kept is not None and versions is not None:
                kept.criteria[(criterion.id, at)] = KeptCriterion(versions, result)
        domains.append(DomainResult(domain.id, domain.title, domain.max_points, results))
    return RubricResult(
        rubric_id=rubric.id, title=rubric.title, fiscal_year=rubric.fiscal_year,
        version=rubric.version, period_start=rubric.period_start, period_end=rubric.period_end,
        evaluated_at=at, domains=domains, upcoming_deadlines=upcoming_deadlines(rubric, at))
