"""Exports: the Word report, the Excel score sheet, the PDF summary and blank forms.

``export_project`` is the one entry point (the CLI, the Report page and the
packaged app's self-test call it). It reads the project once (``data.collect``),
then writes every requested file to a temporary name *in the target folder*
(``fsutil.temp_path_beside``) and, only when all of them are complete, fsyncs and
renames them over the targets (``fsutil.commit_temp``). A cancelled or failed export
therefore never leaves a half file and never touches an existing file. What the
project legitimately lacks (leaves not yet scored, narrative sections not written, no
targets, no survey, no evidence) is listed in ``ExportReport.omissions`` instead of
being dropped silently; anything else that fails is an error, never an empty table.
Figures that do not agree (``evaltool.check``) are listed too, as open findings: the
export never refuses because of them.

Thread rule: safe to run on a worker thread; it opens its own read session.
"""
from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaltool.check import check_project, open_findings
from evaltool.errors import Cancelled, ExportError
from evaltool.export.data import ReportData, collect
from evaltool.fsutil import commit_temp, temp_path_beside
from evaltool.i18n import normalize_language, translate
from evaltool.validate import scrub_for_xml

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

KINDS = ("docx", "xlsx", "pdf", "blank_forms", "report_pdf")


TOC_MODES = ("word", "auto", "libreoffice")


@dataclass
class ExportReport:
    """What an export did, for its summary (the page and the CLI show every part).

    ``toc``: how the Word report's table of contents got its page numbers —
    "page_numbers" (filled through LibreOffice), "update_on_open" (Word asks the reader
    to update fields), "" (no Word report); ``notes``: plain sentences about it. Other
    areas add their own fields with defaults (e.g. a check's findings).
    """

    written: list[Path] = field(default_factory=list)
    omissions: list[str] = field(default_factory=list)
    seconds: float = 0.0
    toc: str = ""
    notes: list[str] = field(default_factory=list)
    # open findings of ``evaltool.check`` (figures that do not agree): listed, never a reason to refuse
    findings: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"written": [str(p) for p in self.written], "omissions": list(self.omissions),
                "findings": list(self.findings), "seconds": round(self.seconds, 3), "toc": self.toc,
                "notes": list(self.notes)}


def _finding_line(f: Any) -> str:
    return translate("Export", "To check — {where}: “{text}” says {found}, expected {expected}.").format(
        where=f.where, text=f.text, found=f.found, expected=f.expected)


def _err(text: str, **kw: Any) -> ExportError:
    return ExportError(translate("Errors", text).format(**kw))


