"""Reports printed as an A4 PDF in the look of a Thai official report: the title block on
each report's first page, every page headed with the office and the report's title,
footed with the print date and ``หน้า ๑/๕``; portrait and landscape reports in one file;
B.E. dates; Thai digits when the office wants them.

Two passes make the page count: pages are kept until the end, then numbered.
:func:`render_pdf` prints one report; :func:`render_reports` prints several into one file
and can end with a certification page holding a reserved box for the visible signature
(the package export signs there, :mod:`cddesk.pdf.sign`).

Traps met on the way (reportlab 5.1): a canvas, a graphics drawing and an empty table cell
all start on Helvetica, which the PDF would name but never embed — the Thai font is made the
base font (:func:`cddesk.pdf.thai.register_fonts`) and every table style names it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak

from cddesk.pdf import thai
from cddesk.pdf.blocks import Builder
from cddesk.pdf.flowables import GREY
from cddesk.pdf.printer import Printer
from cddesk.progress import Progress
from cddesk.reports import model as m

MARGIN = 2 * cm


@dataclass
class _State:
    """What the page decorations need while the document is laid out."""

    report: m.Report
    starts: dict[str, int] = field(default_factory=dict)  # report name → first page
    box: tuple[int, float, float, float, float] | None = None  # page index, x1, y1, x2, y2


class _Switch(Flowable):  # type: ignore[misc]
    """Zero-size marker: from the next page on, headers name ``report``."""

    def __init__(self, state: _State, report: m.Report) -> None:
        super().__init__()
        self.state, self.report = state, report

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.report = self.report


class _Start(_Switch):
    """Records the page a report starts on (for the certification page's list)."""

    def draw(self) -> None:
        self.state.report = self.report
        self.state.starts[self.report.name] = self.canv.getPageNumber()


class SignatureBox(Flowable):  # type: ignore[misc]
    """An empty framed box; where it lands is where the visible signature goes."""

    def __init__(self, state: _State, width: float, height: float, label: str) -> None:
        super().__init__()
        self.state, self.box_w, self.box_h, self.label = state, width, height, label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.box_h + 20

    def draw(self) -> None:
        x = self.width - self.box_w  # at the right, where a Thai letter is signed
        self.canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        self.canv.setDash(2, 2)
        self.canv.rect(x, 0, self.box_w, self.box_h)
        self.canv.setDash()
        thai.draw(self.canv, x, self.box_h + 5, self.label, thai.FONT, 10, color=GREY)  # above the stamp
        x1, y1 = self.canv.absolutePosition(x, 0)
        self.state.box = (self.canv.getPageNumber() - 1, x1, y1, x1 + self.box_w, y1 + self.box_h)


class _ReportList(Flowable):  # type: ignore[misc]
    """The reports in the file with the page each starts on (known only when drawn)."""

    def __init__(self, state: _State, reports: Sequence[m.Report], p: Printer, size: float) -> None:
        super().__init__()
        self.state, self.reports, self.p, self.size = state, reports, p, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.reports) * self.size * 1.4 + self.size
        return availWidth, self.height

    def draw(self) -> None:
        row = self.size * 1.4
        for i, report in enumerate(self.reports):
            y = self.height - (i + 1) * row + self.size * 0.35
            title = _fit(self.p.text(f"{i + 1}. {report.title}"), self.size, self.width - self.size * 5)
            thai.draw(self.canv, 0, y, title, thai.FONT, self.size)
            page = self.state.starts.get(report.name)
            if page:
                thai.draw(self.canv, self.width, y, self.p.text(f"หน้า {page}"), thai.FONT, self.size, "right")


def _numbered_canvas(printed: str, p: Printer) -> type[Canvas]:
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


