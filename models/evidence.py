"""Evidence (หลักฐานเชิงประจักษ์): stored files addressed by SHA-256, and the links that
attach a file or a web address to any record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class EvidenceFile(Base):
    """One stored file. The same bytes added twice are stored once."""

    __tablename__ = "evidence_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class EvidenceLink(Base):
    """Evidence attached to a record: a stored file (or photo) or a web link.

    ``owner_kind`` names the record's table (``computer``, ``antivirus_install`` …) and
    ``owner_id`` its id, so any record of any later kind can carry evidence.
    """

    __tablename__ = "evidence_link"
    __table_args__ = (Index("ix_evidence_link_owner", "owner_kind", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(50))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_id: Mapped[int | None] = mapped_column(
        ForeignKey("evidence_file.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    caption: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    file: Mapped[EvidenceFile | None] = relationship()
