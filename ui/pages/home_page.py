"""The first page: the office at a glance — how many records each register holds, the
antivirus coverage against the 95 % bar, the Digital 4.0 total today and the activities
still without evidence.

:func:`summary` makes the text and touches no widget: ``ui/opening.py`` makes it on its worker
thread while the window is opening, and the page shows that text the first time, so the
queries (a register of 100,000 computers, the first scoring) are not run again on the GUI
thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cddesk import __version__
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.office_facts import score_office
from cddesk.report_text import points as pts
from ui.i18n import tr
from cddesk.thaidate import fiscal_year_bounds, format_date, format_date_long, thai_digits


class HomePage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 first_text: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._first_text = first_text  # made while the data was opening
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
        heading, body = self._first_text or summary(self.services)
        self._first_text = None
        self.heading.setText(heading)
        self.body.setText(body)


def summary(s: Services) -> tuple[str, str]:
    """The page's heading and body (rich text) for the office of ``s``."""
    profile = s.office.profile()
    if profile is None:
        return "CD Desk", tr("ยังไม่มีข้อมูลสำนักงาน")
    start, end = fiscal_year_bounds(profile.fiscal_year)
    heading = tr("{office} จังหวัด{province}").format(office=profile.office_name, province=profile.province_name)
    computers, surveyed = s.computers.survey_counts(start, end)
    cov = s.antivirus.coverage(listed=0)
    staff = s.staff.list()
    accounts = s.accounts.rows()
    no_account = {m.name for m in staff if m.active} - {a.staff_name for a in accounts if a.active}
    n = "{:,}".format
    lines = [
        tr("ปีงบประมาณ {fy} ({start} – {end}) · วันนี้ {today}").format(
            fy=thai_digits(str(profile.fiscal_year)), start=format_date(start), end=format_date(end),
            today=format_date_long(dt.date.today())),
        "",
        tr("<b>บุคลากร</b> {all} คน (ปฏิบัติงานอยู่ {active} คน)").format(
            all=n(len(staff)), active=n(sum(m.active for m in staff))),
        tr("<b>เครื่องคอมพิวเตอร์</b> {all} เครื่อง · สำรวจแล้วในปีงบประมาณนี้ {surveyed} เครื่อง · "
           "กำหนดส่งผลสำรวจ {deadline}").format(
            all=n(computers), surveyed=n(surveyed),
            deadline=format_date(profile.survey_deadline)),
        tr("<b>โปรแกรมป้องกันไวรัส</b> ({product}) ครอบคลุม {covered} จาก {usable} เครื่องที่ใช้งานได้ "
           "= <b>ร้อยละ {percent}</b> — ").format(
            product=cov.product, covered=n(cov.covered), usable=n(cov.usable), percent=cov.percent_text)
        + (tr("ผ่านเกณฑ์ร้อยละ ๙๕") if cov.meets(95) else
           tr("ต้องติดตั้งเพิ่มอีก {n} เครื่องจึงถึงร้อยละ ๙๕").format(n=n(_needed(cov.usable, cov.covered)))),
        tr("<b>บัญชีผู้ใช้งานอินเทอร์เน็ต</b> {n} บัญชี").format(n=n(len(accounts)))
        + (tr(" · เจ้าหน้าที่ที่ยังไม่มีบัญชี: {names}").format(names=", ".join(sorted(no_account)))
           if no_account else ""),
        _score_line(s, profile.fiscal_year),
        "",
        "<span style='color:#666'>" + tr("CD Desk รุ่น {version} · ข้อมูลอยู่ที่ {folder}").format(
            version=__version__, folder=s.db.paths.root) + "</span>",
    ]
    return heading, "<br>".join(lines)


def _score_line(s: Services, fiscal_year: int) -> str:
    """The Digital 4.0 total today and how many records of the year still lack evidence."""
    try:
        result = score_office(s.db, None, dt.date.today())
    except KnownError as exc:
        return exc.message
    missing = sum(c.without_evidence for c in s.overview.month_cells(fiscal_year))
    line = tr("<b>{rubric}</b>: {got} จาก {top} คะแนน ณ วันนี้ (รายละเอียดที่หน้า คะแนนประเมิน)").format(
        rubric=result.title, got=pts(result.points), top=pts(result.max_points))
    if missing:
        line += "<br>" + tr("<span style='color:#b00020'>กิจกรรมในปีงบประมาณนี้ {n} รายการยังไม่มีหลักฐาน "
                            "จึงยังไม่นับคะแนน</span> (ดูหน้า ผลงานรายเดือน)").format(n=f"{missing:,}")
    return line


def _needed(usable: int, covered: int) -> int:
    """Fewest more installs for covered/usable ≥ 95 % (exact integers: the least n with
    (covered + n) × 100 ≥ 95 × usable)."""
    return max(0, -(-95 * usable // 100) - covered)
