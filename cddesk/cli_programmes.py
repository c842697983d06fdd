"""Command line for the seeds' other programmes (the documents themselves are reports:
``report training-questionnaire|training-needs|role-model|website-check --period P``)::

    survey rank [--fiscal-year Y] [--json]        # the topics ranked (ties: more 5s, then order)
    role-model check [NAME] [--fiscal-year Y]     # eligibility (default: the year's nominee)
    role-model nominate NAME [--fiscal-year Y]    # the district's one nominee of the year
    role-model withdraw [--fiscal-year Y]         # no nominee any more
    website-check [--fiscal-year Y] [--at DATE]   # the 100-point self-check, what is missing

``--fiscal-year`` defaults to the office's fiscal year. Exit codes: ``role-model check`` 0
when eligible and 1 when not; the others 0 when done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from cddesk.errors import KnownError
from cddesk.paths import DataPaths

if TYPE_CHECKING:
    from cddesk.db import Database

Out = Callable[[str], None]
COMMANDS = ("survey", "role-model", "website-check")
_FY_HELP = "ปีงบประมาณ พ.ศ. เช่น 2568 (ค่าเริ่มต้น: ปีงบประมาณของสำนักงาน)"


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    survey = sub.add_parser("survey", help="แบบสอบถามความต้องการฝึกอบรม (จัดลำดับหัวข้อ)")
    survey_sub = survey.add_subparsers(dest="survey_command", required=True)
    ranking = survey_sub.add_parser("rank", help="จัดลำดับหัวข้อตามค่าเฉลี่ยจากมากไปหาน้อย")
    ranking.add_argument("--fiscal-year", type=int, metavar="Y", help=_FY_HELP)
    ranking.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON")
    role = sub.add_parser("role-model", help="คนต้นแบบ ไอที: ตรวจคุณสมบัติ และเสนอชื่อ (อำเภอละ 1 คน)")
    role_sub = role.add_subparsers(dest="role_command", required=True)
    check = role_sub.add_parser("check", help="ตรวจคุณสมบัติตามหลักเกณฑ์ บอกเหตุผลทุกข้อที่ยังไม่ผ่าน")
    check.add_argument("name", nargs="?", metavar="NAME", help="ชื่อ-นามสกุล (ค่าเริ่มต้น: ผู้ได้รับการเสนอชื่อของปี)")
    check.add_argument("--fiscal-year", type=int, metavar="Y", help=_FY_HELP)
    nominate = role_sub.add_parser("nominate", help="เสนอชื่อเป็นคนต้นแบบ ไอที ของอำเภอ (แทนผู้ที่เสนอไว้เดิม)")
    nominate.add_argument("name", metavar="NAME", help="ชื่อ-นามสกุล ตามทะเบียนบุคลากร")
    nominate.add_argument("--fiscal-year", type=int, metavar="Y", help=_FY_HELP)
    withdraw = role_sub.add_parser("withdraw", help="ยกเลิกการเสนอชื่อของปีงบประมาณ")
    withdraw.add_argument("--fiscal-year", type=int, metavar="Y", help=_FY_HELP)
    web = sub.add_parser("website-check", help="ประเมินตนเองตามเกณฑ์ประกวดเว็บไซต์ (100 คะแนน) และรายการที่ยังขาด")
    web.add_argument("--fiscal-year", type=int, metavar="Y", help=_FY_HELP)
    web.add_argument("--at", metavar="DATE", help="ประเมิน ณ วันที่ (ค่าเริ่มต้น: วันนี้ หรือวันสิ้นปีงบประมาณที่ผ่านไปแล้ว)")


def run_command(paths: DataPaths, args: argparse.Namespace, out: Out = print) -> int | None:
    if args.command not in COMMANDS:
        return None
    from cddesk.db import Database
    from cddesk.office_facts import office_fiscal_year

    db = Database(paths)
    try:
        fy = args.fiscal_year or office_fiscal_year(db)
        if not 2500 <= fy <= 2700:
            raise KnownError(f"ปีงบประมาณ {fy} ไม่ใช่ปี พ.ศ. ระบุเช่น 2568")
        if args.command == "survey":
            return survey_rank(db, fy, args.json, out)
        if args.command == "role-model":
            return role_model(db, fy, args, out)
        return website_check(db, fy, args.at, out)
    finally:
        db.dispose()


def survey_rank(db: Database, fiscal_year: int, as_json: bool, out: Out = print) -> int:
    from cddesk.survey import SurveyService, rank, tie_note

    responses = SurveyService(db).of_fiscal_year(fiscal_year)
    results = rank(responses)
    if as_json:
        out(json.dumps({"fiscal_year": fiscal_year, "responses": len(responses), "topics": [
            {"rank": t.rank, "number": t.number, "title": t.title, "count": t.count,
             "mean": round(float(t.mean), 4) if t.mean is not None else None, "fives": t.fives,
             "distribution": dict(zip(("5", "4", "3", "2", "1"), t.distribution))}
            for t in results]}, ensure_ascii=False, indent=2))
        return 0
    out(f"ความต้องการฝึกอบรม ปีงบประมาณ {fiscal_year}: ผู้ตอบแบบสอบถาม {len(responses):,} คน")
    if not responses:
        out("ยังไม่มีแบบสอบถามที่บันทึกไว้ในปีงบประมาณนี้")
        return 0
    for t in results:
        place = f"{t.rank:>3}" if t.rank else "  -"
        figures = (f"ค่าเฉลี่ย {t.mean_text()} ผู้ตอบ {t.count} คน ระดับ 5: {t.fives} คน" if t.count
                   else "ไม่มีผู้ให้คะแนน")
        out(f"{place}. {t.label} — {figures}")
    for line in tie_note(results):
        out(f"หมายเหตุ: {line}")
    return 0


def role_model(db: Database, fiscal_year: int, args: argparse.Namespace, out: Out = print) -> int:
    from cddesk.role_model import TITLE, RoleModelService

    service = RoleModelService(db)
    if args.role_command == "withdraw":
        service.withdraw(fiscal_year)
        out(f"ยกเลิกการเสนอชื่อ{TITLE} ปีงบประมาณ {fiscal_year} แล้ว")
        return 0
    if args.role_command == "nominate":
        result = service.nominate(fiscal_year, args.name)
        out(f"เสนอชื่อ {result.staff_name} เป็น{TITLE} ของอำเภอ ปีงบประมาณ {fiscal_year} แล้ว "
            f"(ทำหนังสือ: report role-model --period {fiscal_year})")
        return 0
    name = args.name or service.nominee(fiscal_year)
    if not name:
        raise KnownError(f"ยังไม่ได้เสนอชื่อ{TITLE}ของปีงบประมาณ {fiscal_year} ระบุชื่อที่จะตรวจ "
                         "เช่น role-model check \"นางสาวน้ำฝน ฝั่งโขง\"")
    result = service.eligibility(name)
    nominee = " (ผู้ได้รับการเสนอชื่อของปีนี้)" if service.nominee(fiscal_year) == result.staff_name else ""
    out(f"{result.staff_name}{nominee}: " + ("มีคุณสมบัติครบ" if result.eligible else "ยังมีคุณสมบัติไม่ครบ"))
    for c in result.conditions:
        out(f"[{'ผ่าน' if c.met else 'ไม่ผ่าน'}] {c.title}")
        for line in ([c.detail] if c.met and c.detail else list(c.reasons)):
            out(f"      {line}")
    for w in result.works:
        state = "นับ" if w.counted else f"ไม่นับ: {w.reason}"
        out(f"  ผลงาน {w.category_label}: {w.title} ({state})")
    return 0 if result.eligible else 1


def website_check(db: Database, fiscal_year: int, at_text: str | None, out: Out = print) -> int:
    from cddesk.office_facts import latest_rubric_id, score_office_in_year
    from cddesk.report_text import result_lines
    from cddesk.thaidate import fiscal_year_bounds, parse_date

    try:
        parsed = parse_date(at_text) if at_text else None
    except ValueError as exc:
        raise KnownError(f"--at: {exc}") from None
    at = parsed.value if parsed else min(dt.date.today(), fiscal_year_bounds(fiscal_year)[1])
    rubric_id = latest_rubric_id("website_contest_fy", fiscal_year)
    result = score_office_in_year(db, rubric_id, fiscal_year, at)
    out(f"ประเมินตนเองตามเกณฑ์ประกวดเว็บไซต์ ข้อมูลปีงบประมาณ {fiscal_year} (ใช้หลักเกณฑ์ {rubric_id})")
    for line in result_lines(result):
        out(line)
    return 0
