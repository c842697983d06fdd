"""The IT role model page (seed 001, "คนต้นแบบ ไอที"): the navigation entry of the
portfolio kind's group, with a first tab for the nomination —

- pick a staff member: their IT works (the ``portfolio_work`` list, filtered to them, with
  its evidence panel; "add" fills in their name) and the eligibility check of
  :mod:`cddesk.role_model` with a Thai reason for every unmet criterion, updated as works
  and evidence change;
- the district's one nominee of a fiscal year: nominate (only an eligible person; replacing
  the earlier nominee is confirmed), withdraw, and make the nomination document
  (report ``role-model``) as PDF or Excel.

The other tab is the generic list of every staff member's works.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.kinds import GROUP_ROLE_MODEL, KIND_BY_KEY
from cddesk.periods import Period
from cddesk.reports import Generated
from cddesk.role_model import Eligibility, RoleModelService
from cddesk.services.activities import KindRow
from cddesk.services.listing import Listing
from cddesk.thaidate import fiscal_year_of
from ui.widgets.period import fiscal_year_spin
from ui.i18n import tr
from ui.listing_model import RowsListing
from ui.pages.activities import ActivityGroupPage, ActivityListPage
from ui.pages.survey_page import ask_report_path, export_report
from ui.widgets.fields import ChoiceCombo

GOOD, BAD = "#2e7d32", "#b00020"


class StaffWorksPage(ActivityListPage):
    """The portfolio list of one staff member, every date; new works are theirs."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.staff_name = ""
        super().__init__(KIND_BY_KEY["portfolio_work"], services, parent)
        self.period.setVisible(False)
        for label in self.findChildren(QLabel):
            if label.text() == tr("ช่วงเวลา:"):
                label.setVisible(False)

    def _bounds(self) -> tuple[dt.date | None, dt.date | None]:
        return None, None  # a work counts whenever it was made

    def _listing(self) -> Listing[KindRow]:
        rows = super()._listing().rows()  # one person's works: a short list, filtered here
        return RowsListing([r for r in rows if " ".join(r.data.staff_name.split()) == self.staff_name],
                           self.model.columns)

    def add_record(self) -> Any:
        if not self.staff_name:
            QMessageBox.information(self, tr("เพิ่มผลงาน"), tr("เลือกบุคลากรก่อน"))
            return None
        data = self.new_data()
        data.staff_name = self.staff_name
        return self.open_dialog(data, tr("เพิ่ม{what}").format(what=tr(self.service.label)))


