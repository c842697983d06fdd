"""Command line: ``python main.py`` opens the window; subcommands run headless on the
same services. ``selftest`` checks fonts, database, write access, the rubric files and a
Thai PDF made and read back, and prints what it found (exit 1 on any failure). Package,
province, maintenance, IT-village and programme commands live in ``cli_package``,
``cli_maintenance``, ``cli_villages`` and ``cli_programmes``."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cddesk import APP_NAME, __version__
from cddesk.errors import KnownError
from cddesk.paths import FONT_FILES, DataPaths, font_path, resolve_data_dir

if TYPE_CHECKING:
    from cddesk.app_services import Services



def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="โฟลเดอร์ข้อมูลของสำนักงาน (แทนค่าเริ่มต้น หรือ CDDESK_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("selftest", help="ตรวจฟอนต์ ฐานข้อมูล สิทธิ์เขียน เกณฑ์ และการพิมพ์ PDF ภาษาไทย แล้วพิมพ์ผล")
    rubric = sub.add_parser("rubric", help="เกณฑ์การประเมิน (ไฟล์ TOML ใน scoring/rubrics)")
    rubric_sub = rubric.add_subparsers(dest="rubric_command", required=True)
    check = rubric_sub.add_parser("check", help="ตรวจไฟล์เกณฑ์ บอกบรรทัดและสิ่งที่ผิด")
    check.add_argument("files", nargs="+", metavar="FILE")
    score = sub.add_parser("score", help="คำนวณคะแนนของสำนักงานตามเกณฑ์ แล้วพิมพ์ผลพร้อมคำอธิบาย")
    score.add_argument("--rubric", metavar="ID", help="รหัสเกณฑ์ (ค่าเริ่มต้น: Digital 4.0 ของปีงบประมาณสำนักงาน); all = ทุกเกณฑ์")
    score.add_argument("--at", metavar="DATE", help="ประเมิน ณ วันที่ (ปีเกิน 2400 คือ พ.ศ.) เช่น 2568-06-30 หรือ 30/6/2568")
    score.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON (รูปแบบคงที่ ดู README)")
    sub.add_parser("sample-office", help="สร้างสำนักงานตัวอย่าง (หนองคาย ปีงบประมาณ 2568) ในโฟลเดอร์ข้อมูลที่ยังว่าง")
    export = sub.add_parser("export-workbook", help="ส่งออกข้อมูลทั้งหมดของสำนักงานเป็นไฟล์ Excel ไฟล์เดียว")
    export.add_argument("file", metavar="FILE.xlsx")
    load = sub.add_parser("import-workbook", help="นำเข้าไฟล์ Excel ที่ส่งออกจาก CD Desk สู่สำนักงานที่ยังว่าง")
    load.add_argument("file", metavar="FILE.xlsx")
    report = sub.add_parser("report", help="ทำรายงาน PDF หรือ Excel (report --list บอกชื่อรายงานทั้งหมด)")
    report.add_argument("name", nargs="?", metavar="NAME", help="ชื่อรายงาน เช่น digital40")
    report.add_argument("--list", action="store_true", help="แสดงชื่อรายงานทั้งหมด บรรทัดละหนึ่งรายงาน")
    report.add_argument("--period", metavar="P",
                        help="ปีงบประมาณ เช่น 2568 หรือเดือน เช่น 2568-02 (พ.ศ.; ค่าเริ่มต้น ปีงบประมาณของสำนักงาน)")
    report.add_argument("--format", choices=("pdf", "xlsx"), help="pdf หรือ xlsx (ค่าเริ่มต้น ตามนามสกุลของ --out)")
    report.add_argument("--out", metavar="FILE", help="ไฟล์ที่จะบันทึก (ค่าเริ่มต้น NAME-P.pdf ในโฟลเดอร์ปัจจุบัน)")
    report.add_argument("--digits", choices=("thai", "arabic"),
                        help="ตัวเลขในรายงาน PDF (ค่าเริ่มต้น ตามการตั้งค่าของสำนักงาน)")
    from cddesk import cli_maintenance, cli_package, cli_programmes, cli_villages

    cli_package.add_commands(sub)
    cli_maintenance.add_commands(sub)
    cli_villages.add_commands(sub)
    cli_programmes.add_commands(sub)
    return parser


def report_command(paths: DataPaths, args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    from pathlib import Path

    from cddesk.periods import parse_period
    from cddesk.reports import REPORTS, Format, generate, spec_named

    if args.list:
        for spec in REPORTS:
            out(f"{spec.name}\t{spec.title} — {spec.description}")
        return 0
    if not args.name:
        raise KnownError("ระบุชื่อรายงาน เช่น report digital40 --period 2568 (ดูชื่อทั้งหมดด้วย report --list)")
    spec_named(args.name)
    suffix = args.format or (Path(args.out).suffix.lstrip(".").lower() if args.out else "pdf")
    if suffix not in ("pdf", "xlsx"):
        raise KnownError(f"ไม่รู้จักรูปแบบ «{suffix}» ของไฟล์ {args.out} ระบุ --format pdf หรือ --format xlsx")
    fmt: Format = "pdf" if suffix == "pdf" else "xlsx"
    services = _open_services(paths)
    try:
        from cddesk.office_facts import office_fiscal_year

        period = parse_period(args.period) if args.period else parse_period(str(office_fiscal_year(services.db)))
        target = Path(args.out or f"{args.name}-{period.key()}.{fmt}")
        digits = None if args.digits is None else args.digits == "thai"
        made = generate(services, args.name, period, fmt, target, thai_digits=digits)
    finally:
        services.close()
    pages = f" {made.pages} หน้า" if made.pages else ""
    out(f"บันทึกแล้ว: {made.path}{pages}")
    for warning in made.warnings:
        out(f"คำเตือน: {warning}")
    return 0


def _open_services(paths: DataPaths) -> Services:
    from cddesk.app_services import Services

    return Services.open(paths)


def score_command(paths: DataPaths, rubric: str | None, at_text: str | None, as_json: bool,
                  out: Callable[[str], None] = print) -> int:
    import datetime as dt
    import json

    from cddesk.db import Database
    from cddesk.office_facts import rubric_ids, score_office
    from cddesk.report_text import result_lines
    from cddesk.thaidate import parse_date

    try:
        parsed = parse_date(at_text) if at_text else None
    except ValueError as exc:
        raise KnownError(f"--at: {exc}") from None
    at = parsed.value if parsed else dt.date.today()
    db = Database(paths)
    try:
        ids = rubric_ids() if rubric == "all" else [rubric]
        results = [score_office(db, rubric_id, at) for rubric_id in ids]
    finally:
        db.dispose()
    if as_json:
        docs = [r.to_json_dict() for r in results]
        out(json.dumps(docs if rubric == "all" else docs[0], ensure_ascii=False, indent=2))
    else:
        for result in results:
            for line in result_lines(result):
                out(line)
    return 0


def sample_office(paths: DataPaths, out: Callable[[str], None] = print) -> int:
    from cddesk.sample_office import create_sample_office

    services = _open_services(paths)
    try:
        create_sample_office(services)
        out(f"สร้างสำนักงานตัวอย่างแล้วที่ {paths.root}")
        out(f"เปิดด้วย: python main.py --data-dir {paths.root}")
    finally:
        services.close()
    return 0


def export_workbook_command(paths: DataPaths, file: str, out: Callable[[str], None] = print) -> int:
    from cddesk.workbook import export_workbook

    services = _open_services(paths)
    try:
        counts = export_workbook(services, file)
    finally:
        services.close()
    out(f"ส่งออกแล้ว: {file}")
    for title, n in counts.items():
        if n:
            out(f"  {title}: {n:,} แถว")
    return 0


def import_workbook_command(paths: DataPaths, file: str, out: Callable[[str], None] = print) -> int:
    from cddesk.workbook import import_workbook

    services = _open_services(paths)
    try:
        report = import_workbook(services, file)
    finally:
        services.close()
    if not report.ok:
        out(f"ไม่ได้นำเข้า (ไม่มีการบันทึกใด ๆ) เพราะพบปัญหา {len(report.problems):,} รายการ:")
        for problem in report.problems:
            out(f"  {problem}")
        return 1
    out(f"นำเข้าแล้วจาก {file}")
    for title, n in report.stored.items():
        out(f"  {title}: {n:,} แถว")
    if report.missing_files:
        out(f"คำเตือน: ไฟล์หลักฐาน {len(report.missing_files):,} ไฟล์ยังไม่อยู่ในเครื่องนี้ "
            "(คัดลอกโฟลเดอร์ evidence จากเครื่องเดิม) เช่น " + ", ".join(report.missing_files[:3]))
    return 0


def rubric_check(files: Sequence[str], out: Callable[[str], None] = print) -> int:
    """Validate rubric files; every problem names its line. Exit 1 when any file is broken."""
    from scoring import check_rubric_file

    broken = 0
    for name in files:
        problems = check_rubric_file(name)
        if problems:
            broken += 1
            out(f"{name}: ไม่ผ่าน {len(problems)} รายการ")
            for problem in problems:
                out(f"  {problem}")
        else:
            out(f"{name}: ถูกต้อง")
    return 1 if broken else 0


def _check_fonts() -> list[tuple[bool, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    results = []
    for name in FONT_FILES:
        path = font_path(name)
        if not path.is_file():
            results.append((False, f"ไม่พบไฟล์ฟอนต์ {path} — ติดตั้งโปรแกรมใหม่"))
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        ok = "Laksaman" in families
        results.append((ok, f"ฟอนต์ {name}: {'ใช้ได้ (' + ', '.join(families) + ')' if ok else 'อ่านไม่ได้'}"))
    return results


def _check_database(paths: DataPaths) -> list[tuple[bool, str]]:
    from cddesk.db import Database, current_revision, head_revision

    try:
        db = Database(paths)
    except KnownError as exc:
        return [(False, f"ฐานข้อมูล: {exc.message}")]
    try:
        revision = current_revision(db.engine)
        con = sqlite3.connect(paths.database)
        try:
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
            mode = con.execute("PRAGMA journal_mode").fetchone()[0]
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                      for t in ("staff", "computer", "antivirus_install", "internet_account", "evidence_file")}
        finally:
            con.close()
    finally:
        db.dispose()
    return [
        (revision == head_revision(), f"ฐานข้อมูล {paths.database}: รุ่นโครงสร้าง {revision} (โปรแกรม {head_revision()})"),
        (integrity == "ok", f"ตรวจความสมบูรณ์ (integrity_check): {integrity}, journal_mode={mode}"),
        (True, "จำนวนรายการ: " + ", ".join(f"{k}={v}" for k, v in counts.items())),
    ]


def _check_write(paths: DataPaths) -> list[tuple[bool, str]]:
    try:
        with tempfile.NamedTemporaryFile(dir=paths.root, prefix=".selftest-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return [(False, f"เขียนไฟล์ในโฟลเดอร์ข้อมูล {paths.root} ไม่ได้: {exc.strerror}")]
    return [(True, f"เขียนไฟล์ในโฟลเดอร์ข้อมูล {paths.root} ได้")]


def _check_rubrics() -> list[tuple[bool, str]]:
    """Every rubric file shipped with the program parses and validates."""
    from cddesk.office_facts import rubric_ids
    from scoring import RUBRICS_DIR, RubricError, load_shipped_rubric

    ids = rubric_ids()
    if not ids:
        return [(False, f"ไม่พบไฟล์เกณฑ์การประเมินใน {RUBRICS_DIR} — ติดตั้งโปรแกรมใหม่")]
    results: list[tuple[bool, str]] = []
    for rubric_id in ids:
        try:
            rubric = load_shipped_rubric(rubric_id)
        except RubricError as exc:
            results.append((False, f"เกณฑ์ {rubric_id}: อ่านไม่ได้ — " + "; ".join(exc.messages[:3])))
        except OSError as exc:
            results.append((False, f"เกณฑ์ {rubric_id}: เปิดไฟล์ไม่ได้ — {exc.strerror or exc}"))
        else:
            results.append((True, f"เกณฑ์ {rubric_id}: อ่านได้ ({rubric.title}, {len(rubric.domains)} ด้าน)"))
    return results


SELFTEST_THAI = ("ผู้ใหญ่บ้าน", "ที่ว่าการอำเภอ", "น้ำ", "ปู่")


def _pdf_text(path: str) -> str:
    """The text of a PDF's first page as PDFium extracts it (no poppler in the installed program)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0]
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
            page.close()
    finally:
        document.close()


