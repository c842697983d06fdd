"""IT villages and model tambons (seed 004, rubrics.md §5): the letter's register read from
the real seed text and from .xlsx, duplicates and OCR slips reported, all-or-nothing
storing, the eligibility rules at their boundaries, the deadlines, the CLI, and the
lesson-learned PDFs read back with pdftotext."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cddesk import cli_villages
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.it_villages import (
    OWNER_KIND,
    CandidateData,
    CandidateService,
    ItVillageData,
    NotEligible,
    RegisterRow,
    RegisterService,
    deadlines,
    parse_text,
    read_source,
    read_xlsx,
    village_text,
)
from cddesk.paths import DataPaths
from cddesk.pdf.printer import Printer
from cddesk.reports.lesson_learned import (
    COVER_TITLE,
    FULL_TITLE,
    PART1,
    PART2,
    PART3,
    lesson_document,
    part1,
    part2,
    render_lesson_learned,
    write_lesson_learned,
)
from cddesk.services.office import ProfileData
from models import ItVillage
from tests.pdf_helpers import all_text, fonts, pages, run, squash

SEED = Path(__file__).resolve().parent / "data" / "seeds" / "004_2c0e84f6331a43b2.txt"
PHON_PHISAI, MUEANG = "4305", "4301"
# Every OCR slip of the seed's register with the gazetteer's nearest name.
SLIPS = {"เผ่าไร่": "เฝ้าไร่", "ศรีเมืองใหม่": "ศรีเชียงใหม่", "บ้านด่อน": "บ้านต้อน", "แก่งไก่อ": "แก้งไก่",
         "น้ำโสม": "น้ำโมง", "ผาดั่ง": "ผาตั้ง", "เดื่อ": "บ้านเดื่อ"}


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")  # a copy kept with the tests: never skipped


def open_office(root: Path, district: str = PHON_PHISAI) -> Services:
    services = Services.open(DataPaths(root))
    services.office.save_profile(ProfileData(province_code="43", district_code=district, head_name="นายทดสอบ",
                                             fiscal_year=2563))
    return services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = open_office(tmp_path / "office")
    yield s
    s.close()


@pytest.fixture
def mueang(tmp_path: Path) -> Iterator[Services]:
    s = open_office(tmp_path / "mueang", MUEANG)
    yield s
    s.close()


def add_rows(services: Services, *rows: ItVillageData) -> None:
    with services.db.session() as s:
        for d in rows:
            s.add(ItVillage(kind=d.kind, level=d.level, year=d.year, province=d.province, district=d.district,
                            tambon=d.tambon, village=d.village, moo=d.moo, district_code=d.district_code,
                            notes=d.notes))


def village(year: int, level: str = "district", tambon: str = "เหล่าต่างคำ", name: str = "ห้วยน้ำเย็น",
            moo: int | None = 3, district: str = "โพนพิสัย", code: str = PHON_PHISAI) -> ItVillageData:
    return ItVillageData(None, "village", level, year, "หนองคาย", district, tambon, name, moo, code)  # type: ignore[arg-type]


def tambon_row(year: int, level: str = "province", tambon: str = "โพนสว่าง") -> ItVillageData:
    return ItVillageData(None, "tambon", level, year, "หนองคาย", "เมืองหนองคาย", tambon, "", None, MUEANG)  # type: ignore[arg-type]


# --- reading the letter ----------------------------------------------------------------------

def test_seed_rows_are_read_from_the_whole_letter(seed_text: str) -> None:
    parsed = parse_text(seed_text)
    assert len(parsed.rows) == 75
    assert parsed.count("village") == 73 and parsed.count("tambon") == 2
    first = parsed.rows[0]
    assert (first.ref, first.province, first.district, first.tambon, first.village, first.moo, first.year,
            first.notes) == ("1", "หนองคาย", "รัตนวาปี", "โพนแพง", "เปงจาน", "๘", "๒๕๕๕", "ระดับจังหวัด")
    assert [r.ref for r in parsed.rows if r.kind == "village"] == [str(n) for n in range(1, 74)]
    assert [(r.district, r.tambon, r.year) for r in parsed.rows if r.kind == "tambon"] == [
        ("เฝ้าไร่", "วังหลวง", "๒๕๖๑"), ("เมืองหนองคาย", "โพนสว่าง", "๒๕๖๒")]


def test_kind_argument_takes_one_table(seed_text: str) -> None:
    tambons = parse_text(seed_text, "tambon")
    assert len(tambons.rows) == 2 and tambons.other_kind == 73
    villages = parse_text(seed_text, "village")
    assert len(villages.rows) == 73 and villages.other_kind == 2


def test_seed_preview_duplicates_and_misspellings(services: Services, seed_text: str) -> None:
    preview = RegisterService(services.db).preview(parse_text(seed_text))
    assert preview.read == 75
    assert [(r.row.ref, r.duplicate_of) for r in preview.duplicates] == [
        (str(n), str(n - 9)) for n in range(47, 56)]
    unknown = {s.name.name: s for s in preview.unknown_names()}
    assert {name: s.name.suggestion for name, s in unknown.items()} == SLIPS
    assert unknown["เผ่าไร่"].name.field == "district" and unknown["เผ่าไร่"].refs == ("3", "14", "24")
    assert unknown["ศรีเมืองใหม่"].name.field == "district"
    assert unknown["ศรีเมืองใหม่"].refs == ("6", "43", "52")  # 52 repeats 43: reported, not stored
    assert unknown["เดื่อ"].name.field == "tambon" and unknown["เดื่อ"].name.within == "อำเภอท่าบ่อ"
    assert not preview.can_store
    assert "เผ่าไร่" in preview.refusal() and "ไม่มีการบันทึกใด ๆ" in preview.refusal()
    lines = "\n".join(preview.report_lines())
    assert "อำเภอ «เผ่าไร่» จังหวัดหนองคาย แถวที่ 3, 14, 24 → ใกล้เคียง «เฝ้าไร่»" in lines
    assert "แถวที่ 47 ซ้ำกับแถวที่ 38" in lines and "แถวซ้ำ 9 แถว" in lines
    # the OCR'd Devanagari in row 22 (พलयงาม) is pointed out, not silently kept
    assert any("22" == r.row.ref and r.warnings for r in preview.rows)


def test_store_is_refused_until_every_unknown_name_is_confirmed(services: Services, seed_text: str) -> None:
    register = RegisterService(services.db)
    parsed = parse_text(seed_text)
    with pytest.raises(KnownError, match="ไม่มีการบันทึกใด ๆ"):
        register.store(register.preview(parsed))
    two = register.preview(parsed, {"เผ่าไร่": "เฝ้าไร่", "ศรีเมืองใหม่": "ศรีเชียงใหม่"})
    assert {s.name.name for s in two.unknown_names()} == set(SLIPS) - {"เผ่าไร่", "ศรีเมืองใหม่"}
    assert not two.can_store
    with pytest.raises(KnownError):
        register.store(two)
    assert register.rows() == []


def test_store_after_confirming_keeps_one_row_per_place(services: Services, seed_text: str) -> None:
    register = RegisterService(services.db)
    parsed = parse_text(seed_text)
    preview = register.preview(parsed, SLIPS)
    assert preview.can_store and preview.to_store == 66 and len(preview.duplicates) == 9
    assert register.store(preview) == 66
    rows = register.rows()
    assert len(rows) == 66 and len(register.rows("tambon")) == 2
    fao_rai = [r for r in rows if r.district == "เฝ้าไร่"]
    assert fao_rai and all(r.district_code == "4315" for r in fao_rai)
    assert not [r for r in rows if r.district in ("เผ่าไร่", "ศรีเมืองใหม่")]
    corrected = next(r for r in rows if r.village == "คำแก้ว")
    assert corrected.district == "เฝ้าไร่" and "เผ่าไร่" in corrected.notes
    first = next(r for r in rows if r.village == "เปงจาน")
    assert (first.level, first.year, first.moo, first.notes) == ("province", 2555, 8, "")
    assert next(r for r in rows if r.village == "ด่อนหัวนา").level == "district"
    assert {(r.tambon, r.level, r.year) for r in register.rows("tambon")} == {
        ("วังหลวง", "province", 2561), ("โพนสว่าง", "province", 2562)}
    again = register.preview(parsed, SLIPS)
    assert again.count("existing") == 66 and again.to_store == 0 and register.store(again) == 0
    assert len(register.rows()) == 66


def test_accept_suggestions_takes_every_nearest_name(services: Services, seed_text: str) -> None:
    preview = RegisterService(services.db).preview(parse_text(seed_text), accept_suggestions=True)
    assert preview.can_store and preview.to_store == 66


def test_a_failure_while_storing_stores_nothing(services: Services, seed_text: str) -> None:
    register = RegisterService(services.db)
    preview = register.preview(parse_text(seed_text), SLIPS)
    con = sqlite3.connect(services.db.paths.database)
    con.execute("CREATE TRIGGER refuse BEFORE INSERT ON it_village WHEN NEW.village = 'บางกอกน้อย' "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()
    with pytest.raises(KnownError):
        register.store(preview)
    assert register.rows() == []  # the 64 rows before it were rolled back too


def test_text_pasted_with_spaces_arabic_digits_and_page_breaks(services: Services) -> None:
    text = """ฐานข้อมูลหมู่บ้านสารสนเทศชุมชนดีเด่นฯ ปี 2555-2562
