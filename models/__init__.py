"""SQLAlchemy 2 ORM classes for one office's database, and its Alembic migrations.

Every schema change is a new revision under ``models/migrations/versions``;
``cddesk.db`` runs them at start-up after taking a backup.
"""

from models.activities import (
    CentralDbUpdate,
    ClickAction,
    ClickFigure,
    ClickHeadDownload,
    ClickPromotion,
    ClickServiceCheck,
    GovernanceAction,
    InnovationReport,
    JptProgress,
    ModelTambonStep,
    OnlineMeeting,
    TrainingActivity,
    WebsiteNews,
    WebsiteUpdate,
    YearPlan,
)
from models.base import Base
from models.changes import ChangeCount, RegisterChange
from models.evidence import EvidenceFile, EvidenceLink
from models.facts_cache import FactsCache
from models.programmes import ItVillage, ItVillageCandidate, PortfolioWork, SurveyResponse, WebsiteCheck
from models.province import ProvinceDistrict, ProvincePackage
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
    "ChangeCount",
    "RegisterChange",
    "Base",
    "ItVillage",
    "ItVillageCandidate",
    "PortfolioWork",
    "SurveyResponse",
    "WebsiteCheck",
    "ProvinceDistrict",
    "ProvincePackage",
    "CentralDbUpdate",
    "ClickAction",
    "ClickFigure",
    "ClickHeadDownload",
    "ClickPromotion",
    "ClickServiceCheck",
    "Computer",
    "ComputerKind",
    "ComputerStatus",
    "EvidenceFile",
    "EvidenceLink",
    "FactsCache",
    "GovernanceAction",
    "InnovationReport",
    "InternetAccount",
    "JptProgress",
    "ModelTambonStep",
    "OfficeProfile",
    "OnlineMeeting",
    "Setting",
    "Staff",
    "TrainingActivity",
    "WebsiteNews",
    "WebsiteUpdate",
    "YearPlan",
]
