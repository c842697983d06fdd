"""Buddhist-Era display, fiscal years and the lenient date reader."""

import datetime as dt

import pytest

from cddesk.thaidate import (
    DateStyle,
    fiscal_year_bounds,
    fiscal_year_of,
    format_date,
    format_date_long,
    parse_date,
    thai_digits,
)


def test_format_styles() -> None:
    day = dt.date(2025, 2, 13)
    assert format_date(day) == "๑๓ ก.พ. ๒๕๖๘"
    assert format_date(day, DateStyle.SHORT) == "13 ก.พ. 68"
    assert format_date_long(day) == "๑๓ กุมภาพันธ์ ๒๕๖๘"
    assert format_date(None) == ""
    assert thai_digits("2568-02") == "๒๕๖๘-๐๒"


@pytest.mark.parametrize(
    ("day", "fy"),
    [(dt.date(2024, 9, 30), 2567), (dt.date(2024, 10, 1), 2568), (dt.date(2025, 9, 30), 2568)],
)
def test_fiscal_year_boundaries(day: dt.date, fy: int) -> None:
    assert fiscal_year_of(day) == fy


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2568) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "expected", "be"),
    [
        ("13/2/2568", dt.date(2025, 2, 13), True),
        ("13/02/2025", dt.date(2025, 2, 13), False),
        ("๑๓/๐๒/๒๕๖๘", dt.date(2025, 2, 13), True),
        ("13 ก.พ. 68", dt.date(2025, 2, 13), True),
        ("13 กุมภาพันธ์ 2568", dt.date(2025, 2, 13), True),
        ("2025-02-13", dt.date(2025, 2, 13), False),
        ("2568-02-13", dt.date(2025, 2, 13), True),
        (dt.date(2568, 2, 13), dt.date(2025, 2, 13), True),
        (dt.datetime(2025, 2, 13, 9, 0), dt.date(2025, 2, 13), False),
    ],
)
def test_parse_date_reads_be_and_ce(text: object, expected: dt.date, be: bool) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value == expected
    assert parsed.buddhist_era is be


def test_parse_date_blank_and_bad() -> None:
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match="วันที่"):
        parse_date("เมื่อวาน")
    with pytest.raises(ValueError, match="ไม่มีอยู่จริง"):
        parse_date("31/2/2568")
