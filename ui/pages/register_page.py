"""A register page in one shape: add/edit/delete buttons, a filter box, a sortable table
and the selected record's evidence. Concrete registers only say their columns, fields
and service (see ``ui/pages/registers.py``): either a listing the table pages through
(the large lists: ids first, rows by screenful, see ``ui/listing_model.py``) or a function
returning every row (the small ones)."""

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
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cddesk.services.evidence import EvidenceService
from cddesk.thaidate import DateStyle
from ui.record_dialog import FieldSpec, RecordDialog
from cddesk.services.listing import Listing
from ui.listing_model import ListingModel, RowsListing
from ui.table import ROW_ROLE, Column
from ui.widgets.evidence_panel import EvidencePanel
from ui.i18n import tr


class RegisterPage(QWidget):
    changed = Signal()  # a record was added, edited or deleted

    def __init__(
        self,
        *,
        title: str,
        columns: Sequence[Column[Any]],
        specs: Callable[[], Sequence[FieldSpec]],
        new_data: Callable[[], Any],
        service: Any,
        evidence: EvidenceService,
        describe: Callable[[Any], str],
        load_rows: Callable[[], Sequence[Any]] | None = None,
        make_listing: Callable[[], Listing[Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.load_rows = load_rows
        self.make_listing = make_listing
        self.specs = specs
        self.new_data = new_data
        self.service = service
        self.describe = describe
        self.model = ListingModel(columns, self)
        self._selected_id: int | None = None
        self._owner_id: int | None = None

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
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._fitted = False  # columns are fitted once, to a sample of the rows (fit_columns)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._model_reset)

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
    def listing(self) -> Listing[Any]:
        if self.make_listing is not None:
            return self.make_listing()
        assert self.load_rows is not None
        return RowsListing(self.load_rows(), self.model.columns)

    def refresh(self) -> None:
        self.model.set_listing(self.listing())
        if not self._fitted and self.model.rowCount():
            self.fit_columns()  # once; later refreshes keep the user's widths
            self._fitted = True
        self._update_count()
        self._selection_changed()

    def fit_columns(self, widest: int = 400) -> None:
        """Each column as wide as its header and the widest of its cells among the first
        screenful and a sample across the whole list (the view would measure only the rows
        in sight: an IP address further down would be cut), at most ``widest`` pixels."""
        metrics = self.view.fontMetrics()
        style = self.view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1) + 4
        header = self.view.horizontalHeader()
        samples = self.model.sample_cells()
        for c in range(len(self.model.columns)):
            texts = {cells[c] for cells in samples}
            cell = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin
            self.view.setColumnWidth(c, min(max(cell, header.sectionSizeHint(c)), widest))

    def _model_reset(self) -> None:
        """Filtered, refreshed or the search index arrived: the same record stays selected."""
        position = None if self._selected_id is None else self.model.position(self._selected_id)
        if position is not None:
            self.view.selectRow(position)
        self._update_count()

    def _evidence_changed(self) -> None:
        if self._selected_id is not None:
            self.model.forget(self._selected_id)
        self._owner_id = None  # the panel shows the record's evidence again
        self.refresh()  # evidence counts and "missing evidence" marks
        self.changed.emit()

    def set_date_style(self, style: DateStyle) -> None:
        self.model.set_date_style(style)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        if not self.model.search_ready:
            self.count_label.setText(tr("กำลังเตรียมการค้นหา… ({total} รายการ)").format(total=f"{self.model.total:,}"))
            return
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(tr("{shown} จาก {total} รายการ").format(shown=f"{shown:,}", total=f"{total:,}")
                                 if shown != total else tr("{total} รายการ").format(total=f"{total:,}"))

    def selected_row(self) -> Any:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_id(self, record_id: int) -> None:
        position = self.model.position(record_id)
        if position is not None:
            self.view.selectRow(position)
            self.view.scrollTo(self.model.index(position, 0))

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self._selected_id = None if row is None else row.id
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            self._owner_id = None
            self.evidence_panel.set_owner(None)
        elif row.id != self._owner_id:  # a filter keystroke keeping the same record changes nothing here
            self._owner_id = row.id
            self.evidence_panel.set_owner((self.service.owner_kind, row.id), self.describe(row))

    # -- actions ---------------------------------------------------------------------
    def open_dialog(self, data: Any, title: str) -> Any:
        dialog = RecordDialog(title, self.specs(), data, self.service.save, self)
        if dialog.exec():
            if dialog.saved is not None:
                self.model.forget(dialog.saved.id)
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
