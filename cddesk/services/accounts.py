"""Internet-authentication register (ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cddesk.services.records import RecordService
from cddesk.validation import Problems
from models import InternetAccount, Staff

ACCOUNT_TYPES = ("บัญชีเจ้าหน้าที่", "บัญชีผู้ใช้ชั่วคราว", "บัญชีบริการประชาชน", "อื่น ๆ")


@dataclass
class AccountData:
    id: int | None = None
    staff_id: int = 0
    username: str = ""
    account_type: str = ACCOUNT_TYPES[0]
    created_date: dt.date | None = None
    last_reviewed: dt.date | None = None
    active: bool = True


@dataclass(frozen=True)
class AccountRow:
    id: int
    staff_name: str
    username: str
    account_type: str
    created_date: dt.date | None
    last_reviewed: dt.date | None
    active: bool


class AccountService(RecordService[AccountData]):
    model = InternetAccount
    data_class = AccountData
    owner_kind = "internet_account"
    label = "บัญชีผู้ใช้งานอินเทอร์เน็ต"

    def validate(self, session: Session, data: AccountData, problems: Problems) -> AccountData:
        data.username = data.username.strip()
        if not data.username:
            problems.add("username", "ระบุชื่อผู้ใช้ (username) ที่ใช้ยืนยันตัวตนเข้าอินเทอร์เน็ต")
        elif self.taken(session, InternetAccount.username, data.username, data.id):
            problems.add("username", f"ชื่อผู้ใช้ {data.username} มีอยู่ในทะเบียนแล้ว")
        if session.get(Staff, data.staff_id) is None:
            problems.add("staff_id", "เลือกเจ้าหน้าที่เจ้าของบัญชี")
        problems.dates_not_future(data, {"created_date": "วันที่สร้างบัญชี", "last_reviewed": "วันที่ทบทวนล่าสุด"})
        if data.created_date and data.last_reviewed and data.last_reviewed < data.created_date:
            problems.add("last_reviewed", "วันที่ทบทวนต้องไม่ก่อนวันที่สร้างบัญชี")
        return data

    def rows(self) -> list[AccountRow]:
        query = (
            select(
                InternetAccount.id, Staff.name, InternetAccount.username, InternetAccount.account_type,
                InternetAccount.created_date, InternetAccount.last_reviewed, InternetAccount.active,
            )
            .join(Staff, Staff.id == InternetAccount.staff_id)
            .order_by(Staff.name, InternetAccount.username)
        )
        with self.db.session() as session:
            return [AccountRow(*r) for r in session.execute(query)]
