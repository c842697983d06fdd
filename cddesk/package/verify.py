"""Checking a submission package before anything in it is read or stored.

In order, each failure a :class:`Rejected` with a Thai reason and nothing written:

1. it is a zip, complete (not truncated), with safe names only (no ``../``, no absolute
   or drive paths, no duplicates) and sizes under the limits, declared and actual (zip bombs);
2. ``manifest.p7s`` is a valid signature of ``manifest.json`` by a certificate the province
   trusts, in date (registered district certificate, or one issued by the province's root);
3. the manifest names this format, and its office is the district that certificate belongs to;
4. the zip holds exactly the manifest's files, each with its SHA-256 and size;
5. ``reports.pdf`` carries one intact, valid signature by the same certificate, covering
   the entire file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from cryptography import x509

from cddesk.errors import KnownError
from cddesk.package.export import FORMAT, MANIFEST, SIGNATURE
from cddesk.signing import common_name, fingerprint, trust_problem, verify_detached


ANY_DISTRICT = "*"  # a certificate trusted by hand (``verify --cert``) for whichever office it signs


class Rejected(KnownError):
    pass


@dataclass(frozen=True)
class Limits:
    total: int = 2 * 1024**3  # bytes, all files uncompressed
    one_file: int = 512 * 1024**2
    entries: int = 20_000
    ratio: int = 200  # uncompressed / compressed, per file (text compresses ~10×)
    manifest: int = 8 * 1024**2


@dataclass
class Trust:
    """What the province trusts: district certificates (by fingerprint → district code)
    and roots it issued district certificates from."""

    districts: dict[str, str] = field(default_factory=dict)  # fingerprint → district code
    certificates: list[x509.Certificate] = field(default_factory=list)
    roots: list[x509.Certificate] = field(default_factory=list)
    root_districts: dict[str, str] = field(default_factory=dict)  # fingerprint of issued cert → code

    def district_of(self, cert: x509.Certificate) -> str | None:
        fp = fingerprint(cert)
        return self.districts.get(fp) or self.root_districts.get(fp)


@dataclass(frozen=True)
class Verified:
    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer: x509.Certificate

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
        return False
    parts = PurePosixPath(name).parts
    return ".." not in parts and "." not in parts and not name.endswith("/")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
          sink: Callable[[bytes], None] | None = None) -> tuple[str, int, bytes]:
    """Stream one entry: its SHA-256, its real size (stopping past ``limit``) and, for small
    entries without a sink, its bytes."""
    digest, size, chunks = hashlib.sha256(), 0, []
    with archive.open(info) as stream:
        while chunk := stream.read(1024 * 1024):
            size += len(chunk)
            if size > limit or size > info.file_size:
                raise Rejected(f"ไฟล์ «{info.filename}» ในชุดข้อมูลขยายแล้วใหญ่เกินที่ประกาศไว้ (zip bomb) — ไม่รับ")
            digest.update(chunk)
            if sink is not None:
                sink(chunk)
            elif limit <= Limits.manifest:
                chunks.append(chunk)
    return digest.hexdigest(), size, b"".join(chunks)


def open_archive(path: Path, limits: Limits = Limits()) -> zipfile.ZipFile:
    """The zip, checked for names and declared sizes; :class:`Rejected` otherwise."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise Rejected(f"ไม่พบไฟล์ {path}") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Rejected(f"«{Path(path).name}» ไม่ใช่ไฟล์ zip หรือไฟล์ไม่ครบ (ถูกตัดระหว่างคัดลอก) — "
                       "ขอไฟล์ใหม่จากอำเภอ") from None
    infos = archive.infolist()
    names = [i.filename for i in infos]
    bad = next((n for n in names if not _safe_name(n)), None)
    problem = None
    if bad is not None:
        problem = f"ชุดข้อมูลมีชื่อไฟล์ที่ไม่ปลอดภัย «{bad}» (ชี้ออกนอกโฟลเดอร์) — ไม่รับ"
    elif len(names) != len(set(names)):
        problem = "ชุดข้อมูลมีชื่อไฟล์ซ้ำกัน — ไม่รับ"
    elif len(infos) > limits.entries:
        problem = f"ชุดข้อมูลมีไฟล์มากเกินไป ({len(infos):,} ไฟล์)"
    elif sum(i.file_size for i in infos) > limits.total or any(i.file_size > limits.one_file for i in infos):
        problem = "ขนาดไฟล์เมื่อขยายใหญ่เกินกำหนด (อาจเป็น zip bomb) — ไม่รับ"
    elif any(i.compress_size and i.file_size / i.compress_size > limits.ratio and i.file_size > 1024**2
             for i in infos):
        problem = "อัตราการบีบอัดผิดปกติ (zip bomb) — ไม่รับ"
    if problem:
        archive.close()
        raise Rejected(problem)
    return archive


