"""The child process of ``test_storage_failures``: the program's own paths run on a data
folder that cannot be written, or under a file-size limit (a full disk as the kernel
reports it: EFBIG). Run as ``python -m tests.storage_child MODE ROOT …`` from the checkout.

``steps``: ``open``, ``save`` (a staff record), ``attach`` / ``attach-small`` (the photo
or the small ``note.txt`` beside it, to the last saved or first staff record), ``limit=N``
/ ``unlimit`` (RLIMIT_FSIZE for the steps that follow), ``fill`` / ``free`` (fill the
disk above the office to the last byte, delete the filler). Prints one JSON object: each step → ``"ok"``, the errno of ``fill`` or the Thai
message of the ``KnownError`` it raised (after a failed ``open``, ``save`` and ``attach``
are left out). Anything else propagates, so a bug shows as a traceback.

``gui``: ``main.py --data-dir ROOT`` as the desktop starts it, with the event loop
returning at once and message boxes printed (``CRITICAL: …``, ``QUESTION: …``) instead of
shown — the window's own code decides what to show. ``backup``: the window's automatic
backup (on start and on close), with the log file set up as the window does; prints
``returned`` when it did not stop the program. ``log``: the log file on a full disk, then
with space again. ``mounts ROOT WORK``: the same steps on a
real full tmpfs and a read-only bind mount, where mount namespaces are allowed.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path



def _limit(value: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (value, hard))  # soft only: ``unlimit`` lifts it


def state(root: Path) -> tuple[str, dict[str, int], set[str]]:
    """integrity_check, the rows of every table, and every file in the evidence store
    (``facts_cache`` left out: scoring's kept facts are derived from the rows, kept when the
    services close after a scoring — cddesk/facts_kept.py — and no data of the office)."""
    con = sqlite3.connect(root / "cddesk.sqlite3")
    try:
        check = str(con.execute("PRAGMA integrity_check").fetchone()[0])
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                  if r[0] != "facts_cache"]
        counts = {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}  # noqa: S608
    finally:
        con.close()
    files = {p.relative_to(root).as_posix() for p in (root / "evidence").rglob("*") if p.is_file()}
    return check, counts, files


def steps(root: Path, names: list[str], details: dict[str, str] | None = None) -> dict[str, str]:
    from cddesk.app_services import Services
    from cddesk.errors import KnownError
    from cddesk.paths import DataPaths
    from cddesk.services.staff import StaffData

    photo = Path(os.environ["CDDESK_TEST_PHOTO"])
    done: dict[str, str] = {}
    services: Services | None = None
    owner: int | None = None
    for i, name in enumerate(names):
        key = f"{i}:{name}"
        if name.startswith("limit=") or name == "unlimit":
            _limit(int(name.split("=", 1)[1]) if name != "unlimit" else resource.RLIM_INFINITY)
            continue
        if name in ("fill", "free"):  # the rest of a real disk, in the folder above the office
            done[key] = _fill(root.parent) if name == "fill" else "ok"
            if name == "free":
                (root.parent / "filler").unlink()
            continue
        if services is None and name != "open":  # the office did not open: nothing to do
            continue
        try:
            if name == "open":
                services = Services.open(DataPaths(root))
            elif name == "save" and services is not None:
                owner = services.staff.save(StaffData(name=f"บันทึกขั้นที่ {i}", position="นักวิชาการ")).id
            elif name in ("attach", "attach-small") and services is not None:  # small: fails at flush
                owner = owner or services.staff.list()[0].id
                assert owner is not None
                source = photo if name == "attach" else photo.with_name("note.txt")
                services.evidence.add_file("staff", owner, source, caption=f"ขั้นที่ {i}")
        except KnownError as exc:
            done[key] = exc.message
            if details is not None:
                details[key] = exc.detail.splitlines()[0] if exc.detail else ""
        else:
            done[key] = "ok"
    if services is not None:
        services.close()
    return done


def gui(root: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shown(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def box(*args, **_kw):  # type: ignore[no-untyped-def]
            print(f"{kind}: {args[2]}", flush=True)
            return answer
        return staticmethod(box)

    QMessageBox.critical = shown("CRITICAL", QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    QMessageBox.warning = shown("WARNING", QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    QMessageBox.question = shown("QUESTION", QMessageBox.StandardButton.No)  # type: ignore[method-assign]
    QApplication.exec = lambda *_a: 0  # type: ignore[method-assign]  # close at once
    from cddesk.cli import run

    return run(["--data-dir", str(root)])


def window_backup(root: Path) -> int:
    from cddesk.logs import setup_logging
    from cddesk.paths import DataPaths
    from ui.app import _backup_quietly

    paths = DataPaths(root)
    setup_logging(paths)
    _backup_quietly(paths)
    print("returned", flush=True)
    return 0


def log_lines(root: Path) -> int:
    """``log``: the window's log file (set up as the window does) on a full disk, then with
    space again in the same process; prints ``returned`` when logging stopped nothing."""
    import logging

    from cddesk.logs import setup_logging
    from cddesk.paths import DataPaths

    handler = setup_logging(DataPaths(root))
    assert handler is not None
    log = logging.getLogger("cddesk.storage_child")
    _limit(0)
    log.warning("written on a full disk")
    log.warning("written on a full disk, again")
    _limit(resource.RLIM_INFINITY)
    log.warning("written with space again")
    handler.close()
    print("returned", flush=True)
    return 0


def _fill(folder: Path) -> str:
    """Write zeros into ``folder/filler`` until the disk says no; the error's name."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, bytes(65536))
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, str(exc))
    finally:
        os.close(fd)


