"""Page numbers in the Word report's table of contents, and the report as PDF, by LibreOffice.

Word fills a TOC field's page numbers only when the reader updates fields (our report asks
it to on opening: ``w:updateFields``, a prompt many readers dismiss). When LibreOffice is
installed the export does it instead:

1. LibreOffice converts the finished .docx to PDF (headless, with a throw-away profile in
   a temporary folder, so it never touches the user's own LibreOffice settings);
2. the PDF's outline (bookmarks: every heading, with the page it starts on) is read —
   LibreOffice writes it as plain objects, titles as UTF-16 hex strings, destinations as
   page references;
3. each TOC entry gets its page number (a right tab with a dotted leader), the "press F9"
   hint and the update-on-open request are removed, and — when asked — the report is
   converted once more to deliver its PDF with the filled TOC.

Anything that goes wrong (no LibreOffice, a timeout, an outline that does not match the
TOC) leaves the report as it was, with Word's update prompt: ``TocResult.mode`` says
which happened, for the export summary. Page numbers are the physical pages, as the
footer's PAGE field counts them. Thread rule: runs on the export's worker thread.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaltool.errors import Cancelled
from evaltool.i18n import translate

TIMEOUT_S = 300  # a report of a few hundred pages converts in well under a minute
WINDOWS_PATHS = ("C:/Program Files/LibreOffice/program/soffice.exe",
                 "C:/Program Files (x86)/LibreOffice/program/soffice.exe")


def find_soffice() -> str | None:
    """LibreOffice's ``soffice`` (``EVALTOOL_SOFFICE`` first), or None when not installed."""
    env = os.environ.get("EVALTOOL_SOFFICE")
    if env:
        return env if Path(env).exists() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for cand in (*WINDOWS_PATHS, "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if Path(cand).exists():
            return cand
    return None


@dataclass
class TocResult:
    """``mode``: "page_numbers" (filled by LibreOffice), "update_on_open" (Word asks the reader);
    ``reason`` why page numbers were not filled, or why the PDF was not made (for the summary);
    ``pdf_written``: the report's PDF was written to the path asked for."""

    mode: str
    reason: str = ""
    pdf_written: bool = False


def convert_to_pdf(soffice: str, docx: Path, out_dir: Path, cancelled: Callable[[], bool] | None = None) -> Path:
    """``docx`` → ``out_dir/<stem>.pdf`` with a throw-away profile; RuntimeError on failure."""
    with tempfile.TemporaryDirectory(prefix="evaltool-lo-") as profile:
        args = [soffice, "--headless", "--norestore", "--nolockcheck",
                f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to", "pdf", "--outdir", str(out_dir),
                str(docx)]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started = time.monotonic()
        try:
            while True:
                try:
                    _out, err = proc.communicate(timeout=0.25)
                    break
                except subprocess.TimeoutExpired:
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Errors", "Export cancelled; no file was written or changed.")) from None
                    if time.monotonic() - started > TIMEOUT_S:
                        raise RuntimeError(f"LibreOffice did not finish in {TIMEOUT_S} s") from None
        finally:
            if proc.poll() is None:
                proc.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=10)
    pdf = out_dir / (docx.stem + ".pdf")
    if proc.returncode != 0 or not pdf.exists():
        raise RuntimeError((err or b"").decode("utf-8", "replace").strip() or f"exit status {proc.returncode}")
    return pdf


# -- the PDF's outline -------------------------------------------------------------------------

_OBJ = re.compile(rb"(\d+)\s+0\s+obj\s*(.*?)endobj", re.S)
_REF = rb"(\d+)\s+0\s+R"


def _pdf_string(raw: bytes) -> str:
    """A PDF string object's text: <FEFF…> hex (UTF-16BE) or (literal)."""
    raw = raw.strip()
    if raw.startswith(b"<"):
        data = bytes.fromhex(re.sub(rb"\s", b"", raw[1:-1]).decode("ascii"))
        if data.startswith(b"\xfe\xff"):
            return data[2:].decode("utf-16-be", "replace")
        return data.decode("latin-1")
    body = raw[1:-1]
    body = re.sub(rb"\\([nrtbf()\\])", lambda m: {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                                                   b"f": b"\f"}.get(m.group(1), m.group(1)), body)
    if body.startswith(b"\xfe\xff"):
        return body[2:].decode("utf-16-be", "replace")
    return body.decode("latin-1")


