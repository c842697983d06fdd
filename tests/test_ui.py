"""The window as a user meets it, offscreen with pytest-qt and a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from cddesk.app_services import Services
from cddesk.services.computers import ComputerData
from cddesk.services.office import ProfileData
from cddesk.services.staff import StaffData
from tests.ui_helpers import type_text, when_modal
from ui.app import create_application
from ui.main_window import MainWindow
from ui.pages.profile_page import FirstStartDialog
from ui.record_dialog import RecordDialog
from ui.table import Column, RowTableModel


@pytest.fixture
def services(data_paths):  # type: ignore[no-untyped-def]
    s = Services.open(data_paths)
    yield s
    s.close()


@pytest.fixture
def office(services):  # type: ignore[no-untyped-def]
    services.office.save_profile(ProfileData(province_code="43", district_code="4307", head_name="นายสมศักดิ์ ผู้ใหญ่บ้าน",
                                             fiscal_year=2568))
    services.staff.save(StaffData(name="นางสาวน้ำฝน ฝั่งโขง"))
    return services


@pytest.fixture
def window(qtbot, office):  # type: ignore[no-untyped-def]
    create_application()
    w = MainWindow(office)
    qtbot.addWidget(w)
    w.show()
    return w


def test_table_model_passes_qt_model_checks(qtmodeltester, office) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        office.computers.save(ComputerData(asset_number=f"PC-{i}", survey_date=dt.date(2025, 2, i + 1)))
    model: RowTableModel = RowTableModel([Column("เลข", lambda r: r.asset_number), Column("สำรวจ", lambda r: r.survey_date)])
    model.set_rows(office.computers.rows())
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "๑ ก.พ. ๒๕๖๘"


def test_first_start_dialog_saves_the_profile(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    create_application()
    dialog = FirstStartDialog(services.office)
    qtbot.addWidget(dialog)
    form = dialog.profile_form
    form.province.set_value("43")
    form.district.set_value("4307")
    assert form.district.currentText() == "ศรีเชียงใหม่"
    type_text(form.form.editors["head_name"], "นายสมศักดิ์ ผู้ใหญ่บ้าน")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = services.office.profile()
    assert profile.district_name == "ศรีเชียงใหม่" and profile.head_name == "นายสมศักดิ์ ผู้ใหญ่บ้าน"
    assert profile.office_name == "สำนักงานพัฒนาชุมชนอำเภอศรีเชียงใหม่"


def test_first_start_dialog_shows_messages_at_fields(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    create_application()
    dialog = FirstStartDialog(services.office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    errors = dialog.profile_form.form.errors
    assert errors["province_code"].isVisible() and "เลือกจังหวัด" in errors["province_code"].text()
    assert errors["head_name"].isVisible()
    assert services.office.profile() is None


def test_every_page_opens(window) -> None:  # type: ignore[no-untyped-def]
    for index, (title, page) in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        assert window.stack.currentWidget() is page, title
    assert "ศรีเชียงใหม่" in window.home.heading.text()


def test_add_computer_through_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to("ทะเบียนคอมพิวเตอร์")

    def fill(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        type_text(editors["asset_number"], "7440-001-0099/68")
        type_text(editors["brand"], "เลอโนโว")
        type_text(editors["location"], "ห้องผู้ใหญ่บ้าน")
        type_text(editors["mac_address"], "00-1a-2b-3c-4d-5e")
        type_text(editors["survey_date"].edit, "10/2/2568")
        editors["responsible_staff_id"].setCurrentIndex(1)
        dialog.accept()

    when_modal(fill)
    page.add_button.click()
    (row,) = page.model.shown_rows()
    assert (row.asset_number, row.brand, row.location) == ("7440-001-0099/68", "เลอโนโว", "ห้องผู้ใหญ่บ้าน")
    assert row.mac_address == "00:1A:2B:3C:4D:5E" and row.responsible == "นางสาวน้ำฝน ฝั่งโขง"
    assert row.survey_date == dt.date(2025, 2, 10)
    assert page.selected_row().id == row.id  # the new record is selected, its evidence panel ready
    assert page.evidence_panel.add_file_button.isEnabled()


def test_dialog_keeps_input_and_shows_thai_errors(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    office.computers.save(ComputerData(asset_number="PC-1"))
    page = window.go_to("ทะเบียนคอมพิวเตอร์")
    seen: dict[str, str] = {}

    def fill(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        type_text(editors["asset_number"], "PC-1")
        type_text(editors["ip_address"], "192.168.1.300")
        dialog.accept()  # refused: stays open with messages at the fields
        seen.update({k: v.text() for k, v in dialog.form.errors.items() if v.isVisible()})
        seen["kept"] = editors["ip_address"].text()
        dialog.reject()

    when_modal(fill)
    page.add_button.click()
    assert "มีอยู่ในทะเบียนแล้ว" in seen["asset_number"]
    assert "IP address" in seen["ip_address"]
    assert seen["kept"] == "192.168.1.300"
    assert len(office.computers.list()) == 1


def test_filter_as_you_type_and_date_style(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    for i, place in enumerate(["ห้องธุรการ", "ห้องพัฒนาการอำเภอ", "ห้องธุรการ"]):
        office.computers.save(ComputerData(asset_number=f"PC-{i}", location=place, survey_date=dt.date(2025, 2, 13)))
    page = window.go_to("ทะเบียนคอมพิวเตอร์")
    assert page.model.rowCount() == 3
    type_text(page.filter, "ธุรการ")
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 จาก 3 รายการ"
    page.filter.clear()
    column = [c.header for c in page.model.columns].index("วันที่สำรวจ")
    assert page.model.index(0, column).data() == "๑๓ ก.พ. ๒๕๖๘"
    window.date_actions[window.settings.date_style.SHORT].trigger()
    assert page.model.index(0, column).data() == "13 ก.พ. 68"
    assert office.office.settings().date_style.value == "short"  # remembered


def test_delete_asks_first(qtbot, window, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    office.computers.save(ComputerData(asset_number="PC-1"))
    page = window.go_to("ทะเบียนคอมพิวเตอร์")
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_button.click()
    assert len(office.computers.list()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert office.computers.list() == []


def test_antivirus_page_shows_coverage(window, office) -> None:  # type: ignore[no-untyped-def]
    office.computers.save(ComputerData(asset_number="PC-1"))
    page = window.go_to("โปรแกรมป้องกันไวรัส")
    assert "ร้อยละ 0.0" in page.coverage_label.text()
    assert "PC-1" in page.unprotected_list.item(0).text()
    assert isinstance(page.filter, QLineEdit)


def test_detected_windows_pc_is_recorded_with_its_antivirus(qtbot, window, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A recorded Windows run (real WMI outputs, see tests/data/detect/README.md) through
    the real dialog: the officer adds the asset number, saves, and accepts the antivirus."""
    from cddesk.detect import detect_this_computer
    from tests.test_detect import Replay, recorded_windows

    found = detect_this_computer(Replay(recorded_windows()), platform_name="Windows")
    window.go_to("ทะเบียนคอมพิวเตอร์")
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if "AVG" in text else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)

    def fill(dialog: RecordDialog) -> None:
        assert dialog.form.editors["hostname"].text() == "hpFirefly16P"
        assert dialog.form.editors["kind"].currentText() == "โน้ตบุ๊ก"
        type_text(dialog.form.editors["asset_number"], "7440-001-0100/68")
        dialog.accept()

    when_modal(fill)
    saved = window.computer_actions.record_detected(found)
    stored = office.computers.get(saved.id)
    assert (stored.serial_number, stored.mac_address, stored.ram_gb) == ("5CG3281NM4", "F4:6D:04:97:2D:3E", 63.2)
    assert stored.survey_date == dt.date.today()
    assert len(asked) == 2 and "เปิดใช้งาน" in asked[0]
    (install,) = office.antivirus.for_computer(saved.id)
    assert install.product == "AVG Antivirus"


