"""All services of one opened office, built once and passed explicitly to the window and CLI."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cddesk.db import Database
from cddesk.paths import DataPaths
from cddesk.services.accounts import AccountService
from cddesk.services.activities import ActivityOverview, KindService, kind_services
from cddesk.services.antivirus import AntivirusService
from cddesk.services.computers import ComputerService
from cddesk.services.evidence import EvidenceService
from cddesk.services.office import OfficeService
from cddesk.services.staff import StaffService

if TYPE_CHECKING:
    from cddesk.province import ProvinceService


@dataclass
class Services:
    db: Database
    office: OfficeService
    staff: StaffService
    computers: ComputerService
    antivirus: AntivirusService
    accounts: AccountService
    evidence: EvidenceService
    kinds: dict[str, KindService]  # the activity kinds of cddesk/kinds.py, by key
    overview: ActivityOverview

    @classmethod
    def open(cls, paths: DataPaths) -> Services:
        db = Database(paths)
        kinds = kind_services(db)
        return cls(
            db=db,
            office=OfficeService(db),
            staff=StaffService(db),
            computers=ComputerService(db),
            antivirus=AntivirusService(db),
            accounts=AccountService(db),
            evidence=EvidenceService(db),
            kinds=kinds,
            overview=ActivityOverview(db),
        )

    @property
    def province(self) -> ProvinceService:
        """Province mode (imported lazily: a district office never needs it)."""
        from cddesk.province import ProvinceService

        return ProvinceService(self.db)

    def close(self) -> None:
        """Close the database, after having it keep the scoring facts read from rows for the
        next start (:func:`cddesk.office_facts.keep_prepared`; nothing when nothing was scored)."""
        scoring = sys.modules.get("cddesk.office_facts")
        if scoring is not None:
            scoring.keep_prepared(self.db)
        self.db.dispose()
