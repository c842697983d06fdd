"""Command line for IT villages and model tambons (seed 004)::

    import-register FILE [--kind village|tambon] [--accept WRONG=RIGHT ...] [--accept-suggestions] [--dry-run]
        # the letter's table pasted into a text file (or - for standard input), or an .xlsx:
        # prints rows read, duplicates, unknown names with suggestions, rows stored;
        # exit 1 when refused (an unknown name not confirmed, an unreadable row)
    candidate --kind K --fiscal-year Y [--tambon T --village V --moo N] [--population N]
              [--households N] [--level district|province] [--save [--replace]]
        # the office's candidate: the rules with a reason per rejection, and the deadlines;
        # exit 1 when it is not eligible
    lesson-learned --kind K --fiscal-year Y [--blank] --out FILE.pdf [--digits thai|arabic]
        # the lesson-learned document: the form to fill, or filled from the saved candidate
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cddesk.errors import KnownError
from cddesk.paths import DataPaths

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from cddesk.it_villages import CandidateData

Out = Callable[[str], None]
COMMANDS = ("import-register", "candidate", "lesson-learned")


def _pair(text: str) -> tuple[str, str]:
    wrong, sep, right = text.partition("=")
    if not sep or not wrong.strip() or not right.strip():
        raise argparse.ArgumentTypeError(f"«{text}» ต้องอยู่ในรูป ชื่อผิด=ชื่อถูก เช่น เผ่าไร่=เฝ้าไร่")
    return wrong.strip(), right.strip()


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds = ("village", "tambon")
    load = sub.add_parser("import-register",
                          help="นำเข้าทะเบียนหมู่บ้านสารสนเทศชุมชนดีเด่น/ตำบลต้นแบบ จากตารางในหนังสือ (ข้อความ) หรือ .xlsx")
    load.add_argument("file", metavar="FILE", help="ไฟล์ข้อความที่วางตารางจากหนังสือ, ไฟล์ .xlsx หรือ - (อ่านจาก stdin)")
    load.add_argument("--kind", choices=kinds, help="นำเข้าเฉพาะตารางหมู่บ้าน (village) หรือตำบล (tambon)")
    load.add_argument("--accept", metavar="WRONG=RIGHT", type=_pair, action="append", default=[],
                      help="ยืนยันชื่อที่ถูกต้องแทนชื่อที่ไม่พบในทำเนียบ เช่น เผ่าไร่=เฝ้าไร่ (ใส่ได้หลายครั้ง)")
    load.add_argument("--accept-suggestions", action="store_true",
                      help="ยืนยันทุกชื่อที่โปรแกรมเสนอ (ดูรายการก่อนด้วย --dry-run)")
    load.add_argument("--dry-run", action="store_true", help="ตรวจอย่างเดียว ไม่บันทึก")

    cand = sub.add_parser("candidate", help="หมู่บ้าน/ตำบลเป้าหมายของปีงบประมาณ: ตรวจหลักเกณฑ์ บันทึก และกำหนดส่ง")
    cand.add_argument("--kind", choices=kinds, required=True)
    cand.add_argument("--fiscal-year", type=int, required=True, metavar="Y", help="ปีงบประมาณ พ.ศ. เช่น 2563")
    cand.add_argument("--level", choices=("district", "province"), default="district",
                      help="ระดับอำเภอ (ค่าเริ่มต้น) หรือระดับจังหวัด")
    cand.add_argument("--tambon", help="ตำบล (ในอำเภอของสำนักงาน)")
    cand.add_argument("--village", help="ชื่อหมู่บ้าน")
    cand.add_argument("--moo", type=int, help="หมู่ที่")
    cand.add_argument("--population", type=int, help="จำนวนประชากร")
    cand.add_argument("--households", type=int, help="จำนวนครัวเรือน")
    cand.add_argument("--save", action="store_true", help="บันทึกเป็นเป้าหมายของปีนี้ (เมื่อผ่านหลักเกณฑ์)")
    cand.add_argument("--replace", action="store_true", help="แทนเป้าหมายที่บันทึกไว้แล้วของปีนี้")

    lesson = sub.add_parser("lesson-learned", help="เอกสารถอดบทเรียน (PDF): แบบว่างสำหรับกรอก หรือกรอกจากข้อมูลเป้าหมาย")
    lesson.add_argument("--kind", choices=kinds, required=True)
    lesson.add_argument("--fiscal-year", type=int, required=True, metavar="Y")
    lesson.add_argument("--level", choices=("district", "province"), default="district")
    lesson.add_argument("--blank", action="store_true", help="แบบว่าง (เส้นประสำหรับเขียน)")
    lesson.add_argument("--out", required=True, metavar="FILE.pdf")
    lesson.add_argument("--digits", choices=("thai", "arabic"), help="ตัวเลขใน PDF (ค่าเริ่มต้น ตามการตั้งค่าของสำนักงาน)")


def run_command(paths: DataPaths, args: argparse.Namespace, out: Out = print) -> int | None:
    if args.command not in COMMANDS:
        return None
    from cddesk.app_services import Services

    services = Services.open(paths)
    try:
        if args.command == "import-register":
            return import_register(services, args, out)
        if args.command == "candidate":
            return candidate(services, args, out)
        return lesson_learned(services, args, out)
    finally:
        services.close()


def import_register(services: Services, args: argparse.Namespace, out: Out = print) -> int:
    from cddesk.it_villages import RegisterService, parse_text, read_source

    if args.file == "-":
        parsed = parse_text(sys.stdin.read(), args.kind, "stdin")
        if not parsed.rows:
            raise KnownError("ไม่พบแถวของตารางทะเบียนในข้อความที่ส่งเข้ามา")
    else:
        parsed = read_source(Path(args.file), args.kind)
    register = RegisterService(services.db)
    preview = register.preview(parsed, dict(args.accept), accept_suggestions=args.accept_suggestions)
    for line in preview.report_lines():
        out(line)
    refusal = preview.refusal()
    if refusal:
        out(refusal)
        if any(s.blocking and s.name.suggestion for s in preview.unknown_names()):
            out("ยืนยันชื่อด้วย --accept ชื่อผิด=ชื่อถูก (หรือ --accept-suggestions เพื่อใช้ชื่อที่เสนอทั้งหมด)")
        return 1
    if args.dry_run:
        out(f"ตรวจแล้ว (ยังไม่บันทึก): จะบันทึก {preview.to_store:,} แถว")
        return 0
    stored = register.store(preview)
    out(f"บันทึกแล้ว {stored:,} แถว")
    return 0


def candidate(services: Services, args: argparse.Namespace, out: Out = print) -> int:
    from cddesk.it_villages import KIND_TEXT, LEVEL_TEXT, CandidateData, CandidateService, NotEligible, deadlines
    from cddesk.thaidate import format_date

    service = CandidateService(services.db, services.office, services.evidence)
    profile = service.profile()
    kind, fy, level = args.kind, args.fiscal_year, args.level
    out(f"{KIND_TEXT[kind]} {LEVEL_TEXT[level]} ปีงบประมาณ {fy} — อำเภอ{profile.district_name} "
        f"จังหวัด{profile.province_name}")
    saved = service.get(kind, fy, level)
    out(f"เป้าหมายที่บันทึกไว้: {saved.place()}" if saved else "เป้าหมายที่บันทึกไว้: ยังไม่มี")
    given = any(v is not None for v in (args.tambon, args.village, args.moo, args.population, args.households))
    if given:
        base = saved if saved is not None and (args.replace or _same_place(saved, args)) else CandidateData(
            kind=kind, level=level, fiscal_year=fy)
        changes = {name: getattr(args, name) for name in ("tambon", "village", "moo", "population", "households")
                   if getattr(args, name) is not None}
        data = dataclasses.replace(base, **changes)
        out(f"ตรวจ: {data.place()}")
    elif saved is not None:
        data = saved
    else:
        data = None
    ok = True
    if data is not None:
        verdict = service.check(data)
        ok = verdict.eligible
        for line in verdict.text().splitlines():
            out(line)
    out("กำหนดส่ง:")
    today = dt.date.today()
    for deadline in deadlines(kind, fy):
        out(f"  {format_date(deadline.date)} {deadline.what} ({deadline.status(today)})")
    if args.save:
        if data is None or not given:
            raise KnownError("ระบุ --tambon (และ --village --moo สำหรับหมู่บ้าน) ของเป้าหมายที่จะบันทึก")
        try:
            stored = service.save(data)
        except NotEligible:
            out("ไม่ได้บันทึก เพราะไม่ผ่านหลักเกณฑ์")
            return 1
        out(f"บันทึกแล้ว: {stored.place()}")
    return 0 if ok else 1


def _same_place(saved: CandidateData, args: argparse.Namespace) -> bool:
    """The place given is the saved candidate's (so population etc. update it)."""
    return ((args.tambon is None or args.tambon.strip().removeprefix("ตำบล") == saved.tambon)
            and (args.village is None or args.village.strip() == saved.village)
            and (args.moo is None or args.moo == saved.moo))


def lesson_learned(services: Services, args: argparse.Namespace, out: Out = print) -> int:
    from cddesk.reports.lesson_learned import write_lesson_learned

    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    digits = None if args.digits is None else args.digits == "thai"
    made = write_lesson_learned(services, args.kind, args.fiscal_year, target, level=args.level,
                                blank=args.blank, thai_digits=digits)
    out(f"บันทึกแล้ว: {made.path} {made.pages} หน้า")
    for warning in made.warnings:
        out(f"คำเตือน: {warning}")
    return 0