ที่  จังหวัด  อำเภอ  ตำบล  หมู่บ้าน  หมู่ที่  ปี พ.ศ.  หมายเหตุ
1  หนองคาย  โพนพิสัย  กุดบง  ดงบัง  6  2557  ระดับจังหวัด
2  หนองคาย  เมือง  หินโงม  พร้าวใต้  6  2556

หนองคาย “เกษตรอุตสาหกรรมวัฒนธรรมรุ่งเรือง เมืองท่องเที่ยวลุ่มน้ำโขง”
ที่ จังหวัด อำเภอ ตำบล หมู่บ้าน หมู่ที่ ปี พ.ศ. หมายเหตุ
3 หนองคาย ท่าบ่อ โพนสา ศิลาเลข 6 2559
4 หนองคาย ท่าบ่อ โพนสา
ฐานข้อมูลสารสนเทศตำบลต้นแบบฯ ปี 2561-2562
1	หนองคาย	เฝ้าไร่	วังหลวง	2561
"""
    parsed = parse_text(text)
    assert [(r.kind, r.ref) for r in parsed.rows] == [("village", "1"), ("village", "2"), ("village", "3"),
                                                     ("village", "4"), ("tambon", "1")]
    preview = RegisterService(services.db).preview(parsed)
    status = {(r.row.kind, r.row.ref): r for r in preview.rows}
    assert status[("village", "1")].status == "ok" and status[("village", "1")].data.level == "province"  # type: ignore[union-attr]
    assert status[("village", "2")].data.district == "เมืองหนองคาย"  # type: ignore[union-attr]
    assert status[("village", "3")].status == "ok"
    assert status[("village", "4")].status == "invalid"  # the row is cut short: reported, blocks the import
    assert status[("tambon", "1")].data.level == "province"  # type: ignore[union-attr]
    assert not preview.can_store and "แถวที่ 4" in preview.refusal()


def test_unreadable_cells_are_reported_per_row(services: Services) -> None:
    rows = [RegisterRow(1, "1", "village", "หนองคาย", "โพนพิสัย", "กุดบง", "ดงบัง", "", "2557"),
            RegisterRow(2, "2", "village", "หนองคาย", "โพนพิสัย", "กุดบง", "ดงบัง", "6", "57"),
            RegisterRow(3, "3", "village", "หนองคาย", "โพนพิสัย", "กุดบง", "", "6", "2557"),
            RegisterRow(4, "4", "village", "หนองคาย", "โพนพิสัย", "กุดบง", "ดงบัง", "6", "2014"),
            RegisterRow(5, "5", "village", "หนองคาย", "โพนพิสัย", "กุดบง", "ดงบัง", "100", "2557")]
    preview = RegisterService(services.db).preview(rows)
    by_ref = {r.row.ref: r for r in preview.rows}
    assert "ไม่มีหมู่ที่" in by_ref["1"].problems
    assert any("4 หลัก" in p for p in by_ref["2"].problems)
    assert "ไม่มีชื่อหมู่บ้าน" in by_ref["3"].problems
    assert by_ref["4"].status == "ok" and by_ref["4"].data.year == 2557 and by_ref["4"].warnings  # type: ignore[union-attr]
    assert by_ref["5"].status == "invalid"
    assert preview.count("invalid") == 4


def test_xlsx_with_the_same_columns(services: Services, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "หมู่บ้าน"
    ws.append(["ฐานข้อมูลหมู่บ้านสารสนเทศชุมชนดีเด่นฯ"])
    ws.append(["ที่", "จังหวัด", "อำเภอ", "ตำบล", "หมู่บ้าน", "หมู่ที่", "ปี พ.ศ.", "หมายเหตุ"])
    ws.append([1, "หนองคาย", "เผ่าไร่", "อุดมพร", "คำแก้ว", 12, 2556, None])
    ws.append([2, "หนองคาย", "โพนพิสัย", "สร้างนางขาว", "หาดสัง", 6, 2560, "ระดับจังหวัด"])
    ws.append([3, "หนองคาย", "โพนพิสัย", "สร้างนางขาว", "หาดสัง", 6, 2560, "ระดับจังหวัด"])
    ws.append(["รวม", None, None, None, None, None, 3])
    tambons = book.create_sheet("ตำบลต้นแบบ")
    tambons.append(["ที่", "จังหวัด", "อำเภอ", "ตำบล", "ปี พ.ศ.", "ระดับ"])
    tambons.append([1, "หนองคาย", "เมืองหนองคาย", "โพนสว่าง", 2562, "อำเภอ"])
    path = tmp_path / "ทะเบียน.xlsx"
    book.save(path)
    parsed = read_source(path)
    assert [(r.kind, r.ref, r.sheet) for r in parsed.rows] == [
        ("village", "1", "หมู่บ้าน"), ("village", "2", "หมู่บ้าน"), ("village", "3", "หมู่บ้าน"),
        ("tambon", "1", "ตำบลต้นแบบ")]
    register = RegisterService(services.db)
    preview = register.preview(parsed, {"เผ่าไร่": "เฝ้าไร่"})
    assert [r.status for r in preview.rows] == ["ok", "ok", "duplicate", "ok"]
    assert preview.rows[3].data.level == "district"  # type: ignore[union-attr]
    assert register.store(preview) == 3
    assert len(read_xlsx(path, "tambon").rows) == 1


def test_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "ทะเบียน.csv"
    path.write_text("ที่,จังหวัด,อำเภอ,ตำบล,หมู่บ้าน,หมู่ที่,ปี พ.ศ.,หมายเหตุ\n"
                    "1,หนองคาย,โพนพิสัย,กุดบง,ดงบัง,6,2557,\n2,หนองคาย,ท่าบ่อ,โพนสา,ศิลาเลข,6,2559,ระดับจังหวัด\n",
                    encoding="utf-8-sig")
    rows = read_source(path).rows
    assert [(r.ref, r.village, r.moo, r.notes) for r in rows] == [("1", "ดงบัง", "6", ""),
                                                                ("2", "ศิลาเลข", "6", "ระดับจังหวัด")]


def test_bad_files_are_plain_thai_errors(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="ไม่พบไฟล์"):
        read_source(tmp_path / "missing.txt")
    empty = tmp_path / "note.txt"
    empty.write_text("ไม่มีตาราง", encoding="utf-8")
    with pytest.raises(KnownError, match="ไม่พบแถวของตาราง"):
        read_source(empty)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(KnownError, match=r"\.xls"):
        read_source(old)


def test_windows_thai_text_file(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(seed_text.encode("cp874", errors="replace"))  # cp874 has no Devanagari (row 22)
    parsed = read_source(path)
    assert len(parsed.rows) == 75 and parsed.rows[0].district == "รัตนวาปี"


# --- candidates and the rules -----------------------------------------------------------------

def test_district_village_must_not_be_in_the_register_2555_to_year_before(services: Services) -> None:
    candidates = CandidateService(services.db)
    data = CandidateData(kind="village", fiscal_year=2563, tambon="เหล่าต่างคำ", village="บ้านห้วยน้ำเย็น", moo=3)
    assert candidates.check(data).eligible
    add_rows(services, village(2563))  # the fiscal year itself is not in 2555–2562
    assert candidates.check(data).eligible
    assert not candidates.check(CandidateData(**{**data.__dict__, "fiscal_year": 2564})).eligible
    add_rows(services, village(2562, name="ห้วยน้ำเย็น"))  # บ้าน or not, the same village
    verdict = candidates.check(data)
    assert not verdict.eligible and len(verdict.reasons) == 1
    assert "2562" in verdict.reasons[0] and "2555–2562" in verdict.reasons[0]
    assert verdict.conflicts[0].year == 2562


def test_programme_start_is_the_first_year_of_the_window(services: Services) -> None:
    candidates = CandidateService(services.db)
    data = CandidateData(kind="village", fiscal_year=2563, tambon="กุดบง", village="ดงบัง", moo=6)
    add_rows(services, village(2554, tambon="กุดบง", name="ดงบัง", moo=6))
    assert candidates.check(data).eligible
    add_rows(services, village(2555, tambon="กุดบง", name="ดงบัง", moo=6))
    assert not candidates.check(data).eligible


def test_province_level_in_the_register_blocks_a_district_candidate(services: Services) -> None:
    add_rows(services, village(2560, "province", tambon="สร้างนางขาว", name="หาดสัง", moo=6))
    verdict = CandidateService(services.db).check(
        CandidateData(kind="village", fiscal_year=2563, tambon="สร้างนางขาว", village="บ้านหาดสัง", moo=6))
    assert not verdict.eligible and "ระดับจังหวัด" in verdict.reasons[0]


def test_province_level_candidate_may_have_been_district_level(services: Services) -> None:
    candidates = CandidateService(services.db)
    add_rows(services, village(2561, "district", tambon="บ้านโพธิ์", name="บ้านคำปะกั้ง", moo=5))
    data = CandidateData(kind="village", level="province", fiscal_year=2563, tambon="บ้านโพธิ์",
                         village="คำปะกั้ง", moo=5)
    verdict = candidates.check(data)
    assert verdict.eligible and "ระดับอำเภอ" in verdict.notes[0]
    add_rows(services, village(2562, "province", tambon="บ้านโพธิ์", name="คำปะกั้ง", moo=5))
    verdict = candidates.check(data)
    assert not verdict.eligible and "ระดับจังหวัดแล้ว" in verdict.reasons[0]


def test_same_name_other_moo_is_a_note_same_moo_other_name_is_the_village(services: Services) -> None:
    candidates = CandidateService(services.db)
    add_rows(services, village(2559, tambon="ชุมช้าง", name="เอราวัณ", moo=13))
    other_moo = candidates.check(CandidateData(kind="village", fiscal_year=2563, tambon="ชุมช้าง",
                                               village="เอราวัณ", moo=14))
    assert other_moo.eligible and "หมู่ที่ต่างกัน" in other_moo.notes[0]
    renamed = candidates.check(CandidateData(kind="village", fiscal_year=2563, tambon="ชุมช้าง",
                                             village="เอราวัณพัฒนา", moo=13))
    assert not renamed.eligible
    other_district = candidates.check(CandidateData(kind="village", fiscal_year=2563, tambon="กุดบง",
                                                    village="เอราวัณ", moo=13))
    assert other_district.eligible


def test_tambon_must_be_in_the_office_district(services: Services) -> None:
    candidates = CandidateService(services.db)
    verdict = candidates.check(CandidateData(kind="tambon", fiscal_year=2563, tambon="โพนสว่าง"))
    assert not verdict.eligible and "ไม่อยู่ในอำเภอโพนพิสัย" in verdict.reasons[0]
    slip = candidates.check(CandidateData(kind="tambon", fiscal_year=2563, tambon="เหล่าต่างคํา"))  # ํ + า
    assert not slip.eligible and "«เหล่าต่างคำ»" in slip.reasons[0]
    assert candidates.check(CandidateData(kind="tambon", fiscal_year=2563, tambon="ตำบลเหล่าต่างคำ")).eligible
    missing = candidates.check(CandidateData(kind="village", fiscal_year=2563, tambon="กุดบง"))
    assert {"ระบุชื่อหมู่บ้าน", "ระบุหมู่ที่ (ตัวเลข 1–99)"} <= set(missing.reasons)


def test_district_tambon_must_not_have_been_province_model_tambon_2561_2562(mueang: Services,
                                                                             seed_text: str) -> None:
    register = RegisterService(mueang.db)
    register.store(register.preview(parse_text(seed_text, "tambon")))
    candidates = CandidateService(mueang.db)
    verdict = candidates.check(CandidateData(kind="tambon", fiscal_year=2563, tambon="โพนสว่าง"))
    assert not verdict.eligible
    assert "ระดับจังหวัด" in verdict.reasons[0] and "2562" in verdict.reasons[0] and "2561–2562" in verdict.reasons[0]
    assert candidates.check(CandidateData(kind="tambon", fiscal_year=2562, tambon="โพนสว่าง")).eligible
    assert candidates.check(CandidateData(kind="tambon", fiscal_year=2563, tambon="หาดคำ")).eligible


def test_tambon_window_boundaries_and_district_level(mueang: Services) -> None:
    candidates = CandidateService(mueang.db)
    data = CandidateData(kind="tambon", fiscal_year=2563, tambon="หินโงม")
    add_rows(mueang, tambon_row(2560, tambon="หินโงม"))  # before the model tambons began (2561)
    assert candidates.check(data).eligible
    add_rows(mueang, tambon_row(2562, "district", tambon="หินโงม"))
    verdict = candidates.check(data)
    assert verdict.eligible and verdict.notes
    add_rows(mueang, tambon_row(2561, tambon="หินโงม"))
    assert not candidates.check(data).eligible


def test_one_candidate_per_district_per_kind_and_year(services: Services) -> None:
    candidates = CandidateService(services.db)
    first = candidates.save(CandidateData(kind="village", fiscal_year=2563, tambon="จุมพล", village="จุมพล", moo=1))
    with pytest.raises(NotEligible) as refused:
        candidates.save(CandidateData(kind="village", fiscal_year=2563, tambon="กุดบง", village="ดงบัง", moo=6))
    assert "อำเภอละ 1 หมู่บ้าน" in refused.value.eligibility.reasons[0]
    assert "บ้านจุมพล หมู่ที่ 1" in refused.value.message
    updated = candidates.save(CandidateData(**{**first.__dict__, "population": 812, "history": "ตั้งปี 2480"}))
    assert updated.id == first.id and candidates.get("village", 2563).population == 812  # type: ignore[union-attr]
    assert candidates.save(CandidateData(kind="tambon", fiscal_year=2563, tambon="จุมพล")).id is not None
    assert candidates.save(CandidateData(kind="village", fiscal_year=2564, tambon="กุดบง", village="ดงบัง",
                                         moo=6)).id is not None
    assert candidates.save(CandidateData(kind="village", level="province", fiscal_year=2563, tambon="กุดบง",
                                         village="ดงบัง", moo=6)).id is not None
    assert len(candidates.all()) == 4


def test_last_years_candidate_counts_as_a_past_it_village(services: Services) -> None:
    candidates = CandidateService(services.db)
    candidates.save(CandidateData(kind="village", fiscal_year=2563, tambon="จุมพล", village="บ้านจุมพล", moo=1))
    verdict = candidates.check(CandidateData(kind="village", fiscal_year=2564, tambon="จุมพล", village="จุมพล",
                                             moo=1))
    assert not verdict.eligible and "2563" in verdict.reasons[0]


def test_candidate_needs_the_office_profile(tmp_path: Path) -> None:
    bare = Services.open(DataPaths(tmp_path / "bare"))
    try:
        with pytest.raises(KnownError, match="ข้อมูลสำนักงาน"):
            CandidateService(bare.db).check(CandidateData(kind="tambon", fiscal_year=2563, tambon="จุมพล"))
    finally:
        bare.close()


def test_deadlines_are_16_march_and_1_july_of_the_fiscal_year() -> None:
    fy2563 = deadlines("village", 2563)
    assert [d.date for d in fy2563] == [dt.date(2020, 3, 16), dt.date(2020, 7, 1)]
    assert "หมู่บ้านสารสนเทศ" in fy2563[0].what and "PDF" in fy2563[1].what
    assert [d.date for d in deadlines("tambon", 2568)] == [dt.date(2025, 3, 16), dt.date(2025, 7, 1)]
    due = fy2563[0]
    assert due.status(dt.date(2020, 3, 15)) == "อีก 1 วัน"
    assert due.status(dt.date(2020, 3, 16)) == "ครบกำหนดวันนี้"
    assert due.status(dt.date(2020, 3, 17)) == "เลยกำหนดมาแล้ว 1 วัน"


def test_village_text_does_not_double_ban() -> None:
    assert village_text("บ้านหาดคำ", 2) == "บ้านหาดคำ หมู่ที่ 2"
    assert village_text("หาดคำ", 2) == "บ้านหาดคำ หมู่ที่ 2"


# --- command line -------------------------------------------------------------------------------

def cli(paths: DataPaths, *argv: str) -> tuple[int | None, list[str]]:
    parser = argparse.ArgumentParser()
    cli_villages.add_commands(parser.add_subparsers(dest="command"))
    lines: list[str] = []
    code = cli_villages.run_command(paths, parser.parse_args(list(argv)), lines.append)
    return code, lines


def test_cli_import_register_refuses_then_stores(services: Services) -> None:
    paths = services.db.paths
    code, lines = cli(paths, "import-register", str(SEED))
    text = "\n".join(lines)
    assert code == 1
    assert lines[0].startswith("อ่านแล้ว 75 แถว")
    assert "แถวซ้ำ 9 แถว" in text and "แถวที่ 55 ซ้ำกับแถวที่ 46" in text
    assert "--accept เผ่าไร่=เฝ้าไร่" in text and "--accept ศรีเมืองใหม่=ศรีเชียงใหม่" in text
    assert "ไม่มีการบันทึกใด ๆ" in text and RegisterService(services.db).rows() == []
    accepts = [a for wrong, right in SLIPS.items() for a in ("--accept", f"{wrong}={right}")]
    code, lines = cli(paths, "import-register", str(SEED), *accepts, "--dry-run")
    assert code == 0 and lines[-1] == "ตรวจแล้ว (ยังไม่บันทึก): จะบันทึก 66 แถว"
    assert RegisterService(services.db).rows() == []
    code, lines = cli(paths, "import-register", str(SEED), *accepts)
    assert code == 0 and lines[-1] == "บันทึกแล้ว 66 แถว"
    code, lines = cli(paths, "import-register", str(SEED), "--accept-suggestions")
    assert code == 0 and lines[-1] == "บันทึกแล้ว 0 แถว" and any("มีในทะเบียนอยู่แล้ว 66 แถว" in x for x in lines)


def test_cli_import_register_from_stdin_and_kind(services: Services, monkeypatch: pytest.MonkeyPatch,
                                                 seed_text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(seed_text))
    code, lines = cli(services.db.paths, "import-register", "-", "--kind", "tambon")
    assert code == 0 and lines[-1] == "บันทึกแล้ว 2 แถว"
    assert any("ข้ามแถวของอีกตาราง 73 แถว" in x for x in lines)


def test_cli_bad_accept_is_an_argument_error(services: Services) -> None:
    with pytest.raises(SystemExit):
        cli(services.db.paths, "import-register", str(SEED), "--accept", "เผ่าไร่")


def test_cli_candidate_exit_codes(services: Services) -> None:
    paths = services.db.paths
    cli(paths, "import-register", str(SEED), "--accept-suggestions")
    code, lines = cli(paths, "candidate", "--kind", "village", "--fiscal-year", "2563", "--tambon", "เหล่าต่างคำ",
                      "--village", "ห้วยน้ำเย็น", "--moo", "3", "--save")
    assert code == 1 and "ไม่ผ่านหลักเกณฑ์การคัดเลือก:" in lines and lines[-1] == "ไม่ได้บันทึก เพราะไม่ผ่านหลักเกณฑ์"
    assert any("16 มี.ค." in x or "๑๖ มี.ค." in x for x in lines)
    code, lines = cli(paths, "candidate", "--kind", "village", "--fiscal-year", "2563", "--tambon", "เหล่าต่างคำ",
                      "--village", "โนนสว่าง", "--moo", "5", "--save")
    assert code == 0 and lines[-1] == "บันทึกแล้ว: บ้านโนนสว่าง หมู่ที่ 5 ตำบลเหล่าต่างคำ"
    code, lines = cli(paths, "candidate", "--kind", "village", "--fiscal-year", "2563", "--tambon", "จุมพล",
                      "--village", "จุมพล", "--moo", "1", "--save")
    assert code == 1 and any("อำเภอละ 1 หมู่บ้าน" in x for x in lines)
    code, lines = cli(paths, "candidate", "--kind", "village", "--fiscal-year", "2563", "--tambon", "จุมพล",
                      "--village", "จุมพล", "--moo", "1", "--save", "--replace")
    assert code == 0 and lines[-1] == "บันทึกแล้ว: บ้านจุมพล หมู่ที่ 1 ตำบลจุมพล"
    code, lines = cli(paths, "candidate", "--kind", "village", "--fiscal-year", "2563", "--population", "640",
                      "--save")
    assert code == 0 and CandidateService(services.db).get("village", 2563).population == 640  # type: ignore[union-attr]
    code, lines = cli(paths, "candidate", "--kind", "tambon", "--fiscal-year", "2563")
    assert code == 0 and lines[1] == "เป้าหมายที่บันทึกไว้: ยังไม่มี"


def test_cli_lesson_learned(services: Services, tmp_path: Path) -> None:
    paths = services.db.paths
    out = tmp_path / "blank"
    code, lines = cli(paths, "lesson-learned", "--kind", "tambon", "--fiscal-year", "2563", "--blank",
                      "--out", str(out))
    assert code == 0 and (tmp_path / "blank.pdf").is_file() and lines[0].startswith("บันทึกแล้ว:")
    with pytest.raises(KnownError, match="ยังไม่ได้บันทึกตำบลเป้าหมาย"):
        cli(paths, "lesson-learned", "--kind", "tambon", "--fiscal-year", "2563", "--out", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
    cli(paths, "candidate", "--kind", "tambon", "--fiscal-year", "2563", "--tambon", "จุมพล", "--save")
    code, lines = cli(paths, "lesson-learned", "--kind", "tambon", "--fiscal-year", "2563", "--digits", "arabic",
                      "--out", str(tmp_path / "filled.pdf"))
    assert code == 0 and any(x.startswith("คำเตือน: ยังไม่มีข้อมูลในหัวข้อ") for x in lines)
    assert "ตำบลจุมพล อำเภอโพนพิสัย\nจังหวัดหนองคาย ปีงบประมาณ 2563" in all_text(tmp_path / "filled.pdf")


# --- the lesson-learned document -------------------------------------------------------------------

def lines_of(pdf: Path, page: int) -> list[str]:
    return [x.strip() for x in run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-").stdout.splitlines()
            if x.strip()]


@pytest.mark.parametrize("kind", ["village", "tambon"])
def test_blank_document_covers_and_headings(kind: str, tmp_path: Path) -> None:
    p = Printer(True)
    pdf = tmp_path / f"{kind}.pdf"
    count = render_lesson_learned(lesson_document(kind, 2563, None, blank=True), pdf)  # type: ignore[arg-type]
    assert count == pages(pdf) >= 5
    front, back = lines_of(pdf, 1), lines_of(pdf, count)
    if kind == "village":
        assert front[:2] == list(COVER_TITLE["village"]) == ["หมู่บ้านสารสนเทศชุมชนดีเด่น",
                                                             "เพื่อพัฒนาเศรษฐกิจและคุณภาพชีวิต"]
        assert front[2] == "รูปภาพ (ถ้ามี)"
        assert front[3].startswith("บ้าน....") and "หมู่ที่...." in front[3] and "ตำบล...." in front[3]
        assert front[4].startswith("อำเภอ....") and "จังหวัด...." in front[4]
        assert front[5] == "ปีงบประมาณ ๒๕๖๓"
        assert back[:2] == front[:2]
    else:
        assert front[:2] == ["สารสนเทศตำบลต้นแบบ", "เพื่อการพัฒนาคุณภาพชีวิต"]  # broken before เพื่อ
        assert front[2] == "รูปภาพ (ถ้ามี)"
        assert front[3].startswith("ตำบล....") and "อำเภอ...." in front[3]
        assert front[4].startswith("จังหวัด....") and front[4].endswith("ปีงบประมาณ ๒๕๖๓")
        assert back[:2] == front[:2]
    assert back[-1] == "กรมการพัฒนาชุมชน กระทรวงมหาดไทย"
    assert back[-3].startswith("สำนักงานพัฒนาชุมชนอำเภอ....") and back[-2].startswith("จังหวัด....")
    body = squash(all_text(pdf))
    for heading in [FULL_TITLE[kind], PART1[kind], PART2[kind], PART3,
                    *(t.title for t in part1(kind)), *(t.title for t in part2(kind)),  # type: ignore[arg-type]
                    "ภาพกิจกรรม", "ข้อมูล จปฐ. กชช.2 ค.", "อื่นๆ ตามความเหมาะสม"]:
        assert squash(p.text(heading)) in body, heading
    assert [f[0] for f in fonts(pdf)] and all(f[-4] == "yes" for f in fonts(pdf))  # embedded


def test_part_headings_read_back_exactly_with_arabic_digits(tmp_path: Path) -> None:
    pdf = tmp_path / "v.pdf"
    render_lesson_learned(lesson_document("village", 2563, None, blank=True), pdf, thai_digits=False)
    text = all_text(pdf).splitlines()
    assert "ส่วนที่ 2 แนวทางการพัฒนาหมู่บ้านสารสนเทศชุมชนดีเด่นฯ" in text
    assert "ส่วนที่ 3 ภาคผนวก" in text
    assert "2.4 การดำเนินโครงการเชิงบูรณาการและการแสวงหางบประมาณ" in text
    assert "ปีงบประมาณ 2563" in text


def test_filled_document_from_the_candidate(services: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from cddesk.services import evidence

    monkeypatch.setitem(evidence.OWNER_LABELS, OWNER_KIND, "หมู่บ้าน/ตำบลเป้าหมาย")
    candidates = CandidateService(services.db, services.office, services.evidence)
    saved = candidates.save(CandidateData(
        kind="village", fiscal_year=2563, tambon="สร้างนางขาว", village="บ้านใหม่สามัคคี", moo=9, population=1234,
        households=321, history="ตั้งหมู่บ้านเมื่อปี 2480 ริมน้ำโขง\nผู้ใหญ่บ้านคนแรกชื่อนายคำ",
        products="ผ้าทอมือย้อมครามของกลุ่มแม่บ้าน", publicity="เพจเฟซบุ๊กของหมู่บ้าน"))
    assert saved.id is not None
    for name, colour in (("ประชุม.jpg", (200, 60, 60)), ("ปักหมุด.png", (60, 160, 90))):
        Image.new("RGB", (640, 480), colour).save(tmp_path / name)
        candidates.add_photo(saved.id, tmp_path / name, caption=f"ภาพ {name}")
    assert [p.caption for p in candidates.photos(saved.id)] == ["ภาพ ประชุม.jpg", "ภาพ ปักหมุด.png"]
    made = write_lesson_learned(services, "village", 2563, tmp_path / "filled.pdf")
    pdf = made.path
    front = lines_of(pdf, 1)
    assert front == ["หมู่บ้านสารสนเทศชุมชนดีเด่น", "เพื่อพัฒนาเศรษฐกิจและคุณภาพชีวิต",
                     "บ้านใหม่สามัคคี หมู่ที่ ๙ ตำบลสร้างนางขาว", "อำเภอโพนพิสัย จังหวัดหนองคาย", "ปีงบประมาณ ๒๕๖๓"]
    assert lines_of(pdf, made.pages)[-3:] == ["สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", "จังหวัดหนองคาย",
                                             "กรมการพัฒนาชุมชน กระทรวงมหาดไทย"]
    body = squash(all_text(pdf))
    for text in ("จำนวนประชากรทั้งหมด ๑,๒๓๔ คน จำนวนครัวเรือน ๓๒๑ ครัวเรือน", "ตั้งหมู่บ้านเมื่อปี ๒๔๘๐ ริมน้ำโขง",
                 "ผ้าทอมือย้อมครามของกลุ่มแม่บ้าน", "เพจเฟซบุ๊กของหมู่บ้าน", "ภาพ ประชุม.jpg", "ภาพ ปักหมุด.png",
                 "ถอดบทเรียนหมู่บ้านสารสนเทศชุมชนดีเด่นเพื่อพัฒนาเศรษฐกิจชุมชนและคุณภาพชีวิต"):
        assert squash(text) in body, text
    images = [line.split() for line in run("pdfimages", "-list", str(pdf)).stdout.splitlines()[2:]]
    assert [int(i[0]) for i in images] == [1, made.pages - 1, made.pages - 1]  # cover, then part 3
    assert "รูปภาพ (ถ้ามี)" not in front
    assert made.warnings and "แหล่งท่องเที่ยวและการบริการ" in made.warnings[0]
    assert "ประวัติความเป็นมา" not in made.warnings[0]


def test_filled_without_photos_keeps_the_picture_box(services: Services, tmp_path: Path) -> None:
    CandidateService(services.db).save(CandidateData(kind="tambon", fiscal_year=2563, tambon="จุมพล"))
    made = write_lesson_learned(services, "tambon", 2563, tmp_path / "t.pdf", thai_digits=False)
    assert lines_of(made.path, 1) == ["สารสนเทศตำบลต้นแบบ", "เพื่อการพัฒนาคุณภาพชีวิต", "รูปภาพ (ถ้ามี)",
                                      "ตำบลจุมพล อำเภอโพนพิสัย", "จังหวัดหนองคาย ปีงบประมาณ 2563"]
    assert "ภาพกิจกรรม" in made.warnings[0]
