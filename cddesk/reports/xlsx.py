"""Reports as Excel worksheets: the same blocks as the PDF, one sheet per report.

Real date and number cells (B.E. date format, ``#,##0``), totals as ``SUM`` formulas, the
Thai font, fitted column widths, the first table's header row frozen and repeated on every
printed page, A4 fitted to the page width. The domain chart is a real Excel bar chart.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from cddesk import __version__
from cddesk.progress import Progress
from cddesk.reports import model as m
from cddesk.workbook import DATE_FORMAT, FONT, print_setup, text_width

MAX_WIDTH = 60
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FILL = PatternFill("solid", fgColor="DDE8F5")
_FORMATS = {"int": "#,##0", "float": "#,##0.##", "percent": "0.00%", "date": DATE_FORMAT}


class _Sheet:
    def __init__(self, ws: Any, report: m.Report) -> None:
        self.ws = ws
        self.report = report
        self.row = 1
        self.widths: dict[int, int] = {}
        self.header_row: int | None = None
        self.body = Font(name=FONT, size=14)
        self.bold = Font(name=FONT, size=14, bold=True)

    def line(self, *values: Any, font: Font | None = None) -> int:
        for col, value in enumerate(values, 1):
            cell = self.ws.cell(self.row, col, value)
            cell.font = font or self.body
        self.row += 1
        return self.row - 1

    def fit(self, col: int, text: str) -> None:
        longest = max((text_width(part) for part in text.split("\n")), default=0)
        self.widths[col] = max(self.widths.get(col, 8), min(longest + 2, MAX_WIDTH))

    def table(self, t: m.Table) -> None:
        if t.caption:
            self.line(t.caption, font=self.bold)
        head = self.row
        for col, c in enumerate(t.columns, 1):
            cell = self.ws.cell(head, col, c.title)
            cell.font, cell.fill, cell.border = self.bold, _FILL, _BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            self.fit(col, c.title if len(c.title) < 16 else c.title[:16])
        if self.header_row is None:
            self.header_row = head
        self.row += 1
        first = self.row
        for values in t.rows:
            for col, (c, value) in enumerate(zip(t.columns, values), 1):
                self._cell(self.row, col, c, value)
            self.row += 1
        if not t.rows:
            self.line(t.empty_text)
        elif t.has_totals:
            last = self.row - 1
            self.ws.cell(self.row, 1, "รวม").font = self.bold
            for col, c in enumerate(t.columns, 1):
                if c.total:
                    letter = get_column_letter(col)
                    cell = self.ws.cell(self.row, col, f"=SUM({letter}{first}:{letter}{last})")
                    cell.font, cell.border = self.bold, _BOX
                    cell.number_format = _FORMATS.get(c.kind, "#,##0")
            self.row += 1
        self.row += 1

    def _cell(self, row: int, col: int, c: m.Column, value: Any) -> None:
        if c.kind == "photos":
            photos = value or []
            value = ("ภาพ: " + ", ".join(p.name for p in photos)) if photos else None
        elif c.kind == "percent" and isinstance(value, (int, float)):
            value = value / 100
        elif isinstance(value, dt.datetime):
            value = value.date()
        cell = self.ws.cell(row, col, value)
        cell.font, cell.border = self.body, _BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
            self.fit(col, "00/00/0000")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.number_format = _FORMATS.get(c.kind, "#,##0.##")
            self.fit(col, f"{value:,}")
        elif isinstance(value, str):
            if c.kind == "link" and value.startswith(("http://", "https://")) and "\n" not in value:
                cell.hyperlink = value
            self.fit(col, value)

    def chart(self, block: m.BarChart) -> None:
        self.line(block.title, font=self.bold)
        top = self.row
        self.line("ด้าน", "คะแนนที่ได้", "คะแนนเต็ม", font=self.bold)
        for bar in block.bars:
            self.line(bar.label, bar.value, bar.maximum)
        chart = BarChart()
        chart.type = "bar"
        chart.title = block.title
        chart.add_data(Reference(self.ws, min_col=2, max_col=3, min_row=top, max_row=self.row - 1),
                       titles_from_data=True)
        chart.set_categories(Reference(self.ws, min_col=1, min_row=top + 1, max_row=self.row - 1))
        chart.height, chart.width = 7.5, 16
        self.ws.add_chart(chart, f"E{top}")
        self.row = max(self.row, top + 16) + 1

    def block(self, block: m.Block) -> None:
        if isinstance(block, m.Heading):
            self.line(block.text, font=self.bold)
        elif isinstance(block, m.Paragraph):
            self.line(block.text, font=self.bold if block.bold else self.body)
        elif isinstance(block, m.Fields):
            for label, value in block.items:
                self.line(label, value, font=None)
        elif isinstance(block, m.Table):
            self.table(block)
        elif isinstance(block, m.BarChart):
            self.chart(block)
        elif isinstance(block, m.Signatures):
            self.row += 1
            for s in block.signers:
                self.line(f"ลงชื่อ ........................................ {s.role}")
                self.line(f"({s.name or '........................................'})")
                self.line(f"ตำแหน่ง {s.position or '..............................'}")
                self.row += 1

    def finish(self) -> None:
        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = width
        if self.header_row is not None:
            self.ws.freeze_panes = f"A{self.header_row + 1}"
        print_setup(self.ws, self.report.landscape, self.header_row or 1)


def _sheet_title(report: m.Report, taken: set[str]) -> str:
    base = (report.sheet_name or report.title)[:31]
    for char in "[]:*?/\\":
        base = base.replace(char, " ")
    title, n = base, 2
    while title in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def write_workbook(reports: list[m.Report], path: Path, progress: Progress | None = None) -> None:
    """One sheet per report, written to ``path`` (the caller makes the write atomic)."""
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for i, report in enumerate(reports):
        if progress is not None:
            progress.step(i, len(reports), report.title)
        sheet = _Sheet(book.create_sheet(_sheet_title(report, taken)), report)
        sheet.line(report.title, font=Font(name=FONT, size=18, bold=True))
        sheet.line(report.office)
        if report.subtitle:
            sheet.line(report.subtitle)
        sheet.line(f"{report.period.label()} · จัดทำเมื่อ", report.created.date())
        sheet.ws.cell(sheet.row - 1, 2).number_format = DATE_FORMAT
        sheet.row += 1
        for block in report.blocks:
            sheet.block(block)
        sheet.finish()
    book.properties.creator = f"CD Desk {__version__}"
    book.save(path)
