"""Builders of real office records for the scoring tests: every record goes through the
services an officer's window uses (``Services.kinds[key].new()/.save()``, the registers,
``evidence.add_link``), so the rubric sees exactly what ``build_facts`` reads from SQLite.

The office is โพนพิสัย, Nong Khai (district 4305; Click ชุมชน download target 125 a month),
fiscal year 2568 in use. All dates lie in the past, so the "not in the future" checks of
the services never depend on the day the tests run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from cddesk.app_services import Services
from cddesk.kinds import KIND_BY_KEY
from cddesk.office_facts import score_office
from cddesk.paths import DataPaths
from cddesk.services.accounts import AccountData
from cddesk.services.antivirus import AntivirusData
from cddesk.services.computers import ComputerData
from cddesk.services.office import ProfileData
from cddesk.services.staff import StaffData
from models import ComputerStatus
from scoring.results import CriterionResult
from tests.scoring_facts import part, reasons, walk

D = dt.date
DIGITAL = "digital40_fy2568"
SESSION = "session_call_fy2563r2"
CLICK = "click_chumchon_fy2567q3"

AFTER_DIGITAL = D(2025, 7, 15)  # after Jan–Jun 2568: every month of the period is judged
AFTER_SESSION = D(2020, 10, 15)  # after 1 Apr – 30 Sep 2563
AFTER_CLICK = D(2024, 7, 15)  # after Apr–Jun 2567

DIGITAL_MONTHS = [(2025, m) for m in range(1, 7)]
CLICK_MONTHS = [(2024, 4), (2024, 5), (2024, 6)]

EVIDENCE_URL = "https://www.example.org/x"
OFFICE = "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย"

# What an officer must fill in besides the fields a test is about (required texts).
DEFAULTS: dict[str, dict[str, Any]] = {
    "online_meeting": dict(topic="ประชุมออนไลน์"),
    "training_activity": dict(kind="training", title="กิจกรรม"),
    "governance_action": dict(kind="committee", title="แต่งตั้งคณะทำงานขับเคลื่อนงานสารสนเทศ"),
    "website_news": dict(title="ข่าวประชาสัมพันธ์"),
    "click_action": dict(title="Click ชุมชน"),
    "click_promotion": dict(title="ประชาสัมพันธ์ Shop ชุมชน"),
    "click_head_download": dict(position="หัวหน้าส่วนราชการ"),
    "click_service_check": dict(service="Shop ชุมชน"),
    "innovation_report": dict(name_th="นวัตกรรมติดตาม จปฐ.", unit=OFFICE,
                              coordinator="นางสาวน้ำฝน ฝั่งโขง", position="นักวิชาการพัฒนาชุมชน",
                              phone="081-000-0000", email="namfon@example.org", line_id="namfon.pps"),
}

_serial = count(1)


def open_office(root: Path, fiscal_year: int = 2568,
                survey_deadline: dt.date | None = None) -> Services:
    """A fresh office database under ``root`` with the โพนพิสัย profile saved."""
    services = Services.open(DataPaths(root))
    services.office.save_profile(ProfileData(
        province_code="43", district_code="4305", head_name="นายสมชาย ใจดี", fiscal_year=fiscal_year,
        survey_deadline=survey_deadline))
    return services


def add(services: Services, key: str, *, evidence: bool = True, **fields: Any) -> Any:
    """Save one record of activity kind ``key`` as the window would: start from ``new()``,
    set ``fields`` (plus required texts from :data:`DEFAULTS`), save, and attach a web link as
    evidence unless ``evidence=False``. Returns the saved data (with its id)."""
    service = services.kinds[key]
    data = service.new()
    for name, value in {**DEFAULTS.get(key, {}), **fields}.items():
        if not hasattr(data, name):
            raise AttributeError(f"{key} has no field {name!r}")
        setattr(data, name, value)
    saved = service.save(data)
    if evidence:
        services.evidence.add_link(key, saved.id, EVIDENCE_URL)
    return saved


def add_many(services: Services, key: str, dates: Iterable[dt.date], **fields: Any) -> list[Any]:
    return [add(services, key, date=day, **fields) for day in dates]


def monthly(n: int, months: Iterable[tuple[int, int]], day: int = 5) -> list[dt.date]:
    """``n`` dates in each month (the ``day``-th, the next day …)."""
    return [D(y, m, day + i) for y, m in months for i in range(n)]


def spread(total: int, months: list[tuple[int, int]], day: int = 3) -> list[dt.date]:
    """``total`` dates spread round-robin over ``months``."""
    return [D(*months[i % len(months)], day + i // len(months)) for i in range(total)]


def year_plan(services: Services, fiscal_year: int, **fields: Any) -> Any:
    return add(services, "year_plan", evidence=False, fiscal_year=fiscal_year, **fields)


# --- registers ----------------------------------------------------------------------------

def staff(services: Services, name: str | None = None, *, active: bool = True) -> StaffData:
    name = name or f"เจ้าหน้าที่ คนที่ {next(_serial)}"
    return services.staff.save(StaffData(name=name, active=active))


def computer(services: Services, *, responsible: int | None, survey: dt.date | None = D(2025, 2, 1),
             status: ComputerStatus = ComputerStatus.USABLE, **fields: Any) -> ComputerData:
    """A computer of the register with every required field filled (override to leave one out)."""
    values: dict[str, Any] = dict(brand="Lenovo", model="ThinkCentre M70q", os_name="Windows 11 Pro",
                                  location="ห้องงานพัฒนาชุมชน")
    values.update(fields)
    return services.computers.save(ComputerData(
        asset_number=f"7440-001-{next(_serial):04d}/68", responsible_staff_id=responsible,
        status=status, survey_date=survey, **values))


def account(services: Services, staff_id: int | None, *,
            reviewed: dt.date | None = D(2025, 3, 1), active: bool = True) -> AccountData:
    assert staff_id is not None
    return services.accounts.save(AccountData(
        staff_id=staff_id, username=f"pps.user{next(_serial):03d}", created_date=D(2023, 5, 1),
        last_reviewed=reviewed, active=active))


def antivirus(services: Services, computer_id: int, *, installed: dt.date = D(2025, 3, 1),
              product: str = "ESET Endpoint Antivirus",
              licence_expiry: dt.date | None = None) -> AntivirusData:
    return services.antivirus.save(AntivirusData(
        computer_id=computer_id, product=product, installed_date=installed,
        licence_expiry=licence_expiry))


# --- scoring --------------------------------------------------------------------------------

def criterion(services: Services, criterion_id: str, at: dt.date = AFTER_DIGITAL,
              rubric_id: str = DIGITAL) -> CriterionResult:
    return score_office(services.db, rubric_id, at).criterion(criterion_id)


# walk, part and reasons: the same helpers the fact-level scoring tests use.
__all__ = ["part", "reasons", "walk"]


def ref(key: str, record: Any) -> str:
    """The ref the facts give a saved record (``online_meeting:12``)."""
    assert key in KIND_BY_KEY or key in ("computer", "staff")
    return f"{key}:{record.id}"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    """A fresh office (profile โพนพิสัย, FY2568) for one test; import it to use it."""
    services = open_office(tmp_path / "office")
    yield services
    services.close()
