"""Province mode: what one district sent for a period — its records (records.xlsx) sheet by
sheet, its evidence files (opened only when of a kind that runs no code) and the signed PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QListWidget, QListWidgetItem, QMessageBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from cddesk.thaidate import DateStyle, format_date
from ui.i18n import tr
from ui.pages.province_pages.common import fill_table, lay, push_button, read_only_table, text_label

SHEET_ROWS = 500
# Evidence comes from another office: open only kinds that do not run code.
SAFE_TO_OPEN = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".pdf", ".txt", ".csv",
                ".xlsx", ".xls", ".docx", ".doc", ".pptx", ".ppt", ".odt", ".ods", ".odp", ".mp4", ".mov", ".mp3"}


def _cell(value: Any, style: DateStyle) -> str:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.datetime | dt.time):
        return value.strftime("%Y-%m-%d %H:%M" if isinstance(value, dt.datetime) else "%H:%M")
    if isinstance(value, dt.date):
        return format_date(value, style)
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def read_sheets(path: Path, style: DateStyle = DateStyle.THAI_DIGITS,
                limit: int = SHEET_ROWS) -> list[tuple[str, list[list[str]]]]:
    """Each sheet's title and its first ``limit`` rows as text (the header row included)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [(ws.title, [[_cell(v, style) for v in row] for row in ws.iter_rows(max_row=limit, values_only=True)])
                for ws in book.worksheets]
    finally:
        book.close()


class DistrictDialog(QDialog):
    """What one district sent: its records (records.xlsx) sheet by sheet, its evidence files
    (named as the district named them, from the sheet of evidence files) and the signed PDF."""

    def __init__(self, folder: Path, title: str, style: DateStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(title)
        self.resize(1100, 680)
        self.tabs = QTabWidget(self)
        names: dict[str, str] = {}
        note = tr("ข้อมูลจากไฟล์ records.xlsx ของอำเภอ (แสดงไม่เกิน {rows} แถวต่อแผ่นงาน)").format(rows=SHEET_ROWS)
        try:  # the file is signed by a trusted district, but it is still a file from elsewhere
            sheets = read_sheets(folder / "records.xlsx", style)
        except Exception as exc:  # missing, not a workbook, broken XML …: say so, show the rest
            sheets, note = [], tr("อ่านไฟล์ records.xlsx ของอำเภอไม่ได้: {error}").format(error=exc)
        for sheet, rows in sheets:
            table = read_only_table(self.tabs)
            fill_table(table, rows[0] if rows else [], rows[1:])
            self.tabs.addTab(table, sheet)
            if rows and {"SHA-256", "ชื่อไฟล์"} <= set(rows[0]):
                sha, shown = rows[0].index("SHA-256"), rows[0].index("ชื่อไฟล์")
                names.update({row[sha]: row[shown] for row in rows[1:] if len(row) > max(sha, shown)})
        self.evidence = QListWidget(self)
        evidence = folder / "evidence"
        files = sorted(p for p in evidence.rglob("*") if p.is_file()) if evidence.is_dir() else []
        for file in files:
            given = names.get(file.stem)
            item = QListWidgetItem(f"{given}  ({file.stem[:8]}…)" if given else file.name, self.evidence)
            item.setData(Qt.ItemDataRole.UserRole, str(file))
            item.setToolTip(str(file))
        self.evidence.itemDoubleClicked.connect(lambda _item: self.open_evidence())
        box = QGroupBox(tr("ไฟล์หลักฐาน ({count} ไฟล์)").format(count=len(files)), self)
        lay(QVBoxLayout(box), (self.evidence, 1), push_button(tr("เปิดไฟล์ที่เลือก"), self, self.open_evidence),
             push_button(tr("เปิดรายงาน PDF ที่ลงนาม"), self, lambda: self.open_file(folder / "reports.pdf")))
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(box)
        splitter.setSizes([800, 300])
        close = QDialogButtonBox(self)
        close.addButton(tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        lay(QVBoxLayout(self), text_label(self, f"<b>{title}</b>"), text_label(self, note, note=True), (splitter, 1),
            close)

    def sheet_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def open_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            self.open_file(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def open_file(self, path: Path) -> bool:
        if path.suffix.lower() not in SAFE_TO_OPEN:
            QMessageBox.warning(self, tr("เปิดไฟล์"), tr("ไม่เปิดไฟล์ชนิด {suffix} จากชุดข้อมูลของอำเภอ "
                                                          "เพื่อความปลอดภัย — ไฟล์อยู่ที่ {path}").format(
                suffix=path.suffix or "-", path=path))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

