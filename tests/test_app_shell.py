"""The application shell: one instance per data folder, the crash dialog with copyable
details, known errors shown as their Thai message, and the rotating log."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from cddesk.errors import KnownError
from cddesk.logs import QuietFileHandler, setup_logging
from cddesk.paths import DataPaths
from ui import crash
from ui.app import create_application
from ui.single_instance import InstanceServer, ask_running_instance, marker, may_be_running


def test_second_start_brings_the_first_forward(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    create_application()
    assert not may_be_running(data_paths) and not ask_running_instance(data_paths)
    shown: list[bool] = []
    server = InstanceServer(data_paths, lambda: shown.append(True))
    assert may_be_running(data_paths) and ask_running_instance(data_paths)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    other = DataPaths(data_paths.root.parent / "another-office")
    assert not may_be_running(other) and not ask_running_instance(other)  # another office: its own window
    server.close()
    assert not may_be_running(data_paths)  # closed: the next start asks nobody


def test_a_marker_left_by_a_killed_instance_only_makes_the_next_start_ask(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    create_application()
    left = marker(data_paths)
    left.write_text("killed", encoding="ascii")
    try:
        assert may_be_running(data_paths) and not ask_running_instance(data_paths)  # nobody answers: go on
        server = InstanceServer(data_paths, lambda: None)  # this start now owns the folder
        assert ask_running_instance(data_paths)
        server.close()
        assert not left.exists()
    finally:
        left.unlink(missing_ok=True)


def test_a_start_with_no_marker_opens_its_window_without_qtnetwork(tmp_path: Path) -> None:
    """No other instance's marker: the window is shown before QtNetwork is loaded (the
    single-instance server listens once the window is up)."""
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, {root!r})\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def tick():\n"
        "    print('QTNETWORK', 'PySide6.QtNetwork' in sys.modules, flush=True); QApplication.exit(0)\n"
        "_exec = QApplication.exec\n"
        "QApplication.exec = lambda *a: (QTimer.singleShot(0, tick), _exec())[1]\n"
        "from cddesk.cli import run\n"
        "run(['--data-dir', {folder!r}])\n"
    ).format(root=str(Path(__file__).resolve().parents[1]), folder=str(tmp_path / "office"))
    subprocess.run([sys.executable, str(Path(__file__).resolve().parents[1] / "main.py"), "--data-dir",
                    str(tmp_path / "office"), "sample-office"], check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert "QTNETWORK False" in out, out


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


def test_a_full_log_file_is_rotated_keeping_the_last_ones(tmp_path: Path) -> None:
    handler = QuietFileHandler(tmp_path / "cddesk.log", maxBytes=300, backupCount=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("cddesk.test.rotation")
    log.propagate, log.level = False, logging.INFO
    log.addHandler(handler)
    try:
        for n in range(40):
            log.info("บันทึกที่ %02d", n)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["cddesk.log", "cddesk.log.1", "cddesk.log.2", "cddesk.log.3"]
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())
    newest = (tmp_path / "cddesk.log").read_text(encoding="utf-8").splitlines()
    assert newest[-1] == "บันทึกที่ 39"
    kept = [line for name in reversed(files[1:]) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    numbers = [int(line.split()[-1]) for line in kept + newest]
    assert numbers == list(range(numbers[0], 40))  # in order, none lost between the files kept


def test_the_gui_hands_the_interpreter_to_its_thread_quickly() -> None:
    """Background work (opening the data, a chart, a report) gives the GUI thread the
    interpreter lock within a millisecond, not Python's default five."""
    import sys

    from ui.app import GUI_SWITCH_INTERVAL

    create_application()
    assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL <= 0.001
