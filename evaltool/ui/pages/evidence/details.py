"""The Evidence page's description panel: the chosen item's metadata form and the
indicators it is linked to, with Link / Unlink.

The panel only shows and reports: ``field_edited(field, value)`` when the user finishes
editing a field (Enter, leaving it, choosing in a list), ``link_requested`` and
``unlink_requested(indicator_id, target)``; the page runs the operations. Showing an
item never emits (``loading`` guards it), and a field being edited keeps its text.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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
from evaltool.ui.pages.evidence.preview import FocusOutEdit


class EvidenceDetails(QGroupBox):
    """Title, kind, source, date, page/section, notes and links of one item."""

    field_edited = Signal(str, object)  # field name, new value
    link_requested = Signal()
    unlink_requested = Signal(str, str)  # indicator id, target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        dl = QVBoxLayout(self)
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_title.setObjectName("fieldTitle")
        self.f_title.editingFinished.connect(lambda: self._edited("title", self.f_title.text().strip()))
        self.f_kind = QComboBox()
        self.f_kind.setObjectName("fieldKind")
        self.f_kind.activated.connect(lambda _i: self._edited("kind", self.f_kind.currentData()))
        self.f_source = QComboBox()
        self.f_source.setObjectName("fieldSource")
        self.f_source.activated.connect(lambda _i: self._edited("source", self.f_source.currentData()))
        self.f_date = QLineEdit()
        self.f_date.setObjectName("fieldDate")
        self.f_date.setPlaceholderText("YYYY-MM-DD")
        self.f_date.editingFinished.connect(lambda: self._edited("date", self.f_date.text().strip() or None))
        self.f_page = QLineEdit()
        self.f_page.setObjectName("fieldPageRef")
        self.f_page.editingFinished.connect(lambda: self._edited("page_ref", self.f_page.text().strip()))
        self.f_notes = FocusOutEdit()
        self.f_notes.setObjectName("fieldNotes")
        self.f_notes.setMaximumHeight(60)
        self.f_notes.editing_finished.connect(lambda: self._edited("notes", self.f_notes.toPlainText()))
        self.form_labels: dict[str, QLabel] = {}
        fields: tuple[tuple[str, QWidget], ...] = (
            ("title", self.f_title), ("kind", self.f_kind), ("source", self.f_source),
            ("date", self.f_date), ("page_ref", self.f_page), ("notes", self.f_notes))
        for key, w in fields:
            lab = QLabel()
            lab.setBuddy(w)
            self.form_labels[key] = lab
            form.addRow(lab, w)
        dl.addLayout(form)
        self.links_label = QLabel()
        dl.addWidget(self.links_label)
        self.links = QListWidget()
        self.links.setObjectName("itemLinks")
        self.links.setMaximumHeight(90)
        dl.addWidget(self.links)
        lrow = QHBoxLayout()
        self.link_btn = QPushButton()
        self.link_btn.setObjectName("linkToLeaf")
        self.link_btn.clicked.connect(self.link_requested)
        self.unlink_btn = QPushButton()
        self.unlink_btn.setObjectName("unlinkFromLeaf")
        self.unlink_btn.clicked.connect(self._unlink_current)
        lrow.addWidget(self.link_btn)
        lrow.addWidget(self.unlink_btn)
        lrow.addStretch(1)
        dl.addLayout(lrow)
        dl.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Description"))
        for key, text in (("title", self.tr("&Title")), ("kind", self.tr("&Kind")), ("source", self.tr("So&urce")),
                          ("date", self.tr("&Date")), ("page_ref", self.tr("&Page/section")),
                          ("notes", self.tr("&Notes"))):
            self.form_labels[key].setText(text)
        self.links_label.setText(self.tr("Linked indicators"))
        self.link_btn.setText(self.tr("Link to indicator…"))
        self.unlink_btn.setText(self.tr("Unlink"))
        self.fill_combos()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_label(self, field: str) -> str:
        """The field's name as the undo step says it ("Edit evidence title")."""
        return {"title": self.tr("title"), "kind": self.tr("kind"), "source": self.tr("source"),
                "date": self.tr("date"), "page_ref": self.tr("page/section"), "notes": self.tr("notes")}[field]

    def fill_combos(self) -> None:
        """Kind and source lists in the current language, keeping the choice."""
        was, self.loading = self.loading, True
        try:
            for combo, codes, label in ((self.f_kind, ev.KINDS, ev.kind_label),
                                        (self.f_source, ev.SOURCES, ev.source_label)):
                cur = combo.currentData()
                combo.clear()
                for c in codes:
                    combo.addItem(label(c), c)
                combo.setCurrentIndex(max(0, combo.findData(cur)))
        finally:
            self.loading = was

    def show_info(self, info: ev.EvidenceInfo | None, selected: int) -> None:
        """Show ``info`` (the one selected item, or None); ``selected`` items are chosen."""
        self.link_btn.setEnabled(selected > 0)
        self.setEnabled(selected == 1)
        was, self.loading = self.loading, True
        try:
            for w, val in ((self.f_title, info.title if info else ""), (self.f_date, (info.date or "") if info else ""),
                           (self.f_page, info.page_ref if info else "")):
                if not w.hasFocus():
                    w.setText(val)
            if not self.f_notes.hasFocus():
                self.f_notes.setPlainText(info.notes if info else "")
            if info:
                self.f_kind.setCurrentIndex(max(0, self.f_kind.findData(info.kind)))
                self.f_source.setCurrentIndex(max(0, self.f_source.findData(info.source)))
            self.links.clear()
            for ln in (info.links if info else []):
                it = QListWidgetItem(ln.path + (f"  — {ln.target}" if ln.target else ""))
                it.setData(Qt.ItemDataRole.UserRole, (ln.indicator_id, ln.target))
                self.links.addItem(it)
            self.unlink_btn.setEnabled(bool(info and info.links))
        finally:
            self.loading = was

    def _edited(self, field: str, value: Any) -> None:
        if not self.loading:
            self.field_edited.emit(field, value)

    def _unlink_current(self) -> None:
        it = self.links.currentItem() or (self.links.item(0) if self.links.count() == 1 else None)
        if it is None:
            return
        indicator_id, target = it.data(Qt.ItemDataRole.UserRole)
        self.unlink_requested.emit(indicator_id, target)
