"""Table models in one shape: row objects, a column list, ``set_rows`` inside a model reset,
and a filter proxy that matches typed text against a precomputed lower-case line per row
(small in-memory tables such as the IT-village register). How a cell is shown and sorted
(:func:`format_cell`, :func:`sort_key`) is shared with the paged model of the large lists,
``ui/listing_model.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cddesk.thaidate import DateStyle, format_date
from ui.i18n import tr

RowT = TypeVar("RowT")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RowT]):
    header: str
    value: Callable[[RowT], Any]
    align_right: bool = False
    key: str = ""  # what a listing sorts by for this column (a service's sort key)

    @property
    def sort_key(self) -> str:
        return self.key or self.header


class ColumnsModel(QAbstractTableModel):
    """What every table model here shares: the columns, their headers and alignment."""

    def __init__(self, columns: Sequence[Column[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def alignment(self, column: int) -> Any:
        if self.columns[column].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].header)
        return None


class RowTableModel(ColumnsModel, Generic[RowT]):
    """Rows are plain frozen dataclasses from a service; cells are computed once per reset."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.rows: list[RowT] = []
        self._display: list[list[str]] = []
        self._sort: list[list[Any]] = []
        self.search_text: list[str] = []
        self.date_style = DateStyle.THAI_DIGITS
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._display = []
        self._sort = []
        self.search_text = []
        for row in self.rows:
            raw = [c.value(row) for c in self.columns]
            shown = [format_cell(v, self.date_style) for v in raw]
            self._display.append(shown)
            self._sort.append([sort_key(v) for v in raw])
            self.search_text.append("\t".join(shown).lower())
        if self.sort_column >= 0:
            self._apply_order(self._sorted_positions())
        self.endResetModel()

    # Sorting happens here, once per click, with one Python sort over precomputed keys;
    # a proxy calling lessThan per comparison costs seconds at 20,000 rows.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not self.rows or column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted_positions()
        old_to_new = {old: new for new, old in enumerate(positions)}
        self._apply_order(positions)
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(old_to_new[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_positions(self) -> list[int]:
        column = self.sort_column
        return sorted(range(len(self.rows)), key=lambda i: self._sort[i][column],
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _apply_order(self, positions: list[int]) -> None:
        self.rows = [self.rows[i] for i in positions]
        self._display = [self._display[i] for i in positions]
        self._sort = [self._sort[i] for i in positions]
        self.search_text = [self.search_text[i] for i in positions]

    def set_date_style(self, style: DateStyle) -> None:
        self.date_style = style
        self.set_rows(self.rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[r][c]
        if role == SORT_ROLE:
            return self._sort[r][c]
        if role == ROW_ROLE:
            return self.rows[r]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(c)
        return None


def format_cell(value: Any, style: DateStyle) -> str:
    """A cell as shown: B.E. dates in ``style``, times as HH:MM, ✓ for yes."""
    if type(value) is str:  # most cells: first, as a search index formats every cell
        return value
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return _date_text(value, style)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@lru_cache(maxsize=8192)
def _date_text(value: dt.date, style: DateStyle) -> str:
    return format_date(value, style)  # a register repeats its dates: each is formatted once


def sort_key(value: Any) -> tuple[int, Any]:
    # Blanks first, then numbers and dates as themselves, text case-insensitively; the
    # leading rank keeps a column with blanks comparable.
    if value is None or value == "":
        return (0, "")
    if isinstance(value, (dt.date, dt.time)):
        return (1, value.isoformat())
    if isinstance(value, (int, float)):
        return (1, float(value))
    return (2, str(value).lower())


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive "contains" over every column, as the user types."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model; the proxy keeps its order and only filters."""
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        model.sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return all(part in model.search_text[source_row] for part in self._needle.split())
