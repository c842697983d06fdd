"""Scoring results and their stable JSON form.

:meth:`RubricResult.to_json_dict` returns plain ``dict``/``list``/``str``/number/``bool``/
``None`` values whose keys always appear, in this order (new keys are only ever appended)::

    {
      "format": 1,                          # version of this JSON layout
      "rubric": {"id", "title", "fiscal_year", "version"},
      "evaluated_at": "2025-05-15",         # ISO dates (C.E.) everywhere in JSON
      "period": {"start", "end"},
      "points", "max_points",               # the whole rubric
      "warnings": [str],                    # "เกณฑ์ 2.1: …" collected from every criterion
      "domains": [{
        "id", "title", "points", "max_points",
        "criteria": [{
          "id", "title",
          "type",                           # scorer kind, e.g. "count_ladder"
          "status",                         # "assessed" | "not_assessed"
          "points", "max_points",
          "level",                          # "A", "ระดับ 3" … or null
          "summary",                        # one Thai line
          "counted": [record],              # records that counted
          "not_counted": [record + {"reason_code", "reason"}],
          "missing": [str],                 # what is still missing for the next level
          "notes": [str], "warnings": [str],
          "months": [month],                # per-month figures, when the rule is monthly
          "parts": [part]                   # items / steps / levels / sub-conditions
        }]
      }],
      "upcoming_deadlines": [{"date", "title"}]
    }

    record = {"ref", "title", "date" (ISO or null), "quantity"}
    month  = {"month": "2025-05", "label": "พ.ค. ๒๕๖๘", "value", "required" (or null), "met"}
    part   = {"key", "title", "type", "met" (true/false), "summary", "counted", "not_counted",
              "missing", "notes", "warnings", "months", "parts"}

Points are exact fractions inside the engine; JSON gives an integer when the value is whole
and otherwise a float rounded to 2 decimals (the website self-check gives thirds).
``reason_code`` is one of: ``no_date``, ``after_evaluation_date``, ``outside_period``,
``after_deadline``, ``not_by_office``, ``no_evidence``, ``incomplete``, ``too_few_values``,
``unknown_value``, ``month_not_ended``, ``month_below_bar``, ``superseded``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from fractions import Fraction

from scoring.facts import Record
from scoring.groups import expand, in_source_order, listed, members, named
from scoring.thai import month_label

JSON_FORMAT = 1
JsonValue = object


def json_number(value: Fraction | int) -> int | float:
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else round(float(value), 2)


@dataclass(frozen=True, slots=True)
class NotCounted:
    record: Record
    reason_code: str
    reason: str


@dataclass(frozen=True)
class MonthResult:
    year: int
    month: int
    value: int
    required: int | None
    met: bool

    def to_json_dict(self) -> dict[str, JsonValue]:
        return {"month": f"{self.year:04d}-{self.month:02d}",
                "label": month_label(self.year, self.month), "value": self.value,
                "required": self.required, "met": self.met}


def _record_json(record: Record) -> dict[str, JsonValue]:
    return {"ref": record.ref, "title": record.title,
            "date": record.date.isoformat() if record.date else None,
            "quantity": record.quantity}


def _expanded_not(found: list[NotCounted]) -> list[NotCounted]:
    return in_source_order([NotCounted(m, n.reason_code, n.reason) if n.record.names is not None else n
                            for n in found for m in members(n.record)], lambda n: n.record)


@dataclass(init=False, eq=False)
class Explanation:
    """Why a criterion or a check came out as it did.

    The engine keeps the records as it judged them in ``selected`` and ``rejected`` (a
    record there may stand for a group, see :class:`scoring.facts.Record`); ``counted`` and
    ``not_counted`` list every record, each group's members (made when
    first read, then kept) — in the order of their source when every record has a place in it
    (:func:`scoring.groups.group`). Setting ``counted``/``not_counted`` sets what was judged."""

    key: str
    title: str
    type: str
    met: bool
    summary: str
    selected: list[Record]
    rejected: list[NotCounted]
    missing: list[str]
    notes: list[str]
    warnings: list[str]
    months: list[MonthResult]
    parts: list[Explanation]

    def __init__(self, key: str = "", title: str = "", type: str = "", met: bool = False, summary: str = "",
                 counted: list[Record] | None = None, not_counted: list[NotCounted] | None = None,
                 missing: list[str] | None = None, notes: list[str] | None = None,
                 warnings: list[str] | None = None, months: list[MonthResult] | None = None,
                 parts: list[Explanation] | None = None) -> None:
        self.key, self.title, self.type, self.met, self.summary = key, title, type, met, summary
        self.selected = [] if counted is None else counted
        self.rejected = [] if not_counted is None else not_counted
        self.missing = [] if missing is None else missing
        self.notes = [] if notes is None else notes
        self.warnings = [] if warnings is None else warnings
        self.months = [] if months is None else months
        self.parts = [] if parts is None else parts
        self._lists: dict[str, tuple[list[Any], int, list[Any]]] = {}

    def _listed(self, name: str, raw: list[Any], listing: Callable[[list[Any]], list[Any]]) -> list[Any]:
        kept = self._lists.get(name)
        if kept is not None and kept[0] is raw and kept[1] == len(raw):
            return kept[2]
        found = listing(raw)
        self._lists[name] = (raw, len(raw), found)
        return found

    @property
    def counted(self) -> list[Record]:
        """Every record that counted (each group's members)."""
        return self._listed("counted", self.selected, expand)

    @counted.setter
    def counted(self, value: list[Record]) -> None:
        self.selected = value

    @property
    def not_counted(self) -> list[NotCounted]:
        """Every relevant record that did not count, with its reason (each group's members)."""
        return self._listed("not_counted", self.rejected, _expanded_not)

    @not_counted.setter
    def not_counted(self, value: list[NotCounted]) -> None:
        self.rejected = value

    def _compared(self) -> tuple[object, ...]:
        return (self.key, self.title, self.type, self.met, self.summary, self.counted, self.not_counted,
                self.missing, self.notes, self.warnings, self.months, self.parts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Explanation):
            return NotImplemented
        return self._compared() == other._compared()

    __hash__ = None  # type: ignore[assignment]

    def all_warnings(self) -> list[str]:
        found = list(self.warnings)
        for part in self.parts:
            found += [w for w in part.all_warnings() if w not in found]
        return found

    def counted_names(self) -> list[tuple[str, str]]:
        """The ``(ref, title)`` of every counted record of this node and every part below it,
        without making the members of a group (a register of 100,000 computers lists in
        milliseconds)."""
        found = [(ref, title) for ref, title, _none in listed((r, None) for r in self.selected)]
        for part in self.parts:
            found += part.counted_names()
        return found

    def refs(self) -> tuple[set[str], set[str]]:
        """The refs of every record of this node and the parts below it that counted, and of
        those that did not — as sets, without order (what a count of them needs)."""
        counted: set[str] = set()
        rejected: set[str] = set()
        nodes = [self]
        while nodes:
            node = nodes.pop()
            counted.update(ref for r in node.selected for ref, _title in named(r))
            rejected.update(ref for n in node.rejected for ref, _title in named(n.record))
            nodes += node.parts
        return counted, rejected

    def not_counted_names(self) -> list[tuple[str, str, str]]:
        """The ``(ref, title, reason)`` of every record of this node and the parts below it
        that did not count, likewise."""
        found = listed((n.record, n.reason) for n in self.rejected)
        for part in self.parts:
            found += part.not_counted_names()
        return found

    def all_counted(self) -> list[Record]:
        """Counted records of this node and every part below it."""
        found = list(self.counted)
        for part in self.parts:
            found += part.all_counted()
        return found

    def _body_json(self) -> dict[str, JsonValue]:
        return {
            "summary": self.summary,
            "counted": [_record_json(r) for r in self.counted],
            "not_counted": [{**_record_json(n.record), "reason_code": n.reason_code,
                             "reason": n.reason} for n in self.not_counted],
            "missing": list(self.missing),
            "notes": list(self.notes),
            "warnings": list(self.warnings),
            "months": [m.to_json_dict() for m in self.months],
            "parts": [p.to_json_dict() for p in self.parts],
        }

    def to_json_dict(self) -> dict[str, JsonValue]:
        return {"key": self.key, "title": self.title, "type": self.type, "met": self.met,
                **self._body_json()}


@dataclass
class CriterionResult:
    id: str
    title: str
    type: str
    status: str  # assessed | not_assessed
    points: Fraction
    max_points: Fraction
    level: str | None
    explanation: Explanation

    def to_json_dict(self) -> dict[str, JsonValue]:
        body = self.explanation._body_json()
        body["warnings"] = self.explanation.all_warnings()
        return {"id": self.id, "title": self.title, "type": self.type, "status": self.status,
                "points": json_number(self.points), "max_points": json_number(self.max_points),
                "level": self.level, **body}


@dataclass
class DomainResult:
    id: str
    title: str
    max_points: Fraction
    criteria: list[CriterionResult]

    @property
    def points(self) -> Fraction:
        return sum((c.points for c in self.criteria), Fraction(0))

    def to_json_dict(self) -> dict[str, JsonValue]:
        return {"id": self.id, "title": self.title, "points": json_number(self.points),
                "max_points": json_number(self.max_points),
                "criteria": [c.to_json_dict() for c in self.criteria]}


@dataclass
class RubricResult:
    rubric_id: str
    title: str
    fiscal_year: int
    version: str
    period_start: dt.date
    period_end: dt.date
    evaluated_at: dt.date
    domains: list[DomainResult]
    upcoming_deadlines: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def points(self) -> Fraction:
        return sum((d.points for d in self.domains), Fraction(0))

    @property
    def max_points(self) -> Fraction:
        return sum((d.max_points for d in self.domains), Fraction(0))

    @property
    def criteria(self) -> list[CriterionResult]:
        return [c for d in self.domains for c in d.criteria]

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def warnings(self) -> list[str]:
        return [f"เกณฑ์ {c.id}: {w}" for c in self.criteria for w in c.explanation.all_warnings()]

    def to_json_dict(self) -> dict[str, JsonValue]:
        return {
            "format": JSON_FORMAT,
            "rubric": {"id": self.rubric_id, "title": self.title,
                       "fiscal_year": self.fiscal_year, "version": self.version},
            "evaluated_at": self.evaluated_at.isoformat(),
            "period": {"start": self.period_start.isoformat(),
                       "end": self.period_end.isoformat()},
            "points": json_number(self.points),
            "max_points": json_number(self.max_points),
            "warnings": self.warnings(),
            "domains": [d.to_json_dict() for d in self.domains],
            "upcoming_deadlines": [{"date": d.isoformat(), "title": t}
                                   for d, t in self.upcoming_deadlines],
        }
