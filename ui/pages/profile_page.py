"""Office profile: province and district chosen from the gazetteer, names of the head of
office and IT officer, fiscal year, survey deadline, prescribed antivirus. The same form
serves the first-start dialog and the profile page."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cddesk import gazetteer
from cddesk.errors import ValidationError
from cddesk.services.office import OfficeService, ProfileData, default_survey_deadline

from ui.i18n import QT_TR_NOOP, tr
from ui.record_dialog import ERROR_STYLE, FieldForm, FieldSpec, save_cancel_buttons
from ui.widgets.fields import ChoiceCombo

SPECS = [
    FieldSpec("province_code", QT_TR_NOOP("จังหวัด"), "choice", required=True,
              choices=lambda: [(p.code, p.name) for p in gazetteer.provinces()], blank=QT_TR_NOOP("— เลือกจังหวัด —")),
    FieldSpec("district_code", QT_TR_NOOP("อำเภอ"), "choice", required=True, blank=QT_TR_NOOP("— เลือกอำเภอ —")),
    FieldSpec("office_name", QT_TR_NOOP("ชื่อสำนักงาน"), placeholder=QT_TR_NOOP("เว้นว่างเพื่อใช้ สำนักงานพัฒนาชุมชนอำเภอ…")),
    FieldSpec("address", QT_TR_NOOP("ที่อยู่"), "multiline"),
    FieldSpec("phone", QT_TR_NOOP("โทรศัพท์")),
    FieldSpec("email", QT_TR_NOOP("อีเมล")),
    FieldSpec("head_name", QT_TR_NOOP("หัวหน้าสำนักงาน"), required=True),
    FieldSpec("head_position", QT_TR_NOOP("ตำแหน่งหัวหน้าสำนักงาน")),
    FieldSpec("it_officer_name", QT_TR_NOOP("ผู้รับผิดชอบงานไอที")),
    FieldSpec("it_officer_position", QT_TR_NOOP("ตำแหน่งผู้รับผิดชอบงานไอที")),
    FieldSpec("fiscal_year", QT_TR_NOOP("ปีงบประมาณที่ใช้ (พ.ศ.)"), "number",
              transform=lambda v: int(v) if v is not None else 0),
    FieldSpec("survey_deadline", QT_TR_NOOP("กำหนดส่งผลสำรวจเครื่องคอมพิวเตอร์"), "date"),
    FieldSpec("antivirus_product", QT_TR_NOOP("โปรแกรมป้องกันไวรัสที่กรมกำหนด")),
]


class ProfileForm(QWidget):
    saved = Signal(object)

    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.data = office.profile() or ProfileData()
        self.form = FieldForm(SPECS, self)
        self.province: ChoiceCombo = self.form.editors["province_code"]  # type: ignore[assignment]
        self.district: ChoiceCombo = self.form.editors["district_code"]  # type: ignore[assignment]
        self.province.currentIndexChanged.connect(self._province_changed)
        self.province.setEditable(True)  # type to jump: "หนอง" finds หนองคาย
        self.province.setInsertPolicy(ChoiceCombo.InsertPolicy.NoInsert)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        self.load(self.data)

    def load(self, data: ProfileData) -> None:
        self.form.load(dataclasses.replace(data, district_code=""))
        self._province_changed()
        self.district.set_value(data.district_code)
        self.form.editors["fiscal_year"].set_value(data.fiscal_year)  # type: ignore[attr-defined]
        if data.survey_deadline is None:
            self.form.editors["survey_deadline"].set_value(default_survey_deadline(data.fiscal_year))  # type: ignore[attr-defined]

    def _province_changed(self) -> None:
        code = self.province.value()
        self.district.set_choices([(d.code, d.name) for d in gazetteer.districts(code)] if code else [],
                                  blank=QT_TR_NOOP("— เลือกอำเภอ —"))

    def save(self) -> ProfileData | None:
        try:
            data = self.form.collect(self.data)
            self.data = self.office.save_profile(data)
        except ValidationError as exc:
            rest = self.form.show_errors(exc.fields)
            self.banner.setText("\n".join(rest) or tr("มีข้อมูลที่ต้องแก้ไข ดูข้อความสีแดงใต้ช่องที่ระบุ"))
            self.banner.show()
            return None
        self.banner.hide()
        self.form.show_errors({})
        self.load(self.data)
        self.saved.emit(self.data)
        return self.data


class ProfilePage(QWidget):
    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(tr("ข้อมูลสำนักงาน"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.profile_form = ProfileForm(office, self)
        self.save_button = QPushButton(tr("บันทึกข้อมูลสำนักงาน"), self)
        self.status = QLabel(self)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.profile_form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _save(self) -> None:
        data = self.profile_form.save()
        self.status.setText(tr("บันทึกแล้ว") if data else "")


class FirstStartDialog(QDialog):
    """Shown when the office has no profile yet: the program cannot score or print without it."""

    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ยินดีต้อนรับสู่ CD Desk — ข้อมูลสำนักงาน"))
        intro = QLabel(tr(
            "กรอกข้อมูลสำนักงานพัฒนาชุมชนอำเภอของท่านก่อนเริ่มใช้งาน "
            "ข้อมูลนี้ใช้ในหัวรายงานและช่องลงนามที่ส่งจังหวัด (แก้ไขภายหลังได้ที่หน้า ข้อมูลสำนักงาน)"), self)
        intro.setWordWrap(True)
        self.profile_form = ProfileForm(office, self)
        buttons = save_cancel_buttons(self, tr("บันทึกและเริ่มใช้งาน"), tr("ออก"))
        self.wants_sample = False
        self.sample_button = buttons.addButton(tr("ลองใช้สำนักงานตัวอย่างก่อน"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sample_button.setToolTip(tr("เปิดสำนักงานตัวอย่าง (จังหวัดหนองคาย ปีงบประมาณ 2568) ในโฟลเดอร์แยก "
                                         "ข้อมูลจริงของท่านไม่ถูกแตะต้อง"))
        self.sample_button.clicked.connect(self.open_sample)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.profile_form, 1)
        layout.addWidget(buttons)
        self.resize(780, 760)

    def open_sample(self) -> None:
        self.wants_sample = True
        self.reject()

    def accept(self) -> None:
        if self.profile_form.save() is not None:
            super().accept()
