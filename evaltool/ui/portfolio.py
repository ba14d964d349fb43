"""The Portfolio view: the firm's evaluations on the team hub (shown when a hub is configured).

Three tabs over what the hub lets this person read (row-level security: their projects, a
partner every one): *Projects* (status, total, grade, evaluators, dates; *Get on this laptop*
pulls one that is not here yet and opens it), *Indicators* (statistics across projects for
indicators with the same name: score-rate spread, how often points are lost, the reasons
given most often) and *Search* (comments, narrative and evidence titles, Chinese substrings
too). Every query runs on the window's runner (the hub is over the network); nothing here
writes except *Get on this laptop*, a pull.

``install_portfolio(window)`` adds the view to the window's stack and *File → Firm
portfolio* (visible while a hub address is saved on this laptop).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaltool.errors import EvaltoolError
from evaltool.ui.runner import Job

if TYPE_CHECKING:  # imported on use: the hub (PostgreSQL, Alembic) is not part of a window's start
    from evaltool import hub


def configured_address(db: Any) -> str:
    """The hub address this laptop uses ("" when none); see ``evaltool.ui.pages.sync.hub``."""
    from evaltool.ui.pages.sync.hub import configured_address as address

    return address(db)


def _pct(x: float | None) -> str:
    return "" if x is None else f"{x * 100:.2f}%"


class PortfolioView(QWidget):
    """See the module docstring. ``projects``, ``stats`` and ``hits`` hold what is shown."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.projects: list[hub.PortfolioProject] = []
        self.report: hub.PortfolioReport | None = None
        self.hits: list[hub.SearchHit] = []
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        lay.addWidget(self.heading)
        bar = QHBoxLayout()
        self.where = QLabel()
        bar.addWidget(self.where, 1)
        self.refresh_btn = QPushButton()
        self.refresh_btn.clicked.connect(self.load)
        bar.addWidget(self.refresh_btn)
        lay.addLayout(bar)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.table = self._table("portfolioProjects", 9, stretch=0)
        self.table.doubleClicked.connect(lambda _i: self.get_selected())
        projects = QWidget()
        pl = QVBoxLayout(projects)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.table, 1)
        prow = QHBoxLayout()
        prow.addStretch(1)
        self.get_btn = QPushButton()
        self.get_btn.setObjectName("portfolioGet")
        self.get_btn.clicked.connect(self.get_selected)
        prow.addWidget(self.get_btn)
        pl.addLayout(prow)
        self.tabs.addTab(projects, "")
        self.stats_table = self._table("portfolioIndicators", 7, stretch=6)
        self.tabs.addTab(self.stats_table, "")
        search = QWidget()
        sl = QVBoxLayout(search)
        sl.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("portfolioSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        sl.addWidget(self.search)
        self.hits_table = self._table("portfolioHits", 4, stretch=3)
        sl.addWidget(self.hits_table, 1)
        self.tabs.addTab(search, "")
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.action = QAction(window)
        self.action.setVisible(False)  # until a hub address is found (update_availability)
        self.action.triggered.connect(self.show_view)
        self.retranslate()

    @staticmethod
    def _table(name: str, columns: int, stretch: int) -> QTableWidget:
        t = QTableWidget(0, columns)
        t.setObjectName(name)
        t.verticalHeader().setVisible(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        t.setWordWrap(False)
        return t

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.action.setText(self.tr("Firm &portfolio (team hub)"))
        self.heading.setText(self.tr("Firm portfolio"))
        self.refresh_btn.setText(self.tr("&Refresh"))
        self.get_btn.setText(self.tr("&Get on this laptop and open"))
        self.tabs.setTabText(0, self.tr("Projects"))
        self.tabs.setTabText(1, self.tr("Indicators across projects"))
        self.tabs.setTabText(2, self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Find text in comments, narrative and evidence titles (Enter)"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Project"), self.tr("Status"), self.tr("Total"), self.tr("Grade"), self.tr("Scored"),
            self.tr("Evaluators"), self.tr("Reference date"), self.tr("Last change"), self.tr("My role")])
        self.stats_table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Projects"), self.tr("Mean rate"), self.tr("Median"), self.tr("Range"),
            self.tr("Points lost in"), self.tr("Most common reason")])
        self.hits_table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Project"), self.tr("Where"), self.tr("Text")])
        # The hub's address is looked up when the view or the File menu shows (not while the
        # window starts: that would import the hub client): the action stays hidden until then.
        if self.isVisible():
            self.where.setText(self.tr("Hub: {hub}").format(hub=configured_address(self.window_.db) or "—"))
        if self.projects or self.report is not None or self.hits:  # (rows' texts in the new language)
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, status: str) -> str:
        return {"setup": self.tr("not scored yet"), "scoring": self.tr("scoring"), "scored": self.tr("scored"),
                "signed_off": self.tr("signed off"), "deleted": self.tr("deleted")}.get(status, status)

    def role_text(self, role: str) -> str:
        return {"lead": self.tr("lead"), "member": self.tr("member"), "expert": self.tr("expert"),
                "": self.tr("reader")}.get(role, role)

    def kind_text(self, kind: str) -> str:
        return {"comment": self.tr("comment"), "narrative": self.tr("narrative"),
                "evidence": self.tr("evidence"), "problem": self.tr("problem")}.get(kind, kind)

    # -- showing --------------------------------------------------------------------------
    def update_availability(self) -> None:
        self.action.setVisible(bool(configured_address(self.window_.db)))

    def show_view(self) -> None:
        w = self.window_
        w.sidebar.blockSignals(True)
        w.sidebar.setCurrentRow(-1)  # no sidebar entry is this view; "All projects" leads back home
        w.sidebar.blockSignals(False)
        w.stack.setCurrentWidget(self)
        # focus here, not on the sidebar: a list view taking focus with no current row makes its
        # first row ("All projects") current, which would leave this view
        self.table.setFocus()
        self.where.setText(self.tr("Hub: {hub}").format(hub=configured_address(w.db) or "—"))
        self.load()

    def _address(self) -> hub.HubUrl | None:
        from evaltool import hub

        try:
            address = hub.parse_url(configured_address(self.window_.db))
        except EvaltoolError as exc:
            self.message.setText(str(exc))
            return None
        sync_page = next((p for p in self.window_.pages if p.key == "sync"), None)
        password = sync_page.hub.password.text() if sync_page is not None else ""
        return address.with_password(password or None)

    def load(self) -> None:
        address = self._address()
        if address is None:
            return
        from evaltool import hub

        def work(job: Job) -> tuple[list[hub.PortfolioProject], hub.PortfolioReport]:
            h = hub.open_hub(address)
            try:
                return hub.list_portfolio(h), hub.portfolio_report(h)
            finally:
                h.close()

        def done(result: tuple[list[hub.PortfolioProject], hub.PortfolioReport]) -> None:
            self.projects, self.report = result
            self._fill()
            self.message.setText(self.tr("{n} projects on the hub that you may read.").format(n=len(self.projects)))

        self.window_.runner.run(self.tr("Reading the firm's portfolio…"), work, on_done=done,
                                on_error=lambda exc: self.message.setText(str(exc)), parent=self)

    def run_search(self) -> None:
        address, text = self._address(), self.search.text().strip()
        if address is None or not text:
            return
        from evaltool import hub

        def work(job: Job) -> list[hub.SearchHit]:
            h = hub.open_hub(address)
            try:
                return hub.search(h, text)
            finally:
                h.close()

        def done(hits: list[hub.SearchHit]) -> None:
            self.hits = hits
            self._fill_hits()
            self.message.setText(self.tr("{n} places found.").format(n=len(hits)))

        self.window_.runner.run(self.tr("Searching the hub…"), work, on_done=done,
                                on_error=lambda exc: self.message.setText(str(exc)), parent=self)

    def _fill(self) -> None:
        from evaltool.ui.pages.sync.common import item, local_time  # (the Sync page's module: on use)

        self.table.setRowCount(len(self.projects))
        for i, p in enumerate(self.projects):
            total = f"{p.total:.3f}" if p.total is not None and p.scored else ""
            cells = [p.name, self.status_text(p.status), total, p.grade if p.scored else "", f"{p.scored}/{p.leaves}",
                     "、".join(p.evaluators), p.reference_date or "", local_time(p.last_change_at), self.role_text(p.my_role)]
            for c, text in enumerate(cells):
                self.table.setItem(i, c, item(text, p.id if c == 0 else None, right=c in (2, 4)))
        self.table.resizeColumnsToContents()
        stats = self.report.indicators if self.report is not None else []
        self.stats_table.setRowCount(len(stats))
        for i, st in enumerate(stats):
            reason = st.common_reasons[0]["comment"] if st.common_reasons else ""
            rng = f"{_pct(st.min_rate)} – {_pct(st.max_rate)}" if st.min_rate is not None else ""
            cells = [st.name, str(st.projects), _pct(st.mean_rate), _pct(st.median_rate), rng,
                     f"{st.deducted}/{st.scored}", " ".join(reason.split())[:120]]
            for c, text in enumerate(cells):
                self.stats_table.setItem(i, c, item(text, right=c in (1, 2, 3, 5)))
        self.stats_table.resizeColumnsToContents()
        self._fill_hits()

    def _fill_hits(self) -> None:
        from evaltool.ui.pages.sync.common import item

        self.hits_table.setRowCount(len(self.hits))
        for i, h in enumerate(self.hits):
            for c, text in enumerate((self.kind_text(h.kind), h.project, h.where, h.snippet)):
                self.hits_table.setItem(i, c, item(text, h.project_id if c == 1 else None))
        self.hits_table.resizeColumnsToContents()

    # -- get a project onto this laptop ------------------------------------------------
    def get_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.projects):
            self.message.setText(self.tr("Choose a project first."))
            return
        address = self._address()
        if address is None:
            return
        pid, db = self.projects[row].id, self.window_.db
        from evaltool import hub

        def work(job: Job) -> hub.TransferResult:
            h = hub.open_hub(address)
            try:
                r = hub.pull_project(db, h, pid, progress=job.progress, cancelled=job.cancelled)
            finally:
                h.close()
            job.add_changes(r.touched)
            return r

        def done(r: hub.TransferResult) -> None:
            self.message.setText(self.tr("“{name}” is on this laptop ({n} changes were new here).").format(
                name=r.project_name, n=r.changes_new))
            self.window_.open_project(r.project_id)

        self.window_.runner.run(self.tr("Getting the project from the hub…"), work, on_done=done,
                                on_error=lambda exc: self.message.setText(str(exc)),
                                on_cancelled=lambda: self.message.setText(self.tr("Cancelled; nothing was changed.")),
                                writes=True, clears_undo=True, parent=self)


def install_portfolio(window: Any) -> PortfolioView:
    """Add the Portfolio view to ``window`` (its stack and File menu); returns it."""
    view = PortfolioView(window)
    window.stack.addWidget(view)
    window.m_file.insertAction(window.m_recent.menuAction(), view.action)
    window.m_file.aboutToShow.connect(view.update_availability)
    window.portfolio = view
    return view