def _check_pdf() -> list[tuple[bool, str]]:
    """A report with Thai is printed to a temporary PDF and read back: the same Thai comes
    out (shaping and word breaks did not scramble it) and the fonts are embedded."""
    import unicodedata
    from pathlib import Path

    try:
        from cddesk.pdf.render import render_pdf
        from cddesk.periods import parse_period
        from cddesk.reports.model import Paragraph, Report
    except ImportError as exc:
        return [(False, f"พิมพ์ PDF: โหลดส่วนพิมพ์รายงานไม่ได้ — {exc}")]
    report = Report(name="selftest", title="ทดสอบการพิมพ์รายงาน", office="สำนักงานพัฒนาชุมชนอำเภอ",
                    period=parse_period("2568"),
                    blocks=[Paragraph(" ".join(SELFTEST_THAI) + " ประชุมผู้ใหญ่บ้านประจำเดือน")])
    with tempfile.TemporaryDirectory(prefix="cddesk-selftest-") as folder:
        target = Path(folder) / "selftest.pdf"
        try:
            pages = render_pdf(report, target)
            data = target.read_bytes()
            text = _pdf_text(str(target))
        except Exception as exc:  # noqa: BLE001 (any failure is a failed check, said in Thai)
            return [(False, f"พิมพ์ PDF ภาษาไทยไม่ได้: {type(exc).__name__}: {exc}")]
    plain = "".join(unicodedata.normalize("NFC", text).split())
    missing = [word for word in SELFTEST_THAI if word not in plain]
    embedded = data.count(b"/FontFile2")
    return [
        (not missing, f"พิมพ์ PDF ภาษาไทย {pages} หน้า แล้วอ่านกลับ: "
         + ("ข้อความตรงทุกคำ (" + " ".join(SELFTEST_THAI) + ")" if not missing
            else "ไม่พบคำ " + " ".join(missing) + " ในข้อความที่อ่านกลับ: " + plain[:80])),
        (embedded > 0, f"ฟอนต์ฝังอยู่ใน PDF: {embedded} ฟอนต์" if embedded else "ฟอนต์ไม่ได้ฝังอยู่ใน PDF"),
    ]


