"""After a write, the computer register is updated with only the computers written since it
was read (the database's log of register writes, ``register_change``): the updated register
is exactly the one a fresh read of every row gives — the same groups, members in the same
order, the same licences judged per day — after any mix of writes by anyone (another program
included), and it is read whole instead whenever that cannot be told exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, update
from sqlalchemy.engine import Engine

from cddesk import facts_reader
from cddesk.app_services import Services
from cddesk.db import create_db_engine
from cddesk.office_facts import _cache, score_office
from cddesk.paths import DataPaths
from cddesk.register_facts import MAX_UPDATED, Register, read_register, update_register
from cddesk.services.computers import ComputerData
from models import AntivirusInstall, Computer, ComputerKind, ComputerStatus
from models.changes import REGISTER_LOG_KEPT
from tests.record_builders import D, antivirus, computer, open_office
from tests.test_facts_cache import fresh

PRESCRIBED = "ESET Endpoint"
PRODUCTS = ("ESET Endpoint Antivirus", "ESET Endpoint Security", "Windows Defender")
DAYS = (None, D(2025, 1, 15), D(2025, 2, 1), D(2025, 3, 20))
EXPIRIES = (None, D(2025, 4, 30), D(2025, 9, 30), D(2026, 1, 1))


def canonical(register: Register) -> list[tuple[Any, ...]]:
    """Each group as what is judged, its members in order, with their titles."""
    found = []
    for index, entry in enumerate(register.entries):
        names = entry.names() if entry.names is not None else [(entry.ref, entry.title)]
        found.append((register.key(index), entry.weight, list(names)))
    return found


def in_register_order(register: Register) -> list[str]:
    """Every member's ref ordered by its place (the order explanations list them in)."""
    placed = []
    for entry in register.entries:
        if entry.names is None:
            placed.append((entry.position, entry.ref))
        else:
            placed += [(at, ref) for (ref, _title), at in zip(entry.names(), entry.names.positions() or ())]
    assert len({at for at, _ref in placed}) == len(placed), "two computers at one place"
    return [ref for _at, ref in sorted(placed)]


def same(updated: Register, whole: Register) -> None:
    assert canonical(updated) == canonical(whole)
    assert in_register_order(updated) == in_register_order(whole)
    assert updated.earliest_expiry == whole.earliest_expiry and updated.several == whole.several
    for day in (D(2025, 3, 1), D(2025, 6, 1), D(2025, 12, 31)):
        assert updated.on(day) == whole.on(day)


class Writer:
    """Another program writing the register with SQL of its own (its own engine)."""

    def __init__(self, database: Path, rng: random.Random) -> None:
        self.engine: Engine = create_db_engine(database)
        self.rng = rng
        self.serial = 0

    def ids(self, table: Any) -> list[int]:
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(table.select().with_only_columns(table.c.id))]

    def asset(self) -> str:
        self.serial += 1
        # few digits at the front: new computers land at the start, the end and between others
        return f"{self.rng.randrange(100):02d}-{self.serial:05d}"

    def computer(self) -> dict[str, Any]:
        r = self.rng
        return dict(asset_number=self.asset(), kind=ComputerKind.DESKTOP, brand=r.choice(["Lenovo", "HP", ""]),
                    model="M70q", os_name=r.choice(["Windows 11", "Windows 11", ""]), location="ห้องพัฒนาชุมชน",
                    responsible_staff_id=None, status=r.choice(list(ComputerStatus)), survey_date=r.choice(DAYS))

    def step(self) -> None:
        """One random write (or none when there is nothing to write on)."""
        r = self.rng
        computers, installs = self.ids(Computer.__table__), self.ids(AntivirusInstall.__table__)
        c, a = Computer.__table__, AntivirusInstall.__table__
        choice = r.randrange(10)
        with self.engine.begin() as conn:
            if choice <= 1 or not computers:
                conn.execute(insert(c).values(**self.computer()))
            elif choice == 2:
                conn.execute(update(c).where(c.c.id == r.choice(computers)).values(
                    status=r.choice(list(ComputerStatus)), survey_date=r.choice(DAYS)))
            elif choice == 3:
                conn.execute(update(c).where(c.c.id == r.choice(computers)).values(asset_number=self.asset()))
            elif choice == 4:
                conn.execute(update(c).where(c.c.id == r.choice(computers)).values(brand=r.choice(["", "Dell"])))
            elif choice == 5:
                conn.execute(delete(c).where(c.c.id == r.choice(computers)))  # its installs go with it
            elif choice in (6, 7) or not installs:
                conn.execute(insert(a).values(computer_id=r.choice(computers), product=r.choice(PRODUCTS),
                                              installed_date=r.choice(DAYS[1:]), licence_expiry=r.choice(EXPIRIES)))
            elif choice == 8:
                conn.execute(update(a).where(a.c.id == r.choice(installs)).values(
                    licence_expiry=r.choice(EXPIRIES), computer_id=r.choice(computers)))
            else:
                conn.execute(delete(a).where(a.c.id == r.choice(installs)))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    services = open_office(tmp_path / "office")
    yield services
    services.close()


