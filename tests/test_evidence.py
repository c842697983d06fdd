"""Evidence store: content-addressed files, links, removal, counts and the store check.

Real SQLite through the ``db`` fixture and real files under ``tmp_path``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cddesk.errors import KnownError, ValidationError
from cddesk.services.evidence import (
    MAX_FILE_BYTES,
    OWNER_LABELS,
    EvidenceService,
    format_size,
    validate_url,
)
from models.evidence import EvidenceFile, EvidenceLink

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def svc(db) -> EvidenceService:
    return EvidenceService(db)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def stored_files(svc: EvidenceService) -> list[Path]:
    """Every file in the store's shard folders (not thumbnails, not temp files)."""
    return sorted(p for p in svc.root.glob("??/*") if p.is_file())


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_same_file_twice_is_stored_once(svc, db, tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100
    src = write(tmp_path / "in" / "ห้องประชุม.png", data)
    a = svc.add_file("computer", 1, src, caption=" ด้านหน้า ")
    b = svc.add_file("computer", 1, src)
    sha = hashlib.sha256(data).hexdigest()
    assert a.id != b.id and a.file_id == b.file_id
    assert a.sha256 == sha and a.size == len(data) and a.caption == "ด้านหน้า"
    assert a.kind == "photo" and a.is_photo and a.mime_type == "image/png"
    assert a.original_name == "ห้องประชุม.png"
    assert a.stored_path == svc.root / sha[:2] / sha == svc.stored_path(a.file_id)
    assert stored_files(svc) == [a.stored_path]
    assert a.stored_path.read_bytes() == data
    assert count(db, EvidenceFile) == 1 and count(db, EvidenceLink) == 2
    assert not list(svc.root.glob(".incoming-*")), "no temp file left behind"
    assert [i.id for i in svc.list_for("computer", 1)] == [a.id, b.id]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.caption = "x"  # type: ignore[misc]


def test_different_names_same_bytes_share_one_file(svc, db, tmp_path):
    first = svc.add_file("staff", 3, write(tmp_path / "a.pdf", b"%PDF-1.4 same"))
    second = svc.add_file("computer", 9, write(tmp_path / "sub" / "b.pdf", b"%PDF-1.4 same"))
    assert first.file_id == second.file_id and first.kind == second.kind == "file"
    assert second.original_name == "a.pdf"  # the first name stored is kept
    assert count(db, EvidenceFile) == 1 and len(stored_files(svc)) == 1
    assert svc.usages(first.file_id) == [("computer", 9), ("staff", 3)]


def test_size_limit(svc, db, tmp_path):
    assert MAX_FILE_BYTES == 50 * 1024 * 1024
    src = write(tmp_path / "big.jpg", b"x" * 3000)
    with pytest.raises(ValidationError) as info:
        svc.add_file("computer", 1, src, max_bytes=2048)
    message = info.value.fields["file"]
    assert "big.jpg" in message and format_size(3000) in message and "2 KB" in message
    assert "ย่อขนาดรูป" in message and "แยก" in message
    assert count(db, EvidenceFile) == 0 and stored_files(svc) == []
    assert svc.add_file("computer", 1, src, max_bytes=3000).size == 3000  # exactly at the limit
    assert format_size(MAX_FILE_BYTES) == "50 MB" and format_size(512) == "512 ไบต์"


@pytest.mark.parametrize("url", [
    "https://www.facebook.com/cdd.district/posts/123",
    "http://example.go.th",
    "  https://ไทย.com/หน้าแรก?x=1  ",
    "HTTPS://CDD.GO.TH:8443/path#top",
])
def test_good_links(svc, url):
    item = svc.add_link("internet_account", 5, url, caption="โพสต์กิจกรรม")
    assert item.kind == "link" and item.url == url.strip() and item.file_id is None
    assert item.stored_path is None and item.added_at is not None
    assert svc.list_for("internet_account", 5) == [item]


@pytest.mark.parametrize("url", [
    "", "   ", "www.facebook.com/cdd", "ftp://files.example.com/a.pdf", "https://",
    "javascript:alert(1)", "http:///path-only", "http://exa mple.com", "http://[::1",
    "https://example.com:99999/", "https://" + "a" * 2000 + ".com",
])
def test_bad_links_are_refused_in_thai(svc, db, url):
    with pytest.raises(ValidationError) as info:
        svc.add_link("computer", 1, url)
    assert set(info.value.fields) == {"url"} and THAI.search(info.value.fields["url"])
    assert count(db, EvidenceLink) == 0


def test_link_message_names_the_scheme_and_example():
    with pytest.raises(ValidationError) as info:
        validate_url("www.facebook.com/page")
    assert "http:// หรือ https://" in info.value.message and "facebook.com" in info.value.message


def test_link_and_caption_errors_are_reported_together(svc):
    with pytest.raises(ValidationError) as info:
        svc.add_link("computer", 1, "nope", caption="ก" * 301)
    assert set(info.value.fields) == {"url", "caption"}


def test_remove_keeps_file_until_last_link_goes(svc, db, tmp_path):
    src = write(tmp_path / "photo.jpg", b"jpeg bytes")
    a = svc.add_file("computer", 1, src)
    b = svc.add_file("antivirus_install", 2, src)
    assert svc.remove(a.id) is True
    assert a.stored_path.exists() and count(db, EvidenceFile) == 1
    assert svc.usages(b.file_id) == [("antivirus_install", 2)]
    assert svc.remove(b.id) is True
    assert not b.stored_path.exists() and stored_files(svc) == []
    assert count(db, EvidenceFile) == 0 and count(db, EvidenceLink) == 0
    assert svc.remove(b.id) is False
    with pytest.raises(KnownError):
        svc.stored_path(b.file_id)


def test_remove_all_for_a_deleted_record(svc, db, tmp_path):
    shared = write(tmp_path / "shared.pdf", b"shared")
    own = svc.add_file("staff", 1, write(tmp_path / "own.pdf", b"only staff 1"))
    svc.add_file("staff", 1, shared)
    svc.add_file("staff", 1, shared)  # same file twice on one record
    svc.add_link("staff", 1, "https://example.com/x")
    other = svc.add_file("staff", 2, shared)
    assert svc.remove_all_for("staff", 1) == 4
    assert svc.list_for("staff", 1) == []
    assert not own.stored_path.exists() and other.stored_path.exists()
    assert svc.usages(other.file_id) == [("staff", 2)]
    assert count(db, EvidenceFile) == 1 and svc.remove_all_for("staff", 1) == 0


def test_counts_for(svc, tmp_path):
    src = write(tmp_path / "a.txt", b"a")
    svc.add_file("computer", 1, src)
    svc.add_link("computer", 1, "https://example.com")
    svc.add_link("computer", 3, "https://example.com")
    svc.add_link("staff", 2, "https://example.com")  # another kind, same id
    assert svc.counts_for("computer", [1, 2, 3, 2]) == {1: 2, 2: 0, 3: 1}
    assert svc.counts_for("computer", iter(range(1, 2001)))[1] == 2  # more ids than one IN list
    assert svc.counts_for("computer", []) == {}


def test_check_store_finds_removed_and_modified_files(svc, tmp_path):
    gone = svc.add_file("computer", 1, write(tmp_path / "gone.jpg", b"will be deleted"))
    bad = svc.add_file("computer", 1, write(tmp_path / "bad.pdf", b"will be modified"))
    fine = svc.add_file("computer", 1, write(tmp_path / "fine.pdf", b"untouched"))
    assert svc.check_store() == []
    gone.stored_path.unlink()
    bad.stored_path.write_bytes(b"will be MODIFIED")
    problems = {p.file_id: p for p in svc.check_store()}
    assert set(problems) == {gone.file_id, bad.file_id} and fine.file_id not in problems
    assert problems[gone.file_id].kind == "missing" and "gone.jpg" in problems[gone.file_id].message
    assert problems[bad.file_id].kind == "corrupted" and "เสียหาย" in problems[bad.file_id].message
    # attaching the original again repairs the store
    svc.add_file("staff", 1, tmp_path / "gone.jpg")
    svc.add_file("staff", 1, tmp_path / "bad.pdf")
    assert svc.check_store() == []


def test_missing_file_and_folder_give_thai_known_error(svc, tmp_path):
    with pytest.raises(KnownError) as info:
        svc.add_file("computer", 1, tmp_path / "ไม่มีไฟล์นี้.jpg")
    assert not isinstance(info.value, ValidationError)
    assert "ไม่พบไฟล์" in info.value.message and "ไม่มีไฟล์นี้.jpg" in info.value.message
    with pytest.raises(KnownError) as info:
        svc.add_file("computer", 1, tmp_path)
    assert THAI.search(info.value.message)


def test_failed_insert_removes_the_new_file_but_not_an_old_one(svc, db, tmp_path, monkeypatch):
    old = svc.add_file("computer", 1, write(tmp_path / "old.pdf", b"old"))

    def boom(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(EvidenceService, "_item", boom)
    with pytest.raises(RuntimeError):
        svc.add_file("computer", 1, write(tmp_path / "new.pdf", b"new bytes"))
    with pytest.raises(RuntimeError):
        svc.add_file("computer", 2, tmp_path / "old.pdf")
    monkeypatch.undo()
    assert stored_files(svc) == [old.stored_path] and old.stored_path.read_bytes() == b"old"
    assert count(db, EvidenceFile) == 1 and count(db, EvidenceLink) == 1
    assert not list(svc.root.glob(".incoming-*"))


def test_a_rolled_back_unit_of_work_takes_its_new_files_back(svc, db, tmp_path):
    """Inside ``Database.unit_of_work`` every session joins one transaction: on an error
    nothing is kept, and files stored for it go too (not one stored before); else all is."""
    old = svc.add_file("computer", 1, write(tmp_path / "old.pdf", b"old"))
    with pytest.raises(RuntimeError), db.unit_of_work():
        svc.add_file("computer", 2, write(tmp_path / "new.pdf", b"new bytes"))
        svc.add_file("computer", 2, tmp_path / "old.pdf")
        svc.add_link("computer", 2, "https://example.org/a")
        assert count(db, EvidenceLink) == 4  # seen inside the unit
        raise RuntimeError("the disk filled up")
    assert stored_files(svc) == [old.stored_path] and old.stored_path.read_bytes() == b"old"
    assert count(db, EvidenceFile) == 1 and count(db, EvidenceLink) == 1
    with db.unit_of_work():
        new = svc.add_file("computer", 2, tmp_path / "new.pdf")
        svc.add_link("computer", 2, "https://example.org/a")
    assert new.stored_path is not None and new.stored_path.is_file()
    assert count(db, EvidenceFile) == 2 and count(db, EvidenceLink) == 3


def test_stale_temp_files_are_swept(db):
    stale = write(db.paths.evidence / ".incoming-dead.part", b"half")
    fresh = write(db.paths.evidence / ".incoming-live.part", b"in progress")
    os.utime(stale, (0, 0))
    EvidenceService(db)
    assert not stale.exists() and fresh.exists()


def test_owner_labels_and_unknown_kind(svc):
    assert OWNER_LABELS["computer"] == "เครื่องคอมพิวเตอร์"
    assert OWNER_LABELS["antivirus_install"] == "การติดตั้งโปรแกรมป้องกันไวรัส"
    assert OWNER_LABELS["staff"] == "บุคลากร"
    assert OWNER_LABELS["internet_account"] == "บัญชีผู้ใช้งานอินเทอร์เน็ต"
    with pytest.raises(ValueError):
        svc.add_link("no_such_table", 1, "https://example.com")


def test_store_module_is_qt_free():
    code = ("import sys, cddesk.services.evidence; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent)
    assert result.returncode == 0
