"""Properties of the engine over random facts, for every shipped rubric (hypothesis):
scores stay within 0..maximum, totals are the sums of their parts, adding a qualifying record
never lowers any score, evaluating at an earlier date never counts a later record, and what an
evaluation keeps for the next never changes a result."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scoring import Facts, Record, Rubric, evaluate
from scoring import model as m
from scoring.checks import Context, select
from scoring.engine import Kept
from scoring.facts import SCALARS
from tests.scoring_facts import record_filters, rubric, walk

RUBRIC_IDS = ["digital40_fy2568", "session_call_fy2563r2", "click_chumchon_fy2567q3",
              "website_contest_fy2564"]
NUMBERS = ["jpt_target", "otop_operators", "heads_total", "website_design_score"]
CHANNELS = ("facebook", "line", "youtube", "tiktok")


def _tag_space(r: Rubric) -> dict[str, dict[str, list[str]]]:
    """source → tag → values worth generating (from the rubric's filters, plus a stranger)."""
    space: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in record_filters(r):
        tags = space[f.source]
        for key, values in f.where.items():
            tags[key] |= values | {"other"}
    for domain in r.domains:
        for criterion in domain.criteria:
            s = criterion.scorer
            if isinstance(s, m.DistinctCountTable):
                space[s.filter.source][s.distinct_tag] |= set(s.distinct_values) | {""}
            if isinstance(s, m.ChecklistShare):
                space[s.filter.source][s.tag] |= {i.key for i in s.items}
    return {source: {k: sorted(v) for k, v in tags.items()} for source, tags in space.items()}


@st.composite
def records(draw: st.DrawFn, source: str, tags: dict[str, list[str]], r: Rubric,
            qualifying: bool = False, lo: dt.date | None = None,
            hi: dt.date | None = None, fixed: dict[str, str] | None = None) -> Record:
    first = lo or r.period_start - dt.timedelta(days=120)
    last = hi or r.period_end + dt.timedelta(days=60)
    date = draw(st.dates(first, last)) if qualifying else draw(
        st.one_of(st.none(), st.dates(first, last)))
    values = fixed if fixed is not None else {k: draw(st.sampled_from(v)) for k, v in tags.items()}
    channels = draw(st.lists(st.sampled_from(CHANNELS), min_size=2 if qualifying else 0,
                             max_size=3, unique=True))
    return Record(
        ref=f"{source}:{draw(st.integers(0, 10**9))}", title=source, date=date,
        evidence_count=1 if qualifying else draw(st.integers(0, 2)),
        organiser_is_office=True if qualifying else draw(st.booleans()),
        quantity=draw(st.integers(0, 40)),
        tags={**values, "channels": tuple(channels)},
        missing=() if qualifying else draw(st.sampled_from([(), (), ("ram_gb",)])))


@st.composite
def scenario(draw: st.DrawFn, rubric_id: str) -> tuple[Rubric, Facts, dt.date]:
    r = rubric(rubric_id)
    space = _tag_space(r)
    # Half the records are well-formed (evidence, by the office, complete), so that deeper
    # levels and later ladder steps are reached often enough to be tested.
    sources = {s: draw(st.lists(st.booleans().flatmap(lambda ok, s=s, tags=tags: records(
        s, tags, r, qualifying=ok)), max_size=14)) for s, tags in space.items()}
    numbers = {n: draw(st.integers(-2, 2000)) for n in NUMBERS if draw(st.booleans())}
    texts = {"district": draw(st.sampled_from(["เมืองหนองคาย", "ท่าบ่อ", "สังคม"]))}
    dates = {"survey_deadline": draw(st.dates(r.period_start, r.period_end))} \
        if draw(st.booleans()) else {}
    at = draw(st.dates(r.period_start - dt.timedelta(days=40),
                       r.period_end + dt.timedelta(days=60)))
    return r, Facts(records=sources, numbers=numbers, dates=dates, texts=texts), at


SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.mark.parametrize("rubric_id", RUBRIC_IDS)
@SETTINGS
@given(data=st.data())
def test_scores_are_bounded_and_add_up(rubric_id: str, data: st.DataObject) -> None:
    r, facts, at = data.draw(scenario(rubric_id))
    result = evaluate(r, facts, at)
    for domain in result.domains:
        for criterion in domain.criteria:
            assert 0 <= criterion.points <= criterion.max_points
        assert domain.points == sum(c.points for c in domain.criteria)
        assert domain.points <= domain.max_points
    assert result.points == sum(d.points for d in result.domains)
    assert 0 <= result.points <= result.max_points == r.max_points
    json.dumps(result.to_json_dict(), ensure_ascii=False)


@pytest.mark.parametrize("rubric_id", RUBRIC_IDS)
@SETTINGS
@given(data=st.data())
def test_earlier_date_never_counts_a_later_record(rubric_id: str, data: st.DataObject) -> None:
    r, facts, at = data.draw(scenario(rubric_id))
    result = evaluate(r, facts, at)
    for criterion in result.criteria:
        for ex in walk(criterion.explanation):
            for record in ex.counted:
                assert record.date is not None and record.date <= at


def _qualifies(r: Rubric, facts: Facts, record: Record, source: str, at: dt.date) -> bool:
    """Counted by every filter of the rubric it is relevant to (and a cumulative figure
    is never a 'qualifying record': a newer, lower one may correct an older one)."""
    only = Facts(records={source: [record]}, numbers=facts.numbers, dates=facts.dates,
                 texts=facts.texts)
    relevant = False
    for f in record_filters(r):
        if f.source != source:
            continue
        sel = select(f, Context(only, at))
        if sel.relevant:
            relevant = True
            if not sel.counted:
                return False
    latest = any(isinstance(c.scorer, m.PercentLadder) and c.scorer.source.numerator == "latest"
                 and c.scorer.source.filter.source == source
                 for d in r.domains for c in d.criteria)
    return relevant and not latest


@pytest.mark.parametrize("rubric_id", RUBRIC_IDS)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_adding_a_qualifying_record_never_lowers_a_score(rubric_id: str,
                                                         data: st.DataObject) -> None:
    r, facts, at = data.draw(scenario(rubric_id))
    space = _tag_space(r)
    source = data.draw(st.sampled_from(sorted(space)))
    lo = r.period_start  # inside every window of the shipped rubrics
    # Records of one kind, added one at a time, so that ladders and monthly bars are crossed.
    fixed = {k: data.draw(st.sampled_from(v)) for k, v in space[source].items()}
    candidates = data.draw(st.lists(records(source, space[source], r, qualifying=True, lo=lo,
                                            hi=max(lo, at), fixed=fixed), max_size=16))
    good = [c for c in candidates if _qualifies(r, facts, c, source, at)]
    assume(good)
    before = evaluate(r, facts, at)
    for candidate in good:
        facts = facts.with_records(source, candidate)
        after = evaluate(r, facts, at)
        for old, new in zip(before.criteria, after.criteria):
            assert new.points >= old.points, (old.id, source, candidate)
        assert after.points >= before.points
        before = after


def _versioned(facts: Facts, versions: dict[str, object]) -> Facts:
    return Facts(records=facts.records, numbers=facts.numbers, dates=facts.dates, texts=facts.texts,
                 versions=versions)


@pytest.mark.parametrize("rubric_id", RUBRIC_IDS)
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_kept_criteria_and_selections_give_what_a_fresh_evaluation_gives(rubric_id: str,
                                                                       data: st.DataObject) -> None:
    """Evaluations sharing what they keep (criterion results, selections) — at several dates,
    with one source replaced by new records of a new version, and back — equal evaluations
    that keep nothing; evaluators that change a selection they were given do not change the
    kept one."""
    r, facts, at = data.draw(scenario(rubric_id))
    space = _tag_space(r)
    names = sorted(set(space) | set(facts.records))
    first = _versioned(facts, {**{name: 0 for name in names}, SCALARS: 0})
    kept = Kept()
    assert evaluate(r, first, at, kept) == evaluate(r, facts, at)
    assert kept.criteria and evaluate(r, first, at, kept) == evaluate(r, facts, at)
    source = data.draw(st.sampled_from(sorted(space)))
    replaced = data.draw(st.lists(st.booleans().flatmap(lambda ok: records(source, space[source], r, qualifying=ok)),
                                  max_size=14))
    other = {**facts.records, source: replaced}
    changed = _versioned(Facts(records=other, numbers=facts.numbers, dates=facts.dates, texts=facts.texts),
                         {**first.versions, source: 1})
    later = data.draw(st.sampled_from([at, at + dt.timedelta(days=31)]))
    plain = Facts(records=other, numbers=facts.numbers, dates=facts.dates, texts=facts.texts)
    assert evaluate(r, changed, later, kept) == evaluate(r, plain, later)
    assert evaluate(r, first, at, kept) == evaluate(r, facts, at)


def test_a_criterion_is_kept_while_the_versions_of_what_it_read_are_unchanged() -> None:
    r = rubric("digital40_fy2568")
    at = dt.date(2025, 5, 15)
    meeting = Record(ref="online_meeting:1", title="ประชุม", date=dt.date(2024, 11, 5), evidence_count=1,
                     organiser_is_office=False, tags={"kind": "conference"})
    names = sorted({f.source for f in record_filters(r)})
    versions: dict[str, object] = {**{name: 0 for name in names}, SCALARS: 0}
    facts = Facts(records={"meetings": [meeting]}, versions=versions)
    kept = Kept()
    before = evaluate(r, facts, at, kept)
    again = evaluate(r, facts, at, kept)
    assert all(a is b for a, b in zip(before.criteria, again.criteria))  # nothing evaluated again
    news = Record(ref="website_news:1", title="ข่าว", date=dt.date(2024, 11, 6), evidence_count=1, quantity=3)
    more = Facts(records={"meetings": [meeting], "website_news": [news]}, versions={**versions, "website_news": 1})
    after = evaluate(r, more, at, kept)
    reads_news = {c.id for c in after.criteria
                  if any(r.ref == "website_news:1" for ex in walk(c.explanation) for r in [*ex.counted, *(n.record for n in ex.not_counted)])}
    assert reads_news
    for old, new in zip(before.criteria, after.criteria):
        assert (new is old) == (new.id not in reads_news), new.id
    assert after == evaluate(r, Facts(records=more.records), at)
    # facts without versions keep nothing
    unversioned = Kept()
    evaluate(r, Facts(records={"meetings": [meeting]}), at, unversioned)
    assert not unversioned.criteria and not unversioned.selections


def test_a_kept_selection_is_given_as_a_copy_its_user_may_change() -> None:
    f = next(f for f in record_filters(rubric("digital40_fy2568")) if f.source == "meetings")
    assert f.start is not None
    meeting = Record(ref="online_meeting:1", title="ประชุม", date=f.start, evidence_count=1,
                     organiser_is_office=False, tags={k: sorted(v)[0] for k, v in f.where.items()})
    facts = Facts(records={"meetings": [meeting]}, versions={"meetings": 0, SCALARS: 0})
    selections: dict = {}  # type: ignore[type-arg]
    ctx = Context(facts, dt.date(2025, 5, 15), selections=selections)
    first = select(f, ctx)
    assert selections and [r.ref for r in first.counted] == ["online_meeting:1"]
    first.counted.clear()
    first.rejected.append(first.rejected[0] if first.rejected else None)  # type: ignore[arg-type]
    again = select(f, ctx)
    assert [r.ref for r in again.counted] == ["online_meeting:1"] and not again.rejected
    changed = Facts(records={"meetings": []}, versions={"meetings": 1, SCALARS: 0})
    assert not select(f, Context(changed, dt.date(2025, 5, 15), selections=selections)).relevant
