"""Records standing for groups (``Record.weight`` and ``names``): the engine judges a group once
and counts it as its weight; explanations list its members. Property (hypothesis, every
shipped rubric): facts whose alike records are grouped score exactly as the same facts one
record at a time, with the same records listed as counted and not counted, for the same
reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring import Facts, Record, evaluate
from scoring.facts import ComputerEntry, shared_tags
from scoring.groups import Names, expand, group, members, weight
from scoring.results import Explanation, NotCounted
from tests.test_scoring_properties import RUBRIC_IDS, SETTINGS, scenario


def _normal(node: Any) -> Any:
    """A result's JSON with every list of records in ref order (grouping lists a group's
    members where the group stood; what is listed, and why, must not change)."""
    if isinstance(node, dict):
        found = {k: _normal(v) for k, v in node.items()}
        for key in ("counted", "not_counted"):
            if key in found:
                found[key] = sorted(found[key], key=lambda r: (r["ref"], r.get("reason_code", "")))
        return found
    if isinstance(node, list):
        return [_normal(v) for v in node]
    return node


def _with_twins(records: list[Record], copies: list[int]) -> list[Record]:
    """Each record followed by copies alike in all but ref and title."""
    found: list[Record] = []
    for i, r in enumerate(records):
        found.append(r)
        found += [dataclasses.replace(r, ref=f"{r.ref}/{k}", title=f"{r.title} {k}")
                  for k in range(copies[i % len(copies)])]
    return found


@pytest.mark.parametrize("rubric_id", RUBRIC_IDS)
@SETTINGS
@given(data=st.data())
def test_grouped_facts_score_as_the_records_one_by_one(rubric_id: str, data: st.DataObject) -> None:
    r, facts, at = data.draw(scenario(rubric_id))
    copies = data.draw(st.lists(st.integers(0, 3), min_size=1, max_size=5))
    shuffled = data.draw(st.booleans())
    single: dict[str, list[Record]] = {}
    for source, found in facts.records.items():
        records = _with_twins(list(found), copies)
        single[source] = list(reversed(records)) if shuffled else records
    plain = Facts(records=single, numbers=facts.numbers, dates=facts.dates, texts=facts.texts)
    grouped = Facts(records={s: group(v) for s, v in single.items()}, numbers=facts.numbers,
                    dates=facts.dates, texts=facts.texts)
    assert sum(len(v) for v in grouped.records.values()) <= sum(len(v) for v in single.values())
    one_by_one, by_group = evaluate(r, plain, at), evaluate(r, grouped, at)
    assert by_group.points == one_by_one.points
    assert [c.points for c in by_group.criteria] == [c.points for c in one_by_one.criteria]
    assert _normal(by_group.to_json_dict()) == _normal(one_by_one.to_json_dict())


def _record(ref: str, date: dt.date | None = dt.date(2025, 1, 10), **kw: Any) -> Record:
    return Record(ref=ref, date=date, **{"title": f"ชื่อ {ref}", **kw})


def test_group_keeps_alike_records_together_where_the_first_stood() -> None:
    a, b, c = _record("a:1", tags=shared_tags(kind="x")), _record("a:2"), _record("a:3", tags=shared_tags(kind="x"))
    d = _record("a:4", evidence_count=1)
    found = group([a, b, c, d])
    assert [(g.ref, g.weight, g.position) for g in found] == [("a:1", 2, 0), ("a:2", 1, 1), ("a:4", 1, 3)]
    assert found[1] == b and found[1].names is None  # a record alike with no other: itself, with its place
    assert [m.ref for m in expand(found)] == ["a:1", "a:2", "a:3", "a:4"]  # listed in the order of the source
    assert [m.position for m in expand(found)] == [0, 1, 2, 3]
    assert [m.ref for m in expand([found[0], found[2]])] == ["a:1", "a:3", "a:4"]
    assert expand([a, b]) == [a, b] and weight(found) == 4
    assert members(found[0]) == [a, c]  # members equal the records grouped
    unplaced = Explanation(counted=[d, a])  # records without a place keep the engine's order
    assert [r.ref for r in unplaced.counted] == ["a:4", "a:1"]


def test_a_subclass_groups_on_its_own_fields_too() -> None:
    pcs = [ComputerEntry(ref=f"computer:{i}", title=f"PC {i}", date=None, usable=i % 2 == 0) for i in range(6)]
    found = group(pcs)
    assert sorted(g.weight for g in found) == [3, 3]
    assert all(type(g) is ComputerEntry for g in found)
    antivirus = found[0].antivirus_record
    assert antivirus.weight == 3 and [m.ref for m in members(antivirus)] == ["computer:0", "computer:2", "computer:4"]


def test_names_are_read_once_when_first_asked() -> None:
    calls: list[int] = []

    def load() -> tuple[list[tuple[str, str]], None]:
        calls.append(1)
        return [("a:1", "หนึ่ง"), ("a:2", "สอง")], None
    g = _record("a:1", weight=2, names=Names(load=load))
    assert calls == []
    assert [m.title for m in members(g)] == ["หนึ่ง", "สอง"] and [m.ref for m in members(g)] == ["a:1", "a:2"]
    assert calls == [1]


def test_an_explanation_lists_members_and_keeps_what_was_judged() -> None:
    g = _record("a:1", weight=2, names=Names(found=[("a:1", "หนึ่ง"), ("a:2", "สอง")]))
    lone = _record("a:3")
    ex = Explanation(counted=[g, lone], not_counted=[NotCounted(g, "no_evidence", "ไม่มีหลักฐาน")])
    assert [r.ref for r in ex.counted] == ["a:1", "a:2", "a:3"]
    assert [(n.record.ref, n.reason_code) for n in ex.not_counted] == [("a:1", "no_evidence"), ("a:2", "no_evidence")]
    assert ex.selected == [g, lone] and ex.counted is ex.counted  # listed once, then kept
    ex.selected.append(_record("a:4"))
    assert [r.ref for r in ex.counted][-1] == "a:4"  # a change of what was judged is seen
    plain = Explanation(counted=[_record("a:1", title="หนึ่ง"), _record("a:2", title="สอง"), lone, _record("a:4")],
                        not_counted=ex.not_counted)
    assert [r.title for r in ex.counted] == ["หนึ่ง", "สอง", "ชื่อ a:3", "ชื่อ a:4"]
    assert plain.counted == [dataclasses.replace(r) for r in ex.counted] and plain == ex


def test_names_listed_without_making_members_are_those_of_the_members() -> None:
    g = _record("a:1", weight=2, names=Names(found=[("a:1", "หนึ่ง"), ("a:2", "สอง")]))
    part = Explanation(counted=[_record("a:3")], not_counted=[NotCounted(_record("a:4"), "no_date", "ไม่มีวันที่")])
    ex = Explanation(counted=[g], not_counted=[NotCounted(g, "no_evidence", "ไม่มีหลักฐาน")], parts=[part])
    assert ex.counted_names() == [(r.ref, r.title) for r in ex.all_counted()]
    walked = [(n.record.ref, n.record.title, n.reason) for node in (ex, part) for n in node.not_counted]
    assert ex.not_counted_names() == walked
    pcs = group([ComputerEntry(ref=f"computer:{i}", title=f"PC {i}", date=None, antivirus_since=dt.date(2025, 3, 1))
                 for i in range(3)])
    assert members(pcs[0]) == [dataclasses.replace(pcs[0], ref=f"computer:{i}", title=f"PC {i}", weight=1, names=None)
                               for i in range(3)]
    assert pcs[0].antivirus_record.weight == 3
    assert all(m.antivirus_record.date == dt.date(2025, 3, 1) and m.antivirus_record.weight == 1
               for m in members(pcs[0]))  # what is kept on a record is the copy's own
    lone = ComputerEntry(ref="computer:9", title="PC 9", date=None)
    assert lone.antivirus_record.weight == 1
    assert group([lone, dataclasses.replace(lone, ref="computer:10")])[0].antivirus_record.weight == 2


def test_the_written_out_key_of_a_plain_record_holds_every_field_judged() -> None:
    from scoring.groups import _OWN

    judged = tuple(fd.name for fd in dataclasses.fields(Record) if fd.init and fd.name not in _OWN)
    assert judged == ("date", "evidence_count", "organiser_is_office", "quantity", "tags", "missing", "on_time"), (
        "a new field of Record: add it to the key group() writes out for plain records")


def test_refs_of_an_explanation_are_those_its_lists_name() -> None:
    g = _record("a:1", weight=2, names=Names(found=[("a:1", "หนึ่ง"), ("a:2", "สอง")]))
    part = Explanation(counted=[_record("a:3")], not_counted=[NotCounted(g, "no_date", "ไม่มีวันที่")])
    ex = Explanation(counted=[g], not_counted=[NotCounted(_record("a:4"), "no_evidence", "ไม่มีหลักฐาน")], parts=[part])
    counted, rejected = ex.refs()
    assert counted == {ref for ref, _title in ex.counted_names()} == {"a:1", "a:2", "a:3"}
    assert rejected == {ref for ref, _title, _why in ex.not_counted_names()} == {"a:1", "a:2", "a:4"}
