"""The activity pages as an officer uses them, offscreen with pytest-qt on a real database:
one dialog per kind filled through its editors (Thai typed as an input method commits it),
messages shown at the field, the missing-evidence and period filters, and the month view
that opens a kind's list filtered to the month clicked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPlainTextEdit

from cddesk import gazetteer
from cddesk.app_services import Services
from cddesk.kinds import GROUP_CLICK, GROUP_MEETINGS, KIND_BY_KEY, KINDS
from cddesk.services.office import ProfileData
from cddesk.services.staff import StaffData
from tests.ui_helpers import type_text, when_modal
from ui.app import create_application
from ui.main_window import MainWindow
from ui.pages.activities import MISSING, ActivityListPage
from ui.record_dialog import RecordDialog
from ui.widgets.fields import ChoiceCombo, MultiChoice, ThaiDateEdit

IN_FY = dt.date(2025, 2, 13)
STAFF = "นางสาวน้ำฝน ฝั่งโขง"
OFFICE_NAME = "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย"
TAMBONS = [t.name for t in gazetteer.subdistricts("4305")]
LINK = "https://www.facebook.com/cdd.phonphisai/posts/77"

# Per kind: what the officer enters (text as typed, tokens for lists and check boxes), and
# what the service must then hold.
UI: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "online_meeting": (
        {"kind": "conference", "date": "13/2/2568", "start_time": "9.30", "joined_time": "๐๙.๒๕ น.",
         "topic": "ประชุมชี้แจงแนวทางการขับเคลื่อนตำบลต้นแบบสารสนเทศ", "organiser": "กรมการพัฒนาชุมชน",
         "participants": "๓", "attendees": (STAFF,), "invited_date": "10 ก.พ. 68"},
        {"kind": "conference", "date": IN_FY, "start_time": dt.time(9, 30), "joined_time": dt.time(9, 25),
         "topic": "ประชุมชี้แจงแนวทางการขับเคลื่อนตำบลต้นแบบสารสนเทศ", "organiser": "กรมการพัฒนาชุมชน",
         "participants": 3, "attendees": (STAFF,), "invited_date": dt.date(2025, 2, 10)}),
    "training_activity": (
        {"purpose": "tools", "tools": ("click", "gis"), "kind": "video", "by_office": False,
         "organiser": "สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", "date": "13/2/2568",
         "title": "วิดีโอแนะนำการใช้แอป Click ชุมชน", "audience": ("partners",), "participants": "40",
         "participant_names": (STAFF,)},
        {"purpose": "tools", "security_format": "", "tools": ("click", "gis"), "kind": "video",
         "by_office": False, "organiser": "สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", "date": IN_FY,
         "title": "วิดีโอแนะนำการใช้แอป Click ชุมชน", "audience": ("partners",), "participants": 40,
         "participant_names": (STAFF,)}),
    "governance_action": (
        {"kind": "duties", "date": "13/2/2568", "title": "มอบหมายผู้รับผิดชอบงานเทคโนโลยีสารสนเทศ",
         "order_number": "12/2568", "notes": "คำสั่งสำนักงานพัฒนาชุมชนอำเภอ"},
        {"kind": "duties", "date": IN_FY, "title": "มอบหมายผู้รับผิดชอบงานเทคโนโลยีสารสนเทศ",
         "order_number": "12/2568", "notes": "คำสั่งสำนักงานพัฒนาชุมชนอำเภอ"}),
    "website_update": (
        {"section": "services", "date": "13/2/2568", "url": "https://phonphisai.nongkhai.cdd.go.th/services"},
        {"section": "services", "date": IN_FY, "url": "https://phonphisai.nongkhai.cdd.go.th/services"}),
    "website_news": (
        {"date": "13/2/2568", "title": "ข่าวประจำเดือนกุมภาพันธ์ 2568", "count": "8",
         "url": "https://phonphisai.nongkhai.cdd.go.th/news"},
        {"date": IN_FY, "title": "ข่าวประจำเดือนกุมภาพันธ์ 2568", "count": 8,
         "url": "https://phonphisai.nongkhai.cdd.go.th/news"}),
    "jpt_progress": (
        {"date": "31/1/2568", "collected": "8,450"},
        {"date": dt.date(2025, 1, 31), "collected": 8450}),
    "central_db_update": (
        {"database": "savings_groups", "date": "13/2/2568", "complete": False},
        {"database": "savings_groups", "date": IN_FY, "complete": False, "amount": None}),
    "model_tambon_step": (
        {"step": "5", "part": "pdf", "date": "13/2/2568", "url": "https://phonphisai.nongkhai.cdd.go.th/lesson.pdf"},
        {"step": "5", "part": "pdf", "date": IN_FY, "url": "https://phonphisai.nongkhai.cdd.go.th/lesson.pdf"}),
    "click_action": (
        {"kind": "summary_report", "date": "13/2/2568", "title": "รายงานผลการขับเคลื่อน Click ชุมชนต่อนายอำเภอ",
         "order_number": "นค 0319/88"},
        {"kind": "summary_report", "date": IN_FY, "title": "รายงานผลการขับเคลื่อน Click ชุมชนต่อนายอำเภอ",
         "order_number": "นค 0319/88"}),
    "click_figure": (
        {"kind": "shop_registrations", "date": "31/1/2568", "count": "12"},
        {"kind": "shop_registrations", "date": dt.date(2025, 1, 31), "count": 12}),
    "click_promotion": (
        {"date": "13/2/2568", "title": "ประชาสัมพันธ์ CDD พาเที่ยว ตลาดริมโขง", "channels": ("facebook", "youtube")},
        {"date": IN_FY, "title": "ประชาสัมพันธ์ CDD พาเที่ยว ตลาดริมโขง", "channels": ("facebook", "youtube")}),
    "click_head_download": (
        {"date": "13/2/2568", "position": "ปลัดอำเภอโพนพิสัย", "name": "นายประเสริฐ มั่นคง"},
        {"date": IN_FY, "position": "ปลัดอำเภอโพนพิสัย", "name": "นายประเสริฐ มั่นคง"}),
    "click_service_check": (
        {"service": "Shop ชุมชน", "date": "13/2/2568"},
        {"service": "Shop ชุมชน", "date": IN_FY, "complete": True}),
    "innovation_report": (
        {"date": "13/2/2568", "name_th": "สมุดหลักฐานดิจิทัลของสำนักงาน", "unit": OFFICE_NAME,
         "coordinator": STAFF, "position": "นักวิชาการพัฒนาชุมชนชำนาญการ", "phone": "042-471-234",
         "email": "phonphisai@cdd.go.th", "line_id": "cdd-phonphisai",
         "background": "ค้นหลักฐานตอนประเมินไม่พบ", "item_1_2": True},
        {"date": IN_FY, "name_th": "สมุดหลักฐานดิจิทัลของสำนักงาน", "unit": OFFICE_NAME, "coordinator": STAFF,
         "position": "นักวิชาการพัฒนาชุมชนชำนาญการ", "phone": "042-471-234", "email": "phonphisai@cdd.go.th",
         "line_id": "cdd-phonphisai", "background": "ค้นหลักฐานตอนประเมินไม่พบ", "item_1_2": True,
         "item_1_1": False}),
    "website_check": ({"item": "links.province", "date": "13/2/2568", "url": "https://phonphisai.nongkhai.cdd.go.th/links"},
                      {"item": "links.province", "date": IN_FY, "url": "https://phonphisai.nongkhai.cdd.go.th/links"}),
    "portfolio_work": ({"staff_name": STAFF, "category": "social", "title": "เพจ Facebook สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย",
                        "date": "13/2/2568", "url": "https://www.facebook.com/cdd.phonphisai"},
                       {"staff_name": STAFF, "category": "social", "title": "เพจ Facebook สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย",
                        "date": IN_FY, "url": "https://www.facebook.com/cdd.phonphisai"}),
    "year_plan": (
        {"jpt_target": "9000", "jpt_deadline": "31/3/2568", "model_tambon": TAMBONS[3],
         "website_url": "https://phonphisai.nongkhai.cdd.go.th"},
        {"fiscal_year": 2568, "jpt_target": 9000, "jpt_deadline": dt.date(2025, 3, 31),
         "model_tambon": TAMBONS[3], "website_url": "https://phonphisai.nongkhai.cdd.go.th"}),
}


@pytest.fixture
def office(qapp, data_paths):  # type: ignore[no-untyped-def]
    create_application()
    s = Services.open(data_paths)
    s.office.save_profile(ProfileData(province_code="43", district_code="4305", head_name="นายสมชาย ใจดี",
                                      fiscal_year=2568))
    s.staff.save(StaffData(name=STAFF))
    yield s
    s.close()


def list_page(qtbot, services: Services, key: str) -> ActivityListPage:  # type: ignore[no-untyped-def]
    page = ActivityListPage(KIND_BY_KEY[key], services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def enter(form: Any, values: dict[str, Any]) -> None:
    """Fill the dialog's editors as an officer would: type text, pick choices, tick boxes."""
    for name, value in values.items():
        editor = form.editors[name]
        if isinstance(editor, ThaiDateEdit):
            type_text(editor.edit, value)
        elif isinstance(editor, (ChoiceCombo, MultiChoice)):
            editor.set_value(value)
            assert editor.value() == value, f"{name}: {value!r} is not a choice"
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.clear()
            type_text(editor, value)
        else:
            type_text(editor, value)


