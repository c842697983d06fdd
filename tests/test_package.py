"""The signed package end to end: the district exports, the province verifies and imports;
every bad input is refused with a Thai reason and nothing written; pdfsig and openssl
agree with our verdicts."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cddesk import signing
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.package.export import export_package
from cddesk.package.verify import Limits, Rejected, verify_package
from cddesk.paths import DataPaths
from cddesk.periods import parse_period
from cddesk.progress import Cancelled, Progress

from tests.conftest import SENT_PASSPHRASE as PASS
TODAY = dt.date(2025, 4, 20)
FEB = parse_period("2568-02")


@pytest.fixture(scope="module")
def district(sent_packages: dict[str, object]) -> dict[str, object]:
    """The sample office with its identity and two exports of February (conftest ``sent_packages``)."""
    return sent_packages


@pytest.fixture
def province(tmp_path: Path, district: dict[str, object]):  # type: ignore[no-untyped-def]
    services = Services.open(DataPaths(tmp_path / "province"))
    services.province.set_province_mode(True, "43")
    services.province.register_district("4305", district["pem"])  # type: ignore[arg-type]
    yield services
    services.close()


def rezip(source: Path, target: Path, change: dict[str, bytes | None], extra: dict[str, bytes] | None = None) -> Path:
    """A copy of a package with some entries replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = change.get(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return target


def member(package: Path, name: str) -> bytes:
    with zipfile.ZipFile(package) as z:
        return z.read(name)


def stored_nothing(province: Services) -> bool:
    folder = province.db.paths.root / "packages"
    rows, _ = province.province.consolidated("2568-02")
    return not any(r.package for r in rows) and (not folder.exists() or not any(folder.iterdir()))


# --- district side -----------------------------------------------------------------------

def test_manifest_lists_every_file_with_hash_and_scores(district: dict[str, object]) -> None:
    v1, v2 = district["v1"], district["v2"]
    manifest = json.loads(member(v1.path, "manifest.json"))  # type: ignore[attr-defined]
    assert manifest["format"] == "cddesk-package" and manifest["version"] == 1 and manifest["replaces"] is None
    assert manifest["period"]["key"] == "2568-02" and manifest["office"]["district_code"] == "4305"
    assert manifest["software"]["name"] == "CD Desk" and manifest["software"]["version"]
    names = {f["path"] for f in manifest["files"]}
    assert {"reports.pdf", "reports.xlsx", "records.xlsx"} <= names
    assert any(n.startswith("evidence/") for n in names)
    import hashlib

    for entry in manifest["files"]:
        data = member(v1.path, entry["path"])  # type: ignore[attr-defined]
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
    digital = manifest["rubrics"][0]
    assert digital["id"] == "digital40_fy2568" and digital["points"] == int(district["score"].points)  # type: ignore[attr-defined]
    again = json.loads(member(v2.path, "manifest.json"))  # type: ignore[attr-defined]
    assert again["version"] == 2 and again["replaces"] == manifest["package_id"] != again["package_id"]


def test_independent_checks_agree(district: dict[str, object], tmp_path: Path) -> None:
    package = district["v1"].path  # type: ignore[attr-defined]
    for name in ("manifest.json", "manifest.p7s", "reports.pdf"):
        (tmp_path / name).write_bytes(member(package, name))
    pdfsig = subprocess.run(["pdfsig", str(tmp_path / "reports.pdf")], capture_output=True, text=True)
    assert "Signature is Valid" in pdfsig.stdout and "Total document signed" in pdfsig.stdout
    openssl = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "manifest.p7s"),
               "-content", str(tmp_path / "manifest.json"), "-CAfile", str(district["pem"]), "-purpose", "any",
               "-out", "/dev/null"]
    assert subprocess.run(openssl, capture_output=True).returncode == 0
    (tmp_path / "manifest.json").write_bytes(member(package, "manifest.json").replace(b'"version": 1', b'"version": 9'))
    assert subprocess.run(openssl, capture_output=True).returncode != 0
    pdf = bytearray(member(package, "reports.pdf"))
    pdf[len(pdf) // 3] ^= 0x01
    (tmp_path / "reports.pdf").write_bytes(bytes(pdf))
    pdfsig = subprocess.run(["pdfsig", str(tmp_path / "reports.pdf")], capture_output=True, text=True)
    assert "Signature is Valid" not in pdfsig.stdout


def test_signed_pdf_shows_a_thai_stamp_and_reads_back(district: dict[str, object], tmp_path: Path) -> None:
    pdf = tmp_path / "reports.pdf"
    pdf.write_bytes(member(district["v1"].path, "reports.pdf"))  # type: ignore[attr-defined]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "หนังสือนำส่งรายงาน" in text and "แบบประเมินตนเอง" in text and "Click ชุมชน" in text
    assert "ลงนามอิเล็กทรอนิกส์โดย" in text and "นักวิชาการพัฒนาชุมชน" in text  # the stamp


def test_passphrase_is_never_stored_and_a_wrong_one_is_refused(district: dict[str, object]) -> None:
    root = Path(district["root"])  # type: ignore[arg-type]
    for file in root.rglob("*"):
        if file.is_file():
            assert PASS.encode("utf-8") not in file.read_bytes(), file
    with pytest.raises(KnownError, match="รหัสผ่านไม่ถูกต้อง"):
        signing.load_identity(root, "ผิด-ผิด-ผิด")
    assert signing.load_identity(root, PASS).subject.startswith("สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย")
    with pytest.raises(KnownError, match="อย่างน้อย 8"):
        signing.create_identity(root / "other", "short", "x", "y", "z")


def test_cancelled_export_leaves_no_file(sample_services: Services, tmp_path: Path) -> None:
    identity = signing.new_identity("สำนักงานทดสอบ", "หนองคาย", "โพนพิสัย")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_package(sample_services, identity, FEB, tmp_path / "out" / "x.zip", progress=progress, today=TODAY)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


# --- province side -----------------------------------------------------------------------

def test_import_receipts_new_newer_duplicate_older(province: Services, district: dict[str, object],
                                                    tmp_path: Path) -> None:
    v1, v2 = district["v1"].path, district["v2"].path  # type: ignore[attr-defined]
    dry = province.province.import_packages([v1, v2], dry_run=True)
    assert [r.outcome for r in dry] == ["imported", "replaced"] and stored_nothing(province)
    receipts = province.province.import_packages([v1])
    assert [r.outcome for r in receipts] == ["imported"]
    assert province.province.import_packages([v1])[0].outcome == "duplicate"
    assert province.province.import_packages([v2])[0].outcome == "replaced"
    older = province.province.import_packages([v1])[0]
    assert older.outcome == "duplicate"  # the very same package: nothing to do
    rows, criteria = province.province.consolidated("2568-02")
    mine = next(r for r in rows if r.code == "4305")
    assert mine.package and mine.package["version"] == 2 and mine.rank == 1 and criteria
    folder = province.province.package_folder("4305", "2568-02")
    assert folder and (folder / "records.xlsx").is_file() and (folder / "reports.pdf").is_file()


def test_older_version_after_newer_is_refused(province: Services, district: dict[str, object]) -> None:
    v1, v2 = district["v1"].path, district["v2"].path  # type: ignore[attr-defined]
    receipts = province.province.import_packages([v2])
    assert receipts[0].outcome == "imported"
    # a *different* package of an older version: v1 after v2
    late = province.province.import_packages([v1])[0]
    assert late.outcome == "rejected" and "รุ่นเก่ากว่า" in late.reason


def _expect_rejected(province: Services, package: Path, words: str, **kw: object) -> None:
    receipt = province.province.import_packages([package], **kw)[0]  # type: ignore[arg-type]
    assert receipt.outcome == "rejected", receipt
    assert words in receipt.reason, receipt.reason
    assert stored_nothing(province)


def test_tampered_file_inside_the_zip(province: Services, district: dict[str, object], tmp_path: Path) -> None:
    source = district["v1"].path  # type: ignore[attr-defined]
    bad = rezip(source, tmp_path / "t.zip", {"records.xlsx": member(source, "records.xlsx") + b"x"})
    _expect_rejected(province, bad, "ไม่ตรงกับรายการ")


def test_edited_manifest(province: Services, district: dict[str, object], tmp_path: Path) -> None:
    source = district["v1"].path  # type: ignore[attr-defined]
    edited = member(source, "manifest.json").replace(b'"points": ', b'"points": 1', 1)
    _expect_rejected(province, rezip(source, tmp_path / "m.zip", {"manifest.json": edited}), "manifest")


def test_pdf_with_bytes_appended_even_if_the_manifest_agrees(province: Services, district: dict[str, object],
                                                            tmp_path: Path) -> None:
    """A district (or a tool) appending after %%EOF and re-signing the manifest: the PDF's
    own signature no longer covers the entire file."""
    import hashlib

    source = district["v1"].path  # type: ignore[attr-defined]
    pdf = member(source, "reports.pdf") + b"\n% appended after signing\n"
    manifest = json.loads(member(source, "manifest.json"))
    for entry in manifest["files"]:
        if entry["path"] == "reports.pdf":
            entry.update(sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf))
    data = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    signature = signing.sign_detached(district["identity"], data)  # type: ignore[arg-type]
    bad = rezip(source, tmp_path / "p.zip", {"reports.pdf": pdf, "manifest.json": data, "manifest.p7s": signature})
    _expect_rejected(province, bad, "ไม่ครอบคลุมทั้งไฟล์")


