"""The scoring engine's prepared facts, kept in the office's own database between runs.

One row per part of the office's facts (e.g. ``computers``, read from ``computer``,
``antivirus_install`` and ``office_profile``): the prepared payload and the stamp it was made
at (the schema revision and the ``change_count`` of the part's tables). A later start whose
stamp still matches uses the payload instead of reading the rows again
(:mod:`cddesk.facts_store`).

It is a copy of what the other tables say, not a record of the office: no ``change_count``
triggers (writing it is no change of data), no sheet in the workbook, no place in packages.
"""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FactsCache(Base):
    __tablename__ = "facts_cache"

    part: Mapped[str] = mapped_column(String(60), primary_key=True)
    stamp: Mapped[str] = mapped_column(Text)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
