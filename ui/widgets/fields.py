"""Form fields that speak Thai: a B.E. date field that accepts what officers type, an
optional number field, and a combo box bound to (value, label) choices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from cddesk.thaidate import arabic_digits, format_date, parse_date
from ui.i18n import tr


class ThaiDateEdit(QWidget):
    """Type ``13/2/2568``, ``13 ก.พ. 68`` or ``2025-02-13``; shows the date in B.E.
    ``value()`` raises ValueError with a Thai message for text that is not a date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("วว/ดด/ปปปป (พ.ศ.)"))
        self.today_button = QToolButton(self)
        self.today_button.setText(tr("วันนี้"))
        self.today_button.setToolTip(tr("ใส่วันที่วันนี้"))
        self.today_button.clicked.connect(lambda: self.set_value(dt.date.today()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.today_button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._reformat)
        self.edit.textChanged.connect(self.changed)

    def set_value(self, value: dt.date | None) -> None:
        # Day/month/B.E. year: what officers type, and what parse_date reads back.
        self.edit.setText(f"{value.day}/{value.month}/{value.year + 543}" if value else "")
        self.edit.setToolTip(format_date(value) if value else "")

    def value(self) -> dt.date | None:
        parsed = parse_date(self.edit.text())
        if parsed is None:
            if not self.optional:
                raise ValueError(tr("ระบุวันที่ เช่น 13/02/2568"))
            return None
        return parsed.value

    def _reformat(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value:
            self.set_value(value)


class NumberEdit(QLineEdit):
    """An optional decimal number; Thai digits and a trailing unit ("8 GB") are accepted."""

    def __init__(self, parent: QWidget | None = None, unit: str = "") -> None:
        super().__init__(parent)
        self.unit = unit
        if unit:
            self.setPlaceholderText(unit)

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}")

    def value(self) -> float | None:
        text = arabic_digits(self.text()).replace(",", "").strip()
        if self.unit:
            text = text.removesuffix(self.unit).strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValueError(tr("«{text}» ไม่ใช่ตัวเลข ใส่เฉพาะตัวเลข เช่น 8").format(text=self.text())) from None


class ChoiceCombo(QComboBox):
    """A combo of (value, Thai label) pairs; ``value()`` returns the value."""

    def __init__(self, choices: Sequence[tuple[Any, str]] = (), parent: QWidget | None = None,
                 *, blank: str | None = None) -> None:
        super().__init__(parent)
        self.set_choices(choices, blank=blank)

    def set_choices(self, choices: Sequence[tuple[Any, str]], *, blank: str | None = None) -> None:
        current = self.value() if self.count() else None
        self.clear()
        if blank is not None:
            self.addItem(blank, None)
        for value, label in choices:
            self.addItem(label, value)
        if current is not None:
            self.set_value(current)

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return

    def value(self) -> Any:
        return self.currentData()
