"""The computer register as the scoring engine's facts (:class:`Register`), read with the
driver's own rows and grouped (:mod:`scoring.groups`): each computer is protected by
antivirus since the prescribed product's first install, and :meth:`Register.on` judges the
licences valid on a day.

After a write only the computers it touched are read again (:func:`update_register`): the
database logs which computers each write touched (``register_change``, kept by triggers,
:mod:`models.changes`), and the register moves those between its groups. Each computer's place
in the register is a multiple of :data:`SPACING` when the register is read whole, so that a
computer added (or renumbered) between two others takes a place between theirs."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Collection
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from cddesk.driver_rows import day_reader, driver_rows
from cddesk.services.antivirus import product_matches
from models import AntivirusInstall, Computer, ComputerStatus
from scoring import facts as f
from scoring import groups

# A computer of the register is complete when these are filled (rubrics.md, D3 process 2).
REQUIRED_COMPUTER_FIELDS = {"brand": "ยี่ห้อ", "model": "รุ่น", "os_name": "ระบบปฏิบัติการ",
                            "location": "สถานที่ตั้ง", "responsible_staff_id": "ผู้รับผิดชอบ"}
_DAYS_KEPT = 32  # per-date computer lists kept (a trend needs 13)
SPACING = 1024  # between the places of neighbouring computers in a register read whole
MAX_UPDATED = 2000  # more logged writes since the last read (an import): the register is read whole

Installs = tuple[tuple[dt.date, dt.date | None], ...]
# what the engine judges of a computer on every day: active, usable, survey date, missing
# fields, antivirus since, the first licence expiry (date.max: none), its installs if several
Key = tuple[bool, bool, dt.date | None, tuple[str, ...], dt.date | None, dt.date, Installs | None]
Members = tuple[list[tuple[str, str]], list[int]]  # the (ref, title) of each computer of a group, its places


class RegisterMark(NamedTuple):
    """Where in the database's register log a register was read: the last log row it reflects,
    the change counts of ``computer`` and ``antivirus_install`` then (their difference from
    the counts now is the number of rows logged since), and the antivirus product judged."""

    seq: int
    writes: int
    prescribed: str


@dataclasses.dataclass
class Register:
    """The computer register as facts, each computer protected since the prescribed product's
    first install (any licence), with what :meth:`on` needs to judge licences per day."""

    entries: list[f.ComputerEntry]
    earliest_expiry: list[dt.date]  # per computer: the first licence that runs out (date.max: none)
    # by position in ``entries``, only those with several installs of the prescribed product:
    # each install's (installed, licence expiry)
    several: dict[int, Installs]
    mark: RegisterMark | None = None  # where it was read (None: it cannot be updated, only read again)
    _by_day: dict[dt.date, list[f.ComputerEntry]] = dataclasses.field(default_factory=dict)
    from_kept: bool = False  # read back from the database's kept facts (cddesk.facts_kept), not from rows
    # the first day a licence of any computer runs out (every call of on() asks it)
    _first_expiry: dt.date = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self._first_expiry = min(self.earliest_expiry, default=dt.date.max)

    def on(self, day: dt.date) -> list[f.ComputerEntry]:
        """The register with ``antivirus_since`` from the licences valid on ``day``; a computer
        whose licences all outlast the day keeps its entry (and the records kept on it)."""
        found = self._by_day.get(day)
        if found is not None:
            return found
        if self._first_expiry >= day:
            return self.entries  # no licence has run out by then
        found = []
        for position, (entry, expiry) in enumerate(zip(self.entries, self.earliest_expiry)):
            if expiry >= day:
                found.append(entry)
                continue
            installs = self.several.get(position, ())  # one install: its licence has run out
            since = min((i for i, e in installs if e is None or e >= day), default=None)
            found.append(entry if since == entry.antivirus_since else dataclasses.replace(entry, antivirus_since=since))
        if len(self._by_day) >= _DAYS_KEPT:
            self._by_day.pop(next(iter(self._by_day)))
        self._by_day[day] = found
        return found

    def key(self, index: int) -> Key:
        """What the engine judges of the computers of ``entries[index]``."""
        e = self.entries[index]
        return (e.active, e.usable, e.date, e.missing, e.antivirus_since, self.earliest_expiry[index],
                self.several.get(index))


def kept_register(entries: list[f.ComputerEntry], expiries: list[dt.date], several: dict[int, Installs],
                  mark: list[Any] | None) -> Register:
    """A register read back from the database's kept facts (:func:`cddesk.facts_kept.decode_register`)."""
    return Register(entries, expiries, several, None if mark is None else RegisterMark(*mark), from_kept=True)


