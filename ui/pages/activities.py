"""The activity pages, built from the kind descriptions of ``cddesk/kinds.py``:

- :class:`ActivityListPage` — one list per kind (a :class:`RegisterPage`) with filters by
  period (the fiscal year in use, a month, all) and by type, a "missing evidence only"
  switch (all three in the service's SQL listing, which the table pages through), and a
  status column that says why a record will not count;
- :class:`ActivityGroupPage` — the lists of one navigation entry, as tabs;
- :class:`MonthView` — what was recorded in each month of a fiscal year, kind by kind;
  clicking a cell opens that kind's list filtered to that month.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.kinds import KINDS, Field, Kind
from cddesk.services.activities import KindRow
from cddesk.services.listing import Listing
from cddesk.thaidate import fiscal_year_bounds, fiscal_year_of, thai_digits
from scoring.thai import MONTHS_ABBR, months_between
from ui.i18n import QT_TR_NOOP, tr
from ui.pages.register_page import RegisterPage
from ui.record_dialog import FieldSpec
from ui.table import Column
from ui.widgets.fields import ChoiceCombo

_EDITOR_KINDS = {"text": "text", "url": "text", "multiline": "multiline", "date": "date", "time": "time",
                 "int": "integer", "float": "number", "bool": "bool", "choice": "choice",
                 "multi": "multi", "names": "multi", "tambon": "choice"}
MISSING = QT_TR_NOOP("ยังไม่มีหลักฐาน — ไม่นับคะแนน")


def _translated(choices: Any) -> list[tuple[str, str]]:
    return [(token, tr(label)) for token, label in choices]


def field_spec(f: Field, services: Services) -> FieldSpec:
    choices: Any = None
    if f.type in ("choice", "multi"):
        choices = lambda: _translated(f.choices)  # noqa: E731
    elif f.type == "names":
        choices = lambda: [(name, name) for _id, name in services.staff.active_names()]  # noqa: E731
    elif f.type == "tambon":
        choices = lambda: [(name, name) for name in services.office.tambon_names()]  # noqa: E731
    optional_choice = f.type == "tambon" or (f.type == "choice" and not f.required)
    return FieldSpec(f.name, f.label, _EDITOR_KINDS[f.type], choices=choices,
                     blank=QT_TR_NOOP("— ไม่ระบุ —") if optional_choice else None,
                     required=f.required, placeholder=f.placeholder or ("https://…" if f.type == "url" else ""))


def _cell(f: Field) -> Any:
    labels = dict(f.choices)  # once per column: a search index shows every cell of a list
    if f.type == "choice":
        return lambda r: tr(labels.get(getattr(r.data, f.name), getattr(r.data, f.name)))
    if f.type == "multi":
        return lambda r: ", ".join(tr(labels.get(v, v)) for v in getattr(r.data, f.name))
    if f.type == "names":
        return lambda r: ", ".join(getattr(r.data, f.name))
    return lambda r: getattr(r.data, f.name)


def status_text(row: KindRow) -> str:
    parts = [tr(MISSING)] if row.missing_evidence else []
    if row.outside:
        parts.append(tr("นอกปีงบประมาณที่ใช้อยู่"))
    return " · ".join(parts)


def kind_columns(kind: Kind) -> list[Column[KindRow]]:
    columns: list[Column[KindRow]] = [
        Column(f.label, _cell(f), align_right=f.type in ("int", "float"), key=f.name) for f in kind.fields if f.in_list]
    if kind.needs_evidence:
        columns.append(Column(QT_TR_NOOP("หลักฐาน"), lambda r: r.evidence_count, align_right=True, key="evidence_count"))
    if kind.date_field:
        columns.append(Column(QT_TR_NOOP("สถานะ"), status_text, key="status"))
    return columns


class ActivityListPage(RegisterPage):
    """The records of one kind, filtered by period, type and missing evidence."""

    def __init__(self, kind: Kind, services: Services, parent: QWidget | None = None) -> None:
        self.kind = kind
        self.services = services
        self._other_month: tuple[int, int] | None = None
        service = services.kinds[kind.key]
        self.period = ChoiceCombo(parent=None)
        self.type_filter = ChoiceCombo(parent=None)
        self.missing_only = QCheckBox(tr("เฉพาะที่ยังไม่มีหลักฐาน"))
        super().__init__(
            title=kind.title, columns=kind_columns(kind), make_listing=self._listing,
            specs=lambda: [field_spec(f, services) for f in kind.fields], new_data=service.new,
            service=service, evidence=services.evidence, describe=lambda r: kind.describe(r.data),
            parent=parent)
        filters = QHBoxLayout()
        if kind.date_field:
            filters.addWidget(QLabel(tr("ช่วงเวลา:"), self))
            filters.addWidget(self.period)
        if kind.filter_field:
            f = kind.field(kind.filter_field)
            self.type_filter.set_choices(_translated(f.choices), blank=tr("ทุก{what}").format(what=tr(f.label)))
            filters.addWidget(QLabel(tr(f.label) + ":", self))
            filters.addWidget(self.type_filter)
        if kind.needs_evidence:
            filters.addWidget(self.missing_only)
        filters.addStretch(1)
        self.above_table.addLayout(filters)
        for widget in (self.period, self.type_filter):
            widget.setParent(self)
            widget.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        self.missing_only.setParent(self)
        self.missing_only.toggled.connect(lambda _on: self.refresh())
        self.type_filter.setVisible(bool(kind.filter_field))
        self.period.setVisible(bool(kind.date_field))
        self.missing_only.setVisible(kind.needs_evidence)
        keys = [c.key for c in self.model.columns]
        if kind.date_field in keys:  # newest first (then the last entered): what an office looks for
            self.view.sortByColumn(keys.index(kind.date_field), Qt.SortOrder.DescendingOrder)

    def _period_choices(self) -> list[tuple[Any, str]]:
        profile = self.services.office.profile()
        fy = profile.fiscal_year if profile else fiscal_year_of(dt.date.today())
        months = months_between(*fiscal_year_bounds(fy))
        if self._other_month and self._other_month not in months:
            months.append(self._other_month)  # a month of another year, opened from the month view
        return ([("fy", tr("ปีงบประมาณ {fy}").format(fy=fy)), ("all", tr("ทุกช่วงเวลา"))]
                + [((y, m), f"{MONTHS_ABBR[m - 1]} {y + 543}") for y, m in months])

    def refresh(self) -> None:
        if self.kind.date_field:
            self.period.blockSignals(True)
            self.period.set_choices(self._period_choices())
            if self.period.value() is None:
                self.period.setCurrentIndex(0)
            self.period.blockSignals(False)
        super().refresh()

    def show_month(self, year: int, month: int) -> None:
        """Filter the list to one month (from the month view), of any fiscal year."""
        self._other_month = (year, month)
        self.refresh()
        self.type_filter.setCurrentIndex(0)
        self.period.set_value((year, month))

    def _bounds(self) -> tuple[dt.date | None, dt.date | None]:
        period = self.period.value()
        if period == "fy":
            profile = self.services.office.profile()
            return fiscal_year_bounds(profile.fiscal_year) if profile else (None, None)
        if isinstance(period, tuple):
            year, month = period
            first = dt.date(year, month, 1)
            return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return None, None

    def _listing(self) -> Listing[KindRow]:
        start, end = self._bounds() if self.kind.date_field else (None, None)
        wanted = self.type_filter.value() if self.kind.filter_field else None
        return self.services.kinds[self.kind.key].listing(
            start, end, choice=wanted or None, missing_only=self.missing_only.isChecked())


class ActivityGroupPage(QTabWidget):
    """One navigation entry: the lists of its kinds as tabs."""

    changed = Signal()

    def __init__(self, group: str, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.lists: dict[str, ActivityListPage] = {}
        self.setTabBarAutoHide(True)  # one list: no tab bar
        for kind in KINDS:
            if kind.group == group:
                page = ActivityListPage(kind, services, self)
                page.changed.connect(self.changed)
                self.lists[kind.key] = page
                self.addTab(page, tr(kind.title))
        self.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        page = self.currentWidget()
        if isinstance(page, ActivityListPage):
            page.refresh()

    def open_kind(self, key: str) -> ActivityListPage:
        page = self.lists[key]
        self.setCurrentWidget(page)
        return page


class MonthView(QWidget):
    """Kinds down, the twelve months of the fiscal year across: how many records, and how
    many still lack evidence (red). ``open_cell`` asks the window to show that list."""

    open_cell = Signal(str, int, int)  # kind key, C.E. year, month

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kinds = [k for k in KINDS if k.date_field]
        heading = QLabel(tr("ผลงานรายเดือน"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.year = QSpinBox(self)
        self.year.setRange(2500, 2700)
        self.year.setPrefix(tr("ปีงบประมาณ "))
        profile = services.office.profile()
        self.year.setValue(profile.fiscal_year if profile else fiscal_year_of(dt.date.today()))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.hint = QLabel(tr("ตัวเลข = จำนวนรายการในเดือน · (ตัวเลขสีแดงในวงเล็บ) = รายการที่ยังไม่มีหลักฐาน "
                              "จึงยังไม่นับคะแนน · ดับเบิลคลิกช่องเพื่อเปิดรายการของเดือนนั้น"), self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(len(self.kinds), 13, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVerticalHeaderLabels([tr(k.title) for k in self.kinds])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.months: list[tuple[int, int]] = []

    def refresh(self) -> None:
        self.months = months_between(*fiscal_year_bounds(self.year.value()))
        self.table.setHorizontalHeaderLabels(
            [f"{MONTHS_ABBR[m - 1]}\n{thai_digits(str(y + 543)[-2:])}" for y, m in self.months] + [tr("รวม")])
        cells = {(c.kind, c.year, c.month): c for c in self.services.overview.month_cells(self.year.value())}
        for r, kind in enumerate(self.kinds):
            total = missing_total = 0
            for c, (y, m) in enumerate(self.months):
                cell = cells.get((kind.key, y, m))
                count, missing = (cell.count, cell.without_evidence) if cell else (0, 0)
                total, missing_total = total + count, missing_total + missing
                self.table.setItem(r, c, self._item(count, missing))
            self.table.setItem(r, 12, self._item(total, missing_total))

    def _item(self, count: int, missing: int) -> QTableWidgetItem:
        text = "" if count == 0 else thai_digits(f"{count:,}") + (
            f" ({thai_digits(str(missing))})" if missing else "")
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if missing:
            item.setForeground(QBrush(QColor("#b00020")))
            item.setToolTip(tr("{n} รายการยังไม่มีหลักฐาน จึงยังไม่นับคะแนน").format(n=missing))
        return item

    def _open(self, row: int, column: int) -> None:
        if column < 12:
            year, month = self.months[column]
            self.open_cell.emit(self.kinds[row].key, year, month)

    def cell_text(self, key: str, year: int, month: int) -> str:
        r = [k.key for k in self.kinds].index(key)
        c = self.months.index((year, month))
        item = self.table.item(r, c)
        return item.text() if item else ""

