"""Command line for keeping the data safe::

    backup                          # a snapshot now (rotated like the automatic ones)
    backups                         # every snapshot with its date and record counts
    restore-backup FILE             # put a snapshot back (the current file is kept first)
    save-backup FILE                # database + evidence in one file, for a USB stick / new PC
    restore-portable FILE           # that file into this data folder
    check-data                      # database integrity and every evidence file's SHA-256
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cddesk.paths import DataPaths

Out = Callable[[str], None]
COMMANDS = ("backup", "backups", "restore-backup", "save-backup", "restore-portable", "check-data")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sub.add_parser("backup", help="สำรองฐานข้อมูลเดี๋ยวนี้ (เก็บ 7 วันล่าสุด และสัปดาห์ละ 1 ชุด 4 สัปดาห์)")
    sub.add_parser("backups", help="รายการสำเนาสำรอง พร้อมวันที่และจำนวนรายการ")
    restore = sub.add_parser("restore-backup", help="กู้คืนฐานข้อมูลจากสำเนาสำรอง (เก็บไฟล์ปัจจุบันไว้ก่อน)")
    restore.add_argument("file", metavar="FILE")
    save = sub.add_parser("save-backup", help="สำรองฐานข้อมูลและไฟล์หลักฐานทั้งหมดเป็นไฟล์เดียว (ย้ายเครื่อง)")
    save.add_argument("file", metavar="FILE")
    portable = sub.add_parser("restore-portable", help="กู้คืนไฟล์สำรองแบบไฟล์เดียวลงในโฟลเดอร์ข้อมูลนี้")
    portable.add_argument("file", metavar="FILE")
    sub.add_parser("check-data", help="ตรวจฐานข้อมูลและไฟล์หลักฐานทุกไฟล์ (SHA-256) บอกไฟล์ที่หายหรือเสียหาย")


def run_command(paths: DataPaths, args: argparse.Namespace, out: Out = print) -> int | None:
    if args.command not in COMMANDS:
        return None
    from cddesk import backup
    from cddesk.thaidate import format_date

    if args.command == "backup":
        made = backup.automatic_backup(paths)
        out(f"สำรองแล้ว: {made}" if made else "ยังไม่มีฐานข้อมูลในโฟลเดอร์นี้")
        return 0 if made else 1
    if args.command == "backups":
        found = backup.list_backups(paths)
        if not found:
            out("ยังไม่มีสำเนาสำรอง")
        for b in found:
            counts = ", ".join(f"{k} {v:,}" for k, v in b.counts.items())
            state = "" if b.ok else " (เสียหาย)"
            out(f"{format_date(b.when.date())} {b.when:%H:%M} น.  {b.path.name}{state}  {counts}")
        return 0
    if args.command == "restore-backup":
        safety = backup.restore(paths, Path(args.file))
        out(f"กู้คืนจาก {args.file} แล้ว ไฟล์เดิมเก็บไว้ที่ {safety}")
        return 0
    if args.command == "save-backup":
        summary = backup.save_portable(paths, Path(args.file))
        out(f"บันทึกไฟล์สำรองแล้ว: {args.file} (ฐานข้อมูล {summary['records']:,} รายการหลัก, "
            f"ไฟล์หลักฐาน {summary['evidence_files']:,} ไฟล์)")
        return 0
    if args.command == "restore-portable":
        kept_copy = backup.restore_portable(Path(args.file), paths)
        kept = f" ไฟล์เดิมเก็บไว้ที่ {kept_copy}" if kept_copy else ""
        out(f"กู้คืนข้อมูลลงใน {paths.root} แล้ว{kept}")
        return 0
    return check_data(paths, out)


def check_data(paths: DataPaths, out: Out = print) -> int:
    """Integrity of the database and of every stored evidence file; exit 1 on any problem."""
    from cddesk import backup
    from cddesk.db import Database
    from cddesk.services.evidence import EvidenceService

    ok, counts = backup.inspect(paths.database)
    out(f"[{'ผ่าน' if ok else 'ไม่ผ่าน'}] ฐานข้อมูล {paths.database}: "
        + ("ความสมบูรณ์ถูกต้อง" if ok else "เสียหาย — กู้คืนจากสำเนาสำรอง (คำสั่ง backups และ restore-backup)"))
    if not ok:
        return 1
    db = Database(paths)
    try:
        problems = EvidenceService(db).check_store()
    finally:
        db.dispose()
    total = counts.get("evidence_file", 0)
    out(f"[{'ผ่าน' if not problems else 'ไม่ผ่าน'}] ไฟล์หลักฐาน {total:,} ไฟล์: "
        + ("ครบและตรงตามค่า SHA-256 ทุกไฟล์" if not problems else f"มีปัญหา {len(problems):,} ไฟล์"))
    for problem in problems:
        out(f"  {problem.message}")
    return 1 if problems else 0
