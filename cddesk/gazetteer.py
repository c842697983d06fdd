"""Thailand's provinces, districts and sub-districts, from the maintained ``geothai``
gazetteer on PyPI (not hand-typed). Thin wrappers so the rest of the app does not
depend on its API, plus the nearest-name lookup imports use for OCR slips."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import geothai


@dataclass(frozen=True)
class Place:
    code: str
    name: str  # Thai
    name_en: str


def provinces() -> list[Place]:
    return sorted(
        (Place(p.code, p.name_th, p.name_en) for p in geothai.provinces()),
        key=lambda p: p.name,
    )


def districts(province_code: str) -> list[Place]:
    return [Place(d.code, d.name_th, d.name_en) for d in geothai.districts(province_code)]


def subdistricts(district_code: str) -> list[Place]:
    return [Place(s.code, s.name_th, s.name_en) for s in geothai.subdistricts(district_code)]


def province(code: str) -> Place | None:
    p = geothai.province(code)
    return Place(p.code, p.name_th, p.name_en) if p else None


def district(code: str) -> Place | None:
    d = geothai.district(code)
    return Place(d.code, d.name_th, d.name_en) if d else None


def province_by_name(name: str) -> Place | None:
    cleaned = name.strip().removeprefix("จังหวัด").removeprefix("จ.").strip()
    return next((p for p in provinces() if p.name == cleaned), None)


def district_by_name(province_code: str, name: str) -> Place | None:
    cleaned = name.strip().removeprefix("อำเภอ").removeprefix("อ.").strip()
    return next((d for d in districts(province_code) if d.name == cleaned), None)


def nearest(name: str, candidates: list[Place]) -> Place | None:
    """The closest name (OCR slips such as เผ่าไร่ → เฝ้าไร่), or None when nothing is close."""
    names = [c.name for c in candidates]
    match = difflib.get_close_matches(name.strip(), names, n=1, cutoff=0.6)
    return candidates[names.index(match[0])] if match else None


def data_version() -> str:
    return str(geothai.DATA_VERSION)
