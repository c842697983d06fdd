"""The signed submission package a district sends the province for a period.

One .zip holding::

    reports.pdf     every report of the period in one file, signed (visible Thai stamp on
                    the closing page: signer, position, time)
    reports.xlsx    the same reports, one sheet each
    records.xlsx    the office's records (``export-workbook``), for the province's drill-down
    evidence/…      the evidence files of the period's records and of the registers
    manifest.json   package id, version and the package it replaces, office, period, rubric
                    ids and versions with the computed scores, software version, created
                    time, SHA-256 and size of every file above
    manifest.p7s    detached CMS signature of manifest.json by the office's certificate

Written under a temporary name and renamed when complete; cancel leaves nothing behind.
A re-export of the same period is the next version and names the package it replaces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cddesk import APP_NAME, __version__
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.files import atomic_write
from cddesk.office_facts import default_rubric_id, rubric_ids, score_office
from cddesk.periods import Period
from cddesk.progress import Progress
from cddesk.reports import REPORTS, build_report
from cddesk.signing import Identity, fingerprint
from scoring.results import json_number

FORMAT = "cddesk-package"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.p7s"


@dataclass(frozen=True)
class Exported:
    path: Path
    package_id: str
    version: int
    replaces: str | None
    files: int
    size: int


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _scores(services: Services, period: Period, at: dt.date) -> list[dict[str, Any]]:
    from scoring import load_shipped_rubric

    wanted = [default_rubric_id(period.fiscal_year)]
    wanted += [r for r in rubric_ids() if r not in wanted and load_shipped_rubric(r).fiscal_year == period.fiscal_year]
    out = []
    for rubric_id in wanted:
        result = score_office(services.db, rubric_id, at)
        out.append({
            "id": result.rubric_id, "version": result.version, "title": result.title,
            "evaluated_at": result.evaluated_at.isoformat(),
            "points": json_number(result.points), "max_points": json_number(result.max_points),
            "domains": [{"id": d.id, "title": d.title, "points": json_number(d.points),
                         "max_points": json_number(d.max_points),
                         "criteria": [{"id": c.id, "title": c.title, "points": json_number(c.points),
                                       "max_points": json_number(c.max_points), "level": c.level}
                                      for c in d.criteria]} for d in result.domains]})
    return out


def _evidence(services: Services, period: Period, at: dt.date) -> list[tuple[str, Path]]:
    """(archive name, stored file) of every evidence file of the period's activity records
    and of the registers, each once."""
    owners: list[tuple[str, list[int]]] = []
    for key, service in services.kinds.items():
        rows = service.rows(period.start, at) if service.kind.date_field else service.rows()
        owners.append((key, [r.id for r in rows]))
    owners += [("computer", [r.id for r in services.computers.rows()]),
               ("staff", [s.id for s in services.staff.list() if s.id is not None]),
               ("internet_account", [a.id for a in services.accounts.rows()]),
               ("antivirus_install", [r.id for r in services.antivirus.rows(at)])]
    found: dict[str, tuple[str, Path]] = {}
    for owner_kind, ids in owners:
        for items in services.evidence.items_for(owner_kind, ids).values():
            for item in items:
                if item.sha256 and item.stored_path is not None and item.sha256 not in found:
                    suffix = Path(item.original_name or "").suffix.lower()[:10]
                    found[item.sha256] = (f"evidence/{item.sha256}{suffix}", item.stored_path)
    return sorted(found.values())


def previous_package(services: Services, period: Period) -> dict[str, Any] | None:
    text = services.office.remembered(f"package:{period.key()}")
    return json.loads(text) if text else None


def export_package(services: Services, identity: Identity, period: Period, out: Path | str, *,
                   progress: Progress | None = None, today: dt.date | None = None,
                   thai_digits: bool | None = None) -> Exported:
    """Build, sign and write the package for ``period`` to ``out`` (a .zip)."""
    from cddesk.pdf.render import render_reports
    from cddesk.pdf.sign import sign_pdf
    from cddesk.reports.xlsx import write_workbook
    from cddesk.signing import sign_detached
    from cddesk.workbook import export_workbook

    progress = progress or Progress()
    today = today or dt.date.today()
    at = min(period.end, today)
    profile = services.office.profile()
    if profile is None:
        raise KnownError("ยังไม่ได้กรอกข้อมูลสำนักงาน — กรอกที่หน้า ข้อมูลสำนักงาน ก่อนส่งออกชุดข้อมูล")
    if period.start > today:
        raise KnownError(f"{period.label()} ยังไม่เริ่ม จึงยังส่งออกชุดข้อมูลไม่ได้")
    digits = services.office.settings().thai_digits_in_reports if thai_digits is None else thai_digits
    steps = len(REPORTS) + 6
    reports = []
    for i, spec in enumerate(REPORTS):
        progress.step(i, steps, f"รวบรวม {spec.title}")
        reports.append(build_report(services, spec.name, period, today))
    scores = _scores(services, period, at)
    lines = [f"{profile.office_name} จังหวัด{profile.province_name} ส่งรายงานผลการดำเนินงานด้านเทคโนโลยีสารสนเทศ "
             f"{period.label()} ต่อสำนักงานพัฒนาชุมชนจังหวัด{profile.province_name}"]
    lines += [f"คะแนนตนเอง {s['title']}: {s['points']} จาก {s['max_points']} คะแนน" for s in scores]
    lines += ["ชุดข้อมูลนี้ประกอบด้วยรายงานฉบับนี้ ไฟล์ Excel หลักฐานเชิงประจักษ์ และรายการไฟล์ (manifest) "
              "ที่ลงนามอิเล็กทรอนิกส์ จังหวัดตรวจสอบความถูกต้องได้ด้วยโปรแกรม CD Desk"]
    progress.step(len(REPORTS), steps, "จัดหน้ารายงาน PDF")
    pdf = io.BytesIO()
    rendered = render_reports(reports, pdf, thai_digits=digits, progress=progress,
                              certification=_certification(lines))
    assert rendered.signature_box is not None
    progress.step(len(REPORTS) + 1, steps, "ลงนามรายงาน PDF")
    signed_pdf = sign_pdf(pdf.getvalue(), identity, rendered.signature_box, signer=profile.it_officer_name,
                          position=profile.it_officer_position, office=profile.office_name,
                          reason=f"ส่งรายงาน {period.label()}", location=profile.district_name, thai_digits=digits)
    progress.step(len(REPORTS) + 2, steps, "ทำไฟล์ Excel")
    with tempfile.TemporaryDirectory(prefix="cddesk-package-") as folder:
        write_workbook(reports, Path(folder) / "reports.xlsx")
        export_workbook(services, Path(folder) / "records.xlsx")
        contents: list[tuple[str, bytes | Path]] = [
            ("reports.pdf", signed_pdf), ("reports.xlsx", (Path(folder) / "reports.xlsx").read_bytes()),
            ("records.xlsx", (Path(folder) / "records.xlsx").read_bytes())]
    contents += _evidence(services, period, at)
    progress.step(len(REPORTS) + 3, steps, "คำนวณค่าตรวจสอบไฟล์")
    files = []
    for name, content in contents:
        data = content if isinstance(content, bytes) else content.read_bytes()
        files.append({"path": name, "sha256": _sha(data), "size": len(data)})
    previous = previous_package(services, period)
    replaces = str(previous["package_id"]) if previous else None
    package_id = str(uuid.uuid4())
    version = int(previous["version"]) + 1 if previous else 1
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "package_id": package_id, "version": version, "replaces": replaces,
        "office": {"name": profile.office_name, "province": profile.province_name, "district": profile.district_name,
                   "province_code": profile.province_code, "district_code": profile.district_code},
        "period": {"key": period.key(), "label": period.label(), "start": period.start.isoformat(),
                   "end": period.end.isoformat(), "fiscal_year": period.fiscal_year},
        "rubrics": scores,
        "software": {"name": APP_NAME, "version": __version__},
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "signer": {"subject": identity.subject, "sha256": fingerprint(identity.cert)},
        "files": files,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    signature = sign_detached(identity, manifest_bytes)
    progress.step(len(REPORTS) + 4, steps, "เขียนไฟล์ zip")
    target = Path(out)

    def write(temp: str) -> None:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, signature)
            for n, (name, content) in enumerate(contents):
                progress.step(len(REPORTS) + 4, steps, f"เขียนไฟล์ zip ({n + 1}/{len(contents)})")
                if isinstance(content, bytes):
                    archive.writestr(name, content)
                else:
                    archive.write(content, name)

    atomic_write(target, write)
    services.office.remember(f"package:{period.key()}", json.dumps(
        {"package_id": package_id, "version": version, "created": manifest["created"], "file": str(target)},
        ensure_ascii=False))
    return Exported(target, package_id, version, replaces, len(files), target.stat().st_size)


def _certification(lines: list[str]) -> Any:
    from cddesk.pdf.render import Certification

    return Certification("หนังสือนำส่งรายงานผลการดำเนินงานด้านเทคโนโลยีสารสนเทศ", lines,
                         box_label="ลายมือชื่ออิเล็กทรอนิกส์ของสำนักงาน")
