"""The four registers the province audits, each a :class:`RegisterPage` with its columns
and fields: staff, computers, antivirus installs (with the coverage summary) and
internet-authentication accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from cddesk.app_services import Services
from cddesk.labels import COMPUTER_KIND, COMPUTER_STATUS
from cddesk.services.accounts import ACCOUNT_TYPES, AccountData
from cddesk.services.antivirus import AntivirusData
from cddesk.services.computers import ComputerData
from cddesk.services.staff import StaffData
from cddesk.thaidate import format_date
from ui.pages.register_page import RegisterPage
from ui.record_dialog import FieldSpec
from ui.table import Column

POSITION_LEVELS = ("ปฏิบัติงาน", "ชำนาญงาน", "อาวุโส", "ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ", "เชี่ยวชาญ", "ต้น", "สูง")


def staff_page(services: Services, parent: QWidget | None = None) -> RegisterPage:
    specs = [
        FieldSpec("name", "ชื่อ-นามสกุล", required=True),
        FieldSpec("position", "ตำแหน่ง", placeholder="เช่น นักวิชาการพัฒนาชุมชน"),
        FieldSpec("level", "ระดับ", "choice", choices=lambda: [(x, x) for x in POSITION_LEVELS], blank="—"),
        FieldSpec("phone", "โทรศัพท์"),
        FieldSpec("email", "อีเมล"),
        FieldSpec("line_id", "LINE ID"),
        FieldSpec("active", "ปฏิบัติงานอยู่", "bool"),
    ]
    return RegisterPage(
        title="บุคลากร",
        columns=[
            Column("ชื่อ-นามสกุล", lambda r: r.name), Column("ตำแหน่ง", lambda r: r.position),
            Column("ระดับ", lambda r: r.level), Column("โทรศัพท์", lambda r: r.phone),
            Column("อีเมล", lambda r: r.email), Column("LINE ID", lambda r: r.line_id),
            Column("ปฏิบัติงานอยู่", lambda r: r.active),
        ],
        load_rows=services.staff.list, specs=lambda: specs, new_data=StaffData,
        service=services.staff, evidence=services.evidence, describe=lambda r: r.name, parent=parent,
    )


def computer_specs(services: Services) -> list[FieldSpec]:
    return [
        FieldSpec("asset_number", "เลขครุภัณฑ์", required=True, placeholder="เช่น 7440-001-0001/68"),
        FieldSpec("kind", "ประเภท", "choice", choices=lambda: list(COMPUTER_KIND.items())),
        FieldSpec("brand", "ยี่ห้อ"), FieldSpec("model", "รุ่น"),
        FieldSpec("serial_number", "หมายเลขเครื่อง (S/N)"),
        FieldSpec("cpu", "หน่วยประมวลผล (CPU)"),
        FieldSpec("ram_gb", "หน่วยความจำ (GB)", "number", unit="GB"),
        FieldSpec("disk_gb", "ความจุดิสก์ (GB)", "number", unit="GB"),
        FieldSpec("os_name", "ระบบปฏิบัติการ", placeholder="เช่น Windows 11 Pro"),
        FieldSpec("os_version", "รุ่นระบบปฏิบัติการ"),
        FieldSpec("acquired_date", "วันที่ได้มา", "date"),
        FieldSpec("budget_source", "แหล่งงบประมาณ"),
        FieldSpec("location", "สถานที่ตั้ง"),
        FieldSpec("responsible_staff_id", "ผู้รับผิดชอบ", "choice", choices=services.staff.active_names, blank="— ไม่ระบุ —"),
        FieldSpec("hostname", "ชื่อเครื่อง (Hostname)"),
        FieldSpec("ip_address", "IP address", placeholder="เช่น 192.168.1.10"),
        FieldSpec("mac_address", "MAC address", placeholder="เช่น 00:1A:2B:3C:4D:5E"),
        FieldSpec("status", "สถานะ", "choice", choices=lambda: list(COMPUTER_STATUS.items())),
        FieldSpec("survey_date", "วันที่สำรวจ", "date"),
        FieldSpec("notes", "หมายเหตุ", "multiline"),
    ]


class ComputerPage(RegisterPage):
    """The computer register, with "detect this computer" and the Excel import."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            title="ทะเบียนเครื่องคอมพิวเตอร์",
            columns=[
                Column("เลขครุภัณฑ์", lambda r: r.asset_number), Column("ประเภท", lambda r: COMPUTER_KIND[r.kind]),
                Column("ยี่ห้อ", lambda r: r.brand), Column("รุ่น", lambda r: r.model),
                Column("S/N", lambda r: r.serial_number), Column("ระบบปฏิบัติการ", lambda r: r.os),
                Column("ชื่อเครื่อง", lambda r: r.hostname), Column("IP", lambda r: r.ip_address),
                Column("MAC", lambda r: r.mac_address), Column("สถานะ", lambda r: COMPUTER_STATUS[r.status]),
                Column("สถานที่ตั้ง", lambda r: r.location), Column("ผู้รับผิดชอบ", lambda r: r.responsible),
                Column("วันที่ได้มา", lambda r: r.acquired_date), Column("วันที่สำรวจ", lambda r: r.survey_date),
                Column("หลักฐาน", lambda r: r.evidence_count, align_right=True),
            ],
            load_rows=services.computers.rows, specs=lambda: computer_specs(services), new_data=ComputerData,
            service=services.computers, evidence=services.evidence,
            describe=lambda r: f"{r.asset_number} {r.brand} {r.model}".strip(), parent=parent,
        )
        self.detect_button = QPushButton("ตรวจหาเครื่องนี้", self)
        self.detect_button.setToolTip("กรอกข้อมูลเครื่องคอมพิวเตอร์ที่ใช้งานโปรแกรมนี้อยู่โดยอัตโนมัติ")
        self.import_button = QPushButton("นำเข้าจาก Excel…", self)
        self.toolbar.insertWidget(3, self.detect_button)
        self.toolbar.insertWidget(4, self.import_button)


