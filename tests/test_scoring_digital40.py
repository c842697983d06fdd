"""Digital CD 4.0 FY2568 (docs/rubrics.md §1): every criterion at each level boundary —
just below, at and above — and the Decisions the rubric file follows."""

from __future__ import annotations

import pytest

from scoring import RUBRICS_DIR, OfficeFacts, evaluate
from scoring.facts import Activity, Meeting
from scoring.model import DistinctCountTable
from tests.scoring_facts import AFTER, PERIOD_MONTHS, D, facts, monthly, part, reasons, rec, \
    rubric, score

FORMATS = ["F1", "F2", "F3"]


def security(formats: int, activities: int) -> list:
    return [rec(D(2025, 2, 1 + i), purpose="security", format=FORMATS[i % formats])
            for i in range(activities)]


# --- D1 1.1 -----------------------------------------------------------------------------

@pytest.mark.parametrize(("formats", "activities", "points"), [
    (1, 0, 0),
    (1, 1, 1), (1, 2, 1), (1, 5, 1),          # one format never reaches row 2
    (2, 2, 2),                                 # row [2, 2, 2]
    (2, 3, 3), (2, 4, 3),                      # row [2, 3, 3]
    (3, 3, 3),                                 # three formats, one activity short of row 4
    (3, 4, 5),                                 # row [3, 4, 5] as printed (Decision)
    (3, 5, 5), (3, 6, 5),                      # row [3, 5, 5]
])
def test_1_1_formats_and_activities(formats: int, activities: int, points: int) -> None:
    result = score(facts(activities=security(formats, activities) if activities else []), "1.1")
    assert result.points == points


def test_1_1_decision_prints_5_for_both_last_rows() -> None:
    criterion = next(c for c in rubric().domains[0].criteria if c.id == "1.1")
    assert isinstance(criterion.scorer, DistinctCountTable)
    table = criterion.scorer.table
    assert [row[2] for row in table[-2:]] == [5, 5]
    text = (RUBRICS_DIR / "digital40_fy2568.toml").read_text(encoding="utf-8")
    assert "Decision" in text and "[3, 4, 4]" in text


def test_1_1_records_without_evidence_or_format_are_listed_not_counted() -> None:
    no_evidence = rec(D(2025, 2, 1), evidence=0, purpose="security", format="F1")
    no_format = rec(D(2025, 2, 2), purpose="security")
    good = rec(D(2025, 2, 3), purpose="security", format="F2")
    result = score(facts(activities=[no_evidence, no_format, good]), "1.1")
    assert result.points == 1
    assert reasons(result.explanation) == {no_evidence.ref: "no_evidence",
                                           no_format.ref: "unknown_value"}
    assert "แนบหลักฐาน" in " ".join(result.explanation.missing)


def test_1_1_outside_the_period_is_not_counted() -> None:
    before = rec(D(2024, 12, 31), purpose="security", format="F1")
    after = rec(D(2025, 7, 1), purpose="security", format="F1")
    result = score(facts(activities=[before, after]), "1.1")
    assert result.points == 0
    assert set(reasons(result.explanation).values()) == {"outside_period"}


# --- D1 1.2 -----------------------------------------------------------------------------

@pytest.mark.parametrize(("count", "points"), [(0, 0), (1, 5), (2, 5), (5, 5), (6, 10), (7, 10)])
def test_1_2_ladder(count: int, points: int) -> None:
    items = [rec(D(2025, 3, 1 + i), purpose="tools") for i in range(count)]
    assert score(facts(activities=items), "1.2").points == points


def test_1_2_only_activities_organised_by_the_office_count() -> None:
    joined = [rec(D(2025, 3, 1 + i), purpose="tools", office=False) for i in range(6)]
    result = score(facts(activities=joined), "1.2")
    assert result.points == 0
    assert set(reasons(result.explanation).values()) == {"not_by_office"}
    assert "หน่วยงานอื่นเป็นผู้จัด" in result.explanation.not_counted[0].reason


# --- D2 2.1 -----------------------------------------------------------------------------

@pytest.mark.parametrize(("collected", "points"), [
    (0, 12), (469, 12), (470, 15), (471, 15), (579, 15), (580, 16), (581, 16),
    (589, 16), (590, 18), (591, 18), (999, 18), (1000, 20), (1001, 20),
])
def test_2_1_percent_of_target(collected: int, points: int) -> None:
    series = [rec(D(2025, 3, 31), quantity=collected, evidence=0)]
    result = score(facts(numbers={"jpt_target": 1000}, jpt_collected=series), "2.1")
    assert (result.points, result.status) == (points, "assessed")


