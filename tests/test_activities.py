"""The activity kinds of ``cddesk/kinds.py`` through the real services on a real SQLite file:
every kind's create/read/edit/list/delete with its evidence, the list status (evidence,
"outside the fiscal year"), remembered values, the Thai messages of every check at the
field they belong to, and the month view's counts.

The office is district 4305 of Nong Khai (the gazetteer names it โพนพิสัย) with fiscal year
2568 in use (1 Oct 2567 – 30 Sep 2568 B.E. = 2024-10-01 .. 2025-09-30). Records are dated
in that past year so nothing depends on the day the tests run, except the checks that are
about "today" (future dates, a new record's date), which compute it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from cddesk import gazetteer
from cddesk.app_services import Services
from cddesk.errors import KnownError, ValidationError
from cddesk.kinds import KIND_BY_KEY, KINDS, Kind
from cddesk.services.activities import KindService, MonthCell
from cddesk.services.office import ProfileData
from cddesk.thaidate import fiscal_year_bounds, fiscal_year_of

KEYS = [k.key for k in KINDS]
DATED_KEYS = [k.key for k in KINDS if k.date_field]
IN_FY = dt.date(2025, 2, 13)  # 13 ก.พ. 2568: inside FY2568
IN_FY2567 = dt.date(2024, 5, 10)  # 10 พ.ค. 2567: FY2567
OFFICE_NAME = "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย"
TAMBONS = [t.name for t in gazetteer.subdistricts("4305")]
EVIDENCE_URL = "https://www.facebook.com/cdd.phonphisai/posts/1024"

# One valid record of every kind, as an officer would fill it in.
VALID: dict[str, dict[str, Any]] = {
    "online_meeting": dict(
        kind="session_call", date=IN_FY, start_time=dt.time(9, 30), joined_time=dt.time(9, 25),
        topic="Session Call ติดตามการจัดเก็บข้อมูล จปฐ. ปี 2568",
        organiser="ศูนย์สารสนเทศเพื่อการพัฒนาชุมชน", participants=3,
        attendees=("นางสาวน้ำฝน ฝั่งโขง", "นายสมชาย ใจดี"), invited_date=dt.date(2025, 2, 10),
        notes="เข้าร่วมผ่านห้องประชุมอำเภอ"),
    "training_activity": dict(
        purpose="security", security_format="F1", kind="training", by_office=True,
        organiser=OFFICE_NAME, date=IN_FY, title="อบรมการใช้คอมพิวเตอร์และอินเทอร์เน็ตอย่างปลอดภัย",
        place="ห้องประชุมที่ว่าการอำเภอโพนพิสัย", audience=("staff", "partners"), participants=25,
        participant_names=("นางสาวน้ำฝน ฝั่งโขง",), downloads=12),
    "governance_action": dict(
        kind="committee", date=IN_FY, title="แต่งตั้งคณะทำงานขับเคลื่อนงานเทคโนโลยีสารสนเทศ",
        order_number="12/2568"),
    "website_update": dict(
        section="structure", date=IN_FY, url="https://phonphisai.nongkhai.cdd.go.th/structure",
        notes="ปรับรูปและชื่อบุคลากรใหม่"),
    "website_news": dict(
        date=IN_FY, title="ข่าวประจำเดือนกุมภาพันธ์ 2568",
        url="https://phonphisai.nongkhai.cdd.go.th/news?month=2568-02", count=8),
    "jpt_progress": dict(date=IN_FY, collected=8450, notes="ตำบลวัดหลวงเก็บครบแล้ว"),
    "central_db_update": dict(database="otop_sales", date=IN_FY, complete=True, amount=1250000.5),
    "model_tambon_step": dict(step="1", date=IN_FY, url=""),
    "click_action": dict(
        kind="working_group", date=IN_FY, title="แต่งตั้งคณะทำงานขับเคลื่อน Click ชุมชน ระดับอำเภอ",
        order_number="นค 0319/125"),
    "click_figure": dict(kind="downloads", date=dt.date(2025, 1, 31), count=57),
    "click_promotion": dict(
        date=IN_FY, title="ประชาสัมพันธ์ Shop ชุมชน ผ้าทอมือบ้านผือ", channels=("facebook", "line"),
        url="https://www.facebook.com/cdd.phonphisai/posts/2048"),
    "click_head_download": dict(date=IN_FY, position="นายอำเภอโพนพิสัย", name="นายวิชัย ศรีสุข"),
    "click_service_check": dict(service="CDD พาเที่ยว", date=IN_FY, complete=True, notes="ปรับเวลาเปิดปิดร้าน"),
    "innovation_report": dict(
        date=IN_FY, name_th="ระบบติดตามหลักฐานงาน IT ด้วยคิวอาร์โค้ด", name_en="QR Evidence Tracker",
        unit=OFFICE_NAME, coordinator="นางสาวน้ำฝน ฝั่งโขง", position="นักวิชาการพัฒนาชุมชนชำนาญการ",
        phone="042-471-234", email="phonphisai@cdd.go.th", line_id="cdd-phonphisai",
        background="เอกสารหลักฐานกระจัดกระจาย ค้นหายาก", item_1_1=True, item_2_2=True),
    "website_check": dict(item="basic.vision", date=IN_FY, url="https://phonphisai.nongkhai.cdd.go.th/about",
                          notes="หน้าวิสัยทัศน์และพันธกิจ"),
    "portfolio_work": dict(staff_name="นางสาวน้ำฝน ฝั่งโขง", category="media", title="คลิปวิดีโอแนะนำผ้าทอบ้านผือ",
                           date=IN_FY, url="https://www.youtube.com/watch?v=cdd2568", notes="ยอดชม 1,200 ครั้ง"),
    "year_plan": dict(
        fiscal_year=2568, jpt_target=9000, jpt_deadline=dt.date(2025, 3, 31), otop_operator_base=140,
        heads_total=18, download_target=50, model_tambon=TAMBONS[1],
        website_url="https://phonphisai.nongkhai.cdd.go.th"),
}

# One edit of every kind: (field, new value).
EDITS: dict[str, tuple[str, Any]] = {
    "online_meeting": ("topic", "Session Call ซักซ้อมการรายงานผลการดำเนินงาน"),
    "training_activity": ("place", "ศาลาประชาคมอำเภอโพนพิสัย"),
    "governance_action": ("order_number", "15/2568"),
    "website_update": ("section", "contact"),
    "website_news": ("count", 11),
    "jpt_progress": ("collected", 8612),
    "central_db_update": ("amount", 1312000.0),
    "model_tambon_step": ("url", "https://phonphisai.nongkhai.cdd.go.th/model-tambon"),
    "click_action": ("title", "ทบทวนคณะทำงานขับเคลื่อน Click ชุมชน"),
    "click_figure": ("count", 61),
    "click_promotion": ("channels", ("facebook", "tiktok", "youtube")),
    "click_head_download": ("name", "นายวิชัย ศรีสุขสวัสดิ์"),
    "click_service_check": ("complete", False),
    "innovation_report": ("email", "cdd.phonphisai@gmail.com"),
    "website_check": ("url", "https://phonphisai.nongkhai.cdd.go.th/vision"),
    "portfolio_work": ("title", "คลิปวิดีโอแนะนำผ้าทอบ้านผือ (ตัดต่อใหม่)"),
    "year_plan": ("model_tambon", TAMBONS[2]),
}


@pytest.fixture
def services(data_paths):  # type: ignore[no-untyped-def]
    s = Services.open(data_paths)
    s.office.save_profile(ProfileData(province_code="43", district_code="4305", head_name="นายสมชาย ใจดี",
                                      fiscal_year=2568))
    yield s
    s.close()


def filled(service: KindService, **changes: Any) -> Any:
    """A new record of the service's kind (from ``new()``) with the valid values filled in."""
    data = service.new()
    for name, value in {**VALID[service.kind.key], **changes}.items():
        setattr(data, name, value)
    return data


