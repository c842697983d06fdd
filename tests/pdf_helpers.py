"""Reading PDFs back with poppler for tests: body text (header and footer cropped away),
fonts, page count, PNG pages; and the strings a report model says it prints."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

from cddesk.pdf.printer import Printer
from cddesk.pdf.render import MARGIN
from cddesk.reports import model as m


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=True)


def pages(pdf: Path) -> int:
    info = run("pdfinfo", str(pdf))
    assert info.stderr == "", info.stderr  # poppler opens it without a warning
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def page_size(pdf: Path) -> tuple[float, float]:
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", str(pdf)).stdout)
    assert found
    return float(found.group(1)), float(found.group(2))


def body_text(pdf: Path) -> list[str]:
    """Each page's text inside the margins (no running header or footer), content order."""
    w, h = page_size(pdf)
    top, bottom = MARGIN * 0.9, MARGIN * 0.9
    out = []
    for page in range(1, pages(pdf) + 1):
        result = run("pdftotext", "-raw", "-f", str(page), "-l", str(page), "-x", "0", "-y", str(int(top)),
                     "-W", str(int(w)), "-H", str(int(h - top - bottom)), str(pdf), "-")
        assert result.stderr == "", result.stderr
        out.append(result.stdout)
    return out


def all_text(pdf: Path) -> str:
    result = run("pdftotext", str(pdf), "-")
    assert result.stderr == "", result.stderr
    return result.stdout


def squash(text: str) -> str:
    """NFC and no whitespace: lines broken in the PDF compare equal to the source."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def fonts(pdf: Path) -> list[list[str]]:
    lines = run("pdffonts", str(pdf)).stdout.splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def strings_of(report: m.Report, thai_digits: bool) -> list[str]:
    """Every text the report model asks to be printed, formatted as the PDF prints it."""
    p = Printer(thai_digits)
    out = [p.text(report.title), p.text(report.office), p.text(report.period.label())]
    for block in report.blocks:
        if isinstance(block, (m.Heading, m.Paragraph)):
            out.append(p.text(block.text))
        elif isinstance(block, m.Fields):
            for label, value in block.items:
                out += [p.text(label), p.value(value)]
        elif isinstance(block, m.Table):
            out += [p.text(c.title) for c in block.columns]
            for row in block.rows:
                out += [p.value(v, c.kind) for v, c in zip(row, block.columns) if c.kind != "photos"]
        elif isinstance(block, m.BarChart):
            out += [p.text(block.title)] + [p.text(b.label) for b in block.bars]
        elif isinstance(block, m.Signatures):
            out += [f"({s.name})" for s in block.signers if s.name]
    return [s for s in out if s and s.strip()]


def missing_strings(report: m.Report, pdf: Path, thai_digits: bool = True) -> list[Any]:
    text = squash("".join(body_text(pdf)))
    return [s for s in strings_of(report, thai_digits) if squash(s) not in text]
