"""change counts: a row per table and triggers that count its writes (and evidence per owner kind)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 10:50:00

Scoring reads 100,000-row registers once and then only the tables written since
(cddesk/facts_reader.py). The table list is this revision's schema, written out, so the
migration does not change when later revisions add tables (they add their own triggers with
models.changes.trigger_sql; a change to what the triggers do is a new revision that drops and
remakes them).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.changes import trigger_sql

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TABLES = (
    "antivirus_install", "central_db_update", "click_action", "click_figure", "click_head_download",
    "click_promotion", "click_service_check", "computer", "evidence_file", "evidence_link", "governance_action",
    "innovation_report", "internet_account", "it_village", "it_village_candidate", "jpt_progress",
    "model_tambon_step", "office_profile", "online_meeting", "portfolio_work", "province_district",
    "province_package", "setting", "staff", "survey_response", "training_activity", "website_check",
    "website_news", "website_update", "year_plan",
)


def upgrade() -> None:
    op.create_table('change_count',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_change_count'))
    )
    for table in TABLES:
        for statement in trigger_sql(table):
            op.execute(statement)


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS change_count_{table}_{event}")
    op.drop_table('change_count')
