"""Records standing for groups of records (:class:`scoring.facts.Record` ``weight`` and
``names``): 100,000 computers of a register are a few hundred records alike in everything
the engine judges, and differ only in ``ref`` and ``title``. :func:`group` makes them one
record each; the engine judges a group once and counts it ``weight`` times
(:func:`weight`); explanations list its members (:func:`members`, :func:`expand`).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import TypeVar

from scoring.facts import Record

FIRST_NAMES = 10  # names of a group known without reading them all (see Names.first)


R = TypeVar("R", bound=Record)


class Names:
    """The ``(ref, title)`` of each record a group stands for, in the order they were
    grouped, made by ``load`` when first asked (a group read from the database's kept facts
    decodes its members only when an explanation is listed); ``first`` holds the first
    :data:`FIRST_NAMES` of them by title (what a rule naming ten examples reads)."""

    __slots__ = ("_load", "_found", "_first")

    def __init__(self, found: Sequence[tuple[str, str]] | None = None,
                 load: Callable[[], Sequence[tuple[str, str]]] | None = None,
                 first: Sequence[tuple[str, str]] | None = None) -> None:
        """``first``: the first names by title, when ``load`` is given and there are more than those."""
        assert found is not None or load is not None
        self._found = found
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
            assert self._load is not None
            found = self._found = self._load()
            self._load = None
        return found


def members(record: Record) -> list[Record]:
    """The records ``record`` stands for: itself, or each member of a group (the group's
    facts with the member's ``ref`` and ``title``), in the order they were grouped."""
    names = record.names
    if names is None:
        return [record]
    kind = type(record)
    setters = slot_setters(kind)
    values = _values(record)
    values[_WEIGHT], values[_NAMES] = 1, None
    found: list[Record] = []
    new = object.__new__
    for values[0], values[1] in names():  # ref, title
        member = new(kind)
        for set_value, value in zip(setters, values):
            set_value(member, value)
        found.append(member)
    return found


_FIELDS: dict[type, tuple[str, ...]] = {}
_KEPT: dict[type, tuple[str, ...]] = {}
_SETTERS: dict[type, list[Callable[[object, object], None]]] = {}
_WEIGHT, _NAMES = 9, 10  # positions of Record's fields (checked by _fields)


def _fields(kind: type) -> tuple[str, ...]:
    found = _FIELDS.get(kind)
    if found is None:
        found = _FIELDS[kind] = tuple(fd.name for fd in fields(kind))
        assert found[:2] == ("ref", "title") and found[_WEIGHT] == "weight" and found[_NAMES] == "names", found
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


def listed(records: Iterable[Record]) -> list[tuple[str, str]]:
    """The ``(ref, title)`` of every record ``records`` stand for (without making the members)."""
    found: list[tuple[str, str]] = []
    for r in records:
        if r.names is None:
            found.append((r.ref, r.title))
        else:
            found += r.names()
    return found


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


def expand(records: Sequence[Record]) -> Sequence[Record]:
    """``records`` with each group replaced by its members (the same list when none is a group)."""
    if all(r.names is None for r in records):
        return records
    return [m for r in records for m in members(r)]


def weight(records: Iterable[Record]) -> int:
    """How many records ``records`` stand for (a group counts as its ``weight``)."""
    return sum(r.weight for r in records)


def group(records: Iterable[Record]) -> list[Record]:
    """``records`` with those alike in everything but ``ref`` and ``title`` made one group
    each, where the first of them stood (a record alike with no other stays as it is)."""
    found: dict[tuple[object, ...], list[Record]] = {}
    tag_keys: dict[int, tuple[object, ...]] = {}  # by id of a tags mapping (all alive meanwhile)
    for r in records:
        if type(r) is Record:  # (the common case written out: 20,000 meetings are grouped after each edit)
            tags = r.tags
            tag_key = tag_keys.get(id(tags))
            if tag_key is None:
                tag_key = tag_keys[id(tags)] = tuple(tags.items())
            key: tuple[object, ...] = (Record, r.date, r.evidence_count, r.organiser_is_office, r.quantity, tag_key,
                                       r.missing, r.on_time)
        else:
            key = alike(r)
        found.setdefault(key, []).append(r)
    return [same[0] if len(same) == 1 else grouped(same) for same in found.values()]


def alike(r: Record) -> tuple[object, ...]:
    """Everything of ``r`` the engine judges (every field but ``ref``, ``title`` and the group's own)."""
    kind = type(r)
    names = _JUDGED.get(kind)
    if names is None:
        names = _JUDGED[kind] = tuple(f.name for f in fields(kind) if f.init and f.name not in _OWN)
    return (kind, *[tuple(value.items()) if name == "tags" else value
                    for name in names for value in (getattr(r, name),)])


_OWN = frozenset({"ref", "title", "weight", "names"})
_JUDGED: dict[type, tuple[str, ...]] = {}


def grouped(same: Sequence[R]) -> R:
    """One record standing for ``same`` (records alike, see :func:`group`), listed in their order."""
    first = same[0]
    assert all(r.names is None for r in same)
    kind = type(first)
    found = object.__new__(kind)
    values = _values(first)
    values[_WEIGHT], values[_NAMES] = len(same), Names(found=[(r.ref, r.title) for r in same])
    for set_value, value in zip(slot_setters(kind), values):
        set_value(found, value)
    return found