_COLUMNS = f"id, asset_number, brand, model, status, survey_date, {', '.join(REQUIRED_COMPUTER_FIELDS)}"
_COUNTED = "('computer', 'antivirus_install')"
# the change counts and every logged write after a given one, in one statement (one snapshot)
_LOG_SQL = (f"SELECT w.n, c.seq, c.computer_id, c.other_id FROM (SELECT coalesce(sum(n), 0) AS n FROM change_count "
            f"WHERE name IN {_COUNTED}) AS w LEFT JOIN register_change AS c ON c.seq > ? ORDER BY c.seq LIMIT ?")
_MARK_SQL = (f"SELECT (SELECT coalesce(max(seq), 0) FROM register_change), "
             f"(SELECT coalesce(sum(n), 0) FROM change_count WHERE name IN {_COUNTED})")


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class _Judge:
    """What the engine judges of stored computer rows (:data:`Key`), with the prescribed
    product's installs of the computers read."""

    def __init__(self, connection: Any, prescribed: str, ids: Collection[int] | None = None) -> None:
        self.day = day_reader({})
        self.labels = list(REQUIRED_COMPUTER_FIELDS.values())
        among = () if ids is None else tuple(ids)
        where = "" if ids is None else f" WHERE computer_id IN ({_marks(len(among))})"
        table = AntivirusInstall.__tablename__
        products = [p for (p,) in driver_rows(connection, f"SELECT DISTINCT product FROM {table}{where}", among)
                    if product_matches(p, prescribed)]
        self.installs: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
        if products:
            sql = (f"SELECT computer_id, installed_date, licence_expiry FROM {table} "
                   f"WHERE product IN ({_marks(len(products))}){where.replace(' WHERE', ' AND')}")
            for computer_id, installed, expiry in driver_rows(connection, sql, (*products, *among)):
                self.installs.setdefault(computer_id, []).append((self.day(installed), self.day(expiry)))  # type: ignore[arg-type]
        self.disposed, self.usable = ComputerStatus.DISPOSED.name, ComputerStatus.USABLE.name

    def key(self, computer_id: int, status: str, survey: str | None, required: list[Any]) -> Key:
        mine = self.installs.get(computer_id)
        several: Installs | None = None
        since: dt.date | None
        if mine is None:
            since, expiry = None, dt.date.max
        elif len(mine) == 1:
            since, expiry = mine[0][0], mine[0][1] or dt.date.max
        else:
            since, expiry = min(i for i, _e in mine), min(e or dt.date.max for _i, e in mine)
            several = tuple(sorted(mine, key=lambda i: (i[0], i[1] or dt.date.max)))
        missing = (tuple(label for label, value in zip(self.labels, required) if value is None or value == "")
                   if None in required or "" in required else ())
        return status != self.disposed, status == self.usable, self.day(survey), missing, since, expiry, several


def _title(asset: str, brand: str | None, model: str | None) -> str:
    return f"{asset} {brand} {model}".strip()


def _entry(key: Key, names: list[tuple[str, str]], places: list[int]) -> f.ComputerEntry:
    active, usable, survey, missing, since, _expiry, _several = key
    (ref, title), many = names[0], len(names) > 1
    return f.ComputerEntry(
        ref=ref, title=title, active=active, usable=usable, missing=missing, date=survey, antivirus_since=since,
        position=places[0], weight=len(names), names=groups.Names(found=names, positions=places) if many else None)


