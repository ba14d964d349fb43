"""Words of the exported documents in both report languages, and text helpers.

The report language is chosen per export (``lang``), independently of the UI
language, so the wording is held here in both languages rather than read from the
UI catalogue: a Chinese report must read as a Chinese government document even on
an English desktop. User data (names, comments, narrative) is never translated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from evaltool.scoring import fmt_rate, fmt_score

CN_NUM = "零一二三四五六七八九十"

LABELS: dict[str, tuple[str, str]] = {
    # cover, front matter
    "report_title": ("绩效评价报告", "Performance Evaluation Report"),
    "commissioned_by": ("委托单位", "Commissioned by"),
    "agency": ("评价机构", "Evaluation agency"),
    "budget_unit": ("预算单位", "Budget unit"),
    "competent_department": ("主管部门", "Competent department"),
    "reference_date": ("评价基准日", "Reference date"),
    "report_date": ("报告日期", "Report date"),
    "toc": ("目  录", "Contents"),
    "toc_hint": ("（打开文档后按 F9 或右键“更新域”以刷新页码）", "(press F9 in Word to update page numbers)"),
    "abstract": ("摘  要", "Summary"),
    # main sections
    "basic": ("项目基本情况", "Project overview"),
    "overview": ("项目概况", "Project description"),
    "background": ("项目背景", "Background"),
    "implementation": ("项目实施情况", "Implementation"),
    "funds": ("资金使用情况", "Use of funds"),
    "results": ("绩效评价结果", "Evaluation results"),
    "conclusion": ("评价结论", "Conclusion"),
    "targets": ("主要目标完成情况", "Achievement of the performance targets"),
    "satisfaction": ("满意度调查情况", "Satisfaction survey"),
    "lessons": ("经验、问题与建议", "Experience, problems and suggestions"),
    "achievements": ("主要成效与经验", "Achievements and experience"),
    "satisfaction_table_of": ("各类服务对象满意度（{name}）", "Satisfaction by respondent group ({name})"),
    "problems": ("存在的问题", "Problems"),
    "suggestions": ("绩效管理建议", "Suggestions"),
    "appendix1": ("附件1. 绩效评价指标得分表", "Appendix 1. Indicator score sheet"),
    "appendix1_note": ("指标得分表（含指标说明、评分标准和评价意见）另见 Excel 文件{name}。",
                       "The score sheet with descriptions, criteria and comments is also in the Excel file{name}."),
    "grade_line": ("综合得分对应的评价等级为：{grade}。", "Grade: {grade}."),
    "appendix2": ("附件2. 绩效评价指标分析", "Appendix 2. Analysis by indicator"),
    "appendix3": ("附件3. 佐证材料登记表", "Appendix 3. Evidence register"),
    # tables
    "table": ("附表", "Table"),
    "l1": ("一级指标", "Level-1 indicator"),
    "l2": ("二级指标", "Level-2 indicator"),
    "l3": ("三级指标", "Level-3 indicator"),
    "weight": ("权重", "Weight"),
    "points": ("分值", "Weight"),
    "score": ("得分", "Score"),
    "rate": ("得分率", "Score rate"),
    "description": ("指标说明", "Indicator description"),
    "criteria": ("评分标准", "Scoring criteria"),
    "comment": ("评价意见", "Evaluator's comment"),
    "total": ("合计", "Total"),
    "subtotal": ("小计", "Subtotal"),
    "grand_total": ("总分", "Total score"),
    "grade": ("评价等级", "Grade"),
    "negative": ("逆向指标", "Negative indicators"),
    "l1_table": ("项目一级指标得分情况", "Scores by level-1 indicator"),
    "l2_table": ("{name}指标得分情况", "Scores under {name}"),
    "target_value": ("指标值", "Target value"),
    "actual_value": ("实际值", "Actual value"),
    "status": ("完成情况", "Status"),
    "note": ("说明", "Note"),
    "declared_table": ("绩效目标完成情况", "Performance targets: declared vs actual"),
    "self_eval_table": ("项目单位绩效自评表", "The unit's self-evaluation table"),
    "group": ("评价主体", "Respondent group"),
    "sample": ("样本量", "Sample size"),
    "satisfaction_rate": ("满意度", "Satisfaction"),
    "overall": ("总体", "Overall"),
    "satisfaction_table": ("各类服务对象满意度", "Satisfaction by respondent group"),
    "funds_table": ("项目资金使用情况（万元）", "Use of funds (10,000 yuan)"),
    "item": ("项目", "Item"),
    "approved": ("批复预算", "Approved budget"),
    "adjusted": ("调整后预算", "Adjusted budget"),
    "actual": ("实际支出", "Actual spending"),
    "adjust_rate": ("预算调整率", "Budget adjustment rate"),
    "exec_rate": ("预算执行率", "Budget execution rate"),
    "no": ("序号", "No."),
    "title": ("名称", "Title"),
    "kind": ("类型", "Kind"),
    "source": ("来源", "Source"),
    "date": ("日期", "Date"),
    "page_ref": ("页码", "Page"),
    "indicators": ("支撑指标", "Indicators"),
    "evaluator": ("评价人", "Evaluator"),
    "score_sheet": ("绩效评价指标得分表", "Indicator score sheet"),
    "summary_title": ("绩效评价得分汇总", "Score summary"),
    "blank_form": ("绩效评价评分表", "Scoring form"),
    "signature": ("评价人签名", "Signature"),
    "sign_date": ("日期", "Date"),
    "page": ("第 {n} 页", "Page {n}"),
    "not_scored": ("未评分", "not scored"),
    "met": ("已完成", "met"),
    "partly": ("部分完成", "partly met"),
    "not_met": ("未完成", "not met"),
    "unknown": ("未判定", "not judged"),
    "your_score": ("得分", "Score"),
    "your_comment": ("评价意见（扣分理由、佐证材料）", "Comment (why points were lost, evidence)"),
    # sentences
    "cover_date": ("{y}年{m}月", "{m}/{y}"),
    "abstract_intro": (
        "受{commissioner}委托，{agency}对{unit}{name}开展绩效评价。评价组依据评价指标体系从{l1names}等方面进行综合评价，形成本报告。",
        "Commissioned by {commissioner}, {agency} evaluated the performance of {name} ({unit}). "
        "The team scored the indicator framework covering {l1names}.",
    ),
    "abstract_result": (
        "经综合评价，该项目绩效评价得分为 {total} 分，评定等级为“{grade}”，具体指标得分情况详见下表：",
        "The project scores {total} points, grade “{grade}”. Scores by level-1 indicator:",
    ),
    "abstract_achievements": ("评价显示，项目实施主要取得以下成效：{items}。", "Main achievements: {items}."),
    "abstract_problems": ("评价组认为项目还存在一些问题，主要有：{items}。", "Main problems: {items}."),
    "abstract_suggestions": ("为切实提升项目绩效水平，评价组提出如下建议：{items}。", "Suggestions: {items}."),
    "conclusion_sentence": (
        "评价组设置绩效评价指标体系对项目进行评价，包括 {n1} 个一级指标、{n2} 个二级指标、{n3} 个三级指标。"
        "项目绩效评价最终得分为 {total} 分，绩效等级为：{grade}。",
        "The framework has {n1} level-1, {n2} level-2 and {n3} level-3 indicators. "
        "The project's final score is {total} points; grade: {grade}.",
    ),
    "conclusion_flags_downgrade": ("因存在{reason}，评价等级下调一级。", "The grade was lowered by one level: {reason}."),
    "conclusion_flags_veto": ("因{reason}，实行一票否决，评价等级为最低等级。", "Veto applied ({reason}): lowest grade."),
    "targets_sentence": (
        "绩效目标表共设置 {n} 个绩效指标，经评价，已完成 {met} 个，部分完成 {partly} 个，未完成 {not_met} 个{unknown}。",
        "The target table sets {n} targets: {met} met, {partly} partly met, {not_met} not met{unknown}.",
    ),
    "targets_unknown": ("，未判定 {n} 个", ", {n} not judged"),
    "satisfaction_sentence": (
        "评价组共回收有效问卷 {n} 份，总体满意度为 {rate}。",
        "{n} valid questionnaires; overall satisfaction {rate}.",
    ),
    "l1_sentence": (
        "{name}一级指标下设{children}共 {k} 个二级指标。{name}一级指标权重{weight}分，得分{score}分，得分率{rate}。",
        "{name} has {k} level-2 indicators: {children}. Weight {weight}, score {score}, score rate {rate}.",
    ),
    "l2_sentence": (
        "{name}二级指标下设{children}共 {k} 个三级指标。{name}二级指标权重 {weight} 分，小计得分 {score} 分，得分率 {rate}。",
        "{name} has {k} level-3 indicators: {children}. Weight {weight}, subtotal {score}, score rate {rate}.",
    ),
    "leaf_total": ("本项合计得 {score} 分。", "Score for this indicator: {score} points."),
    "leaf_unscored": ("本项尚未评分。", "This indicator has not been scored yet."),
    "list_sep": ("、", ", "),
    "item_sep": ("；", "; "),
    # negative indicators (逆向指标): deductions, no rate
    "l1_sentence_negative": (
        "{name}一级指标为{kind}，下设{children}共 {k} 个二级指标，最多扣{cap}分，实际扣{lost}分。",
        "{name} is a negative indicator (deductions only) with {k} level-2 indicators: {children}. "
        "Up to {cap} points may be deducted; {lost} were deducted.",
    ),
    "l2_sentence_negative": (
        "{name}二级指标为{kind}，下设{children}共 {k} 个三级指标，最多扣{cap}分，实际扣{lost}分。",
        "{name} is a negative indicator with {k} level-3 indicators: {children}. "
        "Up to {cap} points may be deducted; {lost} were deducted.",
    ),
    "leaf_sentence": ("该指标分值{weight}分，评价得分{score}分，得分率{rate}。",
                      "Weight {weight} points, score {score}, score rate {rate}."),
    "leaf_sentence_negative": ("该指标为逆向指标（扣分项），最多扣{cap}分，实际扣{lost}分。",
                               "A negative indicator: up to {cap} points may be deducted; {lost} were deducted."),
    "leaf_criteria": ("评分标准：{text}", "Scoring criteria: {text}"),
    "leaf_evidence": ("佐证材料：{items}。", "Evidence: {items}."),
    "leaf_deducted": ("本项扣{lost}分。", "{lost} points were deducted here."),
    "leaf_total_negative": ("本项合计扣 {lost} 分。", "Deduction for this indicator: {lost} points."),
    "negative_note": ("注：逆向指标为扣分项，不计入 100 分的指标权重，扣分从总分中减除。",
                      "Note: negative indicators are deductions outside the 100 points; they are subtracted from the total."),
    "cap": ("扣分上限", "Maximum deduction"),
    "negative_kind": ("逆向指标（扣分项）", "a negative indicator"),
    "negative_kind_short": ("扣分项", "a negative indicator"),
    "deducted": ("扣分", "Deducted"),
    # evaluation work chapter (评价工作开展情况)
    "evaluation_work": ("评价工作开展情况", "How the evaluation was carried out"),
    "purpose": ("评价目的", "Purpose"),
    "scope": ("评价对象和范围", "Object and scope"),
    "basis": ("评价依据", "Basis"),
    "principles": ("评价原则", "Principles"),
    "methods": ("评价方法", "Methods"),
    "framework_design": ("评价指标体系", "Indicator framework"),
    "process": ("评价过程", "Evaluation process"),
    "framework_table": ("绩效评价指标体系及权重", "Indicator framework and weights"),
    "phase": ("阶段", "Phase"),
    "period": ("时间", "Dates"),
    "work": ("主要工作", "Work done"),
    "team_sentence": ("评价组由{lead}担任组长，成员包括{members}{experts}。",
                      "The evaluation team was led by {lead}; members: {members}{experts}."),
    "team_experts": ("，并邀请{names}作为专家参与评价", "; experts: {names}"),
    "team_only": ("评价组成员包括{members}。", "The evaluation team: {members}."),
    "evidence_sentence": ("评价过程中共收集、登记佐证材料 {n} 份（{kinds}）。",
                          "{n} pieces of evidence were collected and registered ({kinds})."),
    "survey_sentence": ("开展满意度问卷调查，回收有效问卷 {n} 份（{groups}）。",
                        "A satisfaction survey collected {n} valid questionnaires ({groups})."),
    "period_sentence": ("评价工作于{start}至{end}开展。", "The evaluation ran from {start} to {end}."),
    # results
    "grade_note": ("注：评价等级分为：{bands}。", "Note: grades are {bands}."),
    "grade_band_top": ("{name}（{lo}分（含）以上）", "{name} ({lo} or more)"),
    "grade_band": ("{name}（{lo}分（含）-{hi}分）", "{name} ({lo} to under {hi})"),
    "grade_band_bottom": ("{name}（{hi}分以下）", "{name} (under {hi})"),
    "output_grade": ("按产出指标得分率{rate}，预期产出目标{grade}。", "Output indicators score {rate}: outputs {grade}."),
    "chart_level1": ("一级指标得分率", "Score rate by level-1 indicator"),
    "chart_level2": ("二级指标得分率", "Score rate by level-2 indicator"),
    "chart_overall": ("总体得分率", "Overall"),
    "figure": ("图", "Figure"),
    "targets_sub": ("{name}主要目标完成情况", "{name}: targets achieved"),
    "targets_sentence_sub": (
        "根据绩效目标表，{name}共设置 {n} 个绩效指标。经评价，已完成 {met} 个，部分完成 {partly} 个，未完成 {not_met} 个{unknown}，"
        "已完成或大部分完成的指标占 {share}。",
        "{name} sets {n} targets: {met} met, {partly} partly met, {not_met} not met{unknown}; "
        "{share} met or mostly met.",
    ),
    "completion": ("完成率", "Completion"),
    "reason": ("未完成原因", "Reason for the shortfall"),
    "missed_intro": ("未完成或部分完成的指标及原因如下：", "Targets not met or partly met, and why:"),
    "missed_item": ("{name}（指标值{target}，实际值{actual}，完成率{rate}）：{reason}",
                    "{name} (target {target}, actual {actual}, completion {rate}): {reason}"),
    "missed_no_reason": ("未说明原因", "no reason recorded"),
    "self_eval_compare": ("绩效目标表与自评表差异", "Target table vs self-evaluation table"),
    "declared_target": ("目标表指标值", "Target (target table)"),
    "self_target": ("自评表指标值", "Target (self-evaluation)"),
    "difference": ("差异", "Difference"),
    "self_score": ("自评分", "Self-score"),
    "points_col": ("分值", "Points"),
    "sub_project": ("子项目", "Sub-project"),
    "year": ("年度", "Year"),
    # funds
    "received": ("到位资金", "Funds received"),
    "moved_out": ("调至其他项目", "Moved to other projects"),
    "recovered": ("财政收回", "Recovered"),
    "arrival_rate": ("资金到位率", "Arrival rate"),
    "funds_line": ("{name}批复预算{approved}万元，调整后预算{adjusted}万元，实际支出{actual}万元，预算执行率为{exec}",
                   "{name}: approved {approved}, adjusted {adjusted}, spent {actual} (10,000 yuan); execution rate {exec}"),
    "funds_adjust": ("，预算调整率为{rate}", "; adjustment rate {rate}"),
    "funds_definition": ("（{definition}）。", " ({definition})."),
    "funds_total": ("项目合计", "The project as a whole"),
    "funds_years": ("{first}-{last}年期间，项目累计批复预算{approved}万元，调整后预算{adjusted}万元，实际支出{actual}万元，"
                    "支出率为{exec}。",
                    "In {first}–{last} the project's approved budgets total {approved}, adjusted {adjusted}, "
                    "spending {actual} (10,000 yuan); execution rate {exec}."),
    "funds_by_year_table": ("项目分年度资金使用情况（万元）", "Use of funds by year (10,000 yuan)"),
    "spend_bands": ("{n} 个子项目中，支出率达到 100%的 {b100} 个，90%-100%（含下限不含上限，下同）的 {b90} 个，"
                    "80%-90%的 {b80} 个，60%-80%的 {b60} 个，低于 60%的 {b0} 个。",
                    "Of {n} sub-projects, {b100} spent 100 %, {b90} 90–100 %, {b80} 80–90 %, {b60} 60–80 % "
                    "and {b0} under 60 %."),
    # problems and suggestions
    "experience": ("经验", "Experience"),
    "problem_cause": ("原因分析：{text}", "Cause: {text}"),
    "problem_basis": ("（依据：{leaves}，共扣{lost}分{evidence}。）", "(Found in {leaves}; {lost} points lost{evidence}.)"),
    "problem_evidence": ("；佐证材料：{items}", "; evidence: {items}"),
    "achievement_l2": ("{name}二级指标得分率为{rate}。", "{name} scores {rate}."),
    "achievement_full": ("其中{names}等指标得满分。", "Full marks: {names}."),
    "achievement_heading": ("（一）主要成效与经验", ""),
    "achievement_title": ("{name}成效较好", "Good results in {name}"),
    "background_facts": ("{name}由{unit}负责实施{dept}{period}。",
                         "{name} is carried out by {unit}{dept}{period}."),
    "background_dept": ("，主管部门为{dept}", "; competent department: {dept}"),
    "background_period": ("，项目实施期为{period}", "; implementation period {period}"),
    "background_money": ("项目批复预算{approved}万元，实际支出{actual}万元。", "Approved budget {approved}, spent {actual} (10,000 yuan)."),
    "appendix1_table": ("绩效评价指标得分表", "Indicator score sheet"),
    "abstract_intro_plain": (
        "{agency}对{unit}{name}开展绩效评价。评价组依据评价指标体系从{l1names}等方面进行综合评价，形成本报告。",
        "{agency} evaluated the performance of {name} ({unit}). The team scored the indicator framework covering {l1names}.",
    ),
    "abstract_reference": ("评价基准日为{date}。", "Reference date: {date}."),
    "toc_filled_hint": ("", ""),
}


def L(key: str, lang: str) -> str:  # noqa: N802 - short on purpose, used everywhere
    zh, en = LABELS[key]
    return en if lang == "en" else zh


def status_label(status: str, lang: str) -> str:
    return L(status if status in ("met", "partly", "not_met") else "unknown", lang)


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for headings)."""
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    tens, ones = divmod(n, 10)
    return CN_NUM[tens] + "十" + (CN_NUM[ones] if ones else "")


