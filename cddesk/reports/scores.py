"""Reports built on the scoring engine: the Digital 4.0 self-assessment and the monthly
report to the province (due the 15th). Both show exactly what ``python main.py score``
computes, for the period's end (or today while the period runs)."""

from __future__ import annotations

from cddesk.office_facts import default_rubric_id, score_office
from cddesk.periods import Period
from cddesk.report_text import points
from cddesk.reports import ReportContext
from cddesk.reports.common import EvidenceIndex, new_report, not_counted, signatures, when, when_long
from cddesk.reports.model import Bar, BarChart, Column, Heading, Paragraph, Report, Table
from scoring import RubricResult
from scoring.facts import Record
from scoring.results import CriterionResult, json_number


def _records(c: CriterionResult) -> list[Record]:
    return list({r.ref: r for r in c.explanation.all_counted()}.values())


def _score(ctx: ReportContext) -> RubricResult:
    return score_office(ctx.services.db, default_rubric_id(ctx.period.fiscal_year), ctx.at)


def digital40(ctx: ReportContext) -> Report:
    result = _score(ctx)
    report = new_report(ctx, "digital40", "แบบประเมินตนเอง โครงการพัฒนาชุมชนดิจิทัล ๔.๐",
                        subtitle=result.title, sheet_name="ประเมินตนเอง Digital 4.0")
    evidence = EvidenceIndex(ctx, (r.ref for d in result.domains for c in d.criteria for r in _records(c)))
    report.add(Paragraph(f"คะแนนรวม {points(result.points)} จาก {points(result.max_points)} คะแนน "
                         f"ประเมิน ณ วันที่ {when_long(result.evaluated_at)} "
                         f"(ช่วงประเมิน {when(result.period_start)} – {when(result.period_end)}; "
                         f"เกณฑ์ {result.rubric_id} รุ่น {result.version})", bold=True))
    report.add(Table([Column("ด้าน", 5), Column("คะแนนเต็ม", 1.2, "float", total=True),
                      Column("คะแนนที่ได้", 1.2, "float", total=True), Column("ร้อยละ", 1.1, "percent")],
                     [[f"{d.id}. {d.title}", json_number(d.max_points), json_number(d.points),
                       round(float(d.points / d.max_points * 100), 2) if d.max_points else 0.0]
                      for d in result.domains], caption="สรุปคะแนนรายด้าน"))
    report.add(BarChart("กราฟคะแนนรายด้าน", [Bar(f"{d.id}. {d.title}", float(d.points), float(d.max_points))
                                             for d in result.domains]))
    for domain in result.domains:
        report.add(Heading(f"{domain.id} {domain.title} "
                           f"({points(domain.points)}/{points(domain.max_points)} คะแนน)"))
        for c in domain.criteria:
            level = f" ระดับ {c.level}" if c.level and not c.level.startswith("ระดับ") else (
                f" {c.level}" if c.level else "")
            status = " (ยังประเมินไม่ได้)" if c.status == "not_assessed" else ""
            report.add(Heading(f"เกณฑ์ {c.id} {c.title} — {points(c.points)}/{points(c.max_points)} คะแนน"
                               f"{level}{status}", level=2))
            if c.explanation.summary:
                report.add(Paragraph(c.explanation.summary, indent=True))
            for line in c.explanation.missing:
                report.add(Paragraph(f"ยังขาด: {line}"))
            for line in c.explanation.all_warnings():
                report.add(Paragraph(f"คำเตือน: {line}", muted=True))
            records = _records(c)
            if records:
                report.add(Table([Column("ที่", 0.5, "int"), Column("วันที่", 1.6, "date"),
                                  Column("รายการที่นับ", 4), Column("หลักฐาน", 3)],
                                 [[i, r.date, r.title, evidence.text(r.ref)] for i, r in enumerate(records, 1)]))
            skipped = not_counted(c.explanation)
            if skipped:
                report.add(Paragraph("ไม่นับ: " + "; ".join(f"{r.title} ({why})" for r, why in skipped), muted=True))
    if result.upcoming_deadlines:
        report.add(Heading("กำหนดส่งถัดไป"))
        report.add(Table([Column("วันที่", 1.3, "date"), Column("เรื่อง", 6)],
                         [[d, title] for d, title in result.upcoming_deadlines]))
    report.add(signatures(ctx, "ผู้ประเมิน"))
    return report


def monthly(ctx: ReportContext) -> Report:
    """Per month of the period (months not yet begun are left out): every criterion with
    what was done in that month, how many, and the evidence; and the points so far."""
    report = new_report(ctx, "monthly", "รายงานผลการดำเนินงานด้านเทคโนโลยีสารสนเทศประจำเดือน",
                        sheet_name="รายงานประจำเดือน")
    months = [m for m in ctx.period.months() if m.start <= ctx.today]
    if not months:
        report.add(Paragraph(f"{ctx.period.label()} ยังไม่เริ่ม จึงยังไม่มีผลการดำเนินงาน"))
    for month in months:
        _month_section(ctx, report, month)
    report.add(Paragraph("รายงานนี้จัดทำจากข้อมูลในโปรแกรม CD Desk ตามกำหนดส่งจังหวัดภายในวันที่ 15 ของเดือนถัดไป",
                         muted=True))
    report.add(signatures(ctx))
    return report


def _month_section(ctx: ReportContext, report: Report, month: Period) -> None:
    at = min(month.end, ctx.today)
    result = score_office(ctx.services.db, default_rubric_id(month.fiscal_year), at)
    rows = []
    refs = []
    for domain in result.domains:
        for c in domain.criteria:
            done = [r for r in _records(c) if r.date and month.start <= r.date <= month.end]
            skipped = [(r, why) for r, why in not_counted(c.explanation) if r.date and month.start <= r.date <= month.end]
            refs += [r.ref for r in done]
            rows.append((c, done, skipped))
    evidence = EvidenceIndex(ctx, refs)
    report.add(Heading(f"{month.label()} (คะแนนสะสม ณ วันที่ {when(at)})"))
    report.add(Table([Column("ข้อ", 0.6), Column("เกณฑ์", 5), Column("ดำเนินการในเดือน (ครั้ง)", 1.3, "int", total=True),
                      Column("คะแนนสะสม", 1.1, "float", total=True)],
                     [[c.id, c.title, len(done), json_number(c.points)] for c, done, _ in rows],
                     caption="สรุปตามเกณฑ์", font_size=12))
    details = []
    for c, done, skipped in rows:
        details += [[c.id, r.date, r.title, evidence.text(r.ref)] for r in done]
        details += [[c.id, r.date, f"{r.title} (ไม่นับ: {why})", "-"] for r, why in skipped]
    report.add(Table([Column("ข้อ", 0.6), Column("วันที่", 1.6, "date"), Column("สิ่งที่ดำเนินการ", 4.5),
                      Column("หลักฐาน", 3.2)], details, caption="รายการที่ดำเนินการและหลักฐาน",
                     empty_text="ไม่มีการดำเนินการที่บันทึกไว้ในเดือนนี้", font_size=12))
