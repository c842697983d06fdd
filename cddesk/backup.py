"""Backups: automatic snapshots of the database on start and on close, rotated (the last 7
days, then one per week for 4 weeks); a restore that first keeps a safety copy of the
current file; and a portable backup — one file holding the database and the evidence store
— to carry the office to a new PC.

Snapshots use SQLite's online backup API, so they are consistent even while the program
has the database open in WAL mode. Every file is written under a temporary name and
renamed when complete, so a full or read-only disk leaves the earlier backups as they
were; an automatic backup then raises only a Thai ``StorageError`` for the caller to log.
A file SQLite cannot open (no permission, read-only folder) is not called damaged: only
SQLite's own verdict (malformed, not a database) is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cddesk import __version__
from cddesk.errors import KnownError, StorageError, explain_storage, storage_problem
from cddesk.files import atomic_write
from cddesk.paths import DataPaths

AUTO = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.sqlite3$")
KEEP_DAYS, KEEP_WEEKS = 7, 4
COUNTED = ("staff", "computer", "antivirus_install", "internet_account", "evidence_file", "online_meeting",
           "training_activity")
PORTABLE_SUFFIX = ".cddesk-backup"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime
    counts: dict[str, int]
    ok: bool  # PRAGMA integrity_check passed


def snapshot(source: Path, target: Path) -> Path:
    """A consistent copy of the database ``source`` at ``target`` (atomic)."""
    def write(temp: str) -> None:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                # one self-contained file: readable read-only (a write-protected USB stick)
                # without SQLite creating -wal/-shm files beside it
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()

    try:
        atomic_write(target, write)
    except (sqlite3.DatabaseError, StorageError) as exc:  # SQLite's, or atomic_write's OSError
        cause = exc.__cause__ if isinstance(exc, StorageError) else exc
        if not isinstance(cause, (OSError, sqlite3.DatabaseError)):
            raise
        raise StorageError(explain_storage(cause, target.parent, f"สำรองฐานข้อมูลไปที่ {target}"),
                           detail=str(cause)) from cause
    return target


def _open_failed(exc: sqlite3.DatabaseError, path: Path) -> bool:
    """False when SQLite found the file damaged; raise ``StorageError`` when it could not
    read it at all (permissions, read-only folder, disk error): that is not damage."""
    if storage_problem(exc, path.parent) == "damaged":
        return False
    raise StorageError(explain_storage(exc, path.parent, f"อ่านไฟล์ฐานข้อมูล {path}"), detail=str(exc)) from exc


def inspect(path: Path) -> tuple[bool, dict[str, int]]:
    """Whether a database file is sound, and how many records its main tables hold;
    ``StorageError`` when it cannot be read."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # noqa: S608
                      for t in COUNTED if t in tables}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return _open_failed(exc, path), {}
    return ok, counts


def is_sound(path: Path) -> bool:
    """A quick check (``PRAGMA quick_check``) that a database file is not damaged. A file
    that cannot be read counts as sound: opening it then says why (read-only, full …)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(con.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        try:
            return _open_failed(exc, path)
        except StorageError:
            return True


def automatic_backup(paths: DataPaths, today: dt.date | None = None) -> Path | None:
    """Today's snapshot (replacing an earlier one of the same day only once it is whole),
    then rotation. None when there is no database yet; fails only with ``StorageError``."""
    if not paths.database.is_file():
        return None
    today = today or dt.date.today()
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(explain_storage(exc, paths.backups, f"สร้างโฟลเดอร์สำรอง {paths.backups}"),
                           detail=str(exc)) from exc
    made = snapshot(paths.database, paths.backups / f"auto-{today.isoformat()}.sqlite3")
    rotate(paths, today)
    return made


def rotate(paths: DataPaths, today: dt.date) -> list[Path]:
    """Keep the newest snapshot of each of the last ``KEEP_DAYS`` days, and one (the newest)
    per ISO week for the ``KEEP_WEEKS`` weeks before; remove the rest. Returns the removed."""
    dated = sorted(((dt.date.fromisoformat(m.group(1)), p) for p in paths.backups.iterdir()
                    if (m := AUTO.match(p.name))), reverse=True)
    keep: set[Path] = set()
    weeks: set[tuple[int, int]] = set()
    for day, path in dated:
        age = (today - day).days
        if age < KEEP_DAYS:
            keep.add(path)
        elif age < KEEP_DAYS + 7 * KEEP_WEEKS:
            week = day.isocalendar()[:2]
            if week not in weeks and len(weeks) < KEEP_WEEKS:
                weeks.add(week)
                keep.add(path)
    removed = [p for _, p in dated if p not in keep]
    for path in removed:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # kept one more day: harmless
            log.warning("could not remove old backup %s: %s", path, exc)
    return removed


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every database snapshot in the backups folder, newest first, with its record counts."""
    if not paths.backups.is_dir():
        return []
    out = []
    for path in paths.backups.glob("*.sqlite3"):
        try:
            ok, counts = inspect(path)
        except StorageError:  # unreadable here (e.g. a read-only folder): not usable to restore
            ok, counts = False, {}
        out.append(BackupInfo(path, dt.datetime.fromtimestamp(path.stat().st_mtime), counts, ok))
    return sorted(out, key=lambda b: b.when, reverse=True)


