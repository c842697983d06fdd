"""A register page in one shape: add/edit/delete buttons, a filter box, a sortable table
and the selected record's evidence. Concrete registers only say their columns, fields
and service (see ``ui/pages/registers.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cddesk.services.evidence import EvidenceService
from cddesk.thaidate import DateStyle
from ui.record_dialog import FieldSpec, RecordDialog
from ui.table import ROW_ROLE, Column, FilterProxy, RowTableModel
from ui.widgets.evidence_panel import EvidencePanel
from ui.i18n import tr


class RegisterPage(QWidget):
    changed = Signal()  # a record was added, edited or deleted

    def __init__(
        self,
        *,
        title: str,
        columns: Sequence[Column[Any]],
        load_rows: Callable[[], Sequence[Any]],
        specs: Callable[[], Sequence[FieldSpec]],
        new_data: Callable[[], Any],
        service: Any,
        evidence: EvidenceService,
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.load_rows = load_rows
        self.specs = specs
        self.new_data = new_data
        self.service = service
        self.describe = describe
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        heading = QLabel(tr(title), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.add_button = QPushButton(tr("เพิ่ม"), self)
        self.edit_button = QPushButton(tr("แก้ไข"), self)
        self.delete_button = QPushButton(tr("ลบ"), self)
        self.add_button.setShortcut("Ctrl+N")
        self.add_button.setToolTip(tr("เพิ่มรายการใหม่ (Ctrl+N)"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("ค้นหา… (พิมพ์คำใดก็ได้ในแถว)"))
        self.filter.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.filter.textChanged.connect(self._filter_changed)

        self.toolbar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(b)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.filter, 2)
        self.toolbar.addWidget(self.count_label)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(200)  # fit to a sample of rows
        self._fitted = False
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.evidence_panel = EvidencePanel(evidence, self)
        self.evidence_panel.changed.connect(self._evidence_changed)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.evidence_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.above_table = QVBoxLayout()  # pages put summaries here
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.above_table)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_row()
        self.model.set_rows(self.load_rows())
        if not self._fitted and self.model.rows:
            self.view.resizeColumnsToContents()  # once; later refreshes keep the user's widths
            self._fitted = True
        self._update_count()
        if selected is not None:
            self.select_id(selected.id)
        self._selection_changed()

    def _evidence_changed(self) -> None:
        self.refresh()  # evidence counts and "missing evidence" marks
        self.changed.emit()

    def set_date_style(self, style: DateStyle) -> None:
        self.model.set_date_style(style)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(tr("{shown} จาก {total} รายการ").format(shown=f"{shown:,}", total=f"{total:,}")
                                 if shown != total else tr("{total} รายการ").format(total=f"{total:,}"))

    def selected_row(self) -> Any:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_id(self, record_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).id == record_id:
                self.view.selectRow(r)
                self.view.scrollTo(index)
                return

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            self.evidence_panel.set_owner(None)
        else:
            self.evidence_panel.set_owner((self.service.owner_kind, row.id), self.describe(row))

    # -- actions ---------------------------------------------------------------------
    def open_dialog(self, data: Any, title: str) -> Any:
        dialog = RecordDialog(title, self.specs(), data, self.service.save, self)
        if dialog.exec():
            self.refresh()
            if dialog.saved is not None:
                self.select_id(dialog.saved.id)
            self.changed.emit()
            return dialog.saved
        return None

    def add_record(self) -> Any:
        return self.open_dialog(self.new_data(), tr("เพิ่ม{what}").format(what=tr(self.service.label)))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_dialog(self.service.get(row.id), tr("แก้ไข{what}").format(what=tr(self.service.label)))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, tr("ลบ{what}").format(what=tr(self.service.label)),
            tr("ลบ «{record}» และหลักฐานที่แนบไว้หรือไม่?\nการลบนี้ย้อนกลับไม่ได้").format(record=self.describe(row)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete(row.id)
            self.refresh()
            self.changed.emit()
