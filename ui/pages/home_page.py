"""The first page: the office at a glance — how many records each register holds and the
antivirus coverage against the 95 % bar, with what is still missing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cddesk import __version__
from cddesk.app_services import Services
from cddesk.thaidate import fiscal_year_bounds, format_date, format_date_long, thai_digits


class HomePage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def refresh(self) -> None:
        s = self.services
        profile = s.office.profile()
        if profile is None:
            self.heading.setText("CD Desk")
            self.body.setText("ยังไม่มีข้อมูลสำนักงาน")
            return
        start, end = fiscal_year_bounds(profile.fiscal_year)
        self.heading.setText(f"{profile.office_name} จังหวัด{profile.province_name}")
        computers = s.computers.rows()
        cov = s.antivirus.coverage()
        staff = s.staff.list()
        accounts = s.accounts.rows()
        unsurveyed = [c for c in computers if c.survey_date is None or not (start <= c.survey_date <= end)]
        no_account = {m.name for m in staff if m.active} - {a.staff_name for a in accounts if a.active}
        lines = [
            f"ปีงบประมาณ {thai_digits(str(profile.fiscal_year))} ({format_date(start)} – {format_date(end)}) · "
            f"วันนี้ {format_date_long(dt.date.today())}",
            "",
            f"<b>บุคลากร</b> {len(staff):,} คน (ปฏิบัติงานอยู่ {sum(m.active for m in staff):,} คน)",
            f"<b>เครื่องคอมพิวเตอร์</b> {len(computers):,} เครื่อง · สำรวจแล้วในปีงบประมาณนี้ "
            f"{len(computers) - len(unsurveyed):,} เครื่อง · กำหนดส่งผลสำรวจ {format_date(profile.survey_deadline)}",
            f"<b>โปรแกรมป้องกันไวรัส</b> ({cov.product}) ครอบคลุม {cov.covered:,} จาก {cov.usable:,} เครื่องที่ใช้งานได้ "
            f"= <b>ร้อยละ {cov.percent_text}</b> — " + ("ผ่านเกณฑ์ร้อยละ ๙๕" if cov.meets(95) else
                                                   f"ต้องติดตั้งเพิ่มอีก {_needed(cov.usable, cov.covered):,} เครื่องจึงถึงร้อยละ ๙๕"),
            f"<b>บัญชีผู้ใช้งานอินเทอร์เน็ต</b> {len(accounts):,} บัญชี"
            + (f" · เจ้าหน้าที่ที่ยังไม่มีบัญชี: {', '.join(sorted(no_account))}" if no_account else ""),
            "",
            f"<span style='color:#666'>CD Desk รุ่น {__version__} · ข้อมูลอยู่ที่ {s.db.paths.root}</span>",
        ]
        self.body.setText("<br>".join(lines))


def _needed(usable: int, covered: int) -> int:
    """Fewest more installs for covered/usable ≥ 95 % (exact integers)."""
    need = 0
    while (covered + need) * 100 < 95 * usable:
        need += 1
    return need
