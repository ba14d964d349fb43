"""The Evidence page (佐证材料), split along its parts:

- ``page``: ``EvidencePage`` — the list with its search and filters, the actions
  (add, note, delete, link, verify) and drag and drop;
- ``model``: ``EvidenceModel``, the list's table model over plain ``EvidenceInfo``;
- ``preview``: ``PreviewPane`` — pictures, PDF pages, text, notes; files are read on
  the window's runner;
- ``details``: ``EvidenceDetails`` — the chosen item's metadata form and links;
- ``dialogs``: ``LeafPickerDialog``.
"""
from __future__ import annotations

from evaltool.ui.pages.evidence.details import EvidenceDetails
from evaltool.ui.pages.evidence.dialogs import LeafPickerDialog
from evaltool.ui.pages.evidence.model import EvidenceModel
from evaltool.ui.pages.evidence.page import EvidencePage
from evaltool.ui.pages.evidence.preview import PreviewPane

__all__ = ["EvidenceDetails", "EvidenceModel", "EvidencePage", "LeafPickerDialog", "PreviewPane"]
