"""PySide6-Essentials 6.12.0 on Python 3.11 loses a reference to None each time Qt calls a
Python ``data()`` that returns None; a long session then aborts ("none_dealloc"). The
project pins a PySide6 without the bug; this test fails if an upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 10

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 10

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_qt_calling_python_data_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Empty()
    index = model.index(3, 3)
    before = sys.getrefcount(None)
    for _ in range(5000):
        model.data(index)  # Python → Python: no binding involved
        index.data()  # C++ QModelIndex::data → the Python override: the path that leaked
    assert sys.getrefcount(None) >= before - 50
