"""PDF pages as RGB pixels for the Reports page preview (pypdfium2: BSD/Apache, small;
Qt's own QtPdf is not in PySide6-Essentials). Qt-free: the window turns them into images."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    rgb: bytes  # width × height × 3 bytes, rows top to bottom


def render_pages(pdf: Path, dpi: float = 96.0, limit: int | None = None) -> Iterator[PageImage]:
    """Render each page (up to ``limit``) of ``pdf`` at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document) if limit is None else min(limit, len(document))
        for index in range(count):
            page = document[index]
            try:
                image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            finally:
                page.close()
            yield PageImage(image.width, image.height, image.tobytes())
    finally:
        document.close()
