"""Thai dates and numbers: Buddhist-Era display, fiscal years, Thai digits, lenient parsing.

Every date a person sees goes through :func:`format_date`. Dates are stored as
ordinary ``datetime.date`` (Gregorian); B.E. is only a way of showing them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

# The Thai names and digits live in the pure scoring package (which may not import the app);
# the app reuses them so there is one list.
from scoring.thai import BE_OFFSET as BE_OFFSET
from scoring.thai import MONTHS_ABBR as MONTHS_ABBR
from scoring.thai import MONTHS_FULL as MONTHS_FULL
from scoring.thai import be_year as be_year
from scoring.thai import thai_digits as thai_digits

# A year above this is Buddhist Era (2400 B.E. = 1857 C.E.; no office record is that old).
BE_THRESHOLD = 2400
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class DateStyle(str, Enum):
    """How dates are shown in tables and forms (an office setting)."""

    THAI_DIGITS = "thai"  # ๑๓ ก.พ. ๒๕๖๘
    SHORT = "short"  # 13 ก.พ. 68


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


def ce_year(year: int) -> int:
    """A year as typed by a person: above 2400 it is B.E., otherwise C.E."""
    return year - BE_OFFSET if year > BE_THRESHOLD else year


def format_date(value: dt.date | None, style: DateStyle | str = DateStyle.THAI_DIGITS) -> str:
    if value is None:
        return ""
    style = DateStyle(style)
    if style is DateStyle.SHORT:
        return f"{value.day} {MONTHS_ABBR[value.month - 1]} {be_year(value.year) % 100:02d}"
    return thai_digits(format_date_arabic(value))


def format_date_arabic(value: dt.date) -> str:
    """``13 ก.พ. 2568``: the full B.E. year in Arabic digits (reports turn them Thai when asked)."""
    return f"{value.day} {MONTHS_ABBR[value.month - 1]} {be_year(value.year)}"


def format_date_long(value: dt.date, digits: bool = True) -> str:
    text = f"{value.day} {MONTHS_FULL[value.month - 1]} {be_year(value.year)}"
    return thai_digits(text) if digits else text


def format_timestamp(iso: str, style: DateStyle | str = DateStyle.THAI_DIGITS) -> str:
    """An ISO time stamp (as in a package manifest) as a person reads it: ``๓ ธ.ค. ๒๕๖๙ 08:03 น.``"""
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{format_date(stamp.date(), style)} {stamp:%H:%M} น."


def format_number(value: float | int, thai: bool = False, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return thai_digits(text) if thai else text


def fiscal_year_of(value: dt.date) -> int:
    """Thai fiscal year (B.E.) of a date: FY N runs 1 Oct (N−1) to 30 Sep N."""
    return be_year(value.year + 1 if value.month >= 10 else value.year)


def fiscal_year_bounds(fy_be: int) -> tuple[dt.date, dt.date]:
    ce = ce_year(fy_be)
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a person's input, and whether its year was read as B.E."""

    value: dt.date
    buddhist_era: bool

    @property
    def assumption(self) -> str:
        return "ปี พ.ศ." if self.buddhist_era else "ปี ค.ศ."


_DATE_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$")
_DATE_THAI_MONTH = re.compile(r"^\s*(\d{1,2})\s+(\S+)\s+(\d{2,4})\s*$")


def _month_from_name(name: str) -> int | None:
    cleaned = name.strip()
    for index, (full, abbr) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR), start=1):
        if cleaned in (full, abbr, abbr.replace(".", "")):
            return index
    return None


def _year_from_text(text: str) -> tuple[int, bool]:
    year = int(text)
    if len(text) == 2:
        # Two digits are the B.E. short form offices write (68 = 2568).
        year += 2500
    return (year - BE_OFFSET, True) if year > BE_THRESHOLD else (year, False)


def parse_date(value: object) -> ParsedDate | None:
    """Read a date from a cell or a field: ``date``, ``datetime``, ``13/2/2568``, ``2025-02-13``,
    ``13 ก.พ. 68``. Thai digits are accepted. Returns None for blank input; raises ValueError
    with a Thai message for text that is not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value.year > BE_THRESHOLD:
            return ParsedDate(value.replace(year=value.year - BE_OFFSET), True)
        return ParsedDate(value, False)
    text = arabic_digits(str(value)).strip()
    if not text:
        return None
    try:
        if m := _DATE_ISO.match(text):
            year, be = _year_from_text(m.group(1))
            return ParsedDate(dt.date(year, int(m.group(2)), int(m.group(3))), be)
        if m := _DATE_NUMERIC.match(text):
            year, be = _year_from_text(m.group(3))
            return ParsedDate(dt.date(year, int(m.group(2)), int(m.group(1))), be)
        if (m := _DATE_THAI_MONTH.match(text)) and (month := _month_from_name(m.group(2))):
            year, be = _year_from_text(m.group(3))
            return ParsedDate(dt.date(year, month, int(m.group(1))), be)
    except ValueError:
        raise ValueError(f"วันที่ «{value}» ไม่มีอยู่จริง ตรวจสอบวัน เดือน และปี") from None
    raise ValueError(f"อ่าน «{value}» เป็นวันที่ไม่ได้ ใช้รูปแบบ วว/ดด/ปปปป เช่น 13/02/2568")
