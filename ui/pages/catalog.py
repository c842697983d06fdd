"""How each page of the main window is built and wired to it, by title (``ui/pages/titles.py``).

A page is built the first time it is shown or asked for (``MainWindow.page_named``), and its
module is imported only then: the first window loads the home page alone. Each builder
takes the window (its services, its slots) and returns the page; pages that show dates
follow the window's date style from the moment they are built (``follow_date_style``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cddesk.kind_groups import GROUP_ROLE_MODEL, GROUPS
from ui.pages import titles

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.activities import ActivityGroupPage
    from ui.pages.register_page import RegisterPage

Builder = Callable[["MainWindow"], QWidget]


def _register(window: MainWindow, page: RegisterPage) -> RegisterPage:
    page.changed.connect(window.data_changed)
    window.follow_date_style(page.set_date_style)
    return page


def _group(window: MainWindow, page: ActivityGroupPage) -> ActivityGroupPage:
    page.changed.connect(window.data_changed)
    for listing in page.lists.values():
        window.follow_date_style(listing.set_date_style)
    return page


def _home(w: MainWindow) -> QWidget:
    from ui.pages.home_page import HomePage

    return HomePage(w.services, w, w.take_home_text())


def _scores(w: MainWindow) -> QWidget:
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(w.services, w)
    page.open_record.connect(w.open_record)
    return page


def _reports(w: MainWindow) -> QWidget:
    from ui.pages.reports_page import ReportsPage

    return ReportsPage(w.services, w)


def _package(w: MainWindow) -> QWidget:
    from ui.pages.package_page import PackagePage

    return PackagePage(w.services, w)


def _profile(w: MainWindow) -> QWidget:
    from ui.pages.profile_page import ProfilePage

    page = ProfilePage(w.services.office, w)
    page.profile_form.saved.connect(lambda _d: w.data_changed())
    return page


def _staff(w: MainWindow) -> QWidget:
    from ui.pages.registers import staff_page

    return _register(w, staff_page(w.services, w))


def _computers(w: MainWindow) -> QWidget:
    from ui.computer_actions import ComputerActions
    from ui.pages.registers import ComputerPage

    page = ComputerPage(w.services, w)
    w.adopt_computer_actions(ComputerActions(w.services, page, w))  # its detect and import buttons
    return _register(w, page)


def _antivirus(w: MainWindow) -> QWidget:
    from ui.pages.registers import AntivirusPage

    return _register(w, AntivirusPage(w.services, w))


def _accounts(w: MainWindow) -> QWidget:
    from ui.pages.registers import account_page

    return _register(w, account_page(w.services, w))


def _months(w: MainWindow) -> QWidget:
    from ui.pages.activities import MonthView

    page = MonthView(w.services, w)
    page.open_cell.connect(w.open_month)
    return page


def _villages(w: MainWindow) -> QWidget:
    from ui.pages.villages_page import VillagesPage

    return VillagesPage(w.services, w)


def _activity_group(group: str) -> Builder:
    def build(w: MainWindow) -> QWidget:
        from ui.pages.activities import ActivityGroupPage

        if group == GROUP_ROLE_MODEL:
            from ui.pages.role_model_page import RoleModelPage

            return _group(w, RoleModelPage(w.services, w))
        return _group(w, ActivityGroupPage(group, w.services, w))

    return build


def _survey(w: MainWindow) -> QWidget:
    from ui.pages.survey_page import SurveyPage

    return SurveyPage(w.services, w)


def _province(title: str) -> Builder:
    def build(w: MainWindow) -> QWidget:
        """The three province pages are made together (an import shows on the summary page)."""
        from ui.pages.province_pages import province_pages

        pages = province_pages(w.services, w)
        for other, page in pages:
            if other != title:
                w.stack.adopt(other, page)
        return dict(pages)[title]

    return build


OFFICE_BUILDERS: dict[str, Builder] = {
    titles.HOME: _home, titles.SCORES: _scores, titles.REPORTS: _reports, titles.PACKAGE: _package,
    titles.PROFILE: _profile, titles.STAFF: _staff, titles.COMPUTERS: _computers, titles.ANTIVIRUS: _antivirus,
    titles.ACCOUNTS: _accounts, titles.MONTHS: _months, titles.VILLAGES: _villages,
    **{group: _activity_group(group) for group in GROUPS},
    titles.SURVEY: _survey,
}
PROVINCE_BUILDERS: dict[str, Builder] = {title: _province(title) for title in titles.PROVINCE}
assert tuple(OFFICE_BUILDERS) == titles.OFFICE_PAGES
