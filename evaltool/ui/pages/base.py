"""Base class of the pages shown for an open project."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from evaltool.changes import Changes


class ProjectPage(QWidget):
    """A page of the project view.

    Subclasses set ``key``, implement ``title()`` (translated), ``set_project`` and
    ``on_data_changed``; ``retranslate()`` is called on language change.
    """

    key = "page"

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.project_id: str | None = None

    def title(self) -> str:
        return self.key

    def set_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        pass

    # Hidden pages refresh when shown: rebuilding tables and charts for a page nobody
    # looks at costs thousands of Qt calls per change.
    _stale = False

    def defer_if_hidden(self) -> bool:
        """True (and a refresh is owed on the next show) when the page is hidden."""
        if self.isVisible():
            self._stale = False
            return False
        self._stale = True
        return True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.any():
            self.refresh()

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(ProjectPage):
    """An honest placeholder: says what this page will hold."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.body)
        lay.addStretch(1)
        self.retranslate()

    def description(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.body.setText(self.description())
