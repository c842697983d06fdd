"""What a report says, apart from how it is printed.

A report builder (``cddesk/reports/*``) reads the office through services and returns a
:class:`Report`: a title and a list of blocks (headings, paragraphs, tables with typed
columns, a chart, signatures). :mod:`cddesk.pdf.render` prints it as an A4 PDF and
:mod:`cddesk.reports.xlsx` writes it as a worksheet, so both formats always say the
same thing. Values stay typed (``date``, ``int``, ``float``) until a renderer formats them:
the PDF as B.E. text (Thai digits if the office wants them), Excel as real cells.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

from cddesk.periods import Period

ColumnKind = Literal["text", "int", "float", "date", "percent", "link", "photos"]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative share of the table width
    kind: ColumnKind = "text"
    total: bool = False  # a total under the column (PDF: the sum; Excel: a SUM formula)


@dataclass(frozen=True)
class Photo:
    """An evidence photo: the stored file and its name as the officer gave it."""

    path: Path
    name: str


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[Any]]  # one value per column; photos cells hold list[Photo]
    caption: str = ""  # a heading printed above the table
    empty_text: str = "ไม่มีรายการในช่วงนี้"
    font_size: float | None = None  # smaller than the body for wide tables

    def totals(self) -> list[Any]:
        """The total row: the sum under every ``total`` column, ``รวม`` in the first."""
        out: list[Any] = [None] * len(self.columns)
        for i, col in enumerate(self.columns):
            if col.total:
                out[i] = sum(r[i] or 0 for r in self.rows if isinstance(r[i] or 0, (int, float)))
        out[0] = "รวม"
        return out

    @property
    def has_totals(self) -> bool:
        return any(c.total for c in self.columns)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 section, 2 sub-section


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    indent: bool = False  # first-line indent, as in Thai official prose
    muted: bool = False  # notes and warnings, printed smaller and grey


@dataclass(frozen=True)
class Fields:
    """Label–value lines of a form (``ชื่อผลงาน : …``)."""

    items: list[tuple[str, Any]]


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    maximum: float


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[Bar]


@dataclass(frozen=True)
class Signer:
    role: str  # ผู้รายงาน, ผู้รับรอง …
    name: str
    position: str


@dataclass(frozen=True)
class Signatures:
    signers: list[Signer]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Union[Heading, Paragraph, Fields, Table, BarChart, Signatures, PageBreak]


@dataclass
class Report:
    name: str  # the CLI name, e.g. "digital40"
    title: str
    office: str
    period: Period
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""
    landscape: bool = False
    body_size: float = 14.0  # points, Laksaman (Sarabun): 14 reads like 10–11 pt Latin
    max_pages: int | None = None  # the letter's limit, checked after rendering
    sheet_name: str = ""  # Excel sheet title (≤ 31 characters)
    created: dt.datetime = field(default_factory=dt.datetime.now)
    warnings: list[str] = field(default_factory=list)  # said to the user after generating

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