def test_2_1_latest_figure_by_31_march_counts() -> None:
    series = [rec(D(2025, 2, 1), quantity=300), rec(D(2025, 3, 31), quantity=590),
              rec(D(2025, 4, 1), quantity=1000)]
    result = score(facts(numbers={"jpt_target": 1000}, jpt_collected=series), "2.1")
    assert result.points == 18
    assert [r.quantity for r in result.explanation.counted] == [590]
    assert sorted(reasons(result.explanation).values()) == ["after_deadline", "superseded"]


def test_2_1_without_target_is_not_assessed_with_a_warning() -> None:
    series = [rec(D(2025, 3, 1), quantity=900)]
    result = score(facts(jpt_collected=series), "2.1")
    assert (result.points, result.status) == (0, "not_assessed")
    assert "ยังไม่ประเมิน" in result.explanation.warnings[0]
    assert any("2.1" in w for w in evaluate(rubric(), facts(), AFTER).warnings())


# --- D2 2.2 -----------------------------------------------------------------------------

DATABASES = {"savings_groups": D(2025, 6, 30), "kkhkc": D(2025, 6, 30),
             "community_leaders": D(2025, 5, 31), "mother_fund": D(2025, 3, 31),
             "tambon_plan": D(2025, 6, 30)}


def central(done: int) -> list:
    records = [rec(deadline, evidence=0, database=name)
               for name, deadline in list(DATABASES.items())[:min(done, 5)]]
    if done >= 6:
        records += monthly(1, database="otop_sales", evidence=0)
    return records


@pytest.mark.parametrize(("done", "points"),
                         [(0, 0), (1, 0), (2, 2), (3, 4), (4, 6), (5, 8), (6, 10)])
def test_2_2_databases_done(done: int, points: int) -> None:
    assert score(facts(central_db=central(done)), "2.2").points == points


def test_2_2_late_update_and_a_month_without_otop_sales() -> None:
    late = rec(D(2025, 4, 1), database="mother_fund")
    otop = monthly(1, months=PERIOD_MONTHS[:-1], database="otop_sales")  # June missing
    result = score(facts(central_db=[late, *otop]), "2.2")
    assert result.points == 0
    assert reasons(part(result, "mother_fund"))[late.ref] == "after_deadline"
    months = part(result, "otop_sales").months
    assert [mo.met for mo in months] == [True] * 5 + [False]


# --- D3 -----------------------------------------------------------------------------------

def d3_facts(processes: int) -> dict:
    """Facts completing the first ``processes`` of the five processes."""
    f: dict = {}
    if processes >= 1:
        f["governance"] = [rec(D(2025, 3, 31), kind="committee")]
    if processes >= 2:
        f["computers"] = [rec(D(2025, 2, 1), evidence=0, title=f"PC{i}") for i in range(3)]
        f["staff_accounts"] = [rec(D(2025, 3, 1), evidence=0)]
    if processes >= 3:
        f["usable_computers"] = [rec(D(2024, 1, 1), evidence=0) for _ in range(3)]
    if processes >= 4:
        f["website_sections"] = [rec(D(2025, 1, 5), evidence=0, section=s)
                                 for s in ("structure", "announcements", "services", "contact")]
        f["website_news"] = monthly(1, quantity=10, evidence=0)
    if processes >= 5:
        f["meetings"] = (monthly(2, kind="conference", office=False)
                         + monthly(2, kind="webex_hosted"))
    return f


@pytest.mark.parametrize("processes", range(6))
def test_3_processes(processes: int) -> None:
    assert score(facts(**d3_facts(processes)), "3").points == 5 * processes


def test_3_governance_by_31_march() -> None:
    assert part(score(facts(governance=[rec(D(2025, 3, 31))]), "3"), "p1").met
    late = rec(D(2025, 4, 1))
    p1 = part(score(facts(governance=[late]), "3"), "p1")
    assert not p1.met and reasons(p1) == {late.ref: "after_deadline"}


