"""The Contracts page (``page.ContractsPage``): the month × contract ``grid``, the chosen
``month`` and its ``faults``, the contract's payment ``statement``, and the ``dialogs`` for
terms and installments."""
from __future__ import annotations

from evaltool.ui.pages.contracts.page import ContractsPage

__all__ = ["ContractsPage"]