def latest_good(paths: DataPaths) -> BackupInfo | None:
    return next((b for b in list_backups(paths) if b.ok), None)


def restore(paths: DataPaths, backup: Path) -> Path:
    """Put ``backup`` in place of the database after keeping a safety copy of the current
    file (returned). The database must be closed (the window disposes its services first)."""
    ok, _ = inspect(backup)
    if not ok:
        raise KnownError(f"ไฟล์สำรอง {backup.name} เสียหาย ใช้กู้คืนไม่ได้ — เลือกไฟล์อื่น")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = paths.backups / f"before-restore-{stamp}.sqlite3"
    if paths.database.is_file():
        try:
            snapshot(paths.database, safety)
        except (StorageError, sqlite3.DatabaseError):
            shutil.copy2(paths.database, safety)  # a damaged file is kept as it is
    for extra in ("-wal", "-shm"):
        Path(f"{paths.database}{extra}").unlink(missing_ok=True)
    snapshot(backup, paths.database)
    return safety


# --- portable: database + evidence in one file ----------------------------------------------

def save_portable(paths: DataPaths, target: Path) -> dict[str, int]:
    """One file (a zip) with a snapshot of the database and every stored evidence file."""
    target = Path(target)
    if target.suffix != PORTABLE_SUFFIX:
        target = target.with_name(target.name + PORTABLE_SUFFIX)
    files = sorted(p for p in paths.evidence.rglob("*") if p.is_file()) if paths.evidence.is_dir() else []
    with_db = paths.backups / ".portable-snapshot.sqlite3"
    paths.backups.mkdir(parents=True, exist_ok=True)
    snapshot(paths.database, with_db)
    try:
        _, counts = inspect(with_db)
        info = {"format": "cddesk-backup", "version": __version__, "created": dt.datetime.now().isoformat(),
                "counts": counts, "evidence_files": len(files),
                "database_sha256": hashlib.sha256(with_db.read_bytes()).hexdigest()}

        def write(temp: str) -> None:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("backup.json", json.dumps(info, ensure_ascii=False, indent=2))
                archive.write(with_db, "cddesk.sqlite3")
                for path in files:
                    archive.write(path, "evidence/" + path.relative_to(paths.evidence).as_posix())

        atomic_write(target, write)
    finally:
        with_db.unlink(missing_ok=True)
    return {"records": sum(counts.values()), "evidence_files": len(files)}


def restore_portable(source: Path, paths: DataPaths) -> Path | None:
    """Restore a portable backup into ``paths`` (a new PC's data folder). An existing
    database is first kept as a safety copy (returned)."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        raise KnownError(f"«{Path(source).name}» ไม่ใช่ไฟล์สำรองของ CD Desk หรือไฟล์ไม่ครบ") from None
    with archive:
        names = archive.namelist()
        if "backup.json" not in names or "cddesk.sqlite3" not in names:
            raise KnownError(f"«{Path(source).name}» ไม่ใช่ไฟล์สำรองของ CD Desk")
        for name in names:
            parts = PurePosixPath(name).parts
            if name.startswith("/") or ".." in parts or "\\" in name:
                raise KnownError("ไฟล์สำรองมีชื่อไฟล์ที่ไม่ปลอดภัย — ไม่กู้คืน")
        info = json.loads(archive.read("backup.json"))
        paths.root.mkdir(parents=True, exist_ok=True)
        paths.backups.mkdir(parents=True, exist_ok=True)
        incoming = paths.backups / ".incoming.sqlite3"
        incoming.write_bytes(archive.read("cddesk.sqlite3"))
        if hashlib.sha256(incoming.read_bytes()).hexdigest() != info.get("database_sha256"):
            incoming.unlink()
            raise KnownError("ฐานข้อมูลในไฟล์สำรองไม่ตรงกับค่าตรวจสอบ (ไฟล์เสียหาย) — ไม่กู้คืน")
        for name in names:
            if name.startswith("evidence/") and not name.endswith("/"):
                target = paths.evidence.joinpath(*PurePosixPath(name).parts[1:])
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(name))
    try:
        return restore(paths, incoming) if paths.database.is_file() else (snapshot(incoming, paths.database), None)[1]
    finally:
        incoming.unlink(missing_ok=True)