def test_3_register_complete_and_surveyed_by_the_office_deadline() -> None:
    staff = [rec(D(2025, 3, 1), evidence=0)]
    incomplete = facts(computers=[rec(D(2025, 2, 1), missing=("ram_gb",))],
                       staff_accounts=staff)
    assert not part(score(incomplete, "3"), "p2").met
    april = [rec(D(2025, 4, 20), evidence=0)]
    assert not part(score(facts(computers=april, staff_accounts=staff), "3"), "p2").met
    setting = {"survey_deadline": D(2025, 4, 30)}
    assert part(score(facts(dates=setting, computers=april, staff_accounts=staff), "3"), "p2").met
    no_account = [rec(D(2025, 3, 1), missing=("บัญชีผู้ใช้ Authentication",))]
    assert not part(score(facts(computers=april, staff_accounts=no_account, dates=setting),
                          "3"), "p2").met


@pytest.mark.parametrize(("covered", "usable", "met"), [
    (19, 20, True),     # 19 of 20 is 95 %: passes the 95 % bar
    (18, 20, False),
    (189, 199, False),  # 94.97 %: exact integers, no rounding up
    (190, 199, True),
    (20, 20, True),
])
def test_3_antivirus_95_percent(covered: int, usable: int, met: bool) -> None:
    computers = [rec(D(2025, 6, 30) if i < covered else None, evidence=0) for i in range(usable)]
    p3 = part(score(facts(usable_computers=computers), "3"), "p3")
    assert p3.met is met


def test_3_antivirus_after_30_june_does_not_count() -> None:
    computers = [rec(D(2025, 7, 1), evidence=0) for _ in range(20)]
    assert not part(score(facts(usable_computers=computers), "3"), "p3").met


@pytest.mark.parametrize(("total_news", "met"), [(59, False), (60, True), (61, True)])
def test_3_website_news_average_10(total_news: int, met: bool) -> None:
    f = d3_facts(4)
    f["website_news"] = [rec(D(2025, 1 + i % 6, 5), quantity=total_news // 6 + (i < total_news % 6),
                             evidence=0) for i in range(6)]
    assert part(score(facts(**f), "3"), "p4").met is met


def test_3_website_needs_all_four_sections() -> None:
    f = d3_facts(4)
    f["website_sections"] = f["website_sections"][:3]
    p4 = part(score(facts(**f), "3"), "p4")
    assert not p4.met and any("ข้อมูลการติดต่อ" in line for line in p4.missing)


@pytest.mark.parametrize(("conference_in_may", "met"), [(1, False), (2, True), (3, True)])
def test_3_conference_twice_every_month(conference_in_may: int, met: bool) -> None:
    months = [mo for mo in PERIOD_MONTHS if mo != (2025, 5)]
    meetings = (monthly(2, months=months, kind="conference", office=False)
                + monthly(conference_in_may, months=[(2025, 5)], kind="conference", office=False)
                + monthly(2, kind="webex_hosted"))
    assert part(score(facts(meetings=meetings), "3"), "p5").met is met


