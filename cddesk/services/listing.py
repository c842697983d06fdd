"""Lists that a window pages through instead of loading whole: a :class:`Listing` answers
two questions — the ids of its records in a given order (one cheap query; or only the
first ones, with the count, to show a large list at once), and the rows of a few ids (the
screenful being drawn, a sample to fit the columns to, or everything, for a search index).

:class:`SqlListing` is the one shape the services build: a Core ``select`` of labelled
columns (no ORM objects), a function that turns a result row into the row object the
table shows, and per sort key the SQL expression to order by (for a coded column, the
expression orders by its Thai label). Optional lookups (staff name, evidence count) are
correlated subqueries, so the ids query only evaluates what it orders by.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, case, func, select

from cddesk.db import Database, gc_paused
from models import EvidenceLink

RowT = TypeVar("RowT")
# SQLite allows 32,766 bound parameters; a screenful is far below, an index goes in chunks.
ID_CHUNK = 20_000


class Listing(Protocol[RowT]):
    """What a paged table needs of a list."""

    def ids(self, sort: str | None = None, descending: bool = False, limit: int | None = None) -> list[int]:
        """Every id of the list (or the first ``limit``), ordered by the column ``sort`` names
        (None: the list's own order)."""
        ...

    def rows(self, ids: Sequence[int] | None = None) -> list[RowT]:
        """The rows of ``ids`` (None: all, in the list's own order); ids gone are left out."""
        ...

    def count(self) -> int:
        """How many records the list has."""
        ...

    def sample_ids(self, n: int) -> list[int]:
        """About ``n`` ids spread over the whole list, in no particular order (some may be gone)."""
        ...


def evidence_count(owner_kind: str, owner_id: Any) -> Any:
    """The number of evidence items of each record, as a correlated subquery."""
    return (select(func.count()).select_from(EvidenceLink)
            .where(EvidenceLink.owner_kind == owner_kind, EvidenceLink.owner_id == owner_id)
            .correlate_except(EvidenceLink).scalar_subquery())


def by_label(column: Any, labels: Mapping[Any, str]) -> Any:
    """Order a coded column by the names people read, not by its codes."""
    # Enum columns store the member's name; the CASE compares with literals, not through the type.
    whens = {code.name if isinstance(code, Enum) else code: label for code, label in labels.items()}
    return case(whens, value=column, else_=column)


@dataclass
class SqlListing(Generic[RowT]):
    db: Database
    id_column: Any
    query: Select[Any]  # labelled columns, the scope's where clauses, no order
    make_row: Callable[[Any], RowT]
    order: Sequence[Any]  # the list's own order (ends with something unique)
    sort_keys: Mapping[str, ColumnElement[Any] | Any] = field(default_factory=dict)

    def ids(self, sort: str | None = None, descending: bool = False, limit: int | None = None) -> list[int]:
        order: list[Any] = list(self.order)
        expression = self.sort_keys.get(sort or "")
        if expression is not None and expression is order[0]:
            # the list's own order, or all of it reversed (newest first, then the last entered):
            # an index on the first column serves both ways without a sort
            order = [c.desc() for c in order] if descending else order
        elif expression is not None:
            order = [expression.desc() if descending else expression.asc(), *order]
        query = self.query.with_only_columns(self.id_column).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session, gc_paused():
            # Straight from the driver's cursor: 100,000 ids in a third of the time of
            # SQLAlchemy's row objects, and an integer needs no conversion.
            result = session.connection().execute(query)
            try:
                return [r[0] for r in result.cursor.fetchall()]
            finally:
                result.close()

    def count(self) -> int:
        ids = self.query.with_only_columns(self.id_column).subquery()
        with self.db.session() as session:
            return int(session.execute(select(func.count()).select_from(ids)).scalar_one())

    def sample_ids(self, n: int) -> list[int]:
        """Ids evenly spaced between the list's lowest and highest (both included): a sample
        of rows entered early and late, read without ordering the list."""
        low_high = [self.query.with_only_columns(f(self.id_column)).scalar_subquery() for f in (func.min, func.max)]
        with self.db.session() as session:  # (a subquery each: SQLite finds a lone min or max in an index)
            low, high = session.execute(select(*low_high)).one()
        if low is None:
            return []
        return sorted({low + (high - low) * k // max(n - 1, 1) for k in range(n)})

    def rows(self, ids: Sequence[int] | None = None) -> list[RowT]:
        with self.db.session() as session, gc_paused():  # (rows of a search index die soon too)
            connection = session.connection()  # Core rows, without the ORM's result layer
            if ids is None:
                return [self.make_row(r) for r in connection.execute(self.query.order_by(*self.order))]
            found: list[RowT] = []
            for start in range(0, len(ids), ID_CHUNK):
                part = self.query.where(self.id_column.in_(ids[start:start + ID_CHUNK]))
                found += [self.make_row(r) for r in connection.execute(part)]
            return found
