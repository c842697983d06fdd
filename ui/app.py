"""Start the window: Qt application, bundled Thai font, logging, crash hook, single
instance per data folder, first-start profile dialog, then the main window.

A known office starts fast: a glance at its database (``cddesk.startup``, plain sqlite3)
gives the language and the window's frame, the window is shown, and SQLAlchemy, the models
and the database are opened off the GUI thread right after (``ui.opening``). A first start,
a damaged or unreadable database and a restore take the full open before any window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cddesk import APP_NAME, APP_SLUG, __version__
from cddesk.errors import KnownError
from cddesk.logs import setup_logging
from cddesk.paths import FONT_FILES, DataPaths, font_path, resource_path
from ui import crash
from ui.i18n import install_translator, tr
from ui.single_instance import InstanceServer, ask_running_instance, may_be_running

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from ui.main_window import MainWindow
    from ui.opening import BackgroundOpen

log = logging.getLogger(__name__)
UI_FONT_FAMILY = "Laksaman"
UI_FONT_POINTS = 13  # Laksaman (Sarabun-like) reads small: 13 pt matches 10 pt Latin UI text


GUI_SWITCH_INTERVAL = 0.001  # s; Python's default is 0.005
LISTEN_AFTER_MS = 250  # the single-instance server starts this long after the window is shown


def create_application(argv: list[str] | None = None) -> QApplication:
    # Work on a background thread (opening the data, the dashboard's month-end chart, a
    # report) holds the interpreter lock up to the switch interval each time the GUI thread
    # needs it to run a Python callback — paint, a cell, a click: at the default 5 ms the
    # dashboard of a large office took 0.6 s to appear while its chart was worked out, at 1 ms
    # 0.33 s. Switching more often costs the background work next to nothing.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_SLUG)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(font_path(name)))
    app.setFont(QFont(UI_FONT_FAMILY, UI_FONT_POINTS))
    icon = resource_path("resources", "cddesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


SAMPLE_FOLDER = "sample-office"


def open_sample_office(root: Path) -> Services:
    """The sample office in its own folder (made on first use), never in the office's data."""
    from cddesk.app_services import Services
    from cddesk.sample_office import create_sample_office

    services = Services.open(DataPaths(root / SAMPLE_FOLDER))
    if services.office.profile() is None:
        create_sample_office(services)
    return services


def open_window(services: Services) -> tuple[MainWindow | None, Services]:
    """First start asks for the office profile, or opens the sample office; returns
    ``(window, services)`` — window None when declined, services the ones in use."""
    from ui.main_window import MainWindow
    from ui.pages.profile_page import FirstStartDialog

    sample = False
    if services.office.profile() is None:
        dialog = FirstStartDialog(services.office)
        accepted = dialog.exec()
        if dialog.wants_sample:
            root = services.db.paths.root
            services.close()
            services, sample = open_sample_office(root), True
        elif not accepted:
            return None, services
    window = MainWindow(services)
    if sample:
        note = QLabel(tr("กำลังใช้สำนักงานตัวอย่าง (ข้อมูลสมมติ) — ปิดโปรแกรมแล้วเปิดใหม่เพื่อกรอกข้อมูลสำนักงานจริง"))
        note.setStyleSheet("color: #8a5a00; font-weight: bold;")
        window.statusBar().addPermanentWidget(note)
    return window, services


def open_services(paths: DataPaths) -> Services | None:
    """The office's services; a damaged database offers the latest good backup first."""
    from cddesk import backup
    from cddesk.app_services import Services
    from cddesk.errors import DatabaseCorrupt
    from ui.backup_dialogs import offer_latest_backup

    if paths.database.is_file() and not backup.is_sound(paths.database):
        if not offer_latest_backup(paths):
            return None
    try:
        return Services.open(paths)
    except DatabaseCorrupt:
        if offer_latest_backup(paths):
            return Services.open(paths)
        return None
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return None


