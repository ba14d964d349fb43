"""The SQLite triggers that keep the survey counts (``survey_answer_counts``,
``survey_respondent_counts``, ``survey_revisions``) equal to the questionnaires.

Why triggers: the answers of a questionnaire are one synced JSON field (see
``evaltool.models.survey.Response``); the counts are an index of it that must follow
*every* write in the same transaction — the ORM, the sync merge, a project copy, a
migration's data step, a script with plain SQL. The database is the one place that sees
them all, so the database keeps the index (a flush hook would miss bulk statements and
JSON edited in place).

Invariants (checked by ``tests/unit/test_survey_counts.py`` against a recount from the
JSON):

- ``survey_answer_counts``: for each survey, group ("" = none), question key and answer
  value (JSON text, see ``VALUE``), the number of live (not tombstoned) questionnaires
  whose answers hold that key with that value; no row has n ≤ 0. A questionnaire whose
  ``answers`` is not a JSON object counts as having no answers (as the tally always did).
- ``survey_respondent_counts``: live questionnaires per survey, group, level, unit name.
- ``survey_revisions``: a new random token for a survey at every write to it, its
  questions, its groups or its questionnaires.

SQLite drops a table's triggers with the table, and Alembic's batch mode rebuilds a
table by copy, drop and rename: a later revision that batch-alters ``responses`` would
silently stop the counting. So ``ensure_survey_counts`` runs after every upgrade that
reaches the head (``migrations/env.py``): when a trigger is missing or differs from
``TRIGGERS`` it recreates them all and recounts from the questionnaires. A change to
``TRIGGERS`` therefore needs a new revision (which may hold nothing else) so that every
database runs the check.

Other databases (the PostgreSQL team hub) get the tables but no triggers; the survey
package reads the questionnaires' JSON there (``evaltool.survey.counts``).

This module belongs to the models layer: it imports nothing of ours.
"""
from __future__ import annotations

from sqlalchemy.engine import Connection

#: JSON object of a questionnaire's answers, or NULL (no answers) when the text is not one.
#: CASE evaluates lazily, so ``json_type`` never sees invalid JSON.
_OBJ = "CASE WHEN json_valid({x}) THEN CASE json_type({x}) WHEN 'object' THEN {x} END END"

#: One answer of ``json_each`` as JSON text: 1 → '1', 2.5 → '2.5', "文字" → '"文字"',
#: [1,3] → '[1,3]', true → 'true' (``json_quote`` alone would give '1' for true).
VALUE = "CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_quote(j.value) END"


def _bump(survey: str) -> str:
    return (f"INSERT INTO survey_revisions (survey_id, token) SELECT {survey}, lower(hex(randomblob(8))) "
            f"WHERE {survey} IS NOT NULL ON CONFLICT (survey_id) DO UPDATE SET token = excluded.token;")


def _add(r: str) -> str:
    """Count questionnaire ``r`` (NEW) in; DISTINCT makes a key repeated in the JSON text
    count once, as ``_remove`` takes it out once."""
    return f"""
  INSERT INTO survey_respondent_counts (survey_id, group_id, level, unit_name, n)
    SELECT {r}.survey_id, coalesce({r}.group_id, ''), coalesce({r}.level, ''), coalesce({r}.unit_name, ''), 1
    WHERE {r}.deleted = 0
    ON CONFLICT (survey_id, group_id, level, unit_name) DO UPDATE SET n = n + 1;
  INSERT INTO survey_answer_counts (survey_id, group_id, qkey, value, n)
    SELECT DISTINCT {r}.survey_id, coalesce({r}.group_id, ''), j.key, {VALUE}, 1
    FROM json_each({_OBJ.format(x=r + '.answers')}) AS j
    WHERE {r}.deleted = 0
    ON CONFLICT (survey_id, group_id, qkey, value) DO UPDATE SET n = n + 1;"""


