"""Province mode: the districts of the province and their certificates — register the
certificate a district sent, or issue one (PKCS#12) from the province's root."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from cddesk import gazetteer
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.files import atomic_write
from cddesk.signing import MIN_PASSPHRASE, ROOT_FILE, common_name, load_identity, read_certificate
from ui.i18n import tr
from ui.pages.province_pages.common import GREY, fill_table, lay, push_button, read_only_table, text_label


class DistrictsPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[tuple[str, str, str]] = []
        self.heading = text_label(self)
        self.table = read_only_table(self)
        self.add_all_button = push_button(tr("เพิ่มอำเภอทั้งหมดของจังหวัด"), self, self.add_all_districts)
        self.register_button = push_button(tr("ลงทะเบียนใบรับรองของอำเภอ…"), self, self.register_clicked)
        self.issue_button = push_button(tr("ออกใบรับรองให้อำเภอ…"), self, self.issue_clicked)
        self.message = text_label(self)
        note = text_label(self, tr("อำเภอที่สร้างใบรับรองเองส่งไฟล์ใบรับรอง (.pem หรือ .cer) มาให้ลงทะเบียน หรือจังหวัด"
                               "ออกใบรับรอง (.p12) ให้อำเภอ แล้วแจ้งรหัสผ่านแยกจากไฟล์"), note=True)
        buttons = lay(QHBoxLayout(), self.add_all_button, self.register_button, self.issue_button, None)
        lay(QVBoxLayout(self), self.heading, note, buttons, (self.table, 1), self.message)
        self.refresh()

    def refresh(self) -> None:
        province = self.services.province
        name = province.province_name()
        where = tr("สำนักงานพัฒนาชุมชนจังหวัด{province}").format(province=name) if name else tr("ยังไม่ได้ตั้งจังหวัด")
        root = (tr("มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอแล้ว") if province.root_certificate() is not None
                else tr("ยังไม่มีใบรับรองหลัก (root) — จะสร้างเมื่อออกใบรับรองให้อำเภอครั้งแรก"))
        self.heading.setText(f"<b>{where}</b> · {root}")
        row = self.table.currentRow()
        keep = self.rows[row][0] if 0 <= row < len(self.rows) else None
        self.rows = province.districts()
        fill_table(self.table, [tr("รหัส"), tr("อำเภอ"), tr("ใบรับรอง")],
              [[code, name, tr("ลงทะเบียนใบรับรองแล้ว (ลายนิ้วมือ {fp}…)").format(fp=fp[:16]) if fp
                else tr("ยังไม่มีใบรับรอง")] for code, name, fp in self.rows],
              [None if fp else GREY for _c, _n, fp in self.rows], stretch_last=True)
        if keep is not None and keep in (codes := [code for code, _n, _f in self.rows]):
            self.table.selectRow(codes.index(keep))

    def selected(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row][0], self.rows[row][1]
        QMessageBox.information(self, tr("เลือกอำเภอ"), tr("เลือกอำเภอในตารางก่อน"))
        return None

    def _done(self, text: str) -> None:
        self.refresh()
        self.message.setText(text)
        self.changed.emit()

    def add_all_districts(self) -> int:
        """Register every district of the province (no certificate yet); returns how many were new."""
        place = gazetteer.province_by_name(self.services.province.province_name())
        if place is None:
            QMessageBox.warning(self, tr("เพิ่มอำเภอ"), tr("ยังไม่ได้ตั้งจังหวัด"))
            return 0
        known = {code for code, _n, _f in self.services.province.districts()}
        new = [d.code for d in gazetteer.districts(place.code) if d.code not in known]
        for code in new:
            self.services.province.register_district(code)
        self._done(tr("เพิ่มอำเภอ {count} อำเภอ").format(count=len(new)))
        return len(new)

    # -- a certificate the district sent -------------------------------------------------------
    def register_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            path, _ = QFileDialog.getOpenFileName(self, tr("ใบรับรองของอำเภอ{name}").format(name=chosen[1]),
                                                  str(Path.home()), tr("ใบรับรอง (*.pem *.cer *.crt)"))
            if path:
                self.register_certificate(chosen[0], Path(path))

    def register_certificate(self, code: str, path: Path) -> bool:
        try:
            cert = read_certificate(Path(path).read_bytes())
            self.services.province.register_district(code, path)
        except (KnownError, OSError) as exc:
            text = exc.message if isinstance(exc, KnownError) else tr("อ่านไฟล์ไม่ได้: {error}").format(error=exc)
            QMessageBox.warning(self, tr("ลงทะเบียนไม่สำเร็จ"), text)
            return False
        self._done(tr("ลงทะเบียนใบรับรองของ «{subject}» ให้อำเภอรหัส {code} แล้ว").format(
            subject=common_name(cert), code=code))
        return True

    # -- a PKCS#12 issued from the province's root ---------------------------------------------
    def _secret(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _new_secret(self, title: str) -> str | None:
        """A new passphrase, typed twice, at least MIN_PASSPHRASE characters; None if not."""
        first = self._secret(title, tr("รหัสผ่านใหม่ (อย่างน้อย {n} ตัวอักษร):").format(n=MIN_PASSPHRASE))
        if first is None:
            return None
        problem = ""
        if len(first) < MIN_PASSPHRASE:
            problem = tr("รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร").format(n=MIN_PASSPHRASE)
        elif self._secret(title, tr("พิมพ์รหัสผ่านเดิมอีกครั้ง:")) != first:
            problem = tr("รหัสผ่านทั้งสองครั้งไม่ตรงกัน")
        if problem:
            QMessageBox.warning(self, title, problem)
            return None
        return first

    def issue_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        code, name = chosen
        title = tr("ใบรับรองหลักของจังหวัด")
        if self.services.province.root_certificate() is None:
            asked = QMessageBox.question(self, title, tr("จังหวัดยังไม่มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอ "
                                                         "สร้างตอนนี้เลยหรือไม่?"))
            root_pass = self._new_secret(title) if asked == QMessageBox.StandardButton.Yes else None
            if root_pass is None or not self.create_root(root_pass):
                return
        else:
            root_pass = self._secret(title, tr("รหัสผ่านของใบรับรองหลัก (root) ของจังหวัด:"))
            if root_pass is None:
                return
            try:  # a wrong passphrase is said now, not after every other question
                load_identity(self.services.db.paths.root, root_pass, ROOT_FILE)
            except KnownError as exc:
                QMessageBox.warning(self, title, exc.message)
                return
        new_pass = self._new_secret(tr("รหัสผ่านของไฟล์ใบรับรองสำหรับอำเภอ{name}").format(name=name))
        if new_pass is None:
            return
        out, _ = QFileDialog.getSaveFileName(self, tr("บันทึกไฟล์ใบรับรองของอำเภอ"),
                                             str(Path.home() / f"{code}-{name}.p12"), tr("ใบรับรองพร้อมกุญแจ (*.p12)"))
        if out:
            self.issue(code, root_pass, new_pass, Path(out).with_suffix(".p12"))

    def create_root(self, passphrase: str) -> bool:
        name = self.services.province.province_name()
        try:
            if not name:
                raise KnownError(tr("ยังไม่ได้ตั้งจังหวัด"))
            self.services.province.create_root(passphrase, name)
        except KnownError as exc:
            QMessageBox.warning(self, tr("ใบรับรองหลักของจังหวัด"), exc.message)
            return False
        self.refresh()
        return True

    def issue(self, code: str, root_passphrase: str, new_passphrase: str, out: Path) -> bool:
        """Issue the district its PKCS#12 (registering the new certificate) and save it at ``out``."""
        try:
            data = self.services.province.issue_district(code, root_passphrase, new_passphrase)
            atomic_write(out, lambda temp: Path(temp).write_bytes(data))
        except KnownError as exc:
            QMessageBox.warning(self, tr("ออกใบรับรองไม่สำเร็จ"), exc.message)
            self.refresh()
            return False
        self._done(tr("ออกใบรับรองให้อำเภอรหัส {code} แล้ว บันทึกที่ {path} — ส่งไฟล์ให้อำเภอ และแจ้งรหัสผ่าน"
                      "แยกต่างหาก (เช่น ทางโทรศัพท์)").format(code=code, path=out))
        return True

