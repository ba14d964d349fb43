"""The preview of a target-table import: the rows read, every warning, and the choices
(which table, which sub-project, replace or add) before anything is stored."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.scoring import fmt_score


class ImportTargetsDialog(QDialog):
    """Shows a ``target_import.ParsedTargets``; accepted means "store them"."""

    def __init__(self, parsed: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parsed = parsed
        self.setWindowTitle(self.tr("Import a target table"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        self.summary = QLabel(self.tr("{file}, sheet “{sheet}”: {n} rows, header on row {row}.").format(
            file=parsed.file, sheet=parsed.sheet, n=len(parsed.rows), row=parsed.header_row))
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("importTableKind")
        self.kind.addItem(self.tr("Performance target table (declared)"), "declared")
        self.kind.addItem(self.tr("Self-evaluation table (unit)"), "self_eval")
        self.kind.setCurrentIndex(self.kind.findData(parsed.table_kind))
        form.addRow(self.tr("&Table:"), self.kind)
        self.sub = QLineEdit()
        self.sub.setObjectName("importSubProject")
        self.sub.setPlaceholderText(self.tr("for rows the file does not assign to a sub-project"))
        form.addRow(self.tr("&Sub-project:"), self.sub)
        self.replace_box = QCheckBox(self.tr("&Replace the rows already in that table (they stay recoverable)"))
        self.replace_box.setObjectName("importReplace")
        form.addRow(self.replace_box)
        lay.addLayout(form)
        table = QTableWidget(len(parsed.rows), 8)
        table.setObjectName("importRows")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Sub-project"), self.tr("Level 1"),
                                         self.tr("Level 2"), self.tr("Target"), self.tr("Target value"),
                                         self.tr("Actual value"), self.tr("Points / self-score")])
        for i, r in enumerate(parsed.rows):
            score = "" if r.points is None and r.self_score is None else \
                f"{fmt_score(r.points)} / {fmt_score(r.self_score)}"
            for j, v in enumerate((str(r.row), r.sub_project, r.level1, r.level2, r.name, r.target_text,
                                   r.actual_text, score)):
                table.setItem(i, j, QTableWidgetItem(v))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        lay.addWidget(table, 1)
        self.warnings = QLabel("\n".join(f"⚠ {w}" for w in parsed.warnings) if parsed.warnings
                               else self.tr("No warnings: every row reads as a target and every stated total adds up."))
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b26a00;" if parsed.warnings else "color: #2e7d32;")
        lay.addWidget(self.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import {n} rows").format(n=len(parsed.rows)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def table_kind(self) -> str:
        return str(self.kind.currentData())

    def sub_project(self) -> str | None:
        return self.sub.text().strip() or None

    def replace(self) -> bool:
        return self.replace_box.isChecked()
