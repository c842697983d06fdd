"""A sample office to learn the program on: a district office in Nong Khai (โพนพิสัย,
chosen for its place names and its Click ชุมชน target; every person, record and link is
invented), fiscal year 2568, October 2567 – March 2568.

Everything is entered through the same services as the window, so the sample obeys every
check. Some records deliberately lack evidence and one PC is unprotected, so the month
view, the "missing evidence" filter and the scores have something to show.
``python main.py --data-dir D sample-office`` makes it headless; the first-start screen
opens it in a folder of its own. It is made all or nothing (one unit of work): a full disk
midway leaves the folder as empty as it was, evidence store included, so it can be made again.
"""

from __future__ import annotations

import datetime as dt
import struct
import tempfile
import zlib
from pathlib import Path
from typing import Any

from cddesk.app_services import Services
from cddesk.errors import KnownError, StorageError, explain_storage
from cddesk.services.accounts import AccountData
from cddesk.services.antivirus import AntivirusData
from cddesk.services.computers import ComputerData
from cddesk.services.office import ProfileData
from cddesk.services.staff import StaffData
from models import ComputerKind, ComputerStatus

D = dt.date
LINK = "https://www.example.org/cddesk-sample/"
STAFF = (
    ("นายประเสริฐ ทองดี", "พัฒนาการอำเภอ", "ชำนาญการพิเศษ"),
    ("นางสาวน้ำฝน ฝั่งโขง", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ"),
    ("นายวีระพงษ์ ริมโขง", "นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ"),
    ("นางมาลัย ศรีหนองคาย", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ"),
    ("นายธนากร บุญมา", "เจ้าพนักงานธุรการ", "ชำนาญงาน"),
    ("นางสาวกาญจนา ผู้ใหญ่บ้าน", "นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ"),
)
MONTHS = ((2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3))


def _photo_png(width: int = 96, height: int = 64) -> bytes:
    """A small striped PNG standing in for an activity photo (no image library needed)."""
    def pixel(x: int, y: int) -> tuple[int, int, int]:
        return 40 + x % 64, 120 + y, 90 + (x * y) % 120

    rows = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _id(saved: Any) -> int:
    assert saved.id is not None  # saved records have ids
    return int(saved.id)


class _Maker:
    def __init__(self, services: Services, photo: Path) -> None:
        self.s = services
        self.photo = photo

    def add(self, key: str, evidence: str | None = "link", **values: Any) -> Any:
        service = self.s.kinds[key]
        data = service.data_class(**values)
        saved = service.save(data)
        if evidence == "link":
            self.s.evidence.add_link(key, saved.id, f"{LINK}{key}/{saved.id}", "โพสต์/เอกสารเผยแพร่")
        elif evidence == "photo":
            self.s.evidence.add_file(key, saved.id, self.photo, "ภาพกิจกรรม")
        return saved


def create_sample_office(services: Services) -> None:
    """Fill an empty office with the sample data; KnownError when it already has data."""
    from cddesk.workbook import busy_tables

    with services.db.session() as session:
        busy = busy_tables(session)
    if busy:
        raise KnownError("สร้างสำนักงานตัวอย่างได้เฉพาะในโฟลเดอร์ข้อมูลที่ยังว่าง แต่โฟลเดอร์นี้มีข้อมูลแล้วใน: "
                         + ", ".join(busy) + " — ระบุโฟลเดอร์ใหม่ด้วย --data-dir")
    try:
        with tempfile.TemporaryDirectory() as folder, services.db.unit_of_work():
            photo = Path(folder) / "ภาพกิจกรรม.png"
            try:
                photo.write_bytes(_photo_png())
            except OSError as exc:
                raise StorageError(explain_storage(exc, Path(folder), f"เขียนภาพตัวอย่างลงโฟลเดอร์ชั่วคราว {folder}"),
                                   detail=str(exc)) from exc
            _fill(services, _Maker(services, photo))
    except StorageError as exc:  # nothing of it was kept: the folder is still empty, say so
        raise type(exc)("สร้างสำนักงานตัวอย่างไม่สำเร็จ และไม่ได้เก็บข้อมูลตัวอย่างส่วนใดไว้ "
                        f"(สั่งสร้างใหม่ได้เมื่อแก้ไขแล้ว) — {exc.message}", detail=exc.detail) from exc


def _fill(s: Services, m: _Maker) -> None:
    s.office.save_profile(ProfileData(
        province_code="43", district_code="4305",
        office_name="สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย (ข้อมูลตัวอย่าง)",
        address="ที่ว่าการอำเภอโพนพิสัย ถนนโพนพิสัย-หนองคาย จังหวัดหนองคาย 43120", phone="042-000000",
        email="sample.office@example.org", head_name=STAFF[0][0], head_position="พัฒนาการอำเภอโพนพิสัย",
        it_officer_name=STAFF[1][0], it_officer_position="นักวิชาการพัฒนาชุมชนชำนาญการ", fiscal_year=2568))
    staff = [s.staff.save(StaffData(name=n, position=p, level=lv, email=f"staff{i}@example.org"))
             for i, (n, p, lv) in enumerate(STAFF, start=1)]
    names = [x.name for x in staff]
    for i, member in enumerate(staff, start=1):
        account = s.accounts.save(AccountData(staff_id=_id(member), username=f"pps.cdd{i:02d}",
                                              created_date=D(2023, 5, i), last_reviewed=D(2025, 1, 20)))
        m.s.evidence.add_link("internet_account", _id(account), f"{LINK}auth/{account.id}")
    for i in range(1, 9):
        broken = i == 8
        pc = s.computers.save(ComputerData(
            asset_number=f"7440-001-{i:04d}/{63 + i % 4}", kind=ComputerKind.NOTEBOOK if i in (3, 6) else ComputerKind.DESKTOP,
            brand="Lenovo" if i % 2 else "Dell", model="ThinkCentre M70q" if i % 2 else "OptiPlex 3000",
            serial_number=f"SN{2400 + i}", cpu="Intel Core i5", ram_gb=8.0 if i < 5 else 16.0, disk_gb=512.0,
            os_name="Windows 11 Pro", os_version="23H2", acquired_date=D(2020 + i % 4, 6, 1),
            budget_source="งบประมาณกรมการพัฒนาชุมชน", location="ห้องงานพัฒนาชุมชน",
            responsible_staff_id=staff[(i - 1) % len(staff)].id, hostname=f"PPS-CDD-{i:02d}",
            ip_address=f"192.168.10.{10 + i}", mac_address=f"00:1A:2B:3C:4D:{i:02X}",
            status=ComputerStatus.BROKEN if broken else ComputerStatus.USABLE, survey_date=D(2025, 1, 15)))
        if not broken and i != 7:  # PC 7 is the one still unprotected
            s.antivirus.save(AntivirusData(computer_id=_id(pc), product="ESET Endpoint Antivirus", version="11.1",
                                           installed_date=D(2024, 11, 10 + i), licence_expiry=D(2028, 9, 30),
                                           installed_by=STAFF[1][0]))
    m.add("year_plan", None, fiscal_year=2568, jpt_target=12480, jpt_deadline=D(2025, 3, 31),
          otop_operator_base=85, heads_total=12, download_target=125, model_tambon="บ้านผือ",
          website_url="https://www.example.org/cddesk-sample/", notes="ค่าเป้าหมายตามหนังสือจังหวัด (ตัวอย่าง)")
    _meetings(m, names)
    _trainings(m, names)
    _governance_and_website(m)
    _data_work(m)
    _click(m)
    m.add("innovation_report", "link", date=D(2025, 3, 20), name_th="ระบบติดตามการจัดเก็บ จปฐ. ด้วย Google Sheets",
          name_en="BMN collection tracker", unit="สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย",
          coordinator=STAFF[1][0], position="นักวิชาการพัฒนาชุมชนชำนาญการ", phone="081-000-0000",
          email="namfon@example.org", line_id="namfon.pps",
          background="การติดตามผลการจัดเก็บ จปฐ. รายหมู่บ้านใช้เวลานานและข้อมูลไม่เป็นปัจจุบัน",
          concept="ให้อาสาพัฒนาชุมชนบันทึกผลรายวันในแบบฟอร์มออนไลน์ที่สรุปผลอัตโนมัติ",
          process="1) ออกแบบแบบฟอร์ม 2) อบรมอาสาพัฒนาชุมชน 3) ติดตามผลทุกสัปดาห์ในที่ประชุม",
          outputs="จัดเก็บครบร้อยละ 100 ก่อนกำหนด 31 มีนาคม 2568", benefits="ลดเวลารวบรวมข้อมูลจาก 3 วันเหลือ 1 ชั่วโมง",
          item_1_1=True, item_1_2=True, item_2_1=True, item_2_2=True, item_2_3=False)
    _programmes(s, m, names)


def _programmes(s: Services, m: _Maker, names: list[str]) -> None:
    """Website checklist ticks, IT portfolio works with a nominee, five survey responses."""
    from cddesk.role_model import RoleModelService
    from cddesk.survey import SurveyService, response

    for item, day in (("basic.vision", D(2024, 11, 4)), ("basic.structure", D(2024, 11, 4)),
                      ("basic.contact", D(2024, 11, 4)), ("basic.services", D(2025, 1, 6)),
                      ("mission.khok_nong_na", D(2025, 2, 3)), ("mission.otop", D(2025, 1, 20)),
                      ("mission.jpt_kchch", D(2025, 3, 28)), ("links.cdd", D(2024, 11, 4)),
                      ("links.province", D(2024, 11, 4)), ("continuity.news", D(2025, 3, 31))):
        m.add("website_check", "link", item=item, date=day, url=f"{LINK}web/{item}")
    m.add("website_check", None, item="continuity.downloads", date=D(2025, 3, 3), url=f"{LINK}web/downloads")
    for category, title, day, evidence in (
            ("website", "ปรับปรุงเว็บไซต์สำนักงานให้แสดงผลบนมือถือ", D(2024, 12, 9), "link"),
            ("media", "อินโฟกราฟิก ระวังภัยมิจฉาชีพออนไลน์", D(2025, 1, 14), "photo"),
            ("software", "ระบบติดตามการจัดเก็บ จปฐ. ด้วย Google Sheets", D(2025, 3, 20), "link")):
        m.add("portfolio_work", evidence, staff_name=names[1], category=category, title=title, date=day)
    m.add("portfolio_work", None, staff_name=names[2], category="social", title="เพจ Facebook ตำบลบ้านผือ",
          date=D(2025, 2, 17))
    RoleModelService(s.db).nominate(2568, names[1])
    rows = (((5, 4, 3, 4, 5, 4, 4, 3, 4, 3), "female", "41_50", "professional", "district", ()),
            ((4, 5, 3, 5, 5, 4, 3, 3, 5, 2), "male", "30_40", "practitioner", "district",
             (("การใช้ Canva ทำสื่อประชาสัมพันธ์", 5),)),
            ((5, 3, 2, 4, 4, 5, 4, 4, 3, 3), "female", "51_60", "senior_professional", "district", ()),
            ((3, 5, 4, 5, 4, 4, 5, 2, 4, None), "female", "under_30", "practitioner", "district", ()),
            ((4, 4, 3, 5, 5, 3, 4, 3, 4, 3), "male", "41_50", "experienced", "district",
             (("การใช้ Canva ทำสื่อประชาสัมพันธ์", 4),)))
    from cddesk.it_villages import CandidateData, CandidateService, RegisterService, parse_text

    register = RegisterService(s.db)
    register.store(register.preview(parse_text(
        "ที่\tจังหวัด\tอำเภอ\tตำบล\tหมู่บ้าน\tหมู่ที่\tปี พ.ศ.\tหมายเหตุ\n"
        "1\tหนองคาย\tโพนพิสัย\tจุมพล\tบ้านจุมพล\t1\t2556\t\n"
        "2\tหนองคาย\tโพนพิสัย\tวัดหลวง\tบ้านวัดหลวง\t3\t2559\tระดับจังหวัด\n"
        "3\tหนองคาย\tโพนพิสัย\tเซิม\tบ้านเซิม\t5\t2561\t\n", "village")))
    CandidateService(s.db).save(CandidateData(
        kind="village", fiscal_year=2568, tambon="บ้านผือ", village="บ้านผือ", moo=2, population=812, households=215,
        history="ตั้งหมู่บ้านราว พ.ศ. 2450 ริมฝั่งโขง (ข้อมูลตัวอย่าง)", products="ผ้าทอมือ ข้าวอินทรีย์",
        management="คณะทำงานหมู่บ้าน 12 คน ประชุมทุกเดือน"))
    SurveyService(s.db).save_many([
        response(D(2025, 3, 3 + i), ratings=list(r), sex=sex, age_band=age, level=level, affiliation=aff,
                 others=list(others)) for i, (r, sex, age, level, aff, others) in enumerate(rows)])


def _meetings(m: _Maker, names: list[str]) -> None:
    for year, month in MONTHS:
        for n, day in enumerate((8, 22)):
            m.add("online_meeting", "photo" if n else "link", kind="conference", date=D(year, month, day),
                  start_time=dt.time(9, 30), joined_time=dt.time(9, 25 + 4 * n + (month % 3)),
                  topic="ประชุมชี้แจงแนวทางการดำเนินงานของกรมการพัฒนาชุมชน", organiser="กรมการพัฒนาชุมชน",
                  participants=4, attendees=tuple(names[:3]), invited_date=D(year, month, day - 5))
            m.add("online_meeting", "link" if month != 12 or n == 0 else None, kind="session_call",
                  date=D(year, month, day + 2), start_time=dt.time(13, 30), joined_time=dt.time(13, 28),
                  topic="Session Call ติดตามงานพัฒนาชุมชน จังหวัดหนองคาย",
                  organiser="สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", participants=3, attendees=tuple(names[1:4]),
                  invited_date=D(year, month, day - 3))
        for n in range(2 if month in (1, 2) else 1 + month % 2):
            m.add("online_meeting", "link", kind="webex_hosted", date=D(year, month, 12 + 7 * n),
                  start_time=dt.time(10, 0), joined_time=dt.time(9, 55), topic="ประชุมติดตามงานผู้นำ อช. ผ่าน WebEx",
                  organiser="สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", participants=25, attendees=tuple(names[:2]))


def _trainings(m: _Maker, names: list[str]) -> None:
    rows = [
        ("security", "F1", (), "training", D(2024, 11, 19), "อบรมการใช้งานอินเทอร์เน็ตอย่างปลอดภัย", ("staff",)),
        ("security", "F2", (), "infographic", D(2025, 1, 14), "อินโฟกราฟิก ระวังภัยมิจฉาชีพออนไลน์", ("staff", "partners")),
        ("security", "F3", (), "visit", D(2025, 2, 11), "ติดตามแก้ไขปัญหาคอมพิวเตอร์ติดไวรัส ณ สำนักงาน", ("staff",)),
        ("security", "F1", (), "meeting", D(2025, 3, 4), "ประชุมทบทวนรหัสผ่านและการสำรองข้อมูล", ("staff",)),
        ("tools", "", ("smart_bmn",), "training", D(2024, 12, 10), "อบรมการใช้ Smart bmn จัดเก็บ จปฐ.", ("partners",)),
        ("tools", "", ("cia",), "exchange", D(2025, 1, 23), "แลกเปลี่ยนเรียนรู้การใช้โปรแกรม CIA", ("staff", "partners")),
        ("tools", "", ("click", "gis"), "manual", D(2025, 2, 25), "คู่มือการใช้ Click ชุมชน และ GIS", ("partners",)),
    ]
    for purpose, fmt, tools, kind, day, title, audience in rows:
        m.add("training_activity", "photo", purpose=purpose, security_format=fmt, tools=tools, kind=kind,
              by_office=True, date=day, title=title, place="ห้องประชุมที่ว่าการอำเภอโพนพิสัย", audience=audience,
              participants=30, participant_names=tuple(names[1:4]))
    m.add("training_activity", None, purpose="tools", tools=("data_centre",), kind="meeting", by_office=False,
          organiser="สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", date=D(2025, 2, 6), title="ประชุมชี้แจงศูนย์ข้อมูลกลาง",
          place="ออนไลน์", audience=("staff",), participant_names=tuple(names[1:3]))
    for year, month in MONTHS[3:]:
        for n, day_of_month in enumerate((9, 24)):
            m.add("training_activity", "photo", purpose="click", kind="training", by_office=True,
                  date=D(year, month, day_of_month), title="ส่งเสริมการใช้แอป Click ชุมชน แก่ผู้ประกอบการ OTOP",
                  place=("ตำบลบ้านผือ", "ตำบลจุมพล")[n], audience=("partners",), participants=20 + n * 5,
                  downloads=18 + n * 4)


def _governance_and_website(m: _Maker) -> None:
    m.add("governance_action", "link", kind="committee", date=D(2024, 11, 5),
          title="แต่งตั้งคณะทำงานขับเคลื่อนการพัฒนาชุมชนดิจิทัล", order_number="45/2567")
    m.add("governance_action", "link", kind="meeting", date=D(2025, 1, 28), title="ประชุมคณะทำงานด้าน IT ครั้งที่ 1/2568")
    for section, day in (("structure", D(2025, 1, 6)), ("announcements", D(2025, 2, 3)),
                         ("services", D(2025, 1, 6)), ("contact", D(2024, 12, 2))):
        m.add("website_update", "link", section=section, date=day, url=f"{LINK}web/{section}")
    for (year, month), count in zip(MONTHS, (8, 11, 12, 10, 14, 9), strict=True):
        m.add("website_news", "link", date=D(year, month, 28), title=f"ข่าวประชาสัมพันธ์ประจำเดือน ({count} ข่าว)",
              url=f"{LINK}news/{year}-{month:02d}", count=count)


def _data_work(m: _Maker) -> None:
    for day, collected in ((D(2025, 1, 15), 3100), (D(2025, 2, 14), 7900), (D(2025, 3, 14), 11700),
                           (D(2025, 3, 28), 12480)):
        m.add("jpt_progress", None, date=day, collected=collected, notes="จากรายงาน Smart bmn")
    for database, day in (("mother_fund", D(2025, 3, 20)), ("community_leaders", D(2025, 3, 12)),
                          ("savings_groups", D(2025, 3, 25))):
        m.add("central_db_update", "link", database=database, date=day, complete=True)
    for year, month in MONTHS:
        m.add("central_db_update", "link", database="otop_sales", date=D(year, month, 27), complete=True,
              amount=150000.0 + 12500 * month)
    steps = ((("1", ""), D(2024, 12, 16)), (("2", ""), D(2025, 1, 20)), (("3", ""), D(2025, 2, 17)),
             (("4", ""), D(2025, 3, 10)), (("5", "pdf"), D(2025, 3, 27)))
    for (step, part), day in steps:
        m.add("model_tambon_step", "link", step=step, part=part, date=day,
              url=f"{LINK}tambon/{step}{part}" if step == "5" else "")


def _click(m: _Maker) -> None:
    m.add("click_action", "link", kind="working_group", date=D(2025, 1, 10),
          title="แต่งตั้งคณะทำงานขับเคลื่อน Click ชุมชน ระดับอำเภอ", order_number="3/2568")
    for (year, month), shops, tourism, downloads in zip(MONTHS[3:], (1, 2, 1), (2, 3, 2), (131, 118, 140), strict=True):
        end = D(year, month, 28)
        m.add("click_figure", None, kind="shop_registrations", date=end, count=shops)
        m.add("click_figure", None, kind="tourism_entries", date=end, count=tourism)
        m.add("click_figure", None, kind="downloads", date=end, count=downloads)
        for n, channels in enumerate((("facebook", "line"), ("facebook", "tiktok", "website"))):
            m.add("click_promotion", "link", date=D(year, month, 5 + 12 * n),
                  title=("แนะนำร้านค้า OTOP บน Shop ชุมชน", "เที่ยวชุมชนกับ CDD พาเที่ยว")[n], channels=channels,
                  url=f"{LINK}promo/{year}{month:02d}{n}")
    for n, position in enumerate(("นายอำเภอโพนพิสัย", "ปลัดอำเภอหัวหน้ากลุ่มงานบริหารงานปกครอง", "ท้องถิ่นอำเภอ",
                                  "สัสดีอำเภอ", "ปลัดอำเภอ (งานทะเบียน)", "เจ้าพนักงานที่ดินอำเภอ",
                                  "ผู้กำกับการสถานีตำรวจภูธร", "สาธารณสุขอำเภอ", "เกษตรอำเภอ", "ปศุสัตว์อำเภอ")):
        m.add("click_head_download", "photo", date=D(2025, 1, 15 + n), position=position)
    for service in ("Shop ชุมชน", "CDD พาเที่ยว"):
        m.add("click_service_check", "link", service=service, date=D(2025, 3, 18), complete=True)
