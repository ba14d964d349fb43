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
    "problems": ("存在的问题", "Problems"),
    "suggestions": ("绩效管理建议", "Suggestions"),
    "appendix1": ("附件1. 绩效评价指标得分表", "Appendix 1. Indicator score sheet"),
    "appendix1_note": ("指标得分表详见 Excel 文件{name}。", "See the Excel file{name} for the full score sheet."),
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


def parse_narrative(text: str) -> list[Block]:
    """Split narrative text into headings, paragraphs and text tables.

    A text table is a caption line (``附表 …``) followed by lines of
    whitespace-separated cells, as people paste them from a PDF; it becomes a real
    table. Everything else is a paragraph per line.
    """
    lines = [ln.rstrip() for ln in (text or "").replace("\r\n", "\n").split("\n")]
    out: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        cap = _CAPTION_RE.match(line)
        if cap and i < len(lines):
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
