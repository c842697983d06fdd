"""facts cache: the scoring engine's prepared facts per part, with the stamp they were made at

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 15:40:00

Reading a 100,000-row office for scoring takes seconds at every start; the prepared facts
are kept here with a stamp made of this schema revision and the change counts of the tables
they were read from (cddesk/facts_store.py), and used while the stamp still matches. The
table lives in the database file so that a backup, a restored file or a copied data folder
carries the cache that belongs to its own rows.

No change_count triggers and no change_count row for this table, on purpose: it is a copy
of what the other tables say, so writing it is not a change of data — with triggers, saving
the cache would change the counts and so the very stamp it was saved under. Later revisions
must not give it triggers either (models.changes.trigger_sql is for tables of records).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('facts_cache',
    sa.Column('part', sa.String(length=60), nullable=False),
    sa.Column('stamp', sa.Text(), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('part', name=op.f('pk_facts_cache'))
    )


def downgrade() -> None:
    op.drop_table('facts_cache')