def _summary(root: Path) -> dict[str, object]:
    check, counts, files = state(root)
    return {"integrity": check, "counts": counts, "files": sorted(files)}


def mounts(root: Path, work: Path) -> int:
    """In a private mount namespace (``unshare -m``, as root): the office on a real full
    tmpfs (ENOSPC), then freed by deleting the filler; and on a read-only bind mount (EROFS),
    then remounted writable. Prints what each step said, and the office after each."""
    sequence = ["open", "save", "attach"]
    out: dict[str, object] = {"before": _summary(root)}
    disk, read_only = work / "tmpfs", work / "bound"
    for folder in (disk, read_only):
        folder.mkdir(parents=True)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    tmpfs = ["mount", "-t", "tmpfs", "-o", f"size={size + 2 * 1024 * 1024}", "tmpfs", str(disk)]
    subprocess.run(tmpfs, check=True)
    shutil.copytree(root, disk / "office")
    details: dict[str, str] = {}
    # full before the start, then full while open; each time freed by deleting the filler
    out["full"] = steps(disk / "office", ["fill", "open", "free"], details)
    out["full_open"] = steps(disk / "office", ["open", "save", "fill", "save", "attach", "free", "save", "attach"],
                             details)
    out["full_detail"], out["full_after"] = details, _summary(disk / "office")
    shutil.copytree(root, read_only / "office")
    subprocess.run(["mount", "--bind", str(read_only), str(read_only)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(read_only)], check=True)
    details = {}
    out["ro"] = steps(read_only / "office", sequence, details)
    out["ro_detail"] = details
    subprocess.run(["mount", "-o", "remount,bind,rw", str(read_only)], check=True)
    out["ro_after"] = _summary(read_only / "office")
    out["rw"] = steps(read_only / "office", sequence)
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


def main(argv: list[str]) -> int:
    mode, root = argv[0], Path(argv[1])
    if mode == "gui":
        return gui(root)
    if mode == "backup":
        return window_backup(root)
    if mode == "log":
        return log_lines(root)
    if mode == "mounts":
        return mounts(root, Path(argv[2]))
    print(json.dumps(steps(root, argv[2:]), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