def refused(service: KindService, data: Any) -> dict[str, str]:
    """Save ``data``, expect it refused, check nothing was stored; the messages by field."""
    before = [r.id for r in service.rows()]
    with pytest.raises(ValidationError) as err:
        service.save(data)
    assert [r.id for r in service.rows()] == before, "a refused record must not be stored"
    return err.value.fields


def test_valid_records_cover_every_kind_and_required_field() -> None:
    assert set(VALID) == set(KIND_BY_KEY) == set(EDITS)
    for kind in KINDS:
        names = {f.name for f in kind.fields}
        assert set(VALID[kind.key]) <= names, kind.key
        assert EDITS[kind.key][0] in names
        missing = [f.name for f in kind.fields if f.required and f.name not in VALID[kind.key]]
        assert missing == [], f"{kind.key}: fill every required field ({missing})"


# --- every kind: create, read, edit, list, delete ---------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_every_kind_lifecycle(services, key: str) -> None:  # type: ignore[no-untyped-def]
    kind: Kind = KIND_BY_KEY[key]
    service = services.kinds[key]
    assert service.rows() == []

    saved = service.save(filled(service))
    assert saved.id is not None
    stored = service.get(saved.id)
    for name, value in VALID[key].items():
        assert getattr(stored, name) == value, name
    assert kind.describe(stored)  # what the evidence "used by" list calls it

    field, value = EDITS[key]
    assert getattr(stored, field) != value
    setattr(stored, field, value)
    assert service.save(stored).id == saved.id  # an edit, not a second record
    edited = service.get(saved.id)
    assert getattr(edited, field) == value
    for name, old in VALID[key].items():
        if name != field:
            assert getattr(edited, name) == old, f"{name} changed by editing {field}"

    (row,) = service.rows()
    assert row.id == saved.id and row.data == edited
    assert row.evidence_count == 0
    assert row.missing_evidence is kind.needs_evidence
    assert row.outside == ""
    if kind.date_field:
        when = kind.date_of(edited)
        assert row.date == when
        assert [r.id for r in service.rows(when, when)] == [saved.id]
        assert [r.id for r in service.rows(*fiscal_year_bounds(2568))] == [saved.id]
        assert [r.id for r in service.rows(when + dt.timedelta(days=1), None)] == []
        assert [r.id for r in service.rows(None, when - dt.timedelta(days=1))] == []
        assert [r.id for r in service.rows(*fiscal_year_bounds(2567))] == []
    else:  # a year plan has no date: a period never hides it
        assert row.date is None
        assert [r.id for r in service.rows(*fiscal_year_bounds(2567))] == [saved.id]

    # A second record with evidence of its own, which deleting the first must leave alone.
    other = service.save(filled(service, fiscal_year=2569, jpt_deadline=None)
                         if key == "year_plan" else filled(service))
    services.evidence.add_link(key, saved.id, EVIDENCE_URL, caption="ภาพกิจกรรม")
    services.evidence.add_link(key, saved.id, EVIDENCE_URL + "?photo=2")
    services.evidence.add_link(key, other.id, EVIDENCE_URL + "?other=1")
    rows = {r.id: r for r in service.rows()}
    assert (rows[saved.id].evidence_count, rows[other.id].evidence_count) == (2, 1)
    assert not rows[saved.id].missing_evidence

    service.delete(saved.id)
    assert [r.id for r in service.rows()] == [other.id]
    with pytest.raises(KnownError):
        service.get(saved.id)
    assert services.evidence.list_for(key, saved.id) == []
    assert len(services.evidence.list_for(key, other.id)) == 1
    service.delete(saved.id)  # deleting again is harmless


