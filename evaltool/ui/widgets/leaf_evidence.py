"""A leaf's evidence, compact, for the scoring form: list + Link / Add / Unlink.

Usage (scoring page)::

    panel = LeafEvidencePanel(window)
    panel.set_leaf(project_id, indicator_id)

The panel refreshes itself on ``window.data_changed`` with ``Changes.evidence`` or
``Changes.framework``. Double-clicking an item opens it on the Evidence page.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaltool import evidence as ev
from evaltool.changes import Changes
from evaltool.ui.operations import evidence as ops
from evaltool.ui.operations import read
from evaltool.ui.widgets.folders import open_file_names

STATUS_MARK = {"missing": "⚠ ", "altered": "⚠ "}


class EvidencePickerDialog(QDialog):
    """Choose one or more of the project's evidence items (search as you type)."""

    def __init__(self, parent: QWidget, items: list[ev.EvidenceInfo], exclude: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePicker")
        self._items = [i for i in items if i.id not in (exclude or set())]
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Link evidence"))
        self.search.setPlaceholderText(self.tr("Search title, file name, notes…"))
        self.resize(560, 440)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for i in ev.filter_items(self._items, search=self.search.text()):
            label = i.title + (f"  ·  {i.filename}" if i.filename and i.filename != i.title else "")
            it = QListWidgetItem(f"[{i.kind_label}] {label}")
            it.setData(Qt.ItemDataRole.UserRole, i.id)
            it.setToolTip("\n".join(ln.path for ln in i.links))
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_ids(self) -> list[str]:
        return [it.data(Qt.ItemDataRole.UserRole) for it in self.list.selectedItems()]


class LeafEvidencePanel(QWidget):
    """The evidence of one leaf with buttons to link existing items or add files."""

    open_requested = Signal(str)  # evidence item id

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("leafEvidence")
        self.project_id: str | None = None
        self.indicator_id: str | None = None
        self.items: list[ev.EvidenceInfo] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("leafEvidenceHeading")
        lay.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("leafEvidenceList")
        self.list.setMaximumHeight(150)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        lay.addWidget(self.list)
        row = QHBoxLayout()
        self.link_btn = QPushButton()
        self.link_btn.setObjectName("linkEvidence")
        self.link_btn.clicked.connect(self.link_existing)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addEvidenceFile")
        self.add_btn.clicked.connect(self.add_file)
        self.unlink_btn = QPushButton()
        self.unlink_btn.setObjectName("unlinkEvidence")
        self.unlink_btn.clicked.connect(self.unlink_current)
        for b in (self.link_btn, self.add_btn, self.unlink_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        window.data_changed.connect(self._on_data_changed)
        self.retranslate()

    # -- public ------------------------------------------------------------
    def set_leaf(self, project_id: str | None, indicator_id: str | None) -> None:
        self.project_id, self.indicator_id = project_id, indicator_id
        self.refresh()

    def item_titles(self) -> list[str]:
        return [i.title for i in self.items]

    def refresh(self) -> None:
        self.list.clear()
        self.items = []
        if self.indicator_id:
            iid = self.indicator_id
            self.items = read(self.window_, lambda s: ev.links_for_leaf(s, iid))
            store = ev.EvidenceStore(self.window_.db.data_dir)
            for i in self.items:
                if not i.is_note:
                    i.status = store.quick_status(i.sha256 or "", i.size)
        for i in self.items:
            targets = [ln.target for ln in i.links if ln.target]
            extra = f" — {', '.join(targets)}" if targets else ""
            it = QListWidgetItem(f"{STATUS_MARK.get(i.status, '')}[{i.kind_label}] {i.title}{extra}")
            it.setData(Qt.ItemDataRole.UserRole, i.id)
            tip = [i.filename or self.tr("Note written in the app")]
            if i.page_ref:
                tip.append(self.tr("Page/section: {ref}").format(ref=i.page_ref))
            if i.status in ("missing", "altered"):
                tip.append(ev.status_label(i.status))
                it.setForeground(Qt.GlobalColor.darkRed)
            it.setToolTip("\n".join(tip))
            self.list.addItem(it)
        self.heading.setText(self.tr("Evidence ({n})").format(n=len(self.items)) if self.indicator_id
                             else self.tr("Evidence"))
        self._update_buttons()

    def retranslate(self) -> None:
        self.link_btn.setText(self.tr("Link evidence…"))
        self.add_btn.setText(self.tr("Add file…"))
        self.unlink_btn.setText(self.tr("Unlink"))
        self.link_btn.setToolTip(self.tr("Link items already in the project's evidence to this indicator"))
        self.add_btn.setToolTip(self.tr("Copy files into the evidence store and link them to this indicator"))
        self.refresh()

    # -- actions -----------------------------------------------------------
    def link_existing(self) -> list[str]:
        if not (self.project_id and self.indicator_id):
            return []
        pid = self.project_id
        items = read(self.window_, lambda s: ev.list_items(s, pid))
        dlg = EvidencePickerDialog(self, items, {i.id for i in self.items})
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return []
        ids = dlg.selected_ids()
        if ids:
            ops.link(self.window_, ids, self.indicator_id)
        return ids

    def add_file(self) -> None:
        if not (self.project_id and self.indicator_id):
            return
        paths = open_file_names(self, self.window_, "evidence", self.tr("Add evidence files"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        if self.project_id and self.indicator_id:
            ops.add_files(self.window_, self.project_id, paths, [self.indicator_id], parent=self)

    def unlink_current(self) -> None:
        it = self.list.currentItem()
        if it is None or not self.indicator_id:
            return
        iid = it.data(Qt.ItemDataRole.UserRole)
        info = next((i for i in self.items if i.id == iid), None)
        for ln in (info.links if info else []):
            ops.unlink(self.window_, iid, self.indicator_id, ln.target)

    # -- slots -------------------------------------------------------------
    def _update_buttons(self) -> None:
        on = bool(self.project_id and self.indicator_id)
        self.link_btn.setEnabled(on)
        self.add_btn.setEnabled(on)
        self.unlink_btn.setEnabled(on and self.list.currentItem() is not None)

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        iid = item.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(iid)
        try:
            page = self.window_.show_page("evidence")
        except (KeyError, AttributeError):
            return
        if hasattr(page, "select_item"):
            page.select_item(iid)

    def _on_data_changed(self, changes: Changes, _initiator: object | None) -> None:
        if changes.evidence or changes.framework or changes.projects:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
