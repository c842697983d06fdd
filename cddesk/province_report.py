"""The province's consolidated report: every district's Digital 4.0 scores per criterion
side by side, ranked, and who has not sent the period's package — as text lines, as a
:class:`~cddesk.reports.model.Report` (PDF or Excel through the same renderers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cddesk.periods import Period
from cddesk.reports.model import Column, Heading, Paragraph, Report, Table

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from cddesk.province import ProvinceService


def status_lines(province: ProvinceService, period: Period) -> Iterator[str]:
    rows, criteria = province.consolidated(period.key())
    yield f"สรุปผล {period.label()}: ส่งแล้ว {sum(1 for r in rows if r.package)} จาก {len(rows)} อำเภอ"
    for r in sorted(rows, key=lambda r: (r.rank or 10_000, r.code)):
        if r.package is None:
            continue
        parts = " ".join(f"{cid}={r.criteria.get(cid, 0):g}" for cid, _ in criteria)
        yield f"  {r.rank:>2}. {r.name} ({r.code}) รวม {r.total:g} รุ่น {r.package['version']} — {parts}"
    missing = [r for r in rows if r.package is None]
    if missing:
        yield "ยังไม่ส่ง: " + ", ".join(f"{r.name} ({r.code})" for r in missing)


def consolidated_report(services: Services, period: Period) -> Report:
    rows, criteria = services.province.consolidated(period.key())
    office = f"สำนักงานพัฒนาชุมชนจังหวัด{services.province.province_name()}"
    report = Report("province", "สรุปผลการประเมินพัฒนาชุมชนดิจิทัล ๔.๐ รายอำเภอ", office, period, landscape=True,
                    sheet_name="สรุปรายอำเภอ")
    sent = [r for r in rows if r.package]
    report.add(Paragraph(f"ส่งชุดข้อมูลแล้ว {len(sent)} จาก {len(rows)} อำเภอ", bold=True))
    columns = [Column("อันดับ", 0.8, "int"), Column("อำเภอ", 2.2)]
    columns += [Column(cid, 0.75, "float") for cid, _ in criteria]
    columns += [Column("รวม", 0.9, "float"), Column("รุ่นที่ส่ง", 0.8, "int")]
    table_rows = [[r.rank, r.name, *[r.criteria.get(cid) for cid, _ in criteria], r.total,
                   r.package["version"] if r.package else None]
                  for r in sorted(sent, key=lambda r: (r.rank or 0, r.code))]
    report.add(Table(columns, table_rows, caption="คะแนนรายเกณฑ์และอันดับ", font_size=11,
                     empty_text="ยังไม่มีอำเภอใดส่งชุดข้อมูลของช่วงนี้"))
    report.add(Heading("อำเภอที่ยังไม่ส่งชุดข้อมูล"))
    report.add(Table([Column("รหัส", 1), Column("อำเภอ", 4)],
                     [[r.code, r.name] for r in rows if r.package is None], empty_text="ส่งครบทุกอำเภอแล้ว"))
    report.add(Table([Column("เกณฑ์", 0.8), Column("ชื่อเกณฑ์", 8)], [[cid, title] for cid, title in criteria],
                     caption="คำอธิบายรหัสเกณฑ์"))
    return report


def write_consolidated(services: Services, period: Period, out: Path) -> int:
    """PDF or Excel by the file's extension; returns the page count (0 for Excel)."""
    from cddesk.errors import KnownError
    from cddesk.files import atomic_write

    report = consolidated_report(services, period)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise KnownError("บันทึกเป็น .pdf หรือ .xlsx เท่านั้น")
    pages = 0

    def write(temp: str) -> None:
        nonlocal pages
        if suffix == ".pdf":
            from cddesk.pdf.render import render_pdf

            pages = render_pdf(report, Path(temp), thai_digits=services.office.settings().thai_digits_in_reports)
        else:
            from cddesk.reports.xlsx import write_workbook

            write_workbook([report], Path(temp))

    atomic_write(out, write)
    return pages
