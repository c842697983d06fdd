"""The main window: a navigation list on the left, one page at a time on the right, and
menus for settings and About. It only wires pages to services; pages do the work.

Pages are built when first shown or asked for (``page_named``, ``go_to``, ``open_record``,
``open_month`` and the page attributes such as ``computer_page``); ``ui/pages/catalog.py``
says how. The window can be shown before the office's data is open (``MainWindow(None,
glance)``, see ``ui/opening.py``): the navigation is there at once, a page chosen meanwhile
shows "opening the data…" and appears as soon as ``attach(services)`` is called."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QMessageBox, QWidget

from cddesk import APP_NAME, __version__
from cddesk.kind_groups import GROUPS
from cddesk.startup import Glance, glance_of
from cddesk.thaidate import DateStyle, format_date, thai_digits
from ui.i18n import LANGUAGES, tr
from ui.page_stack import PageStack
from ui.pages import titles
from ui.pages.catalog import OFFICE_BUILDERS, PROVINCE_BUILDERS, Builder

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from ui.computer_actions import ComputerActions
    from ui.pages.activities import ActivityGroupPage, MonthView
    from ui.pages.dashboard import DashboardPage
    from ui.pages.home_page import HomePage
    from ui.pages.package_page import PackagePage
    from ui.pages.profile_page import ProfilePage
    from ui.pages.register_page import RegisterPage
    from ui.pages.registers import AntivirusPage, ComputerPage
    from ui.pages.reports_page import ReportsPage
    from ui.pages.survey_page import SurveyPage
    from ui.pages.villages_page import VillagesPage

P = TypeVar("P", bound=QWidget)


class _Page(Generic[P]):
    """A window attribute that is the page of one title, built on first use."""

    def __init__(self, title: str) -> None:
        self.title = title

    @overload
    def __get__(self, window: None, owner: type) -> _Page[P]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> P: ...
    def __get__(self, window: MainWindow | None, owner: type) -> _Page[P] | P:
        if window is None:
            return self
        return cast(P, window.page_named(self.title))


class _GroupPages(Mapping[str, "ActivityGroupPage"]):
    """The activity groups' pages by group title, each built on first use."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, group: str) -> ActivityGroupPage:
        if group not in GROUPS:
            raise KeyError(group)
        return cast("ActivityGroupPage", self._window.page_named(group))

    def __iter__(self) -> Iterator[str]:
        return iter(GROUPS)

    def __len__(self) -> int:
        return len(GROUPS)


