"""The IT role model (seed 001, rubrics.md §4) on a real office database: each criterion at its
boundary with a Thai reason for every unmet one — a civil servant (a civil-servant position
level on the staff register; not พนักงานราชการ/ลูกจ้าง; still at the office), and at least one
evidenced work in any one of the four kinds — then one nominee per district and fiscal year,
the command line, and the nomination document read back from its PDF."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from cddesk import cli_programmes
from cddesk.app_services import Services
from cddesk.errors import KnownError, ValidationError
from cddesk.periods import Period
from cddesk.reports import ReportContext
from cddesk.reports.programmes import role_model
from cddesk.role_model import RoleModelService, is_civil_servant_level
from cddesk.services.staff import StaffData
from tests.pdf_helpers import all_text, missing_strings, squash
from tests.record_builders import add, open_office, year_plan

D = dt.date
NAMFON = "นางสาวน้ำฝน ฝั่งโขง"
WEERA = "นายวีระพงษ์ ริมโขง"


@pytest.fixture
def services(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_office(tmp_path / "office")
    s.staff.save(StaffData(name=NAMFON, position="นักวิชาการพัฒนาชุมชน", level="ชำนาญการ", phone="081-000-0000",
                           email="namfon@example.org"))
    s.staff.save(StaffData(name=WEERA, position="นักวิชาการพัฒนาชุมชน", level="ปฏิบัติการ"))
    yield s
    s.close()


@pytest.fixture
def role(services: Services) -> RoleModelService:
    return RoleModelService(services.db)


def work(services: Services, name: str = NAMFON, category: str = "website", evidence: bool = True,
         day: dt.date = D(2025, 1, 10), title: str = "ปรับปรุงเว็บไซต์สำนักงาน") -> int:
    return int(add(services, "portfolio_work", evidence=evidence, staff_name=name, category=category,
                   title=title, date=day).id)


def set_staff(services: Services, name: str, **changes: object) -> None:
    member = next(s for s in services.staff.list() if s.name == name)
    services.staff.save(dataclasses.replace(member, **changes))


def unmet(result) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {c.key: c.reasons for c in result.conditions if not c.met}


# --- criterion 1: a CDD civil servant ------------------------------------------------------------


@pytest.mark.parametrize("level", ["ปฏิบัติงาน", "ชำนาญงาน", "อาวุโส", "ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ",
                                   "เชี่ยวชาญ", "ต้น", "สูง", "ระดับชำนาญการ"])
def test_civil_servant_levels(level: str) -> None:
    assert is_civil_servant_level(level)


@pytest.mark.parametrize("level", ["", "-", "พนักงานราชการทั่วไป", "ลูกจ้างประจำ"])
def test_not_civil_servant_levels(level: str) -> None:
    assert not is_civil_servant_level(level)


def test_eligible_with_one_evidenced_work(services: Services, role: RoleModelService) -> None:
    work(services)
    result = role.eligibility(NAMFON)
    assert result.eligible and result.reasons == []
    assert [c.key for c in result.conditions] == ["civil_servant", "skills", "works"]
    assert result.conditions[0].detail == "นักวิชาการพัฒนาชุมชน ระดับชำนาญการ"
    assert result.conditions[2].detail == "มีผลงานที่มีหลักฐาน 1 เรื่อง: (1) เว็บไซต์"
    assert "คนต้นแบบ ไอที" in result.summary()


@pytest.mark.parametrize("position,level,reason", [
    ("นักวิชาการพัฒนาชุมชน", "", "ยังไม่ได้ระบุระดับตำแหน่ง"),
    ("พนักงานราชการ (นักวิชาการพัฒนาชุมชน)", "ปฏิบัติการ", "เป็นพนักงานราชการ ไม่ใช่ข้าราชการ"),
    ("ลูกจ้างประจำ", "", "เป็นลูกจ้าง ไม่ใช่ข้าราชการ"),
    ("เจ้าพนักงานธุรการ", "ผู้ช่วย", "ระดับ «ผู้ช่วย» ไม่ใช่ระดับตำแหน่งของข้าราชการ"),
])
def test_not_a_civil_servant(services: Services, role: RoleModelService, position: str, level: str,
                             reason: str) -> None:
    work(services)
    set_staff(services, NAMFON, position=position, level=level)
    result = role.eligibility(NAMFON)
    assert not result.eligible
    assert set(unmet(result)) == {"civil_servant"}
    assert reason in unmet(result)["civil_servant"][0]


def test_staff_who_left_or_are_not_on_the_register(services: Services, role: RoleModelService) -> None:
    work(services)
    set_staff(services, NAMFON, active=False)
    assert "ไม่ได้ปฏิบัติงานอยู่ที่สำนักงานแล้ว" in unmet(role.eligibility(NAMFON))["civil_servant"][0]
    stranger = role.eligibility("นายสมมติ ไม่มีชื่อ")
    assert set(unmet(stranger)) == {"civil_servant", "skills", "works"}
    assert "ไม่พบ «นายสมมติ ไม่มีชื่อ» ในทะเบียนบุคลากร" in stranger.reasons[0]
    assert stranger.staff is None


# --- criteria 2 and 3: at least one evidenced work, any kind ------------------------------------------


def test_no_work_at_all(role: RoleModelService) -> None:
    result = role.eligibility(WEERA)
    assert set(unmet(result)) == {"skills", "works"}
    assert "ยังไม่มีผลงานด้าน IT" in unmet(result)["works"][0]
    assert "ทักษะด้าน IT ต้องแสดงด้วยผลงาน" in unmet(result)["skills"][0]
    assert len(result.reasons) == 2  # one Thai reason for each unmet criterion


def test_a_work_without_evidence_does_not_count(services: Services, role: RoleModelService) -> None:
    work_id = work(services, WEERA, evidence=False)
    result = role.eligibility(WEERA)
    assert "มีผลงาน 1 เรื่อง แต่ยังไม่มีเรื่องใดแนบหลักฐานเชิงประจักษ์" in unmet(result)["works"][0]
    (listed,) = result.works
    assert not listed.counted and "ไม่มีหลักฐาน" in listed.reason
    services.evidence.add_link("portfolio_work", work_id, "https://www.example.org/web")
    assert role.eligibility(WEERA).eligible


@pytest.mark.parametrize("category", ["website", "media", "social", "software"])
def test_one_work_in_any_one_kind_is_enough(services: Services, role: RoleModelService, category: str) -> None:
    work(services, WEERA, category=category)
    result = role.eligibility(WEERA)
    assert result.eligible and [w.category for w in result.counted_works()] == [category]


def test_works_dated_after_the_check_do_not_count(services: Services, role: RoleModelService) -> None:
    work(services, WEERA, day=D(2025, 3, 1))
    assert not role.eligibility(WEERA, at=D(2025, 2, 28)).eligible
    assert role.eligibility(WEERA, at=D(2025, 3, 1)).eligible  # on the day itself it counts


def test_only_the_persons_own_works_count(services: Services, role: RoleModelService) -> None:
    work(services, NAMFON)
    assert not role.eligibility(WEERA).eligible
    assert role.eligibility("  นางสาวน้ำฝน   ฝั่งโขง ").eligible  # spacing as typed does not matter


def test_a_work_needs_a_person_on_the_register(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        work(services, "นายสมมติ ไม่มีชื่อ")
    assert "ไม่พบ «นายสมมติ ไม่มีชื่อ» ในทะเบียนบุคลากร" in err.value.fields["staff_name"]


def test_candidates_eligible_first(services: Services, role: RoleModelService) -> None:
    work(services, WEERA, category="software")
    assert [(c.staff_name, c.eligible) for c in role.candidates()] == [(WEERA, True), (NAMFON, False)]


# --- one nominee per district and fiscal year --------------------------------------------------------


def test_nominate_replace_and_withdraw(services: Services, role: RoleModelService) -> None:
    work(services, NAMFON)
    work(services, WEERA, category="media")
    assert role.nominee(2568) == ""
    role.nominate(2568, NAMFON)  # no year plan yet: one is made
    assert role.nominee(2568) == NAMFON
    role.nominate(2568, WEERA)  # one per district: the later nomination replaces it
    assert role.nominee(2568) == WEERA
    plans = [r.data for r in services.kinds["year_plan"].rows()]
    assert [(p.fiscal_year, p.role_model_nominee) for p in plans] == [(2568, WEERA)]
    role.nominate(2567, NAMFON)  # another year, its own nominee
    assert (role.nominee(2567), role.nominee(2568)) == (NAMFON, WEERA)
    role.withdraw(2568)
    assert (role.nominee(2567), role.nominee(2568)) == (NAMFON, "")


def test_only_an_eligible_person_is_nominated(services: Services, role: RoleModelService) -> None:
    year_plan(services, 2568, jpt_target=9000)
    with pytest.raises(KnownError) as err:
        role.nominate(2568, WEERA)
    assert "เสนอชื่อ «นายวีระพงษ์ ริมโขง» เป็นคนต้นแบบ ไอที ไม่ได้" in err.value.message
    assert "ยังไม่มีผลงานด้าน IT" in err.value.message
    assert role.nominee(2568) == ""
    plan = services.kinds["year_plan"].rows()[0].data
    assert plan.jpt_target == 9000  # the rest of the plan untouched


def test_year_plan_form_checks_the_nominee_and_design_score(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        year_plan(services, 2568, role_model_nominee="นายสมมติ ไม่มีชื่อ", website_design_score=16)
    assert "ทะเบียนบุคลากร" in err.value.fields["role_model_nominee"]
    assert "0 ถึง 15" in err.value.fields["website_design_score"]
    saved = year_plan(services, 2568, role_model_nominee=f" {NAMFON} ", website_design_score=15)
    assert (saved.role_model_nominee, saved.website_design_score) == (NAMFON, 15)


# --- command line ------------------------------------------------------------------------------------


def run_cli(services: Services, *argv: str) -> tuple[int | None, list[str]]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    cli_programmes.add_commands(sub)
    lines: list[str] = []
    code = cli_programmes.run_command(services.db.paths, parser.parse_args(list(argv)), lines.append)
    return code, lines


def test_role_model_commands(services: Services) -> None:
    code, lines = run_cli(services, "role-model", "check", WEERA)
    assert code == 1 and lines[0] == f"{WEERA}: ยังมีคุณสมบัติไม่ครบ"
    assert "[ผ่าน] ๑. เป็นข้าราชการสังกัดกรมการพัฒนาชุมชน" in lines
    assert any(line.startswith("[ไม่ผ่าน] ๓.") for line in lines)
    assert any("ยังไม่มีผลงานด้าน IT" in line for line in lines)
    with pytest.raises(KnownError, match="เสนอชื่อ"):
        run_cli(services, "role-model", "nominate", WEERA)
    work(services, WEERA, category="social", title="เพจ Facebook ตำบลบ้านผือ")
    code, lines = run_cli(services, "role-model", "nominate", WEERA, "--fiscal-year", "2568")
    assert code == 0 and "report role-model --period 2568" in lines[0]
    code, lines = run_cli(services, "role-model", "check", "--fiscal-year", "2568")  # the nominee by default
    assert code == 0 and lines[0] == f"{WEERA} (ผู้ได้รับการเสนอชื่อของปีนี้): มีคุณสมบัติครบ"
    assert any("เพจ Facebook ตำบลบ้านผือ (นับ)" in line for line in lines)
    code, _ = run_cli(services, "role-model", "withdraw")
    assert code == 0 and RoleModelService(services.db).nominee(2568) == ""
    with pytest.raises(KnownError, match="ยังไม่ได้เสนอชื่อ"):
        run_cli(services, "role-model", "check")


# --- the nomination document -------------------------------------------------------------------------


def test_nomination_pdf(services: Services, role: RoleModelService, tmp_path: Path) -> None:
    from cddesk.pdf.render import render_pdf

    work(services, NAMFON, title="ปรับปรุงเว็บไซต์สำนักงานให้แสดงผลบนมือถือ")
    work(services, NAMFON, category="software", title="ระบบติดตาม จปฐ. ด้วย Google Sheets")
    work(services, NAMFON, category="media", title="คลิปวิดีโอที่ยังไม่มีหลักฐาน", evidence=False)
    role.nominate(2568, NAMFON)
    report = role_model(ReportContext(services, Period(2568), D(2025, 6, 1)))
    assert report.warnings == []
    pdf = tmp_path / "role.pdf"
    render_pdf(report, pdf, thai_digits=True)
    assert missing_strings(report, pdf) == []
    text = squash(all_text(pdf))
    for expected in ("แบบเสนอชื่อ", "คนต้นแบบ ไอที พช.หนองคาย", NAMFON, "ชำนาญการ", "เป็นข้าราชการสังกัดกรมการพัฒนาชุมชน",
                     "มีคุณสมบัติครบตามหลักเกณฑ์", "ปรับปรุงเว็บไซต์สำนักงานให้แสดงผลบนมือถือ", "(๔) ประยุกต์ใช้โปรแกรมสำเร็จรูป",
                     "ไม่มีผลงานในด้านนี้", "ผลงานที่ยังไม่นับ", "คลิปวิดีโอที่ยังไม่มีหลักฐาน", "เจ้าของผลงาน", "ผู้เสนอ"):
        assert squash(expected) in text, expected


def test_nomination_without_nominee_prints_a_blank_form(services: Services) -> None:
    report = role_model(ReportContext(services, Period(2568), D(2025, 6, 1)))
    assert "ยังไม่ได้เสนอชื่อคนต้นแบบ ไอที" in report.warnings[0]


def test_nominee_no_longer_eligible_is_warned(services: Services, role: RoleModelService) -> None:
    work_id = work(services, NAMFON)
    role.nominate(2568, NAMFON)
    services.evidence.remove_all_for("portfolio_work", work_id)
    report = role_model(ReportContext(services, Period(2568), D(2025, 6, 1)))
    assert "ยังมีคุณสมบัติไม่ครบ" in report.warnings[0] and "แนบหลักฐาน" in report.warnings[0]
