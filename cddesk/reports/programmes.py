"""Reports of the seeds' other programmes, as :class:`~cddesk.reports.model.Report` builders
(``(ReportContext) -> Report``), so each prints as PDF and Excel:

- ``training_questionnaire`` — the blank training-needs questionnaire as seed 000 prints it
  (part 1 boxes, part 2 grid of ten topics × five levels, four "อื่น ๆ โปรดระบุ" lines);
- ``training_needs`` — the questionnaires of the period: part 1 counts, the topics ranked by
  mean (ties: more 5-ratings, then document order; :func:`cddesk.survey.rank`) with a chart;
- ``role_model`` — the district's nomination of its IT role model for the fiscal year
  (seed 001): the person, the criteria checked one by one, the works by kind with evidence;
- ``website_check`` — the 100-point website-contest self-check of the fiscal year: points
  per criterion, each checklist item found (date, link, evidence) and the items still missing.

The website contest rubric is written for FY2564. A self-check of another fiscal year uses
the newest shipped contest rubric not later than that year, with its period moved to the
year (:func:`cddesk.office_facts.score_office_in_year`); the report says which rules it used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from cddesk.kinds import PORTFOLIO_CATEGORIES
from cddesk.office_facts import latest_rubric_id, score_office_in_year
from cddesk.report_text import points
from cddesk.reports import ReportContext
from cddesk.reports.common import EvidenceIndex, describe, new_report, not_counted, signatures, when, when_long
from cddesk.reports.model import Bar, BarChart, Column, Fields, Heading, Paragraph, Report, Signatures, Signer, Table
from cddesk.role_model import CRITERIA, TITLE, RoleModelService
from cddesk.survey import (
    MAX_OTHERS, OTHER_LABEL, PART1, RATINGS, SUBJECT, TOPICS, SurveyService, breakdowns, rank, tie_note)
from scoring import RubricResult
from scoring.facts import Record
from scoring.model import ChecklistShare
from scoring.results import CriterionResult, Explanation, json_number

WEBSITE_RUBRICS = "website_contest_fy"
DOTS = "." * 40


def _province(ctx: ReportContext) -> str:
    profile = ctx.services.office.profile()
    return profile.province_name if profile and profile.province_name else DOTS[:20]


# --- training-needs questionnaire (seed 000) ----------------------------------------------


def training_questionnaire(ctx: ReportContext) -> Report:
    """The blank questionnaire, worded as the province printed it (its province's name)."""
    province = _province(ctx)
    report = new_report(ctx, "training-questionnaire", "แบบสอบถาม",
                        subtitle="โครงการศูนย์บริการข้อมูลข่าวสารทางไกล", sheet_name="แบบสอบถามความต้องการอบรม",
                        body_size=13.0)
    subject = SUBJECT.format(province=province)
    report.add(Paragraph(f"เรื่อง {subject}", bold=True))
    report.add(Paragraph(f"คำชี้แจง แบบสอบถามฉบับนี้มีวัตถุประสงค์เพื่อศึกษา{subject} "
                         "ว่าสนใจศึกษาในประเด็นใดมากที่สุดตามลำดับ แบบสอบถามมี 2 ตอน ดังนี้", indent=True))
    report.add(Heading("ตอนที่ 1 : เป็นแบบสอบถามเกี่ยวกับสถานภาพส่วนตัวของผู้ตอบ", level=2))
    report.add(Paragraph("คำชี้แจง : โปรดกรอกข้อมูลตามความเป็นจริง"))
    box = "(\u00a0\u00a0\u00a0\u00a0)\u00a0"  # no break inside a box
    for n, (name, question, choices) in enumerate(PART1, start=1):
        words = [f"{box}{label}" + (f" {DOTS[:20]}" if name == "sex" and token == "other" else "")
                 for token, label in choices]
        for line, text in enumerate(_box_lines(f"{n}. {question}", words, report.body_size)):
            report.add(Paragraph(text, indent=line > 0))
    report.add(Heading(f"ตอนที่ 2 : แบบสอบถาม{subject}", level=2))
    report.add(Paragraph("คำชี้แจง : โปรดทำเครื่องหมาย / ลงในช่องที่ตรงกับระดับความต้องการของท่าน"))
    rows: list[list[Any]] = [[str(i), topic, *([""] * len(RATINGS))] for i, topic in enumerate(TOPICS, start=1)]
    rows += [["", f"{OTHER_LABEL} :\n{DOTS[:34]}", *([""] * len(RATINGS))] for _ in range(MAX_OTHERS)]
    report.add(Table([Column("ข้อ", 0.75), Column("หัวข้อ", 5.0),
                      *(Column(label, 1.5) for _, label in RATINGS)], rows, font_size=12,
                     caption="ระดับความต้องการ: มากที่สุด (5) มาก (4) ปานกลาง (3) น้อย (2) น้อยที่สุด (1)"))
    profile = ctx.services.office.profile()
    to = " ".join(x for x in (profile.it_officer_name if profile else "", report.office) if x)
    report.add(Paragraph(f"กรุณาตอบแบบสอบถาม และส่งที่ {to} ภายในวันที่ {DOTS[:30]}", bold=True))
    return report


def _box_lines(lead: str, words: list[str], size: float) -> list[str]:
    """A question and its boxes on as few printed lines as they fit, a line never breaking
    between a box and its word (continuation lines are indented)."""
    from reportlab.lib.pagesizes import A4

    from cddesk.pdf import thai
    from cddesk.pdf.render import MARGIN

    thai.register_fonts()
    gap = "     "
    limit = A4[0] - 2 * MARGIN - 2 * size  # slack for shaping
    lines = [lead]
    for word in words:
        joined = lines[-1] + gap + word
        indent = size * 2.5 if len(lines) > 1 else 0.0
        wide = max(thai.width(joined, thai.FONT, size), thai.width(thai.to_thai_digits(joined), thai.FONT, size))
        if wide + indent <= limit or lines[-1] == lead:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


# --- training needs: the result -----------------------------------------------------------


def training_needs(ctx: ReportContext) -> Report:
    """The questionnaires dated in the period: who answered, and the topics ranked."""
    report = new_report(ctx, "training-needs", "ผลการสำรวจความต้องการฝึกอบรมและการรับรู้ข้อมูลข่าวสาร",
                        subtitle="ผ่านช่องทางห้องประชุมออนไลน์ (Session Call)", sheet_name="ผลสำรวจความต้องการอบรม")
    responses = SurveyService(ctx.services.db).responses(ctx.period.start, ctx.at)
    if not responses:
        report.warnings.append(f"ยังไม่มีแบบสอบถามที่บันทึกไว้ใน{ctx.period.label()}")
        report.add(Paragraph(f"ยังไม่มีแบบสอบถามที่บันทึกไว้ใน{ctx.period.label()} "
                             "บันทึกแบบสอบถามที่ตอบแล้วในหน้าแบบสอบถามความต้องการฝึกอบรม"))
        return report
    first, last = responses[0].date, responses[-1].date
    report.add(Paragraph(f"ผู้ตอบแบบสอบถาม {len(responses):,} คน (ตอบระหว่างวันที่ {when(first)} – {when(last)})",
                         bold=True))
    report.add(Heading("ตอนที่ 1 สถานภาพส่วนตัวของผู้ตอบแบบสอบถาม"))
    for b in breakdowns(responses):
        report.add(Table([Column(b.question, 4), Column("จำนวน (คน)", 1.3, "int", total=True),
                          Column("ร้อยละ", 1.3, "percent")],
                         [[label, n, round(n * 100 / b.total, 2)] for label, n in b.rows]))
    results = rank(responses)
    report.add(Heading("ตอนที่ 2 ความต้องการฝึกอบรมและการรับรู้ข้อมูลข่าวสาร เรียงจากมากไปหาน้อย"))
    report.add(Paragraph("เรียงตามค่าเฉลี่ยระดับความต้องการจากมากไปหาน้อย (มากที่สุด 5 … น้อยที่สุด 1) "
                         "ค่าเฉลี่ยเท่ากัน ข้อที่ได้ระดับมากที่สุด (5) มากกว่าอยู่ก่อน ถ้ายังเท่ากัน เรียงตามลำดับข้อในแบบสอบถาม "
                         "(หัวข้ออื่น ๆ ต่อจากข้อ 10 ตามลำดับที่พบ) ช่องที่เว้นว่างไม่นับรวมในค่าเฉลี่ย", muted=True))
    rows = []
    for t in results:
        rows.append([t.rank, str(t.number) if t.number else "อื่น\u00a0ๆ", t.title, t.count, *t.distribution,
                     round(float(t.mean), 2) if t.mean is not None else None])
    report.add(Table([Column("อันดับ", 0.85, "int"), Column("ข้อ", 0.75), Column("หัวข้อ", 4.5),
                      Column("ผู้ตอบ", 0.8, "int"), *(Column(str(value), 0.5, "int") for value, _ in RATINGS),
                      Column("ค่าเฉลี่ย", 1.1, "float")], rows, font_size=12,
                     caption="ลำดับความต้องการ (ช่อง 5 ถึง 1 คือจำนวนผู้ตอบในแต่ละระดับ: "
                             + " ".join(f"{value} {label}" for value, label in RATINGS) + ")"))
    for line in tie_note(results):
        report.add(Paragraph(line, muted=True))
    unrated = [t for t in results if t.rank is None]
    if unrated:
        report.add(Paragraph("ไม่มีผู้ให้คะแนน (จึงไม่จัดอันดับ): " + ", ".join(t.label for t in unrated), muted=True))
    ranked = [t for t in results if t.rank is not None]
    report.add(BarChart("กราฟค่าเฉลี่ยความต้องการ (เต็ม 5) เรียงตามอันดับ",
                        [Bar(f"{t.rank}. {t.title}", round(float(t.mean or 0), 2), 5.0) for t in ranked]))
    report.add(signatures(ctx))
    return report


# --- IT role model (seed 001) --------------------------------------------------------------


def role_model(ctx: ReportContext) -> Report:
    """The nomination of the fiscal year's nominee (``YearPlan.role_model_nominee``); a blank
    form with a warning when nobody is nominated yet."""
    fy = ctx.period.fiscal_year
    province = _province(ctx)
    service = RoleModelService(ctx.services.db)
    name = service.nominee(fy)
    report = new_report(ctx, "role-model", f"แบบเสนอชื่อ “{TITLE} พช.{province}”",
                        subtitle="ผู้มีผลงานด้าน IT เป็นที่ประจักษ์ อำเภอละ 1 คน",
                        sheet_name="เสนอชื่อคนต้นแบบ ไอที")
    if not name:
        report.warnings.append(f"ยังไม่ได้เสนอชื่อ{TITLE}ของปีงบประมาณ {fy} จึงพิมพ์แบบฟอร์มเปล่าให้กรอกด้วยมือ")
        report.add(Heading("ข้อมูลผู้ได้รับการเสนอชื่อ"))
        report.add(Fields([(label, DOTS) for label in ("ชื่อ-นามสกุล", "ตำแหน่ง", "ระดับ", "สังกัด", "โทรศัพท์", "อีเมล")]))
        report.add(Heading("คุณสมบัติตามหลักเกณฑ์"))
        for _, title in CRITERIA:
            report.add(Paragraph(title))
        report.add(Heading("ผลงานด้านการใช้เทคโนโลยีสารสนเทศ (IT)"))
        for _, label in PORTFOLIO_CATEGORIES:
            report.add(Paragraph(f"{label} : {DOTS * 2}"))
        report.add(Signatures([Signer("เจ้าของผลงาน", "", ""), _proposer(ctx)]))
        return report
    result = service.eligibility(name, ctx.at)
    staff = result.staff
    if not result.eligible:
        report.warnings.append(f"{name} ยังมีคุณสมบัติไม่ครบ: " + "; ".join(result.reasons))
    report.add(Heading("ข้อมูลผู้ได้รับการเสนอชื่อ"))
    report.add(Fields([("ชื่อ-นามสกุล", name), ("ตำแหน่ง", staff.position if staff else ""),
                       ("ระดับ", staff.level if staff else ""), ("สังกัด", report.office),
                       ("โทรศัพท์", staff.phone if staff else ""), ("อีเมล", staff.email if staff else ""),
                       ("LINE ID", staff.line_id if staff else "")]))
    report.add(Heading("การตรวจคุณสมบัติตามหลักเกณฑ์"))
    report.add(Table([Column("หลักเกณฑ์", 4.2), Column("ผลการตรวจ", 1.1), Column("รายละเอียด", 3.4)],
                     [[c.title, "ผ่าน" if c.met else "ยังไม่ผ่าน",
                       c.detail if c.met else "; ".join(c.reasons)] for c in result.conditions]))
    verdict = (f"สรุป: {name} มีคุณสมบัติครบตามหลักเกณฑ์ ({when_long(result.checked_on)})" if result.eligible
               else f"สรุป: {name} ยังมีคุณสมบัติไม่ครบตามหลักเกณฑ์ ({when_long(result.checked_on)})")
    report.add(Paragraph(verdict, bold=True))
    report.add(Heading("ผลงานด้านการใช้เทคโนโลยีสารสนเทศ (IT) ที่มีหลักฐานเชิงประจักษ์"))
    counted = result.counted_works()
    ev = EvidenceIndex(ctx, [f"portfolio_work:{w.id}" for w in counted])
    for token, label in PORTFOLIO_CATEGORIES:
        works = [w for w in counted if w.category == token]
        rows: list[list[Any]] = []
        for i, w in enumerate(works, start=1):
            ref = f"portfolio_work:{w.id}"
            text = w.title + (f"\n{w.notes}" if w.notes else "")
            shown = [w.url] if w.url else []
            shown += [describe(item) for item in ev.items(ref) if not item.is_photo or item.url]
            rows.append([i, text, w.date, "\n".join(dict.fromkeys(shown)) or "-", ev.photos(ref)])
        report.add(Table([Column("ที่", 0.5, "int"), Column("ผลงานและผลสำเร็จ", 3.4), Column("วันที่", 1.2, "date"),
                          Column("ลิงก์และหลักฐาน", 3.0, "link"), Column("ภาพ", 1.8, "photos")],
                         rows, caption=label, empty_text="ไม่มีผลงานในด้านนี้", font_size=12))
    waiting = [w for w in result.works if not w.counted]
    if waiting:
        report.add(Paragraph("ผลงานที่ยังไม่นับ: " + "; ".join(f"{w.title} ({w.reason})" for w in waiting), muted=True))
    nominee_position = "".join(x for x in (staff.position if staff else "", staff.level if staff else "") if x)
    report.add(Signatures([Signer("เจ้าของผลงาน", name, nominee_position), _proposer(ctx)]))
    return report


def _proposer(ctx: ReportContext) -> Signer:
    """The head of the office, who puts the name forward."""
    return replace(signatures(ctx).signers[1], role="ผู้เสนอ")


# --- website contest self-check (seed 001) --------------------------------------------------


def website_result(ctx: ReportContext) -> RubricResult:
    """The self-check of the period's fiscal year, as the dashboard's engine computes it."""
    fy = ctx.period.fiscal_year
    return score_office_in_year(ctx.services.db, latest_rubric_id(WEBSITE_RUBRICS, fy), fy, ctx.at)


def _item_of(record: Record) -> str:
    return next(iter(record.tag_values("item")), "")


def website_check(ctx: ReportContext) -> Report:
    from scoring import load_shipped_rubric

    fy = ctx.period.fiscal_year
    result = website_result(ctx)
    rubric = load_shipped_rubric(result.rubric_id)
    report = new_report(ctx, "website-check", "แบบประเมินตนเอง การประกวดเว็บไซต์สำนักงานพัฒนาชุมชนอำเภอดีเด่น",
                        subtitle=f"ตามหลักเกณฑ์การประกวด ปีงบประมาณ พ.ศ. {rubric.fiscal_year} (100 คะแนน)",
                        sheet_name="ประเมินตนเอง เว็บไซต์")
    report.add(Paragraph(f"คะแนนรวม {points(result.points)} จาก {points(result.max_points)} คะแนน "
                         f"ประเมิน ณ วันที่ {when_long(result.evaluated_at)} "
                         f"(ข้อมูลปีงบประมาณ {fy}: {when(result.period_start)} – {when(result.period_end)})", bold=True))
    if rubric.fiscal_year != fy:
        report.add(Paragraph(f"จังหวัดกำหนดหลักเกณฑ์ไว้สำหรับปีงบประมาณ {rubric.fiscal_year} "
                             f"โปรแกรมใช้หลักเกณฑ์เดียวกันตรวจข้อมูลของปีงบประมาณ {fy} จนกว่าจะมีหลักเกณฑ์ของปีนี้ "
                             f"(เกณฑ์ {rubric.id} รุ่น {rubric.version})", muted=True))
    report.add(Paragraph("แต่ละรายการในข้อ 1–4 ได้คะแนนเท่ากันภายในข้อ (ข้อ 1 รายการละ 4, ข้อ 2 รายการละ 2.5, "
                         "ข้อ 3 รายการละ 3.33, ข้อ 4 รายการละ 10 คะแนน) นับรายการที่ตรวจพบในปีงบประมาณและมีหลักฐาน "
                         "(ลิงก์หรือภาพหน้าเว็บ) ข้อ 5 รูปแบบเว็บไซต์ให้คะแนนเอง 0–15 คะแนน", muted=True))
    plans = [r.data for r in ctx.services.kinds["year_plan"].rows() if r.data.fiscal_year == fy]
    url = plans[0].website_url if plans and plans[0].website_url else ""
    report.add(Fields([("เว็บไซต์ของสำนักงาน", url or "ยังไม่ได้บันทึก (บันทึกในค่าเป้าหมายประจำปี)")]))
    criteria = [c for d in result.domains for c in d.criteria]
    report.add(Table([Column("ข้อ", 0.7), Column("หลักเกณฑ์", 4.5), Column("เต็ม", 0.9, "float", total=True),
                      Column("ได้", 0.9, "float", total=True), Column("ผล", 2.3)],
                     [[c.id, c.title, float(c.max_points), float(c.points), _short_result(c)] for c in criteria],
                     caption="สรุปคะแนนรายข้อ"))
    report.add(BarChart("กราฟคะแนนรายข้อ", [Bar(f"{c.id}. {c.title.split(' (')[0]}", round(float(c.points), 2),
                                                float(c.max_points)) for c in criteria]))
    items = {c.id: c.scorer for d in rubric.domains for c in d.criteria if isinstance(c.scorer, ChecklistShare)}
    checks = {r.id: r.data for r in ctx.services.kinds["website_check"].rows()}
    refs = [r.ref for c in criteria for r in c.explanation.all_counted()]
    ev = EvidenceIndex(ctx, refs)
    missing: list[list[Any]] = []
    for c in criteria:
        report.add(Heading(f"ข้อ {c.id} {c.title} — {points(c.points)}/{points(c.max_points)} คะแนน", level=2))
        scorer = items.get(c.id)
        if scorer is None:
            _manual(report, c, missing)
            continue
        rows, lacking = _checklist_rows(c, scorer, checks, ev)
        report.add(Table([Column("ที่", 0.7), Column("รายการตามเกณฑ์", 3.7), Column("ผล", 1.5),
                          Column("วันที่ตรวจ", 1.2, "date"), Column("ลิงก์และหลักฐาน", 3, "link"),
                          Column("คะแนน", 1.0, "float", total=True)], rows, font_size=12))
        missing += lacking
    report.add(Heading("รายการที่ยังขาด"))
    if missing:
        report.add(Table([Column("ข้อ", 0.7), Column("รายการ", 4.6), Column("คะแนนที่จะได้เพิ่ม", 1.4, "float", total=True),
                          Column("หมายเหตุ", 2.8)], missing, font_size=12))
    else:
        report.add(Paragraph("ครบทุกรายการตามหลักเกณฑ์แล้ว"))
    report.add(signatures(ctx, "ผู้ประเมิน"))
    return report


def _short_result(c: CriterionResult) -> str:
    if c.type == "checklist_share":
        return c.explanation.summary.split(" (")[0]  # "มี 3 จาก 5 รายการ"
    return "ยังไม่ได้ให้คะแนน" if c.status == "not_assessed" else "ให้คะแนนเอง"


def _manual(report: Report, c: CriterionResult, missing: list[list[Any]]) -> None:
    report.add(Paragraph(c.explanation.summary, indent=True))
    for line in c.explanation.all_warnings():
        report.add(Paragraph(f"คำเตือน: {line}", muted=True))
    if c.status == "not_assessed":
        missing.append([c.id, c.title, float(c.max_points), "บันทึกคะแนนที่ให้เองในค่าเป้าหมายประจำปี"])


def _checklist_rows(c: CriterionResult, scorer: ChecklistShare, checks: dict[int, Any],
                    ev: EvidenceIndex) -> tuple[list[list[Any]], list[list[Any]]]:
    share = c.max_points / len(scorer.items)
    counted: dict[str, list[Record]] = {}
    for r in c.explanation.counted:
        counted.setdefault(_item_of(r), []).append(r)
    skipped: dict[str, list[tuple[Record, str]]] = {}
    for r, why in not_counted(c.explanation):
        skipped.setdefault(_item_of(r), []).append((r, why))
    rows: list[list[Any]] = []
    lacking: list[list[Any]] = []
    for n, item in enumerate(scorer.items, start=1):
        number = f"{c.id}.{n}"
        found = sorted(counted.get(item.key, []), key=lambda r: (r.date or dt.date.min, r.ref))
        if found:
            first = found[0]
            links = []
            for r in found:
                data = checks.get(int(r.ref.partition(":")[2])) if r.ref.partition(":")[2].isdigit() else None
                links += [data.url] if data is not None and data.url else []
                links += ev.links(r.ref) or [ev.text(r.ref)]
            rows.append([number, item.title, "มี", first.date, "\n".join(dict.fromkeys(links)), float(share)])
            continue
        why = "; ".join(dict.fromkeys(reason for _, reason in skipped.get(item.key, [])))
        rows.append([number, item.title, f"ยังไม่นับ: {why}" if why else "ยังไม่มี", None, "-", 0])
        lacking.append([number, item.title, float(share), f"บันทึกไว้แต่ยังไม่นับ: {why}" if why else "ยังไม่มีบนเว็บไซต์"])
    return rows, lacking
