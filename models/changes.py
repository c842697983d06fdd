"""How often each table has been written: one ``change_count`` row per table, kept by
triggers (made by migration 0005, and by each later migration for the tables it adds).

The computer register also keeps a log of which computers were written
(:class:`RegisterChange`, migration 0007): one row per counted write of ``computer``,
``antivirus_install`` or evidence of a computer, naming the computer(s) it touched, so that
scoring reads again only those computers of a 100,000-computer register
(:func:`cddesk.register_facts.update_register`).

A write to any table — by this program or another process — adds one to that table's row;
a change of evidence also adds one to the row of the kind of record it belongs to
(``evidence_link.owner_kind``), since evidence counts are part of that record's facts.
:mod:`cddesk.facts_reader` compares the counts to read again only what changed.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ChangeCount(Base):
    __tablename__ = "change_count"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)  # a table's name
    n: Mapped[int] = mapped_column(Integer, default=0)


def trigger_sql(table: str) -> list[str]:
    """The statements that count the writes to ``table`` (and, for evidence, to its owner's kind)."""
    bump = "UPDATE change_count SET n = n + 1 WHERE name = {}"
    own = bump.format(f"'{table}'")
    statements = [f"INSERT OR IGNORE INTO change_count (name, n) VALUES ('{table}', 0)"]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        body = [own]
        if table == "evidence_link":
            body.append(bump.format(f"{row}.owner_kind"))
            if event == "UPDATE":
                body.append(bump.format("OLD.owner_kind") + " AND OLD.owner_kind != NEW.owner_kind")
        statements.append(f"CREATE TRIGGER IF NOT EXISTS change_count_{table}_{event.lower()} AFTER {event} ON {table} "
                          f"BEGIN {'; '.join(body)}; END")
    return statements


class RegisterChange(Base):
    """One counted write touching the computer register: the computer it touched (and, for a
    row moved from one computer to another, the other). Only the latest
    :data:`REGISTER_LOG_KEPT` are kept; like ``facts_cache`` it has no change count (it is
    bookkeeping, not a record of the office). ``seq`` is numbered by SQLite one past the
    largest, which is never cut: the numbers only grow (no AUTOINCREMENT, whose bookkeeping
    row would cost every write of the register another write)."""

    __tablename__ = "register_change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    computer_id: Mapped[int] = mapped_column(Integer)
    other_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


REGISTER_LOG_KEPT = 10_000  # at least; every 1,000th row logged cuts what is older than that
# table → (its condition per event, the computer(s) a written row touches)
_REGISTER_LOGGED = {
    "computer": ("", "id"),
    "antivirus_install": ("", "computer_id"),
    "evidence_link": ("owner_kind = 'computer'", "owner_id"),
}


def register_log_sql() -> list[str]:
    """The triggers that log each counted write touching the register (one row per write, as
    the write adds one to ``change_count``: the two can be compared)."""
    statements = [(f"CREATE TRIGGER IF NOT EXISTS register_change_cut AFTER INSERT ON register_change "
                   f"WHEN NEW.seq % 1000 = 0 BEGIN DELETE FROM register_change WHERE seq <= NEW.seq - {REGISTER_LOG_KEPT}; END")]
    for table, (condition, column) in _REGISTER_LOGGED.items():
        for event in ("INSERT", "UPDATE", "DELETE"):
            if event == "INSERT":
                values, when = f"NEW.{column}, NULL", f"NEW.{condition}" if condition else ""
            elif event == "DELETE":
                values, when = f"OLD.{column}, NULL", f"OLD.{condition}" if condition else ""
            else:
                values = f"NEW.{column}, CASE WHEN OLD.{column} != NEW.{column} THEN OLD.{column} END"
                when = f"NEW.{condition} OR OLD.{condition}" if condition else ""
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS register_change_{table}_{event.lower()} AFTER {event} ON {table} "
                f"{'WHEN ' + when + ' ' if when else ''}"
                f"BEGIN INSERT INTO register_change (computer_id, other_id) VALUES ({values}); END")
    return statements
