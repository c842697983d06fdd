"""The training-needs questionnaire page (seed 000): one completed questionnaire entered in
one form — part 1 as the printed boxes, part 2 as a grid of the ten topics × five levels
(or left blank), four "อื่น ๆ โปรดระบุ" lines — the questionnaires of a fiscal year, and the
live ranking (:func:`cddesk.survey.rank`: mean, then more 5-ratings, then document order)
as a table and a chart. The blank questionnaire and the result print through the report
machinery (``training-questionnaire`` and ``training-needs``) as PDF or Excel.

:func:`export_report` is the one "save a report as…" helper of the programme pages: a save
dialog, then :func:`cddesk.reports.generate` in the background.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.errors import KnownError, ValidationError
from cddesk.kinds import label_of
from cddesk.periods import Period
from cddesk.reports import Generated, generate
from cddesk.survey import MAX_OTHERS, PART1, RATINGS, TOPICS, SurveyData, SurveyService, TopicResult, rank
from cddesk.thaidate import fiscal_year_of, format_date, thai_digits
from ui.widgets.period import fiscal_year_spin
from ui.i18n import QT_TR_NOOP, tr
from ui.pages.titles import SURVEY
from ui.widgets.fields import ThaiDateEdit
from ui.worker import run_in_background

PAGE_TITLE = SURVEY  # the window's title of this page (ui/pages/titles.py)
BLANK = 0  # the button id of "left blank"
FILE_TYPES = QT_TR_NOOP("PDF (*.pdf);;Excel (*.xlsx)")


def export_report(parent: QWidget, services: Services, name: str, period: Period, path: Path,
                  on_done: Callable[[Generated | None, str], None]) -> None:
    """Make report ``name`` of ``period`` into ``path`` (PDF or Excel by its suffix) in the
    background; ``on_done(made, message)`` gets the result and a Thai line to show."""
    fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "pdf"
    target = path if path.suffix.lower() in (".pdf", ".xlsx") else path.with_suffix(".pdf")

    def done(made: Any, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, KnownError):
                raise error
            on_done(None, error.message)
            return
        lines = [tr("บันทึกแล้วที่ {path}").format(path=made.path)]
        if made.pages:
            lines.append(tr("สร้างแล้ว {pages} หน้า").format(pages=made.pages))
        lines += [tr("คำเตือน") + f": {w}" for w in made.warnings]
        on_done(made, "\n".join(lines))

    run_in_background(lambda: generate(services, name, period, "xlsx" if fmt == "xlsx" else "pdf", target), done)


def ask_report_path(parent: QWidget, title: str, default_name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / default_name), tr(FILE_TYPES))
    return Path(chosen) if chosen else None


def _cell(value: Any, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else thai_digits(str(value)) if right else str(value))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif len(item.text()) > 30:
        item.setToolTip(item.text())  # long topics are elided in the narrow column
    return item


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RankingChart(QWidget):
    """The ranked topics as horizontal bars of their mean (of 5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(160)

    def set_results(self, results: list[TopicResult]) -> None:
        self.bars = [(f"{t.rank}. {t.title}", float(t.mean or 0)) for t in results if t.rank is not None]
        self.setMinimumHeight(max(160, 22 * len(self.bars)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("ยังไม่มีแบบสอบถามที่ให้คะแนน"))
            return
        row = self.height() / len(self.bars)
        label_w = min(self.width() * 0.5, 360)
        value_w = self.fontMetrics().horizontalAdvance("๕.๐๐") + 12
        for i, (label, mean) in enumerate(self.bars):
            y = i * row
            painter.setPen(self.palette().text().color())
            shown = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(0, y, label_w - 6, row), Qt.AlignmentFlag.AlignVCenter, shown)
            full = QRectF(label_w, y + row * 0.2, self.width() - label_w - value_w, row * 0.6)
            painter.fillRect(full, QColor("#e8edf3"))
            painter.fillRect(QRectF(full.x(), full.y(), full.width() * mean / 5, full.height()), QColor("#1565c0"))
            painter.drawText(QRectF(full.right() + 6, y, value_w - 6, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, thai_digits(f"{mean:.2f}"))


class _RatingRow:
    """Five level buttons and "blank" for one topic, exclusive."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, first_column: int) -> None:
        self.group = QButtonGroup(parent)
        self.buttons: dict[int, QRadioButton] = {}
        for c, (value, _label) in enumerate([*RATINGS, (BLANK, "")]):
            button = QRadioButton(parent)
            button.setToolTip(tr("เว้นว่าง (ไม่ได้ตอบ)") if value == BLANK else thai_digits(str(value)))
            self.group.addButton(button, value)
            self.buttons[value] = button
            grid.addWidget(button, row, first_column + c, Qt.AlignmentFlag.AlignCenter)
        self.set_value(None)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked in (BLANK, -1) else checked

    def set_value(self, value: int | None) -> None:
        self.buttons[value if value in self.buttons and value is not None else BLANK].setChecked(True)


class SurveyForm(QWidget):
    """One questionnaire: date, part 1, part 2 and the "other" lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: int | None = None
        self.date = ThaiDateEdit(self, optional=False)
        self.part1: dict[str, QButtonGroup] = {}
        self.part1_buttons: dict[str, dict[str, QRadioButton]] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("วันที่ตอบ"), self))
        top.addWidget(self.date)
        top.addStretch(1)
        layout.addLayout(top)

        first = QGroupBox(tr("ตอนที่ 1 สถานภาพส่วนตัวของผู้ตอบ"), self)
        first_grid = QGridLayout(first)
        for r, (name, question, choices) in enumerate(PART1):
            first_grid.addWidget(QLabel(f"{thai_digits(str(r + 1))}. {question}", first), r, 0)
            group = QButtonGroup(first)
            buttons: dict[str, QRadioButton] = {}
            line = QHBoxLayout()
            for token, label in [*choices, ("", tr("ไม่ระบุ"))]:
                button = QRadioButton(label, first)
                group.addButton(button)
                buttons[token] = button
                line.addWidget(button)
            line.addStretch(1)
            first_grid.addLayout(line, r, 1)
            self.part1[name], self.part1_buttons[name] = group, buttons
        layout.addWidget(first)

        second = QGroupBox(tr("ตอนที่ 2 ระดับความต้องการฝึกอบรมและการรับรู้ข้อมูลข่าวสาร"), self)
        grid = QGridLayout(second)
        grid.addWidget(QLabel(tr("<b>ข้อ</b>"), second), 0, 0)
        grid.addWidget(QLabel(tr("<b>หัวข้อ</b>"), second), 0, 1)
        for c, (value, label) in enumerate(RATINGS):
            head = QLabel(f"<b>{label}</b><br>({thai_digits(str(value))})", second)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, 2 + c)
        blank_head = QLabel(tr("<b>เว้นว่าง</b>"), second)
        blank_head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(blank_head, 0, 2 + len(RATINGS))
        self.ratings: list[_RatingRow] = []
        for i, topic in enumerate(TOPICS, start=1):
            grid.addWidget(QLabel(thai_digits(str(i)), second), i, 0)
            text = QLabel(topic, second)
            text.setWordWrap(True)
            grid.addWidget(text, i, 1)
            self.ratings.append(_RatingRow(second, grid, i, 2))
        self.other_names: list[QLineEdit] = []
        self.other_ratings: list[_RatingRow] = []
        for n in range(MAX_OTHERS):
            r = len(TOPICS) + 1 + n
            grid.addWidget(QLabel(tr("อื่น ๆ"), second), r, 0)
            edit = QLineEdit(second)
            edit.setPlaceholderText(tr("อื่น ๆ โปรดระบุ"))
            grid.addWidget(edit, r, 1)
            self.other_names.append(edit)
            self.other_ratings.append(_RatingRow(second, grid, r, 2))
        grid.setColumnStretch(1, 1)
        layout.addWidget(second)
        notes = QHBoxLayout()
        self.notes = QLineEdit(self)
        notes.addWidget(QLabel(tr("หมายเหตุ"), self))
        notes.addWidget(self.notes, 1)
        layout.addLayout(notes)
        self.clear()

    def clear(self) -> None:
        self.record_id = None
        self.date.set_value(dt.date.today())
        for name in self.part1:
            self.part1_buttons[name][""].setChecked(True)
        for row in [*self.ratings, *self.other_ratings]:
            row.set_value(None)
        for edit in self.other_names:
            edit.clear()
        self.notes.clear()

    def set_part1(self, name: str, token: str) -> None:
        self.part1_buttons[name].get(token, self.part1_buttons[name][""]).setChecked(True)

    def load(self, data: SurveyData) -> None:
        self.clear()
        self.record_id = data.id
        self.date.set_value(data.date)
        for name, _q, _c in PART1:
            self.set_part1(name, getattr(data, name))
        for row, value in zip(self.ratings, data.ratings, strict=True):
            row.set_value(value)
        for i in range(MAX_OTHERS):
            self.other_names[i].setText(getattr(data, f"other{i + 1}"))
            self.other_ratings[i].set_value(getattr(data, f"other{i + 1}_rating"))
        self.notes.setText(data.notes)

    def data(self) -> SurveyData:
        """The form as a questionnaire (raises ValueError for a date that is not a date)."""
        values: dict[str, Any] = {"id": self.record_id, "date": self.date.value(), "notes": self.notes.text()}
        for name, _q, _c in PART1:
            checked = self.part1[name].checkedButton()
            values[name] = next((t for t, b in self.part1_buttons[name].items() if b is checked), "")
        for i, row in enumerate(self.ratings, start=1):
            values[f"r{i}"] = row.value()
        for i in range(MAX_OTHERS):
            values[f"other{i + 1}"] = self.other_names[i].text()
            values[f"other{i + 1}_rating"] = self.other_ratings[i].value()
        return SurveyData(**values)


class SurveyPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service = SurveyService(services.db)
        self.responses: list[SurveyData] = []
        self.results: list[TopicResult] = []
        heading = QLabel(tr(PAGE_TITLE), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        profile = services.office.profile()
        self.year = fiscal_year_spin(profile.fiscal_year if profile else fiscal_year_of(dt.date.today()), self)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.blank_button = QPushButton(tr("พิมพ์แบบสอบถามเปล่า…"), self)
        self.result_button = QPushButton(tr("ส่งออกผลสำรวจ (PDF/Excel)…"), self)
        self.blank_button.clicked.connect(lambda: self.export_clicked("training-questionnaire"))
        self.result_button.clicked.connect(lambda: self.export_clicked("training-needs"))
        top = QHBoxLayout()
        for widget in (heading, None, self.year, self.blank_button, self.result_button):
            if widget is None:
                top.addStretch(1)
            else:
                top.addWidget(widget)

        self.form = SurveyForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(tr("บันทึกแบบสอบถาม"), self)
        self.save_button.setDefault(True)
        self.new_button = QPushButton(tr("ล้างแบบฟอร์ม (ฉบับใหม่)"), self)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.form.clear)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.error)

        self.list = _table(self, [tr("วันที่"), tr("เพศ"), tr("อายุ"), tr("ระดับตำแหน่ง"), tr("สังกัด"),
                                  tr("ตอบ (ข้อ)")])
        self.list.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton(tr("แก้ไข"), self)
        self.delete_button = QPushButton(tr("ลบ"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count = QLabel(self)
        self.ranking = _table(self, [tr("อันดับ"), tr("หัวข้อ"), tr("ผู้ตอบ"), tr("ระดับ 5"), tr("ค่าเฉลี่ย")])
        header = self.ranking.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.chart = RankingChart(self)
        rule = QLabel(tr("เรียงตามค่าเฉลี่ยจากมากไปหาน้อย ค่าเฉลี่ยเท่ากัน: ระดับ 5 มากกว่าอยู่ก่อน "
                         "แล้วตามลำดับข้อในแบบสอบถาม · ช่องที่เว้นว่างไม่นับ"), self)
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        saved_box = QWidget(self)
        saved_layout = QVBoxLayout(saved_box)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        list_bar = QHBoxLayout()
        list_bar.addWidget(QLabel(tr("<b>แบบสอบถามที่บันทึกแล้ว</b>"), self))
        list_bar.addStretch(1)
        list_bar.addWidget(self.count)
        list_bar.addWidget(self.edit_button)
        list_bar.addWidget(self.delete_button)
        saved_layout.addLayout(list_bar)
        saved_layout.addWidget(self.list, 1)
        ranking_box = QWidget(self)
        ranking_layout = QVBoxLayout(ranking_box)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(QLabel(tr("<b>ลำดับความต้องการ</b>"), self))
        ranking_layout.addWidget(rule)
        ranking_layout.addWidget(self.ranking, 1)
        chart_view = QScrollArea(self)
        chart_view.setWidgetResizable(True)
        chart_view.setWidget(self.chart)
        right = QSplitter(Qt.Orientation.Vertical, self)
        for part in (saved_box, ranking_box, chart_view):
            right.addWidget(part)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- data ------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(self.year.value())

    def refresh(self) -> None:
        self.responses = self.service.of_fiscal_year(self.year.value())
        self.list.setRowCount(len(self.responses))
        for r, d in enumerate(self.responses):
            answered = sum(v is not None for v in d.ratings) + len(d.others)
            cells = [format_date(d.date), *(label_of(choices, getattr(d, name)) if getattr(d, name) else "-"
                                            for name, _q, choices in PART1)]
            for c, value in enumerate(cells):
                self.list.setItem(r, c, _cell(value))
            self.list.setItem(r, len(cells), _cell(answered, right=True))
        self.list.resizeColumnsToContents()
        self.count.setText(tr("{n} ฉบับ").format(n=thai_digits(f"{len(self.responses):,}")))
        self.results = rank(self.responses)
        self.ranking.setRowCount(len(self.results))
        for r, t in enumerate(self.results):
            shown: list[tuple[Any, bool]] = [(t.rank if t.rank else "-", True), (t.label, False), (t.count, True),
                                             (t.fives, True), (t.mean_text() if t.count else tr("ไม่มีผู้ให้คะแนน"), True)]
            for c, (value, right) in enumerate(shown):
                self.ranking.setItem(r, c, _cell(value, right))
        self.ranking.resizeColumnToContents(0)
        self.chart.set_results(self.results)
        has_rows = bool(self.responses)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected(self) -> SurveyData | None:
        row = self.list.currentRow()
        return self.responses[row] if 0 <= row < len(self.responses) else None

    # -- actions ---------------------------------------------------------------------
    def save(self) -> SurveyData | None:
        self.error.clear()
        try:
            data = self.form.data()
            saved = self.service.save(data)
        except ValueError as exc:
            self.error.setText(str(exc))
            return None
        except ValidationError as exc:
            self.error.setText("\n".join(exc.fields.values()))
            return None
        self.message.setText(tr("บันทึกแบบสอบถามวันที่ {date} แล้ว").format(date=format_date(saved.date)))
        if saved.date is not None:
            self.year.blockSignals(True)
            self.year.setValue(fiscal_year_of(saved.date))
            self.year.blockSignals(False)
        self.form.clear()
        self.refresh()
        self.changed.emit()
        return saved

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.form.load(chosen)
            self.error.clear()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        answer = QMessageBox.question(self, tr("ลบแบบสอบถาม"),
                                      tr("ลบแบบสอบถามวันที่ {date} หรือไม่? การลบนี้ย้อนกลับไม่ได้").format(
                                          date=format_date(chosen.date)))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete(chosen.id)
            if self.form.record_id == chosen.id:
                self.form.clear()
            self.refresh()
            self.changed.emit()

    def export_clicked(self, name: str) -> None:
        title = tr("บันทึกแบบสอบถามเปล่า") if name == "training-questionnaire" else tr("บันทึกผลสำรวจความต้องการฝึกอบรม")
        path = ask_report_path(self, title, f"{name}-{self.period().key()}.pdf")
        if path is not None:
            self.export(name, path)

    def export(self, name: str, path: Path) -> None:
        self.message.setText(tr("กำลังสร้างไฟล์…"))
        self.blank_button.setEnabled(False)
        self.result_button.setEnabled(False)

        def done(_made: Generated | None, text: str) -> None:
            self.blank_button.setEnabled(True)
            self.result_button.setEnabled(True)
            self.message.setText(text)

        export_report(self, self.services, name, self.period(), path, done)
