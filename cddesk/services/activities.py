"""Activities the rubrics score: one :class:`KindService` per kind of ``cddesk/kinds.py``
(create, edit, delete, remembered last values, and the list by period, type and missing
evidence as a :class:`~cddesk.services.listing.SqlListing` a window pages through), and the month view across
all kinds (:class:`ActivityOverview`).

Checks every kind shares: required fields, choices from the list, web links, dates neither
before the Department existed nor in the future, counts not negative. Each kind adds its
own (a join before the invitation, more households than the target …).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, func, literal, select
from sqlalchemy.orm import Session

from cddesk.db import Database
from cddesk.kinds import EARLIEST, KINDS, Field, Kind
from cddesk.services.listing import SqlListing, by_label, evidence_count
from cddesk.services.records import RecordService
from cddesk.thaidate import fiscal_year_bounds, fiscal_year_of, format_date
from cddesk.validation import Problems, check_non_negative, check_not_future, check_url
from models import EvidenceLink, OfficeProfile, Setting

_TEXT_TYPES = ("text", "multiline", "url", "choice", "tambon")


@dataclass(frozen=True)
class KindRow:
    """A record as a list shows it: its data, evidence count, and whether it will count."""

    id: int
    data: Any
    evidence_count: int
    date: dt.date | None
    outside: str  # "" inside the fiscal year in use, else e.g. "นอกปีงบประมาณ 2568"
    missing_evidence: bool  # the kind needs evidence and the record has none


def check_field(f: Field, value: Any, problems: Problems, today: dt.date | None = None) -> Any:
    """The generic checks of one field; returns the normalised value."""
    label = f.label
    if f.type in _TEXT_TYPES:
        value = (value or "").strip()
        if f.required and not value:
            problems.add(f.name, f"เลือก{label}จากรายการ" if f.type == "choice" else f"ระบุ{label}")
        elif f.type == "choice" and value and value not in dict(f.choices):
            problems.add(f.name, f"«{value}» ไม่ใช่{label}ที่มีในรายการ เลือกจากรายการ")
        elif f.type == "url" and value:
            problems.guard(f.name, lambda: check_url(value))
    elif f.type in ("multi", "names"):
        value = tuple(dict.fromkeys(v.strip() for v in value or () if v and v.strip()))
        unknown = [v for v in value if f.type == "multi" and v not in dict(f.choices)]
        if unknown:
            problems.add(f.name, f"«{unknown[0]}» ไม่ใช่{label}ที่มีในรายการ")
        elif f.required and not value:
            problems.add(f.name, f"เลือก{label}อย่างน้อย 1 รายการ")
    elif f.type in ("date", "time", "int", "float"):
        if value is None:
            if f.required:
                problems.add(f.name, f"ระบุ{label}")
        elif f.type == "date":
            if value < EARLIEST:
                problems.add(f.name, f"{label} ({format_date(value)}) เก่ากว่าที่กรมการพัฒนาชุมชนก่อตั้ง "
                                     "(พ.ศ. 2505) ตรวจสอบปี พ.ศ./ค.ศ. อีกครั้ง")
            if not f.may_be_future:
                problems.guard(f.name, lambda: check_not_future(value, label, today))
        elif f.type in ("int", "float"):
            problems.guard(f.name, lambda: check_non_negative(value, label))
    elif f.type == "bool":
        value = bool(value)
    return value


def _memo(value: Any) -> Any:
    """A remembered value as JSON: lists for tuples, "HH:MM" for times."""
    if isinstance(value, tuple):
        return list(value)
    return value.strftime("%H:%M") if isinstance(value, dt.time) else value


def _recall(f: Field, value: Any) -> Any:
    if f.type == "time" and isinstance(value, str):
        return dt.time.fromisoformat(value)
    return tuple(value) if isinstance(value, list) else value


def data_of(kind: Kind, row: Any) -> Any:
    """The kind's data object of an ORM row (JSON lists become tuples)."""
    values = {"id": row.id}
    for f in kind.fields:
        value = getattr(row, f.name)
        values[f.name] = tuple(value or ()) if f.type in ("multi", "names") else value
    return kind.data_class(**values)


