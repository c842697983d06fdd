"""The evidence (หลักฐานเชิงประจักษ์) of one record: files, photos with thumbnails and web
links; add, open, remove, and see which other records use the same file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cddesk.errors import KnownError
from cddesk.services.evidence import EvidenceItem, EvidenceService
from cddesk.thaidate import format_date
from ui.i18n import tr

THUMB = QSize(72, 72)


def local_date(stamp: dt.datetime) -> dt.date:
    """SQLite's CURRENT_TIMESTAMP is UTC; a Thai office reads its own local date."""
    return stamp.replace(tzinfo=dt.timezone.utc).astimezone().date()


def thumbnail(path: Path) -> QIcon:
    """A small icon read at reduced size (a 12-megapixel photo is never fully decoded)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class EvidencePanel(QWidget):
    changed = Signal()  # evidence added or removed: counts shown elsewhere are stale

    def __init__(self, evidence: EvidenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.owner: tuple[str, int] | None = None
        self.title = QLabel(tr("หลักฐานเชิงประจักษ์"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setIconSize(THUMB)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.add_file_button = QPushButton(tr("แนบไฟล์/รูปภาพ…"), self)
        self.add_link_button = QPushButton(tr("แนบลิงก์…"), self)
        self.open_button = QPushButton(tr("เปิด"), self)
        self.usage_button = QPushButton(tr("ใช้ในรายการใด"), self)
        self.remove_button = QPushButton(tr("นำออก"), self)
        self.add_file_button.clicked.connect(self.add_files)
        self.add_link_button.clicked.connect(self.add_link)
        self.open_button.clicked.connect(self.open_selected)
        self.usage_button.clicked.connect(self.show_usages)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_file_button, self.add_link_button, self.open_button, self.usage_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_owner(None)

    def set_owner(self, owner: tuple[str, int] | None, label: str = "") -> None:
        self.owner = owner
        title = tr("หลักฐานเชิงประจักษ์")
        self.title.setText(f"{title} — {label}" if label else title)
        for b in (self.add_file_button, self.add_link_button):
            b.setEnabled(owner is not None)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.owner is None:
            return
        for item in self.evidence.list_for(*self.owner):
            if item.kind == "link":
                text = f"🔗 {item.caption or item.url}\n{item.url}"
                entry = QListWidgetItem(text)
            else:
                size_kb = max(1, round((item.size or 0) / 1024))
                text = f"{item.caption or item.original_name}\n{item.original_name} · {size_kb:,} KB · {format_date(local_date(item.added_at))}"
                entry = QListWidgetItem(text)
                if item.kind == "photo" and item.stored_path:
                    entry.setIcon(thumbnail(item.stored_path))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.list.addItem(entry)

    def _selected(self) -> EvidenceItem | None:
        current = self.list.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current else None

    def add_files(self) -> None:
        if self.owner is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("เลือกไฟล์หลักฐาน"), "",
            tr("หลักฐาน") + " (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.mp4);;" + tr("ทุกไฟล์") + " (*)")
        for path in paths:
            try:
                self.evidence.add_file(*self.owner, Path(path))
            except KnownError as exc:
                QMessageBox.warning(self, tr("แนบไฟล์ไม่ได้"), exc.message)
        self.refresh()
        self.changed.emit()

    def add_link(self) -> None:
        if self.owner is None:
            return
        url, ok = QInputDialog.getText(self, tr("แนบลิงก์"), tr("ลิงก์ (เช่น โพสต์ Facebook หรือวิดีโอ YouTube):"))
        if not ok or not url.strip():
            return
        try:
            self.evidence.add_link(*self.owner, url)
        except KnownError as exc:
            QMessageBox.warning(self, tr("แนบลิงก์ไม่ได้"), exc.message)
        self.refresh()
        self.changed.emit()

    def open_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        url = QUrl(item.url or "") if item.kind == "link" else QUrl.fromLocalFile(str(item.stored_path))
        QDesktopServices.openUrl(url)

    def show_usages(self) -> None:
        item = self._selected()
        if item is None or item.file_id is None:
            return
        lines = [f"• {line}" for line in self.evidence.usage_lines(item.file_id)]
        QMessageBox.information(self, tr("ไฟล์นี้ใช้ในรายการใด"), f"{item.original_name}\n\n" + "\n".join(lines))

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        answer = QMessageBox.question(self, tr("นำหลักฐานออก"), tr("นำหลักฐานนี้ออกจากรายการหรือไม่?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.evidence.remove(item.id)
            self.refresh()
            self.changed.emit()
