"""Thai names of the stored codes, in one place for the window, the reports and imports."""

from __future__ import annotations

from models import ComputerKind, ComputerStatus

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
    ComputerStatus.USABLE: ("ใช้งานได้", "ใช้งาน", "ปกติ", "ใช้ได้", "usable", "ok"),
    ComputerStatus.BROKEN: ("ชำรุด", "เสีย", "broken"),
    ComputerStatus.AWAITING_DISPOSAL: ("รอจำหน่าย", "รอการจำหน่าย"),
    ComputerStatus.DISPOSED: ("จำหน่ายแล้ว", "จำหน่าย", "disposed"),
}


def kind_from_text(text: str) -> ComputerKind | None:
    return _from_words(text, KIND_WORDS)


def status_from_text(text: str) -> ComputerStatus | None:
    return _from_words(text, STATUS_WORDS)


def _from_words(text: str, table: dict) -> object:  # type: ignore[type-arg]
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        return None
    for value, words in table.items():
        if cleaned == value.value or cleaned in words:
            return value
    for value, words in table.items():
        if any(word in cleaned for word in words if len(word) > 3):
            return value
    return None