def test_evidence_is_needed_except_for_system_figures_and_plans() -> None:
    assert {k.key for k in KINDS if not k.needs_evidence} == {"jpt_progress", "click_figure", "year_plan"}


@pytest.mark.parametrize("key", KEYS)
def test_missing_evidence_only_where_evidence_is_needed(services, key: str) -> None:  # type: ignore[no-untyped-def]
    service = services.kinds[key]
    bare = service.save(filled(service))
    proven = service.save(filled(service, fiscal_year=2569, jpt_deadline=None)
                          if key == "year_plan" else filled(service))
    services.evidence.add_link(key, proven.id, EVIDENCE_URL)
    # Evidence of another kind with the same id is not this record's evidence.
    other_key = "governance_action" if key != "governance_action" else "online_meeting"
    services.evidence.add_link(other_key, bare.id, EVIDENCE_URL)
    rows = {r.id: r for r in service.rows()}
    assert rows[bare.id].evidence_count == 0 and rows[proven.id].evidence_count == 1
    assert rows[bare.id].missing_evidence is KIND_BY_KEY[key].needs_evidence
    assert rows[proven.id].missing_evidence is False


@pytest.mark.parametrize("key", DATED_KEYS)
def test_outside_the_fiscal_year_in_use(services, key: str) -> None:  # type: ignore[no-untyped-def]
    service = services.kinds[key]
    kind = KIND_BY_KEY[key]
    date_field = kind.date_field or ""
    old = service.save(filled(service, **{date_field: IN_FY2567}, invited_date=None)
                       if key == "online_meeting" else filled(service, **{date_field: IN_FY2567}))
    current = service.save(filled(service))
    rows = {r.id: r for r in service.rows()}
    assert rows[old.id].outside == "นอกปีงบประมาณ 2568"
    assert rows[current.id].outside == ""
    assert [r.id for r in service.rows()] == [old.id, current.id]  # shown, never dropped; by date


