"""The website contest self-check (seed 001, rubrics.md §4) from real records: the checklist
kind lists exactly the rubric's items; ``build_facts`` feeds ticks (with evidence counts and
``website_check:<id>`` refs) and the year plan's design score to the engine; each item earns
an equal share of its criterion (4, 2.5, 10/3, 10), design 0–15 by hand; ticks without
evidence or outside the fiscal year do not count. The shipped FY2564 rubric scores FY2564
(``score``, the dashboard); another fiscal year is scored with the same rules moved to it
(``website-check``, the report), which says which rules it used."""

from __future__ import annotations

import argparse
import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from cddesk import cli_programmes
from cddesk.app_services import Services
from cddesk.cli import main
from cddesk.errors import KnownError, ValidationError
from cddesk.kinds import KIND_BY_KEY, WEBSITE_CHECK_ITEMS
from cddesk.office_facts import build_facts, latest_rubric_id, rubric_for_year, rubric_ids, score_office, score_office_in_year
from cddesk.periods import Period
from cddesk.reports import ReportContext
from cddesk.reports.programmes import website_check
from scoring import load_shipped_rubric
from scoring.model import ChecklistShare
from tests.pdf_helpers import all_text, missing_strings, squash
from tests.record_builders import add, open_office, year_plan

D = dt.date
RUBRIC = "website_contest_fy2564"
IN_2564 = D(2021, 2, 1)
IN_2568 = D(2025, 2, 1)
AFTER_2564 = D(2021, 10, 15)
AFTER_2568 = D(2025, 10, 15)
ITEMS = [key for key, _ in WEBSITE_CHECK_ITEMS]