class AntivirusPage(RegisterPage):
    """Antivirus installs, under the coverage of usable computers and the unprotected list."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        specs = [
            FieldSpec("computer_id", "เครื่องคอมพิวเตอร์", "choice", choices=services.computers.choices),
            FieldSpec("product", "โปรแกรม", required=True),
            FieldSpec("version", "รุ่น (version)"),
            FieldSpec("installed_date", "วันที่ติดตั้ง", "date", required=True),
            FieldSpec("licence_expiry", "วันหมดอายุใบอนุญาต", "date"),
            FieldSpec("definitions_updated", "อัปเดตฐานข้อมูลไวรัสล่าสุด", "date"),
            FieldSpec("installed_by", "ผู้ติดตั้ง"),
            FieldSpec("notes", "หมายเหตุ", "multiline"),
        ]
        self.services = services
        super().__init__(
            title="โปรแกรมป้องกันไวรัส",
            columns=[
                Column("เลขครุภัณฑ์", lambda r: r.asset_number), Column("โปรแกรม", lambda r: r.product),
                Column("รุ่น", lambda r: r.version), Column("วันที่ติดตั้ง", lambda r: r.installed_date),
                Column("หมดอายุ", lambda r: r.licence_expiry), Column("อัปเดตล่าสุด", lambda r: r.definitions_updated),
                Column("ผู้ติดตั้ง", lambda r: r.installed_by), Column("ใช้ได้ตามเกณฑ์", lambda r: r.valid_now),
            ],
            load_rows=services.antivirus.rows, specs=lambda: specs, new_data=self.new_install,
            service=services.antivirus, evidence=services.evidence,
            describe=lambda r: f"{r.asset_number} {r.product}", parent=parent,
        )
        self.coverage_label = QLabel(self)
        self.coverage_label.setWordWrap(True)
        self.unprotected_list = QListWidget(self)
        self.unprotected_list.setMaximumHeight(120)
        self.above_table.addWidget(self.coverage_label)
        self.above_table.addWidget(self.unprotected_list)

    def new_install(self) -> AntivirusData:
        profile = self.services.office.profile()
        data = AntivirusData(product=profile.antivirus_product if profile else AntivirusData.product)
        choices = self.services.computers.choices()
        if choices:
            data.computer_id = choices[0][0]
        return data

    def refresh(self) -> None:
        super().refresh()
        cov = self.services.antivirus.coverage()
        verdict = "ผ่านเกณฑ์ร้อยละ ๙๕" if cov.meets(95) else "ยังไม่ถึงเกณฑ์ร้อยละ ๙๕"
        self.coverage_label.setText(
            f"<b>ความครอบคลุม ณ {format_date(cov.at)}</b>: เครื่องที่ใช้งานได้ {cov.usable:,} เครื่อง "
            f"ติดตั้ง {cov.product} ที่ใช้ได้ {cov.covered:,} เครื่อง = <b>ร้อยละ {cov.percent_text}</b> ({verdict})"
            + (f" — ยังขาด {len(cov.unprotected):,} เครื่อง:" if cov.unprotected else "")
        )
        self.unprotected_list.clear()
        for u in cov.unprotected:
            self.unprotected_list.addItem(f"{u.asset_number} {u.description} — {u.reason}")
        self.unprotected_list.setVisible(bool(cov.unprotected))


def account_page(services: Services, parent: QWidget | None = None) -> RegisterPage:
    specs = [
        FieldSpec("staff_id", "เจ้าหน้าที่", "choice", choices=services.staff.active_names),
        FieldSpec("username", "ชื่อผู้ใช้ (username)", required=True),
        FieldSpec("account_type", "ประเภทบัญชี", "choice", choices=lambda: [(x, x) for x in ACCOUNT_TYPES]),
        FieldSpec("created_date", "วันที่สร้างบัญชี", "date"),
        FieldSpec("last_reviewed", "วันที่ทบทวนล่าสุด", "date"),
        FieldSpec("active", "ใช้งานอยู่", "bool"),
    ]

    def new_account() -> AccountData:
        names = services.staff.active_names()
        return AccountData(staff_id=names[0][0] if names else 0)

    return RegisterPage(
        title="ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต",
        columns=[
            Column("เจ้าหน้าที่", lambda r: r.staff_name), Column("ชื่อผู้ใช้", lambda r: r.username),
            Column("ประเภทบัญชี", lambda r: r.account_type), Column("วันที่สร้าง", lambda r: r.created_date),
            Column("ทบทวนล่าสุด", lambda r: r.last_reviewed), Column("ใช้งานอยู่", lambda r: r.active),
        ],
        load_rows=services.accounts.rows, specs=lambda: specs, new_data=new_account,
        service=services.accounts, evidence=services.evidence,
        describe=lambda r: f"{r.username} ({r.staff_name})", parent=parent,
    )
