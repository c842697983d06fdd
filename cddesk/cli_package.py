"""Command line for the signed package (district side) and province mode.

District::

    identity create | export-cert FILE.pem | import FILE.p12
    export-package --period P --out FILE.zip

Province::

    province init --province CODE          # province mode and the province's root
    province register DISTRICT [--cert FILE]
    province issue DISTRICT --out FILE.p12 # a district certificate from the root
    import-packages DIR|FILE… [--dry-run]
    province status --period P             # scores side by side, ranking, who has not sent
    province report --period P --out FILE.pdf|xlsx
    verify PACKAGE.zip [--cert FILE]       # exit 1 on any failure

Passphrases come from ``CDDESK_PASSPHRASE`` (``CDDESK_NEW_PASSPHRASE`` for a district
certificate being issued), else a prompt; they are never stored.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cddesk.errors import KnownError
from cddesk.paths import DataPaths

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from cddesk.signing import Identity

Out = Callable[[str], None]


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    identity = sub.add_parser("identity", help="ใบรับรองสำหรับลงนามของสำนักงาน")
    isub = identity.add_subparsers(dest="identity_command", required=True)
    isub.add_parser("create", help="สร้างกุญแจและใบรับรองของสำนักงาน (ครั้งแรก)")
    cert = isub.add_parser("export-cert", help="ส่งออกใบรับรอง (ส่วนสาธารณะ) เป็นไฟล์ .pem เพื่อส่งจังหวัด")
    cert.add_argument("file", metavar="FILE.pem")
    imp = isub.add_parser("import", help="นำเข้าไฟล์ .p12 ที่จังหวัดออกให้ แทนใบรับรองเดิม")
    imp.add_argument("file", metavar="FILE.p12")
    export = sub.add_parser("export-package", help="ส่งออกชุดข้อมูลที่ลงนามแล้วสำหรับส่งจังหวัด (.zip)")
    export.add_argument("--period", required=True, metavar="P", help="ปีงบประมาณ 2568 หรือเดือน 2568-02 (พ.ศ.)")
    export.add_argument("--out", required=True, metavar="FILE.zip")
    verify = sub.add_parser("verify", help="ตรวจชุดข้อมูล .zip: ลายมือชื่อ ค่าตรวจสอบทุกไฟล์ และ PDF")
    verify.add_argument("package", metavar="PACKAGE.zip")
    verify.add_argument("--cert", action="append", default=[], metavar="FILE",
                        help="เชื่อถือใบรับรองนี้ด้วย (นอกจากอำเภอที่ลงทะเบียนไว้)")
    imports = sub.add_parser("import-packages", help="นำเข้าชุดข้อมูลจากอำเภอ (โหมดจังหวัด)")
    imports.add_argument("paths", nargs="+", metavar="DIR|FILE")
    imports.add_argument("--dry-run", action="store_true", help="ตรวจและบอกผลโดยไม่บันทึก")
    province = sub.add_parser("province", help="โหมดจังหวัด: อำเภอที่เชื่อถือ ใบรับรอง และสรุปผล")
    psub = province.add_subparsers(dest="province_command", required=True)
    init = psub.add_parser("init", help="เปิดโหมดจังหวัดและสร้างใบรับรองหลัก (root) ของจังหวัด")
    init.add_argument("--province", required=True, metavar="CODE", help="รหัสจังหวัด เช่น 43")
    reg = psub.add_parser("register", help="ลงทะเบียนอำเภอ (และใบรับรองที่อำเภอส่งมา)")
    reg.add_argument("district", metavar="CODE")
    reg.add_argument("--cert", metavar="FILE.pem")
    issue = psub.add_parser("issue", help="ออกใบรับรอง .p12 ให้อำเภอจากใบรับรองหลักของจังหวัด")
    issue.add_argument("district", metavar="CODE")
    issue.add_argument("--out", required=True, metavar="FILE.p12")
    status = psub.add_parser("status", help="คะแนนทุกอำเภอ อันดับ และอำเภอที่ยังไม่ส่ง")
    status.add_argument("--period", required=True, metavar="P")
    rep = psub.add_parser("report", help="รายงานสรุปของจังหวัด (PDF หรือ Excel)")
    rep.add_argument("--period", required=True, metavar="P")
    rep.add_argument("--out", required=True, metavar="FILE")


def passphrase(prompt: str, env: str = "CDDESK_PASSPHRASE", confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise KnownError(f"ต้องใช้รหัสผ่าน: ตั้งค่าตัวแปร {env} หรือเรียกคำสั่งจากหน้าจอที่พิมพ์รหัสผ่านได้")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("พิมพ์รหัสผ่านอีกครั้ง: ") != value:
        raise KnownError("รหัสผ่านสองครั้งไม่ตรงกัน")
    return value


def _office_identity(services: Services, out: Out, create: bool) -> Identity:
    from cddesk import signing

    root = services.db.paths.root
    if signing.has_identity(root):
        return signing.load_identity(root, passphrase("รหัสผ่านใบรับรองของสำนักงาน: "))
    if not create:
        raise KnownError("ยังไม่มีใบรับรองสำหรับลงนาม — ใช้คำสั่ง identity create หรือ identity import")
    profile = services.office.profile()
    if profile is None:
        raise KnownError("ยังไม่ได้กรอกข้อมูลสำนักงาน")
    phrase = passphrase("ตั้งรหัสผ่านใบรับรองของสำนักงาน (อย่างน้อย 8 ตัว): ", confirm=True)
    identity = signing.create_identity(root, phrase, profile.office_name, profile.province_name, profile.district_name)
    out(f"สร้างใบรับรองของสำนักงานแล้ว: {signing.identity_path(root)} (เก็บรหัสผ่านไว้ให้ดี โปรแกรมไม่บันทึกรหัสผ่าน)")
    return identity


def run_command(paths: DataPaths, args: argparse.Namespace, out: Out = print) -> int | None:
    """Run a package or province command; None when ``args`` is not one of them."""
    if args.command not in ("identity", "export-package", "verify", "import-packages", "province"):
        return None
    from cddesk.app_services import Services

    services = Services.open(paths)
    try:
        return _dispatch(services, args, out)
    finally:
        services.close()


def _dispatch(services: Services, args: argparse.Namespace, out: Out) -> int:
    from cddesk import signing
    from cddesk.periods import parse_period

    root = services.db.paths.root
    if args.command == "identity":
        if args.identity_command == "create":
            _office_identity(services, out, create=True)
        elif args.identity_command == "export-cert":
            identity = signing.load_identity(root, passphrase("รหัสผ่านใบรับรองของสำนักงาน: "))
            Path(args.file).write_bytes(signing.certificate_pem(identity.cert))
            out(f"บันทึกใบรับรองแล้ว: {args.file} (ลายนิ้วมือ SHA-256 {signing.fingerprint(identity.cert)})")
        else:
            identity = signing.import_identity(root, Path(args.file), passphrase("รหัสผ่านของไฟล์ .p12: "))
            out(f"นำเข้าใบรับรองของ «{identity.subject}» แล้ว")
        return 0
    if args.command == "export-package":
        from cddesk.package.export import export_package

        period = parse_period(args.period)
        identity = _office_identity(services, out, create=True)
        made = export_package(services, identity, period, Path(args.out))
        replaced = f" แทนชุด {made.replaces}" if made.replaces else ""
        out(f"ส่งออกแล้ว: {made.path} ({made.files} ไฟล์, {made.size:,} ไบต์) ชุด {made.package_id} "
            f"รุ่น {made.version}{replaced}")
        return 0
    if args.command == "verify":
        return _verify(services, args, out)
    if args.command == "import-packages":
        return _import(services, args, out)
    return _province(services, args, out)


def _verify(services: Services, args: argparse.Namespace, out: Out) -> int:
    from cddesk.package.verify import ANY_DISTRICT, Rejected, verify_package
    from cddesk.signing import common_name, fingerprint, read_certificate
    from cddesk.thaidate import format_timestamp

    trust = services.province.trust()
    for file in args.cert:
        cert = read_certificate(Path(file).read_bytes())
        trust.certificates.append(cert)
        trust.districts.setdefault(fingerprint(cert), ANY_DISTRICT)
    try:
        verified = verify_package(Path(args.package), trust)
    except Rejected as exc:
        out(f"ไม่ผ่าน: {exc.message}")
        return 1
    m = verified.manifest
    out(f"ผ่าน: {args.package}")
    out(f"  {m['office']['name']} {m['period']['label']} ชุด {m['package_id']} รุ่น {m['version']}")
    out(f"  ลงนามโดย {common_name(verified.signer)} เมื่อ {format_timestamp(str(m['created']))}; "
        f"ไฟล์ {len(m['files'])} ไฟล์ตรงตามรายการ")
    for rubric in m["rubrics"]:
        out(f"  {rubric['title']}: {rubric['points']}/{rubric['max_points']}")
    return 0


def _import(services: Services, args: argparse.Namespace, out: Out) -> int:
    files: list[Path] = []
    for name in args.paths:
        path = Path(name)
        files += sorted(path.glob("*.zip")) if path.is_dir() else [path]
    if not files:
        raise KnownError("ไม่พบไฟล์ .zip ที่จะนำเข้า")
    receipts = services.province.import_packages(files, dry_run=args.dry_run)
    out("ตรวจแล้ว (ยังไม่บันทึก):" if args.dry_run else "ผลการนำเข้า:")
    for receipt in receipts:
        out(f"  {receipt.line(args.dry_run)}")
    return 1 if any(r.outcome == "rejected" for r in receipts) else 0


def _province(services: Services, args: argparse.Namespace, out: Out) -> int:
    from cddesk import gazetteer
    from cddesk.periods import parse_period

    province = services.province
    if args.province_command == "init":
        place = gazetteer.province(args.province)
        if place is None:
            raise KnownError(f"ไม่พบจังหวัดรหัส {args.province}")
        province.set_province_mode(True, args.province)
        province.create_root(passphrase("ตั้งรหัสผ่านใบรับรองหลักของจังหวัด: ", confirm=True), place.name)
        for district in gazetteer.districts(args.province):
            province.register_district(district.code)
        out(f"โหมดจังหวัด{place.name}: สร้างใบรับรองหลักแล้ว ลงทะเบียน {len(gazetteer.districts(args.province))} อำเภอ")
    elif args.province_command == "register":
        province.register_district(args.district, Path(args.cert) if args.cert else None)
        out(f"ลงทะเบียนอำเภอรหัส {args.district} แล้ว")
    elif args.province_command == "issue":
        data = province.issue_district(args.district, passphrase("รหัสผ่านใบรับรองหลักของจังหวัด: "),
                                       passphrase("ตั้งรหัสผ่านของไฟล์ที่ออกให้อำเภอ: ", "CDDESK_NEW_PASSPHRASE", True))
        Path(args.out).write_bytes(data)
        out(f"ออกใบรับรองให้อำเภอรหัส {args.district} แล้ว: {args.out} (ส่งรหัสผ่านให้อำเภอแยกจากไฟล์)")
    elif args.province_command == "status":
        from cddesk.province_report import status_lines

        for line in status_lines(province, parse_period(args.period)):
            out(line)
    else:
        from cddesk.province_report import write_consolidated

        pages = write_consolidated(services, parse_period(args.period), Path(args.out))
        out(f"บันทึกแล้ว: {args.out}" + (f" {pages} หน้า" if pages else ""))
    return 0
