"""The payment statement of one contract as Excel and / or Word files (付款结算单).

``export_payment_statement`` reads the statement once (``evaltool.contracts``), builds its
tables in the statement's language (``tables``), and writes each requested file to a
temporary name beside its target; only when every file is complete are they renamed into
place (as ``export_project`` does): a failed or cancelled export leaves no half file and
never touches an existing one. Safe on a worker thread (it opens its own read session).
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaltool.contracts import payment_statement
from evaltool.errors import Cancelled, ExportError
from evaltool.export import _mode_for, check_target, remove_xml_illegal
from evaltool.export.payment.tables import StatementDoc, statement_doc
from evaltool.fsutil import commit_temp, temp_path_beside
from evaltool.i18n import current_language, normalize_language, translate
from evaltool.models import Project


def _t(text: str) -> str:
    return translate("Errors", text)


def _err(text: str, **kw: Any) -> ExportError:
    """``text`` is already translated (``_t``): the helper keeps the strings visible to lupdate."""
    return ExportError(text.format(**kw))


def read_statement(db: Any, contract_id: str, lang: str) -> StatementDoc:
    with db.read_session() as s:
        st = payment_statement(s, contract_id)
        project = s.get(Project, st.contract.project_id)
        name = project.name if project is not None else ""
    doc = statement_doc(st, name, lang)
    remove_xml_illegal(doc)  # stored text Word and Excel cannot hold never stops the statement
    return doc


def export_payment_statement(db: Any, contract_id: str, *, xlsx: str | Path | None = None,
                             docx: str | Path | None = None, lang: str | None = None,
                             progress: Callable[[int, int], None] | None = None,
                             cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the statement to ``xlsx`` and / or ``docx``; returns the files written.

    ``lang``: "zh_CN" or "en" (default: the current language). Raises ExportError naming a
    file that cannot be written (open in another program, read-only folder), Cancelled.
    """
    from evaltool.export.payment.docx import write_statement_docx
    from evaltool.export.payment.xlsx import write_statement_xlsx

    lang = normalize_language(lang or current_language())
    wanted = {k: Path(v).expanduser() for k, v in (("xlsx", xlsx), ("docx", docx)) if v}
    if not wanted:
        raise _err(_t("Nothing to export: give at least one of --xlsx, --docx."))
    if len(wanted) == 2 and wanted["xlsx"].resolve() == wanted["docx"].resolve():
        raise _err(_t("The same file {path} was given for two exports ({a}, {b})."), path=wanted["xlsx"], a="xlsx", b="docx")
    for path in wanted.values():
        check_target(path)
    total = len(wanted) + 1
    if progress is not None:
        progress(0, total)
    doc = read_statement(db, contract_id, lang)
    temps: dict[str, Path] = {}
    writers = {"xlsx": write_statement_xlsx, "docx": write_statement_docx}
    try:
        for n, (kind, target) in enumerate(wanted.items(), start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(_t("Export cancelled; no file was written or changed."))
            if progress is not None:
                progress(n, total)
            try:
                temps[kind] = temp_path_beside(target)
                writers[kind](doc, temps[kind], lang)
            except OSError as exc:
                raise _err(_t("Cannot write {path}: {error}"), path=target, error=exc.strerror or exc) from exc
        if cancelled is not None and cancelled():
            raise Cancelled(_t("Export cancelled; no file was written or changed."))
        for kind, tmp in temps.items():
            try:
                commit_temp(tmp, wanted[kind], mode=_mode_for(wanted[kind]))
            except OSError as exc:
                raise _err(_t("{path} cannot be replaced: it is open in another program or read-only ({error}). Close it and export again."),
                           path=wanted[kind], error=exc.strerror or exc) from exc
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):  # best effort: the export's own error matters more
                tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(total, total)
    return list(wanted.values())


__all__ = ["export_payment_statement", "read_statement"]
