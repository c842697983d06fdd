"""The computer register as the scoring engine's facts (:class:`Register`), read with the
driver's own rows and grouped (:mod:`scoring.groups`): each computer is protected by
antivirus since the prescribed product's first install, and :meth:`Register.on` judges the
licences valid on a day."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
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


@dataclasses.dataclass
class Register:
    """The computer register as facts, each computer protected since the prescribed product's
    first install (any licence), with what :meth:`on` needs to judge licences per day."""

    entries: list[f.ComputerEntry]
    earliest_expiry: list[dt.date]  # per computer: the first licence that runs out (date.max: none)
    # by position in ``entries``, only those with several installs of the prescribed product:
    # each install's (installed, licence expiry)
    several: dict[int, tuple[tuple[dt.date, dt.date | None], ...]]
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


def read_register(session: Session, prescribed: str) -> Register:
    """The register, grouped: computers alike in all the engine judges — on every day: status,
    survey date, missing fields, the same installs of the prescribed antivirus — are one
    entry standing for them (:mod:`scoring.groups`), in asset-number order. Read with the
    driver's own rows and grouped on their values (100,000 rows: making an entry of each
    first cost twice as much) — dates as ISO text parsed once per group, the status as its
    stored name; products are matched in Python once per distinct name."""
    day = day_reader({})
    connection = session.connection()
    products = [p for p in session.scalars(select(AntivirusInstall.product).distinct()) if product_matches(p, prescribed)]
    installs: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
    if products:
        sql = (f"SELECT computer_id, installed_date, licence_expiry FROM {AntivirusInstall.__tablename__} "
               f"WHERE product IN ({', '.join('?' * len(products))})")
        for computer_id, installed, expiry in driver_rows(connection, sql, tuple(products)):
            installs.setdefault(computer_id, []).append((day(installed), day(expiry)))  # type: ignore[arg-type]
    labels = list(REQUIRED_COMPUTER_FIELDS.values())
    sql = (f"SELECT id, asset_number, brand, model, status, survey_date, {', '.join(REQUIRED_COMPUTER_FIELDS)} "
           f"FROM {Computer.__tablename__} ORDER BY asset_number")
    disposed, usable, never = ComputerStatus.DISPOSED.name, ComputerStatus.USABLE.name, dt.date.max
    # (active, usable, survey date as stored, missing fields, antivirus since, first expiry, installs if several)
    # → the names of the computers alike, and their places in the register
    Installs = tuple[tuple[dt.date, dt.date | None], ...]
    Key = tuple[bool, bool, str | None, tuple[str, ...], dt.date | None, dt.date, Installs | None]
    found: dict[Key, tuple[list[tuple[str, str]], list[int]]] = {}
    for position, (computer_id, asset, brand, model, status, survey, *required) in enumerate(driver_rows(connection, sql)):
        mine = installs.get(computer_id)
        several: Installs | None = None
        since: dt.date | None
        if mine is None:
            since, expiry = None, never
        elif len(mine) == 1:
            since, expiry = mine[0][0], mine[0][1] or never
        else:
            since, expiry = min(i for i, _e in mine), min(e or never for _i, e in mine)
            several = tuple(mine)
        missing = (tuple(label for label, value in zip(labels, required) if value is None or value == "")
                   if None in required or "" in required else ())
        key: Key = (status != disposed, status == usable, survey, missing, since, expiry, several)
        alike = found.get(key)
        if alike is None:
            alike = found[key] = ([], [])
        alike[0].append((f"computer:{computer_id}", f"{asset} {brand} {model}".strip()))
        alike[1].append(position)
    entries: list[f.ComputerEntry] = []
    expiries: list[dt.date] = []
    with_several: dict[int, Installs] = {}
    for (active, is_usable, survey, missing, since, expiry, several), (names, places) in found.items():
        if several:
            with_several[len(entries)] = several
        expiries.append(expiry)
        (ref, title), many = names[0], len(names) > 1
        entries.append(f.ComputerEntry(
            ref=ref, title=title, active=active, usable=is_usable, missing=missing,
            date=day(survey), antivirus_since=since, position=places[0],
            weight=len(names), names=groups.Names(found=names, positions=places) if many else None))
    return Register(entries, expiries, with_several)