def outline_pages(pdf: bytes) -> list[tuple[str, int]]:
    """(title, 1-based page) of every outline item in reading order; [] when there is none."""
    objs = {int(m.group(1)): m.group(2) for m in _OBJ.finditer(pdf)}
    pages: list[int] = []

    def kids(num: int, depth: int = 0) -> None:
        body = objs.get(num, b"")
        if depth > 50:
            return
        if re.search(rb"/Type\s*/Page(?!s)", body):
            pages.append(num)
            return
        m = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
        if m:
            for ref in re.findall(_REF, m.group(1)):
                kids(int(ref), depth + 1)

    roots = [n for n, b in objs.items() if re.search(rb"/Type\s*/Pages", b) and not re.search(rb"/Parent\s", b)]
    for r in roots[:1]:
        kids(r)
    index = {num: i + 1 for i, num in enumerate(pages)}
    cat = next((b for b in objs.values() if re.search(rb"/Type\s*/Catalog", b)), b"")
    m = re.search(rb"/Outlines\s+" + _REF, cat)
    if not m:
        return []
    out: list[tuple[str, int]] = []

    def walk(num: int | None, depth: int = 0) -> None:
        seen = 0
        while num is not None and depth < 20 and seen < 100000:
            seen += 1
            body = objs.get(num, b"")
            t = re.search(rb"/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))", body, re.S)
            d = re.search(rb"/Dest\s*\[\s*" + _REF, body)
            if t and d and int(d.group(1)) in index:
                out.append((_pdf_string(t.group(1)), index[int(d.group(1))]))
            first = re.search(rb"/First\s+" + _REF, body)
            if first:
                walk(int(first.group(1)), depth + 1)
            nxt = re.search(rb"/Next\s+" + _REF, body)
            num = int(nxt.group(1)) if nxt else None

    top = objs.get(int(m.group(1)), b"")
    first = re.search(rb"/First\s+" + _REF, top)
    walk(int(first.group(1)) if first else None)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def match_pages(entries: list[str], outline: list[tuple[str, int]]) -> list[int] | None:
    """The page of each TOC entry, matching the outline in order; None when one is missing."""
    pages: list[int] = []
    k = 0
    for text in entries:
        want = _norm(text)
        while k < len(outline) and _norm(outline[k][0]) != want:
            k += 1
        if k == len(outline):
            return None
        pages.append(outline[k][1])
        k += 1
    return pages


# -- writing the numbers into the .docx -------------------------------------------------------

def toc_paragraphs(doc: Any) -> list[Any]:
    """The TOC's entry paragraphs (styles "toc 1" / "toc 2"), in order.

    (python-docx is imported where it is used: the Report page reads ``find_soffice`` at start-up.)
    """
    ids = {s.style_id for s in doc.styles if s.name.lower().startswith("toc ")}
    return [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.pStyle is not None
            and p._p.pPr.pStyle.val in ids]


def fill_toc_pages(docx: Path, pages: list[int], hint: str, text_width_cm: float = 15.0) -> None:
    """Write each entry's page (right tab, dotted leader), drop the F9 hint and the update request."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = Document(str(docx))
    paras = toc_paragraphs(doc)
    for p, page in zip(paras, pages, strict=False):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run = p.add_run(f"\t{page}")
        # inside the field result, before the field's end mark of the last entry
        end = next((r for r in p._p.findall(qn("w:r")) if r.find(qn("w:fldChar")) is not None
                    and r.find(qn("w:fldChar")).get(qn("w:fldCharType")) == "end"), None)
        if end is not None:
            end.addprevious(run._r)
    for p in doc.paragraphs:
        if hint and p.text.strip() == hint.strip():
            p._p.getparent().remove(p._p)
            break
    settings = doc.settings.element
    uf = settings.find(qn("w:updateFields"))
    if uf is not None:
        settings.remove(uf)
    doc.save(str(docx))


def number_toc(docx: Path, entries: list[str], hint: str, *, pdf_out: Path | None = None,
               cancelled: Callable[[], bool] | None = None, soffice: str | None = None) -> TocResult:
    """Fill the TOC of ``docx`` (in place) with page numbers; with ``pdf_out``, also write the
    report (with the filled TOC) as PDF there.

    ``entries``: the TOC's texts in order. Never raises for a LibreOffice problem (the
    result says why); Cancelled propagates. Its temporary files are removed.
    """
    soffice = soffice or find_soffice()
    if soffice is None:
        return TocResult("update_on_open", translate("Export", "LibreOffice is not installed"))
    work = Path(tempfile.mkdtemp(prefix="evaltool-toc-"))
    try:
        src = work / "report.docx"
        shutil.copyfile(docx, src)
        try:
            pdf = convert_to_pdf(soffice, src, work / "first", cancelled)
            pages = match_pages(entries, outline_pages(pdf.read_bytes()))
        except (OSError, RuntimeError, ValueError) as exc:
            return TocResult("update_on_open", translate("Export", "LibreOffice could not convert the report ({error})")
                             .format(error=str(exc)[:200]))
        if pages is None:
            reason = translate("Export", "the report's headings were not found in LibreOffice's PDF")
            if pdf_out is not None:  # the PDF is still the report, its TOC without numbers
                shutil.copyfile(pdf, pdf_out)
                return TocResult("update_on_open", reason, pdf_written=True)
            return TocResult("update_on_open", reason)
        fill_toc_pages(docx, pages, hint)
        if pdf_out is None:
            return TocResult("page_numbers")
        shutil.copyfile(docx, src)
        try:
            final_pdf = convert_to_pdf(soffice, src, work / "final", cancelled)
            shutil.copyfile(final_pdf, pdf_out)
        except (OSError, RuntimeError) as exc:
            return TocResult("page_numbers", translate("Export", "LibreOffice could not convert the report ({error})")
                             .format(error=str(exc)[:200]))
        return TocResult("page_numbers", pdf_written=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
