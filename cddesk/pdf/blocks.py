"""Report blocks (:mod:`cddesk.reports.model`) as platypus flowables: headings, Thai
paragraphs, label–value forms, tables whose header row repeats on every page (totals under
``total`` columns, photo thumbnails), the domain chart and the signatures block."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from cddesk.pdf import thai
from cddesk.pdf.flowables import GREY, BarChartFlowable, PhotoGrid, TextStyle, ThaiParagraph
from cddesk.pdf.printer import Printer
from cddesk.reports import model as m

MAX_PHOTOS = 4  # per table cell
HEADER_BLUE = colors.HexColor("#DCE6F1")


class Builder:
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


