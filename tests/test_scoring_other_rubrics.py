"""Session Call KPI FY2563, Click ชุมชน grade FY2567 Q3 and the website self-check FY2564
(docs/rubrics.md §2–4): level boundaries, the grade-D Decision and equal shares."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest

from scoring import evaluate
from tests.scoring_facts import D, facts, part, rec, reasons, rubric, score

SESSION = "session_call_fy2563r2"
CLICK = "click_chumchon_fy2567q3"
WEB = "website_contest_fy2564"
Q3 = [(2024, 4), (2024, 5), (2024, 6)]
Q3_END = D(2024, 7, 31)


# --- Session Call ---------------------------------------------------------------------------

@pytest.mark.parametrize(("attended", "level"), [
    (0, 0), (3, 0), (4, 1), (5, 1), (6, 2), (7, 2), (8, 3), (9, 3), (10, 4), (11, 4),
    (12, 5), (13, 5),
])
def test_session_call_levels(attended: int, level: int) -> None:
    meetings = [rec(D(2020, 4 + i % 6, 1 + i // 6), kind="session_call", office=False)
                for i in range(attended)]
    result = score(facts(meetings=meetings), "1", D(2020, 10, 1), SESSION)
    assert result.points == level
    assert result.level == (f"ระดับ {level}" if level else None)


def test_session_call_outside_the_round_and_other_kinds_do_not_count() -> None:
    meetings = [rec(D(2020, 3, 31), kind="session_call"), rec(D(2020, 10, 1), kind="session_call"),
                *[rec(D(2020, 5, 1 + i), kind="conference") for i in range(12)]]
    result = score(facts(meetings=meetings), "1", D(2020, 12, 1), SESSION)
    assert result.points == 0
    assert set(reasons(result.explanation).values()) == {"outside_period"}  # conferences ignored


# --- Click ชุมชน grade ------------------------------------------------------------------------

def monthly_q3(n: int, **kw: Any) -> list:
    return [rec(D(y, mo, 5 + i), **kw) for y, mo in Q3 for i in range(n)]


def click(heads: int = 8, services_ok: bool = True, promotions: int = 2, channels: int = 2,
          activities: int = 2, downloads: int = 100, district: str = "รัตนวาปี") -> dict:
    names = ("facebook", "line", "youtube")[:channels]
    service_missing = () if services_ok else ("ข้อมูลไม่ครบ",)
    return dict(
        numbers={"heads_total": 10}, texts={"district": district},
        click_head_downloads=[rec(D(2024, 3, 1 + i)) for i in range(heads)],
        click_services=[rec(D(2024, 4, 1), evidence=0, service="shop"),
                        rec(D(2024, 4, 2), evidence=0, service="tour", missing=service_missing)],
        click_promotions=monthly_q3(promotions, channels=names),
        activities=monthly_q3(activities, purpose="click"),
        click_downloads=monthly_q3(1, quantity=downloads, evidence=0),
    )


def grade(**kw: Any) -> tuple[str | None, Fraction]:
    result = score(facts(**click(**kw)), "click", Q3_END, CLICK)
    return result.level, result.points


def test_click_grade_a() -> None:
    assert grade() == ("A", 10)


@pytest.mark.parametrize(("heads", "expected"), [
    (8, ("A", 10)), (7, ("B", 8)), (6, ("C", 6)), (5, ("D", 4)),  # 80 / 70 / 60 % of 10 heads
])
def test_click_item_1_heads_downloads(heads: int, expected: tuple) -> None:
    assert grade(heads=heads) == expected


def test_click_promotion_once_a_month_is_c() -> None:
    assert grade(promotions=1) == ("C", 6)


def test_click_activities_once_a_month_is_c() -> None:
    assert grade(activities=1) == ("C", 6)


@pytest.mark.parametrize(("kw", "expected"), [
    # Decision: grade D = min(4, 2 × items at C or better).
    (dict(heads=5), ("D", 4)),                                            # 4 items at C+
    (dict(heads=5, services_ok=False), ("D", 4)),                         # 3 items → capped 4
    (dict(heads=5, services_ok=False, channels=1), ("D", 4)),             # 2 items → 4
    (dict(heads=5, services_ok=False, channels=1, activities=0), ("D", 2)),  # 1 item
    (dict(heads=5, services_ok=False, channels=1, activities=0, downloads=0), ("D", 0)),
])
def test_click_grade_d_decision(kw: dict, expected: tuple) -> None:
    assert grade(**kw) == expected


@pytest.mark.parametrize(("district", "downloads", "expected"), [
    # Item 5 has one requirement for every grade: missed, it is below D, so the grade is D
    # with the four other items at A: min(4, 2 × 4) = 4.
    ("เมืองหนองคาย", 149, ("D", 4)), ("เมืองหนองคาย", 150, ("A", 10)),
    ("โพนพิสัย", 124, ("D", 4)), ("โพนพิสัย", 125, ("A", 10)),
    ("สังคม", 99, ("D", 4)), ("สังคม", 100, ("A", 10)), ("สังคม", 101, ("A", 10)),
])
def test_click_item_5_district_download_targets(district: str, downloads: int,
                                                expected: tuple) -> None:
    assert grade(district=district, downloads=downloads) == expected


def test_click_explains_what_is_missing_for_the_next_grade() -> None:
    result = score(facts(**click(heads=7)), "click", Q3_END, CLICK)
    assert result.level == "B"
    assert any("ระดับ A" in line for line in result.explanation.missing)
    assert any(line.startswith("ข้อ 1 ") for line in result.explanation.missing)


# --- website self-check ---------------------------------------------------------------------

ALL_ITEMS = [i.key for d in rubric(WEB).domains for c in d.criteria
             for i in getattr(c.scorer, "items", ())]


def ticks(keys: list[str], evidence: int = 1) -> list:
    return [rec(D(2021, 3, 1), evidence=evidence, item=k) for k in keys]


def test_website_full_marks() -> None:
    result = evaluate(rubric(WEB), facts(numbers={"website_design_score": 15},
                                         website_checklist=ticks(ALL_ITEMS)), D(2021, 9, 30))
    assert result.points == 100 and result.max_points == 100


@pytest.mark.parametrize(("links", "points"),
                         [(0, 0), (1, Fraction(10, 3)), (2, Fraction(20, 3)), (3, 10)])
def test_website_links_share_thirds(links: int, points: Fraction) -> None:
    keys = ["links.cdd", "links.province", "links.external"][:links]
    result = score(facts(website_checklist=ticks(keys)), "3", D(2021, 9, 30), WEB)
    assert result.points == points
    json_points = result.to_json_dict()["points"]
    assert json_points == (round(float(points), 2) if points.denominator != 1 else int(points))


def test_website_mission_items_are_2_5_each_and_need_a_link() -> None:
    keys = ["mission.otop", "mission.kkhkc", "mission.sammachip"]
    assert score(facts(website_checklist=ticks(keys)), "2", D(2021, 9, 30), WEB).points == 7.5
    assert score(facts(website_checklist=ticks(keys, 0)), "2", D(2021, 9, 30), WEB).points == 0


@pytest.mark.parametrize(("given", "points"), [(-1, 0), (0, 0), (14, 14), (15, 15), (16, 15)])
def test_website_design_is_rated_by_hand(given: int, points: int) -> None:
    result = score(facts(numbers={"website_design_score": given}), "5", D(2021, 9, 30), WEB)
    assert result.points == points


def test_website_design_not_rated_is_not_assessed() -> None:
    result = score(facts(), "5", D(2021, 9, 30), WEB)
    assert (result.status, result.points) == ("not_assessed", 0)


def test_website_total_is_the_sum_of_thirds_exactly() -> None:
    keys = ["links.cdd", "basic.vision", "mission.otop"]
    result = evaluate(rubric(WEB), facts(website_checklist=ticks(keys)), D(2021, 9, 30))
    assert result.points == Fraction(10, 3) + 4 + Fraction(5, 2)
    json.dumps(result.to_json_dict(), ensure_ascii=False)
    assert part(result.criterion("3"), "3").met
