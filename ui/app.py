"""Start the window: Qt application, bundled Thai font, logging, crash hook, single
instance per data folder, first-start profile dialog, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cddesk import APP_NAME, APP_SLUG, __version__
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.logs import setup_logging
from cddesk.paths import FONT_FILES, DataPaths, font_path, resource_path
from ui import crash
from ui.i18n import install_translator, tr
from ui.single_instance import InstanceServer, ask_running_instance

log = logging.getLogger(__name__)
UI_FONT_FAMILY = "Laksaman"
UI_FONT_POINTS = 13  # Laksaman (Sarabun-like) reads small: 13 pt matches 10 pt Latin UI text


def create_application(argv: list[str] | None = None) -> QApplication:
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
    from cddesk.sample_office import create_sample_office

    services = Services.open(DataPaths(root / SAMPLE_FOLDER))
    if services.office.profile() is None:
        create_sample_office(services)
    return services


def open_window(services: Services):  # type: ignore[no-untyped-def]
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


def run_gui(paths: DataPaths) -> int:
    setup_logging(paths)
    app = create_application()
    crash.install()
    if ask_running_instance(paths):
        log.info("another CD Desk has %s open; asked it to come forward", paths.root)
        return 0
    services = open_services(paths)
    if services is None:
        return 2
    if not install_translator(services.office.settings().language):
        log.warning("translation for %s missing; the window stays Thai", services.office.settings().language)
    window, services = open_window(services)
    if window is None:
        services.close()
        return 0

    def bring_forward() -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    server = InstanceServer(paths, bring_forward)  # noqa: F841 (lives as long as the window)
    from ui.worker import run_in_background

    opened = services.db.paths
    run_in_background(lambda: _backup_quietly(opened), lambda _r, _e: None)  # on start, off the GUI thread
    while True:
        window.show()
        code = app.exec()
        request = getattr(window, "restore_request", None)
        services.close()
        _backup_quietly(opened)  # on close (and before a restore)
        if request is None:
            return int(code)
        restored = _restore(opened, request)
        reopened = open_services(opened)
        if reopened is None:
            return 2
        services = reopened
        from ui.main_window import MainWindow

        window = MainWindow(services)
        if restored:
            window.statusBar().showMessage(restored, 15000)


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
