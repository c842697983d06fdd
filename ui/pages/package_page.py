"""The "send to the province" page of a district office.

- The signing identity: its state (whose certificate, valid until), create it, export the
  certificate (public part) once for the province, or import the PKCS#12 the province
  issued. The passphrase is asked each time and never stored.
- The package for a period: made in the background (progress dialog with cancel), written
  under a temporary name and renamed; a re-export of the same period is the next version.

Every action is a method taking plain arguments (used by the buttons' thin dialogs and by
the tests); the services in :mod:`cddesk.package` and :mod:`cddesk.signing` do the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.progress import Cancelled, Progress
from cddesk.thaidate import format_date, format_timestamp
from ui.i18n import tr
from ui.widgets.period import PeriodPicker
from ui.worker import run_with_progress

if TYPE_CHECKING:
    from cddesk.package.export import Exported

# cryptography, pyHanko and the report machinery load when the page is first shown or used,
# not at start: the first screen does not need them.


class PackagePage(QWidget):
    exported = Signal(object)  # Exported, or None after a failure or cancel

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.root = services.db.paths.root
        self.made: Exported | None = None
        self.progress: Progress | None = None

        self.identity_label = QLabel(self)
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton(tr("สร้างใบรับรองของสำนักงาน…"), self)
        self.cert_button = QPushButton(tr("ส่งออกใบรับรองให้จังหวัด…"), self)
        self.import_button = QPushButton(tr("นำเข้าใบรับรองที่จังหวัดออกให้ (.p12)…"), self)
        self.create_button.clicked.connect(self._ask_create)
        self.cert_button.clicked.connect(self._ask_export_certificate)
        self.import_button.clicked.connect(self._ask_import)
        identity_box = QGroupBox(tr("ใบรับรองสำหรับลงนามอิเล็กทรอนิกส์"), self)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.cert_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(identity_box)
        box.addWidget(self.identity_label)
        box.addLayout(buttons)

        profile = services.office.profile()
        self.picker = PeriodPicker(profile.fiscal_year if profile else 2568, self)
        self.picker.changed.connect(self.refresh)
        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        self.export_button = QPushButton(tr("ส่งออกชุดข้อมูล…"), self)
        self.export_button.clicked.connect(self._ask_export)
        self.folder_button = QPushButton(tr("เปิดโฟลเดอร์"), self)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        package_box = QGroupBox(tr("ชุดข้อมูลส่งจังหวัด"), self)
        form = QFormLayout(package_box)
        form.addRow(tr("ช่วงเวลา"), self.picker)
        form.addRow("", self.last_label)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.message)
        explain = QLabel(tr("ชุดข้อมูล (.zip) มีรายงาน PDF ที่ลงนามแล้ว ไฟล์ Excel หลักฐานของช่วงนั้น และรายการไฟล์ที่ลงนาม "
                            "จังหวัดตรวจได้ว่าไม่มีไฟล์ใดถูกแก้ไข ส่งซ้ำช่วงเดิมได้ ชุดใหม่จะแทนชุดเดิม"), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(identity_box)
        layout.addWidget(package_box)
        layout.addWidget(explain)
        layout.addStretch(1)

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        from cddesk import signing
        from cddesk.package.export import previous_package

        cert = signing.stored_certificate(self.root)
        has = signing.has_identity(self.root)
        if cert is not None:
            self.identity_label.setText(tr("ใบรับรองของ «{name}» ใช้ได้ถึง {date} (ลายนิ้วมือ {fp}…)").format(
                name=signing.common_name(cert), date=format_date(cert.not_valid_after_utc.date()),
                fp=signing.fingerprint(cert)[:16]))
        elif has:
            self.identity_label.setText(tr("มีใบรับรองสำหรับลงนามแล้ว"))
        else:
            self.identity_label.setText(tr("ยังไม่มีใบรับรอง — สร้างใหม่ (จะถามรหัสผ่านที่ใช้ทุกครั้งที่ส่งออก) "
                                           "หรือนำเข้าไฟล์ .p12 ที่จังหวัดออกให้"))
        self.create_button.setEnabled(not has)
        self.cert_button.setEnabled(cert is not None)
        previous = previous_package(self.services, self.picker.period())
        if previous:
            self.last_label.setText(tr("ส่งออกแล้ว รุ่น {version} เมื่อ {created} — ส่งออกอีกครั้งจะเป็นรุ่น {next}").format(
                version=previous["version"], created=format_timestamp(str(previous.get("created", ""))),
                next=int(previous["version"]) + 1))
        else:
            self.last_label.setText(tr("ยังไม่เคยส่งออกชุดข้อมูลของช่วงนี้"))

    def _office(self) -> tuple[str, str, str]:
        profile = self.services.office.profile()
        if profile is None:
            raise KnownError("ยังไม่ได้กรอกข้อมูลสำนักงาน — กรอกที่หน้า ข้อมูลสำนักงาน ก่อน")
        return profile.office_name, profile.province_name, profile.district_name

    # -- actions with plain arguments -------------------------------------------------------
    def create_identity(self, passphrase: str) -> None:
        from cddesk import signing

        signing.create_identity(self.root, passphrase, *self._office())
        self.refresh()

    def export_certificate(self, target: Path) -> None:
        from cddesk import signing

        cert = signing.stored_certificate(self.root)
        if cert is None:
            raise KnownError("ยังไม่มีใบรับรองสำหรับลงนาม")
        target.write_bytes(signing.certificate_pem(cert))
        self.message.setText(tr("บันทึกใบรับรองแล้วที่ {path} — ส่งไฟล์นี้ให้จังหวัดครั้งเดียว").format(path=target))

    def import_p12(self, source: Path, passphrase: str) -> None:
        from cddesk import signing

        identity = signing.import_identity(self.root, source, passphrase)
        self.refresh()
        self.message.setText(tr("นำเข้าใบรับรองของ «{name}» แล้ว").format(name=identity.subject))

    def export_to(self, target: Path, passphrase: str) -> None:
        """Load the identity (creating it on first export) and make the package in the background."""
        from cddesk import signing
        from cddesk.package.export import export_package

        if not signing.has_identity(self.root):
            self.create_identity(passphrase)
        identity = signing.load_identity(self.root, passphrase)
        period = self.picker.period()
        self.export_button.setEnabled(False)
        services = self.services
        self.progress = run_with_progress(
            self, tr("กำลังทำชุดข้อมูล…"), tr("ยกเลิก"),
            lambda progress: export_package(services, identity, period, target, progress=progress), self._done)

    def _done(self, made: Any, error: BaseException | None) -> None:
        self.export_button.setEnabled(True)
        if error is not None:
            if isinstance(error, Cancelled):
                self.message.setText(tr("ยกเลิกแล้ว ไม่มีไฟล์ใดถูกบันทึก"))
            elif isinstance(error, KnownError):
                self.message.setText(f"<span style='color:#b00020'>{error.message}</span>")
            else:
                raise error
            self.exported.emit(None)
            return
        self.made = made
        self.folder_button.setEnabled(True)
        replaces = tr(" แทนชุดเดิม") if made.replaces else ""
        self.message.setText(tr("ส่งออกแล้ว: {path} (รุ่น {version}{replaces}, {files} ไฟล์, {size} ไบต์)").format(
            path=made.path, version=made.version, replaces=replaces, files=made.files, size=f"{made.size:,}"))
        self.refresh()
        self.exported.emit(made)

    def open_folder(self) -> None:
        if self.made is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made.path.parent)))

    # -- thin dialogs -------------------------------------------------------------------------
    def _passphrase(self, title: str, confirm: bool = False) -> str | None:
        text, ok = QInputDialog.getText(self, title, tr("รหัสผ่านใบรับรอง (อย่างน้อย 8 ตัว):"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, title, tr("พิมพ์รหัสผ่านอีกครั้ง:"), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != text:
                QMessageBox.warning(self, title, tr("รหัสผ่านสองครั้งไม่ตรงกัน"))
                return None
        return text

    def _guard(self, action: Any) -> None:
        try:
            action()
        except KnownError as exc:
            QMessageBox.warning(self, tr("ทำรายการไม่สำเร็จ"), exc.message)

    def _ask_create(self) -> None:
        phrase = self._passphrase(tr("สร้างใบรับรองของสำนักงาน"), confirm=True)
        if phrase is not None:
            self._guard(lambda: self.create_identity(phrase))

    def _ask_export_certificate(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("บันทึกใบรับรอง"), str(Path.home() / "office-certificate.pem"),
                                              tr("ใบรับรอง (*.pem)"))
        if name:
            self._guard(lambda: self.export_certificate(Path(name)))

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("ใบรับรองที่จังหวัดออกให้"), str(Path.home()),
                                              tr("PKCS#12 (*.p12 *.pfx)"))
        if not name:
            return
        phrase, ok = QInputDialog.getText(self, tr("รหัสผ่านของไฟล์ .p12"), tr("รหัสผ่านที่จังหวัดแจ้ง:"),
                                          QLineEdit.EchoMode.Password)
        if ok:
            self._guard(lambda: self.import_p12(Path(name), phrase))

    def _ask_export(self) -> None:
        from cddesk import signing

        period = self.picker.period()
        profile = self.services.office.profile()
        default = Path.home() / f"cddesk-{profile.district_code if profile else 'office'}-{period.key()}.zip"
        name, _ = QFileDialog.getSaveFileName(self, tr("บันทึกชุดข้อมูล"), str(default), tr("ชุดข้อมูล (*.zip)"))
        if not name:
            return
        phrase = self._passphrase(tr("ลงนามชุดข้อมูล"), confirm=not signing.has_identity(self.root))
        if phrase is not None:
            target = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
            self._guard(lambda: self.export_to(target, phrase))

