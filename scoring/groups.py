"""Records standing for groups of records (:class:`scoring.facts.Record` ``weight`` and
``names``): 100,000 computers of a register are a few hundred records alike in everything
the engine judges, and differ only in ``ref`` and ``title``. :func:`group` makes them one
record each; the engine judges a group once and counts it ``weight`` times
(:func:`weight`); explanations list its members (:func:`members`, :func:`expand`).

:func:`group` also gives every record (and every member of a group) its place in the source
(``Record.position``): a list of records that all have one — what the application's facts
give — is listed in the order of the source (a register by asset number, activities as
entered), groups or not; the engine's own order (by rule, then by month …) is kept otherwise.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import TypeVar

from scoring.facts import Record

FIRST_NAMES = 10  # names of a group known without reading them all (see Names.first)


R = TypeVar("R", bound=Record)
T = TypeVar("T")
I = TypeVar("I")


Loaded = tuple[Sequence[tuple[str, str]], Sequence[int] | None]  # names, and their positions


class Names:
    """The ``(ref, title)`` of each record a group stands for, in the order they were
    grouped, with each one's place in the source (:meth:`positions`), made by ``load`` when
    first asked (a group read from the database's kept facts decodes its members only when an
    explanation is listed); ``first`` holds the first :data:`FIRST_NAMES` of them by title
    (what a rule naming ten examples reads)."""

    __slots__ = ("_load", "_found", "_positions", "_first")

    def __init__(self, found: Sequence[tuple[str, str]] | None = None,
                 load: Callable[[], Loaded] | None = None,
                 first: Sequence[tuple[str, str]] | None = None, positions: Sequence[int] | None = None) -> None:
        """``first``: the first names by title, when ``load`` is given and there are more than those."""
        assert found is not None or load is not None
        self._found = found
        self._positions = positions
        self._load = load
        self._first = first

    @property
    def first(self) -> Sequence[tuple[str, str]] | None:
        """The first :data:`FIRST_NAMES` names by title, when known without loading them."""
        if self._first is None and self._found is not None:
            self._first = by_title(self._found)
        return self._first

    def __call__(self) -> Sequence[tuple[str, str]]:
        found = self._found
        if found is None:
            load = self._load
            if load is None:  # another thread loaded them meanwhile (it sets _found before _load)
                assert self._found is not None
                return self._found
            found, self._positions = load()  # (positions first: a reader of _found finds them set)
            self._found, self._load = found, None
        return found

    def positions(self) -> Sequence[int] | None:
        """Each member's place in its source (None: not known)."""
        self()
        return self._positions


def members(record: Record) -> list[Record]:
    """The records ``record`` stands for: itself, or each member of a group (the group's
    facts with the member's ``ref`` and ``title``), in the order they were grouped."""
    names = record.names
    if names is None:
        return [record]
    kind = type(record)
    setters = slot_setters(kind)
    values = _values(record)
    values[_WEIGHT], values[_NAMES] = 1, None  # (one member's values: ref, title and place set below)
    found: list[Record] = []
    for (values[0], values[1]), values[_POSITION] in zip(names(), _positions(names)):  # ref, title, position
        found.append(made(kind, values, setters))
    return found


def _positions(names: Names) -> Iterable[int]:
    found = names.positions()
    return itertools.repeat(-1) if found is None else found


_FIELDS: dict[type, tuple[str, ...]] = {}
_KEPT: dict[type, tuple[str, ...]] = {}
_SETTERS: dict[type, list[Callable[[object, object], None]]] = {}
_WEIGHT, _NAMES, _POSITION = 9, 10, 11  # places of Record's fields (checked by _fields)


def _fields(kind: type) -> tuple[str, ...]:
    found = _FIELDS.get(kind)
    if found is None:
        found = _FIELDS[kind] = tuple(fd.name for fd in fields(kind))
        assert found[:2] == ("ref", "title") and found[_WEIGHT:_POSITION + 1] == ("weight", "names", "position"), found
        _KEPT[kind] = tuple(fd.name for fd in fields(kind) if not fd.init)
    return found


def _values(record: Record) -> list[object]:
    """The values of ``record``'s fields, in order, with what is kept on it (``init=False``:
    a record made from it when first asked) left out: a copy makes its own."""
    kind = type(record)
    names, kept = _fields(kind), _KEPT[kind]
    return [None if name in kept else getattr(record, name) for name in names]


def slot_setters(kind: type) -> list[Callable[[object, object], None]]:
    """The slot setters of ``kind``'s fields (every field, in order: those with ``init=False``
    too). Records are made with them, as unpickling would, where many are made at once: a
    frozen dataclass's ``__init__`` costs twice as much (100,000 members of a register
    listed, 10,000 records read back at a start)."""
    found = _SETTERS.get(kind)
    if found is None:
        found = _SETTERS[kind] = [getattr(kind, name).__set__ for name in _fields(kind)]
    return found