def selftest(paths: DataPaths, out: Callable[[str], None] = print) -> int:
    out(f"{APP_NAME} {__version__} — selftest")
    results = _check_fonts() + _check_database(paths)
    if paths.root.is_dir():
        results += _check_write(paths)
    results += _check_rubrics() + _check_pdf()
    for ok, line in results:
        out(f"[{'ผ่าน' if ok else 'ไม่ผ่าน'}] {line}")
    failed = sum(not ok for ok, _ in results)
    out("ผลรวม: ผ่านทั้งหมด" if not failed else f"ผลรวม: ไม่ผ่าน {failed} รายการ")
    return 0 if not failed else 1


def _window_data_dir(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, folder or None)`` for a plain window start (``[--data-dir D]``, nothing else):
    it skips building the full parser, whose subcommand modules cost a cold start ~60 ms."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return True, argv[0].partition("=")[2]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    window, folder = _window_data_dir(sys.argv[1:] if argv is None else list(argv))
    if window:
        from ui.app import run_gui

        return run_gui(resolve_data_dir(folder))
    args = build_parser().parse_args(argv)
    paths = resolve_data_dir(args.data_dir)
    if args.command == "selftest":
        return selftest(paths)
    if args.command == "rubric":
        return rubric_check(args.files)
    if args.command == "score":
        return score_command(paths, args.rubric, args.at, args.json)
    if args.command == "sample-office":
        return sample_office(paths)
    if args.command == "export-workbook":
        return export_workbook_command(paths, args.file)
    if args.command == "import-workbook":
        return import_workbook_command(paths, args.file)
    if args.command == "report":
        return report_command(paths, args)
    from cddesk import cli_maintenance, cli_package, cli_programmes, cli_villages

    for run_command in (cli_package.run_command, cli_maintenance.run_command, cli_villages.run_command,
                        cli_programmes.run_command):
        result = run_command(paths, args)
        if result is not None:
            return result
    from ui.app import run_gui

    return run_gui(paths)


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point with known errors printed in Thai instead of a traceback."""
    try:
        return main(argv)
    except KnownError as exc:
        print(f"ข้อผิดพลาด: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader (``| head``) stopped early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