def _backup_quietly(paths: DataPaths) -> None:
    from cddesk import backup

    try:
        backup.automatic_backup(paths)
    except KnownError as exc:  # a full disk must not stop the office from working
        log.warning("automatic backup failed: %s", exc.message)


def _use_language(language: str) -> None:
    if not install_translator(language):
        log.warning("translation for %s missing; the window stays Thai", language)


def _first_window(paths: DataPaths) -> tuple[MainWindow | None, Services | None, BackgroundOpen | None, int]:
    """The window to show: at once for a known office (its data opened in the background),
    after the full open otherwise. ``(None, None, None, code)`` when the start ends here."""
    from cddesk.startup import glance
    from ui.main_window import MainWindow

    seen = glance(paths)
    if seen is not None:
        from ui.opening import BackgroundOpen

        _use_language(seen.settings.language)
        window = MainWindow(None, seen)
        opening = BackgroundOpen(paths, window, _after_opening)
        opening.start_after_paint()
        return window, None, opening, 0
    services = open_services(paths)
    if services is None:
        return None, None, None, 2
    _use_language(services.office.settings().language)
    opened, services = open_window(services)
    if opened is None:
        services.close()
        return None, None, None, 0
    _after_opening(services)
    return opened, services, None, 0


def _after_opening(services: Services) -> None:
    """Off the GUI thread once the data is open: the backup on start, then what
    :func:`ui.opening.after_open` prepares for the next start and the first edit."""
    from ui.opening import after_open
    from ui.worker import run_in_background

    def work() -> None:
        _backup_quietly(services.db.paths)
        try:
            after_open(services)
        except Exception:  # noqa: BLE001 (only preparation: scoring reads the rows itself when it must)
            log.exception("preparing the scoring facts after opening failed")

    run_in_background(work, lambda _r, _e: None)


def run_gui(paths: DataPaths) -> int:
    setup_logging(paths)
    app = create_application()
    crash.install()
    if may_be_running(paths) and ask_running_instance(paths):
        log.info("another CD Desk has %s open; asked it to come forward", paths.root)
        return 0
    first, services, opening, code = _first_window(paths)
    if first is None:
        return code
    window: MainWindow = first  # the window shown now (a restore replaces it)

    def bring_forward() -> None:
        from PySide6.QtCore import Qt  # not before the first window: PySide builds all of Qt's enums on first use

        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    # Listening for later starts waits until the window is up and painted (QtNetwork is not
    # needed before: a start that finds no marker asks nobody, see ui.single_instance).
    servers: list[InstanceServer] = []  # (lives as long as the window)
    QTimer.singleShot(LISTEN_AFTER_MS, lambda: servers.append(InstanceServer(paths, bring_forward)))
    try:
        while True:
            window.show()
            code = app.exec()
            request = window.restore_request
            if window.ready:
                services = window.services
            elif opening is not None:  # closed (or given up) before the data was open
                services = opening.wait()
            if services is None:
                return int(code)
            opened = services.db.paths
            services.close()
            _backup_quietly(opened)  # on close (and before a restore)
            if request is None:
                return int(code)
            restored = _restore(opened, request)
            services, opening = open_services(opened), None
            if services is None:
                return 2
            from ui.main_window import MainWindow

            window = MainWindow(services)
            if restored:
                window.statusBar().showMessage(restored, 15000)
    finally:
        for server in servers:
            server.close()


def _restore(paths: DataPaths, request: object) -> str:
    from cddesk import backup
    from ui.backup_dialogs import RestoreRequest

    assert isinstance(request, RestoreRequest)
    try:
        if request.portable:
            backup.restore_portable(request.source, paths)
        else:
            backup.restore(paths, request.source)
    except KnownError as exc:
        QMessageBox.warning(None, APP_NAME, exc.message)
        return ""
    return tr("กู้คืนข้อมูลจาก {name} แล้ว (ข้อมูลก่อนกู้คืนเก็บไว้ในโฟลเดอร์ backups)").format(name=request.source.name)
