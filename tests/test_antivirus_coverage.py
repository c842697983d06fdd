"""The antivirus coverage of the register page, the home page and the reports is counted from
the register as scoring judges it (cddesk.office_facts.register_on): it must agree, computer
by computer and reason by reason, with the rule read plainly from every install
(cddesk.services.antivirus.install_problem) — on random registers, on several days, and
after edits that update the register instead of reading it again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from cddesk.app_services import Services
from cddesk.services.antivirus import AntivirusData, install_problem
from cddesk.services.computers import ComputerData
from models import AntivirusInstall, Computer, ComputerStatus
from tests.record_builders import D, open_office

PRODUCTS = ("ESET Endpoint Antivirus", "ESET Endpoint Security", "Avast Free")
DAYS = (D(2024, 12, 1), D(2025, 3, 1), D(2025, 6, 30), D(2025, 10, 1))


def plainly(services: Services, at: dt.date) -> tuple[int, int, list[tuple[int, str]]]:
    """(usable, covered, [(computer, reason)] of the unprotected by asset number), from every row."""
    prescribed = services.office.prescribed_antivirus()
    with services.db.session() as session:
        computers = session.execute(select(Computer.id).where(Computer.status == ComputerStatus.USABLE)
                                    .order_by(Computer.asset_number)).scalars().all()
        installs: dict[int, list[AntivirusInstall]] = {}
        for install in session.scalars(select(AntivirusInstall).order_by(AntivirusInstall.id)):
            installs.setdefault(install.computer_id, []).append(install)
        unprotected = []
        for computer_id in computers:
            problems = [install_problem(i, prescribed, at) for i in installs.get(computer_id, [])]
            if None not in problems:
                unprotected.append((computer_id, next((p for p in problems if p), "ยังไม่ได้ติดตั้งโปรแกรมป้องกันไวรัส")))
    return len(computers), len(computers) - len(unprotected), unprotected


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    services = open_office(tmp_path / "office")
    yield services
    services.close()


@pytest.mark.parametrize("seed", range(3))
def test_coverage_agrees_with_every_install_read_plainly(office: Services, seed: int) -> None:
    rng = random.Random(seed)
    saved = [office.computers.save(ComputerData(
        asset_number=f"{rng.randrange(1000):03d}-{n}", brand="HP", status=rng.choice(list(ComputerStatus))))
        for n in range(40)]
    for _ in range(50):
        installed = rng.choice(DAYS)
        office.antivirus.save(AntivirusData(
            computer_id=rng.choice(saved).id, product=rng.choice(PRODUCTS), installed_date=installed,
            licence_expiry=rng.choice([None, installed + dt.timedelta(days=rng.randrange(30, 300))])))
    for round_ in range(4):
        for at in DAYS:
            cov = office.antivirus.coverage(at)
            usable, covered, unprotected = plainly(office, at)
            assert (cov.usable, cov.covered, cov.missing) == (usable, covered, len(unprotected))
            assert [(u.computer_id, u.reason) for u in cov.unprotected] == unprotected
            assert [u.computer_id for u in office.antivirus.coverage(at, listed=3).unprotected] == \
                [i for i, _reason in unprotected[:3]]
            assert office.antivirus.coverage(at, listed=0).unprotected == []
        # edits between rounds: the register is updated, and coverage follows
        for computer in rng.sample(saved, 3):
            data = office.computers.get(computer.id)
            office.computers.save(dataclasses.replace(data, status=rng.choice(list(ComputerStatus)),
                                                      asset_number=f"{rng.randrange(1000):03d}-r{round_}-{data.id}"))
        office.antivirus.save(AntivirusData(computer_id=rng.choice(saved).id, product=PRODUCTS[0],
                                            installed_date=rng.choice(DAYS)))
