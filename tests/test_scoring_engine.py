"""General rules of the engine (docs/rubrics.md "General conventions"): the evaluation date,
months that have ended, averages, exact percentages, explanations in Thai, stable JSON."""

from __future__ import annotations

import json

import pytest

from scoring import deadline_dates, evaluate, upcoming_deadlines
from scoring.checks import covered_months, current_month
from scoring.thai import format_date, joinable, month_label, thai_digits
from tests.scoring_facts import AFTER, D, facts, monthly, part, reasons, rec, rubric, score


def test_a_record_after_the_evaluation_date_never_counts() -> None:
    items = [rec(D(2025, 3, 1), purpose="tools"), rec(D(2025, 3, 2), purpose="tools")]
    result = score(facts(activities=items), "1.2", at=D(2025, 3, 1))
    assert [r.ref for r in result.explanation.counted] == [items[0].ref]
    assert reasons(result.explanation) == {items[1].ref: "after_evaluation_date"}


def test_months_that_count_at_a_date() -> None:
    start, end = D(2025, 1, 1), D(2025, 6, 30)
    assert covered_months(start, end, D(2024, 12, 31)) == []
    assert covered_months(start, end, D(2025, 1, 30)) == []
    assert covered_months(start, end, D(2025, 1, 31)) == [(2025, 1)]  # the month has ended
    assert covered_months(start, end, D(2025, 5, 15)) == [(2025, m) for m in range(1, 5)]
    assert covered_months(start, end, D(2026, 1, 1)) == [(2025, m) for m in range(1, 7)]
    assert current_month(start, end, D(2025, 5, 15)) == (2025, 5)
    assert current_month(start, end, D(2025, 5, 31)) is None
    assert current_month(start, end, D(2025, 7, 1)) is None


def test_current_month_counts_only_once_ended() -> None:
    # Conference: two in each of Jan–Apr, none yet in May.
    meetings = monthly(2, months=[(2025, m) for m in range(1, 5)], kind="conference",
                       office=False)
    meetings += monthly(2, months=[(2025, m) for m in range(1, 6)], kind="webex_hosted")
    p5 = part(score(facts(meetings=meetings), "3", at=D(2025, 5, 15)), "p5")
    assert p5.met  # May is not judged before it ends
    assert "ต้องเข้าร่วมประชุม Conference อีก 2 ครั้งในเดือน พ.ค. ๒๕๖๘" in \
        p5.parts[0].missing
    assert not part(score(facts(meetings=meetings), "3", at=D(2025, 5, 31)), "p5").met
    webex_may = [n for n in p5.parts[1].not_counted if n.reason_code == "month_not_ended"]
    assert len(webex_may) == 2


def test_average_is_total_of_ended_months_over_their_number() -> None:
    # WebEx: 7 in Jan–Apr (average 1.75 < 2); the rubric example sentence for May.
    hosted = [rec(D(2025, 1 + i % 4, 2 + i), kind="webex_hosted") for i in range(7)]
    result = score(facts(meetings=hosted), "3", at=D(2025, 5, 10))
    webex = part(result, "จัดประชุมออนไลน์ผ่าน Cisco WebEx เฉลี่ยไม่น้อยกว่า 2 ครั้งต่อเดือน")
    assert not webex.met
    assert webex.summary.startswith("รวม 7 ครั้ง ใน 4 เดือน เฉลี่ย 1.8")
    assert webex.missing == ["ต้องจัดประชุม WebEx อีก 3 ครั้งในเดือน พ.ค. ๒๕๖๘"]
    hosted.append(rec(D(2025, 4, 28), kind="webex_hosted"))
    assert part(score(facts(meetings=hosted), "3", at=D(2025, 5, 10)), webex.title).met


def test_19_of_20_passes_a_95_percent_bar() -> None:
    computers = [rec(D(2025, 5, 1) if i < 19 else None, evidence=0) for i in range(20)]
    p3 = part(score(facts(usable_computers=computers), "3"), "p3")
    assert p3.met
    assert p3.summary == "19 จาก 20 = ร้อยละ 95.0 (เกณฑ์ร้อยละ 95)"


def test_percent_display_never_rounds_up_to_the_bar() -> None:
    computers = [rec(D(2025, 5, 1) if i < 189 else None, evidence=0) for i in range(199)]
    p3 = part(score(facts(usable_computers=computers), "3"), "p3")
    assert not p3.met
    assert "ร้อยละ 94.9 " in p3.summary
    assert p3.missing[0] == "ต้องติดตั้งโปรแกรมป้องกันไวรัสอีก 1 เครื่อง (ให้ถึงร้อยละ 95)"


