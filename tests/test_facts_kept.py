"""The database keeps the scoring engine's grouped facts between starts (``facts_cache``,
:mod:`cddesk.facts_kept`): the next start reads them back instead of the rows, scores exactly
what the rows would give, and never uses facts a later write made stale — whoever wrote."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest

from cddesk import facts_kept
from cddesk.app_services import Services
from cddesk.register_facts import Register
from cddesk.office_facts import _cache, keep_prepared, prepare_for_edits, score_office
from cddesk.paths import DataPaths
from scoring import load_shipped_rubric
from scoring.facts import ComputerEntry, Record, shared_tags
from scoring.groups import alike as alike_key
from scoring.groups import expand, group
from scoring.groups import grouped as grouped_record
from tests.record_builders import D, add, antivirus, computer, open_office, staff
from tests.test_facts_cache import fresh

DIGITAL = "digital40_fy2568"
RUBRICS = ("digital40_fy2568", "session_call_fy2563r2", "click_chumchon_fy2567q3")
DATES = (D(2025, 1, 10), D(2025, 4, 10), D(2025, 9, 30))


def kept_rows(services: Services) -> dict[str, int]:
    with sqlite3.connect(services.db.paths.database) as c:
        return dict(c.execute("SELECT part, length(payload) FROM facts_cache").fetchall())


def read_back(services: Services) -> set[str]:
    """The parts the last scoring took from the database's kept facts."""
    return {name for name, value in _cache(services.db).parts.items()
            if isinstance(value, facts_kept.Prepared) or (name == "computers" and value.from_kept)}


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An office whose computers and meetings are mostly alike (they are kept as groups)."""
    services = open_office(tmp_path / "office")
    person = staff(services)
    for i in range(30):
        pc = computer(services, responsible=person.id, survey=D(2025, 2, 1 + i % 3),
                      **({"brand": ""} if i % 7 == 0 else {}))
        if i % 4:
            antivirus(services, pc.id, installed=D(2025, 3, 1), licence_expiry=D(2025, 6, 30) if i % 5 == 0 else None)
    for i in range(24):
        add(services, "online_meeting", kind="session_call", date=D(2024, 10 + i % 3, 5), topic=f"ประชุม {i}",
            evidence=i % 6 != 0)
    add(services, "training_activity", title="อบรมความปลอดภัย", date=D(2025, 1, 20), purpose="security",
        security_format="F1", by_office=True)
    yield services
    services.close()


def scores(services: Services) -> dict[tuple[str, dt.date], object]:
    return {(rubric_id, at): score_office(services.db, rubric_id, at) for rubric_id in RUBRICS for at in DATES}


def test_the_next_start_reads_the_kept_facts_and_scores_the_same(office: Services) -> None:
    before = scores(office)
    assert kept_rows(office) == {}  # kept when the services close, or by the opening worker
    office.close()
    kept = kept_rows(office)
    assert {"computers", "online_meeting", "training_activity"} <= set(kept)
    again = Services.open(office.db.paths)
    try:
        after = scores(again)
        assert read_back(again) >= {"computers", "online_meeting", "training_activity"}
        assert after == before
        # every list of meetings or computers is in the order of its source (as entered; by asset number)
        nodes, listed = [c.explanation for c in after[(DIGITAL, D(2025, 9, 30))].criteria], []  # type: ignore[attr-defined]
        while nodes:
            node = nodes.pop()
            nodes += node.parts
            for kind in ("online_meeting", "computer"):
                for found in ([r.ref for r in node.counted], [n.record.ref for n in node.not_counted]):
                    refs = [int(ref.split(":")[1]) for ref in found if ref.startswith(f"{kind}:")]
                    assert refs == sorted(refs), (kind, refs)
                    listed.append(len(refs))
        assert max(listed) > 10
        for rubric_id, at in [(DIGITAL, D(2025, 9, 30)), ("click_chumchon_fy2567q3", D(2025, 4, 10))]:
            assert after[(rubric_id, at)] == fresh(again, rubric_id, at)
            assert after[(rubric_id, at)].to_json_dict() == before[(rubric_id, at)].to_json_dict()  # type: ignore[attr-defined]
    finally:
        again.close()


def test_a_write_by_another_program_after_keeping_is_read_from_the_rows(office: Services) -> None:
    score_office(office.db, DIGITAL, D(2025, 9, 30))
    office.close()
    with sqlite3.connect(office.db.paths.database) as c:  # the sqlite3 shell, another process …
        c.execute("UPDATE computer SET brand = '' WHERE id = 2")
        c.execute("DELETE FROM online_meeting WHERE id = 3")
    again = Services.open(office.db.paths)
    try:
        result = score_office(again.db, DIGITAL, D(2025, 9, 30))
        assert "computers" not in read_back(again) and "online_meeting" not in read_back(again)
        assert "training_activity" in read_back(again)  # its tables were not written
        assert result == fresh(again, DIGITAL, D(2025, 9, 30))
        assert "online_meeting:3" not in {r.ref for r in result.criterion("3").explanation.all_counted()}
    finally:
        again.close()


def test_kept_facts_that_cannot_be_read_back_are_read_from_the_rows(office: Services,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    expected = score_office(office.db, DIGITAL, D(2025, 9, 30))
    office.close()
    with sqlite3.connect(office.db.paths.database) as c:
        c.execute("UPDATE facts_cache SET payload = x'7b7d' WHERE part = 'online_meeting'")  # "{}"
        c.execute("UPDATE facts_cache SET payload = x'00ff' WHERE part = 'computers'")
    again = Services.open(office.db.paths)
    try:
        with caplog.at_level(logging.WARNING, logger="cddesk.office_facts"):
            result = score_office(again.db, DIGITAL, D(2025, 9, 30))
        assert result == expected
        assert {"online_meeting", "computers"}.isdisjoint(read_back(again))
        assert "could not be read back" in caplog.text
    finally:
        again.close()


def test_facts_kept_by_another_format_are_not_used(office: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = score_office(office.db, DIGITAL, D(2025, 9, 30))
    office.close()
    monkeypatch.setattr(facts_kept, "FORMAT", facts_kept.FORMAT + "-next")
    again = Services.open(office.db.paths)
    try:
        assert score_office(again.db, DIGITAL, D(2025, 9, 30)) == expected
        assert read_back(again) == set()
    finally:
        again.close()


def test_an_edit_after_reading_back_compares_rows_once_they_are_read(office: Services) -> None:
    score_office(office.db, DIGITAL, D(2025, 9, 30))
    office.close()
    again = Services.open(office.db.paths)
    try:
        score_office(again.db, DIGITAL, D(2025, 9, 30))
        assert "online_meeting" in read_back(again) and "online_meeting" not in _cache(again.db).memory
        prepare_for_edits(again.db)  # the opening worker does this after the first scoring
        rows, made = _cache(again.db).memory["online_meeting"]
        assert len(rows) == 24
        add(again, "online_meeting", kind="session_call", date=D(2024, 12, 5), topic="ประชุมเพิ่ม")
        result = score_office(again.db, DIGITAL, D(2025, 9, 30))
        assert result == fresh(again, DIGITAL, D(2025, 9, 30))
        assert _cache(again.db).memory["online_meeting"][1][:24] == made  # the unchanged meetings' facts kept
        keep_prepared(again.db)  # the meetings read again are kept anew
    finally:
        again.close()
    third = Services.open(office.db.paths)
    try:
        assert score_office(third.db, DIGITAL, D(2025, 9, 30)) == result
        assert "online_meeting" in read_back(third)
    finally:
        third.close()


def test_a_locked_database_keeps_nothing_and_loses_nothing(office: Services) -> None:
    expected = score_office(office.db, DIGITAL, D(2025, 9, 30))
    blocker = sqlite3.connect(office.db.paths.database, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        keep_prepared(office.db)  # gives up after a short wait
    finally:
        blocker.rollback()
        blocker.close()
    assert kept_rows(office) == {}
    assert score_office(office.db, DIGITAL, D(2025, 9, 30)) is expected


# --- the payloads --------------------------------------------------------------------------


def test_records_come_back_as_they_were_grouped() -> None:
    day = dt.date(2025, 1, 5)
    records = [Record(ref=f"click_promotion:{i}", title=f"โปรโมต {i % 3}", date=day if i % 4 else None,
                      evidence_count=i % 2, tags=shared_tags(channels=("facebook", "line"), kind="x"),
                      missing=("ลิงก์",) if i == 7 else (), on_time=None if i % 3 else True, quantity=1 + i % 2)
               for i in range(40)]
    grouped = group(records)
    assert len(grouped) < len(records)
    back = facts_kept.decode_records(facts_kept.encode_records({"click_promotions": grouped}) or b"")
    again = back.records["click_promotions"]
    assert [(r.ref, r.weight) for r in again] == [(r.ref, r.weight) for r in grouped]
    assert list(expand(again)) == list(expand(grouped))
    assert again[0].tags["channels"] == ("facebook", "line")


def test_a_register_comes_back_with_its_licences_per_day() -> None:
    def entry(i: int, since: dt.date | None) -> ComputerEntry:
        return ComputerEntry(ref=f"computer:{i}", title=f"7440-{i:03d}", date=dt.date(2025, 2, 1),
                             usable=i % 3 != 0, missing=("ยี่ห้อ",) if i == 5 else (), antivirus_since=since)
    entries = [entry(i, dt.date(2025, 3, 1) if i % 2 else None) for i in range(60)]
    expiries = [dt.date(2025, 6, 30) if i % 5 == 0 else dt.date.max for i in range(60)]
    several = {7: ((dt.date(2025, 3, 1), dt.date(2025, 6, 30)), (dt.date(2025, 5, 1), None))}
    alike: dict[tuple[object, ...], list[int]] = {}
    for i, e in enumerate(entries):
        alike.setdefault((alike_key(e), expiries[i], several.get(i)), []).append(i)
    grouped = [grouped_record([entries[i] for i in places], places) for places in alike.values()]
    register = Register(grouped, [expiries[places[0]] for places in alike.values()],
                        {n: several[places[0]] for n, places in enumerate(alike.values()) if places[0] in several})
    assert len(register.entries) < 20
    back = facts_kept.decode_register(facts_kept.encode_register(
        register.entries, register.earliest_expiry, register.several), Register)
    for day in (dt.date(2025, 4, 1), dt.date(2025, 7, 1)):
        assert list(expand(back.on(day))) == list(expand(register.on(day)))
        ungrouped = Register(entries, expiries, several).on(day)
        assert sorted(expand(back.on(day)), key=lambda e: e.ref) == sorted(ungrouped, key=lambda e: e.ref)


def test_a_damaged_payload_is_refused_before_anything_is_made() -> None:
    grouped = group([Record(ref=f"a:{i}", title=f"ก {i}", date=dt.date(2025, 1, 5)) for i in range(12)])
    payload = facts_kept.encode_records({"activities": grouped})
    assert payload is not None
    damaged = payload[:-3] + bytes([payload[-3] ^ 1]) + payload[-2:]  # one bit in the compressed names
    with pytest.raises(ValueError, match="checksum"):
        facts_kept.decode_records(damaged)
    assert [r.ref for r in expand(facts_kept.decode_records(payload).records["activities"])] == [
        f"a:{i}" for i in range(12)]
