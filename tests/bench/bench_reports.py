"""Benchmark: a full-year report set (all eight PDF reports, fiscal year 2568) for the sample
office and for a large office (the sample plus 2,000 computers and 3,000 activities over
the twelve months), against a plain reportlab document of the same text — stock platypus
``Paragraph``/``Table`` in the same TTF font and sizes, with no shaping, no Thai word breaking
and no /ActualText — so we know what Thai correctness costs.

Per office it times building the report models (queries + scoring) apart from rendering,
then prints for each report and in total: pages, seconds, pages per second, and the
ratios ours/plain. The pythainlp dictionary load (the first word segmentation) is timed
once, before everything else, and is not in the render times; the word cache is cleared
before each office so the two offices do not share segmentations. Prints times and ratios
measured in this one run (machines are noisy; compare ratios, not seconds).
Run: .venv/bin/python tests/bench/bench_reports.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from cddesk.app_services import Services  # noqa: E402
from cddesk.paths import DataPaths  # noqa: E402
from cddesk.pdf import thai  # noqa: E402
from cddesk.pdf.render import MARGIN, Printer, render_pdf  # noqa: E402
from cddesk.periods import parse_period  # noqa: E402
from cddesk.reports import REPORTS, build_report  # noqa: E402
from cddesk.reports import model as m  # noqa: E402
from cddesk.sample_office import create_sample_office  # noqa: E402
from models import (AntivirusInstall, ClickPromotion, Computer, ComputerKind, ComputerStatus,  # noqa: E402
                    EvidenceLink, OnlineMeeting, Staff, TrainingActivity, WebsiteNews)

TODAY = dt.date(2025, 9, 30)  # the last day of FY2568: every month counts
N_COMPUTERS, N_ACTIVITIES = 2_000, 3_000
MONTHS = [(2024 + (9 + i) // 12, (9 + i) % 12 + 1) for i in range(12)]  # Oct 2024 … Sep 2025
PLACES = ["ห้องธุรการ", "ห้องพัฒนาการอำเภอ", "ห้องประชุม", "ศูนย์เรียนรู้ชุมชน"]
TOPICS = ["ประชุมชี้แจงแนวทางการดำเนินงานของกรมการพัฒนาชุมชน", "Session Call ติดตามงานพัฒนาชุมชน จังหวัดหนองคาย",
          "ประชุมเชิงปฏิบัติการขับเคลื่อนเศรษฐกิจฐานรากด้วยแพลตฟอร์มดิจิทัล"]


def _day(i: int) -> dt.date:
    year, month = MONTHS[i % 12]
    return dt.date(year, month, 1 + (i * 7) % 28)


def seed_large(services: Services) -> None:
    """Bulk rows on top of the sample office; every second activity gets a link as evidence."""
    with services.db.session() as s:
        staff = [(i, n) for i, n in s.execute(select(Staff.id, Staff.name))]
        names = [n for _, n in staff]
        s.execute(insert(Computer), [dict(
            asset_number=f"7440-009-{i:05d}/68", kind=ComputerKind.NOTEBOOK if i % 5 == 0 else ComputerKind.DESKTOP,
            brand=["Dell", "Lenovo", "HP", "Acer"][i % 4], model=f"รุ่น {i % 37}", serial_number=f"LG{i:06d}",
            cpu="Intel Core i5", os_name="Windows 11 Pro", os_version="23H2", budget_source="งบประมาณปี 2568",
            location=PLACES[i % 4], responsible_staff_id=staff[i % len(staff)][0], hostname=f"CDD-{i:05d}",
            ip_address=f"10.{i // 65536}.{(i // 256) % 256}.{i % 256}", mac_address="", notes="",
            status=ComputerStatus.BROKEN if i % 50 == 0 else ComputerStatus.USABLE,
            acquired_date=dt.date(2019 + i % 5, 6, 1), survey_date=dt.date(2025, 1, 15), ram_gb=8.0, disk_gb=512.0)
            for i in range(N_COMPUTERS)])
        new_pcs = s.scalars(select(Computer.id).where(Computer.asset_number.like("7440-009-%"))).all()
        s.execute(insert(AntivirusInstall), [dict(
            computer_id=pc, product="ESET Endpoint Antivirus", version="11.1", installed_date=dt.date(2024, 11, 1),
            licence_expiry=dt.date(2028, 9, 30), installed_by=names[1], notes="")
            for n, pc in enumerate(new_pcs) if n % 10])  # one in ten still unprotected
        n_meet, n_train, n_news = 1_200, 800, 500
        plan: list[tuple[Any, list[dict[str, Any]]]] = [
            (OnlineMeeting, [dict(
                kind=("session_call", "conference", "webex_hosted", "other")[i % 4], date=_day(i),
                start_time=dt.time(9, 30), joined_time=dt.time(9, 25 + i % 10), topic=TOPICS[i % 3],
                organiser="กรมการพัฒนาชุมชน", participants=4, attendees=names[:3], invited_date=None, notes="")
                for i in range(n_meet)]),
            (TrainingActivity, [dict(
                purpose=(p := ("security", "tools", "click", "other")[i % 4]),
                security_format="F1" if p == "security" else "", tools=["click", "smart_bmn"] if p == "tools" else [],
                kind=("training", "meeting", "video", "visit")[i % 4],
                by_office=True, organiser="สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", date=_day(i),
                title=f"อบรมเชิงปฏิบัติการการใช้เทคโนโลยีสารสนเทศเพื่องานพัฒนาชุมชน รุ่นที่ {i}", place=PLACES[i % 4],
                audience=["staff", "partners"], participants=20 + i % 30, participant_names=names[:2],
                downloads=15 + i % 40 if p == "click" else None, notes="") for i in range(n_train)]),
            (WebsiteNews, [dict(date=_day(i), title=f"ข่าวกิจกรรมพัฒนาชุมชนประจำสัปดาห์ ฉบับที่ {i}",
                                url=f"https://www.example.org/cddesk-sample/news/{i}", count=1)
                           for i in range(n_news)]),
            (ClickPromotion, [dict(date=_day(i), title=f"ประชาสัมพันธ์ Shop ชุมชน สินค้า OTOP ตำบลบ้านผือ ครั้งที่ {i}",
                                   channels=["facebook", "line", "website"][: 2 + i % 2],
                                   url=f"https://www.example.org/cddesk-sample/click/{i}")
                              for i in range(N_ACTIVITIES - n_meet - n_train - n_news)]),
        ]
        links = []
        for model, rows in plan:
            top = s.scalar(select(func.max(model.id))) or 0
            s.execute(insert(model), rows)
            ids = s.scalars(select(model.id).where(model.id > top)).all()
            links += [dict(owner_kind=model.__tablename__, owner_id=x, file_id=None, caption="โพสต์/เอกสารเผยแพร่",
                           url=f"https://www.example.org/cddesk-sample/{model.__tablename__}/{x}") for x in ids[::2]]
        s.execute(insert(EvidenceLink), links)


# --- the plain reportlab baseline -------------------------------------------------------------

def _style(size: float, bold: bool = False, align: int = 0, leading: float = 1.3, **kw: float) -> ParagraphStyle:
    return ParagraphStyle("s", fontName=thai.FONT_BOLD if bold else thai.FONT, fontSize=size,
                          leading=size * leading, alignment=align, **kw)


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def plain_pdf(report: m.Report, out: Path, pr: Printer) -> int:
    """The same text as ``render_pdf`` prints, with stock platypus: no shaping, no word breaks."""
    size = landscape(A4) if report.landscape else A4
    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN * 0.9, bottomMargin=MARGIN * 0.9)
    b = report.body_size
    body, bold = _style(b), _style(b, True)

    def page(canv: Any, d: Any) -> None:  # the running header and footer, unshaped
        w, h = d.pagesize
        canv.setFont(thai.FONT, 11)
        canv.drawString(MARGIN, h - MARGIN * 0.6, pr.text(report.office))
        canv.drawRightString(w - MARGIN, h - MARGIN * 0.6, pr.text(report.title))
        canv.drawRightString(w - MARGIN, MARGIN * 0.55, pr.text(f"หน้า {d.page}"))

    story: list[Any] = [_p(pr.text(report.title), _style(b + 4, True, 1)),
                        _p(pr.text(report.office), _style(b + 1, False, 1))]
    if report.subtitle:
        story.append(_p(pr.text(report.subtitle), _style(b + 1, False, 1)))
    story.append(_p(pr.text(report.period.label()), _style(b, False, 1, spaceAfter=b)))
    for block in report.blocks:
        if isinstance(block, m.Heading):
            hs = b + (2 if block.level == 1 else 1)
            story.append(_p(pr.text(block.text), _style(hs, True, spaceBefore=hs * 0.4, spaceAfter=2)))
        elif isinstance(block, m.Paragraph):
            story.append(_p(pr.text(block.text), _style(b - 1 if block.muted else b, block.bold, spaceAfter=b * 0.2,
                                                        firstLineIndent=b * 2.5 if block.indent else 0)))
        elif isinstance(block, m.Fields):
            story.append(Table([[_p(label, bold), _p(pr.value(v) or "-", body)] for label, v in block.items],
                               colWidths=[doc.width * 0.3, doc.width * 0.7]))
        elif isinstance(block, m.Table):
            story += _plain_table(block, doc.width, b, pr)
        elif isinstance(block, m.BarChart):
            story.append(_p(pr.text(block.title), bold))
            story += [_p(pr.text(f"{x.label} {x.value:g}/{x.maximum:g}"), body) for x in block.bars]
        elif isinstance(block, m.Signatures):
            cols = [[_p(t, _style(b, False, 1)) for t in ("ลงชื่อ ........................ " + s.role, f"({s.name})",
                                                          f"ตำแหน่ง {s.position}", "วันที่ ...... / ...... / ......")]
                    for s in block.signers]
            story += [Spacer(1, b * 2), Table([cols], colWidths=[doc.width / max(1, len(cols))] * len(cols))]
        elif isinstance(block, m.PageBreak):
            story.append(PageBreak())
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return int(doc.page)


def _plain_table(t: m.Table, width: float, body: float, pr: Printer) -> list[Any]:
    size = t.font_size or body - 1
    cell, head = _style(size, leading=1.25), _style(size, True, 1, 1.25)
    total = sum(c.width for c in t.columns)

    def text(v: Any, c: m.Column) -> str:
        return ", ".join(x.name for x in v or []) if c.kind == "photos" else pr.value(v, c.kind)

    data = [[_p(pr.text(c.title), head) for c in t.columns]]
    data += [[_p(text(v, c), cell) for v, c in zip(row, t.columns)] for row in t.rows]
    if not t.rows:
        data.append([_p(pr.text(t.empty_text), cell)] + [""] * (len(t.columns) - 1))
    elif t.has_totals:
        data.append([_p(pr.value(v, c.kind), cell) if v is not None else "" for v, c in zip(t.totals(), t.columns)])
    table = Table(data, colWidths=[width * c.width / total for c in t.columns], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), thai.FONT), ("GRID", (0, 0), (-1, -1), 0.5, "#777777"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # the paddings render_pdf uses
    caption = [_p(pr.text(t.caption), _style(body, True, spaceAfter=3))] if t.caption else []
    return [*caption, table, Spacer(1, body * 0.8)]


# --- timing ---------------------------------------------------------------------------------

def timed(fn: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def bench(label: str, services: Services, folder: Path) -> None:
    thai.words.cache_clear()
    period = parse_period("2568")
    pr = Printer(thai_digits=True)
    with services.db.session() as s:
        counts = [s.scalar(select(func.count()).select_from(t)) or 0
                  for t in (Computer, OnlineMeeting, TrainingActivity, WebsiteNews, ClickPromotion)]
    print(f"\n== {label} office: {counts[0]:,} computers, {sum(counts[1:]):,} meetings/trainings/news/promotions ==")
    print(f"{'report':<18}{'build s':>8} | {'pages':>5}{'ours s':>8}{'p/s':>7} | {'pages':>5}{'plain s':>8}{'p/s':>7}"
          f" | {'time ×':>7}{'p/s ÷':>7}")
    sums = [0.0, 0, 0.0, 0, 0.0]
    for spec in REPORTS:
        report, build_s = timed(lambda: build_report(services, spec.name, period, TODAY))
        try:
            pages, ours_s = timed(lambda: render_pdf(report, folder / f"{label}-{spec.name}.pdf", thai_digits=True))
        except Exception as exc:  # report it and go on with the others
            print(f"{spec.name:<18}{build_s:>8.2f} | ours FAILED: {type(exc).__name__}: {str(exc)[:200]}")
            traceback.print_exc()
            continue
        plain, plain_s = timed(lambda: plain_pdf(report, folder / f"{label}-{spec.name}-plain.pdf", pr))
        ours_ps, plain_ps = pages / ours_s, plain / plain_s
        print(f"{spec.name:<18}{build_s:>8.2f} | {pages:>5}{ours_s:>8.2f}{ours_ps:>7.1f} | {plain:>5}{plain_s:>8.2f}"
              f"{plain_ps:>7.1f} | {ours_s / plain_s:>7.2f}{ours_ps / plain_ps:>7.2f}")
        for i, v in enumerate((build_s, pages, ours_s, plain, plain_s)):
            sums[i] += v
    build_s, pages, ours_s, plain, plain_s = sums
    if ours_s and plain_s:
        print(f"{'total':<18}{build_s:>8.2f} | {pages:>5}{ours_s:>8.2f}{pages / ours_s:>7.1f} | {plain:>5}"
              f"{plain_s:>8.2f}{plain / plain_s:>7.1f} | {ours_s / plain_s:>7.2f}"
              f"{pages / ours_s / (plain / plain_s):>7.2f}")
        print(f"build + render, ours: {build_s + ours_s:.2f} s for {pages} pages "
              f"({pages / (build_s + ours_s):.1f} pages/s end to end)")


def main() -> None:
    print("Report set benchmark — FY2568 (period 2568, today 30 Sep 2025), all eight reports as PDF, Thai digits")
    print("ratios from one run; the machine is noisy. time × = ours/plain seconds; p/s ÷ = ours/plain pages per second")
    _, fonts_s = timed(thai.register_fonts)
    _, cold_s = timed(lambda: thai.words("การพัฒนาชุมชนดิจิทัล"))
    _, warm_s = timed(lambda: thai.words("สำนักงานพัฒนาชุมชนอำเภอ"))
    print(f"warm-up (not in the times below): font registration {fonts_s:.2f} s; pythainlp first segmentation "
          f"(dictionary load) {cold_s:.2f} s; the next new string {warm_s * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        offices = []
        for label in ("sample", "large"):
            services = Services.open(DataPaths(root / label))
            _, make_s = timed(lambda: create_sample_office(services))
            note = f"sample office made through the services in {make_s:.1f} s"
            if label == "large":
                _, seed_s = timed(lambda: seed_large(services))
                note += f"; + {N_COMPUTERS:,} computers and {N_ACTIVITIES:,} activities bulk-inserted in {seed_s:.1f} s"
            print(f"{label}: {note}")
            offices.append((label, services))
        for label, services in offices:
            bench(label, services, root)
            services.close()


if __name__ == "__main__":
    main()
