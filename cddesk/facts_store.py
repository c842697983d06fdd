"""The scoring engine's prepared facts, kept in the database between runs (table ``facts_cache``).

Reading a 100,000-row office costs seconds at every start. The reader keeps, per part of
the facts (``computers`` from ``computer``, ``antivirus_install`` and ``office_profile`` …),
the prepared payload with a :func:`stamp`: the schema revision, the ``change_count`` of each
of the part's tables and the caller's format version. At the next start a payload whose
stamp still matches is used instead of the rows.

Why the stamp is exact: the triggers of migration 0005 (and of each later migration for its
tables) add one to a table's count at every INSERT, UPDATE and DELETE, whoever writes — this
program, ``python main.py import`` in another process, the sqlite3 shell — and a change of
evidence to the count of the kind it belongs to. A migration may copy a table afresh (batch
alter), which the counts do not see; the revision in the stamp does. The cache has no
triggers (writing it is no change of data, so saving does not move the stamp it is saved
under), and it lives in the database file: a backup, a restored file or a copied data folder
carries the cache of its own rows, never another file's.

Why the caller reads the stamp before and after the rows: pysqlite starts no transaction for
a SELECT, so each statement of a read sees the database as it is then, and another process
may commit in between. A write between the two stamps changes the second one; only when both
are equal do the rows belong to the stamp, and only then is the payload worth saving.

Everything here is best effort: a cache that cannot be read is a cache miss (``None``), one
that cannot be written (read-only or full disk, a database locked by another program) is
skipped after a short wait (``False``) and logged at debug level — never an error shown to
the user, and never a 5-second wait on the app's own busy timeout.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from cddesk.db import Database

log = logging.getLogger(__name__)
WRITE_WAIT = 0.2  # seconds a save waits for a lock before giving up (the app's own wait is 5 s)


def _rows(connection: Connection | sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, params).fetchall()
    return list(connection.exec_driver_sql(sql, params).fetchall())


def stamp(connection: Connection | sqlite3.Connection, tables: Sequence[str], extra: str) -> str | None:
    """What the facts read from ``tables`` were made at: the schema revision, each table's
    change count and ``extra`` (the caller's format version), as one string. ``None`` when it
    cannot be told — no ``change_count`` to read, or a table without a count (one the
    triggers do not watch): facts of it must then be read afresh, and not saved."""
    return stamps(connection, {"": tables}, extra)[""]


def stamps(connection: Connection | sqlite3.Connection, parts: Mapping[str, Sequence[str]],
           extra: str) -> dict[str, str | None]:
    """:func:`stamp` of each part's tables, with the counts read once."""
    every = sorted({name for tables in parts.values() for name in tables})
    try:
        revision = _rows(connection, "SELECT version_num FROM alembic_version")
        marks = ", ".join("?" * len(every))
        counts = dict(_rows(connection, f"SELECT name, n FROM change_count WHERE name IN ({marks})",  # noqa: S608
                            tuple(every))) if every else {}
    except (sqlite3.Error, SQLAlchemyError) as exc:
        log.debug("no stamp for %s: %s", every, exc)
        return {part: None for part in parts}
    found: dict[str, str | None] = {}
    for part, tables in parts.items():
        names = sorted(set(tables))
        if len(revision) != 1 or not counts.keys() >= set(names):
            log.debug("no stamp for %s: revision %s, counted %s", names, revision, sorted(counts))
            found[part] = None
            continue
        found[part] = "|".join([f"rev={revision[0][0]}", f"extra={extra}", *(f"{name}={counts[name]}" for name in names)])
    return found


def load(connection: Connection | sqlite3.Connection, part: str, stamp: str) -> bytes | None:
    """The payload kept for ``part`` if it was saved at ``stamp``; else (none kept, another
    stamp, the table unreadable) ``None``."""
    return load_all(connection, {part: stamp}).get(part)


def load_all(connection: Connection | sqlite3.Connection, stamps: Mapping[str, str | None]) -> dict[str, bytes]:
    """:func:`load` of each part with a stamp, in one query."""
    wanted = {part: value for part, value in stamps.items() if value is not None}
    if not wanted:
        return {}
    try:  # (the stamps compared in SQL: a payload kept at another stamp is not read at all)
        rows = _rows(connection, "SELECT part, payload FROM facts_cache WHERE "  # noqa: S608
                     + " OR ".join(["(part = ? AND stamp = ?)"] * len(wanted)),
                     tuple(value for pair in wanted.items() for value in pair))
    except (sqlite3.Error, SQLAlchemyError) as exc:
        log.debug("facts of %s not read from the cache: %s", sorted(wanted), exc)
        return {}
    return {part: bytes(payload) for part, payload in rows if payload is not None}


def _write(db: Database, what: str, sql: str, params: tuple[Any, ...] = ()) -> bool:
    """``sql`` in its own short transaction on a connection of its own: a lock held by another
    program is waited for ``WRITE_WAIT`` only, and the caller's session and unit of work are
    left alone. ``mode=rw``: a database file gone meanwhile is not made afresh."""
    try:
        uri = db.paths.database.resolve().as_uri() + "?mode=rw"
        con = sqlite3.connect(uri, uri=True, timeout=WRITE_WAIT, isolation_level=None)
    except (sqlite3.Error, OSError, ValueError) as exc:
        log.debug("%s: cannot open %s: %s", what, db.paths.database, exc)
        return False
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute(sql, params)
        con.execute("COMMIT")
        return True
    except (sqlite3.Error, OSError) as exc:  # read-only, full disk, locked, disk I/O error
        log.debug("%s: not written to %s: %s", what, db.paths.database, exc)
        try:
            if con.in_transaction:
                con.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolls back itself on close
        return False
    finally:
        con.close()


def save(db: Database, part: str, stamp: str, payload: bytes) -> bool:
    """Keep ``payload`` as the facts of ``part`` made at ``stamp`` (replacing what was kept).
    True when it was written; False, after a short wait at most, when it could not be."""
    return _write(db, f"facts of {part}", "INSERT OR REPLACE INTO facts_cache (part, stamp, payload) VALUES (?, ?, ?)",
                  (part, stamp, sqlite3.Binary(payload)))


def clear(db: Database) -> None:
    """Forget every kept payload (the format changed, or a test wants a cold start); best effort."""
    _write(db, "clear the facts cache", "DELETE FROM facts_cache")


def load_outdated(connection: Connection | sqlite3.Connection, part: str, stamp: str) -> bytes | None:
    """The payload kept for ``part`` at another stamp of the same schema revision and format
    (only the change counts differ): for a caller that can bring it up to date itself, exactly
    (the computer register: :func:`cddesk.register_facts.update_register`); else ``None``."""
    same = stamp.split("|")[:2]  # rev=…|extra=…
    try:
        rows = _rows(connection, "SELECT stamp, payload FROM facts_cache WHERE part = ?", (part,))
    except (sqlite3.Error, SQLAlchemyError) as exc:
        log.debug("facts of %s not read from the cache: %s", part, exc)
        return None
    return next((bytes(payload) for kept, payload in rows
                 if payload is not None and kept != stamp and kept.split("|")[:2] == same), None)
