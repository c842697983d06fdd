"""Rubric files: every shipped file is valid; broken copies give Thai messages that name the
right line; a new year is a new file, not new code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring import RubricError, check_rubric_file, evaluate, load_rubric, shipped_rubric_paths
from scoring.schema import parse_rubric_text
from scoring.toml_lines import LineIndex
from tests.scoring_facts import AFTER, D, facts, rec

DIGITAL = next(p for p in shipped_rubric_paths() if p.stem == "digital40_fy2568")


def test_every_shipped_rubric_is_valid() -> None:
    paths = shipped_rubric_paths()
    assert {p.stem for p in paths} >= {"digital40_fy2568", "session_call_fy2563r2",
                                       "click_chumchon_fy2567q3", "website_contest_fy2564"}
    for path in paths:
        assert check_rubric_file(path) == [], path.name
        rubric = load_rubric(path)
        assert rubric.id == path.stem
        assert rubric.max_points == sum(d.max_points for d in rubric.domains)


def test_digital40_has_every_domain_and_criterion() -> None:
    rubric = load_rubric(DIGITAL)
    assert [(d.id, d.max_points) for d in rubric.domains] == [
        ("D1", 15), ("D2", 30), ("D3", 25), ("D4", 20), ("D5", 10)]
    assert [c.id for d in rubric.domains for c in d.criteria] == [
        "1.1", "1.2", "2.1", "2.2", "3", "4.1", "4.2", "5"]
    assert (rubric.period_start, rubric.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


def _lines() -> list[str]:
    return DIGITAL.read_text(encoding="utf-8").splitlines()


def _line_no(lines: list[str], pattern: str, after: int = 0) -> int:
    """1-based line number of the first line matching ``pattern`` after line ``after``."""
    for i, line in enumerate(lines[after:], start=after + 1):
        if re.search(pattern, line):
            return i
    raise AssertionError(pattern)


def _broken(tmp_path: Path, lines: list[str]) -> list[str]:
    path = tmp_path / "digital40_fy2568.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return check_rubric_file(path)


def test_missing_key_names_the_criterion_line(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^thresholds = ')
    del lines[at - 1]
    criterion_line = _line_no(lines, r'^id = "2\.1"') - 1  # its [[domains.criteria]] header
    assert lines[criterion_line - 1] == "[[domains.criteria]]"
    messages = _broken(tmp_path, lines)
    assert messages == [f"บรรทัด {criterion_line}: เกณฑ์ 2.1 ต้องมี thresholds เป็นรายการตัวเลข "
                        "(แถวละ 2 ค่า เช่น [[1, 5], [6, 10]]) (ไม่พบคีย์นี้)"]


def test_wrong_type_names_the_key_line(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^thresholds = ')
    lines[at - 1] = 'thresholds = "47, 58, 59"'
    messages = _broken(tmp_path, lines)
    assert len(messages) == 1
    assert messages[0].startswith(f"บรรทัด {at}: เกณฑ์ 2.1 ต้องมี thresholds เป็นรายการตัวเลข")
    assert "พบข้อความ" in messages[0]


def test_bad_row_in_a_multiline_table_names_its_line(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^  \[2, 3, 3\],')
    lines[at - 1] = '  [2, "three", 3],'
    messages = _broken(tmp_path, lines)
    assert messages == [f"บรรทัด {at}: เกณฑ์ 1.1 แถวที่ 3 ของ table ต้องเป็นรายการตัวเลข "
                        "(แถวละ 3 ค่า เช่น [[1, 1, 1], [2, 2, 2]])"]


def test_nested_check_error_names_its_line(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^min_average = 2$')
    lines[at - 1] = 'min_average = "two"'
    messages = _broken(tmp_path, lines)
    assert len(messages) == 1 and messages[0].startswith(f"บรรทัด {at}: เกณฑ์ 3 ")
    assert "min_average" in messages[0]


def test_toml_syntax_error_names_its_line(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^max_points = 10$')
    lines[at - 1] = "max_points = = 10"
    messages = _broken(tmp_path, lines)
    assert len(messages) == 1
    assert messages[0].startswith(f"บรรทัด {at}: ไฟล์ TOML ผิดรูปแบบ")


def test_unknown_key_and_unknown_type(tmp_path: Path) -> None:
    lines = _lines()
    typo = _line_no(lines, r'^ladder = ')
    lines[typo - 1] = lines[typo - 1].replace("ladder", "ladder_", 1)
    kind = _line_no(lines, r'^type = "cumulative_ladder"')
    lines[kind - 1] = 'type = "cumulative"'
    messages = _broken(tmp_path, lines)
    assert any(m.startswith(f"บรรทัด {typo}: เกณฑ์ 1.2 ไม่รู้จักคีย์ ladder_") for m in messages)
    assert any(m.startswith(f"บรรทัด {kind}: เกณฑ์ 4.1 type = \"cumulative\" ไม่รู้จัก")
               for m in messages)


def test_points_must_add_up(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^max_points = 15$')
    lines[at - 1] = "max_points = 16"
    messages = _broken(tmp_path, lines)
    assert f"บรรทัด {at}: ด้าน D1 max_points (16) ไม่เท่ากับผลรวมของเกณฑ์ (15)" in messages
    assert "บรรทัด 11: total_points ไม่เท่ากับผลรวมของทุกด้าน" in messages


def test_criterion_max_must_match_its_table(tmp_path: Path) -> None:
    lines = _lines()
    at = _line_no(lines, r'^ladder = ')
    lines[at - 1] = "ladder = [[1, 5], [6, 9]]"
    messages = _broken(tmp_path, lines)
    assert any(m.startswith(f"บรรทัด {at}: เกณฑ์ 1.2 คะแนนสูงสุดใน ladder (9)") for m in messages)


def test_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text(DIGITAL.read_text(encoding="utf-8"), encoding="utf-8")
    assert check_rubric_file(path)[0].startswith("บรรทัด 1: id = \"digital40_fy2568\"")


def test_load_rubric_raises_with_the_messages(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text("schema = 1\nid = \"x\"\n", encoding="utf-8")
    with pytest.raises(RubricError) as info:
        load_rubric(path)
    assert any("ต้องมี title เป็นข้อความ" in m for m in info.value.messages)
    assert all(m.startswith("บรรทัด ") for m in info.value.messages)


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes("title = 'ก'\n".encode("cp874"))
    assert check_rubric_file(path) == ["บรรทัด 1: ไฟล์ต้องบันทึกเป็น UTF-8"]
    assert check_rubric_file(tmp_path / "none.toml")[0].startswith("บรรทัด 1: เปิดไฟล์")


def test_next_year_is_a_new_file_not_new_code(tmp_path: Path) -> None:
    text = DIGITAL.read_text(encoding="utf-8")
    text = text.replace('id = "digital40_fy2568"', 'id = "digital40_fy2569"')
    text = text.replace("fiscal_year = 2568", "fiscal_year = 2569")
    text = text.replace("2025-", "2026-").replace("2024-", "2025-")
    text = text.replace("ladder = [[1, 5], [6, 10]]", "ladder = [[1, 5], [4, 10]]")
    path = tmp_path / "digital40_fy2569.toml"
    path.write_text(text, encoding="utf-8")
    rubric = load_rubric(path)
    tools = [rec(D(2026, 2, 1 + i), purpose="tools") for i in range(4)]
    assert evaluate(rubric, facts(activities=tools), D(2026, 7, 31)).criterion("1.2").points == 10
    assert evaluate(load_rubric(DIGITAL), facts(activities=[
        rec(D(2025, 2, 1 + i), purpose="tools") for i in range(4)]), AFTER).criterion(
        "1.2").points == 5


def test_decision_switch_for_missing_target_is_data(tmp_path: Path) -> None:
    text = DIGITAL.read_text(encoding="utf-8").replace(
        'when_missing = "not_assessed"', 'when_missing = "lowest_row"')
    rubric, messages = parse_rubric_text(text)
    assert messages == [] and rubric is not None
    assert evaluate(rubric, facts(), AFTER).criterion("2.1").points == 12


def test_line_index_paths() -> None:
    text = 'a = 1\n[[d]]\nid = "x"\n[[d.c]]\nk = [\n  [1, 2],\n  [3, 4],\n]\n[[d]]\n[[d.c]]\n' \
           'w = { s = "t" }\n'
    index = LineIndex(text)
    assert index.line_of(("a",)) == 1
    assert index.line_of(("d", 0, "c", 0, "k", 1)) == 7
    assert index.line_of(("d", 1, "c", 0)) == 10
    assert index.line_of(("d", 1, "c", 0, "w", "s")) == 11
    assert index.line_of(("nothing",)) == 1
