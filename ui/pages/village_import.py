"""Importing the register of IT villages and model tambons (seed 004) into the page of
:mod:`ui.pages.villages_page`: the letter's table pasted as text or opened from Excel, a
result per row, unknown place names confirmed against the gazetteer, then all rows stored
or none (:class:`cddesk.it_villages.RegisterService`, as ``import-register`` does). The
labels and message helpers here are shared with the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.it_villages import Kind, ParsedRegister, RegisterPreview, RegisterService, parse_text, read_source
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.fields import ChoiceCombo
from ui.worker import run_in_background

KIND_LABELS: dict[str, str] = {"village": QT_TR_NOOP("หมู่บ้านสารสนเทศชุมชนดีเด่น"),
                               "tambon": QT_TR_NOOP("สารสนเทศตำบลต้นแบบ")}
LEVEL_LABELS: dict[str, str] = {"district": QT_TR_NOOP("ระดับอำเภอ"), "province": QT_TR_NOOP("ระดับจังหวัด")}
STATUS_LABELS: dict[str, str] = {"ok": QT_TR_NOOP("พร้อมบันทึก"), "duplicate": QT_TR_NOOP("ซ้ำ (ไม่บันทึกซ้ำ)"),
                                 "existing": QT_TR_NOOP("มีในทะเบียนแล้ว"),
                                 "unknown": QT_TR_NOOP("ชื่อไม่พบในทำเนียบ"), "invalid": QT_TR_NOOP("อ่านไม่ได้")}
KIND_SHORT: dict[str, str] = {"village": QT_TR_NOOP("หมู่บ้าน"), "tambon": QT_TR_NOOP("ตำบล")}
NAME_FIELDS: dict[str, str] = {"province": QT_TR_NOOP("จังหวัด"), "district": QT_TR_NOOP("อำเภอ"),
                               "tambon": QT_TR_NOOP("ตำบล")}
STATUS_COLOURS = {"duplicate": "#fff4cc", "existing": "#eeeeee", "unknown": "#fde2e2", "invalid": "#fde2e2"}
RED, GREEN = "#b00020", "#1b5e20"


def error_text(error: BaseException) -> str:
    if not isinstance(error, KnownError):
        raise error
    return error.message


def coloured(text: str, colour: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    return f"<span style='color:{colour}'>{escaped}</span>"


# --- import ------------------------------------------------------------------------------------

class ImportRegisterDialog(QDialog):
    """Paste the letter's table or open an .xlsx → every row's result and the unknown
    names with the gazetteer's suggestion to confirm → store all (or nothing)."""

    PREVIEW_HEADERS = (QT_TR_NOOP("แถวที่"), QT_TR_NOOP("ผล"), QT_TR_NOOP("ชนิด"), QT_TR_NOOP("อำเภอ"),
                       QT_TR_NOOP("ตำบล"), QT_TR_NOOP("หมู่บ้าน"), QT_TR_NOOP("หมู่ที่"), QT_TR_NOOP("ปี พ.ศ."),
                       QT_TR_NOOP("ระดับ"), QT_TR_NOOP("รายละเอียด"))
    NAME_HEADERS = (QT_TR_NOOP("ชื่อของ"), QT_TR_NOOP("ชื่อในหนังสือ"), QT_TR_NOOP("ค้นใน"), QT_TR_NOOP("แถวที่"),
                    QT_TR_NOOP("ใช้ชื่อ (ยืนยัน)"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = RegisterService(services.db)
        self.parsed: ParsedRegister | None = None
        self.preview: RegisterPreview | None = None
        self.stored: int | None = None
        self._source: tuple[str, Path | str] | None = None  # what the preview was read from
        self.setWindowTitle(tr("นำเข้าทะเบียนหมู่บ้านสารสนเทศ/ตำบลต้นแบบ"))
        self.resize(1100, 720)

        self.kind = ChoiceCombo([(None, tr("ทั้งสองตาราง (แยกตามหัวตาราง)")),
                                 ("village", tr(KIND_LABELS["village"])), ("tambon", tr(KIND_LABELS["tambon"]))], self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(tr("วางตารางที่คัดลอกจากหนังสือจังหวัดที่นี่ (มีแถวหัวตาราง ที่ จังหวัด อำเภอ "
                                        "ตำบล หมู่บ้าน หมู่ที่ ปี พ.ศ. หมายเหตุ) แล้วกด «ตรวจสอบ»"))
        self.check_button = QPushButton(tr("ตรวจสอบ"), self)
        self.file_button = QPushButton(tr("เปิดไฟล์ Excel หรือข้อความ…"), self)
        self.check_button.clicked.connect(self.check_text)
        self.file_button.clicked.connect(self.choose_file)
        self.kind.currentIndexChanged.connect(lambda _i: self._reparse())

        self.rows = QTableWidget(0, len(self.PREVIEW_HEADERS), self)
        self.rows.setHorizontalHeaderLabels([tr(h) for h in self.PREVIEW_HEADERS])
        self.rows.horizontalHeader().setSectionResizeMode(len(self.PREVIEW_HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)
        self.names = QTableWidget(0, len(self.NAME_HEADERS), self)
        self.names.setHorizontalHeaderLabels([tr(h) for h in self.NAME_HEADERS])
        self.names.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.names.verticalHeader().setVisible(False)
        self.names.itemChanged.connect(self._name_changed)
        self.accept_all_button = QPushButton(tr("ยืนยันทุกชื่อที่โปรแกรมเสนอ"), self)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_button = QPushButton(tr("บันทึกลงทะเบียน"), self)
        self.store_button.setEnabled(False)
        self.store_button.clicked.connect(self.store)
        close = QPushButton(tr("ปิด"), self)
        close.clicked.connect(self.reject)

        source = QHBoxLayout()
        source.addWidget(QLabel(tr("ตาราง"), self))
        source.addWidget(self.kind, 1)
        source.addWidget(self.file_button)
        source.addWidget(self.check_button)
        names_box = QGroupBox(tr("ชื่อสถานที่ที่ไม่พบในทำเนียบ — ติ๊กยืนยันชื่อที่ถูกต้อง (แก้ชื่อได้) ก่อนบันทึก"), self)
        names_layout = QVBoxLayout(names_box)
        names_layout.addWidget(self.names)
        names_layout.addWidget(self.accept_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.text)
        split.addWidget(self.rows)
        split.addWidget(names_box)
        split.setSizes([110, 330, 240])
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.store_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # -- reading --------------------------------------------------------------------------------
    def kind_value(self) -> Kind | None:
        value = self.kind.value()
        return "village" if value == "village" else "tambon" if value == "tambon" else None

    def check_text(self) -> None:
        text = self.text.toPlainText()
        parsed = parse_text(text, self.kind_value())
        if not parsed.rows:
            self._say(tr("ไม่พบแถวของตารางในข้อความ คัดลอกตารางจากหนังสือทั้งตาราง (รวมแถวหัวตาราง) แล้ววางใหม่"), RED)
            return
        self._source = ("text", text)
        self.set_parsed(parsed)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("เลือกไฟล์ทะเบียน"), "",
                                              tr("ตารางทะเบียน") + " (*.xlsx *.xlsm *.txt *.csv);;"
                                              + tr("ทุกไฟล์") + " (*)")
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        try:
            parsed = read_source(path, self.kind_value())
        except KnownError as exc:
            self._say(exc.message, RED)
            return False
        self._source = ("file", path)
        self.set_parsed(parsed)
        return True

    def _reparse(self) -> None:
        source = self._source
        if source is None:
            return
        if source[0] == "file":
            self.open_file(Path(source[1]))
        else:
            self.check_text()

    def set_parsed(self, parsed: ParsedRegister) -> None:
        self.parsed = parsed
        self.names.blockSignals(True)
        self.names.setRowCount(0)
        self.names.blockSignals(False)
        self.refresh_preview()

    # -- corrections ------------------------------------------------------------------------------
    def corrections(self) -> dict[str, str]:
        """The names the person confirmed: printed name → name to store."""
        out: dict[str, str] = {}
        for row in range(self.names.rowCount()):
            wrong, right = self.names.item(row, 1), self.names.item(row, 4)
            if wrong and right and right.checkState() == Qt.CheckState.Checked and right.text().strip():
                out[wrong.text()] = right.text().strip()
        return out

    def _name_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 4:
            self.refresh_preview()

    def accept_all(self) -> None:
        self.names.blockSignals(True)
        for row in range(self.names.rowCount()):
            item = self.names.item(row, 4)
            if item is not None and item.text().strip():
                item.setCheckState(Qt.CheckState.Checked)
        self.names.blockSignals(False)
        self.refresh_preview()

    # -- preview ----------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        if self.parsed is None:
            return
        self.preview = preview = self.register.preview(self.parsed, self.corrections())
        self._fill_rows(preview)
        self._fill_names(preview)
        lines = [tr("อ่านแล้ว {read} แถว: พร้อมบันทึก {ok}, ซ้ำ {dup}, มีในทะเบียนแล้ว {existing}, "
                    "ชื่อไม่พบในทำเนียบ {unknown}, อ่านไม่ได้ {invalid}").format(
            read=preview.read, ok=preview.to_store, dup=len(preview.duplicates), existing=preview.count("existing"),
            unknown=preview.count("unknown"), invalid=preview.count("invalid"))]
        if preview.other_kind:
            lines.append(tr("ข้ามแถวของอีกตาราง {n} แถว").format(n=preview.other_kind))
        ok = preview.can_store
        if not ok:
            lines.append(preview.refusal())
        self.summary.setText(coloured("\n".join(lines), GREEN if ok else RED))
        self.store_button.setEnabled(ok and preview.to_store > 0)

    def _fill_rows(self, preview: RegisterPreview) -> None:
        # Rows needing attention first, in the letter's order within each group.
        order = {"invalid": 0, "unknown": 1, "duplicate": 2, "existing": 3, "ok": 4}
        results = sorted(preview.rows, key=lambda r: (order[r.status], r.row.line))
        self.rows.setRowCount(len(results))
        for i, r in enumerate(results):
            d = r.data
            cells = [r.row.ref, tr(STATUS_LABELS[r.status]), tr(KIND_SHORT[r.row.kind]),
                     d.district if d else r.row.district, d.tambon if d else r.row.tambon,
                     d.village if d else r.row.village, str(d.moo) if d and d.moo is not None else r.row.moo,
                     str(d.year) if d and d.year else r.row.year, tr(LEVEL_LABELS[d.level]) if d else "",
                     "\n".join(r.details())]
            brush = QBrush(QColor(STATUS_COLOURS[r.status])) if r.status in STATUS_COLOURS else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == len(cells) - 1:
                    item.setToolTip(text)
                if brush is not None:
                    item.setBackground(brush)
                self.rows.setItem(i, c, item)
        self.rows.resizeColumnsToContents()
        self.rows.resizeRowsToContents()

    def _fill_names(self, preview: RegisterPreview) -> None:
        """One line per unknown name; lines already there keep what the person typed/ticked."""
        known = set()
        for r in range(self.names.rowCount()):
            what, printed = self.names.item(r, 0), self.names.item(r, 1)
            if what is not None and printed is not None:
                known.add((what.data(Qt.ItemDataRole.UserRole), printed.text()))
        self.names.blockSignals(True)
        for summary in preview.unknown_names():
            name = summary.name
            if (name.field, name.name) in known:
                continue
            row = self.names.rowCount()
            self.names.insertRow(row)
            what = QTableWidgetItem(tr(NAME_FIELDS[name.field]))
            what.setData(Qt.ItemDataRole.UserRole, name.field)
            cells = [what, QTableWidgetItem(name.name), QTableWidgetItem(name.within),
                     QTableWidgetItem(", ".join(summary.refs))]
            for c, item in enumerate(cells):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.names.setItem(row, c, item)
            choice = QTableWidgetItem(name.suggestion or "")
            choice.setFlags(choice.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            choice.setCheckState(Qt.CheckState.Unchecked)
            self.names.setItem(row, 4, choice)
        self.names.blockSignals(False)
        self.names.resizeColumnsToContents()

    def _say(self, text: str, colour: str) -> None:
        self.summary.setText(coloured(text, colour))

    # -- storing ----------------------------------------------------------------------------------
    def store(self) -> None:
        preview = self.preview
        if preview is None or not preview.can_store:
            return
        for button in (self.store_button, self.check_button, self.file_button):
            button.setEnabled(False)
        register = self.register
        run_in_background(lambda: register.store(preview), self._stored)

    def _stored(self, count: Any, error: BaseException | None) -> None:
        for button in (self.check_button, self.file_button):
            button.setEnabled(True)
        if error is not None:
            self._say(error_text(error), RED)
            self.store_button.setEnabled(True)
            return
        self.stored = int(count)
        QMessageBox.information(self, tr("นำเข้าเสร็จแล้ว"), tr("บันทึกลงทะเบียนแล้ว {n} แถว").format(n=self.stored))
        self.accept()
