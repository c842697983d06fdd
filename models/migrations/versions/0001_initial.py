"""initial registers: office, staff, computers, antivirus, internet accounts, evidence

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 02:08:16.572468
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evidence_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('added_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_file')),
    sa.UniqueConstraint('sha256', name=op.f('uq_evidence_file_sha256'))
    )
    op.create_table('office_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('province_name', sa.String(length=100), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('district_name', sa.String(length=100), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('head_name', sa.String(length=200), nullable=False),
    sa.Column('head_position', sa.String(length=200), nullable=False),
    sa.Column('it_officer_name', sa.String(length=200), nullable=False),
    sa.Column('it_officer_position', sa.String(length=200), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('survey_deadline', sa.Date(), nullable=False),
    sa.Column('antivirus_product', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_profile'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('line_id', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    op.create_table('computer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_number', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('DESKTOP', 'NOTEBOOK', 'SERVER', 'TABLET', 'OTHER', name='computerkind', native_enum=False, length=20), nullable=False),
    sa.Column('brand', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('serial_number', sa.String(length=100), nullable=True),
    sa.Column('cpu', sa.String(length=200), nullable=False),
    sa.Column('ram_gb', sa.Float(), nullable=True),
    sa.Column('disk_gb', sa.Float(), nullable=True),
    sa.Column('os_name', sa.String(length=200), nullable=False),
    sa.Column('os_version', sa.String(length=100), nullable=False),
    sa.Column('acquired_date', sa.Date(), nullable=True),
    sa.Column('budget_source', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('responsible_staff_id', sa.Integer(), nullable=True),
    sa.Column('hostname', sa.String(length=100), nullable=False),
    sa.Column('ip_address', sa.String(length=64), nullable=False),
    sa.Column('mac_address', sa.String(length=32), nullable=False),
    sa.Column('status', sa.Enum('USABLE', 'BROKEN', 'AWAITING_DISPOSAL', 'DISPOSED', name='computerstatus', native_enum=False, length=20), nullable=False),
    sa.Column('survey_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['responsible_staff_id'], ['staff.id'], name=op.f('fk_computer_responsible_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_computer')),
    sa.UniqueConstraint('asset_number', name=op.f('uq_computer_asset_number')),
    sa.UniqueConstraint('serial_number', name=op.f('uq_computer_serial_number'))
    )
    op.create_table('evidence_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_kind', sa.String(length=50), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('caption', sa.String(length=300), nullable=False),
    sa.Column('added_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['evidence_file.id'], name=op.f('fk_evidence_link_file_id_evidence_file'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_link'))
    )
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_link_file_id'), ['file_id'], unique=False)
        batch_op.create_index('ix_evidence_link_owner', ['owner_kind', 'owner_id'], unique=False)

    op.create_table('internet_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('account_type', sa.String(length=100), nullable=False),
    sa.Column('created_date', sa.Date(), nullable=True),
    sa.Column('last_reviewed', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_internet_account_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internet_account')),
    sa.UniqueConstraint('username', name=op.f('uq_internet_account_username'))
    )
    with op.batch_alter_table('internet_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internet_account_staff_id'), ['staff_id'], unique=False)

    op.create_table('antivirus_install',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('computer_id', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=100), nullable=False),
    sa.Column('installed_date', sa.Date(), nullable=False),
    sa.Column('licence_expiry', sa.Date(), nullable=True),
    sa.Column('definitions_updated', sa.Date(), nullable=True),
    sa.Column('installed_by', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['computer_id'], ['computer.id'], name=op.f('fk_antivirus_install_computer_id_computer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_antivirus_install'))
    )
    with op.batch_alter_table('antivirus_install', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_antivirus_install_computer_id'), ['computer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('antivirus_install', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_antivirus_install_computer_id'))

    op.drop_table('antivirus_install')
    with op.batch_alter_table('internet_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_internet_account_staff_id'))

    op.drop_table('internet_account')
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.drop_index('ix_evidence_link_owner')
        batch_op.drop_index(batch_op.f('ix_evidence_link_file_id'))

    op.drop_table('evidence_link')
    op.drop_table('computer')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('office_profile')
    op.drop_table('evidence_file')