def _remove(r: str) -> str:
    """Count questionnaire ``r`` (OLD) out, removing counts that fall to zero."""
    respondent = (f"{r}.deleted = 0 AND survey_id = {r}.survey_id AND group_id = coalesce({r}.group_id, '') "
                  f"AND level = coalesce({r}.level, '') AND unit_name = coalesce({r}.unit_name, '')")
    answers = (f"{r}.deleted = 0 AND survey_id = {r}.survey_id AND group_id = coalesce({r}.group_id, '') "
               f"AND (qkey, value) IN (SELECT j.key, {VALUE} FROM json_each({_OBJ.format(x=r + '.answers')}) AS j)")
    return f"""
  UPDATE survey_respondent_counts SET n = n - 1 WHERE {respondent};
  DELETE FROM survey_respondent_counts WHERE n <= 0 AND {respondent};
  UPDATE survey_answer_counts SET n = n - 1 WHERE {answers};
  DELETE FROM survey_answer_counts WHERE n <= 0 AND {answers};"""


def _trigger(name: str, event: str, table: str, body: str) -> tuple[str, str]:
    return name, f"CREATE TRIGGER {name} AFTER {event} ON {table}\nBEGIN{body}\nEND"


#: (name, CREATE TRIGGER statement), in creation order.
TRIGGERS: list[tuple[str, str]] = [
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
for _table in ("survey_questions", "respondent_groups"):
    TRIGGERS += [
        _trigger(f"survey_counts_{_table}_insert", "INSERT", _table, f"\n  {_bump('NEW.survey_id')}"),
        _trigger(f"survey_counts_{_table}_update", "UPDATE", _table,
                 f"\n  {_bump('OLD.survey_id')}\n  {_bump('NEW.survey_id')}"),
        _trigger(f"survey_counts_{_table}_delete", "DELETE", _table, f"\n  {_bump('OLD.survey_id')}"),
    ]

#: Recount everything from the questionnaires (the migration's data step, and after
#: ``ensure_survey_counts`` recreated the triggers).
REBUILD: list[str] = [
    "DELETE FROM survey_answer_counts",
    "DELETE FROM survey_respondent_counts",
    """INSERT INTO survey_respondent_counts (survey_id, group_id, level, unit_name, n)
    SELECT survey_id, coalesce(group_id, ''), coalesce(level, ''), coalesce(unit_name, ''), count(*)
    FROM responses WHERE deleted = 0 GROUP BY 1, 2, 3, 4""",
    f"""INSERT INTO survey_answer_counts (survey_id, group_id, qkey, value, n)
    SELECT survey_id, g, k, v, count(*) FROM (
      SELECT DISTINCT r.id, r.survey_id AS survey_id, coalesce(r.group_id, '') AS g, j.key AS k, {VALUE} AS v
      FROM responses AS r, json_each({_OBJ.format(x='r.answers')}) AS j WHERE r.deleted = 0)
    GROUP BY 1, 2, 3, 4""",
    "INSERT OR REPLACE INTO survey_revisions (survey_id, token) SELECT id, lower(hex(randomblob(8))) FROM surveys",
]


def _normalized(sql: str) -> str:
    return " ".join(sql.split())


def rebuild_survey_counts(conn: Connection) -> None:
    """Recount every survey from its questionnaires (inside the caller's transaction)."""
    for sql in REBUILD:
        conn.exec_driver_sql(sql)


def ensure_survey_counts(conn: Connection) -> bool:
    """Make the triggers those of ``TRIGGERS``; if any was missing or different, recreate
    them all and recount (inside the caller's transaction). True when it had to.

    Only for a database at the head revision (the tables must have the head's shape);
    does nothing on databases other than SQLite.
    """
    if conn.dialect.name != "sqlite":
        return False
    have = {str(name): _normalized(str(sql)) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'survey_counts_*'")}
    want = {name: _normalized(sql) for name, sql in TRIGGERS}
    if have == want:
        return False
    for name in have:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for _name, sql in TRIGGERS:
        conn.exec_driver_sql(sql)
    rebuild_survey_counts(conn)
    return True
