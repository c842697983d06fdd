"""The office profile (one per database) and the office's settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from cddesk import gazetteer
from cddesk.db import Database
from cddesk.settings import PROVINCE_MODE, PROVINCE_MODE_KEY, Settings as Settings
from cddesk.thaidate import ce_year, fiscal_year_of
from cddesk.validation import Problems, check_email
from models import OfficeProfile, Setting

DEFAULT_ANTIVIRUS = "ESET Endpoint"


def default_survey_deadline(fiscal_year_be: int) -> dt.date:
    """31 March of the fiscal year (the Department's survey cut-off)."""
    return dt.date(ce_year(fiscal_year_be), 3, 31)


@dataclass
class ProfileData:
    province_code: str = ""
    district_code: str = ""
    office_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_position: str = "พัฒนาการอำเภอ"
    it_officer_name: str = ""
    it_officer_position: str = ""
    fiscal_year: int = field(default_factory=lambda: fiscal_year_of(dt.date.today()))
    survey_deadline: dt.date | None = None
    antivirus_product: str = DEFAULT_ANTIVIRUS
    province_name: str = ""
    district_name: str = ""


class OfficeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def profile(self) -> ProfileData | None:
        with self.db.session() as session:
            row = session.get(OfficeProfile, 1)
            if row is None:
                return None
            return ProfileData(
                **{f: getattr(row, f) for f in ProfileData.__dataclass_fields__}
            )

    def validate(self, data: ProfileData) -> ProfileData:
        problems = Problems()
        province = gazetteer.province(data.province_code)
        if province is None:
            problems.add("province_code", "เลือกจังหวัดจากรายการ")
        else:
            data.province_name = province.name
            district = gazetteer.district(data.district_code)
            if district is None or not data.district_code.startswith(province.code):
                problems.add("district_code", f"เลือกอำเภอในจังหวัด{province.name}จากรายการ")
            else:
                data.district_name = district.name
                if not data.office_name.strip():
                    data.office_name = f"สำนักงานพัฒนาชุมชนอำเภอ{district.name}"
        try:
            data.email = check_email(data.email)
        except ValueError as exc:
            problems.add("email", str(exc))
        if not 2500 <= data.fiscal_year <= 2700:
            problems.add("fiscal_year", "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568")
        elif data.survey_deadline is None:
            data.survey_deadline = default_survey_deadline(data.fiscal_year)
        if not data.antivirus_product.strip():
            problems.add("antivirus_product", "ระบุโปรแกรมป้องกันไวรัสที่กรมกำหนด เช่น ESET Endpoint")
        if not data.head_name.strip():
            problems.add("head_name", "ระบุชื่อหัวหน้าสำนักงาน (ใช้ในช่องลงนามของรายงาน)")
        problems.raise_if_any()
        return data

    def save_profile(self, data: ProfileData) -> ProfileData:
        data = self.validate(data)
        with self.db.session() as session:
            row = session.get(OfficeProfile, 1) or OfficeProfile(id=1)
            for name in ProfileData.__dataclass_fields__:
                setattr(row, name, getattr(data, name))
            session.add(row)
        return data

    def prescribed_antivirus(self) -> str:
        """The antivirus product the Department prescribes, as set in the profile."""
        profile = self.profile()
        return profile.antivirus_product if profile else DEFAULT_ANTIVIRUS

    def tambon_names(self) -> list[str]:
        """The subdistricts (ตำบล) of the office's district, from the gazetteer."""
        from cddesk.kinds import office_tambons

        with self.db.session() as session:
            return [t.name for t in office_tambons(session)]

    # -- settings -------------------------------------------------------------
    def settings(self) -> Settings:
        with self.db.session() as session:
            values = {k: v for k, v in session.execute(select(Setting.key, Setting.value))}
        return Settings.from_values(values)

    def save_settings(self, settings: Settings) -> None:
        with self.db.session() as session:
            for key, value in settings.values().items():
                session.merge(Setting(key=key, value=value))

    def is_province_mode(self) -> bool:
        """Province mode (cddesk/province.py) without loading its signing machinery."""
        with self.db.session() as session:
            row = session.get(Setting, PROVINCE_MODE_KEY)
            return bool(row and row.value == PROVINCE_MODE)

    def remembered(self, key: str, default: str = "") -> str:
        """A last-used value a dialog remembers (e.g. the last location typed)."""
        with self.db.session() as session:
            row = session.get(Setting, f"last:{key}")
            return row.value if row else default

    def remember(self, key: str, value: str) -> None:
        with self.db.session() as session:
            session.merge(Setting(key=f"last:{key}", value=value))
