"""A data folder that cannot be written, or a disk that is full: the real program in a child
process says in Thai what is wrong and what to do, shows no traceback, keeps every earlier
record and leaves no half-written file; once the condition is lifted the same operation
succeeds.

Read-only is made with file modes (folders 0555, files 0444). As root, modes bind nobody,
so the child runs without the capabilities that bypass them (CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH, CAP_FOWNER, dropped from its bounding set before exec): it is then held
to the modes like any user. Every read-only test first checks that the child really cannot
write there, so the test fails — never passes or skips quietly — where that is not so.
A full disk is the kernel's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored): writes past it
fail with EFBIG, which SQLite reports as a disk I/O error.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cddesk.errors import explain_storage
from tests.storage_child import state

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and RLIMIT_FSIZE: POSIX (CI runs Linux)")

ROOT = Path(__file__).resolve().parents[1]
NOMINEE = "นางสาวน้ำฝน ฝั่งโขง"  # on the sample office's staff register
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
READ_ONLY = ("เขียนไม่ได้", "ให้สิทธิ์เขียน", "คัดลอกโฟลเดอร์ข้อมูลไปไว้ในดิสก์ที่เขียนได้", "--data-dir")
FULL = ("ดิสก์", "พื้นที่ว่าง", "คัดลอกโฟลเดอร์ข้อมูลไปไว้ใน", "--data-dir")
NOT_SAVED = "(ยังไม่ได้บันทึกข้อมูลใด ๆ)"


def _held_to_file_modes() -> None:
    """In the child before exec: a root process loses what lets it ignore file modes."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _file_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # stays ignored across exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return apply


