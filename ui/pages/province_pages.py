"""Province mode: the districts and their certificates, importing district packages (a dry
run first, then the real import, one receipt per file), and the consolidated scores of a
period with a drill-down into one district's package and PDF/Excel export.

Slow work runs on :func:`ui.worker.run_in_background` behind a progress dialog; the page
sets ``busy`` meanwhile and emits ``done`` when finished. Prompts are thin wrappers around
methods taking plain arguments (``register_certificate``, ``issue``, ``add_paths`` …)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QDialog, QDialogButtonBox, QFileDialog, QGroupBox,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QMessageBox, QProgressDialog, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from cddesk import gazetteer
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.files import atomic_write
from cddesk.periods import parse_period
from cddesk.signing import MIN_PASSPHRASE, ROOT_FILE, common_name, load_identity, read_certificate
from cddesk.thaidate import DateStyle, format_date
from ui.i18n import QT_TR_NOOP, tr
from ui.pages.titles import PROVINCE
from ui.widgets.period import PeriodPicker
from ui.worker import run_in_background

if TYPE_CHECKING:
    from cddesk.province import DistrictScores, Receipt

PROVINCE_PAGE_TITLES = PROVINCE  # the window's titles of these pages (ui/pages/titles.py)
# The receipts' wording (cddesk.province OUTCOME_TEXT / DRY_RUN_TEXT), translatable here.
OUTCOME_TEXT = {"imported": QT_TR_NOOP("นำเข้าแล้ว"),
                "duplicate": QT_TR_NOOP("ซ้ำกับชุดที่นำเข้าไว้แล้ว (ไม่นำเข้าซ้ำ)"),
                "replaced": QT_TR_NOOP("รุ่นใหม่ แทนรุ่นเดิมแล้ว"), "rejected": QT_TR_NOOP("ไม่รับ")}
DRY_RUN_TEXT = {"imported": QT_TR_NOOP("จะนำเข้า"), "duplicate": QT_TR_NOOP("ซ้ำกับชุดที่มีอยู่ (จะไม่นำเข้าซ้ำ)"),
                "replaced": QT_TR_NOOP("รุ่นใหม่ จะแทนรุ่นเดิม"), "rejected": QT_TR_NOOP("ไม่รับ")}
RED, GREY = QColor("#b00020"), QColor("#6b6b6b")
SHEET_ROWS = 500
# Evidence comes from another office: open only kinds that do not run code.
SAFE_TO_OPEN = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".pdf", ".txt", ".csv",
                ".xlsx", ".xls", ".docx", ".doc", ".pptx", ".ppt", ".odt", ".ods", ".odp", ".mp4", ".mov", ".mp3"}
Item = QWidget | QLayout | tuple[QWidget, int] | None


# --- small shared helpers ----------------------------------------------------------------

def _lay(layout: QBoxLayout, *items: Item) -> QBoxLayout:
    """Fill a box layout: widgets, layouts, (widget, stretch), None for a stretch."""
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        elif item is not None:
            layout.addWidget(*(item if isinstance(item, tuple) else (item, 0)))
        else:
            layout.addStretch(1)
    return layout


def _button(text: str, parent: QWidget, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text, parent)
    button.clicked.connect(lambda: slot())
    return button


def _label(parent: QWidget, text: str = "", note: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if note:
        label.setStyleSheet("color: #555;")
    else:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setMinimumSectionSize(44)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[Any]],
          colors: list[QColor | None] | None = None, stretch_last: bool = False) -> None:
    """Read-only cells; numbers right-aligned; long text in a tooltip too."""
    table.clearSpans()
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        color = colors[r] if colors else None
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)) or (isinstance(value, str) and value.replace(".", "").isdigit()):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if color is not None:
                item.setForeground(color)
            if len(item.text()) > 40:
                item.setToolTip(item.text())
            table.setItem(r, c, item)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.resizeColumnsToContents()
    for c in range(len(headers)):  # Thai marks overhang the measured width; very long text is elided
        table.setColumnWidth(c, min(table.columnWidth(c) + 10, 420))
    if table.wordWrap():
        table.resizeRowsToContents()


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def period_text(key: str) -> str:
    """``2568-02`` → ``ก.พ. 2568``; ``2568`` → ``ทั้งปีงบประมาณ 2568`` (as the period picker)."""
    try:
        period = parse_period(key)
    except KnownError:
        return key
    if period.month is None:
        return tr("ทั้งปีงบประมาณ {year}").format(year=period.year)
    return period.month_label()


def _failed(parent: QWidget, error: BaseException | None, title: str) -> bool:
    """True when there was an error: a KnownError is shown in Thai, anything else is a bug."""
    if error is None:
        return False
    if not isinstance(error, KnownError):
        raise error
    QMessageBox.warning(parent, title, error.message)
    return True


def _in_background(parent: QWidget, label: str, work: Callable[[], Any],
                   on_done: Callable[[Any, BaseException | None], None]) -> None:
    """``work`` on the thread pool behind a progress dialog (the services report no steps)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def finished(result: Any, error: BaseException | None) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result, error)

    run_in_background(work, finished)