def shown_errors(dialog: RecordDialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.form.errors.items() if label.isVisible()}


def save_button(dialog: RecordDialog):  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def column(page: ActivityListPage, header: str) -> int:
    return [c.header for c in page.model.columns].index(header)


def ids(page: ActivityListPage) -> list[int]:
    return sorted(r.id for r in page.model.shown_rows())


def meeting(services: Services, day: dt.date, topic: str = "Session Call ติดตามงาน จปฐ.", **changes: Any) -> Any:
    service = services.kinds["online_meeting"]
    data = service.new()
    data.date, data.topic, data.kind = day, topic, "session_call"  # not the remembered type
    for name, value in changes.items():
        setattr(data, name, value)
    return service.save(data)


# --- one dialog per kind -----------------------------------------------------------------------


@pytest.mark.parametrize("key", [k.key for k in KINDS])
def test_add_each_kind_through_its_dialog(qtbot, office, key: str) -> None:  # type: ignore[no-untyped-def]
    kind = KIND_BY_KEY[key]
    page = list_page(qtbot, office, key)
    assert page.model.shown_rows() == []
    typed, expected = UI[key]
    seen: dict[str, Any] = {}

    def fill(dialog: RecordDialog) -> None:
        seen["title"] = dialog.windowTitle()
        enter(dialog.form, typed)
        save_button(dialog).click()
        if dialog.isVisible():  # refused: note why, and close so the test cannot hang
            seen["errors"] = shown_errors(dialog)
            seen["banner"] = dialog.banner.text()
            dialog.reject()

    when_modal(fill)
    saved = page.add_record()
    assert "errors" not in seen, (seen.get("errors"), seen.get("banner"))
    assert seen["title"] == f"เพิ่ม{kind.label}"

    (row,) = office.kinds[key].rows()
    assert saved is not None and saved.id == row.id
    stored = office.kinds[key].get(row.id)
    for name, value in expected.items():
        assert getattr(stored, name) == value, name
    assert [r.id for r in page.model.shown_rows()] == [row.id]  # in the list (fiscal year 2568 shown)
    assert page.selected_row().id == row.id
    if kind.filter_field:  # the choice is shown by its Thai name
        f = kind.field(kind.filter_field)
        text = page.model.index(0, column(page, f.label)).data()
        assert text == f.choice_label(expected[f.name])
    if kind.needs_evidence:
        assert page.model.index(0, column(page, "สถานะ")).data() == MISSING


