"""survey answer and respondent counts

The tally of a survey read and parsed every questionnaire's answers (JSON) each time it
was shown (issue 20: 0.93 s for 100,000 questionnaires × 20 questions). This revision
adds counts kept by the database itself, so a tally reads a few hundred rows:

- ``survey_answer_counts``: live questionnaires per survey, group, question key and
  answer (JSON text);
- ``survey_respondent_counts``: live questionnaires per survey, group, level, unit name;
- ``survey_revisions``: a random token per survey, replaced at every write to the survey,
  its questions, groups or questionnaires (the key of cached tallies).

The questionnaire's ``answers`` stays the synced truth; these tables are derived, never
synced. On SQLite, triggers keep them equal to the questionnaires in every transaction,
and the existing questionnaires are counted here (no stored value changes). The trigger
text below is a frozen copy of ``evaltool.models.survey_counts`` at this revision (a
released revision must not change when that module does; ``migrations/env.py`` brings a
database at the head up to the module's current triggers).

Other databases (the PostgreSQL team hub) get the empty tables only; the survey package
reads the questionnaires' JSON there.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:50:53.158781
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_OBJ = "CASE WHEN json_valid({x}) THEN CASE json_type({x}) WHEN 'object' THEN {x} END END"
_VALUE = "CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_quote(j.value) END"


def _bump(survey: str) -> str:
    return (f"INSERT INTO survey_revisions (survey_id, token) SELECT {survey}, lower(hex(randomblob(8))) "
            f"WHERE {survey} IS NOT NULL ON CONFLICT (survey_id) DO UPDATE SET token = excluded.token;")


def _add(r: str) -> str:
    return f"""
  INSERT INTO survey_respondent_counts (survey_id, group_id, level, unit_name, n)
    SELECT {r}.survey_id, coalesce({r}.group_id, ''), coalesce({r}.level, ''), coalesce({r}.unit_name, ''), 1
    WHERE {r}.deleted = 0
    ON CONFLICT (survey_id, group_id, level, unit_name) DO UPDATE SET n = n + 1;
  INSERT INTO survey_answer_counts (survey_id, group_id, qkey, value, n)
    SELECT DISTINCT {r}.survey_id, coalesce({r}.group_id, ''), j.key, {_VALUE}, 1
    FROM json_each({_OBJ.format(x=r + '.answers')}) AS j
    WHERE {r}.deleted = 0
    ON CONFLICT (survey_id, group_id, qkey, value) DO UPDATE SET n = n + 1;"""


def _remove(r: str) -> str:
    respondent = (f"{r}.deleted = 0 AND survey_id = {r}.survey_id AND group_id = coalesce({r}.group_id, '') "
                  f"AND level = coalesce({r}.level, '') AND unit_name = coalesce({r}.unit_name, '')")
    answers = (f"{r}.deleted = 0 AND survey_id = {r}.survey_id AND group_id = coalesce({r}.group_id, '') "
               f"AND (qkey, value) IN (SELECT j.key, {_VALUE} FROM json_each({_OBJ.format(x=r + '.answers')}) AS j)")
    return f"""
  UPDATE survey_respondent_counts SET n = n - 1 WHERE {respondent};
  DELETE FROM survey_respondent_counts WHERE n <= 0 AND {respondent};
  UPDATE survey_answer_counts SET n = n - 1 WHERE {answers};
  DELETE FROM survey_answer_counts WHERE n <= 0 AND {answers};"""


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} ON {table}\nBEGIN{body}\nEND"


def _triggers() -> list[str]:
    out = [
        _trigger("survey_counts_responses_insert", "INSERT", "responses",
                 f"\n  {_bump('NEW.survey_id')}{_add('NEW')}"),
        _trigger("survey_counts_responses_update",
                 "UPDATE OF survey_id, group_id, level, unit_name, answers, deleted", "responses",
                 f"\n  {_bump('OLD.survey_id')}\n  {_bump('NEW.survey_id')}{_remove('OLD')}{_add('NEW')}"),
        _trigger("survey_counts_responses_delete", "DELETE", "responses",
                 f"\n  {_bump('OLD.survey_id')}{_remove('OLD')}"),
        _trigger("survey_counts_surveys_insert", "INSERT", "surveys", f"\n  {_bump('NEW.id')}"),
        _trigger("survey_counts_surveys_update", "UPDATE", "surveys", f"\n  {_bump('NEW.id')}"),
        _trigger("survey_counts_surveys_delete", "DELETE", "surveys", f"\n  {_bump('OLD.id')}"),
    ]
    for table in ("survey_questions", "respondent_groups"):
        out += [
            _trigger(f"survey_counts_{table}_insert", "INSERT", table, f"\n  {_bump('NEW.survey_id')}"),
            _trigger(f"survey_counts_{table}_update", "UPDATE", table,
                     f"\n  {_bump('OLD.survey_id')}\n  {_bump('NEW.survey_id')}"),
            _trigger(f"survey_counts_{table}_delete", "DELETE", table, f"\n  {_bump('OLD.survey_id')}"),
        ]
    return out


_COUNT_EXISTING = [
    """INSERT INTO survey_respondent_counts (survey_id, group_id, level, unit_name, n)
    SELECT survey_id, coalesce(group_id, ''), coalesce(level, ''), coalesce(unit_name, ''), count(*)
    FROM responses WHERE deleted = 0 GROUP BY 1, 2, 3, 4""",
    f"""INSERT INTO survey_answer_counts (survey_id, group_id, qkey, value, n)
    SELECT survey_id, g, k, v, count(*) FROM (
      SELECT DISTINCT r.id, r.survey_id AS survey_id, coalesce(r.group_id, '') AS g, j.key AS k, {_VALUE} AS v
      FROM responses AS r, json_each({_OBJ.format(x='r.answers')}) AS j WHERE r.deleted = 0)
    GROUP BY 1, 2, 3, 4""",
    "INSERT OR REPLACE INTO survey_revisions (survey_id, token) SELECT id, lower(hex(randomblob(8))) FROM surveys",
]


def upgrade() -> None:
    op.create_table('survey_answer_counts',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('qkey', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('survey_id', 'group_id', 'qkey', 'value', name=op.f('pk_survey_answer_counts')),
    sqlite_with_rowid=False
    )
    op.create_table('survey_respondent_counts',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.Text(), nullable=False),
    sa.Column('unit_name', sa.Text(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('survey_id', 'group_id', 'level', 'unit_name', name=op.f('pk_survey_respondent_counts')),
    sqlite_with_rowid=False
    )
    op.create_table('survey_revisions',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('token', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('survey_id', name=op.f('pk_survey_revisions'))
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for sql in _triggers():
        op.execute(sql)
    for sql in _COUNT_EXISTING:
        op.execute(sql)


def downgrade() -> None:
    # dropping the tables drops their triggers' targets; the triggers live on the source tables
    if op.get_bind().dialect.name == "sqlite":
        for sql in _triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {sql.split()[2]}")
    op.drop_table('survey_revisions')
    op.drop_table('survey_respondent_counts')
    op.drop_table('survey_answer_counts')