@pytest.fixture
def services(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_office(tmp_path / "office")
    yield s
    s.close()


def tick(services: Services, item: str, day: dt.date = IN_2564, evidence: bool = True) -> int:
    return int(add(services, "website_check", evidence=evidence, item=item, date=day,
                   url=f"https://phonphisai.example.org/{item}").id)


def points(services: Services, at: dt.date = AFTER_2564) -> dict[str, Fraction]:
    result = score_office(services.db, RUBRIC, at)
    return {c.id: c.points for c in result.criteria}


def test_the_kind_lists_exactly_the_items_of_every_shipped_contest_rubric() -> None:
    contests = [i for i in rubric_ids() if i.startswith("website_contest_fy")]
    assert contests
    for rubric_id in contests:
        keys = [item.key for d in load_shipped_rubric(rubric_id).domains for c in d.criteria
                if isinstance(c.scorer, ChecklistShare) for item in c.scorer.items]
        assert keys == ITEMS, rubric_id
    kind = KIND_BY_KEY["website_check"]
    assert kind.needs_evidence and kind.filter_field == "item"


def test_facts_from_the_records(services: Services) -> None:
    first = tick(services, "basic.vision")
    bare = tick(services, "links.cdd", evidence=False)
    year_plan(services, 2564, website_design_score=11)
    facts = build_facts(services.db, 2564, AFTER_2564)
    assert [(t.item, t.date, t.evidence_count, t.ref) for t in facts.website_checklist] == [
        ("basic.vision", IN_2564, 1, f"website_check:{first}"), ("links.cdd", IN_2564, 0, f"website_check:{bare}")]
    assert facts.website_design_score == 11
    assert build_facts(services.db, 2568, AFTER_2564).website_design_score is None  # that year has no plan


def test_each_item_earns_an_equal_share(services: Services) -> None:
    tick(services, "basic.vision")
    tick(services, "mission.otop")
    tick(services, "links.cdd")
    tick(services, "continuity.news")
    got = points(services)
    assert got == {"1": 4, "2": Fraction(5, 2), "3": Fraction(10, 3), "4": 10, "5": 0}
    for item in ("links.province", "links.external"):
        tick(services, item)
    assert points(services)["3"] == 10  # three thirds make exactly ten


def test_every_item_and_full_design_make_one_hundred(services: Services) -> None:
    for item in ITEMS:
        tick(services, item)
    year_plan(services, 2564, website_design_score=15)
    result = score_office(services.db, RUBRIC, AFTER_2564)
    assert result.points == 100 and all(not c.explanation.missing for c in result.criteria)


def test_ticking_an_item_twice_counts_it_once(services: Services) -> None:
    tick(services, "basic.vision")
    tick(services, "basic.vision", D(2021, 3, 1))
    assert points(services)["1"] == 4


def test_a_tick_without_evidence_does_not_count(services: Services) -> None:
    bare = tick(services, "basic.vision", evidence=False)
    result = score_office(services.db, RUBRIC, AFTER_2564)
    c1 = result.criterion("1")
    assert c1.points == 0
    assert [(n.record.ref, n.reason_code) for n in c1.explanation.not_counted] == [(f"website_check:{bare}", "no_evidence")]
    assert "มี 1 รายการที่จะนับได้เมื่อแนบหลักฐาน" in c1.explanation.missing
    for other in ("2", "3", "4"):  # an item of criterion 1 is no business of the others
        assert result.criterion(other).explanation.not_counted == []
    services.evidence.add_link("website_check", bare, "https://phonphisai.example.org/vision.png")
    assert points(services)["1"] == 4


def test_the_fiscal_year_bounds(services: Services) -> None:
    tick(services, "basic.vision", D(2020, 9, 30))  # FY2563: outside
    tick(services, "basic.structure", D(2020, 10, 1))  # first day of FY2564
    tick(services, "basic.contact", D(2021, 9, 30))  # last day
    tick(services, "basic.services", D(2021, 10, 1))  # FY2565: outside
    result = score_office(services.db, RUBRIC, AFTER_2564)
    assert result.criterion("1").points == 8
    codes = {n.record.title: n.reason_code for n in result.criterion("1").explanation.not_counted}
    # the ticks are named as the window and the contest name them, not by their keys
    assert codes == {"1.1 วิสัยทัศน์ พันธกิจ ประเด็นยุทธศาสตร์ หน้าที่ความรับผิดชอบ": "outside_period",
                     "1.4 ข้อมูลการให้บริการที่สำคัญของหน่วยงาน": "outside_period"}


def test_nothing_counts_before_it_was_found(services: Services) -> None:
    tick(services, "basic.vision", D(2021, 3, 1))
    assert points(services, D(2021, 2, 28))["1"] == 0
    assert points(services, D(2021, 3, 1))["1"] == 4


@pytest.mark.parametrize("score,expected,status", [(None, 0, "not_assessed"), (0, 0, "assessed"),
                                                   (15, 15, "assessed")])
def test_design_is_rated_by_hand(services: Services, score: int | None, expected: int, status: str) -> None:
    year_plan(services, 2564, website_design_score=score)
    c5 = score_office(services.db, RUBRIC, AFTER_2564).criterion("5")
    assert (c5.points, c5.status) == (expected, status)


def test_design_score_above_fifteen_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        year_plan(services, 2564, website_design_score=16)
    assert "0 ถึง 15" in err.value.fields["website_design_score"]


# --- the office's own fiscal year -------------------------------------------------------------------


def test_latest_rubric_of_the_family() -> None:
    assert latest_rubric_id("website_contest_fy", 2568) == RUBRIC
    assert latest_rubric_id("website_contest_fy", 2564) == RUBRIC
    assert latest_rubric_id("website_contest_fy", 2560) == RUBRIC  # none earlier: the oldest
    with pytest.raises(KnownError):
        latest_rubric_id("no_such_rubric_fy", 2568)


def test_rules_moved_to_another_year() -> None:
    rubric = load_shipped_rubric(RUBRIC)
    assert rubric_for_year(rubric, 2564) is rubric
    moved = rubric_for_year(rubric, 2568)
    assert (moved.fiscal_year, moved.period_start, moved.period_end) == (2568, D(2024, 10, 1), D(2025, 9, 30))
    c1 = moved.domains[0].criteria[0].scorer
    assert isinstance(c1, ChecklistShare) and (c1.filter.start, c1.filter.deadline) == (D(2024, 10, 1), D(2025, 9, 30))
    assert moved.max_points == 100 and "2564" in moved.period_title


def test_the_office_year_is_scored_with_the_same_rules(services: Services) -> None:
    tick(services, "basic.vision", IN_2568)
    tick(services, "links.cdd", IN_2564)  # a tick of FY2564 is not this year's
    year_plan(services, 2568, website_design_score=9)
    result = score_office_in_year(services.db, RUBRIC, 2568, AFTER_2568)
    assert (result.rubric_id, result.fiscal_year) == (RUBRIC, 2568)
    assert (result.period_start, result.period_end) == (D(2024, 10, 1), D(2025, 9, 30))
    assert {c.id: c.points for c in result.criteria} == {"1": 4, "2": 0, "3": 0, "4": 0, "5": 9}
    assert score_office(services.db, RUBRIC, AFTER_2568).points == Fraction(10, 3)  # the rubric's own year


# --- command line -------------------------------------------------------------------------------------


def test_score_command_scores_the_contest(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    tick(services, "basic.vision")
    root = services.db.paths.root
    services.close()
    assert main(["--data-dir", str(root), "score", "--rubric", RUBRIC, "--at", "15/10/2564"]) == 0
    text = capsys.readouterr().out
    assert "คะแนนรวม 4 จาก 100" in text and "ยังขาด: ยังไม่มี: โครงสร้าง อำนาจหน้าที่" in text


def test_website_check_command(services: Services) -> None:
    tick(services, "mission.otop", IN_2568)
    parser = argparse.ArgumentParser()
    cli_programmes.add_commands(parser.add_subparsers(dest="command"))
    lines: list[str] = []
    code = cli_programmes.run_command(services.db.paths, parser.parse_args(["website-check", "--at", "15/10/2568"]),
                                      lines.append)
    assert code == 0
    assert lines[0] == f"ประเมินตนเองตามเกณฑ์ประกวดเว็บไซต์ ข้อมูลปีงบประมาณ 2568 (ใช้หลักเกณฑ์ {RUBRIC})"
    text = "\n".join(lines)
    assert "คะแนนรวม 2.5 จาก 100" in text and "ยังขาด: ยังไม่มี: หมู่บ้านเศรษฐกิจพอเพียง (+2.50 คะแนน)" in text
    with pytest.raises(KnownError, match="--at"):
        cli_programmes.run_command(services.db.paths, parser.parse_args(["website-check", "--at", "31/2/2568"]))


# --- the self-check document ----------------------------------------------------------------------------


def test_self_check_pdf_and_excel(services: Services, tmp_path: Path) -> None:
    import openpyxl

    from cddesk.pdf.render import render_pdf
    from cddesk.reports.xlsx import write_workbook

    for item in ("basic.vision", "basic.structure", "links.cdd", "continuity.news"):
        tick(services, item, IN_2568)
    tick(services, "links.province", IN_2568, evidence=False)
    year_plan(services, 2568, website_design_score=12, website_url="https://phonphisai.example.org")
    report = website_check(ReportContext(services, Period(2568), D(2025, 10, 15)))
    pdf = tmp_path / "web.pdf"
    render_pdf(report, pdf, thai_digits=False)
    assert missing_strings(report, pdf, thai_digits=False) == []
    text = squash(all_text(pdf))
    for expected in ("แบบประเมินตนเอง การประกวดเว็บไซต์สำนักงานพัฒนาชุมชนอำเภอดีเด่น", "คะแนนรวม 33.33 จาก 100 คะแนน",
                     "ตามหลักเกณฑ์การประกวด ปีงบประมาณ พ.ศ. 2564", "ตรวจข้อมูลของปีงบประมาณ 2568",
                     "https://phonphisai.example.org/basic.vision", "ให้คะแนนเอง", "รายการที่ยังขาด",
                     "บันทึกไว้แต่ยังไม่นับ: ไม่มีหลักฐาน", "หมู่บ้านเศรษฐกิจพอเพียง", "ยังไม่มีบนเว็บไซต์"):
        assert squash(expected) in text, expected
    book = tmp_path / "web.xlsx"
    write_workbook([report], book)
    values = [[c.value for c in row] for row in openpyxl.load_workbook(book).active.iter_rows()]
    summary = {row[0]: row[2:4] for row in values if row[0] in ("1", "2", "3", "4", "5")}
    assert summary["1"] == [20, 8] and summary["3"] == [10, pytest.approx(10 / 3)] and summary["5"] == [15, 12]
    lacking = [row for row in values if row[0] == "1.3"]
    assert lacking and lacking[-1][2] == 4  # what item 1.3 would add


def test_self_check_names_a_missing_design_score(services: Services) -> None:
    report = website_check(ReportContext(services, Period(2568), D(2025, 10, 15)))
    rows = [row for block in report.blocks if hasattr(block, "rows") for row in block.rows]  # type: ignore[attr-defined]
    assert ["5", "รูปแบบเว็บไซต์ทันสมัย สวยงาม น่าสนใจ และสะดวกในการใช้งาน (ให้คะแนนเอง 0–15)", 15.0,
            "บันทึกคะแนนที่ให้เองในค่าเป้าหมายประจำปี"] in rows
