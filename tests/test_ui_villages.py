"""The IT villages page (offscreen): import the letter's table with a per-row preview and
unknown names confirmed in the dialog, the register filtered by kind, the candidate form
with its rules and deadlines, and the lesson-learned PDFs made in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cddesk.app_services import Services
from cddesk.it_villages import OWNER_KIND, RegisterService, parse_text
from cddesk.paths import DataPaths
from cddesk.services.office import ProfileData
from tests.pdf_helpers import all_text
from tests.ui_helpers import type_text
from ui.app import create_application
from ui.pages.villages_page import TITLE, ImportRegisterDialog, VillagesPage

SEED = Path(__file__).resolve().parent / "data" / "seeds" / "004_2c0e84f6331a43b2.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")  # a copy kept with the tests: never skipped


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(DataPaths(tmp_path / "office"))
    s.office.save_profile(ProfileData(province_code="43", district_code="4305", head_name="นายทดสอบ",
                                      fiscal_year=2563))
    yield s
    s.close()


@pytest.fixture
def page(qtbot, services: Services) -> VillagesPage:  # type: ignore[no-untyped-def]
    create_application()
    found = VillagesPage(services)
    qtbot.addWidget(found)
    found.show()
    return found


def name_rows(dialog: ImportRegisterDialog) -> dict[str, int]:
    return {dialog.names.item(r, 1).text(): r for r in range(dialog.names.rowCount())}  # type: ignore[union-attr]


def test_title_is_marked_for_translation() -> None:
    assert TITLE == "หมู่บ้านสารสนเทศ/ตำบลต้นแบบ"


def test_import_dialog_previews_confirms_and_stores(qtbot, page: VillagesPage, services: Services,  # type: ignore[no-untyped-def]
                                                    seed_text: str, monkeypatch: pytest.MonkeyPatch,
                                                    qtmodeltester) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    dialog = ImportRegisterDialog(services, page)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(seed_text)
    dialog.check_button.click()
    preview = dialog.preview
    assert preview is not None and preview.read == 75 and len(preview.duplicates) == 9
    assert dialog.rows.rowCount() == 75
    assert dialog.rows.item(0, 1).text() == "ชื่อไม่พบในทำเนียบ"  # rows needing attention come first
    shown = {dialog.rows.item(r, 0).text(): dialog.rows.item(r, 9).text() for r in range(75)}  # type: ignore[union-attr]
    assert "ซ้ำกับแถวที่ 38" in shown["47"]
    rows = name_rows(dialog)
    assert set(rows) == {"เผ่าไร่", "ศรีเมืองใหม่", "บ้านด่อน", "แก่งไก่อ", "น้ำโสม", "ผาดั่ง", "เดื่อ"}
    assert dialog.names.item(rows["เผ่าไร่"], 4).text() == "เฝ้าไร่"  # type: ignore[union-attr]
    assert dialog.names.item(rows["ศรีเมืองใหม่"], 4).text() == "ศรีเชียงใหม่"  # type: ignore[union-attr]
    assert not dialog.store_button.isEnabled() and "ไม่มีการบันทึกใด ๆ" in dialog.summary.text()

    dialog.names.item(rows["เผ่าไร่"], 4).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    assert dialog.corrections() == {"เผ่าไร่": "เฝ้าไร่"}
    assert {s.name.name for s in dialog.preview.unknown_names()} == set(rows) - {"เผ่าไร่"}  # type: ignore[union-attr]
    assert dialog.names.rowCount() == 7  # the confirmed line stays (it can be unticked)
    assert not dialog.store_button.isEnabled()
    wrong = dialog.names.item(rows["เดื่อ"], 4)
    assert wrong is not None
    wrong.setText("เดื่อใหม่")  # a name the gazetteer does not know, ticked: still refused
    wrong.setCheckState(Qt.CheckState.Checked)
    assert not dialog.store_button.isEnabled()
    wrong.setText("บ้านเดื่อ")
    dialog.accept_all_button.click()
    assert dialog.preview.can_store and dialog.store_button.isEnabled()  # type: ignore[union-attr]
    dialog.store_button.click()
    qtbot.waitUntil(lambda: dialog.stored is not None, timeout=10_000)
    assert dialog.stored == 66 and "66" in told[0]

    page.refresh_register()
    assert page.model.rowCount() == 66 and page.count_label.text() == "66 แถว"
    qtmodeltester.check(page.model)
    page.kind_filter.set_value("tambon")
    assert [r.tambon for r in page.model.rows] == ["วังหลวง", "โพนสว่าง"]
    page.kind_filter.set_value(None)
    type_text(page.search, "เฝ้าไร่")
    assert page.proxy.rowCount() == 8  # 7 villages (3 were printed เผ่าไร่) and the 2561 model tambon


def test_open_xlsx_in_the_dialog(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    create_application()
    book = Workbook()
    ws = book.active
    ws.append(["ที่", "จังหวัด", "อำเภอ", "ตำบล", "ปี พ.ศ."])
    ws.append([1, "หนองคาย", "เฝ้าไร่", "วังหลวง", 2561])
    path = tmp_path / "tambons.xlsx"
    book.save(path)
    dialog = ImportRegisterDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    assert dialog.preview is not None and dialog.preview.to_store == 1 and dialog.store_button.isEnabled()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not excel", encoding="utf-8")
    assert not dialog.open_file(bad) and "ไม่ใช่ไฟล์ Excel" in dialog.summary.text()


def test_delete_register_rows(qtbot, page: VillagesPage, services: Services,  # type: ignore[no-untyped-def]
                              seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    register = RegisterService(services.db)
    register.store(register.preview(parse_text(seed_text, "tambon")))
    page.refresh_register()
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert page.model.rowCount() == 1 and len(register.rows()) == 1


def test_candidate_form_rules_deadlines_and_pdfs(qtbot, page: VillagesPage, services: Services,  # type: ignore[no-untyped-def]
                                                 seed_text: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    register = RegisterService(services.db)
    register.store(register.preview(parse_text(seed_text), accept_suggestions=True))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert page.year.value() == 2563 and page.kind.value() == "village"
    assert "๑๖ มี.ค. ๒๕๖๓" in page.deadline_label.text() and "๑ ก.ค. ๒๕๖๓" in page.deadline_label.text()
    assert page.tambon.count() == 11 and not page.filled_button.isEnabled()
    assert not page.photos.add_file_button.isEnabled()

    page.tambon.setCurrentText("เหล่าต่างคำ")
    type_text(page.village, "ห้วยน้ำเย็น")
    page.moo.setValue(3)
    page.check_button.click()
    assert "ไม่ผ่านหลักเกณฑ์" in page.result.text() and "2562" in page.result.text()
    assert not page.save_candidate() and page.current is None

    type_text(page.village, "โนนสว่าง")
    page.moo.setValue(5)
    type_text(page.population, "812")
    page.texts["history"].setPlainText("ก่อตั้งหมู่บ้านเมื่อปี 2470")
    page.save_button.click()
    assert page.current is not None and page.current.population == 812
    assert "บันทึกแล้ว" in page.message.text() and "ผ่านหลักเกณฑ์" in page.result.text()
    assert page.filled_button.isEnabled() and page.photos.add_file_button.isEnabled()
    assert page.photos.owner == (OWNER_KIND, page.current.id)

    page.kind.set_value("tambon")
    assert not page.village.isEnabled() and page.current is None and page.tambon.currentText() == ""
    page.kind.set_value("village")
    assert page.village.text() == "โนนสว่าง" and page.texts["history"].toPlainText() == "ก่อตั้งหมู่บ้านเมื่อปี 2470"

    blank = tmp_path / "แบบว่าง.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blank), "PDF (*.pdf)"))
    page.blank_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.made_path == blank and blank.is_file()
    assert "บ้าน" in all_text(blank) and "โนนสว่าง" not in all_text(blank)
    filled = tmp_path / "filled"
    page.make_pdf(blank=False, target=filled)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.made_path == tmp_path / "filled.pdf" and page.folder_button.isEnabled()
    text = all_text(tmp_path / "filled.pdf")
    assert "บ้านโนนสว่าง หมู่ที่ ๕ ตำบลเหล่าต่างคำ" in text and "ก่อตั้งหมู่บ้านเมื่อปี ๒๔๗๐" in text
    assert "ยังไม่มีข้อมูลในหัวข้อ" in page.message.text()

    page.texts["tourism"].setPlainText("ล่องเรือชมแม่น้ำโขง")  # not saved yet
    page.refresh()  # the page shown again keeps what is being typed
    assert page.texts["tourism"].toPlainText() == "ล่องเรือชมแม่น้ำโขง"


def test_candidate_tab_without_office_profile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    bare = Services.open(DataPaths(tmp_path / "bare"))
    try:
        page = VillagesPage(bare)
        qtbot.addWidget(page)
        assert "ข้อมูลสำนักงาน" in page.result.text()
        assert not page.save_button.isEnabled() and not page.filled_button.isEnabled()
        assert page.blank_button.isEnabled()
    finally:
        bare.close()
