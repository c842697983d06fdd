"""The one place that creates the database engine and runs migrations.

SQLite in WAL mode with foreign keys on. On start the file is copied to the
backups folder (the last ``KEEP_MIGRATION_BACKUPS`` are kept) before Alembic
upgrades it, in one transaction: a full disk mid-upgrade leaves the database as it
was. A database written by a newer CD Desk is refused. A full or read-only disk, a
locked file or a disk error becomes a Thai :class:`StorageError` (``explain_storage``).
:func:`gc_paused` holds cyclic garbage collection off while many rows are read.
Each ``session()`` is one transaction; ``unit_of_work()`` makes every session of the
services on one thread a single all-or-nothing transaction (the sample office).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cddesk.errors import DatabaseCorrupt, DatabaseTooNew, StorageError, explain_storage
from cddesk.paths import DataPaths, resource_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with mako) costs most of a second to import: it is loaded only when a database
# actually needs migrating; the common start compares revisions with plain SQL.
_REVISION = re.compile(r"^(down_)?revision\s*=\s*['\"]?([\w]+|None)['\"]?", re.M)

log = logging.getLogger(__name__)
KEEP_MIGRATION_BACKUPS = 5


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("models", "migrations")))
    return cfg


@lru_cache(maxsize=1)
def _revisions() -> dict[str, str | None]:
    """Every migration's revision → the one it revises, read from the version files."""
    found: dict[str, str | None] = {}
    for path in resource_path("models", "migrations", "versions").glob("*.py"):
        values = {bool(m.group(1)): m.group(2) for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if False in values:
            down = values.get(True)
            found[values[False]] = None if down in (None, "None") else down
    return found


def head_revision() -> str:
    revisions = _revisions()
    heads = set(revisions) - {d for d in revisions.values() if d}
    assert len(heads) == 1, f"migrations must have one head, found {sorted(heads)}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"))
        if exists.first() is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def _backup_before_migration(paths: DataPaths, from_revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"before-migration-{from_revision}-{stamp}.sqlite3"
    from cddesk.backup import snapshot  # sqlite3's backup API: consistent even beside a WAL file

    snapshot(paths.database, target)
    olds = sorted(paths.backups.glob("before-migration-*.sqlite3"))
    for old in olds[:-KEEP_MIGRATION_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def migrate(engine: Engine, paths: DataPaths) -> None:
    """Bring the database to this program's schema; back it up first if it has data."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    from alembic import command

    if current is not None:
        if current not in _revisions():
            raise DatabaseTooNew(
                "ฐานข้อมูลนี้สร้างด้วย CD Desk รุ่นที่ใหม่กว่าโปรแกรมนี้ "
                "กรุณาติดตั้ง CD Desk รุ่นล่าสุดก่อนเปิดข้อมูลชุดนี้ (ไม่มีการแก้ไขไฟล์ใด ๆ)",
                detail=f"database revision {current}, program head {head}",
            )
        backup = _backup_before_migration(paths, current)
        log.info("backed up %s to %s before migrating %s → %s", paths.database, backup, current, head)
    cfg = alembic_config()
    with engine.begin() as conn:
        # pysqlite runs DDL outside any transaction: begin one ourselves so that a failed
        # upgrade (a full disk …) is rolled back whole instead of leaving half the tables.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """An opened office database: the engine and a session factory."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError(explain_storage(exc, paths.root, f"สร้างโฟลเดอร์ข้อมูล {paths.root}"),
                               detail=str(exc)) from exc
        self.engine = create_db_engine(paths.database)
        try:
            migrate(self.engine, paths)
        except BaseException as exc:
            self.engine.dispose()
            if isinstance(exc, OperationalError):
                raise StorageError(_explain(exc, paths.database, "เปิดฐานข้อมูล"), detail=str(exc)) from exc
            if isinstance(exc, DatabaseError):
                raise DatabaseCorrupt(
                    f"ไฟล์ฐานข้อมูล {paths.database} เสียหายหรือไม่ใช่ฐานข้อมูลของ CD Desk "
                    "ให้กู้คืนจากสำเนาสำรองในโฟลเดอร์ backups",
                    detail=str(exc),
                ) from exc
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._local = threading.local()  # the unit of work open on each thread, if any

    def _unit(self) -> _Unit | None:
        unit: _Unit | None = getattr(self._local, "unit", None)
        return unit

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any error. Inside
        :meth:`unit_of_work` on the same thread it is that unit's session, flushed here and
        committed (or rolled back) with everything else in the unit."""
        unit = self._unit()
        if unit is not None:
            yield unit.session
            unit.session.flush()
            return
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:  # locked, read-only, disk full: a Thai message, nothing kept
            session.rollback()
            raise StorageError(_explain(exc, self.paths.database, "ใช้ฐานข้อมูล") + " (ยังไม่ได้บันทึกข้อมูลใด ๆ)",
                               detail=str(exc)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """Everything the services write on this thread inside the block, as one transaction:
        all of it is committed when the block ends, or none of it (a full disk at the end
        included) — then the steps given to :meth:`on_rollback` are run too."""
        if self._unit() is not None:
            raise RuntimeError("a unit of work is already open on this thread")
        undo: list[Callable[[], None]] = []
        try:
            with self.session() as session:
                self._local.unit = _Unit(session, undo)
                try:
                    yield session
                finally:
                    self._local.unit = None
        except BaseException:
            for step in reversed(undo):
                try:
                    step()
                except OSError as exc:  # e.g. a read-only disk: a harmless orphan file
                    log.warning("could not undo part of a rolled-back unit of work: %s", exc)
            raise

    def on_rollback(self, step: Callable[[], None]) -> None:
        """Run ``step`` (e.g. remove a file placed for a row) should the unit of work open on
        this thread be rolled back. Outside a unit the write was already committed: nothing."""
        unit = self._unit()
        if unit is not None:
            unit.undo.append(step)

    def dispose(self) -> None:
        self.engine.dispose()


class _Unit:
    """The session of an open :meth:`Database.unit_of_work` and what undoes its files."""

    def __init__(self, session: Session, undo: list[Callable[[], None]]) -> None:
        self.session = session
        self.undo = undo


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile, for reading many rows or making many objects from
    them. A result of many rows makes as many tuples, which trigger collections while they are
    alive; with an office's facts kept for scoring (hundreds of thousands of objects) a full
    collection costs 150–200 ms, and each would walk every object already made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _explain(exc: OperationalError, path: Path, action: str) -> str:
    return explain_storage(exc.orig or exc, path.parent, f"{action} {path}")
