"""Issue 2's "done means", through the window: a newcomer fills the profile, adds three
computers (one by detecting this very machine), imports 50 from Excel, records antivirus
on some and reads the coverage percentage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cddesk.app_services import Services
from cddesk.detect import detect_this_computer
from cddesk.paths import DataPaths
from models import ComputerStatus
from tests.test_computer_import import good_file
from tests.ui_helpers import type_text, when_modal
from ui.app import create_application, open_window
from ui.import_wizard import ImportWizard
from ui.record_dialog import RecordDialog


def test_newcomer_walkthrough(qtbot, data_paths, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = Services.open(data_paths)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def fill_profile(dialog) -> None:  # type: ignore[no-untyped-def]
        form = dialog.profile_form
        form.province.set_value("43")
        form.district.set_value("4307")
        type_text(form.form.editors["head_name"], "นายสมศักดิ์ ผู้ใหญ่บ้าน")
        type_text(form.form.editors["fiscal_year"], "2568")
        dialog.accept()

    when_modal(fill_profile)
    window, same = open_window(services)  # first start: the profile dialog comes first
    assert window is not None and same is services
    qtbot.addWidget(window)
    window.show()
    assert services.office.profile().office_name == "สำนักงานพัฒนาชุมชนอำเภอศรีเชียงใหม่"

    staff_page = window.go_to("บุคลากร")
    for name in ("นางสาวสมศรี ใจดี", "นายสมชาย ขยันยิ่ง"):  # the register names them as responsible
        def add_person(dialog: RecordDialog, name: str = name) -> None:
            type_text(dialog.form.editors["name"], name)
            dialog.accept()

        when_modal(add_person)
        staff_page.add_button.click()
    assert staff_page.model.rowCount() == 2

    page = window.go_to("ทะเบียนคอมพิวเตอร์")
    for number in ("7440-001-0901/68", "7440-001-0902/68"):
        def add(dialog: RecordDialog, number: str = number) -> None:
            type_text(dialog.form.editors["asset_number"], number)
            dialog.accept()

        when_modal(add)
        page.add_button.click()

    def add_detected(dialog: RecordDialog) -> None:
        assert dialog.form.editors["hostname"].text()  # filled from this machine
        type_text(dialog.form.editors["asset_number"], "7440-001-0903/68")
        dialog.accept()

    when_modal(add_detected)
    detected = window.computer_actions.record_detected(detect_this_computer())
    assert detected is not None and detected.cpu and detected.ram_gb
    assert page.model.rowCount() == 3

    wizard = ImportWizard(services, window, path=good_file(tmp_path))
    qtbot.addWidget(wizard)
    assert wizard.open_file(wizard.path)
    wizard.next()
    wizard.next()
    assert wizard.preview is not None and wizard.preview.can_commit, wizard.message.text()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.result_summary), timeout=10_000)
    page.refresh()
    assert page.model.rowCount() == 53

    av_page = window.go_to("โปรแกรมป้องกันไวรัส")
    usable = [r.id for r in services.computers.rows() if r.status is ComputerStatus.USABLE]
    for computer_id in usable[:10]:
        def add_install(dialog: RecordDialog, computer_id: int = computer_id) -> None:
            dialog.form.editors["computer_id"].set_value(computer_id)
            type_text(dialog.form.editors["installed_date"].edit, "5/1/2568")
            dialog.accept()

        when_modal(add_install)
        av_page.add_button.click()
    coverage = services.antivirus.coverage()
    assert coverage.covered == 10
    assert f"ร้อยละ {coverage.percent_text}" in av_page.coverage_label.text()
    assert av_page.unprotected_list.count() == coverage.usable - 10
    window.go_to("หน้าแรก")
    assert f"ร้อยละ {coverage.percent_text}" in window.home.body.text()
    services.close()


def test_first_start_can_open_the_sample_office_in_its_own_folder(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = Services.open(DataPaths(tmp_path / "office"))
    when_modal(lambda dialog: dialog.sample_button.click())
    window, sample = open_window(services)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert sample is not services and sample.db.paths.root == tmp_path / "office" / "sample-office"
        assert "ข้อมูลตัวอย่าง" in sample.office.profile().office_name
        assert services.office.profile() is None  # the office's own data untouched
        window.show()
        month = window.go_to("ผลงานรายเดือน")
        month.year.setValue(2568)
        month.refresh()
        assert month.cell_text("online_meeting", 2025, 1) == "๖"  # 2 Conference, 2 Session Call, 2 WebEx
    finally:
        sample.close()
