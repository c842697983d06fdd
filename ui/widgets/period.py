"""Choosing a period the way every command takes one: a fiscal year (B.E.) and either the
whole year or one of its months (``2568`` or ``2568-02``, :mod:`cddesk.periods`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from cddesk.periods import Period
from ui.i18n import tr


def fiscal_year_spin(fiscal_year: int, parent: QWidget | None = None) -> QSpinBox:
    """A fiscal-year box (``ปีงบประมาณ 2568``) for pages that work a year at a time."""
    spin = QSpinBox(parent)
    spin.setRange(2500, 2700)
    spin.setGroupSeparatorShown(False)
    spin.setPrefix(tr("ปีงบประมาณ "))
    spin.setValue(fiscal_year)
    return spin


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, fiscal_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setRange(2560, 2600)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(fiscal_year)
        self.month = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.year)
        layout.addWidget(self.month, 1)
        self.year.valueChanged.connect(self._fill)
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill()

    def _fill(self) -> None:
        fy = Period(self.year.value())
        current = self.month.currentIndex()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(tr("ทั้งปีงบประมาณ {year}").format(year=fy.year), fy)
        for month in fy.months():
            self.month.addItem(month.month_label(), month)
        self.month.setCurrentIndex(max(0, current))
        self.month.blockSignals(False)
        self.changed.emit()

    def period(self) -> Period:
        value = self.month.currentData()
        return value if isinstance(value, Period) else Period(self.year.value())

    def set_period(self, period: Period) -> None:
        self.year.setValue(period.fiscal_year)
        keys = [self.month.itemData(i).key() for i in range(self.month.count())]
        self.month.setCurrentIndex(keys.index(period.key()) if period.key() in keys else 0)
