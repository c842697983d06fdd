"""The lesson-learned document (เอกสารถอดบทเรียน) of the office's IT village or model tambon,
as seed ``004`` lays it out (``rubrics.md`` §5): a front cover (title, a picture box,
the place and fiscal year), parts 1–3 with the letter's headings, and a back cover (title,
office, Department). Village and tambon variants; blank (a form with dotted lines to
write on) or filled from what the app knows (place names, population and households,
the candidate's texts, attached photos: the first on the cover, all in part 3).

The body is a :class:`cddesk.reports.model.Report` printed block by block with the same
builder as every report (:class:`cddesk.pdf.blocks.Builder`). The covers are drawn by
:class:`CoverFlowable` on pages without the running header and footer, so this module has
its own small page set-up (:func:`render_lesson_learned`) instead of
:func:`cddesk.pdf.render.render_pdf`, whose title block and headers would print on the
covers. All text goes through :mod:`cddesk.pdf.thai` (shaped, and ``pdftotext`` returns
the Thai as written).

Decisions: the covers carry the letter's titles word for word ("หมู่บ้านสารสนเทศชุมชนดีเด่น
/ เพื่อพัฒนาเศรษฐกิจและคุณภาพชีวิต" — the letter's cover drops ชุมชน after เศรษฐกิจ — and
"สารสนเทศตำบลต้นแบบเพื่อการพัฒนาคุณภาพชีวิต"); the programme's full name with ถอดบทเรียน
heads the first inside page and the PDF's title. The blank version fills in only the fiscal
year it was asked for. The candidate record has one text for integrated projects: in the
tambon variant it fills 2.4 (plans, budget and partners) and 2.5 is left to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak

from cddesk.errors import KnownError
from cddesk.it_villages import (
    KIND_SHORT,
    KIND_TEXT,
    LEVEL_TEXT,
    CandidateData,
    CandidateService,
    Kind,
    Level,
    village_text,
)
from cddesk.pdf import thai
from cddesk.pdf.blocks import Builder
from cddesk.pdf.flowables import GREY, ThaiParagraph, thumbnail
from cddesk.pdf.printer import Printer
from cddesk.periods import parse_period
from cddesk.reports.model import Column, Heading, PageBreak, Paragraph, Photo, Report, Table

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from cddesk.reports import Generated

COVER_TITLE: dict[str, tuple[str, ...]] = {
    "village": ("หมู่บ้านสารสนเทศชุมชนดีเด่น", "เพื่อพัฒนาเศรษฐกิจและคุณภาพชีวิต"),
    "tambon": ("สารสนเทศตำบลต้นแบบเพื่อการพัฒนาคุณภาพชีวิต",),
}
FULL_TITLE: dict[str, str] = {
    "village": "ถอดบทเรียนหมู่บ้านสารสนเทศชุมชนดีเด่นเพื่อพัฒนาเศรษฐกิจชุมชนและคุณภาพชีวิต",
    "tambon": "ถอดบทเรียนสารสนเทศตำบลต้นแบบเพื่อการพัฒนาคุณภาพชีวิต",
}
PICTURE = "รูปภาพ (ถ้ามี)"
DEPARTMENT = "กรมการพัฒนาชุมชน กระทรวงมหาดไทย"
DOTS, SHORT_DOTS = "." * 28, "." * 12  # a body line to fill; หมู่ที่
COVER_DOTS = "." * 16

PART1: dict[str, str] = {
    "village": "ส่วนที่ 1 ข้อมูลทั่วไปของหมู่บ้าน (สภาพทั่วไป สภาพสังคม สภาพทางเศรษฐกิจ)",
    "tambon": "ส่วนที่ 1 ข้อมูลทั่วไปของตำบล (สภาพทั่วไป สภาพสังคม สภาพทางเศรษฐกิจ)",
}
PART2: dict[str, str] = {
    "village": "ส่วนที่ 2 แนวทางการพัฒนาหมู่บ้านสารสนเทศชุมชนดีเด่นฯ",
    "tambon": "ส่วนที่ 2 แนวทางการพัฒนาตำบลสารสนเทศต้นแบบฯ",
}
PART3 = "ส่วนที่ 3 ภาคผนวก"


@dataclass(frozen=True)
class Topic:
    """One heading of a part: its text, the letter's guidance under it, the candidate's
    field that fills it (None: nothing the app keeps) and how many lines to leave."""

    title: str
    field: str | None
    guidance: tuple[str, ...] = ()
    lines: int = 4


def part1(kind: Kind) -> list[Topic]:
    products = "ผลิตภัณฑ์ชุมชนรายได้/สภาพเศรษฐกิจ" if kind == "village" else "ผลิตภัณฑ์ตำบลรายได้/สภาพเศรษฐกิจ"
    return [Topic("ประวัติความเป็นมา", "history", lines=6), Topic("ประชากร", "population", lines=3),
            Topic("ผู้นำชุมชน กลุ่มองค์กร อัตลักษณ์", "leaders"), Topic(products, "products"),
            Topic("แหล่งท่องเที่ยวและการบริการ", "tourism"), Topic("แผนที่", None, lines=3),
            Topic("ศิลปะ วัฒนธรรม ประเพณี เทศกาล ภูมิปัญญาท้องถิ่น", "culture"),
            Topic("ข้อมูลอื่น ๆ ตามความเหมาะสม", "other", lines=3)]


def part2(kind: Kind) -> list[Topic]:
    if kind == "village":
        return [
            Topic("2.1 การบริหารจัดการ", "management", ("สถานที่ดำเนินการ วัสดุอุปกรณ์ คณะทำงาน",)),
            Topic("2.2 การจัดทำสารสนเทศภูมิศาสตร์ (GIS) เพื่อพัฒนาคุณภาพชีวิต", "gis", (
                "การวาดขอบเขตแผนที่หมู่บ้าน และการปักหมุดสถานที่สำคัญของการวิเคราะห์ข้อมูลด้วยโปรแกรม CIA "
                "การนำเสนอผลการวิเคราะห์แก่คนในชุมชน พร้อมทั้งใส่วงสัญลักษณ์ สถานที่สำคัญ",)),
            Topic("2.3 การวิเคราะห์ข้อมูลและจัดทำแผน", "planning", (
                "การวิเคราะห์ข้อมูลชุมชนด้วยโปรแกรม CIA การนำเสนอผลการวิเคราะห์แก่คนในชุมชน",
                "การลงมติคัดเลือกกิจกรรมและจัดทำแผน")),
            Topic("2.4 การดำเนินโครงการเชิงบูรณาการและการแสวงหางบประมาณ", "projects", (
                "การนำเสนอผลการดำเนินโครงการ/กิจกรรม จากการจัดทำแผนงานบูรณาการ "
                "เพื่อให้เกิดการพัฒนาคุณภาพชีวิตระดับหมู่บ้านได้จริง",)),
            Topic("2.5 การเผยแพร่ประชาสัมพันธ์", "publicity", (
                "มีการเผยแพร่ประชาสัมพันธ์ในรูปแบบ วีดิทัศน์ และ GIS ผ่านสื่อสังคมออนไลน์",)),
        ]
    return [
        Topic("2.1 การบริหารจัดการ", "management", (
            "มีอาคาร/สถานที่สำหรับการดำเนินงาน", "มีตัวแทนหมู่บ้าน/ชุมชน เข้าร่วมกิจกรรม", "มีคณะทำงานขับเคลื่อน")),
        Topic("2.2 การแต่งตั้งคณะทำงานขับเคลื่อนสารสนเทศตำบลต้นแบบ และการวิเคราะห์ข้อมูล", "planning", (
            "คณะทำงานขับเคลื่อนฯ ทุกคนสามารถใช้ CIA Program และวิเคราะห์ข้อมูลได้",
            "คณะทำงานขับเคลื่อนฯ สามารถถ่ายทอด CIA Program ได้ โดยมีการวิเคราะห์ข้อมูลชุมชนด้วย CIA Program "
            "ของแต่ละหมู่บ้าน/ชุมชนในตำบล",
            "คณะทำงานขับเคลื่อนฯ การจัดลำดับความสำคัญของปัญหาจากการวิเคราะห์ข้อมูลระดับตำบล "
            "และจัดทำแผนภาพประกอบการตัดสินใจ")),
        Topic("2.3 การจัดทำสารสนเทศภูมิศาสตร์ (GIS) เพื่อพัฒนาคุณภาพชีวิต", "gis", (
            "จัดทำสารสนเทศภูมิศาสตร์ (GIS) เพื่อพัฒนาคุณภาพชีวิตระดับตำบล", "มีการกำหนดรายละเอียดของสัญลักษณ์",
            "เผยแพร่ผลการจัดทำสารสนเทศภูมิศาสตร์ (GIS) ทางเว็บไซต์ Facebook")),
        Topic("2.4 การจัดทำแผนงานบูรณาการโครงการเพื่อการพัฒนาคุณภาพชีวิต", "projects", (
            "มีคณะทำงานขับเคลื่อนฯ จัดทำแผนบูรณาการ/โครงการ",
            "แสวงหางบประมาณและภาคีเพื่อดำเนินการ หมายถึง คณะทำงานขับเคลื่อนฯ ต้องแสวงหางบประมาณและภาคีการพัฒนา "
            "ในการขับเคลื่อนแผนงาน/โครงการตามแผนบูรณาการที่ได้จัดทำขึ้นจากการวิเคราะห์ข้อมูลชุมชน "
            "เพื่อให้เกิดการพัฒนาคุณภาพชีวิตระดับตำบล")),
        Topic("2.5 การดำเนินโครงการเชิงบูรณาการ", None, (
            "การดำเนินโครงการเชิงบูรณาการ หมายถึง คณะทำงานขับเคลื่อนฯ สามารถดำเนินโครงการ/กิจกรรม "
            "จากการจัดทำแผนงานบูรณาการ เพื่อให้เกิดการพัฒนาคุณภาพชีวิตระดับตำบลได้จริง",)),
        Topic("2.6 การเผยแพร่ประชาสัมพันธ์และการนำเสนอ", "publicity", (
            "การเผยแพร่ประชาสัมพันธ์ในรูปแบบ วิกิพีเดีย และ GIS ผ่านสื่อสังคมออนไลน์",)),
    ]


PART3_TOPICS = ("ภาพกิจกรรม", "ข้อมูล จปฐ. กชช.2 ค.", "อื่นๆ ตามความเหมาะสม")
CLOSING_NOTE = ("หมายเหตุ : ทั้งนี้ สามารถปรับเพิ่มเติมเนื้อหาตามที่คุณดำเนินการเห็นว่ามีความสำคัญและต้องการที่จะนำเสนอ"
                "ให้เห็นถึงความสำคัญ/ความแตกต่าง/ความโดดเด่นของชุมชน แต่ต้องไม่น้อยกว่าตามที่กำหนดในส่วนที่ 1 "
                "ส่วนที่ 2 และส่วนที่ 3")


@dataclass(frozen=True)
class Cover:
    """What a cover page says, line by line, and the picture on it (front cover)."""

    title: tuple[str, ...]
    lines: tuple[str, ...]
    picture: bool = False  # the front cover's picture box
    photo: Path | None = None


@dataclass
class LessonDocument:
    kind: Kind
    fiscal_year: int
    blank: bool
    front: Cover
    back: Cover
    body: Report
    warnings: list[str] = field(default_factory=list)

    def cover_strings(self) -> list[str]:
        return [*self.front.title, *self.front.lines, *self.back.title, *self.back.lines]


# --- building -------------------------------------------------------------------------------

def _fill(lines: int) -> list[Paragraph]:
    """Lines to write on (printed as dotted lines with room for handwriting)."""
    return [Paragraph(DOTS) for _ in range(lines)]


def _is_fill(block: object) -> bool:
    return isinstance(block, Paragraph) and bool(block.text) and set(block.text) == {"."}


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(p.strip(), indent=True) for p in text.replace("\r\n", "\n").split("\n") if p.strip()]


def _population(c: CandidateData) -> str:
    parts = []
    if c.population is not None:
        parts.append(f"จำนวนประชากรทั้งหมด {c.population:,} คน")
    if c.households is not None:
        parts.append(f"จำนวนครัวเรือน {c.households:,} ครัวเรือน")
    return " ".join(parts)


def _place_lines(kind: Kind, fiscal_year: int, c: CandidateData | None, district: str,
                 province: str) -> tuple[str, ...]:
    def part(prefix: str, value: str) -> str:
        return f"{prefix}{value}" if value else f"{prefix}{COVER_DOTS}"

    year = f"ปีงบประมาณ {fiscal_year}"
    if kind == "village":
        village = village_text(c.village, c.moo) if c and c.village and c.moo is not None else (
            f"บ้าน{COVER_DOTS}หมู่ที่{SHORT_DOTS[:8]}")
        return (f"{village} {part('ตำบล', c.tambon if c else '')}",
                f"{part('อำเภอ', district)} {part('จังหวัด', province)}", year)
    return (f"{part('ตำบล', c.tambon if c else '')} {part('อำเภอ', district)}",
            f"{part('จังหวัด', province)} {year}")


def _office_lines(kind: Kind, district: str, province: str) -> tuple[str, ...]:
    office = f"สำนักงานพัฒนาชุมชนอำเภอ{district or COVER_DOTS}"
    where = f"จังหวัด{province or COVER_DOTS}"
    if kind == "village":
        return (f"{office} {where}", DEPARTMENT)
    return (office, where, DEPARTMENT)


def lesson_document(kind: Kind, fiscal_year: int, candidate: CandidateData | None, *, district: str = "",
                    province: str = "", office: str = "", photos: list[Photo] | None = None,
                    blank: bool = False) -> LessonDocument:
    """The document from plain values (``candidate`` None or ``blank``: the form to fill)."""
    photos = [] if blank or candidate is None else list(photos or [])
    c = None if blank else candidate
    known_district, known_province = ("", "") if blank else (district, province)
    front = Cover(COVER_TITLE[kind], _place_lines(kind, fiscal_year, c, known_district, known_province),
                  picture=True, photo=photos[0].path if photos else None)
    back = Cover(COVER_TITLE[kind], _office_lines(kind, known_district, known_province))
    body = Report(name="lesson-learned", title=FULL_TITLE[kind], office=office or "สำนักงานพัฒนาชุมชนอำเภอ",
                  period=parse_period(str(fiscal_year)),
                  subtitle="\n".join(front.lines[:2] if kind == "village"
                                     else (front.lines[0], f"จังหวัด{known_province or COVER_DOTS}")))
    empty: list[str] = []

    def content(topic: Topic, text: str) -> None:
        if text.strip():
            body.add(*_paragraphs(text))
            return
        if c is not None:
            empty.append(topic.title)
        for line in topic.guidance:
            body.add(Paragraph(f"- {line}", muted=True))
        body.add(*_fill(topic.lines if c is None else max(2, topic.lines - 1)))

    body.add(Heading(PART1[kind]))
    for topic in part1(kind):
        body.add(Heading(topic.title, level=2))
        if topic.field == "population":
            content(topic, _population(c) if c else "")
        else:
            content(topic, str(getattr(c, topic.field)) if c and topic.field else "")
    body.add(PageBreak(), Heading(PART2[kind]))
    for topic in part2(kind):
        body.add(Heading(topic.title, level=2))
        content(topic, str(getattr(c, topic.field)) if c and topic.field else "")
    body.add(PageBreak(), Heading(PART3))
    body.add(Heading(PART3_TOPICS[0], level=2))
    if photos:
        body.add(Table([Column("ที่", 0.5, "int"), Column("ภาพ", 2.2, "photos"), Column("คำอธิบายภาพ", 4.3)],
                       [[i, [p], p.name] for i, p in enumerate(photos, 1)]))
    else:
        if c is not None:
            empty.append(PART3_TOPICS[0])
        body.add(Paragraph("- แนบภาพกิจกรรมพร้อมคำอธิบาย", muted=True), *_fill(2))
    body.add(Heading(PART3_TOPICS[1], level=2),
             Paragraph(f"- แนบข้อมูล จปฐ. และ กชช. 2ค ปี {fiscal_year - 1} ที่ใช้วิเคราะห์ด้วยโปรแกรม CIA", muted=True),
             *_fill(2), Heading(PART3_TOPICS[2], level=2), *_fill(3))
    if c is None:
        body.add(Paragraph(CLOSING_NOTE, muted=True))
    warnings = []
    if empty:
        warnings.append("ยังไม่มีข้อมูลในหัวข้อ: " + ", ".join(empty) + " (พิมพ์เป็นบรรทัดว่างให้เขียนเพิ่ม)")
    return LessonDocument(kind, fiscal_year, blank or candidate is None, front, back, body, warnings)


def build_lesson_learned(services: Services, kind: Kind, fiscal_year: int, *, level: Level = "district",
                         blank: bool = False) -> LessonDocument:
    """The document for the office's candidate of ``fiscal_year`` (or the blank form)."""
    profile = services.office.profile()
    district = profile.district_name if profile else ""
    province = profile.province_name if profile else ""
    office = profile.office_name if profile else ""
    if office and province and "จังหวัด" not in office:
        office = f"{office} จังหวัด{province}"
    if blank:
        return lesson_document(kind, fiscal_year, None, office=office, blank=True)
    candidates = CandidateService(services.db, services.office, services.evidence)
    candidate = candidates.get(kind, fiscal_year, level)
    if candidate is None or candidate.id is None:
        raise KnownError(f"ยังไม่ได้บันทึก{KIND_SHORT[kind]}เป้าหมาย ({KIND_TEXT[kind]}) {LEVEL_TEXT[level]} "
                         f"ปีงบประมาณ {fiscal_year} บันทึกเป้าหมายก่อน หรือทำแบบว่างสำหรับกรอกเอง")
    photos = [Photo(item.stored_path, item.caption or item.original_name or "")
              for item in candidates.photos(candidate.id) if item.stored_path is not None]
    return lesson_document(kind, fiscal_year, candidate, district=district, province=province, office=office,
                           photos=photos)