@pytest.mark.parametrize(("webex", "met"), [(11, False), (12, True), (13, True)])
def test_3_webex_average_two_a_month(webex: int, met: bool) -> None:
    hosted = [rec(D(2025, 1 + i % 6, 5 + i // 6), kind="webex_hosted") for i in range(webex)]
    meetings = monthly(2, kind="conference", office=False) + hosted
    assert part(score(facts(meetings=meetings), "3"), "p5").met is met


def test_3_on_time_rate_and_six_webex_are_reported_not_scored() -> None:
    import datetime as dt
    office = OfficeFacts(meetings=[
        Meeting(ref=f"c{i}", title="Conference", date=D(2025, 1 + i % 6, 3 + i // 6),
                kind="conference", start=dt.time(9, 0),
                joined=dt.time(8 + (55 + i) // 60, (55 + i) % 60), evidence_count=1)
        for i in range(12)] + [
        Meeting(ref=f"w{i}", title="WebEx", date=D(2025, 1 + i, 3), kind="webex_hosted",
                evidence_count=1) for i in range(5)])
    result = evaluate(rubric(), office, AFTER).criterion("3")
    notes = [n for ex in [part(result, "p5")] for p in ex.parts for n in p.notes]
    assert any("ก่อนเวลาเริ่ม 6 จาก 12" in n for n in notes)
    assert any("อย่างน้อย 6 ครั้ง" in n and "ยังขาด 1" in n for n in notes)


# --- D4 4.1 -------------------------------------------------------------------------------

def tambon(steps: int, step5_date: object = D(2025, 3, 31)) -> list:
    records = [rec(D(2025, 1, 10 + s), step=str(s)) for s in range(1, min(steps, 4) + 1)]
    if steps >= 5:
        records += [rec(step5_date, step="5", part="pdf"), rec(step5_date, step="5", part="video")]
    return records


@pytest.mark.parametrize("steps", range(6))
def test_4_1_cumulative_steps(steps: int) -> None:
    assert score(facts(model_tambon=tambon(steps)), "4.1").points == 2 * steps


def test_4_1_a_gap_stops_the_ladder() -> None:
    records = [r for r in tambon(5) if r.tags.get("step") != "3"]
    result = score(facts(model_tambon=records), "4.1")
    assert result.points == 4
    assert any("ขั้นที่ 4 ผ่านแล้ว" in n for n in result.explanation.notes)


def test_4_1_lesson_learned_after_31_march_gives_8() -> None:
    assert score(facts(model_tambon=tambon(5, D(2025, 4, 1))), "4.1").points == 8


# --- D4 4.2 -------------------------------------------------------------------------------

def click(steps: int, shops: int = 3, tourism: int = 2, channels: int = 2) -> dict:
    f: dict = {"numbers": {"otop_operators": 250}}
    if steps >= 1:
        f["click_actions"] = [rec(D(2025, 1, 20), kind="working_group")]
    if steps >= 2:
        f["click_shop_registrations"] = monthly(1, quantity=shops, evidence=0)
        f["click_tourism_entries"] = monthly(1, quantity=tourism, evidence=0)
    if steps >= 3:
        names = ("facebook", "line", "tiktok")[:channels]
        f["click_promotions"] = monthly(2, channels=names)
    if steps >= 4:
        f["activities"] = monthly(2, purpose="click")
    if steps >= 5:
        f["click_actions"].append(rec(D(2025, 6, 25), kind="summary_report"))
    return f


@pytest.mark.parametrize("steps", range(6))
def test_4_2_cumulative_steps(steps: int) -> None:
    assert score(facts(**click(steps)), "4.2").points == 2 * steps


@pytest.mark.parametrize(("shops", "points"), [(2, 2), (3, 10)])
def test_4_2_shops_grow_one_percent_of_operators_each_month(shops: int, points: int) -> None:
    # 1 % of 250 operators is 2.5 shops: 2 is below the bar, 3 reaches it.
    assert score(facts(**click(5, shops=shops)), "4.2").points == points


@pytest.mark.parametrize(("tourism", "points"), [(1, 2), (2, 10), (3, 10)])
def test_4_2_two_tourism_entries_each_month(tourism: int, points: int) -> None:
    assert score(facts(**click(5, tourism=tourism)), "4.2").points == points


def test_4_2_promotion_on_one_channel_does_not_count() -> None:
    result = score(facts(**click(5, channels=1)), "4.2")
    assert result.points == 4
    assert "too_few_values" in reasons(result.explanation).values()


def test_4_2_without_operator_base_warns() -> None:
    f = click(5)
    f["numbers"] = {}
    result = score(facts(**f), "4.2")
    assert result.points == 2
    assert any("ผู้ประกอบการ OTOP" in w for w in result.explanation.all_warnings())


# --- D5 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("items", range(6))
def test_5_uses_the_items_two_points_each(items: int) -> None:
    keys = ["1.1", "1.2", "2.1", "2.2", "2.3"][:items]
    records = [rec(D(2025, 6, 1), item=k) for k in keys]
    result = score(facts(innovation=records), "5")
    assert (result.points, result.max_points) == (2 * items, 10)


def test_5_item_without_evidence_does_not_count() -> None:
    result = score(facts(innovation=[rec(D(2025, 6, 1), item="1.1", evidence=0)]), "5")
    assert result.points == 0


# --- typed facts ----------------------------------------------------------------------------

def test_office_facts_feed_the_engine() -> None:
    office = OfficeFacts(activities=[
        Activity(ref=f"a{i}", title="อบรมความปลอดภัย", date=D(2025, 2, 1 + i), evidence_count=1,
                 purpose="security", format=FORMATS[i % 3]) for i in range(4)])
    assert evaluate(rubric(), office, AFTER).criterion("1.1").points == 5
