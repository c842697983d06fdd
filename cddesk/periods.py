"""Report and package periods: a fiscal year ``2568`` or a month ``2568-02``, both B.E.

The same syntax everywhere a period is given (``report --period``, ``export-package
--period``, the Reports page). :func:`parse_period` gives a clear Thai message for
anything else.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from cddesk.errors import KnownError
from cddesk.thaidate import BE_OFFSET, BE_THRESHOLD, MONTHS_ABBR, MONTHS_FULL, fiscal_year_bounds, fiscal_year_of

_PERIOD = re.compile(r"^\s*(\d{4})\s*(?:[-/.]\s*(\d{1,2}))?\s*$")
_EXAMPLE = "ปีงบประมาณ เช่น 2568 หรือเดือน เช่น 2568-02 (ปี พ.ศ.)"


@dataclass(frozen=True)
class Period:
    """A fiscal year (``month`` is None) or one calendar month; ``year`` is B.E.

    For a month, ``year`` is the B.E. calendar year of that month (``2568-02`` is
    February 2025); for a fiscal year it is the fiscal year (``2568`` is 1 Oct 2567 –
    30 Sep 2568)."""

    year: int
    month: int | None = None

    @property
    def start(self) -> dt.date:
        if self.month is None:
            return fiscal_year_bounds(self.year)[0]
        return dt.date(self.year - BE_OFFSET, self.month, 1)

    @property
    def end(self) -> dt.date:
        if self.month is None:
            return fiscal_year_bounds(self.year)[1]
        ce = self.year - BE_OFFSET
        return dt.date(ce, self.month, calendar.monthrange(ce, self.month)[1])

    @property
    def fiscal_year(self) -> int:
        """The fiscal year (B.E.) the period belongs to."""
        return self.year if self.month is None else fiscal_year_of(self.start)

    @property
    def is_month(self) -> bool:
        return self.month is not None

    def key(self) -> str:
        """The period as typed: ``2568`` or ``2568-02``."""
        return str(self.year) if self.month is None else f"{self.year}-{self.month:02d}"

    def label(self) -> str:
        """Thai, for titles: ``ปีงบประมาณ พ.ศ. 2568`` or ``เดือนกุมภาพันธ์ พ.ศ. 2568``."""
        if self.month is None:
            return f"ปีงบประมาณ พ.ศ. {self.year}"
        return f"เดือน{MONTHS_FULL[self.month - 1]} พ.ศ. {self.year}"

    def month_label(self) -> str:
        """A month as lists show it: ``ก.พ. 2568`` (a fiscal year gives its label)."""
        return self.label() if self.month is None else f"{MONTHS_ABBR[self.month - 1]} {self.year}"

    def months(self) -> list[Period]:
        """The months of the period in order (one for a month, twelve for a fiscal year)."""
        if self.month is not None:
            return [self]
        start = self.start
        out = []
        for i in range(12):
            m = (start.month - 1 + i) % 12 + 1
            y = start.year + (start.month - 1 + i) // 12
            out.append(Period(y + BE_OFFSET, m))
        return out

    def __str__(self) -> str:
        return self.key()


def parse_period(text: str) -> Period:
    """``2568`` → fiscal year 2568; ``2568-02`` (or ``2568/2``) → February 2568.

    Years must be B.E. (above 2400): a C.E. year is refused with a message saying so,
    because ``2025`` read as B.E. would be a year in the 15th century."""
    match = _PERIOD.match(text or "")
    if not match:
        raise KnownError(f"ช่วงเวลา «{text}» อ่านไม่ได้ ให้ระบุ{_EXAMPLE}")
    year = int(match.group(1))
    if year <= BE_THRESHOLD:
        raise KnownError(
            f"ปี {year} ไม่ใช่ปี พ.ศ. — ให้ระบุปี พ.ศ. เช่น {year + BE_OFFSET} ({_EXAMPLE})")
    if match.group(2) is None:
        return Period(year)
    month = int(match.group(2))
    if not 1 <= month <= 12:
        raise KnownError(f"เดือน {month} ไม่มีอยู่จริง ให้ระบุเดือน 01 ถึง 12 ({_EXAMPLE})")
    return Period(year, month)