def _register(entries: dict[Key, f.ComputerEntry], mark: RegisterMark | None) -> Register:
    expiries: list[dt.date] = []
    several: dict[int, Installs] = {}
    for index, key in enumerate(entries):
        expiries.append(key[5])
        if key[6]:
            several[index] = key[6]
    return Register(list(entries.values()), expiries, several, mark)


def read_register(session: Session, prescribed: str) -> Register:
    """The register, grouped: computers alike in all the engine judges — on every day: status,
    survey date, missing fields, the same installs of the prescribed antivirus — are one
    entry standing for them (:mod:`scoring.groups`), in asset-number order. Read with the
    driver's own rows and grouped on their values (100,000 rows: making an entry of each
    first cost twice as much); products are matched in Python once per distinct name."""
    connection = session.connection()
    # where the log stands, before the rows: a write after it is read again by update_register
    seq, writes = next(driver_rows(connection, _MARK_SQL))
    judge = _Judge(connection, prescribed)
    found: dict[Key, Members] = {}
    sql = f"SELECT {_COLUMNS} FROM {Computer.__tablename__} ORDER BY asset_number"
    for place, (computer_id, asset, brand, model, status, survey, *required) in enumerate(driver_rows(connection, sql), 1):
        key = judge.key(computer_id, status, survey, required)
        alike = found.get(key)
        if alike is None:
            alike = found[key] = ([], [])
        alike[0].append((f"computer:{computer_id}", _title(asset, brand, model)))
        alike[1].append(place * SPACING)
    return _register({key: _entry(key, *members) for key, members in found.items()},
                     RegisterMark(seq, writes, prescribed))


def update_register(session: Session, old: Register, prescribed: str) -> Register | None:
    """``old`` with the computers written since it was read (by anyone: the database's log)
    read again and moved between its groups — the rows of a few computers instead of the
    whole register; ``old`` itself is not changed. None when that cannot be told exactly (the
    log was cut since, too many writes, another product judged, another file): then the
    register is read whole."""
    mark = old.mark
    if mark is None or mark.prescribed != prescribed:
        return None
    connection = session.connection()
    log = list(driver_rows(connection, _LOG_SQL, (mark.seq, MAX_UPDATED)))
    writes, logged = log[0][0], [row[1:] for row in log if row[1] is not None]
    if writes - mark.writes != len(logged) or (logged and logged[0][0] != mark.seq + 1):
        return None
    if not logged:
        return old
    ids = {i for _seq, one, other in logged for i in (one, other) if i is not None}
    rows = {row[0]: row for row in driver_rows(
        connection, f"SELECT {_COLUMNS} FROM {Computer.__tablename__} WHERE id IN ({_marks(len(ids))})", tuple(ids))}
    gaps = _gaps(connection, rows, ids)
    wanted = {f"computer:{i}" for i in ids | {n for gap in gaps for n in gap if n is not None}}
    places: dict[str, tuple[int, int]] = {}  # ref → (its entry in old, its place)
    for index, entry in enumerate(old.entries):
        names = entry.names
        if names is None:
            if entry.ref in wanted:
                places[entry.ref] = (index, entry.position)
            continue
        for (ref, _title), at in zip(names(), names.positions() or ()):
            if ref in wanted:
                places[ref] = (index, at)
    placed = _placed(gaps, places)
    if placed is None or any(at < 0 for _index, at in places.values()):
        return None
    gone = {f"computer:{i}" for i in ids if i not in rows}
    return _moved(old, places, gone, rows, placed, _Judge(connection, prescribed, ids),
                  RegisterMark(logged[-1][0], writes, prescribed))


Gap = tuple[int | None, int | None]  # the computers not written around written ones (None: the end)


