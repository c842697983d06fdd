"""Known errors: problems a user can fix, each carrying a Thai message saying what to do.

Anything that is not a ``KnownError`` is a bug and goes to the crash dialog.
:func:`explain_storage` turns what the disk or SQLite reported (full, read-only, no
permission, locked, I/O error) into one Thai sentence: what failed, why, and what to do.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Literal


class KnownError(Exception):
    """A problem with a plain Thai explanation (locked, read-only, bad file …)."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ValidationError(KnownError):
    """One or more fields are wrong. ``fields`` maps field name → Thai message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("\n".join(self.fields.values()))


class DatabaseTooNew(KnownError):
    pass


class StorageError(KnownError):
    pass


class DatabaseCorrupt(StorageError):
    """The database file is damaged: the window offers the latest good backup."""


# --- why a write failed, in Thai -------------------------------------------------------------

Problem = Literal["full", "read-only", "busy", "disk", "damaged", "other"]
_ELSEWHERE = "คัดลอกโฟลเดอร์ข้อมูลไปไว้ใน{0} แล้วเปิดด้วย --data-dir"
_WHY_AND_WHAT: dict[Problem, str] = {
    "full": "ดิสก์เต็ม (พื้นที่ว่างไม่พอ) — ลบไฟล์ที่ไม่ใช้แล้วเพื่อเพิ่มพื้นที่ว่างแล้วลองใหม่ หรือ"
            + _ELSEWHERE.format("ดิสก์ที่มีพื้นที่ว่าง"),
    "read-only": "โฟลเดอร์หรือดิสก์นี้เขียนไม่ได้ (เป็นแบบอ่านอย่างเดียว หรือบัญชีผู้ใช้นี้ไม่มีสิทธิ์เขียน) "
                 "— ให้สิทธิ์เขียนโฟลเดอร์นี้ หรือ" + _ELSEWHERE.format("ดิสก์ที่เขียนได้"),
    "busy": "ฐานข้อมูลถูกใช้งานโดยโปรแกรมอื่นอยู่ ปิดโปรแกรมนั้นแล้วลองใหม่",
    "disk": "อ่านหรือเขียนดิสก์ไม่สำเร็จ (ดิสก์อาจเต็ม ถูกถอดออก หรือชำรุด) — ตรวจว่าดิสก์ยังต่ออยู่"
            "และมีพื้นที่ว่าง แล้วลองใหม่ หรือ" + _ELSEWHERE.format("ดิสก์อื่น"),
    "damaged": "ไฟล์ฐานข้อมูลเสียหาย — กู้คืนจากสำเนาสำรองในโฟลเดอร์ backups (คำสั่ง backups และ restore-backup)",
    "other": "ตรวจว่าโฟลเดอร์มีอยู่และเขียนได้ หรือเลือกโฟลเดอร์อื่นด้วย --data-dir",
}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_SQLITE_PROBLEMS: dict[int, Problem] = {  # by primary result code: SQLITE_BUSY, _LOCKED, _READONLY …
    5: "busy", 6: "busy", 8: "read-only", 10: "disk", 11: "damaged", 13: "full", 14: "disk", 26: "damaged"}
MIN_FREE_BYTES = 1024 * 1024


def storage_problem(exc: BaseException, folder: Path) -> Problem:
    """Classify an ``OSError`` (by errno) or a ``sqlite3.Error`` (by SQLite's result code).
    SQLite says only "disk I/O error" or "unable to open" for a full or read-only disk, so
    then the folder itself is asked: not writable, or (nearly) no space left."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return "full"
        if exc.errno in _DENIED_ERRNOS:
            return "read-only"
        problem: Problem = "disk" if exc.errno == errno.EIO else "other"
    elif isinstance(exc, sqlite3.Error):
        problem = _SQLITE_PROBLEMS.get(getattr(exc, "sqlite_errorcode", -1) & 0xFF, "other")
    else:
        return "other"
    if problem == "disk":
        return _ask_folder(folder)
    return problem


def _ask_folder(folder: Path) -> Problem:
    existing = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
    if existing is None:
        return "disk"
    if not os.access(existing, os.W_OK):
        return "read-only"
    try:
        return "full" if shutil.disk_usage(existing).free < MIN_FREE_BYTES else "disk"
    except OSError:
        return "disk"


def explain_storage(exc: BaseException, folder: Path, action: str) -> str:
    """``<action> ไม่ได้: <why> — <what to do>`` for a failed read or write in ``folder``;
    ``action`` names what was being done and where (``บันทึกไฟล์หลักฐานลงโฟลเดอร์ …``)."""
    problem = storage_problem(exc, folder)
    if problem == "busy":
        return _WHY_AND_WHAT["busy"]
    if problem == "other" and isinstance(exc, OSError):
        return f"{action} ไม่ได้ ({exc.strerror or exc}) — {_WHY_AND_WHAT['other']}"
    if problem == "other":  # an SQLite error that is not about the disk: its own words
        return f"{action} ไม่ได้: {exc}"
    return f"{action} ไม่ได้: {_WHY_AND_WHAT[problem]}"
