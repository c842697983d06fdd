"""The few pure Thai helpers the scoring engine needs: B.E. years, month names, Thai digits.

The scoring package imports nothing of the application; ``cddesk.thaidate`` imports these
names from here, so the month names and digits exist once. Dates are ordinary Gregorian ``datetime.date`` values; the
Buddhist Era (B.E. = C.E. + 543) is only a way of showing them.
"""

from __future__ import annotations

import datetime as dt

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    """``"2568"`` → ``"๒๕๖๘"``; other characters are kept."""
    return text.translate(_THAI_DIGITS)


def be_year(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def format_date(value: dt.date) -> str:
    """A date as offices write it: ``๓๑ มี.ค. ๒๕๖๘``."""
    return thai_digits(f"{value.day} {MONTHS_ABBR[value.month - 1]} {be_year(value.year)}")


def month_label(year: int, month: int) -> str:
    """A calendar month (C.E. year) as ``พ.ค. ๒๕๖๘``."""
    return f"{MONTHS_ABBR[month - 1]} {thai_digits(str(be_year(year)))}"


def last_day(year: int, month: int) -> dt.date:
    """The month's last day (the day before the next month's first: no ``calendar`` module,
    which brings ``locale`` to every start for this one sum)."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """Every calendar month (C.E. year, month) from ``start``'s to ``end``'s, both included."""
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def fiscal_year_start(fiscal_year_be: int) -> dt.date:
    """First day of Thai fiscal year N (B.E.): 1 October of C.E. year N − 544."""
    return dt.date(fiscal_year_be - BE_OFFSET - 1, 10, 1)


def format_number(value: int) -> str:
    """Counts in explanations use Arabic digits with thousands separators, as in the rubric
    example ``ต้องจัดประชุม WebEx อีก 3 ครั้งในเดือน พ.ค. ๒๕๖๘``."""
    return f"{value:,}"


def joinable(text: str) -> str:
    """``text`` ready to be followed directly by Thai: Thai is written without spaces between
    words, but a phrase ending in Latin letters or punctuation (``WebEx``, ``จปฐ.``) needs one:
    ``ต้องจัดประชุม WebEx อีก 3 ครั้ง``."""
    if text and not "\u0e00" <= text[-1] <= "\u0e7f":
        return text + " "
    return text
