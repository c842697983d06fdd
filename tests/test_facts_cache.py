"""Scoring reads the database once per change of it: results and facts are kept until
anything is committed — by this program's services or by another process — and a kept
result is always the one a fresh read would give."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cddesk.app_services import Services
from cddesk.facts_reader import read_office
from cddesk.office_facts import _cache, build_facts, score_office, score_trend
from scoring import evaluate, load_shipped_rubric
from tests.record_builders import D, add, antivirus, computer, open_office, staff
from tests.scoring_facts import reasons

DIGITAL = "digital40_fy2568"
AT = D(2025, 9, 30)


def fresh(services: Services, rubric_id: str, at: dt.date):  # type: ignore[no-untyped-def]
    """The result of a read that bypasses every cache."""
    rubric = load_shipped_rubric(rubric_id)
    with services.db.session() as session:
        rows = read_office(session, rubric.fiscal_year)
    assert rows is not None
    return evaluate(rubric, rows.facts_at(at, rubric.period_end), at)


def meetings(result) -> set[str]:  # type: ignore[no-untyped-def]
    """The meetings criterion 3 looked at (counted or not)."""
    ex = result.criterion("3").explanation
    return {ref for ref in [*(r.ref for r in ex.all_counted()), *reasons(ex)] if ref.startswith("online_meeting:")}


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    services = open_office(tmp_path / "office")
    add(services, "online_meeting", kind="conference", date=D(2024, 11, 5), topic="ประชุมติดตามงาน")
    yield services
    services.close()


def test_a_kept_result_is_returned_until_the_services_write(office: Services) -> None:
    first = score_office(office.db, DIGITAL, AT)
    assert score_office(office.db, DIGITAL, AT) is first  # nothing changed: not read again
    assert len(meetings(first)) == 1
    add(office, "online_meeting", kind="conference", date=D(2024, 12, 5), topic="ประชุมครั้งที่สอง")
    second = score_office(office.db, DIGITAL, AT)
    assert second is not first and len(meetings(second)) == 2
    assert second == fresh(office, DIGITAL, AT)


def test_only_the_parts_whose_tables_were_written_are_read_again(office: Services) -> None:
    person = staff(office)
    machine = computer(office, responsible=person.id)
    score_office(office.db, DIGITAL, AT)
    parts = dict(_cache(office.db).parts)
    add(office, "online_meeting", kind="session_call", date=D(2025, 1, 7), topic="Session Call")
    score_office(office.db, DIGITAL, AT)
    now = _cache(office.db).parts
    assert now["computers"] is parts["computers"] and now["training_activity"] is parts["training_activity"]
    assert now["online_meeting"] is not parts["online_meeting"] and len(now["online_meeting"]) == 2
    office.evidence.add_link("computer", machine.id, "https://example.org/computer-photo")  # evidence of a computer
    score_office(office.db, DIGITAL, AT)
    assert _cache(office.db).parts["computers"] is not now["computers"]
    assert _cache(office.db).parts["online_meeting"] is now["online_meeting"]
    antivirus(office, machine.id, installed=D(2025, 2, 1))
    result = score_office(office.db, DIGITAL, AT)
    assert result == fresh(office, DIGITAL, AT)
    since = {c.ref: c.antivirus_since for c in build_facts(office.db, 2568, AT).computers}
    assert since[f"computer:{machine.id}"] == D(2025, 2, 1)  # the install was read again


def test_after_a_write_only_the_criteria_reading_the_written_part_are_evaluated_again(office: Services) -> None:
    person = staff(office)
    computer(office, responsible=person.id)
    first = score_office(office.db, DIGITAL, AT)
    add(office, "online_meeting", kind="conference", date=D(2025, 2, 7), topic="ประชุมครั้งที่สอง")
    second = score_office(office.db, DIGITAL, AT)
    assert second == fresh(office, DIGITAL, AT)
    assert len(meetings(second)) == 2
    again = {c.id for c, d in zip(first.criteria, second.criteria) if c is not d}
    assert "3" in again and len(again) < len(first.criteria)  # the meetings criterion, not all
    assert all(not meetings_read(c) for c in second.criteria if c.id not in again)


def meetings_read(criterion) -> set[str]:  # type: ignore[no-untyped-def]
    ex = criterion.explanation
    return {ref for ref in [*(r.ref for r in ex.all_counted()), *reasons(ex)] if ref.startswith("online_meeting:")}


def test_records_read_again_unchanged_keep_their_facts(office: Services) -> None:
    second = add(office, "online_meeting", kind="conference", date=D(2024, 12, 5), topic="ประชุมครั้งที่สอง",
                 evidence=False)
    before = {m.ref: m for m in build_facts(office.db, 2568, AT).meetings}
    add(office, "online_meeting", kind="session_call", date=D(2025, 1, 7), topic="Session Call")
    after = {m.ref: m for m in build_facts(office.db, 2568, AT).meetings}
    assert len(after) == 3 and all(after[ref] is meeting for ref, meeting in before.items())
    office.evidence.add_link("online_meeting", second.id, "https://example.org/minutes")
    data = office.kinds["online_meeting"].get(second.id)
    data.topic = "ประชุมครั้งที่สอง (แก้ไข)"
    changed = f"online_meeting:{second.id}"
    now = {m.ref: m for m in build_facts(office.db, 2568, AT).meetings}
    assert now[changed] is not after[changed] and now[changed].evidence_count == 1
    office.kinds["online_meeting"].save(data)
    edited = {m.ref: m for m in build_facts(office.db, 2568, AT).meetings}
    assert edited[changed].title == "ประชุมครั้งที่สอง (แก้ไข)" and edited[changed].evidence_count == 1
    assert all(edited[ref] is now[ref] for ref in now if ref != changed)
    assert score_office(office.db, DIGITAL, AT) == fresh(office, DIGITAL, AT)


def test_every_table_counts_its_writes(office: Services) -> None:
    """A table added later without the triggers (models.changes.trigger_sql) fails here: its
    writes would not reach the facts kept by cddesk.office_facts."""
    from models import Base

    with office.db.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        counted = {r[0] for r in conn.exec_driver_sql("SELECT name FROM change_count")}
    # facts_cache (cddesk.facts_store) has none on purpose: saving the prepared facts is no
    # change of data, and must not move the stamp they were saved under (migration 0006); nor
    # has the log of register writes (migration 0007), which is bookkeeping too.
    tables = set(Base.metadata.tables) - {"change_count", "facts_cache", "register_change"}
    assert tables <= counted
    for table in tables:
        assert {f"change_count_{table}_{e}" for e in ("insert", "update", "delete")} <= triggers, table


def test_a_write_by_another_process_is_seen(office: Services) -> None:
    before = score_office(office.db, DIGITAL, AT)
    assert [m.evidence_count for m in build_facts(office.db, 2568, AT).meetings] == [1]
    database = office.db.paths.database
    # another program (python main.py import … while the window is open) removes the evidence
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute(\"DELETE FROM evidence_link WHERE owner_kind = 'online_meeting'\"); c.commit()",
                    str(database)], check=True)
    assert [m.evidence_count for m in build_facts(office.db, 2568, AT).meetings] == [0]
    after = score_office(office.db, DIGITAL, AT)
    assert after is not before
    assert after == fresh(office, DIGITAL, AT)


def test_licences_are_judged_per_date_and_unaffected_computers_keep_their_facts(office: Services) -> None:
    person = staff(office)
    lapsing = computer(office, responsible=person.id)
    lasting = computer(office, responsible=person.id)
    antivirus(office, lapsing.id, installed=D(2024, 11, 1), licence_expiry=D(2025, 1, 31))
    antivirus(office, lasting.id, installed=D(2024, 11, 1), licence_expiry=None)
    december = build_facts(office.db, 2568, D(2024, 12, 31))
    february = build_facts(office.db, 2568, D(2025, 2, 28))
    by_ref = {c.ref: c for c in december.computers}
    later = {c.ref: c for c in february.computers}
    assert by_ref[f"computer:{lapsing.id}"].antivirus_since == D(2024, 11, 1)
    assert later[f"computer:{lapsing.id}"].antivirus_since is None  # licence over by then
    assert later[f"computer:{lasting.id}"] is by_ref[f"computer:{lasting.id}"]  # the same fact object
    trend = score_trend(office.db, DIGITAL, D(2025, 3, 15))
    for when, points in trend:
        assert points == fresh(office, DIGITAL, when).points, when


def test_every_rubric_and_date_equals_a_fresh_read(sample_services: Services) -> None:
    for rubric_id in ("digital40_fy2568", "session_call_fy2563r2", "click_chumchon_fy2567q3"):
        rubric = load_shipped_rubric(rubric_id)
        for at in (rubric.period_start + dt.timedelta(days=40), rubric.period_end, D(2025, 4, 10)):
            kept = score_office(sample_services.db, rubric_id, at)
            assert kept == fresh(sample_services, rubric_id, at), (rubric_id, at)
            assert score_office(sample_services.db, rubric_id, at) is kept


def test_closing_the_database_closes_the_stamp_connection(tmp_path: Path) -> None:
    services = open_office(tmp_path / "office")
    score_office(services.db, DIGITAL, AT)
    stamp = _cache(services.db).stamp
    assert stamp is not None
    services.close()  # before a restore replaces the file (Windows cannot replace an open file)
    with pytest.raises(sqlite3.ProgrammingError):
        stamp._connection.execute("SELECT 1")
