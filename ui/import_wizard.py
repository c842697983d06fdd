"""Import an existing computer register from Excel: pick the sheet, check the column
mapping (guessed from Thai headers), see every row's problems and which year system was
assumed for its dates, then import all or nothing. Duplicates are reported, not stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.services import computer_import as ci
from cddesk.services.xlsx_sheets import SheetData, SheetInfo, cell_text, load_sheet, read_workbook
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.fields import ChoiceCombo
from ui.worker import run_in_background

SKIP = QT_TR_NOOP("— ไม่นำเข้า —")
PROBLEM = QBrush(QColor("#fde2e2"))
DUPLICATE = QBrush(QColor("#fff4cc"))


class ImportWizard(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path = path
        self.sheets: list[SheetInfo] = []
        self.sheet: SheetData | None = None
        self.preview: ci.ImportPreview | None = None
        self.result_summary = ""
        self.setWindowTitle(tr("นำเข้าทะเบียนคอมพิวเตอร์จาก Excel"))
        self.resize(1000, 640)

        self.steps = QStackedWidget(self)
        self.step_label = QLabel(self)
        self.step_label.setStyleSheet("font-weight: bold;")
        self.sheet_combo = ChoiceCombo(parent=self)
        self.sheet_info = QLabel(self)
        self.sheet_info.setWordWrap(True)
        sheet_page = QWidget(self)
        sheet_layout = QVBoxLayout(sheet_page)
        sheet_layout.addWidget(QLabel(tr("เลือกแผ่นงาน (sheet) ที่เป็นทะเบียนเครื่องคอมพิวเตอร์:"), sheet_page))
        sheet_layout.addWidget(self.sheet_combo)
        sheet_layout.addWidget(self.sheet_info)
        sheet_layout.addStretch(1)
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet_info)

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels([tr("คอลัมน์ในไฟล์"), tr("ตัวอย่างข้อมูล"), tr("นำเข้าเป็น")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.preview_table = QTableWidget(0, 4, self)
        self.preview_table.setHorizontalHeaderLabels([tr("แถว"), tr("ผล"), tr("เลขครุภัณฑ์"), tr("รายละเอียด")])
        self.preview_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setWordWrap(True)
        for page in (sheet_page, self.mapping_table, self.preview_table):
            self.steps.addWidget(page)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.back_button = QPushButton(tr("ย้อนกลับ"), self)
        self.next_button = QPushButton(tr("ถัดไป"), self)
        self.cancel_button = QPushButton(tr("ยกเลิก"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

    # -- flow -------------------------------------------------------------------------
    def run(self) -> bool:
        """Ask for the file (unless given), then show the wizard; True when rows were imported."""
        if self.path is None:
            name, _ = QFileDialog.getOpenFileName(self.parentWidget(), tr("เลือกไฟล์ทะเบียนคอมพิวเตอร์"),
                                                  "", "Excel (*.xlsx *.xlsm);;" + tr("ทุกไฟล์") + " (*)")
            if not name:
                return False
            self.path = Path(name)
        if not self.open_file(self.path):
            return False
        return bool(self.exec()) and bool(self.result_summary)

    def open_file(self, path: Path) -> bool:
        try:
            self.sheets = read_workbook(path)
        except KnownError as exc:
            QMessageBox.warning(self.parentWidget(), tr("เปิดไฟล์ไม่ได้"), exc.message)
            return False
        visible = [s for s in self.sheets if not s.hidden] or self.sheets
        self.sheet_combo.set_choices([(s.name, tr("{name} ({rows} แถว)").format(name=s.name, rows=f"{s.row_count:,}"))
                                     for s in visible])
        busiest = max(visible, key=lambda s: s.row_count)
        self.sheet_combo.set_value(busiest.name)
        self._go(0)
        return True

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        titles = [tr("ขั้นที่ ๑ จาก ๓: เลือกแผ่นงาน"), tr("ขั้นที่ ๒ จาก ๓: จับคู่คอลัมน์ (ตรวจสอบสิ่งที่โปรแกรมเดาไว้)"),
                  tr("ขั้นที่ ๓ จาก ๓: ตรวจสอบข้อมูลทุกแถวก่อนนำเข้า")]
        self.step_label.setText(f"{self.path.name if self.path else ''} — {titles[step]}")
        self.back_button.setEnabled(step > 0)
        self.next_button.setText(tr("นำเข้า") if step == 2 else tr("ถัดไป"))
        self.next_button.setEnabled(step < 2 or bool(self.preview and self.preview.can_commit))

    def back(self) -> None:
        self.message.clear()
        self._go(max(0, self.steps.currentIndex() - 1))

    def next(self) -> None:
        step = self.steps.currentIndex()
        try:
            if step == 0:
                self._load_sheet()
                self._go(1)
            elif step == 1:
                self._make_preview()
                self._go(2)
            else:
                self._commit()
        except KnownError as exc:
            self.message.setText(f"<span style='color:#b00020'>{exc.message}</span>")

    # -- steps ------------------------------------------------------------------------
    def _show_sheet_info(self) -> None:
        info = next((s for s in self.sheets if s.name == self.sheet_combo.value()), None)
        if info:
            sample = "<br>".join(" | ".join(r) for r in info.first_rows[:4])
            self.sheet_info.setText(tr("แถวแรก ๆ ของแผ่นงานนี้:") + f"<br><span style='color:#555'>{sample}</span>")

    def _load_sheet(self) -> None:
        assert self.path is not None
        self.sheet = load_sheet(self.path, self.sheet_combo.value())
        guess = ci.guess_mapping(self.sheet.headers)
        choices = [(None, tr(SKIP)), *ci.FIELD_LABELS.items()]
        self.mapping_table.setRowCount(len(self.sheet.headers))
        for column, _header in enumerate(self.sheet.headers):
            samples = [cell_text(r.value(column)) for r in self.sheet.rows[:3]]
            self.mapping_table.setItem(column, 0, QTableWidgetItem(self.sheet.column_name(column)))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(" · ".join(s for s in samples if s)))
            combo = ChoiceCombo(choices, self.mapping_table)
            combo.set_value(guess.get(column))
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(2, 260)
        self.message.setText(tr("พบข้อมูล {rows} แถว หัวตารางอยู่แถวที่ {header}").format(
            rows=f"{len(self.sheet.rows):,}", header=self.sheet.header_row))

    def mapping(self) -> dict[int, str]:
        result = {}
        for column in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(column, 2)
            assert isinstance(combo, ChoiceCombo)
            if combo.value():
                result[column] = combo.value()
        return result

    def _make_preview(self) -> None:
        assert self.sheet is not None
        self.preview = ci.preview(self.services.db, self.sheet, self.mapping())
        # Rows needing attention first, in file order within each group.
        rows = sorted(self.preview.rows, key=lambda r: (not r.has_problems, not r.is_duplicate, r.excel_row))
        self.preview_table.setRowCount(len(rows))
        line = self.preview_table.fontMetrics().lineSpacing()
        for i, row in enumerate(rows):
            if row.has_problems:
                verdict, brush = tr("มีปัญหา"), PROBLEM
            elif row.is_duplicate:
                verdict, brush = tr("ซ้ำ (ไม่นำเข้า)"), DUPLICATE
            else:
                verdict, brush = tr("พร้อมนำเข้า"), None
            asset = row.data.asset_number if row.data else cell_text(self._cell(row.excel_row, "asset_number"))
            details = [*row.problems.values(), *([row.duplicate_of] if row.duplicate_of else []), *row.year_notes]
            cells = [str(row.excel_row), verdict, asset, "\n".join(details)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if brush:
                    item.setBackground(brush)
                self.preview_table.setItem(i, c, item)
            lines = sum(1 + len(d) // 90 for d in details)  # long messages wrap once more
            self.preview_table.setRowHeight(i, line * max(1, lines) + 10)
        self.preview_table.resizeColumnToContents(0)
        self.preview_table.resizeColumnToContents(1)
        self.preview_table.resizeColumnToContents(2)
        colour = "#1b5e20" if self.preview.can_commit else "#b00020"
        hint = "" if self.preview.can_commit else tr(" — แก้แถวที่มีปัญหาในไฟล์ Excel แล้วเปิดไฟล์อีกครั้ง (ยังไม่มีการบันทึกใด ๆ)")
        self.message.setText(f"<span style='color:{colour}'>{self.preview.summary()}{hint}</span>")

    def _cell(self, excel_row: int, field: str) -> object:
        assert self.sheet is not None
        column = next((c for c, f in self.mapping().items() if f == field), None)
        row = next((r for r in self.sheet.rows if r.excel_row == excel_row), None)
        return row.value(column) if row is not None and column is not None else ""

    def _commit(self) -> None:
        """All rows in one transaction, off the GUI thread (20,000 rows take seconds), and the
        office scored again there too (see :func:`_commit_and_score`)."""
        preview = self.preview
        assert preview is not None
        for button in (self.back_button, self.next_button, self.cancel_button):
            button.setEnabled(False)
        self.progress = QProgressDialog(tr("กำลังนำเข้า {n} เครื่อง…").format(n=f"{preview.ok_count:,}"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        db = self.services.db
        run_in_background(lambda: _commit_and_score(db, preview), self._committed)

    def _committed(self, result: ci.ImportResult | None, error: BaseException | None) -> None:
        self.progress.close()
        for button in (self.back_button, self.cancel_button):
            button.setEnabled(True)
        if error is not None:
            if not isinstance(error, KnownError):
                raise error
            self.message.setText(f"<span style='color:#b00020'>{error.message} " + tr("(ไม่มีการบันทึกใด ๆ)") + "</span>")
            return
        assert result is not None
        self.result_summary = result.summary()
        QMessageBox.information(self, tr("นำเข้าเสร็จแล้ว"), self.result_summary)
        self.accept()


def _commit_and_score(db: Database, preview: ci.ImportPreview) -> ci.ImportResult:
    """Store the rows, then score the office as the home page will: after thousands of
    computers the register is read whole again (1.4 s for 100,000), here while the progress
    dialog shows rather than on the GUI thread when the home page is next shown."""
    from cddesk.office_facts import score_office

    result = ci.commit(db, preview)
    try:
        score_office(db, None, dt.date.today())
    except KnownError:
        pass  # no office profile yet: the home page says so itself
    return result