# --- printing --------------------------------------------------------------------------------

COVER_MARGIN = 2.5 * cm
BODY_MARGIN = 2 * cm


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A cover line as printed: whole when it fits, else broken at its spaces (between
    ``อำเภอ…`` and ``จังหวัด…``, never inside ``จังหวัดหนองคาย``), and only a part too wide
    on its own is broken between words."""
    out: list[str] = []
    current = ""
    for part in text.split(" "):
        trial = f"{current} {part}".strip()
        if not current or thai.width(trial, font, size) <= width:
            current = trial
            continue
        out.append(current)
        current = part
    out.append(current)
    return [line for chunk in out for line in thai.wrap(chunk, font, size, width) if line]


def _title_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A title too wide for one line is broken before เพื่อ, where a Thai reader pauses
    (สารสนเทศตำบลต้นแบบ / เพื่อการพัฒนาคุณภาพชีวิต), as the letter breaks the village title."""
    at = text.find("เพื่อ", 1)
    if thai.width(text, font, size) <= width or at < 0:
        return _lines(text, font, size, width)
    return _lines(text[:at].rstrip(), font, size, width) + _lines(text[at:], font, size, width)


class CoverFlowable(Flowable):  # type: ignore[misc]
    """A whole cover page: the title big and centred, the picture box (the photo fitted in
    it, or the letter's "รูปภาพ (ถ้ามี)"), then the place or office lines, all centred
    on the page as one group."""

    TITLE, TEXT, LABEL = 28.0, 20.0, 18.0
    BOX_W, BOX_H = 13 * cm, 9.5 * cm

    def __init__(self, cover: Cover, p: Printer) -> None:
        super().__init__()
        self.cover, self.p = cover, p

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def _groups(self) -> list[tuple[str, list[str], float, float]]:
        """(what, lines, size, gap after) from top to bottom."""
        bold = thai.FONT_BOLD
        title = [line for t in self.cover.title for line in _title_lines(self.p.text(t), bold, self.TITLE, self.width)]
        text = [line for t in self.cover.lines for line in _lines(self.p.text(t), bold, self.TEXT, self.width)]
        picture = 1.6 * cm if self.cover.picture else 3.5 * cm
        return [("title", title, self.TITLE, picture), ("text", text, self.TEXT, 0.0)]

    def draw(self) -> None:
        canv, mid = self.canv, self.width / 2
        groups = self._groups()
        box = min(self.BOX_W, self.width), self.BOX_H
        total = sum(len(lines) * size * 1.5 + gap for _, lines, size, gap in groups)
        if self.cover.picture:
            total += box[1] + 1.6 * cm
        y = self.height - max(0.0, (self.height - total) * 0.42)  # a little above the middle
        for what, lines, size, gap in groups:
            for line in lines:
                y -= size * 1.5
                thai.draw(canv, mid, y + size * 0.35, line, thai.FONT_BOLD, size, "center", colors.black)
            y -= gap
            if what == "title" and self.cover.picture:
                y -= box[1]
                self._picture(mid - box[0] / 2, y, *box)
                y -= 1.6 * cm

    def _picture(self, x: float, y: float, w: float, h: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#777777"))
        canv.setLineWidth(0.8)
        image = thumbnail(self.cover.photo, max(w, h)) if self.cover.photo is not None else None
        if image is not None:
            iw, ih = image.getSize()
            scale = min((w - 8) / iw, (h - 8) / ih)
            dw, dh = iw * scale, ih * scale
            canv.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
        else:
            canv.setDash(4, 3)
            canv.rect(x, y, w, h)
            canv.setDash()
            thai.draw(canv, x + w / 2, y + h / 2 - self.LABEL * 0.3, self.p.text(PICTURE), thai.FONT, self.LABEL,
                      "center", GREY)
        canv.restoreState()


class _FillLine(Flowable):  # type: ignore[misc]
    """One dotted line to write on, spaced for handwriting."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size * 2.0
        return self.width, self.height

    def draw(self) -> None:
        dot = thai.width(".", thai.FONT, self.size)
        thai.draw(self.canv, 0, self.size * 0.3, "." * int(self.width // dot), thai.FONT, self.size, color=GREY)


def _page_number(p: Printer) -> Any:
    def on_page(canv: Any, doc: BaseDocTemplate) -> None:
        w, _ = canv._pagesize
        number = canv.getPageNumber() - 1  # the front cover is not counted
        thai.draw(canv, w / 2, BODY_MARGIN * 0.5, p.text(str(number)), thai.FONT, 14, "center", GREY)

    return on_page


def render_lesson_learned(doc: LessonDocument, out: Path | IO[bytes], *, thai_digits: bool = True) -> int:
    """Print the document (A4) to ``out``; returns the page count."""
    thai.register_fonts()
    p = Printer(thai_digits)
    w, h = A4
    report = doc.body
    target: Any = str(out) if isinstance(out, Path) else out
    title = report.title if doc.blank else f"{report.title} {report.subtitle}".replace("\n", " ")
    pdf = BaseDocTemplate(target, pagesize=A4, leftMargin=BODY_MARGIN, rightMargin=BODY_MARGIN,
                          topMargin=BODY_MARGIN, bottomMargin=BODY_MARGIN, title=p.text(title),
                          author=report.office, subject=p.text(report.period.label()), creator="CD Desk",
                          initialFontName=thai.FONT, lang="th-TH")
    cover_frame = Frame(COVER_MARGIN, COVER_MARGIN, w - 2 * COVER_MARGIN, h - 2 * COVER_MARGIN, id="cover")
    body_frame = Frame(BODY_MARGIN, BODY_MARGIN, w - 2 * BODY_MARGIN, h - 2 * BODY_MARGIN, id="body")
    pdf.addPageTemplates([PageTemplate("cover", [cover_frame]),
                          PageTemplate("body", [body_frame], onPage=_page_number(p))])
    builder = Builder(report, p, body_frame._width - body_frame._leftPadding - body_frame._rightPadding)
    b = builder.body
    heading = b.but(font=thai.FONT_BOLD, size=b.size + 6, align="center")
    story: list[Flowable] = [CoverFlowable(doc.front, p), NextPageTemplate("body"), RLPageBreak()]
    story += [ThaiParagraph(line, heading)
              for line in _title_lines(p.text(report.title), heading.font, heading.size, builder.width)]
    if report.subtitle and not doc.blank:
        style = b.but(font=thai.FONT_BOLD, size=b.size + 2, align="center")
        story += [ThaiParagraph(line, style) for text in report.subtitle.split("\n")
                  for line in _lines(p.text(text), style.font, style.size, builder.width)]
    story.append(builder.para(report.period.label(), b.but(size=b.size + 2, align="center", space_after=b.size)))
    for block in report.blocks:
        story += [_FillLine(b.size)] if _is_fill(block) else builder.block(block)
    story += [NextPageTemplate("cover"), RLPageBreak(), CoverFlowable(doc.back, p)]
    pdf.build(story)
    return int(pdf.page)


def write_lesson_learned(services: Services, kind: Kind, fiscal_year: int, out: Path | str, *,
                         level: Level = "district", blank: bool = False,
                         thai_digits: bool | None = None) -> Generated:
    """Build and print the document into ``out`` (written whole or not at all)."""
    from cddesk.files import atomic_write
    from cddesk.reports import Generated

    doc = build_lesson_learned(services, kind, fiscal_year, level=level, blank=blank)
    if thai_digits is None:
        thai_digits = services.office.settings().thai_digits_in_reports
    out = Path(out)
    pages = 0

    def write(temp: str) -> None:
        nonlocal pages
        pages = render_lesson_learned(doc, Path(temp), thai_digits=bool(thai_digits))

    atomic_write(out, write)
    return Generated(out, pages, tuple(doc.warnings))

