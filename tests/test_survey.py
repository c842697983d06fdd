"""The training-needs questionnaire (seed 000, rubrics.md §2) through the real service and
SQLite: every rule of one questionnaire at its boundary with its Thai message at its field,
and the ranking rules exactly — mean descending; equal means broken by more 5-ratings; equal
5s broken by document order (the ten, then "other" topics in first-seen order); blanks left
out of the mean; a topic nobody rated listed last without a rank. Then ``survey rank`` on the
command line, and the questionnaire and its result as PDF read back with pdftotext."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from cddesk import cli_programmes
from cddesk.app_services import Services
from cddesk.errors import ValidationError
from cddesk.periods import Period
from cddesk.reports import ReportContext, ReportSpec
from cddesk.reports.programmes import training_needs, training_questionnaire
from cddesk.survey import (
    MAX_OTHERS, TOPICS, SurveyData, SurveyService, breakdowns, rank, response, survey_fields, tie_note)
from tests.pdf_helpers import all_text, missing_strings, squash
from tests.record_builders import open_office

D = dt.date
DAY = D(2025, 3, 3)  # FY2568


@pytest.fixture
def services(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_office(tmp_path / "office")
    yield s
    s.close()


@pytest.fixture
def survey(services: Services) -> SurveyService:
    return SurveyService(services.db)


def answers(*ratings: int | None, others: tuple[tuple[str, int | None], ...] = (), **part1: str) -> SurveyData:
    return response(DAY, ratings=list(ratings), others=list(others), **part1)


def refused(survey: SurveyService, data: SurveyData) -> dict[str, str]:
    before = survey.responses()
    with pytest.raises(ValidationError) as err:
        survey.save(data)
    assert survey.responses() == before, "a refused questionnaire must not be stored"
    return err.value.fields


def by_title(results: list[Any]) -> dict[str, Any]:
    return {t.title: t for t in results}


# --- one questionnaire ------------------------------------------------------------------------


def test_a_full_questionnaire_is_stored_and_read_back(survey: SurveyService) -> None:
    saved = survey.save(answers(5, 4, 3, 2, 1, 5, 4, 3, 2, 1, others=(("การใช้ Canva ทำสื่อ", 5),),
                                sex="female", age_band="41_50", level="professional", affiliation="district"))
    (back,) = survey.responses()
    assert back == saved and back.id is not None
    assert back.ratings == [5, 4, 3, 2, 1, 5, 4, 3, 2, 1]
    assert back.others == [("การใช้ Canva ทำสื่อ", 5)]
    assert (back.sex, back.age_band, back.level, back.affiliation) == ("female", "41_50", "professional", "district")


@pytest.mark.parametrize("rating", [1, 5, None])
def test_ratings_one_to_five_or_blank_are_accepted(survey: SurveyService, rating: int | None) -> None:
    saved = survey.save(answers(rating, 3))
    assert saved.r1 == rating and saved.r2 == 3


@pytest.mark.parametrize("rating", [0, 6, -1])
def test_ratings_outside_one_to_five_are_refused(survey: SurveyService, rating: int) -> None:
    fields = refused(survey, answers(4, 4, rating))
    assert set(fields) == {"r3"}
    assert "ตอนที่ 2 ข้อ 3" in fields["r3"] and "5 (มากที่สุด)" in fields["r3"] and "เว้นว่าง" in fields["r3"]
    assert TOPICS[2] in fields["r3"]


def test_other_rating_needs_its_topic_and_the_topic_its_rating(survey: SurveyService) -> None:
    data = answers(4)
    data.other2_rating = 5  # a level ticked on an "other" line left without a name
    fields = refused(survey, data)
    assert set(fields) == {"other2"} and "บรรทัดที่ 2" in fields["other2"] and "ยังไม่ได้ระบุชื่อหัวข้อ" in fields["other2"]
    data = answers(4, others=(("การใช้ AI ช่วยเขียนหนังสือ", None),))
    fields = refused(survey, data)
    assert set(fields) == {"other1_rating"}
    assert "การใช้ AI ช่วยเขียนหนังสือ" in fields["other1_rating"] and "ระดับความต้องการ" in fields["other1_rating"]
    bad = refused(survey, answers(4, others=(("Canva", 9),)))
    assert set(bad) == {"other1_rating"} and "«9»" in bad["other1_rating"]


def test_at_most_four_other_topics(survey: SurveyService) -> None:
    four = tuple((f"หัวข้อเพิ่ม {i}", 3) for i in range(1, MAX_OTHERS + 1))
    saved = survey.save(answers(others=four))
    assert [name for name, _ in saved.others] == [name for name, _ in four]
    with pytest.raises(ValidationError) as err:
        answers(others=(*four, ("หัวข้อที่ห้า", 4)))
    assert "ไม่เกิน 4 หัวข้อ" in err.value.fields["others"]
    with pytest.raises(ValidationError) as err:
        response(DAY, ratings=[3] * 11)
    assert "10 หัวข้อ" in err.value.fields["ratings"]


def test_other_lines_close_up_and_duplicates_are_refused(survey: SurveyService) -> None:
    data = answers(4)
    data.other3, data.other3_rating = "  การใช้   Canva ", 4
    saved = survey.save(data)
    assert (saved.other1, saved.other1_rating, saved.other3) == ("การใช้ Canva", 4, "")
    twice = refused(survey, answers(others=(("Canva", 4), ("canva", 5))))
    assert set(twice) == {"other2"} and "ซ้ำ" in twice["other2"]
    printed = refused(survey, answers(others=((TOPICS[6], 5),)))  # one of the ten, written again
    assert "ซ้ำกับข้อ 7" in printed["other1"]


@pytest.mark.parametrize(("field", "value"), [("sex", "ชาย"), ("age_band", "51 - 60 ปี"),
                                              ("level", "ชำนาญการพิเศษ"), ("affiliation", "สำนักงานพัฒนาชุมชนจังหวัด")])
def test_part_one_takes_the_printed_words_too(survey: SurveyService, field: str, value: str) -> None:
    saved = survey.save(answers(4, **{field: value}))
    assert getattr(saved, field) == {"sex": "male", "age_band": "51_60", "level": "senior_professional",
                                     "affiliation": "province"}[field]


@pytest.mark.parametrize(("field", "value", "words"), [
    ("sex", "ไม่บอก", "ชาย, หญิง, อื่น ๆ"), ("age_band", "61 - 70 ปี", "51 - 60 ปี"),
    ("level", "เชี่ยวชาญ", "ชำนาญการพิเศษ"), ("affiliation", "กรม", "สำนักงานพัฒนาชุมชนอำเภอ")])
def test_part_one_outside_the_boxes_is_refused(survey: SurveyService, field: str, value: str, words: str) -> None:
    fields = refused(survey, answers(4, **{field: value}))
    assert set(fields) == {field} and f"«{value}»" in fields[field] and words in fields[field]


def test_part_one_may_be_left_blank(survey: SurveyService) -> None:
    saved = survey.save(answers(4))
    assert (saved.sex, saved.age_band, saved.level, saved.affiliation) == ("", "", "", "")


def test_a_questionnaire_with_nothing_rated_is_refused(survey: SurveyService) -> None:
    fields = refused(survey, answers(sex="male"))
    assert "ยังไม่ได้ให้คะแนนหัวข้อใดเลย" in fields["r1"]


def test_dates(survey: SurveyService) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert "อนาคต" in refused(survey, response(tomorrow, ratings=[4]))["date"]
    assert "ระบุวันที่" in refused(survey, response(None, ratings=[4]))["date"]
    assert survey.save(response(dt.date.today(), ratings=[4])).id


def test_fiscal_year_lists_and_delete(survey: SurveyService) -> None:
    edges = [D(2025, 9, 30), D(2024, 9, 30), D(2024, 10, 1)]  # all in the past
    saved = [survey.save(response(day, ratings=[3])) for day in edges]
    assert [r.date for r in survey.of_fiscal_year(2568)] == [D(2024, 10, 1), D(2025, 9, 30)]
    assert [r.date for r in survey.of_fiscal_year(2567)] == [D(2024, 9, 30)]
    assert [r.date for r in survey.responses()] == sorted(edges)
    survey.delete(saved[1].id)  # type: ignore[arg-type]
    assert survey.of_fiscal_year(2567) == []


def test_edit_keeps_the_record(survey: SurveyService) -> None:
    saved = survey.save(answers(2, 2))
    saved.r2 = 5
    survey.save(saved)
    (back,) = survey.responses()
    assert back.id == saved.id and back.ratings[:2] == [2, 5]


# --- the ranking --------------------------------------------------------------------------------


def test_mean_descending() -> None:
    results = rank([answers(2, 3, 4), answers(3, 3, 5)])
    ranked = [t for t in results if t.rank]
    assert [(t.number, t.rank, t.mean) for t in ranked] == [(3, 1, Fraction(9, 2)), (2, 2, 3), (1, 3, Fraction(5, 2))]
    assert ranked[0].count == 2 and ranked[0].fives == 1 and ranked[0].distribution == (1, 1, 0, 0, 0)
    assert tie_note(results) == []


def test_equal_means_are_broken_by_more_fives() -> None:
    # topic 1: 5, 3 → 4.0 with one 5; topic 2: 4, 4 → 4.0 with no 5; topic 3: 5,5,2 → 4.0 with two 5s
    results = rank([answers(5, 4, 5), answers(3, 4, 5), answers(None, None, 2)])
    ranked = [t for t in results if t.rank]
    assert [t.mean for t in ranked] == [4, 4, 4]
    assert [t.number for t in ranked] == [3, 1, 2]
    assert [t.fives for t in ranked] == [2, 1, 0]
    assert tie_note(results) == ["อันดับ 1 และ 2 ค่าเฉลี่ยเท่ากัน (4.00): ระดับ 5 มากกว่า (2 ต่อ 1)",
                                 "อันดับ 2 และ 3 ค่าเฉลี่ยเท่ากัน (4.00): ระดับ 5 มากกว่า (1 ต่อ 0)"]


def test_equal_fives_are_broken_by_document_order() -> None:
    # topics 9 and 4 both 4.5 with one 5 each: topic 4 comes first in the questionnaire
    results = rank([answers(None, None, None, 5, None, None, None, None, 4),
                    answers(None, None, None, 4, None, None, None, None, 5)])
    ranked = [t for t in results if t.rank]
    assert [(t.number, t.rank) for t in ranked] == [(4, 1), (9, 2)]
    assert "เรียงตามลำดับในแบบสอบถาม" in tie_note(results)[0]


def test_others_come_after_the_ten_in_first_seen_order() -> None:
    others_a = (("การใช้ Canva", 4),)
    others_b = (("การใช้ AI", 4), ("การใช้  canva", 4))  # the same topic again, spelled differently
    results = rank([answers(4, others=others_a), answers(None, others=others_b)])
    ranked = [t for t in results if t.rank]
    assert [t.label for t in ranked] == ["ข้อ 1 " + TOPICS[0], "อื่น ๆ: การใช้ Canva", "อื่น ๆ: การใช้ AI"]
    canva = by_title(results)["การใช้ Canva"]
    assert (canva.count, canva.number, canva.mean) == (2, None, 4)


def test_an_other_topic_can_outrank_the_ten() -> None:
    results = rank([answers(4, others=(("การใช้ AI", 5),))])
    assert [t.label for t in results if t.rank][:1] == ["อื่น ๆ: การใช้ AI"]


def test_blanks_are_not_ratings() -> None:
    # topic 1: 5 and a blank → mean 5 from one respondent, not 2.5 from two
    results = rank([answers(5, 1), answers(None, 1)])
    first = by_title(results)[TOPICS[0]]
    assert (first.count, first.total, first.mean, first.rank) == (1, 5, 5, 1)
    assert by_title(results)[TOPICS[1]].count == 2


def test_a_topic_nobody_rated_has_no_rank_and_comes_last() -> None:
    results = rank([answers(2, None, 1)])
    assert [t.number for t in results] == [1, 3, 2, 4, 5, 6, 7, 8, 9, 10]
    unrated = results[2:]
    assert all(t.rank is None and t.mean is None and t.count == 0 for t in unrated)
    assert unrated[0].mean_text() == "-"
    assert [t.rank for t in results[:2]] == [1, 2]


def test_no_questionnaires_ranks_nothing() -> None:
    results = rank([])
    assert len(results) == 10 and all(t.rank is None for t in results)


def test_exact_means_not_floats() -> None:
    # 1/3-based means: (5+4+4)/3 = 13/3 and (4+5+4)/3 = 13/3 are equal exactly; 5s decide nothing
    # (one each), so document order does
    results = rank([answers(5, 4), answers(4, 5), answers(4, 4)])
    ranked = [t for t in results if t.rank]
    assert ranked[0].mean == ranked[1].mean == Fraction(13, 3)
    assert [t.number for t in ranked] == [1, 2]


def test_part_one_breakdowns() -> None:
    rows = [answers(4, sex="male", age_band="under_30"), answers(4, sex="female"), answers(4, sex="female")]
    sex, age, level, affiliation = breakdowns(rows)
    assert sex.rows == (("ชาย", 1), ("หญิง", 2), ("อื่น ๆ", 0)) and sex.total == 3
    assert age.rows[0] == ("ต่ำกว่า 30 ปี", 1) and age.rows[-1] == ("ไม่ระบุ", 2)
    assert level.rows[-1] == ("ไม่ระบุ", 3) and affiliation.question == "สังกัด"


def test_workbook_fields_cover_every_column() -> None:
    from models import SurveyResponse

    names = {f.name for f in survey_fields()}
    columns = {c.name for c in SurveyResponse.__table__.columns} - {"id", "created_at", "updated_at"}
    assert names == columns


# --- command line --------------------------------------------------------------------------------


def run_cli(services: Services, *argv: str, lines: list[str] | None = None) -> int | None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    cli_programmes.add_commands(sub)
    out = lines if lines is not None else []
    return cli_programmes.run_command(services.db.paths, parser.parse_args(list(argv)), out.append)


def test_survey_rank_command(services: Services, survey: SurveyService) -> None:
    survey.save_many([answers(3, 5), answers(3, 1), response(D(2024, 5, 1), ratings=[1])])
    lines: list[str] = []
    assert run_cli(services, "survey", "rank", lines=lines) == 0
    assert lines[0] == "ความต้องการฝึกอบรม ปีงบประมาณ 2568: ผู้ตอบแบบสอบถาม 2 คน"
    # both 3.00: topic 2 has a 5-rating, topic 1 none
    assert lines[1] == f"  1. ข้อ 2 {TOPICS[1]} — ค่าเฉลี่ย 3.00 ผู้ตอบ 2 คน ระดับ 5: 1 คน"
    assert lines[2] == f"  2. ข้อ 1 {TOPICS[0]} — ค่าเฉลี่ย 3.00 ผู้ตอบ 2 คน ระดับ 5: 0 คน"
    assert lines[3] == f"  -. ข้อ 3 {TOPICS[2]} — ไม่มีผู้ให้คะแนน"
    assert any("ค่าเฉลี่ยเท่ากัน" in line for line in lines)
    lines.clear()
    assert run_cli(services, "survey", "rank", "--fiscal-year", "2567", "--json", lines=lines) == 0
    doc = json.loads(lines[0])
    assert doc["responses"] == 1 and doc["topics"][0] == {
        "rank": 1, "number": 1, "title": TOPICS[0], "count": 1, "mean": 1.0, "fives": 0,
        "distribution": {"5": 0, "4": 0, "3": 0, "2": 0, "1": 1}}
    assert cli_programmes.run_command(services.db.paths, argparse.Namespace(command="backup")) is None


# --- the documents ----------------------------------------------------------------------------------


SPECS = {"training-questionnaire": ReportSpec("training-questionnaire", "แบบสอบถามความต้องการฝึกอบรม", "",
                                              "programmes:training_questionnaire"),
         "training-needs": ReportSpec("training-needs", "ผลสำรวจความต้องการฝึกอบรม", "", "programmes:training_needs")}


def test_blank_questionnaire_pdf_reads_as_the_seed(services: Services, tmp_path: Path) -> None:
    from cddesk.pdf.render import render_pdf

    report = training_questionnaire(ReportContext(services, Period(2568), D(2025, 6, 1)))
    pdf = tmp_path / "q.pdf"
    render_pdf(report, pdf, thai_digits=True)
    assert missing_strings(report, pdf) == []
    text = squash(all_text(pdf))
    for expected in ("แบบสอบถาม", "โครงการศูนย์บริการข้อมูลข่าวสารทางไกล", "ตอนที่๑", "ตอนที่๒",
                     "ของบุคลากรในสังกัดสำนักงานพัฒนาชุมชนจังหวัดหนองคาย", "มากที่สุด", "ปานกลาง", "น้อยที่สุด",
                     "ต่ำกว่า๓๐ปี", "ชำนาญการพิเศษ", "สำนักงานพัฒนาชุมชนอำเภอ", "การถ่ายทอดสดผ่านFacebook",
                     "การตัดต่อคลิปVDO", "ฝ่ายฯ", "อื่นๆโปรดระบุ", "กรุณาตอบแบบสอบถาม"):
        assert squash(expected) in text, expected
    assert text.count(squash("อื่น ๆ โปรดระบุ")) == MAX_OTHERS


def test_result_pdf_and_excel_through_the_report_command(services: Services, survey: SurveyService,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from cddesk import reports
    from cddesk.cli import main

    monkeypatch.setattr(reports, "REPORT_BY_NAME", {**reports.REPORT_BY_NAME, **SPECS})
    survey.save_many([answers(5, 5, 4, sex="female", level="professional"),
                      answers(5, 4, 4, others=(("การใช้ AI ช่วยเขียนหนังสือราชการ", 5),), sex="male")])
    root = services.db.paths.root
    services.close()
    pdf, book = tmp_path / "needs.pdf", tmp_path / "needs.xlsx"
    assert main(["--data-dir", str(root), "report", "training-needs", "--period", "2568", "--out", str(pdf),
                 "--digits", "thai"]) == 0
    assert main(["--data-dir", str(root), "report", "training-needs", "--period", "2568", "--out", str(book)]) == 0
    text = squash(all_text(pdf))
    for expected in ("ผลการสำรวจความต้องการฝึกอบรม", "ผู้ตอบแบบสอบถาม๒คน", "ตอนที่๑", "ชำนาญการ", "ลำดับความต้องการ",
                     "การใช้AIช่วยเขียนหนังสือราชการ", "กราฟค่าเฉลี่ยความต้องการ", TOPICS[0], "ไม่มีผู้ให้คะแนน"):
        assert squash(expected) in text, expected
    ws = openpyxl.load_workbook(book).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    first = next(row for row in values if row[0] == 1)  # rank 1: topic 1 (mean 5, two 5s)
    assert first[2] == TOPICS[0] and first[3] == 2 and first[-1] == 5
    assert any(row[2] == "การใช้ AI ช่วยเขียนหนังสือราชการ" and row[1] == "อื่น\u00a0ๆ" for row in values if len(row) > 2)


def test_result_without_questionnaires_warns(services: Services) -> None:
    report = training_needs(ReportContext(services, Period(2568), D(2025, 6, 1)))
    assert report.warnings and "ยังไม่มีแบบสอบถาม" in report.warnings[0]
