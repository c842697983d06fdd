"""The scoring engine's prepared facts as bytes, for the database to keep between starts
(:mod:`cddesk.facts_store`, table ``facts_cache``).

A part of the facts (a kind of activity, the computer register) is kept as the engine's
grouped records (:func:`scoring.facts.group`): the 100,000 computers of a large register are
a few hundred groups, so reading them back at the next start takes milliseconds instead of
reading 100,000 rows. The payload is JSON (never pickle: a database file may come from a
USB stick), in two pieces: the groups, decoded at once, and the refs, titles and places in
the source of their members, compressed, decoded only when an explanation lists them (:class:`scoring.facts.Names`);
a CRC-32 of both comes first, so that a damaged payload is read from the rows instead.

``FORMAT`` is part of every stamp, with the program's version: what another version kept is
not used (a version may make a part's facts differently — a new field, another title); a
change of what the payload holds changes the number too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cddesk import __version__
from scoring import facts as f
from scoring import groups as g

FORMAT = f"facts-8/{__version__}"
_SPLIT = b"\n--names--\n"


class Prepared:
    """A part read back from the database's kept facts: the engine's records of each of its
    sources, grouped (there are no typed facts behind them)."""

    __slots__ = ("records",)

    def __init__(self, records: dict[str, list[f.Record]]) -> None:
        self.records = records


def _date(value: dt.date | None) -> int | None:
    return None if value is None else value.toordinal()


class _Names:
    """The members' names of a payload's groups: one JSON array per group, one after the
    other, each found by its offset and length."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.size = 0

    def add(self, r: f.Record) -> list[Any] | None:
        """Where ``r``'s names are, and its first names when it has more than those."""
        if r.names is None:
            return None
        positions = r.names.positions() or [-1] * r.weight
        piece = json.dumps([[ref, title, at] for (ref, title), at in zip(r.names(), positions)], ensure_ascii=False,
                           separators=(",", ":")).encode()
        self.pieces.append(piece)
        self.size += len(piece)
        first = [list(n) for n in g.first_named(r)] if r.weight > g.FIRST_NAMES else None
        return [self.size - len(piece), len(piece), first]


# a record's row: Record's fields in order (checked where rows become records)
_ROW = ("ref", "title", "date", "evidence_count", "organiser_is_office", "quantity", "tags", "missing", "on_time",
        "weight", "names", "position")


def _row(r: f.Record, names: _Names, tags: dict[str, int]) -> list[Any]:
    """A record as a list in the order of ``_ROW``: its tags as an index into the payload's
    tag sets, a group's names as ``[offset, length, first names]`` (:class:`_Names`)."""
    group = names.add(r)
    tag_set = json.dumps([[k, v if isinstance(v, str) else list(v)] for k, v in r.tags.items()], ensure_ascii=False)
    return [r.ref, r.title, _date(r.date), r.evidence_count, r.organiser_is_office, r.quantity,
            tags.setdefault(tag_set, len(tags)), r.missing, r.on_time, r.weight, group, r.position]


def _payload(groups: Any, names: _Names, tags: dict[str, int], mark: Sequence[Any] | None = None) -> bytes:
    head = json.dumps({"tags": [json.loads(t) for t in tags], "groups": groups, "mark": mark}, ensure_ascii=False,
                      separators=(",", ":")).encode()
    body = head + _SPLIT + zlib.compress(b"".join(names.pieces), 1)
    return b"%08x" % zlib.crc32(body) + body


