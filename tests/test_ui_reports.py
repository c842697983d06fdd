"""The Reports page on the sample office: make a report in the background (the window
keeps handling events), preview its pages, cancel, save, open the folder, Excel preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QLabel

from cddesk.app_services import Services
from tests.pdf_helpers import pages
from ui.app import create_application
from ui.main_window import MainWindow
from ui.pages.reports_page import NAME_ROLE, ReportsPage


@pytest.fixture
def page(qtbot, sample_services: Services) -> ReportsPage:  # type: ignore[no-untyped-def]
    create_application()
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    found = window.go_to("รายงาน")
    assert isinstance(found, ReportsPage)
    return found


def choose(page: ReportsPage, name: str, month_index: int = 0, fmt: str = "pdf") -> None:
    for i in range(page.report_list.count()):
        if page.report_list.item(i).data(NAME_ROLE) == name:
            page.report_list.setCurrentRow(i)
    page.year.setValue(2568)
    page.month.setCurrentIndex(month_index)
    (page.pdf_button if fmt == "pdf" else page.xlsx_button).setChecked(True)


def test_make_preview_save_and_open_folder(qtbot, page: ReportsPage, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "digital40")
    assert page.report_name() == "digital40" and page.period().key() == "2568"
    ticks = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    page.make_button.click()
    qtbot.waitUntil(lambda: page.made is not None, timeout=60_000)
    timer.stop()
    assert len(ticks) >= 3, "the event loop kept running while the report was made"
    made = page.made
    assert made is not None and made.pages >= 5
    shown = page.page_labels
    assert len(shown) == made.pages == page.pages_layout.count()
    assert all(isinstance(w, QLabel) and not w.pixmap().isNull() and w.pixmap().width() > 400 for w in shown)
    assert page.preview.currentWidget() is page.pages_view
    assert "สร้างแล้ว" in page.message.text()
    assert not page.folder_button.isEnabled()

    target = tmp_path / "saved" / "ประเมินตนเอง.pdf"
    target.parent.mkdir()
    assert page.save_to(target)
    assert pages(target) == made.pages
    opened: list[QUrl] = []
    monkeypatch.setattr("ui.pages.reports_page.QDesktopServices.openUrl", lambda url: opened.append(url))
    assert page.folder_button.isEnabled()
    page.folder_button.click()
    assert opened and Path(opened[0].toLocalFile()) == target.parent


def test_cancel_keeps_nothing(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    choose(page, "monthly")
    page.make_button.click()
    assert page.progress is not None
    page.progress.cancel()
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=60_000)
    assert page.made is None
    assert "ยกเลิก" in page.message.text()
    assert list(Path(page._temp.name).iterdir()) == []


def test_excel_preview_and_month_period(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    choose(page, "meetings", month_index=5, fmt="xlsx")  # ก.พ. 2568
    assert page.period().key() == "2568-02"
    page.make_button.click()
    qtbot.waitUntil(lambda: page.made is not None, timeout=60_000)
    assert page.preview.currentWidget() is page.sheet
    assert page.sheet.item(0, 0).text() == "สถิติการประชุมออนไลน์"
    assert any("กุมภาพันธ์" in (page.sheet.item(r, 0).text() if page.sheet.item(r, 0) else "")
               for r in range(page.sheet.rowCount()))