def test_unknown_and_expired_certificates(province: Services, district: dict[str, object], tmp_path: Path) -> None:
    source = district["v1"].path  # type: ignore[attr-defined]
    stranger = signing.new_identity("สำนักงานอื่น", "หนองคาย", "โพนพิสัย")
    data = member(source, "manifest.json")
    bad = rezip(source, tmp_path / "u.zip", {"manifest.p7s": signing.sign_detached(stranger, data)})
    _expect_rejected(province, bad, "ไม่รู้จักใบรับรอง")
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=365 * 11)
    _expect_rejected(province, source, "หมดอายุ", now=later)


def test_unsafe_names_bombs_and_broken_zips(province: Services, district: dict[str, object], tmp_path: Path) -> None:
    source = district["v1"].path  # type: ignore[attr-defined]
    _expect_rejected(province, rezip(source, tmp_path / "a.zip", {}, {"../evil.txt": b"x"}), "ไม่ปลอดภัย")
    _expect_rejected(province, rezip(source, tmp_path / "b.zip", {}, {"/etc/evil": b"x"}), "ไม่ปลอดภัย")
    bomb = rezip(source, tmp_path / "c.zip", {}, {"evidence/zeros.bin": bytes(60 * 1024**2)})
    _expect_rejected(province, bomb, "zip bomb")
    _expect_rejected(province, source, "zip bomb", limits=Limits(total=100_000))
    lying = tmp_path / "d.zip"  # the central directory understates a file's size
    raw = bytearray(Path(source).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        info = z.getinfo("records.xlsx")
    offset = raw.find(b"records.xlsx", raw.find(b"PK\x01\x02"))  # its name in the central directory
    header = offset - 46  # the name follows the 46-byte central directory header
    assert raw[header:header + 4] == b"PK\x01\x02"
    raw[header + 24:header + 28] = (info.file_size // 2).to_bytes(4, "little")
    lying.write_bytes(bytes(raw))
    receipt = province.province.import_packages([lying])[0]
    assert receipt.outcome == "rejected" and stored_nothing(province)
    (tmp_path / "e.zip").write_bytes(b"This is not a zip file at all\n" * 40)
    _expect_rejected(province, tmp_path / "e.zip", "ไม่ใช่ไฟล์ zip")
    data = Path(source).read_bytes()
    (tmp_path / "f.zip").write_bytes(data[: len(data) // 2])
    _expect_rejected(province, tmp_path / "f.zip", "ไม่ใช่ไฟล์ zip")


def test_district_issued_by_the_province_root(tmp_path: Path, sample_services: Services) -> None:
    """The small CA: the province issues a district PKCS#12; the district imports it and
    its packages verify against the province's root."""
    prov = Services.open(DataPaths(tmp_path / "province"))
    prov.province.set_province_mode(True, "43")
    prov.province.create_root("root-pass-123", "หนองคาย")
    p12 = tmp_path / "4305.p12"
    p12.write_bytes(prov.province.issue_district("4305", "root-pass-123", "district-pass"))
    root = sample_services.db.paths.root
    identity = signing.import_identity(root, p12, "district-pass")
    assert identity.chain and signing.load_identity(root, "district-pass").cert == identity.cert
    made = export_package(sample_services, identity, FEB, tmp_path / "ca.zip", today=TODAY)
    receipts = prov.province.import_packages([made.path])
    assert receipts[0].outcome == "imported", receipts[0]
    with pytest.raises(Rejected, match="ไม่รู้จักใบรับรอง"):
        verify_package(made.path, prov.province.trust().__class__())
    # re-issued: the earlier certificate, though signed by the root, no longer speaks for 4305
    prov.province.issue_district("4305", "root-pass-123", "district-pass-2")
    again = prov.province.import_packages([made.path])[0]
    assert again.outcome == "rejected" and "ไม่ได้ลงทะเบียน" in again.reason
    # one certificate, one district
    pem = tmp_path / "4305.pem"
    pem.write_bytes(signing.certificate_pem(identity.cert))
    with pytest.raises(KnownError, match="อำเภอเดียว"):
        prov.province.register_district("4305", pem)
        prov.province.register_district("4301", pem)
    prov.close()


def test_cli_export_verify_import(district: dict[str, object], tmp_path: Path, sample_root: Path) -> None:
    import os
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "CDDESK_PASSPHRASE": PASS}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(root / "main.py"), *args], capture_output=True, text=True,
                              env=env, cwd=root, timeout=300)

    office = str(district["root"])
    result = cli("--data-dir", office, "export-package", "--period", "2568-02", "--out", str(tmp_path / "x.zip"))
    assert result.returncode == 0, result.stderr
    assert "รุ่น 3" in result.stdout and "แทนชุด" in result.stdout
    prov = str(tmp_path / "prov")
    assert cli("--data-dir", prov, "verify", str(tmp_path / "x.zip")).returncode == 1
    ok = cli("--data-dir", prov, "verify", str(tmp_path / "x.zip"), "--cert", str(district["pem"]))
    assert ok.returncode == 0 and "ผ่าน" in ok.stdout, ok.stderr
    assert cli("--data-dir", prov, "province", "init", "--province", "43").returncode == 0
    assert cli("--data-dir", prov, "province", "register", "4305", "--cert", str(district["pem"])).returncode == 0
    (tmp_path / "drop").mkdir()
    shutil.copy(tmp_path / "x.zip", tmp_path / "drop")
    (tmp_path / "drop" / "junk.zip").write_bytes(b"junk")
    imported = cli("--data-dir", prov, "import-packages", str(tmp_path / "drop"))
    assert imported.returncode == 1  # one package rejected
    assert "x.zip: นำเข้าแล้ว" in imported.stdout and "junk.zip: ไม่รับ" in imported.stdout
    status = cli("--data-dir", prov, "province", "status", "--period", "2568-02")
    assert "โพนพิสัย" in status.stdout and "ยังไม่ส่ง" in status.stdout
    for suffix in ("pdf", "xlsx"):
        made = cli("--data-dir", prov, "province", "report", "--period", "2568-02", "--out", str(tmp_path / f"p.{suffix}"))
        assert made.returncode == 0 and (tmp_path / f"p.{suffix}").is_file(), made.stderr
    assert "โพนพิสัย" in subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True,
                                         text=True).stdout