def heading_marker(level: int, n: int, lang: str) -> str:
    """Government-document numbering: 一、 （一） 1. （1） (English: 1. 1.1 style kept simple)."""
    if lang == "en":
        return {1: f"{n}. ", 2: f"({chr(96 + n) if n <= 26 else n}) ", 3: f"{n}. ", 4: f"({n}) "}.get(level, "")
    if level == 1:
        return f"{cn_number(n)}、"
    if level == 2:
        return f"（{cn_number(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4:
        return f"（{n}）"
    return ""


# A narrative line that is a heading: a numbering marker, short, no closing full stop.
_HEADING_RE = re.compile(
    r"^\s*(?P<marker>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])\s*(?P<text>\S.*)$")


def heading_level(line: str) -> tuple[int, str] | None:
    """(level 1–4, text without its marker) if ``line`` reads as a numbered heading."""
    m = _HEADING_RE.match(line)
    if not m:
        return None
    text = m.group("text").strip()
    if len(text) > 40 or text.endswith(("。", "；", ";", "：", ":")) or "。" in text:
        return None
    marker = m.group("marker")
    if marker.endswith("、") and marker[0] in CN_NUM:
        return 1, text
    if marker[0] in "（(" and marker[1] in CN_NUM:
        return 2, text
    if marker[0].isdigit():
        return 3, text
    return 4, text


