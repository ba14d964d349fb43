"""proposals and change log clock index

- ``proposals``: changes kept for the team lead's decision (evaltool.models.proposals);
  a new table, nothing to carry over.
- ``ix_change_log_hlc``: the start-up clock read (the latest change not from the
  future) is one index seek instead of a scan of the whole change log.

Stored values are not rewritten: records made before this revision keep the
``created_at`` they have; a merge that brings a record new changes derives it from the
clock of the record's first change, as every record made from now on does.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:41:23.600397
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('proposals',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('right', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_device', sa.String(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_proposals_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposals'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_change_id'), ['change_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_row_id'), ['row_id'], unique=False)

    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_hlc', ['hlc'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_hlc')

    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_row_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_project_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_change_id'))

    op.drop_table('proposals')