def test_fiscal_year_edges_and_year_in_use(services) -> None:  # type: ignore[no-untyped-def]
    service = services.kinds["governance_action"]
    days = [dt.date(2024, 9, 30), dt.date(2024, 10, 1), dt.date(2025, 9, 30), dt.date(2025, 10, 1)]
    for day in days:
        service.save(filled(service, date=day))
    assert [(r.date, r.outside) for r in service.rows()] == [
        (days[0], "นอกปีงบประมาณ 2568"), (days[1], ""), (days[2], ""), (days[3], "นอกปีงบประมาณ 2568")]
    profile = services.office.profile()
    services.office.save_profile(dataclasses.replace(profile, fiscal_year=2567, survey_deadline=None))
    assert [r.outside for r in service.rows()] == ["", "นอกปีงบประมาณ 2567", "นอกปีงบประมาณ 2567",
                                                   "นอกปีงบประมาณ 2567"]


def test_rows_sorted_by_date_then_entry(services) -> None:  # type: ignore[no-untyped-def]
    service = services.kinds["website_news"]
    late = service.save(filled(service, date=dt.date(2025, 3, 1)))
    early = service.save(filled(service, date=dt.date(2024, 11, 1)))
    same_day = service.save(filled(service, date=dt.date(2025, 3, 1), title="ข่าวอีกเรื่องวันเดียวกัน"))
    assert [r.id for r in service.rows()] == [early.id, late.id, same_day.id]
    assert [r.id for r in service.rows(dt.date(2025, 3, 1), dt.date(2025, 3, 31))] == [late.id, same_day.id]


# --- new records: today and the values last used -------------------------------------------


@pytest.mark.parametrize("key", DATED_KEYS)
def test_new_record_is_dated_today(services, key: str) -> None:  # type: ignore[no-untyped-def]
    kind = KIND_BY_KEY[key]
    assert kind.date_of(services.kinds[key].new()) == dt.date.today()