# --- districts and certificates ----------------------------------------------------------

class DistrictsPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[tuple[str, str, str]] = []
        self.heading = _label(self)
        self.table = _table(self)
        self.add_all_button = _button(tr("เพิ่มอำเภอทั้งหมดของจังหวัด"), self, self.add_all_districts)
        self.register_button = _button(tr("ลงทะเบียนใบรับรองของอำเภอ…"), self, self.register_clicked)
        self.issue_button = _button(tr("ออกใบรับรองให้อำเภอ…"), self, self.issue_clicked)
        self.message = _label(self)
        note = _label(self, tr("อำเภอที่สร้างใบรับรองเองส่งไฟล์ใบรับรอง (.pem หรือ .cer) มาให้ลงทะเบียน หรือจังหวัด"
                               "ออกใบรับรอง (.p12) ให้อำเภอ แล้วแจ้งรหัสผ่านแยกจากไฟล์"), note=True)
        buttons = _lay(QHBoxLayout(), self.add_all_button, self.register_button, self.issue_button, None)
        _lay(QVBoxLayout(self), self.heading, note, buttons, (self.table, 1), self.message)
        self.refresh()

    def refresh(self) -> None:
        province = self.services.province
        name = province.province_name()
        where = tr("สำนักงานพัฒนาชุมชนจังหวัด{province}").format(province=name) if name else tr("ยังไม่ได้ตั้งจังหวัด")
        root = (tr("มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอแล้ว") if province.root_certificate() is not None
                else tr("ยังไม่มีใบรับรองหลัก (root) — จะสร้างเมื่อออกใบรับรองให้อำเภอครั้งแรก"))
        self.heading.setText(f"<b>{where}</b> · {root}")
        row = self.table.currentRow()
        keep = self.rows[row][0] if 0 <= row < len(self.rows) else None
        self.rows = province.districts()
        _fill(self.table, [tr("รหัส"), tr("อำเภอ"), tr("ใบรับรอง")],
              [[code, name, tr("ลงทะเบียนใบรับรองแล้ว (ลายนิ้วมือ {fp}…)").format(fp=fp[:16]) if fp
                else tr("ยังไม่มีใบรับรอง")] for code, name, fp in self.rows],
              [None if fp else GREY for _c, _n, fp in self.rows], stretch_last=True)
        if keep is not None and keep in (codes := [code for code, _n, _f in self.rows]):
            self.table.selectRow(codes.index(keep))

    def selected(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row][0], self.rows[row][1]
        QMessageBox.information(self, tr("เลือกอำเภอ"), tr("เลือกอำเภอในตารางก่อน"))
        return None

    def _done(self, text: str) -> None:
        self.refresh()
        self.message.setText(text)
        self.changed.emit()

    def add_all_districts(self) -> int:
        """Register every district of the province (no certificate yet); returns how many were new."""
        place = gazetteer.province_by_name(self.services.province.province_name())
        if place is None:
            QMessageBox.warning(self, tr("เพิ่มอำเภอ"), tr("ยังไม่ได้ตั้งจังหวัด"))
            return 0
        known = {code for code, _n, _f in self.services.province.districts()}
        new = [d.code for d in gazetteer.districts(place.code) if d.code not in known]
        for code in new:
            self.services.province.register_district(code)
        self._done(tr("เพิ่มอำเภอ {count} อำเภอ").format(count=len(new)))
        return len(new)

    # -- a certificate the district sent -------------------------------------------------------
    def register_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            path, _ = QFileDialog.getOpenFileName(self, tr("ใบรับรองของอำเภอ{name}").format(name=chosen[1]),
                                                  str(Path.home()), tr("ใบรับรอง (*.pem *.cer *.crt)"))
            if path:
                self.register_certificate(chosen[0], Path(path))

    def register_certificate(self, code: str, path: Path) -> bool:
        try:
            cert = read_certificate(Path(path).read_bytes())
            self.services.province.register_district(code, path)
        except (KnownError, OSError) as exc:
            text = exc.message if isinstance(exc, KnownError) else tr("อ่านไฟล์ไม่ได้: {error}").format(error=exc)
            QMessageBox.warning(self, tr("ลงทะเบียนไม่สำเร็จ"), text)
            return False
        self._done(tr("ลงทะเบียนใบรับรองของ «{subject}» ให้อำเภอรหัส {code} แล้ว").format(
            subject=common_name(cert), code=code))
        return True

    # -- a PKCS#12 issued from the province's root ---------------------------------------------
    def _secret(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _new_secret(self, title: str) -> str | None:
        """A new passphrase, typed twice, at least MIN_PASSPHRASE characters; None if not."""
        first = self._secret(title, tr("รหัสผ่านใหม่ (อย่างน้อย {n} ตัวอักษร):").format(n=MIN_PASSPHRASE))
        if first is None:
            return None
        problem = ""
        if len(first) < MIN_PASSPHRASE:
            problem = tr("รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร").format(n=MIN_PASSPHRASE)
        elif self._secret(title, tr("พิมพ์รหัสผ่านเดิมอีกครั้ง:")) != first:
            problem = tr("รหัสผ่านทั้งสองครั้งไม่ตรงกัน")
        if problem:
            QMessageBox.warning(self, title, problem)
            return None
        return first

    def issue_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        code, name = chosen
        title = tr("ใบรับรองหลักของจังหวัด")
        if self.services.province.root_certificate() is None:
            asked = QMessageBox.question(self, title, tr("จังหวัดยังไม่มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอ "
                                                         "สร้างตอนนี้เลยหรือไม่?"))
            root_pass = self._new_secret(title) if asked == QMessageBox.StandardButton.Yes else None
            if root_pass is None or not self.create_root(root_pass):
                return
        else:
            root_pass = self._secret(title, tr("รหัสผ่านของใบรับรองหลัก (root) ของจังหวัด:"))
            if root_pass is None:
                return
            try:  # a wrong passphrase is said now, not after every other question
                load_identity(self.services.db.paths.root, root_pass, ROOT_FILE)
            except KnownError as exc:
                QMessageBox.warning(self, title, exc.message)
                return
        new_pass = self._new_secret(tr("รหัสผ่านของไฟล์ใบรับรองสำหรับอำเภอ{name}").format(name=name))
        if new_pass is None:
            return
        out, _ = QFileDialog.getSaveFileName(self, tr("บันทึกไฟล์ใบรับรองของอำเภอ"),
                                             str(Path.home() / f"{code}-{name}.p12"), tr("ใบรับรองพร้อมกุญแจ (*.p12)"))
        if out:
            self.issue(code, root_pass, new_pass, Path(out).with_suffix(".p12"))

    def create_root(self, passphrase: str) -> bool:
        name = self.services.province.province_name()
        try:
            if not name:
                raise KnownError(tr("ยังไม่ได้ตั้งจังหวัด"))
            self.services.province.create_root(passphrase, name)
        except KnownError as exc:
            QMessageBox.warning(self, tr("ใบรับรองหลักของจังหวัด"), exc.message)
            return False
        self.refresh()
        return True

    def issue(self, code: str, root_passphrase: str, new_passphrase: str, out: Path) -> bool:
        """Issue the district its PKCS#12 (registering the new certificate) and save it at ``out``."""
        try:
            data = self.services.province.issue_district(code, root_passphrase, new_passphrase)
            atomic_write(out, lambda temp: Path(temp).write_bytes(data))
        except KnownError as exc:
            QMessageBox.warning(self, tr("ออกใบรับรองไม่สำเร็จ"), exc.message)
            self.refresh()
            return False
        self._done(tr("ออกใบรับรองให้อำเภอรหัส {code} แล้ว บันทึกที่ {path} — ส่งไฟล์ให้อำเภอ และแจ้งรหัสผ่าน"
                      "แยกต่างหาก (เช่น ทางโทรศัพท์)").format(code=code, path=out))
        return True


# --- importing packages ------------------------------------------------------------------

class ImportPage(QWidget):
    done = Signal(bool)  # a run finished; True for a dry run
    imported = Signal(str)  # something was stored: the period key of the last one

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.files: list[Path] = []
        self.receipts: list[Receipt] = []
        self.dry_run = self.busy = False
        self.setAcceptDrops(True)
        self.file_list = QListWidget(self)
        self.file_list.setMaximumHeight(150)
        self.choose_button = QPushButton(tr("เลือกไฟล์/โฟลเดอร์…"), self)
        menu = QMenu(self.choose_button)
        menu.addAction(tr("เลือกไฟล์ชุดข้อมูล (.zip)…"), lambda: self.choose(folder=False))
        menu.addAction(tr("เลือกโฟลเดอร์…"), lambda: self.choose(folder=True))
        self.choose_button.setMenu(menu)
        self.clear_button = _button(tr("ล้างรายการ"), self, self.clear)
        self.check_button = _button(tr("ตรวจสอบ"), self, lambda: self.run(dry_run=True))
        self.import_button = _button(tr("นำเข้า"), self, lambda: self.run(dry_run=False))
        self.summary = _label(self)
        self.table = _table(self)
        self.table.setWordWrap(True)  # long reasons wrap; rows follow the column's width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = _label(self, tr("ลากไฟล์ชุดข้อมูล (.zip) หรือโฟลเดอร์ที่เก็บไฟล์ไว้มาวางที่หน้านี้ แล้วกด «ตรวจสอบ» "
                               "เพื่อดูว่าจะนำเข้าอะไรบ้าง (ยังไม่บันทึก) จากนั้นกด «นำเข้า»"), note=True)
        buttons = _lay(QHBoxLayout(), self.choose_button, self.clear_button, self.check_button, self.import_button)
        _lay(QVBoxLayout(self), note, _lay(buttons, None), self.file_list, self.summary, (self.table, 1))
        self._update()

    def _update(self) -> None:
        for button in (self.clear_button, self.check_button):
            button.setEnabled(bool(self.files) and not self.busy)
        ready = self.dry_run and any(r.outcome in ("imported", "replaced") for r in self.receipts)
        self.import_button.setEnabled(ready and not self.busy)

    def add_paths(self, paths: list[Path]) -> int:
        """Add package files; a folder adds every .zip in it. Returns how many were new."""
        found: list[Path] = []
        for path in map(Path, paths):
            if path.is_dir():
                found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".zip")
            elif path.is_file():
                found.append(path)
        known = {p.resolve() for p in self.files}
        new = [p for p in dict.fromkeys(found) if p.resolve() not in known]
        for path in new:
            QListWidgetItem(path.name, self.file_list).setToolTip(str(path))
        if new:
            self.files += new
            self._reset(tr("{count} ไฟล์ — กด «ตรวจสอบ»").format(count=len(self.files)))
        return len(new)

    def clear(self) -> None:
        self.files = []
        self.file_list.clear()
        self._reset("")

    def _reset(self, text: str) -> None:
        self.receipts, self.dry_run = [], False
        self.table.setRowCount(0)
        self.summary.setText(text)
        self._update()

    def choose(self, folder: bool) -> None:
        home = str(Path.home())
        chosen = ([QFileDialog.getExistingDirectory(self, tr("เลือกโฟลเดอร์…"), home)] if folder else
                  QFileDialog.getOpenFileNames(self, tr("เลือกไฟล์ชุดข้อมูล (.zip)…"), home,
                                               tr("ชุดข้อมูล CD Desk (*.zip)"))[0])
        self.add_paths([Path(c) for c in chosen if c])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    def run(self, dry_run: bool) -> None:
        if not self.files or self.busy:
            return
        files, province = list(self.files), self.services.province
        self.busy = True
        self._update()
        label = tr("กำลังตรวจสอบชุดข้อมูล…") if dry_run else tr("กำลังนำเข้าชุดข้อมูล…")
        _in_background(self, label, lambda: province.import_packages(files, dry_run=dry_run),
                       lambda result, error: self._finished(dry_run, result, error))

    def _finished(self, dry_run: bool, result: Any, error: BaseException | None) -> None:
        self.busy = False
        try:
            if not _failed(self, error, tr("ตรวจสอบไม่สำเร็จ") if dry_run else tr("นำเข้าไม่สำเร็จ")):
                self.receipts, self.dry_run = list(result), dry_run
                self._show()
                stored = [r for r in self.receipts if r.outcome in ("imported", "replaced")]
                if stored and not dry_run:
                    self.imported.emit(stored[-1].period)
        finally:
            self._update()
            self.done.emit(dry_run)

    def _show(self) -> None:
        texts = DRY_RUN_TEXT if self.dry_run else OUTCOME_TEXT
        rows = [[r.file.name, r.district, period_text(r.period) if r.period else "", r.version or "",
                 tr(texts[r.outcome]), r.reason] for r in self.receipts]
        colors = [RED if r.outcome == "rejected" else GREY if r.outcome == "duplicate" else None for r in self.receipts]
        headers = [tr("ไฟล์"), tr("อำเภอ"), tr("ช่วงเวลา"), tr("รุ่นที่ส่ง"), tr("ผล"), tr("เหตุผล")]
        _fill(self.table, headers, rows, colors, stretch_last=True)
        count = {o: sum(1 for r in self.receipts if r.outcome == o) for o in OUTCOME_TEXT}
        text = (tr("ตรวจแล้ว {files} ไฟล์: นำเข้าได้ {ok} · ซ้ำ {dup} · ไม่รับ {bad} — ยังไม่ได้บันทึก "
                   "กด «นำเข้า» เพื่อนำเข้าจริง") if self.dry_run
                else tr("นำเข้าแล้ว {ok} ไฟล์ · ซ้ำ {dup} · ไม่รับ {bad}"))
        self.summary.setText(text.format(files=len(self.receipts), ok=count["imported"] + count["replaced"],
                                         dup=count["duplicate"], bad=count["rejected"]))


