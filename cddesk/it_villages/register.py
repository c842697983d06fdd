"""The register: every row checked against the gazetteer and the stored rows, then stored
all or nothing. Part of :mod:`cddesk.it_villages`."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cddesk import gazetteer
from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.thaidate import arabic_digits
from cddesk.it_villages.common import (
    FIELD_TEXT,
    KINDS,
    KIND_TEXT,
    Kind,
    Level,
    MAX_MOO,
    NameField,
    RowStatus,
    _NOT_THAI,
)
from cddesk.it_villages.parse import ParsedRegister, RegisterRow
from models import ItVillage


@dataclass(frozen=True)
class ItVillageData:
    """One stored row of the register."""

    id: int | None
    kind: Kind
    level: Level
    year: int
    province: str
    district: str
    tambon: str
    village: str = ""
    moo: int | None = None
    district_code: str = ""
    notes: str = ""

    def key(self) -> tuple[object, ...]:
        return (self.kind, self.level, self.year, self.province, self.district, self.tambon, self.village,
                self.moo)

    def place(self) -> str:
        """``บ้านหาดสัง หมู่ที่ 6 ตำบลสร้างนางขาว อำเภอโพนพิสัย`` (Arabic digits)."""
        parts = [village_text(self.village, self.moo)] if self.kind == "village" else []
        parts += [f"ตำบล{self.tambon}", f"อำเภอ{self.district}"]
        return " ".join(p for p in parts if p)


def village_text(village: str, moo: int | None) -> str:
    """``บ้านหาดคำ หมู่ที่ 2``: บ้าน is not doubled when the name already has it."""
    name = village.strip()
    text = name if name.startswith("บ้าน") else f"บ้าน{name}" if name else ""
    return f"{text} หมู่ที่ {moo}".strip() if moo is not None else text


def _data(row: ItVillage) -> ItVillageData:
    return ItVillageData(row.id, cast(Kind, row.kind), cast(Level, row.level), row.year, row.province,
                         row.district, row.tambon, row.village, row.moo, row.district_code, row.notes)


@dataclass(frozen=True)
class UnknownName:
    """A place name the gazetteer does not know, with its nearest name there."""

    field: NameField
    name: str
    suggestion: str | None
    within: str = ""  # "จังหวัดหนองคาย" / "อำเภอท่าบ่อ": where it was looked up

    def text(self) -> str:
        where = f" ({self.within})" if self.within else ""
        hint = f" ใกล้เคียง «{self.suggestion}»" if self.suggestion else " ไม่พบชื่อใกล้เคียง"
        return f"{FIELD_TEXT[self.field]} «{self.name}»{where} ไม่พบในทำเนียบ —{hint}"


@dataclass(frozen=True)
class RowResult:
    row: RegisterRow
    status: RowStatus
    data: ItVillageData | None  # what would be stored, names as corrected
    duplicate_of: str = ""  # ref of the earlier row it repeats
    unknown: tuple[UnknownName, ...] = ()
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    corrected: tuple[str, ...] = ()  # "อำเภอ เผ่าไร่ → เฝ้าไร่"

    def details(self) -> list[str]:
        """What the person should know about this row, in Thai."""
        out = list(self.problems)
        if self.status == "duplicate":
            out.append(f"ซ้ำกับแถวที่ {self.duplicate_of} ทุกช่อง (ไม่บันทึกซ้ำ)")
        if self.status == "existing":
            out.append("มีอยู่ในทะเบียนแล้ว (ไม่บันทึกซ้ำ)")
        out += [u.text() for u in self.unknown]
        out += [f"แก้ชื่อ: {c}" for c in self.corrected]
        out += self.warnings
        return out


@dataclass(frozen=True)
class UnknownSummary:
    """One unknown name and the rows that have it."""

    name: UnknownName
    refs: tuple[str, ...]
    blocking: bool  # some row that would be stored has it


@dataclass
class RegisterPreview:
    source: str
    rows: list[RowResult]
    other_kind: int = 0
    unused_corrections: list[str] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def read(self) -> int:
        return len(self.rows)

    @property
    def duplicates(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "duplicate"]

    @property
    def to_store(self) -> int:
        return self.count("ok")

    @property
    def can_store(self) -> bool:
        return not self.count("unknown") and not self.count("invalid")

    def unknown_names(self) -> list[UnknownSummary]:
        found: dict[UnknownName, list[str]] = {}
        blocking: set[UnknownName] = set()
        for r in self.rows:
            for u in r.unknown:
                found.setdefault(u, []).append(r.row.ref)
                if r.status == "unknown":
                    blocking.add(u)
        return [UnknownSummary(u, tuple(refs), u in blocking) for u, refs in found.items()]

    def suggestions(self) -> dict[str, str]:
        """Every blocking unknown name that has a suggestion → that suggestion."""
        return {s.name.name: s.name.suggestion for s in self.unknown_names()
                if s.blocking and s.name.suggestion}

    def refusal(self) -> str:
        """Why :meth:`RegisterService.store` refuses, in Thai ("" when it would not)."""
        parts = []
        unknown = [s for s in self.unknown_names() if s.blocking]
        if unknown:
            names = ", ".join(f"«{s.name.name}»" for s in unknown)
            parts.append(f"มีชื่อสถานที่ที่ไม่พบในทำเนียบ {len(unknown)} ชื่อ ({names}) "
                         "ให้ยืนยันชื่อที่ถูกต้อง (เช่น ชื่อที่โปรแกรมเสนอ) ก่อน")
        invalid = self.count("invalid")
        if invalid:
            refs = ", ".join(r.row.ref for r in self.rows if r.status == "invalid")
            parts.append(f"มีแถวที่อ่านไม่ได้ {invalid} แถว (แถวที่ {refs}) ให้แก้ข้อมูลต้นฉบับแล้วนำเข้าใหม่")
        if not parts:
            return ""
        return "ยังไม่บันทึกทะเบียน (ไม่มีการบันทึกใด ๆ) เพราะ" + " และ".join(parts)

    def report_lines(self) -> list[str]:
        """The preview as the command line prints it."""
        kinds = ", ".join(f"{KIND_TEXT[k]} {n:,} แถว" for k in KINDS
                          if (n := sum(1 for r in self.rows if r.row.kind == k)))
        out = [f"อ่านแล้ว {self.read:,} แถว" + (f" จาก {self.source}" if self.source else "")
               + (f" ({kinds})" if kinds else "")]
        if self.other_kind:
            out.append(f"ข้ามแถวของอีกตาราง {self.other_kind:,} แถว (เลือกเฉพาะชนิดที่ระบุ)")
        out.append(f"แถวซ้ำ {len(self.duplicates):,} แถว" + (" (ไม่บันทึกซ้ำ):" if self.duplicates else ""))
        for r in self.duplicates:
            place = r.data.place() if r.data else ""
            out.append(f"  แถวที่ {r.row.ref} ซ้ำกับแถวที่ {r.duplicate_of}: {place} ปี {r.row.year}")
        if self.count("existing"):
            out.append(f"มีในทะเบียนอยู่แล้ว {self.count('existing'):,} แถว (ไม่บันทึกซ้ำ)")
        unknown = self.unknown_names()
        out.append(f"ชื่อที่ไม่พบในทำเนียบ {len(unknown):,} ชื่อ" + (":" if unknown else ""))
        for s in unknown:
            u = s.name
            accept = f"  (ยืนยันด้วย --accept {u.name}={u.suggestion})" if u.suggestion and s.blocking else ""
            hint = f" → ใกล้เคียง «{u.suggestion}»" if u.suggestion else " → ไม่พบชื่อใกล้เคียง"
            within = f" {u.within}" if u.within else ""
            out.append(f"  {FIELD_TEXT[u.field]} «{u.name}»{within} แถวที่ {', '.join(s.refs)}{hint}{accept}")
        corrected = sorted({c for r in self.rows for c in r.corrected})
        if corrected:
            out.append("ชื่อที่แก้ตามที่ยืนยัน: " + "; ".join(corrected))
        for r in self.rows:
            if r.status == "invalid":
                out.append(f"  แถวที่ {r.row.ref} อ่านไม่ได้: {' '.join(r.problems)}")
        for r in self.rows:
            for w in r.warnings:
                out.append(f"คำเตือน แถวที่ {r.row.ref}: {w}")
        for wrong in self.unused_corrections:
            out.append(f"คำเตือน: ชื่อ «{wrong}» ที่ให้แก้ ไม่ตรงกับชื่อใดที่ไม่พบในทำเนียบ")
        return out


class _Resolver:
    """Gazetteer lookups, cached, with confirmed corrections applied."""

    def __init__(self, corrections: Mapping[str, str], accept_suggestions: bool) -> None:
        self.corrections = {k.strip(): v.strip() for k, v in corrections.items() if k.strip()}
        self.accept = accept_suggestions
        self.used: set[str] = set()
        self._provinces = gazetteer.provinces()
        self._districts: dict[str, list[gazetteer.Place]] = {}
        self._tambons: dict[str, list[gazetteer.Place]] = {}

    def districts(self, province_code: str) -> list[gazetteer.Place]:
        if province_code not in self._districts:
            self._districts[province_code] = gazetteer.districts(province_code)
        return self._districts[province_code]

    def tambons(self, district_code: str) -> list[gazetteer.Place]:
        if district_code not in self._tambons:
            self._tambons[district_code] = gazetteer.subdistricts(district_code)
        return self._tambons[district_code]

    @staticmethod
    def _bare(name: str, prefixes: tuple[str, ...]) -> str:
        name = name.strip()
        for prefix in prefixes:
            name = name.removeprefix(prefix).strip()
        return name

    def find(self, field_name: NameField, raw: str, places: list[gazetteer.Place], within: str,
             province_name: str = "") -> tuple[gazetteer.Place | None, gazetteer.Place | None,
                                               UnknownName | None, str]:
        """(the place, the place to look further in, the unknown name, the correction made)."""
        prefixes = {"province": ("จังหวัด", "จ."), "district": ("อำเภอ", "อ."),
                    "tambon": ("ตำบล", "ต.")}[field_name]
        name = self._bare(raw, prefixes)
        by_name = {p.name: p for p in places}
        if name in by_name:
            return by_name[name], by_name[name], None, ""
        if field_name == "district" and name == "เมือง" and f"เมือง{province_name}" in by_name:
            found = by_name[f"เมือง{province_name}"]
            return found, found, None, f"{FIELD_TEXT[field_name]} {name} → {found.name}"
        nearest = gazetteer.nearest(name, places)
        wanted = self.corrections.get(raw.strip()) or self.corrections.get(name)
        if wanted is not None:
            self.used.update({raw.strip(), name})
            target = by_name.get(self._bare(wanted, prefixes))
            if target is not None:
                return target, target, None, f"{FIELD_TEXT[field_name]} {name} → {target.name}"
        elif self.accept and nearest is not None:
            return nearest, nearest, None, f"{FIELD_TEXT[field_name]} {name} → {nearest.name}"
        return None, nearest, UnknownName(field_name, name, nearest.name if nearest else None, within), ""

    def village(self, raw: str) -> tuple[str, str]:
        wanted = self.corrections.get(raw)
        if wanted is not None and wanted != raw:
            self.used.add(raw)
            return wanted, f"หมู่บ้าน {raw} → {wanted}"
        return raw, ""

    def province(self, raw: str) -> tuple[gazetteer.Place | None, gazetteer.Place | None,
                                          UnknownName | None, str]:
        return self.find("province", raw, self._provinces, "")


def _parse_year(text: str, problems: list[str], warnings: list[str]) -> int | None:
    digits = arabic_digits(text).strip().removeprefix("พ.ศ.").strip()
    if not digits:
        problems.append("ไม่มีปี พ.ศ.")
        return None
    if not re.fullmatch(r"\d{4}", digits):
        problems.append(f"ปี «{text}» ไม่ใช่ปี พ.ศ. 4 หลัก")
        return None
    year = int(digits)
    if 1900 <= year < 2400:
        warnings.append(f"ปี {year} อ่านเป็น ค.ศ. บันทึกเป็น พ.ศ. {year + 543}")
        year += 543
    if not 2500 <= year <= 2700:
        problems.append(f"ปี พ.ศ. {year} อยู่นอกช่วงที่เป็นไปได้")
        return None
    return year


def _parse_moo(text: str, problems: list[str]) -> int | None:
    digits = re.sub(r"^(หมู่ที่|หมู่|ม\.)\s*", "", arabic_digits(text).strip())
    if not digits:
        problems.append("ไม่มีหมู่ที่")
        return None
    if not digits.isdigit() or not 1 <= int(digits) <= MAX_MOO:
        problems.append(f"หมู่ที่ «{text}» ต้องเป็นตัวเลข 1–{MAX_MOO}")
        return None
    return int(digits)


def _parse_level(row: RegisterRow, problems: list[str]) -> tuple[Level, str]:
    """The level (a ระดับ column, else the หมายเหตุ text, else the table's default) and what
    is left of the notes once the level phrase is taken out."""
    notes = row.notes
    for source, text in (("level", row.level), ("notes", row.notes)):
        squashed = re.sub(r"\s", "", text)
        if not squashed:
            continue
        level: Level
        if "ระดับจังหวัด" in squashed or squashed == "จังหวัด":
            level = "province"
        elif "ระดับอำเภอ" in squashed or squashed == "อำเภอ":
            level = "district"
        else:
            if source == "level":
                problems.append(f"ระดับ «{text}» ต้องเป็น ระดับอำเภอ หรือ ระดับจังหวัด")
            continue
        if source == "notes":
            notes = re.sub(r"ระดับ\s*(จังหวัด|อำเภอ)", "", notes).strip(" ,;")
        return level, notes
    return ("district" if row.kind == "village" else "province"), notes


class RegisterService:
    """The register of past IT villages and model tambons: preview, store, list, delete."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def rows(self, kind: Kind | None = None) -> list[ItVillageData]:
        with self.db.session() as s:
            query = select(ItVillage)
            if kind is not None:
                query = query.where(ItVillage.kind == kind)
            rows = s.scalars(query.order_by(ItVillage.kind.desc(), ItVillage.year, ItVillage.district,
                                            ItVillage.tambon, ItVillage.moo, ItVillage.id)).all()
            return [_data(r) for r in rows]

    def delete(self, ids: Iterable[int]) -> int:
        with self.db.session() as s:
            done = 0
            for row_id in ids:
                row = s.get(ItVillage, row_id)
                if row is not None:
                    s.delete(row)
                    done += 1
            return done

    def _keys(self) -> set[tuple[object, ...]]:
        return {d.key() for d in self.rows()}

    def preview(self, parsed: ParsedRegister | Sequence[RegisterRow],
                corrections: Mapping[str, str] | None = None, *,
                accept_suggestions: bool = False) -> RegisterPreview:
        """Every row checked, nothing written. ``corrections`` maps a name as printed to
        the right one (``{"เผ่าไร่": "เฝ้าไร่"}``); ``accept_suggestions`` takes the nearest
        gazetteer name for every unknown name that has one."""
        rows = parsed.rows if isinstance(parsed, ParsedRegister) else list(parsed)
        resolver = _Resolver(corrections or {}, accept_suggestions)
        stored = self._keys()
        seen: dict[tuple[object, ...], str] = {}
        results = [self._check(row, resolver, stored, seen) for row in rows]
        unused = [k for k in resolver.corrections if k not in resolver.used]
        return RegisterPreview(parsed.source if isinstance(parsed, ParsedRegister) else "", results,
                               parsed.other_kind if isinstance(parsed, ParsedRegister) else 0, unused)

    def _check(self, row: RegisterRow, resolver: _Resolver, stored: set[tuple[object, ...]],
               seen: dict[tuple[object, ...], str]) -> RowResult:
        if row.problem:
            return RowResult(row, "invalid", None, problems=(row.problem,))
        problems: list[str] = []
        warnings: list[str] = []
        year = _parse_year(row.year, problems, warnings)
        moo = _parse_moo(row.moo, problems) if row.kind == "village" else None
        level, notes = _parse_level(row, problems)
        for name, label in (("province", "จังหวัด"), ("district", "อำเภอ"), ("tambon", "ตำบล")):
            if not getattr(row, name).strip():
                problems.append(f"ไม่มีชื่อ{label}")
        village, corrected_village = resolver.village(row.village.strip())
        if row.kind == "village" and not village:
            problems.append("ไม่มีชื่อหมู่บ้าน")
        strange = sorted(set(_NOT_THAI.findall(village)))
        if strange:
            warnings.append(f"ชื่อหมู่บ้าน «{village}» มีอักษรที่ไม่ใช่อักษรไทย ({' '.join(strange)}) "
                            "อาจอ่านผิดจากการสแกน ตรวจกับต้นฉบับ")
        unknown: list[UnknownName] = []
        corrected = [corrected_village] if corrected_village else []

        def look(found: tuple[gazetteer.Place | None, gazetteer.Place | None, UnknownName | None, str]
                 ) -> tuple[gazetteer.Place | None, gazetteer.Place | None]:
            place, further, missing, fix = found
            unknown.extend([missing] if missing else [])
            corrected.extend([fix] if fix else [])
            return place, further

        province = district = tambon = None
        if row.province.strip():
            province, in_province = look(resolver.province(row.province))
            if in_province is not None and row.district.strip():
                district, in_district = look(resolver.find(
                    "district", row.district, resolver.districts(in_province.code),
                    f"จังหวัด{in_province.name}", in_province.name))
                if in_district is not None and row.tambon.strip():
                    tambon, _ = look(resolver.find("tambon", row.tambon, resolver.tambons(in_district.code),
                                                   f"อำเภอ{in_district.name}"))
        if corrected:
            originals = ", ".join(c.split(" → ")[0] for c in corrected)
            notes = "; ".join(filter(None, [notes, f"ชื่อในต้นฉบับ: {originals}"]))
        data = ItVillageData(
            None, row.kind, level, year or 0,
            province.name if province else row.province.strip(),
            district.name if district else row.district.strip(),
            tambon.name if tambon else row.tambon.strip(),
            village if row.kind == "village" else "", moo,
            district.code if district else "", notes)
        result = RowResult(row, "ok", data, unknown=tuple(unknown), warnings=tuple(warnings),
                           corrected=tuple(corrected))
        if problems:
            return dataclasses.replace(result, status="invalid", problems=tuple(problems))
        key = data.key()
        if key in seen:
            return dataclasses.replace(result, status="duplicate", duplicate_of=seen[key])
        seen[key] = row.ref
        if unknown:
            return dataclasses.replace(result, status="unknown")
        return dataclasses.replace(result, status="existing") if key in stored else result

    def store(self, preview: RegisterPreview) -> int:
        """Store every row that is ok, in one transaction; returns how many. Refused (nothing
        stored) while any unknown name is unconfirmed or any row is unreadable."""
        reason = preview.refusal()
        if reason:
            raise KnownError(reason)
        count = 0
        try:
            with self.db.session() as s:
                stored = {_data(r).key() for r in s.scalars(select(ItVillage))}
                for result in preview.rows:
                    if result.status != "ok" or result.data is None or result.data.key() in stored:
                        continue
                    d = result.data
                    s.add(ItVillage(kind=d.kind, level=d.level, year=d.year, province=d.province,
                                    district=d.district, tambon=d.tambon, village=d.village, moo=d.moo,
                                    district_code=d.district_code, notes=d.notes))
                    stored.add(d.key())
                    count += 1
                s.flush()
        except IntegrityError as exc:
            raise KnownError("บันทึกทะเบียนไม่ได้ เพราะมีแถวซ้ำกับที่มีอยู่ (ไม่มีการบันทึกใด ๆ) "
                             "ตรวจสอบข้อมูลอีกครั้งแล้วลองใหม่", detail=str(exc)) from exc
        return count


# --- candidates ------------------------------------------------------------------------------
