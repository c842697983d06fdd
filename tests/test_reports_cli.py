"""``python main.py report``: the list, every report headless in both formats, periods and
their errors (the same period syntax the package export will use)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from cddesk.errors import KnownError
from cddesk.periods import Period, parse_period
from cddesk.reports import REPORTS
from tests.pdf_helpers import all_text, pages

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_report_list_names_every_report_first() -> None:
    result = cli("report", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.name for r in REPORTS]


def test_every_report_headless_in_both_formats(sample_root: Path, tmp_path: Path) -> None:
    for spec in REPORTS:
        for fmt in ("pdf", "xlsx"):
            out = tmp_path / f"{spec.name}.{fmt}"
            result = cli("--data-dir", str(sample_root), "report", spec.name, "--period", "2568-02",
                         "--format", fmt, "--out", str(out))
            assert result.returncode == 0, (spec.name, fmt, result.stderr)
            assert out.is_file() and "บันทึกแล้ว" in result.stdout
            if fmt == "pdf":
                assert f"{pages(out)} หน้า" in result.stdout
                assert "กุมภาพันธ์" in all_text(out)
            else:
                assert out.read_bytes()[:2] == b"PK"


def test_report_errors_are_thai_and_write_nothing(sample_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    for args, words in ((["nosuch"], "ไม่มีรายงานชื่อ"), (["digital40", "--period", "2025"], "ไม่ใช่ปี พ.ศ."),
                        (["digital40", "--period", "2568-13"], "เดือน 13"),
                        (["digital40", "--period", "abc"], "อ่านไม่ได้"),
                        (["digital40", "--out", str(tmp_path / "x.doc")], "ไม่รู้จักรูปแบบ"),
                        (["digital40", "--out", str(tmp_path / "no" / "dir" / "x.pdf")], "บันทึกไฟล์")):
        result = cli("--data-dir", str(sample_root), "report", *args, "--out", str(out)) if "--out" not in args \
            else cli("--data-dir", str(sample_root), "report", *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_periods() -> None:
    assert parse_period("2568") == Period(2568)
    fy = parse_period(" 2568 ")
    assert (fy.start, fy.end) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert [m.key() for m in fy.months()][:4] == ["2567-10", "2567-11", "2567-12", "2568-01"]
    assert len(fy.months()) == 12 and fy.months()[-1].key() == "2568-09"
    feb = parse_period("2568-02")
    assert (feb.start, feb.end, feb.fiscal_year) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28), 2568)
    assert parse_period("2567-02").end == dt.date(2024, 2, 29)  # leap year
    assert parse_period("2567-10").fiscal_year == 2568
    assert parse_period("2568/2") == feb and feb.label() == "เดือนกุมภาพันธ์ พ.ศ. 2568"
    for bad in ("2025", "2568-00", "2568-13", "68", "", "๒๕๖๘x"):
        with pytest.raises(KnownError):
            parse_period(bad)
