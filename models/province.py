"""Province mode: the districts the province trusts, and the packages it imported.

A district is trusted by its registered certificate (or by one the province issued from
its own root, registered the same way). Each imported package keeps its verified
manifest (scores included) and the folder it was unpacked to, inside the data folder.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped


class ProvinceDistrict(Base, Timestamped):
    __tablename__ = "province_district"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    cert_pem: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="", index=True)
    issued_by_province: Mapped[bool] = mapped_column(Boolean, default=False)


class ProvincePackage(Base):
    __tablename__ = "province_package"
    __table_args__ = (UniqueConstraint("district_code", "period_key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    district_code: Mapped[str] = mapped_column(String(10), ForeignKey("province_district.district_code"), index=True)
    period_key: Mapped[str] = mapped_column(String(7), index=True)
    version: Mapped[int] = mapped_column(Integer)
    replaces: Mapped[str | None] = mapped_column(String(36), nullable=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    manifest_json: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(40))  # as the district stamped it (ISO, with offset)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    folder: Mapped[str] = mapped_column(String(200))  # under the data folder
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # False once a newer version came