@dataclass
class Block:
    """A piece of narrative: a heading, a paragraph or a table typed as text."""

    kind: str  # heading | para | table
    text: str = ""
    level: int = 0
    rows: list[list[str]] | None = None


_CAPTION_RE = re.compile(r"^\s*(附表|表\s*\d+[-－.\d]*)\s*(?P<cap>.*)$")


def table_cells(line: str) -> list[str] | None:
    """The cells of a line typed or pasted as a table row, or None.

    Pasted from Excel / WPS: cells separated by tabs. Typed: cells between ``|``
    (``| 时间 | 申报量 |``, the outer bars optional). At least two cells.
    """
    raw = line.rstrip("\r\n")
    if "\t" in raw:
        cells = [c.strip() for c in raw.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        return cells if len(cells) >= 2 else None
    s = raw.strip()
    if s.count("|") >= 1 and not s.startswith("||"):
        inner = s[1:] if s.startswith("|") else s
        inner = inner[:-1] if inner.endswith("|") else inner
        cells = [c.strip() for c in inner.split("|")]
        if len(cells) >= 2 and not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            return cells
    return None


def _is_rule_row(line: str) -> bool:
    """A markdown separator row (|---|---|) between a table's header and body."""
    s = line.strip().strip("|")
    return bool(s) and all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c in s.split("|"))