def _header(state: _State, p: Printer) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = canv._pagesize
        half = (w - 2 * MARGIN) / 2 - 6
        y = h - MARGIN * 0.6
        canv.saveState()
        thai.draw(canv, MARGIN, y, _fit(p.text(state.report.office), 11, half), thai.FONT, 11, color=GREY)
        thai.draw(canv, w - MARGIN, y, _fit(p.text(state.report.title), 11, half), thai.FONT, 11, "right", GREY)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, y - 5, w - MARGIN, y - 5)
        canv.line(MARGIN, MARGIN * 0.55 + 14, w - MARGIN, MARGIN * 0.55 + 14)
        canv.restoreState()

    return on_page


@dataclass(frozen=True)
class Certification:
    """The closing page of a package PDF: who sends what, and where the signature goes."""

    title: str
    lines: list[str]  # office, period, scores … one paragraph each
    box_label: str = "ลงนามอิเล็กทรอนิกส์"
    box_size: tuple[float, float] = (9 * cm, 3.2 * cm)


@dataclass(frozen=True)
class Rendered:
    pages: int
    signature_box: tuple[int, float, float, float, float] | None  # page index, x1, y1, x2, y2


def render_reports(reports: Sequence[m.Report], out: Path | IO[bytes], *, thai_digits: bool = True,
                   progress: Progress | None = None, certification: Certification | None = None) -> Rendered:
    """Print ``reports`` one after another into ``out`` (a path or a binary file)."""
    if not reports:
        raise ValueError("no reports")
    thai.register_fonts()
    p = Printer(thai_digits)
    first = reports[0]
    state = _State(first)
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN * 0.9, bottomMargin=MARGIN * 0.9, title=first.title if len(reports) == 1
                          else f"{first.office} {first.period.label()}", author=first.office,
                          subject=first.period.label(), creator="CD Desk", initialFontName=thai.FONT, lang="th-TH")
    templates = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        w, h = size
        frame = Frame(MARGIN, MARGIN * 0.9, w - 2 * MARGIN, h - 1.8 * MARGIN, id=name)
        templates.append(PageTemplate(name, [frame], onPage=_header(state, p), pagesize=size))
    doc.addPageTemplates(templates[::-1] if first.landscape else templates)  # page 1 uses the first
    story: list[Flowable] = []
    total = sum(len(r.blocks) for r in reports)
    done = 0
    for i, report in enumerate(reports):
        orientation = "landscape" if report.landscape else "portrait"
        width = (landscape(A4)[0] if report.landscape else A4[0]) - 2 * MARGIN
        if i:
            story += [_Switch(state, report), NextPageTemplate(orientation), RLPageBreak()]
        builder = Builder(report, p, width)
        story += [_Start(state, report), *builder.title_block()]
        for block in report.blocks:
            if progress is not None:
                progress.step(done, total, report.title)
            done += 1
            story += builder.block(block)
    if certification is not None:
        closing = m.Report("certification", certification.title, first.office, first.period)
        builder = Builder(closing, p, A4[0] - 2 * MARGIN)
        story += [_Switch(state, closing), NextPageTemplate("portrait"), RLPageBreak(), _Start(state, closing),
                  *builder.title_block()]
        for line in certification.lines:
            story += builder.block(m.Paragraph(line))
        story += builder.block(m.Heading("รายงานในไฟล์นี้", level=2))
        story += [_ReportList(state, reports, p, builder.body.size),
                  SignatureBox(state, *certification.box_size, p.text(certification.box_label))]
    if progress is not None:
        def check(_flowable: Flowable) -> None:
            progress.step(total, total, "จัดหน้า")
        doc.afterFlowable = check  # cancel lands between flowables while laying out
    printed = p.text(f"พิมพ์เมื่อ {p.long_date(first.created.date())} เวลา {first.created:%H:%M} น.")
    doc.build(story, canvasmaker=_numbered_canvas(printed, p))
    return Rendered(int(doc.page), state.box)


def render_pdf(report: m.Report, out: Path | IO[bytes], *, thai_digits: bool = True,
               progress: Progress | None = None) -> int:
    """Print one report to ``out``; returns the page count."""
    return render_reports([report], out, thai_digits=thai_digits, progress=progress).pages