def read(services: Services, earlier: Register | None = None) -> tuple[Register | None, Register]:
    with services.db.session() as session:
        updated = None if earlier is None else update_register(session, earlier, PRESCRIBED)
        return updated, read_register(session, PRESCRIBED)


@pytest.mark.parametrize("seed", range(6))
def test_an_updated_register_is_the_register_read_whole(office: Services, seed: int) -> None:
    rng = random.Random(seed)
    writer = Writer(office.db.paths.database, rng)
    try:
        for _ in range(40):
            writer.step()
        _, register = read(office)
        updates = 0
        for _batch in range(30):
            for _ in range(rng.choice([1, 1, 2, 5])):
                writer.step()
            updated, whole = read(office, register)
            assert updated is not None, "the log tells every write: the register is updated"
            same(updated, whole)
            register, updates = updated, updates + 1
        assert updates == 30
    finally:
        writer.engine.dispose()


def test_the_earlier_register_is_not_changed(office: Services) -> None:
    for _ in range(3):
        computer(office, responsible=None)
    _, before = read(office)
    kept = canonical(before)
    saved = office.computers.rows()[0]
    data = office.computers.get(saved.id)
    office.computers.save(dataclasses.replace(data, status=ComputerStatus.BROKEN))
    updated, whole = read(office, before)
    assert updated is not None and updated is not before
    same(updated, whole)
    assert canonical(before) == kept


def test_a_cut_log_or_many_writes_read_the_register_whole(office: Services) -> None:
    made = [computer(office, responsible=None) for _ in range(3)]
    _, register = read(office)
    database = office.db.paths.database
    con = sqlite3.connect(database)
    try:
        con.executemany("UPDATE computer SET notes = ? WHERE id = ?",
                        [(str(n), made[n % 3].id) for n in range(MAX_UPDATED + 1)])
        con.commit()
        assert read(office, register)[0] is None  # too many writes since: read whole
        _, register = read(office)
        con.executemany("UPDATE computer SET notes = ? WHERE id = ?",
                        [(str(n), made[0].id) for n in range(REGISTER_LOG_KEPT + 5)])
        con.commit()
        kept = con.execute("SELECT count(*), max(seq) FROM register_change").fetchone()
        assert REGISTER_LOG_KEPT <= kept[0] <= REGISTER_LOG_KEPT + 1000 and kept[1] > REGISTER_LOG_KEPT + 2000
    finally:
        con.close()
    assert read(office, register)[0] is None  # the log no longer holds them all


def test_another_product_or_nothing_written(office: Services) -> None:
    made = computer(office, responsible=None)
    antivirus(office, made.id)
    _, register = read(office)
    with office.db.session() as session:
        assert update_register(session, register, PRESCRIBED) is register  # nothing written since
        assert update_register(session, register, "Kaspersky") is None  # another product judged


def test_evidence_of_a_computer_is_logged(office: Services) -> None:
    made = computer(office, responsible=None)
    _, register = read(office)
    office.evidence.add_link("computer", made.id, "https://example.org/photo", "ภาพถ่ายเครื่อง")
    updated, whole = read(office, register)
    assert updated is not None
    same(updated, whole)