class NominationPanel(QWidget):
    """Who is eligible, and the district's nominee of the fiscal year."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.role = RoleModelService(services.db)
        self.result: Eligibility | None = None
        heading = QLabel(tr("คนต้นแบบ ไอที: ตรวจคุณสมบัติและเสนอชื่อ (อำเภอละ 1 คน)"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        profile = services.office.profile()
        self.year = fiscal_year_spin(profile.fiscal_year if profile else fiscal_year_of(dt.date.today()), self)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.nominee_label = QLabel(self)
        self.nominee_label.setWordWrap(True)
        self.staff = ChoiceCombo(parent=self)
        self.staff.setMinimumWidth(320)
        self.staff.currentIndexChanged.connect(lambda _i: self.show_staff())
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.works = StaffWorksPage(services, self)
        self.works.changed.connect(self.show_staff)
        self.nominate_button = QPushButton(tr("เสนอชื่อเป็นคนต้นแบบ ไอที ของอำเภอ"), self)
        self.withdraw_button = QPushButton(tr("ยกเลิกการเสนอชื่อ"), self)
        self.document_button = QPushButton(tr("ทำหนังสือเสนอชื่อ (PDF/Excel)…"), self)
        self.nominate_button.clicked.connect(self.nominate_selected)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.document_button.clicked.connect(self.document_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        note = QLabel(tr("หลักเกณฑ์: เป็นข้าราชการสังกัดกรมการพัฒนาชุมชน (ระดับตำแหน่งในทะเบียนบุคลากร) "
                         "มีทักษะด้าน IT และมีผลงานที่มีหลักฐานเชิงประจักษ์อย่างน้อย 1 เรื่อง ในด้านเว็บไซต์ "
                         "สื่อประชาสัมพันธ์ สื่อสังคมออนไลน์ หรือการประยุกต์ใช้โปรแกรม"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.year)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("บุคลากร:"), self))
        pick.addWidget(self.staff)
        pick.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.nominate_button, self.withdraw_button, self.document_button):
            actions.addWidget(button)
        actions.addStretch(1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.nominee_label)
        upper_layout.addLayout(pick)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(self.message)
        upper_layout.addWidget(self.verdict)
        upper_layout.addWidget(note)
        upper_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(upper)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.works)
        splitter.setSizes([460, 440])  # the criteria readable at once, the works below
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def fiscal_year(self) -> int:
        return self.year.value()

    def refresh(self) -> None:
        nominee = self.role.nominee(self.fiscal_year())
        self.nominee_label.setText(
            tr("<b>ผู้ได้รับการเสนอชื่อของอำเภอ ปีงบประมาณ {fy}:</b> {name}").format(
                fy=self.fiscal_year(), name=html.escape(nominee) if nominee else tr("ยังไม่ได้เสนอชื่อ")))
        keep = self.staff.value() or nominee or None
        names = self.role.staff_names()
        if nominee and nominee not in names:
            names.append(nominee)  # left the office since: still shown with its reasons
        self.staff.blockSignals(True)
        self.staff.set_choices([(n, n) for n in names])
        if keep:
            self.staff.set_value(keep)
        self.staff.blockSignals(False)
        self.withdraw_button.setEnabled(bool(nominee))
        self.show_staff()

    def show_staff(self) -> None:
        name = self.staff.value() or ""
        self.works.staff_name = name
        self.works.refresh()
        if not name:
            self.result = None
            self.verdict.setText(tr("ยังไม่มีบุคลากรในทะเบียน เพิ่มในหน้าบุคลากรก่อน"))
            self.nominate_button.setEnabled(False)
            return
        self.result = result = self.role.eligibility(name)
        lines = []
        for c in result.conditions:
            mark, colour = ("✔", GOOD) if c.met else ("✘", BAD)
            why = c.detail if c.met else " ".join(c.reasons)
            lines.append(f"<span style='color:{colour}'>{mark}</span> {html.escape(c.title)}"
                         + (f"<br>&nbsp;&nbsp;&nbsp;<span style='color:{colour}'>{html.escape(why)}</span>"
                            if why else ""))
        verdict = tr("มีคุณสมบัติครบตามหลักเกณฑ์") if result.eligible else tr("ยังมีคุณสมบัติไม่ครบ")
        head = f"<b style='color:{GOOD if result.eligible else BAD}'>{html.escape(verdict)}</b>"
        self.verdict.setText(head + "<br>" + "<br>".join(lines))
        is_nominee = self.role.nominee(self.fiscal_year()) == result.staff_name
        self.nominate_button.setEnabled(result.eligible and not is_nominee)

    # -- the nominee -----------------------------------------------------------------------
    def nominate_selected(self) -> bool:
        name = self.staff.value()
        if not name:
            return False
        fy = self.fiscal_year()
        current = self.role.nominee(fy)
        if current and current != name:
            answer = QMessageBox.question(
                self, tr("เสนอชื่อคนต้นแบบ ไอที"),
                tr("อำเภอเสนอชื่อได้ 1 คนต่อปี ปีงบประมาณ {fy} เสนอชื่อ {old} ไว้แล้ว แทนด้วย {new} หรือไม่?").format(
                    fy=fy, old=current, new=name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.role.nominate(fy, name)
        except KnownError as exc:
            QMessageBox.warning(self, tr("เสนอชื่อไม่ได้"), exc.message)
            return False
        self._say(tr("เสนอชื่อ {name} เป็นคนต้นแบบ ไอที ของอำเภอ ปีงบประมาณ {fy} แล้ว").format(
            name=name, fy=fy))
        self.refresh()
        return True

    def withdraw(self) -> None:
        fy = self.fiscal_year()
        current = self.role.nominee(fy)
        if not current:
            return
        answer = QMessageBox.question(self, tr("ยกเลิกการเสนอชื่อ"),
                                      tr("ยกเลิกการเสนอชื่อ {name} ปีงบประมาณ {fy} หรือไม่?").format(name=current, fy=fy))
        if answer == QMessageBox.StandardButton.Yes:
            self.role.withdraw(fy)
            self._say(tr("ยกเลิกการเสนอชื่อแล้ว"))
            self.refresh()

    def document_clicked(self) -> None:
        path = ask_report_path(self, tr("บันทึกหนังสือเสนอชื่อคนต้นแบบ ไอที"), f"role-model-{self.fiscal_year()}.pdf")
        if path is not None:
            self.make_document(path)

    def make_document(self, path: Path) -> None:
        self._say(tr("กำลังสร้างไฟล์…"))
        self.document_button.setEnabled(False)

        def done(_made: Generated | None, text: str) -> None:
            self.document_button.setEnabled(True)
            self._say(text)

        export_report(self, self.services, "role-model", Period(self.fiscal_year()), path, done)


class RoleModelPage(ActivityGroupPage):
    """The navigation entry of :data:`cddesk.kinds.GROUP_ROLE_MODEL`: the nomination first,
    then the list of every staff member's works."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(GROUP_ROLE_MODEL, services, parent)
        self.nomination = NominationPanel(services, self)
        self.nomination.works.changed.connect(self.changed)
        self.insertTab(0, self.nomination, tr("เสนอชื่อคนต้นแบบ ไอที"))
        self.setCurrentIndex(0)

    def refresh(self) -> None:
        if self.currentWidget() is self.nomination:
            self.nomination.refresh()
        else:
            super().refresh()
