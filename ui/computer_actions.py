"""Actions on the computer register beyond add/edit: "detect this computer" (runs the
probes off the GUI thread, then opens a pre-filled dialog and offers to record the
antivirus it found) and the Excel import wizard."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from cddesk.app_services import Services
from cddesk.detect import DetectedComputer, detect_this_computer
from cddesk.services.antivirus import AntivirusData
from cddesk.services.computers import ComputerData
from ui.i18n import tr
from ui.pages.registers import ComputerPage
from ui.worker import run_in_background


def computer_from_detection(found: DetectedComputer) -> ComputerData:
    return ComputerData(**found.as_computer_fields(), survey_date=dt.date.today())


class ComputerActions:
    def __init__(self, services: Services, page: ComputerPage, parent: QWidget) -> None:
        self.services = services
        self.page = page
        self.parent = parent
        page.detect_button.clicked.connect(self.detect)
        page.import_button.clicked.connect(self.import_excel)
        self.progress: QProgressDialog | None = None

    # -- detection -------------------------------------------------------------------
    def detect(self) -> None:
        self.progress = QProgressDialog(tr("กำลังตรวจหาข้อมูลเครื่องนี้…"), "", 0, 0, self.parent)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        run_in_background(detect_this_computer, self._detected)

    def _detected(self, found: Any, error: BaseException | None) -> None:
        if self.progress:
            self.progress.close()
            self.progress = None
        if error is not None:
            QMessageBox.warning(self.parent, tr("ตรวจหาเครื่องไม่สำเร็จ"),
                                tr("อ่านข้อมูลเครื่องนี้ไม่ได้: {error}\nกรอกข้อมูลเองได้ด้วยปุ่ม เพิ่ม").format(error=error))
            return
        self.record_detected(found)

    def record_detected(self, found: DetectedComputer) -> Any:
        data = computer_from_detection(found)
        title = tr("เพิ่มเครื่องนี้ (ข้อมูลจากการตรวจหา — ใส่เลขครุภัณฑ์แล้วบันทึก)")
        if found.warnings:
            title += tr(" — บางรายการอ่านไม่ได้")
        saved = self.page.open_dialog(data, title)
        if saved is None:
            return None
        for av in found.antivirus:
            if not av.display_name:
                continue
            state = []
            if av.enabled is not None:
                state.append(tr("เปิดใช้งาน") if av.enabled else tr("ปิดอยู่"))
            if av.up_to_date is not None:
                state.append(tr("ฐานข้อมูลเป็นปัจจุบัน") if av.up_to_date else tr("ฐานข้อมูลไม่เป็นปัจจุบัน"))
            answer = QMessageBox.question(
                self.parent, tr("พบโปรแกรมป้องกันไวรัส"),
                tr("พบ {name} {version} ({state})\nบันทึกเป็นการติดตั้งของเครื่อง {asset} หรือไม่?").format(
                    name=av.display_name, version=av.version, state=", ".join(state) or tr("ไม่ทราบสถานะ"),
                    asset=saved.asset_number),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.services.antivirus.save(AntivirusData(
                    computer_id=saved.id, product=av.display_name, version=av.version,
                    installed_date=dt.date.today(),
                    definitions_updated=av.signature_date or (dt.date.today() if av.up_to_date else None),
                    notes="บันทึกจากการตรวจหาเครื่องอัตโนมัติ",
                ))
        return saved

    # -- Excel import ----------------------------------------------------------------------
    def import_excel(self) -> None:
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self.parent)
        if wizard.run():
            self.page.refresh()
            self.page.changed.emit()