def made(kind: type[R], values: Iterable[object],
         setters: list[Callable[[object, object], None]] | None = None) -> R:
    """A ``kind`` with the values of every field, in order (:func:`slot_setters`)."""
    found = object.__new__(kind)
    for set_value, value in zip(setters or slot_setters(kind), values):
        set_value(found, value)
    return found


def listed(records: Iterable[tuple[Record, T]]) -> list[tuple[str, str, T]]:
    """The ``(ref, title, what)`` of every record the ``(record, what)`` stand for, without
    making the members, in the order of the source when they all have a place in it."""
    found: list[tuple[int, str, str, T]] = []
    for r, what in records:
        if r.names is None:
            found.append((r.position, r.ref, r.title, what))
        else:
            found += [(at, ref, title, what) for (ref, title), at in zip(r.names(), _positions(r.names))]
    if found and all(at >= 0 for at, *_rest in found):
        found.sort(key=lambda item: item[0])
    return [(ref, title, what) for _at, ref, title, what in found]


def in_source_order(items: list[I], record: Callable[[I], Record]) -> list[I]:
    """``items`` by the place of their record in its source (stable), when all have one."""
    if items and all(record(i).position >= 0 for i in items):
        items.sort(key=lambda i: record(i).position)
    return items


def named(record: Record) -> Sequence[tuple[str, str]]:
    """The ``(ref, title)`` of each record ``record`` stands for."""
    return [(record.ref, record.title)] if record.names is None else record.names()


def first_named(record: Record) -> Sequence[tuple[str, str]]:
    """The ``(ref, title)`` of the first :data:`FIRST_NAMES` records ``record`` stands for,
    by title (without reading a group's other names)."""
    names = record.names
    if names is None:
        return [(record.ref, record.title)]
    return names.first if names.first is not None else by_title(names())


def by_title(names: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The first :data:`FIRST_NAMES` of ``names`` by title (then ref)."""
    return heapq.nsmallest(FIRST_NAMES, names, key=lambda n: (n[1], n[0]))


def expand(records: Iterable[Record]) -> list[Record]:
    """``records`` with each group replaced by its members, in the order of the source when
    they all have a place in it."""
    return in_source_order([m for r in records for m in members(r)], lambda m: m)


def weight(records: Iterable[Record]) -> int:
    """How many records ``records`` stand for (a group counts as its ``weight``)."""
    return sum(r.weight for r in records)


def group(records: Iterable[Record]) -> list[Record]:
    """``records`` with those alike in everything but ``ref`` and ``title`` made one group
    each, where the first of them stood, and every record given its place among ``records``
    (a record alike with no other is a copy of it with its place)."""
    records = list(records)
    found: dict[tuple[object, ...], list[int]] = {}  # places of the records alike
    tag_keys: dict[int, tuple[object, ...]] = {}  # by id of a tags mapping (all alive meanwhile)
    for position, r in enumerate(records):
        if type(r) is Record:  # (the common case written out: 20,000 meetings are grouped after each edit)
            tags = r.tags
            tag_key = tag_keys.get(id(tags))
            if tag_key is None:
                tag_key = tag_keys[id(tags)] = tuple(tags.items())
            key: tuple[object, ...] = (Record, r.date, r.evidence_count, r.organiser_is_office, r.quantity, tag_key,
                                       r.missing, r.on_time)
        else:
            key = alike(r)
        found.setdefault(key, []).append(position)
    return [grouped([records[i] for i in places], places) for places in found.values()]


def alike(r: Record) -> tuple[object, ...]:
    """Everything of ``r`` the engine judges (every field but ``ref``, ``title`` and the group's own)."""
    kind = type(r)
    names = _JUDGED.get(kind)
    if names is None:
        names = _JUDGED[kind] = tuple(f.name for f in fields(kind) if f.init and f.name not in _OWN)
    return (kind, *[tuple(value.items()) if name == "tags" else value
                    for name in names for value in (getattr(r, name),)])


_OWN = frozenset({"ref", "title", "weight", "names", "position"})
_JUDGED: dict[type, tuple[str, ...]] = {}


def grouped(same: Sequence[R], positions: Sequence[int]) -> R:
    """One record standing for ``same`` (records alike, see :func:`group`), listed in their
    order, at ``positions`` in their source (one record alone: a copy of it at its place)."""
    assert all(r.names is None for r in same)
    values = _values(same[0])
    values[_POSITION] = positions[0]
    if len(same) > 1:
        values[_WEIGHT], values[_NAMES] = len(same), Names(found=[(r.ref, r.title) for r in same], positions=positions)
    return made(type(same[0]), values)
