"""The IT work the rubrics score (``shared/docs/rubrics.md``): online meetings, trainings
and awareness activities, IT governance, the website, จปฐ. collection, central-database
updates, the model information tambon, Click ชุมชน, the innovation report, and each fiscal
year's targets. Choice columns hold short English tokens (``session_call``, ``F1`` …);
their Thai names and every field's label live in ``cddesk/kinds.py``. Lists (attendees,
channels, tools) are JSON arrays of text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped


def _text(length: int = 300) -> Mapped[str]:
    return mapped_column(String(length), default="")


def _list() -> Mapped[list[str]]:
    return mapped_column(JSON, default=list)


class YearPlan(Base, Timestamped):
    """Targets and choices of one fiscal year (B.E.): จปฐ. target, OTOP operators …"""

    __tablename__ = "year_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, unique=True)
    jpt_target: Mapped[int | None] = mapped_column(Integer, nullable=True)
    jpt_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    otop_operator_base: Mapped[int | None] = mapped_column(Integer, nullable=True)
    heads_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    download_target: Mapped[int | None] = mapped_column(Integer, nullable=True)
    model_tambon: Mapped[str] = _text(200)
    website_url: Mapped[str] = _text(500)
    notes: Mapped[str] = mapped_column(Text, default="")
    website_design_score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # self-rated 0–15
    role_model_nominee: Mapped[str] = _text(200)  # the staff member nominated as IT role model


class OnlineMeeting(Base, Timestamped):
    __tablename__ = "online_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    joined_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    topic: Mapped[str] = _text(500)
    organiser: Mapped[str] = _text()
    participants: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attendees: Mapped[list[str]] = _list()
    invited_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingActivity(Base, Timestamped):
    """A training, meeting, exchange, manual, infographic, video or visit (D1, Click ชุมชน)."""

    __tablename__ = "training_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(20))
    security_format: Mapped[str] = _text(4)
    tools: Mapped[list[str]] = _list()
    kind: Mapped[str] = mapped_column(String(20))
    by_office: Mapped[bool] = mapped_column(Boolean, default=True)
    organiser: Mapped[str] = _text()
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = _text(500)
    place: Mapped[str] = _text()
    audience: Mapped[list[str]] = _list()
    participants: Mapped[int | None] = mapped_column(Integer, nullable=True)
    participant_names: Mapped[list[str]] = _list()
    downloads: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class GovernanceAction(Base, Timestamped):
    __tablename__ = "governance_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = _text(500)
    order_number: Mapped[str] = _text(100)
    notes: Mapped[str] = mapped_column(Text, default="")


class WebsiteUpdate(Base, Timestamped):
    """One of the four basic website sections brought up to date on a date."""

    __tablename__ = "website_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    url: Mapped[str] = _text(2000)
    notes: Mapped[str] = mapped_column(Text, default="")


class WebsiteNews(Base, Timestamped):
    """A news post, or a month's count of posts with a link to the list (count > 1)."""

    __tablename__ = "website_news"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = _text(500)
    url: Mapped[str] = _text(2000)
    count: Mapped[int] = mapped_column(Integer, default=1)


class JptProgress(Base, Timestamped):
    """จปฐ. households collected so far (cumulative) as of a date."""

    __tablename__ = "jpt_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    collected: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class CentralDbUpdate(Base, Timestamped):
    __tablename__ = "central_db_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    database: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=True)
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)  # OTOP sales (baht)
    notes: Mapped[str] = mapped_column(Text, default="")


class ModelTambonStep(Base, Timestamped):
    __tablename__ = "model_tambon_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[str] = mapped_column(String(2))
    part: Mapped[str] = _text(10)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    url: Mapped[str] = _text(2000)
    notes: Mapped[str] = mapped_column(Text, default="")


class ClickAction(Base, Timestamped):
    """Click ชุมชน working group appointed, or summary report to executives."""

    __tablename__ = "click_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = _text(500)
    order_number: Mapped[str] = _text(100)


class ClickFigure(Base, Timestamped):
    """A figure from the Click ชุมชน system: shop registrations, tourism entries, downloads."""

    __tablename__ = "click_figure"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    count: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class ClickPromotion(Base, Timestamped):
    __tablename__ = "click_promotion"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = _text(500)
    channels: Mapped[list[str]] = _list()
    url: Mapped[str] = _text(2000)


class ClickHeadDownload(Base, Timestamped):
    """A head of agency (MoI, district level) who installed Click ชุมชน."""

    __tablename__ = "click_head_download"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    position: Mapped[str] = _text()
    name: Mapped[str] = _text()


class ClickServiceCheck(Base, Timestamped):
    """A Click ชุมชน service checked: is its data correct, complete and current?"""

    __tablename__ = "click_service_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    service: Mapped[str] = _text(200)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class InnovationReport(Base, Timestamped):
    """The innovation report form of domain 5 and its five self-assessment items."""

    __tablename__ = "innovation_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    name_th: Mapped[str] = _text(500)
    name_en: Mapped[str] = _text(500)
    unit: Mapped[str] = _text()
    coordinator: Mapped[str] = _text()
    position: Mapped[str] = _text()
    phone: Mapped[str] = _text(50)
    email: Mapped[str] = _text(200)
    line_id: Mapped[str] = _text(100)
    background: Mapped[str] = mapped_column(Text, default="")
    concept: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[str] = mapped_column(Text, default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    item_1_1: Mapped[bool] = mapped_column(Boolean, default=False)
    item_1_2: Mapped[bool] = mapped_column(Boolean, default=False)
    item_2_1: Mapped[bool] = mapped_column(Boolean, default=False)
    item_2_2: Mapped[bool] = mapped_column(Boolean, default=False)
    item_2_3: Mapped[bool] = mapped_column(Boolean, default=False)