def verify_package(path: Path | str, trust: Trust, limits: Limits = Limits(),
                   now: dt.datetime | None = None) -> Verified:
    path = Path(path)
    with open_archive(path, limits) as archive:
        try:
            return _verify(archive, path, trust, limits, now)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            if isinstance(exc, KnownError):
                raise
            raise Rejected(f"ไฟล์ในชุดข้อมูลเสียหาย อ่านไม่ครบ: {exc}") from None


def _verify(archive: zipfile.ZipFile, path: Path, trust: Trust, limits: Limits,
            now: dt.datetime | None) -> Verified:
    infos = {i.filename: i for i in archive.infolist()}
    for required in (MANIFEST, SIGNATURE):
        if required not in infos:
            raise Rejected(f"ชุดข้อมูลไม่มี {required} — ไม่ใช่ชุดข้อมูลจาก CD Desk หรือไฟล์ไม่ครบ")
    _, _, manifest_bytes = _read(archive, infos[MANIFEST], limits.manifest)
    _, _, signature = _read(archive, infos[SIGNATURE], limits.manifest)
    try:
        signer = verify_detached(signature, manifest_bytes)
    except KnownError as exc:
        raise Rejected(exc.message) from None
    problem = trust_problem(signer, trust.certificates, trust.roots, now)
    if problem:
        raise Rejected(problem)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        office, files = manifest["office"], manifest["files"]
        if manifest.get("format") != FORMAT:
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise Rejected("รายการไฟล์ (manifest) ไม่อยู่ในรูปแบบของ CD Desk") from None
    district = trust.district_of(signer)
    if district is None:  # trusted by a root, but not registered to any district (e.g. re-issued since)
        raise Rejected(f"ใบรับรองของ «{common_name(signer)}» ไม่ได้ลงทะเบียนไว้กับอำเภอใด — "
                       "ลงทะเบียนใบรับรองปัจจุบันของอำเภอก่อน")
    if district != ANY_DISTRICT and str(office.get("district_code")) != district:
        raise Rejected(f"ใบรับรองของ «{common_name(signer)}» ลงทะเบียนไว้กับอำเภอรหัส {district} "
                       f"แต่ชุดข้อมูลระบุอำเภอรหัส {office.get('district_code')} — ไม่รับ")
    listed = {f["path"]: f for f in files}
    present = set(infos) - {MANIFEST, SIGNATURE}
    if present - set(listed):
        raise Rejected("ชุดข้อมูลมีไฟล์ที่ไม่อยู่ในรายการ (manifest): " + ", ".join(sorted(present - set(listed))[:5]))
    if set(listed) - present:
        raise Rejected("ชุดข้อมูลขาดไฟล์ตามรายการ (manifest): " + ", ".join(sorted(set(listed) - present)[:5]))
    pdf = bytearray()
    for name, entry in listed.items():
        sink = pdf.extend if name == "reports.pdf" else (lambda _chunk: None)
        digest, size, _ = _read(archive, infos[name], limits.one_file, sink)
        if size != entry.get("size") or digest != entry.get("sha256"):
            raise Rejected(f"ไฟล์ «{name}» ไม่ตรงกับรายการที่ลงนามไว้ (ถูกแก้ไขหรือเสียหาย) — ไม่รับ")
    if "reports.pdf" not in listed:
        raise Rejected("ชุดข้อมูลไม่มีรายงาน PDF ที่ลงนาม")
    from cddesk.pdf.sign import verify_pdf

    try:
        pdf_signature = verify_pdf(bytes(pdf))
    except KnownError as exc:
        raise Rejected(exc.message) from None
    if fingerprint(pdf_signature.signer) != fingerprint(signer):
        raise Rejected("รายงาน PDF ลงนามด้วยใบรับรองคนละใบกับรายการไฟล์ (manifest) — ไม่รับ")
    return Verified(path, manifest, manifest_bytes, signer)


def extract(verified: Verified, folder: Path) -> None:
    """Unpack a verified package into ``folder`` (names were checked)."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(verified.path) as archive:
        for info in archive.infolist():
            target = folder.joinpath(*PurePosixPath(info.filename).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "wb") as sink:
                _copy(source, sink)


def _copy(source: IO[bytes], sink: IO[bytes]) -> None:
    while chunk := source.read(1024 * 1024):
        sink.write(chunk)
