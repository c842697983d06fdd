"""Antivirus installs per computer (Digital 4.0 domain 3, process 3) and the coverage view:
usable computers, computers with a valid install of the prescribed product, the exact
percentage, and the usable computers still unprotected, each with the reason."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Protocol, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cddesk.services.listing import SqlListing
from cddesk.services.office import DEFAULT_ANTIVIRUS, OfficeService
from cddesk.services.records import RecordService
from cddesk.thaidate import format_date
from cddesk.validation import Problems
from models import AntivirusInstall, Computer


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
    unprotected: list[Unprotected]  # those listed (all of them unless fewer were asked for)

    @property
    def missing(self) -> int:
        """Usable computers not protected (listed or not)."""
        return self.usable - self.covered

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

    def listing(self, at: dt.date | None = None) -> SqlListing[InstallRow]:
        """The installs as the window pages through them (95,000 of a large office), in
        asset-number order, sortable by every column but whether the install protects its
        computer at ``at`` (default today), which is judged per row as it is shown."""
        at = at or dt.date.today()
        prescribed = OfficeService(self.db).prescribed_antivirus()
        a = AntivirusInstall
        query = cast("Select[Any]", select(
            a.id, Computer.asset_number, a.product, a.version, a.installed_date, a.licence_expiry,
            a.definitions_updated, a.installed_by).join(Computer, Computer.id == a.computer_id))

        def row(r: Any) -> InstallRow:
            return InstallRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], install_problem(r, prescribed, at) is None)

        sort_keys = {"asset_number": Computer.asset_number, "product": a.product, "version": a.version,
                     "installed_date": a.installed_date, "licence_expiry": a.licence_expiry,
                     "definitions_updated": a.definitions_updated, "installed_by": a.installed_by}
        return SqlListing(self.db, a.id, query, row, (Computer.asset_number, a.id), sort_keys)

    def rows(self, at: dt.date | None = None) -> list[InstallRow]:
        """Every install, by asset number."""
        return self.listing(at).rows()

    def for_computer(self, computer_id: int) -> list[AntivirusData]:
        with self.db.session() as session:
            rows = session.scalars(
                select(AntivirusInstall)
                .where(AntivirusInstall.computer_id == computer_id)
                .order_by(AntivirusInstall.installed_date.desc())
            ).all()
            return [self.to_data(r) for r in rows]

    def coverage(self, at: dt.date | None = None, listed: int | None = None) -> Coverage:
        """Usable computers and those protected at ``at``, counted from the register as scoring
        judges it (:func:`cddesk.office_facts.register_on`: the same verdict as the Digital 4.0
        criterion, and a few hundred grouped entries for 100,000 computers), and the first
        ``listed`` unprotected ones (all: None) by asset number, each with the reason."""
        from cddesk.office_facts import register_on

        at = at or dt.date.today()
        prescribed = OfficeService(self.db).prescribed_antivirus()
        usable, covered = 0, 0
        unprotected: list[Iterable[tuple[int, str]]] = []  # per group: (place in the register, ref), in order
        for entry in register_on(self.db, at, prescribed):
            if not entry.usable:
                continue
            usable += entry.weight
            if entry.antivirus_since is not None and entry.antivirus_since <= at:
                covered += entry.weight
            elif entry.names is None:
                unprotected.append([(entry.position, entry.ref)])
            elif listed != 0:  # (a group's members are in register order)
                unprotected.append(zip(entry.names.positions() or (), (ref for ref, _title in entry.names())))
        first = itertools.islice(heapq.merge(*unprotected), listed)  # 200 of 75,000 without sorting them all
        ids = [int(ref.partition(":")[2]) for _place, ref in first]
        return Coverage(at, prescribed, usable, covered, self._unprotected(ids, prescribed, at))

    def _unprotected(self, ids: list[int], prescribed: str, at: dt.date) -> list[Unprotected]:
        """The computers of ``ids``, in that order, each with why none of its installs protects it."""
        computers: dict[int, Any] = {}
        installs: dict[int, list[Any]] = {}
        with self.db.session() as session:
            for start in range(0, len(ids), 10_000):  # (SQLite's limit of bound values)
                part = ids[start:start + 10_000]
                computers.update((c.id, c) for c in session.execute(
                    select(Computer.id, Computer.asset_number, Computer.brand, Computer.model, Computer.location)
                    .where(Computer.id.in_(part))))
                for install in session.execute(
                        select(AntivirusInstall.computer_id, AntivirusInstall.product, AntivirusInstall.installed_date,
                               AntivirusInstall.licence_expiry)
                        .where(AntivirusInstall.computer_id.in_(part)).order_by(AntivirusInstall.id)):
                    installs.setdefault(install.computer_id, []).append(install)
        found = []
        for computer_id in ids:
            computer = computers.get(computer_id)
            if computer is None:
                continue  # removed since the register was read
            problems = (install_problem(i, prescribed, at) for i in installs.get(computer_id, ()))
            reason = next((p for p in problems if p), "ยังไม่ได้ติดตั้งโปรแกรมป้องกันไวรัส")
            description = " ".join(x for x in (computer.brand, computer.model, computer.location) if x)
            found.append(Unprotected(computer_id, computer.asset_number, description, reason))
        return found
