"""The Report page's preview tab: the generated parts of the report (scores, sentences of
附件2, targets) and what the report will leave out, collected on the window's runner.

Collecting the report reads the whole project (a 1,000-leaf project: about a second), so
the page never waits for it: the tab says "Preparing the preview…" and fills in when the
job is done. One collection runs at a time. When the data or the report's language
changes while one runs, it is cancelled and a new one starts once it has stopped (the
latest data wins; a result read before a change is never shown). Nothing is collected
while the tab is hidden (the page left, or the Check tab in front): a hidden tab only
remembers that it is out of date, and a running collection is cancelled when the tab is
hidden. The project's summary and tree are taken from the window's cache when another
page has read them for the current data, and put there when this job read them.

Thread rules: ``_work`` runs on a runner worker with its own read session and touches no
Qt object; everything else runs on the UI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from evaltool.errors import EvaltoolError
from evaltool.i18n import current_language
from evaltool.ui.runner import Job, Task


class PreviewPanel(QWidget):
    """The preview tab; ``lang()`` is the report's language ("zh_CN" / "en")."""

    def __init__(self, window: Any, lang: Callable[[], str]) -> None:
        super().__init__()
        self.window_ = window
        self._lang = lang
        self.project_id: str | None = None
        self.task: Task[Any] | None = None
        self._stale = True  # the preview does not show the current data (or nothing yet)
        self._again = False  # asked for while a collection was running: start anew when it stops
        self._revision = 0  # bumped at every data change: a result read before it is outdated
        self._shown = False  # the browser holds a preview (of some earlier data, maybe)

        window.data_changed.connect(self._bump)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        lay.addWidget(self.label)
        self.browser = QTextBrowser()
        self.browser.setObjectName("reportPreview")
        lay.addWidget(self.browser, 1)
        self.omissions = QLabel()
        self.omissions.setObjectName("reportOmissions")
        self.omissions.setWordWrap(True)
        lay.addWidget(self.omissions)
        self.retranslate()

    # -- state -------------------------------------------------------------------------
    @property
    def preparing(self) -> bool:
        """A collection is running (the tab says so)."""
        return self.task is not None

    def retranslate(self) -> None:
        """A language switch: the omissions are worded in the UI language, so collected again."""
        self.data_changed()

    def _show_state(self) -> None:
        if self.preparing or (self._stale and not self._shown and self.project_id):
            self.label.setText(self.tr("Generated from the scores (preview) — preparing…"))
            if not self._shown:  # nothing to show meanwhile: say what is coming
                self.browser.setPlainText(self.tr("Preparing the preview…"))
                self.omissions.clear()
        else:
            self.label.setText(self.tr("Generated from the scores (preview)"))

    # -- requests ----------------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        """Another project (collected at the next ``request``, e.g. the page's refresh)."""
        self.project_id = project_id
        self._revision += 1
        self._stale, self._shown = True, False
        self.browser.clear()
        self.omissions.clear()
        if self.task is not None:
            self.task.cancel()
        self._show_state()

    def data_changed(self) -> None:
        """The data (or the report's language) changed: the preview is collected again."""
        self._revision += 1
        self._stale = True
        self.request()

    def _bump(self, *_args: Any) -> None:
        # any committed write makes a result read before it outdated (the window's cache
        # was emptied by it: an outdated summary must not go back there)
        self._revision += 1

    def request(self) -> None:
        """Collect the preview if the tab is shown and out of date; a running collection is
        replaced (cancelled, then started anew once it has stopped)."""
        if not self.project_id and self.task is not None:
            self.task.cancel()
        if not self._stale or not self.project_id:
            self._show_state()
            return
        if not self.isVisible():
            return  # collected when shown
        if self.task is not None:
            self._again = True
            self.task.cancel()
            return
        self._start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.request()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().hideEvent(event)
        if self.task is not None:  # not looked at: stop reading the project (collected again when shown)
            self._stale = True
            self._again = False
            self.task.cancel()

    # -- the job -----------------------------------------------------------------------
    def _start(self) -> None:
        pid, lang, rev, ui_lang = self.project_id, self._lang() or "zh_CN", self._revision, current_language()
        assert pid is not None
        window = self.window_
        # what another page read for the current data (None: the job reads it)
        summary, roots = window.peek_cached(("summary", pid)), window.peek_cached(("tree", pid))
        db = window.db

        def work(job: Job) -> tuple[Any, str]:
            from evaltool.export.data import collect
            from evaltool.export.preview import preview_html

            with db.read_session() as s:
                data = collect(s, pid, lang, with_charts=False, extras=False, summary=summary, roots=roots,
                               cancelled=job.cancelled)
            job.check()
            return data, preview_html(data)

        def done(result: tuple[Any, str]) -> None:
            data, html = result
            self._ended()
            current = pid == self.project_id and rev == self._revision and lang == (self._lang() or "zh_CN")
            if not current or self._again or ui_lang != current_language():
                self._restart()
                return
            if summary is None:  # read by this job for the data still current: the other pages use it
                window.cached(("summary", pid), lambda: data.summary)
            if roots is None:
                window.cached(("tree", pid), lambda: data.roots)
            self._stale = False
            self._shown = True
            self.browser.setHtml(html)
            if data.omissions:
                self.omissions.setText(self.tr("Will be reported as left out:") + "\n• " + "\n• ".join(data.omissions))
            else:
                self.omissions.setText(self.tr("Nothing is left out: every leaf is scored and every section written."))
            self._show_state()

        def failed(exc: EvaltoolError) -> None:  # e.g. the project was deleted meanwhile
            self._ended()
            if self._again:
                self._restart()
                return
            self._stale = False
            self._shown = False
            self.browser.setPlainText(str(exc))
            self.omissions.clear()
            self._show_state()

        def cancelled() -> None:
            self._ended()
            self._restart()

        self._again = False
        self.task = window.runner.run(self.tr("Preparing the preview…"), work, on_done=done, on_error=failed,
                                      on_cancelled=cancelled, parent=self, show_dialog=False)
        self._show_state()

    def _ended(self) -> None:
        self.task = None

    def _restart(self) -> None:
        self._again = False
        self._stale = True
        self.request()
