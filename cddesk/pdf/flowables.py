"""Platypus flowables that print Thai correctly: a paragraph that wraps between words and
splits across pages, a row of photo thumbnails, and a bar chart whose labels are Thai.

All text goes through :func:`cddesk.pdf.thai.draw` (shaped, with ``/ActualText``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.renderPDF import draw as render_drawing
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from cddesk.pdf import thai

GREY = colors.HexColor("#555555")
INK = colors.black


@dataclass(frozen=True)
class TextStyle:
    font: str = thai.FONT
    size: float = 14.0
    leading_factor: float = 1.3  # Thai needs room above and below for marks
    align: str = "left"  # left | center | right
    color: Any = INK
    first_indent: float = 0.0  # points, first line only
    space_after: float = 0.0

    @property
    def leading(self) -> float:
        return self.size * self.leading_factor

    def but(self, **changes: Any) -> TextStyle:
        from dataclasses import replace

        return replace(self, **changes)


class ThaiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of Thai (and Latin) text broken only between words."""

    def __init__(self, text: str, style: TextStyle, lines: list[str] | None = None,
                 first: bool = True, wrapped_width: float = 0.0) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines  # already wrapped (a part after a split) for ``wrapped_width``
        self._first = first  # this part starts the paragraph (gets the first-line indent)
        self._width = wrapped_width

    def _wrap_lines(self, avail: float) -> list[str]:
        s = self.style
        if not s.first_indent or not self._first:
            return thai.wrap(self.text, s.font, s.size, avail)
        # the first line is shorter by the indent: wrap it alone, then the rest
        first = thai.wrap(self.text, s.font, s.size, avail - s.first_indent)
        if len(first) <= 1:
            return first
        head = first[0]
        rest = self.text.replace("\r\n", "\n")[len(head):].lstrip(" ")
        return [head, *thai.wrap(rest, s.font, s.size, avail)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or self._width != availWidth:
            self._lines = self._wrap_lines(availWidth)
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading + self.style.space_after
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = min(int(availHeight // self.style.leading), len(self._lines))
        if fit <= 0:
            return []
        keep = self.style.but(space_after=0)
        head = ThaiParagraph(self.text, keep, self._lines[:fit], self._first, availWidth)
        if fit == len(self._lines):  # only the space after did not fit
            return [head]
        return [head, ThaiParagraph(self.text, self.style, self._lines[fit:], False, availWidth)]

    def draw(self) -> None:
        s = self.style
        assert self._lines is not None
        top = self.height - s.space_after
        for i, line in enumerate(self._lines):
            x = {"left": 0.0, "center": self.width / 2, "right": self.width}[s.align]
            if i == 0 and self._first and s.align == "left":
                x += s.first_indent
            thai.draw_lines(self.canv, x, top - i * s.leading, [line], s.font, s.size, s.leading,
                            s.align, s.color)

    def plain_lines(self) -> list[str]:
        """The lines as last wrapped (tests check no line ends inside a word)."""
        return list(self._lines or [])


def thumbnail(path: Path, box: float) -> ImageReader | None:
    """A small JPEG of a photo for printing (a 5 MB photo would make a 5 MB page);
    None when the file is missing or not an image."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(path) as original:
            im = original.convert("RGB")
        pixels = int(box * 3)  # ~216 dpi at the printed size
        im.thumbnail((pixels, pixels))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        buf.seek(0)
        return ImageReader(buf)
    except (OSError, ValueError):
        return None


class PhotoGrid(Flowable):  # type: ignore[misc]
    """Photos as thumbnails, as many per row as fit; a missing file prints its name."""

    def __init__(self, photos: list[tuple[Path, str]], box: float, style: TextStyle) -> None:
        super().__init__()
        self.photos = photos
        self.box = box
        self.style = style
        self._images = [thumbnail(p, box) for p, _ in photos]

    def _per_row(self, avail: float) -> int:
        return max(1, int((avail + 2) // (self.box + 2)))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        rows = -(-len(self.photos) // self._per_row(availWidth)) if self.photos else 0
        self.height = rows * (self.box + 2)
        return availWidth, self.height

    def draw(self) -> None:
        per_row = self._per_row(self.width)
        for i, ((_, name), image) in enumerate(zip(self.photos, self._images)):
            col, row = i % per_row, i // per_row
            x = col * (self.box + 2)
            y = self.height - (row + 1) * (self.box + 2) + 2
            if image is None:
                small = self.style.but(size=self.style.size * 0.7)
                lines = thai.wrap(f"(ไม่พบภาพ {name})", small.font, small.size, self.box)
                thai.draw_lines(self.canv, x, y + self.box, lines, small.font, small.size, small.leading)
                continue
            iw, ih = image.getSize()
            scale = min(self.box / iw, self.box / ih)
            self.canv.drawImage(image, x, y + self.box - ih * scale, iw * scale, ih * scale)


class BarChartFlowable(Flowable):  # type: ignore[misc]
    """Horizontal bars (points of maximum) drawn with reportlab graphics; Thai labels and
    values drawn shaped on top."""

    def __init__(self, bars: list[tuple[str, float, float, str]], style: TextStyle,
                 digits: Callable[[str], str] = str) -> None:
        super().__init__()
        self.bars = bars  # label, value, maximum, value text
        self.style = style
        self.digits = digits
        self.row = style.leading * 2.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.row * len(self.bars) + self.style.leading
        return availWidth, self.height

    def draw(self) -> None:
        s = self.style
        label_w = self.width * 0.42
        bar_x = label_w + 6
        bar_w = self.width - bar_x - s.size * 4
        drawing = Drawing(self.width, self.height)
        for i, (_, value, maximum, _) in enumerate(self.bars):
            y = self.height - (i + 1) * self.row + self.row * 0.2
            h = self.row * 0.6
            drawing.add(Rect(bar_x, y, bar_w, h, fillColor=colors.HexColor("#E8EEF5"), strokeColor=None))
            share = 0.0 if maximum <= 0 else max(0.0, min(1.0, value / maximum))
            fill = colors.HexColor("#2E7D32") if share >= 0.8 else colors.HexColor(
                "#F9A825") if share >= 0.5 else colors.HexColor("#C62828")
            if share:
                drawing.add(Rect(bar_x, y, bar_w * share, h, fillColor=fill, strokeColor=None))
        for tick in range(0, 101, 25):
            x = bar_x + bar_w * tick / 100
            drawing.add(Line(x, s.leading * 0.9, x, self.height, strokeColor=colors.HexColor("#BBBBBB"),
                             strokeWidth=0.4, strokeDashArray=[1, 2]))
        render_drawing(drawing, self.canv, 0, 0)
        small = s.size * 0.85
        for i, (label, _, _, value_text) in enumerate(self.bars):
            middle = self.height - (i + 0.5) * self.row
            lines = thai.wrap(label, s.font, small, label_w)[:2]
            line_h = small * 1.25
            thai.draw_lines(self.canv, 0, middle + len(lines) * line_h / 2, lines, s.font, small, line_h)
            thai.draw_lines(self.canv, bar_x + bar_w + 4, middle + line_h / 2, [value_text], s.font, small,
                            line_h)
        for tick in range(0, 101, 25):
            thai.draw(self.canv, bar_x + bar_w * tick / 100, 2, self.digits(f"{tick}%"), s.font,
                      small * 0.8, "center", GREY)