def test_edit_keeps_values_and_changes_one(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    saved = meeting(office, IN_FY, start_time=dt.time(13, 30), participants=12, attendees=(STAFF,))
    page = list_page(qtbot, office, "online_meeting")
    page.view.selectRow(0)

    def change(dialog: RecordDialog) -> None:
        assert dialog.form.editors["date"].edit.text() == "13/2/2568"
        assert dialog.form.editors["start_time"].text() == "13:30"
        type_text(dialog.form.editors["topic"], "Session Call ซักซ้อมการรายงาน")
        save_button(dialog).click()

    when_modal(change)
    page.edit_selected()
    stored = office.kinds["online_meeting"].get(saved.id)
    assert stored.topic == "Session Call ซักซ้อมการรายงาน"
    assert (stored.date, stored.start_time, stored.participants, stored.attendees) == (
        IN_FY, dt.time(13, 30), 12, (STAFF,))
    assert len(office.kinds["online_meeting"].rows()) == 1


def test_editing_keeps_large_amounts(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    service = office.kinds["central_db_update"]
    data = service.new()
    data.database, data.date, data.amount = "otop_sales", IN_FY, 1234567.5
    saved = service.save(data)
    page = list_page(qtbot, office, "central_db_update")
    page.view.selectRow(0)
    shown: list[str] = []

    def unchanged(dialog: RecordDialog) -> None:
        shown.append(dialog.form.editors["amount"].text())
        save_button(dialog).click()

    when_modal(unchanged)
    page.edit_selected()
    assert service.get(saved.id).amount == 1234567.5
    assert shown == ["1234567.5"]


# --- messages at the field -----------------------------------------------------------------------


def test_future_date_shown_at_the_field(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = list_page(qtbot, office, "online_meeting")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    seen: dict[str, Any] = {}

    def fill(dialog: RecordDialog) -> None:
        type_text(dialog.form.editors["date"].edit, f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year + 543}")
        type_text(dialog.form.editors["topic"], "ประชุมทางไกลติดตามงาน")
        save_button(dialog).click()
        seen["open"] = dialog.isVisible()
        seen["errors"] = shown_errors(dialog)
        seen["banner"] = dialog.banner.isVisible()
        seen["kept"] = dialog.form.editors["topic"].text()
        # A start time that is not a time is caught by the form itself, at its field.
        type_text(dialog.form.editors["start_time"], "25:00")
        save_button(dialog).click()
        seen["time_errors"] = shown_errors(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        seen["closed"] = not dialog.isVisible()

    when_modal(fill)
    assert page.add_record() is None
    assert seen["open"] is True and seen["banner"] is True
    assert set(seen["errors"]) == {"date"}
    assert "อนาคต" in seen["errors"]["date"] and "วันที่" in seen["errors"]["date"]
    assert seen["kept"] == "ประชุมทางไกลติดตามงาน"  # the typed values stay
    assert set(seen["time_errors"]) == {"start_time"} and "ไม่ใช่เวลา" in seen["time_errors"]["start_time"]
    assert seen["closed"] is True
    assert office.kinds["online_meeting"].rows() == []
    assert page.model.shown_rows() == []


def test_meeting_before_invitation_shown_at_the_date(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = list_page(qtbot, office, "online_meeting")
    seen: dict[str, str] = {}

    def fill(dialog: RecordDialog) -> None:
        enter(dialog.form, {"date": "10/2/2568", "invited_date": "13/2/2568", "topic": "Session Call"})
        save_button(dialog).click()
        seen.update(shown_errors(dialog))
        dialog.reject()

    when_modal(fill)
    page.add_record()
    assert set(seen) == {"date"} and "ก่อนวันที่ได้รับหนังสือเชิญ" in seen["date"]
    assert office.kinds["online_meeting"].rows() == []


# --- filters --------------------------------------------------------------------------------------


def test_missing_evidence_filter(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    a = meeting(office, dt.date(2024, 11, 5), "Session Call ครั้งที่ 1")
    b = meeting(office, dt.date(2024, 12, 5), "Session Call ครั้งที่ 2")
    c = meeting(office, dt.date(2025, 1, 5), "Session Call ครั้งที่ 3")
    office.evidence.add_link("online_meeting", a.id, LINK)
    page = list_page(qtbot, office, "online_meeting")
    assert ids(page) == [a.id, b.id, c.id]
    assert page.missing_only.isVisible()

    page.missing_only.setChecked(True)
    assert ids(page) == [b.id, c.id]
    assert all(r.missing_evidence for r in page.model.shown_rows())
    status = column(page, "สถานะ")
    assert {page.model.index(i, status).data() for i in range(2)} == {MISSING}

    office.evidence.add_link("online_meeting", b.id, LINK + "?b", caption="ภาพหน้าจอการประชุม")
    page.refresh()
    assert ids(page) == [c.id]
    assert page.count_label.text() == "1 รายการ"

    page.missing_only.setChecked(False)
    assert ids(page) == [a.id, b.id, c.id]
    evidence = column(page, "หลักฐาน")
    counts = {r.id: page.model.index(i, evidence).data() for i, r in enumerate(page.model.shown_rows())}
    assert counts == {a.id: "1", b.id: "1", c.id: "0"}


def test_missing_evidence_switch_hidden_for_system_figures(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = list_page(qtbot, office, "jpt_progress")
    assert not page.missing_only.isVisible()
    assert "หลักฐาน" not in [c.header for c in page.model.columns]


def test_period_filter(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    october = meeting(office, dt.date(2024, 10, 1), "เปิดปีงบประมาณ")
    feb_1 = meeting(office, dt.date(2025, 2, 3), "Session Call กุมภาพันธ์ ครั้งที่ 1", kind="conference")
    feb_2 = meeting(office, dt.date(2025, 2, 28), "Session Call กุมภาพันธ์ ครั้งที่ 2")
    september = meeting(office, dt.date(2025, 9, 30), "ปิดปีงบประมาณ")
    old = meeting(office, dt.date(2024, 8, 20), "ปีงบประมาณก่อน")
    page = list_page(qtbot, office, "online_meeting")

    values = [page.period.itemData(i) for i in range(page.period.count())]
    assert values[:2] == ["fy", "all"] and len(values) == 14
    assert values[2] == (2024, 10) and values[-1] == (2025, 9)
    assert page.period.value() == "fy" and page.period.currentText() == "ปีงบประมาณ 2568"
    assert ids(page) == [october.id, feb_1.id, feb_2.id, september.id]

    page.period.set_value((2025, 2))
    assert page.period.currentText() == "ก.พ. 2568"
    assert ids(page) == [feb_1.id, feb_2.id]
    assert {r.date.month for r in page.model.shown_rows()} == {2}
    page.type_filter.set_value("conference")  # and one type within it
    assert ids(page) == [feb_1.id]
    page.type_filter.setCurrentIndex(0)
    page.period.set_value((2024, 10))
    assert ids(page) == [october.id]
    page.period.set_value((2025, 9))
    assert ids(page) == [september.id]
    page.period.set_value((2024, 11))
    assert ids(page) == []
    page.period.set_value("all")
    assert ids(page) == [october.id, feb_1.id, feb_2.id, september.id, old.id]
    status = column(page, "สถานะ")
    row = next(i for i, r in enumerate(page.model.shown_rows()) if r.id == old.id)
    assert "นอกปีงบประมาณที่ใช้อยู่" in page.model.index(row, status).data()

    page.period.set_value((2025, 2))
    page.refresh()  # a refresh (after an edit, or evidence) keeps the month chosen
    assert page.period.value() == (2025, 2) and ids(page) == [feb_1.id, feb_2.id]


# --- the month view ---------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, office):  # type: ignore[no-untyped-def]
    w = MainWindow(office)
    qtbot.addWidget(w)
    w.show()
    return w


def month_records(services: Services) -> dict[str, Any]:
    bare = meeting(services, dt.date(2024, 10, 3), "Session Call ต้นปี")
    proven = meeting(services, dt.date(2024, 10, 30), "Conference ต้นปี")
    march = meeting(services, dt.date(2025, 3, 15), "Session Call มีนาคม")
    old = meeting(services, dt.date(2024, 9, 12), "ปีก่อน")
    services.evidence.add_link("online_meeting", proven.id, LINK)
    figures = services.kinds["click_figure"]
    data = figures.new()
    data.kind, data.date, data.count = "downloads", dt.date(2025, 1, 31), 57
    figure = figures.save(data)
    return {"bare": bare, "proven": proven, "march": march, "old": old, "figure": figure}


def test_month_view_counts(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    month_records(office)
    view = window.go_to("ผลงานรายเดือน")
    assert view is window.month_view and view.year.value() == 2568
    assert view.cell_text("online_meeting", 2024, 10) == "๒ (๑)"  # two, one still without evidence
    assert view.cell_text("online_meeting", 2025, 3) == "๑ (๑)"
    assert view.cell_text("online_meeting", 2024, 11) == ""
    assert view.cell_text("click_figure", 2025, 1) == "๑"  # figures need no evidence
    assert view.cell_text("website_news", 2025, 1) == ""
    row = [k.key for k in view.kinds].index("online_meeting")
    assert view.table.item(row, 12).text() == "๓ (๒)"  # the year's total, FY2567 not counted
    assert "1 รายการยังไม่มีหลักฐาน" in view.table.item(row, 0).toolTip()
    assert view.table.item(row, 0).foreground().color().name() == "#b00020"
    assert view.table.horizontalHeaderItem(0).text() == "ต.ค.\n๖๗"
    assert "year_plan" not in [k.key for k in view.kinds]

    meeting(office, dt.date(2024, 11, 11), "Session Call พฤศจิกายน")
    view.refresh()
    assert view.cell_text("online_meeting", 2024, 11) == "๑ (๑)"
    assert view.table.item(row, 12).text() == "๔ (๓)"
    view.year.setValue(2567)  # another fiscal year
    assert view.cell_text("online_meeting", 2024, 9) == "๑ (๑)"
    assert view.table.item(row, 12).text() == "๑ (๑)"


def test_month_cell_opens_the_month_of_that_kind(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    records = month_records(office)
    view = window.go_to("ผลงานรายเดือน")
    keys = [k.key for k in view.kinds]

    view.table.cellDoubleClicked.emit(keys.index("online_meeting"), view.months.index((2024, 10)))
    group = window.groups[GROUP_MEETINGS]
    assert window.stack.currentWidget() is group
    assert window.nav.currentRow() == [t for t, _ in window.pages].index(GROUP_MEETINGS)
    listing = group.currentWidget()
    assert listing is group.lists["online_meeting"]
    assert listing.period.value() == (2024, 10)
    assert ids(listing) == sorted([records["bare"].id, records["proven"].id])

    window.go_to("ผลงานรายเดือน")
    view._open(keys.index("click_figure"), view.months.index((2025, 1)))
    click = window.groups[GROUP_CLICK]
    assert window.stack.currentWidget() is click
    assert click.currentWidget() is click.lists["click_figure"]
    assert click.lists["click_figure"].period.value() == (2025, 1)
    assert ids(click.lists["click_figure"]) == [records["figure"].id]

    view._open(keys.index("online_meeting"), 12)  # the total column opens nothing
    assert window.stack.currentWidget() is click


def test_month_cell_of_another_fiscal_year(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    records = month_records(office)
    view = window.go_to("ผลงานรายเดือน")
    view.year.setValue(2567)
    assert view.cell_text("online_meeting", 2024, 9) == "๑ (๑)"
    view._open([k.key for k in view.kinds].index("online_meeting"), view.months.index((2024, 9)))
    listing = window.groups[GROUP_MEETINGS].lists["online_meeting"]
    assert listing.period.value() == (2024, 9) and listing.period.currentText() == "ก.ย. 2567"
    assert ids(listing) == [records["old"].id]
