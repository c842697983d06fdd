"""The seeds' other programmes (``shared/docs/rubrics.md`` §2, §4, §5):

- the register of past outstanding IT villages (หมู่บ้านสารสนเทศชุมชนดีเด่น) and model
  information tambons, and the office's candidates for a new year with what the
  lesson-learned document says about them;
- the website contest self-check (one row per checklist item ticked, with its link);
- staff members' IT portfolio works (IT role model);
- training-needs survey responses (part 1 and the ten ratings of part 2, up to four
  "other" topics).

Choice columns hold short English tokens; Thai names live with the services.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped


def _text(length: int = 300) -> Mapped[str]:
    return mapped_column(String(length), default="")


def _long() -> Mapped[str]:
    return mapped_column(Text, default="")


class ItVillage(Base, Timestamped):
    """One row of the register of past IT villages (``kind`` village) or model tambons
    (``kind`` tambon) at district or province ``level`` in a B.E. ``year``."""

    __tablename__ = "it_village"
    __table_args__ = (UniqueConstraint("kind", "level", "year", "province", "district", "tambon", "village", "moo"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="village")  # village | tambon
    level: Mapped[str] = mapped_column(String(10), default="district")  # district | province
    year: Mapped[int] = mapped_column(Integer)
    province: Mapped[str] = _text(100)
    district: Mapped[str] = _text(100)
    tambon: Mapped[str] = _text(100)
    village: Mapped[str] = _text(200)
    moo: Mapped[int | None] = mapped_column(Integer, nullable=True)
    district_code: Mapped[str] = _text(10)  # the gazetteer's, once the name is matched
    notes: Mapped[str] = _long()


class ItVillageCandidate(Base, Timestamped):
    """The office's candidate for a fiscal year (one village and one tambon per district),
    and the lesson-learned content (parts 1–2) the document is filled from."""

    __tablename__ = "it_village_candidate"
    __table_args__ = (UniqueConstraint("kind", "fiscal_year", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="village")
    level: Mapped[str] = mapped_column(String(10), default="district")
    fiscal_year: Mapped[int] = mapped_column(Integer)
    tambon: Mapped[str] = _text(100)
    village: Mapped[str] = _text(200)
    moo: Mapped[int | None] = mapped_column(Integer, nullable=True)
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    history: Mapped[str] = _long()
    leaders: Mapped[str] = _long()
    products: Mapped[str] = _long()
    tourism: Mapped[str] = _long()
    culture: Mapped[str] = _long()
    other: Mapped[str] = _long()
    management: Mapped[str] = _long()
    gis: Mapped[str] = _long()
    planning: Mapped[str] = _long()
    projects: Mapped[str] = _long()
    publicity: Mapped[str] = _long()
    notes: Mapped[str] = _long()


class WebsiteCheck(Base, Timestamped):
    """A website-contest checklist item the office's site has (``item`` is the rubric's key)."""

    __tablename__ = "website_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    item: Mapped[str] = mapped_column(String(60))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    url: Mapped[str] = _text(500)
    notes: Mapped[str] = _long()


class PortfolioWork(Base, Timestamped):
    """A staff member's IT work: ``category`` website | media | social | software."""

    __tablename__ = "portfolio_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_name: Mapped[str] = _text(200)
    category: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = _text(500)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    url: Mapped[str] = _text(500)
    notes: Mapped[str] = _long()


class SurveyResponse(Base, Timestamped):
    """One completed training-needs questionnaire. Ratings are 5 (มากที่สุด) … 1 (น้อยที่สุด),
    None when left blank."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    sex: Mapped[str] = _text(20)
    age_band: Mapped[str] = _text(20)
    level: Mapped[str] = _text(30)
    affiliation: Mapped[str] = _text(30)
    r1: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r2: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r3: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r4: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r5: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r6: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r7: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r8: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r9: Mapped[int | None] = mapped_column(Integer, nullable=True)
    r10: Mapped[int | None] = mapped_column(Integer, nullable=True)
    other1: Mapped[str] = _text(300)
    other1_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    other2: Mapped[str] = _text(300)
    other2_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    other3: Mapped[str] = _text(300)
    other3_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    other4: Mapped[str] = _text(300)
    other4_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = _long()
