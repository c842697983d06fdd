"""Province mode: the consolidated scores of a period, district by district, with a
drill-down into one district's package (:mod:`.district_dialog`) and PDF/Excel export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from cddesk.app_services import Services
from cddesk.periods import parse_period
from ui.i18n import tr
from ui.pages.province_pages.common import (GREY, failed, fill_table, in_background, lay, period_text, push_button,
                                            read_only_table, text_label)
from ui.pages.province_pages.district_dialog import DistrictDialog
from ui.widgets.period import PeriodPicker

if TYPE_CHECKING:
    from cddesk.province import DistrictScores


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:g}"



class ConsolidatedPage(QWidget):
    done = Signal()  # an export finished

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[DistrictScores] = []
        self.exported: Path | None = None
        self.busy = False
        self.drill: DistrictDialog | None = None
        profile = services.office.profile()
        self.picker = PeriodPicker(profile.fiscal_year if profile else 2568, self)
        self.summary, self.missing, self.message = text_label(self), text_label(self), text_label(self)
        self.table = read_only_table(self)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = push_button(tr("เปิดข้อมูลของอำเภอ"), self, self.open_selected)
        self.pdf_button = push_button(tr("ส่งออก PDF…"), self, lambda: self.export("pdf"))
        self.xlsx_button = push_button(tr("ส่งออก Excel…"), self, lambda: self.export("xlsx"))
        note = text_label(self, tr("ชี้ที่รหัสเกณฑ์บนหัวตารางเพื่อดูชื่อเกณฑ์ · ดับเบิลคลิกอำเภอเพื่อดูข้อมูลและหลักฐาน"
                               "ที่อำเภอส่งมา"), note=True)
        top = lay(QHBoxLayout(), QLabel(tr("ช่วงเวลา"), self), self.picker, None, self.open_button, self.pdf_button,
                   self.xlsx_button)
        lay(QVBoxLayout(self), top, self.summary, (self.table, 1), self.missing, note, self.message)
        self.picker.changed.connect(self.refresh)
        self.refresh()

    def show_period(self, key: str) -> None:
        self.picker.set_period(parse_period(key))
        self.refresh()

    def refresh(self) -> None:
        rows, criteria = self.services.province.consolidated(self.picker.period().key())
        sent = sorted((r for r in rows if r.package), key=lambda r: (r.rank or 0, r.code))
        missing = [r for r in rows if not r.package]
        self.rows = sent + missing
        headers = [tr("อันดับ"), tr("อำเภอ"), *[cid for cid, _ in criteria], tr("รวม"), tr("รุ่นที่ส่ง")]
        cells: list[list[Any]] = [[r.rank, r.name, *[_points(r.criteria.get(c)) for c, _ in criteria],
                                   _points(r.total), r.package["version"] if r.package else ""] for r in sent]
        cells += [["–", r.name] for r in missing]
        fill_table(self.table, headers, cells, [None] * len(sent) + [GREY] * len(missing))
        for r in range(len(sent), len(self.rows)):  # after sizing: the note spans the score columns
            self.table.setSpan(r, 2, 1, len(headers) - 2)
            note = QTableWidgetItem(tr("ยังไม่ส่งชุดข้อมูลของช่วงนี้"))
            note.setForeground(GREY)
            self.table.setItem(r, 2, note)
        for column, (_cid, title) in enumerate(criteria, start=2):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(title)
        self.summary.setText(tr("ส่งชุดข้อมูลแล้ว {sent} จาก {total} อำเภอ").format(sent=len(sent), total=len(rows))
                             if rows else tr("ยังไม่ได้ลงทะเบียนอำเภอ — เพิ่มอำเภอที่หน้า «จังหวัด: อำเภอและใบรับรอง»"))
        self.missing.setText(tr("ยังไม่ส่ง: {names}").format(names=", ".join(r.name for r in missing)) if missing
                             else tr("ส่งครบทุกอำเภอแล้ว") if rows else "")
        self.open_button.setEnabled(bool(sent))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_district(self.rows[row].code)
        else:
            QMessageBox.information(self, tr("เลือกอำเภอ"), tr("เลือกอำเภอในตารางก่อน"))

    def open_district(self, code: str) -> DistrictDialog | None:
        period = self.picker.period()
        folder = self.services.province.package_folder(code, period.key())
        row = next((r for r in self.rows if r.code == code), None)
        if folder is None or row is None or row.package is None:
            QMessageBox.information(self, tr("ข้อมูลของอำเภอ"), tr("อำเภอ{name}ยังไม่ส่งชุดข้อมูลของช่วงนี้").format(
                name=row.name if row else code))
            return None
        title = tr("อำเภอ{name} — {period} รุ่น {version}").format(
            name=row.name, period=period_text(period.key()), version=row.package["version"])
        self.drill = DistrictDialog(folder, title, self.services.office.settings().date_style, self)
        self.drill.open()
        return self.drill

    def export(self, fmt: str) -> None:
        start = str(Path.home() / f"สรุปผลรายอำเภอ-{self.picker.period().key()}.{fmt}")
        kind = tr("PDF (*.pdf)") if fmt == "pdf" else tr("Excel (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("บันทึกรายงานสรุปผลรายอำเภอ"), start, kind)
        if chosen:
            self.export_to(Path(chosen).with_suffix(f".{fmt}"))

    def export_to(self, out: Path) -> None:
        from cddesk.province_report import write_consolidated

        services, period = self.services, self.picker.period()
        self.busy, self.exported = True, None
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        in_background(self, tr("กำลังทำรายงานสรุปผลรายอำเภอ…"), lambda: write_consolidated(services, period, out),
                       lambda _pages, error: self._exported(out, error))

    def _exported(self, out: Path, error: BaseException | None) -> None:
        self.busy = False
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        try:
            if not failed(self, error, tr("บันทึกไม่สำเร็จ")):
                self.exported = out
                self.message.setText(tr("บันทึกแล้วที่ {path}").format(path=out))
        finally:
            self.done.emit()