def test_number_fields_show_years_and_amounts_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets.fields import NumberEdit

    edit = NumberEdit(integer=True)
    qtbot.addWidget(edit)
    edit.set_value(2570)
    assert edit.text() == "2570" and edit.value() == 2570  # a B.E. year, not "2,570"
    edit.set_value(1234567.5)
    assert edit.text() == "1234567.5"


def test_antivirus_page_lists_the_first_unprotected_and_counts_the_rest(window, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A large register lists its first unprotected computers by asset number, says how many
    more there are and where to see them all; the installs are paged from the service's
    listing, sortable by asset number."""
    from cddesk.services.antivirus import AntivirusData
    from ui.pages import registers

    monkeypatch.setattr(registers, "UNPROTECTED_LISTED", 2)
    saved = [office.computers.save(ComputerData(asset_number=f"PC-{n}")) for n in (5, 3, 4, 1, 2)]
    office.antivirus.save(AntivirusData(computer_id=saved[3].id, product="ESET Endpoint Antivirus",
                                        installed_date=dt.date(2025, 1, 1)))  # PC-1 protected
    office.antivirus.save(AntivirusData(computer_id=saved[0].id, product="Avast Free", installed_date=dt.date(2025, 1, 1)))
    page = window.go_to("โปรแกรมป้องกันไวรัส")
    assert "ยังขาด 4 เครื่อง" in page.coverage_label.text()
    items = [page.unprotected_list.item(i).text() for i in range(page.unprotected_list.count())]
    assert [i.split()[0] for i in items[:2]] == ["PC-2", "PC-3"]
    assert "และอีก 2 เครื่อง" in items[2] and "รายงานการติดตั้งโปรแกรมป้องกันไวรัส" in items[2]
    assert [r.asset_number for r in page.model.shown_rows()] == ["PC-1", "PC-5"]
    assert [r.valid_now for r in page.model.shown_rows()] == [True, False]
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [r.asset_number for r in page.model.shown_rows()] == ["PC-5", "PC-1"]
