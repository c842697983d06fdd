"""IT villages and model tambons (seed 004): the register of past ones (filter by kind,
import from the province letter pasted as text or from Excel with a per-row preview and
unknown place names to confirm, all or nothing), and the office's candidate for a fiscal
year (the eligibility rules with a reason per rejection, the deadlines, photos, and the
lesson-learned PDF blank or filled).

Work goes through :mod:`cddesk.it_villages` and :mod:`cddesk.reports.lesson_learned`,
the same calls as the ``import-register``, ``candidate`` and ``lesson-learned`` commands;
storing the import and making a PDF run on :func:`ui.worker.run_in_background`. The import
dialog is :mod:`ui.pages.village_import`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.it_villages import (
    OWNER_KIND,
    CandidateData,
    CandidateService,
    Eligibility,
    ItVillageData,
    Kind,
    Level,
    NotEligible,
    RegisterService,
    deadlines,
)
from cddesk.thaidate import format_date
from ui.i18n import QT_TR_NOOP, tr
from ui.pages.village_import import (
    GREEN,
    KIND_LABELS,
    LEVEL_LABELS,
    RED,
    ImportRegisterDialog,
    coloured,
    error_text,
)
from ui.table import Column, FilterProxy, RowTableModel
from ui.widgets.evidence_panel import EvidencePanel
from ui.widgets.fields import ChoiceCombo, NumberEdit
from ui.worker import run_in_background

TITLE = QT_TR_NOOP("หมู่บ้านสารสนเทศ/ตำบลต้นแบบ")  # fits the window's 230 px navigation list
# The candidate's texts, in the order of the lesson-learned document (parts 1–2).
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("history", QT_TR_NOOP("ประวัติความเป็นมา")),
    ("leaders", QT_TR_NOOP("ผู้นำชุมชน กลุ่มองค์กร อัตลักษณ์")),
    ("products", QT_TR_NOOP("ผลิตภัณฑ์ชุมชน รายได้/สภาพเศรษฐกิจ")),
    ("tourism", QT_TR_NOOP("แหล่งท่องเที่ยวและการบริการ")),
    ("culture", QT_TR_NOOP("ศิลปะ วัฒนธรรม ประเพณี เทศกาล ภูมิปัญญาท้องถิ่น")),
    ("other", QT_TR_NOOP("ข้อมูลอื่น ๆ")),
    ("management", QT_TR_NOOP("การบริหารจัดการ")),
    ("gis", QT_TR_NOOP("การจัดทำสารสนเทศภูมิศาสตร์ (GIS)")),
    ("planning", QT_TR_NOOP("การวิเคราะห์ข้อมูล (CIA) และจัดทำแผน")),
    ("projects", QT_TR_NOOP("โครงการเชิงบูรณาการและงบประมาณ")),
    ("publicity", QT_TR_NOOP("การเผยแพร่ประชาสัมพันธ์")),
    ("notes", QT_TR_NOOP("หมายเหตุ")),
)

REGISTER_COLUMNS: list[Column[ItVillageData]] = [
    Column(QT_TR_NOOP("ชนิด"), lambda d: tr(KIND_LABELS[d.kind])),
    Column(QT_TR_NOOP("ระดับ"), lambda d: tr(LEVEL_LABELS[d.level])),
    Column(QT_TR_NOOP("ปี พ.ศ."), lambda d: d.year, align_right=True),
    Column(QT_TR_NOOP("จังหวัด"), lambda d: d.province),
    Column(QT_TR_NOOP("อำเภอ"), lambda d: d.district),
    Column(QT_TR_NOOP("ตำบล"), lambda d: d.tambon),
    Column(QT_TR_NOOP("หมู่บ้าน"), lambda d: d.village),
    Column(QT_TR_NOOP("หมู่ที่"), lambda d: d.moo, align_right=True),
    Column(QT_TR_NOOP("หมายเหตุ"), lambda d: d.notes),
]


# --- the page ------------------------------------------------------------------------------------

class VillagesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.register = RegisterService(services.db)
        self.candidates = CandidateService(services.db, services.office, services.evidence)
        self.current: CandidateData | None = None
        self._loaded: CandidateData | None = None  # the form as last loaded (unsaved edits differ)
        self.made_path: Path | None = None
        self.busy = False
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._register_tab(), tr("ทะเบียนที่ผ่านมา"))
        self.tabs.addTab(self._candidate_tab(), tr("เป้าหมายปีงบประมาณ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    # -- register tab -------------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        self.kind_filter = ChoiceCombo([(None, tr("ทุกชนิด")), ("village", tr(KIND_LABELS["village"])),
                                        ("tambon", tr(KIND_LABELS["tambon"]))], tab)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh_register())
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(tr("ค้นหา (อำเภอ ตำบล หมู่บ้าน ปี)"))
        self.model: RowTableModel[ItVillageData] = RowTableModel(REGISTER_COLUMNS, tab)
        self.proxy = FilterProxy(tab)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.import_button = QPushButton(tr("นำเข้าจากหนังสือ/Excel…"), tab)
        self.import_button.clicked.connect(self.import_register)
        self.delete_button = QPushButton(tr("ลบแถวที่เลือก"), tab)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(tab)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("ชนิด"), tab))
        top.addWidget(self.kind_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        return tab

    def refresh_register(self) -> None:
        kind = self.kind_filter.value()
        rows = self.register.rows(kind)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count_label.setText(tr("{n} แถว").format(n=len(rows)))

    def import_register(self) -> bool:
        dialog = ImportRegisterDialog(self.services, self)
        done = bool(dialog.exec())
        self.refresh_register()
        return done

    def selected_rows(self) -> list[ItVillageData]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.rows[r] for r in sorted(rows)]

    def delete_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        answer = QMessageBox.question(self, tr("ลบแถวทะเบียน"), tr("ลบ {n} แถวที่เลือกออกจากทะเบียนหรือไม่?").format(
            n=len(chosen)))
        if answer == QMessageBox.StandardButton.Yes:
            self.register.delete(d.id for d in chosen if d.id is not None)
            self.refresh_register()

    # -- candidate tab ------------------------------------------------------------------------
    def _candidate_tab(self) -> QWidget:
        tab = QWidget(self)
        profile = self.services.office.profile()
        self.kind = ChoiceCombo([("village", tr(KIND_LABELS["village"])), ("tambon", tr(KIND_LABELS["tambon"]))], tab)
        self.level = ChoiceCombo([("district", tr(LEVEL_LABELS["district"])),
                                  ("province", tr(LEVEL_LABELS["province"]))], tab)
        self.year = QSpinBox(tab)
        self.year.setRange(2555, 2700)
        self.year.setValue(profile.fiscal_year if profile else 2568)
        for widget in (self.kind, self.level):
            widget.currentIndexChanged.connect(lambda _i: self.load_candidate())
        self.year.valueChanged.connect(lambda _v: self.load_candidate())
        self.tambon = QComboBox(tab)
        self.tambon.setEditable(True)
        self.village = QLineEdit(tab)
        self.moo = QSpinBox(tab)
        self.moo.setRange(0, 99)
        self.moo.setSpecialValueText("-")
        self.population = NumberEdit(tab, integer=True)
        self.households = NumberEdit(tab, integer=True)
        self.texts: dict[str, QPlainTextEdit] = {}
        texts_box = QWidget(tab)
        texts_form = QVBoxLayout(texts_box)
        for name, label in TEXT_FIELDS:
            edit = QPlainTextEdit(texts_box)
            edit.setMinimumHeight(64)
            self.texts[name] = edit
            texts_form.addWidget(QLabel(tr(label), texts_box))
            texts_form.addWidget(edit)
        self.check_button = QPushButton(tr("ตรวจหลักเกณฑ์"), tab)
        self.save_button = QPushButton(tr("บันทึกเป้าหมาย"), tab)
        self.delete_candidate_button = QPushButton(tr("ลบเป้าหมาย"), tab)
        self.blank_button = QPushButton(tr("PDF ถอดบทเรียน แบบว่าง…"), tab)
        self.filled_button = QPushButton(tr("PDF ถอดบทเรียน จากข้อมูล…"), tab)
        self.folder_button = QPushButton(tr("เปิดโฟลเดอร์"), tab)
        self.folder_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_candidate)
        self.save_button.clicked.connect(self.save_candidate)
        self.delete_candidate_button.clicked.connect(self.delete_candidate)
        self.blank_button.clicked.connect(lambda: self.make_pdf(blank=True))
        self.filled_button.clicked.connect(lambda: self.make_pdf(blank=False))
        self.folder_button.clicked.connect(self.open_folder)
        self.result = QLabel(tab)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = QLabel(tab)
        self.deadline_label.setWordWrap(True)
        self.message = QLabel(tab)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos = EvidencePanel(self.services.evidence, tab)
        self.photos.setMinimumHeight(170)
        self.photos_note = QLabel(tr("ภาพกิจกรรมที่แนบไว้พิมพ์ในส่วนที่ 3 และภาพแรกใช้เป็นภาพปก "
                                     "(บันทึกเป้าหมายก่อนจึงแนบภาพได้)"), tab)
        self.photos_note.setWordWrap(True)
        self.photos_note.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(tr("ชนิด"), self.kind)
        form.addRow(tr("ระดับ"), self.level)
        form.addRow(tr("ปีงบประมาณ"), self.year)
        form.addRow(tr("ตำบล"), self.tambon)
        form.addRow(tr("หมู่บ้าน"), self.village)
        form.addRow(tr("หมู่ที่"), self.moo)
        form.addRow(tr("จำนวนประชากร (คน)"), self.population)
        form.addRow(tr("จำนวนครัวเรือน"), self.households)
        actions = QHBoxLayout()
        for button in (self.check_button, self.save_button, self.delete_candidate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        pdfs = QHBoxLayout()
        for button in (self.blank_button, self.filled_button, self.folder_button):
            pdfs.addWidget(button)
        pdfs.addStretch(1)
        left_box = QWidget(tab)
        left = QVBoxLayout(left_box)
        left.addLayout(form)
        left.addLayout(actions)
        left.addWidget(self.result)
        left.addWidget(QLabel("<b>" + tr("กำหนดส่ง") + "</b>", left_box))
        left.addWidget(self.deadline_label)
        left.addLayout(pdfs)
        left.addWidget(self.message)
        left.addWidget(self.photos_note)
        left.addWidget(self.photos)
        left.addStretch(1)
        left_scroll = QScrollArea(tab)
        left_scroll.setWidgetResizable(True)
        left_scroll.setWidget(left_box)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setWidget(texts_box)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + tr("เนื้อหาถอดบทเรียน (ส่วนที่ 1–2)") + "</b>", tab))
        right.addWidget(scroll, 1)
        layout = QHBoxLayout(tab)
        layout.addWidget(left_scroll, 1)
        layout.addLayout(right, 1)
        return tab

    def kind_value(self) -> Kind:
        return "tambon" if self.kind.value() == "tambon" else "village"

    def level_value(self) -> Level:
        return "province" if self.level.value() == "province" else "district"

    def load_candidate(self) -> None:
        """Show the saved candidate of the chosen kind, level and year (or an empty form)."""
        kind, year = self.kind_value(), self.year.value()
        is_village = kind == "village"
        for widget in (self.village, self.moo):
            widget.setEnabled(is_village)
        self.show_deadlines()
        try:
            names = self.candidates.tambons()
        except KnownError as exc:
            self.result.setText(coloured(exc.message, RED))
            for button in (self.check_button, self.save_button, self.filled_button):
                button.setEnabled(False)
            self.photos.set_owner(None)
            return
        for button in (self.check_button, self.save_button):
            button.setEnabled(True)
        self.current = self.candidates.get(kind, year, self.level_value())
        c = self.current or CandidateData(kind=kind, level=self.level_value(), fiscal_year=year)
        self.tambon.clear()
        self.tambon.addItems(names)
        self.tambon.setCurrentText(c.tambon)
        self.village.setText(c.village)
        self.moo.setValue(c.moo or 0)
        self.population.set_value(c.population)
        self.households.set_value(c.households)
        for name, edit in self.texts.items():
            edit.setPlainText(str(getattr(c, name)))
        self.delete_candidate_button.setEnabled(self.current is not None)
        self.filled_button.setEnabled(self.current is not None)
        self._loaded = self.form_data()
        if self.current is not None and self.current.id is not None:
            self.photos.set_owner((OWNER_KIND, self.current.id), self.current.place())
            self.show_eligibility(self.candidates.check(self.current))
        else:
            self.photos.set_owner(None)
            self.result.setText(tr("ยังไม่ได้บันทึกเป้าหมายของปีนี้"))

    def show_deadlines(self) -> None:
        today = dt.date.today()
        lines = [f"{format_date(d.date)} — {d.what} ({d.status(today)})"
                 for d in deadlines(self.kind_value(), self.year.value())]
        self.deadline_label.setText("\n".join(lines))

    def form_data(self) -> CandidateData:
        """The form as a candidate (the saved one's id when it is shown)."""
        base = self.current or CandidateData()
        values: dict[str, Any] = {name: edit.toPlainText().strip() for name, edit in self.texts.items()}
        return CandidateData(
            id=base.id, kind=self.kind_value(), level=self.level_value(), fiscal_year=self.year.value(),
            tambon=self.tambon.currentText().strip(), village=self.village.text().strip(),
            moo=self.moo.value() or None, population=_int(self.population.value()),
            households=_int(self.households.value()), **values)

    def show_eligibility(self, verdict: Eligibility) -> None:
        self.result.setText(coloured(verdict.text(), GREEN if verdict.eligible else RED))

    def check_candidate(self) -> Eligibility | None:
        try:
            verdict = self.candidates.check(self.form_data())
        except (KnownError, ValueError) as exc:
            self.result.setText(coloured(exc.message if isinstance(exc, KnownError) else str(exc), RED))
            return None
        self.show_eligibility(verdict)
        return verdict

    def save_candidate(self) -> bool:
        try:
            saved = self.candidates.save(self.form_data())
        except NotEligible as exc:
            self.show_eligibility(exc.eligibility)
            self.message.setText(coloured(tr("ไม่ได้บันทึก เพราะไม่ผ่านหลักเกณฑ์การคัดเลือก"), RED))
            return False
        except (KnownError, ValueError) as exc:
            self.message.setText(coloured(exc.message if isinstance(exc, KnownError) else str(exc), RED))
            return False
        self.load_candidate()
        self.message.setText(coloured(tr("บันทึกแล้ว: {place}").format(place=saved.place()), GREEN))
        return True

    def delete_candidate(self) -> None:
        if self.current is None or self.current.id is None:
            return
        answer = QMessageBox.question(self, tr("ลบเป้าหมาย"),
                                      tr("ลบเป้าหมาย {place} และภาพที่แนบไว้หรือไม่?").format(place=self.current.place()))
        if answer == QMessageBox.StandardButton.Yes:
            self.candidates.delete(self.current.id)
            self.load_candidate()

    # -- PDFs -------------------------------------------------------------------------------------
    def make_pdf(self, blank: bool, target: Path | None = None) -> None:
        """Ask where to save (unless given), then make the PDF in the background."""
        from cddesk.reports.lesson_learned import write_lesson_learned

        kind, year, level = self.kind_value(), self.year.value(), self.level_value()
        if target is None:
            suffix = tr("แบบว่าง") if blank else (self.current.tambon if self.current else "")
            default = str(Path.home() / f"ถอดบทเรียน-{tr(KIND_LABELS[kind])}-{year}-{suffix}.pdf")
            name, _ = QFileDialog.getSaveFileName(self, tr("บันทึกเอกสารถอดบทเรียน"), default, tr("PDF (*.pdf)"))
            if not name:
                return
            target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.busy = True
        for button in (self.blank_button, self.filled_button):
            button.setEnabled(False)
        self.message.setText(tr("กำลังทำ PDF…"))
        services = self.services
        run_in_background(lambda: write_lesson_learned(services, kind, year, target, level=level, blank=blank),
                          self._made)

    def _made(self, made: Any, error: BaseException | None) -> None:
        self.busy = False
        self.blank_button.setEnabled(True)
        self.filled_button.setEnabled(self.current is not None)
        if error is not None:
            self.message.setText(coloured(error_text(error), RED))
            return
        self.made_path = made.path
        self.folder_button.setEnabled(True)
        lines = [tr("บันทึกแล้ว {pages} หน้า ที่ {path}").format(pages=made.pages, path=made.path)]
        self.message.setText(coloured("\n".join(lines), GREEN) + "".join(
            "<br>" + coloured("⚠ " + w, "#b26a00") for w in made.warnings))

    def open_folder(self) -> None:
        if self.made_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made_path.parent)))

    # -- shown ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called when the page is shown: the register is read again, and the candidate form
        too unless it holds edits not yet saved."""
        self.refresh_register()
        try:
            edited = self._loaded is not None and self.form_data() != self._loaded
        except ValueError:  # a number being typed
            edited = True
        if not self.busy and not edited:
            self.load_candidate()


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)