# --- the consolidated view ---------------------------------------------------------------

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
        self.summary, self.missing, self.message = _label(self), _label(self), _label(self)
        self.table = _table(self)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = _button(tr("เปิดข้อมูลของอำเภอ"), self, self.open_selected)
        self.pdf_button = _button(tr("ส่งออก PDF…"), self, lambda: self.export("pdf"))
        self.xlsx_button = _button(tr("ส่งออก Excel…"), self, lambda: self.export("xlsx"))
        note = _label(self, tr("ชี้ที่รหัสเกณฑ์บนหัวตารางเพื่อดูชื่อเกณฑ์ · ดับเบิลคลิกอำเภอเพื่อดูข้อมูลและหลักฐาน"
                               "ที่อำเภอส่งมา"), note=True)
        top = _lay(QHBoxLayout(), QLabel(tr("ช่วงเวลา"), self), self.picker, None, self.open_button, self.pdf_button,
                   self.xlsx_button)
        _lay(QVBoxLayout(self), top, self.summary, (self.table, 1), self.missing, note, self.message)
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
        _fill(self.table, headers, cells, [None] * len(sent) + [GREY] * len(missing))
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
        _in_background(self, tr("กำลังทำรายงานสรุปผลรายอำเภอ…"), lambda: write_consolidated(services, period, out),
                       lambda _pages, error: self._exported(out, error))

    def _exported(self, out: Path, error: BaseException | None) -> None:
        self.busy = False
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        try:
            if not _failed(self, error, tr("บันทึกไม่สำเร็จ")):
                self.exported = out
                self.message.setText(tr("บันทึกแล้วที่ {path}").format(path=out))
        finally:
            self.done.emit()


# --- one district's package --------------------------------------------------------------

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
            table = _table(self.tabs)
            _fill(table, rows[0] if rows else [], rows[1:])
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
        _lay(QVBoxLayout(box), (self.evidence, 1), _button(tr("เปิดไฟล์ที่เลือก"), self, self.open_evidence),
             _button(tr("เปิดรายงาน PDF ที่ลงนาม"), self, lambda: self.open_file(folder / "reports.pdf")))
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(box)
        splitter.setSizes([800, 300])
        close = QDialogButtonBox(self)
        close.addButton(tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        _lay(QVBoxLayout(self), _label(self, f"<b>{title}</b>"), _label(self, note, note=True), (splitter, 1), close)

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


def province_pages(services: Services, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """The three province pages with their untranslated titles (the window shows ``tr(title)``).
    A finished import shows its period on the consolidated page."""
    districts, imports, summary = (DistrictsPage(services, parent), ImportPage(services, parent),
                                   ConsolidatedPage(services, parent))
    imports.imported.connect(summary.show_period)
    return [(PROVINCE_PAGE_TITLES[0], districts), (PROVINCE_PAGE_TITLES[1], imports),
            (PROVINCE_PAGE_TITLES[2], summary)]
