"""What an officer calls a record that carries evidence: "เครื่องคอมพิวเตอร์ 7440-001-0001/68",
"บุคลากร นางสาวน้ำฝน ฝั่งโขง" — used wherever evidence is traced back to its records.
Registers add one line to ``_DESCRIBERS``; activity kinds describe themselves (cddesk/kinds.py)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from cddesk.it_villages import describe_candidate
from cddesk.kinds import KIND_BY_KEY, Kind
from models import AntivirusInstall, Computer, InternetAccount, Staff


def _computer(s: Session, record_id: int) -> str | None:
    row = s.get(Computer, record_id)
    return f"{row.asset_number} {row.brand} {row.model}".strip() if row else None


def _install(s: Session, record_id: int) -> str | None:
    row = s.get(AntivirusInstall, record_id)
    return f"{row.product} บนเครื่อง {row.computer.asset_number}" if row else None


def _staff(s: Session, record_id: int) -> str | None:
    row = s.get(Staff, record_id)
    return row.name if row else None


def _account(s: Session, record_id: int) -> str | None:
    row = s.get(InternetAccount, record_id)
    return f"{row.username} ({row.staff.name})" if row else None


_DESCRIBERS: dict[str, Callable[[Session, int], str | None]] = {
    "computer": _computer,
    "antivirus_install": _install,
    "staff": _staff,
    "internet_account": _account,
    "it_village_candidate": describe_candidate,
}


def _activity(s: Session, kind: Kind, record_id: int) -> str | None:
    from cddesk.services.activities import data_of

    row = s.get(kind.model, record_id)
    return kind.describe(data_of(kind, row)) if row else None


def describe(session: Session, owner_kind: str, owner_id: int) -> str:
    """The record's everyday name, or a plain fallback when it is gone or unknown."""
    describer = _DESCRIBERS.get(owner_kind)
    kind = KIND_BY_KEY.get(owner_kind)
    text = (describer(session, owner_id) if describer
            else _activity(session, kind, owner_id) if kind else None)
    return text or f"รายการที่ {owner_id} (ไม่พบแล้ว)"