class MainWindow(QMainWindow):
    home: _Page[HomePage] = _Page(titles.HOME)
    dashboard: _Page[DashboardPage] = _Page(titles.SCORES)
    reports_page: _Page[ReportsPage] = _Page(titles.REPORTS)
    package_page: _Page[PackagePage] = _Page(titles.PACKAGE)
    profile_page: _Page[ProfilePage] = _Page(titles.PROFILE)
    staff_page: _Page[RegisterPage] = _Page(titles.STAFF)
    computer_page: _Page[ComputerPage] = _Page(titles.COMPUTERS)
    antivirus_page: _Page[AntivirusPage] = _Page(titles.ANTIVIRUS)
    account_page: _Page[RegisterPage] = _Page(titles.ACCOUNTS)
    month_view: _Page[MonthView] = _Page(titles.MONTHS)
    villages_page: _Page[VillagesPage] = _Page(titles.VILLAGES)
    survey_page: _Page[SurveyPage] = _Page(titles.SURVEY)

    def __init__(self, services: Services | None, glance: Glance | None = None) -> None:
        """With ``services`` the window is ready at once; with None and the ``glance`` of the
        office it waits for :meth:`attach`."""
        super().__init__()
        if glance is None:
            if services is None:
                raise ValueError("MainWindow needs the office's services or a glance at it")
            glance = glance_of(services)
        self._services = services
        self.paths = glance.paths
        self.restore_request: object | None = None  # set before closing to restore a backup (ui/app.py)
        self.settings = glance.settings
        self._date_followers: list[Callable[[DateStyle], None]] = []
        self._computer_actions: ComputerActions | None = None
        self._data_actions: list[QAction] = []  # enabled once the data is open
        self._home_text: tuple[str, str] | None = None  # made while opening, shown once (see attach)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.groups: Mapping[str, ActivityGroupPage] = _GroupPages(self)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(230)
        self.stack = PageStack(self)
        for title, build in OFFICE_BUILDERS.items():
            self._add_page(title, build)
        self.province_mode = glance.province_mode
        if self.province_mode:
            self.add_province_pages()
        self.nav.currentRowChanged.connect(self.show_page)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.apply_date_style(self.settings.date_style)
        if services is None:
            office = tr("{office} จังหวัด{province}").format(office=glance.office_name, province=glance.province_name)
            self.stack.waiting.setText(office + "\n\n" + tr("กำลังเปิดข้อมูล…"))
            for action in self._data_actions:
                action.setEnabled(False)
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(tr("วันนี้ {date}").format(date=format_date(dt.date.today())))

    # -- the office's data ---------------------------------------------------------------
    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the office's data is still being opened (MainWindow.attach)")
        return self._services

    @property
    def ready(self) -> bool:
        """The office's data is open (pages can be built)."""
        return self._services is not None

    def attach(self, services: Services, home_text: tuple[str, str] | None = None) -> None:
        """The office's data is open: enable the menus and show the page chosen meanwhile
        (the home page with ``home_text`` when the opening made it already)."""
        self._services = services
        self._home_text = home_text
        for action in self._data_actions:
            action.setEnabled(True)
        self.province_action.setEnabled(not self.province_mode)
        self.show_page(self.nav.currentRow())

    def take_home_text(self) -> tuple[str, str] | None:
        """The home page's text made while the data was opening, once."""
        text, self._home_text = self._home_text, None
        return text

    def _add_page(self, title: str, build: Builder) -> None:
        self.nav.addItem(tr(title))
        self.stack.add(title, lambda: build(self))

    @property
    def pages(self) -> list[tuple[str, QWidget]]:
        """Every page with its title, in navigation order (builds those not built yet)."""
        return [(title, self.stack.page(title)) for title in self.stack.titles()]

    @property
    def computer_actions(self) -> ComputerActions:
        """Detect this computer / import from Excel (made with the computer register page)."""
        self.page_named(titles.COMPUTERS)
        assert self._computer_actions is not None
        return self._computer_actions

    def adopt_computer_actions(self, actions: ComputerActions) -> None:
        self._computer_actions = actions

    def follow_date_style(self, apply: Callable[[DateStyle], None]) -> None:
        """``apply`` the window's date style now and at every change (a page showing dates)."""
        apply(self.settings.date_style)
        self._date_followers.append(apply)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("แฟ้ม"))
        import_action = QAction(tr("นำเข้าทะเบียนคอมพิวเตอร์จาก Excel…"), self)
        import_action.triggered.connect(lambda: self.computer_actions.import_excel())
        file_menu.addAction(import_action)
        self._data_actions.append(import_action)
        file_menu.addSeparator()
        for label, slot in ((tr("สำรองข้อมูลทั้งหมดเป็นไฟล์เดียว (ย้ายเครื่อง/USB)…"), self.save_portable_backup),
                            (tr("กู้คืนจากสำเนาสำรองอัตโนมัติ…"), self.restore_snapshot),
                            (tr("กู้คืนจากไฟล์สำรอง (ย้ายเครื่อง)…"), self.restore_portable_file)):
            action = QAction(label, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self._data_actions.append(action)
        file_menu.addSeparator()
        quit_action = QAction(tr("ออกจากโปรแกรม"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])  # setShortcut() would load PySide's Qt enums (tens of ms)
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
            self._data_actions.append(action)
        self.digits_action = QAction(tr("พิมพ์รายงานด้วยเลขไทย"), self, checkable=True)
        self.digits_action.setChecked(self.settings.thai_digits_in_reports)
        self.digits_action.toggled.connect(self._set_report_digits)
        settings_menu.addAction(self.digits_action)
        self.province_action = QAction(tr("โหมดจังหวัด (ตรวจและรวมผลของอำเภอ)…"), self)
        self.province_action.triggered.connect(self.ask_province_mode)
        self.province_action.setEnabled(not self.province_mode)
        settings_menu.addAction(self.province_action)
        self._data_actions += [self.digits_action, self.province_action]
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
            self._data_actions.append(action)

        help_menu = self.menuBar().addMenu(tr("ช่วยเหลือ"))
        about = QAction(tr("เกี่ยวกับ CD Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- province mode -----------------------------------------------------------------
    def add_province_pages(self) -> None:
        for title, build in PROVINCE_BUILDERS.items():
            self._add_page(title, build)

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
        self.province_mode = True
        self.add_province_pages()
        self.province_action.setEnabled(False)
        self.go_to(titles.PROVINCE[0])

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
        paths = self.paths

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

        dialog = RestoreDialog(self.paths, self)
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
        if index < 0:
            return
        if not self.ready:
            self.stack.show_waiting()
            return
        page = self.stack.page(self.stack.titles()[index])
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh:
            refresh()

    def page_named(self, title: str) -> QWidget:
        """The page of ``title`` (built now if need be; the office's data must be open)."""
        if not self.ready:
            raise RuntimeError(f"page {title!r} asked for before the office's data is open")
        return self.stack.page(title)

    def go_to(self, title: str) -> QWidget:
        self.nav.setCurrentRow(self.stack.titles().index(title))
        return self.page_named(title)

    def open_month(self, key: str, year: int, month: int) -> None:
        """Show one kind's records of one month (a cell of the month view)."""
        from cddesk.kinds import KIND_BY_KEY

        self.go_to(KIND_BY_KEY[key].group)
        self.groups[KIND_BY_KEY[key].group].open_kind(key).show_month(year, month)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record the dashboard names (a counted or rejected one) and open it."""
        from cddesk.kinds import KIND_BY_KEY

        page: RegisterPage
        if kind in KIND_BY_KEY:
            self.go_to(KIND_BY_KEY[kind].group)
            page = self.groups[KIND_BY_KEY[kind].group].open_kind(kind)
            page.refresh()
            page.period.set_value("all")
        else:
            found = {"computer": titles.COMPUTERS, "staff": titles.STAFF}.get(kind)
            if found is None:
                return
            page = cast("RegisterPage", self.go_to(found))
        page.select_id(record_id)
        if page.selected_row() is not None:
            page.edit_selected()

    def data_changed(self) -> None:
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
        for apply in self._date_followers:
            apply(style)

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
                app=APP_NAME, version=f"{thai_digits(__version__)} ({__version__})", folder=self.paths.root),
        )
