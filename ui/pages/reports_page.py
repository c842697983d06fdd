"""The Reports page: pick a report, a period (a fiscal year or one of its months) and a
format; the report is made in the background (a progress dialog that can cancel; the
window stays responsive), then previewed — PDF pages as images in a scrollable view,
an Excel sheet as a table — and saved where the officer chooses; "open folder" shows it.

Reports come from :func:`cddesk.reports.generate`, the same call as
``python main.py report``. The preview file lives in a temporary folder until saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.files import copy_atomic
from cddesk.pdf.preview import PageImage
from cddesk.periods import Period
from cddesk.progress import Cancelled, Progress
from cddesk.reports import REPORTS, Generated, generate
from ui.i18n import tr
from ui.widgets.period import PeriodPicker
from ui.worker import run_with_progress

NAME_ROLE = Qt.ItemDataRole.UserRole + 20
PREVIEW_PAGES = 40  # a preview of the first pages; the saved file has them all


class ReportsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._temp = tempfile.TemporaryDirectory(prefix="cddesk-report-")
        self.made: Generated | None = None
        self.made_name = ""
        self.page_images: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self.saved_path: Path | None = None
        self.progress: Progress | None = None

        self.report_list = QListWidget(self)
        for spec in REPORTS:
            item = QListWidgetItem(tr(spec.title))
            item.setData(NAME_ROLE, spec.name)
            item.setToolTip(tr(spec.description))
            self.report_list.addItem(item)
        self.report_list.setCurrentRow(0)
        self.report_list.setWordWrap(True)
        profile = services.office.profile()
        self.picker = PeriodPicker(profile.fiscal_year if profile else 2568, self)
        self.year, self.month = self.picker.year, self.picker.month
        self.pdf_button = QRadioButton(tr("PDF (พิมพ์/ส่งจังหวัด)"), self)
        self.xlsx_button = QRadioButton(tr("Excel"), self)
        self.pdf_button.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.pdf_button)
        formats.addButton(self.xlsx_button)
        self.make_button = QPushButton(tr("สร้างรายงาน"), self)
        self.make_button.setDefault(True)
        self.save_button = QPushButton(tr("บันทึกเป็นไฟล์…"), self)
        self.folder_button = QPushButton(tr("เปิดโฟลเดอร์"), self)
        self.save_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self.save)
        self.folder_button.clicked.connect(self.open_folder)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(tr("ช่วงเวลา"), self.picker)
        fmt_row = QVBoxLayout()
        fmt_row.addWidget(self.pdf_button)
        fmt_row.addWidget(self.xlsx_button)
        form.addRow(tr("รูปแบบ"), fmt_row)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("รายงาน"), self))
        left.addWidget(self.report_list, 1)
        left.addLayout(form)
        note = QLabel(tr("ตัวเลขไทยหรืออารบิกในรายงาน PDF เปลี่ยนได้ที่เมนู ตั้งค่า"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        left.addWidget(note)
        left.addWidget(self.make_button)
        left.addWidget(self.save_button)
        left.addWidget(self.folder_button)
        left.addWidget(self.message)

        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_view = QScrollArea(self)
        self.pages_view.setWidgetResizable(True)
        self.pages_view.setWidget(self.pages_box)
        self.sheet = QTableWidget(self)
        self.empty = QLabel(tr("เลือกรายงานและช่วงเวลา แล้วกด «สร้างรายงาน» เพื่อดูตัวอย่าง"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget(self)
        for widget in (self.empty, self.pages_view, self.sheet):
            self.preview.addWidget(widget)

        layout = QHBoxLayout(self)
        side = QWidget(self)
        side.setLayout(left)
        side.setFixedWidth(380)
        layout.addWidget(side)
        layout.addWidget(self.preview, 1)

    # -- choices ------------------------------------------------------------------------
    def report_name(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(NAME_ROLE)) if item else REPORTS[0].name

    def period(self) -> Period:
        return self.picker.period()

    def fmt(self) -> str:
        return "pdf" if self.pdf_button.isChecked() else "xlsx"

    # -- making -------------------------------------------------------------------------
    def make(self) -> None:
        name, period, fmt = self.report_name(), self.period(), self.fmt()
        target = Path(self._temp.name) / f"{name}-{period.key()}.{fmt}"
        self.make_button.setEnabled(False)
        services = self.services

        def work(progress: Progress) -> tuple[Generated, list[PageImage]]:
            made = generate(services, name, period, "pdf" if fmt == "pdf" else "xlsx", target, progress=progress)
            images: list[PageImage] = []
            if fmt == "pdf":
                from cddesk.pdf.preview import render_pages

                for image in render_pages(made.path, limit=PREVIEW_PAGES):
                    progress.step(len(images), made.pages, "แสดงตัวอย่าง")
                    images.append(image)
            return made, images

        self.made_name = name
        self.progress = run_with_progress(self, tr("กำลังสร้างรายงาน…"), tr("ยกเลิก"), work, self._made)

    def _made(self, result: Any, error: BaseException | None) -> None:
        self.make_button.setEnabled(True)
        if error is not None:
            if isinstance(error, Cancelled):
                self.message.setText(tr("ยกเลิกการสร้างรายงานแล้ว"))
                return
            if not isinstance(error, KnownError):
                raise error
            self.message.setText(f"<span style='color:#b00020'>{error.message}</span>")
            return
        made, images = result
        self.made = made
        self.saved_path = None
        self.save_button.setEnabled(True)
        self.folder_button.setEnabled(False)
        lines = [tr("สร้างแล้ว {pages} หน้า").format(pages=made.pages) if made.pages else tr("สร้างไฟล์ Excel แล้ว")]
        lines += [f"<span style='color:#b26a00'>⚠ {w}</span>" for w in made.warnings]
        self.message.setText("<br>".join(lines))
        if images:
            self._show_pages(images)
        else:
            self._show_sheet(made.path)

    def _show_pages(self, images: list[PageImage]) -> None:
        for old in self.page_labels:
            self.pages_layout.removeWidget(old)
            old.deleteLater()
        self.page_images = [QImage(i.rgb, i.width, i.height, i.width * 3, QImage.Format.Format_RGB888).copy()
                            for i in images]
        self.page_labels = [QLabel(self.pages_box) for _ in self.page_images]
        for label in self.page_labels:
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages_layout.addWidget(label)
        self.preview.setCurrentWidget(self.pages_view)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Pages as wide as the view (never larger than rendered), so a landscape form fits."""
        width = self.pages_view.viewport().width() - 30
        for label, image in zip(self.page_labels, self.page_images):
            shown = image if image.width() <= width else image.scaledToWidth(
                max(200, width), Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(shown))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page_images:
            self._fit_pages()

    def _show_sheet(self, path: Path) -> None:
        from openpyxl import load_workbook

        self.page_images = []
        book = load_workbook(path, read_only=True)
        ws = book.worksheets[0]
        rows = [[("" if v is None else str(v)) for v in row] for row in ws.iter_rows(max_row=300, values_only=True)]
        book.close()
        self.sheet.clear()
        self.sheet.setRowCount(len(rows))
        self.sheet.setColumnCount(max((len(r) for r in rows), default=0))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.sheet.setItem(r, c, QTableWidgetItem(value))
        self.sheet.resizeColumnsToContents()
        self.preview.setCurrentWidget(self.sheet)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if self.made is None:
            return
        suffix = self.made.path.suffix
        start = str(Path.home() / self.made.path.name)
        kind = tr("PDF (*.pdf)") if suffix == ".pdf" else tr("Excel (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("บันทึกรายงาน"), start, kind)
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> bool:
        assert self.made is not None
        if target.suffix.lower() != self.made.path.suffix:
            target = target.with_suffix(self.made.path.suffix)
        try:
            copy_atomic(self.made.path, target)
        except KnownError as exc:
            QMessageBox.warning(self, tr("บันทึกไม่สำเร็จ"), exc.message)
            return False
        self.saved_path = target
        self.folder_button.setEnabled(True)
        self.message.setText(tr("บันทึกแล้วที่ {path}").format(path=target))
        return True

    def open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))
