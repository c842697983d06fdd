"""Province mode: trusted districts, importing their packages, and the consolidated view.

- Districts are registered with the certificate they exported, or the province acts as a
  small certificate authority: its root (``signing/province-root.p12``) issues each district
  a PKCS#12, and the district is registered with that certificate.
- :meth:`ProvinceService.import_packages` verifies every package first
  (:mod:`cddesk.package.verify`); ``dry_run`` says what would happen. Each package then gets
  a receipt: imported, duplicate of an identical package, newer version replacing an older
  one, or rejected and why. A package is unpacked under ``packages/<package id>`` and
  recorded in one transaction; a rejected one writes nothing.
- :meth:`ProvinceService.consolidated` gives every district's scores per criterion for a
  period side by side, ranked, and the districts that have not sent a package.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from cddesk import gazetteer
from cddesk.db import Database
from cddesk.errors import KnownError
from cddesk.package.verify import Limits, Rejected, Trust, Verified, extract, verify_package
from cddesk.settings import DISTRICT_MODE, PROVINCE_CODE_KEY, PROVINCE_MODE, PROVINCE_MODE_KEY
from cddesk.signing import (
    ROOT_FILE,
    Identity,
    certificate_pem,
    fingerprint,
    load_identity,
    new_identity,
    p12_bytes,
    read_certificate,
    save_identity,
)
from models import ProvinceDistrict, ProvincePackage, Setting

Outcome = Literal["imported", "duplicate", "replaced", "rejected"]
OUTCOME_TEXT = {"imported": "นำเข้าแล้ว", "duplicate": "ซ้ำกับชุดที่นำเข้าไว้แล้ว (ไม่นำเข้าซ้ำ)",
                "replaced": "รุ่นใหม่ แทนรุ่นเดิมแล้ว", "rejected": "ไม่รับ"}
DRY_RUN_TEXT = {"imported": "จะนำเข้า", "duplicate": "ซ้ำกับชุดที่มีอยู่ (จะไม่นำเข้าซ้ำ)",
                "replaced": "รุ่นใหม่ จะแทนรุ่นเดิม", "rejected": "ไม่รับ"}


@dataclass(frozen=True)
class Receipt:
    file: Path
    outcome: Outcome
    reason: str = ""
    district: str = ""
    period: str = ""
    version: int = 0
    package_id: str = ""

    def line(self, dry_run: bool = False) -> str:
        what = f"{self.district} {self.period} รุ่น {self.version}".strip() if self.district else ""
        text = f"{self.file.name}: {(DRY_RUN_TEXT if dry_run else OUTCOME_TEXT)[self.outcome]}"
        return text + (f" — {what}" if what else "") + (f" — {self.reason}" if self.reason else "")


@dataclass
class DistrictScores:
    code: str
    name: str
    package: dict[str, Any] | None  # the current manifest, None when nothing was sent
    criteria: dict[str, float] = field(default_factory=dict)  # criterion id → points
    total: float | None = None
    rank: int | None = None


class ProvinceService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.root = db.paths.root

    # -- mode and the province's own authority ------------------------------------------------
    def is_province(self) -> bool:
        from cddesk.services.office import OfficeService

        return OfficeService(self.db).is_province_mode()

    def set_province_mode(self, on: bool = True, province_code: str = "") -> None:
        with self.db.session() as s:
            s.merge(Setting(key=PROVINCE_MODE_KEY, value=PROVINCE_MODE if on else DISTRICT_MODE))
            if province_code:
                s.merge(Setting(key=PROVINCE_CODE_KEY, value=province_code))

    def province_code(self) -> str:
        with self.db.session() as s:
            row = s.get(Setting, PROVINCE_CODE_KEY)
            return row.value if row else ""

    def periods(self) -> list[str]:
        """The periods (``2568-02``, ``2568``) for which packages were imported, newest first."""
        with self.db.session() as s:
            keys = set(s.scalars(select(ProvincePackage.period_key)))
        return sorted(keys, reverse=True)

    def province_name(self) -> str:
        code = self.province_code()
        place = gazetteer.province(code) if code else None
        return place.name if place else ""

    def create_root(self, passphrase: str, province_name: str) -> Identity:
        if (self.root / "signing" / ROOT_FILE).is_file():
            raise KnownError("จังหวัดมีใบรับรองหลัก (root) อยู่แล้ว")
        root = new_identity(f"สำนักงานพัฒนาชุมชนจังหวัด{province_name}", province_name, "", ca=True)
        save_identity(self.root, root, passphrase, ROOT_FILE)  # also writes province-root.pem
        return root

    def root_certificate(self) -> Any | None:
        path = self.root / "signing" / "province-root.pem"
        return read_certificate(path.read_bytes()) if path.is_file() else None

    def issue_district(self, district_code: str, root_passphrase: str, district_passphrase: str) -> bytes:
        """A PKCS#12 for a district, issued by the province's root; the district is
        registered with its certificate. Hand the file and its passphrase over separately."""
        place = self._place(district_code)
        root = load_identity(self.root, root_passphrase, ROOT_FILE)
        province = gazetteer.province(district_code[:2])
        issued = new_identity(f"สำนักงานพัฒนาชุมชนอำเภอ{place.name}", province.name if province else "", place.name,
                              issuer=root)
        data = p12_bytes(issued, district_passphrase, issued.subject)
        self._register(district_code, place.name, issued.cert, issued_by_province=True)
        return data

    # -- districts -----------------------------------------------------------------------------
    def _place(self, district_code: str) -> gazetteer.Place:
        place = gazetteer.district(district_code)
        if place is None:
            raise KnownError(f"ไม่พบอำเภอรหัส {district_code} ในทะเบียนอำเภอ")
        return place

    def register_district(self, district_code: str, cert_file: Path | None = None) -> None:
        place = self._place(district_code)
        cert = None
        if cert_file:
            try:
                cert = read_certificate(Path(cert_file).read_bytes())
            except OSError as exc:
                raise KnownError(f"อ่านไฟล์ใบรับรอง {cert_file} ไม่ได้: {exc.strerror or exc}") from None
            with self.db.session() as s:
                other = s.scalar(select(ProvinceDistrict).where(ProvinceDistrict.fingerprint == fingerprint(cert),
                                                                ProvinceDistrict.district_code != district_code))
                if other is not None:
                    raise KnownError(f"ใบรับรองนี้ลงทะเบียนไว้กับอำเภอ{other.name} ({other.district_code}) แล้ว "
                                     "— ใบรับรองหนึ่งใบใช้ได้กับอำเภอเดียว")
        self._register(district_code, place.name, cert)

    def _register(self, code: str, name: str, cert: Any | None, issued_by_province: bool = False) -> None:
        with self.db.session() as s:
            row = s.scalar(select(ProvinceDistrict).where(ProvinceDistrict.district_code == code))
            if row is None:
                row = ProvinceDistrict(district_code=code, name=name)
                s.add(row)
            if cert is not None:
                row.cert_pem = certificate_pem(cert).decode("ascii")
                row.fingerprint = fingerprint(cert)
                row.issued_by_province = issued_by_province

    def districts(self) -> list[tuple[str, str, str]]:
        """(code, name, certificate fingerprint or "") in code order."""
        with self.db.session() as s:
            return [(d.district_code, d.name, d.fingerprint)
                    for d in s.scalars(select(ProvinceDistrict).order_by(ProvinceDistrict.district_code))]

    def trust(self) -> Trust:
        trust = Trust()
        with self.db.session() as s:
            for d in s.scalars(select(ProvinceDistrict).where(ProvinceDistrict.cert_pem != "")):
                cert = read_certificate(d.cert_pem.encode("ascii"))
                trust.certificates.append(cert)
                trust.districts[d.fingerprint] = d.district_code
        root = self.root_certificate()
        if root is not None:
            trust.roots.append(root)
        return trust

    # -- packages ----------------------------------------------------------------------------
    def import_packages(self, files: list[Path], dry_run: bool = False, limits: Limits = Limits(),
                        now: dt.datetime | None = None) -> list[Receipt]:
        trust = self.trust()
        receipts = []
        batch: dict[tuple[str, str], int] = {}  # a dry run remembers what it would have stored
        seen: dict[str, str] = {}
        for file in sorted(files, key=lambda f: f.name):
            try:
                verified = verify_package(file, trust, limits, now)
                receipts.append(self._store(verified, dry_run, batch, seen))
            except Rejected as exc:
                receipts.append(Receipt(file, "rejected", exc.message))
            except KnownError as exc:  # locked database …: this package not stored, the batch goes on
                receipts.append(Receipt(file, "rejected", f"บันทึกไม่ได้: {exc.message}"))
            except OSError as exc:  # disk full, no permission while unpacking
                receipts.append(Receipt(file, "rejected", f"บันทึกไม่ได้: {exc.strerror or exc}"))
        return receipts

    def _store(self, v: Verified, dry_run: bool, batch: dict[tuple[str, str], int],
               seen: dict[str, str]) -> Receipt:
        m = v.manifest
        code, period, version = str(m["office"]["district_code"]), str(m["period"]["key"]), int(m["version"])
        base = dict(district=m["office"]["district"], period=period, version=version, package_id=v.package_id)
        with self.db.session() as s:
            if s.scalar(select(ProvinceDistrict).where(ProvinceDistrict.district_code == code)) is None:
                return Receipt(v.path, "rejected", f"ยังไม่ได้ลงทะเบียนอำเภอรหัส {code}", **base)
            same = s.scalar(select(ProvincePackage).where(ProvincePackage.package_id == v.package_id))
            known = same.manifest_sha256 if same is not None else seen.get(v.package_id)
            if known is not None:
                if known == v.manifest_sha256:
                    return Receipt(v.path, "duplicate", "", **base)
                return Receipt(v.path, "rejected", "รหัสชุดข้อมูลซ้ำกับชุดอื่นที่เนื้อหาต่างกัน", **base)
            latest = s.scalar(select(ProvincePackage).where(
                ProvincePackage.district_code == code, ProvincePackage.period_key == period,
                ProvincePackage.current.is_(True)))
            newest = max(latest.version if latest is not None else 0, batch.get((code, period), 0))
            if newest >= version:
                return Receipt(v.path, "rejected", f"เป็นรุ่นเก่ากว่า (รุ่น {version}) ที่นำเข้าไว้แล้ว (รุ่น {newest})",
                               **base)
            outcome: Outcome = "replaced" if newest else "imported"
            batch[(code, period)] = version
            seen[v.package_id] = v.manifest_sha256
            if dry_run:
                return Receipt(v.path, outcome, "", **base)
            folder = Path("packages") / v.package_id
            target = self.root / folder
            try:
                extract(v, target)
                if latest is not None:
                    latest.current = False
                s.add(ProvincePackage(
                    package_id=v.package_id, district_code=code, period_key=period, version=version,
                    replaces=m.get("replaces"), manifest_sha256=v.manifest_sha256,
                    manifest_json=v.manifest_bytes.decode("utf-8"), created=str(m.get("created", "")),
                    imported_at=dt.datetime.now(), folder=folder.as_posix(), current=True))
                s.flush()
            except BaseException:
                shutil.rmtree(target, ignore_errors=True)
                raise
        return Receipt(v.path, outcome, "", **base)

    def package_folder(self, district_code: str, period_key: str) -> Path | None:
        with self.db.session() as s:
            row = s.scalar(select(ProvincePackage).where(
                ProvincePackage.district_code == district_code, ProvincePackage.period_key == period_key,
                ProvincePackage.current.is_(True)))
            return self.root / row.folder if row else None

    # -- consolidation -------------------------------------------------------------------------
    def consolidated(self, period_key: str) -> tuple[list[DistrictScores], list[tuple[str, str]]]:
        """Every registered district's scores (Digital 4.0 rubric of the period) ranked by
        total; then the criteria (id, title) in rubric order."""
        with self.db.session() as s:
            districts = list(s.scalars(select(ProvinceDistrict).order_by(ProvinceDistrict.district_code)))
            current = {p.district_code: json.loads(p.manifest_json) for p in s.scalars(select(ProvincePackage).where(
                ProvincePackage.period_key == period_key, ProvincePackage.current.is_(True)))}
        criteria: dict[str, str] = {}
        rows = []
        for d in districts:
            manifest = current.get(d.district_code)
            row = DistrictScores(d.district_code, d.name, manifest)
            if manifest:
                rubric = next((r for r in manifest["rubrics"] if str(r["id"]).startswith("digital40")),
                              manifest["rubrics"][0])
                for domain in rubric["domains"]:
                    for c in domain["criteria"]:
                        criteria.setdefault(c["id"], c["title"])
                        row.criteria[c["id"]] = float(c["points"])
                row.total = float(rubric["points"])
            rows.append(row)
        ranked = sorted((r for r in rows if r.total is not None), key=lambda r: -(r.total or 0))
        for i, r in enumerate(ranked):
            r.rank = i + 1 if i == 0 or r.total != ranked[i - 1].total else ranked[i - 1].rank
        return rows, list(criteria.items())
