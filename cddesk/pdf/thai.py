"""Thai text on a reportlab canvas: bundled fonts, word breaks, shaping that still reads back.

Three facts (``../shared/docs/thai-pdf.md``) decide how this works:

* reportlab does not break Thai between words, so :func:`wrap` segments with pythainlp
  (``newmm``) and breaks lines itself, only between words (a token wider than the whole
  line — a long link, say — is the one thing cut, between characters);
* ``canvas.drawString`` does not shape, so :func:`draw` draws
  ``ttfonts.shapeStr`` output (HarfBuzz: tone marks lowered and shifted, ำ split);
* shaped glyphs alone extract as scrambled private-use code points, so each shaped run
  is wrapped in a marked-content span carrying ``/ActualText`` with the source text:
  ``pdftotext`` and copy/paste return the Thai that was written.

Text without marks above or below the line is drawn unshaped (same glyphs, less work).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from cddesk.errors import KnownError
from cddesk.paths import font_path

FONT = "CDThai"
FONT_BOLD = "CDThai-Bold"
FONT_ITALIC = "CDThai-Italic"
FONT_BOLD_ITALIC = "CDThai-BoldItalic"
_FILES = {FONT: "Laksaman.ttf", FONT_BOLD: "Laksaman-Bold.ttf",
          FONT_ITALIC: "Laksaman-Italic.ttf", FONT_BOLD_ITALIC: "Laksaman-BoldItalic.ttf"}

# Characters whose glyph HarfBuzz moves or decomposes (upper/lower vowels, tone marks, ำ).
_NEEDS_SHAPING = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# Links, e-mail addresses and file names keep their Arabic digits.
_KEEP_DIGITS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:jpe?g|png|pdf|docx?|xlsx?)\b",
                          re.IGNORECASE)


_OPENING = "([{«“‘"
_CLOSING = ")]}»”’,.;:!?ๆฯ%"
_LATIN = re.compile(r"[^\s\u0e00-\u0e7f]+")


_NUMBER = re.compile(r"(?<![A-Za-z_\d])\d+(?![A-Za-z_\d])")


class FontMissing(KnownError):
    pass


def register_fonts() -> None:
    """Register the bundled Laksaman (Sarabun) family once; raises :class:`FontMissing`
    with the path when a font file is gone."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        path = font_path(filename)
        if not path.is_file():
            raise FontMissing(f"ไม่พบไฟล์ฟอนต์ {path} — ติดตั้งโปรแกรมใหม่ หรือคัดลอกโฟลเดอร์ fonts กลับมา")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # Canvases and graphics otherwise start on Helvetica, which a PDF names but never embeds.
    from reportlab import rl_config

    rl_config.canvas_basefontname = FONT
    rl_config.defaultGraphicsFontName = FONT


def _thai_numbers(text: str) -> str:
    return _NUMBER.sub(lambda m: m.group().translate(_DIGITS), text)


def to_thai_digits(text: str) -> str:
    """Arabic → Thai digits in numbers, except inside links, e-mail addresses, file names
    and codes written with Latin letters (``D1``, ``F2``, ``digital40_fy2568``)."""
    out, last = [], 0
    for m in _KEEP_DIGITS.finditer(text):
        out.append(_thai_numbers(text[last:m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(_thai_numbers(text[last:]))
    return "".join(out)


# --- words ---------------------------------------------------------------------------------

def _tokenizer() -> Any:
    if "PYTHAINLP_DATA" not in os.environ and "PYTHAINLP_DATA_DIR" not in os.environ:
        import platformdirs  # pythainlp would otherwise create ~/pythainlp-data

        folder = os.path.join(platformdirs.user_cache_dir("cddesk", appauthor=False), "pythainlp")
        os.environ["PYTHAINLP_DATA"] = folder
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@lru_cache(maxsize=20000)
def words(text: str) -> tuple[str, ...]:
    """The tokens of one line of text (Thai words, spaces, Latin words, numbers) in order;
    joined they give ``text`` back exactly."""
    if not re.search("[\u0e00-\u0e7f]", text):
        return tuple(t for t in re.split(r"(\s+)", text) if t)
    out: list[str] = []
    for token in _tokenizer()(text, engine="newmm", keep_whitespace=True):
        # newmm splits links and codes ("https", "://…"): keep a run of non-Thai text whole;
        # an opening bracket stays with the word after it, closing punctuation with the one before
        if not token:
            continue
        glue = out and not token.isspace() and (
            (_LATIN.fullmatch(token) and _LATIN.fullmatch(out[-1])) or token[0] in _CLOSING
            or out[-1][-1] in _OPENING)
        if glue:
            out[-1] += token
        else:
            out.append(token)
    return tuple(out)


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _clusters(token: str) -> list[str]:
    """Grapheme-ish clusters: a base character with the marks above or below it."""
    out: list[str] = []
    for ch in token:
        if out and (unicodedata.combining(ch) or _NEEDS_SHAPING.match(ch)) and ch != "\u0e33":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _cut(token: str, font: str, size: float, limit: float) -> list[str]:
    """A token wider than a whole line, cut between characters (never between a base
    character and its marks)."""
    pieces, current = [], ""
    for cluster in _clusters(token):
        if current and width(current + cluster, font, size) > limit:
            pieces.append(current)
            current = ""
        current += cluster
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Lines of ``text`` no wider than ``limit`` points, broken only between words.

    Newlines in ``text`` start new lines; spaces at a break are dropped."""
    lines: list[str] = []
    for para in text.replace("\r\n", "\n").split("\n"):
        current, current_w = "", 0.0
        for token in words(para):
            if token.isspace():
                if current:
                    current += token
                    current_w += width(token, font, size)
                continue
            w = width(token, font, size)
            if current and current_w + w > limit:
                lines.append(current.rstrip())
                current, current_w = "", 0.0
            if w > limit:
                *whole, token = _cut(token, font, size, limit)
                lines.extend(whole)
                w = width(token, font, size)
            current += token
            current_w += w
        lines.append(current.rstrip())
    return lines


# --- drawing -------------------------------------------------------------------------------

def _actual_text(text: str) -> str:
    return "/Span <</ActualText <FEFF%s>>> BDC" % text.encode("utf-16-be").hex().upper()


@lru_cache(maxsize=50000)
def _shaped(text: str, font: str, size: float) -> Any:
    """HarfBuzz shaping of one line, remembered: registers repeat the same cells on every row."""
    from reportlab.pdfbase.ttfonts import shapeStr

    return shapeStr(text, font, size)


def draw(canv: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left",
         color: Any = None) -> None:
    """Draw one line at baseline ``y``; ``align`` left (``x`` = start), right (``x`` = end)
    or center. Shaped when it needs to be, always extractable as ``text``."""
    if not text:
        return
    if align != "left":
        w = width(text, font, size)
        x -= w if align == "right" else w / 2
    canv.setFont(font, size)
    if color is not None:
        canv.setFillColor(color)
    if _NEEDS_SHAPING.search(text):
        canv._code.append(_actual_text(text))
        canv.drawString(x, y, _shaped(text, font, size))
        canv._code.append("EMC")
    else:
        canv.drawString(x, y, text)


def draw_lines(canv: Any, x: float, top: float, lines: Iterable[str], font: str, size: float,
               leading: float, align: str = "left", color: Any = None) -> float:
    """Draw lines downward from ``top`` (the top of the first line's box); returns the
    y below the last line."""
    y = top
    for line in lines:
        y -= leading
        draw(canv, x, y + (leading - size) * 0.55 + size * 0.18, line, font, size, align, color)
    return y
