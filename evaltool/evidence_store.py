"""Kept so ``from evaltool.evidence_store import EvidenceStore`` keeps working.

The store moved to ``evaltool.evidence.store`` (import it from ``evaltool.evidence``).
This alias exists for ``evaltool/sync.py``, which is being split on another branch:
its import line is left alone so the two changes merge cleanly. Once sync imports
``evaltool.evidence``, delete this module.
"""
from __future__ import annotations

from evaltool.evidence.store import EvidenceStore, safe_filename

__all__ = ["EvidenceStore", "safe_filename"]
