"""XLSForm: the field's common questionnaire exchange, imported and exported.

A "survey" sheet (type, name, label::中文, label::English) and a "choices" sheet
(list_name, name, label::…). Our extras ride in extra columns other tools ignore:
``evaltool_kind`` on questions, ``weight`` / ``satisfied`` on choices; a "settings" sheet
carries the title and the main question. Unknown question types are refused with the
sheet and row named. Workbooks are read by ``evaltool.spreadsheet`` (the safe reader every
import uses) and written atomically (``evaltool.fsutil``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import ImportFormatError, ValidationError
from evaltool.fsutil import atomic_write
from evaltool.i18n import translate
from evaltool.survey.model import (
    CHOICE_KINDS,
    SCALE_KINDS,
    SCALE_TOP,
    SCALES,
    SurveyInfo,
    load_survey,
    main_question_key,
    norm_text,
)
from evaltool.survey.questions import add_question, create_survey, update_survey

XLS_ZH, XLS_EN = "label::中文", "label::English"
# Row types that carry no answer (layout, metadata, computed values): passed over.
SKIPPED_TYPES = ("begin_group", "end_group", "begin group", "end group", "note", "calculate", "start", "end",
                 "today", "deviceid", "begin_repeat", "end_repeat")
YES = ("yes", "true", "1", "是", "y")
# A questionnaire is small: a few hundred questions and choices (rows, columns, cells).
XLSFORM_LIMITS = (20_000, 100, 500_000)


def export_xlsform(survey: SurveyInfo, path: str | Path) -> Path:
    """Write ``survey`` as an XLSForm workbook at ``path`` (replaced whole, or left as it was)."""
    from openpyxl import Workbook  # imported on use: openpyxl costs start-up time

    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    ws.append(["type", "name", XLS_ZH, XLS_EN, "evaltool_kind"])
    ch = wb.create_sheet("choices")
    ch.append(["list_name", "name", XLS_ZH, XLS_EN, "weight", "satisfied"])
    for q in survey.questions:
        if q.kind in CHOICE_KINDS:
            lst = f"{q.key}_opts"
            typ = f"{'select_multiple' if q.kind == 'multi' else 'select_one'} {lst}"
            for o in q.options:
                ch.append([lst, o["code"], o["label"], o.get("label_en", ""), o.get("weight"),
                           "yes" if o.get("satisfied") else ""])
        else:
            typ = "decimal" if q.kind == "number" else "text"
        ws.append([typ, q.key, q.text, q.text_en, q.kind])
    st = wb.create_sheet("settings")
    st.append(["form_title", "form_id", "main_question"])
    st.append([survey.name, survey.name_en or survey.id, survey.main_question or ""])
    return atomic_write(Path(path), wb.save)


def _sheet_rows(rows: list[list[Any]]) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """(headers, [(spreadsheet row number, {header: value})]) of a sheet, blank rows left out."""
    if not rows:
        return [], []
    head = [str(h).strip() if h is not None else "" for h in rows[0]]
    out = []
    for i, r in enumerate(rows[1:], start=2):
        d = {head[j]: r[j] for j in range(min(len(head), len(r))) if head[j]}
        if any(v not in (None, "") for v in d.values()):
            out.append((i, d))
    return head, out


def _label_cols(head: list[str]) -> tuple[str | None, str | None]:
    """The Chinese and English label columns (``label::中文``, ``label::English``, ``label``)."""
    zh = en = None
    for h in head:
        low = h.casefold().replace(" ", "")
        if not low.startswith("label"):
            continue
        lang = low.partition("::")[2]
        if any(x in lang for x in ("中文", "chinese", "zh")):
            zh = zh or h
        elif any(x in lang for x in ("english", "en")):
            en = en or h
        elif not lang:
            zh = zh or h
    return zh, en


def _text(d: dict[str, Any], column: str | None) -> str:
    return str(d.get(column) or "").strip() if column else ""


def _whole(value: Any) -> int | None:
    """A choice name as a code (``2``, ``2.0``, ``"2"``), None when it is not a number."""
    try:
        return int(float(value))
    except (TypeError, ValueError, OverflowError):  # None, text, "inf"
        return None


def _choices(sheet_rows: list[list[Any]]) -> dict[str, list[dict[str, Any]]]:
    """{list name: options} from the "choices" sheet."""
    head, rows = _sheet_rows(sheet_rows)
    zh, en = _label_cols(head)
    choices: dict[str, list[dict[str, Any]]] = {}
    for rownum, d in rows:
        lst = str(d.get("list_name") or d.get("list name") or "").strip()
        code = _whole(d.get("name"))
        if code is None:
            code = len(choices.get(lst, [])) + 1  # text choice names: number them in order
        sat = str(d.get("satisfied") or "").strip().casefold() in YES
        choices.setdefault(lst, []).append({
            "code": code, "label": _text(d, zh) or _text(d, en), "label_en": _text(d, en),
            "weight": d.get("weight"), "satisfied": sat, "_row": rownum})
    return choices


def _choice_kind(base: str, kind_hint: str, opts: list[dict[str, Any]]) -> str:
    """Our kind of a select question: multi, the hinted kind, a known scale by its labels, or single."""
    if base == "select_multiple":
        return "multi"
    if kind_hint in (*SCALE_KINDS, "single"):
        return kind_hint
    labels = [norm_text(o["label"]) for o in opts]
    return next((k for k, sc in SCALES.items() if labels == [norm_text(s[0]) for s in sc]), "single")


def import_xlsform(session: Session, project_id: str, path: str | Path, name: str | None = None) -> SurveyInfo:
    """Create a survey from an XLSForm workbook. Unknown question types are refused.

    Read by ``evaltool.spreadsheet`` (size, zip bombs, XML declarations and encryption
    checked before anything is parsed), like every file we import.
    """
    # imported on use: the safe reader (defusedxml, zip checks) is not needed to start a command
    from evaltool.spreadsheet import Limits, open_workbook

    path = Path(path)
    with open_workbook(path, Limits(max_rows=XLSFORM_LIMITS[0], max_cols=XLSFORM_LIMITS[1], max_cells=XLSFORM_LIMITS[2]), merged_cells=False) as book:
        if "survey" not in book.names:
            raise ImportFormatError(translate("Errors", "An XLSForm needs a sheet named “survey”."), file=book.file)
        sheets = {n: book.sheet(n).rows for n in ("survey", "choices", "settings") if n in book.names}
    head, rows = _sheet_rows(sheets["survey"])
    zh, en = _label_cols(head)
    if "type" not in head or "name" not in head or not (zh or en):
        raise ImportFormatError(translate("Errors", "The survey sheet needs the columns type, name and label (label::中文 / label::English)."),
                                file=path.name, sheet="survey", row=1)
    choices = _choices(sheets["choices"]) if "choices" in sheets else {}
    settings_title = None
    main = None
    if "settings" in sheets:
        _shead, srows = _sheet_rows(sheets["settings"])
        if srows:
            settings_title = srows[0][1].get("form_title")
            main = srows[0][1].get("main_question")
    survey = create_survey(session, project_id, name or str(settings_title or path.stem), "", {"source": path.name})
    pos = 0.0
    for rownum, d in rows:
        typ = str(d.get("type") or "").strip()
        base, _, lst = typ.partition(" ")
        if base in SKIPPED_TYPES:
            continue
        opts: list[dict[str, Any]] | None
        if base in ("select_one", "select_multiple"):
            listed = choices.get(lst.strip())
            if not listed:
                raise ImportFormatError(translate("Errors", "No choices listed for “{list}”.").format(list=lst.strip()),
                                        file=path.name, sheet="survey", row=rownum, column="type")
            kind = _choice_kind(base, str(d.get("evaltool_kind") or "").strip(), listed)
            if not any(o["satisfied"] for o in listed) and kind in SCALE_KINDS:
                for j, o in enumerate(listed):
                    o["satisfied"] = j < SCALE_TOP[kind]
            opts = [{k: v for k, v in o.items() if k != "_row"} for o in listed]
        elif base in ("integer", "decimal", "range"):
            kind, opts = "number", None
        elif base in ("text", "string"):
            kind, opts = "text", None
        else:
            msg = translate("Errors", "Question type “{type}” is not supported (use select_one, select_multiple, integer, decimal or text).")
            raise ImportFormatError(msg.format(type=typ), file=path.name, sheet="survey", row=rownum, column="type")
        pos += 1.0
        text, text_en = _text(d, zh), _text(d, en)
        try:
            add_question(session, survey.id, str(d.get("name") or "").strip(), kind, text or text_en, text_en, opts, pos)
        except ValidationError as exc:
            raise ImportFormatError(str(exc), file=path.name, sheet="survey", row=rownum) from exc
    survey = load_survey(session, survey.id)
    update_survey(session, survey.id, settings={**survey.settings,
                                                "main_question": main or main_question_key(survey.questions, {})})
    return load_survey(session, survey.id)
