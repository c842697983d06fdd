"""Large lists as a user meets them: a generated register of 3,000 computers and an activity
list of 2,400 meetings, paged from the database. The rows shown after a filter or a sort, the
filter matching what the cells show (Thai status labels, B.E. dates in either digit style,
staff names, the status column of activities), the count label, landing on a record beyond
the first screenful, an edit refreshing its row, and a search index built in the background."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from cddesk.app_services import Services
from cddesk.labels import COMPUTER_STATUS
from cddesk.services.office import ProfileData
from cddesk.thaidate import DateStyle
from tests.test_ui import window  # noqa: F401 (the window fixture, here on the large office)
from tests.ui_helpers import type_text, when_modal
from ui import listing_model
from ui.app import create_application
from ui.listing_model import ListingModel
from ui.main_window import MainWindow
from ui.pages.activities import ActivityListPage
from ui.pages.registers import ComputerPage
from ui.record_dialog import RecordDialog
from models import Computer, ComputerKind, ComputerStatus, EvidenceLink, OnlineMeeting, Staff
from cddesk.kinds import KIND_BY_KEY

N = 3_000
STAFF = ["นางสาวน้ำฝน ฝั่งโขง", "นายสมชาย ใจดี", "นางมาลี ศรีสุข"]
STATUSES = [ComputerStatus.USABLE, ComputerStatus.USABLE, ComputerStatus.BROKEN, ComputerStatus.AWAITING_DISPOSAL]
FEB_13 = dt.date(2025, 2, 13)


def survey_day(i: int) -> dt.date:
    return FEB_13 if i % 10 == 0 else dt.date(2025, 3, 1) + dt.timedelta(days=i % 50)


@pytest.fixture
def office(data_paths):  # type: ignore[no-untyped-def]
    services = Services.open(data_paths)
    services.office.save_profile(ProfileData(province_code="43", district_code="4307", head_name="ทดสอบ", fiscal_year=2568))
    with services.db.session() as session:
        session.execute(insert(Staff), [dict(name=n, active=True) for n in STAFF])
        session.execute(insert(Computer), [
            dict(asset_number=f"7440-001-{i:05d}/68", kind=ComputerKind.DESKTOP, brand=["Dell", "Lenovo", "HP"][i % 3], model=f"รุ่น {i % 7}",
                 serial_number=f"SN{i:06d}", location=["ห้องธุรการ", "ห้องประชุม"][i % 2], hostname=f"CDD-{i:05d}",
                 status=STATUSES[i % 4], survey_date=survey_day(i), responsible_staff_id=1 + i % 3)
            for i in range(N)])
        session.execute(insert(EvidenceLink), [dict(owner_kind="computer", owner_id=i + 1, url=f"https://example.org/{i}")
                                               for i in range(0, N, 7)])
    yield services
    services.close()


def computers(window: MainWindow) -> ComputerPage:
    page = window.go_to("ทะเบียนคอมพิวเตอร์")
    assert isinstance(page, ComputerPage)
    return page


def column(page: Any, header: str) -> int:
    return [c.header for c in page.model.columns].index(header)


def shown(page: Any, header: str) -> list[str]:
    c = column(page, header)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def test_register_filters_what_the_cells_show(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = computers(window)
    assert page.model.rowCount() == N and page.count_label.text() == "3,000 รายการ"
    assert page.model.index(0, 0).data() == "7440-001-00000/68"  # sorted by asset number
    assert page.model.index(N - 1, 0).data() == f"7440-001-{N - 1:05d}/68"  # the last screenful loads too

    type_text(page.filter, "ชำรุด")  # a Thai status label, not the stored code
    broken = sum(1 for i in range(N) if STATUSES[i % 4] is ComputerStatus.BROKEN)
    assert page.model.rowCount() == broken and page.count_label.text() == f"{broken:,} จาก 3,000 รายการ"
    assert set(shown(page, "สถานะ")) == {COMPUTER_STATUS[ComputerStatus.BROKEN]}

    type_text(page.filter, "๑๓ ก.พ. ๒๕๖๘")  # a B.E. date as shown, Thai digits
    feb = sum(1 for i in range(N) if survey_day(i) == FEB_13)
    assert page.model.rowCount() == feb and set(shown(page, "วันที่สำรวจ")) == {"๑๓ ก.พ. ๒๕๖๘"}
    window.date_actions[DateStyle.SHORT].trigger()
    assert page.model.rowCount() == 0  # the dates no longer show that way
    type_text(page.filter, "13 ก.พ. 68")
    assert page.model.rowCount() == feb and set(shown(page, "วันที่สำรวจ")) == {"13 ก.พ. 68"}

    type_text(page.filter, "นายสมชาย ห้องธุรการ")  # a staff name and a place: every word must match
    expected = sum(1 for i in range(N) if i % 3 == 1 and i % 2 == 0)
    assert page.model.rowCount() == expected
    assert set(shown(page, "ผู้รับผิดชอบ")) == {"นายสมชาย ใจดี"} and set(shown(page, "สถานที่ตั้ง")) == {"ห้องธุรการ"}

    page.filter.clear()
    assert page.model.rowCount() == N and page.count_label.text() == "3,000 รายการ"


def test_narrowing_as_the_text_grows_matches_typing_it_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = computers(window)
    for end in range(1, len("CDD-0012") + 1):
        type_text(page.filter, "CDD-0012"[:end])
    grown = shown(page, "ชื่อเครื่อง")
    fresh = ListingModel(page.model.columns)
    fresh.set_listing(window.services.computers.listing())
    fresh.set_filter("cdd-0012")
    assert grown == [f"CDD-{i:05d}" for i in range(120, 130)] == [fresh.index(r, 6).data() for r in range(fresh.rowCount())]
    type_text(page.filter, "CDD-001")  # shorter again: the rows come back
    assert page.model.rowCount() == 100


def test_sort_by_header_is_done_by_the_database(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = computers(window)
    status = column(page, "สถานะ")
    page.view.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    labels = shown(page, "สถานะ")
    assert labels == sorted(labels)  # by the Thai label, not the stored code
    evidence = column(page, "หลักฐาน")
    page.view.sortByColumn(evidence, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, evidence).data() == "1" and page.model.index(N - 1, evidence).data() == "0"
    type_text(page.filter, "ห้องประชุม")
    assert page.model.rowCount() == N // 2
    assert page.model.index(0, evidence).data() == "1"  # filtered rows keep the order


def test_select_id_beyond_the_first_screen_and_edit_refreshes(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    page = computers(window)
    target = 2_777  # id of asset 02776: far below the first screenful
    page.select_id(target)
    row = page.selected_row()
    assert row.id == target and row.asset_number == "7440-001-02776/68"
    assert page.evidence_panel.add_file_button.isEnabled()

    def fill(dialog: RecordDialog) -> None:
        type_text(dialog.form.editors["location"], "ศูนย์เรียนรู้ชุมชน")
        dialog.accept()

    when_modal(fill)
    page.edit_selected()
    assert page.selected_row().id == target and page.selected_row().location == "ศูนย์เรียนรู้ชุมชน"
    type_text(page.filter, "ศูนย์เรียนรู้")  # the edited row's new text is searchable at once
    assert [r.id for r in page.model.shown_rows()] == [target]
    assert page.selected_row().id == target  # the selection survives the filter


def test_open_record_lands_on_a_far_row(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    monkeypatch.setattr(ComputerPage, "edit_selected", lambda self: opened.append(self.selected_row().id))
    window.open_record("computer", 2_950)
    assert opened == [2_950]


def test_large_list_builds_its_search_index_in_the_background(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listing_model, "SYNC_INDEX", 500)
    monkeypatch.setattr(listing_model, "INDEX_CHUNK", 400)
    page = computers(window)
    assert page.model.rowCount() == N  # open: ids only
    type_text(page.filter, "รอจำหน่าย")
    assert not page.model.search_ready and "กำลังเตรียมการค้นหา" in page.count_label.text()
    waiting = sum(1 for i in range(N) if STATUSES[i % 4] is ComputerStatus.AWAITING_DISPOSAL)
    assert waiting < page.model.rowCount() <= N  # only rows known not to match are hidden yet
    qtbot.waitUntil(lambda: page.model.search_ready, timeout=20_000)
    assert page.model.rowCount() == waiting and page.count_label.text() == f"{waiting:,} จาก 3,000 รายการ"


def test_list_model_passes_qt_model_checks(qtmodeltester, office) -> None:  # type: ignore[no-untyped-def]
    model = ListingModel(computers_columns(office))
    model.set_listing(office.computers.listing())
    model.set_filter("ห้องประชุม")
    qtmodeltester.check(model)


def computers_columns(services: Services) -> list[Any]:
    create_application()
    page = ComputerPage(services)
    columns = page.model.columns
    page.deleteLater()
    return columns


# --- an activity list of 2,400 meetings -----------------------------------------------------


@pytest.fixture
def meetings(office):  # type: ignore[no-untyped-def]
    kinds = ["session_call", "conference", "webex_hosted", "other"]
    with office.db.session() as session:
        session.execute(insert(OnlineMeeting), [
            dict(kind=kinds[i % 4], date=dt.date(2024, 10, 1) + dt.timedelta(days=i % 330),
                 topic=f"ประชุมติดตามงาน ครั้งที่ {i}", organiser="กรมการพัฒนาชุมชน", participants=5,
                 attendees=[STAFF[0]], notes="") for i in range(2_400)])
        session.execute(insert(EvidenceLink), [dict(owner_kind="online_meeting", owner_id=i + 1, url=f"https://e.org/{i}")
                                               for i in range(2_400) if i % 3])
    return office


def test_activity_list_filters_status_and_scope(qtbot, meetings) -> None:  # type: ignore[no-untyped-def]
    create_application()
    page = ActivityListPage(KIND_BY_KEY["online_meeting"], meetings)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 2_400 and page.count_label.text() == "2,400 รายการ"
    type_text(page.filter, "ยังไม่มีหลักฐาน")  # the status column, as shown
    assert page.model.rowCount() == 800
    page.filter.clear()
    type_text(page.filter, "Session Call")  # a meeting type by its label
    assert page.model.rowCount() == 600 and set(shown(page, "ประเภท")) == {"เข้าร่วม Session Call"}
    page.filter.clear()
    page.type_filter.set_value("conference")  # the type box: in the query
    page.missing_only.setChecked(True)
    expected = sum(1 for i in range(2_400) if i % 4 == 1 and i % 3 == 0)
    assert page.model.total == expected and {r.missing_evidence for r in page.model.shown_rows()} == {True}
    page.select_id(page.model.shown[-1])
    assert page.selected_row().id == page.model.shown[-1]


def test_activity_list_opens_newest_first(qtbot, meetings) -> None:  # type: ignore[no-untyped-def]
    create_application()
    page = ActivityListPage(KIND_BY_KEY["online_meeting"], meetings)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    date = column(page, "วันที่")
    assert page.view.horizontalHeader().sortIndicatorSection() == date
    assert page.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    rows = page.model.shown_rows()
    assert [(r.date, r.id) for r in rows] == sorted(((r.date, r.id) for r in rows), reverse=True)  # then the last entered
    assert rows[0].date == max(r.date for r in rows)
    # the listing serves that order as its own order reversed: the date index, no sort of all rows
    listing = meetings.kinds["online_meeting"].listing(dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert listing.ids("date", descending=True) == list(reversed(listing.ids("date")))


def test_columns_fit_an_ip_far_down_the_list(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    with office.db.session() as session:  # short addresses first, the longest at the end
        for computer in session.query(Computer):
            i = computer.id
            computer.ip_address = f"10.0.0.{i % 10}" if i < N else "192.168.100.200"
    page = computers(window)
    ip = column(page, "IP")
    assert page.model.index(0, ip).data() == "10.0.0.1"
    metrics = page.view.fontMetrics()
    assert page.view.columnWidth(ip) >= metrics.horizontalAdvance("192.168.100.200")  # not cut when scrolled to


def test_search_index_starts_after_the_rows_are_drawn(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listing_model, "SYNC_INDEX", 500)
    create_application()
    model = ListingModel(computers_columns(office))
    model.set_listing(office.computers.listing())
    qtbot.wait(10)
    assert model._built == 0 and not model.index_ready  # nothing built before the first paint
    model.index(0, 0).data()  # the view draws the first rows
    qtbot.waitUntil(lambda: model.index_ready, timeout=20_000)


def test_large_list_opens_from_its_first_ids(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listing_model, "SYNC_INDEX", 500)
    create_application()
    listing = office.computers.listing()
    limits: list[int | None] = []
    ids = listing.ids
    monkeypatch.setattr(listing, "ids", lambda *a, limit=None: limits.append(limit) or ids(*a, limit=limit))
    model = ListingModel(computers_columns(office))
    model.set_listing(listing)
    assert limits == [listing_model.HEAD] and model.rowCount() == N  # the first ids and the count only
    assert model.index(0, 0).data() == "7440-001-00000/68"
    assert model.index(N - 1, 0).data() == f"7440-001-{N - 1:05d}/68"  # scrolled down at once: the rest read then
    assert limits == [listing_model.HEAD, None]
    model.set_listing(listing)
    qtbot.waitUntil(lambda: model.index_ready, timeout=20_000)  # the rest arrive after the first paint
    assert limits[-1] is None and model.position(N) == N - 1


def test_list_changed_before_the_rest_of_its_ids_arrived(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listing_model, "SYNC_INDEX", 500)
    create_application()
    model = ListingModel(computers_columns(office))
    model.set_listing(office.computers.listing())
    with office.db.session() as session:  # another window or process adds one meanwhile
        session.add(Computer(asset_number="0000-000-00000/68", kind=ComputerKind.DESKTOP, status=ComputerStatus.USABLE))
    qtbot.waitUntil(lambda: model.rowCount() == N + 1, timeout=20_000)
    assert model.index(0, 0).data() == "0000-000-00000/68"


def test_letters_thai_windows_text_has_none_for_are_still_found(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    """The search index keeps lines as Thai Windows text (one byte a letter); a row with a letter
    that text has none for (é, an emoji) is found by it, and no other row is."""
    with office.db.session() as session:
        session.execute(insert(Computer), [
            dict(asset_number="7440-002-00001/68", kind=ComputerKind.NOTEBOOK, brand="Café", model="😀 รุ่นพิเศษ",
                 location="ห้องธุรการ", hostname="CAFE-01", status=ComputerStatus.USABLE, survey_date=FEB_13),
            dict(asset_number="7440-002-00002/68", kind=ComputerKind.NOTEBOOK, brand="Cafe", model="รุ่นพิเศษ",
                 location="ห้องธุรการ", hostname="CAFE-02", status=ComputerStatus.USABLE, survey_date=FEB_13)])
    page = computers(window)
    lines = page.model._index
    assert lines is not None and all(max(line) <= "\xff" for line in lines.values())  # one byte a letter
    type_text(page.filter, "café")
    assert shown(page, "ชื่อเครื่อง") == ["CAFE-01"]
    type_text(page.filter, "😀")
    assert shown(page, "ชื่อเครื่อง") == ["CAFE-01"]
    type_text(page.filter, "caf")  # typed text Thai Windows text holds: both
    assert shown(page, "ชื่อเครื่อง") == ["CAFE-01", "CAFE-02"]
    type_text(page.filter, "รุ่นพิเศษ ห้องธุรการ")
    assert shown(page, "ชื่อเครื่อง") == ["CAFE-01", "CAFE-02"]
    type_text(page.filter, "caf?")  # the é stands in the index as a byte no typed text encodes to
    assert shown(page, "ชื่อเครื่อง") == []
