"""Schema migrations: from empty, from every kept earlier-revision database (every row
kept), refusal of a database written by a newer program, and the pre-migration backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from cddesk.db import Database, _backup_before_migration, current_revision, head_revision
from cddesk.errors import DatabaseTooNew
from cddesk.paths import DataPaths
from models import Base

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("cddesk-rev*.sqlite3"))


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}  # noqa: S608
    finally:
        con.close()


def test_upgrade_from_empty_matches_models(data_paths: DataPaths) -> None:
    db = Database(data_paths)
    try:
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_earlier_databases_upgrade_with_every_row(fixture: Path, data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    shutil.copy(fixture, data_paths.database)
    before = table_counts(data_paths.database)
    assert before["computer"] >= 2 and before["office_profile"] == 1
    db = Database(data_paths)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    after = table_counts(data_paths.database)
    assert {k: after[k] for k in before} == before


def test_fixtures_exist() -> None:
    assert FIXTURES, "keep a database from each released schema revision under tests/fixtures"


def test_newer_database_is_refused_untouched(data_paths: DataPaths) -> None:
    Database(data_paths).dispose()
    con = sqlite3.connect(data_paths.database)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    digest = hashlib.sha256(data_paths.database.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as err:
        Database(data_paths)
    assert "รุ่นที่ใหม่กว่า" in err.value.message
    assert hashlib.sha256(data_paths.database.read_bytes()).hexdigest() == digest


def test_backup_before_migration_is_consistent_and_rotated(data_paths: DataPaths) -> None:
    Database(data_paths).dispose()
    made = [_backup_before_migration(data_paths, f"r{i}") for i in range(7)]
    kept = sorted(data_paths.backups.glob("before-migration-*.sqlite3"))
    assert len(kept) <= 5 and made[-1] in kept
    con = sqlite3.connect(made[-1])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_read_only_folder_gives_thai_message(tmp_path: Path) -> None:
    from cddesk.errors import StorageError

    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as err:
        Database(DataPaths(blocker / "office"))
    assert "สร้างโฟลเดอร์ข้อมูล" in err.value.message
