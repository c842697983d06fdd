"""The application shell: one instance per data folder, the crash dialog with copyable
details, known errors shown as their Thai message, and the rotating log."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from cddesk.errors import KnownError
from cddesk.logs import setup_logging
from cddesk.paths import DataPaths
from ui import crash
from ui.app import create_application
from ui.single_instance import InstanceServer, ask_running_instance


def test_second_start_brings_the_first_forward(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    create_application()
    assert not ask_running_instance(data_paths)
    shown: list[bool] = []
    server = InstanceServer(data_paths, lambda: shown.append(True))
    assert ask_running_instance(data_paths)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    other = DataPaths(data_paths.root.parent / "another-office")
    assert not ask_running_instance(other)  # a different office opens its own window
    server.server.close()


def test_bug_opens_crash_dialog_with_copyable_details(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    seen: dict[str, str] = {}

    def fake_exec(dialog: crash.CrashDialog) -> int:
        seen["details"] = dialog.details.toPlainText()
        assert dialog.details.isReadOnly()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError" in seen["details"] and "CD Desk" in seen["details"]


def test_known_error_shows_its_thai_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    error = KnownError("ฐานข้อมูลถูกใช้งานโดยโปรแกรมอื่นอยู่ ปิดโปรแกรมนั้นแล้วลองใหม่")
    crash.excepthook(KnownError, error, None)
    assert shown == [error.message]
    assert QApplication.instance() is not None


def test_log_file_rotates_in_the_data_folder(data_paths: DataPaths) -> None:
    handler = setup_logging(data_paths)
    try:
        logging.getLogger("cddesk.test").info("ทดสอบบันทึก")
        assert handler is not None
        handler.flush()
        assert "ทดสอบบันทึก" in (data_paths.logs / "cddesk.log").read_text(encoding="utf-8")
        assert handler.maxBytes > 0 and handler.backupCount >= 3  # type: ignore[attr-defined]
    finally:
        logging.getLogger().removeHandler(handler)  # type: ignore[arg-type]
        handler.close()  # type: ignore[union-attr]