def _grid_table(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """Rows of the tab- or bar-separated table starting at ``start`` and the index after it."""
    rows: list[list[str]] = []
    j = start
    tabbed = "\t" in lines[start]  # a table is pasted (tabs) or typed (bars), not both
    while j < len(lines):
        if _is_rule_row(lines[j]) and not tabbed:
            j += 1
            continue
        cells = table_cells(lines[j])
        if cells is None or ("\t" in lines[j]) != tabbed:
            break
        rows.append(cells)
        j += 1
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows], j


def parse_narrative(text: str) -> list[Block]:
    """Split narrative text into headings, paragraphs and tables.

    Tables: rows pasted from Excel (cells separated by tabs) or typed between ``|``
    bars, two rows or more, optionally after a caption line (``附表 …`` / ``表2-1 …``);
    or a caption followed by rows of whitespace-separated cells, as people paste them
    from a PDF (every row the header's number of cells). Each becomes a real table.
    Everything else is a paragraph per line.
    """
    lines = [ln.rstrip() for ln in (text or "").replace("\r\n", "\n").split("\n")]
    out: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if table_cells(lines[i - 1]) is not None:
            rows, j = _grid_table(lines, i - 1)
            if len(rows) >= 2:
                out.append(Block("table", "", rows=rows))
                i = j
                continue
        cap = _CAPTION_RE.match(line)
        if cap and i < len(lines):
            if table_cells(lines[i]) is not None:
                rows, j = _grid_table(lines, i)
                if len(rows) >= 2:
                    out.append(Block("table", cap.group("cap").strip(), rows=rows))
                    i = j
                    continue
            header = lines[i].split()
            if len(header) >= 2:
                rows = [header]
                j = i + 1
                while j < len(lines) and len(lines[j].split()) == len(header):
                    rows.append(lines[j].split())
                    j += 1
                if len(rows) >= 2:
                    out.append(Block("table", cap.group("cap").strip(), rows=rows))
                    i = j
                    continue
        h = heading_level(line)
        if h is not None:
            out.append(Block("heading", h[1], level=h[0]))
        else:
            out.append(Block("para", line))
    return out


