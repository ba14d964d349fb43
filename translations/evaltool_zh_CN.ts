<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerImport</name>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Today&apos;s backup was made.</source>
        <translation>今天的备份已完成。</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>正在进行今天的备份…</translation>
    </message>
    <message>
        <source>No display: evaltool&apos;s window needs a screen (DISPLAY or WAYLAND_DISPLAY is not set).
  Check the app without one: evaltool --self-test
  Or with a virtual screen: xvfb-run -a evaltool
  The commands work without a screen: evaltool --help
</source>
        <translation>没有显示器：evaltool 的窗口需要屏幕（未设置 DISPLAY 或 WAYLAND_DISPLAY）。
  无屏幕时检查程序：evaltool --self-test
  或使用虚拟屏幕：xvfb-run -a evaltool
  命令行无需屏幕：evaltool --help
</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>score of {name}</source>
        <translation>{name} 的评分</translation>
    </message>
    <message>
        <source>final decision</source>
        <translation>最终认定</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>三级指标</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily copy</source>
        <translation>每日副本</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>恢复时被替换的数据库</translation>
    </message>
    <message>
        <source>Older copy</source>
        <translation>旧版本的副本</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>empty (not a backup)</source>
        <translation>空文件（不是备份）</translation>
    </message>
    <message>
        <source>not a database (not a backup)</source>
        <translation>不是数据库（不是备份）</translation>
    </message>
    <message>
        <source>incomplete (not a backup)</source>
        <translation>不完整（不是备份）</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A checked copy of the database is made on the first start of each day and before every import, merge and upgrade. Kept: the daily copies of the last {daily} days, the copies before imports and merges of the last {events} days, those before upgrades and restores for {rare} days, at most {gb:.0f} GB in all, and always the newest complete one. Restoring a copy keeps the current database as a backup and gives this laptop a new device identity, so the other laptops accept its packages.</source>
        <translation>每天第一次启动时，以及每次导入、合并和升级之前，都会为数据库做一份经过校验的副本。保留：最近 {daily} 天的每日副本、最近 {events} 天导入和合并前的副本、{rare} 天内升级和恢复前的副本，总计不超过 {gb:.0f} GB，并始终保留最新的一份完整副本。恢复某份副本时，当前数据库会作为备份保留，本机会获得新的设备身份，其他电脑因此会接受它的同步包。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>New device &amp;identity…</source>
        <translation>新的设备身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>已备份：{name}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Wait until the work under way has finished, then restore; nothing was changed.</source>
        <translation>请等正在进行的工作完成后再恢复；未做任何修改。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database by the copy made {when} ({kind})?

The current database is kept as a backup (nothing is lost), every window of it is reopened, and this laptop takes a new device identity. Changes made since that copy and not yet sent to other laptops are no longer in the database.</source>
        <translation>用 {when} 的副本（{kind}）替换当前数据库吗？

当前数据库会作为备份保留（不会丢失任何内容），窗口会重新打开，本机会获得新的设备身份。该副本之后所做、且尚未发送给其他电脑的修改将不再出现在数据库中。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>已取消恢复；未做任何修改。</translation>
    </message>
    <message>
        <source>The database was restored from {name}.</source>
        <translation>数据库已从 {name} 恢复。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as the backup {aside}.</source>
        <translation>被替换的数据库已保留为备份 {aside}。</translation>
    </message>
    <message>
        <source>This laptop&apos;s new device identity is {new} (before: {old}).</source>
        <translation>本机的新设备身份为 {new}（原为 {old}）。</translation>
    </message>
    <message>
        <source>New device identity</source>
        <translation>新的设备身份</translation>
    </message>
    <message>
        <source>Give this laptop a new device identity?

Do this when this data folder was copied from another laptop, or another laptop refuses its packages as “two installations”. Its changes so far keep their identity; new ones are numbered under the new one.</source>
        <translation>为本机设置新的设备身份吗？

当数据文件夹是从另一台电脑复制来的，或其他电脑以“两个安装”为由拒绝本机的同步包时，请这样做。已有的修改保留原来的身份，新的修改以新身份编号。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Satisfaction rate by respondent group</source>
        <translation>各调查对象组满意度</translation>
    </message>
    <message>
        <source>bars: top-two-box rate; lines: 95% confidence interval</source>
        <translation>柱：满意率（非常满意 + 比较满意）；线：95% 置信区间</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>暂无答卷</translation>
    </message>
    <message>
        <source>No options to chart</source>
        <translation>没有可绘图的选项</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Share of respondents choosing each option (several allowed), n = {n}</source>
        <translation>选择各选项的受访者占比（可多选），n = {n}</translation>
    </message>
    <message>
        <source>Share of valid answers, n = {n}</source>
        <translation>占有效答卷的比例，n = {n}</translation>
    </message>
    <message>
        <source>satisfaction rate {rate}</source>
        <translation>满意度 {rate}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>算式为空</translation>
    </message>
    <message>
        <source>cannot read the expression at “{part}” (position {pos})</source>
        <translation>无法识别算式中的“{part}”（第 {pos} 个字符）</translation>
    </message>
    <message>
        <source>no calculation found: write it as “expression = result”, e.g. “3.23×1.8405=5.94”</source>
        <translation>未找到算式：请写成“算式 = 结果”，例如“3.23×1.8405=5.94”</translation>
    </message>
    <message>
        <source>A calculation written out: A×B=C, A/B=C%, A/B−1=C%, A+B+C=D (also 乘以 除以 加 减 等于, full-width, with 万元/元/%)</source>
        <translation>写出的算式：A×B=C、A/B=C%、A/B−1=C%、A+B+C=D（也可用 乘以、除以、加、减、等于，全角字符，带 万元/元/%）</translation>
    </message>
    <message>
        <source>A product (sum, difference, quotient) in words: “A 与 B 的乘积/之和/之差/之商为 C”</source>
        <translation>文字写出的乘积（和、差、商）：“A 与 B 的乘积/之和/之差/之商为 C”</translation>
    </message>
    <message>
        <source>A budget rate next to its amounts: 执行率/支出率/完成率 = actual ÷ (adjusted) budget, 调整率 = 调减 ÷ 批复, 到位率 = 到位 ÷ 批复</source>
        <translation>资金比率与其金额在同一句中：执行率/支出率/完成率 = 实际支出 ÷（调整后）预算，调整率 = 调减 ÷ 批复，到位率 = 到位 ÷ 批复</translation>
    </message>
    <message>
        <source>A budget after a cut: “预算 A 万元，调减 B 万元，调整后 C 万元”</source>
        <translation>调减后的预算：“预算 A 万元，调减 B 万元，调整后 C 万元”</translation>
    </message>
    <message>
        <source>A share of a contract sum: “合同总价 A 万元 … 的 P%，即 X 万元”</source>
        <translation>合同总价的比例：“合同总价 A 万元 … 的 P%，即 X 万元”</translation>
    </message>
    <message>
        <source>A total next to its parts: “…A 万元，…B 万元，合计/总投入 C 万元”, “共 N 个，分别为 a 个、b 个…”, “N 个（包括 a 个、b 个）”</source>
        <translation>合计与其各项在同一句中：“…A 万元，…B 万元，合计/总投入 C 万元”，“共 N 个，分别为 a 个、b 个…”，“N 个（包括 a 个、b 个）”</translation>
    </message>
    <message>
        <source>A rate next to its counts: “计划 N 个，实际 M 个，完成率 R%”, “N 项中完成 M 项，…率 R%”, “共 N 条，其中 M 条，…率 R%”, “共 N 次，其中 A 次…，剩余 B 次”</source>
        <translation>比率与其计数在同一句中：“计划 N 个，实际 M 个，完成率 R%”，“N 项中完成 M 项，…率 R%”，“共 N 条，其中 M 条，…率 R%”，“共 N 次，其中 A 次…，剩余 B 次”</translation>
    </message>
    <message>
        <source>A score rate next to its weight and score: “分值 W 分，得分 S 分，得分率 R%”</source>
        <translation>得分率与分值、得分在同一句中：“分值 W 分，得分 S 分，得分率 R%”</translation>
    </message>
    <message>
        <source>“A 比 B 增长/增多/下降了 R%” with both values in the sentence</source>
        <translation>“A 比 B 增长/增多/下降了 R%”，两个数值都在同一句中</translation>
    </message>
    <message>
        <source>The points of a leaf and their total: “得 a 分 … 得 b 分 … 本项合计得 S 分”</source>
        <translation>各要点得分与本项合计：“得 a 分 … 得 b 分 … 本项合计得 S 分”</translation>
    </message>
    <message>
        <source>approved budget</source>
        <translation>批复预算</translation>
    </message>
    <message>
        <source>adjusted budget</source>
        <translation>调整后预算</translation>
    </message>
    <message>
        <source>actual spending</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>the score recorded for this leaf</source>
        <translation>本指标记录的得分</translation>
    </message>
    <message>
        <source>the leaf&apos;s weight</source>
        <translation>本指标的分值</translation>
    </message>
    <message>
        <source>The final score {found} departs from its rule&apos;s proposal {expected}.</source>
        <translation>最终得分 {found} 与评分规则的建议分 {expected} 不一致。</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>预算资金明细</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>the score rate of this leaf</source>
        <translation>本指标的得分率</translation>
    </message>
    <message>
        <source>Imported score sheet {file}</source>
        <translation>导入的得分表 {file}</translation>
    </message>
    <message>
        <source>The points {first}…{last} add up to {sum}, but the leaf&apos;s weight is {weight}.</source>
        <translation>要点{first}…{last}合计 {sum} 分，但本指标分值为 {weight} 分。</translation>
    </message>
    <message>
        <source>{n} assessment points × {each} = {sum}, but the leaf&apos;s weight is {weight}.</source>
        <translation>{n} 个评价要点 × {each} 分 = {sum} 分，但本指标分值为 {weight} 分。</translation>
    </message>
    <message>
        <source>Reason recorded: {reason}</source>
        <translation>已记录的理由：{reason}</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>The sub-projects&apos; {what} add up to {sum} 万元 ({parts}); the project&apos;s own figure is {own} 万元.</source>
        <translation>各子项目的{what}合计 {sum} 万元（{parts}），与项目填写的 {own} 万元不一致。</translation>
    </message>
    <message>
        <source>The sheet states a total of {found}; its leaves add up to {expected}.</source>
        <translation>得分表写明合计 {found}，其三级指标相加为 {expected}。</translation>
    </message>
    <message>
        <source>The rule&apos;s input {found} is not the rate of any budget line ({expected}).</source>
        <translation>评分规则的输入 {found} 与各预算行的比率（{expected}）都不一致。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>The sheet states {what} {found} for {path}; its leaves add up to {expected}.</source>
        <translation>得分表写明 {path} 的{what}为 {found}，其三级指标相加为 {expected}。</translation>
    </message>
    <message>
        <source>rule inputs by {name}</source>
        <translation>{name}的规则输入</translation>
    </message>
    <message>
        <source>{basis} = {expected}, not {found}.</source>
        <translation>{basis} = {expected}，不是 {found}。</translation>
    </message>
    <message>
        <source>Say why this finding can stay (e.g. “the report quotes the unit&apos;s own error”).</source>
        <translation>请说明为什么可以保留这个数字（例如“报告引用的是预算单位的原始错误”）。</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Indicator scores</source>
        <translation>指标得分</translation>
    </message>
    <message>
        <source>Indicator counts</source>
        <translation>指标个数</translation>
    </message>
    <message>
        <source>Budget figures</source>
        <translation>预算资金数据</translation>
    </message>
    <message>
        <source>Survey figures</source>
        <translation>满意度调查数据</translation>
    </message>
    <message>
        <source>Target counts</source>
        <translation>绩效指标个数</translation>
    </message>
    <message>
        <source>Leaf total in comment</source>
        <translation>评价意见中的本项得分</translation>
    </message>
    <message>
        <source>Criteria vs weight</source>
        <translation>评分标准与分值</translation>
    </message>
    <message>
        <source>Final score vs rule</source>
        <translation>最终得分与评分规则</translation>
    </message>
    <message>
        <source>Rule input vs money</source>
        <translation>规则输入与资金数据</translation>
    </message>
    <message>
        <source>Sub-projects vs project</source>
        <translation>子项目与项目合计</translation>
    </message>
    <message>
        <source>Imported subtotals</source>
        <translation>导入得分表的小计</translation>
    </message>
    <message>
        <source>The text says {found}, but {basis} is {expected}.</source>
        <translation>文中写的是 {found}，但{basis}为 {expected}。</translation>
    </message>
    <message>
        <source>Report section “{title}”</source>
        <translation>报告章节“{title}”</translation>
    </message>
    <message>
        <source>final comment</source>
        <translation>最终评价意见</translation>
    </message>
    <message>
        <source>scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>assessment points</source>
        <translation>评价要点</translation>
    </message>
    <message>
        <source>Target “{name}” — note</source>
        <translation>绩效指标“{name}”——备注</translation>
    </message>
    <message>
        <source>Report problem “{title}”</source>
        <translation>报告问题“{title}”</translation>
    </message>
    <message>
        <source>comment by {name}</source>
        <translation>{name}的评价意见</translation>
    </message>
    <message>
        <source>the combined budget lines</source>
        <translation>各子项目合计</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <translation>预算调整额</translation>
    </message>
    <message>
        <source>funds received</source>
        <translation>到位资金</translation>
    </message>
    <message>
        <source>execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>adjustment rate</source>
        <translation>预算调整率</translation>
    </message>
    <message>
        <source>arrival rate</source>
        <translation>资金到位率</translation>
    </message>
    <message>
        <source>the project&apos;s total score</source>
        <translation>项目总得分</translation>
    </message>
    <message>
        <source>the project&apos;s grade</source>
        <translation>项目评价等级</translation>
    </message>
    <message>
        <source>the overall satisfaction rate</source>
        <translation>总体满意率</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>项目合计</translation>
    </message>
    <message>
        <source>the indicators under {path}</source>
        <translation>{path}下设的指标个数</translation>
    </message>
    <message>
        <source>the project&apos;s level-{level} indicators</source>
        <translation>项目 {level} 级指标的个数</translation>
    </message>
    <message>
        <source>the {what} of {line}</source>
        <translation>{line}的{what}</translation>
    </message>
    <message>
        <source>the performance targets of {scope}</source>
        <translation>{scope}的绩效指标个数</translation>
    </message>
    <message>
        <source>targets marked “{status}” of {scope}</source>
        <translation>{scope}中“{status}”的指标个数</translation>
    </message>
    <message>
        <source>the weight of {what}</source>
        <translation>{what}的分值</translation>
    </message>
    <message>
        <source>the budget lines</source>
        <translation>各预算行</translation>
    </message>
    <message>
        <source>the sample of {group}</source>
        <translation>{group}的样本量</translation>
    </message>
    <message>
        <source>the satisfaction rate of {group}</source>
        <translation>{group}的满意率</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>targets “{kind}” of {scope}</source>
        <translation>{scope}的“{kind}”个数</translation>
    </message>
    <message>
        <source>the score of {what}</source>
        <translation>{what}的得分</translation>
    </message>
    <message>
        <source>the score rate of {what}</source>
        <translation>{what}的得分率</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Check: every figure agrees</source>
        <translation>核对：每个数字都对得上</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新核对</translation>
    </message>
    <message>
        <source>Recompute every stated figure against the data (report text, comments, criteria, targets, money lines)</source>
        <translation>按项目数据重新计算写出的每个数字（报告正文、评价意见、评分标准、绩效指标、预算资金）</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>文中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Checking figures…</source>
        <translation>正在核对数字…</translation>
    </message>
    <message>
        <source>Dismissed: {reason}</source>
        <translation>已忽略：{reason}</translation>
    </message>
    <message>
        <source>{n} figure(s) do not agree; {d} dismissed.</source>
        <translation>{n} 处数字对不上；已忽略 {d} 处。</translation>
    </message>
    <message>
        <source>Every figure checked agrees ({d} dismissed).</source>
        <translation>核对的数字全部一致（已忽略 {d} 处）。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>恢复核对问题</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>忽略核对问题</translation>
    </message>
    <message>
        <source>Why can this figure stay as it is?
{message}</source>
        <translation>为什么这个数字可以保留？
{message}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No projects yet. Create the demo with “evaltool demo”.</source>
        <translation>还没有项目。可用“evaltool demo”创建演示项目。</translation>
    </message>
    <message>
        <source>Demo project created: {name}</source>
        <translation>已创建演示项目：{name}</translation>
    </message>
    <message>
        <source>--title applies to one file; each file keeps its own name as title.</source>
        <translation>--title 只适用于单个文件；多个文件各以自己的文件名作为标题。</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>(already in the project)</source>
        <translation>（已在项目中）</translation>
    </message>
    <message>
        <source>an evidence note</source>
        <translation>佐证笔记</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>没有佐证材料。</translation>
    </message>
    <message>
        <source>{n} link(s) made.</source>
        <translation>已建立 {n} 个关联。</translation>
    </message>
    <message>
        <source>{n} link(s) removed.</source>
        <translation>已解除 {n} 个关联。</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>{n} file(s) checked, {bad} missing or altered.</source>
        <translation>已校验 {n} 个文件，{bad} 个缺失或被改动。</translation>
    </message>
    <message>
        <source>[negative, cap {cap}]</source>
        <translation>[逆向指标，上限 {cap}]</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What the sheet states, and what the imported rows add to:</source>
        <translation>表中所列数字与导入各行的合计对照：</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>weight {stated} / {computed}</source>
        <translation>分值 {stated} / {computed}</translation>
    </message>
    <message>
        <source>score {stated} / {computed}</source>
        <translation>得分 {stated} / {computed}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.</source>
        <translation>工作表“{sheet}”，表头行 {rows}：{n} 个指标，{s} 个得分。</translation>
    </message>
    <message>
        <source>The sheet does not reconcile ({n} warnings); nothing was imported (--strict).</source>
        <translation>表格核对不符（{n} 条警告），未导入任何内容（--strict）。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Project “{name}” created: {n} indicators, {s} scores.</source>
        <translation>已创建项目“{name}”：{n} 个指标，{s} 个得分。</translation>
    </message>
    <message>
        <source>{l1} level-1 indicators, {leaves} leaves, level-1 weights {w}.</source>
        <translation>{l1} 个一级指标，{leaves} 个三级指标，一级指标分值合计 {w}。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>No problems: the weights add up.</source>
        <translation>没有问题：分值合计正确。</translation>
    </message>
    <message>
        <source>Negative indicators:</source>
        <translation>逆向指标：</translation>
    </message>
    <message>
        <source>Survey created: {name} ({count} questions)</source>
        <translation>已创建问卷：{name}（{count} 个题目）</translation>
    </message>
    <message>
        <source>Questionnaire “{name}” inferred from {file}: {n} questions</source>
        <translation>由 {file} 推断出问卷“{name}”：{n} 道题</translation>
    </message>
    <message>
        <source>  group column: “{column}” ({groups})</source>
        <translation>  分组列：“{column}”（{groups}）</translation>
    </message>
    <message>
        <source>  every row in group {group}</source>
        <translation>  全部答卷归入群体 {group}</translation>
    </message>
    <message>
        <source>  no group column: name one with --group-column or --group</source>
        <translation>  没有分组列：请用 --group-column 或 --group 指定</translation>
    </message>
    <message>
        <source>  respondent id: “{column}”</source>
        <translation>  答卷编号：“{column}”</translation>
    </message>
    <message>
        <source>  kept aside (metadata): {columns}</source>
        <translation>  另行保存（平台信息列）：{columns}</translation>
    </message>
    <message>
        <source> [left out]</source>
        <translation> [不导入]</translation>
    </message>
    <message>
        <source>asked of: {groups}</source>
        <translation>仅询问：{groups}</translation>
    </message>
    <message>
        <source>  (* counts as satisfied)</source>
        <translation>  （* 计为满意）</translation>
    </message>
    <message>
        <source>{file}: {rows} questionnaires, {bad} with problems, {dup} already imported; columns: {mapping}</source>
        <translation>{file}：{rows} 份答卷，{bad} 份有问题，{dup} 份此前已导入；列对应：{mapping}</translation>
    </message>
    <message>
        <source>{key}: labels that are no option: {labels} (--add-options adds them)</source>
        <translation>{key}：不属于选项的答案：{labels}（--add-options 可将其加为选项）</translation>
    </message>
    <message>
        <source>{file}: {n} cells held control characters (invisible, not text); they were removed.</source>
        <translation>{file}：有 {n} 个单元格含控制字符（不可见，不是文字），已删除这些字符。</translation>
    </message>
    <message>
        <source>Questionnaire created: {name} ({count} questions). Imported {n} questionnaires, skipped {skipped}.</source>
        <translation>已创建问卷：{name}（{count} 道题）。已导入 {n} 份答卷，跳过 {skipped} 份。</translation>
    </message>
    <message>
        <source>Imported {n} questionnaires, skipped {skipped}; {dup} were imported before.</source>
        <translation>已导入 {n} 份答卷，跳过 {skipped} 份；{dup} 份此前已导入。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>调查对象组</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>{changes} changes, {blobs} evidence files, {size} bytes{enc}.</source>
        <translation>{changes} 条修改，{blobs} 个佐证材料文件，{size} 字节{enc}。</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files are missing from this laptop&apos;s store and were not included.</source>
        <translation>警告：本机存储中缺少 {n} 个佐证材料文件，未包含在同步包中。</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{head} {path}: project “{project}” from {sender} ({evaluator})</source>
        <translation>{head} {path}：来自 {sender}（{evaluator}）的项目“{project}”</translation>
    </message>
    <message>
        <source>The project is new on this laptop and is created.</source>
        <translation>本机尚无该项目，将新建。</translation>
    </message>
    <message>
        <source>changes: {new} new of {total}</source>
        <translation>修改：共 {total} 条，新增 {new} 条</translation>
    </message>
    <message>
        <source>evidence files: would add {added} of {n} in the package</source>
        <translation>佐证文件：将新增 {added} 个（包内共 {n} 个）</translation>
    </message>
    <message>
        <source>Warning: {n} values from the other laptop were cleaned: control characters (invisible, not text) removed, numbers that are not finite left empty.</source>
        <translation>警告：来自另一台电脑的 {n} 个值已清理：删除了控制字符（不可见，不是文字），非有限数值已留空。</translation>
    </message>
    <message>
        <source>signed by: nobody (an unsigned package)</source>
        <translation>签名：无（未签名的同步包）</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>NOT KNOWN in this project</source>
        <translation>本项目不认识这台电脑</translation>
    </message>
    <message>
        <source>confirmed now</source>
        <translation>本次已确认</translation>
    </message>
    <message>
        <source>the laptop this project came from, now trusted</source>
        <translation>本项目来自这台电脑，现已信任</translation>
    </message>
    <message>
        <source>signed by: {name} ({device}), key {fingerprint} — {state}</source>
        <translation>签名：{name}（{device}），密钥指纹 {fingerprint} — {state}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>sync devices --confirm needs --fingerprint: the fingerprint you checked with the laptop&apos;s owner.</source>
        <translation>sync devices --confirm 需要 --fingerprint：即您与该电脑使用者核对过的密钥指纹。</translation>
    </message>
    <message>
        <source>Trusted for the whole team (the project&apos;s roster).</source>
        <translation>已为整个团队信任（写入项目的电脑名册）。</translation>
    </message>
    <message>
        <source>Trusted on this laptop (only the lead&apos;s confirmation reaches the team).</source>
        <translation>仅在本机信任（只有组长的确认会同步给团队）。</translation>
    </message>
    <message>
        <source>Revoked: its packages are refused from now on.</source>
        <translation>已吊销：今后拒收这台电脑的同步包。</translation>
    </message>
    <message>
        <source>Packages must be encrypted and signed by a trusted laptop: {state}</source>
        <translation>同步包必须加密并由受信任的电脑签名：{state}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>trusted (roster)</source>
        <translation>已信任（名册）</translation>
    </message>
    <message>
        <source>trusted (this laptop)</source>
        <translation>已信任（仅本机）</translation>
    </message>
    <message>
        <source>seen, not confirmed</source>
        <translation>见过，未确认</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>From now on packages of this project must be encrypted and signed by a trusted laptop.</source>
        <translation>从现在起，本项目的同步包必须加密并由受信任的电脑签名。</translation>
    </message>
    <message>
        <source>Packages of this project no longer need to be encrypted and signed.</source>
        <translation>本项目的同步包不再要求加密和签名。</translation>
    </message>
    <message>
        <source>Team hub created</source>
        <translation>团队中心库已创建</translation>
    </message>
    <message>
        <source>Team hub up to date</source>
        <translation>团队中心库已是最新</translation>
    </message>
    <message>
        <source>{head}: {hub} (schema {rev}, hub {version}), {n} projects.</source>
        <translation>{head}：{hub}（数据库版本 {rev}，中心库版本 {version}），{n} 个项目。</translation>
    </message>
    <message>
        <source>Pushed “{name}” to {hub}: {new} of {sent} changes were new there.</source>
        <translation>已将“{name}”推送到 {hub}：发送 {sent} 项修改，其中 {new} 项为中心库新增。</translation>
    </message>
    <message>
        <source>Pulled “{name}” from {hub}: {new} of {sent} changes were new here.</source>
        <translation>已从 {hub} 拉取“{name}”：收到 {sent} 项修改，其中 {new} 项为本机新增。</translation>
    </message>
    <message>
        <source>The project is new on the hub and was created there.</source>
        <translation>该项目在中心库中尚不存在，已在中心库创建。</translation>
    </message>
    <message>
        <source>The project is new on this laptop and was created.</source>
        <translation>该项目在本机尚不存在，已在本机创建。</translation>
    </message>
    <message>
        <source>records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting</source>
        <translation>记录：新增 {new}，修改 {changed}，未变 {unchanged}，冲突 {conflicting}</translation>
    </message>
    <message>
        <source>evidence files: {n} moved ({mb} MB)</source>
        <translation>佐证文件：传输 {n} 个（{mb} MB）</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>this laptop&apos;s store</source>
        <translation>本机文件库</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files are not in {where}.</source>
        <translation>警告：有 {n} 个佐证文件不在{where}中。</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>推送中</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>拉取中</translation>
    </message>
    <message>
        <source>No project of this laptop is on the hub yet (evaltool hub push PROJECT).</source>
        <translation>本机的项目都尚未上传到中心库（evaltool hub push 项目）。</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>No project you may read is on the hub yet.</source>
        <translation>中心库中还没有您有权查看的项目。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>{n} projects; mean total {mean}</source>
        <translation>{n} 个项目；平均总分 {mean}</translation>
    </message>
    <message>
        <source>{name}: {projects} projects, score rate mean {mean}, median {median} ({lo}–{hi}); points lost in {deducted}</source>
        <translation>{name}：{projects} 个项目，得分率平均 {mean}，中位数 {median}（{lo}–{hi}）；扣分 {deducted} 次</translation>
    </message>
    <message>
        <source>evidence files: {added} added of {n} in the package</source>
        <translation>佐证材料文件：同步包中 {n} 个，新增 {added} 个</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files of this project are not on this laptop yet.</source>
        <translation>警告：本项目有 {n} 个佐证材料文件尚未同步到本机。</translation>
    </message>
    <message>
        <source>Resolve conflicts with “evaltool sync conflicts {project}”.</source>
        <translation>请用“evaltool sync conflicts {project}”处理冲突。</translation>
    </message>
    <message>
        <source>{n} changes were made by someone whose role does not allow them: kept as proposals for the team lead (“evaltool proposals {project}”), not applied.</source>
        <translation>{n} 项更改的作者在本项目中没有相应权限：已作为提议留给组长决定（“evaltool proposals {project}”），未被采用。</translation>
    </message>
    <message>
        <source>Warning: {n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest} UTC): the sender&apos;s clock or this one is wrong. They were imported; this laptop&apos;s clock was not moved.</source>
        <translation>警告：{n} 项更改的时间比本机时钟超前 {minutes} 分钟以上（最晚到 {latest} UTC）：发送方或本机的时钟有误。更改已导入，本机时钟未被调整。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Resolved {key}.</source>
        <translation>已解决 {key}。</translation>
    </message>
    <message>
        <source>No packages received yet.</source>
        <translation>尚未收到同步包。</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>无法创建文件夹 {path}：{error}</translation>
    </message>
    <message>
        <source>Say what to write: --docx, --xlsx, --pdf, --blank-forms or --out-dir.</source>
        <translation>请指定要导出的内容：--docx、--xlsx、--pdf、--blank-forms 或 --out-dir。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>提示：{message}</translation>
    </message>
    <message>
        <source>Name the section to draft with --section.</source>
        <translation>请用 --section 指定要起草的章节。</translation>
    </message>
    <message>
        <source>Name the section to set with --section.</source>
        <translation>请用 --section 指定要设置的章节。</translation>
    </message>
    <message>
        <source>a report section</source>
        <translation>报告章节</translation>
    </message>
    <message>
        <source>{n} open finding(s), {d} dismissed.</source>
        <translation>{n} 处未处理，{d} 处已忽略。</translation>
    </message>
    <message>
        <source>No open findings: every figure checked agrees ({d} dismissed).</source>
        <translation>没有未处理的问题：核对的数字全部一致（已忽略 {d} 处）。</translation>
    </message>
    <message>
        <source>Dismissed {id}.</source>
        <translation>已忽略 {id}。</translation>
    </message>
    <message>
        <source>Reopened {id}.</source>
        <translation>已恢复 {id}。</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>应为 {expected}，文中为 {found}</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>No finding with id “{id}”; run “evaltool check {project}” to list them.</source>
        <translation>没有编号为“{id}”的核对问题；运行“evaltool check {project}”查看全部。</translation>
    </message>
    <message>
        <source>No contracts in this project yet. Add one with “evaltool contract add”.</source>
        <translation>本项目还没有合同。请用“evaltool contract add”添加。</translation>
    </message>
    <message>
        <source>--evaluator and --indicator go together (one evaluator&apos;s score of one leaf).</source>
        <translation>--evaluator 与 --indicator 须同时给出（一位评价人员对一个指标的评分）。</translation>
    </message>
    <message>
        <source>--value and --inputs need --evaluator and --indicator.</source>
        <translation>--value 和 --inputs 需要同时给出 --evaluator 与 --indicator。</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未考核</translation>
    </message>
    <message>
        <source>--inputs must be a JSON object, e.g. {&quot;level&quot;: 1}.</source>
        <translation>--inputs 必须是 JSON 对象，例如 {&quot;level&quot;: 1}。</translation>
    </message>
    <message>
        <source>{contract} {month}: score {score}, timeliness {timeliness}, penalties {penalties} yuan</source>
        <translation>{contract} {month}：得分 {score}，时效性 {timeliness}，扣罚 {penalties} 元</translation>
    </message>
    <message>
        <source>Fault {id}: {overrun}% over the limit → {points} points; timeliness of {month}: {timeliness}</source>
        <translation>故障 {id}：超出时限 {overrun}% → {points} 分；{month} 时效性：{timeliness}</translation>
    </message>
    <message>
        <source>Total payable: {total} yuan</source>
        <translation>应付合计：{total} 元</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>提示：{message}</translation>
    </message>
    <message>
        <source>Leaves without a score: {leaves}</source>
        <translation>尚未评分的指标：{leaves}</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>正在写入结算单</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Set who you are first: evaltool whoami --name NAME --role lead.</source>
        <translation>请先设置您的身份：evaltool whoami --name 姓名 --role lead。</translation>
    </message>
    <message>
        <source>“调整” is a change of the approved budget: give 批复= too.</source>
        <translation>“调整”是对批复预算的调整额，请同时给出 批复=。</translation>
    </message>
    <message>
        <source>Adjustment rate: {definition}</source>
        <translation>预算调整率：{definition}</translation>
    </message>
    <message>
        <source>{indicator}: {score} ({working})</source>
        <translation>{indicator}：{score}（{working}）</translation>
    </message>
    <message>
        <source>“{value}” is not a year (--line NAME [YEAR] FIELD=AMOUNT …).</source>
        <translation>“{value}”不是年度（--line 名称 [年度] 字段=金额 …）。</translation>
    </message>
    <message>
        <source>Cannot read “{item}”: write FIELD=AMOUNT with a field among approved (批复), adjusted (调整后), adjustment (调整), received (到位), actual (实际支出), moved_out (调至其他项目), recovered (收回), note.</source>
        <translation>无法读取“{item}”：请写成 字段=金额，字段可为 approved（批复）、adjusted（调整后）、adjustment（调整）、received（到位）、actual（实际支出）、moved_out（调至其他项目）、recovered（收回）、note。</translation>
    </message>
    <message>
        <source>No problems recorded. “--draft” drafts them from the deductions.</source>
        <translation>尚未记录问题。使用“--draft”可根据扣分情况起草。</translation>
    </message>
    <message>
        <source>No problem “{ref}”; run “evaltool problems PROJECT” to list them.</source>
        <translation>没有问题“{ref}”；运行“evaltool problems 项目”查看列表。</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Write --set FIELD=VALUE, not “{item}”.</source>
        <translation>请写成 --set 字段=值，而不是“{item}”。</translation>
    </message>
    <message>
        <source>found in: {leaves} ({lost} points lost)</source>
        <translation>依据：{leaves}（共扣 {lost} 分）</translation>
    </message>
    <message>
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Give --value, or --inputs for the rule to propose the score.</source>
        <translation>请给出 --value，或给出 --inputs 由评分规则计算建议得分。</translation>
    </message>
    <message>
        <source>--indicator is required (except with --suggest-all).</source>
        <translation>需要 --indicator（--suggest-all 除外）。</translation>
    </message>
    <message>
        <source>--apply goes with --suggest or --suggest-all.</source>
        <translation>--apply 须与 --suggest 或 --suggest-all 一起使用。</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <source>--suggest-all reads every leaf: leave out --indicator.</source>
        <translation>--suggest-all 读取全部三级指标：请去掉 --indicator。</translation>
    </message>
    <message>
        <source>--min-confidence is a number from 0 to 1.</source>
        <translation>--min-confidence 应为 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>Reading criteria</source>
        <translation>正在读取评分标准</translation>
    </message>
    <message>
        <source>{n} score(s) depart from this rule:</source>
        <translation>{n} 个得分偏离该规则：</translation>
    </message>
    <message>
        <source>Read from: {text}  (confidence {c:.0%})</source>
        <translation>读取自：{text}（置信度 {c:.0%}）</translation>
    </message>
    <message>
        <source>{leaves} leaves: {read} read, {expert} expert judgement, {not_read} not read; {agree} of {tried} with measured values propose the score given.</source>
        <translation>{leaves} 个三级指标：读出规则 {read} 个，酌情评分 {expert} 个，未能读取 {not_read} 个；有实测值的 {tried} 个中，{agree} 个按规则建议的得分与所给得分一致。</translation>
    </message>
    <message>
        <source>--inputs of “{name}”: {why}</source>
        <translation>“{name}”的 --inputs：{why}</translation>
    </message>
    <message>
        <source>The inputs propose no score for “{name}”: {why} The score was left as it was; give it with --value, or complete the inputs.</source>
        <translation>这些输入无法为“{name}”给出建议得分：{why} 得分保持不变；请用 --value 给出得分，或补全输入。</translation>
    </message>
    <message>
        <source>--value: give the final score (a number); use --auto to follow the consolidation.</source>
        <translation>--value：请给出最终得分（数字）；如需按汇总方式计算，请用 --auto。</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>注意：{text}</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>未能读取：{reason}</translation>
    </message>
    <message>
        <source>From the inputs behind the final score it proposes {proposed} (final {final}).</source>
        <translation>按最终得分所依据的输入，规则建议 {proposed} 分（最终得分 {final}）。</translation>
    </message>
    <message>
        <source>Applied to {n} leaves (confidence ≥ {c:.0%}).</source>
        <translation>已应用于 {n} 个三级指标（置信度 ≥ {c:.0%}）。</translation>
    </message>
    <message>
        <source>--value of “{name}”: {why}</source>
        <translation>“{name}”的 --value：{why}</translation>
    </message>
    <message>
        <source>not read: {reason}</source>
        <translation>未能读取：{reason}</translation>
    </message>
    <message>
        <source>The rule of “{name}” cannot be used: {problems}</source>
        <translation>“{name}”的规则无法使用：{problems}</translation>
    </message>
    <message>
        <source>Nothing to apply to “{name}”: {reason}</source>
        <translation>“{name}”没有可应用的规则：{reason}</translation>
    </message>
    <message>
        <source>proposes {proposed}, final {final}</source>
        <translation>建议 {proposed}，最终 {final}</translation>
    </message>
    <message>
        <source>self-evaluation table</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>target table</source>
        <translation>绩效目标表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Imported {n} rows ({replaced} replaced).</source>
        <translation>已导入 {n} 行（替换 {replaced} 行）。</translation>
    </message>
    <message>
        <source>No open proposals.</source>
        <translation>没有待决定的提议。</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>{id}  {record} ({kind}) by {author}, {at}: lacks the right to {right} [{status}]</source>
        <translation>{id}  {record}（{kind}），{author}，{at}：无权{right} [{status}]</translation>
    </message>
    <message>
        <source>Accepted {id}.</source>
        <translation>已采纳 {id}。</translation>
    </message>
    <message>
        <source>Rejected {id}.</source>
        <translation>已驳回 {id}。</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算项目</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批复</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <source>Adjustment rate</source>
        <translation>预算调整率</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>没有提示。</translation>
    </message>
    <message>
        <source>The two tables agree.</source>
        <translation>两表一致。</translation>
    </message>
    <message>
        <source>(no sub-project)</source>
        <translation>（无子项目）</translation>
    </message>
    <message>
        <source>{n} flags; see “evaltool flags”.</source>
        <translation>{n} 个提示；详见“evaltool flags”。</translation>
    </message>
    <message>
        <source>{evaluator}: {value} (rule proposes {proposed})</source>
        <translation>{evaluator}：{value}（按标准建议 {proposed}）</translation>
    </message>
    <message>
        <source>Final {value}; total {total}, grade {grade}</source>
        <translation>最终得分 {value}；总分 {total}，等级 {grade}</translation>
    </message>
    <message>
        <source>Project: {state}; {n} of {m} leaves reviewed</source>
        <translation>项目：{state}；{m} 个三级指标中已审阅 {n} 个</translation>
    </message>
    <message>
        <source>modified since review</source>
        <translation>审阅后有修改</translation>
    </message>
    <message>
        <source>Total {total}, grade {grade}</source>
        <translation>总分 {total}，等级 {grade}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {n} rows of a {table} (header on row {row})</source>
        <translation>{file}，工作表 {sheet}：{table}共 {n} 行（表头在第 {row} 行）</translation>
    </message>
    <message>
        <source>Nothing stored (dry run).</source>
        <translation>未保存任何内容（试运行）。</translation>
    </message>
    <message>
        <source>{label}: {met} met or partly met, {not_met} not met, {unknown} unknown of {total}</source>
        <translation>{label}：共 {total} 项，已完成或部分完成 {met} 项，未完成 {not_met} 项，未知 {unknown} 项</translation>
    </message>
    <message>
        <source>Proposed: {score}  {working}</source>
        <translation>建议得分：{score}（{working}）</translation>
    </message>
    <message>
        <source>downgraded from {grade}</source>
        <translation>由{grade}降级</translation>
    </message>
    <message>
        <source>Cannot check “{text}”: {error}</source>
        <translation>无法核对“{text}”：{error}</translation>
    </message>
    <message>
        <source>{expr} cannot be computed: {error}</source>
        <translation>{expr} 无法计算：{error}</translation>
    </message>
    <message>
        <source>{expr} = {stated} is right.</source>
        <translation>{expr} = {stated}，正确。</translation>
    </message>
    <message>
        <source>{expr} is {expected}, not {stated}.</source>
        <translation>{expr} 应为 {expected}，不是 {stated}。</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>已恢复 {backup}。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>被替换的数据库已保留为 {path}。</translation>
    </message>
    <message>
        <source>This laptop now has the device identity {new} (before: {old}).</source>
        <translation>本机现在的设备身份为 {new}（原为 {old}）。</translation>
    </message>
    <message>
        <source>This laptop&apos;s device identity was {old}; its changes keep that identity, new ones are numbered under the new one.</source>
        <translation>本机原来的设备身份为 {old}；已有的修改保留该身份，新的修改以新身份编号。</translation>
    </message>
    <message>
        <source>{n} temporary file(s) and {m} unreferenced evidence file(s) removed, {mb:.1f} MB freed.</source>
        <translation>已删除 {n} 个临时文件和 {m} 个无引用的佐证文件，释放 {mb:.1f} MB。</translation>
    </message>
    <message>
        <source>note: a backup could not be read, so no evidence file was removed.</source>
        <translation>注意：有一份备份无法读取，因此没有删除任何佐证文件。</translation>
    </message>
    <message>
        <source>The standard input is too long for {what} (more than {max} MB).</source>
        <translation>标准输入的内容作为{what}太长（超过 {max} MB）。</translation>
    </message>
    <message>
        <source>{file}: {n} characters that are not text (control characters) were left out.</source>
        <translation>{file}：有 {n} 个非文字字符（控制字符）已删除。</translation>
    </message>
    <message>
        <source>internal error ({error}). This is a bug in evaltool, not a mistake of yours; please report it with the file {file}.</source>
        <translation>内部错误（{error}）。这是 evaltool 的缺陷，不是您的操作错误；请连同文件 {file} 一起报告。</translation>
    </message>