def test_explanations_list_missing_next_level_in_thai() -> None:
    items = [rec(D(2025, 2, 1), purpose="tools"), rec(D(2025, 2, 2), purpose="tools", evidence=0)]
    result = score(facts(activities=items), "1.2")
    assert result.explanation.missing == [
        "ต้องจัดกิจกรรมสร้างความรู้เครื่องมือสารสนเทศอีก 5 ครั้ง จึงจะได้ 10 คะแนน",
        "มี 1 รายการที่จะนับได้เมื่อแนบหลักฐาน",
    ]
    assert result.explanation.not_counted[0].reason == "ไม่มีหลักฐาน (ไฟล์หรือลิงก์)"


def test_thai_helpers() -> None:
    assert month_label(2025, 5) == "พ.ค. ๒๕๖๘"
    assert format_date(D(2025, 3, 31)) == "๓๑ มี.ค. ๒๕๖๘"
    assert thai_digits("2568") == "๒๕๖๘"
    assert joinable("จัดประชุม WebEx") == "จัดประชุม WebEx "
    assert joinable("จัดกิจกรรม") == "จัดกิจกรรม"


def test_deadlines() -> None:
    dates = deadline_dates(rubric())
    monthly_15 = [d for d, t in dates if t.startswith("รายงานผลการดำเนินงานประจำเดือน")]
    assert monthly_15 == [D(2025, m, 15) for m in range(1, 8)]
    otop = [d for d, t in dates if "OTOP" in t and "ทุกสิ้นเดือน" in t]
    assert otop[:3] == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31)]
    upcoming = upcoming_deadlines(rubric(), D(2025, 3, 20))
    assert upcoming[0] == (D(2025, 3, 25), "รายงาน Click ชุมชน (เกณฑ์ 4.2 การประชาสัมพันธ์ "
                                          "กิจกรรม และสรุปผล)")
    assert all(d >= D(2025, 3, 20) for d, _ in upcoming) and len(upcoming) == 5


CRITERION_KEYS = ["id", "title", "type", "status", "points", "max_points", "level", "summary",
                  "counted", "not_counted", "missing", "notes", "warnings", "months", "parts"]
PART_KEYS = ["key", "title", "type", "met", "summary", "counted", "not_counted", "missing",
             "notes", "warnings", "months", "parts"]


def test_json_key_order_is_stable() -> None:
    f = facts(activities=[rec(D(2025, 2, 1), purpose="tools"),
                          rec(D(2025, 2, 1), purpose="tools", evidence=0)],
              meetings=monthly(2, kind="conference"))
    data = evaluate(rubric(), f, D(2025, 5, 15)).to_json_dict()
    assert list(data) == ["format", "rubric", "evaluated_at", "period", "points", "max_points",
                          "warnings", "domains", "upcoming_deadlines"]
    assert list(data["rubric"]) == ["id", "title", "fiscal_year", "version"]
    domain = data["domains"][0]
    assert list(domain) == ["id", "title", "points", "max_points", "criteria"]
    assert list(domain["criteria"][0]) == CRITERION_KEYS
    d3 = data["domains"][2]["criteria"][0]
    assert list(d3["parts"][0]) == PART_KEYS
    conference = d3["parts"][4]["parts"][0]
    assert list(conference["months"][0]) == ["month", "label", "value", "required", "met"]
    tools = domain["criteria"][1]
    assert list(tools["counted"][0]) == ["ref", "title", "date", "quantity"]
    assert list(tools["not_counted"][0]) == ["ref", "title", "date", "quantity", "reason_code",
                                             "reason"]
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    assert json.loads(text) == data
    assert evaluate(rubric(), f, D(2025, 5, 15)).to_json_dict() == data  # deterministic


@pytest.mark.parametrize("rubric_id", ["digital40_fy2568", "session_call_fy2563r2",
                                       "click_chumchon_fy2567q3", "website_contest_fy2564"])
def test_empty_facts_score_zero_with_explanations(rubric_id: str) -> None:
    result = evaluate(rubric(rubric_id), facts(), AFTER)
    assert result.points == 0
    for criterion in result.criteria:
        assert criterion.explanation.summary
        assert criterion.explanation.missing or criterion.status == "not_assessed"


def test_last_day_of_every_month_matches_the_calendar() -> None:
    import calendar

    from scoring.thai import last_day

    for year in range(2000, 2101):  # leap years, 2000 and 2100 included
        for month in range(1, 13):
            assert last_day(year, month) == D(year, month, calendar.monthrange(year, month)[1])