def _gaps(connection: Any, rows: dict[int, tuple[Any, ...]], ids: set[int]) -> dict[Gap, list[int]]:
    """The computers written (and still there) in asset-number order, by the computers not
    written that come before and after them (found walking the asset-number index from each,
    row by row, past the written ones)."""
    table = Computer.__tablename__
    cursor = connection.connection.dbapi_connection.cursor()
    gaps: dict[Gap, list[int]] = {}
    try:
        for computer_id in sorted(rows, key=lambda i: rows[i][1]):
            around: list[int | None] = []
            for compare, order in (("<", "DESC"), (">", "ASC")):
                cursor.execute(f"SELECT id FROM {table} WHERE asset_number {compare} ? ORDER BY asset_number {order}",
                               (rows[computer_id][1],))
                while (found := cursor.fetchone()) is not None and found[0] in ids:
                    pass
                around.append(None if found is None else found[0])
            gaps.setdefault((around[0], around[1]), []).append(computer_id)
    finally:
        cursor.close()
    return gaps


def _placed(gaps: dict[Gap, list[int]], places: dict[str, tuple[int, int]]) -> dict[int, int] | None:
    """A place for each written computer between its neighbours' places: the one it had when
    that still fits, else places spread evenly between them (None: no room left between)."""
    found: dict[int, int] = {}
    for (before, after), written in gaps.items():
        if any(n is not None and f"computer:{n}" not in places for n in (before, after)):
            return None  # a computer not written is not in the register read: another file
        low = places[f"computer:{before}"][1] if before is not None else 0
        high = places[f"computer:{after}"][1] if after is not None else None
        had = [places.get(f"computer:{i}", (0, -1))[1] for i in written]
        if all(low < a < b for a, b in zip([low, *had], had)) and (high is None or had[-1] < high):
            found.update(zip(written, had))
        elif high is None:
            found.update((i, low + SPACING * n) for n, i in enumerate(written, 1))
        elif high - low > len(written):
            found.update((i, low + (high - low) * n // (len(written) + 1)) for n, i in enumerate(written, 1))
        else:
            return None
    return found


def _members(entry: f.ComputerEntry) -> Members:
    if entry.names is None:
        return [(entry.ref, entry.title)], [entry.position]
    return list(entry.names()), list(entry.names.positions() or ())


def _moved(old: Register, places: dict[str, tuple[int, int]], gone: set[str], rows: dict[int, tuple[Any, ...]],
           placed: dict[int, int], judge: _Judge, mark: RegisterMark) -> Register:
    """``old`` with the computers ``gone`` and those of ``rows`` taken out of their groups (found
    by ``places``: ref → (entry, place)) and each computer of ``rows`` put, at its place in
    ``placed``, in the group of what it is now."""
    keys = [old.key(index) for index in range(len(old.entries))]
    index_of = {key: index for index, key in enumerate(keys)}
    written = gone | {f"computer:{i}" for i in rows}
    changed: dict[Key, Members] = {}

    def members(key: Key) -> Members:
        found = changed.get(key)
        if found is None:
            index = index_of.get(key)
            names, at = ([], []) if index is None else _members(old.entries[index])
            stays = [ref not in written for ref, _title in names]
            found = changed[key] = ([n for n, s in zip(names, stays) if s], [p for p, s in zip(at, stays) if s])
        return found

    for ref in written & places.keys():
        members(keys[places[ref][0]])
    for computer_id, at in placed.items():
        _id, asset, brand, model, status, survey, *required = rows[computer_id]
        names, at_list = members(judge.key(computer_id, status, survey, required))
        where = bisect.bisect(at_list, at)
        names.insert(where, (f"computer:{computer_id}", _title(asset, brand, model)))
        at_list.insert(where, at)
    entries = dict(zip(keys, old.entries))
    for key, (names, at_list) in changed.items():
        if names:
            entries[key] = _entry(key, names, at_list)
        else:
            entries.pop(key, None)
    return _register(dict(sorted(entries.items(), key=lambda item: item[1].position)), mark)
