"""Province mode: importing district packages — files or folders chosen or dropped, a dry
run first (nothing stored), then the real import, one receipt per file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem, QMenu,
                               QPushButton, QVBoxLayout, QWidget)

from cddesk.app_services import Services
from ui.i18n import QT_TR_NOOP, tr
from ui.pages.province_pages.common import (GREY, RED, failed, fill_table, in_background, lay, period_text,
                                            push_button, read_only_table, text_label)

if TYPE_CHECKING:
    from cddesk.province import Receipt

# The receipts' wording (cddesk.province OUTCOME_TEXT / DRY_RUN_TEXT), translatable here.
OUTCOME_TEXT = {"imported": QT_TR_NOOP("นำเข้าแล้ว"),
                "duplicate": QT_TR_NOOP("ซ้ำกับชุดที่นำเข้าไว้แล้ว (ไม่นำเข้าซ้ำ)"),
                "replaced": QT_TR_NOOP("รุ่นใหม่ แทนรุ่นเดิมแล้ว"), "rejected": QT_TR_NOOP("ไม่รับ")}
DRY_RUN_TEXT = {"imported": QT_TR_NOOP("จะนำเข้า"), "duplicate": QT_TR_NOOP("ซ้ำกับชุดที่มีอยู่ (จะไม่นำเข้าซ้ำ)"),
                "replaced": QT_TR_NOOP("รุ่นใหม่ จะแทนรุ่นเดิม"), "rejected": QT_TR_NOOP("ไม่รับ")}


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
        self.clear_button = push_button(tr("ล้างรายการ"), self, self.clear)
        self.check_button = push_button(tr("ตรวจสอบ"), self, lambda: self.run(dry_run=True))
        self.import_button = push_button(tr("นำเข้า"), self, lambda: self.run(dry_run=False))
        self.summary = text_label(self)
        self.table = read_only_table(self)
        self.table.setWordWrap(True)  # long reasons wrap; rows follow the column's width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = text_label(self, tr("ลากไฟล์ชุดข้อมูล (.zip) หรือโฟลเดอร์ที่เก็บไฟล์ไว้มาวางที่หน้านี้ แล้วกด «ตรวจสอบ» "
                               "เพื่อดูว่าจะนำเข้าอะไรบ้าง (ยังไม่บันทึก) จากนั้นกด «นำเข้า»"), note=True)
        buttons = lay(QHBoxLayout(), self.choose_button, self.clear_button, self.check_button, self.import_button)
        lay(QVBoxLayout(self), note, lay(buttons, None), self.file_list, self.summary, (self.table, 1))
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
        in_background(self, label, lambda: province.import_packages(files, dry_run=dry_run),
                       lambda result, error: self._finished(dry_run, result, error))

    def _finished(self, dry_run: bool, result: Any, error: BaseException | None) -> None:
        self.busy = False
        try:
            if not failed(self, error, tr("ตรวจสอบไม่สำเร็จ") if dry_run else tr("นำเข้าไม่สำเร็จ")):
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
        fill_table(self.table, headers, rows, colors, stretch_last=True)
        count = {o: sum(1 for r in self.receipts if r.outcome == o) for o in OUTCOME_TEXT}
        text = (tr("ตรวจแล้ว {files} ไฟล์: นำเข้าได้ {ok} · ซ้ำ {dup} · ไม่รับ {bad} — ยังไม่ได้บันทึก "
                   "กด «นำเข้า» เพื่อนำเข้าจริง") if self.dry_run
                else tr("นำเข้าแล้ว {ok} ไฟล์ · ซ้ำ {dup} · ไม่รับ {bad}"))
        self.summary.setText(text.format(files=len(self.receipts), ok=count["imported"] + count["replaced"],
                                         dup=count["duplicate"], bad=count["rejected"]))

