"""Computer register (ทะเบียนเครื่องคอมพิวเตอร์): validation, saving, and the register as a\n:class:`~cddesk.services.listing.SqlListing` the window pages through (ids first, rows by screenful)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cddesk.labels import COMPUTER_KIND, COMPUTER_STATUS
from cddesk.services.listing import SqlListing, by_label, evidence_count
from cddesk.services.records import RecordService
from cddesk.validation import (
    Problems,
    check_non_negative,
    normalise_ip,
    normalise_mac,
)
from models import Computer, ComputerKind, ComputerStatus, Staff


@dataclass
class ComputerData:
    id: int | None = None
    asset_number: str = ""
    kind: ComputerKind = ComputerKind.DESKTOP
    brand: str = ""
    model: str = ""
    serial_number: str | None = None
    cpu: str = ""
    ram_gb: float | None = None
    disk_gb: float | None = None
    os_name: str = ""
    os_version: str = ""
    acquired_date: dt.date | None = None
    budget_source: str = ""
    location: str = ""
    responsible_staff_id: int | None = None
    hostname: str = ""
    ip_address: str = ""
    mac_address: str = ""
    status: ComputerStatus = ComputerStatus.USABLE
    survey_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ComputerRow:
    """One line of the register table: display-ready and cheap to build for 20,000 rows."""

    id: int
    asset_number: str
    kind: ComputerKind
    brand: str
    model: str
    serial_number: str
    os: str
    hostname: str
    ip_address: str
    mac_address: str
    status: ComputerStatus
    location: str
    responsible: str
    acquired_date: dt.date | None
    survey_date: dt.date | None
    evidence_count: int


def _computer_row(r: Any) -> ComputerRow:
    return ComputerRow(
        id=r[0], asset_number=r[1], kind=r[2], brand=r[3], model=r[4], serial_number=r[5] or "", os=r[6],
        hostname=r[7], ip_address=r[8], mac_address=r[9], status=r[10], location=r[11], responsible=r[12] or "",
        acquired_date=r[13], survey_date=r[14], evidence_count=r[15] or 0,
    )


def check_computer_fields(data: ComputerData, problems: Problems, today: dt.date | None = None) -> ComputerData:
    """Checks that need no database (also used by the Excel import preview)."""
    data.asset_number = data.asset_number.strip()
    if not data.asset_number:
        problems.add("asset_number", "ระบุเลขครุภัณฑ์ (ต้องไม่ซ้ำกับเครื่องอื่น)")
    data.serial_number = (data.serial_number or "").strip() or None
    if data.mac_address.strip():
        try:
            data.mac_address = normalise_mac(data.mac_address)
        except ValueError as exc:
            problems.add("mac_address", str(exc))
    else:
        data.mac_address = ""
    if data.ip_address.strip():
        try:
            data.ip_address = normalise_ip(data.ip_address)
        except ValueError as exc:
            problems.add("ip_address", str(exc))
    else:
        data.ip_address = ""
    problems.dates_not_future(data, {"acquired_date": "วันที่ได้มา", "survey_date": "วันที่สำรวจ"}, today)
    problems.guard("ram_gb", lambda: check_non_negative(data.ram_gb, "หน่วยความจำ (RAM)"))
    problems.guard("disk_gb", lambda: check_non_negative(data.disk_gb, "ความจุดิสก์"))
    if data.acquired_date and data.survey_date and data.survey_date < data.acquired_date:
        problems.add("survey_date", "วันที่สำรวจต้องไม่ก่อนวันที่ได้มา")
    return data


class ComputerService(RecordService[ComputerData]):
    model = Computer
    data_class = ComputerData
    owner_kind = "computer"
    label = "เครื่องคอมพิวเตอร์"

    def validate(self, session: Session, data: ComputerData, problems: Problems) -> ComputerData:
        data = check_computer_fields(data, problems)
        if data.asset_number and self.taken(session, Computer.asset_number, data.asset_number, data.id):
            problems.add("asset_number", f"เลขครุภัณฑ์ {data.asset_number} มีอยู่ในทะเบียนแล้ว")
        if data.serial_number and self.taken(session, Computer.serial_number, data.serial_number, data.id):
            problems.add(
                    "serial_number", f"หมายเลขเครื่อง (S/N) {data.serial_number} ซ้ำกับเครื่องอื่นในทะเบียน"
                )
        if data.responsible_staff_id is not None and session.get(Staff, data.responsible_staff_id) is None:
            problems.add("responsible_staff_id", "ไม่พบผู้รับผิดชอบที่เลือก")
        return data

    def existing_keys(self) -> tuple[set[str], set[str]]:
        """Asset numbers and serial numbers already in the register (for import previews)."""
        with self.db.session() as session:
            rows = session.execute(select(Computer.asset_number, Computer.serial_number)).all()
        return {r[0] for r in rows}, {r[1] for r in rows if r[1]}

    def listing(self) -> SqlListing[ComputerRow]:
        """The register as the window pages through it: sortable by every column it shows."""
        responsible = (select(Staff.name).where(Staff.id == Computer.responsible_staff_id)
                       .correlate(Computer).scalar_subquery())
        evidence = evidence_count(self.owner_kind, Computer.id)
        os = func.trim(Computer.os_name + " " + Computer.os_version)
        query = select(
            Computer.id, Computer.asset_number, Computer.kind, Computer.brand, Computer.model,
            Computer.serial_number, os, Computer.hostname, Computer.ip_address, Computer.mac_address,
            Computer.status, Computer.location, responsible, Computer.acquired_date, Computer.survey_date, evidence,
        )
        sort_keys = {
            "asset_number": Computer.asset_number, "kind": by_label(Computer.kind, COMPUTER_KIND),
            "brand": Computer.brand, "model": Computer.model, "serial_number": Computer.serial_number,
            "os": os, "hostname": Computer.hostname, "ip_address": Computer.ip_address,
            "mac_address": Computer.mac_address, "status": by_label(Computer.status, COMPUTER_STATUS),
            "location": Computer.location, "responsible": responsible, "acquired_date": Computer.acquired_date,
            "survey_date": Computer.survey_date, "evidence_count": evidence,
        }
        return SqlListing(self.db, Computer.id, query, _computer_row, (Computer.asset_number, Computer.id), sort_keys)

    def survey_counts(self, start: dt.date, end: dt.date) -> tuple[int, int]:
        """(computers in the register, of them surveyed between ``start`` and ``end``), counted in SQL."""
        with self.db.session() as session:
            total, surveyed = session.execute(select(
                func.count(), func.count().filter(Computer.survey_date.between(start, end)))).one()
        return int(total), int(surveyed or 0)

    def rows(self) -> list[ComputerRow]:
        """Every computer, by asset number."""
        return self.listing().rows()

    def choices(self) -> list[tuple[int, str]]:
        """(id, "asset number — brand model") for pickers."""
        with self.db.session() as session:
            rows = session.execute(
                select(Computer.id, Computer.asset_number, Computer.brand, Computer.model).order_by(
                    Computer.asset_number
                )
            ).all()
        return [(r[0], " ".join(x for x in (r[1], "—", r[2], r[3]) if x).strip()) for r in rows]
