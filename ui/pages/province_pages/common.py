"""What the province pages share: box layouts filled in one call, read-only tables, the
receipts' colours, period names, Thai errors and work behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QLabel, QLayout, QMessageBox, QProgressDialog,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from cddesk.errors import KnownError
from cddesk.periods import parse_period
from ui.i18n import tr
from ui.worker import run_in_background

RED, GREY = QColor("#b00020"), QColor("#6b6b6b")
Item = QWidget | QLayout | tuple[QWidget, int] | None


def lay(layout: QBoxLayout, *items: Item) -> QBoxLayout:
    """Fill a box layout: widgets, layouts, (widget, stretch), None for a stretch."""
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        elif item is not None:
            layout.addWidget(*(item if isinstance(item, tuple) else (item, 0)))
        else:
            layout.addStretch(1)
    return layout


def push_button(text: str, parent: QWidget, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text, parent)
    button.clicked.connect(lambda: slot())
    return button


def text_label(parent: QWidget, text: str = "", note: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if note:
        label.setStyleSheet("color: #555;")
    else:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setMinimumSectionSize(44)
    table.setWordWrap(False)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]],
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


def period_text(key: str) -> str:
    """``2568-02`` → ``ก.พ. 2568``; ``2568`` → ``ทั้งปีงบประมาณ 2568`` (as the period picker)."""
    try:
        period = parse_period(key)
    except KnownError:
        return key
    if period.month is None:
        return tr("ทั้งปีงบประมาณ {year}").format(year=period.year)
    return period.month_label()


def failed(parent: QWidget, error: BaseException | None, title: str) -> bool:
    """True when there was an error: a KnownError is shown in Thai, anything else is a bug."""
    if error is None:
        return False
    if not isinstance(error, KnownError):
        raise error
    QMessageBox.warning(parent, title, error.message)
    return True


def in_background(parent: QWidget, label: str, work: Callable[[], Any],
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