def test_new_starts_with_remembered_values(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fresh = meetings.new()
    assert (fresh.kind, fresh.start_time, fresh.organiser) == ("session_call", None, "")
    assert fresh.id is None and fresh.date == dt.date.today()
    meetings.save(filled(meetings, kind="conference", start_time=dt.time(9, 30),
                         organiser="กองสารสนเทศเพื่อการพัฒนาชุมชน"))
    again = meetings.new()
    assert again.kind == "conference"
    assert again.start_time == dt.time(9, 30)
    assert again.organiser == "กองสารสนเทศเพื่อการพัฒนาชุมชน"
    assert again.date == dt.date.today()
    assert (again.id, again.topic, again.joined_time, again.attendees) == (None, "", None, ())  # not remembered

    # A refused record is not remembered.
    with pytest.raises(ValidationError):
        meetings.save(filled(meetings, kind="webex_hosted", start_time=dt.time(13, 0), topic=""))
    assert (meetings.new().kind, meetings.new().start_time) == ("conference", dt.time(9, 30))

    # Lists are remembered too, per kind; other kinds start from their own defaults.
    promotions = services.kinds["click_promotion"]
    assert promotions.new().channels == ()
    promotions.save(filled(promotions, channels=("line", "tiktok")))
    assert promotions.new().channels == ("line", "tiktok")
    assert services.kinds["click_figure"].new().kind == "shop_registrations"


def test_new_defaults(services) -> None:  # type: ignore[no-untyped-def]
    kinds = services.kinds
    assert kinds["training_activity"].new().by_office is True
    assert kinds["central_db_update"].new().complete is True
    assert kinds["click_service_check"].new().complete is True
    assert kinds["website_news"].new().count == 1
    plan = kinds["year_plan"].new()
    assert plan.fiscal_year == 2568 and plan.id is None  # the profile's year


# --- the checks, each message at its field ----------------------------------------------------


def test_future_date_refused(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    fields = refused(meetings, filled(meetings, date=tomorrow, invited_date=None))
    assert set(fields) == {"date"}
    assert "วันที่" in fields["date"] and "อนาคต" in fields["date"]
    fields = refused(meetings, filled(meetings, invited_date=tomorrow, date=IN_FY))
    assert "อนาคต" in fields["invited_date"] and "วันที่ได้รับหนังสือเชิญ" in fields["invited_date"]
    assert meetings.save(filled(meetings, date=dt.date.today(), invited_date=None)).id  # today is fine


@pytest.mark.parametrize("key", DATED_KEYS)
def test_every_kind_refuses_future_and_pre_department_dates(services, key: str) -> None:  # type: ignore[no-untyped-def]
    service = services.kinds[key]
    name = KIND_BY_KEY[key].date_field or ""
    extra = {"invited_date": None} if key == "online_meeting" else {}
    future = refused(service, filled(service, **{name: dt.date.today() + dt.timedelta(days=3)}, **extra))
    assert "อนาคต" in future[name]
    old = refused(service, filled(service, **{name: dt.date(1482, 2, 13)}, **extra))
    assert "2505" in old[name]


def test_date_before_the_department_refused(services) -> None:  # type: ignore[no-untyped-def]
    """2025 typed as a B.E. year is 1482 C.E., centuries before the Department (2505 B.E.)."""
    news = services.kinds["website_news"]
    fields = refused(news, filled(news, date=dt.date(2025 - 543, 2, 13)))
    assert set(fields) == {"date"}
    assert "เก่ากว่าที่กรมการพัฒนาชุมชนก่อตั้ง" in fields["date"] and "พ.ศ. 2505" in fields["date"]
    assert news.save(filled(news, date=dt.date(1962, 1, 1))).id  # the founding year itself is fine


def test_negative_numbers_refused(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fields = refused(meetings, filled(meetings, participants=-3, attendees=()))
    assert set(fields) == {"participants"}
    assert "จำนวนผู้เข้าร่วม" in fields["participants"] and "ติดลบ" in fields["participants"]
    central = services.kinds["central_db_update"]
    assert "ติดลบ" in refused(central, filled(central, amount=-500.0))["amount"]
    figures = services.kinds["click_figure"]
    assert "ติดลบ" in refused(figures, filled(figures, count=-1))["count"]


def test_participants_fewer_than_names_refused(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fields = refused(meetings, filled(meetings, participants=1))
    assert "น้อยกว่ารายชื่อที่เลือก (2 คน)" in fields["participants"]
    training = services.kinds["training_activity"]
    saved = training.save(filled(training, participants=None,
                                 participant_names=("นางสาวน้ำฝน ฝั่งโขง", "นายสมชาย ใจดี")))
    assert saved.participants == 2  # counted from the names when left blank


def test_jpt_collected_above_target_refused(services) -> None:  # type: ignore[no-untyped-def]
    plans = services.kinds["year_plan"]
    plans.save(filled(plans, jpt_target=9000))
    jpt = services.kinds["jpt_progress"]
    fields = refused(jpt, filled(jpt, collected=9500))
    assert set(fields) == {"collected"}
    message = fields["collected"]
    assert "9,500" in message and "มากกว่าเป้าหมาย 9,000" in message and "2568" in message
    assert jpt.save(filled(jpt, collected=9000)).collected == 9000  # reaching the target is fine
    # FY2567 has no plan: nothing to compare with.
    assert jpt.save(filled(jpt, date=IN_FY2567, collected=9500)).id
    # The target of the record's own fiscal year counts, not the year in use.
    plans.save(filled(plans, fiscal_year=2567, jpt_target=9400, jpt_deadline=dt.date(2024, 3, 31)))
    assert "9,400" in refused(jpt, filled(jpt, date=IN_FY2567, collected=9401))["collected"]


def test_meeting_before_invitation_refused(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fields = refused(meetings, filled(meetings, date=dt.date(2025, 2, 10), invited_date=dt.date(2025, 2, 13)))
    assert set(fields) == {"date"}
    assert "ก่อนวันที่ได้รับหนังสือเชิญ" in fields["date"]
    assert "๑๐ ก.พ. ๒๕๖๘" in fields["date"] and "๑๓ ก.พ. ๒๕๖๘" in fields["date"]
    same_day = meetings.save(filled(meetings, date=IN_FY, invited_date=IN_FY))
    assert same_day.id


def test_joined_time_needs_start_time(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fields = refused(meetings, filled(meetings, start_time=None, joined_time=dt.time(9, 0)))
    assert set(fields) == {"start_time"} and "เวลาเริ่มประชุม" in fields["start_time"]


def test_bad_url_refused(services) -> None:  # type: ignore[no-untyped-def]
    news = services.kinds["website_news"]
    fields = refused(news, filled(news, url="not a url"))
    assert set(fields) == {"url"}
    assert "«not a url»" in fields["url"] and "http://" in fields["url"]
    assert news.save(filled(news, url="")).url == ""  # a link is optional
    assert "count" in refused(news, filled(news, count=0))


def test_innovation_report_required_fields_each_reported(services) -> None:  # type: ignore[no-untyped-def]
    reports = services.kinds["innovation_report"]
    required = [f for f in KIND_BY_KEY["innovation_report"].fields if f.required and f.type == "text"]
    assert {f.name for f in required} >= {"name_th", "unit", "coordinator", "position", "phone", "email",
                                         "line_id"}
    fields = refused(reports, filled(reports, **{f.name: "   " for f in required}))
    assert set(fields) == {f.name for f in required}
    for f in required:
        assert fields[f.name] == f"ระบุ{f.label}", f.name
    assert fields["coordinator"] == "ระบุผู้ประสานงาน"
    assert fields["line_id"] == "ระบุLINE ID"


def test_innovation_report_email_checked(services) -> None:  # type: ignore[no-untyped-def]
    reports = services.kinds["innovation_report"]
    fields = refused(reports, filled(reports, email="phonphisai@cdd"))
    assert set(fields) == {"email"}
    assert "อีเมล «phonphisai@cdd» ไม่ถูกต้อง" in fields["email"]
    saved = reports.save(filled(reports, email="  phonphisai@cdd.go.th "))
    assert saved.email == "phonphisai@cdd.go.th"


def test_training_security_needs_format(services) -> None:  # type: ignore[no-untyped-def]
    training = services.kinds["training_activity"]
    fields = refused(training, filled(training, purpose="security", security_format=""))
    assert set(fields) == {"security_format"} and "F1, F2 หรือ F3" in fields["security_format"]
    # Another purpose drops a format that does not apply.
    saved = training.save(filled(training, purpose="click", security_format="F2"))
    assert saved.security_format == "" and training.get(saved.id).security_format == ""


def test_training_tools_needs_tools(services) -> None:  # type: ignore[no-untyped-def]
    training = services.kinds["training_activity"]
    fields = refused(training, filled(training, purpose="tools", security_format="", tools=()))
    assert set(fields) == {"tools"} and "อย่างน้อย 1 รายการ" in fields["tools"]
    saved = training.save(filled(training, purpose="tools", security_format="", tools=("smart_bmn", "cia")))
    assert training.get(saved.id).tools == ("smart_bmn", "cia")


def test_training_by_others_needs_organiser(services) -> None:  # type: ignore[no-untyped-def]
    training = services.kinds["training_activity"]
    fields = refused(training, filled(training, by_office=False, organiser=""))
    assert set(fields) == {"organiser"} and "หน่วยงานที่จัด" in fields["organiser"]
    own = training.save(filled(training, by_office=True, organiser=""))
    assert own.organiser == OFFICE_NAME  # the office itself, from the profile


def test_click_promotion_needs_channels(services) -> None:  # type: ignore[no-untyped-def]
    promotions = services.kinds["click_promotion"]
    fields = refused(promotions, filled(promotions, channels=()))
    assert set(fields) == {"channels"}
    # The generic "required" message comes first (the kind's own wording is never reached).
    assert "ช่องทาง" in fields["channels"] and "อย่างน้อย 1" in fields["channels"]
    assert "2 ช่องทางขึ้นไป" in fields["channels"]  # says what the rubric counts
    assert promotions.save(filled(promotions, channels=("website",))).channels == ("website",)


def test_model_tambon_step_five_needs_part_and_link(services) -> None:  # type: ignore[no-untyped-def]
    steps = services.kinds["model_tambon_step"]
    fields = refused(steps, filled(steps, step="5", part="", url=""))
    assert set(fields) == {"part", "url"}
    assert "PDF หรือวิดีโอ" in fields["part"] and "ลิงก์" in fields["url"]
    published = steps.save(filled(steps, step="5", part="video",
                                  url="https://www.youtube.com/watch?v=cddphonphisai"))
    assert steps.get(published.id).part == "video"
    earlier = steps.save(filled(steps, step="3", part="pdf"))
    assert earlier.part == ""  # only step 5 has parts


def test_choice_not_in_the_list_refused(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    fields = refused(meetings, filled(meetings, kind="zoom"))
    assert set(fields) == {"kind"} and "«zoom» ไม่ใช่ประเภทที่มีในรายการ" in fields["kind"]
    promotions = services.kinds["click_promotion"]
    fields = refused(promotions, filled(promotions, channels=("facebook", "instagram")))
    assert set(fields) == {"channels"} and "«instagram»" in fields["channels"]
    training = services.kinds["training_activity"]
    assert "«F4»" in refused(training, filled(training, security_format="F4"))["security_format"]
    figures = services.kinds["click_figure"]
    assert "เลือกตัวเลขจากรายการ" == refused(figures, filled(figures, kind=""))["kind"]


def test_year_plan_one_per_fiscal_year(services) -> None:  # type: ignore[no-untyped-def]
    plans = services.kinds["year_plan"]
    first = plans.save(filled(plans))
    fields = refused(plans, filled(plans, jpt_target=9100))
    assert set(fields) == {"fiscal_year"}
    assert "มีค่าเป้าหมายของปีงบประมาณ 2568 อยู่แล้ว" in fields["fiscal_year"]
    mine = plans.get(first.id)
    mine.jpt_target = 9100
    assert plans.save(mine).jpt_target == 9100  # editing the plan itself is fine
    assert "ปี พ.ศ." in refused(plans, filled(plans, fiscal_year=2025))["fiscal_year"]


def test_year_plan_deadline_inside_its_year(services) -> None:  # type: ignore[no-untyped-def]
    plans = services.kinds["year_plan"]
    fields = refused(plans, filled(plans, jpt_deadline=dt.date(2025, 10, 15)))
    assert set(fields) == {"jpt_deadline"} and "ต้องอยู่ในปีงบประมาณ 2568" in fields["jpt_deadline"]


def test_year_plan_model_tambon_in_the_district(services) -> None:  # type: ignore[no-untyped-def]
    plans = services.kinds["year_plan"]
    assert "ท่าบ่อ" not in TAMBONS  # a tambon of the neighbouring district (4302)
    fields = refused(plans, filled(plans, model_tambon="ท่าบ่อ"))
    assert set(fields) == {"model_tambon"} and "ไม่พบตำบล «ท่าบ่อ»" in fields["model_tambon"]
    for name in (TAMBONS[0], TAMBONS[-1]):
        saved = plans.save(filled(plans, model_tambon=name))
        assert plans.get(saved.id).model_tambon == name
        plans.delete(saved.id)


def test_check_validates_without_saving(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    with pytest.raises(ValidationError) as err:
        meetings.check(filled(meetings, topic=""))
    assert err.value.fields == {"topic": "ระบุเรื่อง/หัวข้อ"}
    assert meetings.check(filled(meetings)).topic == VALID["online_meeting"]["topic"]
    assert meetings.rows() == []


def test_year_plan_deadline_may_lie_ahead(services) -> None:  # type: ignore[no-untyped-def]
    plans = services.kinds["year_plan"]
    fy = fiscal_year_of(dt.date.today() + dt.timedelta(days=1))
    deadline = fiscal_year_bounds(fy)[1]  # the end of the year in progress: always ahead
    assert deadline > dt.date.today()
    saved = plans.save(filled(plans, fiscal_year=fy, jpt_deadline=deadline))
    assert plans.get(saved.id).jpt_deadline == deadline
    # Only a deadline may lie ahead: what was done cannot have happened tomorrow.
    meetings = services.kinds["online_meeting"]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert "อนาคต" in refused(meetings, filled(meetings, date=IN_FY, invited_date=tomorrow))["invited_date"]


# --- the month view ---------------------------------------------------------------------------


def test_month_cells_count_per_kind_and_month(services) -> None:  # type: ignore[no-untyped-def]
    meetings = services.kinds["online_meeting"]
    training = services.kinds["training_activity"]
    jpt = services.kinds["jpt_progress"]
    plans = services.kinds["year_plan"]

    def meeting(day: dt.date) -> Any:
        return meetings.save(filled(meetings, date=day, invited_date=None))

    bare = meeting(dt.date(2024, 10, 3))  # id 1
    proven = meeting(dt.date(2024, 10, 31))
    meeting(dt.date(2025, 3, 15))
    meeting(dt.date(2024, 9, 30))  # FY2567
    meeting(dt.date(2025, 10, 1))  # FY2569
    services.evidence.add_link("online_meeting", proven.id, EVIDENCE_URL)
    trained = training.save(filled(training, date=dt.date(2025, 9, 30)))
    assert trained.id == bare.id  # same id, other kind: its evidence is not the meeting's
    services.evidence.add_link("training_activity", trained.id, EVIDENCE_URL)
    jpt.save(filled(jpt, date=dt.date(2025, 1, 31)))
    jpt.save(filled(jpt, date=dt.date(2025, 1, 15)))
    plans.save(filled(plans))  # no date: never in a month

    cells = {(c.kind, c.year, c.month): (c.count, c.without_evidence) for c in services.overview.month_cells(2568)}
    assert cells == {
        ("online_meeting", 2024, 10): (2, 1),
        ("online_meeting", 2025, 3): (1, 1),
        ("training_activity", 2025, 9): (1, 0),
        ("jpt_progress", 2025, 1): (2, 0),  # figures need no evidence
    }
    assert services.overview.month_cells(2567) == [MonthCell("online_meeting", 2024, 9, 1, 1)]
    assert services.overview.month_cells(2569) == [MonthCell("online_meeting", 2025, 10, 1, 1)]

    services.evidence.add_link("online_meeting", bare.id, EVIDENCE_URL)
    services.evidence.add_link("online_meeting", bare.id, EVIDENCE_URL + "?2")  # two links, one record
    cells = {(c.kind, c.year, c.month): (c.count, c.without_evidence) for c in services.overview.month_cells(2568)}
    assert cells[("online_meeting", 2024, 10)] == (2, 0)
    meetings.delete(proven.id)
    cells = {(c.kind, c.year, c.month): (c.count, c.without_evidence) for c in services.overview.month_cells(2568)}
    assert cells[("online_meeting", 2024, 10)] == (1, 0)


def test_month_cells_every_dated_kind(services) -> None:  # type: ignore[no-untyped-def]
    for key in DATED_KEYS:
        service = services.kinds[key]
        service.save(filled(service))
    cells = services.overview.month_cells(2568)
    expected = {(key, KIND_BY_KEY[key].date_of(filled(services.kinds[key]))) for key in DATED_KEYS}
    assert {(c.kind, dt.date(c.year, c.month, 1)) for c in cells} == {
        (key, day.replace(day=1)) for key, day in expected}
    for c in cells:
        assert c.count == 1
        assert c.without_evidence == int(KIND_BY_KEY[c.kind].needs_evidence), c.kind
