"""Who sees what on the hub, with real login roles: row-level security by project membership,
the lead managing the team, evidence files behind the same policies, partners reading all."""
from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from evaltool import hub, sync
from evaltool.db import Database
from evaltool.errors import NotFoundError
from evaltool.evidence import add_files
from evaltool.hub.connect import HubError
from evaltool.models import EvidenceItem
from evaltool.projects import create_project, update_project
from tests.hub.conftest import PREFIX, state


def raw(h: hub.Hub, sql: str, params: dict | None = None) -> list:
    """Rows of ``sql`` run over this person's own connection (no evaltool code in between)."""
    url = h.address.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as con:
        return con.execute(sql, params or {}).fetchall()


@pytest.fixture
def two_teams(demo_db: Database, demo_project_id: str, person, laptops, tmp_path: Path):
    """wang leads the demo (with an evidence file), li leads a project of her own."""
    wang, li = person("wang"), person("li")
    doc = tmp_path / "合同.pdf"
    doc.write_bytes(b"%PDF-1.4 contract " * 500)
    with demo_db.session() as s:
        item_id = add_files(s, demo_project_id, [doc])[0].item_id
    hub.push_project(demo_db, wang, demo_project_id)
    li_laptop = laptops("李华", "lead")
    with li_laptop.session() as s:
        other = create_project(s, "市智慧城管平台运维项目").id
    hub.push_project(li_laptop, li, other)
    with demo_db.read_session() as s:
        sha = s.get(EvidenceItem, item_id).sha256
    return wang, li, li_laptop, other, sha


def test_a_member_reads_only_the_projects_of_their_team(two_teams, demo_project_id: str) -> None:
    wang, li, _li_laptop, other, sha = two_teams
    assert [p.id for p in hub.list_portfolio(li)] == [other]
    assert [p.id for p in hub.list_portfolio(wang)] == [demo_project_id]
    # at the SQL level, over li's own connection: no row of the demo anywhere
    for table in ("projects", "indicators", "scores", "final_scores", "report_sections", "evidence_items",
                  "hub_project_summaries", "hub_leaf_results", "hub_members", "hub_coverage"):
        column = "id" if table == "projects" else "project_id"
        assert raw(li, f"SELECT count(*) FROM {table} WHERE {column} = %(p)s", {"p": demo_project_id}) == [(0,)], table
    assert raw(li, "SELECT count(*) FROM change_log WHERE project_id = %(p)s", {"p": demo_project_id}) == [(0,)]
    assert raw(li, "SELECT count(*) FROM hub_blob_chunks WHERE sha256 = %(s)s", {"s": sha}) == [(0,)]
    assert raw(wang, "SELECT count(*) FROM hub_blob_chunks WHERE sha256 = %(s)s", {"s": sha}) == [(1,)]
    # the search and the statistics see li's project only
    assert hub.search(li, "运维合同") == [] and hub.search(wang, "运维合同") != []
    assert hub.portfolio_report(li, min_projects=1).projects == 1


def test_a_member_cannot_write_into_another_teams_project(two_teams, demo_project_id: str, demo_db: Database,
                                                         tmp_path: Path) -> None:
    _wang, li, li_laptop, _other, _sha = two_teams
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        raw(li, "INSERT INTO report_sections (id, project_id, key, text, created_at, updated_at, deleted) "
                "VALUES ('x', %(p)s, 'k', 't', '', '', false)", {"p": demo_project_id})
    with pytest.raises(NotFoundError):
        hub.pull_project(li_laptop, li, demo_project_id)
    # nor by pushing a copy that reached her laptop on a USB stick
    usb = tmp_path / "usb"
    usb.mkdir()
    sync.import_package(li_laptop, sync.export_package(demo_db, demo_project_id, usb).path)
    before = raw(li, "SELECT count(*) FROM change_log")
    with pytest.raises(HubError, match="not a member"):
        hub.push_project(li_laptop, li, demo_project_id)
    assert raw(li, "SELECT count(*) FROM change_log") == before


def test_the_lead_adds_and_removes_members_and_access_follows(two_teams, demo_project_id: str, demo_db: Database,
                                                             person) -> None:
    wang, li, li_laptop, _other, sha = two_teams
    with pytest.raises(NotFoundError):
        hub.add_member(li, demo_project_id, f"{PREFIX}_li")  # li cannot even see it
    team = hub.add_member(wang, demo_project_id, f"{PREFIX}_li", "member")
    assert {(m.role_name, m.project_role) for m in team} == {(f"{PREFIX}_wang", "lead"), (f"{PREFIX}_li", "member")}
    pulled = hub.pull_project(li_laptop, li, demo_project_id)
    assert pulled.project_created and pulled.evidence_files == 1 and pulled.role == "member"
    assert state(li_laptop, demo_project_id) == state(demo_db, demo_project_id)
    # a member works on the project (pushes) but does not manage its team
    with li_laptop.session() as s:
        update_project(s, demo_project_id, report_date="2023-05-31")
    assert hub.push_project(li_laptop, li, demo_project_id).changes_new == 1
    with pytest.raises(HubError, match="Only a lead"):
        hub.add_member(li, demo_project_id, f"{PREFIX}_li", "lead")
    with pytest.raises(HubError, match="only lead"):
        hub.remove_member(wang, demo_project_id, f"{PREFIX}_wang")
    hub.remove_member(wang, demo_project_id, f"{PREFIX}_li")
    assert raw(li, "SELECT count(*) FROM scores WHERE project_id = %(p)s", {"p": demo_project_id}) == [(0,)]
    assert raw(li, "SELECT count(*) FROM hub_blob_chunks WHERE sha256 = %(s)s", {"s": sha}) == [(0,)]
    with pytest.raises(HubError, match="not a member"):
        hub.push_project(li_laptop, li, demo_project_id)


def test_adding_a_person_without_a_database_role_is_refused(two_teams, demo_project_id: str) -> None:
    wang = two_teams[0]
    with pytest.raises(NotFoundError, match="createuser"):
        hub.add_member(wang, demo_project_id, f"{PREFIX}_nobody")


def test_a_new_person_is_enrolled_by_the_lead(two_teams, demo_project_id: str, person) -> None:
    wang = two_teams[0]
    zhao = person("zhao", team=False)  # a login role the administrator made, in no group yet
    with pytest.raises(HubError):
        hub.list_portfolio(zhao)
    hub.add_member(wang, demo_project_id, f"{PREFIX}_zhao", "expert")
    assert [(p.id, p.my_role) for p in hub.list_portfolio(zhao)] == [(demo_project_id, "expert")]


def test_a_partner_reads_the_whole_portfolio_but_pushes_nothing(two_teams, demo_project_id: str, demo_db: Database,
                                                                person) -> None:
    _wang, _li, _li_laptop, other, _sha = two_teams
    partner = person("partner", partner=True, team=False)
    assert sorted(p.id for p in hub.list_portfolio(partner)) == sorted([demo_project_id, other])
    assert all(p.my_role == "" for p in hub.list_portfolio(partner))
    with pytest.raises(HubError, match="not on its team"):
        hub.push_project(demo_db, partner, demo_project_id)