class _Reader:
    """Turns rows back into records: one date object per distinct day, one tag mapping per
    tag set, one lazy decoding of all members' names."""

    def __init__(self, payload: bytes) -> None:
        body = payload[8:]
        if payload[:8] != b"%08x" % zlib.crc32(body):  # a damaged file: read the rows instead
            raise ValueError("checksum of the kept facts does not match")
        head, _sep, packed = body.partition(_SPLIT)
        self._names = _Blob(packed)
        found = json.loads(head)
        self.head = found["groups"]
        self.mark = found.get("mark")
        self._tags = [f.shared_tags(**{k: v if isinstance(v, str) else tuple(v) for k, v in tag_set}) if tag_set
                      else f.NO_TAGS for tag_set in found["tags"]]
        self._days: dict[int | None, dt.date | None] = {None: None}

    def day(self, value: int | None) -> dt.date | None:
        found = self._days.get(value)
        if found is None and value is not None:
            found = self._days[value] = dt.date.fromordinal(value)
        return found

    def names(self, group: list[Any] | None) -> g.Names | None:
        if group is None:
            return None
        offset, length, first = group
        return g.Names(load=functools.partial(self._names.names, offset, length),
                       first=None if first is None else [(ref, title) for ref, title in first])

    def records(self, rows: list[list[Any]], kind: type[f.Record] = f.Record,
                more: Sequence[Sequence[Any]] = ()) -> list[Any]:
        """The records of ``rows`` as ``kind``, with the values of its own fields (``more``:
        one list per field, in field order; None for the kept ones) — made by setting each slot
        (:func:`scoring.groups.made`)."""
        days, tags, names = self._days, self._tags, self.names
        setters = g.slot_setters(kind)
        assert tuple(fd.name for fd in dataclasses.fields(kind))[:len(_ROW)] == _ROW
        found = []
        for i, (ref, title, date, evidence, by_office, quantity, tag_set, missing, on_time, weight, group,
                position) in enumerate(rows):
            found.append(g.made(kind, (
                ref, title, days[date] if date in days else self.day(date), evidence, by_office, quantity,
                tags[tag_set], tuple(missing) if missing else (), on_time, weight, names(group), position,
                *[values[i] for values in more]), setters))
        return found


class _Blob:
    """The members' names of a payload, compressed (titles repeat: 12 MB → ~2 MB to read at
    every start), decompressed when a group's names are first asked for."""

    __slots__ = ("_packed", "_plain")

    def __init__(self, packed: bytes) -> None:
        self._packed: bytes | None = packed
        self._plain = b""

    def names(self, offset: int, length: int) -> g.Loaded:
        if self._packed is not None:
            self._plain, self._packed = zlib.decompress(self._packed), None
        found = json.loads(self._plain[offset:offset + length])
        return [(ref, title) for ref, title, _at in found], [at for _ref, _title, at in found]


def encode_records(records: Mapping[str, Sequence[f.Record]]) -> bytes | None:
    """The grouped records of each source; None when one is not a plain record (it would not
    come back as what it is)."""
    if any(type(r) is not f.Record for found in records.values() for r in found):
        return None
    names = _Names()
    tags: dict[str, int] = {}
    return _payload({source: [_row(r, names, tags) for r in found] for source, found in records.items()}, names, tags)


def decode_records(payload: bytes) -> Prepared:
    reader = _Reader(payload)
    return Prepared({source: reader.records(rows) for source, rows in reader.head.items()})


def encode_register(entries: Sequence[f.ComputerEntry], expiries: Sequence[dt.date],
                    several: dict[int, tuple[tuple[dt.date, dt.date | None], ...]],
                    mark: Sequence[Any] | None = None) -> bytes:
    """A register's grouped entries, each with its first licence expiry and, for a group of
    computers with several installs, those installs; ``mark``: where in the database's log of
    register writes it was read (:class:`cddesk.register_facts.RegisterMark`), if known."""
    names = _Names()
    tags: dict[str, int] = {}
    rows = [[*_row(e, names, tags), e.active, e.usable, _date(e.antivirus_since), _date(expiry),
             [[_date(i), _date(x)] for i, x in several.get(position, ())]]
            for position, (e, expiry) in enumerate(zip(entries, expiries))]
    return _payload(rows, names, tags, None if mark is None else list(mark))


def decode_register(payload: bytes, make: Callable[..., Any]) -> Any:
    """``make(entries, expiries, several, mark)`` of a payload from :func:`encode_register`
    (``mark`` as the list it was given, or None)."""
    reader = _Reader(payload)
    rows = reader.head
    entries: list[f.ComputerEntry] = reader.records(
        [row[:12] for row in rows], f.ComputerEntry,
        [[row[12] for row in rows], [row[13] for row in rows], [reader.day(row[14]) for row in rows],
         [None] * len(rows)])
    expiries = [reader.day(row[15]) or dt.date.max for row in rows]
    several = {position: tuple((reader.day(i), reader.day(x)) for i, x in row[16])
               for position, row in enumerate(rows) if row[16]}
    return make(entries, expiries, several, reader.mark)
