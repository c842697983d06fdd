"""The Session Call KPI FY2563 round 2 (docs/rubrics.md §2) and the Click ชุมชน grade FY2567
Q3 (§3) at each level boundary, scored from real records saved through the services
(``tests/record_builders.py``); Digital 4.0 is in ``test_scoring_records.py``."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from cddesk.app_services import Services
from tests.record_builders import (  # office: the fixture
    AFTER_CLICK,
    AFTER_SESSION,
    CLICK,
    CLICK_MONTHS,
    SESSION,
    D,
    add,
    add_many,
    criterion,
    monthly,
    office,
    part,
    reasons,
    ref,
    spread,
    year_plan,
)


# =========================================================================================
# Session Call KPI, FY2563 round 2
# =========================================================================================

ROUND = [(2020, m) for m in range(4, 10)]


def session_calls(s: Services, n: int, **fields: Any) -> list[Any]:
    return add_many(s, "online_meeting", spread(n, ROUND, day=7), kind="session_call",
                    organiser="สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", **fields)


@pytest.mark.parametrize(("attended", "level"), [
    (0, 0), (3, 0), (4, 1), (5, 1), (6, 2), (7, 2), (8, 3), (9, 3), (10, 4), (11, 4),
    (12, 5), (13, 5),
])
def test_session_call_levels(office: Services, attended: int, level: int) -> None:
    session_calls(office, attended)
    result = criterion(office, "1", AFTER_SESSION, SESSION)
    assert result.points == level
    assert result.level == (f"ระดับ {level}" if level else None)


def test_session_call_counts_evidenced_session_calls_of_the_round(office: Services) -> None:
    session_calls(office, 2)
    first = add(office, "online_meeting", kind="session_call", date=D(2020, 4, 1))
    last = add(office, "online_meeting", kind="session_call", date=D(2020, 9, 30))
    before = add(office, "online_meeting", kind="session_call", date=D(2020, 3, 31))
    after = add(office, "online_meeting", kind="session_call", date=D(2020, 10, 1))
    bare = add(office, "online_meeting", evidence=False, kind="session_call", date=D(2020, 6, 15))
    add_many(office, "online_meeting", spread(6, ROUND, day=20), kind="conference")
    result = criterion(office, "1", AFTER_SESSION, SESSION)
    assert (result.points, result.level) == (1, "ระดับ 1")
    assert {ref("online_meeting", first), ref("online_meeting", last)} <= {
        r.ref for r in result.explanation.counted}
    assert reasons(result.explanation) == {ref("online_meeting", before): "outside_period",
                                           ref("online_meeting", after): "outside_period",
                                           ref("online_meeting", bare): "no_evidence"}


# =========================================================================================
# Click ชุมชน grade, FY2567 Q3 (โพนพิสัย: 125 downloads a month)
# =========================================================================================

def click_quarter(s: Services, *, heads: int = 8, heads_total: int | None = 10,
                  services: tuple[bool, ...] = (True, True), promotions: int = 2,
                  channels: tuple[str, ...] = ("facebook", "line"), activities: int = 2,
                  downloads: int = 125) -> None:
    """A quarter at grade A unless told otherwise."""
    year_plan(s, 2567, heads_total=heads_total)
    # heads who installed the app before the quarter count (open start)
    add_many(s, "click_head_download", [D(2024, 3, 1 + i) for i in range(heads)])
    for name, ok in zip(("Shop ชุมชน", "CDD พาเที่ยว", "จองที่พัก"), services):
        add(s, "click_service_check", evidence=False, service=name, date=D(2024, 4, 2), complete=ok)
    add_many(s, "click_promotion", monthly(promotions, CLICK_MONTHS), channels=channels)
    add_many(s, "training_activity", monthly(activities, CLICK_MONTHS, day=12), purpose="click",
             kind="training")
    if downloads:
        for y, m in CLICK_MONTHS:
            add(s, "click_figure", evidence=False, kind="downloads", date=D(y, m, 28),
                count=downloads)


def click_grade(s: Services) -> tuple[str | None, Fraction]:
    result = criterion(s, "click", AFTER_CLICK, CLICK)
    return result.level, result.points


def item_grade(s: Services, key: str) -> str:
    return part(criterion(s, "click", AFTER_CLICK, CLICK), key).summary.removeprefix("ระดับ ")


def test_click_grade_a(office: Services) -> None:
    click_quarter(office)
    assert click_grade(office) == ("A", 10)
    assert [item_grade(office, k) for k in "12345"] == ["A"] * 5


@pytest.mark.parametrize(("heads", "item", "grade"), [
    (11, "D", ("D", 4)),                       # 55 %: just below 60
    (12, "C", ("C", 6)), (13, "C", ("C", 6)),  # 60 % at; 65 % above 60, just below 70
    (14, "B", ("B", 8)), (15, "B", ("B", 8)),  # 70 % at; 75 % above 70, just below 80
    (16, "A", ("A", 10)), (17, "A", ("A", 10)),  # 80 % at, 85 % above
])
def test_click_item_1_heads_downloaded_60_70_80_percent(office: Services, heads: int, item: str,
                                                       grade: tuple[str, int]) -> None:
    click_quarter(office, heads=heads, heads_total=20)
    assert item_grade(office, "1") == item
    assert click_grade(office) == grade


def test_click_item_1_counts_evidenced_heads_by_the_end_of_the_quarter(office: Services) -> None:
    click_quarter(office, heads=7)
    late = add(office, "click_head_download", date=D(2024, 7, 1))
    bare = add(office, "click_head_download", evidence=False, date=D(2024, 6, 30))
    result = criterion(office, "click", AFTER_CLICK, CLICK)
    assert result.level == "B"
    not_counted = reasons(part(result, "1"))
    assert not_counted[ref("click_head_download", late)] == "outside_period"
    assert not_counted[ref("click_head_download", bare)] == "no_evidence"
    add(office, "click_head_download", date=D(2024, 6, 30))  # the eighth head, on the last day
    assert click_grade(office) == ("A", 10)


@pytest.mark.parametrize(("heads", "heads_total", "item"), [
    (0, 10, "ต่ำกว่า D"),   # no head at all: below D
    (1, 10, "D"),           # at least one head
    (8, None, "D"),         # no head count in the year plan: A–C cannot be checked
])
def test_click_item_1_lowest_levels(office: Services, heads: int, heads_total: int | None,
                                    item: str) -> None:
    click_quarter(office, heads=heads, heads_total=heads_total)
    assert item_grade(office, "1") == item
    assert click_grade(office) == ("D", 4)  # the four other items at A: min(4, 2 × 4)


@pytest.mark.parametrize(("services", "item"), [
    ((True, True, True), "A"), ((True, True, False), "D"), ((False, False), "ต่ำกว่า D"),
])
def test_click_item_2_every_relevant_service_correct(office: Services, services: tuple[bool, ...],
                                                     item: str) -> None:
    click_quarter(office, services=services)
    assert item_grade(office, "2") == item


def test_click_item_2_a_corrected_service_counts(office: Services) -> None:
    click_quarter(office, services=())
    add(office, "click_service_check", evidence=False, service="Shop ชุมชน", date=D(2024, 4, 2),
        complete=False)
    add(office, "click_service_check", evidence=False, service="Shop ชุมชน", date=D(2024, 5, 2),
        complete=True)
    add(office, "click_service_check", evidence=False, service="CDD พาเที่ยว", date=D(2024, 5, 2),
        complete=True)
    assert item_grade(office, "2") == "A"


@pytest.mark.parametrize(("promotions", "channels", "item"), [
    (0, ("facebook", "line"), "ต่ำกว่า D"),
    (1, ("facebook",), "D"),                  # once a month on one channel
    (2, ("facebook",), "D"),                  # twice, but still one channel
    (1, ("facebook", "line"), "C"),           # once a month on two channels
    (2, ("facebook", "line"), "A"),           # twice a month on two channels
    (3, ("facebook", "line", "tiktok"), "A"),
])
def test_click_item_3_promotions(office: Services, promotions: int, channels: tuple[str, ...],
                                 item: str) -> None:
    click_quarter(office, promotions=promotions, channels=channels)
    assert item_grade(office, "3") == item


def test_click_item_3_a_month_without_promotion_is_below_d(office: Services) -> None:
    click_quarter(office, promotions=0)
    add_many(office, "click_promotion", monthly(2, CLICK_MONTHS[:2]), channels=("facebook", "line"))
    assert item_grade(office, "3") == "ต่ำกว่า D"  # nothing in June
    add(office, "click_promotion", date=D(2024, 6, 30), channels=("facebook", "line"))
    assert item_grade(office, "3") == "C"


@pytest.mark.parametrize(("activities", "item"), [(0, "ต่ำกว่า D"), (1, "C"), (2, "A"), (3, "A")])
def test_click_item_4_activities_a_month(office: Services, activities: int, item: str) -> None:
    click_quarter(office, activities=activities)
    assert item_grade(office, "4") == item


@pytest.mark.parametrize(("downloads", "item", "grade"), [
    (124, "ต่ำกว่า D", ("D", 4)), (125, "A", ("A", 10)), (126, "A", ("A", 10)),
])
def test_click_item_5_the_districts_download_target(office: Services, downloads: int, item: str,
                                                   grade: tuple[str, int]) -> None:
    click_quarter(office, downloads=downloads)
    assert item_grade(office, "5") == item
    assert click_grade(office) == grade


@pytest.mark.parametrize(("kw", "grade"), [
    (dict(), ("A", 10)),                                         # every item at A
    (dict(heads=7), ("B", 8)),                                   # one item at B, the rest A
    (dict(heads=7, promotions=1), ("C", 6)),                     # B and C: every item C or better
    (dict(activities=1), ("C", 6)),
    # Decision: otherwise grade D with min(4, 2 × items at C or better).
    (dict(channels=("facebook",)), ("D", 4)),                    # 4 items at C+
    (dict(heads=5, services=(True, False)), ("D", 4)),           # 3 items at C+: capped at 4
    (dict(heads=5, services=(True, False), channels=("facebook",)), ("D", 4)),    # 2 items
    (dict(heads=5, services=(True, False), channels=("facebook",), activities=0), ("D", 2)),
    (dict(heads=5, services=(True, False), channels=("facebook",), activities=0, downloads=0),
     ("D", 0)),
])
def test_click_overall_grade(office: Services, kw: dict[str, Any], grade: tuple[str, int]) -> None:
    click_quarter(office, **kw)
    assert click_grade(office) == grade