</context>
<context>
    <name>ConflictGuard</name>
    <message>
        <source>Conflicting values</source>
        <translation>冲突的值</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>This field holds values from two laptops:</source>
        <translation>此字段保留了来自两台电脑的值：</translation>
    </message>
    <message>
        <source>Your new value “{value}” replaces:</source>
        <translation>您的新值“{value}”替换：</translation>
    </message>
    <message>
        <source>Your new value replaces:</source>
        <translation>您的新值替换：</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>我的值</translation>
    </message>
    <message>
        <source>{who}&apos;s value</source>
        <translation>{who}的值</translation>
    </message>
    <message>
        <source>The value shown</source>
        <translation>当前显示的值</translation>
    </message>
    <message>
        <source>Both (settles the conflict)</source>
        <translation>两个都替换（解决冲突）</translation>
    </message>
    <message>
        <source>All of them (settles the conflict)</source>
        <translation>全部替换（解决冲突）</translation>
    </message>
</context>
<context>
    <name>ConflictMarker</name>
    <message>
        <source>⚠ {field}: {n} values</source>
        <translation>⚠ {field}：{n} 个值</translation>
    </message>
    <message>
        <source>⚠ {n} values</source>
        <translation>⚠ {n} 个值</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>Two laptops changed this field without seeing each other&apos;s change; both values are kept:</source>
        <translation>两台电脑在互不知情时修改了此字段；两个值都已保留：</translation>
    </message>
    <message>
        <source>Keep one of them here, or write a merged value on the Sync page.</source>
        <translation>可在此保留其中一个值，或到“同步”页填写合并后的值。</translation>
    </message>
    <message>
        <source>Keep {value}</source>
        <translation>保留 {value}</translation>
    </message>
    <message>
        <source>Write a merged value on the Sync page…</source>
        <translation>到“同步”页填写合并值…</translation>
    </message>
