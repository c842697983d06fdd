"""The rubric as typed objects, built from a TOML file by :mod:`scoring.schema`.

A rubric has domains; a domain has criteria; each criterion has a *scorer* kind that turns
facts into points. Several scorers are built from *checks* — pass/fail conditions such as
"done by 31 March" or "at least twice every month" — so a new rubric year combines the same
small set of kinds with new parameters instead of needing new code.

Scorer kinds (``type`` of a criterion): ``count_ladder``, ``distinct_and_count_table``,
``percent_threshold``, ``items_done_table``, ``cumulative_ladder``, ``checklist_share``,
``grade_items``, ``manual_score``.

Check kinds (``type`` of an item, step or level): ``deadline_done``,
``monthly_min_every_month``, ``monthly_average``, ``percent_threshold``, ``every_record``,
``all_of``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

Measure = Literal["count", "quantity"]
Numerator = Literal["count", "sum", "latest"]

SCORER_KINDS = (
    "count_ladder", "distinct_and_count_table", "percent_threshold", "items_done_table",
    "cumulative_ladder", "checklist_share", "grade_items", "manual_score",
)
CHECK_KINDS = (
    "deadline_done", "monthly_min_every_month", "monthly_average", "percent_threshold",
    "every_record", "all_of",
)


@dataclass(frozen=True)
class RecordFilter:
    """Which records of a source are relevant, and which of those count.

    Relevant: the record's tags match ``where`` (records of other kinds are ignored silently).
    Counted: dated within ``start`` .. ``deadline`` and not after the evaluation date, with
    evidence when ``require_evidence``, organised by the office when ``office_only``, with no
    missing data, and with at least ``min_values[tag]`` distinct values of a tag.
    """

    source: str
    where: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    min_values: Mapping[str, int] = field(default_factory=dict, hash=False)
    office_only: bool = False
    require_evidence: bool = True
    start: dt.date | None = None  # None: no lower bound
    deadline: dt.date = dt.date.max
    deadline_is_explicit: bool = False  # a late record is "after the deadline", not "outside"
    deadline_fact: str | None = None  # a date in Facts.dates that replaces the deadline
    measure: Measure = "count"
    action: str = "ดำเนินการ"
    unit: str = "ครั้ง"


@dataclass(frozen=True)
class CheckInfo:
    """What every check carries: its key and title, and optional advisory notes."""

    key: str
    title: str
    line: int
    report_on_time: bool = False
    advisory_total_min: int | None = None
    advisory_text: str = ""


@dataclass(frozen=True)
class DeadlineDone:
    info: CheckInfo
    filter: RecordFilter
    min_count: int = 1


@dataclass(frozen=True)
class MonthlyMin:
    """At least ``min`` (or ``min_percent`` % of a number, or a per-office table) every month."""

    info: CheckInfo
    filter: RecordFilter
    min: int = 1
    min_percent: int | None = None
    percent_of: str | None = None
    percent_of_title: str = ""
    min_table: Mapping[str, int] = field(default_factory=dict, hash=False)
    min_table_text: str | None = None


@dataclass(frozen=True)
class MonthlyAverage:
    info: CheckInfo
    filter: RecordFilter
    min_average: Fraction = Fraction(1)


@dataclass(frozen=True)
class PercentSource:
    """part ÷ whole: part from the counted records, whole from the records or a number."""

    filter: RecordFilter
    numerator: Numerator = "count"
    denominator_number: str | None = None  # None: every relevant record of the source
    denominator_title: str = ""


@dataclass(frozen=True)
class PercentCheck:
    info: CheckInfo
    source: PercentSource
    percent: int = 100


@dataclass(frozen=True)
class EveryRecord:
    info: CheckInfo
    filter: RecordFilter
    min_count: int = 1


@dataclass(frozen=True)
class AllOf:
    info: CheckInfo
    parts: tuple[Check, ...]


Check = DeadlineDone | MonthlyMin | MonthlyAverage | PercentCheck | EveryRecord | AllOf


@dataclass(frozen=True)
class CountLadder:
    filter: RecordFilter
    ladder: tuple[tuple[int, Fraction], ...]  # (at least, points), ascending
    levels: tuple[str, ...] = ()  # optional label per ladder row


@dataclass(frozen=True)
class DistinctCountTable:
    filter: RecordFilter
    distinct_tag: str
    distinct_values: Mapping[str, str] = field(hash=False)  # value -> Thai title, in order
    distinct_label: str
    table: tuple[tuple[int, int, Fraction], ...]  # (distinct at least, count at least, points)


@dataclass(frozen=True)
class PercentLadder:
    source: PercentSource
    thresholds: tuple[tuple[int, Fraction], ...]  # (percent at least, points), ascending
    not_assessed_without_denominator: bool = True


@dataclass(frozen=True)
class ItemsDoneTable:
    items: tuple[Check, ...]
    table: tuple[tuple[int, Fraction], ...]  # (items done at least, points)


@dataclass(frozen=True)
class Step:
    points: Fraction
    check: Check


@dataclass(frozen=True)
class CumulativeLadder:
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str


@dataclass(frozen=True)
class ChecklistShare:
    filter: RecordFilter
    tag: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class GradeLevel:
    grades: tuple[str, ...]
    check: Check


@dataclass(frozen=True)
class GradeItem:
    key: str
    title: str
    levels: tuple[GradeLevel, ...]


@dataclass(frozen=True)
class GradeItems:
    """Every item graded; overall grade = the best grade every item reaches.

    Below the graded levels: ``fallback_grade`` with ``points_per_item`` × items at
    ``fallback_min_grade`` or better, capped at ``fallback_cap``.
    """

    items: tuple[GradeItem, ...]
    grades: tuple[str, ...]  # best first
    grade_points: Mapping[str, Fraction] = field(hash=False)
    fallback_grade: str
    fallback_min_grade: str
    points_per_item: Fraction
    fallback_cap: Fraction


@dataclass(frozen=True)
class ManualScore:
    number: str
    number_title: str


Scorer = (CountLadder | DistinctCountTable | PercentLadder | ItemsDoneTable | CumulativeLadder
          | ChecklistShare | GradeItems | ManualScore)


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    max_points: Fraction
    type: str
    scorer: Scorer
    line: int


@dataclass(frozen=True)
class Domain:
    id: str
    title: str
    max_points: Fraction
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Deadline:
    """Something due: on ``date``, or on ``day_of_month`` (0 = last day) of every month
    from ``start`` to ``end``."""

    title: str
    date: dt.date | None = None
    day_of_month: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Rubric:
    id: str
    title: str
    fiscal_year: int  # B.E.
    version: str
    period_start: dt.date
    period_end: dt.date
    domains: tuple[Domain, ...]
    deadlines: tuple[Deadline, ...] = ()
    period_title: str = ""
    file_name: str = ""  # the file it was read from, without .toml

    @property
    def max_points(self) -> Fraction:
        return sum((d.max_points for d in self.domains), Fraction(0))
