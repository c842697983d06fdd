"""The table model of large lists: it holds only the ordered ids of a
:class:`~cddesk.services.listing.Listing` and fetches and formats the rows of the screenful
being drawn. A large list opens from the ids of its first screenfuls and its count (a
register of 100,000 computers: two queries of a millisecond or two); the other ids are read
once the page is on screen, or at once when a filter, a far row or a position needs them.

Filtering matches what the user sees: a search index holds, per id, the lower-case line of
every cell as shown (Thai labels, B.E. dates in the digit style in use, staff names …), as
Thai Windows text read as Latin-1 — one byte a letter, where Python keeps Thai in two (the
register of 100,000 computers: ~50 MB → ~30 MB resident); a line with a letter that text has none for is also kept as a string.
Small lists build it at once; large ones a chunk per turn of the event loop, starting
after the rows are drawn, while the page is usable (typed text waits for it, then
applies). Each keystroke is one substring test per row, narrowed from the previous matches
when the text only grew. Sorting asks the listing for the ids in the new order (SQL for
the registers), so no row is loaded to sort.

:class:`RowsListing` serves a list already in memory (the small registers) through the
same model.
"""

from __future__ import annotations

import codecs
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
INDEX_AFTER_MS = 300  # a large list's index starts this long after a refresh at the latest,
INDEX_AFTER_PAINT_MS = 100  # or this long after the view drew its rows (the page is on screen first)
SAMPLE = 32  # rows read across the whole list to fit the columns to (besides the first screenful)
HEAD = 2 * PAGE  # a large list opens with the ids of its first rows; the rest come after the paint
UNKNOWN = 0  # in place of an id not read yet (ids start at 1)
LINE_CODEC = "cp874"  # the search index's lines (see ListingModel._line)
ODD_LETTER, ODD_CHAR = "cddesk-odd-letter", "\xff"  # cp874 has no letter for byte 0xFF
codecs.register_error(ODD_LETTER, lambda e: (b"\xff" * (e.end - e.start), e.end))  # type: ignore[attr-defined]
Cells = tuple[Any, list[str]]  # the row object and its cells as shown


