"""The main window: a navigation list on the left, one page at a time on the right, and
menus for settings and About. It only wires pages to services; pages do the work."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cddesk import APP_NAME, __version__
from cddesk.app_services import Services
from cddesk.thaidate import DateStyle, format_date, thai_digits
from ui.computer_actions import ComputerActions
from ui.i18n import LANGUAGES, QT_TR_NOOP, tr
from cddesk.kinds import GROUP_ROLE_MODEL, GROUPS, KIND_BY_KEY
from ui.pages.activities import ActivityGroupPage, MonthView
from ui.pages.dashboard import DashboardPage
from ui.pages.home_page import HomePage
from ui.pages.profile_page import ProfilePage
from ui.pages.register_page import RegisterPage
from ui.pages.registers import AntivirusPage, ComputerPage, account_page, staff_page
from ui.pages.package_page import PackagePage
from ui.pages.reports_page import ReportsPage
from ui.pages.role_model_page import RoleModelPage
from ui.pages.survey_page import PAGE_TITLE as SURVEY_TITLE
from ui.pages.survey_page import SurveyPage
from ui.pages.villages_page import VillagesPage


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.restore_request: object | None = None  # set before closing to restore a backup (ui/app.py)
        self.settings = services.office.settings()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.home = HomePage(services, self)
        self.dashboard = DashboardPage(services, self)
        self.profile_page = ProfilePage(services.office, self)
        self.staff_page = staff_page(services, self)
        self.computer_page = ComputerPage(services, self)
        self.antivirus_page = AntivirusPage(services, self)
        self.account_page = account_page(services, self)
        self.month_view = MonthView(services, self)
        self.reports_page = ReportsPage(services, self)
        self.package_page = PackagePage(services, self)
        self.villages_page = VillagesPage(services, self)
        self.survey_page = SurveyPage(services, self)
        self.groups = {group: RoleModelPage(services, self) if group == GROUP_ROLE_MODEL
                       else ActivityGroupPage(group, services, self) for group in GROUPS}
        # Titles are the Thai source texts (also the keys of go_to); shown translated.
        self.pages: list[tuple[str, QWidget]] = [
            (QT_TR_NOOP("หน้าแรก"), self.home),
            (QT_TR_NOOP("คะแนนประเมิน"), self.dashboard),
            (QT_TR_NOOP("รายงาน"), self.reports_page),
            (QT_TR_NOOP("ส่งจังหวัด"), self.package_page),
            (QT_TR_NOOP("ข้อมูลสำนักงาน"), self.profile_page),
            (QT_TR_NOOP("บุคลากร"), self.staff_page),
            (QT_TR_NOOP("ทะเบียนคอมพิวเตอร์"), self.computer_page),
            (QT_TR_NOOP("โปรแกรมป้องกันไวรัส"), self.antivirus_page),
            (QT_TR_NOOP("บัญชีผู้ใช้งานอินเทอร์เน็ต"), self.account_page),
            (QT_TR_NOOP("ผลงานรายเดือน"), self.month_view),
            (QT_TR_NOOP("หมู่บ้านสารสนเทศ/ตำบลต้นแบบ"), self.villages_page),
            *self.groups.items(),
            (SURVEY_TITLE, self.survey_page),
        ]
        self.computer_actions = ComputerActions(services, self.computer_page, self)

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget(self)
        for title, page in self.pages:
            self.nav.addItem(tr(title))
            self.stack.addWidget(page)
            if isinstance(page, (RegisterPage, ActivityGroupPage)):
                page.changed.connect(self._data_changed)
        if services.office.is_province_mode():
            self.add_province_pages()
        self.profile_page.profile_form.saved.connect(lambda _d: self._data_changed())
        self.nav.currentRowChanged.connect(self.show_page)
        self.month_view.open_cell.connect(self.open_month)
        self.dashboard.open_record.connect(self.open_record)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.apply_date_style(self.settings.date_style)
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(tr("วันนี้ {date}").format(date=format_date(dt.date.today())))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("แฟ้ม"))
        import_action = QAction(tr("นำเข้าทะเบียนคอมพิวเตอร์จาก Excel…"), self)
        import_action.triggered.connect(self.computer_actions.import_excel)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        for label, slot in ((tr("สำรองข้อมูลทั้งหมดเป็นไฟล์เดียว (ย้ายเครื่อง/USB)…"), self.save_portable_backup),
                            (tr("กู้คืนจากสำเนาสำรองอัตโนมัติ…"), self.restore_snapshot),
                            (tr("กู้คืนจากไฟล์สำรอง (ย้ายเครื่อง)…"), self.restore_portable_file)):
            action = QAction(label, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(tr("ออกจากโปรแกรม"), self)
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(tr("ตั้งค่า"))
        date_menu = settings_menu.addMenu(tr("รูปแบบวันที่"))
        group = QActionGroup(self)
        self.date_actions: dict[DateStyle, QAction] = {}
        for style, label in ((DateStyle.THAI_DIGITS, tr("เลขไทย ปีเต็ม (๑๓ ก.พ. ๒๕๖๘)")),
                             (DateStyle.SHORT, tr("เลขอารบิก ปีย่อ (13 ก.พ. 68)"))):
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _c=False, s=style: self.set_date_style(s))
            group.addAction(action)
            date_menu.addAction(action)
            self.date_actions[style] = action
        self.digits_action = QAction(tr("พิมพ์รายงานด้วยเลขไทย"), self, checkable=True)
        self.digits_action.setChecked(self.settings.thai_digits_in_reports)
        self.digits_action.toggled.connect(self._set_report_digits)
        settings_menu.addAction(self.digits_action)
        self.province_action = QAction(tr("โหมดจังหวัด (ตรวจและรวมผลของอำเภอ)…"), self)
        self.province_action.triggered.connect(self.ask_province_mode)
        self.province_action.setEnabled(not self.services.office.is_province_mode())
        settings_menu.addAction(self.province_action)
        language_menu = settings_menu.addMenu(tr("ภาษา (Language)"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(tr("ช่วยเหลือ"))
        about = QAction(tr("เกี่ยวกับ CD Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- province mode -----------------------------------------------------------------
    def add_province_pages(self) -> None:
        from ui.pages.province_pages import province_pages

        for title, page in province_pages(self.services, self):
            self.pages.append((title, page))
            self.nav.addItem(tr(title))
            self.stack.addWidget(page)

    def ask_province_mode(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from cddesk import gazetteer

        places = gazetteer.provinces()
        profile = self.services.office.profile()
        names = [p.name for p in places]
        current = next((i for i, p in enumerate(places) if profile and p.code == profile.province_code), 0)
        name, ok = QInputDialog.getItem(self, tr("โหมดจังหวัด"),
                                        tr("จังหวัดที่สำนักงานนี้ตรวจและรวมผล:"), names, current, False)
        if ok and name:
            self.enable_province_mode(next(p.code for p in places if p.name == name))

    def enable_province_mode(self, province_code: str) -> None:
        from cddesk import gazetteer

        self.services.province.set_province_mode(True, province_code)
        for district in gazetteer.districts(province_code):
            self.services.province.register_district(district.code)
        self.add_province_pages()
        self.province_action.setEnabled(False)
        self.go_to(self.pages[-3][0])

    # -- backups -----------------------------------------------------------------------
    def save_portable_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QProgressDialog

        from cddesk import backup
        from cddesk.errors import KnownError
        from ui.worker import run_in_background

        default = str(Path.home() / f"cddesk-{dt.date.today():%Y%m%d}{backup.PORTABLE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, tr("บันทึกไฟล์สำรอง"), default,
                                              tr("ไฟล์สำรอง CD Desk (*{suffix})").format(suffix=backup.PORTABLE_SUFFIX))
        if not name:
            return
        progress = QProgressDialog(tr("กำลังสำรองข้อมูล…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        paths = self.services.db.paths

        def done(summary: object, error: BaseException | None) -> None:
            progress.close()
            if error is not None:
                if not isinstance(error, KnownError):
                    raise error
                QMessageBox.warning(self, tr("สำรองข้อมูลไม่สำเร็จ"), error.message)
                return
            QMessageBox.information(self, tr("สำรองข้อมูลแล้ว"),
                                    tr("บันทึกฐานข้อมูลและไฟล์หลักฐานทั้งหมดไว้ที่ {path}").format(path=name))

        run_in_background(lambda: backup.save_portable(paths, Path(name)), done)

    def restore_snapshot(self) -> None:
        from ui.backup_dialogs import RestoreDialog, RestoreRequest

        dialog = RestoreDialog(self.services.db.paths, self)
        if dialog.exec() and dialog.chosen() is not None:
            self._ask_restore(RestoreRequest(dialog.chosen()))  # type: ignore[arg-type]

    def restore_portable_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from cddesk import backup
        from ui.backup_dialogs import RestoreRequest

        name, _ = QFileDialog.getOpenFileName(self, tr("เลือกไฟล์สำรอง"), str(Path.home()),
                                              tr("ไฟล์สำรอง CD Desk (*{suffix})").format(suffix=backup.PORTABLE_SUFFIX))
        if name:
            self._ask_restore(RestoreRequest(Path(name), portable=True))

    def _ask_restore(self, request: object) -> None:
        answer = QMessageBox.question(self, tr("กู้คืนข้อมูล"),
                                      tr("แทนข้อมูลปัจจุบันด้วยข้อมูลที่เลือก? ข้อมูลปัจจุบันจะเก็บสำเนาไว้ก่อน "
                                         "แล้วหน้าต่างจะเปิดใหม่"))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_request = request
            self.close()

    # -- navigation ------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh:
            refresh()

    def page_named(self, title: str) -> QWidget:
        return next(page for t, page in self.pages if t == title)

    def go_to(self, title: str) -> QWidget:
        index = [t for t, _ in self.pages].index(title)
        self.nav.setCurrentRow(index)
        return self.pages[index][1]

    def open_month(self, key: str, year: int, month: int) -> None:
        """Show one kind's records of one month (a cell of the month view)."""
        group = next(g for g, page in self.groups.items() if key in page.lists)
        page = self.go_to(group)
        assert isinstance(page, ActivityGroupPage)
        page.open_kind(key).show_month(year, month)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record the dashboard names (a counted or rejected one) and open it."""
        page: RegisterPage
        if kind in KIND_BY_KEY:
            group = self.go_to(KIND_BY_KEY[kind].group)
            assert isinstance(group, ActivityGroupPage)
            page = group.open_kind(kind)
            page.refresh()
            page.period.set_value("all")
        else:
            titles = {"computer": QT_TR_NOOP("ทะเบียนคอมพิวเตอร์"), "staff": QT_TR_NOOP("บุคลากร")}
            if kind not in titles:
                return
            found = self.go_to(titles[kind])
            assert isinstance(found, RegisterPage)
            page = found
        page.select_id(record_id)
        if page.selected_row() is not None:
            page.edit_selected()

    def _data_changed(self) -> None:
        # Pages refresh when shown; the home summary and titles follow the data.
        profile = self.services.office.profile()
        if profile:
            self.setWindowTitle(f"{APP_NAME} — " + tr("{office} จังหวัด{province}").format(
                office=profile.office_name, province=profile.province_name))

    # -- settings --------------------------------------------------------------------
    def set_date_style(self, style: DateStyle) -> None:
        self.settings = dataclasses.replace(self.settings, date_style=style)
        self.services.office.save_settings(self.settings)
        self.apply_date_style(style)

    def apply_date_style(self, style: DateStyle) -> None:
        self.date_actions[style].setChecked(True)
        for _title, page in self.pages:
            if isinstance(page, RegisterPage):
                page.set_date_style(style)
            elif isinstance(page, ActivityGroupPage):
                for listing in page.lists.values():
                    listing.set_date_style(style)

    def _set_report_digits(self, on: bool) -> None:
        self.settings = dataclasses.replace(self.settings, thai_digits_in_reports=on)
        self.services.office.save_settings(self.settings)

    def set_language(self, language: str) -> None:
        self.settings = dataclasses.replace(self.settings, language=language)
        self.services.office.save_settings(self.settings)
        QMessageBox.information(self, tr("ภาษา (Language)"),
                                tr("จะใช้ภาษาที่เลือกเมื่อเปิดโปรแกรมครั้งถัดไป") + "\n"
                                "The chosen language applies the next time CD Desk starts.")

    def show_about(self) -> None:
        QMessageBox.about(
            self, tr("เกี่ยวกับ CD Desk"),
            tr("<b>{app}</b> รุ่น {version}<br>"
               "โปรแกรมบันทึกงานเทคโนโลยีสารสนเทศของสำนักงานพัฒนาชุมชนอำเภอ<br>"
               "กรมการพัฒนาชุมชน กระทรวงมหาดไทย<br><br>"
               "โฟลเดอร์ข้อมูล: {folder}<br>"
               "แบบอักษร Laksaman (TLWG) สัญญาอนุญาต GPL-2+ พร้อมข้อยกเว้นสำหรับฟอนต์").format(
                app=APP_NAME, version=f"{thai_digits(__version__)} ({__version__})", folder=self.services.db.paths.root),
        )
