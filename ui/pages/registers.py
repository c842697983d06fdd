"""The four registers the province audits, each a :class:`RegisterPage` with its columns
and fields: staff, computers, antivirus installs (with the coverage summary) and
internet-authentication accounts. The computer register and the antivirus installs, the
ones that grow to tens of thousands of rows, are paged from their service's listing; their
columns name the service's sort keys."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from cddesk.app_services import Services
from cddesk.labels import COMPUTER_KIND, COMPUTER_STATUS
from cddesk.services.accounts import ACCOUNT_TYPES, AccountData
from cddesk.services.antivirus import AntivirusData
from cddesk.services.computers import ComputerData
from cddesk.services.staff import StaffData
from cddesk.thaidate import format_date
from ui.pages.register_page import RegisterPage
from ui.i18n import QT_TR_NOOP, tr
from ui.record_dialog import FieldSpec
from ui.table import Column

# Record names used in dialog titles and questions ("เพิ่ม{what}"); the services own them.
SERVICE_LABELS = (QT_TR_NOOP("บุคลากร"), QT_TR_NOOP("เครื่องคอมพิวเตอร์"),
                  QT_TR_NOOP("การติดตั้งโปรแกรมป้องกันไวรัส"), QT_TR_NOOP("บัญชีผู้ใช้งานอินเทอร์เน็ต"))
UNPROTECTED_LISTED = 200  # unprotected computers listed above the installs (the report lists them all)
POSITION_LEVELS = ("ปฏิบัติงาน", "ชำนาญงาน", "อาวุโส", "ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ", "เชี่ยวชาญ", "ต้น", "สูง")


def staff_page(services: Services, parent: QWidget | None = None) -> RegisterPage:
    specs = [
        FieldSpec("name", QT_TR_NOOP("ชื่อ-นามสกุล"), required=True),
        FieldSpec("position", QT_TR_NOOP("ตำแหน่ง"), placeholder=QT_TR_NOOP("เช่น นักวิชาการพัฒนาชุมชน")),
        FieldSpec("level", QT_TR_NOOP("ระดับ"), "choice", choices=lambda: [(x, x) for x in POSITION_LEVELS], blank=QT_TR_NOOP("—")),
        FieldSpec("phone", QT_TR_NOOP("โทรศัพท์")),
        FieldSpec("email", QT_TR_NOOP("อีเมล")),
        FieldSpec("line_id", QT_TR_NOOP("LINE ID")),
        FieldSpec("active", QT_TR_NOOP("ปฏิบัติงานอยู่"), "bool"),
    ]
    return RegisterPage(
        title=QT_TR_NOOP("บุคลากร"),
        columns=[
            Column(QT_TR_NOOP("ชื่อ-นามสกุล"), lambda r: r.name), Column(QT_TR_NOOP("ตำแหน่ง"), lambda r: r.position),
            Column(QT_TR_NOOP("ระดับ"), lambda r: r.level), Column(QT_TR_NOOP("โทรศัพท์"), lambda r: r.phone),
            Column(QT_TR_NOOP("อีเมล"), lambda r: r.email), Column(QT_TR_NOOP("LINE ID"), lambda r: r.line_id),
            Column(QT_TR_NOOP("ปฏิบัติงานอยู่"), lambda r: r.active),
        ],
        load_rows=services.staff.list, specs=lambda: specs, new_data=StaffData,
        service=services.staff, evidence=services.evidence, describe=lambda r: r.name, parent=parent,
    )


def computer_specs(services: Services) -> list[FieldSpec]:
    return [
        FieldSpec("asset_number", QT_TR_NOOP("เลขครุภัณฑ์"), required=True, placeholder=QT_TR_NOOP("เช่น 7440-001-0001/68")),
        FieldSpec("kind", QT_TR_NOOP("ประเภท"), "choice", choices=lambda: list(COMPUTER_KIND.items())),
        FieldSpec("brand", QT_TR_NOOP("ยี่ห้อ")), FieldSpec("model", QT_TR_NOOP("รุ่น")),
        FieldSpec("serial_number", QT_TR_NOOP("หมายเลขเครื่อง (S/N)")),
        FieldSpec("cpu", QT_TR_NOOP("หน่วยประมวลผล (CPU)")),
        FieldSpec("ram_gb", QT_TR_NOOP("หน่วยความจำ (GB)"), "number", unit="GB"),
        FieldSpec("disk_gb", QT_TR_NOOP("ความจุดิสก์ (GB)"), "number", unit="GB"),
        FieldSpec("os_name", QT_TR_NOOP("ระบบปฏิบัติการ"), placeholder=QT_TR_NOOP("เช่น Windows 11 Pro")),
        FieldSpec("os_version", QT_TR_NOOP("รุ่นระบบปฏิบัติการ")),
        FieldSpec("acquired_date", QT_TR_NOOP("วันที่ได้มา"), "date"),
        FieldSpec("budget_source", QT_TR_NOOP("แหล่งงบประมาณ")),
        FieldSpec("location", QT_TR_NOOP("สถานที่ตั้ง")),
        FieldSpec("responsible_staff_id", QT_TR_NOOP("ผู้รับผิดชอบ"), "choice", choices=services.staff.active_names, blank=QT_TR_NOOP("— ไม่ระบุ —")),
        FieldSpec("hostname", QT_TR_NOOP("ชื่อเครื่อง (Hostname)")),
        FieldSpec("ip_address", QT_TR_NOOP("IP address"), placeholder=QT_TR_NOOP("เช่น 192.168.1.10")),
        FieldSpec("mac_address", QT_TR_NOOP("MAC address"), placeholder=QT_TR_NOOP("เช่น 00:1A:2B:3C:4D:5E")),
        FieldSpec("status", QT_TR_NOOP("สถานะ"), "choice", choices=lambda: list(COMPUTER_STATUS.items())),
        FieldSpec("survey_date", QT_TR_NOOP("วันที่สำรวจ"), "date"),
        FieldSpec("notes", QT_TR_NOOP("หมายเหตุ"), "multiline"),
    ]


class ComputerPage(RegisterPage):
    """The computer register, with "detect this computer" and the Excel import."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            title=QT_TR_NOOP("ทะเบียนเครื่องคอมพิวเตอร์"),
            columns=[
                Column(QT_TR_NOOP("เลขครุภัณฑ์"), attrgetter("asset_number"), key="asset_number"),
                Column(QT_TR_NOOP("ประเภท"), lambda r: COMPUTER_KIND[r.kind], key="kind"),
                *(Column(header, attrgetter(key), key=key) for header, key in (
                    (QT_TR_NOOP("ยี่ห้อ"), "brand"), (QT_TR_NOOP("รุ่น"), "model"), (QT_TR_NOOP("S/N"), "serial_number"),
                    (QT_TR_NOOP("ระบบปฏิบัติการ"), "os"), (QT_TR_NOOP("ชื่อเครื่อง"), "hostname"),
                    (QT_TR_NOOP("IP"), "ip_address"), (QT_TR_NOOP("MAC"), "mac_address"))),
                Column(QT_TR_NOOP("สถานะ"), lambda r: COMPUTER_STATUS[r.status], key="status"),
                *(Column(header, attrgetter(key), key=key) for header, key in (
                    (QT_TR_NOOP("สถานที่ตั้ง"), "location"), (QT_TR_NOOP("ผู้รับผิดชอบ"), "responsible"),
                    (QT_TR_NOOP("วันที่ได้มา"), "acquired_date"), (QT_TR_NOOP("วันที่สำรวจ"), "survey_date"))),
                Column(QT_TR_NOOP("หลักฐาน"), attrgetter("evidence_count"), align_right=True, key="evidence_count"),
            ],
            make_listing=services.computers.listing, specs=lambda: computer_specs(services), new_data=ComputerData,
            service=services.computers, evidence=services.evidence,
            describe=lambda r: f"{r.asset_number} {r.brand} {r.model}".strip(), parent=parent,
        )
        self.detect_button = QPushButton(tr("ตรวจหาเครื่องนี้"), self)
        self.detect_button.setToolTip(tr("กรอกข้อมูลเครื่องคอมพิวเตอร์ที่ใช้งานโปรแกรมนี้อยู่โดยอัตโนมัติ"))
        self.import_button = QPushButton(tr("นำเข้าจาก Excel…"), self)
        self.toolbar.insertWidget(3, self.detect_button)
        self.toolbar.insertWidget(4, self.import_button)


