"""Resilience: a process killed with SIGKILL mid-import, mid-export and mid-edit leaves a
sound database holding all of the operation or none of it; backups rotate and restore;
a damaged database at start is offered its latest good backup; a one-file backup moves an
office to a new PC with nothing lost; check-data finds removed and altered evidence; a
locked database and a missing font give Thai messages."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cddesk import backup
from cddesk.app_services import Services
from cddesk.errors import StorageError
from cddesk.paths import DataPaths
from cddesk.services.staff import StaffData

ROOT = Path(__file__).resolve().parents[1]
KILLS = 6


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    finally:
        con.close()


def kill_after(code: str, *args: str, delay: float) -> None:
    """Start ``code`` in a child, wait until it says it is ready (imports and setup done),
    then SIGKILL it ``delay`` seconds into the operation."""
    child = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


CHILD_PREFIX = "import sys; sys.path.insert(0, '.'); from pathlib import Path; " \
               "from cddesk.app_services import Services; from cddesk.paths import DataPaths; "


@pytest.mark.slow
def test_killed_import_is_all_or_nothing(sample_services: Services, tmp_path: Path) -> None:
    from cddesk.workbook import export_workbook

    book = tmp_path / "office.xlsx"
    export_workbook(sample_services, book)
    expected = count(sample_services.db.paths.database, "computer")
    code = CHILD_PREFIX + ("from cddesk.workbook import import_workbook; "
                           "s = Services.open(DataPaths(Path(sys.argv[1]))); print('ready', flush=True); "
                           "import_workbook(s, sys.argv[2])")
    rng = random.Random(5)
    outcomes = set()
    for i in range(KILLS):
        root = tmp_path / f"office{i}"
        Services.open(DataPaths(root)).close()  # an empty office, migrated
        kill_after(code, str(root), str(book), delay=rng.uniform(0.0, 1.2))
        db = root / "cddesk.sqlite3"
        assert integrity(db) == "ok"
        n = count(db, "computer")
        assert n in (0, expected), f"half an import: {n} of {expected} computers"
        assert count(db, "staff") in (0, count(sample_services.db.paths.database, "staff"))
        outcomes.add(n)
    assert outcomes, "the child ran"


@pytest.mark.slow
def test_killed_export_never_leaves_a_partial_file(sample_root: Path, tmp_path: Path) -> None:
    code = CHILD_PREFIX + ("from cddesk.workbook import export_workbook; s = Services.open(DataPaths(Path(sys.argv[1])))\n"
                           "print('ready', flush=True)\n"
                           "while True: export_workbook(s, sys.argv[2])")
    rng = random.Random(7)
    target = tmp_path / "out" / "office.xlsx"
    target.parent.mkdir()
    root = tmp_path / "office"
    shutil.copytree(sample_root, root)
    for _ in range(KILLS):
        kill_after(code, str(root), str(target), delay=rng.uniform(0.1, 1.5))
        if target.exists():
            assert load_workbook(target).sheetnames  # a whole workbook, never half of one
        assert integrity(root / "cddesk.sqlite3") == "ok"


@pytest.mark.slow
def test_killed_edits_keep_the_database_sound(tmp_path: Path) -> None:
    code = CHILD_PREFIX + ("from cddesk.services.staff import StaffData; s = Services.open(DataPaths(Path(sys.argv[1])))\n"
                           "photo = Path(sys.argv[2])\n"
                           "print('ready', flush=True)\n"
                           "i = 0\n"
                           "while True:\n"
                           "    i += 1\n"
                           "    saved = s.staff.save(StaffData(name=f'เจ้าหน้าที่ {i}', position='นักวิชาการ'))\n"
                           "    s.evidence.add_file('staff', saved.id, photo)\n")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400)
    root = tmp_path / "office"
    Services.open(DataPaths(root)).close()
    rng = random.Random(11)
    for _ in range(KILLS):
        kill_after(code, str(root), str(photo), delay=rng.uniform(0.1, 1.0))
        assert integrity(root / "cddesk.sqlite3") == "ok"
        services = Services.open(DataPaths(root))
        try:
            assert all(s.name.startswith("เจ้าหน้าที่") and s.position == "นักวิชาการ" for s in services.staff.list())
            assert services.evidence.check_store() == []  # every recorded file is whole in the store
        finally:
            services.close()
    assert count(root / "cddesk.sqlite3", "staff") > 0


def test_automatic_backups_rotate(data_paths: DataPaths) -> None:
    Services.open(data_paths).close()
    today = dt.date(2025, 6, 30)
    for age in range(60):
        backup.automatic_backup(data_paths, today - dt.timedelta(days=59 - age))
    kept = sorted(p.name for p in data_paths.backups.glob("auto-*.sqlite3"))
    days = [dt.date.fromisoformat(n[5:15]) for n in kept]
    assert len([d for d in days if (today - d).days < 7]) == 7
    older = [d for d in days if (today - d).days >= 7]
    assert 1 <= len(older) <= 4 and len({d.isocalendar()[:2] for d in older}) == len(older)
    assert min(days) >= today - dt.timedelta(days=7 + 28)


def test_restore_keeps_a_safety_copy(sample_services: Services, tmp_path: Path) -> None:
    paths = sample_services.db.paths
    snap = backup.automatic_backup(paths)
    assert snap is not None
    sample_services.staff.save(StaffData(name="เพิ่มหลังสำรอง"))
    sample_services.close()
    before = count(paths.database, "staff")
    safety = backup.restore(paths, snap)
    assert count(paths.database, "staff") == before - 1 and count(safety, "staff") == before
    listed = backup.list_backups(paths)
    assert listed and all(b.ok for b in listed) and listed[0].counts["staff"] >= 1


def test_damaged_database_at_start_offers_the_latest_backup(qtbot, sample_services: Services,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import create_application, open_services

    create_application()
    paths = sample_services.db.paths
    backup.automatic_backup(paths)
    staff = count(paths.database, "staff")
    sample_services.close()
    raw = bytearray(paths.database.read_bytes())
    raw[100:4096] = bytes(len(raw[100:4096]))  # wipe the schema page
    paths.database.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        Path(f"{paths.database}{extra}").unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    services = open_services(paths)
    assert services is not None and asked and "กู้คืน" in asked[0]
    assert len(services.staff.list()) == staff
    services.close()
    assert any(p.name.startswith("before-restore-") for p in paths.backups.iterdir())


def test_restore_dialog_lists_backups(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_application
    from ui.backup_dialogs import RestoreDialog

    create_application()
    made = backup.automatic_backup(sample_services.db.paths)
    dialog = RestoreDialog(sample_services.db.paths)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1 and "บุคลากร" in dialog.table.item(0, 1).text()
    assert "๒๕๖" in dialog.table.item(0, 0).text() or "25" in dialog.table.item(0, 0).text()
    dialog.table.selectRow(0)
    assert dialog.chosen() == made and dialog.restore_button.isEnabled()


def test_portable_backup_moves_everything_to_a_new_pc(sample_services: Services, tmp_path: Path) -> None:
    from cddesk.cli_maintenance import check_data

    paths = sample_services.db.paths
    evidence = sorted(p.relative_to(paths.evidence) for p in paths.evidence.rglob("*") if p.is_file())
    target = tmp_path / "usb" / "office.cddesk-backup"
    target.parent.mkdir()
    backup.save_portable(paths, target)
    new_pc = DataPaths(tmp_path / "new-pc")
    backup.restore_portable(target, new_pc)
    for table in ("staff", "computer", "online_meeting", "evidence_file", "evidence_link"):
        assert count(new_pc.database, table) == count(paths.database, table), table
    assert sorted(p.relative_to(new_pc.evidence) for p in new_pc.evidence.rglob("*") if p.is_file()) == evidence
    lines: list[str] = []
    assert check_data(new_pc, lines.append) == 0, lines
    (tmp_path / "bad.cddesk-backup").write_bytes(b"nope")
    with pytest.raises(Exception, match="ไม่ใช่ไฟล์สำรอง"):
        backup.restore_portable(tmp_path / "bad.cddesk-backup", DataPaths(tmp_path / "other"))


def test_check_data_reports_missing_and_altered_evidence(sample_services: Services) -> None:
    from cddesk.cli_maintenance import check_data

    paths = sample_services.db.paths
    files = sorted(p for p in paths.evidence.rglob("*") if p.is_file() and p.parent.name != "thumbnails")
    assert files
    lines: list[str] = []
    assert check_data(paths, lines.append) == 0
    files[0].write_bytes(files[0].read_bytes() + b"x")
    lines.clear()
    assert check_data(paths, lines.append) == 1 and any("เสียหาย" in line for line in lines)
    files[0].unlink()
    lines.clear()
    assert check_data(paths, lines.append) == 1 and any("ไม่พบไฟล์หลักฐาน" in line for line in lines)


def test_locked_database_gives_a_thai_message(sample_services: Services) -> None:
    holder = sqlite3.connect(sample_services.db.paths.database, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="ใช้งานโดยโปรแกรมอื่น"):
            sample_services.staff.save(StaffData(name="ล็อกอยู่"))
    finally:
        holder.rollback()
        holder.close()
    assert all(s.name != "ล็อกอยู่" for s in sample_services.staff.list())


def test_missing_font_gives_a_thai_message(sample_root: Path, tmp_path: Path) -> None:
    code = ("import sys; sys.path.insert(0, '.'); from pathlib import Path; import cddesk.pdf.thai as t; "
            "t.font_path = lambda name='x': Path('/nonexistent') / name; from cddesk.cli import run; "
            "sys.exit(run(['--data-dir', sys.argv[1], 'report', 'computers', '--out', sys.argv[2]]))")
    result = subprocess.run([sys.executable, "-c", code, str(sample_root), str(tmp_path / "x.pdf")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and "ไม่พบไฟล์ฟอนต์" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
