"""Cold start (issue 7): the window is shown before the database layer is loaded, and its
pages are built when first shown or asked for. No timings here: what is checked is what
is (not) built or imported, and that every way into a page still reaches it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cddesk.errors import DatabaseTooNew
from cddesk.paths import DataPaths
from cddesk.settings import Settings
from cddesk.startup import glance
from cddesk.thaidate import DateStyle
from ui.app import create_application
from ui.pages import titles

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_OFFICE = "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย"


@pytest.fixture
def sample_paths(sample_root: Path, tmp_path: Path) -> DataPaths:
    root = tmp_path / "office"
    shutil.copytree(sample_root, root)
    return DataPaths(root)


# -- the glance at the database --------------------------------------------------------
def test_glance_reads_the_frame_of_a_known_office(sample_services) -> None:  # type: ignore[no-untyped-def]
    services = sample_services
    services.office.save_settings(Settings(date_style=DateStyle.SHORT, language="en"))
    seen = glance(services.db.paths)
    assert seen is not None
    assert seen.settings.date_style is DateStyle.SHORT and seen.settings.language == "en"
    assert SAMPLE_OFFICE in seen.office_name and seen.province_name == "หนองคาย"
    assert not seen.province_mode
    services.province.set_province_mode(True, "43")
    seen = glance(services.db.paths)
    assert seen is not None and seen.province_mode


def test_glance_leaves_first_starts_and_damaged_files_to_the_full_open(data_paths: DataPaths) -> None:
    assert glance(data_paths) is None  # no database yet
    from cddesk.app_services import Services

    Services.open(data_paths).close()
    assert glance(data_paths) is None  # no office profile: the first-start dialog
    data_paths.database.write_bytes(b"not a database at all" * 100)
    assert glance(data_paths) is None  # damaged: the restore offer


# -- pages built on demand -------------------------------------------------------------
def test_pages_are_built_when_first_shown_or_asked_for(qtbot, sample_services) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    assert [t for t in window.stack.titles() if window.stack.is_built(t)] == [titles.HOME]
    assert window.nav.count() == len(titles.OFFICE_PAGES)
    assert SAMPLE_OFFICE in window.home.heading.text()

    window.nav.setCurrentRow(window.stack.titles().index(titles.REPORTS))  # a click on the navigation
    assert window.stack.is_built(titles.REPORTS) and window.stack.currentWidget() is window.reports_page
    assert not window.stack.is_built(titles.COMPUTERS)
    page = window.computer_page  # an attribute asks for it
    assert window.stack.is_built(titles.COMPUTERS) and window.page_named(titles.COMPUTERS) is page
    assert window.stack.currentWidget() is window.reports_page  # asking does not show it
    assert window.computer_actions.page is page
    assert window.go_to(titles.COMPUTERS) is page and window.stack.currentWidget() is page

    from cddesk.kinds import GROUP_MEETINGS

    window.open_month("online_meeting", 2025, 2)  # a cell of the month view
    group = window.groups[GROUP_MEETINGS]
    assert window.stack.currentWidget() is group
    assert window.nav.currentRow() == window.stack.titles().index(GROUP_MEETINGS)
    assert not window.stack.is_built(titles.SURVEY)
    assert len(window.pages) == window.nav.count()  # every page, built on the way
    assert all(window.stack.is_built(t) for t in window.stack.titles())


def test_a_date_style_chosen_earlier_reaches_pages_built_later(qtbot, sample_services) -> None:  # type: ignore[no-untyped-def]
    from cddesk.kinds import GROUP_MEETINGS
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.date_actions[DateStyle.SHORT].trigger()
    assert not window.stack.is_built(titles.STAFF)
    assert window.staff_page.model.date_style is DateStyle.SHORT
    meetings = window.groups[GROUP_MEETINGS].lists["online_meeting"]
    assert meetings.model.date_style is DateStyle.SHORT
    window.date_actions[DateStyle.THAI_DIGITS].trigger()  # and later changes reach them too
    assert window.staff_page.model.date_style is DateStyle.THAI_DIGITS
    assert meetings.model.date_style is DateStyle.THAI_DIGITS
    assert MainWindow(sample_services).computer_page.model.date_style is DateStyle.THAI_DIGITS  # saved


# -- the window before its data is open ------------------------------------------------
def test_window_waits_for_its_data_then_shows_the_page_chosen(qtbot, sample_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    from cddesk.app_services import Services
    from ui.main_window import MainWindow

    create_application()
    seen = glance(sample_paths)
    assert seen is not None
    window = MainWindow(None, seen)
    qtbot.addWidget(window)
    assert not window.ready and window.nav.count() == len(titles.OFFICE_PAGES)
    assert window.stack.currentWidget() is window.stack.waiting
    assert SAMPLE_OFFICE in window.stack.waiting.text() and "กำลังเปิดข้อมูล" in window.stack.waiting.text()
    assert not window.date_actions[DateStyle.SHORT].isEnabled() and not window.province_action.isEnabled()
    with pytest.raises(RuntimeError):
        window.page_named(titles.STAFF)
    window.nav.setCurrentRow(window.stack.titles().index(titles.STAFF))  # clicked while opening
    assert window.stack.currentWidget() is window.stack.waiting

    services = Services.open(sample_paths)
    try:
        window.attach(services)
        assert window.ready and window.stack.currentWidget() is window.staff_page
        assert window.staff_page.model.rowCount() > 0
        assert window.date_actions[DateStyle.SHORT].isEnabled() and window.province_action.isEnabled()
        window.go_to(titles.HOME)
        assert "บุคลากร" in window.home.body.text()
    finally:
        services.close()


def test_background_open_hands_the_data_to_the_window(qtbot, sample_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.opening import BackgroundOpen

    create_application()
    seen = glance(sample_paths)
    assert seen is not None
    window = MainWindow(None, seen)
    qtbot.addWidget(window)
    ready: list[object] = []
    opening = BackgroundOpen(sample_paths, window, ready.append)
    window.show()
    opening.start_after_paint()
    qtbot.waitUntil(lambda: window.ready, timeout=60000)
    try:
        assert ready == [window.services]
        assert window.stack.currentWidget() is window.home
        assert SAMPLE_OFFICE in window.home.heading.text() and "ร้อยละ" in window.home.body.text()
    finally:
        window.services.close()
    assert opening.wait() is ready[0]


def test_the_home_page_shows_the_text_made_while_opening_once(qtbot, sample_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """The opening worker's home text is shown as it is (not made again on the GUI thread:
    on a register of 100,000 computers that is seconds); the next refresh makes it anew."""
    from cddesk.app_services import Services
    from ui.main_window import MainWindow

    create_application()
    seen = glance(sample_paths)
    assert seen is not None
    window = MainWindow(None, seen)
    qtbot.addWidget(window)
    services = Services.open(sample_paths)
    try:
        window.attach(services, ("หัวเรื่องที่เตรียมไว้", "ข้อความที่เตรียมไว้"))
        assert window.home.heading.text() == "หัวเรื่องที่เตรียมไว้"
        assert window.home.body.text() == "ข้อความที่เตรียมไว้"
        window.home.refresh()
        assert SAMPLE_OFFICE in window.home.heading.text() and "ร้อยละ" in window.home.body.text()
    finally:
        services.close()


def test_a_refused_background_open_falls_back_to_the_full_open(qtbot, monkeypatch, sample_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    import ui.app
    import ui.opening
    from cddesk.app_services import Services
    from ui.main_window import MainWindow

    create_application()
    seen = glance(sample_paths)
    assert seen is not None

    def refuse(_paths: DataPaths) -> Services:
        raise DatabaseTooNew("ฐานข้อมูลนี้สร้างด้วย CD Desk รุ่นที่ใหม่กว่า")

    full: list[DataPaths] = []

    def full_open(paths: DataPaths) -> Services:  # what shows the offers and messages
        full.append(paths)
        return Services.open(paths)

    monkeypatch.setattr(ui.opening, "_open", refuse)
    monkeypatch.setattr(ui.app, "open_services", full_open)
    window = MainWindow(None, seen)
    qtbot.addWidget(window)
    opening = ui.opening.BackgroundOpen(sample_paths, window, lambda _s: None)
    opening.start()
    qtbot.waitUntil(lambda: window.ready, timeout=60000)
    try:
        assert full == [sample_paths] and opening.wait() is window.services
    finally:
        window.services.close()


def test_a_damaged_file_seen_by_the_background_open_gets_the_restore_offer(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                          sample_paths: DataPaths) -> None:
    import cddesk.backup
    import ui.backup_dialogs
    import ui.opening
    from ui.main_window import MainWindow

    create_application()
    seen = glance(sample_paths)
    assert seen is not None
    monkeypatch.setattr(cddesk.backup, "is_sound", lambda _path: False)  # PRAGMA quick_check failed
    offered: list[DataPaths] = []
    monkeypatch.setattr(ui.backup_dialogs, "offer_latest_backup", lambda paths: offered.append(paths) or False)
    exits: list[int] = []
    monkeypatch.setattr(ui.opening.QApplication, "exit", lambda code=0: exits.append(code))
    window = MainWindow(None, seen)
    qtbot.addWidget(window)
    window.show()
    opening = ui.opening.BackgroundOpen(sample_paths, window, lambda _s: None)
    opening.start()
    qtbot.waitUntil(lambda: bool(exits), timeout=60000)
    assert offered == [sample_paths] and exits == [2]  # declined: the program ends with code 2
    assert not window.ready and not window.isVisible() and opening.wait() is None


# -- the real start, in a fresh process ------------------------------------------------
_CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import ui.opening

LAZY = ("sqlalchemy", "models", "cddesk.kinds", "cddesk.db", "cddesk.app_services", "cddesk.office_facts",
        "scoring.engine", "ui.pages.home_page", "ui.pages.registers", "ui.pages.activities", "ui.pages.dashboard",
        "ui.computer_actions", "ui.worker", "reportlab", "openpyxl", "pyhanko", "cryptography", "pythainlp",
        "alembic", "PIL", "pypdfium2", "cddesk.cli_package", "cddesk.cli_maintenance")
report = {}
_start = ui.opening.BackgroundOpen.start

def start(self):
    if "before_open" not in report:
        report["before_open"] = sorted(m for m in LAZY if m in sys.modules)
        report["shown_before_open"] = self.window.isVisible()
    _start(self)

ui.opening.BackgroundOpen.start = start
_exec = QApplication.exec

def poll():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    if window.ready:
        report["heading"] = window.home.heading.text()
        report["pages_built"] = [t for t in window.stack.titles() if window.stack.is_built(t)]
        print("REPORT " + json.dumps(report, ensure_ascii=False), flush=True)
        QApplication.quit()
    else:
        QTimer.singleShot(20, poll)

def exec_(*args):
    QTimer.singleShot(0, poll)
    return _exec()

QApplication.exec = exec_
from cddesk.cli import run
sys.exit(run(["--data-dir", sys.argv[1]]))
"""


def test_first_window_is_shown_before_the_database_layer_is_imported(sample_paths: DataPaths,
                                                                      tmp_path: Path) -> None:
    child = tmp_path / "child.py"
    child.write_text(_CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("CDDESK_DATA_DIR", None)
    proc = subprocess.run([sys.executable, str(child), str(sample_paths.root)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("REPORT "))
    report = json.loads(line[len("REPORT "):])
    assert report["before_open"] == [], "imported before the window was shown"
    assert report["shown_before_open"]
    assert SAMPLE_OFFICE in report["heading"]  # then the real data
    assert report["pages_built"] == [titles.HOME]
