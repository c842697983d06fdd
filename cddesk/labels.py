"""Thai names of the stored codes, in one place for the window, the reports and imports."""

from __future__ import annotations

from typing import TypeVar

from models import ComputerKind, ComputerStatus

E = TypeVar("E", ComputerKind, ComputerStatus)

COMPUTER_KIND = {
    ComputerKind.DESKTOP: "คอมพิวเตอร์ตั้งโต๊ะ",
    ComputerKind.NOTEBOOK: "โน้ตบุ๊ก",
    ComputerKind.SERVER: "เครื่องแม่ข่าย",
    ComputerKind.TABLET: "แท็บเล็ต",
    ComputerKind.OTHER: "อื่น ๆ",
}

COMPUTER_STATUS = {
    ComputerStatus.USABLE: "ใช้งานได้",
    ComputerStatus.BROKEN: "ชำรุด",
    ComputerStatus.AWAITING_DISPOSAL: "รอจำหน่าย",
    ComputerStatus.DISPOSED: "จำหน่ายแล้ว",
}

# Words people write in registers for each kind/status (lower-case), for imports.
KIND_WORDS = {
    ComputerKind.DESKTOP: ("คอมพิวเตอร์ตั้งโต๊ะ", "ตั้งโต๊ะ", "desktop", "pc", "คอมพิวเตอร์", "all in one", "all-in-one"),
    ComputerKind.NOTEBOOK: ("โน้ตบุ๊ก", "โน๊ตบุ๊ค", "โน้ตบุ๊ค", "โน๊ตบุ๊ก", "notebook", "laptop", "แล็ปท็อป"),
    ComputerKind.SERVER: ("เครื่องแม่ข่าย", "แม่ข่าย", "server", "เซิร์ฟเวอร์"),
    ComputerKind.TABLET: ("แท็บเล็ต", "แทบเล็ต", "tablet", "ipad"),
    ComputerKind.OTHER: ("อื่น ๆ", "อื่นๆ", "other"),
}
STATUS_WORDS = {
    ComputerStatus.USABLE: ("ใช้งานได้", "ใช้งาน", "ปกติ", "ใช้ได้", "ดี", "พอใช้", "usable", "ok"),
    ComputerStatus.BROKEN: ("ชำรุด", "เสีย", "ใช้งานไม่ได้", "ใช้ไม่ได้", "รอซ่อม", "ส่งซ่อม", "broken"),
    ComputerStatus.AWAITING_DISPOSAL: ("รอจำหน่าย", "รอการจำหน่าย"),
    ComputerStatus.DISPOSED: ("จำหน่ายแล้ว", "จำหน่าย", "disposed"),
}

# Words that name the whole family: inside a longer text they decide only when no specific
# word does ("เครื่องคอมพิวเตอร์โน้ตบุ๊ก" is a notebook; "เครื่องคอมพิวเตอร์สำหรับงาน
# ประมวลผล", the Department's spec name for a desktop, is a desktop).
GENERIC_WORDS = frozenset({"คอมพิวเตอร์"})


def kind_from_text(text: str) -> ComputerKind | None:
    return _from_words(text, KIND_WORDS)


def status_from_text(text: str) -> ComputerStatus | None:
    return _from_words(text, STATUS_WORDS)


def _from_words(text: str, table: dict[E, tuple[str, ...]]) -> E | None:
    """Exact word first; otherwise the longest listed word the text contains wins, so
    "เครื่องคอมพิวเตอร์โน้ตบุ๊ก" is a notebook and "ใช้งานไม่ได้" is broken, not usable."""
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        return None
    for value, words in table.items():
        if cleaned == value.value or cleaned in words:
            return value
    found = [(word, value) for value, words in table.items() for word in words
             if len(word) > 3 and word in cleaned]
    specific = [pair for pair in found if pair[0] not in GENERIC_WORDS]
    candidates = specific or found
    return max(candidates, key=lambda pair: len(pair[0]))[1] if candidates else None
