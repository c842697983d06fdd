"""Backups in the window: the Restore dialog (every snapshot with its date and record counts;
restoring keeps a safety copy of the current file first), the offer made when the database
is damaged at start, and the one-file backup for moving to a new PC.

Restoring replaces the database file, so the window closes its services first:
:class:`RestoreRequest` tells :func:`ui.app.run_gui` what to put back, and the window is
opened again on the restored data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cddesk import backup
from cddesk.paths import DataPaths
from cddesk.thaidate import format_date
from ui.i18n import tr

COUNT_LABELS = {"staff": "บุคลากร", "computer": "คอมพิวเตอร์", "antivirus_install": "ติดตั้งป้องกันไวรัส",
                "internet_account": "บัญชีอินเทอร์เน็ต", "evidence_file": "ไฟล์หลักฐาน",
                "online_meeting": "ประชุมออนไลน์", "training_activity": "อบรม"}


@dataclass(frozen=True)
class RestoreRequest:
    source: Path
    portable: bool = False  # a one-file backup (database + evidence) rather than a snapshot


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{COUNT_LABELS.get(k, k)} {v:,}" for k, v in counts.items())


class RestoreDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("กู้คืนจากสำเนาสำรอง"))
        self.resize(900, 420)
        self.backups = backup.list_backups(paths)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setHorizontalHeaderLabels([tr("วันที่"), tr("จำนวนรายการ"), tr("ไฟล์")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, b in enumerate(self.backups):
            when = f"{format_date(b.when.date())} {b.when:%H:%M} น."
            items = [when, counts_text(b.counts) if b.ok else tr("เสียหาย ใช้กู้คืนไม่ได้"), b.path.name]
            for col, text in enumerate(items):
                item = QTableWidgetItem(text)
                if not b.ok:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        note = QLabel(tr("ก่อนกู้คืน โปรแกรมจะเก็บสำเนาของข้อมูลปัจจุบันไว้ในโฟลเดอร์ backups เสมอ "
                         "แล้วเปิดหน้าต่างใหม่บนข้อมูลที่กู้คืน"), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(tr("กู้คืน"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None))
        layout = QVBoxLayout(self)
        if not self.backups:
            layout.addWidget(QLabel(tr("ยังไม่มีสำเนาสำรอง (โปรแกรมสำรองให้ทุกครั้งที่เปิดและปิด)"), self))
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        b = self.backups[rows[0].row()]
        return b.path if b.ok else None


def offer_latest_backup(paths: DataPaths, parent: QWidget | None = None) -> bool:
    """The database is damaged: offer the latest good snapshot. True when it was restored."""
    latest = backup.latest_good(paths)
    if latest is None:
        QMessageBox.critical(parent, tr("ฐานข้อมูลเสียหาย"),
                             tr("ไฟล์ฐานข้อมูล {path} เสียหาย และยังไม่มีสำเนาสำรองที่ใช้ได้ "
                                "หากมีไฟล์สำรองแบบไฟล์เดียว ให้กู้คืนด้วยคำสั่ง restore-portable").format(path=paths.database))
        return False
    when = f"{format_date(latest.when.date())} {latest.when:%H:%M} น."
    answer = QMessageBox.question(
        parent, tr("ฐานข้อมูลเสียหาย"),
        tr("ไฟล์ฐานข้อมูลเสียหาย เปิดไม่ได้\nกู้คืนจากสำเนาสำรองล่าสุดที่ใช้ได้ ({when}: {counts}) หรือไม่?\n"
           "ไฟล์ที่เสียหายจะเก็บไว้ในโฟลเดอร์ backups").format(when=when, counts=counts_text(latest.counts)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backup.restore(paths, latest.path)
    return True
