"""Antivirus installs per computer (Digital 4.0 domain 3, process 3) and the coverage view:
usable computers, computers with a valid install of the prescribed product, the exact
percentage, and the usable computers still unprotected, each with the reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cddesk.services.office import DEFAULT_ANTIVIRUS, OfficeService
from cddesk.services.records import RecordService
from cddesk.thaidate import format_date
from cddesk.validation import Problems
from models import AntivirusInstall, Computer, ComputerStatus


@dataclass
class AntivirusData:
    id: int | None = None
    computer_id: int = 0
    product: str = DEFAULT_ANTIVIRUS
    version: str = ""
    installed_date: dt.date = field(default_factory=dt.date.today)
    licence_expiry: dt.date | None = None
    definitions_updated: dt.date | None = None
    installed_by: str = ""
    notes: str = ""


@dataclass(frozen=True)
class InstallRow:
    id: int
    asset_number: str
    product: str
    version: str
    installed_date: dt.date
    licence_expiry: dt.date | None
    definitions_updated: dt.date | None
    installed_by: str
    valid_now: bool


@dataclass(frozen=True)
class Unprotected:
    computer_id: int
    asset_number: str
    description: str
    reason: str


@dataclass(frozen=True)
class Coverage:
    at: dt.date
    product: str
    usable: int
    covered: int
    unprotected: list[Unprotected]

    @property
    def ratio(self) -> Fraction:
        return Fraction(self.covered, self.usable) if self.usable else Fraction(0)

    def meets(self, percent: int) -> bool:
        """Exact integer comparison: 19 of 20 is 95 % and meets a 95 % bar."""
        return self.usable > 0 and self.covered * 100 >= percent * self.usable

    @property
    def percent_text(self) -> str:
        return f"{float(self.ratio * 100):.1f}"


def product_matches(installed: str, prescribed: str) -> bool:
    """Every word of the prescribed product appears in the installed one
    ("ESET Endpoint" matches "ESET Endpoint Antivirus" and "ESET Endpoint Security")."""
    words = installed.lower().split()
    return all(any(w.startswith(p) for w in words) for p in prescribed.lower().split())


class InstallLike(Protocol):
    """An install as a row or an ORM object: what :func:`install_problem` reads."""

    @property
    def product(self) -> str: ...
    @property
    def installed_date(self) -> dt.date: ...
    @property
    def licence_expiry(self) -> dt.date | None: ...


def install_problem(install: InstallLike, prescribed: str, at: dt.date) -> str | None:
    """Why this install does not protect the computer at ``at``, or None if it does."""
    if install.installed_date > at:
        return f"ติดตั้งเมื่อ {format_date(install.installed_date)} หลังวันที่ประเมิน"
    if install.licence_expiry is not None and install.licence_expiry < at:
        return f"ใบอนุญาต {install.product} หมดอายุเมื่อ {format_date(install.licence_expiry)}"
    if not product_matches(install.product, prescribed):
        return f"ติดตั้ง {install.product} ซึ่งไม่ใช่ {prescribed} ตามที่กรมกำหนด"
    return None


class AntivirusService(RecordService[AntivirusData]):
    model = AntivirusInstall
    data_class = AntivirusData
    owner_kind = "antivirus_install"
    label = "การติดตั้งโปรแกรมป้องกันไวรัส"

    def validate(self, session: Session, data: AntivirusData, problems: Problems) -> AntivirusData:
        data.product = data.product.strip()
        if not data.product:
            problems.add("product", "ระบุชื่อโปรแกรมป้องกันไวรัส เช่น ESET Endpoint Antivirus")
        if session.get(Computer, data.computer_id) is None:
            problems.add("computer_id", "เลือกเครื่องคอมพิวเตอร์ที่ติดตั้ง")
        problems.dates_not_future(
            data, {"installed_date": "วันที่ติดตั้ง", "definitions_updated": "วันที่อัปเดตฐานข้อมูลไวรัส"}
        )
        if data.licence_expiry and data.licence_expiry < data.installed_date:
            problems.add("licence_expiry", "วันหมดอายุใบอนุญาตต้องไม่ก่อนวันที่ติดตั้ง")
        return data

    def rows(self, at: dt.date | None = None) -> list[InstallRow]:
        at = at or dt.date.today()
        prescribed = OfficeService(self.db).prescribed_antivirus()
        with self.db.session() as session:
            installs = session.scalars(
                select(AntivirusInstall).options(selectinload(AntivirusInstall.computer))
            ).all()
            return [
                InstallRow(
                    i.id, i.computer.asset_number, i.product, i.version, i.installed_date,
                    i.licence_expiry, i.definitions_updated, i.installed_by,
                    install_problem(i, prescribed, at) is None,
                )
                for i in installs
            ]

    def for_computer(self, computer_id: int) -> list[AntivirusData]:
        with self.db.session() as session:
            rows = session.scalars(
                select(AntivirusInstall)
                .where(AntivirusInstall.computer_id == computer_id)
                .order_by(AntivirusInstall.installed_date.desc())
            ).all()
            return [self.to_data(r) for r in rows]

    def coverage(self, at: dt.date | None = None) -> Coverage:
        at = at or dt.date.today()
        prescribed = OfficeService(self.db).prescribed_antivirus()
        covered = 0
        unprotected: list[Unprotected] = []
        # Column rows, not ORM objects: the home page asks this of registers of 100,000 computers.
        usable = Computer.status == ComputerStatus.USABLE
        with self.db.session() as session:
            computers = session.execute(
                select(Computer.id, Computer.asset_number, Computer.brand, Computer.model, Computer.location)
                .where(usable).order_by(Computer.asset_number)).all()
            installs: dict[int, list[Any]] = {}
            query = (select(AntivirusInstall.computer_id, AntivirusInstall.product, AntivirusInstall.installed_date,
                            AntivirusInstall.licence_expiry)
                     .join(Computer, Computer.id == AntivirusInstall.computer_id).where(usable)
                     .order_by(AntivirusInstall.id))
            for install in session.execute(query):
                installs.setdefault(install.computer_id, []).append(install)
        for computer in computers:
            problems = [install_problem(i, prescribed, at) for i in installs.get(computer.id, ())]
            if any(p is None for p in problems):
                covered += 1
                continue
            reason = next((p for p in problems if p), "ยังไม่ได้ติดตั้งโปรแกรมป้องกันไวรัส")
            description = " ".join(x for x in (computer.brand, computer.model, computer.location) if x)
            unprotected.append(Unprotected(computer.id, computer.asset_number, description, reason))
        return Coverage(at, prescribed, len(computers), covered, unprotected)
