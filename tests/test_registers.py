"""Register services on a real SQLite file: validation with Thai messages, uniqueness,
antivirus coverage with exact percentages, internet accounts, deletion with evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cddesk import gazetteer
from cddesk.errors import ValidationError
from cddesk.services.accounts import AccountData, AccountService
from cddesk.services.antivirus import AntivirusData, AntivirusService, product_matches
from cddesk.services.computers import ComputerData, ComputerService
from cddesk.services.evidence import EvidenceService
from cddesk.services.office import OfficeService, ProfileData
from cddesk.services.staff import StaffData, StaffService
from models import ComputerStatus


def make_profile(db, **changes) -> ProfileData:  # type: ignore[no-untyped-def]
    data = ProfileData(province_code="43", district_code="4301", head_name="นายทดสอบ ระบบ", fiscal_year=2568)
    for key, value in changes.items():
        setattr(data, key, value)
    return OfficeService(db).save_profile(data)


def test_gazetteer_has_real_places() -> None:
    nong_khai = gazetteer.province_by_name("จังหวัดหนองคาย")
    assert nong_khai is not None and nong_khai.code == "43"
    names = [d.name for d in gazetteer.districts("43")]
    assert "เฝ้าไร่" in names and "ศรีเชียงใหม่" in names
    assert len(gazetteer.provinces()) == 77
    assert gazetteer.nearest("เผ่าไร่", gazetteer.districts("43")).name == "เฝ้าไร่"  # type: ignore[union-attr]


def test_profile_defaults_and_validation(db) -> None:  # type: ignore[no-untyped-def]
    saved = make_profile(db)
    assert saved.office_name == "สำนักงานพัฒนาชุมชนอำเภอเมืองหนองคาย"
    assert saved.province_name == "หนองคาย"
    assert saved.survey_deadline == dt.date(2025, 3, 31)
    assert saved.antivirus_product == "ESET Endpoint"
    with pytest.raises(ValidationError) as err:
        OfficeService(db).save_profile(ProfileData(province_code="43", district_code="1001", email="x@"))
    assert "อำเภอ" in err.value.fields["district_code"]
    assert "อีเมล" in err.value.fields["email"]
    assert "หัวหน้าสำนักงาน" in err.value.fields["head_name"]


def test_computer_validation_messages(db) -> None:  # type: ignore[no-untyped-def]
    service = ComputerService(db)
    service.save(ComputerData(asset_number="A-1", serial_number="SN1"))
    with pytest.raises(ValidationError) as err:
        service.save(ComputerData(
            asset_number="A-1", serial_number="SN1", mac_address="00:11:22:33:44", ip_address="192.168.1.300",
            survey_date=dt.date.today() + dt.timedelta(days=1), ram_gb=-4,
        ))
    fields = err.value.fields
    assert "มีอยู่ในทะเบียนแล้ว" in fields["asset_number"]
    assert "S/N" in fields["serial_number"]
    assert "MAC address" in fields["mac_address"]
    assert "IP address" in fields["ip_address"]
    assert "อนาคต" in fields["survey_date"]
    assert "ติดลบ" in fields["ram_gb"]
    assert len(service.list()) == 1  # nothing half-saved


def test_computer_normalises_and_allows_blank_serials(db) -> None:  # type: ignore[no-untyped-def]
    service = ComputerService(db)
    first = service.save(ComputerData(asset_number=" A-1 ", mac_address="aa-bb-cc-dd-ee-ff", serial_number=""))
    second = service.save(ComputerData(asset_number="A-2", serial_number="  "))
    assert first.asset_number == "A-1" and first.mac_address == "AA:BB:CC:DD:EE:FF"
    assert first.serial_number is None and second.serial_number is None
    first.brand = "Dell"
    assert service.save(first).brand == "Dell"  # editing keeps its own asset number


def _computers(db, n: int, status: ComputerStatus = ComputerStatus.USABLE) -> list[int]:  # type: ignore[no-untyped-def]
    service = ComputerService(db)
    start = len(service.list())
    return [service.save(ComputerData(asset_number=f"PC-{start + i:03d}", status=status)).id for i in range(n)]


@pytest.mark.parametrize(("covered", "meets"), [(18, False), (19, True), (20, True)])
def test_coverage_exact_95_percent(db, covered: int, meets: bool) -> None:  # type: ignore[no-untyped-def]
    make_profile(db)
    ids = _computers(db, 20)
    _computers(db, 3, ComputerStatus.BROKEN)  # broken ones are not in the base
    service = AntivirusService(db)
    for computer_id in ids[:covered]:
        service.save(AntivirusData(computer_id=computer_id, product="ESET Endpoint Antivirus", installed_date=dt.date(2025, 1, 1)))
    cov = service.coverage(dt.date(2025, 6, 30))
    assert (cov.usable, cov.covered) == (20, covered)
    assert cov.meets(95) is meets
    assert len(cov.unprotected) == 20 - covered


def test_coverage_reasons(db) -> None:  # type: ignore[no-untyped-def]
    make_profile(db)
    expired, other, later, none = _computers(db, 4)
    service = AntivirusService(db)
    service.save(AntivirusData(computer_id=expired, product="ESET Endpoint Security", installed_date=dt.date(2024, 1, 1),
                               licence_expiry=dt.date(2025, 1, 31)))
    service.save(AntivirusData(computer_id=other, product="Avast Free", installed_date=dt.date(2024, 1, 1)))
    service.save(AntivirusData(computer_id=later, product="ESET Endpoint Antivirus", installed_date=dt.date(2025, 7, 1)))
    reasons = {u.computer_id: u.reason for u in service.coverage(dt.date(2025, 6, 30)).unprotected}
    assert "หมดอายุ" in reasons[expired]
    assert "ไม่ใช่ ESET Endpoint" in reasons[other]
    assert "หลังวันที่ประเมิน" in reasons[later]
    assert "ยังไม่ได้ติดตั้ง" in reasons[none]


def test_product_matching() -> None:
    assert product_matches("ESET Endpoint Antivirus", "ESET Endpoint")
    assert product_matches("eset endpoint security 11", "ESET Endpoint")
    assert not product_matches("ESET NOD32 Antivirus", "ESET Endpoint")
    assert not product_matches("Windows Defender", "ESET Endpoint")


def test_antivirus_validation(db) -> None:  # type: ignore[no-untyped-def]
    (pc,) = _computers(db, 1)
    with pytest.raises(ValidationError) as err:
        AntivirusService(db).save(AntivirusData(computer_id=pc, product=" ", installed_date=dt.date(2025, 5, 1),
                                                licence_expiry=dt.date(2025, 4, 1)))
    assert "ระบุชื่อโปรแกรม" in err.value.fields["product"]
    assert "ไม่ก่อนวันที่ติดตั้ง" in err.value.fields["licence_expiry"]


def test_accounts_register(db) -> None:  # type: ignore[no-untyped-def]
    staff = StaffService(db).save(StaffData(name="นางสาวน้ำฝน  ฝั่งโขง"))
    assert staff.name == "นางสาวน้ำฝน ฝั่งโขง"
    accounts = AccountService(db)
    accounts.save(AccountData(staff_id=staff.id, username="namfon", created_date=dt.date(2024, 10, 1),
                              last_reviewed=dt.date(2025, 3, 1)))
    with pytest.raises(ValidationError) as err:
        accounts.save(AccountData(staff_id=staff.id, username="namfon", created_date=dt.date(2025, 3, 1),
                                  last_reviewed=dt.date(2025, 1, 1)))
    assert "มีอยู่ในทะเบียนแล้ว" in err.value.fields["username"]
    assert "ไม่ก่อนวันที่สร้าง" in err.value.fields["last_reviewed"]
    (row,) = accounts.rows()
    assert (row.staff_name, row.username, row.active) == ("นางสาวน้ำฝน ฝั่งโขง", "namfon", True)


def test_delete_removes_evidence_it_alone_used(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _computers(db, 2)
    photo = tmp_path / "ป้ายครุภัณฑ์.jpg"
    photo.write_bytes(b"\xff\xd8fake-jpeg")
    evidence = EvidenceService(db)
    shared = evidence.add_file("computer", a, photo)
    evidence.add_file("computer", b, photo)
    rows = {r.id: r.evidence_count for r in ComputerService(db).rows()}
    assert rows == {a: 1, b: 1}
    ComputerService(db).delete(a)
    assert shared.stored_path is not None and shared.stored_path.exists()  # still used by b
    ComputerService(db).delete(b)
    assert not shared.stored_path.exists()


@pytest.mark.parametrize(
    ("text", "kind"),
    [("เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "notebook"), ("คอมพิวเตอร์ตั้งโต๊ะ", "desktop"), ("Notebook", "notebook"),
     ("เครื่องแม่ข่าย (Server)", "server"), ("All in One", "desktop"), ("", None)],
)
def test_kind_words(text: str, kind: str | None) -> None:
    from cddesk.labels import kind_from_text

    found = kind_from_text(text)
    assert (found.value if found else None) == kind


@pytest.mark.parametrize(
    ("text", "status"),
    [("ใช้งานได้", "usable"), ("ใช้งานไม่ได้", "broken"), ("ดี", "usable"), ("รอซ่อม", "broken"),
     ("รอจำหน่าย", "awaiting_disposal"), ("จำหน่ายแล้ว", "disposed"), ("ไม่ทราบ", None)],
)
def test_status_words(text: str, status: str | None) -> None:
    from cddesk.labels import status_from_text

    found = status_from_text(text)
    assert (found.value if found else None) == status
