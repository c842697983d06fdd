"""Kinds, levels, Thai names and limits of the IT-village register.

Part of :mod:`cddesk.it_villages`."""

from __future__ import annotations

import dataclasses
import re
from typing import Literal


Kind = Literal["village", "tambon"]
Level = Literal["district", "province"]
RowStatus = Literal["ok", "duplicate", "existing", "unknown", "invalid"]
NameField = Literal["province", "district", "tambon"]

KINDS: tuple[Kind, ...] = ("village", "tambon")
LEVELS: tuple[Level, ...] = ("district", "province")
KIND_TEXT: dict[str, str] = {"village": "หมู่บ้านสารสนเทศชุมชนดีเด่นฯ", "tambon": "สารสนเทศตำบลต้นแบบฯ"}
KIND_SHORT: dict[str, str] = {"village": "หมู่บ้าน", "tambon": "ตำบล"}
LEVEL_TEXT: dict[str, str] = {"district": "ระดับอำเภอ", "province": "ระดับจังหวัด"}
FIELD_TEXT: dict[str, str] = {"province": "จังหวัด", "district": "อำเภอ", "tambon": "ตำบล"}
STATUS_TEXT: dict[str, str] = {"ok": "พร้อมบันทึก", "duplicate": "ซ้ำ (ไม่บันทึกซ้ำ)",
                               "existing": "มีในทะเบียนแล้ว", "unknown": "ชื่อไม่พบในทำเนียบ",
                               "invalid": "อ่านไม่ได้"}
FIRST_YEAR: dict[str, int] = {"village": 2555, "tambon": 2561}  # the programmes began
OWNER_KIND = "it_village_candidate"  # evidence owner kind of a candidate's photos
MAX_MOO = 99

# --- reading the letter's table ------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"), None)
_MULTI_SPACE = re.compile(r" {2,}|\u3000")
_BARE_NUMBER = re.compile(r"[0-9๐-๙]+")
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("ที่", "ลำดับ", "ลำดับที่", "no"),
    "province": ("จังหวัด", "จ"),
    "district": ("อำเภอ", "อ"),
    "tambon": ("ตำบล", "ต", "ชื่อตำบล"),
    "village": ("หมู่บ้าน", "ชื่อหมู่บ้าน", "บ้าน"),
    "moo": ("หมู่ที่", "หมู่", "ม"),
    "year": ("ปีพศ", "ปี", "พศ", "ปีงบประมาณ", "ปีที่ดำเนินการ", "ปีที่ได้รับคัดเลือก"),
    "notes": ("หมายเหตุ",),
    "level": ("ระดับ", "ระดับการคัดเลือก"),
}
_HEADER_INDEX = {word: name for name, words in _HEADER_WORDS.items() for word in words}
_LAYOUT: dict[str, tuple[str, ...]] = {  # the letter's column order, for rows without tabs
    "village": ("number", "province", "district", "tambon", "village", "moo", "year"),
    "tambon": ("number", "province", "district", "tambon", "year"),
}
MAX_HEADING = 120  # a line this short naming one programme is a table title
_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f0-9A-Za-z\s().,\-/'\"]")
