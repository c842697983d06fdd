"""Staff (บุคลากร) of the office."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cddesk.services.records import RecordService
from cddesk.validation import Problems, check_email
from models import Staff


@dataclass
class StaffData:
    id: int | None = None
    name: str = ""
    position: str = ""
    level: str = ""
    phone: str = ""
    email: str = ""
    line_id: str = ""
    active: bool = True


class StaffService(RecordService[StaffData]):
    model = Staff
    data_class = StaffData
    owner_kind = "staff"
    label = "บุคลากร"

    def validate(self, session: Session, data: StaffData, problems: Problems) -> StaffData:
        data.name = " ".join(data.name.split())
        if not data.name:
            problems.add("name", "ระบุชื่อ-นามสกุล")
        try:
            data.email = check_email(data.email)
        except ValueError as exc:
            problems.add("email", str(exc))
        return data

    def active_names(self) -> list[tuple[int, str]]:
        with self.db.session() as session:
            rows = session.execute(
                select(Staff.id, Staff.name).where(Staff.active.is_(True)).order_by(Staff.name)
            )
            return [(r[0], r[1]) for r in rows]
