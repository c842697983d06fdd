"""The province pages on a real province data folder: districts and certificates (register,
issue a PKCS#12 from the province's root), importing packages (dry run stores nothing,
then receipts), the consolidated table, the drill-down into a district's package, export."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QTableWidget

from cddesk import gazetteer, signing
from cddesk.app_services import Services
from cddesk.paths import DataPaths
from cddesk.periods import parse_period
from cddesk.thaidate import DateStyle
from ui.app import create_application
from ui.pages.province_pages import (
    PROVINCE_PAGE_TITLES,
    ConsolidatedPage,
    DistrictDialog,
    DistrictsPage,
    ImportPage,
    province_pages,
)

from tests.conftest import SENT_PASSPHRASE as PASS
FEB = parse_period("2568-02")
NONG_KHAI = [d.code for d in gazetteer.districts("43")]


@pytest.fixture(scope="module")
def district(sent_packages: dict[str, Any]) -> dict[str, Any]:
    """The sample office (โพนพิสัย, 4305), its certificate and two exports of February (conftest)."""
    return {"v1": sent_packages["v1"].path, "v2": sent_packages["v2"].path, "pem": sent_packages["pem"]}


@pytest.fixture
def province(tmp_path: Path, district: dict[str, Any]) -> Iterator[Services]:
    create_application()
    services = Services.open(DataPaths(tmp_path / "province"))
    services.province.set_province_mode(True, "43")
    services.province.register_district("4305", district["pem"])
    yield services
    services.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of warnings and information boxes, instead of showing them."""
    texts: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: texts.append(text))
    return texts


def cells(table: QTableWidget, column: int) -> list[str]:
    return [(table.item(r, column).text() if table.item(r, column) else "") for r in range(table.rowCount())]


def row_of(table: QTableWidget, column: int, text: str) -> int:
    return cells(table, column).index(text)


def test_province_pages_and_titles(qtbot, province: Services) -> None:  # type: ignore[no-untyped-def]
    pages = province_pages(province, None)
    for _title, page in pages:
        qtbot.addWidget(page)
    assert [t for t, _ in pages] == list(PROVINCE_PAGE_TITLES) == [
        "จังหวัด: อำเภอและใบรับรอง", "จังหวัด: นำเข้าชุดข้อมูล", "จังหวัด: สรุปผลรายอำเภอ"]
    assert [type(p) for _t, p in pages] == [DistrictsPage, ImportPage, ConsolidatedPage]


def test_districts_listed_with_certificate_status(qtbot, province: Services,  # type: ignore[no-untyped-def]
                                                  district: dict[str, Any], tmp_path: Path,
                                                  shown: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for code in NONG_KHAI:
        province.province.register_district(code)
    page = DistrictsPage(province)
    qtbot.addWidget(page)
    assert len(NONG_KHAI) == 9 and cells(page.table, 0) == NONG_KHAI
    assert "โพนพิสัย" in cells(page.table, 1) and "เฝ้าไร่" in cells(page.table, 1)
    status = dict(zip(cells(page.table, 0), cells(page.table, 2)))
    assert status["4305"].startswith("ลงทะเบียนใบรับรองแล้ว (ลายนิ้วมือ ") and status["4305"].endswith("…)")
    assert status["4301"] == "ยังไม่มีใบรับรอง"
    assert "หนองคาย" in page.heading.text() and "ยังไม่มีใบรับรองหลัก" in page.heading.text()
    assert page.add_all_districts() == 0  # all nine are there already

    # the district of Tha Bo sends its own certificate; registering it through the page
    other = signing.new_identity("สำนักงานพัฒนาชุมชนอำเภอท่าบ่อ", "หนองคาย", "ท่าบ่อ")
    cert = tmp_path / "ท่าบ่อ.pem"
    cert.write_bytes(signing.certificate_pem(other.cert))
    page.table.selectRow(row_of(page.table, 0, "4302"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cert), ""))
    page.register_button.click()
    assert dict(zip(cells(page.table, 0), cells(page.table, 2)))["4302"].startswith("ลงทะเบียนใบรับรองแล้ว")
    assert "ท่าบ่อ" in page.message.text() and not shown
    assert province.province.trust().districts[signing.fingerprint(other.cert)] == "4302"

    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    assert not page.register_certificate("4307", junk)
    assert not page.register_certificate("4307", tmp_path / "missing.pem")
    assert shown[0] == "ไฟล์นี้ไม่ใช่ใบรับรอง (.pem หรือ .cer) ที่อ่านได้" and "อ่านไฟล์ไม่ได้" in shown[1]
    assert dict(zip(cells(page.table, 0), cells(page.table, 2)))["4307"] == "ยังไม่มีใบรับรอง"


