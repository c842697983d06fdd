"""The office's window settings (date style, Thai digits in reports, language), stored as
key/value text in the ``setting`` table. Parsed here, in one place, both by
:class:`cddesk.services.office.OfficeService` and by the start-up glance
(:mod:`cddesk.startup`), which reads them before SQLAlchemy is loaded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cddesk.thaidate import DateStyle

# Province mode: the ``mode`` setting is ``province`` (or ``district``, the default when missing),
# and ``province_code`` names the province (cddesk/province.py writes both).
PROVINCE_MODE_KEY, PROVINCE_MODE, DISTRICT_MODE = "mode", "province", "district"
PROVINCE_CODE_KEY = "province_code"


@dataclass(frozen=True)
class Settings:
    date_style: DateStyle = DateStyle.THAI_DIGITS
    thai_digits_in_reports: bool = True
    language: str = "th"  # window language: "th" (source) or "en" (resources/translations)

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> Settings:
        """The settings from the stored key → value text (missing keys take the defaults)."""
        return cls(
            date_style=DateStyle(values.get("date_style", DateStyle.THAI_DIGITS.value)),
            thai_digits_in_reports=values.get("thai_digits_in_reports", "1") == "1",
            language=values.get("language", "th"),
        )

    def values(self) -> dict[str, str]:
        """The stored form (key → text) of these settings."""
        return {"date_style": self.date_style.value,
                "thai_digits_in_reports": "1" if self.thai_digits_in_reports else "0",
                "language": self.language}