def run(*args: str, held: bool = False, limit: int | None = None, photo: Path | None = None,
        prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in the checkout; ``held`` to file modes, under a file-size ``limit``."""
    prepare = [step for step in (_held_to_file_modes if held else None,
                                 _file_limit(limit) if limit is not None else None) if step]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1",
               CDDESK_TEST_PHOTO=str(photo or ""))
    env.pop("CDDESK_DATA_DIR", None)
    return subprocess.run([*prefix, sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, preexec_fn=(lambda: [step() for step in prepare]) if prepare else None)


def cli(root: Path, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return run("main.py", "--data-dir", str(root), *args, **kw)  # type: ignore[arg-type]


def steps(root: Path, *names: str, **kw: object) -> list[str]:
    import json

    result = run("-m", "tests.storage_child", "steps", str(root), *names, **kw)  # type: ignore[arg-type]
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]).values())


def explained(text: str, words: tuple[str, ...]) -> bool:
    return all(word in text for word in words) and "Traceback" not in text


@contextmanager
def read_only(*places: Path) -> Iterator[None]:
    """Folders 0555 and files 0444 (owned by whoever runs the tests), given back afterwards."""
    modes: dict[Path, int] = {}
    for place in places:
        for path in [place, *(place.rglob("*") if place.is_dir() else ())]:
            modes[path] = stat.S_IMODE(path.stat().st_mode)
    for path in sorted(modes, reverse=True):  # contents first, while their folder is writable
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        for path in sorted(modes):
            path.chmod(modes[path])


def assert_held(place: Path) -> None:
    """The restricted child really cannot write ``place`` (make a file in a folder, or append
    to a file): else every check after it would be empty."""
    code = ("import sys, pathlib; p = pathlib.Path(sys.argv[1]); "
            "(p / '.probe' if p.is_dir() else p).open('ab').close()")
    probe = run("-c", code, str(place), held=True)
    assert probe.returncode != 0 and "PermissionError" in probe.stderr, (
        f"a child held to file modes could still write {place}: this machine cannot run the read-only test")


@pytest.fixture
def office(sample_root: Path, tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "office"
    shutil.copytree(sample_root, root)
    return root


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300 * 1024))
    (tmp_path / "note.txt").write_text("บันทึกสั้น ๆ", encoding="utf-8")
    return path


# --- read-only ------------------------------------------------------------------------------

@pytest.mark.slow
def test_read_only_office_on_the_command_line(office: Path) -> None:
    before = state(office)
    with read_only(office):
        assert_held(office)
        outcomes = [cli(office, *args, held=True) for args in
                    (("role-model", "nominate", NOMINEE), ("backup",), ("check-data",))]
    for result in outcomes:
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr.startswith("ข้อผิดพลาด: ") and explained(result.stderr, READ_ONLY), result.stderr
        assert "เสียหาย" not in result.stdout + result.stderr  # unreadable is not damaged
    assert state(office) == before
    assert not list((office / "backups").glob("*.part"))
    for args in (("role-model", "nominate", NOMINEE), ("backup",), ("check-data",)):
        result = cli(office, *args)
        assert result.returncode == 0, result.stdout + result.stderr
    check, counts, _ = state(office)
    assert check == "ok" and counts["staff"] == before[1]["staff"]
    assert list((office / "backups").glob("auto-*.sqlite3"))


@pytest.mark.slow
@pytest.mark.parametrize("part", ["folder", "database", "evidence"])
def test_read_only_part_of_the_office_when_saving(office: Path, photo: Path, part: str) -> None:
    """The whole folder (SQLITE_READONLY_DIRECTORY on open), only the database file
    (SQLITE_READONLY on save; the evidence file already copied is taken back), or only the
    evidence store (EACCES: the record is saved, the file is not attached)."""
    places = {"folder": [office], "database": [office / "cddesk.sqlite3"], "evidence": [office / "evidence"]}[part]
    before = state(office)
    with read_only(*places):
        assert_held(places[0])
        done = steps(office, "open", "save", "attach", held=True, photo=photo)
    check, counts, files = state(office)
    assert check == "ok" and files == before[2]
    if part == "folder":
        assert len(done) == 1 and explained(done[0], READ_ONLY), done
        assert counts == before[1]
    elif part == "database":
        assert done[0] == "ok" and all(explained(m, READ_ONLY) for m in done[1:]), done
        assert done[1].endswith(NOT_SAVED) and counts == before[1]
    else:
        assert done[:2] == ["ok", "ok"] and explained(done[2], READ_ONLY) and "ยังไม่ได้แนบไฟล์" in done[2], done
        assert counts["staff"] == before[1]["staff"] + 1
        assert counts["evidence_link"] == before[1]["evidence_link"]
    assert steps(office, "open", "save", "attach", photo=photo) == ["ok", "ok", "ok"]
    check, counts, files = state(office)
    assert check == "ok" and counts["evidence_link"] == before[1]["evidence_link"] + 1
    assert len(files) == len(before[2]) + 1


# --- full disk ------------------------------------------------------------------------------

@pytest.mark.slow
def test_full_disk_on_the_command_line(office: Path) -> None:
    """No byte can be written: opening the office (its shared-memory file) already fails,
    SQLITE_IOERR_SHMOPEN; a backup fails writing its copy."""
    before = state(office)
    for args in (("role-model", "nominate", NOMINEE), ("backup",)):
        result = cli(office, *args, limit=0)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr.startswith("ข้อผิดพลาด: ") and explained(result.stderr, FULL), result.stderr
    assert state(office) == before
    assert not [p for p in office.rglob("*") if p.name.endswith(".part")]
    for args in (("role-model", "nominate", NOMINEE), ("backup",)):
        assert cli(office, *args).returncode == 0
    assert state(office)[0] == "ok"


@pytest.mark.slow
def test_full_disk_during_first_open_and_import_takes_back_all_of_it(sample_root: Path, tmp_path: Path) -> None:
    """A disk full mid-migration leaves no half-made tables (the upgrade is one
    transaction); full mid-import leaves the office empty; freed, both succeed."""
    from cddesk.app_services import Services
    from cddesk.paths import DataPaths
    from cddesk.workbook import export_workbook

    book = tmp_path / "office.xlsx"
    services = Services.open(DataPaths(sample_root))
    try:
        export_workbook(services, book)
    finally:
        services.close()
    root = tmp_path / "new-office"
    first = cli(root, "import-workbook", str(book), limit=64 * 1024)
    assert first.returncode == 2 and explained(first.stderr, FULL), first.stderr
    check, counts, _ = state(root)
    assert check == "ok" and counts == {}, "a full disk left half a schema"
    Services.open(DataPaths(root)).close()  # migrated, empty
    second = cli(root, "import-workbook", str(book), limit=64 * 1024)
    assert second.returncode == 2 and explained(second.stderr, FULL), second.stderr
    check, counts, _ = state(root)
    assert check == "ok" and counts["staff"] == counts["computer"] == 0
    done = cli(root, "import-workbook", str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    assert state(root)[1]["computer"] == state(sample_root)[1]["computer"] > 0


@pytest.mark.slow
@pytest.mark.parametrize("limit", [64 * 1024, 256 * 1024])
def test_full_disk_while_making_the_sample_office_keeps_none_of_it(sample_root: Path, tmp_path: Path,
                                                                  limit: int) -> None:
    """``sample-office`` is all or nothing: a disk full midway (WAL or evidence store) leaves
    the folder empty — no record, no stored file — so that, freed, the same command makes it
    (a half-made office used to be left behind, which the second run then refused)."""
    from cddesk.app_services import Services
    from cddesk.paths import DataPaths

    root = tmp_path / "sample"
    Services.open(DataPaths(root)).close()  # migrated, empty
    empty = state(root)
    first = cli(root, "sample-office", limit=limit)
    assert first.returncode == 2, first.stdout + first.stderr
    assert state(root) == empty  # integrity ok, every table as it was, the evidence store empty
    assert first.stderr.startswith("ข้อผิดพลาด: สร้างสำนักงานตัวอย่างไม่สำเร็จ"), first.stderr
    assert explained(first.stderr, FULL) and "ไม่ได้เก็บข้อมูลตัวอย่างส่วนใดไว้" in first.stderr, first.stderr
    done = cli(root, "sample-office")
    assert done.returncode == 0, done.stdout + done.stderr
    check, counts, files = state(root)
    assert check == "ok" and (counts, files) == state(sample_root)[1:]


@pytest.mark.slow
def test_full_disk_when_saving_a_record_and_its_evidence(office: Path, photo: Path) -> None:
    """The copy into the store fails (EFBIG: "full"; a small file only when flushed), then
    the record (SQLITE_IOERR_WRITE); nothing half-written is left, and with space again
    both succeed in the same process."""
    before = state(office)
    done = steps(office, "open", "save", "limit=65536", "attach", "limit=0", "attach-small", "save", "unlimit",
                 "save", "attach", photo=photo)
    assert done[:2] == ["ok", "ok"] and done[-2:] == ["ok", "ok"], done
    for attach in done[2:4]:
        assert explained(attach, FULL) and "ดิสก์เต็ม" in attach and "ยังไม่ได้แนบไฟล์" in attach, attach
    save = done[4]
    assert explained(save, FULL) and save.endswith(NOT_SAVED), save
    check, counts, files = state(office)
    assert check == "ok"
    assert counts["staff"] == before[1]["staff"] + 2  # the first save and the one after
    assert counts["evidence_link"] == before[1]["evidence_link"] + 1 and len(files) == len(before[2]) + 1
    assert all(before[1][t] <= counts[t] for t in before[1])


@pytest.mark.slow
def test_real_full_disk_and_read_only_mount(office: Path, photo: Path, tmp_path: Path) -> None:
    """Where mount namespaces are allowed (root with CAP_SYS_ADMIN, not a default container):
    a tmpfs filled to the last byte (ENOSPC; SQLite: SQLITE_FULL or an I/O error on its
    shared-memory file) and a read-only bind mount (EROFS; SQLite: SQLITE_CANTOPEN).
    Elsewhere it is skipped: the tests above make the same conditions without mounts."""
    import json
    import shutil

    trial = subprocess.run(["unshare", "-m", "mount", "-t", "tmpfs", "tmpfs", str(tmp_path)], capture_output=True,
                           check=False) if shutil.which("unshare") else None
    if trial is None or trial.returncode != 0:
        pytest.skip("no mount namespace here (unshare -m + mount); the RLIMIT_FSIZE and file-mode tests cover it")
    result = run("-m", "tests.storage_child", "mounts", str(office), str(tmp_path / "work"), photo=photo,
                 prefix=("unshare", "-m"))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    said = {k: out[k] for k in ("full", "full_open", "full_detail", "ro", "ro_detail")}
    print(json.dumps(said, ensure_ascii=False))  # with -s: what the disk and SQLite reported
    before = out["before"]
    fill, opening, free = out["full"].values()  # before the start: opening fails
    assert fill == "ENOSPC" and explained(opening, FULL) and "ดิสก์เต็ม" in opening and free == "ok", out["full"]
    done = list(out["full_open"].values())  # while open: the record, then the evidence file
    assert done[:3] == ["ok", "ok", "ENOSPC"] and done[-3:] == ["ok", "ok", "ok"], done
    assert all(explained(m, FULL) and "ดิสก์เต็ม" in m for m in done[3:5]), done
    assert done[3].endswith(NOT_SAVED) and "ยังไม่ได้แนบไฟล์" in done[4], done
    after = out["full_after"]
    assert after["integrity"] == "ok" and len(after["files"]) == len(before["files"]) + 1
    assert after["counts"]["staff"] == before["counts"]["staff"] + 2
    assert after["counts"]["evidence_link"] == before["counts"]["evidence_link"] + 1
    (opening,) = out["ro"].values()  # the office does not open on a read-only disk
    assert explained(opening, READ_ONLY), opening
    assert out["ro_after"] == before
    assert list(out["rw"].values()) == ["ok", "ok", "ok"]


# --- the window -----------------------------------------------------------------------------

def gui(root: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return run("-m", "tests.storage_child", "gui", str(root), **kw)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("condition", ["read-only", "full"])
def test_window_start_says_why_and_does_not_offer_a_restore(office: Path, condition: str) -> None:
    """``main.py`` with no command, as the desktop starts it: one critical message box with
    the storage message — not the offer to restore a "damaged" database, which is what a
    read-only or full disk used to produce (the start-up check could not read the file)."""
    before = state(office)
    if condition == "read-only":
        with read_only(office):
            assert_held(office)
            result = gui(office, held=True)
    else:
        result = gui(office, limit=0)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith(("CRITICAL", "QUESTION"))]
    assert len(shown) == 1 and shown[0].startswith("CRITICAL: "), shown  # not "damaged, restore?"
    assert explained(shown[0], READ_ONLY if condition == "read-only" else FULL), shown[0]
    assert state(office) == before
    again = gui(office)
    assert again.returncode == 0 and "CRITICAL" not in again.stdout, again.stdout + again.stderr


@pytest.mark.slow
@pytest.mark.parametrize("condition", ["read-only", "full"])
def test_window_goes_on_when_its_automatic_backup_cannot_be_written(office: Path, condition: str) -> None:
    """The backup the window makes on start and on close fails: logged, not raised; the
    earlier backups are as they were; with the condition lifted it is made."""
    backups = office / "backups"
    made = cli(office, "backup")
    assert made.returncode == 0, made.stderr
    kept = {p.name: p.read_bytes() for p in backups.iterdir()}
    run_backup = ("-m", "tests.storage_child", "backup", str(office))
    if condition == "read-only":
        with read_only(backups):
            assert_held(backups)
            result = run(*run_backup, held=True)
    else:
        result = run(*run_backup, limit=64 * 1024)  # the log file is small: only the copy fails
    assert result.returncode == 0 and result.stdout.strip() == "returned", result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert {p.name: p.read_bytes() for p in backups.iterdir()} == kept
    log = (office / "logs" / "cddesk.log").read_text(encoding="utf-8")
    assert "automatic backup failed" in log
    assert explained(log, READ_ONLY if condition == "read-only" else FULL), log
    assert run(*run_backup).returncode == 0
    assert all(state_of_backup(p) == "ok" for p in backups.glob("auto-*.sqlite3"))
    assert {p.name for p in backups.iterdir()} == set(kept)  # today's, replaced whole


def test_full_disk_under_the_log_file_drops_the_record_quietly(tmp_path: Path) -> None:
    """A log record the disk refuses is dropped without Python's "--- Logging error ---"
    traceback on stderr; with space again the next record is written."""
    root = tmp_path / "office"
    result = run("-m", "tests.storage_child", "log", str(root))
    assert result.returncode == 0 and result.stdout.strip() == "returned", result.stdout + result.stderr
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    log = (root / "logs" / "cddesk.log").read_text(encoding="utf-8")
    assert "written with space again" in log and "on a full disk" not in log, log


def state_of_backup(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


# --- every reason has its words -------------------------------------------------------------

@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, FULL), (errno.EDQUOT, FULL), (errno.EFBIG, FULL),
    (errno.EROFS, READ_ONLY), (errno.EACCES, READ_ONLY), (errno.EPERM, READ_ONLY),
])
def test_every_disk_error_says_what_to_do(tmp_path: Path, code: int, words: tuple[str, ...]) -> None:
    message = explain_storage(OSError(code, os.strerror(code)), tmp_path, f"บันทึกไฟล์ลงโฟลเดอร์ {tmp_path}")
    assert message.startswith(f"บันทึกไฟล์ลงโฟลเดอร์ {tmp_path} ไม่ได้") and explained(message, words), message


def test_a_real_no_space_error_reads_as_a_full_disk(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(OSError) as err, open("/dev/full", "wb") as full:  # noqa: PT012
        full.write(b"x")
        full.flush()
    assert err.value.errno == errno.ENOSPC
    assert "ดิสก์เต็ม" in explain_storage(err.value, tmp_path, "บันทึก")
