"""Typed reading of one TOML table with Thai error messages that name the line.

:class:`Table` wraps a parsed TOML table together with its path, so every accessor can report
``บรรทัด 42: เกณฑ์ 2.1 ต้องมี thresholds เป็นรายการตัวเลข`` instead of failing. Accessors return
``None`` (or the default) after recording an error; :meth:`Table.finish` reports keys nobody
read, which catches typos such as ``tresholds``. Used by :mod:`scoring.schema`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from typing import TypeVar

from scoring.toml_lines import LineIndex, Path

T = TypeVar("T", bound=str)

_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "true/false"), (int, "จำนวนเต็ม"), (float, "ทศนิยม"), (str, "ข้อความ"),
    (dt.datetime, "วันเวลา"), (dt.date, "วันที่"), (list, "รายการ"), (dict, "ตาราง"),
)


def _type_name(value: object) -> str:
    for kind, name in _TYPE_NAMES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def to_fraction(value: int | float) -> Fraction:
    return Fraction(value) if isinstance(value, int) else Fraction(str(value))


class Reader:
    """Collects errors for one file."""

    def __init__(self, index: LineIndex) -> None:
        self.index = index
        self.errors: list[tuple[int, str]] = []

    def error(self, path: Path, message: str) -> None:
        self.errors.append((self.index.line_of(path), message))

    def messages(self) -> list[str]:
        return [f"บรรทัด {line}: {text}" for line, text in sorted(self.errors, key=lambda e: e[0])]


class Table:
    """One TOML table: ``where`` prefixes messages (``"เกณฑ์ 2.1 "``)."""

    def __init__(self, reader: Reader, data: dict[str, object], path: Path, where: str) -> None:
        self.reader = reader
        self.data = data
        self.path = path
        self.where = where
        self.used: set[str] = set()

    @property
    def line(self) -> int:
        return self.reader.index.line_of(self.path)

    def has(self, key: str) -> bool:
        return key in self.data

    def _fail(self, key: str, wanted: str) -> None:
        if key in self.data:
            found = _type_name(self.data[key])
            self.reader.error(self.path + (key,),
                              f"{self.where}ต้องมี {key} เป็น{wanted} (พบ{found})")
        else:
            self.reader.error(self.path, f"{self.where}ต้องมี {key} เป็น{wanted} (ไม่พบคีย์นี้)")

    def problem(self, key: str | None, message: str) -> None:
        """An error about a value that has the right type but is wrong."""
        path = self.path + (key,) if key is not None else self.path
        self.reader.error(path, f"{self.where}{message}")

    def _get(self, key: str) -> object:
        self.used.add(key)
        return self.data.get(key)

    def text(self, key: str, default: str | None = None) -> str | None:
        value = self._get(key)
        if value is None and default is not None:
            return default
        if isinstance(value, str) and value.strip():
            return value
        self._fail(key, "ข้อความ")
        return None

    def choice(self, key: str, options: Sequence[T], default: T | None = None) -> T | None:
        value = self._get(key)
        if value is None and default is not None:
            return default
        for option in options:
            if value == option:
                return option
        if isinstance(value, str):
            self.problem(key, f"{key} = \"{value}\" ไม่รู้จัก (ใช้ได้: {', '.join(options)})")
        else:
            self._fail(key, f"ข้อความหนึ่งใน {', '.join(options)}")
        return None

    def integer(self, key: str, default: int | None = None, minimum: int = 0) -> int | None:
        value = self._get(key)
        if value is None and default is not None:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            if value < minimum:
                self.problem(key, f"{key} ต้องไม่น้อยกว่า {minimum}")
                return None
            return value
        self._fail(key, "จำนวนเต็ม")
        return None

    def optional_integer(self, key: str, minimum: int = 0) -> int | None:
        if key in self.data:
            return self.integer(key, minimum=minimum)
        self.used.add(key)
        return None

    def number(self, key: str) -> Fraction | None:
        value = self._get(key)
        if _is_number(value) and isinstance(value, (int, float)):
            result = to_fraction(value)
            if result < 0:
                self.problem(key, f"{key} ต้องไม่ติดลบ")
                return None
            return result
        self._fail(key, "ตัวเลข")
        return None

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        self._fail(key, "true หรือ false")
        return default

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self._get(key)
        if value is None and not required:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self._fail(key, "วันที่ (เช่น 2025-03-31 ไม่ใส่เครื่องหมายคำพูด)")
        return None

    def rows(self, key: str, width: int) -> list[tuple[Fraction, ...]] | None:
        """A non-empty list of rows of ``width`` non-negative numbers (``[[1, 5], [6, 10]]``)."""
        value = self._get(key)
        example = "[[1, 5], [6, 10]]" if width == 2 else "[[1, 1, 1], [2, 2, 2]]"
        wanted = "รายการตัวเลข" + (f" (แถวละ {width} ค่า เช่น {example})" if width > 1 else "")
        if not isinstance(value, list) or not value:
            self._fail(key, wanted)
            return None
        result: list[tuple[Fraction, ...]] = []
        for i, row in enumerate(value):
            cells = row if isinstance(row, list) else [row]
            numbers = [to_fraction(c) for c in cells
                       if isinstance(c, (int, float)) and not isinstance(c, bool)]
            if len(cells) != width or len(numbers) != width or any(c < 0 for c in numbers):
                self.reader.error(self.path + (key, i),
                                  f"{self.where}แถวที่ {i + 1} ของ {key} ต้องเป็น{wanted}")
                return None
            result.append(tuple(numbers))
        return result

    def string_list(self, key: str, required: bool = True) -> list[str] | None:
        value = self._get(key)
        if value is None and not required:
            return []
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return [str(v) for v in value]
        self._fail(key, "รายการข้อความ เช่น [\"A\", \"B\"]")
        return None

    def text_map(self, key: str) -> dict[str, frozenset[str]] | None:
        """An (inline) table of text or lists of text: ``{ kind = "conference" }``."""
        value = self._get(key)
        if value is None:
            return {}
        if isinstance(value, dict):
            result: dict[str, frozenset[str]] = {}
            for k, v in value.items():
                if isinstance(v, str):
                    result[k] = frozenset([v])
                elif isinstance(v, list) and v and all(isinstance(s, str) for s in v):
                    result[k] = frozenset(str(s) for s in v)
            if len(result) == len(value):
                return result
        self._fail(key, "ตารางของข้อความ เช่น { kind = \"conference\" }")
        return None

    def int_map(self, key: str) -> dict[str, int] | None:
        """An (inline) table of non-negative integers: ``{ channels = 2 }``."""
        value = self._get(key)
        if value is None:
            return {}
        if isinstance(value, dict):
            result = {k: v for k, v in value.items()
                      if isinstance(v, int) and not isinstance(v, bool) and v >= 0}
            if len(result) == len(value):
                return result
        self._fail(key, "ตารางของจำนวนเต็ม เช่น { channels = 2 }")
        return None

    def table(self, key: str, where: str) -> Table | None:
        """A sub-table (``[key]`` or an inline table)."""
        value = self._get(key)
        if isinstance(value, dict):
            return Table(self.reader, value, self.path + (key,), where)
        self._fail(key, f"ตาราง ([{key}])")
        return None

    def tables(self, key: str, where: str, required: bool = True) -> list[Table]:
        """An array of tables (``[[...key]]`` or an array of inline tables)."""
        value = self._get(key)
        if value is None and not required:
            return []
        if (not isinstance(value, list) or not value
                or not all(isinstance(v, dict) for v in value)):
            self._fail(key, f"รายการตาราง ([[...{key}]])")
            return []
        return [Table(self.reader, v, self.path + (key, i), where.format(n=i + 1))
                for i, v in enumerate(value) if isinstance(v, dict)]

    def finish(self) -> None:
        for key in self.data:
            if key not in self.used:
                self.reader.error(self.path + (key,), f"{self.where}ไม่รู้จักคีย์ {key}")
