"""Every criterion at each level boundary — just below, at and above — scored from real
records saved through the services (``tests/record_builders.py``) into a fresh office
database, then read back by ``build_facts``/``score_office``: Digital 4.0 FY2568
(docs/rubrics.md §1); the Session Call KPI FY2563 round 2 (§2) and the Click ชุมชน grade
FY2567 Q3 (§3) are in ``test_scoring_records_other.py``. ``tests/test_scoring_digital40.py`` and ``test_scoring_other_rubrics.py``
check the same boundaries with hand-made facts; here the records, their evidence links, the
registers and the year plan are the ones an officer would enter.

Digital 4.0 is evaluated on 15 July 2568 (after the January–June period, so every month is
judged) unless a test is about dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from cddesk.app_services import Services
from cddesk.errors import ValidationError
from models import ComputerStatus
from tests.record_builders import (  # office: the fixture
    AFTER_DIGITAL,
    DIGITAL_MONTHS,
    D,
    account,
    add,
    add_many,
    antivirus,
    computer,
    criterion,
    monthly,
    office,
    open_office,
    part,
    reasons,
    ref,
    spread,
    staff,
    year_plan,
)


def next_day(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1)


# =========================================================================================
# Digital 4.0 FY2568 — D1 Digital literacy
# =========================================================================================

FORMAT_KIND = {"F1": "training", "F2": "infographic", "F3": "visit"}


def security(s: Services, formats: int, activities: int, start: dt.date = D(2025, 2, 1),
             **fields: Any) -> list[Any]:
    """``activities`` security-awareness activities using the first ``formats`` formats."""
    names = ["F1", "F2", "F3"][:formats]
    return [add(s, "training_activity", purpose="security", security_format=names[i % formats],
                kind=FORMAT_KIND[names[i % formats]], date=start + dt.timedelta(days=i), **fields)
            for i in range(activities)]


@pytest.mark.parametrize(("formats", "activities", "points"), [
    (1, 0, 0),                       # nothing done
    (1, 1, 1), (1, 2, 1),            # row [1, 1, 1] at and above; one format never reaches row 2
    (2, 2, 2),                       # row [2, 2, 2] at
    (2, 3, 3), (2, 4, 3),            # row [2, 3, 3] at, above; (2, 4) one format short of row 4
    (3, 3, 3),                       # three formats, one activity short of row [3, 4, 5]
    (3, 4, 5),                       # row [3, 4, 5] at: 5 as printed (Decision)
    (3, 5, 5), (3, 6, 5),            # row [3, 5, 5] at and above: the maximum
])
def test_1_1_formats_times_activities(office: Services, formats: int, activities: int,
                                      points: int) -> None:
    security(office, formats, activities)
    assert criterion(office, "1.1").points == points


def test_1_1_counts_only_evidenced_security_activities_in_the_period(office: Services) -> None:
    security(office, 3, 3)  # F1, F2, F3 once each: row [2, 3, 3]
    no_evidence = add(office, "training_activity", evidence=False, purpose="security",
                      security_format="F1", date=D(2025, 3, 1))
    before = add(office, "training_activity", purpose="security", security_format="F1",
                 date=D(2024, 12, 31))
    after = add(office, "training_activity", purpose="security", security_format="F1",
                date=D(2025, 7, 1))
    add(office, "training_activity", purpose="tools", tools=("gis",), date=D(2025, 3, 2))
    result = criterion(office, "1.1")
    assert result.points == 3
    assert reasons(result.explanation) == {
        ref("training_activity", no_evidence): "no_evidence",
        ref("training_activity", before): "outside_period",
        ref("training_activity", after): "outside_period",
    }  # the tools activity is not a security activity at all: not listed
    office.evidence.add_link("training_activity", no_evidence.id, "https://www.example.org/photo")
    assert criterion(office, "1.1").points == 5  # the fourth activity now counts


@pytest.mark.parametrize(("day", "counts"), [
    (D(2024, 12, 31), False), (D(2025, 1, 1), True), (D(2025, 6, 30), True), (D(2025, 7, 1), False),
])
def test_1_1_period_edges(office: Services, day: dt.date, counts: bool) -> None:
    security(office, 3, 3)
    add(office, "training_activity", purpose="security", security_format="F2", date=day)
    assert criterion(office, "1.1").points == (5 if counts else 3)


def tools(s: Services, n: int, start: dt.date = D(2025, 3, 1), **fields: Any) -> list[Any]:
    fields.setdefault("tools", ("click", "smart_bmn"))
    return [add(s, "training_activity", purpose="tools", date=start + dt.timedelta(days=i),
                **fields) for i in range(n)]


@pytest.mark.parametrize(("own", "points"), [(0, 0), (1, 5), (2, 5), (5, 5), (6, 10), (7, 10)])
def test_1_2_activities_ladder(office: Services, own: int, points: int) -> None:
    tools(office, own)
    assert criterion(office, "1.2").points == points


def test_1_2_joining_another_units_activity_does_not_count(office: Services) -> None:
    tools(office, 5)
    joined = tools(office, 3, start=D(2025, 4, 1), by_office=False,
                   organiser="สำนักงานพัฒนาชุมชนจังหวัดหนองคาย")
    result = criterion(office, "1.2")
    assert result.points == 5
    assert reasons(result.explanation) == {ref("training_activity", j): "not_by_office"
                                           for j in joined}
    tools(office, 1, start=D(2025, 5, 1))  # the sixth activity the office organised itself
    assert criterion(office, "1.2").points == 10


@pytest.mark.parametrize(("day", "points"), [(D(2025, 6, 30), 10), (D(2025, 7, 1), 5)])
def test_1_2_sixth_activity_by_30_june(office: Services, day: dt.date, points: int) -> None:
    tools(office, 5)
    sixth = tools(office, 1, start=day)[0]
    result = criterion(office, "1.2")
    assert result.points == points
    if points == 5:
        assert reasons(result.explanation) == {ref("training_activity", sixth): "after_deadline"}


# =========================================================================================
# D2 Data management
# =========================================================================================

@pytest.mark.parametrize(("collected", "points"), [
    (0, 12), (469, 12),               # below 47 %
    (470, 15), (471, 15), (579, 15),  # 47 % at, above; just below 58 %
    (580, 16), (581, 16), (589, 16),  # 58 % at, above; just below 59 %
    (590, 18), (591, 18), (999, 18),  # 59 % at, above; just below 100 %
    (1000, 20),                       # 100 % (more than the target cannot be recorded)
])
def test_2_1_percent_of_the_target(office: Services, collected: int, points: int) -> None:
    year_plan(office, 2568, jpt_target=1000)
    add(office, "jpt_progress", evidence=False, date=D(2025, 3, 31), collected=collected)
    result = criterion(office, "2.1")
    assert (result.points, result.status) == (points, "assessed")


def test_2_1_more_households_than_the_target_is_refused(office: Services) -> None:
    year_plan(office, 2568, jpt_target=1000)
    with pytest.raises(ValidationError):
        add(office, "jpt_progress", evidence=False, date=D(2025, 3, 31), collected=1001)


def test_2_1_the_latest_figure_by_31_march_counts_a_later_one_does_not(office: Services) -> None:
    year_plan(office, 2568, jpt_target=1000)
    early = add(office, "jpt_progress", evidence=False, date=D(2025, 2, 1), collected=300)
    by_deadline = add(office, "jpt_progress", evidence=False, date=D(2025, 3, 31), collected=590)
    late = add(office, "jpt_progress", evidence=False, date=D(2025, 4, 1), collected=1000)
    result = criterion(office, "2.1")
    assert result.points == 18
    assert [r.ref for r in result.explanation.counted] == [ref("jpt_progress", by_deadline)]
    assert reasons(result.explanation) == {ref("jpt_progress", early): "superseded",
                                           ref("jpt_progress", late): "after_deadline"}


def test_2_1_a_figure_of_the_previous_fiscal_year_does_not_count(office: Services) -> None:
    year_plan(office, 2568, jpt_target=1000)
    add(office, "jpt_progress", evidence=False, date=D(2024, 9, 30), collected=1000)
    assert criterion(office, "2.1").points == 12  # 0 % of this year's target
    add(office, "jpt_progress", evidence=False, date=D(2024, 10, 1), collected=1000)
    assert criterion(office, "2.1").points == 20


@pytest.mark.parametrize("plan", [False, True])
def test_2_1_without_a_target_is_not_assessed(office: Services, plan: bool) -> None:
    if plan:
        year_plan(office, 2568, heads_total=12)  # a plan, but no จปฐ. target in it
    add(office, "jpt_progress", evidence=False, date=D(2025, 3, 1), collected=900)
    result = criterion(office, "2.1")
    assert (result.points, result.status) == (0, "not_assessed")
    assert any("ยังไม่ประเมิน" in w for w in result.explanation.warnings)


DB_DEADLINES = {"mother_fund": D(2025, 3, 31), "community_leaders": D(2025, 5, 31),
                "savings_groups": D(2025, 6, 30), "kkhkc": D(2025, 6, 30),
                "tambon_plan": D(2025, 6, 30)}
DATABASES = [*DB_DEADLINES, "otop_sales"]


def central_db(s: Services, name: str, day: dt.date | None = None, **fields: Any) -> Any:
    """A central-database update, dated on its deadline unless ``day`` is given. The
    Department checks the database itself: no evidence needed (and none given)."""
    return add(s, "central_db_update", evidence=False, database=name,
               date=day or DB_DEADLINES[name], **fields)


def otop_every_month(s: Services, months: list[tuple[int, int]] = DIGITAL_MONTHS) -> None:
    for y, m in months:
        central_db(s, "otop_sales", D(y, m, 28), amount=150000.0)


@pytest.mark.parametrize(("done", "points"),
                         [(0, 0), (1, 0), (2, 2), (3, 4), (4, 6), (5, 8), (6, 10)])
def test_2_2_databases_done(office: Services, done: int, points: int) -> None:
    for name in DATABASES[:done]:
        if name == "otop_sales":
            otop_every_month(office)
        else:
            central_db(office, name)
    assert criterion(office, "2.2").points == points


@pytest.mark.parametrize("name", list(DB_DEADLINES))
def test_2_2_each_database_by_its_deadline(office: Services, name: str) -> None:
    deadline = DB_DEADLINES[name]
    late = central_db(office, name, next_day(deadline))
    item = part(criterion(office, "2.2"), name)
    assert not item.met and reasons(item) == {ref("central_db_update", late): "after_deadline"}
    central_db(office, name, deadline)
    assert part(criterion(office, "2.2"), name).met


def test_2_2_an_update_of_the_previous_year_or_incomplete_does_not_count(office: Services) -> None:
    old = central_db(office, "mother_fund", D(2024, 9, 30))
    partial = central_db(office, "mother_fund", D(2025, 3, 1), complete=False)
    item = part(criterion(office, "2.2"), "mother_fund")
    assert not item.met
    assert reasons(item) == {ref("central_db_update", old): "outside_period",
                             ref("central_db_update", partial): "incomplete"}
    central_db(office, "mother_fund", D(2024, 10, 1))
    assert part(criterion(office, "2.2"), "mother_fund").met


def test_2_2_otop_sales_needs_every_month(office: Services) -> None:
    otop_every_month(office, DIGITAL_MONTHS[:-1])  # June missing
    item = part(criterion(office, "2.2"), "otop_sales")
    assert not item.met and [mo.met for mo in item.months] == [True] * 5 + [False]
    central_db(office, "otop_sales", D(2025, 7, 1))  # a late June update falls in July
    assert not part(criterion(office, "2.2"), "otop_sales").met
    central_db(office, "otop_sales", D(2025, 6, 30))  # by the last day of June
    assert part(criterion(office, "2.2"), "otop_sales").met


# =========================================================================================
# D3 IT systems management — the five processes
# =========================================================================================

def process(s: Services, key: str, at: dt.date = AFTER_DIGITAL) -> Any:
    return part(criterion(s, "3", at), key)


@pytest.mark.parametrize(("day", "evidence", "met"), [
    (D(2024, 9, 30), True, False),    # before the fiscal year
    (D(2024, 10, 1), True, True),
    (D(2025, 3, 31), True, True),     # on the deadline
    (D(2025, 4, 1), True, False),     # a day late
    (D(2025, 3, 31), False, False),   # no evidence
])
def test_3_p1_it_mechanism_by_31_march(office: Services, day: dt.date, evidence: bool,
                                       met: bool) -> None:
    add(office, "governance_action", evidence=evidence, kind="meeting", date=day)
    assert process(office, "p1").met is met


def registers(s: Services, people: int = 2, *, survey: dt.date | None = D(2025, 3, 31),
              reviewed: dt.date | None = D(2025, 3, 31)) -> tuple[list[Any], list[Any]]:
    """Staff each with a reviewed internet account and a complete, surveyed computer."""
    members = [staff(s) for _ in range(people)]
    for member in members:
        account(s, member.id, reviewed=reviewed)
    computers = [computer(s, responsible=m.id, survey=survey) for m in members]
    return members, computers


@pytest.mark.parametrize(("survey", "met"), [
    (None, False), (D(2024, 9, 30), False), (D(2024, 10, 1), True), (D(2025, 3, 31), True),
    (D(2025, 4, 1), False),
])
def test_3_p2_computers_surveyed_in_the_year_by_the_deadline(office: Services,
                                                             survey: dt.date | None,
                                                             met: bool) -> None:
    registers(office)
    staff_member = staff(office)
    account(office, staff_member.id)
    computer(office, responsible=staff_member.id, survey=survey)
    assert process(office, "p2").met is met


@pytest.mark.parametrize(("reviewed", "met"), [
    (None, False), (D(2024, 9, 30), False), (D(2024, 10, 1), True), (D(2025, 3, 31), True),
    (D(2025, 4, 1), False),
])
def test_3_p2_accounts_reviewed_in_the_same_window(office: Services, reviewed: dt.date | None,
                                                   met: bool) -> None:
    registers(office)
    account(office, staff(office).id, reviewed=reviewed)
    assert process(office, "p2").met is met


@pytest.mark.parametrize(("survey_deadline", "met"), [
    (None, False),                    # default 31 March: a survey on 20 April is late
    (D(2025, 4, 19), False), (D(2025, 4, 20), True), (D(2025, 4, 30), True),
])
def test_3_p2_the_office_survey_deadline_setting(office: Services, survey_deadline: dt.date | None,
                                                 met: bool) -> None:
    registers(office, survey=D(2025, 4, 20), reviewed=D(2025, 4, 20))
    profile = office.office.profile()
    assert profile is not None and profile.survey_deadline == D(2025, 3, 31)
    if survey_deadline is not None:
        profile.survey_deadline = survey_deadline
        office.office.save_profile(profile)
    assert process(office, "p2").met is met


def test_3_p2_the_survey_deadline_of_another_fiscal_year_does_not_apply(tmp_path: Path) -> None:
    office = open_office(tmp_path / "office", fiscal_year=2569)  # the office has moved on
    try:
        registers(office, survey=D(2025, 4, 20), reviewed=D(2025, 4, 20))
        assert not process(office, "p2").met  # FY2568: surveyed after 31 March 2025
    finally:
        office.close()


@pytest.mark.parametrize("field", ["brand", "model", "os_name", "location", "responsible"])
def test_3_p2_every_required_computer_field(office: Services, field: str) -> None:
    members, _ = registers(office)
    assert process(office, "p2").met
    values: dict[str, Any] = {"responsible": None if field == "responsible" else members[0].id}
    if field != "responsible":
        values[field] = ""
    gap = computer(office, survey=D(2025, 3, 1), **values)
    p2 = process(office, "p2")
    assert not p2.met and reasons(p2) == {ref("computer", gap): "incomplete"}


def test_3_p2_every_active_staff_member_needs_an_active_account(office: Services) -> None:
    registers(office)
    staff(office, "นายผู้ย้ายไปแล้ว", active=False)  # left the office: not required
    assert process(office, "p2").met
    newcomer = staff(office, "นางสาวคนใหม่")
    p2 = process(office, "p2")
    # (listed as "no date": without an account there is no review date either)
    assert not p2.met and set(reasons(p2)) == {ref("staff", newcomer)}
    account(office, newcomer.id, active=False)  # a closed account is no account
    assert not process(office, "p2").met
    account(office, newcomer.id)
    assert process(office, "p2").met


def test_3_p2_disposed_computers_are_not_required_broken_ones_are(office: Services) -> None:
    members, _ = registers(office)
    computer(office, responsible=None, survey=None, location="", status=ComputerStatus.DISPOSED)
    assert process(office, "p2").met
    computer(office, responsible=members[0].id, survey=None, status=ComputerStatus.BROKEN)
    assert not process(office, "p2").met


def usable_pcs(s: Services, n: int) -> list[Any]:
    member = staff(s)
    return [computer(s, responsible=member.id) for _ in range(n)]


@pytest.mark.parametrize(("protected", "met"), [(18, False), (19, True), (20, True)])
def test_3_p3_antivirus_on_95_percent_of_usable_computers(office: Services, protected: int,
                                                          met: bool) -> None:
    pcs = usable_pcs(office, 20)
    for pc in pcs[:protected]:
        antivirus(office, pc.id, installed=D(2025, 6, 30))
    member = staff(office)  # broken and disposed computers are not in the base
    computer(office, responsible=member.id, status=ComputerStatus.BROKEN)
    computer(office, responsible=member.id, status=ComputerStatus.AWAITING_DISPOSAL)
    computer(office, responsible=member.id, status=ComputerStatus.DISPOSED)
    p3 = process(office, "p3")
    assert p3.met is met
    assert p3.summary.startswith(f"{protected} จาก 20 = ร้อยละ")
    assert office.antivirus.coverage(D(2025, 6, 30)).meets(95) is met  # the register page agrees


def test_3_p3_late_wrong_or_lapsed_installs_do_not_count(office: Services) -> None:
    pcs = usable_pcs(office, 20)
    for pc in pcs[:18]:
        antivirus(office, pc.id, installed=D(2025, 2, 1))
    antivirus(office, pcs[18].id, installed=D(2025, 7, 1))  # after 30 June
    antivirus(office, pcs[19].id, product="Kaspersky Endpoint Security")  # not the prescribed one
    antivirus(office, pcs[19].id, licence_expiry=D(2025, 5, 31))  # ESET, lapsed before 30 June
    p3 = process(office, "p3")
    assert not p3.met and p3.summary.startswith("18 จาก 20")
    antivirus(office, pcs[19].id, installed=D(2025, 6, 30))
    assert process(office, "p3").met


def test_3_p3_a_licence_lapsing_after_30_june_does_not_undo_the_process(office: Services) -> None:
    for pc in usable_pcs(office, 20):
        antivirus(office, pc.id, installed=D(2025, 3, 1), licence_expiry=D(2025, 7, 1))
    assert process(office, "p3", D(2025, 6, 30)).met
    assert process(office, "p3", AFTER_DIGITAL).met  # installed by 30 June: still done


SECTIONS = ("structure", "announcements", "services", "contact")


def website(s: Services, news_total: int, sections: tuple[str, ...] = SECTIONS,
            updated: dt.date = D(2025, 1, 5)) -> None:
    """Section updates and ``news_total`` news items in six monthly lines (the website itself
    is the evidence: no evidence links)."""
    for section in sections:
        add(s, "website_update", evidence=False, section=section, date=updated)
    for i, (y, m) in enumerate(DIGITAL_MONTHS):
        add(s, "website_news", evidence=False, date=D(y, m, 28),
            count=news_total // 6 + (i < news_total % 6))


@pytest.mark.parametrize(("news", "met"), [(59, False), (60, True), (61, True)])
def test_3_p4_news_average_ten_a_month(office: Services, news: int, met: bool) -> None:
    website(office, news)
    assert process(office, "p4").met is met


@pytest.mark.parametrize("missing", SECTIONS)
def test_3_p4_all_four_sections(office: Services, missing: str) -> None:
    website(office, 60, tuple(s for s in SECTIONS if s != missing))
    assert not process(office, "p4").met


@pytest.mark.parametrize(("updated", "met"), [(D(2024, 9, 30), False), (D(2024, 10, 1), True)])
def test_3_p4_sections_updated_in_the_fiscal_year(office: Services, updated: dt.date,
                                                  met: bool) -> None:
    website(office, 60, updated=updated)
    assert process(office, "p4").met is met


def test_3_p4_news_outside_the_period_does_not_raise_the_average(office: Services) -> None:
    website(office, 59)
    add(office, "website_news", evidence=False, date=D(2024, 12, 31), count=10)
    add(office, "website_news", evidence=False, date=D(2025, 7, 1), count=10)
    assert not process(office, "p4").met


def meetings(s: Services, conferences: dict[tuple[int, int], int] | None = None, webex: int = 12,
             **conference_fields: Any) -> None:
    """Conferences joined per month (default 2 in every month) and WebEx meetings hosted,
    spread over January–June."""
    per_month = {mo: 2 for mo in DIGITAL_MONTHS} | (conferences or {})
    for (y, m), n in per_month.items():
        add_many(s, "online_meeting", [D(y, m, 3 + i) for i in range(n)], kind="conference",
                 start_time=dt.time(9, 0), joined_time=dt.time(8, 55), **conference_fields)
    add_many(s, "online_meeting", spread(webex, DIGITAL_MONTHS, day=10), kind="webex_hosted")


@pytest.mark.parametrize(("in_may", "met"), [(1, False), (2, True), (3, True)])
def test_3_p5_conference_twice_every_month(office: Services, in_may: int, met: bool) -> None:
    meetings(office, {(2025, 5): in_may})
    assert process(office, "p5").met is met


@pytest.mark.parametrize(("webex", "met"), [(11, False), (12, True), (13, True)])
def test_3_p5_webex_average_two_a_month(office: Services, webex: int, met: bool) -> None:
    meetings(office, webex=webex)
    assert process(office, "p5").met is met


def test_3_p5_a_conference_without_evidence_does_not_count(office: Services) -> None:
    meetings(office, {(2025, 5): 1})
    bare = add(office, "online_meeting", evidence=False, kind="conference", date=D(2025, 5, 20))
    p5 = process(office, "p5")
    assert not p5.met and reasons(p5)[ref("online_meeting", bare)] == "no_evidence"


@pytest.mark.parametrize(("at", "met"), [(D(2025, 5, 30), True), (D(2025, 5, 31), False)])
def test_3_p5_a_month_is_judged_once_it_has_ended(office: Services, at: dt.date, met: bool) -> None:
    meetings(office, {(2025, 5): 1})
    assert process(office, "p5", at).met is met


def complete_processes(s: Services, n: int) -> None:
    """Complete the first ``n`` of the five processes, nothing of the others."""
    if n >= 1:
        add(s, "governance_action", kind="committee", date=D(2025, 1, 20))
    if n >= 2:
        _, pcs = registers(s, 3)
        if n >= 3:
            for pc in pcs:
                antivirus(s, pc.id)
    if n >= 4:
        website(s, 60)
    if n >= 5:
        meetings(s)


@pytest.mark.parametrize("n", range(6))
def test_3_five_points_per_complete_process(office: Services, n: int) -> None:
    complete_processes(office, n)
    result = criterion(office, "3")
    assert result.points == 5 * n
    assert [p.met for p in result.explanation.parts] == [True] * n + [False] * (5 - n)


# =========================================================================================
# D4 Use of data
# =========================================================================================

def tambon_steps(s: Services, steps: list[int], lesson: dt.date = D(2025, 3, 31),
                 parts: tuple[str, ...] = ("pdf", "video")) -> None:
    for step in steps:
        if step < 5:
            add(s, "model_tambon_step", step=str(step), date=D(2025, 1, 10 + step))
        else:
            for piece in parts:
                add(s, "model_tambon_step", step="5", part=piece, date=lesson,
                    url=f"https://www.example.org/lesson.{piece}")


@pytest.mark.parametrize("steps", range(6))
def test_4_1_cumulative_ladder(office: Services, steps: int) -> None:
    tambon_steps(office, list(range(1, steps + 1)))
    assert criterion(office, "4.1").points == 2 * steps


@pytest.mark.parametrize(("lesson", "points"),
                         [(D(2025, 3, 30), 10), (D(2025, 3, 31), 10), (D(2025, 4, 1), 8)])
def test_4_1_lesson_learned_sent_by_31_march(office: Services, lesson: dt.date,
                                             points: int) -> None:
    tambon_steps(office, [1, 2, 3, 4, 5], lesson=lesson)
    assert criterion(office, "4.1").points == points


def test_4_1_step_5_needs_both_the_pdf_and_the_video(office: Services) -> None:
    tambon_steps(office, [1, 2, 3, 4, 5], parts=("pdf",))
    assert criterion(office, "4.1").points == 8


@pytest.mark.parametrize(("gap", "points"), [(1, 0), (2, 2), (3, 4), (4, 6)])
def test_4_1_a_step_counts_only_when_the_earlier_ones_are_done(office: Services, gap: int,
                                                              points: int) -> None:
    tambon_steps(office, [s for s in range(1, 6) if s != gap])
    result = criterion(office, "4.1")
    assert result.points == points
    assert any("ผ่านแล้ว แต่จะนับเมื่อขั้นก่อนหน้าครบ" in n for n in result.explanation.notes)


def test_4_1_a_step_without_evidence_stops_the_ladder(office: Services) -> None:
    tambon_steps(office, [1, 3, 4, 5])
    bare = add(office, "model_tambon_step", evidence=False, step="2", date=D(2025, 1, 12))
    assert criterion(office, "4.1").points == 2
    office.evidence.add_link("model_tambon_step", bare.id, "https://www.example.org/cia")
    assert criterion(office, "4.1").points == 10


def click_ladder(s: Services, steps: int, *, working_group: dt.date = D(2025, 1, 31),
                 shops: int = 3, tourism: int = 2, channels: tuple[str, ...] = ("facebook", "line"),
                 promotions: dict[tuple[int, int], int] | None = None,
                 activities: dict[tuple[int, int], int] | None = None) -> None:
    """Records completing the first ``steps`` steps of 4.2 (250 OTOP operators in the area)."""
    year_plan(s, 2568, otop_operator_base=250)
    if steps >= 1:
        add(s, "click_action", kind="working_group", date=working_group)
    if steps >= 2:
        for y, m in DIGITAL_MONTHS:
            add(s, "click_figure", evidence=False, kind="shop_registrations", date=D(y, m, 28),
                count=shops)
            add(s, "click_figure", evidence=False, kind="tourism_entries", date=D(y, m, 28),
                count=tourism)
    if steps >= 3:
        per_month = {mo: 2 for mo in DIGITAL_MONTHS} | (promotions or {})
        for (y, m), n in per_month.items():
            add_many(s, "click_promotion", [D(y, m, 8 + i) for i in range(n)], channels=channels)
    if steps >= 4:
        per_month = {mo: 2 for mo in DIGITAL_MONTHS} | (activities or {})
        for (y, m), n in per_month.items():
            add_many(s, "training_activity", [D(y, m, 12 + i) for i in range(n)], purpose="click",
                     kind="exchange")
    if steps >= 5:
        add(s, "click_action", kind="summary_report", date=D(2025, 6, 25))


@pytest.mark.parametrize("steps", range(6))
def test_4_2_cumulative_ladder(office: Services, steps: int) -> None:
    click_ladder(office, steps)
    assert criterion(office, "4.2").points == 2 * steps


@pytest.mark.parametrize(("kw", "points"), [
    (dict(working_group=D(2025, 1, 31)), 10),
    (dict(working_group=D(2025, 2, 1)), 0),          # after January: the ladder never starts
    (dict(shops=2), 2), (dict(shops=3), 10), (dict(shops=4), 10),   # 1 % of 250 = 2.5 shops
    (dict(tourism=1), 2), (dict(tourism=2), 10), (dict(tourism=3), 10),
    (dict(channels=("facebook",)), 4),               # one channel is not a promotion that counts
    (dict(channels=("facebook", "line", "tiktok")), 10),
    (dict(promotions={(2025, 3): 1}), 4), (dict(promotions={(2025, 3): 3}), 10),
    (dict(activities={(2025, 6): 1}), 6), (dict(activities={(2025, 6): 3}), 10),
])
def test_4_2_step_boundaries(office: Services, kw: dict[str, Any], points: int) -> None:
    click_ladder(office, 5, **kw)
    assert criterion(office, "4.2").points == points


def test_4_2_without_the_operator_base_step_2_cannot_be_checked(office: Services) -> None:
    click_ladder(office, 5)
    plan = office.kinds["year_plan"].list()[0]
    plan.otop_operator_base = None
    office.kinds["year_plan"].save(plan)
    result = criterion(office, "4.2")
    assert result.points == 2
    assert any("ผู้ประกอบการ OTOP" in w for w in result.explanation.all_warnings())


# =========================================================================================
# D5 Innovation (self-assessment)
# =========================================================================================

ITEMS = ["item_1_1", "item_1_2", "item_2_1", "item_2_2", "item_2_3"]


@pytest.mark.parametrize("items", range(6))
def test_5_two_points_per_item(office: Services, items: int) -> None:
    add(office, "innovation_report", date=D(2025, 6, 1), **{i: True for i in ITEMS[:items]})
    result = criterion(office, "5")
    assert (result.points, result.max_points) == (2 * items, 10)


@pytest.mark.parametrize(("day", "evidence", "points"), [
    (D(2025, 6, 30), True, 10), (D(2025, 7, 1), True, 0), (D(2024, 9, 30), True, 0),
    (D(2025, 6, 30), False, 0),
])
def test_5_report_by_30_june_with_evidence(office: Services, day: dt.date, evidence: bool,
                                           points: int) -> None:
    add(office, "innovation_report", evidence=evidence, date=day, **{i: True for i in ITEMS})
    assert criterion(office, "5").points == points


def test_5_counted_items_name_the_report_they_come_from(office: Services) -> None:
    report = add(office, "innovation_report", evidence=False, date=D(2025, 6, 1), item_1_1=True)
    item = part(criterion(office, "5"), "1.1")
    assert set(reasons(item)) == {ref("innovation_report", report)}
