"""Chinese (zh_CN) translations that scripts/update_translations.py fills into the .ts.

``STRINGS`` maps an English source text to its Chinese text in every context;
``BY_CONTEXT`` maps ``(context, source)`` where one context needs other words.
Keep the glossary of ../shared/docs/domain.md (weight 分值, score 得分, score rate 得分率,
evidence 佐证材料, indicator framework 指标体系, evaluator's comment 评价意见, negative
indicator 逆向指标, veto 一票否决, grade 等级, performance target table 绩效目标表,
satisfaction 满意度, team lead 组长, expert 专家, budget unit 预算单位, reference date
评价基准日). Mnemonics follow the Chinese Qt convention: "&File" → "文件(&F)".
Keep every ``{placeholder}`` and ``%1`` of the source.
"""
from __future__ import annotations

STRINGS: dict[str, str] = {
    # -- CLI -----------------------------------------------------------------
    "No projects yet. Create the demo with “evaltool demo”.": "还没有项目。可用“evaltool demo”创建演示项目。",
    "Demo project created: {name}": "已创建演示项目：{name}",
    # -- core errors ---------------------------------------------------------
    "No indicator “{path}” in this project (no “{part}” at that level).":
        "本项目中没有指标“{path}”（该层级下没有“{part}”）。",
    "No indicator “{path}” in this project.": "本项目中没有指标“{path}”。",
    "An indicator needs a name.": "指标必须有名称。",
    "No such indicator in this project.": "本项目中没有该指标。",
    "The score {value} of “{name}” is outside 0…{weight}.": "“{name}”的得分 {value} 超出 0…{weight} 的范围。",
    "A final score set by the lead needs a reason.": "组长确定的最终得分必须填写理由。",
    "Several projects are named “{name}”; name it by its id instead: {ids}":
        "有多个项目名为“{name}”，请改用项目 ID 指定：{ids}",
    "No project with id or name “{name}”. Run “evaltool projects” to list them.":
        "没有 ID 或名称为“{name}”的项目。运行“evaltool projects”可列出全部项目。",
    "A project needs a name.": "项目必须有名称。",
    "An evaluator needs a name.": "评价人员必须有姓名。",
    "Unknown role “{role}”; use lead, member or expert.": "未知角色“{role}”，请使用 lead（组长）、member（组员）或 expert（专家）。",
    "Several evaluators are named “{name}”; use the id.": "有多名评价人员名为“{name}”，请使用 ID。",
    "No evaluator named “{name}”.": "没有名为“{name}”的评价人员。",
    "Cannot read the database file {path}: {error}. Check that it exists and that you may read it.":
        "无法读取数据库文件 {path}：{error}。请确认文件存在且有读取权限。",
    "{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.":
        "{path} 不是 evaltool 数据库（不是 SQLite 文件）。请移走该文件，或用 --data-dir 选择其他数据文件夹；文件未被修改。",
    "The database file {path} is damaged or unreadable ({error}). Restore a copy from the backups folder beside it; the file was not changed.":
        "数据库文件 {path} 已损坏或无法读取（{error}）。请从旁边的 backups 文件夹恢复副本；文件未被修改。",
    "{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.":
        "{path} 是其他程序的 SQLite 文件，不是 evaltool 数据库。请用 --data-dir 选择其他数据文件夹；文件未被修改。",
    "The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.":
        "数据库 {path} 由更新版本的 evaltool 写入（结构版本 {rev}）。请安装新版 evaltool 后再打开；文件未被修改。",
    "Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.":
        "无法创建数据文件夹 {path}：{error}。请用 --data-dir 选择其他文件夹。",
    "The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.":
        "数据文件夹 {path} 为只读。请用 --data-dir 或 EVALTOOL_DATA_DIR 选择可写入的文件夹。",
    "The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.":
        "数据库文件 {path} 为只读。请为其添加写入权限，或复制到可写入的文件夹；文件未被修改。",
    "Cannot open or upgrade the database {path}: {error}": "无法打开或升级数据库 {path}：{error}",
    # -- flags -----------------------------------------------------------------
    "Not scored yet.": "尚未评分。",
    "Score outside 0…weight.": "得分超出 0…分值 的范围。",
    # -- page titles and placeholders ------------------------------------------
    "Evidence": "佐证材料",
    "Evidence files and notes (佐证材料) stored safely, linked to indicators, previewed and listed in the evidence register.":
        "佐证材料文件与说明：安全保存，关联到指标，可预览，并列入佐证材料清单。",
    "Framework": "指标体系",
    "The indicator framework editor: a tree of level-1, level-2 and level-3 indicators with weights, descriptions and scoring criteria, validation shown live, templates and import of existing score sheets.":
        "指标体系编辑：一级、二级、三级指标树，含分值、指标说明和评分标准，实时校验，可使用模板或导入已有的指标得分表。",
    "Scoring": "评分",
    "Scoring of each leaf by each evaluator, with rules, proposed scores, comments, flags and the lead's final decisions; totals and grade update as you type.":
        "每位评价人员对每个三级指标评分：评分规则、建议得分、评价意见、提示，以及组长的最终认定；合计与等级随输入实时更新。",
    "Surveys": "满意度调查",
    "Satisfaction questionnaires, fast keyboard entry of paper questionnaires, import of online answers, tallies and charts by respondent group.":
        "满意度问卷：纸质问卷快速键盘录入、导入在线答卷，按调查对象分组统计并绘图。",
    "Sync": "同步",
    "Exchange of work with other laptops on a USB stick: export and import of sync packages, conflicts and history.":
        "通过 U 盘与其他电脑交换工作：导出与导入同步包、处理冲突、查看历史。",
    "Targets": "绩效目标",
    "The performance target table (绩效目标表): target against actual values, met or not, and the comparison with the unit's self-evaluation table.":
        "绩效目标表：指标值与实际值对比、是否完成，以及与单位自评表的逐项比对。",
    "Report & export": "报告与导出",
    "Narrative sections of the report and exports to Word, Excel and PDF.": "报告各章节文字，以及导出为 Word、Excel 和 PDF。",
    # -- home ------------------------------------------------------------------
    "Projects": "项目",
    "Search projects (Ctrl+F)": "搜索项目（Ctrl+F）",
    "&New project…": "新建项目(&N)…",
    "&Open": "打开(&O)",
    "D&uplicate": "复制(&U)",
    "&Delete…": "删除(&D)…",
    "Create demo project": "创建演示项目",
    "Name": "名称",
    "Budget unit": "预算单位",
    "Evaluation type": "评价类型",
    "Last change": "最后修改",
    "New project": "新建项目",
    "Project name:": "项目名称：",
    "Delete project": "删除项目",
    "Delete “{name}”? You can undo this with Ctrl+Z.": "删除“{name}”？可用 Ctrl+Z 撤销。",
    # -- main window -----------------------------------------------------------
    "&File": "文件(&F)",
    "&Projects": "项目列表(&P)",
    "&Recent projects": "最近的项目(&R)",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "Evaluator &profile…": "评价人员信息(&P)…",
    "&Help": "帮助(&H)",
    "&About evaltool": "关于 evaltool(&A)",
    "evaltool — performance evaluation": "evaltool — 绩效评价",
    "◂ All projects": "◂ 全部项目",
    "About evaltool": "关于 evaltool",
    "evaltool {version}\n\nA workbench for third-party performance evaluations of public projects: indicator frameworks, scoring by several evaluators, evidence, surveys, reports, and USB sync between laptops.\n\nData folder: {folder}":
        "evaltool {version}\n\n财政支出第三方绩效评价工作台：指标体系、多名评价人员评分、佐证材料、满意度调查、评价报告，以及通过 U 盘在电脑之间同步。\n\n数据文件夹：{folder}",
    "no evaluator profile": "未设置评价人员信息",
    "Evaluator: {name} · Device: {device}": "评价人员：{name} · 设备：{device}",
    "All changes saved": "所有修改已保存",
    # -- operations ------------------------------------------------------------
    "Cannot do that": "无法执行该操作",
    # -- project page ----------------------------------------------------------
    "Project": "项目概况",
    "Project &name": "项目名称(&N)",
    "Competent department": "主管部门",
    "Commissioning body": "委托单位",
    "Evaluation agency": "评价机构",
    "Reference date": "评价基准日",
    "Report date": "报告日期",
    "Approved budget": "批复预算",
    "Adjusted budget": "调整后预算",
    "Actual spending": "实际支出",
    "Project facts": "项目基本情况",
    "Evaluation team": "评价组",
    "Result": "评价结果",
    "Level-1 indicator": "一级指标",
    "Weight": "分值",
    "Score": "得分",
    "Score rate": "得分率",
    "lead": "组长",
    "member": "组员",
    "expert": "专家",
    "imported": "导入",
    "No members yet.": "暂无成员。",
    "Total {total} points, grade {grade}": "总分 {total} 分，等级：{grade}",
    "Total": "合计",
    "Edit {field}": "修改{field}",
    "×10k CNY": "万元",
    # -- profile dialog --------------------------------------------------------
    "Evaluator profile": "评价人员信息",
    "Who is scoring on this laptop? Your name is shown beside your scores and changes.":
        "谁在这台电脑上评分？您的姓名会显示在您的评分和修改旁边。",
    "&Name:": "姓名(&N)：",
    "Team lead": "组长",
    "Member": "组员",
    "Expert": "专家",
    "&Role:": "角色(&R)：",
    # -- projects (core) -------------------------------------------------------
    "{name} (copy)": "{name}（副本）",
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("HomeView", "Projects"): "项目列表",
}
