"""Reading many rows with the driver's own cursor (SQLAlchemy's row-by-row fetching and
per-value conversion cost more than the query when a register has 100,000 rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any


def day_reader(days: dict[str, dt.date]) -> Callable[[str | None], dt.date | None]:
    """A stored ISO date as a date, parsed once per distinct day into one shared object."""
    def day(text: str | None) -> dt.date | None:
        if text is None:
            return None
        found = days.get(text)
        if found is None:
            found = days[text] = dt.date.fromisoformat(text)
        return found
    return day


def driver_rows(connection: Any, sql: str, parameters: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` as the driver's plain tuples, a batch at a time (100,000 rows are
    never all held at once, and SQLAlchemy's row-by-row fetching costs more than the query)."""
    result = connection.exec_driver_sql(sql, parameters)
    try:
        while batch := result.cursor.fetchmany(4096):
            yield from batch
    finally:
        result.close()
