"""Loading and validating rubric files (``scoring/rubrics/*.toml``).

:func:`load_rubric` returns a :class:`~scoring.model.Rubric` or raises :class:`RubricError`;
:func:`check_rubric_file` returns the problems as Thai messages, each starting with the line
it is about (``บรรทัด 42: เกณฑ์ 2.1 ต้องมี thresholds เป็นรายการตัวเลข``); an empty list means
the file is valid. A TOML syntax error is reported with the line ``tomllib`` names.

File layout (see the shipped files for complete, commented examples)::

    schema = 1
    id = "digital40_fy2568"          # also the file name
    title = "…"                      # Thai
    fiscal_year = 2568               # B.E.
    version = "1"
    total_points = 100               # optional; must equal the sum of the domains
    [period]  start = 2025-01-01  end = 2025-06-30  title = "…"
    [[deadlines]]  title = "…"  date = 2025-03-31      # or day_of_month = 15, from, to
    [[domains]]  id, title, max_points
    [[domains.criteria]]  id, title, max_points, type = <scorer kind>, parameters …
    [[domains.criteria.items]] / [[domains.criteria.steps]]  type = <check kind>, parameters …
"""

from __future__ import annotations

import functools

import re
import tomllib
from pathlib import Path as FilePath

from scoring.model import Rubric
from scoring.schema_build import build_rubric
from scoring.schema_read import Reader
from scoring.toml_lines import LineIndex

RUBRICS_DIR = FilePath(__file__).resolve().parent / "rubrics"

_POSITION = re.compile(r"\(at line (\d+), column \d+\)|\(at end of document\)")


class RubricError(ValueError):
    """A rubric file that cannot be used; ``messages`` are the Thai problems, line first."""

    def __init__(self, path: str, messages: list[str]) -> None:
        super().__init__(f"{path}: " + "; ".join(messages))
        self.path = path
        self.messages = messages


def parse_rubric_text(text: str, name: str = "") -> tuple[Rubric | None, list[str]]:
    """Parse and validate rubric text; returns the rubric (None when invalid) and messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _POSITION.search(message)
        if match and match.group(1):
            line = int(match.group(1))
        else:
            line = max(1, len(text.splitlines()))
        detail = _POSITION.sub("", message).strip()
        return None, [f"บรรทัด {line}: ไฟล์ TOML ผิดรูปแบบ ({detail})"]
    reader = Reader(LineIndex(text))
    rubric = build_rubric(reader, data, name)
    messages = reader.messages()
    return (rubric if not messages else None), messages


def _read(path: FilePath) -> tuple[str | None, list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [f"บรรทัด 1: เปิดไฟล์ {path.name} ไม่ได้ ({exc.strerror or exc})"]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [f"บรรทัด {line}: ไฟล์ต้องบันทึกเป็น UTF-8"]


def check_rubric_file(path: str | FilePath) -> list[str]:
    """Every problem of a rubric file as a Thai message naming its line; [] when valid."""
    file_path = FilePath(path)
    text, problems = _read(file_path)
    if text is None:
        return problems
    rubric, messages = parse_rubric_text(text, file_path.stem)
    if rubric is not None and rubric.id != file_path.stem:
        return [f"บรรทัด 1: id = \"{rubric.id}\" ต้องตรงกับชื่อไฟล์ {file_path.stem}.toml"]
    return messages


def load_rubric(path: str | FilePath) -> Rubric:
    """The rubric in ``path``; raises :class:`RubricError` with Thai messages when invalid."""
    file_path = FilePath(path)
    problems = check_rubric_file(file_path)
    if problems:
        raise RubricError(str(file_path), problems)
    text, _ = _read(file_path)
    assert text is not None
    rubric, _ = parse_rubric_text(text, file_path.stem)
    assert rubric is not None
    return rubric


def shipped_rubric_paths() -> list[FilePath]:
    """The rubric files that ship with the program, by file name."""
    return sorted(RUBRICS_DIR.glob("*.toml"))


@functools.lru_cache(maxsize=32)
def load_shipped_rubric(rubric_id: str) -> Rubric:
    """A rubric shipped with the program, parsed once per process (rubrics are immutable)."""
    return load_rubric(RUBRICS_DIR / f"{rubric_id}.toml")
