"""Every report as a real PDF read back with poppler: the Thai text returns exactly
(shaped glyphs carry /ActualText), fonts are embedded, pages render, long tables repeat
their header, lines break only between words, the Thai-digit setting holds."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from cddesk.app_services import Services
from cddesk.pdf import thai
from cddesk.pdf.render import render_pdf
from cddesk.periods import parse_period
from cddesk.reports import REPORTS, build_report, generate
from cddesk.reports import model as m
from tests.pdf_helpers import all_text, body_text, fonts, missing_strings, pages, run, squash

TODAY = dt.date(2025, 4, 20)  # the sample office's data runs October 2567 – March 2568
SEED = Path(__file__).resolve().parent / "data" / "seeds" / "002_d808a79afca7be01.txt"
SHAPING_WORDS = "ที่ว่าการอำเภอ น้ำ ปู่ ผู้ใหญ่บ้าน ฝั่ง ฤๅษี"


@pytest.mark.parametrize("name", [r.name for r in REPORTS])
@pytest.mark.parametrize("period", ["2568", "2568-02"])
def test_every_report_reads_back_with_embedded_fonts(sample_services: Services, tmp_path: Path,
                                                     name: str, period: str) -> None:
    p = parse_period(period)
    report = build_report(sample_services, name, p, TODAY)
    pdf = tmp_path / f"{name}.pdf"
    n = render_pdf(report, pdf, thai_digits=True)
    assert pages(pdf) == n >= 1
    assert missing_strings(report, pdf) == []
    found = fonts(pdf)
    assert found and all(row[-5] == "yes" for row in found), found  # "emb" column
    assert {row[0].split("+")[-1] for row in found} <= {"Laksaman", "Laksaman-Bold"}
    text = all_text(pdf)
    assert "\ue000" not in text and "\uf70a" not in text and "\uf70b" not in text  # no private-use glyphs
    assert f"หน้า ๑/{thai.to_thai_digits(str(n))}" in text


def test_shaped_words_read_back_and_render_lowered(tmp_path: Path) -> None:
    """The issue's words: pdftotext returns them exactly; rendered, the shaped line's marks
    sit lower than an unshaped drawing of the same text (HarfBuzz positioned them)."""
    from reportlab.pdfgen.canvas import Canvas

    thai.register_fonts()
    for shaped in (True, False):
        canvas = Canvas(str(tmp_path / f"{shaped}.pdf"), pagesize=(420, 60), initialFontName=thai.FONT)
        if shaped:
            thai.draw(canvas, 5, 20, "ผู้ใหญ่บ้าน ปู่", thai.FONT, 24)
        else:
            canvas.setFont(thai.FONT, 24)
            canvas.drawString(5, 20, "ผู้ใหญ่บ้าน ปู่")
        canvas.showPage()
        canvas.save()
        run("pdftoppm", "-r", "144", "-gray", "-png", str(tmp_path / f"{shaped}.pdf"), str(tmp_path / f"{shaped}"))
    report = m.Report("t", SHAPING_WORDS, "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", parse_period("2568"))
    report.add(m.Paragraph(SHAPING_WORDS), m.Table([m.Column("คำ")], [[w] for w in SHAPING_WORDS.split()]))
    render_pdf(report, tmp_path / "words.pdf")
    assert missing_strings(report, tmp_path / "words.pdf") == []
    assert SHAPING_WORDS in all_text(tmp_path / "words.pdf")

    def top_ink(png: Path) -> int:
        from PIL import Image

        with Image.open(png) as im:
            px = im.convert("L").load()
            w, h = im.size
            return next(y for y in range(h) if any(px[x, y] < 128 for x in range(w)))

    assert top_ink(tmp_path / "True-1.png") > top_ink(tmp_path / "False-1.png") + 2


def _seed_paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [line.strip("*# ") for line in text.splitlines() if len(line) > 150][:25]


@pytest.mark.parametrize("width", [90.0, 160.0, 330.0])
def test_lines_break_only_between_words(width: float) -> None:
    thai.register_fonts()
    checked = 0
    for para in _seed_paragraphs():
        bounds, start = {0}, 0
        for token in thai.words(para):
            if thai.width(token, thai.FONT, 14) > width:  # wider than a line: the one cut allowed
                bounds.update(range(start, start + len(token)))
            start += len(token)
            bounds.add(start)
        lines = thai.wrap(para, thai.FONT, 14, width)
        assert "".join(lines).replace(" ", "") == para.replace(" ", "")
        pos = 0
        for line in lines[:-1]:
            start = para.index(line, pos)
            end = start + len(line)
            assert start in bounds and end in bounds, (line, para[end:end + 10])
            assert thai.width(line, thai.FONT, 14) <= width + 0.01
            pos = end
            checked += 1
    assert checked > 50


def test_wrap_cuts_only_what_cannot_fit_and_keeps_marks_with_their_letter() -> None:
    thai.register_fonts()
    url = "https://www.example.org/" + "a" * 80
    lines = thai.wrap(f"ดูที่ {url} ครับ", thai.FONT, 14, 120)
    assert "".join(lines).replace(" ", "") == f"ดูที่{url}ครับ"
    assert all(thai.width(line, thai.FONT, 14) <= 120.01 for line in lines)
    word = "ผู้ใหญ่บ้าน" * 4  # no break possible: cut between letters, never before a mark
    for line in thai.wrap(word, thai.FONT, 14, 40):
        assert line and not thai._NEEDS_SHAPING.match(line[0]) or line[0] == "ำ"


def test_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    rows = [[i, dt.date(2025, 1, 1) + dt.timedelta(days=i), f"ประชุมผู้ใหญ่บ้านครั้งที่ {i}", i * 3]
            for i in range(1, 201)]
    report = m.Report("t", "ทดสอบตารางยาว", "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", parse_period("2568"))
    report.add(m.Table([m.Column("ที่", 0.5, "int"), m.Column("วันที่", 1.5, "date"), m.Column("หัวข้อหลักฐาน", 4),
                        m.Column("ผู้เข้าร่วมประชุม", 1.5, "int", total=True)], rows))
    n = render_pdf(report, tmp_path / "long.pdf")
    assert n >= 4
    texts = body_text(tmp_path / "long.pdf")
    for page_text in texts:
        assert "หัวข้อหลักฐาน" in page_text and "ผู้เข้าร่วมประชุม" in page_text
    assert missing_strings(report, tmp_path / "long.pdf") == []
    assert squash(thai.to_thai_digits(f"{sum(r[3] for r in rows):,}")) in squash(texts[-1])


def test_thai_digit_setting(sample_services: Services, tmp_path: Path) -> None:
    period = parse_period("2568-02")
    thai_pdf = generate(sample_services, "meetings", period, "pdf", tmp_path / "thai.pdf", thai_digits=True,
                        today=TODAY).path
    arabic_pdf = generate(sample_services, "meetings", period, "pdf", tmp_path / "arabic.pdf", thai_digits=False,
                          today=TODAY).path
    thai_text, arabic_text = all_text(thai_pdf), all_text(arabic_pdf)
    assert "๒๕๖๘" in thai_text and "หน้า ๑/" in thai_text
    assert "2568" not in squash(" ".join(body_text(thai_pdf))).replace("fy2568", "")
    assert "2568" in arabic_text and "หน้า 1/" in arabic_text
    assert "๒๕๖๘" not in arabic_text.replace("๔.๐", "")
    # the office setting is the default
    sample_services.office.save_settings(sample_services.office.settings().__class__(thai_digits_in_reports=False))
    default_pdf = generate(sample_services, "meetings", period, "pdf", tmp_path / "d.pdf", today=TODAY).path
    assert "หน้า 1/" in all_text(default_pdf)


def test_pages_render_to_png(sample_services: Services, tmp_path: Path) -> None:
    pdf = generate(sample_services, "click-monthly", parse_period("2568"), "pdf", tmp_path / "c.pdf",
                   today=TODAY).path
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True,
                   capture_output=True)
    rendered = sorted(tmp_path.glob("p-*.png"))
    assert len(rendered) == pages(pdf)
    from PIL import Image

    with Image.open(rendered[0]) as im:
        assert im.width > im.height  # the Click ชุมชน form is landscape
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours and len(colours) > 50  # photos and text, not a blank page


def test_innovation_report_is_11_point_and_warns_over_25_pages(sample_services: Services, tmp_path: Path) -> None:
    from tests.record_builders import add

    made = generate(sample_services, "innovation", parse_period("2568"), "pdf", tmp_path / "i.pdf", today=TODAY)
    assert made.warnings == ()
    long_text = "\n".join(["การพัฒนานวัตกรรมด้านเทคโนโลยีสารสนเทศของสำนักงานพัฒนาชุมชนอำเภอ " * 12] * 120)
    add(sample_services, "innovation_report", date=dt.date(2025, 3, 30), background=long_text)
    made = generate(sample_services, "innovation", parse_period("2568"), "pdf", tmp_path / "i.pdf", today=TODAY)
    assert made.pages > 25
    assert any("เกิน" in w and "25 หน้า" in w for w in made.warnings)
    report = build_report(sample_services, "innovation", parse_period("2568"), TODAY)
    assert report.body_size == 11.0


def test_cancel_leaves_no_file(sample_services: Services, tmp_path: Path) -> None:
    from cddesk.progress import Cancelled, Progress

    steps = []
    progress = Progress(lambda done, total, text: steps.append(done))
    original = progress.step

    def cancel_midway(done: int, total: int, text: str = "") -> None:
        if len(steps) > 3:
            progress.cancel()
        original(done, total, text)

    progress.step = cancel_midway  # type: ignore[method-assign]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        generate(sample_services, "digital40", parse_period("2568"), "pdf", out / "x.pdf", progress=progress,
                 today=TODAY)
    assert list(out.iterdir()) == []  # neither the report nor a temporary part
