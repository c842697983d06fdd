"""Evidence store (หลักฐานเชิงประจักษ์): files, photos and web links attached to any record.

Files are content-addressed: the bytes live once under ``<data>/evidence/<sha[:2]>/<sha>``
(SHA-256, no extension) while :class:`EvidenceFile` keeps the original name, size and MIME
type. Each attachment is an :class:`EvidenceLink` naming its owner by ``owner_kind`` (the
record's table) and ``owner_id``, so the same bytes added twice are stored once and linked
twice. A stored file is deleted only after its last link is removed and that is committed.

Writes are crash-safe: the source is hashed while being copied into ``.incoming-*.part``
inside the evidence folder (same volume), then moved into place with :func:`os.replace`,
so a final name never holds half a file (a full, read-only or failing disk is a Thai
``StorageError`` and leaves no part behind); stale ``.part`` files are swept on start.
Inside :meth:`Database.unit_of_work` a file placed for the unit is removed again when the
unit is rolled back.
Adding bytes that are already stored rewrites the stored copy, which repairs a missing
or damaged file. Qt-free; every method returns frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cddesk.db import Database
from cddesk.errors import KnownError, StorageError, ValidationError, explain_storage
from cddesk.kinds import KINDS
from models.evidence import EvidenceFile, EvidenceLink

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_CAPTION_CHARS = 300
MAX_URL_CHARS = 2000
CHUNK_BYTES = 1024 * 1024
_IN_CHUNK = 900  # ids per query: under SQLite's old 999-parameter limit
_TEMP_PREFIX = ".incoming-"
_STALE_TEMP_SECONDS = 24 * 3600
_EXTRA_TYPES = {".heic": "image/heic", ".heif": "image/heif", ".webp": "image/webp"}
_STORE_LOCK = threading.RLock()  # "place file + commit" vs "commit delete + unlink"

OWNER_LABELS: dict[str, str] = {
    "computer": "เครื่องคอมพิวเตอร์",
    "antivirus_install": "การติดตั้งโปรแกรมป้องกันไวรัส",
    "staff": "บุคลากร",
    "internet_account": "บัญชีผู้ใช้งานอินเทอร์เน็ต",
    "it_village_candidate": "หมู่บ้าน/ตำบลเป้าหมาย (หมู่บ้านสารสนเทศ/ตำบลต้นแบบ)",
    **{kind.key: kind.label for kind in KINDS},
}

EvidenceKind = Literal["file", "photo", "link"]
ProblemKind = Literal["missing", "corrupted", "unreadable"]


@dataclass(frozen=True)
class EvidenceItem:
    """One attachment as the UI sees it; ``id`` is the link id (pass it to ``remove``)."""

    id: int
    kind: EvidenceKind
    caption: str
    url: str | None
    file_id: int | None
    sha256: str | None
    original_name: str | None
    size: int | None
    mime_type: str | None
    stored_path: Path | None
    added_at: dt.datetime

    @property
    def is_photo(self) -> bool:
        return self.kind == "photo"


@dataclass(frozen=True)
class StoreProblem:
    """A stored file that is missing, unreadable or no longer matches its SHA-256."""

    file_id: int
    sha256: str
    original_name: str
    kind: ProblemKind
    message: str


def format_size(n: int) -> str:
    """``512 ไบต์``, ``12.5 KB``, ``50 MB`` (binary units, one decimal, ``.0`` dropped)."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} ไบต์"


