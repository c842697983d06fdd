"""How a report prints values: B.E. dates, grouped numbers, percentages, and Thai digits
when the office wants them (links, e-mail addresses and codes keep Arabic digits)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cddesk.pdf import thai
from cddesk.reports import model as m
from cddesk.thaidate import format_date_arabic, format_date_long


class Printer:
    """Formats values the way the report prints them."""

    def __init__(self, thai_digits: bool) -> None:
        self.thai_digits = thai_digits

    def text(self, text: str) -> str:
        return thai.to_thai_digits(text) if self.thai_digits else text

    def value(self, value: Any, kind: m.ColumnKind = "text") -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            text = format_date_arabic(value)
        elif isinstance(value, bool):
            text = "✓" if value else "–"
        elif kind == "percent" and isinstance(value, (int, float)):
            text = f"{value:,.2f}%".replace(".00%", "%")
        elif isinstance(value, int):
            text = f"{value:,}"
        elif isinstance(value, float):
            text = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
        else:
            text = str(value)
        return self.text(text)

    def long_date(self, value: dt.date) -> str:
        return format_date_long(value, digits=self.thai_digits)