class RowsListing:
    """A list of row objects (each with an ``id``) as a :class:`Listing`, sorted by the
    value of the column whose key is asked for."""

    def __init__(self, rows: Sequence[Any], columns: Sequence[Column[Any]]) -> None:
        self._rows = list(rows)
        self._columns = {c.sort_key: c for c in columns}

    def ids(self, sort: str | None = None, descending: bool = False, limit: int | None = None) -> list[int]:
        rows = self._rows
        column = self._columns.get(sort or "")
        if column is not None:
            rows = sorted(rows, key=lambda r: sort_key(column.value(r)), reverse=descending)
        return [r.id for r in rows[:limit]]

    def count(self) -> int:
        return len(self._rows)

    def sample_ids(self, n: int) -> list[int]:
        step = max(len(self._rows) // max(n, 1), 1)
        return [r.id for r in self._rows[::step]]

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
        self._head = 0  # > 0: only the first this many ids of order are known (see _complete)
        self._index: dict[int, str] | None = None  # id → what the row shows, lower case (see _line)
        self._odd: dict[int, str] = {}  # the lines with a character Thai Windows text cannot hold
        self._pending: list[int] = []  # ids of the list the index is being built for
        self._built = 0  # how many of them have their line
        self._unknown = False  # the last filter passed rows the index has no line for yet
        self._building_lines: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._build_step)
        # the index waits for the rows to be drawn (see painted), or INDEX_AFTER_MS at the latest
        self._awaiting_paint = False
        self._gate = QTimer(self)
        self._gate.setSingleShot(True)
        self._gate.timeout.connect(self._start_building)
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
        """Show ``listing`` (a refresh): the ids in the current sort, the filter kept. A large
        list without typed text starts from the ids of its first screenfuls and its count;
        the others are read once it is on screen (or sooner when something needs them)."""
        self.beginResetModel()
        self.listing = listing
        self.order, self._head = listing.ids(self._sort_name(), self._descending(), limit=HEAD), 0
        if len(self.order) == HEAD and not self._parts and (total := listing.count()) > SYNC_INDEX:
            self.order += [UNKNOWN] * (total - HEAD)
            self._head = HEAD
        elif len(self.order) == HEAD:
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
        self._complete()
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
        self._odd.pop(record_id, None)

    def position(self, record_id: int) -> int | None:
        if self._head and record_id in self.shown[:self._head]:
            return self.shown.index(record_id)
        self._complete()
        try:
            return self.shown.index(record_id)
        except ValueError:
            return None

    def _complete(self) -> bool:
        """Read every id of a list opened from its first ones; False if the list changed
        meanwhile (records added or removed elsewhere): it is shown again as it is now, soon
        (not while the view asks for a cell)."""
        if not self._head:
            return True
        head, self._head = self._head, 0
        full = self.listing.ids(self._sort_name(), self._descending())
        if len(full) == len(self.order) and full[:head] == self.order[:head]:
            self.order = full
            self.shown = self._filtered()
            return True
        QTimer.singleShot(0, lambda: self._show_all(full))
        return False

    def _show_all(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.order = ids
        self._cells.clear()
        self._matched = None
        self.shown = self._filtered()
        self.endResetModel()
        self._build_index()

    def painted(self) -> None:
        """The view is drawing rows (it asks for their text): the search index starts soon
        after (a chunk per turn of the event loop), not before the page is on screen."""
        self._awaiting_paint = False
        if self._gate.isActive() and self._gate.remainingTime() > INDEX_AFTER_PAINT_MS:
            self._gate.start(INDEX_AFTER_PAINT_MS)

    def sample_cells(self, first: int = PAGE // 4, across: int = SAMPLE) -> list[list[str]]:
        """The cells as shown of the first ``first`` rows and of ``across`` rows spread over the
        whole list, its last included (to fit the columns to: an IP address far down is as
        wide as any). Reads only those rows; they stay in the cache for the first screenful."""
        n = len(self.shown)
        if n == 0:
            return []
        positions = set(range(min(first, n)))
        if self._head:  # the rest of the order is not known yet: ids spread over the list
            ids = [self.shown[p] for p in sorted(positions)] + self.listing.sample_ids(across)
        else:
            positions.update((n - 1) * k // max(across - 1, 1) for k in range(across))
            ids = [self.shown[p] for p in sorted(positions)]
        wanted = [i for i in dict.fromkeys(ids) if i not in self._cells]
        if len(self._cells) + len(wanted) > CACHE_ROWS:
            self._cells.clear()
        for row in self.listing.rows(wanted):
            self._cells[row.id] = (row, self._format(row, self.date_style))
        return [self._cells[i][1] for i in dict.fromkeys(ids) if i in self._cells]

    def row_at(self, position: int) -> Any:
        return self._row(position)[0]

    def shown_rows(self) -> list[Any]:
        """The row objects shown, in order (loads them all: for tests and small lists)."""
        self._complete()
        by_id = {r.id: r for r in self.listing.rows(self.shown)}
        return [by_id[i] for i in self.shown if i in by_id]

    # -- sorting: the listing orders the ids ------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not self.order:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.shown
        self._head = 0  # (old rows not known yet have no persistent index to move)
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
            try:
                needle = part.encode(LINE_CODEC).decode("latin-1")
            except UnicodeEncodeError:  # a letter no line holds as such: only the odd lines can have it
                odd = self._odd
                base = [i for i in base if i not in lines or part in odd.get(i, "")]
                continue
            base = [i for i in base if needle in lines.get(i, needle)]
        self._matched = (self._parts, base)
        return base

    def _lines(self, rows: Sequence[Any], style: DateStyle) -> dict[int, str]:
        return {r.id: self._line(r.id, self._format(r, style)) for r in rows}

    def _line(self, record_id: int, cells: list[str]) -> str:
        """What a row shows, lower case, as Thai Windows text (TIS-620/cp874: one byte a letter)
        read back as Latin-1 — a string Python keeps in one byte a letter, where it keeps Thai in
        two: the index of 100,000 rows takes 40 % less memory and is searched as fast as any
        string (bytes would be as small but three times slower to search: each test fetches the
        needle's buffer). A letter cp874 has none for becomes a byte no typed text encodes to;
        such a row's line is also kept as it is, for a search for that letter."""
        text = "\t".join(cells).lower()
        line = text.encode(LINE_CODEC, ODD_LETTER).decode("latin-1")
        if ODD_CHAR in line:
            self._odd[record_id] = text
        else:
            self._odd.pop(record_id, None)
        return line

    def _build_index(self) -> None:
        """Build the search index again: at once for a small list, else a chunk of rows per
        turn of the event loop, so the page stays usable (a worker thread would hold the
        interpreter lock against every cell the view draws)."""
        if len(self.order) <= SYNC_INDEX and not self._head:
            self._pending = []
            self._timer.stop()
            self._gate.stop()
            self._index_built(self._lines(self.listing.rows(), self.date_style))
            return
        # Until it is done, filters use the index built before (a refresh, another period):
        # lines of records changed here are built at once (see forget), the rest soon. The
        # first chunk waits for the rows to be on screen: the page is drawn before any of it.
        self._pending, self._built, self._building_lines = list(self.order), 0, {}
        self._timer.stop()
        self._gate.start(INDEX_AFTER_MS)
        self._awaiting_paint = True

    def _start_building(self) -> None:
        self._awaiting_paint = False
        if self._pending and self._complete():
            self._pending = list(self.order)
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
        if self.shown[position] == UNKNOWN:
            self._complete()  # scrolled beyond the first rows before the rest arrived
        record_id = self.shown[position]
        cells = self._cells.get(record_id)
        if cells is None:
            self._fetch(position)
            cells = self._cells.get(record_id) or (None, [""] * len(self.columns))
        return cells

    def _fetch(self, position: int) -> None:
        start = position - position % PAGE
        wanted = [i for i in self.shown[start:start + PAGE] if i not in self._cells and i != UNKNOWN]
        if len(self._cells) + len(wanted) > CACHE_ROWS:
            self._cells.clear()
        for row in self.listing.rows(wanted):
            shown = self._format(row, self.date_style)
            self._cells[row.id] = (row, shown)
            if self._index is not None:
                self._index[row.id] = self._line(row.id, shown)  # fresh from the database

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
            if self._awaiting_paint:
                self.painted()
            return self._row(index.row())[1][index.column()]
        if role == ROW_ROLE:
            return self._row(index.row())[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


def _narrows(before: tuple[str, ...], now: tuple[str, ...]) -> bool:
    """Every row matching ``now`` matched ``before`` (each earlier word lies inside a word now)."""
    return all(any(b in n for n in now) for b in before)