def test_scoring_after_a_computer_edit_updates_the_register(office: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the services, as the window edits: the next scoring is the fresh one, and the
    register was not read whole."""
    made = [computer(office, responsible=None, survey=D(2025, 1, 10 + n % 3)) for n in range(12)]
    for c in made[::2]:
        antivirus(office, c.id, licence_expiry=D(2025, 6, 30))
    rubric, at = "digital40_fy2568", D(2025, 9, 30)
    assert score_office(office.db, rubric, at) == fresh(office, rubric, at)
    whole_reads = count_whole_reads(monkeypatch)
    data = office.computers.get(made[3].id)
    office.computers.save(dataclasses.replace(data, survey_date=None, asset_number="0000-first"))
    antivirus(office, made[5].id, installed=D(2025, 4, 1))
    office.computers.delete(made[7].id)
    computer(office, responsible=None, survey=dt.date(2025, 2, 2))
    scored = score_office(office.db, rubric, at)
    assert whole_reads == []
    assert scored == fresh(office, rubric, at)


def test_no_room_left_between_two_computers_reads_the_register_whole(office: Services) -> None:
    """Each computer added between the same two takes half the room left; when none is left the
    register is read whole (and its places spread again)."""
    def numbered(asset: str) -> None:
        office.computers.save(ComputerData(asset_number=asset, brand="HP", model="ProDesk", survey_date=D(2025, 2, 1)))

    numbered("A-1")
    numbered("A-3")
    _, register = read(office)
    whole_reads = 0
    for n in range(14):
        numbered("A-2" + "0" * (13 - n))  # each before the last one
        updated, whole = read(office, register)
        if updated is None:
            whole_reads += 1
            register = whole
        else:
            same(updated, whole)
            register = updated
    assert whole_reads == 1


def count_whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gains an item each time the scoring reader reads the register whole (the
    real reader still does the reading)."""
    whole_reads: list[int] = []
    original = facts_reader.read_register
    monkeypatch.setattr(facts_reader, "read_register", lambda *a: whole_reads.append(1) or original(*a))
    return whole_reads


RUBRIC, SCORED_AT = "digital40_fy2568", D(2025, 9, 30)


def kept_office(tmp_path: Path) -> tuple[Path, list[ComputerData]]:
    """An office of 30 computers scored once and closed: the database keeps its register."""
    root = tmp_path / "office"
    first = open_office(root)
    made = [computer(first, responsible=None, survey=D(2025, 1, 10 + n % 4)) for n in range(30)]
    score_office(first.db, RUBRIC, SCORED_AT)
    first.close()
    return root, made


def test_a_register_read_back_from_kept_facts_is_updated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a restart the register comes from the database's kept facts (with where it was
    read in the log); the first computer edit then updates it too."""
    root, made = kept_office(tmp_path)
    rubric, at = RUBRIC, SCORED_AT
    services = Services.open(DataPaths(root))
    try:
        whole_reads = count_whole_reads(monkeypatch)
        score_office(services.db, rubric, at)
        register = _cache(services.db).parts["computers"]
        assert register.from_kept and register.mark is not None and whole_reads == []
        data = services.computers.get(made[4].id)
        services.computers.save(dataclasses.replace(data, status=ComputerStatus.BROKEN))
        scored = score_office(services.db, rubric, at)
        assert whole_reads == [] and not _cache(services.db).parts["computers"].from_kept
        monkeypatch.undo()
        assert scored == fresh(services, rubric, at)
    finally:
        services.close()


def test_a_register_written_while_the_program_was_closed_is_updated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program writes the register between two starts: the kept register is then out of
    date, and is brought up to date from the log instead of the register being read whole."""
    root, made = kept_office(tmp_path)
    rubric, at = RUBRIC, SCORED_AT
    con = sqlite3.connect(root / "cddesk.sqlite3")
    con.execute("UPDATE computer SET status = 'DISPOSED' WHERE id = ?", (made[2].id,))
    con.execute("DELETE FROM computer WHERE id = ?", (made[9].id,))
    con.commit()
    con.close()
    services = Services.open(DataPaths(root))
    try:
        whole_reads = count_whole_reads(monkeypatch)
        scored = score_office(services.db, rubric, at)
        assert whole_reads == []
        monkeypatch.undo()
        assert scored == fresh(services, rubric, at)
        assert len(_cache(services.db).parts["computers"].on(at)) == len(read(services)[1].on(at))
    finally:
        services.close()
