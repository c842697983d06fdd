"""The scoring engine's prepared facts kept in the database (cddesk.facts_store, table
facts_cache), on real SQLite files: a payload comes back only at the stamp it was saved at;
the stamp moves with every write to the part's tables and with nothing else (saving the
cache included); a save that cannot write — a database locked by another program, a
read-only data folder — gives up quickly and quietly; a revision-0005 database gains an empty
cache and keeps every row."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cddesk import facts_store
from cddesk.app_services import Services
from cddesk.db import Database, current_revision, head_revision
from cddesk.paths import DataPaths
from cddesk.services.computers import ComputerData
from cddesk.services.staff import StaffData
from models import Base

PART = "computers"
TABLES = ("computer", "antivirus_install", "office_profile")
FORMAT = "facts-v1"
PAYLOAD = os.urandom(2 * 1024 * 1024)  # the size of a real office's part (1-6 MB)
FIXTURE_0005 = Path(__file__).parent / "fixtures" / "cddesk-rev0005.sqlite3"


@pytest.fixture
def services(data_paths: DataPaths) -> Iterator[Services]:
    opened = Services.open(data_paths)
    yield opened
    opened.close()


def now_stamp(db: Database, tables: tuple[str, ...] = TABLES) -> str | None:
    with db.session() as session:
        return facts_store.stamp(session.connection(), tables, FORMAT)


def loaded(db: Database, stamp: str, part: str = PART) -> bytes | None:
    with db.session() as session:
        return facts_store.load(session.connection(), part, stamp)


def add_computer(services: Services, number: str) -> None:
    services.computers.save(ComputerData(asset_number=number, brand="Lenovo", model="ThinkCentre M70q",
                                         os_name="Windows 11 Pro", location="ห้องงานพัฒนาชุมชน",
                                         survey_date=dt.date(2025, 2, 1)))


def test_a_payload_comes_back_at_its_stamp_only(services: Services) -> None:
    db = services.db
    stamp = now_stamp(db)
    assert stamp is not None and head_revision() in stamp and FORMAT in stamp
    assert loaded(db, stamp) is None  # nothing kept yet
    assert facts_store.save(db, PART, stamp, PAYLOAD)
    assert loaded(db, stamp) == PAYLOAD
    assert loaded(db, stamp, "activities") is None
    assert loaded(db, stamp.replace(FORMAT, "facts-v2")) is None  # the reader's format changed
    assert facts_store.save(db, PART, stamp + "x", b"newer")  # replaces the part's payload
    assert loaded(db, stamp) is None and loaded(db, stamp + "x") == b"newer"
    facts_store.clear(db)
    assert loaded(db, stamp + "x") is None
    con = sqlite3.connect(db.paths.database)  # and a plain sqlite3 connection reads it too
    try:
        assert facts_store.save(db, PART, stamp, PAYLOAD)
        assert facts_store.stamp(con, TABLES, FORMAT) == stamp and facts_store.load(con, PART, stamp) == PAYLOAD
    finally:
        con.close()


def test_the_stamp_moves_with_the_parts_tables_only(services: Services) -> None:
    db = services.db
    first = now_stamp(db)
    assert first is not None and first == now_stamp(db)
    assert facts_store.save(db, PART, first, PAYLOAD)
    assert now_stamp(db) == first, "saving the cache is no change of data"
    services.staff.save(StaffData(name="นางสาวน้ำฝน ฝั่งโขง"))  # a table the part was not read from
    assert now_stamp(db) == first and loaded(db, first) == PAYLOAD
    add_computer(services, "7440-001-0001/68")
    second = now_stamp(db)
    assert second is not None and second != first
    assert loaded(db, second) is None, "a stale payload is never given"
    assert now_stamp(db, ("staff",)) != now_stamp(db, ("computer",))


def test_a_write_by_another_process_moves_the_stamp(services: Services) -> None:
    db = services.db
    add_computer(services, "7440-001-0002/68")
    before = now_stamp(db)
    con = sqlite3.connect(db.paths.database)  # e.g. the sqlite3 shell, or an import in another process
    con.execute("UPDATE computer SET notes = 'ย้ายไปห้องประชุม'")
    con.commit()
    con.close()
    assert now_stamp(db) != before


def test_no_stamp_when_the_counts_cannot_tell(services: Services) -> None:
    db = services.db
    assert now_stamp(db, ("computer", "no_such_table")) is None  # a table the triggers do not count
    con = sqlite3.connect(db.paths.database)
    con.execute("DROP TABLE change_count")
    con.close()
    assert now_stamp(db) is None


def test_a_locked_database_is_given_up_quickly(services: Services) -> None:
    db = services.db
    stamp = now_stamp(db)
    assert stamp is not None
    other = sqlite3.connect(db.paths.database, isolation_level=None)  # another program writing
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert facts_store.save(db, PART, stamp, PAYLOAD) is False
        facts_store.clear(db)  # also quietly nothing
        assert time.monotonic() - started < 1.5
        assert loaded(db, stamp) is None  # reading is not blocked by the writer (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert facts_store.save(db, PART, stamp, PAYLOAD) and loaded(db, stamp) == PAYLOAD


@pytest.mark.skipif(os.name != "posix", reason="file modes and capabilities: POSIX (CI runs Linux)")
def test_a_read_only_data_folder_gives_false(services: Services) -> None:
    """The save runs in a child held to file modes (as in test_storage_failures: root would
    ignore them), on the office's folder made 0555 and its files 0444."""
    from tests.test_storage_failures import assert_held, read_only, run

    db = services.db
    stamp = now_stamp(db)
    assert stamp is not None and facts_store.save(db, PART, stamp, b"kept")
    services.close()
    root = db.paths.root
    code = ("import logging, sys, types; from pathlib import Path; from cddesk import facts_store; "
            "logging.basicConfig(level=logging.DEBUG); "
            "from cddesk.paths import DataPaths; "
            "db = types.SimpleNamespace(paths=DataPaths(Path(sys.argv[1]))); "
            "print(facts_store.save(db, sys.argv[2], sys.argv[3], b'new'), facts_store.clear(db))")
    with read_only(root):
        assert_held(root)
        assert_held(db.paths.database)
        child = run("-c", code, str(root), PART, stamp, held=True)
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
    assert child.stdout.split() == ["False", "None"]
    assert "readonly database" in child.stderr  # failed for the reason meant, said at debug level only
    reopened = Database(db.paths)
    try:
        assert loaded(reopened, stamp) == b"kept"
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.dispose()


def test_revision_0005_gains_an_empty_cache_and_keeps_every_row(data_paths: DataPaths) -> None:
    from tests.test_migrations import table_counts

    data_paths.root.mkdir(parents=True)
    shutil.copy(FIXTURE_0005, data_paths.database)
    before = table_counts(data_paths.database)
    assert "facts_cache" not in before and before["computer"] >= 2
    db = Database(data_paths)
    try:
        assert current_revision(db.engine) == head_revision()
        stamp = now_stamp(db)
        assert stamp is not None and loaded(db, stamp) is None
    finally:
        db.dispose()
    after = table_counts(data_paths.database)
    assert after.pop("facts_cache") == 0
    assert after.pop("register_change") == 0  # revision 0007's log of register writes: nothing written
    assert after == before  # change_count included: the migration wrote no counted row
    con = sqlite3.connect(data_paths.database)
    try:
        triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                              "AND (sql LIKE '%facts_cache%' OR name LIKE '%facts_cache%')")]
        counted = con.execute("SELECT count(*) FROM change_count WHERE name = 'facts_cache'").fetchone()[0]
    finally:
        con.close()
    assert triggers == [] and counted == 0


def test_the_migrations_make_what_the_models_say(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diffs == []