def lock_files(target: Path) -> list[Path]:
    """Lock files Office / WPS / LibreOffice keep beside a document that is open."""
    name = target.name
    cands = {f".~lock.{name}#", f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~{name}"}
    return [target.parent / c for c in sorted(cands) if len(c) > 2 and (target.parent / c).exists()]


def check_target(target: Path) -> None:
    """Raise ExportError naming the file if it cannot be written now."""
    folder = target.parent
    if target.is_dir():
        raise _err("{path} is a folder; give a file name to export to.", path=target)
    if not folder.exists():
        raise _err("Cannot write {path}: the folder {folder} does not exist.", path=target, folder=folder)
    if not folder.is_dir():
        raise _err("Cannot write {path}: {folder} is not a folder.", path=target, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _err("Cannot write {path}: the folder {folder} is read-only. Choose another folder.", path=target, folder=folder)
    locks = lock_files(target)
    if locks:
        raise _err("{path} is open in another program (lock file {lock}). Close it in Word, Excel, WPS or LibreOffice "
                   "and export again; the file was not changed.", path=target, lock=locks[0].name)
    if target.exists():
        try:
            with open(target, "r+b"):
                pass
        except PermissionError as exc:
            raise _err("{path} cannot be replaced: it is open in another program or read-only ({error}). "
                       "Close it and export again; the file was not changed.", path=target, error=exc.strerror or exc) from exc
        except OSError:
            pass


def _umask() -> int:
    """The process umask, read without changing it where the system allows (Linux);
    elsewhere set and restored at once (the only portable way; a thread creating a
    file in that instant would get permissive bits)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _mode_for(target: Path) -> int:
    """The mode an export gets: that of the file it replaces, else a normal new file's
    (temporary files are created owner-only)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


class _Steps:
    """Turns per-writer fractions into one progress(done, total) stream."""

    def __init__(self, progress: Progress | None, cancelled: IsCancelled | None, parts: int) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.total = 100 * parts
        self.base = 0
        self.last = -1

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(translate("Errors", "Export cancelled; no file was written or changed."))

    def sub(self, frac: float) -> None:
        self.check()
        done = self.base + int(100 * max(0.0, min(1.0, frac)))
        if self.progress is not None and done != self.last:
            self.last = done
            self.progress(done, self.total)

    def next_part(self) -> None:
        self.base += 100
        self.sub(0.0)


def export_project(db: Any, project_id: str, *, docx: str | Path | None = None, xlsx: str | Path | None = None,
                   pdf: str | Path | None = None, blank_forms: str | Path | None = None, lang: str = "zh_CN",
                   template: str | Path | None = None, progress: Progress | None = None,
                   cancelled: IsCancelled | None = None, report_pdf: str | Path | None = None,
                   toc: str = "word") -> ExportReport:
    """Write the requested files for one project; see the module docstring.

    ``db`` is an open ``evaltool.db.Database``; paths may be str or Path (None: skip).
    ``lang``: "zh_CN" (default) or "en" for headings and labels; user data is never translated.
    ``template``: a .docx whose styles the Word report uses.
    ``report_pdf``: the Word report converted to PDF by LibreOffice (needs LibreOffice).
    ``toc``: the TOC's page numbers — "word" leaves them to Word (it asks to update fields
    on opening), "auto" fills them through LibreOffice when it is installed, "libreoffice"
    requires it (``export.libreoffice``).
    Raises ExportError (a file cannot be written, a bad template, LibreOffice required but
    missing), Cancelled, NotFoundError.
    """
    from evaltool.export.libreoffice import find_soffice

    started = time.perf_counter()
    lang = normalize_language(lang)
    if toc not in TOC_MODES:
        raise _err("Unknown table-of-contents mode “{mode}”; use word, auto or libreoffice.", mode=toc)
    wanted = {k: Path(v).expanduser() for k, v in (("docx", docx), ("xlsx", xlsx), ("pdf", pdf),
                                                    ("blank_forms", blank_forms), ("report_pdf", report_pdf)) if v}
    if not wanted:
        raise _err("Nothing to export: give at least one of --docx, --xlsx, --pdf, --blank-forms.")
    soffice = find_soffice() if (toc != "word" or "report_pdf" in wanted) else None
    if soffice is None and ("report_pdf" in wanted or toc == "libreoffice"):
        raise _err("The Word report as PDF and the table of contents' page numbers need LibreOffice, which is not "
                   "installed. Install LibreOffice, or export without --report-pdf and with --toc word.")
    seen: dict[Path, str] = {}
    for kind, path in wanted.items():
        key = path.resolve()
        if key in seen:
            raise _err("The same file {path} was given for two exports ({a}, {b}).", path=path, a=seen[key], b=kind)
        seen[key] = kind
        check_target(path)
    tpl = None
    if template and ("docx" in wanted or "report_pdf" in wanted):
        from evaltool.export.word import load_template

        tpl = Path(template).expanduser()
        load_template(tpl)  # fail before any work on a corrupt template

    word = "docx" in wanted or "report_pdf" in wanted
    steps = _Steps(progress, cancelled, len(wanted) + 1 + (1 if word and soffice else 0))
    steps.sub(0.0)
    with db.read_session() as s:
        data = collect(s, project_id, lang, with_charts=word)
        findings = open_findings(check_project(s, project_id))
    note = remove_xml_illegal(data)
    if note:
        data.omissions.append(note)
    steps.sub(1.0)

    data.xlsx_name = wanted["xlsx"].name if "xlsx" in wanted else None
    notes: list[str] = []
    toc_mode = ""
    # All or nothing: every file is written to a temporary name beside its target first;
    # only when all are complete (and not cancelled) are they renamed into place.
    temps: dict[str, Path] = {}
    scratch: list[Path] = []  # a Word report made only for its PDF
    try:
        for kind in KINDS:
            if kind not in wanted or kind == "report_pdf":
                continue
            steps.next_part()
            target = wanted[kind]
            try:
                temps[kind] = temp_path_beside(target)
                entries = _write(kind, data, temps[kind], tpl, steps.sub)
            except OSError as exc:
                raise _err("Cannot write {path}: {error}", path=target, error=exc.strerror or exc) from exc
            if kind == "docx" and toc == "word" and "report_pdf" not in wanted:
                notes.append(_tr("Table of contents: Word fills in the page numbers when the report is opened "
                                 "(it asks to update fields)."))
                toc_mode = "update_on_open"
            elif kind == "docx":
                toc_mode = _number_toc(temps["docx"], entries, data, soffice, wanted, temps, notes, steps, cancelled)
        if "report_pdf" in wanted and "docx" not in wanted:
            steps.next_part()
            tmp_docx = temp_path_beside(wanted["report_pdf"].with_suffix(".docx"))
            scratch.append(tmp_docx)
            entries = _write("docx", data, tmp_docx, tpl, steps.sub)
            _number_toc(tmp_docx, entries, data, soffice, wanted, temps, notes, steps, cancelled)
        steps.check()
        for kind, tmp in temps.items():
            target = wanted[kind]
            try:
                commit_temp(tmp, target, mode=_mode_for(target))
            except PermissionError as exc:
                raise _err("{path} cannot be replaced: it is open in another program or read-only ({error}). Close it and export again.",
                           path=target, error=exc.strerror or exc) from exc
            except OSError as exc:
                raise _err("Cannot write {path}: {error}", path=target, error=exc.strerror or exc) from exc
    finally:
        for tmp in [*temps.values(), *scratch]:
            with contextlib.suppress(OSError):  # best effort: the export's own error matters more
                tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(steps.total, steps.total)
    report = ExportReport([wanted[k] for k in KINDS if k in wanted],
                          list(data.omissions) + [_finding_line(f) for f in findings], toc=toc_mode, notes=notes,
                          findings=[f.as_json() for f in findings])
    report.seconds = time.perf_counter() - started
    return report


def _number_toc(docx: Path, entries: list[str], data: ReportData, soffice: str | None, wanted: dict[str, Path],
                temps: dict[str, Path], notes: list[str], steps: _Steps, cancelled: IsCancelled | None) -> str:
    """Page numbers into the TOC through LibreOffice when there is one; the report's PDF when asked.

    Returns the TOC mode and adds a sentence for the summary to ``notes``.
    """
    from evaltool.export.libreoffice import number_toc
    from evaltool.export.report_text import L

    if soffice is None:
        notes.append(_tr("Table of contents: Word fills in the page numbers when the report is opened "
                         "(it asks to update fields); LibreOffice is not installed to fill them in now."))
        return "update_on_open"
    steps.next_part()
    pdf_tmp = None
    if "report_pdf" in wanted:
        pdf_tmp = temps["report_pdf"] = temp_path_beside(wanted["report_pdf"])
    result = number_toc(docx, entries, L("toc_hint", data.lang), pdf_out=pdf_tmp, cancelled=cancelled,
                        soffice=soffice)
    steps.sub(1.0)
    if result.mode == "page_numbers":
        notes.append(_tr("Table of contents: page numbers filled in by LibreOffice."))
    else:
        notes.append(_tr("Table of contents: Word fills in the page numbers when the report is opened "
                         "({reason}).").format(reason=result.reason))
    if pdf_tmp is not None and not result.pdf_written:
        raise _err("The Word report could not be converted to PDF: {reason}", reason=result.reason)
    return result.mode


def _tr(text: str) -> str:
    return translate("Export", text)


def remove_xml_illegal(data: Any) -> str | None:
    """The write boundary's one sanitiser: characters Word and Excel cannot hold (control
    characters in text stored by an older evaltool or arriving from an older laptop) are
    removed from every text of ``data`` in place (``evaltool.validate.scrub_for_xml``).
    Returns the line for the export summary naming the texts, or None when all were clean."""
    changed = list(dict.fromkeys(scrub_for_xml(data)))  # a name met in several tables is one text
    if not changed:
        return None
    shown = "; ".join(f"“{t}”" for t in changed[:5]) + ("…" if len(changed) > 5 else "")
    return translate("Export", "{n} texts held control characters that Word and Excel cannot hold; "
                     "they were left out of the documents: {texts}").format(n=len(changed), texts=shown)


def _write(kind: str, data: ReportData, tmp: Path, template: Path | None,
           step: Callable[[float], None]) -> list[str]:
    """Write one file; returns the Word report's TOC entries (else [])."""
    # Writers are imported when used: python-docx, openpyxl and reportlab take time to load,
    # and the Report page imports this package (for its preview) long before any export.
    if kind == "docx":
        from evaltool.export.word import write_docx

        return write_docx(data, tmp, template=template, step=step)
    elif kind == "xlsx":
        from evaltool.export.xlsx_sheet import write_xlsx

        write_xlsx(data, tmp, step=step)
    elif kind == "pdf":
        from evaltool.export.pdf_forms import write_summary_pdf

        write_summary_pdf(data, tmp, step=step)
    elif kind == "blank_forms":
        from evaltool.export.pdf_forms import write_blank_forms

        write_blank_forms(data, tmp, step=step)
    return []


__all__ = ["ExportReport", "check_target", "export_project", "lock_files", "remove_xml_illegal"]
