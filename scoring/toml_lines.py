"""Line numbers for keys of a TOML file, so rubric errors can say "บรรทัด 42".

``tomllib`` returns plain dicts without positions. This module scans the raw text once and
maps each *path* — the same path a validator walks in the parsed data, such as
``("domains", 1, "criteria", 0, "thresholds")`` — to the line where it is written: table
headers (``[[domains.criteria]]`` counts elements per parent, as TOML does), ``key = value``
lines, and the elements of (multi-line) arrays. It does not validate: a file that does not
parse is reported from ``tomllib``'s own message. Good enough for error messages, which is
all it is for.
"""

from __future__ import annotations

Path = tuple[str | int, ...]


def _split_key(text: str) -> list[str]:
    """``a."b.c".d`` → ``["a", "b.c", "d"]`` (bare and quoted keys, dotted)."""
    parts: list[str] = []
    current = ""
    quote = ""
    for ch in text.strip():
        if quote:
            if ch == quote:
                quote = ""
            else:
                current += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return parts


def _find_outside_quotes(text: str, target: str) -> int:
    quote = ""
    for pos, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == target:
            return pos
    return -1


class _Container:
    __slots__ = ("path", "is_array", "index", "expecting")

    def __init__(self, path: Path | None, is_array: bool) -> None:
        self.path = path
        self.is_array = is_array
        self.index = 0
        self.expecting = True


class LineIndex:
    """Where each key, table and array element of a TOML text is written (1-based lines)."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._aot: dict[Path, int] = {}
        self._text_lines = text.splitlines()
        self._scan()

    def line_of(self, path: Path) -> int:
        """The line of ``path``, or of its nearest enclosing table or key; 1 if none."""
        probe = path
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            probe = probe[:-1]
        return 1

    def has(self, path: Path) -> bool:
        return path in self._lines

    # --- scanning ---------------------------------------------------------------------

    def _resolve(self, parts: list[str], array: bool) -> Path:
        resolved: list[str | int] = []
        for position, part in enumerate(parts):
            resolved.append(part)
            key = tuple(resolved)
            if array and position == len(parts) - 1:
                index = self._aot.get(key, 0)
                self._aot[key] = index + 1
                resolved.append(index)
            elif key in self._aot:
                resolved.append(self._aot[key] - 1)
        return tuple(resolved)

    def _note(self, path: Path, line: int) -> None:
        self._lines.setdefault(path, line)

    def _scan(self) -> None:
        table: Path = ()
        i = 0
        while i < len(self._text_lines):
            raw = self._text_lines[i]
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                i += 1
                continue
            if stripped.startswith("[["):
                end = stripped.find("]]")
                table = self._resolve(_split_key(stripped[2:end]), array=True)
                self._note(table, i + 1)
                i += 1
                continue
            if stripped.startswith("["):
                end = _find_outside_quotes(stripped, "]")
                table = self._resolve(_split_key(stripped[1:end]), array=False)
                self._note(table, i + 1)
                i += 1
                continue
            eq = _find_outside_quotes(raw, "=")
            if eq < 0:
                i += 1
                continue
            path = table + tuple(_split_key(raw[:eq]))
            self._note(path, i + 1)
            i = self._scan_value(i, eq + 1, path)

    def _scan_value(self, line_i: int, col: int, path: Path) -> int:
        """Walk a value that may span lines; note array elements; return the next line."""
        stack: list[_Container] = []
        in_string = ""
        while line_i < len(self._text_lines):
            text = self._text_lines[line_i]
            pos = col
            while pos < len(text):
                ch = text[pos]
                if in_string:
                    if in_string in ('"', '"""') and ch == "\\":
                        pos += 2
                        continue
                    if text.startswith(in_string, pos):
                        pos += len(in_string)
                        in_string = ""
                        continue
                    pos += 1
                    continue
                if ch == "#":
                    break
                if ch in "\"'":
                    triple = ch * 3
                    in_string = triple if text.startswith(triple, pos) else ch
                    self._element(stack, line_i)
                    pos += len(in_string)
                    continue
                if ch in "[{":
                    element = self._element(stack, line_i)
                    stack.append(_Container(element if stack else path, ch == "["))
                elif ch in "]}":
                    if stack:
                        stack.pop()
                elif ch == ",":
                    if stack and stack[-1].is_array:
                        stack[-1].index += 1
                        stack[-1].expecting = True
                elif not ch.isspace():
                    self._element(stack, line_i)
                pos += 1
            if in_string in ('"', "'"):
                in_string = ""  # an unterminated one-line string; tomllib reports it
            if not stack and not in_string:
                return line_i + 1
            line_i += 1
            col = 0
        return line_i

    def _element(self, stack: list[_Container], line_i: int) -> Path | None:
        if not stack:
            return None
        top = stack[-1]
        if not top.is_array or not top.expecting or top.path is None:
            return None
        top.expecting = False
        element = top.path + (top.index,)
        self._note(element, line_i + 1)
        return element
