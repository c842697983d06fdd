"""How often each table has been written: one ``change_count`` row per table, kept by
triggers (made by migration 0005, and by each later migration for the tables it adds).

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