class AntivirusPage(RegisterPage):
    """Antivirus installs, under the coverage of usable computers and the unprotected list."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        specs = [
            FieldSpec("computer_id", QT_TR_NOOP("เครื่องคอมพิวเตอร์"), "choice", choices=services.computers.choices),
            FieldSpec("product", QT_TR_NOOP("โปรแกรม"), required=True),
            FieldSpec("version", QT_TR_NOOP("เวอร์ชัน")),
            FieldSpec("installed_date", QT_TR_NOOP("วันที่ติดตั้ง"), "date", required=True),
            FieldSpec("licence_expiry", QT_TR_NOOP("วันหมดอายุใบอนุญาต"), "date"),
            FieldSpec("definitions_updated", QT_TR_NOOP("อัปเดตฐานข้อมูลไวรัสล่าสุด"), "date"),
            FieldSpec("installed_by", QT_TR_NOOP("ผู้ติดตั้ง")),
            FieldSpec("notes", QT_TR_NOOP("หมายเหตุ"), "multiline"),
        ]
        self.services = services
        super().__init__(
            title=QT_TR_NOOP("โปรแกรมป้องกันไวรัส"),
            columns=[
                *(Column(header, attrgetter(key), key=key) for header, key in (
                    (QT_TR_NOOP("เลขครุภัณฑ์"), "asset_number"), (QT_TR_NOOP("โปรแกรม"), "product"),
                    (QT_TR_NOOP("เวอร์ชัน"), "version"), (QT_TR_NOOP("วันที่ติดตั้ง"), "installed_date"),
                    (QT_TR_NOOP("หมดอายุ"), "licence_expiry"), (QT_TR_NOOP("อัปเดตล่าสุด"), "definitions_updated"),
                    (QT_TR_NOOP("ผู้ติดตั้ง"), "installed_by"))),
                Column(QT_TR_NOOP("ใช้ได้ตามเกณฑ์"), attrgetter("valid_now")),
            ],
            make_listing=services.antivirus.listing, specs=lambda: specs, new_data=self.new_install,
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
        data = AntivirusData(product=self.services.office.prescribed_antivirus())
        choices = self.services.computers.choices()
        if choices:
            data.computer_id = choices[0][0]
        return data

    def refresh(self) -> None:
        super().refresh()
        cov = self.services.antivirus.coverage(listed=UNPROTECTED_LISTED)
        verdict = tr("ผ่านเกณฑ์ร้อยละ ๙๕") if cov.meets(95) else tr("ยังไม่ถึงเกณฑ์ร้อยละ ๙๕")
        self.coverage_label.setText(
            tr("<b>ความครอบคลุม ณ {at}</b>: เครื่องที่ใช้งานได้ {usable} เครื่อง "
               "ติดตั้ง {product} ที่ใช้ได้ {covered} เครื่อง = <b>ร้อยละ {percent}</b> ({verdict})").format(
                at=format_date(cov.at), usable=f"{cov.usable:,}", product=cov.product,
                covered=f"{cov.covered:,}", percent=cov.percent_text, verdict=verdict)
            + (tr(" — ยังขาด {n} เครื่อง:").format(n=f"{cov.missing:,}") if cov.missing else "")
        )
        self.unprotected_list.clear()
        for u in cov.unprotected:
            self.unprotected_list.addItem(f"{u.asset_number} {u.description} — {u.reason}")
        if cov.missing > len(cov.unprotected):
            self.unprotected_list.addItem(tr("… และอีก {n} เครื่อง (ดูทั้งหมดในรายงานการติดตั้งโปรแกรมป้องกันไวรัส ที่หน้า รายงาน)").format(
                n=f"{cov.missing - len(cov.unprotected):,}"))
        self.unprotected_list.setVisible(bool(cov.unprotected))


def account_page(services: Services, parent: QWidget | None = None) -> RegisterPage:
    specs = [
        FieldSpec("staff_id", QT_TR_NOOP("เจ้าหน้าที่"), "choice", choices=services.staff.active_names),
        FieldSpec("username", QT_TR_NOOP("ชื่อผู้ใช้ (username)"), required=True),
        FieldSpec("account_type", QT_TR_NOOP("ประเภทบัญชี"), "choice", choices=lambda: [(x, x) for x in ACCOUNT_TYPES]),
        FieldSpec("created_date", QT_TR_NOOP("วันที่สร้างบัญชี"), "date"),
        FieldSpec("last_reviewed", QT_TR_NOOP("วันที่ทบทวนล่าสุด"), "date"),
        FieldSpec("active", QT_TR_NOOP("ใช้งานอยู่"), "bool"),
    ]

    def new_account() -> AccountData:
        names = services.staff.active_names()
        return AccountData(staff_id=names[0][0] if names else 0)

    return RegisterPage(
        title=QT_TR_NOOP("ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต"),
        columns=[
            Column(QT_TR_NOOP("เจ้าหน้าที่"), lambda r: r.staff_name), Column(QT_TR_NOOP("ชื่อผู้ใช้"), lambda r: r.username),
            Column(QT_TR_NOOP("ประเภทบัญชี"), lambda r: r.account_type), Column(QT_TR_NOOP("วันที่สร้าง"), lambda r: r.created_date),
            Column(QT_TR_NOOP("ทบทวนล่าสุด"), lambda r: r.last_reviewed), Column(QT_TR_NOOP("ใช้งานอยู่"), lambda r: r.active),
        ],
        load_rows=services.accounts.rows, specs=lambda: specs, new_data=new_account,
        service=services.accounts, evidence=services.evidence,
        describe=lambda r: f"{r.username} ({r.staff_name})", parent=parent,
    )
