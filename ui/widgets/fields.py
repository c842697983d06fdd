"""Form fields that speak Thai: a B.E. date field that accepts what officers type, a time
field, an optional number field, a combo box bound to (value, label) choices, and a list
of check boxes for several choices (channels, tools, staff who attended)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

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

    def __init__(self, parent: QWidget | None = None, unit: str = "", *, integer: bool = False) -> None:
        super().__init__(parent)
        self.unit = unit
        self.integer = integer
        if unit:
            self.setPlaceholderText(unit)

    def set_value(self, value: float | None) -> None:
        # Never ``{:g}``: six digits and exponents would change a stored 1,234,567.50 on save.
        if value is None:
            self.setText("")
        elif float(value).is_integer():
            self.setText(str(int(value)))  # no thousands separator: years (2568) are numbers too
        else:
            self.setText(f"{value:.6f}".rstrip("0").rstrip("."))

    def value(self) -> float | None:
        text = arabic_digits(self.text()).replace(",", "").strip()
        if self.unit:
            text = text.removesuffix(self.unit).strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValueError(tr("«{text}» ไม่ใช่ตัวเลข ใส่เฉพาะตัวเลข เช่น 8").format(text=self.text())) from None
        if self.integer:
            if not number.is_integer():
                raise ValueError(tr("«{text}» ต้องเป็นจำนวนเต็ม เช่น 25").format(text=self.text()))
            return int(number)
        return number


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


_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*(?:น\.?)?\s*$")


class TimeEdit(QLineEdit):
    """A time of day as officers write it: ``9.30``, ``09:30``, ``๐๙.๓๐ น.``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("ชช:นน เช่น 09:30"))
        self.editingFinished.connect(self._reformat)

    def set_value(self, value: dt.time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")

    def value(self) -> dt.time | None:
        text = arabic_digits(self.text()).strip()
        if not text:
            return None
        match = _TIME.match(text)
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError(tr("«{text}» ไม่ใช่เวลา ใส่ชั่วโมง:นาที เช่น 09:30").format(text=self.text()))
        return dt.time(int(match[1]), int(match[2]))

    def _reformat(self) -> None:
        try:
            self.set_value(self.value())
        except ValueError:
            return


class MultiChoice(QListWidget):
    """Several of (value, label) choices as check boxes; values not in the list (a name of
    staff who has left) stay checked and shown, so editing never drops them."""

    def __init__(self, choices: Sequence[tuple[Any, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        checked = self.value()
        self.clear()
        for value, label in choices:
            self._add(value, label)
        self.set_value(checked)
        row = self.sizeHintForRow(0) if self.count() else 24
        self.setFixedHeight(min(4, max(1, self.count())) * row + 2 * self.frameWidth() + 4)  # up to 4 rows

    def _add(self, value: Any, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def set_value(self, values: Sequence[Any] | None) -> None:
        wanted = list(values or ())
        known = set()
        for i in range(self.count()):
            item = self.item(i)
            value = item.data(Qt.ItemDataRole.UserRole)
            known.add(value)
            item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)
        for value in wanted:
            if value not in known:
                self._add(value, str(value)).setCheckState(Qt.CheckState.Checked)

    def value(self) -> tuple[Any, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)
