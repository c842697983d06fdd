"""The table model of large lists: it holds only the ordered ids of a
:class:`~cddesk.services.listing.Listing` and fetches and formats the rows of the screenful
being drawn, so a register of 100,000 computers opens with one query of ids.

Filtering matches what the user sees: a search index holds, per id, the lower-case line of
every cell as shown (Thai labels, B.E. dates in the digit style in use, staff names …).
Small lists build it at once; large ones a chunk per turn of the event loop, while the
page is already usable (typed text waits for it, then applies). Each keystroke is one substring test per
row, narrowed from the previous matches when the text only grew. Sorting asks the listing
for the ids in the new order (SQL for the registers), so no row is loaded to sort.

:class:`RowsListing` serves a list already in memory (the small registers) through the
same model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer

from cddesk.services.listing import Listing
from cddesk.thaidate import DateStyle
from ui.table import ROW_ROLE, AnyIndex, Column, ColumnsModel, format_cell, sort_key

PAGE = 128  # rows fetched at once when the view draws one that is not loaded
CACHE_ROWS = 40 * PAGE  # formatted rows kept; beyond it the cache starts again
SYNC_INDEX = 5_000  # lists up to this size build their search index at once
INDEX_CHUNK = 256  # rows per turn of the event loop when building the index (~10 ms)
SYNC_MISSING = 8 * PAGE  # rows new since the index was built whose lines a filter builds at once
Cells = tuple[Any, list[str]]  # the row object and its cells as shown


class RowsListing:
    """A list of row objects (each with an ``id``) as a :class:`Listing`, sorted by the
    value of the column whose key is asked for."""

    def __init__(self, rows: Sequence[Any], columns: Sequence[Column[Any]]) -> None:
        self._rows = list(rows)
        self._columns = {c.sort_key: c for c in columns}

    def ids(self, sort: str | None = None, descending: bool = False) -> list[int]:
        rows = self._rows
        column = self._columns.get(sort or "")
        if column is not None:
            rows = sorted(rows, key=lambda r: sort_key(column.value(r)), reverse=descending)
        return [r.id for r in rows]

    def rows(self, ids: Sequence[int] | None = None) -> list[Any]:
        if ids is None:
            return list(self._rows)
        by_id = {r.id: r for r in self._rows}
        return [by_id[i] for i in ids if i in by_id]


class ListingModel(ColumnsModel):
    """Rows of a :class:`Listing`, filtered by typed text and sorted by a column."""

    def __init__(self, columns: Sequence[Column[Any]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.listing: Listing[Any] = RowsListing([], self.columns)
        self.order: list[int] = []  # every id, in the order shown
        self.shown: list[int] = []  # the ids that pass the filter, in that order
        self._cells: dict[int, Cells] = {}
        self._index: dict[int, str] | None = None  # id → what the row shows, lower case
        self._pending: list[int] = []  # ids of the list the index is being built for
        self._built = 0  # how many of them have their line
        self._unknown = False  # the last filter passed rows the index has no line for yet
        self._building_lines: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._build_step)
        self._parts: tuple[str, ...] = ()
        self._matched: tuple[tuple[str, ...], list[int]] | None = None  # the last filter and its ids
        self.date_style = DateStyle.THAI_DIGITS
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- what the page asks -----------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.order)

    @property
    def index_ready(self) -> bool:
        """The search index covers the list as it is now (no chunk left to build)."""
        return self._index is not None and not self._pending

    @property
    def search_ready(self) -> bool:
        """False while typed text waits for the search index."""
        return not self._parts or not self._unknown

    def set_listing(self, listing: Listing[Any]) -> None:
        """Show ``listing`` (a refresh): the ids in the current sort, the filter kept."""
        self.beginResetModel()
        self.listing = listing
        self.order = listing.ids(self._sort_name(), self._descending())
        self._cells.clear()
        self._matched = None
        self.shown = self._filtered()
        self.endResetModel()
        self._build_index()

    def set_filter(self, text: str) -> None:
        parts = tuple(text.lower().split())
        if parts == self._parts:
            return
        self.beginResetModel()
        self._parts = parts
        self.shown = self._filtered()
        self.endResetModel()

    def set_date_style(self, style: DateStyle) -> None:
        self.date_style = style
        self._cells.clear()
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, len(self.columns) - 1))
        self._index = None  # dates read differently now: the old lines would mislead
        self._unknown = bool(self._parts)
        self._build_index()

    def forget(self, record_id: int) -> None:
        """A record changed here: its line is built again before the next filter uses it."""
        self._cells.pop(record_id, None)
        if self._index is not None:
            self._index.pop(record_id, None)

    def position(self, record_id: int) -> int | None:
        try:
            return self.shown.index(record_id)
        except ValueError:
            return None

    def row_at(self, position: int) -> Any:
        return self._row(position)[0]

    def shown_rows(self) -> list[Any]:
        """The row objects shown, in order (loads them all: for tests and small lists)."""
        by_id = {r.id: r for r in self.listing.rows(self.shown)}
        return [by_id[i] for i in self.shown if i in by_id]

    # -- sorting: the listing orders the ids ------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not self.order:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.shown
        self.order = self.listing.ids(self._sort_name(), self._descending())
        self._matched = None
        self.shown = self._filtered()
        new_position = {record_id: n for n, record_id in enumerate(self.shown)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(new_position[old[i.row()]], i.column()) if old[i.row()] in new_position else QModelIndex()
            for i in persistent])
        self.layoutChanged.emit()

    def _sort_name(self) -> str | None:
        return self.columns[self.sort_column].sort_key if 0 <= self.sort_column < len(self.columns) else None

    def _descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    # -- filtering over the search index ----------------------------------------------------
    def _filtered(self) -> list[int]:
        self._unknown = bool(self._parts) and self._index is None
        if not self._parts or self._index is None:
            return list(self.order)  # nothing typed, or the index is still being built
        base = self.order
        if self._matched is not None and _narrows(self._matched[0], self._parts):
            base = self._matched[1]  # the text grew: only the last matches can still match
        lines = self._index
        missing = [i for i in base if i not in lines]
        if missing and len(missing) <= SYNC_MISSING:  # records changed or added since the build
            lines.update(self._lines(self.listing.rows(missing), self.date_style))
            missing = []
        self._unknown = bool(missing)
        # (more missing: another period or scope; they show until the index being built arrives)
        for part in self._parts:
            base = [i for i in base if part in lines.get(i, part)]
        self._matched = (self._parts, base)
        return base

    def _lines(self, rows: Sequence[Any], style: DateStyle) -> dict[int, str]:
        return {r.id: "\t".join(self._format(r, style)).lower() for r in rows}

    def _build_index(self) -> None:
        """Build the search index again: at once for a small list, else a chunk of rows per
        turn of the event loop, so the page stays usable (a worker thread would hold the
        interpreter lock against every cell the view draws)."""
        if len(self.order) <= SYNC_INDEX:
            self._pending = []
            self._timer.stop()
            self._index_built(self._lines(self.listing.rows(), self.date_style))
            return
        # Until it is done, filters use the index built before (a refresh, another period):
        # lines of records changed here are built at once (see forget), the rest soon.
        self._pending, self._built, self._building_lines = list(self.order), 0, {}
        self._timer.start()

    def _build_step(self) -> None:
        chunk = self._pending[self._built:self._built + INDEX_CHUNK]
        self._built += len(chunk)
        self._building_lines.update(self._lines(self.listing.rows(chunk), self.date_style))
        if self._built >= len(self._pending):
            self._timer.stop()
            self._pending = []
            self._index_built(self._building_lines)
            self._building_lines = {}

    def _index_built(self, lines: dict[int, str]) -> None:
        self._index = lines
        self._matched = None
        if self._parts:
            self.beginResetModel()
            self.shown = self._filtered()
            self.endResetModel()

    # -- cells, a screenful at a time -------------------------------------------------------
    def _row(self, position: int) -> Cells:
        record_id = self.shown[position]
        cells = self._cells.get(record_id)
        if cells is None:
            self._fetch(position)
            cells = self._cells.get(record_id) or (None, [""] * len(self.columns))
        return cells

    def _fetch(self, position: int) -> None:
        start = position - position % PAGE
        wanted = [i for i in self.shown[start:start + PAGE] if i not in self._cells]
        if len(self._cells) + len(wanted) > CACHE_ROWS:
            self._cells.clear()
        for row in self.listing.rows(wanted):
            shown = self._format(row, self.date_style)
            self._cells[row.id] = (row, shown)
            if self._index is not None:
                self._index[row.id] = "\t".join(shown).lower()  # fresh from the database

    def _format(self, row: Any, style: DateStyle) -> list[str]:
        values = [c.value(row) for c in self.columns]
        return [v if type(v) is str else format_cell(v, style) for v in values]  # most cells are text

    # -- the model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(index.row())[1][index.column()]
        if role == ROW_ROLE:
            return self._row(index.row())[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


def _narrows(before: tuple[str, ...], now: tuple[str, ...]) -> bool:
    """Every row matching ``now`` matched ``before`` (each earlier word lies inside a word now)."""
    return all(any(b in n for n in now) for b in before)