def guess_mime(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def validate_url(url: str) -> str:
    """The stripped URL if it is http(s) with a host, else ``ValidationError({"url": …})``."""
    text, example = url.strip(), "เช่น https://www.facebook.com/…"
    if not text:
        raise ValidationError({"url": f"กรุณาใส่ลิงก์ของหลักฐาน {example}"})
    if len(text) > MAX_URL_CHARS:
        raise ValidationError({"url": f"ลิงก์ยาวเกิน {MAX_URL_CHARS:,} ตัวอักษร ใช้ลิงก์ที่สั้นกว่านี้"})
    if any(ch.isspace() for ch in text):
        raise ValidationError({"url": "ลิงก์มีช่องว่างอยู่ข้างใน "
                                      "คัดลอกลิงก์จากช่องที่อยู่ของเบราว์เซอร์มาวางใหม่"})
    try:
        parts = urlsplit(text)
        ok = bool(parts.hostname) and parts.scheme.lower() in ("http", "https")
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError(
            {"url": f"ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// และมีชื่อเว็บไซต์ {example}"})
    return text


def _clean_caption(caption: str) -> str:
    text = caption.strip()
    if len(text) > MAX_CAPTION_CHARS:
        raise ValidationError({"caption": f"คำอธิบายยาว {len(text):,} ตัวอักษร เกินกำหนด "
                                          f"{MAX_CAPTION_CHARS} ตัวอักษร กรุณาย่อให้สั้นลง"})
    return text


def _check_owner(owner_kind: str) -> None:
    if owner_kind not in OWNER_LABELS:  # a programming error, not the user's
        raise ValueError(f"unknown evidence owner kind {owner_kind!r}; add it to OWNER_LABELS")


def _too_big(name: str, size: int, limit: int) -> ValidationError:
    return ValidationError({"file": f"ไฟล์ “{name}” มีขนาด {format_size(size)} เกินขนาดสูงสุดที่แนบได้ "
                                   f"({format_size(limit)}) กรุณาย่อขนาดรูปหรือบีบอัดไฟล์ "
                                   "หรือแยกเป็นหลายไฟล์แล้วแนบทีละไฟล์ (หรือแนบเป็นลิงก์แทน)"})


def _unreadable(source: Path, exc: OSError) -> KnownError:
    return KnownError(f"อ่านไฟล์ {source} ไม่ได้ ({exc.strerror or exc}) ตรวจสอบว่ามีสิทธิ์อ่านไฟล์ "
                      "และไฟล์ไม่ได้เปิดค้างอยู่ในโปรแกรมอื่น แล้วลองใหม่", detail=str(exc))


class EvidenceService:
    """Add, list, count, remove and verify evidence for any record."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.root = db.paths.evidence
        cutoff = time.time() - _STALE_TEMP_SECONDS  # leftovers of a killed process
        for temp in self.root.glob(f"{_TEMP_PREFIX}*.part"):
            try:
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()
            except OSError:
                pass

    def path_for_sha(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def add_file(self, owner_kind: str, owner_id: int, path: str | os.PathLike[str],
                 caption: str = "", *, max_bytes: int = MAX_FILE_BYTES) -> EvidenceItem:
        _check_owner(owner_kind)
        source, caption = Path(path), _clean_caption(caption)
        try:
            st_size = source.stat().st_size
        except FileNotFoundError as exc:
            raise KnownError(f"ไม่พบไฟล์ {source} อาจถูกย้าย เปลี่ยนชื่อ หรือลบไปแล้ว "
                             "กรุณาเลือกไฟล์อีกครั้ง", detail=str(exc)) from exc
        except OSError as exc:
            raise _unreadable(source, exc) from exc
        if not source.is_file():
            raise KnownError(f"{source} ไม่ใช่ไฟล์ (อาจเป็นโฟลเดอร์) กรุณาเลือกไฟล์ที่จะแนบ")
        if st_size > max_bytes:
            raise _too_big(source.name, st_size, max_bytes)
        temp, sha, size = self._copy_to_temp(source, max_bytes)
        final, created = self.path_for_sha(sha), False
        try:
            with _STORE_LOCK, self.db.session() as s:
                row = s.scalar(select(EvidenceFile).where(EvidenceFile.sha256 == sha))
                created = self._place(temp, final)
                if row is None:
                    row = EvidenceFile(sha256=sha, original_name=source.name[-300:], size=size,
                                       mime_type=guess_mime(source.name))
                    s.add(row)
                    s.flush()
                link = EvidenceLink(owner_kind=owner_kind, owner_id=owner_id, file_id=row.id,
                                    caption=caption)
                item = self._insert(s, link, row)
        except BaseException:
            if created:  # the DB never learnt about it: leave no orphan behind
                final.unlink(missing_ok=True)
            raise
        finally:
            temp.unlink(missing_ok=True)
        if created:  # inside a unit of work the row is kept only if the whole unit is
            self.db.on_rollback(lambda: final.unlink(missing_ok=True))
        return item

    def add_link(self, owner_kind: str, owner_id: int, url: str, caption: str = "") -> EvidenceItem:
        _check_owner(owner_kind)
        errors: dict[str, str] = {}
        for check, value in ((validate_url, url), (_clean_caption, caption)):
            try:
                check(value)
            except ValidationError as exc:  # report both fields at once
                errors.update(exc.fields)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            link = EvidenceLink(owner_kind=owner_kind, owner_id=owner_id, url=url.strip(),
                                caption=caption.strip())
            return self._insert(s, link, None)

    def list_for(self, owner_kind: str, owner_id: int) -> list[EvidenceItem]:
        with self.db.session() as s:
            rows = s.execute(
                select(EvidenceLink, EvidenceFile)
                .outerjoin(EvidenceFile, EvidenceLink.file_id == EvidenceFile.id)
                .where(EvidenceLink.owner_kind == owner_kind, EvidenceLink.owner_id == owner_id)
                .order_by(EvidenceLink.id)
            )
            return [self._item(link, file) for link, file in rows]

    def items_for(self, owner_kind: str, owner_ids: Iterable[int]) -> dict[int, list[EvidenceItem]]:
        """Attachments of many records at once (reports): one query per 900 ids."""
        ids = list(dict.fromkeys(owner_ids))
        found: dict[int, list[EvidenceItem]] = {i: [] for i in ids}
        with self.db.session() as s:
            for start in range(0, len(ids), _IN_CHUNK):
                rows = s.execute(
                    select(EvidenceLink, EvidenceFile)
                    .outerjoin(EvidenceFile, EvidenceLink.file_id == EvidenceFile.id)
                    .where(EvidenceLink.owner_kind == owner_kind,
                           EvidenceLink.owner_id.in_(ids[start:start + _IN_CHUNK]))
                    .order_by(EvidenceLink.id))
                for link, file in rows:
                    found[link.owner_id].append(self._item(link, file))
        return found

    def counts_for(self, owner_kind: str, owner_ids: Iterable[int]) -> dict[int, int]:
        """Attachments per record, 0 included; one grouped query (per 900 ids)."""
        ids = list(dict.fromkeys(owner_ids))
        counts = dict.fromkeys(ids, 0)
        with self.db.session() as s:
            for start in range(0, len(ids), _IN_CHUNK):
                rows = s.execute(
                    select(EvidenceLink.owner_id, func.count())
                    .where(EvidenceLink.owner_kind == owner_kind,
                           EvidenceLink.owner_id.in_(ids[start:start + _IN_CHUNK]))
                    .group_by(EvidenceLink.owner_id))
                counts.update((owner_id, n) for owner_id, n in rows)
        return counts

    def usages(self, file_id: int) -> list[tuple[str, int]]:
        """Which records ``(owner_kind, owner_id)`` use this stored file."""
        with self.db.session() as s:
            rows = s.execute(
                select(EvidenceLink.owner_kind, EvidenceLink.owner_id)
                .where(EvidenceLink.file_id == file_id).distinct()
                .order_by(EvidenceLink.owner_kind, EvidenceLink.owner_id))
            return [(kind, owner_id) for kind, owner_id in rows]

    def usage_lines(self, file_id: int) -> list[str]:
        """The records using this file, as an officer names them ("เครื่องคอมพิวเตอร์ 7440-…")."""
        from cddesk.services.owners import describe

        pairs = self.usages(file_id)
        with self.db.session() as s:
            return [f"{OWNER_LABELS.get(kind, kind)} {describe(s, kind, owner_id)}" for kind, owner_id in pairs]

    def stored_path(self, file_id: int) -> Path:
        with self.db.session() as s:
            sha = s.scalar(select(EvidenceFile.sha256).where(EvidenceFile.id == file_id))
        if sha is None:
            raise KnownError("ไม่พบไฟล์หลักฐานนี้ในฐานข้อมูล อาจถูกลบไปแล้ว ปิดหน้าต่างนี้แล้วเปิดใหม่")
        return self.path_for_sha(sha)

    def remove(self, link_id: int) -> bool:
        """Delete one attachment (and its file if unused); False if it was already gone."""
        with _STORE_LOCK:
            with self.db.session() as s:
                link = s.get(EvidenceLink, link_id)
                doomed = self._delete_links(s, [link] if link else [])
            self._unlink(doomed)  # only after the commit succeeded
        return link is not None

    def remove_all_for(self, owner_kind: str, owner_id: int) -> int:
        """Delete every attachment of a record (call when the record is deleted)."""
        with _STORE_LOCK:
            with self.db.session() as s:
                links = list(s.scalars(select(EvidenceLink).where(
                    EvidenceLink.owner_kind == owner_kind, EvidenceLink.owner_id == owner_id)))
                doomed = self._delete_links(s, links)
            self._unlink(doomed)
        return len(links)

    def check_store(self) -> list[StoreProblem]:
        """Re-hash every stored file; report the missing, unreadable and corrupted ones."""
        with self.db.session() as s:
            rows = s.execute(select(EvidenceFile.id, EvidenceFile.sha256,
                                    EvidenceFile.original_name).order_by(EvidenceFile.id)).all()
        fix = "ให้กู้คืนโฟลเดอร์ evidence จากสำเนาสำรอง หรือแนบไฟล์ต้นฉบับเดิมอีกครั้งเพื่อซ่อม"
        problems: list[StoreProblem] = []
        for file_id, sha, name in rows:
            try:
                with self.path_for_sha(sha).open("rb") as fh:
                    if hashlib.file_digest(fh, "sha256").hexdigest() == sha:
                        continue
                problem: tuple[ProblemKind, str] = (
                    "corrupted", f"ไฟล์หลักฐาน “{name}” ถูกแก้ไขหรือเสียหาย "
                                 f"(เนื้อหาไม่ตรงกับที่บันทึกไว้) {fix}")
            except FileNotFoundError:
                problem = ("missing", f"ไม่พบไฟล์หลักฐาน “{name}” (อาจถูกลบหรือย้าย) {fix}")
            except OSError as exc:
                problem = ("unreadable", f"อ่านไฟล์หลักฐาน “{name}” ไม่ได้ ({exc.strerror}) "
                                         "ตรวจสอบสิทธิ์ของโฟลเดอร์ข้อมูล")
            problems.append(StoreProblem(file_id, sha, name, *problem))
        return problems

    def _copy_to_temp(self, source: Path, max_bytes: int) -> tuple[Path, str, int]:
        """Stream ``source`` into a temp file inside the store, hashing as it goes."""
        try:
            src = source.open("rb")
        except OSError as exc:
            raise _unreadable(source, exc) from exc
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".part", dir=self.root)
        except OSError as exc:
            src.close()
            raise self._store_error(exc) from exc
        temp, digest, size = Path(name), hashlib.sha256(), 0
        try:
            with src, os.fdopen(fd, "wb") as out:
                while True:
                    try:
                        chunk = src.read(CHUNK_BYTES)
                    except OSError as exc:
                        raise _unreadable(source, exc) from exc
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > max_bytes:  # the file grew after stat()
                        raise _too_big(source.name, size, max_bytes)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()  # a full disk may only say so here, or on close
                os.fsync(out.fileno())
        except OSError as exc:  # writing the copy (reading the source raised KnownError above)
            temp.unlink(missing_ok=True)
            raise self._store_error(exc) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return temp, digest.hexdigest(), size

    def _place(self, temp: Path, final: Path) -> bool:
        """Move the verified temp copy to its final name; True if that name is new."""
        existed = final.exists()
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)
        except OSError as exc:
            if existed:  # e.g. open in a viewer on Windows: keep the stored copy as it is
                log.warning("kept existing %s, could not replace it: %s", final, exc)
                return False
            raise self._store_error(exc) from exc
        return not existed

    def _store_error(self, exc: OSError) -> StorageError:
        message = explain_storage(exc, self.root, f"บันทึกไฟล์หลักฐานลงโฟลเดอร์ {self.root}")
        return StorageError(f"{message} (ยังไม่ได้แนบไฟล์)", detail=str(exc))

    def _insert(self, s: Session, link: EvidenceLink, file: EvidenceFile | None) -> EvidenceItem:
        s.add(link)
        s.flush()
        s.refresh(link)  # loads the server-side added_at
        return self._item(link, file)

    def _item(self, link: EvidenceLink, file: EvidenceFile | None) -> EvidenceItem:
        kind: EvidenceKind = "link"
        if file is not None:
            kind = "photo" if file.mime_type.startswith("image/") else "file"
        return EvidenceItem(
            id=link.id, kind=kind, caption=link.caption, url=link.url, file_id=link.file_id,
            sha256=file.sha256 if file else None,
            original_name=file.original_name if file else None,
            size=file.size if file else None, mime_type=file.mime_type if file else None,
            stored_path=self.path_for_sha(file.sha256) if file else None,
            added_at=link.added_at)

    def _delete_links(self, s: Session, links: Sequence[EvidenceLink]) -> list[Path]:
        """Delete links, then each file no other link uses; returns paths to unlink later."""
        file_ids = sorted({link.file_id for link in links if link.file_id is not None})
        for link in links:
            s.delete(link)
        s.flush()
        doomed: list[Path] = []
        for file_id in file_ids:
            used = s.scalar(select(func.count()).select_from(EvidenceLink)
                            .where(EvidenceLink.file_id == file_id))
            file = s.get(EvidenceFile, file_id)
            if not used and file is not None:
                doomed.append(self.path_for_sha(file.sha256))
                s.delete(file)
        return doomed

    @staticmethod
    def _unlink(paths: Iterable[Path]) -> None:
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:  # e.g. open in a viewer on Windows: a harmless orphan
                log.warning("could not delete stored evidence %s: %s", path, exc)
