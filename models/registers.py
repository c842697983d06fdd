"""The registers the province audits (Digital 4.0 domain 3, processes 2 and 3):
office profile, staff, computers, antivirus installs, internet-authentication accounts."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, Enum, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped


class ComputerKind(str, enum.Enum):
    DESKTOP = "desktop"
    NOTEBOOK = "notebook"
    SERVER = "server"
    TABLET = "tablet"
    OTHER = "other"


class ComputerStatus(str, enum.Enum):
    USABLE = "usable"  # ใช้งานได้
    BROKEN = "broken"  # ชำรุด
    AWAITING_DISPOSAL = "awaiting_disposal"  # รอจำหน่าย
    DISPOSED = "disposed"  # จำหน่ายแล้ว


class OfficeProfile(Base, Timestamped):
    """The office itself; exactly one row (id 1)."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(100))
    district_code: Mapped[str] = mapped_column(String(4))
    district_name: Mapped[str] = mapped_column(String(100))
    office_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_position: Mapped[str] = mapped_column(String(200), default="")
    it_officer_name: Mapped[str] = mapped_column(String(200), default="")
    it_officer_position: Mapped[str] = mapped_column(String(200), default="")
    fiscal_year: Mapped[int] = mapped_column(Integer)  # B.E.
    survey_deadline: Mapped[dt.date] = mapped_column(Date)
    antivirus_product: Mapped[str] = mapped_column(String(200), default="ESET Endpoint")


class Staff(Base, Timestamped):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    line_id: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Computer(Base, Timestamped):
    __tablename__ = "computer"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_number: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[ComputerKind] = mapped_column(
        Enum(ComputerKind, native_enum=False, length=20, validate_strings=True)
    )
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial_number: Mapped[str | None] = mapped_column(String(100), unique=True, nullable=True)
    cpu: Mapped[str] = mapped_column(String(200), default="")
    ram_gb: Mapped[float | None] = mapped_column(Float, nullable=True)
    disk_gb: Mapped[float | None] = mapped_column(Float, nullable=True)
    os_name: Mapped[str] = mapped_column(String(200), default="")
    os_version: Mapped[str] = mapped_column(String(100), default="")
    acquired_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    budget_source: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    responsible_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), nullable=True
    )
    hostname: Mapped[str] = mapped_column(String(100), default="")
    ip_address: Mapped[str] = mapped_column(String(64), default="")
    mac_address: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[ComputerStatus] = mapped_column(
        Enum(ComputerStatus, native_enum=False, length=20, validate_strings=True),
        default=ComputerStatus.USABLE,
    )
    survey_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    responsible_staff: Mapped[Staff | None] = relationship()
    antivirus_installs: Mapped[list[AntivirusInstall]] = relationship(
        back_populates="computer", cascade="all, delete-orphan", passive_deletes=True
    )


class AntivirusInstall(Base, Timestamped):
    __tablename__ = "antivirus_install"

    id: Mapped[int] = mapped_column(primary_key=True)
    computer_id: Mapped[int] = mapped_column(
        ForeignKey("computer.id", ondelete="CASCADE"), index=True
    )
    product: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(100), default="")
    installed_date: Mapped[dt.date] = mapped_column(Date)
    licence_expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    definitions_updated: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    installed_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    computer: Mapped[Computer] = relationship(back_populates="antivirus_installs")


class InternetAccount(Base, Timestamped):
    """ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต (Authentication) — one row per account."""

    __tablename__ = "internet_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    account_type: Mapped[str] = mapped_column(String(100), default="")
    created_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_reviewed: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    staff: Mapped[Staff] = relationship()


class Setting(Base):
    """Office-level settings as key/value text (date style, Thai digits in reports …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
