"""The dashboard: a rubric's score for a chosen date (default today), explained.

- the total, a bar per domain (earned of possible) and the total month by month;
- every domain and criterion with its points, why (the records that counted, those that
  did not and the reason) and what is still missing for the next level;
- the next deadlines with what is still missing for each;
- double-clicking a record asks the window to open it (``open_record``).

The numbers come from :func:`cddesk.office_facts.score_office`, the same call as
``python main.py score``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.office_facts import default_rubric_id, office_fiscal_year, rubric_ids, score_office, score_trend
from cddesk.report_text import points as pts
from cddesk.thaidate import format_date, thai_digits
from scoring import RubricResult, load_shipped_rubric
from scoring.results import CriterionResult, Explanation
from scoring.thai import MONTHS_ABBR
from ui.i18n import tr
from ui.widgets.fields import ChoiceCombo, ThaiDateEdit
from ui.worker import run_in_background

log = logging.getLogger(__name__)

REF_ROLE = Qt.ItemDataRole.UserRole + 10
EAGER = 200  # a group of records up to this size is listed at once
SHOWN = 500  # a larger one lists this many when opened, then says how many more there are
GOOD, PART, NONE = QColor("#2e7d32"), QColor("#f9a825"), QColor("#c62828")


def _colour(got: Fraction, top: Fraction) -> QColor:
    return GOOD if top and got >= top else PART if got > 0 else NONE


class BarChart(QWidget):
    """Horizontal bars: label, earned of possible, with the figures written on the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, Fraction, Fraction]] = []
        self.setMinimumHeight(170)

    def set_bars(self, bars: list[tuple[str, Fraction, Fraction]]) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            return
        row = self.height() / len(self.bars)
        label_w = min(self.width() * 0.5, 380)
        for i, (label, got, top) in enumerate(self.bars):
            y = i * row
            painter.setPen(self.palette().text().color())
            shown = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(0, y, label_w - 6, row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            full = QRectF(label_w, y + row * 0.2, self.width() - label_w - 4, row * 0.6)
            painter.fillRect(full, QColor("#e8edf3"))
            share = float(got / top) if top else 0.0
            painter.fillRect(QRectF(full.x(), full.y(), full.width() * share, full.height()), _colour(got, top))
            painter.setPen(QColor("#111"))
            painter.drawText(full.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             thai_digits(f"{pts(got)}/{pts(top)}"))


class TrendChart(QWidget):
    """The total at the end of each month, as columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[dt.date, Fraction]] = []
        self.top = Fraction(100)
        self.busy = False  # the monthly totals are being worked out
        self.setMinimumHeight(170)

    def set_points(self, points: list[tuple[dt.date, Fraction]], top: Fraction, busy: bool = False) -> None:
        self.points, self.top, self.busy = points, top or Fraction(1), busy
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             tr("กำลังคำนวณคะแนนสิ้นเดือน…") if self.busy else tr("ยังไม่ถึงช่วงประเมิน"))
            return
        text_h = 22
        width = self.width() / len(self.points)
        chart_h = self.height() - 2 * text_h
        for i, (when, value) in enumerate(self.points):
            h = chart_h * float(value / self.top)
            x = i * width
            bar = QRectF(x + width * 0.2, text_h + chart_h - h, width * 0.6, h)
            painter.fillRect(bar, QColor("#1565c0"))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x, bar.y() - text_h, width, text_h), Qt.AlignmentFlag.AlignCenter,
                             thai_digits(pts(value)))
            painter.drawText(QRectF(x, self.height() - text_h, width, text_h), Qt.AlignmentFlag.AlignCenter,
                             MONTHS_ABBR[when.month - 1])


Rows = Callable[[int], list[tuple[str, str, str]]]  # the first n (ref, title, why) of a group


def _records(ex: Explanation) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Counted ref → title and not counted ref → (title, reason), from a node and its parts
    (a record counted in one part and not in another is counted)."""
    counted = dict(ex.counted_names())
    rejected: dict[str, tuple[str, str]] = {}
    for ref, title, why in ex.not_counted_names():
        if ref not in counted:
            rejected.setdefault(ref, (title, why))
    return counted, rejected


def _counts(ex: Explanation) -> tuple[int, int]:
    """How many records :func:`_records` gives (counted, not counted), with sets of refs
    instead of its rows: 100,000 computers are counted in milliseconds, not a fifth of a second."""
    counted, rejected = ex.refs()
    return len(counted), len(rejected - counted)


def _counted_rows(ex: Explanation, why: str) -> Rows:
    return lambda n: [(ref, title, why) for ref, title in itertools.islice(_records(ex)[0].items(), n)]


def _rejected_rows(ex: Explanation) -> Rows:
    return lambda n: [(ref, t, why) for ref, (t, why) in itertools.islice(_records(ex)[1].items(), n)]


class DashboardPage(QWidget):
    open_record = Signal(str, int)  # evidence owner kind, record id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.result: RubricResult | None = None
        heading = QLabel(tr("คะแนนประเมิน"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.rubric = ChoiceCombo(self._rubric_choices(), self)
        self.rubric.setMaximumWidth(560)
        self.rubric.setCurrentIndex(-1)  # the office's Digital 4.0 rubric is chosen on first show
        self.at = ThaiDateEdit(self, optional=False)
        self.at.setMinimumWidth(190)
        self.at.set_value(dt.date.today())
        self.recalc = QPushButton(tr("คำนวณ"), self)
        self.recalc.clicked.connect(self.refresh)
        self.rubric.currentIndexChanged.connect(lambda _i: self.refresh())
        self.total = QLabel(self)
        self.total.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.domains = BarChart(self)
        self.trend = TrendChart(self)
        self._trend_asked: tuple[str, dt.date] | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("เกณฑ์"), tr("คะแนน"), tr("คำอธิบาย")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 90)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.tree.itemExpanded.connect(self._expanded)
        self._pending: dict[int, tuple[QTreeWidgetItem, int, Rows]] = {}
        self.deadlines = QListWidget(self)
        self.deadlines.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(heading)
        controls.addStretch(1)
        controls.addWidget(QLabel(tr("เกณฑ์:"), self))
        controls.addWidget(self.rubric)
        controls.addWidget(QLabel(tr("ณ วันที่:"), self))
        controls.addWidget(self.at)
        controls.addWidget(self.recalc)
        charts = QHBoxLayout()
        charts.addWidget(self.domains, 3)
        charts.addWidget(self.trend, 2)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.tree)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("<b>กำหนดส่งถัดไป และสิ่งที่ยังขาด</b>"), side))
        side_layout.addWidget(self.deadlines)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addLayout(charts)
        layout.addWidget(lower, 1)

    def _rubric_choices(self) -> list[tuple[str, str]]:
        return [(rid, load_shipped_rubric(rid).title) for rid in rubric_ids()]

    def refresh(self) -> None:
        if self.rubric.value() is None:
            self.rubric.blockSignals(True)  # its change signal would score the office a second time
            self.rubric.set_value(default_rubric_id(office_fiscal_year(self.services.db)))
            self.rubric.blockSignals(False)
        self.error.hide()
        try:
            at = self.at.value() or dt.date.today()
            result = score_office(self.services.db, self.rubric.value(), at)
        except (KnownError, ValueError) as exc:
            self.error.setText(exc.message if isinstance(exc, KnownError) else str(exc))
            self.error.show()
            return
        self.show_result(result)
        # The month-end totals evaluate the rubric once a month (seconds for a register of
        # 100,000 computers): worked out off the GUI thread, drawn when ready.
        self._trend_asked = asked = (result.rubric_id, at)
        self.trend.set_points([], result.max_points, busy=True)
        db = self.services.db
        run_in_background(lambda: score_trend(db, asked[0], asked[1]),
                          lambda points, error: self._trend_ready(asked, result.max_points, points, error))

    def _trend_ready(self, asked: tuple[str, dt.date], top: Fraction, points: Any,
                     error: BaseException | None) -> None:
        if not isValid(self) or asked != self._trend_asked:
            return  # the page is gone, or another rubric or date was asked for since
        if error is not None:
            log.warning("month-end totals not worked out: %s", error)
        self.trend.set_points(points if error is None else [], top)

    def show_result(self, result: RubricResult) -> None:
        self.result = result
        self.total.setText(tr("คะแนนรวม {got} จาก {top}").format(
            got=thai_digits(pts(result.points)), top=thai_digits(pts(result.max_points)))
            + tr("  (ประเมิน ณ {date})").format(date=format_date(result.evaluated_at)))
        self.domains.set_bars([(f"{d.id} {d.title}", d.points, d.max_points) for d in result.domains])
        self.tree.clear()
        self._pending.clear()
        for d in result.domains:
            top = QTreeWidgetItem([f"{d.id} {d.title}", thai_digits(f"{pts(d.points)}/{pts(d.max_points)}"), ""])
            top.setForeground(1, _colour(d.points, d.max_points))
            self.tree.addTopLevelItem(top)
            for c in d.criteria:
                self._criterion(top, c)
            top.setExpanded(True)
        self._deadlines(result)

    def _criterion(self, parent: QTreeWidgetItem, c: CriterionResult) -> None:
        level = f" · {c.level}" if c.level else ""
        item = QTreeWidgetItem(parent, [f"{c.id} {c.title}", thai_digits(f"{pts(c.points)}/{pts(c.max_points)}") + level,
                                        c.explanation.summary])
        item.setForeground(1, _colour(c.points, c.max_points))
        item.setToolTip(0, c.title)
        item.setToolTip(2, c.explanation.summary)
        for line in c.explanation.missing:
            QTreeWidgetItem(item, [tr("ยังขาด"), "", line]).setToolTip(2, line)
        for line in c.explanation.all_warnings():
            QTreeWidgetItem(item, [tr("คำเตือน"), "", line])
        counted, rejected = _counts(c.explanation)
        if counted:
            self._group(item, tr("นับแล้ว {n} รายการ").format(n=f"{counted:,}"), counted,
                        _counted_rows(c.explanation, tr("นับ")))
        if rejected:
            self._group(item, tr("ไม่นับ {n} รายการ").format(n=f"{rejected:,}"), rejected,
                        _rejected_rows(c.explanation))

    def _group(self, parent: QTreeWidgetItem, label: str, size: int, rows: Rows) -> None:
        """A group of ``size`` records; a large one (a register of thousands of computers) is
        listed only when opened, and then only its first :data:`SHOWN` records (its rows are
        made only then: 100,000 of them would hold tens of MB for nothing)."""
        group = QTreeWidgetItem(parent, [label, "", ""])
        if size <= EAGER:
            self._fill(group, size, rows)
        else:
            group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self._pending[id(group)] = (group, size, rows)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        pending = self._pending.pop(id(item), None)
        if pending is not None and pending[0] is item:
            self._fill(item, pending[1], pending[2])

    def _fill(self, group: QTreeWidgetItem, size: int, rows: Rows) -> None:
        for ref, title, why in rows(SHOWN):
            child = QTreeWidgetItem(group, [title, "", why])
            child.setData(0, REF_ROLE, ref)
            child.setToolTip(0, tr("ดับเบิลคลิกเพื่อเปิดรายการนี้"))
        if size > SHOWN:
            QTreeWidgetItem(group, [tr("… และอีก {n} รายการ (ดูครบทุกรายการได้ในรายงาน)").format(
                n=f"{size - SHOWN:,}"), "", ""])

    def _deadlines(self, result: RubricResult) -> None:
        self.deadlines.clear()
        missing = {c.id: c.explanation.missing for c in result.criteria}
        for when, title in result.upcoming_deadlines:
            lines = [f"{format_date(when)} — {title}"]
            for crit in re.findall(r"เกณฑ์\s*([\d.]+)", title):
                lines += [f"  • {m}" for m in missing.get(crit.rstrip("."), [])[:2]]
            self.deadlines.addItem("\n".join(lines))
        if not result.upcoming_deadlines:
            self.deadlines.addItem(tr("ไม่มีกำหนดส่งที่ยังมาไม่ถึงในเกณฑ์นี้"))

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, REF_ROLE)
        if isinstance(ref, str) and ":" in ref:
            kind, _, record_id = ref.rpartition(":")
            if record_id.isdigit():
                self.open_record.emit(kind, int(record_id))

    def criterion_points(self) -> dict[str, str]:
        """Shown points per criterion id (for tests and checks against the CLI)."""
        shown = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top else 0):
                child = top.child(j) if top else None
                if child is not None:
                    shown[child.text(0).split(" ", 1)[0]] = child.text(1).split(" ·")[0]
        return shown
