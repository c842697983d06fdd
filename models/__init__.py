"""SQLAlchemy 2 ORM classes for one office's database, and its Alembic migrations.

Every schema change is a new revision under ``models/migrations/versions``;
``cddesk.db`` runs them at start-up after taking a backup.
"""

from models.base import Base
from models.evidence import EvidenceFile, EvidenceLink
from models.registers import (
    AntivirusInstall,
    Computer,
    ComputerKind,
    ComputerStatus,
    InternetAccount,
    OfficeProfile,
    Setting,
    Staff,
)

__all__ = [
    "AntivirusInstall",
    "Base",
    "Computer",
    "ComputerKind",
    "ComputerStatus",
    "EvidenceFile",
    "EvidenceLink",
    "InternetAccount",
    "OfficeProfile",
    "Setting",
    "Staff",
]
