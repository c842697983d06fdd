"""A :class:`cddesk.reports.model.Report` printed as an A4 PDF in the look of a Thai
official report: the title block on the first page, every page headed with the office
and the report title, footed with the print date and ``หน้า ๑/๕``; tables that split
across pages repeat their header row; B.E. dates; Thai digits when the office wants them.

Two passes make the page count: pages are kept until the end, then numbered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate,
                                Spacer)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from cddesk.pdf import thai
from cddesk.pdf.flowables import GREY, BarChartFlowable, PhotoGrid, TextStyle, ThaiParagraph
from cddesk.progress import Progress
from cddesk.reports import model as m
from cddesk.thaidate import MONTHS_ABBR, be_year, format_date_long

MARGIN = 2 * cm
MAX_PHOTOS = 4  # per table cell
HEADER_BLUE = colors.HexColor("#DCE6F1")


class Printer:
    """Formats values the way the report prints them."""

    def __init__(self, thai_digits: bool) -> None:
        self.thai_digits = thai_digits

    def text(self, text: str) -> str:
        return thai.to_thai_digits(text) if self.thai_digits else text

    def value(self, value: Any, kind: m.ColumnKind = "text") -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            text = f"{value.day} {MONTHS_ABBR[value.month - 1]} {be_year(value.year)}"
        elif isinstance(value, bool):
            text = "✓" if value else "–"
        elif kind == "percent" and isinstance(value, (int, float)):
            text = f"{value:,.2f}%".replace(".00%", "%")
        elif isinstance(value, int):
            text = f"{value:,}"
        elif isinstance(value, float):
            text = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
        else:
            text = str(value)
        return self.text(text)

    def long_date(self, value: dt.date) -> str:
        return format_date_long(value, digits=self.thai_digits)


def _numbered_canvas(report: m.Report, p: Printer) -> type[Canvas]:
    printed = p.text(f"พิมพ์เมื่อ {p.long_date(report.created.date())} เวลา {report.created:%H:%M} น.")

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = thai.FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                w, _ = self._pagesize
                thai.draw(self, MARGIN, MARGIN * 0.55, printed, thai.FONT, 11, color=GREY)
                thai.draw(self, w - MARGIN, MARGIN * 0.55, p.text(f"หน้า {number}/{total}"), thai.FONT, 12,
                          "right", GREY)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _fit(text: str, size: float, limit: float) -> str:
    """The words of ``text`` that fit in ``limit`` points, with … when cut."""
    if thai.width(text, thai.FONT, size) <= limit:
        return text
    out = ""
    for word in thai.words(text):
        if thai.width(out + word + "…", thai.FONT, size) > limit:
            break
        out += word
    return out.rstrip() + "…"


def _header(report: m.Report, p: Printer) -> Any:
    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = doc.pagesize
        half = (w - 2 * MARGIN) / 2 - 6
        office = _fit(p.text(report.office), 11, half)
        title = _fit(p.text(report.title), 11, half)
        y = h - MARGIN * 0.6
        canv.saveState()
        thai.draw(canv, MARGIN, y, office, thai.FONT, 11, color=GREY)
        thai.draw(canv, w - MARGIN, y, title, thai.FONT, 11, "right", GREY)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, y - 5, w - MARGIN, y - 5)
        canv.line(MARGIN, MARGIN * 0.55 + 14, w - MARGIN, MARGIN * 0.55 + 14)
        canv.restoreState()

    return on_page


class _Builder:
    def __init__(self, report: m.Report, p: Printer, frame_width: float) -> None:
        self.report = report
        self.p = p
        self.width = frame_width
        self.body = TextStyle(size=report.body_size)

    def para(self, text: str, style: TextStyle | None = None) -> ThaiParagraph:
        return ThaiParagraph(self.p.text(text), style or self.body)

    def title_block(self) -> list[Flowable]:
        r, b = self.report, self.body
        out = [self.para(r.title, b.but(font=thai.FONT_BOLD, size=b.size + 4, align="center")),
               self.para(r.office, b.but(size=b.size + 1, align="center"))]
        if r.subtitle:
            out.append(self.para(r.subtitle, b.but(size=b.size + 1, align="center")))
        out.append(self.para(r.period.label(), b.but(align="center", space_after=b.size)))
        return out

    def block(self, block: m.Block) -> list[Flowable]:
        b = self.body
        if isinstance(block, m.Heading):
            size = b.size + (2 if block.level == 1 else 1)
            return [CondPageBreak(size * 5), Spacer(1, size * 0.4),
                    self.para(block.text, b.but(font=thai.FONT_BOLD, size=size, space_after=2))]
        if isinstance(block, m.Paragraph):
            style = b.but(font=thai.FONT_BOLD if block.bold else thai.FONT,
                          first_indent=b.size * 2.5 if block.indent else 0.0, space_after=b.size * 0.2)
            if block.muted:
                style = style.but(size=b.size - 1, color=GREY)
            return [self.para(block.text, style)]
        if isinstance(block, m.Fields):
            return [self._fields(block)]
        if isinstance(block, m.Table):
            return self._table(block)
        if isinstance(block, m.BarChart):
            bars = [(self.p.text(x.label), x.value, x.maximum,
                     self.p.text(f"{_num(x.value)}/{_num(x.maximum)}")) for x in block.bars]
            return [KeepTogether([self.para(block.title, b.but(font=thai.FONT_BOLD, space_after=4)),
                                  BarChartFlowable(bars, b, self.p.text)]), Spacer(1, b.size)]
        if isinstance(block, m.Signatures):
            return [self._signatures(block)]
        if isinstance(block, m.PageBreak):
            return [RLPageBreak()]
        raise TypeError(block)

    def _fields(self, block: m.Fields) -> Flowable:
        b = self.body
        label_w = self.width * 0.3
        rows = [[self.para(label, b.but(font=thai.FONT_BOLD)), self.para(self.p.value(value) or "-")]
                for label, value in block.items]
        t = RLTable(rows, colWidths=[label_w, self.width - label_w])
        t.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        return t

    def _table(self, table: m.Table) -> list[Flowable]:
        b = self.body
        size = table.font_size or b.size - 1
        cell = TextStyle(size=size, leading_factor=1.25)
        head = cell.but(font=thai.FONT_BOLD, align="center")
        total_w = sum(c.width for c in table.columns)
        widths = [self.width * c.width / total_w for c in table.columns]
        data: list[list[Any]] = [[ThaiParagraph(self.p.text(c.title), head) for c in table.columns]]
        for row in table.rows:
            data.append([self._cell(v, c, cell, w) for v, c, w in zip(row, table.columns, widths)])
        if not table.rows:
            data.append([ThaiParagraph(self.p.text(table.empty_text), cell.but(color=GREY))]
                        + [""] * (len(table.columns) - 1))
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                 ("BACKGROUND", (0, 0), (-1, 0), HEADER_BLUE),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if not table.rows:
            style.append(("SPAN", (0, 1), (-1, 1)))
        elif table.has_totals:
            totals = table.totals()
            bold = cell.but(font=thai.FONT_BOLD)
            data.append([self._cell(v, c, bold, w) if v is not None else ""
                         for v, c, w in zip(totals, table.columns, widths)])
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
        t = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(_style(style))
        out: list[Flowable] = []
        if table.caption:
            out += [CondPageBreak(b.leading * 5),
                    self.para(table.caption, b.but(font=thai.FONT_BOLD, space_after=3))]
        return out + [t, Spacer(1, b.size * 0.8)]

    def _cell(self, value: Any, col: m.Column, style: TextStyle, width: float) -> Any:
        if col.kind == "photos":
            photos = [(x.path, x.name) for x in value or []]
            if not photos:
                return ""
            box = min(2.4 * cm, max((width - 8) / 2 - 2, 1.2 * cm))  # two across where they fit
            grid: list[Flowable] = [PhotoGrid(photos[:MAX_PHOTOS], box, style)]
            if len(photos) > MAX_PHOTOS:  # a row must fit on a page; the rest are in the package
                grid.append(ThaiParagraph(self.p.text(f"และอีก {len(photos) - MAX_PHOTOS} ภาพ"), style))
            return grid
        text = self.p.value(value, col.kind)
        if col.kind in ("int", "float", "percent") or isinstance(value, (int, float)) and not isinstance(value, bool):
            style = style.but(align="right")
        elif isinstance(value, (dt.date, bool)):
            style = style.but(align="center")
        return ThaiParagraph(text, style)

    def _signatures(self, block: m.Signatures) -> Flowable:
        b = self.body.but(align="center")
        cols = []
        for s in block.signers:
            cols.append([self.para("ลงชื่อ ........................................ " + s.role, b),
                         self.para(f"({s.name or '........................................'})", b),
                         self.para(f"ตำแหน่ง {s.position}" if s.position else "ตำแหน่ง ..............................", b),
                         self.para("วันที่ ........ / ................ / ........", b)])
        w = self.width / max(1, len(cols))
        t = RLTable([cols], colWidths=[w] * len(cols))
        t.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return KeepTogether([Spacer(1, b.size * 2), t])


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    # empty string cells are drawn in the cell font: Helvetica unless told, never embedded
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), thai.FONT), *commands])


def _num(value: float) -> str:
    return f"{value:g}"


def render_pdf(report: m.Report, out: Path | IO[bytes], *, thai_digits: bool = True,
               progress: Progress | None = None) -> int:
    """Print ``report`` to ``out`` (a path or a binary file); returns the page count."""
    thai.register_fonts()
    p = Printer(thai_digits)
    size = landscape(A4) if report.landscape else A4
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN * 0.9, bottomMargin=MARGIN * 0.9, title=report.title,
                          author=report.office, subject=report.period.label(), creator="CD Desk",
                          initialFontName=thai.FONT, lang="th-TH")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_header(report, p))])
    builder = _Builder(report, p, doc.width)
    story: list[Flowable] = builder.title_block()
    total = len(report.blocks)
    for i, block in enumerate(report.blocks):
        if progress is not None:
            progress.step(i, total, report.title)
        story += builder.block(block)
    if progress is not None:
        def check(_flowable: Flowable) -> None:
            progress.step(total, total, report.title)
        doc.afterFlowable = check  # cancel lands between flowables while laying out
    doc.build(story, canvasmaker=_numbered_canvas(report, p))
    return int(doc.page)
