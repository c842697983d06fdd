"""A generic create/read/update/delete service for one ORM class, driven by a dataclass.

Each register (staff, computers, antivirus installs, internet accounts …) subclasses
:class:`RecordService`, names its model and data class, and adds its own checks in
``validate``. Every write happens in one transaction: all of it or none of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cddesk.db import Database
from cddesk.errors import KnownError, ValidationError
from cddesk.validation import Problems
from models import Base

DataT = TypeVar("DataT")


class RecordService(Generic[DataT]):
    # Set by each subclass (or per instance, for the activity kinds of cddesk/kinds.py).
    model: type[Base]
    data_class: type[Any]
    owner_kind: str  # the evidence owner kind of this record type
    label: str  # Thai name of one record, for messages

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- overridable ---------------------------------------------------------------
    def validate(self, session: Session, data: DataT, problems: Problems) -> DataT:
        """Check ``data``; add problems; return the normalised data to store."""
        return data

    def taken(self, session: Session, column: Any, value: object, own_id: int | None) -> bool:
        """True when another record of this kind already has ``value`` in ``column``."""
        other = session.scalar(select(self.model.id).where(column == value))  # type: ignore[attr-defined]
        return other is not None and other != own_id

    # -- reads --------------------------------------------------------------------------
    def _fields(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.data_class)]

    def to_data(self, row: Any) -> DataT:
        result: DataT = self.data_class(**{name: getattr(row, name) for name in self._fields()})
        return result

    def get(self, record_id: int) -> DataT:
        with self.db.session() as session:
            row = session.get(self.model, record_id)
            if row is None:
                raise KnownError(f"ไม่พบ{self.label}รายการนี้ (อาจถูกลบไปแล้ว) ลองเปิดหน้ารายการใหม่")
            return self.to_data(row)

    def list(self) -> list[DataT]:
        with self.db.session() as session:
            rows = session.scalars(select(self.model).order_by(self.model.id)).all()  # type: ignore[attr-defined]
            return [self.to_data(r) for r in rows]

    # -- writes -----------------------------------------------------------------------
    def check(self, data: DataT) -> DataT:
        """Validate without saving (dialogs call it to show messages at the fields)."""
        with self.db.session() as session:
            return self._checked(session, data)

    def _checked(self, session: Session, data: DataT) -> DataT:
        problems = Problems()
        data = self.validate(session, data, problems)
        problems.raise_if_any()
        return data

    def save(self, data: DataT) -> DataT:
        """Insert when ``data.id`` is None, else update; returns the stored record."""
        with self.db.session() as session:
            stored = self.save_in(session, data)
            session.flush()
            return self.to_data(stored)

    def to_values(self, data: DataT) -> dict[str, Any]:
        """Column values of the row to store (without the id)."""
        return {k: v for k, v in dataclasses.asdict(data).items() if k != "id"}  # type: ignore[call-overload]

    def save_in(self, session: Session, data: DataT, *, keep_id: bool = False) -> Any:
        """Save inside a caller's transaction (imports save many rows all-or-nothing).
        ``keep_id``: insert under the data's own id when no row has it (workbook restore)."""
        data = self._checked(session, data)
        values = self.to_values(data)
        record_id = getattr(data, "id")
        row: Base | None
        if record_id is None or (keep_id and session.get(self.model, record_id) is None):
            row = self.model(**values)
            if record_id is not None:
                row.id = record_id  # type: ignore[attr-defined]
            session.add(row)
        else:
            row = session.get(self.model, record_id)
            if row is None:
                raise KnownError(f"ไม่พบ{self.label}ที่จะแก้ไข (อาจถูกลบไปแล้ว)")
            for key, value in values.items():
                setattr(row, key, value)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationError({"_": f"บันทึก{self.label}ไม่ได้ เพราะข้อมูลซ้ำกับรายการที่มีอยู่"}) from exc
        return row

    def delete(self, record_id: int) -> None:
        """Delete the record, then its evidence links (and files no other record uses)."""
        from cddesk.services.evidence import EvidenceService

        with self.db.session() as session:
            row = session.get(self.model, record_id)
            if row is None:
                return
            session.delete(row)
        EvidenceService(self.db).remove_all_for(self.owner_kind, record_id)

    def delete_many(self, record_ids: Sequence[int]) -> None:
        for record_id in record_ids:
            self.delete(record_id)