</context>
<context>
    <name>ConflictsProposalsBox</name>
    <message>
        <source>Conflicts and proposals</source>
        <translation>冲突与提议</translation>
    </message>
    <message>
        <source>Resolve on the Sync page…</source>
        <translation>到“同步”页解决…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>待解决的冲突：{n} 个</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>{record} ({kind}) — {author}, {when}: {changes}
   without the right to {right}</source>
        <translation>{record}（{kind}）— {author}，{when}：{changes}
   无权{right}</translation>
    </message>
    <message>
        <source>No proposals waiting for the lead.</source>
        <translation>没有等待组长决定的提议。</translation>
    </message>
    <message>
        <source>Changes made by someone without the right, kept for you to decide:</source>
        <translation>以下更改由无相应权限的人做出，留待您决定：</translation>
    </message>
    <message>
        <source>Changes made by someone without the right, kept for the team lead to decide:</source>
        <translation>以下更改由无相应权限的人做出，留待组长决定：</translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation>驳回提议</translation>
    </message>
    <message>
        <source>Why (recorded with the decision):</source>
        <translation>理由（随决定一并记录）：</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>its worst fault</source>
        <translation>按当月最严重的一起故障</translation>
    </message>
    <message>
        <source>the mean of its faults</source>
        <translation>按当月各起故障得分的平均值</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade (English)</source>
        <translation>等级（英文）</translation>
    </message>
    <message>
        <source>Average from</source>
        <translation>平均分下限</translation>
    </message>
    <message>
        <source>Pool paid (%)</source>
        <translation>支付比例（%）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>合同名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>乙方（服务单位）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>合同金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Base share (0–1):</source>
        <translation>基本服务金比例（0–1）(&amp;B)：</translation>
    </message>
    <message>
        <source>Grade bands:</source>
        <translation>等级标准：</translation>
    </message>
    <message>
        <source>Penalty per point of &amp;catalogue completion (yuan):</source>
        <translation>服务目录完成率每低1个百分点扣罚（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Penalty per point of &amp;SLA compliance (yuan):</source>
        <translation>SLA达标率每低1个百分点扣罚（元）(&amp;S)：</translation>
    </message>
    <message>
        <source>Affects the business: respond within:</source>
        <translation>影响业务的故障：响应时限：</translation>
    </message>
    <message>
        <source>Affects the business: recover within:</source>
        <translation>影响业务的故障：恢复时限：</translation>
    </message>
    <message>
        <source>Other faults: respond within:</source>
        <translation>其他故障：响应时限：</translation>
    </message>
    <message>
        <source>Other faults: recover within:</source>
        <translation>其他故障：恢复时限：</translation>
    </message>
    <message>
        <source>&amp;Timeliness of a month:</source>
        <translation>月度时效性计分(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Holidays (YYYY-MM-DD, …):</source>
        <translation>节假日（YYYY-MM-DD，…）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Make-up working days:</source>
        <translation>调休上班日(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 15min, 2h, 1d or 1wd (working days: Monday–Friday, minus the holidays, plus make-up days)</source>
        <translation>例如 15min、2h、1d 或 1wd（工作日：周一至周五，除去节假日，加上调休上班日）</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>No such contract (it may have been deleted).</source>
        <translation>没有该合同（可能已被删除）。</translation>
    </message>
    <message>
        <source>No such fault (it may have been deleted).</source>
        <translation>没有该故障记录（可能已被删除）。</translation>
    </message>
    <message>
        <source>The evidence item linked to the fault is not in this project.</source>
        <translation>故障关联的佐证材料不属于本项目。</translation>
    </message>
    <message>
        <source>{field}: “{value}” carries a time zone; give the local time without one.</source>
        <translation>{field}：“{value}”带有时区，请填写不带时区的本地时间。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of business (affects the business), other.</source>
        <translation>{field}：“{value}”不是 business（影响业务）或 other（其他）之一。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not 1, 2 or 3 (一级 main system, 二级 auxiliary system, 三级 hidden defect).</source>
        <translation>{field}：“{value}”不是 1、2 或 3（一级：主系统故障；二级：辅助系统故障；三级：故障隐患）。</translation>
    </message>
    <message>
        <source>{field} {value} is before the report time {reported}.</source>
        <translation>{field} {value} 早于故障报告时间 {reported}。</translation>
    </message>
    <message>
        <source>{field}: the month {month} lies outside every installment of “{name}” ({periods}); add an installment covering it first.</source>
        <translation>{field}：{month} 不在“{name}”任何一笔付款的服务期内（{periods}）；请先添加覆盖该月的付款分期。</translation>
    </message>
    <message>
        <source>{field}: “{value}” has no time of day; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{field}：“{value}”缺少时刻，请按 YYYY-MM-DD HH:MM 填写。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date and time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{field}：“{value}”不是日期时间，请按 YYYY-MM-DD HH:MM 填写。</translation>
    </message>
    <message>
        <source>{field}: {value} is outside 0…{weight} (the bonus of adopted suggestions is added on top, not typed in).</source>
        <translation>{field}：{value} 不在 0…{weight} 之间（合理化建议加分另行计入，不在此填写）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a count of suggestions (0 or more).</source>
        <translation>{field}：“{value}”不是建议条数（0 或以上的整数）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a leaf of the monthly template of “{name}”.</source>
        <translation>{field}：“{value}”不是“{name}”月度考核方案中的指标。</translation>
    </message>
    <message>
        <source>“{leaf}” is worked out from the fault register; record the month&apos;s faults instead.</source>
        <translation>“{leaf}”由故障登记计算得出，请登记当月故障。</translation>
    </message>
    <message>
        <source>“{leaf}” comes from the adopted suggestions of the month; enter their number instead.</source>
        <translation>“{leaf}”由当月被采纳的合理化建议计算得出，请填写建议条数。</translation>
    </message>
    <message>
        <source>{field}: the score {value} of “{leaf}” is outside 0…{weight}.</source>
        <translation>{field}：“{leaf}”的得分 {value} 不在 0…{weight} 之间。</translation>
    </message>
    <message>
        <source>The score {value} of “{leaf}” differs from its rule&apos;s proposal {proposed}: give a reason.</source>
        <translation>“{leaf}”的得分 {value} 与评分规则建议的 {proposed} 不同，请说明理由。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}：“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{period}: not assessed yet: {months}; the average is over the {n} assessed months and the figures are provisional.</source>
        <translation>{period}：{months} 尚未考核；平均分按已考核的 {n} 个月计算，金额为暂估。</translation>
    </message>
    <message>
        <source>{period}: catalogue-completion or SLA rate not entered for {months}; no penalty is counted for them.</source>
        <translation>{period}：{months} 未填写服务目录完成率或SLA达标率，未计算其扣罚。</translation>
    </message>
    <message>
        <source>The penalties of {period} ({penalties} yuan) exceed what the installment earns; it comes to {payable} yuan.</source>
        <translation>{period} 的扣罚（{penalties} 元）超过该笔应付金额，结果为 {payable} 元。</translation>
    </message>
    <message>
        <source>{period}: no month assessed yet; the performance pool and the payable amount are not known.</source>
        <translation>{period}：尚无已考核月份，绩效考核金与应付金额暂无法确定。</translation>
    </message>
    <message>
        <source>The monthly template of “{name}” has no bonus rule: the adopted suggestions earn no points.</source>
        <translation>“{name}”的月度考核方案没有加分规则：被采纳的建议不加分。</translation>
    </message>
    <message>
        <source>{month} lies outside every installment of “{name}”: it is paid in no statement.</source>
        <translation>{month} 不在“{name}”任何一笔付款的服务期内，不计入任何结算。</translation>
    </message>
    <message>
        <source>Contract name</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>乙方（服务单位）</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Base share</source>
        <translation>基本服务金比例</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>等级标准</translation>
    </message>
    <message>
        <source>Penalty per point of catalogue completion</source>
        <translation>服务目录完成率扣罚标准</translation>
    </message>
    <message>
        <source>Penalty per point of SLA compliance</source>
        <translation>SLA达标率扣罚标准</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Timeliness of a month</source>
        <translation>月度时效性计分方式</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Installment months</source>
        <translation>分期月份</translation>
    </message>
    <message>
        <source>Installment amount</source>
        <translation>分期金额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month score</source>
        <translation>月度考核得分</translation>
    </message>
    <message>
        <source>Catalogue completion rate</source>
        <translation>服务目录完成率</translation>
    </message>
    <message>
        <source>SLA compliance rate</source>
        <translation>SLA指标达标率</translation>
    </message>
    <message>
        <source>Adopted suggestions</source>
        <translation>被采纳的合理化建议数</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Recovered at</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The monthly template has no leaves to score.</source>
        <translation>月度考核方案中没有可评分的指标。</translation>
    </message>
    <message>
        <source>No such installment (it may have been deleted).</source>
        <translation>没有该付款分期（可能已被删除）。</translation>
    </message>
    <message>
        <source>No contract “{name}” in this project. Contracts: {names}.</source>
        <translation>本项目没有合同“{name}”。现有合同：{names}。</translation>
    </message>
    <message>
        <source>{field} may not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>{field}: a contract named “{name}” exists already in this project.</source>
        <translation>{field}：本项目已有名为“{name}”的合同。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of worst, mean.</source>
        <translation>{field}：“{value}”不是 worst（最严重）或 mean（平均）之一。</translation>
    </message>
    <message>
        <source>Contract “{name}” has no installments yet: add them before the months are assessed.</source>
        <translation>合同“{name}”还没有付款分期：请在月度考核前添加。</translation>
    </message>
    <message>
        <source>{field}: {period} overlaps the installment {other}; a month belongs to one installment only.</source>
        <translation>{field}：{period} 与付款分期 {other} 重叠；每个月只能属于一笔付款。</translation>
    </message>
    <message>
        <source>The installments of “{name}” add up to {total} yuan, not the contract amount of {amount} yuan (difference {diff} yuan).</source>
        <translation>“{name}”各笔付款合计 {total} 元，与合同金额 {amount} 元不一致（相差 {diff} 元）。</translation>
    </message>
    <message>
        <source>is not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>has more than 2 decimals; amounts are in yuan to the fen.</source>
        <translation>超过2位小数；金额以元为单位，精确到分。</translation>
    </message>
    <message>
        <source>must lie between 0 and 1 (e.g. 0.8 for 80 %).</source>
        <translation>必须在 0 到 1 之间（例如 0.8 表示 80%）。</translation>
    </message>
    <message>
        <source>is above 100 %; a rate cannot exceed 100.</source>
        <translation>超过 100%；比率不能超过 100。</translation>
    </message>
    <message>
        <source>is below 0 %.</source>
        <translation>低于 0%。</translation>
    </message>
    <message>
        <source>has more than 4 decimals.</source>
        <translation>超过4位小数。</translation>
    </message>
    <message>
        <source>is not a month; write it as YYYY-MM, e.g. 2023-01.</source>
        <translation>不是月份，请按 YYYY-MM 填写，例如 2023-01。</translation>
    </message>
    <message>
        <source>ends before it starts.</source>
        <translation>结束早于开始。</translation>
    </message>
    <message>
        <source>is not a time limit; write e.g. 15min, 2h, 1d or 1wd (working days).</source>
        <translation>不是时限，请填写如 15min、2h、1d 或 1wd（工作日）。</translation>
    </message>
    <message>
        <source>must be above zero.</source>
        <translation>必须大于零。</translation>
    </message>
    <message>
        <source>is listed both as a holiday and as a working day.</source>
        <translation>同时被列为节假日和工作日。</translation>
    </message>
    <message>
        <source>{field}: “{value}” {why}</source>
        <translation>{field}：“{value}”{why}</translation>
    </message>
    <message>
        <source>must be an amount above zero (in yuan).</source>
        <translation>必须是大于零的金额（元）。</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>is not a period of months; write it as 2023-01..2023-04.</source>
        <translation>不是月份区间，请按 2023-01..2023-04 填写。</translation>
    </message>
    <message>
        <source>is not NAME:MINIMUM:PAY (e.g. 良好:80:80).</source>
        <translation>不是“名称:下限:支付比例”的格式（例如 良好:80:80）。</translation>
    </message>
    <message>
        <source>has a negative minimum.</source>
        <translation>下限为负数。</translation>
    </message>
    <message>
        <source>pays outside 0…100 % of the pool.</source>
        <translation>支付比例不在绩效考核金的 0…100% 之间。</translation>
    </message>
    <message>
        <source>is not IMPACT:RESPOND:RECOVER with IMPACT business or other (e.g. business:15min:2h).</source>
        <translation>不是“影响范围:响应时限:恢复时限”的格式，影响范围为 business 或 other（例如 business:15min:2h）。</translation>
    </message>
    <message>
        <source>{field}: give at least one grade band.</source>
        <translation>{field}：至少需要一个等级。</translation>
    </message>
    <message>
        <source>{field}: two grade bands have the same name or minimum.</source>
        <translation>{field}：有两个等级的名称或下限相同。</translation>
    </message>
    <message>
        <source>is not a date; write it as YYYY-MM-DD.</source>
        <translation>不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>{field}: every grade band needs a name.</source>
        <translation>{field}：每个等级都需要名称。</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>合同考核</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Terms…</source>
        <translation>合同条款…</translation>
    </message>
    <message>
        <source>Installments…</source>
        <translation>付款分期…</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <source>Payment statement to Excel…</source>
        <translation>导出结算单（Excel）…</translation>
    </message>
    <message>
        <source>Payment statement to Word…</source>
        <translation>导出结算单（Word）…</translation>
    </message>
    <message>
        <source>&amp;Monthly scores (months × contracts); Enter opens a month</source>
        <translation>月度考核得分（月份 × 合同）(&amp;M)；按 Enter 打开该月</translation>
    </message>
    <message>
        <source>Colour: grade band of the month&apos;s score · ✎ scored leaf by leaf · red: penalties (yuan) · —: outside every installment</source>
        <translation>颜色：当月得分所在等级 · ✎ 按指标逐项评分 · 红字：扣罚（元） · —：不在任何付款服务期内</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障登记</translation>
    </message>
    <message>
        <source>client&apos;s sheet</source>
        <translation>甲方考核表</translation>
    </message>
    <message>
        <source>leaf scores</source>
        <translation>指标评分汇总</translation>
    </message>
    <message>
        <source>Score {score} ({source}), bonus {bonus}</source>
        <translation>得分 {score}（{source}），加分 {bonus}</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未考核</translation>
    </message>
    <message>
        <source>Timeliness {t} ({n} faults)</source>
        <translation>时效性 {t}（故障 {n} 起）</translation>
    </message>
    <message>
        <source>Penalties {amount} yuan</source>
        <translation>扣罚 {amount} 元</translation>
    </message>
    <message>
        <source>Add a contract</source>
        <translation>添加合同</translation>
    </message>
    <message>
        <source>Edit the terms of {name}</source>
        <translation>修改{name}的合同条款</translation>
    </message>
    <message>
        <source>Delete the contract “{name}” with its months and faults? You can undo it (Ctrl+Z).</source>
        <translation>删除合同“{name}”及其月度考核和故障记录？可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Delete the contract {name}</source>
        <translation>删除合同{name}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Save the payment statement</source>
        <translation>保存结算单</translation>
    </message>
    <message>
        <source>Writing the payment statement…</source>
        <translation>正在写入结算单…</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>CreateFromAnswersDialog</name>
    <message>
        <source>New questionnaire from {file}</source>
        <translation>由 {file} 新建问卷</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group column</source>
        <translation>分组列(&amp;G)</translation>
    </message>
    <message>
        <source>Check each question&apos;s kind and, for scales, that the best answer comes first (✓ counts as satisfied). Untick a question to leave it out.</source>
        <translation>请核对每道题的题型；量表题请确认最好的选项排在最前（✓ 计为满意）。取消勾选即不导入该题。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>需核对</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>跳过有问题的行，导入其余各行</translation>
    </message>
    <message>
        <source>Create and import</source>
        <translation>创建并导入</translation>
    </message>
    <message>
        <source>{file}{enc}: {rows} questionnaires, {n} questions</source>
        <translation>{file}{enc}：{rows} 份答卷，{n} 道题</translation>
    </message>
    <message>
        <source>groups: {groups}</source>
        <translation>群体：{groups}</translation>
    </message>
    <message>
        <source>respondent id: {column}</source>
        <translation>答卷编号：{column}</translation>
    </message>
    <message>
        <source>kept aside (not questions): {columns}</source>
        <translation>另行保存（非题目）：{columns}</translation>
    </message>
    <message>
        <source>(in the answers of {key})</source>
        <translation>（取自 {key} 的答案）</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>倒序</translation>
    </message>
    <message>
        <source>The scale&apos;s order is upside down: make the last option the best</source>
        <translation>量表顺序颠倒：把最后一个选项作为最好的选项</translation>
    </message>
    <message>
        <source>{ok} questionnaires ready, {bad} with problems</source>
        <translation>{ok} 份答卷可导入，{bad} 份有问题</translation>
    </message>
    <message>
        <source>Checking the answers…</source>
        <translation>正在检查答卷…</translation>
    </message>
    <message>
        <source>Checking was cancelled: change something to check again.</source>
        <translation>检查已取消：修改任一设置即重新检查。</translation>
    </message>
    <message>
        <source>Creating the questionnaire and importing {n} questionnaires…</source>
        <translation>正在创建问卷并导入 {n} 份答卷…</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>新建问卷</translation>
    </message>
    <message>
        <source>Questionnaire “{name}” created with {q} questions; {n} questionnaires imported, {skipped} skipped.</source>
        <translation>已创建问卷“{name}”（{q} 道题）；导入 {n} 份答卷，跳过 {skipped} 份。</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was created.</source>
        <translation>导入已取消，未创建任何内容。</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>No band names a value.</source>
        <translation>各档均未给出数值。</translation>
    </message>
    <message>
        <source>The bands {a} and {b} cross each other.</source>
        <translation>区间“{a}”与“{b}”相互交叉。</translation>
    </message>
    <message>
        <source>{edge} is an edge of two bands and the text does not say which holds it; read as the band it starts (含下限不含上限).</source>
        <translation>{edge} 同为两个区间的端点，原文未说明归属；按“含下限不含上限”归入以其为下限的区间。</translation>
    </message>
    <message>
        <source>The criteria give no points to read (no score, formula or deduction).</source>
        <translation>评分标准中没有可读取的分值（无得分、公式或扣分）。</translation>
    </message>
    <message>
        <source>The leaf has no scoring criteria text.</source>
        <translation>该指标没有评分标准文字。</translation>
    </message>
    <message>
        <source>The criteria set a money penalty (元), not points.</source>
        <translation>评分标准规定的是扣款（元），不是分值。</translation>
    </message>
    <message>
        <source>Not read: {text}</source>
        <translation>未能读取：{text}</translation>
    </message>
    <message>
        <source>No scoring pattern recognised in: {text}</source>
        <translation>未识别出评分方式：{text}</translation>
    </message>
    <message>
        <source>The criteria say full marks are {stated}, the leaf&apos;s weight is {weight}.</source>
        <translation>评分标准写明满分 {stated} 分，而该指标分值为 {weight} 分。</translation>
    </message>
    <message>
        <source>Discretion left to the evaluator: {text}</source>
        <translation>留由评价人员酌情处理：{text}</translation>
    </message>
    <message>
        <source>The criteria deduct per point short of a target value they do not state.</source>
        <translation>评分标准按低于目标值的百分点扣分，但未写明目标值。</translation>
    </message>
    <message>
        <source>Only the band that earns full marks is written: other values are scored by hand.</source>
        <translation>原文只写了得满分的区间：其他数值须手工评分。</translation>
    </message>
    <message>
        <source>The criteria name bands but give none of them.</source>
        <translation>评分标准提到按区间计分，但未列出任何区间。</translation>
    </message>
    <message>
        <source>The formula&apos;s full-marks rate is not above its floor.</source>
        <translation>公式中得满分的比率不高于下限。</translation>
    </message>
    <message>
        <source>The criteria deduct per point above a value they do not state.</source>
        <translation>评分标准按超出的百分点扣分，但未写明基准值。</translation>
    </message>
    <message>
        <source>The target is not stated: taken as 100%.</source>
        <translation>未写明目标值：按 100% 计。</translation>
    </message>
    <message>
        <source>The numbered points are not ①, ②, ③ … in order.</source>
        <translation>要点编号不是按 ①、②、③ … 顺序排列。</translation>
    </message>
    <message>
        <source>Values the deductions do not name keep full marks.</source>
        <translation>扣分条款未涉及的数值得满分。</translation>
    </message>
    <message>
        <source>the leaf earns nothing</source>
        <translation>本项不得分</translation>
    </message>
    <message>
        <source>The formula is not a rate times the weight: {expr}</source>
        <translation>该公式不是“比率×分值”：{expr}</translation>
    </message>
    <message>
        <source>{n} points × {per} = {total}, not the weight {weight}: check the criteria or the description.</source>
        <translation>{n} 个要点 × {per} = {total}，不等于分值 {weight}：请核对评分标准或指标说明。</translation>
    </message>
    <message>
        <source>The numbered points add up to {total}, not the weight {weight}.</source>
        <translation>各要点分值合计 {total}，不等于分值 {weight}。</translation>
    </message>
    <message>
        <source>The best level gives {top}, not the weight {weight}.</source>
        <translation>最高档得 {top} 分，不等于分值 {weight}。</translation>
    </message>
    <message>
        <source>A band gives {top}, more than the weight {weight}.</source>
        <translation>有区间得 {top} 分，超过分值 {weight}。</translation>
    </message>
    <message>
        <source>The criteria name {what} but not how it turns into points.</source>
        <translation>评分标准提到{what}，但未说明如何换算为分值。</translation>
    </message>
    <message>
        <source>The formula has figures in it that are not a plain ratio: {expr}</source>
        <translation>公式中含有不是简单比值的数字：{expr}</translation>
    </message>
    <message>
        <source>The criteria give {per} per point but the description lists no numbered points, and the weight {weight} is no whole number of points.</source>
        <translation>评分标准每个要点 {per} 分，但指标说明未列出编号要点，且分值 {weight} 不是其整数倍。</translation>
    </message>
    <message>
        <source>Point {n}</source>
        <translation>要点{n}</translation>
    </message>
    <message>
        <source>The description has no numbered points: {n} points from the weight ÷ {per}.</source>
        <translation>指标说明未列出编号要点：按分值 ÷ {per} 计为 {n} 个要点。</translation>
    </message>
    <message>
        <source>The description lists {d} points, the criteria {c}.</source>
        <translation>指标说明列出 {d} 个要点，评分标准列出 {c} 个。</translation>
    </message>
    <message>
        <source>A band gives a range of points ({text}): pick the points by hand or write them as levels.</source>
        <translation>有区间给出的是分值范围（{text}）：请手工确定分值，或改写为档次。</translation>
    </message>
    <message>
        <source>No band covers {values}: such values are scored by hand.</source>
        <translation>没有区间涵盖 {values}：此类数值须手工评分。</translation>
    </message>
    <message>
        <source>The formula subtracts {a}% but divides by a span from {b}%: cannot read it.</source>
        <translation>公式减去 {a}%，却除以自 {b}% 起的区间：无法读取。</translation>
    </message>
    <message>
        <source>earns nothing</source>
        <translation>不得分</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Assessment points and criteria</source>
        <translation>评价要点与评分标准</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>编辑评分规则…</translation>
    </message>
    <message>
        <source>(no assessment points written)</source>
        <translation>（未填写评价要点）</translation>
    </message>
    <message>
        <source>Criteria: {text}</source>
        <translation>评分标准：{text}</translation>
    </message>
    <message>
        <source>Rule: {text}</source>
        <translation>评分规则：{text}</translation>
    </message>
    <message>
        <source>No structured rule: score by hand.</source>
        <translation>没有结构化的评分规则：请手动评分。</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>a backup was restored</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>the data folder was opened on another computer</source>
        <translation>数据文件夹在另一台电脑上打开</translation>
    </message>
    <message>
        <source>the data folder is a copy of another one on this computer</source>
        <translation>数据文件夹是本机上另一个文件夹的副本</translation>
    </message>
    <message>
        <source>the database is older than what this laptop already sent to others</source>
        <translation>数据库比本机已发送给他人的内容更旧</translation>
    </message>
    <message>
        <source>asked for (evaltool reset-device)</source>
        <translation>按要求设置（evaltool reset-device）</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Level {digit} does not exist; levels: {levels}</source>
        <translation>没有第 {digit} 级；现有层级：{levels}</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to {key}. {options}</source>
        <translation>“{value}”不是题目 {key} 的有效答案。{options}</translation>
    </message>
    <message>
        <source>“{value}” is not valid here.</source>
        <translation>“{value}”在此无效。</translation>
    </message>
    <message>
        <source>The row is empty: type the answers first.</source>
        <translation>此行为空：请先输入答案。</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>&amp;Group</source>
        <translation>调查对象组(&amp;G)</translation>
    </message>
    <message>
        <source>One row per questionnaire. Type the option&apos;s digit (it moves to the next question); for multiple choice type several digits, then Tab. Enter saves the row and opens the next one. Delete clears a cell. Ctrl+Shift+E starts entry.</source>
        <translation>每行一份问卷。输入选项的数字（自动跳到下一题）；多选题输入多个数字后按 Tab。Enter 保存本行并开始下一行。Del 键清空单元格。Ctrl+Shift+E 开始录入。</translation>
    </message>
    <message>
        <source>Delete the selected questionnaire</source>
        <translation>删除所选问卷</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>答卷编号</translation>
    </message>
    <message>
        <source>{n} questionnaires in this group</source>
        <translation>本组 {n} 份问卷</translation>
    </message>
    <message>
        <source>Not asked of this group, skipped: {keys}</source>
        <translation>本群体不答这些题，已跳过：{keys}</translation>
    </message>
    <message>
        <source>Enter questionnaire {ref}</source>
        <translation>录入问卷 {ref}</translation>
    </message>
    <message>
        <source>Edit questionnaire {ref}</source>
        <translation>修改问卷 {ref}</translation>
    </message>
    <message>
        <source>Saved {ref}.</source>
        <translation>已保存 {ref}。</translation>
    </message>
    <message>
        <source>Delete questionnaire</source>
        <translation>删除问卷</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The path of the data folder {folder} is too long for the database ({length} characters). Move the data to a folder with a shorter path, or choose one with --data-dir or EVALTOOL_DATA_DIR; the file was not changed.</source>
        <translation>数据文件夹 {folder} 的路径过长（{length} 个字符），数据库无法使用。请把数据移到路径较短的文件夹，或用 --data-dir 或 EVALTOOL_DATA_DIR 另选文件夹；文件未被修改。</translation>
    </message>
    <message>
        <source>Cannot open the database in the folder {folder}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir; the file was not changed.</source>
        <translation>无法打开文件夹 {folder} 中的数据库：{error}。请确认可以在该文件夹中创建和修改文件，或用 --data-dir 另选文件夹；文件未被修改。</translation>
    </message>
    <message>
        <source>The database in {folder} is locked by another program (waited {seconds:.0f} s). Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</source>
        <translation>文件夹 {folder} 中的数据库被其他程序锁定（已等待 {seconds:.0f} 秒）。请关闭打开它的程序（数据库查看器、另一个 evaltool）后重试；未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {error}. Check that it exists and that you may read it.</source>
        <translation>无法读取数据库文件 {path}：{error}。请确认文件存在且有读取权限。</translation>
    </message>
    <message>
        <source>{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.</source>
        <translation>{path} 不是 evaltool 数据库（不是 SQLite 文件）。请移走该文件，或用 --data-dir 选择其他数据文件夹；文件未被修改。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or unreadable ({error}). Restore a backup (File ▸ Backups…, or evaltool backups restore latest); the file was not changed.</source>
        <translation>数据库文件 {path} 已损坏或无法读取（{error}）。请恢复一份备份（文件 ▸ 备份…，或 evaltool backups restore latest）；文件未被修改。</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.</source>
        <translation>{path} 是其他程序的 SQLite 文件，不是 evaltool 数据库。请用 --data-dir 选择其他数据文件夹；文件未被修改。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.</source>
        <translation>数据库 {path} 由更新版本的 evaltool 写入（结构版本 {rev}）。请安装新版 evaltool 后再打开；文件未被修改。</translation>
    </message>
    <message>
        <source>Cannot make a backup copy of the database in the folder {folder}: {error}. The database was not changed. Check that the folder can be written and the disk has space, or choose another data folder with --data-dir.</source>
        <translation>无法在文件夹 {folder} 中备份数据库：{error}。数据库未被修改。请确认该文件夹可写入且磁盘空间充足，或用 --data-dir 另选数据文件夹。</translation>
    </message>
    <message>
        <source>the disk is full ({free} MB free, the copy needs {need} MB)</source>
        <translation>磁盘已满（可用 {free} MB，副本需要 {need} MB）</translation>
    </message>
    <message>
        <source>Cancelled; no backup was made.</source>
        <translation>已取消；未进行备份。</translation>
    </message>
    <message>
        <source>the copy failed its integrity check ({problem})</source>
        <translation>副本未通过完整性检查（{problem}）</translation>
    </message>
    <message>
        <source>Cannot upgrade the database in the folder {folder} to this version of evaltool: {error}. The database was left as it was. Please report this problem; meanwhile keep using the earlier version.</source>
        <translation>无法将文件夹 {folder} 中的数据库升级到此版本的 evaltool：{error}。数据库保持原样。请报告此问题；在此之前请继续使用原来的版本。</translation>
    </message>
    <message>
        <source>The database in {folder} cannot be written (a read-only file or disk). Copy the data folder to a place you may write to; nothing was changed.</source>
        <translation>无法写入文件夹 {folder} 中的数据库（文件或磁盘只读）。请把数据文件夹复制到可以写入的位置；未做任何修改。</translation>
    </message>
    <message>
        <source>This command may only read the database in {folder}; nothing was changed.</source>
        <translation>此命令只能读取文件夹 {folder} 中的数据库；未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.</source>
        <translation>无法创建数据文件夹 {path}：{error}。请用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.</source>
        <translation>数据文件夹 {path} 为只读。请用 --data-dir 或 EVALTOOL_DATA_DIR 选择可写入的文件夹。</translation>
    </message>
    <message>
        <source>The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.</source>
        <translation>数据库文件 {path} 为只读。请为其添加写入权限，或复制到可写入的文件夹；文件未被修改。</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>“{sha}” is not a SHA-256 checksum.</source>
        <translation>“{sha}”不是 SHA-256 校验值。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a symbolic link (to {target}), not a file. Add the file it points to instead; nothing was added.</source>
        <translation>无法添加 {file}：它是符号链接（指向 {target}），不是文件。请改为添加它指向的文件；未添加任何内容。</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a folder, not a file.</source>
        <translation>无法添加 {file}：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is {what}, not a regular file; nothing was added.</source>
        <translation>无法添加 {file}：它是{what}，不是普通文件；未添加任何内容。</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a symbolic link, not a file. Add the file it points to instead; nothing was added.</source>
        <translation>无法添加 {file}：它是符号链接，不是文件。请改为添加它指向的文件；未添加任何内容。</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); nothing was added. Check that the file was saved or downloaded completely.</source>
        <translation>{file} 是空文件（0 字节），未添加任何内容。请确认文件已完整保存或下载。</translation>
    </message>
    <message>
        <source>Not enough free disk space to store {file}: it needs {need} MB, {free} MB are free in {folder}. Free some space and try again; nothing was added.</source>
        <translation>磁盘空间不足，无法保存 {file}：需要 {need} MB，{folder} 中仅剩 {free} MB。请清理空间后重试；未添加任何内容。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何内容。</translation>
    </message>
    <message>
        <source>Cannot store {file} in {folder}: {reason}. Nothing was added.</source>
        <translation>无法将 {file} 保存到 {folder}：{reason}。未添加任何内容。</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>没有该项目。</translation>
    </message>
    <message>
        <source>No evidence item {id}.</source>
        <translation>没有佐证材料 {id}。</translation>
    </message>
    <message>
        <source>Unknown evidence kind “{kind}”; use one of: {kinds}.</source>
        <translation>未知的佐证材料类型“{kind}”，请使用：{kinds}。</translation>
    </message>
    <message>
        <source>Unknown evidence source “{source}”; use one of: {sources}.</source>
        <translation>未知的佐证材料来源“{source}”，请使用：{sources}。</translation>
    </message>
    <message>
        <source>The date “{date}” is not a date like 2022-10-31.</source>
        <translation>“{date}”不是形如 2022-10-31 的日期。</translation>
    </message>
    <message>
        <source>Several evidence items match “{ref}”; use the id.</source>
        <translation>有多项佐证材料与“{ref}”匹配，请使用 ID。</translation>
    </message>
    <message>
        <source>No evidence item “{ref}” in this project. Run “evaltool evidence list” to see them.</source>
        <translation>本项目中没有佐证材料“{ref}”。运行“evaltool evidence list”可查看全部。</translation>
    </message>
    <message>
        <source>No files given.</source>
        <translation>未指定文件。</translation>
    </message>
    <message>
        <source>An evidence note needs a title.</source>
        <translation>佐证材料说明必须有标题。</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>佐证材料必须有标题。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The stored file of “{name}” is missing from {folder}.</source>
        <translation>{folder} 中缺少“{name}”的存储文件。</translation>
    </message>
    <message>
        <source>No indicator “{path}” in this project (no “{part}” at that level).</source>
        <translation>本项目中没有指标“{path}”（该层级下没有“{part}”）。</translation>
    </message>
    <message>
        <source>No indicator “{path}” in this project.</source>
        <translation>本项目中没有指标“{path}”。</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>指标必须有名称。</translation>
    </message>
    <message>
        <source>No such indicator (it may have been deleted).</source>
        <translation>没有该指标（可能已被删除）。</translation>
    </message>
    <message>
        <source>The weight “{value}” is not a number.</source>
        <translation>分值“{value}”不是数字。</translation>
    </message>
    <message>
        <source>An indicator cannot be moved into itself.</source>
        <translation>指标不能移动到其自身之下。</translation>
    </message>
    <message>
        <source>The pasted data is not an indicator.</source>
        <translation>粘贴的内容不是指标。</translation>
    </message>
    <message>
        <source>Several projects are named “{name}”; name it by its id instead: {ids}</source>
        <translation>有多个项目名为“{name}”，请改用项目 ID 指定：{ids}</translation>
    </message>
    <message>
        <source>No project with id or name “{name}”. Run “evaltool projects” to list them.</source>
        <translation>没有 ID 或名称为“{name}”的项目。运行“evaltool projects”可列出全部项目。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目必须有名称。</translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation>评价人员必须有姓名。</translation>
    </message>
    <message>
        <source>Unknown role “{role}”; use lead, member or expert.</source>
        <translation>未知角色“{role}”，请使用 lead（组长）、member（组员）或 expert（专家）。</translation>
    </message>
    <message>
        <source>Several evaluators are named “{name}”; use the id.</source>
        <translation>有多名评价人员名为“{name}”，请使用 ID。</translation>
    </message>
    <message>
        <source>No evaluator named “{name}”.</source>
        <translation>没有名为“{name}”的评价人员。</translation>
    </message>
    <message>
        <source>“{field}” must be a date such as 2022-12-31, not “{value}”.</source>
        <translation>“{field}”应为日期（如 2022-12-31），而不是“{value}”。</translation>
    </message>
    <message>
        <source>Cannot read the grade band “{band}”: write name:minimum, e.g. 优:90,良:80,中:60,差:0.</source>
        <translation>无法读取等级“{band}”：请写成 名称:最低分，例如 优:90,良:80,中:60,差:0。</translation>
    </message>
    <message>
        <source>Give at least two grade bands, e.g. 优:90,良:80,中:60,差:0.</source>
        <translation>请至少给出两个等级，例如 优:90,良:80,中:60,差:0。</translation>
    </message>
    <message>
        <source>Each grade band needs its own name and its own minimum.</source>
        <translation>每个等级的名称和最低分都不能重复。</translation>
    </message>
    <message>
        <source>The lowest grade band must start at 0 (every total needs a grade).</source>
        <translation>最低等级须从 0 分起（每个总分都要有等级）。</translation>
    </message>
    <message>
        <source>Cannot read the phase “{phase}”: write name:start..end, e.g. 前期准备:2023-05-04..2023-05-12.</source>
        <translation>无法读取评价阶段“{phase}”：请写成 名称:开始..结束，例如 前期准备:2023-05-04..2023-05-12。</translation>
    </message>
    <message>
        <source>The phase “{phase}” ends before it starts.</source>
        <translation>评价阶段“{phase}”的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Unknown project fact “{field}”; use one of: {names}.</source>
        <translation>未知的项目信息“{field}”；可用：{names}。</translation>
    </message>
    <message>
        <source>“{field}” must be one of: {names}.</source>
        <translation>“{field}”须为以下之一：{names}。</translation>
    </message>
    <message>
        <source>The evaluation ends ({end}) before it starts ({start}).</source>
        <translation>评价结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>Unknown report section “{key}”; use one of: {keys}.</source>
        <translation>未知的报告章节“{key}”，请使用：{keys}。</translation>
    </message>
    <message>
        <source>No such indicator in this project.</source>
        <translation>本项目中没有该指标。</translation>
    </message>
    <message>
        <source>The bonus {value} of “{name}” is above its cap {cap}.</source>
        <translation>“{name}”的加分 {value} 超过上限 {cap}。</translation>
    </message>
    <message>
        <source>The bonus {value} of “{name}” is below 0.</source>
        <translation>“{name}”的加分 {value} 小于 0。</translation>
    </message>
    <message>
        <source>The score {value} of “{name}” is outside 0…{weight}.</source>
        <translation>“{name}”的得分 {value} 超出 0…{weight} 的范围。</translation>
    </message>
    <message>
        <source>A final score set by the lead needs a reason.</source>
        <translation>组长确定的最终得分必须填写理由。</translation>
    </message>
    <message>
        <source>Rule inputs must be an object of named values, not {value}.</source>
        <translation>规则输入必须是由命名值组成的对象，而不是 {value}。</translation>
    </message>
    <message>
        <source>The score {value} of “{name}” differs from its rule&apos;s proposal {proposed}: give a reason.</source>
        <translation>“{name}”的得分 {value} 与按评分标准计算的建议得分 {proposed} 不同，请填写理由。</translation>
    </message>
    <message>
        <source>Unknown consolidation “{method}”; use mean, median or lead.</source>
        <translation>未知的汇总方式“{method}”，请使用 mean（平均）、median（中位数）或 lead（组长认定）。</translation>
    </message>
    <message>
        <source>A downgrade or veto needs a written reason.</source>
        <translation>降级或一票否决必须写明理由。</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”.</source>
        <translation>未知的评分规则类型“{kind}”。</translation>
    </message>
    <message>
        <source>No such target row.</source>
        <translation>没有该绩效目标行。</translation>
    </message>
    <message>
        <source>“{field}” must be a number, not “{value}”.</source>
        <translation>“{field}”应为数字，而不是“{value}”。</translation>
    </message>
    <message>
        <source>“{field}” must be zero or more, not “{value}”.</source>
        <translation>“{field}”不能小于 0，而不是“{value}”。</translation>
    </message>
    <message>
        <source>A performance target needs a name.</source>
        <translation>绩效目标必须有名称。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; use met, partly, not_met or unknown.</source>
        <translation>未知的完成情况“{status}”，请使用 met（完成）、partly（部分完成）、not_met（未完成）或 unknown（未知）。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written or changed.</source>
        <translation>导出已取消，未写入或修改任何文件。</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for the PDF (looked in resources/fonts and the system fonts{more}). Install fonts-wqy-microhei or copy a .ttf font into resources/fonts.</source>
        <translation>找不到用于 PDF 的中文 TrueType 字体（已查找 resources/fonts 和系统字体{more}）。请安装 fonts-wqy-microhei，或将 .ttf 字体复制到 resources/fonts。</translation>
    </message>
    <message>
        <source>A review note needs some text.</source>
        <translation>审阅意见不能为空。</translation>
    </message>
    <message>
        <source>No such review note.</source>
        <translation>没有该审阅意见。</translation>
    </message>
    <message>
        <source>Option codes must be whole numbers, not “{code}”.</source>
        <translation>选项代码必须是整数，不能是“{code}”。</translation>
    </message>
    <message>
        <source>Option code {code} is used twice.</source>
        <translation>选项代码 {code} 重复使用。</translation>
    </message>
    <message>
        <source>Option {code} needs a label.</source>
        <translation>选项 {code} 必须有文字。</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>没有该问卷。</translation>
    </message>
    <message>
        <source>Several surveys are named “{name}”; use the id.</source>
        <translation>有多份问卷名为“{name}”，请使用 ID。</translation>
    </message>
    <message>
        <source>No survey “{name}” in this project. Surveys: {names}</source>
        <translation>本项目中没有问卷“{name}”。现有问卷：{names}</translation>
    </message>
    <message>
        <source>This project has no survey yet. “evaltool survey import PROJECT FILE” makes one from a file of answers; “evaltool survey create” makes one from a template.</source>
        <translation>该项目还没有问卷。“evaltool survey import 项目 文件”可由答卷文件生成问卷；“evaltool survey create”可从模板新建。</translation>
    </message>
    <message>
        <source>This project has several surveys; name one with --survey: {names}</source>
        <translation>本项目有多份问卷，请用 --survey 指定其一：{names}</translation>
    </message>
    <message>
        <source>A survey needs a name.</source>
        <translation>问卷必须有名称。</translation>
    </message>
    <message>
        <source>A question key is a short name of letters, digits and _ (e.g. q4), not “{key}”.</source>
        <translation>题目代码应为由字母、数字和 _ 组成的简短名称（如 q4），不能是“{key}”。</translation>
    </message>
    <message>
        <source>Unknown question kind “{kind}”; use one of {kinds}.</source>
        <translation>未知的题型“{kind}”，请使用：{kinds}。</translation>
    </message>
    <message>
        <source>A question needs a text.</source>
        <translation>题目必须有题干。</translation>
    </message>
    <message>
        <source>The survey already has a question with key “{key}”.</source>
        <translation>问卷中已有代码为“{key}”的题目。</translation>
    </message>
    <message>
        <source>No such question.</source>
        <translation>没有该题目。</translation>
    </message>
    <message>
        <source>A respondent group needs a name.</source>
        <translation>调查对象组必须有名称。</translation>
    </message>
    <message>
        <source>The survey already has a group “{name}”.</source>
        <translation>问卷中已有调查对象组“{name}”。</translation>
    </message>
    <message>
        <source>A target sample size cannot be negative.</source>
        <translation>目标样本量不能为负数。</translation>
    </message>
    <message>
        <source>No such respondent group.</source>
        <translation>没有该调查对象组。</translation>
    </message>
    <message>
        <source>The survey has no question “{key}”.</source>
        <translation>问卷中没有题目“{key}”。</translation>
    </message>
    <message>
        <source>No such questionnaire.</source>
        <translation>没有该份问卷。</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” is already used in this survey.</source>
        <translation>答卷编号“{ref}”在本问卷中已被使用。</translation>
    </message>
    <message>
        <source>No questionnaire template “{key}”. Templates: {keys}</source>
        <translation>没有问卷模板“{key}”。现有模板：{keys}</translation>
    </message>
    <message>
        <source>An XLSForm needs a sheet named “survey”.</source>
        <translation>XLSForm 必须有名为“survey”的工作表。</translation>
    </message>
    <message>
        <source>The survey sheet needs the columns type, name and label (label::中文 / label::English).</source>
        <translation>survey 工作表必须有 type、name 和 label 列（label::中文 / label::English）。</translation>
    </message>
    <message>
        <source>No choices listed for “{list}”.</source>
        <translation>“{list}”没有列出选项。</translation>
    </message>
    <message>
        <source>Question type “{type}” is not supported (use select_one, select_multiple, integer, decimal or text).</source>
        <translation>不支持题型“{type}”（请使用 select_one、select_multiple、integer、decimal 或 text）。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>无法读取口令文件 {path}：{error}</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>口令文件 {path} 为空。</translation>
    </message>
    <message>
        <source>The package&apos;s encryption header is damaged.</source>
        <translation>同步包的加密头已损坏。</translation>
    </message>
    <message>
        <source>{path} is encrypted: give the team passphrase (--passphrase-file).</source>
        <translation>{path} 已加密：请提供团队口令（--passphrase-file）。</translation>
    </message>
    <message>
        <source>{path} is truncated: the encryption header is incomplete.</source>
        <translation>{path} 不完整：加密头缺失一部分。</translation>
    </message>
    <message>
        <source>{path}: the encryption header asks for key-derivation parameters outside the allowed limits ({why}); the package is damaged or forged and is refused. Nothing was changed.</source>
        <translation>{path}：加密文件头要求的密钥派生参数超出允许范围（{why}）；同步包已损坏或被伪造，已拒收。未做任何修改。</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}: it was encrypted with another team passphrase.</source>
        <translation>{path} 的口令错误：它是用另一个团队口令加密的。</translation>
    </message>
    <message>
        <source>{path} is truncated: the encrypted data ends early. Copy the package again.</source>
        <translation>{path} 不完整：加密数据提前结束。请重新复制同步包。</translation>
    </message>
    <message>
        <source>{path} is damaged (an encrypted block has an impossible size).</source>
        <translation>{path} 已损坏（某个加密块的大小不可能成立）。</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated (authentication failed at block {n}).</source>
        <translation>{path} 已损坏或不完整（第 {n} 块校验失败）。</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>已取消，未写入同步包。</translation>
    </message>
    <message>
        <source>The stored evidence file {sha} is damaged (its checksum changed); check the evidence store before exporting.</source>
        <translation>存储的佐证材料文件 {sha} 已损坏（校验值已改变）；请在导出前检查佐证材料库。</translation>
    </message>
    <message>
        <source>Cannot write the package {path}: {error}</source>
        <translation>无法写入同步包 {path}：{error}</translation>
    </message>
    <message>
        <source>{path}: the entry {name} is larger than allowed or than it declares (package bomb?).</source>
        <translation>{path}：条目 {name} 超出允许的大小或其声明的大小（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>No package file {path}.</source>
        <translation>没有同步包文件 {path}。</translation>
    </message>
    <message>
        <source>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused. Nothing was changed.</source>
        <translation>{path}：签名与同步包内容不符：签名后被改动过（伪造或损坏），已拒收。未做任何修改。</translation>
    </message>
    <message>
        <source>{path} is not a complete sync package (damaged or truncated: {error}). Copy it again from the sender.</source>
        <translation>{path} 不是完整的同步包（已损坏或不完整：{error}）。请向发送者重新复制。</translation>
    </message>
    <message>
        <source>{path} is damaged: there are bytes after the end of the package (a signature cut short?). Copy it again from the sender; nothing was changed.</source>
        <translation>{path} 已损坏：同步包末尾之后还有多余数据（签名被截断？）。请从发送方重新复制；未做任何修改。</translation>
    </message>
    <message>
        <source>{path} has {n} entries, more than a package may hold ({max}); refused as a package bomb.</source>
        <translation>{path} 有 {n} 个条目，超过同步包允许的 {max} 个；视为压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>{path} contains an unsafe entry name “{name}” (absolute path or “..”); refused.</source>
        <translation>{path} 含有不安全的条目名称“{name}”（绝对路径或“..”）；已拒绝。</translation>
    </message>
    <message>
        <source>{path} contains the entry {name} twice; refused.</source>
        <translation>{path} 中条目 {name} 出现两次；已拒绝。</translation>
    </message>
    <message>
        <source>{path}: the entry {name} expands {ratio:.0f} times; refused as a package bomb.</source>
        <translation>{path}：条目 {name} 解压后膨胀 {ratio:.0f} 倍；视为压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>{path} would expand to {size} bytes, more than allowed ({max}); refused as a package bomb.</source>
        <translation>{path} 解压后将达 {size} 字节，超过允许的 {max}；视为压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>{path} is not a sync package (no manifest.json).</source>
        <translation>{path} 不是同步包（没有 manifest.json）。</translation>
    </message>
    <message>
        <source>{path}: the manifest is damaged ({error}).</source>
        <translation>{path}：清单已损坏（{error}）。</translation>
    </message>
    <message>
        <source>{path} is not an evaltool sync package.</source>
        <translation>{path} 不是 evaltool 同步包。</translation>
    </message>
    <message>
        <source>{path}: the manifest has no valid format version.</source>
        <translation>{path}：清单没有有效的格式版本。</translation>
    </message>
    <message>
        <source>{path} was written by a newer evaltool (package format {v}, this one reads up to {mine}). Install the newer evaltool to import it.</source>
        <translation>{path} 由更新版本的 evaltool 写入（包格式 {v}，本版本最多读取 {mine}）。请安装新版 evaltool 后再导入。</translation>
    </message>
    <message>
        <source>{path}: the manifest lists no entries.</source>
        <translation>{path}：清单中没有条目。</translation>
    </message>
    <message>
        <source>{path}: the manifest&apos;s list of entries is damaged.</source>
        <translation>{path}：清单中的条目列表已损坏。</translation>
    </message>
    <message>
        <source>{path}: the files inside do not match the manifest (extra: {extra}; missing: {missing}).</source>
        <translation>{path}：包内文件与清单不符（多出：{extra}；缺少：{missing}）。</translation>
    </message>
    <message>
        <source>{path} has no changes.jsonl.</source>
        <translation>{path} 中没有 changes.jsonl。</translation>
    </message>
    <message>
        <source>{path}: unexpected entry {name}.</source>
        <translation>{path}：意外的条目 {name}。</translation>
    </message>
    <message>
        <source>{path}: the evidence file {name} is listed with another checksum.</source>
        <translation>{path}：佐证材料文件 {name} 在清单中的校验值不同。</translation>
    </message>
    <message>
        <source>{path}: the evidence file {sha} does not match its checksum (damaged); refused.</source>
        <translation>{path}：佐证材料文件 {sha} 与校验值不符（已损坏）；已拒绝。</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}).</source>
        <translation>{path} 已损坏（{error}）。</translation>
    </message>
    <message>
        <source>{path}: the changes do not match the manifest&apos;s checksum (damaged or altered); refused.</source>
        <translation>{path}：修改记录与清单的校验值不符（已损坏或被改动）；已拒绝。</translation>
    </message>
    <message>
        <source>{path}: the changes cannot be read ({error}).</source>
        <translation>{path}：无法读取修改记录（{error}）。</translation>
    </message>
    <message>
        <source>{path}: change {n} cannot be imported: {why}. The package is refused; nothing was changed.</source>
        <translation>{path}：第 {n} 条更改无法导入：{why}。已拒绝该同步包，未作任何更改。</translation>
    </message>
    <message>
        <source>{path}: the entry {name} is larger than it declares (package bomb?).</source>
        <translation>{path}：条目 {name} 超出其声明的大小（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>Several laptops match “{ref}”; use the device id: {ids}</source>
        <translation>有多台电脑与“{ref}”匹配，请使用设备 ID：{ids}</translation>
    </message>
    <message>
        <source>No laptop “{ref}” is known yet. Import a package from it first, or export everything (without --for).</source>
        <translation>尚不认识电脑“{ref}”。请先导入来自该电脑的同步包，或导出全部内容（不加 --for）。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB drive plugged in?).</source>
        <translation>文件夹 {path} 不存在（U 盘是否已插入？）。</translation>
    </message>
    <message>
        <source>The project “{name}” requires encrypted packages: give the team passphrase (--passphrase-file). No package was written.</source>
        <translation>项目“{name}”要求同步包加密：请提供团队口令（--passphrase-file）。未写出同步包。</translation>
    </message>
    <message>
        <source>{path}: the manifest has no valid {key}.</source>
        <translation>{path}：清单中没有有效的 {key}。</translation>
    </message>
    <message>
        <source>{path}: the manifest&apos;s version vector is damaged.</source>
        <translation>{path}：清单中的版本向量已损坏。</translation>
    </message>
    <message>
        <source>{path}: change {n} cannot be imported ({why}); the package is refused.</source>
        <translation>{path}：第 {n} 条修改无法导入（{why}）；已拒绝该同步包。</translation>
    </message>
    <message>
        <source>{path} holds records of kind “{table}” that this evaltool does not know; it was written by a newer evaltool.</source>
        <translation>{path} 含有本版本 evaltool 不认识的“{table}”类记录；它由更新版本的 evaltool 写入。</translation>
    </message>
    <message>
        <source>{path} holds the field “{field}” of {table} that this evaltool does not know; it was written by a newer evaltool.</source>
        <translation>{path} 含有本版本 evaltool 不认识的 {table} 字段“{field}”；它由更新版本的 evaltool 写入。</translation>
    </message>
    <message>
        <source>{path} mixes records of another project ({other}); refused.</source>
        <translation>{path} 混入了另一个项目（{other}）的记录；已拒绝。</translation>
    </message>
    <message>
        <source>{path} moves a record to another project ({other}); refused.</source>
        <translation>{path} 将记录移到了另一个项目（{other}）；已拒绝。</translation>
    </message>
    <message>
        <source>{path} belongs to the project “{name}” ({id}), not to the open project. Open it as a project of its own instead (Open archive / evaltool archive open).</source>
        <translation>{path} 属于项目“{name}”（{id}），不属于当前打开的项目。请将其作为独立项目打开（打开项目归档 / evaltool archive open）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>{path}: the evidence file {sha} changed while it was read; refused.</source>
        <translation>{path}：佐证材料文件 {sha} 在读取过程中发生变化；已拒绝。</translation>
    </message>
    <message>
        <source>{path} cannot be merged: it refers to records this installation does not have (it was made for another laptop). Ask the sender for a full package (export without --for). Nothing was changed. ({error})</source>
        <translation>{path} 无法合并：它引用了本机没有的记录（是为另一台电脑制作的）。请发送者提供完整同步包（导出时不加 --for）。未做任何修改。（{error}）</translation>
    </message>
    <message>
        <source>The package holds two different changes numbered {seq} by device {dev}; refused.</source>
        <translation>同步包中设备 {dev} 的第 {seq} 号修改有两条不同的内容；已拒绝。</translation>
    </message>
    <message>
        <source>Device {dev} appears to be two installations (change {seq} differs): a data folder was probably copied to another laptop. Give each laptop its own data folder; nothing was changed.</source>
        <translation>设备 {dev} 似乎是两个安装（第 {seq} 号修改不同）：可能有数据文件夹被复制到了另一台电脑。请让每台电脑使用自己的数据文件夹；未做任何修改。</translation>
    </message>
    <message>
        <source>A record in the package ({table} {id}) belongs to another project here; refused.</source>
        <translation>同步包中的一条记录（{table} {id}）在本机属于另一个项目；已拒绝。</translation>
    </message>
    <message>
        <source>“{key}” is not a conflict key (table/record/field); list them with “evaltool sync conflicts”.</source>
        <translation>“{key}”不是冲突标识（表/记录/字段）；可用“evaltool sync conflicts”列出。</translation>
    </message>
    <message>
        <source>“{choice}” is not one of: shown, mine, theirs, all.</source>
        <translation>“{choice}”不是以下之一：shown、mine、theirs、all。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>“{value}”不是 {field} 的有效值。</translation>
    </message>
    <message>
        <source>There is no open conflict {key} (already resolved?).</source>
        <translation>没有待处理的冲突 {key}（可能已解决）。</translation>
    </message>
    <message>
        <source>The conflict {key} is not in this project.</source>
        <translation>冲突 {key} 不属于本项目。</translation>
    </message>
    <message>
        <source>“{choice}” is not one of the conflicting values of {key}.</source>
        <translation>“{choice}”不是冲突 {key} 的候选值之一。</translation>
    </message>
    <message>
        <source>Choose one of the values or write a merged one.</source>
        <translation>请选择其中一个值，或填写合并后的值。</translation>
    </message>
    <message>
        <source>The tally was cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>{file} is not a framework template (no “framework” list).</source>
        <translation>{file} 不是指标体系模板（没有“framework”列表）。</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Cannot read the template {file}: {error}</source>
        <translation>无法读取模板 {file}：{error}</translation>
    </message>
    <message>
        <source>{file}: the grade bands must be a list of {{name_zh, name_en, min}}.</source>
        <translation>{file}：等级划分必须是由 {{name_zh, name_en, min}} 组成的列表。</translation>
    </message>
    <message>
        <source>No template “{name}”. Run “evaltool template list” to see them.</source>
        <translation>没有模板“{name}”。运行“evaltool template list”可查看全部。</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板必须有名称。</translation>
    </message>
    <message>
        <source>A template named “{name}” exists already.</source>
        <translation>已有名为“{name}”的模板。</translation>
    </message>
    <message>
        <source>Shipped templates cannot be deleted.</source>
        <translation>内置模板不能删除。</translation>
    </message>
    <message>
        <source>--map takes COLUMN=KEY, not “{value}”.</source>
        <translation>--map 的格式为 列=代码，不能是“{value}”。</translation>
    </message>
    <message>
        <source>No question “{ref}” was inferred from the file. Questions: {keys}</source>
        <translation>文件中未推断出题目“{ref}”。题目有：{keys}</translation>
    </message>
    <message>
        <source>--kind takes QUESTION=KIND with a kind of {kinds}, not “{value}”.</source>
        <translation>--kind 的格式为 题目=题型，题型为 {kinds} 之一，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Question {key} is not a scale; only a scale&apos;s order can be reversed.</source>
        <translation>题目 {key} 不是量表题；只有量表题可以倒序。</translation>
    </message>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>模板 {path} 不存在。</translation>
    </message>
    <message>
        <source>The template {path} is not a readable Word .docx file ({error}). Save it again from Word as .docx, or export without a template.</source>
        <translation>模板 {path} 不是可读取的 Word .docx 文件（{error}）。请在 Word 中重新另存为 .docx，或不用模板导出。</translation>
    </message>
    <message>
        <source>The template {path} is damaged ({error}). Save it again from Word as .docx, or export without a template.</source>
        <translation>模板 {path} 已损坏（{error}）。请在 Word 中重新另存为 .docx，或不用模板导出。</translation>
    </message>
    <message>
        <source>The template {path} lacks the styles {styles}. Add them in Word (apply each heading once and save) or export without a template.</source>
        <translation>模板 {path} 缺少样式 {styles}。请在 Word 中添加（每级标题各应用一次后保存），或不用模板导出。</translation>
    </message>
    <message>
        <source>The file has no header row and no answers.</source>
        <translation>文件没有表头行，也没有答卷。</translation>
    </message>
    <message>
        <source>No option legend found: expected rows of question, option number and label.</source>
        <translation>未找到选项说明：应为“题目、选项编号、选项内容”各行。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>There is no sheet “{sheet}”; the workbook has: {names}.</source>
        <translation>没有工作表“{sheet}”；工作簿中有：{names}。</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>The workbook is password-protected. Remove the password in Excel or WPS and import it again.</source>
        <translation>工作簿设有密码。请在 Excel 或 WPS 中取消密码后重新导入。</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (.xlsx, .xls or .csv).</source>
        <translation>文件不是电子表格（.xlsx、.xls 或 .csv）。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>The file is {mb} MB; files larger than {limit} MB are refused.</source>
        <translation>文件为 {mb} MB；超过 {limit} MB 的文件不予导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is an Excel 2003 XML spreadsheet. Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>文件是 Excel 2003 XML 电子表格。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a workbook, although its name may say .xls. Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>文件是网页（HTML），不是工作簿，尽管文件名可能是 .xls。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The workbook has too many parts ({n}); it was refused.</source>
        <translation>工作簿包含的部件过多（{n} 个），已拒绝。</translation>
    </message>
    <message>
        <source>The workbook expands to an absurd size ({part}); it was refused.</source>
        <translation>工作簿解压后大小异常（{part}），已拒绝。</translation>
    </message>
    <message>
        <source>The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.</source>
        <translation>工作簿解压后为 {mb} MB，超过允许的 {limit} MB，已拒绝。</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb). Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>文件是 Excel 二进制工作簿（.xlsb）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods). Open it in WPS, Excel or LibreOffice, save it as .xlsx and import that.</source>
        <translation>文件是 OpenDocument 电子表格（.ods）。请在 WPS、Excel 或 LibreOffice 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook contains XML declarations that could be used to attack the computer (in {part}); it was refused.</source>
        <translation>工作簿含有可被用来攻击计算机的 XML 声明（位于 {part}），已拒绝。</translation>
    </message>
    <message>
        <source>The workbook is damaged or unsafe and cannot be read ({error}).</source>
        <translation>工作簿已损坏或不安全，无法读取（{error}）。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the merged range “{ref}” cannot be read.</source>
        <translation>工作簿已损坏：无法读取合并区域“{ref}”。</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} cells; split it into smaller files.</source>
        <translation>工作表超过 {limit} 个单元格，请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The workbook is damaged (not a readable .xlsx file).</source>
        <translation>工作簿已损坏（不是可读取的 .xlsx 文件）。</translation>
    </message>
    <message>
        <source>Reading {file} was cancelled.</source>
        <translation>已取消读取 {file}。</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; split it into smaller files.</source>
        <translation>工作表超过 {limit} 行，请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} columns.</source>
        <translation>工作表超过 {limit} 列。</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an Excel file ({error}).</source>
        <translation>工作簿已损坏或不是 Excel 文件（{error}）。</translation>
    </message>
    <message>
        <source>The CSV file cannot be read ({error}).</source>
        <translation>无法读取 CSV 文件（{error}）。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that.</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本。请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>No column “{name}” in the file. Columns: {columns}</source>
        <translation>文件中没有“{name}”列。现有列：{columns}</translation>
    </message>
    <message>
        <source>No column of the file holds answers to a question.</source>
        <translation>文件中没有一列是题目的答案。</translation>
    </message>
    <message>
        <source>Unmapped columns: choose one of {choices}.</source>
        <translation>未对应的列：请选择 {choices} 之一。</translation>
    </message>
    <message>
        <source>No column matches a question of “{survey}”. Name the columns after the question keys or texts, or map them by hand.</source>
        <translation>没有与问卷“{survey}”题目对应的列。请按题目代码或题干命名各列，或手动指定对应关系。</translation>
    </message>
    <message>
        <source>No respondent group “{name}” in the survey.</source>
        <translation>问卷中没有调查对象组“{name}”。</translation>
    </message>
    <message>
        <source>{count} rows have problems; fix them or choose to skip them. {first}</source>
        <translation>{count} 行有问题，请修正或选择跳过。{first}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Unknown field(s): {names}.</source>
        <translation>未知字段：{names}。</translation>
    </message>
    <message>
        <source>“{field}” may not be empty.</source>
        <translation>“{field}”不能为空。</translation>
    </message>
    <message>
        <source>The file starts with a {encoding} byte-order mark but is not {encoding} text.</source>
        <translation>文件以 {encoding} 字节顺序标记开头，但内容不是 {encoding} 文本。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” (or UTF-8 text) and try again.</source>
        <translation>文件的编码既不是 UTF-8 也不是 GBK/GB18030。请另存为“CSV UTF-8”（或 UTF-8 文本）后重试。</translation>
    </message>
    <message>
        <source>The file is not text: it contains binary data.</source>
        <translation>文件不是文本：其中含有二进制数据。</translation>
    </message>
    <message>
        <source>Nothing to export: give at least one of --xlsx, --docx.</source>
        <translation>没有要导出的文件：请至少给出 --xlsx、--docx 之一。</translation>
    </message>
    <message>
        <source>The same file {path} was given for two exports ({a}, {b}).</source>
        <translation>同一个文件 {path} 被指定给了两种导出（{a}、{b}）。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} cannot be replaced: it is open in another program or read-only ({error}). Close it and export again.</source>
        <translation>无法替换 {path}：文件正被其他程序打开或为只读（{error}）。请关闭后重新导出。</translation>
    </message>
    <message>
        <source>“{field}” must be an amount in 万元, not “{value}”.</source>
        <translation>“{field}”应为金额（万元），而不是“{value}”。</translation>
    </message>
    <message>
        <source>“{field}” must be an amount of zero or more, not “{value}”.</source>
        <translation>“{field}”应为不小于 0 的金额，而不是“{value}”。</translation>
    </message>
    <message>
        <source>The year {year} is not a year.</source>
        <translation>{year} 不是有效年度。</translation>
    </message>
    <message>
        <source>No budget line “{line}”.</source>
        <translation>没有预算明细“{line}”。</translation>
    </message>
    <message>
        <source>Unknown adjustment-rate definition “{name}”; use one of: {names}.</source>
        <translation>未知的预算调整率口径“{name}”；可用：{names}。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (万元).</source>
        <translation>“{value}”不是金额（万元）。</translation>
    </message>
    <message>
        <source>Unknown money figure “{name}”; use one of: {names}.</source>
        <translation>未知的资金指标“{name}”；可用：{names}。</translation>
    </message>
    <message>
        <source>There is already a budget line “{line}”.</source>
        <translation>已有预算明细“{line}”。</translation>
    </message>
    <message>
        <source>A problem needs a title.</source>
        <translation>问题需要标题。</translation>
    </message>
    <message>
        <source>No such problem.</source>
        <translation>没有这个问题。</translation>
    </message>
    <message>
        <source>Unknown target table “{kind}”; use declared or self_eval.</source>
        <translation>未知的目标表“{kind}”；可用 declared 或 self_eval。</translation>
    </message>
    <message>
        <source>The {table} already has {n} rows for {subs}; import with --replace to replace them (they stay recoverable) or --append to add to them.</source>
        <translation>{table}中{subs}已有 {n} 行；用 --replace 导入可替换它们（原行可恢复），用 --append 可追加。</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</source>
        <translation>数据库被其他程序锁定。请关闭打开它的程序（数据库查看器、另一个 evaltool）后重试；未做任何修改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by another evaltool program. Close it, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>数据文件夹 {folder} 正被另一个 evaltool 程序使用。请关闭它或等它完成后重试；未做任何修改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by {program} on the computer {host} (process {pid}, since {since}). Close it there, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>数据文件夹 {folder} 正被电脑 {host} 上的 {program} 使用（进程 {pid}，自 {since} 起）。请在那台电脑上关闭它或等它完成后重试；未做任何修改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by {program} (process {pid} on {host}, since {since}). Close it, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>数据文件夹 {folder} 正被 {program} 使用（{host} 上的进程 {pid}，自 {since} 起）。请关闭它或等它完成后重试；未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir.</source>
        <translation>无法创建锁文件 {path}：{error}。请确认可以在该文件夹中创建和修改文件，或用 --data-dir 另选文件夹。</translation>
    </message>
    <message>
        <source>Cannot lock the data folder {folder}: {error}.</source>
        <translation>无法锁定数据文件夹 {folder}：{error}。</translation>
    </message>
    <message>
        <source>There is no complete backup in {folder}.</source>
        <translation>{folder} 中没有完整的备份。</translation>
    </message>
    <message>
        <source>Several backups match “{ref}”: {names}. Give the whole name.</source>
        <translation>有多份备份与“{ref}”匹配：{names}。请给出完整名称。</translation>
    </message>
    <message>
        <source>No backup “{ref}” in {folder} (see “evaltool backups list”).</source>
        <translation>{folder} 中没有备份“{ref}”（见“evaltool backups list”）。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it cannot be read ({error}). Choose another backup; nothing was changed.</source>
        <translation>无法恢复 {path}：无法读取（{error}）。请选择另一份备份；未做任何修改。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it failed its integrity check ({problem}). Choose another backup; nothing was changed.</source>
        <translation>无法恢复 {path}：未通过完整性检查（{problem}）。请选择另一份备份；未做任何修改。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not an evaltool database. Choose another backup; nothing was changed.</source>
        <translation>无法恢复 {path}：它不是 evaltool 数据库。请选择另一份备份；未做任何修改。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it was written by a newer version of evaltool (schema {rev}). Install the newer evaltool first; nothing was changed.</source>
        <translation>无法恢复 {path}：它由更新版本的 evaltool 写入（结构 {rev}）。请先安装新版 evaltool；未做任何修改。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>已取消；未恢复任何内容。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is {status}. Choose another backup; nothing was changed.</source>
        <translation>无法恢复 {path}：它{status}。请选择另一份备份；未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot prepare the restore of {path} in {folder}: {error}. Nothing was changed.</source>
        <translation>无法在 {folder} 中准备恢复 {path}：{error}。未做任何修改。</translation>
    </message>
    <message>
        <source>Another program still has the database in {folder} open. Close every other evaltool window and command, then restore again; nothing was changed.</source>
        <translation>仍有其他程序打开着 {folder} 中的数据库。请关闭其他所有 evaltool 窗口和命令后再恢复；未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot restore into {folder}: {error}. The database was left as it was.</source>
        <translation>无法恢复到 {folder}：{error}。数据库保持原样。</translation>
    </message>
    <message>
        <source>No proposal “{ref}” in this project; list them with “evaltool proposals”.</source>
        <translation>本项目中没有提议“{ref}”；可用“evaltool proposals”列出。</translation>
    </message>
    <message>
        <source>This proposal was already decided ({status}).</source>
        <translation>此提议已有决定（{status}）。</translation>
    </message>
    <message>
        <source>The record this proposal changes is not on this laptop.</source>
        <translation>此提议所修改的记录不在本机上。</translation>
    </message>
    <message>
        <source>The project would have no team lead; name another lead first.</source>
        <translation>这样项目将没有组长；请先指定另一位组长。</translation>
    </message>
    <message>
        <source>The evidence file {sha} on the team hub {hub} is damaged (its bytes hash to {got}); it was not kept. Ask whoever added it to push it again.</source>
        <translation>团队中心库 {hub} 上的佐证文件 {sha} 已损坏（其内容的校验值为 {got}），未予保存。请添加该文件的人重新推送。</translation>
    </message>
    <message>
        <source>No team hub is configured: give its address with --url or EVALTOOL_HUB_URL, e.g. postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>尚未配置团队中心库：请用 --url 或 EVALTOOL_HUB_URL 给出其地址，例如 postgresql://wang@hub.office:5432/evaltool。</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address; write it like postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>“{url}”不是 PostgreSQL 地址；请写成 postgresql://wang@hub.office:5432/evaltool 的形式。</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address with a database; write it like postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>“{url}”不是带数据库名的 PostgreSQL 地址；请写成 postgresql://wang@hub.office:5432/evaltool 的形式。</translation>
    </message>
    <message>
        <source>The team hub ({hub}) could not do that: {error}</source>
        <translation>团队中心库（{hub}）无法完成该操作：{error}</translation>
    </message>
    <message>
        <source>The team hub {hub} refused the login: {error}. Check the user name and password (PGPASSWORD or the PostgreSQL password file).</source>
        <translation>团队中心库 {hub} 拒绝登录：{error}。请检查用户名和密码（PGPASSWORD 或 PostgreSQL 密码文件）。</translation>
    </message>
    <message>
        <source>Cannot reach the team hub {hub}: {error}. Check the address, your password (PGPASSWORD or the PostgreSQL password file) and that this computer is on the office network. Nothing was changed on the hub.</source>
        <translation>无法连接团队中心库 {hub}：{error}。请检查地址、密码（PGPASSWORD 或 PostgreSQL 密码文件），并确认本机已接入办公网络。中心库未作任何修改。</translation>
    </message>
    <message>
        <source>The team hub {hub} does not allow this for {user}: {error}. A project&apos;s lead adds members (evaltool hub members PROJECT --add ROLE).</source>
        <translation>团队中心库 {hub} 不允许 {user} 执行此操作：{error}。项目组长可添加成员（evaltool hub members 项目 --add 角色）。</translation>
    </message>
    <message>
        <source>The database of the team hub {hub} does not exist: {error}. Ask the administrator to create it (createdb -E UTF8) and run evaltool hub init.</source>
        <translation>团队中心库 {hub} 的数据库不存在：{error}。请管理员创建该数据库（createdb -E UTF8）并运行 evaltool hub init。</translation>
    </message>
    <message>
        <source>The team hub {hub} is not set up for this evaltool ({error}). Run evaltool hub init with it.</source>
        <translation>团队中心库 {hub} 尚未为此版本的 evaltool 设置好（{error}）。请对其运行 evaltool hub init。</translation>
    </message>
    <message>
        <source>The team hub {hub} cannot store a text of this project (it holds a character PostgreSQL refuses, e.g. NUL): {error}. Nothing was changed on the hub.</source>
        <translation>团队中心库 {hub} 无法保存本项目的某段文字（其中含有 PostgreSQL 不接受的字符，例如 NUL）：{error}。中心库未作任何修改。</translation>
    </message>
    <message>
        <source>The team hub {hub} refused the changes: {error}. Nothing was changed on the hub.</source>
        <translation>团队中心库 {hub} 拒绝了这些修改：{error}。中心库未作任何修改。</translation>
    </message>
    <message>
        <source>The team hub {hub} could not do that: {error}. Nothing was changed on the hub.</source>
        <translation>团队中心库 {hub} 无法完成该操作：{error}。中心库未作任何修改。</translation>
    </message>
    <message>
        <source>No project “{ref}” you may read on the team hub {hub} (evaltool hub projects lists them).</source>
        <translation>团队中心库 {hub} 上没有您有权查看的项目“{ref}”（evaltool hub projects 可列出项目）。</translation>
    </message>
    <message>
        <source>A member&apos;s role is lead, member or expert, not “{role}”.</source>
        <translation>成员的角色只能是 lead（组长）、member（成员）或 expert（专家），不能是“{role}”。</translation>
    </message>
    <message>
        <source>The team hub has no database role “{role}”. Its administrator creates one per person: createuser --pwprompt {role}</source>
        <translation>团队中心库没有数据库角色“{role}”。请管理员为每人创建一个：createuser --pwprompt {role}</translation>
    </message>
    <message>
        <source>“{role}” is not on the team of “{name}”.</source>
        <translation>“{role}”不在“{name}”的评价组中。</translation>
    </message>
    <message>
        <source>Only a lead of “{name}” adds or removes its members; you ({user}) are not one.</source>
        <translation>只有“{name}”的组长才能添加或移除成员；您（{user}）不是组长。</translation>
    </message>
    <message>
        <source>“{role}” is the only lead of “{name}”; make someone else lead first.</source>
        <translation>“{role}”是“{name}”唯一的组长；请先指定其他人为组长。</translation>
    </message>
    <message>
        <source>The team hub needs PostgreSQL 13 or newer; {hub} runs {version}.</source>
        <translation>团队中心库需要 PostgreSQL 13 或更高版本；{hub} 运行的是 {version}。</translation>
    </message>
    <message>
        <source>The hub database {db} is encoded {encoding}; the team hub needs UTF8 (createdb -E UTF8 --locale=C.UTF-8 …). Nothing was changed.</source>
        <translation>中心库数据库 {db} 的编码为 {encoding}；团队中心库需要 UTF8（createdb -E UTF8 --locale=C.UTF-8 …）。未作任何修改。</translation>
    </message>
    <message>
        <source>The team hub {hub} was set up by a newer evaltool (schema {rev}); install that version to use it. Nothing was changed.</source>
        <translation>团队中心库 {hub} 由更新版本的 evaltool 设置（数据库版本 {rev}）；请安装该版本后再使用。未作任何修改。</translation>
    </message>
    <message>
        <source>{hub} is not a team hub yet: its administrator runs “evaltool hub init URL” once.</source>
        <translation>{hub} 还不是团队中心库：请管理员运行一次“evaltool hub init 地址”。</translation>
    </message>
    <message>
        <source>The team hub {hub} was upgraded by a newer evaltool (schema {rev}); install that version on this laptop to sync with it.</source>
        <translation>团队中心库 {hub} 已由更新版本的 evaltool 升级（数据库版本 {rev}）；请在本机安装该版本后再同步。</translation>
    </message>
    <message>
        <source>The team hub {hub} has an older schema ({rev}) than this evaltool ({head}); its administrator runs “evaltool hub init” with this version.</source>
        <translation>团队中心库 {hub} 的数据库版本（{rev}）比本机 evaltool（{head}）旧；请管理员用此版本运行“evaltool hub init”。</translation>
    </message>
    <message>
        <source>The team hub {hub} has hub schema {got}, this evaltool needs {want}; its administrator runs “evaltool hub init” with this version.</source>
        <translation>团队中心库 {hub} 的中心库版本为 {got}，本机 evaltool 需要 {want}；请管理员用此版本运行“evaltool hub init”。</translation>
    </message>
    <message>
        <source>You ({user}) may read “{name}” on the team hub {hub} but are not on its team, so you cannot push to it; its lead adds you (evaltool hub members).</source>
        <translation>您（{user}）可以查看团队中心库 {hub} 上的“{name}”，但不在其评价组中，不能推送；请其组长添加您（evaltool hub members）。</translation>
    </message>
    <message>
        <source>The project “{name}” on the team hub {hub} belongs to another team, and you ({user}) are not a member; its lead adds you with “evaltool hub members PROJECT --add {user} --as member”. Nothing was changed.</source>
        <translation>团队中心库 {hub} 上的项目“{name}”属于其他评价组，您（{user}）不是其成员；请其组长用“evaltool hub members 项目 --add {user} --as member”添加您。未作任何修改。</translation>
    </message>
    <message>
        <source>No project “{ref}” on this laptop, nor one you may read on the team hub {hub} (evaltool hub projects lists them).</source>
        <translation>本机没有项目“{ref}”，团队中心库 {hub} 上也没有您有权查看的该项目（evaltool hub projects 可列出项目）。</translation>
    </message>
    <message>
        <source>The team hub {hub} has no project “{name}” you may read.</source>
        <translation>团队中心库 {hub} 上没有您有权查看的项目“{name}”。</translation>
    </message>
    <message>
        <source>The project “{name}” on the team hub has no evidence record {ids} with a file.</source>
        <translation>团队中心库上的项目“{name}”没有带文件的佐证记录 {ids}。</translation>
    </message>
    <message>
        <source>The changes from the team hub {hub} refer to records this laptop does not have; nothing was changed. ({error})</source>
        <translation>来自团队中心库 {hub} 的修改引用了本机没有的记录；未作任何修改。（{error}）</translation>
    </message>
    <message>
        <source>The rule of “{name}” cannot be used: {problems}</source>
        <translation>“{name}”的规则无法使用：{problems}</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key {path} cannot be read ({error}). Restore it from a backup, or remove it to make a new one (the project leads must then confirm the new key).</source>
        <translation>无法读取本机的签名密钥 {path}（{error}）。请从备份恢复，或删除它以生成新密钥（之后须由项目组长确认新密钥）。</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key {path} is not an Ed25519 key.</source>
        <translation>本机的签名密钥 {path} 不是 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>{path}: the package&apos;s signature is damaged; refused. Nothing was changed.</source>
        <translation>{path}：同步包的签名已损坏，已拒收。未做任何修改。</translation>
    </message>
    <message>
        <source>Only the project&apos;s lead may {what}; nothing was changed.</source>
        <translation>只有项目组长可以{what}；未做任何修改。</translation>
    </message>
    <message>
        <source>No single laptop “{ref}” is known in this project; see “evaltool sync devices PROJECT”.</source>
        <translation>本项目中找不到唯一的电脑“{ref}”；请查看“evaltool sync devices 项目”。</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match the key of “{name}” ({fingerprint}); nothing was changed.</source>
        <translation>您给出的指纹与“{name}”的密钥（{fingerprint}）不符；未做任何修改。</translation>
    </message>
    <message>
        <source>revoke a laptop</source>
        <translation>吊销电脑</translation>
    </message>
    <message>
        <source>change whether packages must be encrypted and signed</source>
        <translation>更改同步包是否必须加密和签名</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何修改。</translation>
    </message>
    <message>
        <source>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused.</source>
        <translation>{path}：签名与同步包内容不符：签名后被改动过（伪造或损坏），已拒收。</translation>
    </message>
    <message>
        <source>{path} is not signed, and this project requires encrypted packages signed by a laptop of the team; refused. Ask the sender to update evaltool and export again.</source>
        <translation>{path} 未签名，而本项目要求同步包加密并由团队的电脑签名，已拒收。请发送方更新 evaltool 后重新导出。</translation>
    </message>
    <message>
        <source>{path} is not signed, but the laptop it claims to come from signs its packages: it is forged or its signature was removed; refused.</source>
        <translation>{path} 未签名，但它声称来自的那台电脑会为同步包签名：该包是伪造的或签名被去掉了，已拒收。</translation>
    </message>
    <message>
        <source>{path} is not signed (written by an older evaltool?): who wrote it cannot be checked.</source>
        <translation>{path} 未签名（由旧版 evaltool 写出？）：无法核实是谁写的。</translation>
    </message>
    <message>
        <source>{path} claims to come from this laptop but is signed with another key: this laptop&apos;s data folder was probably copied to another laptop, or the package is forged; refused. Give each laptop its own data folder.</source>
        <translation>{path} 声称来自本机，但签名密钥不同：本机的数据文件夹可能被复制到了另一台电脑，或该包是伪造的，已拒收。请让每台电脑使用自己的数据文件夹。</translation>
    </message>
    <message>
        <source>{path} is signed by the laptop “{name}”, which the project&apos;s lead revoked; refused.</source>
        <translation>{path} 由电脑“{name}”签名，该电脑已被项目组长吊销，已拒收。</translation>
    </message>
    <message>
        <source>{path} is signed by “{name}” with a key that is not the one known for that laptop (known {known}, this package {given}); refused. If the laptop was reinstalled, the lead revokes the old key and confirms the new one.</source>
        <translation>{path} 由“{name}”签名，但所用密钥不是已知的那把（已知 {known}，本包 {given}），已拒收。若该电脑重装过，请组长吊销旧密钥并确认新密钥。</translation>
    </message>
    <message>
        <source>{path} is signed by “{name}” with the fingerprint {given}, not the one you confirmed ({confirmed}); refused.</source>
        <translation>{path} 由“{name}”签名，指纹为 {given}，与您确认的（{confirmed}）不符，已拒收。</translation>
    </message>
    <message>
        <source>{path} is not encrypted, and this project requires encrypted packages; refused. Ask the sender to export with the team passphrase.</source>
        <translation>{path} 未加密，而本项目要求同步包加密，已拒收。请发送方用团队口令重新导出。</translation>
    </message>
    <message>
        <source>{path} is signed by a laptop this project does not know: “{name}”, fingerprint {fingerprint}; refused. Check the fingerprint with its owner, then import again confirming it (--trust-signer, or the confirmation in the import preview).</source>
        <translation>{path} 由本项目不认识的电脑签名：“{name}”，指纹 {fingerprint}，已拒收。请与其使用者核对指纹，然后确认后重新导入（--trust-signer，或导入预览中的确认框）。</translation>
    </message>
    <message>
        <source>{path} is signed by a laptop this project does not know yet: “{name}”, fingerprint {fingerprint}. Check it with its owner and confirm it (evaltool sync devices … --confirm).</source>
        <translation>{path} 由本项目尚不认识的电脑签名：“{name}”，指纹 {fingerprint}。请与其使用者核对后确认（evaltool sync devices … --confirm）。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Document</source>
        <translation>文件资料</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>On-site check record</source>
        <translation>现场核查记录</translation>
    </message>
    <message>
        <source>Data extract</source>
        <translation>数据摘录</translation>
    </message>
    <message>
        <source>Provided by the unit</source>
        <translation>单位提供</translation>
    </message>
    <message>
        <source>Collected on site</source>
        <translation>现场采集</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开资料</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>File altered</source>
        <translation>文件被改动</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <source>{n} sheet(s)</source>
        <translation>{n} 个工作表</translation>
    </message>
    <message>
        <source>{file} cannot be previewed: {why}</source>
        <translation>{file} 无法预览：{why}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it expands to an absurd size</source>
        <translation>解压后大小异常</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>文件受密码保护</translation>
    </message>
    <message>
        <source>it is not a Word document</source>
        <translation>不是 Word 文档</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>文件声明了 XML 实体</translation>
    </message>
    <message>
        <source>it is damaged or not a Word document</source>
        <translation>文件已损坏或不是 Word 文档</translation>
    </message>
    <message>
        <source>{file} is not a Word or Excel file.</source>
        <translation>{file} 不是 Word 或 Excel 文件。</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Page/section</source>
        <translation>页码/章节(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Linked indicators</source>
        <translation>关联的指标</translation>
    </message>
    <message>
        <source>Link to indicator…</source>
        <translation>关联到指标…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>page/section</source>
        <translation>页码/章节</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvidenceOps</name>
    <message>
        <source>Adding files to the evidence store…</source>
        <translation>正在将文件加入佐证材料库…</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联佐证材料</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>取消关联佐证材料</translation>
    </message>
    <message>
        <source>Added {n} file(s): {new} new, {known} already in the project.</source>
        <translation>已添加 {n} 个文件：新增 {new} 个，{known} 个项目中已有。</translation>
    </message>
    <message>
        <source>Adding {n} file(s) to the evidence store…</source>
        <translation>正在将 {n} 个文件加入佐证材料库…</translation>
    </message>
    <message>
        <source>Add note {title}</source>
        <translation>添加笔记 {title}</translation>
    </message>
    <message>
        <source>Edit evidence {field}</source>
        <translation>编辑佐证材料的{field}</translation>
    </message>
    <message>
        <source>Delete {n} evidence item(s)</source>
        <translation>删除 {n} 项佐证材料</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>添加佐证材料 {name}</translation>
    </message>
    <message>
        <source>Add {n} evidence files</source>
        <translation>添加 {n} 个佐证材料文件</translation>
    </message>
    <message>
        <source>Cannot add evidence</source>
        <translation>无法添加佐证材料</translation>
    </message>
    <message>
        <source>Dates filled in: {exif} from photos (EXIF), {file} from the files.</source>
        <translation>已预填日期：{exif} 个取自照片（EXIF），{file} 个取自文件。</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store (you can also drop files on this page)</source>
        <translation>将文件复制到佐证材料库（也可以把文件拖放到本页）</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>新建说明…</translation>
    </message>
    <message>
        <source>Write an interview note or on-site check record as evidence</source>
        <translation>填写访谈记录或现场核查记录作为佐证材料</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>校验文件</translation>
    </message>
    <message>
        <source>Re-read every stored file and check its SHA-256 checksum</source>
        <translation>重新读取每个已存储的文件并核对其 SHA-256 校验值</translation>
    </message>
    <message>
        <source>Search title, file name, notes, indicator…</source>
        <translation>搜索标题、文件名、说明、指标…</translation>
    </message>
    <message>
        <source>Unlinked only</source>
        <translation>仅显示未关联的</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>关联指标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Loading the evidence list…</source>
        <translation>正在读取佐证材料列表…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加佐证材料文件</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建说明</translation>
    </message>
    <message>
        <source>Title of the note:</source>
        <translation>说明的标题：</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <source>Delete {n} item(s) and their links? The stored files are kept; Undo (Ctrl+Z) brings them back.</source>
        <translation>删除 {n} 项佐证材料及其关联？已存储的文件会保留；撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>Checking stored files…</source>
        <translation>正在检查已存储的文件…</translation>
    </message>
    <message>
        <source>{n} file(s) checked; {bad} missing or altered:
{list}</source>
        <translation>已检查 {n} 个文件；{bad} 个缺失或被改动：
{list}</translation>
    </message>
    <message>
        <source>{n} file(s) checked; all are intact.</source>
        <translation>已检查 {n} 个文件，全部完好。</translation>
    </message>
    <message>
        <source>note text</source>
        <translation>说明正文</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence</source>
        <translation>关联佐证材料</translation>
    </message>
    <message>
        <source>Search title, file name, notes…</source>
        <translation>搜索标题、文件名、说明…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No performance targets recorded; the target tables are left out.</source>
        <translation>没有记录绩效目标，报告中省略绩效目标表。</translation>
    </message>
    <message>
        <source>No satisfaction survey in this project; the satisfaction tables are left out.</source>
        <translation>本项目没有满意度调查，报告中省略满意度调查表。</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields); LibreOffice is not installed to fill them in now.</source>
        <translation>目录：打开报告时由 Word 填入页码（会提示更新域）；未安装 LibreOffice，无法现在填入。</translation>
    </message>
    <message>
        <source>Table of contents: page numbers filled in by LibreOffice.</source>
        <translation>目录：页码已由 LibreOffice 填入。</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields).</source>
        <translation>目录：打开报告时由 Word 填入页码（会提示更新域）。</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened ({reason}).</source>
        <translation>目录：打开报告时由 Word 填入页码（{reason}）。</translation>
    </message>
    <message>
        <source>No evidence registered in this project; the evidence register is empty.</source>
        <translation>本项目尚未登记佐证材料，佐证材料登记表为空。</translation>
    </message>
    <message>
        <source>The recorded problems and suggestions replace the text of the “Problems found” and “Suggestions” sections, which is not printed.</source>
        <translation>已记录的问题与建议取代了“存在的问题”和“相关建议”章节的文字，该文字不会打印。</translation>
    </message>
    <message>
        <source>The project has no grade bands; the report shows no grade.</source>
        <translation>项目未设置评价等级，报告中不显示等级。</translation>
    </message>
    <message>
        <source>{n} leaves are not scored yet; their score cells are left empty and count as 0 in the totals: {paths}</source>
        <translation>有 {n} 个三级指标尚未评分，其得分单元格留空，合计时按 0 计：{paths}</translation>
    </message>
    <message>
        <source>Sections not written yet, drafted from the project&apos;s data (review them on the Report page): {names}</source>
        <translation>以下章节尚未撰写，已根据项目数据起草（请在“报告与导出”页审阅）：{names}</translation>
    </message>
    <message>
        <source>Narrative sections not written yet (left out of the report): {names}</source>
        <translation>尚未撰写的报告章节（报告中省略）：{names}</translation>
    </message>
    <message>
        <source>No problems recorded: {n} problems, their causes and suggestions were drafted from the deductions; review them on the Report page.</source>
        <translation>尚未记录问题：已根据扣分情况起草 {n} 个问题及其原因和建议，请在“报告与导出”页审阅。</translation>
    </message>
    <message>
        <source>Survey “{name}” has no respondent groups; its satisfaction table is left out.</source>
        <translation>问卷“{name}”没有评价主体（调查对象分组），报告中省略其满意度调查表。</translation>
    </message>
    <message>
        <source>The narrative section “{key}” mentions a total of {old} points, but the scores now add up to {total}; please update the text.</source>
        <translation>报告章节“{key}”中提到总分 {old} 分，但现在得分合计为 {total}；请更新文字。</translation>
    </message>
    <message>
        <source>The project&apos;s {field} is empty; the cover page shows a blank.</source>
        <translation>项目的{field}为空；封面上将留空。</translation>
    </message>
    <message>
        <source>commissioning body</source>
        <translation>委托单位</translation>
    </message>
    <message>
        <source>evaluation agency</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <source>To check — {where}: “{text}” says {found}, expected {expected}.</source>
        <translation>待核对——{where}：“{text}”写为 {found}，应为 {expected}。</translation>
    </message>
    <message>
        <source>{n} texts held control characters that Word and Excel cannot hold; they were left out of the documents: {texts}</source>
        <translation>有 {n} 段文字含 Word 和 Excel 无法保存的控制字符，这些字符未写入文档：{texts}</translation>
    </message>
    <message>
        <source>LibreOffice is not installed</source>
        <translation>未安装 LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the report ({error})</source>
        <translation>LibreOffice 无法转换报告（{error}）</translation>
    </message>
    <message>
        <source>the report&apos;s headings were not found in LibreOffice&apos;s PDF</source>
        <translation>在 LibreOffice 生成的 PDF 中未找到报告的标题</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Affects the business</source>
        <translation>影响业务正常开展</translation>
    </message>
    <message>
        <source>Does not affect the business</source>
        <translation>不影响业务正常开展</translation>
    </message>
    <message>
        <source>Level 1: main system</source>
        <translation>一级：主系统故障</translation>
    </message>
    <message>
        <source>Level 2: auxiliary system</source>
        <translation>二级：辅助系统故障</translation>
    </message>
    <message>
        <source>Level 3: hidden defect</source>
        <translation>三级：故障隐患</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>影响范围(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>故障级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reported at:</source>
        <translation>报告时间(&amp;R)：</translation>
    </message>
    <message>
        <source>Res&amp;ponded at:</source>
        <translation>响应时间(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;covered at:</source>
        <translation>恢复时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>故障描述(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Evidence (work order):</source>
        <translation>佐证（工单号）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>FaultsPanel</name>
    <message>
        <source>All months of the contract</source>
        <translation>显示合同全部月份</translation>
    </message>
    <message>
        <source>Add fault…</source>
        <translation>登记故障…</translation>
    </message>
    <message>
        <source>Ins in the list</source>
        <translation>在列表中按 Ins</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation>响应（分钟）</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超出时限</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>business</source>
        <translation>影响业务</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{h} working h</source>
        <translation>{h} 工作小时</translation>
    </message>
    <message>
        <source>within</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>Add a fault</source>
        <translation>登记故障</translation>
    </message>
    <message>
        <source>Edit a fault</source>
        <translation>修改故障</translation>
    </message>
    <message>
        <source>Delete the fault of {time}</source>
        <translation>删除 {time} 的故障</translation>
    </message>
</context>
<context>
    <name>FinalPanel</name>
    <message>
        <source>Evaluators and final decision</source>
        <translation>各评价人员评分与最终认定</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rule proposes</source>
        <translation>按标准建议</translation>
    </message>
    <message>
        <source>Reason / comment</source>
        <translation>理由 / 评价意见</translation>
    </message>
    <message>
        <source>Fin&amp;al</source>
        <translation>最终得分(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for the final score (required)</source>
        <translation>最终得分的理由（必填）</translation>
    </message>
    <message>
        <source>Set final</source>
        <translation>确定最终得分</translation>
    </message>
    <message>
        <source>Follow the consolidation</source>
        <translation>按汇总方式确定</translation>
    </message>
    <message>
        <source>Values kept from two laptops:</source>
        <translation>保留了两台电脑的值：</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>Final {value}, set by the lead: {reason}</source>
        <translation>最终得分 {value}，由组长认定：{reason}</translation>
    </message>
    <message>
        <source>Final follows the project&apos;s consolidation of the evaluators&apos; scores.</source>
        <translation>最终得分按项目设定的方式汇总各评价人员的评分。</translation>
    </message>
    <message>
        <source>The lead&apos;s final score needs a reason.</source>
        <translation>组长认定的最终得分必须填写理由。</translation>
    </message>
    <message>
        <source>Final score of {leaf}</source>
        <translation>“{leaf}”的最终得分</translation>
    </message>
    <message>
        <source>Final of {leaf} follows the consolidation</source>
        <translation>“{leaf}”的最终得分按汇总方式确定</translation>
    </message>
</context>
<context>
    <name>FinalSource</name>
    <message>
        <source>The final score ({value}) was set by the lead: your score does not change the total.</source>
        <translation>最终得分（{value}）由组长确定：您的评分不影响总分。</translation>
    </message>
    <message>
        <source>The lead decides the final scores of this project: your score is advice and changes the total only if the lead takes it.</source>
        <translation>本项目的最终得分由组长确定：您的评分供参考，只有组长采纳后才计入总分。</translation>
    </message>
    <message>
        <source>The final score is the median of the evaluators&apos; scores ({n} so far): yours counts.</source>
        <translation>最终得分取各评价人员评分的中位数（目前 {n} 人已评分）：您的评分计入。</translation>
    </message>
    <message>
        <source>The final score is the mean of the evaluators&apos; scores ({n} so far): yours counts.</source>
        <translation>最终得分取各评价人员评分的平均值（目前 {n} 人已评分）：您的评分计入。</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Not scored yet.</source>
        <extracomment>What totals and flags read of a score (rows of these columns, not whole ORM objects: 10 evaluators × 1,000 leaves load several times faster).</extracomment>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Bonus outside 0…its cap.</source>
        <translation>加分超出 0…上限。</translation>
    </message>
    <message>
        <source>Score outside 0…weight.</source>
        <translation>得分超出 0…分值 的范围。</translation>
    </message>
    <message>
        <source>Score outside cap…0.</source>
        <translation>得分超出 上限…0 的范围。</translation>
    </message>
    <message>
        <source>; no reason given.</source>
        <translation>；未填写理由。</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Missing an evaluator&apos;s score</source>
        <translation>缺少评价人员评分</translation>
    </message>
    <message>
        <source>Evaluators disagree</source>
        <translation>评分分歧</translation>
    </message>
    <message>
        <source>Departs from its rule</source>
        <translation>偏离评分标准</translation>
    </message>
    <message>
        <source>Rule input problem</source>
        <translation>评分规则输入有误</translation>
    </message>
    <message>
        <source>Deduction without evidence</source>
        <translation>扣分无佐证材料</translation>
    </message>
    <message>
        <source>Weights invalid</source>
        <translation>分值有误</translation>
    </message>
    <message>
        <source>Score out of range</source>
        <translation>得分超出范围</translation>
    </message>
    <message>
        <source>Modified since review</source>
        <translation>审阅后有修改</translation>
    </message>
    <message>
        <source>Open review note</source>
        <translation>未解决的审阅意见</translation>
    </message>
    <message>
        <source>Changed after it was marked reviewed.</source>
        <translation>标为已审阅后又有修改。</translation>
    </message>
    <message>
        <source>The final score {value} departs from the rule&apos;s proposal {proposed}</source>
        <translation>最终得分 {value} 偏离规则建议得分 {proposed}</translation>
    </message>
    <message>
        <source>{name} gave {value}; the rule proposes {proposed}</source>
        <translation>{name} 给分 {value}；规则建议 {proposed}</translation>
    </message>
    <message>
        <source>The level-1 weights add up to {total}, not 100.</source>
        <translation>一级指标分值合计为 {total}，而不是 100。</translation>
    </message>
    <message>
        <source>This leaf has no weight.</source>
        <translation>此三级指标没有分值。</translation>
    </message>
    <message>
        <source>{n} open review note(s).</source>
        <translation>{n} 条审阅意见尚未解决。</translation>
    </message>
    <message>
        <source> — reason: {reason}</source>
        <translation> — 理由：{reason}</translation>
    </message>
    <message>
        <source>A negative indicator&apos;s weight must be zero or less.</source>
        <translation>逆向指标的分值必须小于或等于零。</translation>
    </message>
    <message>
        <source>Not scored by {names}.</source>
        <translation>{names} 尚未评分。</translation>
    </message>
    <message>
        <source>The weights below add up to {sum}, not {weight}.</source>
        <translation>下级分值合计为 {sum}，而不是 {weight}。</translation>
    </message>
    <message>
        <source>Scores range from {lo} to {hi}, more than {share} of the weight apart.</source>
        <translation>评分从 {lo} 到 {hi}，相差超过分值的 {share}。</translation>
    </message>
    <message>
        <source>Points deducted ({lost}) but no evidence linked.</source>
        <translation>扣了分（{lost}），但没有关联佐证材料。</translation>
    </message>
</context>
<context>
    <name>FrameworkDialogs</name>
    <message>
        <source>Insert template “{name}”</source>
        <translation>插入模板“{name}”</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Template name (Chinese):</source>
        <translation>模板名称（中文）：</translation>
    </message>
    <message>
        <source>{project} framework</source>
        <translation>{project} 指标体系</translation>
    </message>
    <message>
        <source>Template name (English, optional):</source>
        <translation>模板名称（英文，可选）：</translation>
    </message>
    <message>
        <source>A template named “{name}” exists already. Replace it?</source>
        <translation>已有名为“{name}”的模板。是否替换？</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was created.</source>
        <translation>导入已取消，未创建任何内容。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Indicator framework</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an indicator after the selected one (Ins)</source>
        <translation>在所选指标之后添加指标（Ins）</translation>
    </message>
    <message>
        <source>Add &amp;child</source>
        <translation>添加下级(&amp;C)</translation>
    </message>
    <message>
        <source>Add an indicator under the selected one (Alt+Ins)</source>
        <translation>在所选指标之下添加下级指标（Alt+Ins）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected indicator and everything under it (Del)</source>
        <translation>删除所选指标及其全部下级（Del）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up among its siblings (Ctrl+Up)</source>
        <translation>在同级中上移（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down among its siblings (Ctrl+Down)</source>
        <translation>在同级中下移（Ctrl+Down）</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Put it under the indicator above (Ctrl+Right)</source>
        <translation>移到上方指标之下（Ctrl+Right）</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Move it one level up (Ctrl+Left)</source>
        <translation>提升一个层级（Ctrl+Left）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected indicator with everything under it (Ctrl+C)</source>
        <translation>复制所选指标及其全部下级（Ctrl+C）</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Cut the selected indicator (Ctrl+X)</source>
        <translation>剪切所选指标（Ctrl+X）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste after the selected indicator (Ctrl+V)</source>
        <translation>粘贴到所选指标之后（Ctrl+V）</translation>
    </message>
    <message>
        <source>Insert template…</source>
        <translation>插入模板…</translation>
    </message>
    <message>
        <source>Add the indicators of a template</source>
        <translation>添加模板中的指标</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>Save this framework as a template for later projects</source>
        <translation>将此指标体系保存为模板，供以后的项目使用</translation>
    </message>
    <message>
        <source>Import score sheet…</source>
        <translation>导入指标得分表…</translation>
    </message>
    <message>
        <source>Create a new project from an Excel or CSV score sheet</source>
        <translation>从 Excel 或 CSV 指标得分表新建项目</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>编辑评分规则…</translation>
    </message>
    <message>
        <source>Edit the scoring rule of the selected leaf (Ctrl+R)</source>
        <translation>编辑所选三级指标的评分规则（Ctrl+R）</translation>
    </message>
    <message>
        <source>Rules from criteria…</source>
        <translation>从评分标准读取规则…</translation>
    </message>
    <message>
        <source>Read the rule of every leaf from its scoring criteria, review and apply</source>
        <translation>从每个三级指标的评分标准读取规则，核对后应用</translation>
    </message>
    <message>
        <source>{l1} level-1 · {leaves} leaves · level-1 weights {w}</source>
        <translation>{l1} 个一级指标 · {leaves} 个三级指标 · 一级指标分值合计 {w}</translation>
    </message>
    <message>
        <source>Rename indicator</source>
        <translation>重命名指标</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <source>Change negative indicator</source>
        <translation>修改逆向指标设置</translation>
    </message>
    <message>
        <source>Change deduction cap</source>
        <translation>修改扣分上限</translation>
    </message>
    <message>
        <source>Edit indicator text</source>
        <translation>修改指标文字</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <source>The clipboard holds no indicators to paste.</source>
        <translation>剪贴板中没有可粘贴的指标。</translation>
    </message>
    <message>
        <source>Paste “{name}”</source>
        <translation>粘贴“{name}”</translation>
    </message>
    <message>
        <source>Reading the criteria</source>
        <translation>正在读取评分标准</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Projects</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>Search projects (Ctrl+F)</source>
        <translation>搜索项目（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import score sheet…</source>
        <translation>导入指标得分表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create demo project</source>
        <translation>创建演示项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete “{name}”? You can undo this with Ctrl+Z.</source>
        <translation>删除“{name}”？可用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题与建议</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sheet “{sheet}”: {message}</source>
        <translation>工作表“{sheet}”：{message}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}{column}: {message}</source>
        <translation>工作表“{sheet}”第 {row} 行{column}：{message}</translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation>，第 {column} 列</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number; left empty.</source>
        <translation>分值“{value}”不是数字，已留空。</translation>
    </message>
    <message>
        <source>a row with a weight but no indicator name was skipped.</source>
        <translation>有分值但没有指标名称的一行已跳过。</translation>
    </message>
    <message>
        <source>the numbering of “{name}” skips a level; it was placed under the row above.</source>
        <translation>“{name}”的编号跳过了一级，已放在上一行之下。</translation>
    </message>
    <message>
        <source>no name at this level; the row was placed one level up.</source>
        <translation>该层级没有名称，此行已放到上一级。</translation>
    </message>
    <message>
        <source>“{name}” appears twice under the same parent.</source>
        <translation>“{name}”在同一上级指标下出现了两次。</translation>
    </message>
    <message>
        <source>“{name}” has the weight {a} here but {b} above; {b} was kept.</source>
        <translation>“{name}”此处分值为 {a}，上方为 {b}；已保留 {b}。</translation>
    </message>
    <message>
        <source>“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.</source>
        <translation>“{name}”名称中的分值为 {a}，分值列为 {b}；已保留 {b}。</translation>
    </message>
    <message>
        <source>“{name}” has no weight; 0 was used.</source>
        <translation>“{name}”没有分值，按 0 处理。</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number ({why}); left empty.</source>
        <translation>分值“{value}”不是数字（{why}），已留空。</translation>
    </message>
    <message>
        <source>the score “{value}” is not a number ({why}); left empty.</source>
        <translation>得分“{value}”不是数字（{why}），已留空。</translation>
    </message>
    <message>
        <source>“{label}” names a grade but no grade (优/良/中/差…) was found on the row.</source>
        <translation>“{label}”表示等级，但该行未找到等级（优/良/中/差……）。</translation>
    </message>
    <message>
        <source>the deduction {score} of the negative indicator “{name}” was taken as −{score}.</source>
        <translation>逆向指标“{name}”的扣分 {score} 按 −{score} 计。</translation>
    </message>
    <message>
        <source>“{text}” was read as the weight {weight} less the deduction: {score}.</source>
        <translation>“{text}”按分值 {weight} 减去扣分计为 {score}。</translation>
    </message>
    <message>
        <source>the score “{text}” was read as that share of the weight {weight}: {score}.</source>
        <translation>得分“{text}”按分值 {weight} 的相应比例计为 {score}。</translation>
    </message>
    <message>
        <source>the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.</source>
        <translation>“{name}”的扣分 {score} 超出上限 {cap}，得分已留空。</translation>
    </message>
    <message>
        <source>the score {score} of “{name}” is outside 0…{weight}; the score was left empty.</source>
        <translation>“{name}”的得分 {score} 超出 0…{weight} 的范围，得分已留空。</translation>
    </message>
    <message>
        <source>The header was found (row {row}) but no indicator rows below it.</source>
        <translation>找到了表头（第 {row} 行），但其下没有指标行。</translation>
    </message>
    <message>
        <source>No score-sheet header found: looked in the first {n} rows for a column of indicator names (一级指标 / 二级指标 / 三级指标 or 指标名称) and a weight column (分值 / 权重).</source>
        <translation>找不到指标得分表的表头：已在前 {n} 行中查找指标名称列（一级指标 / 二级指标 / 三级指标 或 指标名称）和分值列（分值 / 权重）。</translation>
    </message>
    <message>
        <source>{n} cells held control characters (invisible, not text); they were removed.</source>
        <translation>有 {n} 个单元格含控制字符（不可见，不是文字），已删除这些字符。</translation>
    </message>
    <message>
        <source>Several sheets hold different indicator frameworks: {sheets}. Choose the sheet to import.</source>
        <translation>多个工作表包含不同的指标体系：{sheets}。请选择要导入的工作表。</translation>
    </message>
    <message>
        <source>“{sheet}” ({n} indicators)</source>
        <translation>“{sheet}”（{n} 个指标）</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was created.</source>
        <translation>导入已取消，未创建任何内容。</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>从 {file} 导入</translation>
    </message>
    <message>
        <source>the column “{label}” was not read: column {kept} holds the same field.</source>
        <translation>未读取“{label}”列：第 {kept} 列已是同一内容。</translation>
    </message>
    <message>
        <source>“{label}” was read as a total, not an indicator: its figures are the sums of the rows above it.</source>
        <translation>“{label}”按合计行处理，不作为指标：其数字等于上方各行之和。</translation>
    </message>
    <message>
        <source>“{label}” was read as the subtotal of “{group}”, not an indicator: its figures are the sums of the rows above it.</source>
        <translation>“{label}”按“{group}”的小计行处理，不作为指标：其数字等于上方各行之和。</translation>
    </message>
    <message>
        <source>the sheet states the grade {stated}, but the imported scores add to {total}, which is {computed} (优 ≥90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60).</source>
        <translation>表中所列等级为{stated}，但导入的得分合计为 {total}，应为{computed}（优 ≥90，良 80–&lt;90，中 60–&lt;80，差 &lt;60）。</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>total of the positive indicators</source>
        <translation>正向指标合计</translation>
    </message>
    <message>
        <source>total of the negative indicators</source>
        <translation>逆向指标合计</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>“{label}” states the {what} weight {stated}, but the indicators it covers add to {computed}.</source>
        <translation>“{label}”所列{what}分值为 {stated}，但其涵盖的指标分值合计为 {computed}。</translation>
    </message>
    <message>
        <source> ({n} of them have no score)</source>
        <translation>（其中 {n} 项未评分）</translation>
    </message>
    <message>
        <source>“{label}” states the {what} score {stated}, but the imported scores add to {computed}{extra}.</source>
        <translation>“{label}”所列{what}得分为 {stated}，但导入的得分合计为 {computed}{extra}。</translation>
    </message>
    <message>
        <source>the level-1 weights add to {sum}, not 100 (逆向指标 apart); level-1 rows: {rows}.</source>
        <translation>一级指标分值合计为 {sum}，不是 100（逆向指标除外）；一级指标所在行：{rows}。</translation>
    </message>
    <message>
        <source>the indicators under “{name}” add to {sum}, not its weight {weight}.</source>
        <translation>“{name}”下各指标分值合计为 {sum}，与其分值 {weight} 不符。</translation>
    </message>
    <message>
        <source>“{name}” has no numbering while the rows around it have; it was imported as a level-1 indicator: check it.</source>
        <translation>“{name}”没有编号而前后各行都有，已作为一级指标导入，请核对。</translation>
    </message>
    <message>
        <source>{n} indicators at level 1 whose weights add to {sum}</source>
        <translation>{n} 个一级指标，分值合计 {sum}</translation>
    </message>
    <message>
        <source>level-1 weights adding to {sum}</source>
        <translation>一级指标分值合计 {sum}</translation>
    </message>
    <message>
        <source>the total row {row} states {want}</source>
        <translation>第 {row} 行合计为 {want}</translation>
    </message>
    <message>
        <source>rows {rows} carry the sums of the rows below them</source>
        <translation>第 {rows} 行的数字是其下方各行之和</translation>
    </message>
    <message>
        <source>Number the rows by level (一、 / （一） / 1. or 1. / 1.1 / 1.1.1) in the indicator column, or put each level in its own column (一级指标 / 二级指标 / 三级指标).</source>
        <translation>请在指标列按层级编号（一、/（一）/1. 或 1./1.1/1.1.1），或把各级指标分列填写（一级指标/二级指标/三级指标）。</translation>
    </message>
    <message>
        <source>Check that group rows have their level&apos;s columns filled and that no indicator is listed twice.</source>
        <translation>请检查各分组行是否填写了所在层级的列，且没有指标重复列出。</translation>
    </message>
    <message>
        <source>The levels of this sheet could not be understood: found {found}, but {where}, so rows are counted twice. {fix} Nothing was imported.</source>
        <translation>无法识别该表的指标层级：找到{found}，但{where}，说明有行被重复计算。{fix}未导入任何内容。</translation>
    </message>
    <message>
        <source>No target-table header found: looked in the first {n} rows for a column of indicator names (三级指标 / 指标名称) and a column of target values (指标值 / 年度指标值).</source>
        <translation>未找到目标表表头：已在前 {n} 行中查找指标名称列（三级指标 / 指标名称）和指标值列（指标值 / 年度指标值）。</translation>
    </message>
    <message>
        <source>“{value}” is not a number ({field}).</source>
        <translation>“{value}”不是数字（{field}）。</translation>
    </message>
    <message>
        <source>A target value “{value}” without an indicator name is left out.</source>
        <translation>指标值“{value}”没有对应的指标名称，未导入。</translation>
    </message>
    <message>
        <source>“{name}” has no target value (column {col}).</source>
        <translation>“{name}”没有指标值（{col} 列）。</translation>
    </message>
    <message>
        <source>The self-evaluation score {score} of “{name}” is more than its points {points}.</source>
        <translation>“{name}”的自评分 {score} 大于其分值 {points}。</translation>
    </message>
    <message>
        <source>The header was found (row {row}) but no target rows below it.</source>
        <translation>找到表头（第 {row} 行），但其下没有绩效指标行。</translation>
    </message>
    <message>
        <source>“{name}” appears twice (rows {a} and {b}).</source>
        <translation>“{name}”出现两次（第 {a} 行和第 {b} 行）。</translation>
    </message>
    <message>
        <source>The stated total {stated} (column {col}) is not the sum of the rows above, {sum}.</source>
        <translation>表中合计 {stated}（{col} 列）不等于上方各行之和 {sum}。</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import answers — {file}</source>
        <translation>导入答卷 — {file}</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>分组列</translation>
    </message>
    <message>
        <source>Or all rows in group</source>
        <translation>或全部行归入组</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Preview (rows with problems in red)</source>
        <translation>预览（有问题的行标为红色）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add answers that are no option of their question as new options</source>
        <translation>把不属于选项的答案加为该题的新选项</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>跳过有问题的行，导入其余各行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(from the group column)</source>
        <translation>（按分组列）</translation>
    </message>
    <message>
        <source>(respondent id)</source>
        <translation>（答卷编号）</translation>
    </message>
    <message>
        <source>(level)</source>
        <translation>（层级）</translation>
    </message>
    <message>
        <source>(unit)</source>
        <translation>（单位）</translation>
    </message>
    <message>
        <source>(choose: a question, a new question, or leave out)</source>
        <translation>（请选择：对应题目、新增题目或不导入）</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(add as a new question)</source>
        <translation>（新增为题目）</translation>
    </message>
    <message>
        <source>(kept aside: platform metadata)</source>
        <translation>（另行保存：平台信息）</translation>
    </message>
    <message>
        <source>{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems, {dup} imported before. New groups: {groups}</source>
        <translation>{file}{enc}：{rows} 份答卷，{ok} 份可导入，{bad} 份有问题，{dup} 份此前已导入。新群体：{groups}</translation>
    </message>
    <message>
        <source>Imported {n} questionnaires; skipped {skipped}; {dup} were imported before.</source>
        <translation>已导入 {n} 份答卷；跳过 {skipped} 份；{dup} 份此前已导入。</translation>
    </message>
    <message>
        <source>Checking was cancelled: change the mapping to check again.</source>
        <translation>检查已取消：修改列的对应关系即可重新检查。</translation>
    </message>
    <message>
        <source>Checking the answers…</source>
        <translation>正在检查答卷…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{key}: answers that are no option: {labels}</source>
        <translation>{key}：不属于选项的答案：{labels}</translation>
    </message>
    <message>
        <source>Importing {n} questionnaires…</source>
        <translation>正在导入 {n} 份问卷…</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Import a score sheet</source>
        <translation>导入指标得分表</translation>
    </message>
    <message>
        <source>.xlsx, .xls or .csv score sheet (“指标得分表”)</source>
        <translation>.xlsx、.xls 或 .csv 格式的指标得分表</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The sheet states</source>
        <translation>表中所列</translation>
    </message>
    <message>
        <source>Weight stated</source>
        <translation>所列分值</translation>
    </message>
    <message>
        <source>Weight computed</source>
        <translation>计算分值</translation>
    </message>
    <message>
        <source>Score stated</source>
        <translation>所列得分</translation>
    </message>
    <message>
        <source>Score computed</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a score sheet</source>
        <translation>选择指标得分表</translation>
    </message>
    <message>
        <source>Score sheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>指标得分表 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{error} Choose it in the Sheet list above.</source>
        <translation>{error}请在上方“工作表”列表中选择。</translation>
    </message>
    <message>
        <source>Cannot import this file: {error}</source>
        <translation>无法导入此文件：{error}</translation>
    </message>
    <message>
        <source>Reading cancelled: choose the file again to see what it holds.</source>
        <translation>已取消读取：请重新选择文件以查看其内容。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header in row(s) {rows}: {n} indicators, {s} with scores.</source>
        <translation>工作表“{sheet}”，表头在第 {rows} 行：{n} 个指标，{s} 个有得分。</translation>
    </message>
    <message>
        <source>evaluation agency: {value}</source>
        <translation>评价机构：{value}</translation>
    </message>
    <message>
        <source>reference date: {value}</source>
        <translation>评价基准日：{value}</translation>
    </message>
    <message>
        <source>budget unit: {value}</source>
        <translation>预算单位：{value}</translation>
    </message>
    <message>
        <source>From the sheet: {facts}.</source>
        <translation>表中信息：{facts}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Sheets {sheets} hold the same framework.</source>
        <translation>工作表 {sheets} 包含相同的指标体系。</translation>
    </message>
    <message>
        <source>Everything the sheet states agrees with its rows. Nothing is created until you press Import.</source>
        <translation>表中所列合计、小计与等级均与各行一致。按“导入”之前不会创建任何内容。</translation>
    </message>
    <message>
        <source>The sheet does not reconcile: {n} warning(s) below. Check them before importing.</source>
        <translation>表格核对不符：下方有 {n} 条警告，请在导入前核对。</translation>
    </message>
    <message>
        <source>The sheet does not reconcile</source>
        <translation>表格核对不符</translation>
    </message>
    <message>
        <source>What the sheet states does not agree with its rows ({n} warning(s)), e.g.:

{first}

Import it anyway? The warnings stay listed in this preview; fix the project after importing.</source>
        <translation>表中所列数字与各行不一致（{n} 条警告），例如：

{first}

仍要导入吗？警告会保留在本预览中；导入后请在项目中修正。</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
</context>
<context>
    <name>ImportTargetsDialog</name>
    <message>
        <source>Import a target table</source>
        <translation>导入绩效目标表</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: {n} rows, header on row {row}.</source>
        <translation>{file}，工作表“{sheet}”：共 {n} 行，表头在第 {row} 行。</translation>
    </message>
    <message>
        <source>Performance target table (declared)</source>
        <translation>绩效目标表（申报）</translation>
    </message>
    <message>
        <source>Self-evaluation table (unit)</source>
        <translation>自评表（单位）</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>目标表(&amp;T)：</translation>
    </message>
    <message>
        <source>for rows the file does not assign to a sub-project</source>
        <translation>用于文件中未注明子项目的行</translation>
    </message>
    <message>
        <source>&amp;Sub-project:</source>
        <translation>子项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Replace the rows already in that table (they stay recoverable)</source>
        <translation>替换该表中已有的行（原行可恢复）(&amp;R)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>子项目</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Points / self-score</source>
        <translation>分值 / 自评分</translation>
    </message>
    <message>
        <source>No warnings: every row reads as a target and every stated total adds up.</source>
        <translation>没有警告：每行都读作绩效指标，表中合计均相符。</translation>
    </message>
    <message>
        <source>Import {n} rows</source>
        <translation>导入 {n} 行</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Selected indicator</source>
        <translation>所选指标</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>&amp;Weight (points)</source>
        <translation>分值(&amp;W)</translation>
    </message>
    <message>
        <source>Negative indicator</source>
        <translation>逆向指标</translation>
    </message>
    <message>
        <source>Deduction cap</source>
        <translation>扣分上限</translation>
    </message>
    <message>
        <source>Description / assessment points</source>
        <translation>指标说明 / 评价要点</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>常见佐证材料</translation>
    </message>
    <message>
        <source>deductions only, outside the 100 points</source>
        <translation>只扣分，不计入 100 分</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Edit &amp;rule…</source>
        <translation>编辑评分规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Kind, points, levels, brackets or caps of this leaf&apos;s rule (Ctrl+R)</source>
        <translation>该指标评分规则的类型、要点分值、档次、区间或上限（Ctrl+R）</translation>
    </message>
    <message>
        <source>Suggest from criteria</source>
        <translation>从评分标准读取</translation>
    </message>
    <message>
        <source>Read the rule from the scoring criteria text</source>
        <translation>从评分标准文字读取评分规则</translation>
    </message>
    <message>
        <source>No rule: the leaf is scored by hand.</source>
        <translation>无评分规则：手动评分。</translation>
    </message>
</context>
<context>
    <name>InstallmentsDialog</name>
    <message>
        <source>Installments</source>
        <translation>付款分期</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Months (first..last)</source>
        <translation>服务期（起..止）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>e.g. first payment</source>
        <translation>例如 第一笔</translation>
    </message>
    <message>
        <source>e.g. 2023-01..2023-04</source>
        <translation>例如 2023-01..2023-04</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>{name}: contract amount {amount} yuan</source>
        <translation>{name}：合同金额 {amount} 元</translation>
    </message>
    <message>
        <source>The installments add up to the contract amount.</source>
        <translation>各笔付款合计与合同金额一致。</translation>
    </message>
    <message>
        <source>Edit an installment</source>
        <translation>修改付款分期</translation>
    </message>
    <message>
        <source>Add an installment</source>
        <translation>添加付款分期</translation>
    </message>
    <message>
        <source>Delete the installment {period}</source>
        <translation>删除付款分期 {period}</translation>
    </message>
</context>
<context>
    <name>LeafEvidencePanel</name>
    <message>
        <source>Note written in the app</source>
        <translation>在本软件中填写的说明</translation>
    </message>
    <message>
        <source>Page/section: {ref}</source>
        <translation>页码/章节：{ref}</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>佐证材料（{n}）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>关联佐证材料…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Link items already in the project&apos;s evidence to this indicator</source>
        <translation>将项目中已有的佐证材料关联到此指标</translation>
    </message>
    <message>
        <source>Copy files into the evidence store and link them to this indicator</source>
        <translation>将文件复制到佐证材料库并关联到此指标</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加佐证材料文件</translation>
    </message>
</context>
<context>
    <name>LeafForm</name>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source> (negative indicator, down to {cap})</source>
        <translation>（逆向指标，最多扣至 {cap}）</translation>
    </message>
    <message>
        <source>weight {w}</source>
        <translation>分值 {w}</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>没有提示。</translation>
    </message>
</context>
<context>
    <name>LeafPickerDialog</name>
    <message>
        <source>Link to indicator</source>
        <translation>关联到指标</translation>
    </message>
    <message>
        <source>Search indicators…</source>
        <translation>搜索指标…</translation>
    </message>
    <message>
        <source>Deduction or flag (optional)</source>
        <translation>扣分或问题说明（可选）</translation>
    </message>
    <message>
        <source>e.g. point ② not met</source>
        <translation>例如：要点②未达到</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Milliseconds after a project opens before the other pages&apos; modules are imported (the open page paints first and answers; a user does not click on within this time).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>项目列表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Evaluator &amp;profile…</source>
        <translation>评价人员信息(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About evaltool</source>
        <translation>关于 evaltool(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <source>evaltool — performance evaluation</source>
        <translation>evaltool — 绩效评价</translation>
    </message>
    <message>
        <source>◂ All projects</source>
        <translation>◂ 全部项目</translation>
    </message>
    <message>
        <source>About evaltool</source>
        <translation>关于 evaltool</translation>
    </message>
    <message>
        <source>evaltool {version}

A workbench for third-party performance evaluations of public projects: indicator frameworks, scoring by several evaluators, evidence, surveys, reports, and USB sync between laptops.

Data folder: {folder}</source>
        <translation>evaltool {version}

财政支出第三方绩效评价工作台：指标体系、多名评价人员评分、佐证材料、满意度调查、评价报告，以及通过 U 盘在电脑之间同步。

数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>no evaluator profile</source>
        <translation>未设置评价人员信息</translation>
    </message>
    <message>
        <source>Evaluator: {name} · Device: {device}</source>
        <translation>评价人员：{name} · 设备：{device}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>|adjusted − approved| / approved</source>
        <translation>|调整后预算−批复预算|/批复预算</translation>
    </message>
    <message>
        <source>(approved − adjusted) / approved (cuts only)</source>
        <translation>（批复预算−调整后预算）/批复预算（仅计调减）</translation>
    </message>
    <message>
        <source>(moved to other projects + recovered) / approved</source>
        <translation>（调至其他项目金额+财政收回金额）/批复预算</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>approved budget</source>
        <translation>批复预算</translation>
    </message>
    <message>
        <source>adjusted budget</source>
        <translation>调整后预算</translation>
    </message>
    <message>
        <source>actual spending</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>funds received</source>
        <translation>到位资金</translation>
    </message>
    <message>
        <source>The project&apos;s {what} is {stated} but its budget lines add up to {sum}.</source>
        <translation>项目{what}为 {stated}，但各预算明细合计为 {sum}。</translation>
    </message>
    <message>
        <source>The total line {line} states {what} {stated}, the sub-projects add up to {sum}.</source>
        <translation>合计行 {line} 的{what}为 {stated}，各子项目合计为 {sum}。</translation>
    </message>
    <message>
        <source>{line}: approved {a} − moved {m} − recovered {r} is {e}, but the adjusted budget is {adj}.</source>
        <translation>{line}：批复 {a} − 调出 {m} − 收回 {r} = {e}，但调整后预算为 {adj}。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{line}: actual spending {a} is more than the adjusted budget {b}.</source>
        <translation>{line}：实际支出 {a} 大于调整后预算 {b}。</translation>
    </message>
    <message>
        <source>The adjustment rate is defined by the amounts moved to other projects and recovered, but no line records them.</source>
        <translation>预算调整率按调至其他项目和财政收回金额计算，但各预算明细均未记录这两项金额。</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Budget lines (10k yuan)</source>
        <translation>预算明细（万元）</translation>
    </message>
    <message>
        <source>&amp;Adjustment rate:</source>
        <translation>预算调整率(&amp;A)：</translation>
    </message>
    <message>
        <source>|adjusted − approved| / approved</source>
        <translation>|调整后预算−批复预算|/批复预算</translation>
    </message>
    <message>
        <source>(approved − adjusted) / approved, cuts only</source>
        <translation>（批复预算−调整后预算）/批复预算，仅计调减</translation>
    </message>
    <message>
        <source>(moved to other projects + recovered) / approved</source>
        <translation>（调至其他项目金额+财政收回金额）/批复预算</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批复</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到位</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>调至其他项目</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Adjustment rate</source>
        <translation>预算调整率</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>Check a stated calculation, e.g. 3.23×1.8405=5.82</source>
        <translation>核对报送的算式，例如 3.23×1.8405=5.82</translation>
    </message>
    <message>
        <source>The project&apos;s own figures (Project page); add budget lines to record them per sub-project and year.</source>
        <translation>项目自身的数据（“项目概况”页）；添加预算明细可按子项目和年度记录。</translation>
    </message>
    <message>
        <source>Edit budget line {line}</source>
        <translation>编辑预算明细 {line}</translation>
    </message>
    <message>
        <source>Rename budget line {line}</source>
        <translation>重命名预算明细 {line}</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>子项目</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>添加预算明细</translation>
    </message>
    <message>
        <source>Delete budget line {line}</source>
        <translation>删除预算明细 {line}</translation>
    </message>
    <message>
        <source>Set the adjustment-rate definition</source>
        <translation>设置预算调整率口径</translation>
    </message>
    <message>
        <source>{expr} = {value} is right.</source>
        <translation>{expr} = {value}，计算正确。</translation>
    </message>
    <message>
        <source>{expr} is {computed}, not {stated}.</source>
        <translation>{expr} 应为 {computed}，而不是 {stated}。</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Total from the client&apos;s sheet (out of 100):</source>
        <translation>甲方考核表总分（满分100）：</translation>
    </message>
    <message>
        <source>empty: the sum of the leaf scores below</source>
        <translation>留空：按下方各指标评分合计</translation>
    </message>
    <message>
        <source>Catalogue completion rate (%):</source>
        <translation>服务目录完成率（%）：</translation>
    </message>
    <message>
        <source>SLA compliance rate (%):</source>
        <translation>SLA指标达标率（%）：</translation>
    </message>
    <message>
        <source>e.g. 98.5</source>
        <translation>例如 98.5</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如 100</translation>
    </message>
    <message>
        <source>Adopted suggestions:</source>
        <translation>被采纳的合理化建议：</translation>
    </message>
    <message>
        <source>Leaf scores: yours (editable) and all evaluators&apos; (consolidated)</source>
        <translation>指标评分：本人评分（可编辑）与全部评价人员的汇总</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>Choose a month of a contract in the grid.</source>
        <translation>请在左侧表格中选择某合同的某个月份。</translation>
    </message>
    <message>
        <source>installment {period}</source>
        <translation>付款分期 {period}</translation>
    </message>
    <message>
        <source>outside every installment</source>
        <translation>不在任何付款服务期内</translation>
    </message>
    <message>
        <source>{n} faults</source>
        <translation>故障 {n} 起</translation>
    </message>
    <message>
        <source>Not assessed yet: type the total, or score the leaves ({n} without a score). Timeliness {t} ({faults}).</source>
        <translation>尚未考核：请填写总分，或逐项评分（{n} 项未评分）。时效性 {t}（{faults}）。</translation>
    </message>
    <message>
        <source>from the client&apos;s sheet</source>
        <translation>来自甲方考核表</translation>
    </message>
    <message>
        <source>from the leaf scores</source>
        <translation>来自指标评分汇总</translation>
    </message>
    <message>
        <source>Score {score} = {base} {source} + bonus {bonus}. Timeliness {t} ({faults}).</source>
        <translation>得分 {score} = {base}（{source}）+ 加分 {bonus}。时效性 {t}（{faults}）。</translation>
    </message>
    <message>
        <source>No penalty this month.</source>
        <translation>本月无扣罚。</translation>
    </message>
    <message>
        <source>catalogue completion</source>
        <translation>服务目录完成率</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA达标率</translation>
    </message>
    <message>
        <source>{what} {rate}%: {short} points × {per} = {amount} yuan</source>
        <translation>{what} {rate}%：{short} 个百分点 × {per} = {amount} 元</translation>
    </message>
    <message>
        <source>Penalties: {items}</source>
        <translation>扣罚：{items}</translation>
    </message>
    <message>
        <source>from the fault register</source>
        <translation>由故障登记计算</translation>
    </message>
    <message>
        <source>from the adopted suggestions</source>
        <translation>由被采纳的建议计算</translation>
    </message>
    <message>
        <source>Set the total of {month}</source>
        <translation>填写 {month} 总分</translation>
    </message>
    <message>
        <source>Set the catalogue completion rate of {month}</source>
        <translation>填写 {month} 服务目录完成率</translation>
    </message>
    <message>
        <source>Set the SLA compliance rate of {month}</source>
        <translation>填写 {month} SLA达标率</translation>
    </message>
    <message>
        <source>Set the adopted suggestions of {month}</source>
        <translation>填写 {month} 被采纳的建议数</translation>
    </message>
    <message>
        <source>Score “{leaf}” of {month}</source>
        <translation>评分“{leaf}”（{month}）</translation>
    </message>
</context>
<context>
    <name>MyScorePanel</name>
    <message>
        <source>My score</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <source>&amp;Reason for departing from the rule</source>
        <translation>偏离评分标准的理由(&amp;R)</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>得分(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>评价意见(&amp;M)</translation>
    </message>
    <message>
        <source>Use the proposal</source>
        <translation>采用建议得分</translation>
    </message>
    <message>
        <source>bonus outside the 100, up to {cap}</source>
        <translation>加分（100分之外），上限 {cap}</translation>
    </message>
    <message>
        <source>bonus outside the 100, no cap</source>
        <translation>加分（100分之外），无上限</translation>
    </message>
    <message>
        <source>of {w}</source>
        <translation>/ {w}</translation>
    </message>
    <message>
        <source>No proposal yet: {why}</source>
        <translation>暂无建议得分：{why}</translation>
    </message>
    <message>
        <source>Rule proposes {score}  ({working})</source>
        <translation>按标准建议 {score}（{working}）</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>全部调查对象</translation>
    </message>
    <message>
        <source>The score must lie between {lo} and {hi}.</source>
        <translation>得分必须在 {lo} 到 {hi} 之间。</translation>
    </message>
    <message>
        <source>{value} differs from the rule&apos;s proposal {proposed}: give a reason, then press Enter.</source>
        <translation>{value} 与按标准建议的 {proposed} 不同：请填写理由后按 Enter。</translation>
    </message>
    <message>
        <source>Score {leaf}</source>
        <translation>为“{leaf}”评分</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” could be a decimal comma or a thousands separator: write {a} or {b}.</source>
        <translation>“{text}”中的逗号可能是小数点，也可能是千位分隔符：请写成 {a} 或 {b}。</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}”不是有限的数字。</translation>
    </message>
    <message>
        <source>{value} is outside {lo}…{hi}.</source>
        <translation>{value} 超出 {lo}…{hi} 的范围。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</source>
        <translation>“{job}”仍在运行。请等待其完成（或取消）；未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Project</source>
        <translation>项目概况</translation>
    </message>
    <message>
        <source>Project &amp;name</source>
        <translation>项目名称(&amp;N)</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Commissioning body</source>
        <translation>委托单位</translation>
    </message>
    <message>
        <source>Evaluation agency</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>评价基准日</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>批复预算</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>调整后预算</translation>
    </message>
    <message>
        <source>Actual spending</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>项目实施期</translation>
    </message>
    <message>
        <source>Evaluation from</source>
        <translation>评价开始日期</translation>
    </message>
    <message>
        <source>Evaluation until</source>
        <translation>评价结束日期</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Evaluation phases</source>
        <translation>评价阶段</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>评价组</translation>
    </message>
    <message>
        <source>e.g. Excellent:90, Good:80, Fair:60, Poor:0</source>
        <translation>例如 优:90,良:80,中:60,差:0</translation>
    </message>
    <message>
        <source>e.g. Preparation:2023-05-04..2023-05-12; Fieldwork:2023-05-15..2023-05-26</source>
        <translation>例如 前期准备:2023-05-04..2023-05-12; 现场评价:2023-05-15..2023-05-26</translation>
    </message>
    <message>
        <source>e.g. Zhang Ming:lead, Li Hua:member, Wang Fang:expert</source>
        <translation>例如 张明:组长, 李华:成员, 王芳:专家</translation>
    </message>
    <message>
        <source>e.g. 2022 or 2019-2021</source>
        <translation>例如 2022年 或 2019-2021年</translation>
    </message>
    <message>
        <source>×10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Project facts</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Evaluation team</source>
        <translation>评价组</translation>
    </message>
    <message>
        <source>Change a role…</source>
        <translation>调整角色…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评价结果</translation>
    </message>
    <message>
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>暂无成员。</translation>
    </message>
    <message>
        <source>Total {total} points, grade {grade}</source>
        <translation>总分 {total} 分，等级：{grade}</translation>
    </message>
    <message>
        <source>Not scored yet: no leaf has a score.</source>
        <translation>未评分：尚无三级指标得分。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>修改{field}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Firm &amp;portfolio (team hub)</source>
        <translation>机构项目总览（团队中心库）(&amp;P)</translation>
    </message>
    <message>
        <source>Firm portfolio</source>
        <translation>机构项目总览</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Get on this laptop and open</source>
        <translation>下载到本机并打开(&amp;G)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Indicators across projects</source>
        <translation>跨项目指标统计</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find text in comments, narrative and evidence titles (Enter)</source>
        <translation>在评价意见、报告正文和佐证材料标题中查找（回车）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>评价基准日</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Mean rate</source>
        <translation>平均得分率</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Points lost in</source>
        <translation>扣分次数</translation>
    </message>
    <message>
        <source>Most common reason</source>
        <translation>最常见的扣分理由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>中心库：{hub}</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题与建议</translation>
    </message>
    <message>
        <source>{n} projects on the hub that you may read.</source>
        <translation>中心库上有 {n} 个您有权查看的项目。</translation>
    </message>
    <message>
        <source>Reading the firm&apos;s portfolio…</source>
        <translation>正在读取机构项目总览…</translation>
    </message>
    <message>
        <source>{n} places found.</source>
        <translation>找到 {n} 处。</translation>
    </message>
    <message>
        <source>Searching the hub…</source>
        <translation>正在搜索中心库…</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>“{name}” is on this laptop ({n} changes were new here).</source>
        <translation>“{name}”已在本机（{n} 项修改为本机新增）。</translation>
    </message>
    <message>
        <source>Getting the project from the hub…</source>
        <translation>正在从中心库下载项目…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何修改。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select an item to preview it.

Drop files anywhere on this page to add them.</source>
        <translation>选择一项以预览。

把文件拖放到本页任意位置即可添加。</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>Open with system application</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Write the note here; it is saved when you leave the field.</source>
        <translation>在此填写说明；离开此栏时自动保存。</translation>
    </message>
    <message>
        <source>Note written in the app · {n} characters</source>
        <translation>在本软件中填写的说明 · {n} 个字符</translation>
    </message>
    <message>
        <source>The stored file of this item is missing on this laptop. Add the original file again, or bring it with a sync package.</source>
        <translation>本机缺少此项的存储文件。请重新添加原文件，或通过同步包带入。</translation>
    </message>
    <message>
        <source>The stored file no longer matches its checksum: it was altered or damaged after it was added. Add the original file again to repair it.</source>
        <translation>存储的文件与校验值不符：添加后已被改动或损坏。请重新添加原文件以修复。</translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>the start is shown</source>
        <translation>仅显示开头部分</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256：{sha}</translation>
    </message>
    <message>
        <source>Added by {name} on {date}</source>
        <translation>由 {name} 于 {date} 添加</translation>
    </message>
    <message>
        <source>No preview for this type: open it with the system application.</source>
        <translation>此类型无法预览：请用系统程序打开。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开“{name}”…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Generated from the scores (preview) — preparing…</source>
        <translation>根据得分生成（预览）— 正在准备…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Generated from the scores (preview)</source>
        <translation>根据得分生成（预览）</translation>
    </message>
    <message>
        <source>Will be reported as left out:</source>
        <translation>将被列为缺漏：</translation>
    </message>
    <message>
        <source>Nothing is left out: every leaf is scored and every section written.</source>
        <translation>没有缺漏：所有三级指标均已评分，所有章节均已撰写。</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>⚠ {n} problem(s) — the framework can be used, but fix these before scoring:</source>
        <translation>⚠ {n} 个问题——指标体系可以使用，但请在评分前修正：</translation>
    </message>
    <message>
        <source>✓ No problems: level-1 weights add to 100 and every node&apos;s children add to its weight.</source>
        <translation>✓ 没有问题：一级指标分值合计为 100，各指标的下级分值之和均等于其分值。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Draft from the deductions</source>
        <translation>根据扣分起草</translation>
    </message>
    <message>
        <source>One problem per level-2 indicator that lost points, with the leaves&apos; comments, a cause and a suggestion to edit. Problems already covering those leaves are kept.</source>
        <translation>每个扣分的二级指标起草一个问题，附三级指标的评价意见、原因和建议，供修改。已覆盖这些指标的问题保留不变。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Drafted from the deductions, not edited yet</source>
        <translation>根据扣分起草，尚未修改</translation>
    </message>
    <message>
        <source>No problems yet. “Draft from the deductions” proposes them from the scores.</source>
        <translation>还没有问题。“根据扣分起草”会根据得分提出问题。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Found in: {leaves} — {lost} points lost. Evidence: {evidence}</source>
        <translation>依据：{leaves}，共扣 {lost} 分。佐证材料：{evidence}</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Not tied to a deduction.</source>
        <translation>未关联扣分指标。</translation>
    </message>
    <message>
        <source>Edit problem “{title}”</source>
        <translation>编辑问题“{title}”</translation>
    </message>
    <message>
        <source>Draft problems from the deductions</source>
        <translation>根据扣分起草问题</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Delete problem “{title}”</source>
        <translation>删除问题“{title}”</translation>
    </message>
    <message>
        <source>Move problem</source>
        <translation>移动问题</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Evaluator profile</source>
        <translation>评价人员信息</translation>
    </message>
    <message>
        <source>Who is scoring on this laptop? Your name is shown beside your scores and changes.</source>
        <translation>谁在这台电脑上评分？您的姓名会显示在您的评分和修改旁边。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>open</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <source>5-level satisfaction scale</source>
        <translation>5 级满意度量表</translation>
    </message>
    <message>
        <source>4-level satisfaction scale</source>
        <translation>4 级满意度量表</translation>
    </message>
    <message>
        <source>3-level satisfaction scale</source>
        <translation>3 级满意度量表</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>开放式文字</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Question (Chinese)</source>
        <translation>题干（中文）</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>题干（英文）</translation>
    </message>
    <message>
        <source>Paper entry skips the question for the other groups; none ticked: every group</source>
        <translation>录入纸质问卷时，其他群体跳过本题；都不勾选即所有群体都答</translation>
    </message>
    <message>
        <source>Asked of (none ticked: everyone)</source>
        <translation>询问对象（不勾选即所有人）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>选项文字</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>英文选项文字</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Respondent groups (edit in place: name, target sample, expected administrative levels (city, town, village…), units expected)</source>
        <translation>调查对象组（可直接编辑：名称、目标样本量、应覆盖的行政层级（市、镇、村…）、应答单位数）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>调查对象组</translation>
    </message>
    <message>
        <source>Target sample</source>
        <translation>目标样本量</translation>
    </message>
    <message>
        <source>Expected levels</source>
        <translation>应覆盖层级</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>应答单位数</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加组</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除组</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>添加题目…</translation>
    </message>
    <message>
        <source>Edit question…</source>
        <translation>编辑题目…</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>5-level scale</source>
        <translation>5 级量表</translation>
    </message>
    <message>
        <source>4-level scale</source>
        <translation>4 级量表</translation>
    </message>
    <message>
        <source>3-level scale</source>
        <translation>3 级量表</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>开放式文字</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>修改调查对象组 {name}</translation>
    </message>
    <message>
        <source>New group {n}</source>
        <translation>新调查对象组 {n}</translation>
    </message>
    <message>
        <source>Add question {key}</source>
        <translation>添加题目 {key}</translation>
    </message>
    <message>
        <source>Edit question {key}</source>
        <translation>修改题目 {key}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation>摘要与评价结论</translation>
    </message>
    <message>
        <source>Project background</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Implementation and funds</source>
        <translation>项目实施及资金使用情况</translation>
    </message>
    <message>
        <source>Achievements and experience</source>
        <translation>主要成效及经验</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>相关建议</translation>
    </message>
    <message>
        <source>Purpose of the evaluation</source>
        <translation>评价目的</translation>
    </message>
    <message>
        <source>Object and scope</source>
        <translation>评价对象和范围</translation>
    </message>
    <message>
        <source>Basis of the evaluation</source>
        <translation>评价依据</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>评价原则</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>评价方法</translation>
    </message>
    <message>
        <source>Indicator framework and how it was built</source>
        <translation>评价指标体系</translation>
    </message>
    <message>
        <source>Evaluation process</source>
        <translation>评价过程</translation>
    </message>
    <message>
        <source>Problems, causes and suggestions</source>
        <translation>问题、原因与建议</translation>
    </message>
    <message>
        <source>Chapter 2, how the evaluation was carried out. Empty: the report prints the draft made from the project&apos;s data (facts, money, framework, team, dates, evidence, surveys); “Start from the draft” puts it here to edit.</source>
        <translation>第“二、评价工作开展情况”章。留空时，报告打印根据项目数据（项目信息、资金、指标体系、评价组、日期、佐证材料、问卷）生成的草稿；“从草稿开始”可把草稿放到这里修改。</translation>
    </message>
    <message>
        <source>The table of weights is added after it.</source>
        <translation>其后附指标权重表。</translation>
    </message>
    <message>
        <source>The phases and their dates are project facts (Project page).</source>
        <translation>评价阶段及日期属于项目信息（“项目概况”页）。</translation>
    </message>
    <message>
        <source>Chapter 4: each problem with the deductions that found it, its cause and the suggestion answering it (numbered alike). They replace the “Problems found” and “Suggestions” sections when there are any.</source>
        <translation>第“四”章：每个问题附发现它的扣分指标、原因分析以及对应的建议（编号一一对应）。有问题记录时，它们取代“存在的问题”和“相关建议”章节。</translation>
    </message>
    <message>
        <source>Implementation, performance targets set, use of funds. The funds table is added from the project&apos;s budget figures.</source>
        <translation>项目实施、绩效目标设定、资金使用情况。资金表根据项目的预算数据自动添加。</translation>
    </message>
    <message>
        <source>Chapter 4: achievements and experience. The summary lists the titles of the “1.…” headings. Empty: drafted from the best-scoring indicators.</source>
        <translation>第“四”章：主要成效与经验。摘要列出“1.…”各标题。留空时根据得分最高的指标起草。</translation>
    </message>
    <message>
        <source>Chapter 4: problems, used when no structured problem is recorded (see “Problems, causes and suggestions”).</source>
        <translation>第“四”章：存在的问题，在没有记录问题时使用（见“问题、原因与建议”）。</translation>
    </message>
    <message>
        <source>Chapter 4: suggestions, used when no structured problem is recorded.</source>
        <translation>第“四”章：相关建议，在没有记录问题时使用。</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告 PDF…</translation>
    </message>
    <message>
        <source>All to a folder…</source>
        <translation>全部导出到文件夹…</translation>
    </message>
    <message>
        <source>Needs LibreOffice, which is not installed.</source>
        <translation>需要 LibreOffice，但未安装。</translation>
    </message>
    <message>
        <source>Page numbers in the table of contents (LibreOffice)</source>
        <translation>目录填入页码（LibreOffice）</translation>
    </message>
    <message>
        <source>Page numbers in the table of contents: Word asks to update them when the report is opened (LibreOffice is not installed)</source>
        <translation>目录页码：打开报告时由 Word 提示更新（未安装 LibreOffice）</translation>
    </message>
    <message>
        <source>Becomes the report&apos;s summary (“摘要”). Leave it empty to have it generated from the scores and the headings of the sections below. A pasted table captioned “附表 …一级指标…” is replaced by the live level-1 table.</source>
        <translation>作为报告的摘要。留空则根据得分和下方各章节的标题自动生成。粘贴的标题为“附表 …一级指标…”的表格会被替换为实时的一级指标表。</translation>
    </message>
    <message>
        <source>Chapter “一、(一)”: project description. Lines such as “1.项目背景” or “（二）…” become headings, renumbered to fit.</source>
        <translation>第一章（一）项目概况。“1.项目背景”“（二）…”这样的行会成为标题，并自动重新编号。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Word 模板：</translation>
    </message>
    <message>
        <source>none — built-in styles (黑体 headings, 仿宋 body)</source>
        <translation>无——使用内置样式（黑体标题、仿宋正文）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Word report…</source>
        <translation>Word 报告…</translation>
    </message>
    <message>
        <source>Excel score sheet…</source>
        <translation>Excel 指标得分表…</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>PDF 摘要…</translation>
    </message>
    <message>
        <source>Blank scoring forms…</source>
        <translation>空白评分表…</translation>
    </message>
    <message>
        <source>Narrative sections (saved as you type)</source>
        <translation>报告文字章节（随输入自动保存）</translation>
    </message>
    <message>
        <source>Write the “{section}” section here.</source>
        <translation>在此撰写“{section}”章节。</translation>
    </message>
    <message>
        <source>Start from the draft</source>
        <translation>从草稿开始</translation>
    </message>
    <message>
        <source>Put the text the report would print for this section (made from the project&apos;s data) into the editor, to edit it</source>
        <translation>把报告将为本章节打印的文字（根据项目数据生成）放入编辑框以便修改</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check ({n})</source>
        <translation>检查（{n}）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Nothing to draft from yet: record the project&apos;s facts first.</source>
        <translation>还没有可起草的内容：请先填写项目信息。</translation>
    </message>
    <message>
        <source>Replace the text of “{section}” with the draft? (Ctrl+Z brings it back.)</source>
        <translation>用草稿替换“{section}”的文字？（Ctrl+Z 可恢复。）</translation>
    </message>
    <message>
        <source>Drafting “{section}”…</source>
        <translation>正在起草“{section}”…</translation>
    </message>
    <message>
        <source>Edit report section “{section}”</source>
        <translation>修改报告章节“{section}”</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export all to folder</source>
        <translation>全部导出到文件夹</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>缺漏或待核对：</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Project background</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Implementation and funds</source>
        <translation>项目实施及资金使用情况</translation>
    </message>
    <message>
        <source>Achievements and experience</source>
        <translation>主要成效及经验</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>相关建议</translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation>摘要与评价结论</translation>
    </message>
    <message>
        <source>Purpose of the evaluation</source>
        <translation>评价目的</translation>
    </message>
    <message>
        <source>Object and scope</source>
        <translation>评价对象和范围</translation>
    </message>
    <message>
        <source>Basis of the evaluation</source>
        <translation>评价依据</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>评价原则</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>评价方法</translation>
    </message>
    <message>
        <source>Indicator framework and how it was built</source>
        <translation>评价指标体系</translation>
    </message>
    <message>
        <source>Evaluation process</source>
        <translation>评价过程</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Group</source>
        <translation>调查对象组</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标样本量</translation>
    </message>
    <message>
        <source>Valid n</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Index / mean</source>
        <translation>指数 / 均值</translation>
    </message>
    <message>
        <source>Counting {n} questionnaires…</source>
        <translation>正在统计 {n} 份问卷…</translation>
    </message>
    <message>
        <source>Counting the answers of {survey}</source>
        <translation>正在统计“{survey}”的答卷</translation>
    </message>
    <message>
        <source>The answers could not be counted: {error}</source>
        <translation>无法统计答卷：{error}</translation>
    </message>
    <message>
        <source>No survey yet: import a file of answers (Import answers…) — the questionnaire is made from it — or create one from a template (New survey).</source>
        <translation>还没有问卷：导入答卷文件（导入答卷…），问卷将据此生成；或从模板新建（新建问卷）。</translation>
    </message>
    <message>
        <source>Overall satisfaction {rate} ({sat} of {n} valid answers, pooled), 95% interval {ci}; weighted index {index}</source>
        <translation>总体满意度 {rate}（{n} 份有效答卷中 {sat} 份满意，合并计算），95% 置信区间 {ci}；加权指数 {index}</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>均值 {mean}</translation>
    </message>
    <message>
        <source>Satisfaction rate by group (%)</source>
        <translation>各组满意度（%）</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>Review note for this leaf</source>
        <translation>对此指标的审阅意见</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>modified since review</source>
        <translation>审阅后有修改</translation>
    </message>
    <message>
        <source>Mark reviewed again</source>
        <translation>重新标为已审阅</translation>
    </message>
    <message>
        <source>Back to prepared</source>
        <translation>退回为已编制</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>已编制</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标为已审阅</translation>
    </message>
    <message>
        <source>Tick when resolved</source>
        <translation>解决后勾选</translation>
    </message>
    <message>
        <source>Review {leaf}</source>
        <translation>审阅“{leaf}”</translation>
    </message>
    <message>
        <source>History of {leaf}</source>
        <translation>“{leaf}”的修改历史</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Team roles</source>
        <translation>评价组角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>set final scores</source>
        <translation>确定最终得分</translation>
    </message>
    <message>
        <source>mark leaves reviewed or sign off the project</source>
        <translation>标记指标已复核或签发项目</translation>
    </message>
    <message>
        <source>change the consolidation method, grade bands or grade flags</source>
        <translation>修改得分汇总方式、等级划分或降级/否决</translation>
    </message>
    <message>
        <source>change the indicator framework and its rules</source>
        <translation>修改指标体系及其评分规则</translation>
    </message>
    <message>
        <source>change the team&apos;s roles</source>
        <translation>调整评价组成员的角色</translation>
    </message>
    <message>
        <source>edit the report&apos;s narrative</source>
        <translation>编辑报告正文</translation>
    </message>
    <message>
        <source>edit the project&apos;s facts, targets and surveys</source>
        <translation>编辑项目概况、绩效目标和问卷调查</translation>
    </message>
    <message>
        <source>add or change evidence</source>
        <translation>添加或修改佐证材料</translation>
    </message>
    <message>
        <source>score leaves</source>
        <translation>给指标打分</translation>
    </message>
    <message>
        <source>record another evaluator&apos;s scores</source>
        <translation>录入其他评价人员的得分</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>this laptop&apos;s evaluator</source>
        <translation>本机的评价人员</translation>
    </message>
    <message>
        <source>Only the team lead may {action} in “{project}”; {who} is a {role} there. Ask the lead ({leads}); nothing was changed.</source>
        <translation>在“{project}”中只有组长可以{action}；{who}在该项目中是{role}。请联系组长（{leads}）；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>Rule of “{leaf}”</source>
        <translation>“{leaf}”的评分规则</translation>
    </message>
    <message>
        <source>negative indicator, down to {cap}</source>
        <translation>逆向指标，最多扣至 {cap}</translation>
    </message>
    <message>
        <source>weight {w}</source>
        <translation>分值 {w}</translation>
    </message>
    <message>
        <source>Scoring criteria (评分标准)</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>(no criteria written for this leaf)</source>
        <translation>（该指标未填写评分标准）</translation>
    </message>
    <message>
        <source>Suggest from &amp;criteria</source>
        <translation>从评分标准读取(&amp;C)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation>撤销编辑(&amp;U)</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>未能读取：{reason}</translation>
    </message>
    <message>
        <source>Read from “{matched}” — confidence {c:.0%}. Check it, then save.</source>
        <translation>读取自“{matched}”——置信度 {c:.0%}。请核对后保存。</translation>
    </message>
    <message>
        <source>The rule can be used.</source>
        <translation>规则可以使用。</translation>
    </message>
    <message>
        <source>Reads: {text}</source>
        <translation>规则含义：{text}</translation>
    </message>
    <message>
        <source>The points add up to {total} of the weight {weight}.</source>
        <translation>各要点分值合计 {total}，分值为 {weight}。</translation>
    </message>
    <message>
        <source>A bonus outside the 100 points: 0 up to {cap}.</source>
        <translation>100分之外的加分：0 至 {cap}。</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>No proposal yet: {why}</source>
        <translation>暂无建议得分：{why}</translation>
    </message>
    <message>
        <source>Proposes {score}  ({working})</source>
        <translation>建议得分 {score}（{working}）</translation>
    </message>
    <message>
        <source>No score of this leaf departs from this rule.</source>
        <translation>该指标没有偏离此规则的得分。</translation>
    </message>
    <message>
        <source>{n} score(s) of this leaf depart from this rule:</source>
        <translation>该指标有 {n} 个得分偏离此规则：</translation>
    </message>
    <message>
        <source>Rule of {leaf}</source>
        <translation>{leaf}的评分规则</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Measured quantity</source>
        <translation>计量指标</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Full marks at (%)</source>
        <translation>满分比率（%）</translation>
    </message>
    <message>
        <source>Zero below (%)</source>
        <translation>低于此比率不得分（%）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Items required</source>
        <translation>应完成项数</translation>
    </message>
    <message>
        <source>Points per occurrence</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>At most (points off)</source>
        <translation>最多扣分</translation>
    </message>
    <message>
        <source>Points at the floor</source>
        <translation>下限处得分</translation>
    </message>
    <message>
        <source>Below the threshold: score by hand</source>
        <translation>低于满分线：手工评分</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>When not met</source>
        <translation>未达到时</translation>
    </message>
    <message>
        <source>Cap (points)</source>
        <translation>上限（分）</translation>
    </message>
    <message>
        <source>Per step of</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Points off when the value is</source>
        <translation>扣分情形</translation>
    </message>
    <message>
        <source>A part step counts as a whole one</source>
        <translation>不足一档按一档计</translation>
    </message>
    <message>
        <source>Partial points allowed</source>
        <translation>部分满足可酌情给分</translation>
    </message>
    <message>
        <source>in proportion</source>
        <translation>按比例得分</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>不得分</translation>
    </message>
    <message>
        <source>below the target</source>
        <translation>低于目标值</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>高于目标值</translation>
    </message>
    <message>
        <source>text (met / not met by hand)</source>
        <translation>文字（是否达到由人工判断）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Up to (a range)</source>
        <translation>至（分值范围）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>From included</source>
        <translation>含下限</translation>
    </message>
    <message>
        <source>To included</source>
        <translation>含上限</translation>
    </message>
    <message>
        <source>Points off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>仅扣一次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>视为</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Points (from)</source>
        <translation>得分（起）</translation>
    </message>
    <message>
        <source>Points of the checklist (①②③…)</source>
        <translation>评价要点（①②③…）</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Brackets (empty From / To: open)</source>
        <translation>区间（“自”或“至”留空：不设限）</translation>
    </message>
    <message>
        <source>Kinds of occurrence (optional: several with their own points)</source>
        <translation>扣分情形（可选：多种情形各自扣分）</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>No rule: scored by hand</source>
        <translation>无规则：手工评分</translation>
    </message>
    <message>
        <source>Defaults the criteria set (e.g. 无佐证材料的按0分计)</source>
        <translation>评分标准规定的默认处理（如“无佐证材料的按0分计”）</translation>
    </message>
    <message>
        <source>Add default</source>
        <translation>添加默认处理</translation>
    </message>
    <message>
        <source>Remove default</source>
        <translation>删除默认处理</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>{field}: a number is needed</source>
        <translation>{field}：需要填写数字</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认处理</translation>
    </message>
</context>
<context>
    <name>RuleInputsWidget</name>
    <message>
        <source>— pick a level —</source>
        <translation>— 选择档次 —</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Points within the level</source>
        <translation>档内得分</translation>
    </message>
    <message>
        <source>Enter the rate directly</source>
        <translation>直接输入比率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>已完成项数</translation>
    </message>
    <message>
        <source>Items required</source>
        <translation>应完成项数</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Occurrences found</source>
        <translation>发现次数</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>{what} (−{per} each)</source>
        <translation>{what}（每次 −{per}）</translation>
    </message>
    <message>
        <source>{what} (−{per}, yes = 1)</source>
        <translation>{what}（−{per}，有则填 1）</translation>
    </message>
    <message>
        <source>— none applies —</source>
        <translation>— 不适用 —</translation>
    </message>
    <message>
        <source>Default of the criteria</source>
        <translation>评分标准的默认处理</translation>
    </message>
    <message>
        <source>Items earning the bonus</source>
        <translation>可加分项数</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>(linked question not found)</source>
        <translation>（所链接的题目已不存在）</translation>
    </message>
    <message>
        <source>Rate from</source>
        <translation>满意率来源</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Actual value (target {target})</source>
        <translation>实际值（指标值 {target}）</translation>
    </message>
    <message>
        <source>Points deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>扣分理由</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>a number is needed</source>
        <translation>需要填写数字</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Checklist of points</source>
        <translation>按要点计分</translation>
    </message>
    <message>
        <source>Graded levels</source>
        <translation>分档计分</translation>
    </message>
    <message>
        <source>Rate × weight</source>
        <translation>比率 × 分值</translation>
    </message>
    <message>
        <source>Brackets over a value</source>
        <translation>按区间计分</translation>
    </message>
    <message>
        <source>Completion ratio</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Deduction per occurrence</source>
        <translation>按次扣分</translation>
    </message>
    <message>
        <source>Satisfaction mapping</source>
        <translation>满意度折算</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>指标值与实际值对比</translation>
    </message>
    <message>
        <source>Expert judgement</source>
        <translation>专家酌情扣分</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>A deduction needs a written reason.</source>
        <translation>扣分必须写明理由。</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>No rule: the leaf is scored by hand.</source>
        <translation>无评分规则：手动评分。</translation>
    </message>
    <message>
        <source>The value falls in no bracket of the rule; score by hand.</source>
        <translation>该值不在评分规则的任何区间内；请手动评分。</translation>
    </message>
    <message>
        <source>Unknown rule kind.</source>
        <translation>未知的评分规则类型。</translation>
    </message>
    <message>
        <source>Give the points per occurrence.</source>
        <translation>请给出每次扣分数。</translation>
    </message>
    <message>
        <source>No rule: score by hand.</source>
        <translation>无评分规则：请手动评分。</translation>
    </message>
    <message>
        <source>Pick the level that fits.</source>
        <translation>请选择相应档次。</translation>
    </message>
    <message>
        <source>Enter both figures (or the rate).</source>
        <translation>请输入两个数（或比率）。</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>请输入实测值。</translation>
    </message>
    <message>
        <source>Enter the items done and the items required (or the rate).</source>
        <translation>请输入已完成项数和应完成项数（或比率）。</translation>
    </message>
    <message>
        <source>Enter the number of occurrences found.</source>
        <translation>请输入发现次数。</translation>
    </message>
    <message>
        <source>Enter the satisfaction rate or link a survey question.</source>
        <translation>请输入满意度，或关联问卷题目。</translation>
    </message>
    <message>
        <source>The step must be more than zero.</source>
        <translation>每档幅度须大于 0。</translation>
    </message>
    <message>
        <source>A negative indicator only deducts: use a deduction, a shortfall, brackets or expert judgement.</source>
        <translation>逆向指标只能扣分：请使用按次扣分、按差距扣分、区间或专家酌情。</translation>
    </message>
    <message>
        <source>A negative indicator should have a deduction cap (e.g. −10).</source>
        <translation>逆向指标应设扣分上限（如 −10）。</translation>
    </message>
    <message>
        <source>This bonus lies outside the 100 points and has no cap: each item adds without limit.</source>
        <translation>该加分在100分之外且未设上限：每项加分不受限制。</translation>
    </message>
    <message>
        <source>Graded levels need at least one level.</source>
        <translation>档次评分至少需要一个档次。</translation>
    </message>
    <message>
        <source>Brackets need at least one band.</source>
        <translation>区间评分至少需要一个区间。</translation>
    </message>
    <message>
        <source>The floor is not below the rate that earns full marks.</source>
        <translation>下限不低于得满分的比率。</translation>
    </message>
    <message>
        <source>The band {band} holds no value.</source>
        <translation>区间 {band} 不含任何数值。</translation>
    </message>
    <message>
        <source>The bands {a} and {b} overlap.</source>
        <translation>区间 {a} 与 {b} 重叠。</translation>
    </message>
    <message>
        <source>Values below {edge} fall in no band: they are scored by hand.</source>
        <translation>低于 {edge} 的数值不在任何区间内：须手工评分。</translation>
    </message>
    <message>
        <source>Values above {edge} fall in no band: they are scored by hand.</source>
        <translation>高于 {edge} 的数值不在任何区间内：须手工评分。</translation>
    </message>
    <message>
        <source>The rule deducts up to {max}, more than the indicator&apos;s cap {cap}.</source>
        <translation>规则最多扣 {max} 分，超过指标的扣分上限 {cap}。</translation>
    </message>
    <message>
        <source>The bonus is limited by the leaf&apos;s weight {weight}; give the leaf weight 0 for a bonus outside the 100.</source>
        <translation>加分受该指标分值 {weight} 限制；如需在100分之外加分，请将该指标分值设为 0。</translation>
    </message>
    <message>
        <source>No band gives full marks ({weight}).</source>
        <translation>没有区间得满分（{weight}）。</translation>
    </message>
    <message>
        <source>No level gives full marks ({weight}).</source>
        <translation>没有档次得满分（{weight}）。</translation>
    </message>
    <message>
        <source>No band holds the values {gap} between {a} and {b}.</source>
        <translation>区间 {a} 与 {b} 之间的数值 {gap} 不在任何区间内。</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Enter the actual value.</source>
        <translation>请输入实际值。</translation>
    </message>
    <message>
        <source>Cannot compare the actual value with the target; score by hand.</source>
        <translation>无法将实际值与指标值比较；请手动评分。</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Enter the deductions, each with its reason.</source>
        <translation>请输入各项扣分及其理由。</translation>
    </message>
    <message>
        <source>Enter the number of items that earn the bonus.</source>
        <translation>请输入可加分的项数。</translation>
    </message>
    <message>
        <source>Below {threshold} the criteria say nothing: score by hand.</source>
        <translation>低于 {threshold} 时评分标准未作规定：请手工评分。</translation>
    </message>
    <message>
        <source>Deduction per point short of a target</source>
        <translation>按差距扣分</translation>
    </message>
    <message>
        <source>rate from the linked survey question</source>
        <translation>取自关联问卷题目的满意率</translation>
    </message>
    <message>
        <source>Defaults: {items}.</source>
        <translation>默认处理：{items}。</translation>
    </message>
    <message>
        <source>Each point satisfied earns its share, up to {weight} points: {items}.</source>
        <translation>每满足一个要点得相应分值，最高 {weight} 分：{items}。</translation>
    </message>
    <message>
        <source>Pick the level that fits: {items}.</source>
        <translation>按相应档次计分：{items}。</translation>
    </message>
    <message>
        <source>Score = {num} / {den} × {weight} (full marks at a rate of {full} or more).</source>
        <translation>得分 = {num} / {den} × {weight}（比率达到 {full} 及以上得满分）。</translation>
    </message>
    <message>
        <source>Points by the band the value falls in: {items}.</source>
        <translation>按数值所在区间计分：{items}。</translation>
    </message>
    <message>
        <source>Score = items done / items required × {weight}.</source>
        <translation>得分 = 已完成项数 / 应完成项数 × {weight}。</translation>
    </message>
    <message>
        <source>Full {weight} points at {target}; {per} points off for each {step} short of it, never below zero.</source>
        <translation>达到 {target} 得满分 {weight} 分；每低 {step} 扣 {per} 分，扣完为止。</translation>
    </message>
    <message>
        <source>At most {max} points off.</source>
        <translation>最多扣 {max} 分。</translation>
    </message>
    <message>
        <source>Points off: {items}; never below zero (of {weight}).</source>
        <translation>扣分：{items}；扣完为止（分值 {weight}）。</translation>
    </message>
    <message>
        <source>Score = ({num} / {den} − {floor}) / ({full} − {floor}) × {weight}; full marks at {full} or more, zero below {floor}.</source>
        <translation>得分 =（{num} / {den} − {floor}）/（{full} − {floor}）× {weight}；达到 {full} 及以上得满分，低于 {floor} 不得分。</translation>
    </message>
    <message>
        <source>Full {weight} points at a satisfaction rate of {threshold} or more; below it the criteria set no rule (score by hand).</source>
        <translation>满意度达到 {threshold} 及以上得满分 {weight} 分；低于此值评分标准未作规定（手工评分）。</translation>
    </message>
    <message>
        <source>{per} bonus points per item, added outside the weights, up to {cap}.</source>
        <translation>每项加 {per} 分，计入100分之外，最多加 {cap} 分。</translation>
    </message>
    <message>
        <source>Full {weight} points up to {target}; {per} points off for each {step} above it, never below zero.</source>
        <translation>不超过 {target} 得满分 {weight} 分；每超过 {step} 扣 {per} 分，扣完为止。</translation>
    </message>
    <message>
        <source>{per} points off for each occurrence found, never below zero (of {weight}).</source>
        <translation>每发现一次扣 {per} 分，扣完为止（共 {weight} 分）。</translation>
    </message>
    <message>
        <source>{what}: {per} off</source>
        <translation>{what}：扣 {per} 分</translation>
    </message>
    <message>
        <source>{what}: {per} off each</source>
        <translation>{what}：每次扣 {per} 分</translation>
    </message>
    <message>
        <source>{per} bonus points per item, added outside the weights, with no cap.</source>
        <translation>每项加 {per} 分，计入100分之外，不设上限。</translation>
    </message>
    <message>
        <source>Full {weight} points at a satisfaction rate of {threshold} or more; linear between {floor} and {threshold}; zero below {floor}.</source>
        <translation>满意度达到 {threshold} 及以上得满分 {weight} 分；{floor} 至 {threshold} 之间按比例计分；低于 {floor} 不得分。</translation>
    </message>
    <message>
        <source>Full {weight} points when the target {target} is met; otherwise zero.</source>
        <translation>达到指标值 {target} 得满分 {weight} 分，否则不得分。</translation>
    </message>
    <message>
        <source>Expert judgement: points off at the evaluator&apos;s discretion, each deduction with a written reason (of {weight}).</source>
        <translation>专家酌情扣分：由评价人员酌情扣分，每项扣分须写明理由（共 {weight} 分）。</translation>
    </message>
    <message>
        <source>{per} bonus points per item, up to {cap}.</source>
        <translation>每项加 {per} 分，最多加 {cap} 分。</translation>
    </message>
    <message>
        <source>A checklist needs points.</source>
        <translation>按要点计分必须列出要点。</translation>
    </message>
    <message>
        <source>The floor is above the threshold.</source>
        <translation>下限高于满分线。</translation>
    </message>
    <message>
        <source>The rule inputs are not valid.</source>
        <translation>评分规则的输入无效。</translation>
    </message>
    <message>
        <source>Tick the points that are satisfied.</source>
        <translation>请勾选已满足的要点。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <source>Score = items done / {required} × {weight}.</source>
        <translation>得分 = 已完成项数 / {required} × {weight}。</translation>
    </message>
    <message>
        <source>Full {weight} points when the target {target} is met; otherwise in proportion to the actual value.</source>
        <translation>达到指标值 {target} 得满分 {weight} 分，否则按实际值比例计分。</translation>
    </message>
    <message>
        <source>A level gives more than the weight.</source>
        <translation>有档次的得分超过分值。</translation>
    </message>
    <message>
        <source>A bracket&apos;s points must lie between 0 and the weight.</source>
        <translation>区间得分必须在 0 与分值之间。</translation>
    </message>
    <message>
        <source>The points add up to {total}, not the weight {weight}.</source>
        <translation>要点分值合计为 {total}，而不是分值 {weight}。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</source>
        <translation>“{job}”仍在运行。请等待其完成（或取消）；未作任何更改。</translation>
    </message>
    <message>
        <source>Stopping “{job}”… nothing is changed.</source>
        <translation>正在停止“{job}”……不会作任何更改。</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Hide result ▸</source>
        <translation>隐藏结果 ▸</translation>
    </message>
    <message>
        <source>◂ Show result</source>
        <translation>◂ 显示结果</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有提示</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>The project decisions are the team lead&apos;s.</source>
        <translation>项目层面的决定由组长作出。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Conflicting values: {fields}</source>
        <translation>有冲突的值：{fields}</translation>
    </message>
    <message>
        <source>{done}/{total} scored</source>
        <translation>已评 {done}/{total}</translation>
    </message>
    <message>
        <source>Consolidation: {method}</source>
        <translation>汇总方式：{method}</translation>
    </message>
    <message>
        <source>Lift {kind}</source>
        <translation>取消{kind}</translation>
    </message>
    <message>
        <source>Why is the grade lowered one step (falsified or withheld materials)?</source>
        <translation>为何将等级降低一档（材料造假或隐瞒）？</translation>
    </message>
    <message>
        <source>Which veto event (一票否决) forces the lowest grade?</source>
        <translation>哪项一票否决事项使等级降为最低？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Set {kind}</source>
        <translation>设置{kind}</translation>
    </message>
    <message>
        <source>Sign off the project</source>
        <translation>项目签核</translation>
    </message>
</context>
<context>
    <name>StatementBox</name>
    <message>
        <source>Service period</source>
        <translation>服务期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>应支付合同价款</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已考核月数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Pool paid</source>
        <translation>绩效金支付比例</translation>
    </message>
    <message>
        <source>Pool earned</source>
        <translation>应付绩效考核金</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣罚</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Payment statement</source>
        <translation>付款结算</translation>
    </message>
    <message>
        <source>Add a contract to see what each installment earns.</source>
        <translation>添加合同后，这里显示每笔付款的结算。</translation>
    </message>
    <message>
        <source>Payment statement: {name} ({amount} yuan)</source>
        <translation>付款结算：{name}（{amount} 元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>* provisional: some months are not assessed yet.</source>
        <translation>* 暂估：部分月份尚未考核。</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Rules read from the criteria</source>
        <translation>从评分标准读取的规则</translation>
    </message>
    <message>
        <source>Only leaves whose rule would &amp;change</source>
        <translation>只显示规则会改变的指标(&amp;C)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rule read</source>
        <translation>读取的规则</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Proposes / final</source>
        <translation>建议 / 最终</translation>
    </message>
    <message>
        <source>Read from / notes</source>
        <translation>读取自 / 说明</translation>
    </message>
    <message>
        <source>&amp;Tick the sure ones</source>
        <translation>勾选把握大的(&amp;T)</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>全部取消勾选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open in the editor…</source>
        <translation>在编辑器中打开(&amp;O)…</translation>
    </message>
    <message>
        <source>A&amp;pply ticked</source>
        <translation>应用所勾选的(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{leaves} leaves: {read} rules read, {expert} expert judgement, {not_read} not read. Of the {tried} read rules with measured values, {agree} propose the score given and {differ} do not. Tick the rules to use, then apply them (one undo step).</source>
        <translation>{leaves} 个三级指标：读出规则 {read} 个，酌情评分 {expert} 个，未能读取 {not_read} 个。在有实测值的 {tried} 个中，{agree} 个按规则建议的得分与所给得分一致，{differ} 个不一致。勾选要采用的规则后应用（可一步撤销）。</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未能读取</translation>
    </message>
    <message>
        <source>(same as the current rule) </source>
        <translation>（与现有规则相同）</translation>
    </message>
    <message>
        <source>{n} leaves ticked</source>
        <translation>已勾选 {n} 个三级指标</translation>
    </message>
    <message>
        <source>Rules read from the criteria ({n} leaves)</source>
        <translation>从评分标准读取的规则（{n} 个三级指标）</translation>
    </message>
    <message>
        <source>{n} rules applied; Ctrl+Z undoes them.</source>
        <translation>已应用 {n} 条规则；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>{k} score(s) now depart from their rule: see the flags.</source>
        <translation>现有 {k} 个得分偏离其评分规则，详见提示。</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Result</source>
        <translation>评价结果</translation>
    </message>
    <message>
        <source>Project decisions</source>
        <translation>项目认定</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>Final score from</source>
        <translation>最终得分取自</translation>
    </message>
    <message>
        <source>Mean of the evaluators</source>
        <translation>各评价人员的平均分</translation>
    </message>
    <message>
        <source>Median of the evaluators</source>
        <translation>各评价人员的中位数</translation>
    </message>
    <message>
        <source>Lead decides each leaf</source>
        <translation>组长逐项认定</translation>
    </message>
    <message>
        <source>Total {total} / {weight}{mark}</source>
        <translation>总分 {total} / {weight}{mark}</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <source>veto: {reason}</source>
        <translation>一票否决：{reason}</translation>
    </message>
    <message>
        <source>lowered from {grade}: {reason}</source>
        <translation>由{grade}降级：{reason}</translation>
    </message>
    <message>
        <source>Outputs: {grade}</source>
        <translation>产出完成情况：{grade}</translation>
    </message>
    <message>
        <source>* includes the value being typed (not saved yet)</source>
        <translation>* 含正在输入、尚未保存的值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{scored} of {leaves} leaves scored · {flags} flags</source>
        <translation>{leaves} 个三级指标中已评 {scored} 个 · {flags} 个提示</translation>
    </message>
    <message>
        <source>Cancel the downgrade</source>
        <translation>取消降级</translation>
    </message>
    <message>
        <source>Downgrade one grade…</source>
        <translation>降低一档…</translation>
    </message>
    <message>
        <source>Lift the veto</source>
        <translation>取消一票否决</translation>
    </message>
    <message>
        <source>Veto (lowest grade)…</source>
        <translation>一票否决（最低等级）…</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Total {total} / {weight}{mark} · {grade} · {scored} of {leaves} leaves scored</source>
        <translation>总分 {total} / {weight}{mark} · {grade} · 已评 {scored}/{leaves} 个三级指标</translation>
    </message>
    <message>
        <source>Sign off the project</source>
        <translation>项目签核</translation>
    </message>
    <message>
        <source>Project signed off; {n} of {m} leaves reviewed.</source>
        <translation>项目已签核；{m} 个三级指标中已审阅 {n} 个。</translation>
    </message>
    <message>
        <source>Modified since the sign-off.</source>
        <translation>签核后有修改。</translation>
    </message>
    <message>
        <source>Withdraw the sign-off</source>
        <translation>撤回签核</translation>
    </message>
    <message>
        <source>Prepared; {n} of {m} leaves reviewed.</source>
        <translation>已编制；{m} 个三级指标中已审阅 {n} 个。</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <source>No satisfaction question: add a scale question to get rates.</source>
        <translation>没有满意度题目：请添加量表题以计算满意度。</translation>
    </message>
    <message>
        <source>{group}: no questionnaires yet.</source>
        <translation>{group}：还没有问卷。</translation>
    </message>
    <message>
        <source>{group}: {n} questionnaires, below the target sample of {target}.</source>
        <translation>{group}：{n} 份问卷，低于目标样本量 {target}。</translation>
    </message>
    <message>
        <source>{group}: {n} questionnaires, more than the target sample of {target}; check for duplicates or a group mix-up.</source>
        <translation>{group}：{n} 份问卷，超过目标样本量 {target}；请检查是否有重复或群体归错。</translation>
    </message>
    <message>
        <source>{group}: only {n} valid answers; the rate is uncertain by about ±{points} points.</source>
        <translation>{group}：仅 {n} 份有效答卷，满意度误差约 ±{points} 个百分点。</translation>
    </message>
    <message>
        <source>{group}: no questionnaire from level {levels}.</source>
        <translation>{group}：没有来自 {levels} 层级的问卷。</translation>
    </message>
    <message>
        <source>{group}: {units} of {expected} units answered ({share}).</source>
        <translation>{group}：{expected} 个单位中有 {units} 个作答（{share}）。</translation>
    </message>
    <message>
        <source>Only one respondent group answered; the sample is one-sided.</source>
        <translation>只有一个调查对象组作答，样本片面。</translation>
    </message>
    <message>
        <source>Question {key}: {count} answers are not valid options and were left out.</source>
        <translation>题目 {key}：{count} 个答案不是有效选项，已剔除。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <source>Columns answer no question of the survey: {columns}. Map each to a question, add it as a new question or leave it out.</source>
        <translation>以下列不对应问卷中的任何题目：{columns}。请为每列选择对应题目、新增为题目或不导入。</translation>
    </message>
    <message>
        <source>Left out as chosen: {columns}.</source>
        <translation>按选择不导入：{columns}。</translation>
    </message>
    <message>
        <source>There is no group column and the survey has several groups: choose the group column or one group for all rows.</source>
        <translation>没有分组列，而问卷有多个调查对象组：请指定分组列，或为所有行选择同一组。</translation>
    </message>
    <message>
        <source>Blank row, skipped.</source>
        <translation>空行，已跳过。</translation>
    </message>
    <message>
        <source>No respondent group given.</source>
        <translation>未给出调查对象组。</translation>
    </message>
    <message>
        <source>“{value}” is not a respondent group of the survey.</source>
        <translation>“{value}”不是本问卷的调查对象组。</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” repeats row {first}.</source>
        <translation>答卷编号“{ref}”与第 {first} 行重复。</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” is already in the survey.</source>
        <translation>答卷编号“{ref}”已在问卷中。</translation>
    </message>
    <message>
        <source>No answers in this row.</source>
        <translation>此行没有答案。</translation>
    </message>
    <message>
        <source>The file has no questionnaires.</source>
        <translation>文件中没有问卷。</translation>
    </message>
    <message>
        <source>{n} questionnaires (no target sample set)</source>
        <translation>{n} 份问卷（未设目标样本量）</translation>
    </message>
    <message>
        <source>{n} of the target {target} questionnaires: {left} to go</source>
        <translation>目标 {target} 份，已有 {n} 份：还差 {left} 份</translation>
    </message>
    <message>
        <source>{n} questionnaires: target {target} met</source>
        <translation>{n} 份问卷：已达目标 {target} 份</translation>
    </message>
    <message>
        <source>{n} questionnaires: {over} more than the target {target}</source>
        <translation>{n} 份问卷：比目标 {target} 份多 {over} 份</translation>
    </message>
    <message>
        <source>{units} of {expected} units answered ({share})</source>
        <translation>应答单位 {units} / {expected}（{share}）</translation>
    </message>
    <message>
        <source>{units} units answered (set the units expected to see the coverage)</source>
        <translation>已有 {units} 个单位作答（设置应答单位数后可看覆盖率）</translation>
    </message>
    <message>
        <source>; none yet from {levels}</source>
        <translation>；{levels} 尚无问卷</translation>
    </message>
    <message>
        <source>Answers are option numbers and no legend says what they mean: check the options.</source>
        <translation>答案为选项编号，且没有选项说明：请核对选项。</translation>
    </message>
    <message>
        <source>5-level satisfaction scale</source>
        <translation>5 级满意度量表</translation>
    </message>
    <message>
        <source>4-level satisfaction scale</source>
        <translation>4 级满意度量表</translation>
    </message>
    <message>
        <source>3-level satisfaction scale</source>
        <translation>3 级满意度量表</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>开放式文字</translation>
    </message>
    <message>
        <source>“{value}” is not an option of {key} ({options}).</source>
        <translation>“{value}”不是 {key} 的选项（{options}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a number ({key}).</source>
        <translation>“{value}”不是数字（{key}）。</translation>
    </message>
    <message>
        <source>“{value}” is not valid for {key}.</source>
        <translation>“{value}”不是 {key} 的有效答案。</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>新建问卷</translation>
    </message>
    <message>
        <source>From template: {name}</source>
        <translation>从模板：{name}</translation>
    </message>
    <message>
        <source>From an answer file (survey platform export)…</source>
        <translation>从答卷文件（问卷平台导出）…</translation>
    </message>
    <message>
        <source>From an XLSForm workbook…</source>
        <translation>从 XLSForm 工作簿…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>导入答卷…</translation>
    </message>
    <message>
        <source>Export questionnaire (XLSForm)…</source>
        <translation>导出问卷（XLSForm）…</translation>
    </message>
    <message>
        <source>Save charts…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>统计结果</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Answers (*.xlsx *.xls *.csv *.txt)</source>
        <translation>答卷 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>Surve&amp;y</source>
        <translation>问卷(&amp;Y)</translation>
    </message>
    <message>
        <source>Questionnaire (XLSForm)</source>
        <translation>问卷（XLSForm）</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Export questionnaire (XLSForm)</source>
        <translation>导出问卷（XLSForm）</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Save charts to folder</source>
        <translation>将图表保存到文件夹</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>{n} charts saved in {folder}.</source>
        <translation>已将 {n} 张图表保存到 {folder}。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目概况</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>评价组成员</translation>
    </message>
    <message>
        <source>Result flag</source>
        <translation>结果标记</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告文字</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审阅意见</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>佐证材料关联</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>调查对象组</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payment installment</source>
        <translation>付款分期</translation>
    </message>
    <message>
        <source>Monthly assessment</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Monthly leaf score</source>
        <translation>月度指标评分</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>报告中的问题</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Commissioning body</source>
        <translation>委托单位</translation>
    </message>
    <message>
        <source>Evaluation agency</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>评价基准日</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>批复预算</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>调整后预算</translation>
    </message>
    <message>
        <source>Actual spending</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Assessment points</source>
        <translation>评价要点</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPanel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>各方的值</translation>
    </message>
    <message>
        <source>Values kept (who wrote each, and when):</source>
        <translation>保留的各个值（由谁、何时写入）：</translation>
    </message>
    <message>
        <source>&amp;Keep selected value</source>
        <translation>保留所选的值(&amp;K)</translation>
    </message>
    <message>
        <source>Or write a &amp;merged value:</source>
        <translation>或填写合并后的值(&amp;M)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve merged value</source>
        <translation>保存合并后的值(&amp;V)</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Both values are kept until you choose one or write a merged one; the choice travels to the other laptops.</source>
        <translation>两人在互不知情的情况下修改了同一字段。两个值都会保留，直到您选择其一或填写合并后的值；您的选择会同步到其他电脑。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>{value}
    — {who}, {when}</source>
        <translation>{value}
    — {who}，{when}</translation>
    </message>
    <message>
        <source>(shown now)</source>
        <translation>（当前显示）</translation>
    </message>
    <message>
        <source>Conflict resolved: {record} · {field}.</source>
        <translation>冲突已解决：{record} · {field}。</translation>
    </message>
</context>
<context>
    <name>SyncExchangePanel</name>
    <message>
        <source>Send my work</source>
        <translation>发送我的工作</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>写入到</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Encrypt with the team passphrase</source>
        <translation>用团队口令加密</translation>
    </message>
    <message>
        <source>Team &amp;passphrase</source>
        <translation>团队口令(&amp;P)</translation>
    </message>
    <message>
        <source>needed to encrypt, and to read encrypted packages</source>
        <translation>加密以及读取加密的同步包时需要</translation>
    </message>
    <message>
        <source>E&amp;xport package</source>
        <translation>导出同步包(&amp;X)</translation>
    </message>
    <message>
        <source>Export whole-project a&amp;rchive</source>
        <translation>导出完整项目归档(&amp;R)</translation>
    </message>
    <message>
        <source>A package holds this project&apos;s changes and the evidence files the other laptop may lack. Never copy the database file itself between laptops.</source>
        <translation>同步包包含本项目的修改以及对方电脑可能缺少的佐证材料文件。切勿在电脑之间直接复制数据库文件。</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>接收工作</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Open project archive…</source>
        <translation>打开项目归档…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Apply import</source>
        <translation>执行导入(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a package: you will see what it changes before anything is applied.</source>
        <translation>请选择同步包：执行前会先显示它将做哪些修改。</translation>
    </message>
    <message>
        <source>USB drive: {label}</source>
        <translation>U 盘：{label}</translation>
    </message>
    <message>
        <source>(no USB drive found — choose a folder)</source>
        <translation>（未找到 U 盘——请选择文件夹）</translation>
    </message>
    <message>
        <source>everyone (everything)</source>
        <translation>所有人（全部内容）</translation>
    </message>
    <message>
        <source>{name} — only what it has not seen</source>
        <translation>{name} — 仅对方尚未收到的内容</translation>
    </message>
    <message>
        <source>Write sync packages to</source>
        <translation>将同步包写入到</translation>
    </message>
    <message>
        <source>Type the team passphrase to encrypt the package.</source>
        <translation>请输入团队口令以加密同步包。</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>导出已取消，未写入任何同步包。</translation>
    </message>
    <message>
        <source>Wrote {file} to {folder}: {changes} changes, {blobs} evidence files{enc}.</source>
        <translation>已将 {file} 写入 {folder}：{changes} 条修改，{blobs} 个佐证材料文件{enc}。</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>{n} evidence files are missing on this laptop and were not included.</source>
        <translation>本机缺少 {n} 个佐证材料文件，未包含在内。</translation>
    </message>
    <message>
        <source>evaltool packages (*.evsync *.evarchive);;All files (*)</source>
        <translation>evaltool 同步包 (*.evsync *.evarchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Open a project archive</source>
        <translation>打开项目归档</translation>
    </message>
    <message>
        <source>{file} is encrypted: type the team passphrase, then choose it again.</source>
        <translation>{file} 已加密：请输入团队口令后重新选择。</translation>
    </message>
    <message>
        <source>Preview only: nothing has been changed yet. Press Apply import to merge it.</source>
        <translation>仅为预览：尚未做任何修改。按“执行导入”进行合并。</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was changed.</source>
        <translation>检查已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>正在合并同步包…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>正在打开归档…</translation>
    </message>
    <message>
        <source>Opening cancelled; nothing was changed.</source>
        <translation>打开已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>Imported: {new} new, {changed} changed, {conflicting} with conflicts.</source>
        <translation>已导入：新增 {new}，修改 {changed}，有冲突 {conflicting}。</translation>
    </message>
    <message>
        <source>{n} evidence files are not on this laptop yet.</source>
        <translation>有 {n} 个佐证材料文件尚未同步到本机。</translation>
    </message>
    <message>
        <source>{n} changes by someone without the right were kept as proposals for the team lead (see the Project page).</source>
        <translation>{n} 项由无相应权限的人做出的更改已作为提议留给组长（见“项目概况”页）。</translation>
    </message>
    <message>
        <source>{n} changes are dated ahead of this computer&apos;s clock: they were imported, but this laptop&apos;s clock was not moved.</source>
        <translation>{n} 项更改的时间比本机时钟超前：已导入，但本机时钟未被调整。</translation>
    </message>
</context>
<context>
    <name>SyncHistoryTable</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {conflicting} conflicting</source>
        <translation>新增 {new}，修改 {changed}，冲突 {conflicting}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>{changes} changes, {blobs} evidence files</source>
        <translation>{changes} 条修改，{blobs} 个佐证材料文件</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>SyncHubPanel</name>
    <message>
        <source>Team hub (the firm&apos;s PostgreSQL server)</source>
        <translation>团队中心库（机构的 PostgreSQL 服务器）</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>中心库地址(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. postgresql://wang@hub.office:5432/evaltool</source>
        <translation>例如 postgresql://用户名@服务器:5432/evaltool</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>for this session only; or PGPASSWORD / the PostgreSQL password file</source>
        <translation>仅本次使用，不保存；也可用 PGPASSWORD 或 PostgreSQL 密码文件</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Forget this hub</source>
        <translation>忘记此中心库</translation>
    </message>
    <message>
        <source>This project on the hub</source>
        <translation>本项目与中心库</translation>
    </message>
    <message>
        <source>&amp;Push my changes</source>
        <translation>推送我的修改(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ull the team&apos;s changes</source>
        <translation>拉取团队的修改(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ync (push, then pull)</source>
        <translation>同步（先推送再拉取）(&amp;Y)</translation>
    </message>
    <message>
        <source>Download the project&apos;s evidence files when pulling</source>
        <translation>拉取时下载本项目的佐证文件</translation>
    </message>
    <message>
        <source>Sync this project automatically every {n} minutes while the hub can be reached</source>
        <translation>能连上中心库时，每 {n} 分钟自动同步本项目</translation>
    </message>
    <message>
        <source>Offline, nothing changes: keep working, and push or pull when this laptop is on the office network. The password is never stored by evaltool.</source>
        <translation>离线时一切照常：继续工作，待本机接入办公网络后再推送或拉取。evaltool 从不保存密码。</translation>
    </message>
    <message>
        <source>No team hub configured: ask your administrator for its address. USB sync works without one.</source>
        <translation>尚未配置团队中心库：请向管理员索取地址。没有中心库时 U 盘同步照常可用。</translation>
    </message>
    <message>
        <source>Not tested yet in this session.</source>
        <translation>本次尚未测试连接。</translation>
    </message>
    <message>
        <source>Connected as {user} to {hub}: schema {rev}, {n} projects you may read.</source>
        <translation>已以 {user} 身份连接到 {hub}：数据库版本 {rev}，有 {n} 个您有权查看的项目。</translation>
    </message>
    <message>
        <source>This project has not been synced with the hub from this laptop yet.</source>
        <translation>本机尚未与中心库同步过本项目。</translation>
    </message>
    <message>
        <source>last pushed {at} ({n} changes new on the hub)</source>
        <translation>最近推送于 {at}（中心库新增 {n} 项修改）</translation>
    </message>
    <message>
        <source>last pulled {at} ({n} changes new here)</source>
        <translation>最近拉取于 {at}（本机新增 {n} 项修改）</translation>
    </message>
    <message>
        <source>Hub: {parts}.</source>
        <translation>中心库：{parts}。</translation>
    </message>
    <message>
        <source>The password was taken out of the address: evaltool does not store it.</source>
        <translation>已将密码从地址中移出：evaltool 不保存密码。</translation>
    </message>
    <message>
        <source>Cancelled: the hub and this laptop are as they were.</source>
        <translation>已取消：中心库和本机均保持原样。</translation>
    </message>
    <message>
        <source>The team hub answers.</source>
        <translation>团队中心库连接正常。</translation>
    </message>
    <message>
        <source>Connecting to the team hub…</source>
        <translation>正在连接团队中心库…</translation>
    </message>
    <message>
        <source>Pushing to the team hub…</source>
        <translation>正在推送到团队中心库…</translation>
    </message>
    <message>
        <source>Pulling from the team hub…</source>
        <translation>正在从团队中心库拉取…</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>正在与团队中心库同步…</translation>
    </message>
    <message>
        <source>Pushed: {new} of {sent} changes were new on the hub; {files} evidence files sent.</source>
        <translation>已推送：发送 {sent} 项修改，其中 {new} 项为中心库新增；发送佐证文件 {files} 个。</translation>
    </message>
    <message>
        <source>Pulled: {new} of {sent} changes were new here ({records} records new, {changed} changed, {conflicting} with conflicts); {files} evidence files received.</source>
        <translation>已拉取：收到 {sent} 项修改，其中 {new} 项为本机新增（新增记录 {records} 条，修改 {changed} 条，冲突 {conflicting} 条）；收到佐证文件 {files} 个。</translation>
    </message>
    <message>
        <source>{n} evidence files are not on this laptop yet.</source>
        <translation>有 {n} 个佐证文件尚未下载到本机。</translation>
    </message>
    <message>
        <source>{n} evidence files were missing here and not sent.</source>
        <translation>本机缺少 {n} 个佐证文件，未能发送。</translation>
    </message>
</context>
<context>
    <name>SyncImportPreview</name>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the sender: trust this laptop</source>
        <translation>我已与发送方核对此指纹：信任这台电脑</translation>
    </message>
    <message>
        <source>From laptop {sender} ({who}), written {when}:
{file}</source>
        <translation>来自电脑 {sender}（{who}），写于 {when}：
{file}</translation>
    </message>
    <message>
        <source>{changes} new changes: {new} new records, {changed} changed, {unchanged} unchanged, {conflicting} with conflicts.</source>
        <translation>{changes} 条新修改：新增记录 {new} 条，修改 {changed} 条，未变 {unchanged} 条，有冲突 {conflicting} 条。</translation>
    </message>
    <message>
        <source>Evidence files: would add {added} of {n} in the package.</source>
        <translation>佐证文件：将新增 {added} 个（包内共 {n} 个）。</translation>
    </message>
    <message>
        <source>Evidence files: added {added} of {n} in the package.</source>
        <translation>佐证文件：已新增 {added} 个（包内共 {n} 个）。</translation>
    </message>
    <message>
        <source>The project “{name}” is new on this laptop.</source>
        <translation>本机尚无项目“{name}”。</translation>
    </message>
    <message>
        <source>Nothing new: this laptop already has everything in the package.</source>
        <translation>没有新内容：本机已有同步包中的全部内容。</translation>
    </message>
    <message>
        <source>{n} changes were made by someone whose role does not allow them: they are kept as proposals for the team lead, not applied.</source>
        <translation>{n} 项更改的作者没有相应权限：将作为提议留给组长，不会被采用。</translation>
    </message>
    <message>
        <source>{n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest}): the sender&apos;s clock or this one is wrong. They are imported; this laptop&apos;s clock is not moved.</source>
        <translation>{n} 项更改的时间比本机时钟超前 {minutes} 分钟以上（最晚到 {latest}）：发送方或本机的时钟有误。更改会被导入，本机时钟不会被调整。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not signed: who wrote this package cannot be checked (an older evaltool?).</source>
        <translation>未签名：无法核实同步包是谁写的（旧版 evaltool？）。</translation>
    </message>
    <message>
        <source>Signed by laptop {name}, which this project does NOT know. Key fingerprint:
{fp}
Ask the sender to read their fingerprint aloud (evaltool sync devices) and compare it before you trust it.</source>
        <translation>由电脑 {name} 签名，本项目不认识这台电脑。密钥指纹：
{fp}
信任之前，请发送方念出其指纹（evaltool sync devices）并逐一核对。</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>trusted in this project</source>
        <translation>本项目已信任</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>the laptop this project comes from</source>
        <translation>本项目来源的电脑</translation>
    </message>
    <message>
        <source>Signed by laptop {name} ({state}), key {fp}.</source>
        <translation>由电脑 {name} 签名（{state}），密钥指纹 {fp}。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync with other laptops</source>
        <translation>与其他电脑同步</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Team hub</source>
        <translation>团队中心库</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>self-evaluation score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>In the target table but not in the self-evaluation table.</source>
        <translation>绩效目标表中有，自评表中没有。</translation>
    </message>
    <message>
        <source>Named “{a}” in the target table and “{b}” in the self-evaluation table.</source>
        <translation>目标表中为“{a}”，自评表中为“{b}”。</translation>
    </message>
    <message>
        <source>Target value changed from {a} to {b}.</source>
        <translation>指标值由 {a} 改为 {b}。</translation>
    </message>
    <message>
        <source>In the self-evaluation table but not in the target table.</source>
        <translation>自评表中有，绩效目标表中没有。</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>整个项目</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Performance target table (declared)</source>
        <translation>绩效目标表（申报）</translation>
    </message>
    <message>
        <source>Self-evaluation table (unit)</source>
        <translation>自评表（单位）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>子项目</translation>
    </message>
    <message>
        <source>Met or partly met</source>
        <translation>已完成或部分完成</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Read a performance target table or a self-evaluation table from .xlsx, .xls or .csv: you see the rows and every warning before anything is stored</source>
        <translation>从 .xlsx、.xls 或 .csv 读取绩效目标表或自评表：保存前先显示各行和全部警告</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason if missed</source>
        <translation>未完成原因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Target table vs self-evaluation table</source>
        <translation>绩效目标表与自评表比对</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>绩效目标表</translation>
    </message>
    <message>
        <source>Self-evaluation table</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Same target, another name</source>
        <translation>同一指标，名称不同</translation>
    </message>
    <message>
        <source>Import a target table</source>
        <translation>导入绩效目标表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Imported {n} target rows.</source>
        <translation>已导入 {n} 行绩效指标。</translation>
    </message>
    <message>
        <source>Importing targets…</source>
        <translation>正在导入绩效目标…</translation>
    </message>
    <message>
        <source>Auto: {status}</source>
        <translation>自动：{status}</translation>
    </message>
    <message>
        <source>Completion rate: actual over target for a minimum, target over actual for a maximum exceeded</source>
        <translation>完成率：下限指标为实际值/指标值，上限指标超出时为指标值/实际值</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Only in the target table</source>
        <translation>仅在绩效目标表中</translation>
    </message>
    <message>
        <source>Only in the self-evaluation table</source>
        <translation>仅在自评表中</translation>
    </message>
    <message>
        <source>Target value changed</source>
        <translation>指标值有变动</translation>
    </message>
    <message>
        <source>Edit target {name}</source>
        <translation>修改绩效目标 {name}</translation>
    </message>
    <message>
        <source>Set target status</source>
        <translation>设置完成情况</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新绩效目标</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加绩效目标</translation>
    </message>
    <message>
        <source>Delete target {name}</source>
        <translation>删除绩效目标 {name}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New project from a template</source>
        <translation>从模板新建项目</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>插入模板</translation>
    </message>
    <message>
        <source>(mine)</source>
        <translation>（我的）</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>; {n} negative indicator(s)</source>
        <translation>；{n} 个逆向指标</translation>
    </message>
    <message>
        <source>Level 1: {weights}; {n} scored indicators{neg}.</source>
        <translation>一级指标：{weights}；{n} 个评分指标{neg}。</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>undecodable byte</source>
        <translation>无法解码的字节</translation>
    </message>
    <message>
        <source>{what} contains characters that are not text ({chars}) at position {pos} (“{context}”). Remove them (they are invisible; retype the text if needed); nothing was changed.</source>
        <translation>{what}在第 {pos} 个字符处含有非文字字符（{chars}）（“{context}”）。请删除这些字符（它们不可见，必要时请重新输入文字）；未作任何更改。</translation>
    </message>
    <message>
        <source>the clock value {hlc} is no date at all</source>
        <translation>时钟值 {hlc} 不是任何有效日期</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} 不是普通文件。</translation>
    </message>
    <message>
        <source>{file} is too large for {what} ({size} MB; at most {max} MB).</source>
        <translation>{file} 作为{what}太大（{size} MB；最多 {max} MB）。</translation>
    </message>
    <message>
        <source>the clock value “{hlc}” is not a clock value</source>
        <translation>时钟值“{hlc}”不是有效的时钟值</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>规则输入</translation>
    </message>
    <message>
        <source>“decimals” must be a whole number from 0 to 6.</source>
        <translation>“decimals”必须是 0 到 6 之间的整数。</translation>
    </message>
    <message>
        <source>This indicator has no rule: give the score with --value.</source>
        <translation>该指标没有评分规则：请用 --value 给出得分。</translation>
    </message>
    <message>
        <source>{what} is too long ({size} bytes; at most {max}).</source>
        <translation>{what}太长（{size} 字节；最多 {max} 字节）。</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {max} are allowed.</source>
        <translation>{what}嵌套了 {depth} 层；最多允许 {max} 层。</translation>
    </message>
    <message>
        <source>{what} holds text with characters that are not text ({chars}).</source>
        <translation>{what}中的文字含有非文字字符（{chars}）。</translation>
    </message>
    <message>
        <source>“{key}” must be a list.</source>
        <translation>“{key}”必须是列表。</translation>
    </message>
    <message>
        <source>{what}: unknown keys {keys}; this kind takes {allowed}.</source>
        <translation>{what}：未知的键 {keys}；此类规则可用的键为 {allowed}。</translation>
    </message>
    <message>
        <source>A rule must be a JSON object such as {example}.</source>
        <translation>评分规则必须是 JSON 对象，例如 {example}。</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”; use one of: {kinds}.</source>
        <translation>未知的规则类型“{kind}”；可用：{kinds}。</translation>
    </message>
    <message>
        <source>Rule inputs must be a JSON object such as {example}.</source>
        <translation>规则输入必须是 JSON 对象，例如 {example}。</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”.</source>
        <translation>未知的评分规则类型“{kind}”。</translation>
    </message>
    <message>
        <source>{what}: the framework must be a list of indicators.</source>
        <translation>{what}：指标体系必须是指标列表。</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {error} (line {line}, column {col}).</source>
        <translation>{what}不是有效的 JSON：{error}（第 {line} 行，第 {col} 列）。</translation>
    </message>
    <message>
        <source>{what}: “{number}” is not a finite number of at most {digits} digits.</source>
        <translation>{what}：“{number}”不是不超过 {digits} 位的有限数字。</translation>
    </message>
    <message>
        <source>“{key}” item {n} must be an object.</source>
        <translation>“{key}”的第 {n} 项必须是对象。</translation>
    </message>
    <message>
        <source>“{key}” item {n} has unknown keys: {keys} (allowed: {allowed}).</source>
        <translation>“{key}”的第 {n} 项含有未知的键：{keys}（可用：{allowed}）。</translation>
    </message>
    <message>
        <source>{what}: more than {max} indicators.</source>
        <translation>{what}：指标超过 {max} 个。</translation>
    </message>
    <message>
        <source>{what}: an indicator under “{parent}” is not an object.</source>
        <translation>{what}：“{parent}”下的某个指标不是对象。</translation>
    </message>
    <message>
        <source>{what}: an indicator under “{parent}” has no name.</source>
        <translation>{what}：“{parent}”下的某个指标没有名称。</translation>
    </message>
    <message>
        <source>{what}: “{path}”: wrong type of {fields}.</source>
        <translation>{what}：“{path}”：{fields} 的类型不对。</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text.</source>
        <translation>{what}不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>“{key}” item {n}: “{field}” has the wrong type.</source>
        <translation>“{key}”的第 {n} 项：“{field}”的类型不对。</translation>
    </message>
    <message>
        <source>“{key}” must be an object of {keys}.</source>
        <translation>“{key}”必须是包含 {keys} 的对象。</translation>
    </message>
    <message>
        <source>{what}: “{key}” has the wrong type or value ({value}).</source>
        <translation>{what}：“{key}”的类型或取值不对（{value}）。</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>a final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>an evidence item</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>an evidence link</source>
        <translation>佐证关联</translation>
    </message>
    <message>
        <source>a report section</source>
        <translation>报告章节</translation>
    </message>
    <message>
        <source>a review note</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <source>a performance target</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>a survey</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>a survey question</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <source>a respondent group</source>
        <translation>受访群体</translation>
    </message>
    <message>
        <source>a questionnaire</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>an evaluator</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>a grade flag</source>
        <translation>等级标记</translation>
    </message>
    <message>
        <source>a contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>a fault</source>
        <translation>故障记录</translation>
    </message>
    <message>
        <source>a contract month</source>
        <translation>合同月份</translation>
    </message>
    <message>
        <source>a contract score</source>
        <translation>合同考核得分</translation>
    </message>
    <message>
        <source>a payment installment</source>
        <translation>付款期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>evidence hint</source>
        <translation>佐证材料提示</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>page reference</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>rule inputs</source>
        <translation>规则输入</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>The {field} of {record}</source>
        <translation>{record}的{field}</translation>
    </message>
    <message>
        <source>{what} holds a number that is not finite; nothing was changed.</source>
        <translation>{what}含有非有限数值；未作任何更改。</translation>
    </message>
    <message>
        <source>{what} has the wrong shape ({value}); nothing was changed.</source>
        <translation>{what}的结构不对（{value}）；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The framework has no indicators yet.</source>
        <translation>指标体系中还没有指标。</translation>
    </message>
    <message>
        <source>Level-1 weights add to {sum}, not {total} ({delta:+g}).</source>
        <translation>一级指标分值合计为 {sum}，而不是 {total}（{delta:+g}）。</translation>
    </message>
    <message>
        <source>An indicator has no name.</source>
        <translation>有指标没有名称。</translation>
    </message>
    <message>
        <source>“{name}” appears twice at this level.</source>
        <translation>“{name}”在同一层级出现了两次。</translation>
    </message>
    <message>
        <source>The weight of “{name}” is not a number.</source>
        <translation>“{name}”的分值不是数字。</translation>
    </message>
    <message>
        <source>“{name}” is a negative indicator but its weight {weight} is positive.</source>
        <translation>“{name}”是逆向指标，但其分值 {weight} 为正数。</translation>
    </message>
    <message>
        <source>“{name}” has a negative weight {weight}; mark it as a negative indicator or fix the weight.</source>
        <translation>“{name}”的分值 {weight} 为负数；请将其标为逆向指标，或修改分值。</translation>
    </message>
    <message>
        <source>The indicators under “{name}” add to {sum}, not {weight} ({delta:+g}).</source>
        <translation>“{name}”下各指标分值合计为 {sum}，而不是 {weight}（{delta:+g}）。</translation>
    </message>
</context>
</TS>