def test_add_all_districts_of_the_province(qtbot, province: Services) -> None:  # type: ignore[no-untyped-def]
    page = DistrictsPage(province)
    qtbot.addWidget(page)
    assert cells(page.table, 0) == ["4305"]
    assert page.add_all_districts() == 8
    assert cells(page.table, 0) == NONG_KHAI


def test_issue_a_p12_from_the_province_root(qtbot, province: Services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            shown: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    province.province.register_district("4315")
    page = DistrictsPage(province)
    qtbot.addWidget(page)
    page.table.selectRow(row_of(page.table, 0, "4315"))
    answers = iter(["root-pass-123", "root-pass-123", "เฝ้าไร่-2568", "เฝ้าไร่-2568"])
    asked: list[tuple[str, Any]] = []

    def get_text(_parent: Any, _title: str, label: str, echo: Any, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append((label, echo))
        return next(answers), True

    out = tmp_path / "issued" / "4315-เฝ้าไร่.p12"
    out.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.issue_button.click()
    assert not shown, shown
    assert len(asked) == 4 and all(echo == QLineEdit.EchoMode.Password for _l, echo in asked)
    assert province.province.root_certificate() is not None and "มีใบรับรองหลัก" in page.heading.text()
    identity = signing.read_p12(out.read_bytes(), "เฝ้าไร่-2568")
    assert "เฝ้าไร่" in identity.subject and identity.chain
    assert dict(zip(cells(page.table, 0), cells(page.table, 2)))["4315"].startswith("ลงทะเบียนใบรับรองแล้ว")
    assert province.province.trust().districts[signing.fingerprint(identity.cert)] == "4315"

    # the root exists now: a second district through the plain method; a wrong root passphrase
    again = tmp_path / "issued" / "4302.p12"
    assert page.issue("4302", "root-pass-123", "ท่าบ่อ-ท่าบ่อ", again)
    assert signing.read_p12(again.read_bytes(), "ท่าบ่อ-ท่าบ่อ").subject.startswith("สำนักงานพัฒนาชุมชนอำเภอท่าบ่อ")
    assert not page.issue("4307", "wrong-passphrase", "ศรีเชียงใหม่-1", tmp_path / "issued" / "x.p12")
    assert "รหัสผ่านไม่ถูกต้อง" in shown[-1] and not (tmp_path / "issued" / "x.p12").exists()
    # the prompts refuse a short or mistyped new passphrase before anything is written
    answers = iter(["root-pass-123", "short"])
    page.issue_button.click()
    assert "อย่างน้อย 8" in shown[-1]
    answers = iter(["root-pass-123", "long-enough-1", "long-enough-2"])
    page.issue_button.click()
    assert "ไม่ตรงกัน" in shown[-1]


def test_import_page_dry_run_then_import(qtbot, province: Services,  # type: ignore[no-untyped-def]
                                         district: dict[str, Any],
                                         tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    for name in ("v1", "v2"):
        shutil.copy(district[name], drop)
    (drop / "junk.zip").write_bytes(b"junk")
    (drop / "notes.txt").write_text("not a package")
    page = ImportPage(province)
    qtbot.addWidget(page)
    assert page.acceptDrops() and not page.check_button.isEnabled()
    assert page.add_paths([drop]) == 3
    assert [page.file_list.item(i).text() for i in range(page.file_list.count())] == ["junk.zip", "v1.zip", "v2.zip"]
    assert page.add_paths([drop / "v1.zip"]) == 0  # already listed

    with qtbot.waitSignal(page.done, timeout=120_000):
        page.check_button.click()
    assert [r.outcome for r in page.receipts] == ["rejected", "imported", "replaced"]
    assert cells(page.table, 0) == ["junk.zip", "v1.zip", "v2.zip"]
    assert cells(page.table, 4) == ["ไม่รับ", "จะนำเข้า", "รุ่นใหม่ จะแทนรุ่นเดิม"]
    assert cells(page.table, 1)[1] == "โพนพิสัย" and cells(page.table, 2)[1] == "ก.พ. 2568"
    assert cells(page.table, 3)[1:] == ["1", "2"] and "ไม่ใช่ไฟล์ zip" in cells(page.table, 5)[0]
    assert page.table.item(0, 4).foreground().color().name() == "#b00020"
    assert "ยังไม่ได้บันทึก" in page.summary.text()
    rows, _ = province.province.consolidated("2568-02")
    assert not any(r.package for r in rows) and not (province.db.paths.root / "packages").exists()

    assert page.import_button.isEnabled()
    periods: list[str] = []
    page.imported.connect(periods.append)
    with qtbot.waitSignal(page.done, timeout=120_000):
        page.import_button.click()
    assert periods == ["2568-02"]
    assert cells(page.table, 4) == ["ไม่รับ", "นำเข้าแล้ว", "รุ่นใหม่ แทนรุ่นเดิมแล้ว"]
    assert "นำเข้าแล้ว 2 ไฟล์" in page.summary.text() and not page.import_button.isEnabled()
    folder = province.province.package_folder("4305", "2568-02")
    assert folder is not None and (folder / "records.xlsx").is_file()

    page.clear()
    assert page.file_list.count() == 0 and page.table.rowCount() == 0


def test_dropping_and_choosing_files_and_folders(qtbot, province: Services,  # type: ignore[no-untyped-def]
                                                 district: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    page = ImportPage(province)
    qtbot.addWidget(page)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(district["v1"])), QUrl.fromLocalFile(str(district["v2"].parent))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert sorted(p.name for p in page.files) == ["v1.zip", "v2.zip"]  # the folder adds v2 (v1 once)
    assert page.check_button.isEnabled() and not page.import_button.isEnabled()

    page.clear_button.click()
    assert page.files == [] and not page.check_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(district["v2"])], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(district["v1"].parent))
    menu = page.choose_button.menu()
    assert menu is not None and [a.text() for a in menu.actions()] == ["เลือกไฟล์ชุดข้อมูล (.zip)…", "เลือกโฟลเดอร์…"]
    menu.actions()[0].trigger()
    assert [p.name for p in page.files] == ["v2.zip"]
    menu.actions()[1].trigger()
    assert [p.name for p in page.files] == ["v2.zip", "v1.zip"]


def test_drill_down_survives_a_broken_records_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "abc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "records.xlsx").write_bytes(b"not a workbook")
    dialog = DistrictDialog(tmp_path, "อำเภอทดสอบ", DateStyle.THAI_DIGITS)
    qtbot.addWidget(dialog)
    assert dialog.sheet_titles() == [] and dialog.evidence.count() == 1
    assert dialog.evidence.item(0).text() == "abc.pdf"
    assert any("อ่านไฟล์ records.xlsx ของอำเภอไม่ได้" in label.text() for label in dialog.findChildren(QLabel))


def test_consolidated_page_drill_down_and_export(qtbot, province: Services,  # type: ignore[no-untyped-def]
                                                 district: dict[str, Any], tmp_path: Path,
                                                 shown: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for code in NONG_KHAI:
        province.province.register_district(code)
    assert [r.outcome for r in province.province.import_packages([district["v2"]])] == ["imported"]
    page = ConsolidatedPage(province)
    qtbot.addWidget(page)
    assert page.picker.period().key() == "2568"
    assert page.table.rowCount() == 9 and cells(page.table, 2) == ["ยังไม่ส่งชุดข้อมูลของช่วงนี้"] * 9
    page.show_period("2568-02")
    assert page.picker.period().key() == "2568-02"
    rows, criteria = province.province.consolidated("2568-02")
    mine = next(r for r in rows if r.code == "4305")
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["อันดับ", "อำเภอ", *[cid for cid, _ in criteria], "รวม", "รุ่นที่ส่ง"]
    assert page.table.horizontalHeaderItem(2).toolTip() == criteria[0][1]
    assert cells(page.table, 0)[0] == "1" and cells(page.table, 1)[0] == "โพนพิสัย"
    assert cells(page.table, headers.index("รวม"))[0] == f"{mine.total:g}"
    assert cells(page.table, headers.index("รุ่นที่ส่ง"))[0] == "2"
    assert cells(page.table, 1)[1:] == [r.name for r in rows if r.code != "4305"]
    assert page.table.item(1, 1).foreground().color().name() == "#6b6b6b"
    assert page.summary.text() == "ส่งชุดข้อมูลแล้ว 1 จาก 9 อำเภอ"
    assert page.missing.text().startswith("ยังไม่ส่ง: เมืองหนองคาย, ท่าบ่อ") and "โพนพิสัย" not in page.missing.text()

    # drill down: double-click the district's row
    page.table.selectRow(0)
    page.table.doubleClicked.emit(page.table.model().index(0, 1))
    dialog = page.drill
    assert dialog is not None and dialog.isVisible() and "โพนพิสัย" in dialog.windowTitle()
    qtbot.addWidget(dialog)
    assert {"ข้อมูลสำนักงาน", "บุคลากร", "ทะเบียนคอมพิวเตอร์", "ไฟล์หลักฐาน"} <= set(dialog.sheet_titles())
    staff = dialog.tabs.widget(dialog.sheet_titles().index("บุคลากร"))
    assert isinstance(staff, QTableWidget) and staff.rowCount() >= 1
    assert staff.horizontalHeaderItem(1).text() == "ชื่อ-นามสกุล"
    assert dialog.evidence.count() >= 1 and dialog.evidence.item(0).text().startswith("ภาพกิจกรรม.png")
    opened: list[QUrl] = []
    monkeypatch.setattr("ui.pages.province_pages.district_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    dialog.evidence.setCurrentRow(0)
    dialog.open_evidence()
    assert opened and Path(opened[0].toLocalFile()).parent.name == "evidence"
    assert not dialog.open_file(tmp_path / "run-me.exe") and "เพื่อความปลอดภัย" in shown[-1]
    dialog.close()
    page.table.selectRow(3)  # a district that has not sent
    page.open_selected()
    assert "ยังไม่ส่งชุดข้อมูลของช่วงนี้" in shown[-1]

    out = tmp_path / "สรุปผล.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.done, timeout=120_000):
        page.pdf_button.click()
    assert page.exported == out and out.is_file() and str(out) in page.message.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "โพนพิสัย" in text and "ยังไม่ส่ง" in text
    with qtbot.waitSignal(page.done, timeout=120_000):
        page.export_to(tmp_path / "สรุปผล.xlsx")
    assert page.exported == tmp_path / "สรุปผล.xlsx" and page.exported.is_file()
    with qtbot.waitSignal(page.done, timeout=120_000):
        page.export_to(tmp_path / "missing-folder" / "x.pdf")
    assert page.exported is None and shown[-1]


def test_window_turns_into_province_mode(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ตั้งค่า → โหมดจังหวัด adds the three province pages with every district registered; a
    window opened later on the same data shows them from the start."""
    from cddesk.paths import DataPaths as Paths
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    services = Services.open(Paths(tmp_path / "prov"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    before = window.nav.count()
    window.enable_province_mode("43")
    assert window.nav.count() == before + 3 and window.nav.currentRow() == before
    assert len(services.province.districts()) == 9
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.nav.count() == before + 3 and not again.province_action.isEnabled()
    services.close()