class KindService(RecordService[Any]):
    """Create, edit, delete and list the records of one kind."""

    def __init__(self, db: Database, kind: Kind) -> None:
        super().__init__(db)
        self.kind = kind
        self.model = kind.model
        self.data_class = kind.data_class
        self.owner_kind = kind.key
        self.label = kind.label

    def to_data(self, row: Any) -> Any:
        return data_of(self.kind, row)

    def to_values(self, data: Any) -> dict[str, Any]:
        values = super().to_values(data)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}

    def validate(self, session: Session, data: Any, problems: Problems) -> Any:
        for f in self.kind.fields:
            setattr(data, f.name, check_field(f, getattr(data, f.name), problems))
        if self.kind.check is not None:
            self.kind.check(session, data, problems)
        return data

    # -- new records start from today and the last values used ---------------------------
    def new(self) -> Any:
        data = self.data_class()
        if self.kind.date_field:
            setattr(data, self.kind.date_field, dt.date.today())
        with self.db.session() as session:
            for f in self.kind.fields:
                if f.remember:
                    row = session.get(Setting, self._memory_key(f))
                    if row is not None:
                        setattr(data, f.name, _recall(f, json.loads(row.value)))
            if self.kind.key == "year_plan":  # the plan of the year the office works in
                profile = session.get(OfficeProfile, 1)
                data.fiscal_year = profile.fiscal_year if profile else fiscal_year_of(dt.date.today())
        return data

    def save(self, data: Any) -> Any:
        saved = super().save(data)
        with self.db.session() as session:
            for f in self.kind.fields:
                if f.remember:
                    text = json.dumps(_memo(getattr(saved, f.name)), ensure_ascii=False)
                    session.merge(Setting(key=self._memory_key(f), value=text))
        return saved

    def _memory_key(self, f: Field) -> str:
        return f"last:{self.kind.key}.{f.name}"

    # -- lists ------------------------------------------------------------------------------
    def listing(self, start: dt.date | None = None, end: dt.date | None = None, *,
                choice: str | None = None, missing_only: bool = False) -> SqlListing[KindRow]:
        """Records (all, or those dated ``start``..``end``; of one ``choice`` of the kind's
        filter field; only those still without evidence), each with its evidence count and
        whether it lies outside the fiscal year in use (shown, never dropped). Sortable by
        every field (a choice by its label), ``evidence_count`` and ``status``."""
        model: Any = self.model
        kind = self.kind
        date_col = getattr(model, kind.date_field) if kind.date_field else None
        evidence = evidence_count(self.owner_kind, model.id)
        query = select(model.id, evidence, *(getattr(model, f.name) for f in kind.fields))
        if date_col is not None and start is not None:
            query = query.where(date_col >= start)
        if date_col is not None and end is not None:
            query = query.where(date_col <= end)
        if choice and kind.filter_field:
            query = query.where(getattr(model, kind.filter_field) == choice)
        if missing_only and kind.needs_evidence:
            query = query.where(evidence == 0)
        with self.db.session() as session:
            profile = session.get(OfficeProfile, 1)
        fy = profile.fiscal_year if profile else None
        bounds = fiscal_year_bounds(fy) if fy else None
        sort_keys: dict[str, Any] = {
            f.name: by_label(getattr(model, f.name), dict(f.choices)) if f.type == "choice" else getattr(model, f.name)
            for f in kind.fields}
        sort_keys["evidence_count"] = evidence
        missing = (evidence == 0) if kind.needs_evidence else literal(False)
        outside = ~date_col.between(*bounds) if date_col is not None and bounds else literal(False)
        sort_keys["status"] = missing.cast(Integer) * 2 + outside.cast(Integer)
        names = [f.name for f in kind.fields]
        lists = {f.name for f in kind.fields if f.type in ("multi", "names")}

        def make_row(r: Any) -> KindRow:
            values = {name: tuple(v or ()) if name in lists else v for name, v in zip(names, r[2:])}
            data = self.data_class(id=r[0], **values)
            when = kind.date_of(data)
            outside = f"นอกปีงบประมาณ {fy}" if bounds and when and not bounds[0] <= when <= bounds[1] else ""
            n = r[1] or 0
            return KindRow(r[0], data, n, when, outside, kind.needs_evidence and n == 0)

        order = (date_col, model.id) if date_col is not None else (model.id,)
        return SqlListing(self.db, model.id, query, make_row, order, sort_keys)

    def rows(self, start: dt.date | None = None, end: dt.date | None = None) -> list[KindRow]:
        """Records (all, or those dated ``start``..``end``), by date, as :meth:`listing` shows them."""
        return self.listing(start, end).rows()


@dataclass(frozen=True)
class MonthCell:
    kind: str
    year: int  # C.E.
    month: int
    count: int
    without_evidence: int


class ActivityOverview:
    """What was recorded in each month of a fiscal year, across every kind."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def month_cells(self, fiscal_year: int) -> list[MonthCell]:
        start, end = fiscal_year_bounds(fiscal_year)
        cells: list[MonthCell] = []
        with self.db.session() as session:
            for kind in KINDS:
                if kind.date_field is None:
                    continue
                date_col = getattr(kind.model, kind.date_field)
                month = func.strftime("%Y-%m", date_col)
                has_evidence = select(EvidenceLink.owner_id).where(EvidenceLink.owner_kind == kind.key)
                no_evidence = func.sum(kind.model.id.not_in(has_evidence).cast(Integer))  # type: ignore[attr-defined]
                query = (select(month, func.count(), no_evidence)
                         .where(date_col >= start, date_col <= end).group_by(month))
                for ym, count, missing in session.execute(query):
                    year, mon = (int(x) for x in ym.split("-"))
                    cells.append(MonthCell(kind.key, year, mon, count,
                                           int(missing or 0) if kind.needs_evidence else 0))
        return cells


def kind_services(db: Database) -> dict[str, KindService]:
    return {kind.key: KindService(db, kind) for kind in KINDS}

