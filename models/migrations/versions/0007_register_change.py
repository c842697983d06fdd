"""register change log: which computers each counted write touched

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 18:20:00

Scoring after a computer is edited read the whole 100,000-computer register again (0.6 s);
with this log (models.changes.RegisterChange, one row per counted write of ``computer``,
``antivirus_install`` or evidence of a computer, at least the latest 10,000 kept) it reads only the
computers written since (cddesk/register_facts.py). The triggers are written out here as
this revision makes them (models.changes.register_log_sql), so that a later change to what
they do is a revision of its own. No change_count triggers for the log, on purpose: it is
bookkeeping, like facts_cache.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.changes import register_log_sql

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TRIGGERS = ["register_change_cut", *(f"register_change_{table}_{event}"
                                     for table in ("computer", "antivirus_install", "evidence_link")
                                     for event in ("insert", "update", "delete"))]


def upgrade() -> None:
    op.create_table('register_change',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('computer_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_register_change'))
    )
    for statement in register_log_sql():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('register_change')
