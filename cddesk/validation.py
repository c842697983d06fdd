"""Field checks shared by every service, each failing with a Thai message that says
what is wrong and how to write it correctly."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Callable

_MAC = re.compile(r"^[0-9A-Fa-f]{2}([:\-]?)[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class Problems:
    """Collects field → message; raise :class:`cddesk.errors.ValidationError` when any."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.fields.setdefault(field, message)

    def guard(self, field: str, check: Callable[[], object]) -> None:
        """Run a check that raises ValueError with a Thai message; record it for ``field``."""
        try:
            check()
        except ValueError as exc:
            self.add(field, str(exc))

    def dates_not_future(self, data: object, labels: dict[str, str], today: dt.date | None = None) -> None:
        """Every named date field of ``data`` must not lie in the future."""
        for field, label in labels.items():
            try:
                check_not_future(getattr(data, field), label, today)
            except ValueError as exc:
                self.add(field, str(exc))

    def raise_if_any(self) -> None:
        from cddesk.errors import ValidationError

        if self.fields:
            raise ValidationError(self.fields)


def normalise_mac(value: str) -> str:
    """``aa-bb-cc-dd-ee-ff`` or ``aabbccddeeff`` → ``AA:BB:CC:DD:EE:FF``; raises ValueError."""
    text = value.strip()
    if not _MAC.match(text):
        raise ValueError(
            f"MAC address «{value}» ไม่ถูกต้อง ต้องเป็นเลขฐานสิบหก 6 คู่ เช่น 00:1A:2B:3C:4D:5E"
        )
    digits = re.sub(r"[^0-9A-Fa-f]", "", text).upper()
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


def normalise_ip(value: str) -> str:
    text = value.strip()
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise ValueError(
            f"IP address «{value}» ไม่ถูกต้อง ต้องเป็นตัวเลข 4 ชุดคั่นด้วยจุด แต่ละชุด 0–255 "
            "เช่น 192.168.1.10"
        ) from None


def check_email(value: str) -> str:
    text = value.strip()
    if text and not _EMAIL.match(text):
        raise ValueError(f"อีเมล «{value}» ไม่ถูกต้อง ตัวอย่างที่ถูก: cdd.district@cdd.go.th")
    return text


def check_url(value: str) -> str:
    text = value.strip()
    if not _URL.match(text):
        raise ValueError(
            f"ลิงก์ «{value}» ไม่ถูกต้อง ต้องขึ้นต้นด้วย http:// หรือ https:// "
            "เช่น https://district.cdd.go.th"
        )
    return text


def check_not_future(value: dt.date | None, label: str, today: dt.date | None = None) -> None:
    if value is not None and value > (today or dt.date.today()):
        from cddesk.thaidate import format_date

        raise ValueError(f"{label} ({format_date(value)}) เป็นวันในอนาคต ตรวจสอบปี พ.ศ./ค.ศ. อีกครั้ง")


def check_non_negative(value: float | None, label: str) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{label} ต้องไม่ติดลบ")