def heading_items(text: str, level: int = 3) -> list[str]:
    """The titles of the narrative's headings at ``level`` (for the summary's lists)."""
    return [b.text for b in parse_narrative(text) if b.kind == "heading" and b.level == level]


_LEAF_TOTAL_RE = re.compile(r"本项合计得\s*[-\d.]+\s*分[。.]?\s*$")
_LEAF_TOTAL_ONLY_RE = re.compile(r"^\s*本项合计得\s*[-\d.]+\s*分[。.]?\s*$")


def leaf_paragraphs(comment: str, score: float | None, lang: str) -> list[str]:
    """The leaf's comment as paragraphs, ending with its score sentence.

    A comment that already ends with "本项合计得 X 分" gets X replaced by the
    recorded score, so the report never contradicts the score sheet.
    """
    paras = [p.strip() for p in (comment or "").split("\n") if p.strip()]
    closing = L("leaf_total", lang).format(score=fmt_score(score)) if score is not None else L("leaf_unscored", lang)
    # a stand-alone total anywhere (notes may follow it) and one closing the last paragraph
    paras = [p for p in paras if not _LEAF_TOTAL_ONLY_RE.match(p)]
    if paras and _LEAF_TOTAL_RE.search(paras[-1]):
        last = _LEAF_TOTAL_RE.sub("", paras[-1]).strip()
        paras = paras[:-1] + ([last] if last else [])
    return [*paras, closing]


_TOTAL_MENTION_RE = re.compile(r"(?:绩效评价得分为|绩效评价最终得分为|最终得分为|绩效得分|总得分为?)\s*([\d.]+)\s*分")


def stale_totals(text: str, total: float) -> list[str]:
    """Totals written into narrative text that differ from the computed total."""
    out = []
    for m in _TOTAL_MENTION_RE.finditer(text or ""):
        try:
            val = float(m.group(1).rstrip("."))
        except ValueError:
            continue
        if abs(val - total) > 0.0005 and fmt_score(val) != fmt_score(total):
            out.append(m.group(1))
    return out


def score_cells(weight: float, score: float | None) -> tuple[str, str, str]:
    rate = None if score is None or not weight else score / weight
    return fmt_score(weight), fmt_score(score), fmt_rate(rate)


def negative_kind(name: str, lang: str) -> str:
    """How a sentence calls a negative indicator: "扣分项" when its own name already says 逆向."""
    return L("negative_kind_short" if "逆向" in name else "negative_kind", lang)
