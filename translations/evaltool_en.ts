<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerImport</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Today&apos;s backup was made.</source>
        <translation>Today&apos;s backup was made.</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Making today&apos;s backup…</translation>
    </message>
    <message>
        <source>No display: evaltool&apos;s window needs a screen (DISPLAY or WAYLAND_DISPLAY is not set).
  Check the app without one: evaltool --self-test
  Or with a virtual screen: xvfb-run -a evaltool
  The commands work without a screen: evaltool --help
</source>
        <translation>No display: evaltool&apos;s window needs a screen (DISPLAY or WAYLAND_DISPLAY is not set).
  Check the app without one: evaltool --self-test
  Or with a virtual screen: xvfb-run -a evaltool
  The commands work without a screen: evaltool --help
</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>score of {name}</source>
        <translation>score of {name}</translation>
    </message>
    <message>
        <source>final decision</source>
        <translation>final decision</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>leaf</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily copy</source>
        <translation>Daily copy</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <source>Older copy</source>
        <translation>Older copy</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>empty (not a backup)</source>
        <translation>empty (not a backup)</translation>
    </message>
    <message>
        <source>not a database (not a backup)</source>
        <translation>not a database (not a backup)</translation>
    </message>
    <message>
        <source>incomplete (not a backup)</source>
        <translation>incomplete (not a backup)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A checked copy of the database is made on the first start of each day and before every import, merge and upgrade. Kept: the daily copies of the last {daily} days, the copies before imports and merges of the last {events} days, those before upgrades and restores for {rare} days, at most {gb:.0f} GB in all, and always the newest complete one. Restoring a copy keeps the current database as a backup and gives this laptop a new device identity, so the other laptops accept its packages.</source>
        <translation>A checked copy of the database is made on the first start of each day and before every import, merge and upgrade. Kept: the daily copies of the last {daily} days, the copies before imports and merges of the last {events} days, those before upgrades and restores for {rare} days, at most {gb:.0f} GB in all, and always the newest complete one. Restoring a copy keeps the current database as a backup and gives this laptop a new device identity, so the other laptops accept its packages.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>New device &amp;identity…</source>
        <translation>New device &amp;identity…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Wait until the work under way has finished, then restore; nothing was changed.</source>
        <translation>Wait until the work under way has finished, then restore; nothing was changed.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the database by the copy made {when} ({kind})?

The current database is kept as a backup (nothing is lost), every window of it is reopened, and this laptop takes a new device identity. Changes made since that copy and not yet sent to other laptops are no longer in the database.</source>
        <translation>Replace the database by the copy made {when} ({kind})?

The current database is kept as a backup (nothing is lost), every window of it is reopened, and this laptop takes a new device identity. Changes made since that copy and not yet sent to other laptops are no longer in the database.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restore cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The database was restored from {name}.</source>
        <translation>The database was restored from {name}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as the backup {aside}.</source>
        <translation>The database it replaced is kept as the backup {aside}.</translation>
    </message>
    <message>
        <source>This laptop&apos;s new device identity is {new} (before: {old}).</source>
        <translation>This laptop&apos;s new device identity is {new} (before: {old}).</translation>
    </message>
    <message>
        <source>New device identity</source>
        <translation>New device identity</translation>
    </message>
    <message>
        <source>Give this laptop a new device identity?

Do this when this data folder was copied from another laptop, or another laptop refuses its packages as “two installations”. Its changes so far keep their identity; new ones are numbered under the new one.</source>
        <translation>Give this laptop a new device identity?

Do this when this data folder was copied from another laptop, or another laptop refuses its packages as “two installations”. Its changes so far keep their identity; new ones are numbered under the new one.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Satisfaction rate by respondent group</source>
        <translation>Satisfaction rate by respondent group</translation>
    </message>
    <message>
        <source>bars: top-two-box rate; lines: 95% confidence interval</source>
        <translation>bars: top-two-box rate; lines: 95% confidence interval</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>No answers yet</translation>
    </message>
    <message>
        <source>No options to chart</source>
        <translation>No options to chart</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Share of respondents choosing each option (several allowed), n = {n}</source>
        <translation>Share of respondents choosing each option (several allowed), n = {n}</translation>
    </message>
    <message>
        <source>Share of valid answers, n = {n}</source>
        <translation>Share of valid answers, n = {n}</translation>
    </message>
    <message>
        <source>satisfaction rate {rate}</source>
        <translation>satisfaction rate {rate}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>division by zero</source>
        <translation>division by zero</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
    </message>
    <message>
        <source>cannot read the expression at “{part}” (position {pos})</source>
        <translation>cannot read the expression at “{part}” (position {pos})</translation>
    </message>
    <message>
        <source>no calculation found: write it as “expression = result”, e.g. “3.23×1.8405=5.94”</source>
        <translation>no calculation found: write it as “expression = result”, e.g. “3.23×1.8405=5.94”</translation>
    </message>
    <message>
        <source>A calculation written out: A×B=C, A/B=C%, A/B−1=C%, A+B+C=D (also 乘以 除以 加 减 等于, full-width, with 万元/元/%)</source>
        <translation>A calculation written out: A×B=C, A/B=C%, A/B−1=C%, A+B+C=D (also 乘以 除以 加 减 等于, full-width, with 万元/元/%)</translation>
    </message>
    <message>
        <source>A product (sum, difference, quotient) in words: “A 与 B 的乘积/之和/之差/之商为 C”</source>
        <translation>A product (sum, difference, quotient) in words: “A 与 B 的乘积/之和/之差/之商为 C”</translation>
    </message>
    <message>
        <source>A budget rate next to its amounts: 执行率/支出率/完成率 = actual ÷ (adjusted) budget, 调整率 = 调减 ÷ 批复, 到位率 = 到位 ÷ 批复</source>
        <translation>A budget rate next to its amounts: 执行率/支出率/完成率 = actual ÷ (adjusted) budget, 调整率 = 调减 ÷ 批复, 到位率 = 到位 ÷ 批复</translation>
    </message>
    <message>
        <source>A budget after a cut: “预算 A 万元，调减 B 万元，调整后 C 万元”</source>
        <translation>A budget after a cut: “预算 A 万元，调减 B 万元，调整后 C 万元”</translation>
    </message>
    <message>
        <source>A share of a contract sum: “合同总价 A 万元 … 的 P%，即 X 万元”</source>
        <translation>A share of a contract sum: “合同总价 A 万元 … 的 P%，即 X 万元”</translation>
    </message>
    <message>
        <source>A total next to its parts: “…A 万元，…B 万元，合计/总投入 C 万元”, “共 N 个，分别为 a 个、b 个…”, “N 个（包括 a 个、b 个）”</source>
        <translation>A total next to its parts: “…A 万元，…B 万元，合计/总投入 C 万元”, “共 N 个，分别为 a 个、b 个…”, “N 个（包括 a 个、b 个）”</translation>
    </message>
    <message>
        <source>A rate next to its counts: “计划 N 个，实际 M 个，完成率 R%”, “N 项中完成 M 项，…率 R%”, “共 N 条，其中 M 条，…率 R%”, “共 N 次，其中 A 次…，剩余 B 次”</source>
        <translation>A rate next to its counts: “计划 N 个，实际 M 个，完成率 R%”, “N 项中完成 M 项，…率 R%”, “共 N 条，其中 M 条，…率 R%”, “共 N 次，其中 A 次…，剩余 B 次”</translation>
    </message>
    <message>
        <source>A score rate next to its weight and score: “分值 W 分，得分 S 分，得分率 R%”</source>
        <translation>A score rate next to its weight and score: “分值 W 分，得分 S 分，得分率 R%”</translation>
    </message>
    <message>
        <source>“A 比 B 增长/增多/下降了 R%” with both values in the sentence</source>
        <translation>“A 比 B 增长/增多/下降了 R%” with both values in the sentence</translation>
    </message>
    <message>
        <source>The points of a leaf and their total: “得 a 分 … 得 b 分 … 本项合计得 S 分”</source>
        <translation>The points of a leaf and their total: “得 a 分 … 得 b 分 … 本项合计得 S 分”</translation>
    </message>
    <message>
        <source>approved budget</source>
        <translation>approved budget</translation>
    </message>
    <message>
        <source>adjusted budget</source>
        <translation>adjusted budget</translation>
    </message>
    <message>
        <source>actual spending</source>
        <translation>actual spending</translation>
    </message>
    <message>
        <source>the score recorded for this leaf</source>
        <translation>the score recorded for this leaf</translation>
    </message>
    <message>
        <source>the leaf&apos;s weight</source>
        <translation>the leaf&apos;s weight</translation>
    </message>
    <message>
        <source>The final score {found} departs from its rule&apos;s proposal {expected}.</source>
        <translation>The final score {found} departs from its rule&apos;s proposal {expected}.</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>the score rate of this leaf</source>
        <translation>the score rate of this leaf</translation>
    </message>
    <message>
        <source>Imported score sheet {file}</source>
        <translation>Imported score sheet {file}</translation>
    </message>
    <message>
        <source>The points {first}…{last} add up to {sum}, but the leaf&apos;s weight is {weight}.</source>
        <translation>The points {first}…{last} add up to {sum}, but the leaf&apos;s weight is {weight}.</translation>
    </message>
    <message>
        <source>{n} assessment points × {each} = {sum}, but the leaf&apos;s weight is {weight}.</source>
        <translation>{n} assessment points × {each} = {sum}, but the leaf&apos;s weight is {weight}.</translation>
    </message>
    <message>
        <source>Reason recorded: {reason}</source>
        <translation>Reason recorded: {reason}</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>final score</translation>
    </message>
    <message>
        <source>The sub-projects&apos; {what} add up to {sum} 万元 ({parts}); the project&apos;s own figure is {own} 万元.</source>
        <translation>The sub-projects&apos; {what} add up to {sum} 万元 ({parts}); the project&apos;s own figure is {own} 万元.</translation>
    </message>
    <message>
        <source>The sheet states a total of {found}; its leaves add up to {expected}.</source>
        <translation>The sheet states a total of {found}; its leaves add up to {expected}.</translation>
    </message>
    <message>
        <source>The rule&apos;s input {found} is not the rate of any budget line ({expected}).</source>
        <translation>The rule&apos;s input {found} is not the rate of any budget line ({expected}).</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>The sheet states {what} {found} for {path}; its leaves add up to {expected}.</source>
        <translation>The sheet states {what} {found} for {path}; its leaves add up to {expected}.</translation>
    </message>
    <message>
        <source>rule inputs by {name}</source>
        <translation>rule inputs by {name}</translation>
    </message>
    <message>
        <source>{basis} = {expected}, not {found}.</source>
        <translation>{basis} = {expected}, not {found}.</translation>
    </message>
    <message>
        <source>Say why this finding can stay (e.g. “the report quotes the unit&apos;s own error”).</source>
        <translation>Say why this finding can stay (e.g. “the report quotes the unit&apos;s own error”).</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Indicator scores</source>
        <translation>Indicator scores</translation>
    </message>
    <message>
        <source>Indicator counts</source>
        <translation>Indicator counts</translation>
    </message>
    <message>
        <source>Budget figures</source>
        <translation>Budget figures</translation>
    </message>
    <message>
        <source>Survey figures</source>
        <translation>Survey figures</translation>
    </message>
    <message>
        <source>Target counts</source>
        <translation>Target counts</translation>
    </message>
    <message>
        <source>Leaf total in comment</source>
        <translation>Leaf total in comment</translation>
    </message>
    <message>
        <source>Criteria vs weight</source>
        <translation>Criteria vs weight</translation>
    </message>
    <message>
        <source>Final score vs rule</source>
        <translation>Final score vs rule</translation>
    </message>
    <message>
        <source>Rule input vs money</source>
        <translation>Rule input vs money</translation>
    </message>
    <message>
        <source>Sub-projects vs project</source>
        <translation>Sub-projects vs project</translation>
    </message>
    <message>
        <source>Imported subtotals</source>
        <translation>Imported subtotals</translation>
    </message>
    <message>
        <source>The text says {found}, but {basis} is {expected}.</source>
        <translation>The text says {found}, but {basis} is {expected}.</translation>
    </message>
    <message>
        <source>Report section “{title}”</source>
        <translation>Report section “{title}”</translation>
    </message>
    <message>
        <source>final comment</source>
        <translation>final comment</translation>
    </message>
    <message>
        <source>scoring criteria</source>
        <translation>scoring criteria</translation>
    </message>
    <message>
        <source>assessment points</source>
        <translation>assessment points</translation>
    </message>
    <message>
        <source>Target “{name}” — note</source>
        <translation>Target “{name}” — note</translation>
    </message>
    <message>
        <source>Report problem “{title}”</source>
        <translation>Report problem “{title}”</translation>
    </message>
    <message>
        <source>comment by {name}</source>
        <translation>comment by {name}</translation>
    </message>
    <message>
        <source>the combined budget lines</source>
        <translation>the combined budget lines</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <translation>budget adjustment</translation>
    </message>
    <message>
        <source>funds received</source>
        <translation>funds received</translation>
    </message>
    <message>
        <source>execution rate</source>
        <translation>execution rate</translation>
    </message>
    <message>
        <source>adjustment rate</source>
        <translation>adjustment rate</translation>
    </message>
    <message>
        <source>arrival rate</source>
        <translation>arrival rate</translation>
    </message>
    <message>
        <source>the project&apos;s total score</source>
        <translation>the project&apos;s total score</translation>
    </message>
    <message>
        <source>the project&apos;s grade</source>
        <translation>the project&apos;s grade</translation>
    </message>
    <message>
        <source>the overall satisfaction rate</source>
        <translation>the overall satisfaction rate</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>the whole project</translation>
    </message>
    <message>
        <source>the indicators under {path}</source>
        <translation>the indicators under {path}</translation>
    </message>
    <message>
        <source>the project&apos;s level-{level} indicators</source>
        <translation>the project&apos;s level-{level} indicators</translation>
    </message>
    <message>
        <source>the {what} of {line}</source>
        <translation>the {what} of {line}</translation>
    </message>
    <message>
        <source>the performance targets of {scope}</source>
        <translation>the performance targets of {scope}</translation>
    </message>
    <message>
        <source>targets marked “{status}” of {scope}</source>
        <translation>targets marked “{status}” of {scope}</translation>
    </message>
    <message>
        <source>the weight of {what}</source>
        <translation>the weight of {what}</translation>
    </message>
    <message>
        <source>the budget lines</source>
        <translation>the budget lines</translation>
    </message>
    <message>
        <source>the sample of {group}</source>
        <translation>the sample of {group}</translation>
    </message>
    <message>
        <source>the satisfaction rate of {group}</source>
        <translation>the satisfaction rate of {group}</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>targets “{kind}” of {scope}</source>
        <translation>targets “{kind}” of {scope}</translation>
    </message>
    <message>
        <source>the score of {what}</source>
        <translation>the score of {what}</translation>
    </message>
    <message>
        <source>the score rate of {what}</source>
        <translation>the score rate of {what}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Check: every figure agrees</source>
        <translation>Check: every figure agrees</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Show dismissed</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Recompute every stated figure against the data (report text, comments, criteria, targets, money lines)</source>
        <translation>Recompute every stated figure against the data (report text, comments, criteria, targets, money lines)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checking figures…</source>
        <translation>Checking figures…</translation>
    </message>
    <message>
        <source>Dismissed: {reason}</source>
        <translation>Dismissed: {reason}</translation>
    </message>
    <message>
        <source>{n} figure(s) do not agree; {d} dismissed.</source>
        <translation>{n} figure(s) do not agree; {d} dismissed.</translation>
    </message>
    <message>
        <source>Every figure checked agrees ({d} dismissed).</source>
        <translation>Every figure checked agrees ({d} dismissed).</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>Reopen finding</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <source>Why can this figure stay as it is?
{message}</source>
        <translation>Why can this figure stay as it is?
{message}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No projects yet. Create the demo with “evaltool demo”.</source>
        <translation>No projects yet. Create the demo with “evaltool demo”.</translation>
    </message>
    <message>
        <source>Demo project created: {name}</source>
        <translation>Demo project created: {name}</translation>
    </message>
    <message>
        <source>--title applies to one file; each file keeps its own name as title.</source>
        <translation>--title applies to one file; each file keeps its own name as title.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copying</translation>
    </message>
    <message>
        <source>(already in the project)</source>
        <translation>(already in the project)</translation>
    </message>
    <message>
        <source>an evidence note</source>
        <translation>an evidence note</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>No evidence.</translation>
    </message>
    <message>
        <source>{n} link(s) made.</source>
        <translation>{n} link(s) made.</translation>
    </message>
    <message>
        <source>{n} link(s) removed.</source>
        <translation>{n} link(s) removed.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>{n} file(s) checked, {bad} missing or altered.</source>
        <translation>{n} file(s) checked, {bad} missing or altered.</translation>
    </message>
    <message>
        <source>[negative, cap {cap}]</source>
        <translation>[negative, cap {cap}]</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>What the sheet states, and what the imported rows add to:</source>
        <translation>What the sheet states, and what the imported rows add to:</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>weight {stated} / {computed}</source>
        <translation>weight {stated} / {computed}</translation>
    </message>
    <message>
        <source>score {stated} / {computed}</source>
        <translation>score {stated} / {computed}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.</source>
        <translation>Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.</translation>
    </message>
    <message>
        <source>The sheet does not reconcile ({n} warnings); nothing was imported (--strict).</source>
        <translation>The sheet does not reconcile ({n} warnings); nothing was imported (--strict).</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Project “{name}” created: {n} indicators, {s} scores.</source>
        <translation>Project “{name}” created: {n} indicators, {s} scores.</translation>
    </message>
    <message>
        <source>{l1} level-1 indicators, {leaves} leaves, level-1 weights {w}.</source>
        <translation>{l1} level-1 indicators, {leaves} leaves, level-1 weights {w}.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>No problems: the weights add up.</source>
        <translation>No problems: the weights add up.</translation>
    </message>
    <message>
        <source>Negative indicators:</source>
        <translation>Negative indicators:</translation>
    </message>
    <message>
        <source>Survey created: {name} ({count} questions)</source>
        <translation>Survey created: {name} ({count} questions)</translation>
    </message>
    <message>
        <source>Questionnaire “{name}” inferred from {file}: {n} questions</source>
        <translation>Questionnaire “{name}” inferred from {file}: {n} questions</translation>
    </message>
    <message>
        <source>  group column: “{column}” ({groups})</source>
        <translation>  group column: “{column}” ({groups})</translation>
    </message>
    <message>
        <source>  every row in group {group}</source>
        <translation>  every row in group {group}</translation>
    </message>
    <message>
        <source>  no group column: name one with --group-column or --group</source>
        <translation>  no group column: name one with --group-column or --group</translation>
    </message>
    <message>
        <source>  respondent id: “{column}”</source>
        <translation>  respondent id: “{column}”</translation>
    </message>
    <message>
        <source>  kept aside (metadata): {columns}</source>
        <translation>  kept aside (metadata): {columns}</translation>
    </message>
    <message>
        <source> [left out]</source>
        <translation> [left out]</translation>
    </message>
    <message>
        <source>asked of: {groups}</source>
        <translation>asked of: {groups}</translation>
    </message>
    <message>
        <source>  (* counts as satisfied)</source>
        <translation>  (* counts as satisfied)</translation>
    </message>
    <message>
        <source>{file}: {rows} questionnaires, {bad} with problems, {dup} already imported; columns: {mapping}</source>
        <translation>{file}: {rows} questionnaires, {bad} with problems, {dup} already imported; columns: {mapping}</translation>
    </message>
    <message>
        <source>{key}: labels that are no option: {labels} (--add-options adds them)</source>
        <translation>{key}: labels that are no option: {labels} (--add-options adds them)</translation>
    </message>
    <message>
        <source>{file}: {n} cells held control characters (invisible, not text); they were removed.</source>
        <translation>{file}: {n} cells held control characters (invisible, not text); they were removed.</translation>
    </message>
    <message>
        <source>Questionnaire created: {name} ({count} questions). Imported {n} questionnaires, skipped {skipped}.</source>
        <translation>Questionnaire created: {name} ({count} questions). Imported {n} questionnaires, skipped {skipped}.</translation>
    </message>
    <message>
        <source>Imported {n} questionnaires, skipped {skipped}; {dup} were imported before.</source>
        <translation>Imported {n} questionnaires, skipped {skipped}; {dup} were imported before.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>{changes} changes, {blobs} evidence files, {size} bytes{enc}.</source>
        <translation>{changes} changes, {blobs} evidence files, {size} bytes{enc}.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files are missing from this laptop&apos;s store and were not included.</source>
        <translation>Warning: {n} evidence files are missing from this laptop&apos;s store and were not included.</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Would import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>{head} {path}: project “{project}” from {sender} ({evaluator})</source>
        <translation>{head} {path}: project “{project}” from {sender} ({evaluator})</translation>
    </message>
    <message>
        <source>The project is new on this laptop and is created.</source>
        <translation>The project is new on this laptop and is created.</translation>
    </message>
    <message>
        <source>changes: {new} new of {total}</source>
        <translation>changes: {new} new of {total}</translation>
    </message>
    <message>
        <source>evidence files: would add {added} of {n} in the package</source>
        <translation>evidence files: would add {added} of {n} in the package</translation>
    </message>
    <message>
        <source>Warning: {n} values from the other laptop were cleaned: control characters (invisible, not text) removed, numbers that are not finite left empty.</source>
        <translation>Warning: {n} values from the other laptop were cleaned: control characters (invisible, not text) removed, numbers that are not finite left empty.</translation>
    </message>
    <message>
        <source>signed by: nobody (an unsigned package)</source>
        <translation>signed by: nobody (an unsigned package)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>NOT KNOWN in this project</source>
        <translation>NOT KNOWN in this project</translation>
    </message>
    <message>
        <source>confirmed now</source>
        <translation>confirmed now</translation>
    </message>
    <message>
        <source>the laptop this project came from, now trusted</source>
        <translation>the laptop this project came from, now trusted</translation>
    </message>
    <message>
        <source>signed by: {name} ({device}), key {fingerprint} — {state}</source>
        <translation>signed by: {name} ({device}), key {fingerprint} — {state}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <source>sync devices --confirm needs --fingerprint: the fingerprint you checked with the laptop&apos;s owner.</source>
        <translation>sync devices --confirm needs --fingerprint: the fingerprint you checked with the laptop&apos;s owner.</translation>
    </message>
    <message>
        <source>Trusted for the whole team (the project&apos;s roster).</source>
        <translation>Trusted for the whole team (the project&apos;s roster).</translation>
    </message>
    <message>
        <source>Trusted on this laptop (only the lead&apos;s confirmation reaches the team).</source>
        <translation>Trusted on this laptop (only the lead&apos;s confirmation reaches the team).</translation>
    </message>
    <message>
        <source>Revoked: its packages are refused from now on.</source>
        <translation>Revoked: its packages are refused from now on.</translation>
    </message>
    <message>
        <source>Packages must be encrypted and signed by a trusted laptop: {state}</source>
        <translation>Packages must be encrypted and signed by a trusted laptop: {state}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>trusted (roster)</source>
        <translation>trusted (roster)</translation>
    </message>
    <message>
        <source>trusted (this laptop)</source>
        <translation>trusted (this laptop)</translation>
    </message>
    <message>
        <source>seen, not confirmed</source>
        <translation>seen, not confirmed</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>From now on packages of this project must be encrypted and signed by a trusted laptop.</source>
        <translation>From now on packages of this project must be encrypted and signed by a trusted laptop.</translation>
    </message>
    <message>
        <source>Packages of this project no longer need to be encrypted and signed.</source>
        <translation>Packages of this project no longer need to be encrypted and signed.</translation>
    </message>
    <message>
        <source>Team hub created</source>
        <translation>Team hub created</translation>
    </message>
    <message>
        <source>Team hub up to date</source>
        <translation>Team hub up to date</translation>
    </message>
    <message>
        <source>{head}: {hub} (schema {rev}, hub {version}), {n} projects.</source>
        <translation>{head}: {hub} (schema {rev}, hub {version}), {n} projects.</translation>
    </message>
    <message>
        <source>Pushed “{name}” to {hub}: {new} of {sent} changes were new there.</source>
        <translation>Pushed “{name}” to {hub}: {new} of {sent} changes were new there.</translation>
    </message>
    <message>
        <source>Pulled “{name}” from {hub}: {new} of {sent} changes were new here.</source>
        <translation>Pulled “{name}” from {hub}: {new} of {sent} changes were new here.</translation>
    </message>
    <message>
        <source>The project is new on the hub and was created there.</source>
        <translation>The project is new on the hub and was created there.</translation>
    </message>
    <message>
        <source>The project is new on this laptop and was created.</source>
        <translation>The project is new on this laptop and was created.</translation>
    </message>
    <message>
        <source>records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting</source>
        <translation>records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting</translation>
    </message>
    <message>
        <source>evidence files: {n} moved ({mb} MB)</source>
        <translation>evidence files: {n} moved ({mb} MB)</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>this laptop&apos;s store</source>
        <translation>this laptop&apos;s store</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files are not in {where}.</source>
        <translation>Warning: {n} evidence files are not in {where}.</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushing</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Pulling</translation>
    </message>
    <message>
        <source>No project of this laptop is on the hub yet (evaltool hub push PROJECT).</source>
        <translation>No project of this laptop is on the hub yet (evaltool hub push PROJECT).</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>No project you may read is on the hub yet.</source>
        <translation>No project you may read is on the hub yet.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>{n} projects; mean total {mean}</source>
        <translation>{n} projects; mean total {mean}</translation>
    </message>
    <message>
        <source>{name}: {projects} projects, score rate mean {mean}, median {median} ({lo}–{hi}); points lost in {deducted}</source>
        <translation>{name}: {projects} projects, score rate mean {mean}, median {median} ({lo}–{hi}); points lost in {deducted}</translation>
    </message>
    <message>
        <source>evidence files: {added} added of {n} in the package</source>
        <translation>evidence files: {added} added of {n} in the package</translation>
    </message>
    <message>
        <source>Warning: {n} evidence files of this project are not on this laptop yet.</source>
        <translation>Warning: {n} evidence files of this project are not on this laptop yet.</translation>
    </message>
    <message>
        <source>Resolve conflicts with “evaltool sync conflicts {project}”.</source>
        <translation>Resolve conflicts with “evaltool sync conflicts {project}”.</translation>
    </message>
    <message>
        <source>{n} changes were made by someone whose role does not allow them: kept as proposals for the team lead (“evaltool proposals {project}”), not applied.</source>
        <translation>{n} changes were made by someone whose role does not allow them: kept as proposals for the team lead (“evaltool proposals {project}”), not applied.</translation>
    </message>
    <message>
        <source>Warning: {n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest} UTC): the sender&apos;s clock or this one is wrong. They were imported; this laptop&apos;s clock was not moved.</source>
        <translation>Warning: {n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest} UTC): the sender&apos;s clock or this one is wrong. They were imported; this laptop&apos;s clock was not moved.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Resolved {key}.</source>
        <translation>Resolved {key}.</translation>
    </message>
    <message>
        <source>No packages received yet.</source>
        <translation>No packages received yet.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Cannot create the folder {path}: {error}</translation>
    </message>
    <message>
        <source>Say what to write: --docx, --xlsx, --pdf, --blank-forms or --out-dir.</source>
        <translation>Say what to write: --docx, --xlsx, --pdf, --blank-forms or --out-dir.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>note: {message}</translation>
    </message>
    <message>
        <source>Name the section to draft with --section.</source>
        <translation>Name the section to draft with --section.</translation>
    </message>
    <message>
        <source>Name the section to set with --section.</source>
        <translation>Name the section to set with --section.</translation>
    </message>
    <message>
        <source>a report section</source>
        <translation>a report section</translation>
    </message>
    <message>
        <source>{n} open finding(s), {d} dismissed.</source>
        <translation>{n} open finding(s), {d} dismissed.</translation>
    </message>
    <message>
        <source>No open findings: every figure checked agrees ({d} dismissed).</source>
        <translation>No open findings: every figure checked agrees ({d} dismissed).</translation>
    </message>
    <message>
        <source>Dismissed {id}.</source>
        <translation>Dismissed {id}.</translation>
    </message>
    <message>
        <source>Reopened {id}.</source>
        <translation>Reopened {id}.</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>expected {expected}, found {found}</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>No finding with id “{id}”; run “evaltool check {project}” to list them.</source>
        <translation>No finding with id “{id}”; run “evaltool check {project}” to list them.</translation>
    </message>
    <message>
        <source>No contracts in this project yet. Add one with “evaltool contract add”.</source>
        <translation>No contracts in this project yet. Add one with “evaltool contract add”.</translation>
    </message>
    <message>
        <source>--evaluator and --indicator go together (one evaluator&apos;s score of one leaf).</source>
        <translation>--evaluator and --indicator go together (one evaluator&apos;s score of one leaf).</translation>
    </message>
    <message>
        <source>--value and --inputs need --evaluator and --indicator.</source>
        <translation>--value and --inputs need --evaluator and --indicator.</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>--inputs must be a JSON object, e.g. {&quot;level&quot;: 1}.</source>
        <translation>--inputs must be a JSON object, e.g. {&quot;level&quot;: 1}.</translation>
    </message>
    <message>
        <source>{contract} {month}: score {score}, timeliness {timeliness}, penalties {penalties} yuan</source>
        <translation>{contract} {month}: score {score}, timeliness {timeliness}, penalties {penalties} yuan</translation>
    </message>
    <message>
        <source>Fault {id}: {overrun}% over the limit → {points} points; timeliness of {month}: {timeliness}</source>
        <translation>Fault {id}: {overrun}% over the limit → {points} points; timeliness of {month}: {timeliness}</translation>
    </message>
    <message>
        <source>Total payable: {total} yuan</source>
        <translation>Total payable: {total} yuan</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>warning: {message}</translation>
    </message>
    <message>
        <source>Leaves without a score: {leaves}</source>
        <translation>Leaves without a score: {leaves}</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>Writing the statement</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Set who you are first: evaltool whoami --name NAME --role lead.</source>
        <translation>Set who you are first: evaltool whoami --name NAME --role lead.</translation>
    </message>
    <message>
        <source>“调整” is a change of the approved budget: give 批复= too.</source>
        <translation>“调整” is a change of the approved budget: give 批复= too.</translation>
    </message>
    <message>
        <source>Adjustment rate: {definition}</source>
        <translation>Adjustment rate: {definition}</translation>
    </message>
    <message>
        <source>{indicator}: {score} ({working})</source>
        <translation>{indicator}: {score} ({working})</translation>
    </message>
    <message>
        <source>“{value}” is not a year (--line NAME [YEAR] FIELD=AMOUNT …).</source>
        <translation>“{value}” is not a year (--line NAME [YEAR] FIELD=AMOUNT …).</translation>
    </message>
    <message>
        <source>Cannot read “{item}”: write FIELD=AMOUNT with a field among approved (批复), adjusted (调整后), adjustment (调整), received (到位), actual (实际支出), moved_out (调至其他项目), recovered (收回), note.</source>
        <translation>Cannot read “{item}”: write FIELD=AMOUNT with a field among approved (批复), adjusted (调整后), adjustment (调整), received (到位), actual (实际支出), moved_out (调至其他项目), recovered (收回), note.</translation>
    </message>
    <message>
        <source>No problems recorded. “--draft” drafts them from the deductions.</source>
        <translation>No problems recorded. “--draft” drafts them from the deductions.</translation>
    </message>
    <message>
        <source>No problem “{ref}”; run “evaltool problems PROJECT” to list them.</source>
        <translation>No problem “{ref}”; run “evaltool problems PROJECT” to list them.</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>Write --set FIELD=VALUE, not “{item}”.</source>
        <translation>Write --set FIELD=VALUE, not “{item}”.</translation>
    </message>
    <message>
        <source>found in: {leaves} ({lost} points lost)</source>
        <translation>found in: {leaves} ({lost} points lost)</translation>
    </message>
    <message>
        <source>Level-1 indicator</source>
        <translation>Level-1 indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>Score rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Give --value, or --inputs for the rule to propose the score.</source>
        <translation>Give --value, or --inputs for the rule to propose the score.</translation>
    </message>
    <message>
        <source>--indicator is required (except with --suggest-all).</source>
        <translation>--indicator is required (except with --suggest-all).</translation>
    </message>
    <message>
        <source>--apply goes with --suggest or --suggest-all.</source>
        <translation>--apply goes with --suggest or --suggest-all.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <source>--suggest-all reads every leaf: leave out --indicator.</source>
        <translation>--suggest-all reads every leaf: leave out --indicator.</translation>
    </message>
    <message>
        <source>--min-confidence is a number from 0 to 1.</source>
        <translation>--min-confidence is a number from 0 to 1.</translation>
    </message>
    <message>
        <source>Reading criteria</source>
        <translation>Reading criteria</translation>
    </message>
    <message>
        <source>{n} score(s) depart from this rule:</source>
        <translation>{n} score(s) depart from this rule:</translation>
    </message>
    <message>
        <source>Read from: {text}  (confidence {c:.0%})</source>
        <translation>Read from: {text}  (confidence {c:.0%})</translation>
    </message>
    <message>
        <source>{leaves} leaves: {read} read, {expert} expert judgement, {not_read} not read; {agree} of {tried} with measured values propose the score given.</source>
        <translation>{leaves} leaves: {read} read, {expert} expert judgement, {not_read} not read; {agree} of {tried} with measured values propose the score given.</translation>
    </message>
    <message>
        <source>--inputs of “{name}”: {why}</source>
        <translation>--inputs of “{name}”: {why}</translation>
    </message>
    <message>
        <source>The inputs propose no score for “{name}”: {why} The score was left as it was; give it with --value, or complete the inputs.</source>
        <translation>The inputs propose no score for “{name}”: {why} The score was left as it was; give it with --value, or complete the inputs.</translation>
    </message>
    <message>
        <source>--value: give the final score (a number); use --auto to follow the consolidation.</source>
        <translation>--value: give the final score (a number); use --auto to follow the consolidation.</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>Not read: {reason}</translation>
    </message>
    <message>
        <source>From the inputs behind the final score it proposes {proposed} (final {final}).</source>
        <translation>From the inputs behind the final score it proposes {proposed} (final {final}).</translation>
    </message>
    <message>
        <source>Applied to {n} leaves (confidence ≥ {c:.0%}).</source>
        <translation>Applied to {n} leaves (confidence ≥ {c:.0%}).</translation>
    </message>
    <message>
        <source>--value of “{name}”: {why}</source>
        <translation>--value of “{name}”: {why}</translation>
    </message>
    <message>
        <source>not read: {reason}</source>
        <translation>not read: {reason}</translation>
    </message>
    <message>
        <source>The rule of “{name}” cannot be used: {problems}</source>
        <translation>The rule of “{name}” cannot be used: {problems}</translation>
    </message>
    <message>
        <source>Nothing to apply to “{name}”: {reason}</source>
        <translation>Nothing to apply to “{name}”: {reason}</translation>
    </message>
    <message>
        <source>proposes {proposed}, final {final}</source>
        <translation>proposes {proposed}, final {final}</translation>
    </message>
    <message>
        <source>self-evaluation table</source>
        <translation>self-evaluation table</translation>
    </message>
    <message>
        <source>target table</source>
        <translation>target table</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Imported {n} rows ({replaced} replaced).</source>
        <translation>Imported {n} rows ({replaced} replaced).</translation>
    </message>
    <message>
        <source>No open proposals.</source>
        <translation>No open proposals.</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>creator</translation>
    </message>
    <message>
        <source>{id}  {record} ({kind}) by {author}, {at}: lacks the right to {right} [{status}]</source>
        <translation>{id}  {record} ({kind}) by {author}, {at}: lacks the right to {right} [{status}]</translation>
    </message>
    <message>
        <source>Accepted {id}.</source>
        <translation>Accepted {id}.</translation>
    </message>
    <message>
        <source>Rejected {id}.</source>
        <translation>Rejected {id}.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Adjustment rate</source>
        <translation>Adjustment rate</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>veto</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>Grade: {grade}</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <source>The two tables agree.</source>
        <translation>The two tables agree.</translation>
    </message>
    <message>
        <source>(no sub-project)</source>
        <translation>(no sub-project)</translation>
    </message>
    <message>
        <source>{n} flags; see “evaltool flags”.</source>
        <translation>{n} flags; see “evaltool flags”.</translation>
    </message>
    <message>
        <source>{evaluator}: {value} (rule proposes {proposed})</source>
        <translation>{evaluator}: {value} (rule proposes {proposed})</translation>
    </message>
    <message>
        <source>Final {value}; total {total}, grade {grade}</source>
        <translation>Final {value}; total {total}, grade {grade}</translation>
    </message>
    <message>
        <source>Project: {state}; {n} of {m} leaves reviewed</source>
        <translation>Project: {state}; {n} of {m} leaves reviewed</translation>
    </message>
    <message>
        <source>modified since review</source>
        <translation>modified since review</translation>
    </message>
    <message>
        <source>Total {total}, grade {grade}</source>
        <translation>Total {total}, grade {grade}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {n} rows of a {table} (header on row {row})</source>
        <translation>{file}, sheet {sheet}: {n} rows of a {table} (header on row {row})</translation>
    </message>
    <message>
        <source>Nothing stored (dry run).</source>
        <translation>Nothing stored (dry run).</translation>
    </message>
    <message>
        <source>{label}: {met} met or partly met, {not_met} not met, {unknown} unknown of {total}</source>
        <translation>{label}: {met} met or partly met, {not_met} not met, {unknown} unknown of {total}</translation>
    </message>
    <message>
        <source>Proposed: {score}  {working}</source>
        <translation>Proposed: {score}  {working}</translation>
    </message>
    <message>
        <source>downgraded from {grade}</source>
        <translation>downgraded from {grade}</translation>
    </message>
    <message>
        <source>Cannot check “{text}”: {error}</source>
        <translation>Cannot check “{text}”: {error}</translation>
    </message>
    <message>
        <source>{expr} cannot be computed: {error}</source>
        <translation>{expr} cannot be computed: {error}</translation>
    </message>
    <message>
        <source>{expr} = {stated} is right.</source>
        <translation>{expr} = {stated} is right.</translation>
    </message>
    <message>
        <source>{expr} is {expected}, not {stated}.</source>
        <translation>{expr} is {expected}, not {stated}.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>Restored {backup}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>The database it replaced is kept as {path}.</translation>
    </message>
    <message>
        <source>This laptop now has the device identity {new} (before: {old}).</source>
        <translation>This laptop now has the device identity {new} (before: {old}).</translation>
    </message>
    <message>
        <source>This laptop&apos;s device identity was {old}; its changes keep that identity, new ones are numbered under the new one.</source>
        <translation>This laptop&apos;s device identity was {old}; its changes keep that identity, new ones are numbered under the new one.</translation>
    </message>
    <message>
        <source>{n} temporary file(s) and {m} unreferenced evidence file(s) removed, {mb:.1f} MB freed.</source>
        <translation>{n} temporary file(s) and {m} unreferenced evidence file(s) removed, {mb:.1f} MB freed.</translation>
    </message>
    <message>
        <source>note: a backup could not be read, so no evidence file was removed.</source>
        <translation>note: a backup could not be read, so no evidence file was removed.</translation>
    </message>
    <message>
        <source>The standard input is too long for {what} (more than {max} MB).</source>
        <translation>The standard input is too long for {what} (more than {max} MB).</translation>
    </message>
    <message>
        <source>{file}: {n} characters that are not text (control characters) were left out.</source>
        <translation>{file}: {n} characters that are not text (control characters) were left out.</translation>
    </message>
    <message>
        <source>internal error ({error}). This is a bug in evaltool, not a mistake of yours; please report it with the file {file}.</source>
        <translation>internal error ({error}). This is a bug in evaltool, not a mistake of yours; please report it with the file {file}.</translation>
    </message>
</context>
<context>
    <name>ConflictGuard</name>
    <message>
        <source>Conflicting values</source>
        <translation>Conflicting values</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>This field holds values from two laptops:</source>
        <translation>This field holds values from two laptops:</translation>
    </message>
    <message>
        <source>Your new value “{value}” replaces:</source>
        <translation>Your new value “{value}” replaces:</translation>
    </message>
    <message>
        <source>Your new value replaces:</source>
        <translation>Your new value replaces:</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>{who}&apos;s value</source>
        <translation>{who}&apos;s value</translation>
    </message>
    <message>
        <source>The value shown</source>
        <translation>The value shown</translation>
    </message>
    <message>
        <source>Both (settles the conflict)</source>
        <translation>Both (settles the conflict)</translation>
    </message>
    <message>
        <source>All of them (settles the conflict)</source>
        <translation>All of them (settles the conflict)</translation>
    </message>
</context>
<context>
    <name>ConflictMarker</name>
    <message>
        <source>⚠ {field}: {n} values</source>
        <translation>⚠ {field}: {n} values</translation>
    </message>
    <message>
        <source>⚠ {n} values</source>
        <translation>⚠ {n} values</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>Two laptops changed this field without seeing each other&apos;s change; both values are kept:</source>
        <translation>Two laptops changed this field without seeing each other&apos;s change; both values are kept:</translation>
    </message>
    <message>
        <source>Keep one of them here, or write a merged value on the Sync page.</source>
        <translation>Keep one of them here, or write a merged value on the Sync page.</translation>
    </message>
    <message>
        <source>Keep {value}</source>
        <translation>Keep {value}</translation>
    </message>
    <message>
        <source>Write a merged value on the Sync page…</source>
        <translation>Write a merged value on the Sync page…</translation>
    </message>
</context>
<context>
    <name>ConflictsProposalsBox</name>
    <message>
        <source>Conflicts and proposals</source>
        <translation>Conflicts and proposals</translation>
    </message>
    <message>
        <source>Resolve on the Sync page…</source>
        <translation>Resolve on the Sync page…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Open conflicts: {n}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>{record} ({kind}) — {author}, {when}: {changes}
   without the right to {right}</source>
        <translation>{record} ({kind}) — {author}, {when}: {changes}
   without the right to {right}</translation>
    </message>
    <message>
        <source>No proposals waiting for the lead.</source>
        <translation>No proposals waiting for the lead.</translation>
    </message>
    <message>
        <source>Changes made by someone without the right, kept for you to decide:</source>
        <translation>Changes made by someone without the right, kept for you to decide:</translation>
    </message>
    <message>
        <source>Changes made by someone without the right, kept for the team lead to decide:</source>
        <translation>Changes made by someone without the right, kept for the team lead to decide:</translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation>Reject the proposal</translation>
    </message>
    <message>
        <source>Why (recorded with the decision):</source>
        <translation>Why (recorded with the decision):</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>its worst fault</source>
        <translation>its worst fault</translation>
    </message>
    <message>
        <source>the mean of its faults</source>
        <translation>the mean of its faults</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Grade (English)</source>
        <translation>Grade (English)</translation>
    </message>
    <message>
        <source>Average from</source>
        <translation>Average from</translation>
    </message>
    <message>
        <source>Pool paid (%)</source>
        <translation>Pool paid (%)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>&amp;Base share (0–1):</source>
        <translation>&amp;Base share (0–1):</translation>
    </message>
    <message>
        <source>Grade bands:</source>
        <translation>Grade bands:</translation>
    </message>
    <message>
        <source>Penalty per point of &amp;catalogue completion (yuan):</source>
        <translation>Penalty per point of &amp;catalogue completion (yuan):</translation>
    </message>
    <message>
        <source>Penalty per point of &amp;SLA compliance (yuan):</source>
        <translation>Penalty per point of &amp;SLA compliance (yuan):</translation>
    </message>
    <message>
        <source>Affects the business: respond within:</source>
        <translation>Affects the business: respond within:</translation>
    </message>
    <message>
        <source>Affects the business: recover within:</source>
        <translation>Affects the business: recover within:</translation>
    </message>
    <message>
        <source>Other faults: respond within:</source>
        <translation>Other faults: respond within:</translation>
    </message>
    <message>
        <source>Other faults: recover within:</source>
        <translation>Other faults: recover within:</translation>
    </message>
    <message>
        <source>&amp;Timeliness of a month:</source>
        <translation>&amp;Timeliness of a month:</translation>
    </message>
    <message>
        <source>&amp;Holidays (YYYY-MM-DD, …):</source>
        <translation>&amp;Holidays (YYYY-MM-DD, …):</translation>
    </message>
    <message>
        <source>&amp;Make-up working days:</source>
        <translation>&amp;Make-up working days:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>e.g. 15min, 2h, 1d or 1wd (working days: Monday–Friday, minus the holidays, plus make-up days)</source>
        <translation>e.g. 15min, 2h, 1d or 1wd (working days: Monday–Friday, minus the holidays, plus make-up days)</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>No such contract (it may have been deleted).</source>
        <translation>No such contract (it may have been deleted).</translation>
    </message>
    <message>
        <source>No such fault (it may have been deleted).</source>
        <translation>No such fault (it may have been deleted).</translation>
    </message>
    <message>
        <source>The evidence item linked to the fault is not in this project.</source>
        <translation>The evidence item linked to the fault is not in this project.</translation>
    </message>
    <message>
        <source>{field}: “{value}” carries a time zone; give the local time without one.</source>
        <translation>{field}: “{value}” carries a time zone; give the local time without one.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of business (affects the business), other.</source>
        <translation>{field}: “{value}” is not one of business (affects the business), other.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not 1, 2 or 3 (一级 main system, 二级 auxiliary system, 三级 hidden defect).</source>
        <translation>{field}: “{value}” is not 1, 2 or 3 (一级 main system, 二级 auxiliary system, 三级 hidden defect).</translation>
    </message>
    <message>
        <source>{field} {value} is before the report time {reported}.</source>
        <translation>{field} {value} is before the report time {reported}.</translation>
    </message>
    <message>
        <source>{field}: the month {month} lies outside every installment of “{name}” ({periods}); add an installment covering it first.</source>
        <translation>{field}: the month {month} lies outside every installment of “{name}” ({periods}); add an installment covering it first.</translation>
    </message>
    <message>
        <source>{field}: “{value}” has no time of day; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{field}: “{value}” has no time of day; write it as YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date and time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{field}: “{value}” is not a date and time; write it as YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>{field}: {value} is outside 0…{weight} (the bonus of adopted suggestions is added on top, not typed in).</source>
        <translation>{field}: {value} is outside 0…{weight} (the bonus of adopted suggestions is added on top, not typed in).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a count of suggestions (0 or more).</source>
        <translation>{field}: “{value}” is not a count of suggestions (0 or more).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a leaf of the monthly template of “{name}”.</source>
        <translation>{field}: “{value}” is not a leaf of the monthly template of “{name}”.</translation>
    </message>
    <message>
        <source>“{leaf}” is worked out from the fault register; record the month&apos;s faults instead.</source>
        <translation>“{leaf}” is worked out from the fault register; record the month&apos;s faults instead.</translation>
    </message>
    <message>
        <source>“{leaf}” comes from the adopted suggestions of the month; enter their number instead.</source>
        <translation>“{leaf}” comes from the adopted suggestions of the month; enter their number instead.</translation>
    </message>
    <message>
        <source>{field}: the score {value} of “{leaf}” is outside 0…{weight}.</source>
        <translation>{field}: the score {value} of “{leaf}” is outside 0…{weight}.</translation>
    </message>
    <message>
        <source>The score {value} of “{leaf}” differs from its rule&apos;s proposal {proposed}: give a reason.</source>
        <translation>The score {value} of “{leaf}” differs from its rule&apos;s proposal {proposed}: give a reason.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{period}: not assessed yet: {months}; the average is over the {n} assessed months and the figures are provisional.</source>
        <translation>{period}: not assessed yet: {months}; the average is over the {n} assessed months and the figures are provisional.</translation>
    </message>
    <message>
        <source>{period}: catalogue-completion or SLA rate not entered for {months}; no penalty is counted for them.</source>
        <translation>{period}: catalogue-completion or SLA rate not entered for {months}; no penalty is counted for them.</translation>
    </message>
    <message>
        <source>The penalties of {period} ({penalties} yuan) exceed what the installment earns; it comes to {payable} yuan.</source>
        <translation>The penalties of {period} ({penalties} yuan) exceed what the installment earns; it comes to {payable} yuan.</translation>
    </message>
    <message>
        <source>{period}: no month assessed yet; the performance pool and the payable amount are not known.</source>
        <translation>{period}: no month assessed yet; the performance pool and the payable amount are not known.</translation>
    </message>
    <message>
        <source>The monthly template of “{name}” has no bonus rule: the adopted suggestions earn no points.</source>
        <translation>The monthly template of “{name}” has no bonus rule: the adopted suggestions earn no points.</translation>
    </message>
    <message>
        <source>{month} lies outside every installment of “{name}”: it is paid in no statement.</source>
        <translation>{month} lies outside every installment of “{name}”: it is paid in no statement.</translation>
    </message>
    <message>
        <source>Contract name</source>
        <translation>Contract name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>Base share</source>
        <translation>Base share</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>Penalty per point of catalogue completion</source>
        <translation>Penalty per point of catalogue completion</translation>
    </message>
    <message>
        <source>Penalty per point of SLA compliance</source>
        <translation>Penalty per point of SLA compliance</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Timeliness of a month</source>
        <translation>Timeliness of a month</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Installment months</source>
        <translation>Installment months</translation>
    </message>
    <message>
        <source>Installment amount</source>
        <translation>Installment amount</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month score</source>
        <translation>Month score</translation>
    </message>
    <message>
        <source>Catalogue completion rate</source>
        <translation>Catalogue completion rate</translation>
    </message>
    <message>
        <source>SLA compliance rate</source>
        <translation>SLA compliance rate</translation>
    </message>
    <message>
        <source>Adopted suggestions</source>
        <translation>Adopted suggestions</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Responded at</translation>
    </message>
    <message>
        <source>Recovered at</source>
        <translation>Recovered at</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The monthly template has no leaves to score.</source>
        <translation>The monthly template has no leaves to score.</translation>
    </message>
    <message>
        <source>No such installment (it may have been deleted).</source>
        <translation>No such installment (it may have been deleted).</translation>
    </message>
    <message>
        <source>No contract “{name}” in this project. Contracts: {names}.</source>
        <translation>No contract “{name}” in this project. Contracts: {names}.</translation>
    </message>
    <message>
        <source>{field} may not be empty.</source>
        <translation>{field} may not be empty.</translation>
    </message>
    <message>
        <source>{field}: a contract named “{name}” exists already in this project.</source>
        <translation>{field}: a contract named “{name}” exists already in this project.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of worst, mean.</source>
        <translation>{field}: “{value}” is not one of worst, mean.</translation>
    </message>
    <message>
        <source>Contract “{name}” has no installments yet: add them before the months are assessed.</source>
        <translation>Contract “{name}” has no installments yet: add them before the months are assessed.</translation>
    </message>
    <message>
        <source>{field}: {period} overlaps the installment {other}; a month belongs to one installment only.</source>
        <translation>{field}: {period} overlaps the installment {other}; a month belongs to one installment only.</translation>
    </message>
    <message>
        <source>The installments of “{name}” add up to {total} yuan, not the contract amount of {amount} yuan (difference {diff} yuan).</source>
        <translation>The installments of “{name}” add up to {total} yuan, not the contract amount of {amount} yuan (difference {diff} yuan).</translation>
    </message>
    <message>
        <source>is not a number.</source>
        <translation>is not a number.</translation>
    </message>
    <message>
        <source>has more than 2 decimals; amounts are in yuan to the fen.</source>
        <translation>has more than 2 decimals; amounts are in yuan to the fen.</translation>
    </message>
    <message>
        <source>must lie between 0 and 1 (e.g. 0.8 for 80 %).</source>
        <translation>must lie between 0 and 1 (e.g. 0.8 for 80 %).</translation>
    </message>
    <message>
        <source>is above 100 %; a rate cannot exceed 100.</source>
        <translation>is above 100 %; a rate cannot exceed 100.</translation>
    </message>
    <message>
        <source>is below 0 %.</source>
        <translation>is below 0 %.</translation>
    </message>
    <message>
        <source>has more than 4 decimals.</source>
        <translation>has more than 4 decimals.</translation>
    </message>
    <message>
        <source>is not a month; write it as YYYY-MM, e.g. 2023-01.</source>
        <translation>is not a month; write it as YYYY-MM, e.g. 2023-01.</translation>
    </message>
    <message>
        <source>ends before it starts.</source>
        <translation>ends before it starts.</translation>
    </message>
    <message>
        <source>is not a time limit; write e.g. 15min, 2h, 1d or 1wd (working days).</source>
        <translation>is not a time limit; write e.g. 15min, 2h, 1d or 1wd (working days).</translation>
    </message>
    <message>
        <source>must be above zero.</source>
        <translation>must be above zero.</translation>
    </message>
    <message>
        <source>is listed both as a holiday and as a working day.</source>
        <translation>is listed both as a holiday and as a working day.</translation>
    </message>
    <message>
        <source>{field}: “{value}” {why}</source>
        <translation>{field}: “{value}” {why}</translation>
    </message>
    <message>
        <source>must be an amount above zero (in yuan).</source>
        <translation>must be an amount above zero (in yuan).</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>may not be negative.</translation>
    </message>
    <message>
        <source>is not a period of months; write it as 2023-01..2023-04.</source>
        <translation>is not a period of months; write it as 2023-01..2023-04.</translation>
    </message>
    <message>
        <source>is not NAME:MINIMUM:PAY (e.g. 良好:80:80).</source>
        <translation>is not NAME:MINIMUM:PAY (e.g. 良好:80:80).</translation>
    </message>
    <message>
        <source>has a negative minimum.</source>
        <translation>has a negative minimum.</translation>
    </message>
    <message>
        <source>pays outside 0…100 % of the pool.</source>
        <translation>pays outside 0…100 % of the pool.</translation>
    </message>
    <message>
        <source>is not IMPACT:RESPOND:RECOVER with IMPACT business or other (e.g. business:15min:2h).</source>
        <translation>is not IMPACT:RESPOND:RECOVER with IMPACT business or other (e.g. business:15min:2h).</translation>
    </message>
    <message>
        <source>{field}: give at least one grade band.</source>
        <translation>{field}: give at least one grade band.</translation>
    </message>
    <message>
        <source>{field}: two grade bands have the same name or minimum.</source>
        <translation>{field}: two grade bands have the same name or minimum.</translation>
    </message>
    <message>
        <source>is not a date; write it as YYYY-MM-DD.</source>
        <translation>is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{field}: every grade band needs a name.</source>
        <translation>{field}: every grade band needs a name.</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <source>Terms…</source>
        <translation>Terms…</translation>
    </message>
    <message>
        <source>Installments…</source>
        <translation>Installments…</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Delete contract</translation>
    </message>
    <message>
        <source>Payment statement to Excel…</source>
        <translation>Payment statement to Excel…</translation>
    </message>
    <message>
        <source>Payment statement to Word…</source>
        <translation>Payment statement to Word…</translation>
    </message>
    <message>
        <source>&amp;Monthly scores (months × contracts); Enter opens a month</source>
        <translation>&amp;Monthly scores (months × contracts); Enter opens a month</translation>
    </message>
    <message>
        <source>Colour: grade band of the month&apos;s score · ✎ scored leaf by leaf · red: penalties (yuan) · —: outside every installment</source>
        <translation>Colour: grade band of the month&apos;s score · ✎ scored leaf by leaf · red: penalties (yuan) · —: outside every installment</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>client&apos;s sheet</source>
        <translation>client&apos;s sheet</translation>
    </message>
    <message>
        <source>leaf scores</source>
        <translation>leaf scores</translation>
    </message>
    <message>
        <source>Score {score} ({source}), bonus {bonus}</source>
        <translation>Score {score} ({source}), bonus {bonus}</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Timeliness {t} ({n} faults)</source>
        <translation>Timeliness {t} ({n} faults)</translation>
    </message>
    <message>
        <source>Penalties {amount} yuan</source>
        <translation>Penalties {amount} yuan</translation>
    </message>
    <message>
        <source>Add a contract</source>
        <translation>Add a contract</translation>
    </message>
    <message>
        <source>Edit the terms of {name}</source>
        <translation>Edit the terms of {name}</translation>
    </message>
    <message>
        <source>Delete the contract “{name}” with its months and faults? You can undo it (Ctrl+Z).</source>
        <translation>Delete the contract “{name}” with its months and faults? You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete the contract {name}</source>
        <translation>Delete the contract {name}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Save the payment statement</source>
        <translation>Save the payment statement</translation>
    </message>
    <message>
        <source>Writing the payment statement…</source>
        <translation>Writing the payment statement…</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>CreateFromAnswersDialog</name>
    <message>
        <source>New questionnaire from {file}</source>
        <translation>New questionnaire from {file}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Group column</source>
        <translation>&amp;Group column</translation>
    </message>
    <message>
        <source>Check each question&apos;s kind and, for scales, that the best answer comes first (✓ counts as satisfied). Untick a question to leave it out.</source>
        <translation>Check each question&apos;s kind and, for scales, that the best answer comes first (✓ counts as satisfied). Untick a question to leave it out.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Asked of</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>Skip the rows with problems and import the others</translation>
    </message>
    <message>
        <source>Create and import</source>
        <translation>Create and import</translation>
    </message>
    <message>
        <source>{file}{enc}: {rows} questionnaires, {n} questions</source>
        <translation>{file}{enc}: {rows} questionnaires, {n} questions</translation>
    </message>
    <message>
        <source>groups: {groups}</source>
        <translation>groups: {groups}</translation>
    </message>
    <message>
        <source>respondent id: {column}</source>
        <translation>respondent id: {column}</translation>
    </message>
    <message>
        <source>kept aside (not questions): {columns}</source>
        <translation>kept aside (not questions): {columns}</translation>
    </message>
    <message>
        <source>(in the answers of {key})</source>
        <translation>(in the answers of {key})</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>The scale&apos;s order is upside down: make the last option the best</source>
        <translation>The scale&apos;s order is upside down: make the last option the best</translation>
    </message>
    <message>
        <source>{ok} questionnaires ready, {bad} with problems</source>
        <translation>{ok} questionnaires ready, {bad} with problems</translation>
    </message>
    <message>
        <source>Checking the answers…</source>
        <translation>Checking the answers…</translation>
    </message>
    <message>
        <source>Checking was cancelled: change something to check again.</source>
        <translation>Checking was cancelled: change something to check again.</translation>
    </message>
    <message>
        <source>Creating the questionnaire and importing {n} questionnaires…</source>
        <translation>Creating the questionnaire and importing {n} questionnaires…</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>New questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire “{name}” created with {q} questions; {n} questionnaires imported, {skipped} skipped.</source>
        <translation>Questionnaire “{name}” created with {q} questions; {n} questionnaires imported, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was created.</source>
        <translation>The import was cancelled; nothing was created.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>No band names a value.</source>
        <translation>No band names a value.</translation>
    </message>
    <message>
        <source>The bands {a} and {b} cross each other.</source>
        <translation>The bands {a} and {b} cross each other.</translation>
    </message>
    <message>
        <source>{edge} is an edge of two bands and the text does not say which holds it; read as the band it starts (含下限不含上限).</source>
        <translation>{edge} is an edge of two bands and the text does not say which holds it; read as the band it starts (含下限不含上限).</translation>
    </message>
    <message>
        <source>The criteria give no points to read (no score, formula or deduction).</source>
        <translation>The criteria give no points to read (no score, formula or deduction).</translation>
    </message>
    <message>
        <source>The leaf has no scoring criteria text.</source>
        <translation>The leaf has no scoring criteria text.</translation>
    </message>
    <message>
        <source>The criteria set a money penalty (元), not points.</source>
        <translation>The criteria set a money penalty (元), not points.</translation>
    </message>
    <message>
        <source>Not read: {text}</source>
        <translation>Not read: {text}</translation>
    </message>
    <message>
        <source>No scoring pattern recognised in: {text}</source>
        <translation>No scoring pattern recognised in: {text}</translation>
    </message>
    <message>
        <source>The criteria say full marks are {stated}, the leaf&apos;s weight is {weight}.</source>
        <translation>The criteria say full marks are {stated}, the leaf&apos;s weight is {weight}.</translation>
    </message>
    <message>
        <source>Discretion left to the evaluator: {text}</source>
        <translation>Discretion left to the evaluator: {text}</translation>
    </message>
    <message>
        <source>The criteria deduct per point short of a target value they do not state.</source>
        <translation>The criteria deduct per point short of a target value they do not state.</translation>
    </message>
    <message>
        <source>Only the band that earns full marks is written: other values are scored by hand.</source>
        <translation>Only the band that earns full marks is written: other values are scored by hand.</translation>
    </message>
    <message>
        <source>The criteria name bands but give none of them.</source>
        <translation>The criteria name bands but give none of them.</translation>
    </message>
    <message>
        <source>The formula&apos;s full-marks rate is not above its floor.</source>
        <translation>The formula&apos;s full-marks rate is not above its floor.</translation>
    </message>
    <message>
        <source>The criteria deduct per point above a value they do not state.</source>
        <translation>The criteria deduct per point above a value they do not state.</translation>
    </message>
    <message>
        <source>The target is not stated: taken as 100%.</source>
        <translation>The target is not stated: taken as 100%.</translation>
    </message>
    <message>
        <source>The numbered points are not ①, ②, ③ … in order.</source>
        <translation>The numbered points are not ①, ②, ③ … in order.</translation>
    </message>
    <message>
        <source>Values the deductions do not name keep full marks.</source>
        <translation>Values the deductions do not name keep full marks.</translation>
    </message>
    <message>
        <source>the leaf earns nothing</source>
        <translation>the leaf earns nothing</translation>
    </message>
    <message>
        <source>The formula is not a rate times the weight: {expr}</source>
        <translation>The formula is not a rate times the weight: {expr}</translation>
    </message>
    <message>
        <source>{n} points × {per} = {total}, not the weight {weight}: check the criteria or the description.</source>
        <translation>{n} points × {per} = {total}, not the weight {weight}: check the criteria or the description.</translation>
    </message>
    <message>
        <source>The numbered points add up to {total}, not the weight {weight}.</source>
        <translation>The numbered points add up to {total}, not the weight {weight}.</translation>
    </message>
    <message>
        <source>The best level gives {top}, not the weight {weight}.</source>
        <translation>The best level gives {top}, not the weight {weight}.</translation>
    </message>
    <message>
        <source>A band gives {top}, more than the weight {weight}.</source>
        <translation>A band gives {top}, more than the weight {weight}.</translation>
    </message>
    <message>
        <source>The criteria name {what} but not how it turns into points.</source>
        <translation>The criteria name {what} but not how it turns into points.</translation>
    </message>
    <message>
        <source>The formula has figures in it that are not a plain ratio: {expr}</source>
        <translation>The formula has figures in it that are not a plain ratio: {expr}</translation>
    </message>
    <message>
        <source>The criteria give {per} per point but the description lists no numbered points, and the weight {weight} is no whole number of points.</source>
        <translation>The criteria give {per} per point but the description lists no numbered points, and the weight {weight} is no whole number of points.</translation>
    </message>
    <message>
        <source>Point {n}</source>
        <translation>Point {n}</translation>
    </message>
    <message>
        <source>The description has no numbered points: {n} points from the weight ÷ {per}.</source>
        <translation>The description has no numbered points: {n} points from the weight ÷ {per}.</translation>
    </message>
    <message>
        <source>The description lists {d} points, the criteria {c}.</source>
        <translation>The description lists {d} points, the criteria {c}.</translation>
    </message>
    <message>
        <source>A band gives a range of points ({text}): pick the points by hand or write them as levels.</source>
        <translation>A band gives a range of points ({text}): pick the points by hand or write them as levels.</translation>
    </message>
    <message>
        <source>No band covers {values}: such values are scored by hand.</source>
        <translation>No band covers {values}: such values are scored by hand.</translation>
    </message>
    <message>
        <source>The formula subtracts {a}% but divides by a span from {b}%: cannot read it.</source>
        <translation>The formula subtracts {a}% but divides by a span from {b}%: cannot read it.</translation>
    </message>
    <message>
        <source>earns nothing</source>
        <translation>earns nothing</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Assessment points and criteria</source>
        <translation>Assessment points and criteria</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Edit rule…</translation>
    </message>
    <message>
        <source>(no assessment points written)</source>
        <translation>(no assessment points written)</translation>
    </message>
    <message>
        <source>Criteria: {text}</source>
        <translation>Criteria: {text}</translation>
    </message>
    <message>
        <source>Rule: {text}</source>
        <translation>Rule: {text}</translation>
    </message>
    <message>
        <source>No structured rule: score by hand.</source>
        <translation>No structured rule: score by hand.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>a backup was restored</source>
        <translation>a backup was restored</translation>
    </message>
    <message>
        <source>the data folder was opened on another computer</source>
        <translation>the data folder was opened on another computer</translation>
    </message>
    <message>
        <source>the data folder is a copy of another one on this computer</source>
        <translation>the data folder is a copy of another one on this computer</translation>
    </message>
    <message>
        <source>the database is older than what this laptop already sent to others</source>
        <translation>the database is older than what this laptop already sent to others</translation>
    </message>
    <message>
        <source>asked for (evaltool reset-device)</source>
        <translation>asked for (evaltool reset-device)</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Level {digit} does not exist; levels: {levels}</source>
        <translation>Level {digit} does not exist; levels: {levels}</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to {key}. {options}</source>
        <translation>“{value}” is not an answer to {key}. {options}</translation>
    </message>
    <message>
        <source>“{value}” is not valid here.</source>
        <translation>“{value}” is not valid here.</translation>
    </message>
    <message>
        <source>The row is empty: type the answers first.</source>
        <translation>The row is empty: type the answers first.</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>One row per questionnaire. Type the option&apos;s digit (it moves to the next question); for multiple choice type several digits, then Tab. Enter saves the row and opens the next one. Delete clears a cell. Ctrl+Shift+E starts entry.</source>
        <translation>One row per questionnaire. Type the option&apos;s digit (it moves to the next question); for multiple choice type several digits, then Tab. Enter saves the row and opens the next one. Delete clears a cell. Ctrl+Shift+E starts entry.</translation>
    </message>
    <message>
        <source>Delete the selected questionnaire</source>
        <translation>Delete the selected questionnaire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Respondent id</translation>
    </message>
    <message>
        <source>{n} questionnaires in this group</source>
        <translation>{n} questionnaires in this group</translation>
    </message>
    <message>
        <source>Not asked of this group, skipped: {keys}</source>
        <translation>Not asked of this group, skipped: {keys}</translation>
    </message>
    <message>
        <source>Enter questionnaire {ref}</source>
        <translation>Enter questionnaire {ref}</translation>
    </message>
    <message>
        <source>Edit questionnaire {ref}</source>
        <translation>Edit questionnaire {ref}</translation>
    </message>
    <message>
        <source>Saved {ref}.</source>
        <translation>Saved {ref}.</translation>
    </message>
    <message>
        <source>Delete questionnaire</source>
        <translation>Delete questionnaire</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The path of the data folder {folder} is too long for the database ({length} characters). Move the data to a folder with a shorter path, or choose one with --data-dir or EVALTOOL_DATA_DIR; the file was not changed.</source>
        <translation>The path of the data folder {folder} is too long for the database ({length} characters). Move the data to a folder with a shorter path, or choose one with --data-dir or EVALTOOL_DATA_DIR; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot open the database in the folder {folder}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir; the file was not changed.</source>
        <translation>Cannot open the database in the folder {folder}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir; the file was not changed.</translation>
    </message>
    <message>
        <source>The database in {folder} is locked by another program (waited {seconds:.0f} s). Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</source>
        <translation>The database in {folder} is locked by another program (waited {seconds:.0f} s). Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {error}. Check that it exists and that you may read it.</source>
        <translation>Cannot read the database file {path}: {error}. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.</source>
        <translation>{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or unreadable ({error}). Restore a backup (File ▸ Backups…, or evaltool backups restore latest); the file was not changed.</source>
        <translation>The database file {path} is damaged or unreadable ({error}). Restore a backup (File ▸ Backups…, or evaltool backups restore latest); the file was not changed.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.</source>
        <translation>{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.</source>
        <translation>The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy of the database in the folder {folder}: {error}. The database was not changed. Check that the folder can be written and the disk has space, or choose another data folder with --data-dir.</source>
        <translation>Cannot make a backup copy of the database in the folder {folder}: {error}. The database was not changed. Check that the folder can be written and the disk has space, or choose another data folder with --data-dir.</translation>
    </message>
    <message>
        <source>the disk is full ({free} MB free, the copy needs {need} MB)</source>
        <translation>the disk is full ({free} MB free, the copy needs {need} MB)</translation>
    </message>
    <message>
        <source>Cancelled; no backup was made.</source>
        <translation>Cancelled; no backup was made.</translation>
    </message>
    <message>
        <source>the copy failed its integrity check ({problem})</source>
        <translation>the copy failed its integrity check ({problem})</translation>
    </message>
    <message>
        <source>Cannot upgrade the database in the folder {folder} to this version of evaltool: {error}. The database was left as it was. Please report this problem; meanwhile keep using the earlier version.</source>
        <translation>Cannot upgrade the database in the folder {folder} to this version of evaltool: {error}. The database was left as it was. Please report this problem; meanwhile keep using the earlier version.</translation>
    </message>
    <message>
        <source>The database in {folder} cannot be written (a read-only file or disk). Copy the data folder to a place you may write to; nothing was changed.</source>
        <translation>The database in {folder} cannot be written (a read-only file or disk). Copy the data folder to a place you may write to; nothing was changed.</translation>
    </message>
    <message>
        <source>This command may only read the database in {folder}; nothing was changed.</source>
        <translation>This command may only read the database in {folder}; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.</source>
        <translation>Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.</source>
        <translation>The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.</source>
        <translation>The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>the path is too long</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>“{sha}” is not a SHA-256 checksum.</source>
        <translation>“{sha}” is not a SHA-256 checksum.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a symbolic link (to {target}), not a file. Add the file it points to instead; nothing was added.</source>
        <translation>Cannot add {file}: it is a symbolic link (to {target}), not a file. Add the file it points to instead; nothing was added.</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a folder, not a file.</source>
        <translation>Cannot add {file}: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is {what}, not a regular file; nothing was added.</source>
        <translation>Cannot add {file}: it is {what}, not a regular file; nothing was added.</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>a pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is a symbolic link, not a file. Add the file it points to instead; nothing was added.</source>
        <translation>Cannot add {file}: it is a symbolic link, not a file. Add the file it points to instead; nothing was added.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); nothing was added. Check that the file was saved or downloaded completely.</source>
        <translation>{file} is empty (0 bytes); nothing was added. Check that the file was saved or downloaded completely.</translation>
    </message>
    <message>
        <source>Not enough free disk space to store {file}: it needs {need} MB, {free} MB are free in {folder}. Free some space and try again; nothing was added.</source>
        <translation>Not enough free disk space to store {file}: it needs {need} MB, {free} MB are free in {folder}. Free some space and try again; nothing was added.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelled; nothing was added.</translation>
    </message>
    <message>
        <source>Cannot store {file} in {folder}: {reason}. Nothing was added.</source>
        <translation>Cannot store {file} in {folder}: {reason}. Nothing was added.</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>No such project.</translation>
    </message>
    <message>
        <source>No evidence item {id}.</source>
        <translation>No evidence item {id}.</translation>
    </message>
    <message>
        <source>Unknown evidence kind “{kind}”; use one of: {kinds}.</source>
        <translation>Unknown evidence kind “{kind}”; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown evidence source “{source}”; use one of: {sources}.</source>
        <translation>Unknown evidence source “{source}”; use one of: {sources}.</translation>
    </message>
    <message>
        <source>The date “{date}” is not a date like 2022-10-31.</source>
        <translation>The date “{date}” is not a date like 2022-10-31.</translation>
    </message>
    <message>
        <source>Several evidence items match “{ref}”; use the id.</source>
        <translation>Several evidence items match “{ref}”; use the id.</translation>
    </message>
    <message>
        <source>No evidence item “{ref}” in this project. Run “evaltool evidence list” to see them.</source>
        <translation>No evidence item “{ref}” in this project. Run “evaltool evidence list” to see them.</translation>
    </message>
    <message>
        <source>No files given.</source>
        <translation>No files given.</translation>
    </message>
    <message>
        <source>An evidence note needs a title.</source>
        <translation>An evidence note needs a title.</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>An evidence item needs a title.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The stored file of “{name}” is missing from {folder}.</source>
        <translation>The stored file of “{name}” is missing from {folder}.</translation>
    </message>
    <message>
        <source>No indicator “{path}” in this project (no “{part}” at that level).</source>
        <translation>No indicator “{path}” in this project (no “{part}” at that level).</translation>
    </message>
    <message>
        <source>No indicator “{path}” in this project.</source>
        <translation>No indicator “{path}” in this project.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>An indicator needs a name.</translation>
    </message>
    <message>
        <source>No such indicator (it may have been deleted).</source>
        <translation>No such indicator (it may have been deleted).</translation>
    </message>
    <message>
        <source>The weight “{value}” is not a number.</source>
        <translation>The weight “{value}” is not a number.</translation>
    </message>
    <message>
        <source>An indicator cannot be moved into itself.</source>
        <translation>An indicator cannot be moved into itself.</translation>
    </message>
    <message>
        <source>The pasted data is not an indicator.</source>
        <translation>The pasted data is not an indicator.</translation>
    </message>
    <message>
        <source>Several projects are named “{name}”; name it by its id instead: {ids}</source>
        <translation>Several projects are named “{name}”; name it by its id instead: {ids}</translation>
    </message>
    <message>
        <source>No project with id or name “{name}”. Run “evaltool projects” to list them.</source>
        <translation>No project with id or name “{name}”. Run “evaltool projects” to list them.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>A project needs a name.</translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation>An evaluator needs a name.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”; use lead, member or expert.</source>
        <translation>Unknown role “{role}”; use lead, member or expert.</translation>
    </message>
    <message>
        <source>Several evaluators are named “{name}”; use the id.</source>
        <translation>Several evaluators are named “{name}”; use the id.</translation>
    </message>
    <message>
        <source>No evaluator named “{name}”.</source>
        <translation>No evaluator named “{name}”.</translation>
    </message>
    <message>
        <source>“{field}” must be a date such as 2022-12-31, not “{value}”.</source>
        <translation>“{field}” must be a date such as 2022-12-31, not “{value}”.</translation>
    </message>
    <message>
        <source>Cannot read the grade band “{band}”: write name:minimum, e.g. 优:90,良:80,中:60,差:0.</source>
        <translation>Cannot read the grade band “{band}”: write name:minimum, e.g. 优:90,良:80,中:60,差:0.</translation>
    </message>
    <message>
        <source>Give at least two grade bands, e.g. 优:90,良:80,中:60,差:0.</source>
        <translation>Give at least two grade bands, e.g. 优:90,良:80,中:60,差:0.</translation>
    </message>
    <message>
        <source>Each grade band needs its own name and its own minimum.</source>
        <translation>Each grade band needs its own name and its own minimum.</translation>
    </message>
    <message>
        <source>The lowest grade band must start at 0 (every total needs a grade).</source>
        <translation>The lowest grade band must start at 0 (every total needs a grade).</translation>
    </message>
    <message>
        <source>Cannot read the phase “{phase}”: write name:start..end, e.g. 前期准备:2023-05-04..2023-05-12.</source>
        <translation>Cannot read the phase “{phase}”: write name:start..end, e.g. 前期准备:2023-05-04..2023-05-12.</translation>
    </message>
    <message>
        <source>The phase “{phase}” ends before it starts.</source>
        <translation>The phase “{phase}” ends before it starts.</translation>
    </message>
    <message>
        <source>Unknown project fact “{field}”; use one of: {names}.</source>
        <translation>Unknown project fact “{field}”; use one of: {names}.</translation>
    </message>
    <message>
        <source>“{field}” must be one of: {names}.</source>
        <translation>“{field}” must be one of: {names}.</translation>
    </message>
    <message>
        <source>The evaluation ends ({end}) before it starts ({start}).</source>
        <translation>The evaluation ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Unknown report section “{key}”; use one of: {keys}.</source>
        <translation>Unknown report section “{key}”; use one of: {keys}.</translation>
    </message>
    <message>
        <source>No such indicator in this project.</source>
        <translation>No such indicator in this project.</translation>
    </message>
    <message>
        <source>The bonus {value} of “{name}” is above its cap {cap}.</source>
        <translation>The bonus {value} of “{name}” is above its cap {cap}.</translation>
    </message>
    <message>
        <source>The bonus {value} of “{name}” is below 0.</source>
        <translation>The bonus {value} of “{name}” is below 0.</translation>
    </message>
    <message>
        <source>The score {value} of “{name}” is outside 0…{weight}.</source>
        <translation>The score {value} of “{name}” is outside 0…{weight}.</translation>
    </message>
    <message>
        <source>A final score set by the lead needs a reason.</source>
        <translation>A final score set by the lead needs a reason.</translation>
    </message>
    <message>
        <source>Rule inputs must be an object of named values, not {value}.</source>
        <translation>Rule inputs must be an object of named values, not {value}.</translation>
    </message>
    <message>
        <source>The score {value} of “{name}” differs from its rule&apos;s proposal {proposed}: give a reason.</source>
        <translation>The score {value} of “{name}” differs from its rule&apos;s proposal {proposed}: give a reason.</translation>
    </message>
    <message>
        <source>Unknown consolidation “{method}”; use mean, median or lead.</source>
        <translation>Unknown consolidation “{method}”; use mean, median or lead.</translation>
    </message>
    <message>
        <source>A downgrade or veto needs a written reason.</source>
        <translation>A downgrade or veto needs a written reason.</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”.</source>
        <translation>Unknown rule kind “{kind}”.</translation>
    </message>
    <message>
        <source>No such target row.</source>
        <translation>No such target row.</translation>
    </message>
    <message>
        <source>“{field}” must be a number, not “{value}”.</source>
        <translation>“{field}” must be a number, not “{value}”.</translation>
    </message>
    <message>
        <source>“{field}” must be zero or more, not “{value}”.</source>
        <translation>“{field}” must be zero or more, not “{value}”.</translation>
    </message>
    <message>
        <source>A performance target needs a name.</source>
        <translation>A performance target needs a name.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; use met, partly, not_met or unknown.</source>
        <translation>Unknown status “{status}”; use met, partly, not_met or unknown.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written or changed.</source>
        <translation>Export cancelled; no file was written or changed.</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for the PDF (looked in resources/fonts and the system fonts{more}). Install fonts-wqy-microhei or copy a .ttf font into resources/fonts.</source>
        <translation>No Chinese TrueType font was found for the PDF (looked in resources/fonts and the system fonts{more}). Install fonts-wqy-microhei or copy a .ttf font into resources/fonts.</translation>
    </message>
    <message>
        <source>A review note needs some text.</source>
        <translation>A review note needs some text.</translation>
    </message>
    <message>
        <source>No such review note.</source>
        <translation>No such review note.</translation>
    </message>
    <message>
        <source>Option codes must be whole numbers, not “{code}”.</source>
        <translation>Option codes must be whole numbers, not “{code}”.</translation>
    </message>
    <message>
        <source>Option code {code} is used twice.</source>
        <translation>Option code {code} is used twice.</translation>
    </message>
    <message>
        <source>Option {code} needs a label.</source>
        <translation>Option {code} needs a label.</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>No such survey.</translation>
    </message>
    <message>
        <source>Several surveys are named “{name}”; use the id.</source>
        <translation>Several surveys are named “{name}”; use the id.</translation>
    </message>
    <message>
        <source>No survey “{name}” in this project. Surveys: {names}</source>
        <translation>No survey “{name}” in this project. Surveys: {names}</translation>
    </message>
    <message>
        <source>This project has no survey yet. “evaltool survey import PROJECT FILE” makes one from a file of answers; “evaltool survey create” makes one from a template.</source>
        <translation>This project has no survey yet. “evaltool survey import PROJECT FILE” makes one from a file of answers; “evaltool survey create” makes one from a template.</translation>
    </message>
    <message>
        <source>This project has several surveys; name one with --survey: {names}</source>
        <translation>This project has several surveys; name one with --survey: {names}</translation>
    </message>
    <message>
        <source>A survey needs a name.</source>
        <translation>A survey needs a name.</translation>
    </message>
    <message>
        <source>A question key is a short name of letters, digits and _ (e.g. q4), not “{key}”.</source>
        <translation>A question key is a short name of letters, digits and _ (e.g. q4), not “{key}”.</translation>
    </message>
    <message>
        <source>Unknown question kind “{kind}”; use one of {kinds}.</source>
        <translation>Unknown question kind “{kind}”; use one of {kinds}.</translation>
    </message>
    <message>
        <source>A question needs a text.</source>
        <translation>A question needs a text.</translation>
    </message>
    <message>
        <source>The survey already has a question with key “{key}”.</source>
        <translation>The survey already has a question with key “{key}”.</translation>
    </message>
    <message>
        <source>No such question.</source>
        <translation>No such question.</translation>
    </message>
    <message>
        <source>A respondent group needs a name.</source>
        <translation>A respondent group needs a name.</translation>
    </message>
    <message>
        <source>The survey already has a group “{name}”.</source>
        <translation>The survey already has a group “{name}”.</translation>
    </message>
    <message>
        <source>A target sample size cannot be negative.</source>
        <translation>A target sample size cannot be negative.</translation>
    </message>
    <message>
        <source>No such respondent group.</source>
        <translation>No such respondent group.</translation>
    </message>
    <message>
        <source>The survey has no question “{key}”.</source>
        <translation>The survey has no question “{key}”.</translation>
    </message>
    <message>
        <source>No such questionnaire.</source>
        <translation>No such questionnaire.</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” is already used in this survey.</source>
        <translation>Respondent id “{ref}” is already used in this survey.</translation>
    </message>
    <message>
        <source>No questionnaire template “{key}”. Templates: {keys}</source>
        <translation>No questionnaire template “{key}”. Templates: {keys}</translation>
    </message>
    <message>
        <source>An XLSForm needs a sheet named “survey”.</source>
        <translation>An XLSForm needs a sheet named “survey”.</translation>
    </message>
    <message>
        <source>The survey sheet needs the columns type, name and label (label::中文 / label::English).</source>
        <translation>The survey sheet needs the columns type, name and label (label::中文 / label::English).</translation>
    </message>
    <message>
        <source>No choices listed for “{list}”.</source>
        <translation>No choices listed for “{list}”.</translation>
    </message>
    <message>
        <source>Question type “{type}” is not supported (use select_one, select_multiple, integer, decimal or text).</source>
        <translation>Question type “{type}” is not supported (use select_one, select_multiple, integer, decimal or text).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>Cannot read the passphrase file {path}: {error}</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>The passphrase file {path} is empty.</translation>
    </message>
    <message>
        <source>The package&apos;s encryption header is damaged.</source>
        <translation>The package&apos;s encryption header is damaged.</translation>
    </message>
    <message>
        <source>{path} is encrypted: give the team passphrase (--passphrase-file).</source>
        <translation>{path} is encrypted: give the team passphrase (--passphrase-file).</translation>
    </message>
    <message>
        <source>{path} is truncated: the encryption header is incomplete.</source>
        <translation>{path} is truncated: the encryption header is incomplete.</translation>
    </message>
    <message>
        <source>{path}: the encryption header asks for key-derivation parameters outside the allowed limits ({why}); the package is damaged or forged and is refused. Nothing was changed.</source>
        <translation>{path}: the encryption header asks for key-derivation parameters outside the allowed limits ({why}); the package is damaged or forged and is refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path}: it was encrypted with another team passphrase.</source>
        <translation>Wrong passphrase for {path}: it was encrypted with another team passphrase.</translation>
    </message>
    <message>
        <source>{path} is truncated: the encrypted data ends early. Copy the package again.</source>
        <translation>{path} is truncated: the encrypted data ends early. Copy the package again.</translation>
    </message>
    <message>
        <source>{path} is damaged (an encrypted block has an impossible size).</source>
        <translation>{path} is damaged (an encrypted block has an impossible size).</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated (authentication failed at block {n}).</source>
        <translation>{path} is damaged or truncated (authentication failed at block {n}).</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>Cancelled; no package was written.</translation>
    </message>
    <message>
        <source>The stored evidence file {sha} is damaged (its checksum changed); check the evidence store before exporting.</source>
        <translation>The stored evidence file {sha} is damaged (its checksum changed); check the evidence store before exporting.</translation>
    </message>
    <message>
        <source>Cannot write the package {path}: {error}</source>
        <translation>Cannot write the package {path}: {error}</translation>
    </message>
    <message>
        <source>{path}: the entry {name} is larger than allowed or than it declares (package bomb?).</source>
        <translation>{path}: the entry {name} is larger than allowed or than it declares (package bomb?).</translation>
    </message>
    <message>
        <source>No package file {path}.</source>
        <translation>No package file {path}.</translation>
    </message>
    <message>
        <source>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused. Nothing was changed.</source>
        <translation>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a complete sync package (damaged or truncated: {error}). Copy it again from the sender.</source>
        <translation>{path} is not a complete sync package (damaged or truncated: {error}). Copy it again from the sender.</translation>
    </message>
    <message>
        <source>{path} is damaged: there are bytes after the end of the package (a signature cut short?). Copy it again from the sender; nothing was changed.</source>
        <translation>{path} is damaged: there are bytes after the end of the package (a signature cut short?). Copy it again from the sender; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} has {n} entries, more than a package may hold ({max}); refused as a package bomb.</source>
        <translation>{path} has {n} entries, more than a package may hold ({max}); refused as a package bomb.</translation>
    </message>
    <message>
        <source>{path} contains an unsafe entry name “{name}” (absolute path or “..”); refused.</source>
        <translation>{path} contains an unsafe entry name “{name}” (absolute path or “..”); refused.</translation>
    </message>
    <message>
        <source>{path} contains the entry {name} twice; refused.</source>
        <translation>{path} contains the entry {name} twice; refused.</translation>
    </message>
    <message>
        <source>{path}: the entry {name} expands {ratio:.0f} times; refused as a package bomb.</source>
        <translation>{path}: the entry {name} expands {ratio:.0f} times; refused as a package bomb.</translation>
    </message>
    <message>
        <source>{path} would expand to {size} bytes, more than allowed ({max}); refused as a package bomb.</source>
        <translation>{path} would expand to {size} bytes, more than allowed ({max}); refused as a package bomb.</translation>
    </message>
    <message>
        <source>{path} is not a sync package (no manifest.json).</source>
        <translation>{path} is not a sync package (no manifest.json).</translation>
    </message>
    <message>
        <source>{path}: the manifest is damaged ({error}).</source>
        <translation>{path}: the manifest is damaged ({error}).</translation>
    </message>
    <message>
        <source>{path} is not an evaltool sync package.</source>
        <translation>{path} is not an evaltool sync package.</translation>
    </message>
    <message>
        <source>{path}: the manifest has no valid format version.</source>
        <translation>{path}: the manifest has no valid format version.</translation>
    </message>
    <message>
        <source>{path} was written by a newer evaltool (package format {v}, this one reads up to {mine}). Install the newer evaltool to import it.</source>
        <translation>{path} was written by a newer evaltool (package format {v}, this one reads up to {mine}). Install the newer evaltool to import it.</translation>
    </message>
    <message>
        <source>{path}: the manifest lists no entries.</source>
        <translation>{path}: the manifest lists no entries.</translation>
    </message>
    <message>
        <source>{path}: the manifest&apos;s list of entries is damaged.</source>
        <translation>{path}: the manifest&apos;s list of entries is damaged.</translation>
    </message>
    <message>
        <source>{path}: the files inside do not match the manifest (extra: {extra}; missing: {missing}).</source>
        <translation>{path}: the files inside do not match the manifest (extra: {extra}; missing: {missing}).</translation>
    </message>
    <message>
        <source>{path} has no changes.jsonl.</source>
        <translation>{path} has no changes.jsonl.</translation>
    </message>
    <message>
        <source>{path}: unexpected entry {name}.</source>
        <translation>{path}: unexpected entry {name}.</translation>
    </message>
    <message>
        <source>{path}: the evidence file {name} is listed with another checksum.</source>
        <translation>{path}: the evidence file {name} is listed with another checksum.</translation>
    </message>
    <message>
        <source>{path}: the evidence file {sha} does not match its checksum (damaged); refused.</source>
        <translation>{path}: the evidence file {sha} does not match its checksum (damaged); refused.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}).</source>
        <translation>{path} is damaged ({error}).</translation>
    </message>
    <message>
        <source>{path}: the changes do not match the manifest&apos;s checksum (damaged or altered); refused.</source>
        <translation>{path}: the changes do not match the manifest&apos;s checksum (damaged or altered); refused.</translation>
    </message>
    <message>
        <source>{path}: the changes cannot be read ({error}).</source>
        <translation>{path}: the changes cannot be read ({error}).</translation>
    </message>
    <message>
        <source>{path}: change {n} cannot be imported: {why}. The package is refused; nothing was changed.</source>
        <translation>{path}: change {n} cannot be imported: {why}. The package is refused; nothing was changed.</translation>
    </message>
    <message>
        <source>{path}: the entry {name} is larger than it declares (package bomb?).</source>
        <translation>{path}: the entry {name} is larger than it declares (package bomb?).</translation>
    </message>
    <message>
        <source>Several laptops match “{ref}”; use the device id: {ids}</source>
        <translation>Several laptops match “{ref}”; use the device id: {ids}</translation>
    </message>
    <message>
        <source>No laptop “{ref}” is known yet. Import a package from it first, or export everything (without --for).</source>
        <translation>No laptop “{ref}” is known yet. Import a package from it first, or export everything (without --for).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB drive plugged in?).</source>
        <translation>The folder {path} does not exist (is the USB drive plugged in?).</translation>
    </message>
    <message>
        <source>The project “{name}” requires encrypted packages: give the team passphrase (--passphrase-file). No package was written.</source>
        <translation>The project “{name}” requires encrypted packages: give the team passphrase (--passphrase-file). No package was written.</translation>
    </message>
    <message>
        <source>{path}: the manifest has no valid {key}.</source>
        <translation>{path}: the manifest has no valid {key}.</translation>
    </message>
    <message>
        <source>{path}: the manifest&apos;s version vector is damaged.</source>
        <translation>{path}: the manifest&apos;s version vector is damaged.</translation>
    </message>
    <message>
        <source>{path}: change {n} cannot be imported ({why}); the package is refused.</source>
        <translation>{path}: change {n} cannot be imported ({why}); the package is refused.</translation>
    </message>
    <message>
        <source>{path} holds records of kind “{table}” that this evaltool does not know; it was written by a newer evaltool.</source>
        <translation>{path} holds records of kind “{table}” that this evaltool does not know; it was written by a newer evaltool.</translation>
    </message>
    <message>
        <source>{path} holds the field “{field}” of {table} that this evaltool does not know; it was written by a newer evaltool.</source>
        <translation>{path} holds the field “{field}” of {table} that this evaltool does not know; it was written by a newer evaltool.</translation>
    </message>
    <message>
        <source>{path} mixes records of another project ({other}); refused.</source>
        <translation>{path} mixes records of another project ({other}); refused.</translation>
    </message>
    <message>
        <source>{path} moves a record to another project ({other}); refused.</source>
        <translation>{path} moves a record to another project ({other}); refused.</translation>
    </message>
    <message>
        <source>{path} belongs to the project “{name}” ({id}), not to the open project. Open it as a project of its own instead (Open archive / evaltool archive open).</source>
        <translation>{path} belongs to the project “{name}” ({id}), not to the open project. Open it as a project of its own instead (Open archive / evaltool archive open).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>{path}: the evidence file {sha} changed while it was read; refused.</source>
        <translation>{path}: the evidence file {sha} changed while it was read; refused.</translation>
    </message>
    <message>
        <source>{path} cannot be merged: it refers to records this installation does not have (it was made for another laptop). Ask the sender for a full package (export without --for). Nothing was changed. ({error})</source>
        <translation>{path} cannot be merged: it refers to records this installation does not have (it was made for another laptop). Ask the sender for a full package (export without --for). Nothing was changed. ({error})</translation>
    </message>
    <message>
        <source>The package holds two different changes numbered {seq} by device {dev}; refused.</source>
        <translation>The package holds two different changes numbered {seq} by device {dev}; refused.</translation>
    </message>
    <message>
        <source>Device {dev} appears to be two installations (change {seq} differs): a data folder was probably copied to another laptop. Give each laptop its own data folder; nothing was changed.</source>
        <translation>Device {dev} appears to be two installations (change {seq} differs): a data folder was probably copied to another laptop. Give each laptop its own data folder; nothing was changed.</translation>
    </message>
    <message>
        <source>A record in the package ({table} {id}) belongs to another project here; refused.</source>
        <translation>A record in the package ({table} {id}) belongs to another project here; refused.</translation>
    </message>
    <message>
        <source>“{key}” is not a conflict key (table/record/field); list them with “evaltool sync conflicts”.</source>
        <translation>“{key}” is not a conflict key (table/record/field); list them with “evaltool sync conflicts”.</translation>
    </message>
    <message>
        <source>“{choice}” is not one of: shown, mine, theirs, all.</source>
        <translation>“{choice}” is not one of: shown, mine, theirs, all.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>“{value}” is not a valid value for {field}.</translation>
    </message>
    <message>
        <source>There is no open conflict {key} (already resolved?).</source>
        <translation>There is no open conflict {key} (already resolved?).</translation>
    </message>
    <message>
        <source>The conflict {key} is not in this project.</source>
        <translation>The conflict {key} is not in this project.</translation>
    </message>
    <message>
        <source>“{choice}” is not one of the conflicting values of {key}.</source>
        <translation>“{choice}” is not one of the conflicting values of {key}.</translation>
    </message>
    <message>
        <source>Choose one of the values or write a merged one.</source>
        <translation>Choose one of the values or write a merged one.</translation>
    </message>
    <message>
        <source>The tally was cancelled.</source>
        <translation>The tally was cancelled.</translation>
    </message>
    <message>
        <source>{file} is not a framework template (no “framework” list).</source>
        <translation>{file} is not a framework template (no “framework” list).</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>a template</translation>
    </message>
    <message>
        <source>Cannot read the template {file}: {error}</source>
        <translation>Cannot read the template {file}: {error}</translation>
    </message>
    <message>
        <source>{file}: the grade bands must be a list of {{name_zh, name_en, min}}.</source>
        <translation>{file}: the grade bands must be a list of {{name_zh, name_en, min}}.</translation>
    </message>
    <message>
        <source>No template “{name}”. Run “evaltool template list” to see them.</source>
        <translation>No template “{name}”. Run “evaltool template list” to see them.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <source>A template named “{name}” exists already.</source>
        <translation>A template named “{name}” exists already.</translation>
    </message>
    <message>
        <source>Shipped templates cannot be deleted.</source>
        <translation>Shipped templates cannot be deleted.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=KEY, not “{value}”.</source>
        <translation>--map takes COLUMN=KEY, not “{value}”.</translation>
    </message>
    <message>
        <source>No question “{ref}” was inferred from the file. Questions: {keys}</source>
        <translation>No question “{ref}” was inferred from the file. Questions: {keys}</translation>
    </message>
    <message>
        <source>--kind takes QUESTION=KIND with a kind of {kinds}, not “{value}”.</source>
        <translation>--kind takes QUESTION=KIND with a kind of {kinds}, not “{value}”.</translation>
    </message>
    <message>
        <source>Question {key} is not a scale; only a scale&apos;s order can be reversed.</source>
        <translation>Question {key} is not a scale; only a scale&apos;s order can be reversed.</translation>
    </message>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>The template {path} does not exist.</translation>
    </message>
    <message>
        <source>The template {path} is not a readable Word .docx file ({error}). Save it again from Word as .docx, or export without a template.</source>
        <translation>The template {path} is not a readable Word .docx file ({error}). Save it again from Word as .docx, or export without a template.</translation>
    </message>
    <message>
        <source>The template {path} is damaged ({error}). Save it again from Word as .docx, or export without a template.</source>
        <translation>The template {path} is damaged ({error}). Save it again from Word as .docx, or export without a template.</translation>
    </message>
    <message>
        <source>The template {path} lacks the styles {styles}. Add them in Word (apply each heading once and save) or export without a template.</source>
        <translation>The template {path} lacks the styles {styles}. Add them in Word (apply each heading once and save) or export without a template.</translation>
    </message>
    <message>
        <source>The file has no header row and no answers.</source>
        <translation>The file has no header row and no answers.</translation>
    </message>
    <message>
        <source>No option legend found: expected rows of question, option number and label.</source>
        <translation>No option legend found: expected rows of question, option number and label.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>There is no sheet “{sheet}”; the workbook has: {names}.</source>
        <translation>There is no sheet “{sheet}”; the workbook has: {names}.</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>The workbook is password-protected. Remove the password in Excel or WPS and import it again.</source>
        <translation>The workbook is password-protected. Remove the password in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (.xlsx, .xls or .csv).</source>
        <translation>The file is not a spreadsheet (.xlsx, .xls or .csv).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <source>The file is {mb} MB; files larger than {limit} MB are refused.</source>
        <translation>The file is {mb} MB; files larger than {limit} MB are refused.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is an Excel 2003 XML spreadsheet. Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>The file is an Excel 2003 XML spreadsheet. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a workbook, although its name may say .xls. Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>The file is a web page (HTML), not a workbook, although its name may say .xls. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>The workbook has too many parts ({n}); it was refused.</source>
        <translation>The workbook has too many parts ({n}); it was refused.</translation>
    </message>
    <message>
        <source>The workbook expands to an absurd size ({part}); it was refused.</source>
        <translation>The workbook expands to an absurd size ({part}); it was refused.</translation>
    </message>
    <message>
        <source>The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.</source>
        <translation>The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb). Open it in Excel or WPS, save it as .xlsx and import that.</source>
        <translation>The file is an Excel binary workbook (.xlsb). Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods). Open it in WPS, Excel or LibreOffice, save it as .xlsx and import that.</source>
        <translation>The file is an OpenDocument spreadsheet (.ods). Open it in WPS, Excel or LibreOffice, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>The file is a zip archive but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook contains XML declarations that could be used to attack the computer (in {part}); it was refused.</source>
        <translation>The workbook contains XML declarations that could be used to attack the computer (in {part}); it was refused.</translation>
    </message>
    <message>
        <source>The workbook is damaged or unsafe and cannot be read ({error}).</source>
        <translation>The workbook is damaged or unsafe and cannot be read ({error}).</translation>
    </message>
    <message>
        <source>The workbook is damaged: the merged range “{ref}” cannot be read.</source>
        <translation>The workbook is damaged: the merged range “{ref}” cannot be read.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} cells; split it into smaller files.</source>
        <translation>The sheet has more than {limit} cells; split it into smaller files.</translation>
    </message>
    <message>
        <source>The workbook is damaged (not a readable .xlsx file).</source>
        <translation>The workbook is damaged (not a readable .xlsx file).</translation>
    </message>
    <message>
        <source>Reading {file} was cancelled.</source>
        <translation>Reading {file} was cancelled.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; split it into smaller files.</source>
        <translation>The sheet has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} columns.</source>
        <translation>The sheet has more than {limit} columns.</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an Excel file ({error}).</source>
        <translation>The workbook is damaged or not an Excel file ({error}).</translation>
    </message>
    <message>
        <source>The CSV file cannot be read ({error}).</source>
        <translation>The CSV file cannot be read ({error}).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that.</source>
        <translation>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>No column “{name}” in the file. Columns: {columns}</source>
        <translation>No column “{name}” in the file. Columns: {columns}</translation>
    </message>
    <message>
        <source>No column of the file holds answers to a question.</source>
        <translation>No column of the file holds answers to a question.</translation>
    </message>
    <message>
        <source>Unmapped columns: choose one of {choices}.</source>
        <translation>Unmapped columns: choose one of {choices}.</translation>
    </message>
    <message>
        <source>No column matches a question of “{survey}”. Name the columns after the question keys or texts, or map them by hand.</source>
        <translation>No column matches a question of “{survey}”. Name the columns after the question keys or texts, or map them by hand.</translation>
    </message>
    <message>
        <source>No respondent group “{name}” in the survey.</source>
        <translation>No respondent group “{name}” in the survey.</translation>
    </message>
    <message>
        <source>{count} rows have problems; fix them or choose to skip them. {first}</source>
        <translation>{count} rows have problems; fix them or choose to skip them. {first}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Unknown field(s): {names}.</source>
        <translation>Unknown field(s): {names}.</translation>
    </message>
    <message>
        <source>“{field}” may not be empty.</source>
        <translation>“{field}” may not be empty.</translation>
    </message>
    <message>
        <source>The file starts with a {encoding} byte-order mark but is not {encoding} text.</source>
        <translation>The file starts with a {encoding} byte-order mark but is not {encoding} text.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” (or UTF-8 text) and try again.</source>
        <translation>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” (or UTF-8 text) and try again.</translation>
    </message>
    <message>
        <source>The file is not text: it contains binary data.</source>
        <translation>The file is not text: it contains binary data.</translation>
    </message>
    <message>
        <source>Nothing to export: give at least one of --xlsx, --docx.</source>
        <translation>Nothing to export: give at least one of --xlsx, --docx.</translation>
    </message>
    <message>
        <source>The same file {path} was given for two exports ({a}, {b}).</source>
        <translation>The same file {path} was given for two exports ({a}, {b}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be replaced: it is open in another program or read-only ({error}). Close it and export again.</source>
        <translation>{path} cannot be replaced: it is open in another program or read-only ({error}). Close it and export again.</translation>
    </message>
    <message>
        <source>“{field}” must be an amount in 万元, not “{value}”.</source>
        <translation>“{field}” must be an amount in 万元, not “{value}”.</translation>
    </message>
    <message>
        <source>“{field}” must be an amount of zero or more, not “{value}”.</source>
        <translation>“{field}” must be an amount of zero or more, not “{value}”.</translation>
    </message>
    <message>
        <source>The year {year} is not a year.</source>
        <translation>The year {year} is not a year.</translation>
    </message>
    <message>
        <source>No budget line “{line}”.</source>
        <translation>No budget line “{line}”.</translation>
    </message>
    <message>
        <source>Unknown adjustment-rate definition “{name}”; use one of: {names}.</source>
        <translation>Unknown adjustment-rate definition “{name}”; use one of: {names}.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (万元).</source>
        <translation>“{value}” is not an amount (万元).</translation>
    </message>
    <message>
        <source>Unknown money figure “{name}”; use one of: {names}.</source>
        <translation>Unknown money figure “{name}”; use one of: {names}.</translation>
    </message>
    <message>
        <source>There is already a budget line “{line}”.</source>
        <translation>There is already a budget line “{line}”.</translation>
    </message>
    <message>
        <source>A problem needs a title.</source>
        <translation>A problem needs a title.</translation>
    </message>
    <message>
        <source>No such problem.</source>
        <translation>No such problem.</translation>
    </message>
    <message>
        <source>Unknown target table “{kind}”; use declared or self_eval.</source>
        <translation>Unknown target table “{kind}”; use declared or self_eval.</translation>
    </message>
    <message>
        <source>The {table} already has {n} rows for {subs}; import with --replace to replace them (they stay recoverable) or --append to add to them.</source>
        <translation>The {table} already has {n} rows for {subs}; import with --replace to replace them (they stay recoverable) or --append to add to them.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</source>
        <translation>The database is locked by another program. Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by another evaltool program. Close it, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>The data folder {folder} is in use by another evaltool program. Close it, or wait until it has finished, and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by {program} on the computer {host} (process {pid}, since {since}). Close it there, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>The data folder {folder} is in use by {program} on the computer {host} (process {pid}, since {since}). Close it there, or wait until it has finished, and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by {program} (process {pid} on {host}, since {since}). Close it, or wait until it has finished, and try again; nothing was changed.</source>
        <translation>The data folder {folder} is in use by {program} (process {pid} on {host}, since {since}). Close it, or wait until it has finished, and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir.</source>
        <translation>Cannot create the lock file {path}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder {folder}: {error}.</source>
        <translation>Cannot lock the data folder {folder}: {error}.</translation>
    </message>
    <message>
        <source>There is no complete backup in {folder}.</source>
        <translation>There is no complete backup in {folder}.</translation>
    </message>
    <message>
        <source>Several backups match “{ref}”: {names}. Give the whole name.</source>
        <translation>Several backups match “{ref}”: {names}. Give the whole name.</translation>
    </message>
    <message>
        <source>No backup “{ref}” in {folder} (see “evaltool backups list”).</source>
        <translation>No backup “{ref}” in {folder} (see “evaltool backups list”).</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it cannot be read ({error}). Choose another backup; nothing was changed.</source>
        <translation>{path} cannot be restored: it cannot be read ({error}). Choose another backup; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it failed its integrity check ({problem}). Choose another backup; nothing was changed.</source>
        <translation>{path} cannot be restored: it failed its integrity check ({problem}). Choose another backup; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not an evaltool database. Choose another backup; nothing was changed.</source>
        <translation>{path} cannot be restored: it is not an evaltool database. Choose another backup; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it was written by a newer version of evaltool (schema {rev}). Install the newer evaltool first; nothing was changed.</source>
        <translation>{path} cannot be restored: it was written by a newer version of evaltool (schema {rev}). Install the newer evaltool first; nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Cancelled; nothing was restored.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is {status}. Choose another backup; nothing was changed.</source>
        <translation>{path} cannot be restored: it is {status}. Choose another backup; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot prepare the restore of {path} in {folder}: {error}. Nothing was changed.</source>
        <translation>Cannot prepare the restore of {path} in {folder}: {error}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Another program still has the database in {folder} open. Close every other evaltool window and command, then restore again; nothing was changed.</source>
        <translation>Another program still has the database in {folder} open. Close every other evaltool window and command, then restore again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot restore into {folder}: {error}. The database was left as it was.</source>
        <translation>Cannot restore into {folder}: {error}. The database was left as it was.</translation>
    </message>
    <message>
        <source>No proposal “{ref}” in this project; list them with “evaltool proposals”.</source>
        <translation>No proposal “{ref}” in this project; list them with “evaltool proposals”.</translation>
    </message>
    <message>
        <source>This proposal was already decided ({status}).</source>
        <translation>This proposal was already decided ({status}).</translation>
    </message>
    <message>
        <source>The record this proposal changes is not on this laptop.</source>
        <translation>The record this proposal changes is not on this laptop.</translation>
    </message>
    <message>
        <source>The project would have no team lead; name another lead first.</source>
        <translation>The project would have no team lead; name another lead first.</translation>
    </message>
    <message>
        <source>The evidence file {sha} on the team hub {hub} is damaged (its bytes hash to {got}); it was not kept. Ask whoever added it to push it again.</source>
        <translation>The evidence file {sha} on the team hub {hub} is damaged (its bytes hash to {got}); it was not kept. Ask whoever added it to push it again.</translation>
    </message>
    <message>
        <source>No team hub is configured: give its address with --url or EVALTOOL_HUB_URL, e.g. postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>No team hub is configured: give its address with --url or EVALTOOL_HUB_URL, e.g. postgresql://wang@hub.office:5432/evaltool.</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address; write it like postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>“{url}” is not a PostgreSQL address; write it like postgresql://wang@hub.office:5432/evaltool.</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address with a database; write it like postgresql://wang@hub.office:5432/evaltool.</source>
        <translation>“{url}” is not a PostgreSQL address with a database; write it like postgresql://wang@hub.office:5432/evaltool.</translation>
    </message>
    <message>
        <source>The team hub ({hub}) could not do that: {error}</source>
        <translation>The team hub ({hub}) could not do that: {error}</translation>
    </message>
    <message>
        <source>The team hub {hub} refused the login: {error}. Check the user name and password (PGPASSWORD or the PostgreSQL password file).</source>
        <translation>The team hub {hub} refused the login: {error}. Check the user name and password (PGPASSWORD or the PostgreSQL password file).</translation>
    </message>
    <message>
        <source>Cannot reach the team hub {hub}: {error}. Check the address, your password (PGPASSWORD or the PostgreSQL password file) and that this computer is on the office network. Nothing was changed on the hub.</source>
        <translation>Cannot reach the team hub {hub}: {error}. Check the address, your password (PGPASSWORD or the PostgreSQL password file) and that this computer is on the office network. Nothing was changed on the hub.</translation>
    </message>
    <message>
        <source>The team hub {hub} does not allow this for {user}: {error}. A project&apos;s lead adds members (evaltool hub members PROJECT --add ROLE).</source>
        <translation>The team hub {hub} does not allow this for {user}: {error}. A project&apos;s lead adds members (evaltool hub members PROJECT --add ROLE).</translation>
    </message>
    <message>
        <source>The database of the team hub {hub} does not exist: {error}. Ask the administrator to create it (createdb -E UTF8) and run evaltool hub init.</source>
        <translation>The database of the team hub {hub} does not exist: {error}. Ask the administrator to create it (createdb -E UTF8) and run evaltool hub init.</translation>
    </message>
    <message>
        <source>The team hub {hub} is not set up for this evaltool ({error}). Run evaltool hub init with it.</source>
        <translation>The team hub {hub} is not set up for this evaltool ({error}). Run evaltool hub init with it.</translation>
    </message>
    <message>
        <source>The team hub {hub} cannot store a text of this project (it holds a character PostgreSQL refuses, e.g. NUL): {error}. Nothing was changed on the hub.</source>
        <translation>The team hub {hub} cannot store a text of this project (it holds a character PostgreSQL refuses, e.g. NUL): {error}. Nothing was changed on the hub.</translation>
    </message>
    <message>
        <source>The team hub {hub} refused the changes: {error}. Nothing was changed on the hub.</source>
        <translation>The team hub {hub} refused the changes: {error}. Nothing was changed on the hub.</translation>
    </message>
    <message>
        <source>The team hub {hub} could not do that: {error}. Nothing was changed on the hub.</source>
        <translation>The team hub {hub} could not do that: {error}. Nothing was changed on the hub.</translation>
    </message>
    <message>
        <source>No project “{ref}” you may read on the team hub {hub} (evaltool hub projects lists them).</source>
        <translation>No project “{ref}” you may read on the team hub {hub} (evaltool hub projects lists them).</translation>
    </message>
    <message>
        <source>A member&apos;s role is lead, member or expert, not “{role}”.</source>
        <translation>A member&apos;s role is lead, member or expert, not “{role}”.</translation>
    </message>
    <message>
        <source>The team hub has no database role “{role}”. Its administrator creates one per person: createuser --pwprompt {role}</source>
        <translation>The team hub has no database role “{role}”. Its administrator creates one per person: createuser --pwprompt {role}</translation>
    </message>
    <message>
        <source>“{role}” is not on the team of “{name}”.</source>
        <translation>“{role}” is not on the team of “{name}”.</translation>
    </message>
    <message>
        <source>Only a lead of “{name}” adds or removes its members; you ({user}) are not one.</source>
        <translation>Only a lead of “{name}” adds or removes its members; you ({user}) are not one.</translation>
    </message>
    <message>
        <source>“{role}” is the only lead of “{name}”; make someone else lead first.</source>
        <translation>“{role}” is the only lead of “{name}”; make someone else lead first.</translation>
    </message>
    <message>
        <source>The team hub needs PostgreSQL 13 or newer; {hub} runs {version}.</source>
        <translation>The team hub needs PostgreSQL 13 or newer; {hub} runs {version}.</translation>
    </message>
    <message>
        <source>The hub database {db} is encoded {encoding}; the team hub needs UTF8 (createdb -E UTF8 --locale=C.UTF-8 …). Nothing was changed.</source>
        <translation>The hub database {db} is encoded {encoding}; the team hub needs UTF8 (createdb -E UTF8 --locale=C.UTF-8 …). Nothing was changed.</translation>
    </message>
    <message>
        <source>The team hub {hub} was set up by a newer evaltool (schema {rev}); install that version to use it. Nothing was changed.</source>
        <translation>The team hub {hub} was set up by a newer evaltool (schema {rev}); install that version to use it. Nothing was changed.</translation>
    </message>
    <message>
        <source>{hub} is not a team hub yet: its administrator runs “evaltool hub init URL” once.</source>
        <translation>{hub} is not a team hub yet: its administrator runs “evaltool hub init URL” once.</translation>
    </message>
    <message>
        <source>The team hub {hub} was upgraded by a newer evaltool (schema {rev}); install that version on this laptop to sync with it.</source>
        <translation>The team hub {hub} was upgraded by a newer evaltool (schema {rev}); install that version on this laptop to sync with it.</translation>
    </message>
    <message>
        <source>The team hub {hub} has an older schema ({rev}) than this evaltool ({head}); its administrator runs “evaltool hub init” with this version.</source>
        <translation>The team hub {hub} has an older schema ({rev}) than this evaltool ({head}); its administrator runs “evaltool hub init” with this version.</translation>
    </message>
    <message>
        <source>The team hub {hub} has hub schema {got}, this evaltool needs {want}; its administrator runs “evaltool hub init” with this version.</source>
        <translation>The team hub {hub} has hub schema {got}, this evaltool needs {want}; its administrator runs “evaltool hub init” with this version.</translation>
    </message>
    <message>
        <source>You ({user}) may read “{name}” on the team hub {hub} but are not on its team, so you cannot push to it; its lead adds you (evaltool hub members).</source>
        <translation>You ({user}) may read “{name}” on the team hub {hub} but are not on its team, so you cannot push to it; its lead adds you (evaltool hub members).</translation>
    </message>
    <message>
        <source>The project “{name}” on the team hub {hub} belongs to another team, and you ({user}) are not a member; its lead adds you with “evaltool hub members PROJECT --add {user} --as member”. Nothing was changed.</source>
        <translation>The project “{name}” on the team hub {hub} belongs to another team, and you ({user}) are not a member; its lead adds you with “evaltool hub members PROJECT --add {user} --as member”. Nothing was changed.</translation>
    </message>
    <message>
        <source>No project “{ref}” on this laptop, nor one you may read on the team hub {hub} (evaltool hub projects lists them).</source>
        <translation>No project “{ref}” on this laptop, nor one you may read on the team hub {hub} (evaltool hub projects lists them).</translation>
    </message>
    <message>
        <source>The team hub {hub} has no project “{name}” you may read.</source>
        <translation>The team hub {hub} has no project “{name}” you may read.</translation>
    </message>
    <message>
        <source>The project “{name}” on the team hub has no evidence record {ids} with a file.</source>
        <translation>The project “{name}” on the team hub has no evidence record {ids} with a file.</translation>
    </message>
    <message>
        <source>The changes from the team hub {hub} refer to records this laptop does not have; nothing was changed. ({error})</source>
        <translation>The changes from the team hub {hub} refer to records this laptop does not have; nothing was changed. ({error})</translation>
    </message>
    <message>
        <source>The rule of “{name}” cannot be used: {problems}</source>
        <translation>The rule of “{name}” cannot be used: {problems}</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key {path} cannot be read ({error}). Restore it from a backup, or remove it to make a new one (the project leads must then confirm the new key).</source>
        <translation>This laptop&apos;s signing key {path} cannot be read ({error}). Restore it from a backup, or remove it to make a new one (the project leads must then confirm the new key).</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key {path} is not an Ed25519 key.</source>
        <translation>This laptop&apos;s signing key {path} is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>{path}: the package&apos;s signature is damaged; refused. Nothing was changed.</source>
        <translation>{path}: the package&apos;s signature is damaged; refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only the project&apos;s lead may {what}; nothing was changed.</source>
        <translation>Only the project&apos;s lead may {what}; nothing was changed.</translation>
    </message>
    <message>
        <source>No single laptop “{ref}” is known in this project; see “evaltool sync devices PROJECT”.</source>
        <translation>No single laptop “{ref}” is known in this project; see “evaltool sync devices PROJECT”.</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match the key of “{name}” ({fingerprint}); nothing was changed.</source>
        <translation>The fingerprint you gave does not match the key of “{name}” ({fingerprint}); nothing was changed.</translation>
    </message>
    <message>
        <source>revoke a laptop</source>
        <translation>revoke a laptop</translation>
    </message>
    <message>
        <source>change whether packages must be encrypted and signed</source>
        <translation>change whether packages must be encrypted and signed</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused.</source>
        <translation>{path}: the signature does not match the package&apos;s content: it was altered after it was signed (forged or damaged); refused.</translation>
    </message>
    <message>
        <source>{path} is not signed, and this project requires encrypted packages signed by a laptop of the team; refused. Ask the sender to update evaltool and export again.</source>
        <translation>{path} is not signed, and this project requires encrypted packages signed by a laptop of the team; refused. Ask the sender to update evaltool and export again.</translation>
    </message>
    <message>
        <source>{path} is not signed, but the laptop it claims to come from signs its packages: it is forged or its signature was removed; refused.</source>
        <translation>{path} is not signed, but the laptop it claims to come from signs its packages: it is forged or its signature was removed; refused.</translation>
    </message>
    <message>
        <source>{path} is not signed (written by an older evaltool?): who wrote it cannot be checked.</source>
        <translation>{path} is not signed (written by an older evaltool?): who wrote it cannot be checked.</translation>
    </message>
    <message>
        <source>{path} claims to come from this laptop but is signed with another key: this laptop&apos;s data folder was probably copied to another laptop, or the package is forged; refused. Give each laptop its own data folder.</source>
        <translation>{path} claims to come from this laptop but is signed with another key: this laptop&apos;s data folder was probably copied to another laptop, or the package is forged; refused. Give each laptop its own data folder.</translation>
    </message>
    <message>
        <source>{path} is signed by the laptop “{name}”, which the project&apos;s lead revoked; refused.</source>
        <translation>{path} is signed by the laptop “{name}”, which the project&apos;s lead revoked; refused.</translation>
    </message>
    <message>
        <source>{path} is signed by “{name}” with a key that is not the one known for that laptop (known {known}, this package {given}); refused. If the laptop was reinstalled, the lead revokes the old key and confirms the new one.</source>
        <translation>{path} is signed by “{name}” with a key that is not the one known for that laptop (known {known}, this package {given}); refused. If the laptop was reinstalled, the lead revokes the old key and confirms the new one.</translation>
    </message>
    <message>
        <source>{path} is signed by “{name}” with the fingerprint {given}, not the one you confirmed ({confirmed}); refused.</source>
        <translation>{path} is signed by “{name}” with the fingerprint {given}, not the one you confirmed ({confirmed}); refused.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, and this project requires encrypted packages; refused. Ask the sender to export with the team passphrase.</source>
        <translation>{path} is not encrypted, and this project requires encrypted packages; refused. Ask the sender to export with the team passphrase.</translation>
    </message>
    <message>
        <source>{path} is signed by a laptop this project does not know: “{name}”, fingerprint {fingerprint}; refused. Check the fingerprint with its owner, then import again confirming it (--trust-signer, or the confirmation in the import preview).</source>
        <translation>{path} is signed by a laptop this project does not know: “{name}”, fingerprint {fingerprint}; refused. Check the fingerprint with its owner, then import again confirming it (--trust-signer, or the confirmation in the import preview).</translation>
    </message>
    <message>
        <source>{path} is signed by a laptop this project does not know yet: “{name}”, fingerprint {fingerprint}. Check it with its owner and confirm it (evaltool sync devices … --confirm).</source>
        <translation>{path} is signed by a laptop this project does not know yet: “{name}”, fingerprint {fingerprint}. Check it with its owner and confirm it (evaltool sync devices … --confirm).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation>Interview note</translation>
    </message>
    <message>
        <source>On-site check record</source>
        <translation>On-site check record</translation>
    </message>
    <message>
        <source>Data extract</source>
        <translation>Data extract</translation>
    </message>
    <message>
        <source>Provided by the unit</source>
        <translation>Provided by the unit</translation>
    </message>
    <message>
        <source>Collected on site</source>
        <translation>Collected on site</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>File altered</source>
        <translation>File altered</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <source>{n} sheet(s)</source>
        <translation>{n} sheet(s)</translation>
    </message>
    <message>
        <source>{file} cannot be previewed: {why}</source>
        <translation>{file} cannot be previewed: {why}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>it expands to an absurd size</source>
        <translation>it expands to an absurd size</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>it is protected by a password</translation>
    </message>
    <message>
        <source>it is not a Word document</source>
        <translation>it is not a Word document</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>it declares XML entities</translation>
    </message>
    <message>
        <source>it is damaged or not a Word document</source>
        <translation>it is damaged or not a Word document</translation>
    </message>
    <message>
        <source>{file} is not a Word or Excel file.</source>
        <translation>{file} is not a Word or Excel file.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Page/section</source>
        <translation>&amp;Page/section</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Linked indicators</source>
        <translation>Linked indicators</translation>
    </message>
    <message>
        <source>Link to indicator…</source>
        <translation>Link to indicator…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>page/section</source>
        <translation>page/section</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>EvidenceOps</name>
    <message>
        <source>Adding files to the evidence store…</source>
        <translation>Adding files to the evidence store…</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Unlink evidence</translation>
    </message>
    <message>
        <source>Added {n} file(s): {new} new, {known} already in the project.</source>
        <translation>Added {n} file(s): {new} new, {known} already in the project.</translation>
    </message>
    <message>
        <source>Adding {n} file(s) to the evidence store…</source>
        <translation>Adding {n} file(s) to the evidence store…</translation>
    </message>
    <message>
        <source>Add note {title}</source>
        <translation>Add note {title}</translation>
    </message>
    <message>
        <source>Edit evidence {field}</source>
        <translation>Edit evidence {field}</translation>
    </message>
    <message>
        <source>Delete {n} evidence item(s)</source>
        <translation>Delete {n} evidence item(s)</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Add evidence {name}</translation>
    </message>
    <message>
        <source>Add {n} evidence files</source>
        <translation>Add {n} evidence files</translation>
    </message>
    <message>
        <source>Cannot add evidence</source>
        <translation>Cannot add evidence</translation>
    </message>
    <message>
        <source>Dates filled in: {exif} from photos (EXIF), {file} from the files.</source>
        <translation>Dates filled in: {exif} from photos (EXIF), {file} from the files.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store (you can also drop files on this page)</source>
        <translation>Copy files into the evidence store (you can also drop files on this page)</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <source>Write an interview note or on-site check record as evidence</source>
        <translation>Write an interview note or on-site check record as evidence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Verify files</translation>
    </message>
    <message>
        <source>Re-read every stored file and check its SHA-256 checksum</source>
        <translation>Re-read every stored file and check its SHA-256 checksum</translation>
    </message>
    <message>
        <source>Search title, file name, notes, indicator…</source>
        <translation>Search title, file name, notes, indicator…</translation>
    </message>
    <message>
        <source>Unlinked only</source>
        <translation>Unlinked only</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Loading the evidence list…</source>
        <translation>Loading the evidence list…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Title of the note:</source>
        <translation>Title of the note:</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <source>Delete {n} item(s) and their links? The stored files are kept; Undo (Ctrl+Z) brings them back.</source>
        <translation>Delete {n} item(s) and their links? The stored files are kept; Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>Checking stored files…</source>
        <translation>Checking stored files…</translation>
    </message>
    <message>
        <source>{n} file(s) checked; {bad} missing or altered:
{list}</source>
        <translation>{n} file(s) checked; {bad} missing or altered:
{list}</translation>
    </message>
    <message>
        <source>{n} file(s) checked; all are intact.</source>
        <translation>{n} file(s) checked; all are intact.</translation>
    </message>
    <message>
        <source>note text</source>
        <translation>note text</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Search title, file name, notes…</source>
        <translation>Search title, file name, notes…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No performance targets recorded; the target tables are left out.</source>
        <translation>No performance targets recorded; the target tables are left out.</translation>
    </message>
    <message>
        <source>No satisfaction survey in this project; the satisfaction tables are left out.</source>
        <translation>No satisfaction survey in this project; the satisfaction tables are left out.</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields); LibreOffice is not installed to fill them in now.</source>
        <translation>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields); LibreOffice is not installed to fill them in now.</translation>
    </message>
    <message>
        <source>Table of contents: page numbers filled in by LibreOffice.</source>
        <translation>Table of contents: page numbers filled in by LibreOffice.</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields).</source>
        <translation>Table of contents: Word fills in the page numbers when the report is opened (it asks to update fields).</translation>
    </message>
    <message>
        <source>Table of contents: Word fills in the page numbers when the report is opened ({reason}).</source>
        <translation>Table of contents: Word fills in the page numbers when the report is opened ({reason}).</translation>
    </message>
    <message>
        <source>No evidence registered in this project; the evidence register is empty.</source>
        <translation>No evidence registered in this project; the evidence register is empty.</translation>
    </message>
    <message>
        <source>The recorded problems and suggestions replace the text of the “Problems found” and “Suggestions” sections, which is not printed.</source>
        <translation>The recorded problems and suggestions replace the text of the “Problems found” and “Suggestions” sections, which is not printed.</translation>
    </message>
    <message>
        <source>The project has no grade bands; the report shows no grade.</source>
        <translation>The project has no grade bands; the report shows no grade.</translation>
    </message>
    <message>
        <source>{n} leaves are not scored yet; their score cells are left empty and count as 0 in the totals: {paths}</source>
        <translation>{n} leaves are not scored yet; their score cells are left empty and count as 0 in the totals: {paths}</translation>
    </message>
    <message>
        <source>Sections not written yet, drafted from the project&apos;s data (review them on the Report page): {names}</source>
        <translation>Sections not written yet, drafted from the project&apos;s data (review them on the Report page): {names}</translation>
    </message>
    <message>
        <source>Narrative sections not written yet (left out of the report): {names}</source>
        <translation>Narrative sections not written yet (left out of the report): {names}</translation>
    </message>
    <message>
        <source>No problems recorded: {n} problems, their causes and suggestions were drafted from the deductions; review them on the Report page.</source>
        <translation>No problems recorded: {n} problems, their causes and suggestions were drafted from the deductions; review them on the Report page.</translation>
    </message>
    <message>
        <source>Survey “{name}” has no respondent groups; its satisfaction table is left out.</source>
        <translation>Survey “{name}” has no respondent groups; its satisfaction table is left out.</translation>
    </message>
    <message>
        <source>The narrative section “{key}” mentions a total of {old} points, but the scores now add up to {total}; please update the text.</source>
        <translation>The narrative section “{key}” mentions a total of {old} points, but the scores now add up to {total}; please update the text.</translation>
    </message>
    <message>
        <source>The project&apos;s {field} is empty; the cover page shows a blank.</source>
        <translation>The project&apos;s {field} is empty; the cover page shows a blank.</translation>
    </message>
    <message>
        <source>commissioning body</source>
        <translation>commissioning body</translation>
    </message>
    <message>
        <source>evaluation agency</source>
        <translation>evaluation agency</translation>
    </message>
    <message>
        <source>To check — {where}: “{text}” says {found}, expected {expected}.</source>
        <translation>To check — {where}: “{text}” says {found}, expected {expected}.</translation>
    </message>
    <message>
        <source>{n} texts held control characters that Word and Excel cannot hold; they were left out of the documents: {texts}</source>
        <translation>{n} texts held control characters that Word and Excel cannot hold; they were left out of the documents: {texts}</translation>
    </message>
    <message>
        <source>LibreOffice is not installed</source>
        <translation>LibreOffice is not installed</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the report ({error})</source>
        <translation>LibreOffice could not convert the report ({error})</translation>
    </message>
    <message>
        <source>the report&apos;s headings were not found in LibreOffice&apos;s PDF</source>
        <translation>the report&apos;s headings were not found in LibreOffice&apos;s PDF</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Affects the business</source>
        <translation>Affects the business</translation>
    </message>
    <message>
        <source>Does not affect the business</source>
        <translation>Does not affect the business</translation>
    </message>
    <message>
        <source>Level 1: main system</source>
        <translation>Level 1: main system</translation>
    </message>
    <message>
        <source>Level 2: auxiliary system</source>
        <translation>Level 2: auxiliary system</translation>
    </message>
    <message>
        <source>Level 3: hidden defect</source>
        <translation>Level 3: hidden defect</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Reported at:</source>
        <translation>&amp;Reported at:</translation>
    </message>
    <message>
        <source>Res&amp;ponded at:</source>
        <translation>Res&amp;ponded at:</translation>
    </message>
    <message>
        <source>Re&amp;covered at:</source>
        <translation>Re&amp;covered at:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Evidence (work order):</source>
        <translation>&amp;Evidence (work order):</translation>
    </message>
</context>
<context>
    <name>FaultsPanel</name>
    <message>
        <source>All months of the contract</source>
        <translation>All months of the contract</translation>
    </message>
    <message>
        <source>Add fault…</source>
        <translation>Add fault…</translation>
    </message>
    <message>
        <source>Ins in the list</source>
        <translation>Ins in the list</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation>Response (min)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>business</source>
        <translation>business</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} working h</source>
        <translation>{h} working h</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>Add a fault</source>
        <translation>Add a fault</translation>
    </message>
    <message>
        <source>Edit a fault</source>
        <translation>Edit a fault</translation>
    </message>
    <message>
        <source>Delete the fault of {time}</source>
        <translation>Delete the fault of {time}</translation>
    </message>
</context>
<context>
    <name>FinalPanel</name>
    <message>
        <source>Evaluators and final decision</source>
        <translation>Evaluators and final decision</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rule proposes</source>
        <translation>Rule proposes</translation>
    </message>
    <message>
        <source>Reason / comment</source>
        <translation>Reason / comment</translation>
    </message>
    <message>
        <source>Fin&amp;al</source>
        <translation>Fin&amp;al</translation>
    </message>
    <message>
        <source>Reason for the final score (required)</source>
        <translation>Reason for the final score (required)</translation>
    </message>
    <message>
        <source>Set final</source>
        <translation>Set final</translation>
    </message>
    <message>
        <source>Follow the consolidation</source>
        <translation>Follow the consolidation</translation>
    </message>
    <message>
        <source>Values kept from two laptops:</source>
        <translation>Values kept from two laptops:</translation>
    </message>
    <message>
        <source>final score</source>
        <translation>final score</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>(me)</translation>
    </message>
    <message>
        <source>Final {value}, set by the lead: {reason}</source>
        <translation>Final {value}, set by the lead: {reason}</translation>
    </message>
    <message>
        <source>Final follows the project&apos;s consolidation of the evaluators&apos; scores.</source>
        <translation>Final follows the project&apos;s consolidation of the evaluators&apos; scores.</translation>
    </message>
    <message>
        <source>The lead&apos;s final score needs a reason.</source>
        <translation>The lead&apos;s final score needs a reason.</translation>
    </message>
    <message>
        <source>Final score of {leaf}</source>
        <translation>Final score of {leaf}</translation>
    </message>
    <message>
        <source>Final of {leaf} follows the consolidation</source>
        <translation>Final of {leaf} follows the consolidation</translation>
    </message>
</context>
<context>
    <name>FinalSource</name>
    <message>
        <source>The final score ({value}) was set by the lead: your score does not change the total.</source>
        <translation>The final score ({value}) was set by the lead: your score does not change the total.</translation>
    </message>
    <message>
        <source>The lead decides the final scores of this project: your score is advice and changes the total only if the lead takes it.</source>
        <translation>The lead decides the final scores of this project: your score is advice and changes the total only if the lead takes it.</translation>
    </message>
    <message>
        <source>The final score is the median of the evaluators&apos; scores ({n} so far): yours counts.</source>
        <translation>The final score is the median of the evaluators&apos; scores ({n} so far): yours counts.</translation>
    </message>
    <message>
        <source>The final score is the mean of the evaluators&apos; scores ({n} so far): yours counts.</source>
        <translation>The final score is the mean of the evaluators&apos; scores ({n} so far): yours counts.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Not scored yet.</source>
        <extracomment>What totals and flags read of a score (rows of these columns, not whole ORM objects: 10 evaluators × 1,000 leaves load several times faster).</extracomment>
        <translation>Not scored yet.</translation>
    </message>
    <message>
        <source>Bonus outside 0…its cap.</source>
        <translation>Bonus outside 0…its cap.</translation>
    </message>
    <message>
        <source>Score outside 0…weight.</source>
        <translation>Score outside 0…weight.</translation>
    </message>
    <message>
        <source>Score outside cap…0.</source>
        <translation>Score outside cap…0.</translation>
    </message>
    <message>
        <source>; no reason given.</source>
        <translation>; no reason given.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Missing an evaluator&apos;s score</source>
        <translation>Missing an evaluator&apos;s score</translation>
    </message>
    <message>
        <source>Evaluators disagree</source>
        <translation>Evaluators disagree</translation>
    </message>
    <message>
        <source>Departs from its rule</source>
        <translation>Departs from its rule</translation>
    </message>
    <message>
        <source>Rule input problem</source>
        <translation>Rule input problem</translation>
    </message>
    <message>
        <source>Deduction without evidence</source>
        <translation>Deduction without evidence</translation>
    </message>
    <message>
        <source>Weights invalid</source>
        <translation>Weights invalid</translation>
    </message>
    <message>
        <source>Score out of range</source>
        <translation>Score out of range</translation>
    </message>
    <message>
        <source>Modified since review</source>
        <translation>Modified since review</translation>
    </message>
    <message>
        <source>Open review note</source>
        <translation>Open review note</translation>
    </message>
    <message>
        <source>Changed after it was marked reviewed.</source>
        <translation>Changed after it was marked reviewed.</translation>
    </message>
    <message>
        <source>The final score {value} departs from the rule&apos;s proposal {proposed}</source>
        <translation>The final score {value} departs from the rule&apos;s proposal {proposed}</translation>
    </message>
    <message>
        <source>{name} gave {value}; the rule proposes {proposed}</source>
        <translation>{name} gave {value}; the rule proposes {proposed}</translation>
    </message>
    <message>
        <source>The level-1 weights add up to {total}, not 100.</source>
        <translation>The level-1 weights add up to {total}, not 100.</translation>
    </message>
    <message>
        <source>This leaf has no weight.</source>
        <translation>This leaf has no weight.</translation>
    </message>
    <message>
        <source>{n} open review note(s).</source>
        <translation>{n} open review note(s).</translation>
    </message>
    <message>
        <source> — reason: {reason}</source>
        <translation> — reason: {reason}</translation>
    </message>
    <message>
        <source>A negative indicator&apos;s weight must be zero or less.</source>
        <translation>A negative indicator&apos;s weight must be zero or less.</translation>
    </message>
    <message>
        <source>Not scored by {names}.</source>
        <translation>Not scored by {names}.</translation>
    </message>
    <message>
        <source>The weights below add up to {sum}, not {weight}.</source>
        <translation>The weights below add up to {sum}, not {weight}.</translation>
    </message>
    <message>
        <source>Scores range from {lo} to {hi}, more than {share} of the weight apart.</source>
        <translation>Scores range from {lo} to {hi}, more than {share} of the weight apart.</translation>
    </message>
    <message>
        <source>Points deducted ({lost}) but no evidence linked.</source>
        <translation>Points deducted ({lost}) but no evidence linked.</translation>
    </message>
</context>
<context>
    <name>FrameworkDialogs</name>
    <message>
        <source>Insert template “{name}”</source>
        <translation>Insert template “{name}”</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Template name (Chinese):</source>
        <translation>Template name (Chinese):</translation>
    </message>
    <message>
        <source>{project} framework</source>
        <translation>{project} framework</translation>
    </message>
    <message>
        <source>Template name (English, optional):</source>
        <translation>Template name (English, optional):</translation>
    </message>
    <message>
        <source>A template named “{name}” exists already. Replace it?</source>
        <translation>A template named “{name}” exists already. Replace it?</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Cannot save the template</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was created.</source>
        <translation>Import cancelled; nothing was created.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Indicator framework</source>
        <translation>Indicator framework</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add an indicator after the selected one (Ins)</source>
        <translation>Add an indicator after the selected one (Ins)</translation>
    </message>
    <message>
        <source>Add &amp;child</source>
        <translation>Add &amp;child</translation>
    </message>
    <message>
        <source>Add an indicator under the selected one (Alt+Ins)</source>
        <translation>Add an indicator under the selected one (Alt+Ins)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected indicator and everything under it (Del)</source>
        <translation>Delete the selected indicator and everything under it (Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move up among its siblings (Ctrl+Up)</source>
        <translation>Move up among its siblings (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move down among its siblings (Ctrl+Down)</source>
        <translation>Move down among its siblings (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Put it under the indicator above (Ctrl+Right)</source>
        <translation>Put it under the indicator above (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Move it one level up (Ctrl+Left)</source>
        <translation>Move it one level up (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the selected indicator with everything under it (Ctrl+C)</source>
        <translation>Copy the selected indicator with everything under it (Ctrl+C)</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Cut the selected indicator (Ctrl+X)</source>
        <translation>Cut the selected indicator (Ctrl+X)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Paste after the selected indicator (Ctrl+V)</source>
        <translation>Paste after the selected indicator (Ctrl+V)</translation>
    </message>
    <message>
        <source>Insert template…</source>
        <translation>Insert template…</translation>
    </message>
    <message>
        <source>Add the indicators of a template</source>
        <translation>Add the indicators of a template</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Save this framework as a template for later projects</source>
        <translation>Save this framework as a template for later projects</translation>
    </message>
    <message>
        <source>Import score sheet…</source>
        <translation>Import score sheet…</translation>
    </message>
    <message>
        <source>Create a new project from an Excel or CSV score sheet</source>
        <translation>Create a new project from an Excel or CSV score sheet</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Edit rule…</translation>
    </message>
    <message>
        <source>Edit the scoring rule of the selected leaf (Ctrl+R)</source>
        <translation>Edit the scoring rule of the selected leaf (Ctrl+R)</translation>
    </message>
    <message>
        <source>Rules from criteria…</source>
        <translation>Rules from criteria…</translation>
    </message>
    <message>
        <source>Read the rule of every leaf from its scoring criteria, review and apply</source>
        <translation>Read the rule of every leaf from its scoring criteria, review and apply</translation>
    </message>
    <message>
        <source>{l1} level-1 · {leaves} leaves · level-1 weights {w}</source>
        <translation>{l1} level-1 · {leaves} leaves · level-1 weights {w}</translation>
    </message>
    <message>
        <source>Rename indicator</source>
        <translation>Rename indicator</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Change weight</translation>
    </message>
    <message>
        <source>Change negative indicator</source>
        <translation>Change negative indicator</translation>
    </message>
    <message>
        <source>Change deduction cap</source>
        <translation>Change deduction cap</translation>
    </message>
    <message>
        <source>Edit indicator text</source>
        <translation>Edit indicator text</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>The clipboard holds no indicators to paste.</source>
        <translation>The clipboard holds no indicators to paste.</translation>
    </message>
    <message>
        <source>Paste “{name}”</source>
        <translation>Paste “{name}”</translation>
    </message>
    <message>
        <source>Reading the criteria</source>
        <translation>Reading the criteria</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Search projects (Ctrl+F)</source>
        <translation>Search projects (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>New from &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Import score sheet…</source>
        <translation>&amp;Import score sheet…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Create demo project</source>
        <translation>Create demo project</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>Budget unit</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>Evaluation type</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Project name:</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete “{name}”? You can undo this with Ctrl+Z.</source>
        <translation>Delete “{name}”? You can undo this with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>not scored yet</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>scoring</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>scored</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>signed off</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>narrative</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sheet “{sheet}”: {message}</source>
        <translation>Sheet “{sheet}”: {message}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}{column}: {message}</source>
        <translation>Sheet “{sheet}”, row {row}{column}: {message}</translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation>, column {column}</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number; left empty.</source>
        <translation>the weight “{value}” is not a number; left empty.</translation>
    </message>
    <message>
        <source>a row with a weight but no indicator name was skipped.</source>
        <translation>a row with a weight but no indicator name was skipped.</translation>
    </message>
    <message>
        <source>the numbering of “{name}” skips a level; it was placed under the row above.</source>
        <translation>the numbering of “{name}” skips a level; it was placed under the row above.</translation>
    </message>
    <message>
        <source>no name at this level; the row was placed one level up.</source>
        <translation>no name at this level; the row was placed one level up.</translation>
    </message>
    <message>
        <source>“{name}” appears twice under the same parent.</source>
        <translation>“{name}” appears twice under the same parent.</translation>
    </message>
    <message>
        <source>“{name}” has the weight {a} here but {b} above; {b} was kept.</source>
        <translation>“{name}” has the weight {a} here but {b} above; {b} was kept.</translation>
    </message>
    <message>
        <source>“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.</source>
        <translation>“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.</translation>
    </message>
    <message>
        <source>“{name}” has no weight; 0 was used.</source>
        <translation>“{name}” has no weight; 0 was used.</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number ({why}); left empty.</source>
        <translation>the weight “{value}” is not a number ({why}); left empty.</translation>
    </message>
    <message>
        <source>the score “{value}” is not a number ({why}); left empty.</source>
        <translation>the score “{value}” is not a number ({why}); left empty.</translation>
    </message>
    <message>
        <source>“{label}” names a grade but no grade (优/良/中/差…) was found on the row.</source>
        <translation>“{label}” names a grade but no grade (优/良/中/差…) was found on the row.</translation>
    </message>
    <message>
        <source>the deduction {score} of the negative indicator “{name}” was taken as −{score}.</source>
        <translation>the deduction {score} of the negative indicator “{name}” was taken as −{score}.</translation>
    </message>
    <message>
        <source>“{text}” was read as the weight {weight} less the deduction: {score}.</source>
        <translation>“{text}” was read as the weight {weight} less the deduction: {score}.</translation>
    </message>
    <message>
        <source>the score “{text}” was read as that share of the weight {weight}: {score}.</source>
        <translation>the score “{text}” was read as that share of the weight {weight}: {score}.</translation>
    </message>
    <message>
        <source>the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.</source>
        <translation>the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.</translation>
    </message>
    <message>
        <source>the score {score} of “{name}” is outside 0…{weight}; the score was left empty.</source>
        <translation>the score {score} of “{name}” is outside 0…{weight}; the score was left empty.</translation>
    </message>
    <message>
        <source>The header was found (row {row}) but no indicator rows below it.</source>
        <translation>The header was found (row {row}) but no indicator rows below it.</translation>
    </message>
    <message>
        <source>No score-sheet header found: looked in the first {n} rows for a column of indicator names (一级指标 / 二级指标 / 三级指标 or 指标名称) and a weight column (分值 / 权重).</source>
        <translation>No score-sheet header found: looked in the first {n} rows for a column of indicator names (一级指标 / 二级指标 / 三级指标 or 指标名称) and a weight column (分值 / 权重).</translation>
    </message>
    <message>
        <source>{n} cells held control characters (invisible, not text); they were removed.</source>
        <translation>{n} cells held control characters (invisible, not text); they were removed.</translation>
    </message>
    <message>
        <source>Several sheets hold different indicator frameworks: {sheets}. Choose the sheet to import.</source>
        <translation>Several sheets hold different indicator frameworks: {sheets}. Choose the sheet to import.</translation>
    </message>
    <message>
        <source>“{sheet}” ({n} indicators)</source>
        <translation>“{sheet}” ({n} indicators)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was created.</source>
        <translation>Import cancelled; nothing was created.</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Imported from {file}</translation>
    </message>
    <message>
        <source>the column “{label}” was not read: column {kept} holds the same field.</source>
        <translation>the column “{label}” was not read: column {kept} holds the same field.</translation>
    </message>
    <message>
        <source>“{label}” was read as a total, not an indicator: its figures are the sums of the rows above it.</source>
        <translation>“{label}” was read as a total, not an indicator: its figures are the sums of the rows above it.</translation>
    </message>
    <message>
        <source>“{label}” was read as the subtotal of “{group}”, not an indicator: its figures are the sums of the rows above it.</source>
        <translation>“{label}” was read as the subtotal of “{group}”, not an indicator: its figures are the sums of the rows above it.</translation>
    </message>
    <message>
        <source>the sheet states the grade {stated}, but the imported scores add to {total}, which is {computed} (优 ≥90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60).</source>
        <translation>the sheet states the grade {stated}, but the imported scores add to {total}, which is {computed} (优 ≥90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60).</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total of the positive indicators</source>
        <translation>total of the positive indicators</translation>
    </message>
    <message>
        <source>total of the negative indicators</source>
        <translation>total of the negative indicators</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>“{label}” states the {what} weight {stated}, but the indicators it covers add to {computed}.</source>
        <translation>“{label}” states the {what} weight {stated}, but the indicators it covers add to {computed}.</translation>
    </message>
    <message>
        <source> ({n} of them have no score)</source>
        <translation> ({n} of them have no score)</translation>
    </message>
    <message>
        <source>“{label}” states the {what} score {stated}, but the imported scores add to {computed}{extra}.</source>
        <translation>“{label}” states the {what} score {stated}, but the imported scores add to {computed}{extra}.</translation>
    </message>
    <message>
        <source>the level-1 weights add to {sum}, not 100 (逆向指标 apart); level-1 rows: {rows}.</source>
        <translation>the level-1 weights add to {sum}, not 100 (逆向指标 apart); level-1 rows: {rows}.</translation>
    </message>
    <message>
        <source>the indicators under “{name}” add to {sum}, not its weight {weight}.</source>
        <translation>the indicators under “{name}” add to {sum}, not its weight {weight}.</translation>
    </message>
    <message>
        <source>“{name}” has no numbering while the rows around it have; it was imported as a level-1 indicator: check it.</source>
        <translation>“{name}” has no numbering while the rows around it have; it was imported as a level-1 indicator: check it.</translation>
    </message>
    <message>
        <source>{n} indicators at level 1 whose weights add to {sum}</source>
        <translation>{n} indicators at level 1 whose weights add to {sum}</translation>
    </message>
    <message>
        <source>level-1 weights adding to {sum}</source>
        <translation>level-1 weights adding to {sum}</translation>
    </message>
    <message>
        <source>the total row {row} states {want}</source>
        <translation>the total row {row} states {want}</translation>
    </message>
    <message>
        <source>rows {rows} carry the sums of the rows below them</source>
        <translation>rows {rows} carry the sums of the rows below them</translation>
    </message>
    <message>
        <source>Number the rows by level (一、 / （一） / 1. or 1. / 1.1 / 1.1.1) in the indicator column, or put each level in its own column (一级指标 / 二级指标 / 三级指标).</source>
        <translation>Number the rows by level (一、 / （一） / 1. or 1. / 1.1 / 1.1.1) in the indicator column, or put each level in its own column (一级指标 / 二级指标 / 三级指标).</translation>
    </message>
    <message>
        <source>Check that group rows have their level&apos;s columns filled and that no indicator is listed twice.</source>
        <translation>Check that group rows have their level&apos;s columns filled and that no indicator is listed twice.</translation>
    </message>
    <message>
        <source>The levels of this sheet could not be understood: found {found}, but {where}, so rows are counted twice. {fix} Nothing was imported.</source>
        <translation>The levels of this sheet could not be understood: found {found}, but {where}, so rows are counted twice. {fix} Nothing was imported.</translation>
    </message>
    <message>
        <source>No target-table header found: looked in the first {n} rows for a column of indicator names (三级指标 / 指标名称) and a column of target values (指标值 / 年度指标值).</source>
        <translation>No target-table header found: looked in the first {n} rows for a column of indicator names (三级指标 / 指标名称) and a column of target values (指标值 / 年度指标值).</translation>
    </message>
    <message>
        <source>“{value}” is not a number ({field}).</source>
        <translation>“{value}” is not a number ({field}).</translation>
    </message>
    <message>
        <source>A target value “{value}” without an indicator name is left out.</source>
        <translation>A target value “{value}” without an indicator name is left out.</translation>
    </message>
    <message>
        <source>“{name}” has no target value (column {col}).</source>
        <translation>“{name}” has no target value (column {col}).</translation>
    </message>
    <message>
        <source>The self-evaluation score {score} of “{name}” is more than its points {points}.</source>
        <translation>The self-evaluation score {score} of “{name}” is more than its points {points}.</translation>
    </message>
    <message>
        <source>The header was found (row {row}) but no target rows below it.</source>
        <translation>The header was found (row {row}) but no target rows below it.</translation>
    </message>
    <message>
        <source>“{name}” appears twice (rows {a} and {b}).</source>
        <translation>“{name}” appears twice (rows {a} and {b}).</translation>
    </message>
    <message>
        <source>The stated total {stated} (column {col}) is not the sum of the rows above, {sum}.</source>
        <translation>The stated total {stated} (column {col}) is not the sum of the rows above, {sum}.</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import answers — {file}</source>
        <translation>Import answers — {file}</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>Group column</translation>
    </message>
    <message>
        <source>Or all rows in group</source>
        <translation>Or all rows in group</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Preview (rows with problems in red)</source>
        <translation>Preview (rows with problems in red)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Add answers that are no option of their question as new options</source>
        <translation>Add answers that are no option of their question as new options</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>Skip the rows with problems and import the others</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(from the group column)</source>
        <translation>(from the group column)</translation>
    </message>
    <message>
        <source>(respondent id)</source>
        <translation>(respondent id)</translation>
    </message>
    <message>
        <source>(level)</source>
        <translation>(level)</translation>
    </message>
    <message>
        <source>(unit)</source>
        <translation>(unit)</translation>
    </message>
    <message>
        <source>(choose: a question, a new question, or leave out)</source>
        <translation>(choose: a question, a new question, or leave out)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>(add as a new question)</source>
        <translation>(add as a new question)</translation>
    </message>
    <message>
        <source>(kept aside: platform metadata)</source>
        <translation>(kept aside: platform metadata)</translation>
    </message>
    <message>
        <source>{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems, {dup} imported before. New groups: {groups}</source>
        <translation>{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems, {dup} imported before. New groups: {groups}</translation>
    </message>
    <message>
        <source>Imported {n} questionnaires; skipped {skipped}; {dup} were imported before.</source>
        <translation>Imported {n} questionnaires; skipped {skipped}; {dup} were imported before.</translation>
    </message>
    <message>
        <source>Checking was cancelled: change the mapping to check again.</source>
        <translation>Checking was cancelled: change the mapping to check again.</translation>
    </message>
    <message>
        <source>Checking the answers…</source>
        <translation>Checking the answers…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{key}: answers that are no option: {labels}</source>
        <translation>{key}: answers that are no option: {labels}</translation>
    </message>
    <message>
        <source>Importing {n} questionnaires…</source>
        <translation>Importing {n} questionnaires…</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Import a score sheet</source>
        <translation>Import a score sheet</translation>
    </message>
    <message>
        <source>.xlsx, .xls or .csv score sheet (“指标得分表”)</source>
        <translation>.xlsx, .xls or .csv score sheet (“指标得分表”)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Project &amp;name:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment</source>
        <translation>Evaluator&apos;s comment</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The sheet states</source>
        <translation>The sheet states</translation>
    </message>
    <message>
        <source>Weight stated</source>
        <translation>Weight stated</translation>
    </message>
    <message>
        <source>Weight computed</source>
        <translation>Weight computed</translation>
    </message>
    <message>
        <source>Score stated</source>
        <translation>Score stated</translation>
    </message>
    <message>
        <source>Score computed</source>
        <translation>Score computed</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a score sheet</source>
        <translation>Choose a score sheet</translation>
    </message>
    <message>
        <source>Score sheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Score sheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>{error} Choose it in the Sheet list above.</source>
        <translation>{error} Choose it in the Sheet list above.</translation>
    </message>
    <message>
        <source>Cannot import this file: {error}</source>
        <translation>Cannot import this file: {error}</translation>
    </message>
    <message>
        <source>Reading cancelled: choose the file again to see what it holds.</source>
        <translation>Reading cancelled: choose the file again to see what it holds.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header in row(s) {rows}: {n} indicators, {s} with scores.</source>
        <translation>Sheet “{sheet}”, header in row(s) {rows}: {n} indicators, {s} with scores.</translation>
    </message>
    <message>
        <source>evaluation agency: {value}</source>
        <translation>evaluation agency: {value}</translation>
    </message>
    <message>
        <source>reference date: {value}</source>
        <translation>reference date: {value}</translation>
    </message>
    <message>
        <source>budget unit: {value}</source>
        <translation>budget unit: {value}</translation>
    </message>
    <message>
        <source>From the sheet: {facts}.</source>
        <translation>From the sheet: {facts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Sheets {sheets} hold the same framework.</source>
        <translation>Sheets {sheets} hold the same framework.</translation>
    </message>
    <message>
        <source>Everything the sheet states agrees with its rows. Nothing is created until you press Import.</source>
        <translation>Everything the sheet states agrees with its rows. Nothing is created until you press Import.</translation>
    </message>
    <message>
        <source>The sheet does not reconcile: {n} warning(s) below. Check them before importing.</source>
        <translation>The sheet does not reconcile: {n} warning(s) below. Check them before importing.</translation>
    </message>
    <message>
        <source>The sheet does not reconcile</source>
        <translation>The sheet does not reconcile</translation>
    </message>
    <message>
        <source>What the sheet states does not agree with its rows ({n} warning(s)), e.g.:

{first}

Import it anyway? The warnings stay listed in this preview; fix the project after importing.</source>
        <translation>What the sheet states does not agree with its rows ({n} warning(s)), e.g.:

{first}

Import it anyway? The warnings stay listed in this preview; fix the project after importing.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
</context>
<context>
    <name>ImportTargetsDialog</name>
    <message>
        <source>Import a target table</source>
        <translation>Import a target table</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: {n} rows, header on row {row}.</source>
        <translation>{file}, sheet “{sheet}”: {n} rows, header on row {row}.</translation>
    </message>
    <message>
        <source>Performance target table (declared)</source>
        <translation>Performance target table (declared)</translation>
    </message>
    <message>
        <source>Self-evaluation table (unit)</source>
        <translation>Self-evaluation table (unit)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>for rows the file does not assign to a sub-project</source>
        <translation>for rows the file does not assign to a sub-project</translation>
    </message>
    <message>
        <source>&amp;Sub-project:</source>
        <translation>&amp;Sub-project:</translation>
    </message>
    <message>
        <source>&amp;Replace the rows already in that table (they stay recoverable)</source>
        <translation>&amp;Replace the rows already in that table (they stay recoverable)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Sub-project</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>Points / self-score</source>
        <translation>Points / self-score</translation>
    </message>
    <message>
        <source>No warnings: every row reads as a target and every stated total adds up.</source>
        <translation>No warnings: every row reads as a target and every stated total adds up.</translation>
    </message>
    <message>
        <source>Import {n} rows</source>
        <translation>Import {n} rows</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Selected indicator</source>
        <translation>Selected indicator</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>&amp;Weight (points)</source>
        <translation>&amp;Weight (points)</translation>
    </message>
    <message>
        <source>Negative indicator</source>
        <translation>Negative indicator</translation>
    </message>
    <message>
        <source>Deduction cap</source>
        <translation>Deduction cap</translation>
    </message>
    <message>
        <source>Description / assessment points</source>
        <translation>Description / assessment points</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Typical evidence</translation>
    </message>
    <message>
        <source>deductions only, outside the 100 points</source>
        <translation>deductions only, outside the 100 points</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>Edit &amp;rule…</source>
        <translation>Edit &amp;rule…</translation>
    </message>
    <message>
        <source>Kind, points, levels, brackets or caps of this leaf&apos;s rule (Ctrl+R)</source>
        <translation>Kind, points, levels, brackets or caps of this leaf&apos;s rule (Ctrl+R)</translation>
    </message>
    <message>
        <source>Suggest from criteria</source>
        <translation>Suggest from criteria</translation>
    </message>
    <message>
        <source>Read the rule from the scoring criteria text</source>
        <translation>Read the rule from the scoring criteria text</translation>
    </message>
    <message>
        <source>No rule: the leaf is scored by hand.</source>
        <translation>No rule: the leaf is scored by hand.</translation>
    </message>
</context>
<context>
    <name>InstallmentsDialog</name>
    <message>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <source>Months (first..last)</source>
        <translation>Months (first..last)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>e.g. first payment</source>
        <translation>e.g. first payment</translation>
    </message>
    <message>
        <source>e.g. 2023-01..2023-04</source>
        <translation>e.g. 2023-01..2023-04</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>amount in yuan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>{name}: contract amount {amount} yuan</source>
        <translation>{name}: contract amount {amount} yuan</translation>
    </message>
    <message>
        <source>The installments add up to the contract amount.</source>
        <translation>The installments add up to the contract amount.</translation>
    </message>
    <message>
        <source>Edit an installment</source>
        <translation>Edit an installment</translation>
    </message>
    <message>
        <source>Add an installment</source>
        <translation>Add an installment</translation>
    </message>
    <message>
        <source>Delete the installment {period}</source>
        <translation>Delete the installment {period}</translation>
    </message>
</context>
<context>
    <name>LeafEvidencePanel</name>
    <message>
        <source>Note written in the app</source>
        <translation>Note written in the app</translation>
    </message>
    <message>
        <source>Page/section: {ref}</source>
        <translation>Page/section: {ref}</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>Link evidence…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Link items already in the project&apos;s evidence to this indicator</source>
        <translation>Link items already in the project&apos;s evidence to this indicator</translation>
    </message>
    <message>
        <source>Copy files into the evidence store and link them to this indicator</source>
        <translation>Copy files into the evidence store and link them to this indicator</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
</context>
<context>
    <name>LeafForm</name>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source> (negative indicator, down to {cap})</source>
        <translation> (negative indicator, down to {cap})</translation>
    </message>
    <message>
        <source>weight {w}</source>
        <translation>weight {w}</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No flags.</translation>
    </message>
</context>
<context>
    <name>LeafPickerDialog</name>
    <message>
        <source>Link to indicator</source>
        <translation>Link to indicator</translation>
    </message>
    <message>
        <source>Search indicators…</source>
        <translation>Search indicators…</translation>
    </message>
    <message>
        <source>Deduction or flag (optional)</source>
        <translation>Deduction or flag (optional)</translation>
    </message>
    <message>
        <source>e.g. point ② not met</source>
        <translation>e.g. point ② not met</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Milliseconds after a project opens before the other pages&apos; modules are imported (the open page paints first and answers; a user does not click on within this time).</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Evaluator &amp;profile…</source>
        <translation>Evaluator &amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About evaltool</source>
        <translation>&amp;About evaltool</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <source>evaltool — performance evaluation</source>
        <translation>evaltool — performance evaluation</translation>
    </message>
    <message>
        <source>◂ All projects</source>
        <translation>◂ All projects</translation>
    </message>
    <message>
        <source>About evaltool</source>
        <translation>About evaltool</translation>
    </message>
    <message>
        <source>evaltool {version}

A workbench for third-party performance evaluations of public projects: indicator frameworks, scoring by several evaluators, evidence, surveys, reports, and USB sync between laptops.

Data folder: {folder}</source>
        <translation>evaltool {version}

A workbench for third-party performance evaluations of public projects: indicator frameworks, scoring by several evaluators, evidence, surveys, reports, and USB sync between laptops.

Data folder: {folder}</translation>
    </message>
    <message>
        <source>no evaluator profile</source>
        <translation>no evaluator profile</translation>
    </message>
    <message>
        <source>Evaluator: {name} · Device: {device}</source>
        <translation>Evaluator: {name} · Device: {device}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>|adjusted − approved| / approved</source>
        <translation>|adjusted − approved| / approved</translation>
    </message>
    <message>
        <source>(approved − adjusted) / approved (cuts only)</source>
        <translation>(approved − adjusted) / approved (cuts only)</translation>
    </message>
    <message>
        <source>(moved to other projects + recovered) / approved</source>
        <translation>(moved to other projects + recovered) / approved</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>approved budget</source>
        <translation>approved budget</translation>
    </message>
    <message>
        <source>adjusted budget</source>
        <translation>adjusted budget</translation>
    </message>
    <message>
        <source>actual spending</source>
        <translation>actual spending</translation>
    </message>
    <message>
        <source>funds received</source>
        <translation>funds received</translation>
    </message>
    <message>
        <source>The project&apos;s {what} is {stated} but its budget lines add up to {sum}.</source>
        <translation>The project&apos;s {what} is {stated} but its budget lines add up to {sum}.</translation>
    </message>
    <message>
        <source>The total line {line} states {what} {stated}, the sub-projects add up to {sum}.</source>
        <translation>The total line {line} states {what} {stated}, the sub-projects add up to {sum}.</translation>
    </message>
    <message>
        <source>{line}: approved {a} − moved {m} − recovered {r} is {e}, but the adjusted budget is {adj}.</source>
        <translation>{line}: approved {a} − moved {m} − recovered {r} is {e}, but the adjusted budget is {adj}.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>{line}: actual spending {a} is more than the adjusted budget {b}.</source>
        <translation>{line}: actual spending {a} is more than the adjusted budget {b}.</translation>
    </message>
    <message>
        <source>The adjustment rate is defined by the amounts moved to other projects and recovered, but no line records them.</source>
        <translation>The adjustment rate is defined by the amounts moved to other projects and recovered, but no line records them.</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Budget lines (10k yuan)</source>
        <translation>Budget lines (10k yuan)</translation>
    </message>
    <message>
        <source>&amp;Adjustment rate:</source>
        <translation>&amp;Adjustment rate:</translation>
    </message>
    <message>
        <source>|adjusted − approved| / approved</source>
        <translation>|adjusted − approved| / approved</translation>
    </message>
    <message>
        <source>(approved − adjusted) / approved, cuts only</source>
        <translation>(approved − adjusted) / approved, cuts only</translation>
    </message>
    <message>
        <source>(moved to other projects + recovered) / approved</source>
        <translation>(moved to other projects + recovered) / approved</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Adjustment rate</source>
        <translation>Adjustment rate</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Check a stated calculation, e.g. 3.23×1.8405=5.82</source>
        <translation>Check a stated calculation, e.g. 3.23×1.8405=5.82</translation>
    </message>
    <message>
        <source>The project&apos;s own figures (Project page); add budget lines to record them per sub-project and year.</source>
        <translation>The project&apos;s own figures (Project page); add budget lines to record them per sub-project and year.</translation>
    </message>
    <message>
        <source>Edit budget line {line}</source>
        <translation>Edit budget line {line}</translation>
    </message>
    <message>
        <source>Rename budget line {line}</source>
        <translation>Rename budget line {line}</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Sub-project</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <source>Delete budget line {line}</source>
        <translation>Delete budget line {line}</translation>
    </message>
    <message>
        <source>Set the adjustment-rate definition</source>
        <translation>Set the adjustment-rate definition</translation>
    </message>
    <message>
        <source>{expr} = {value} is right.</source>
        <translation>{expr} = {value} is right.</translation>
    </message>
    <message>
        <source>{expr} is {computed}, not {stated}.</source>
        <translation>{expr} is {computed}, not {stated}.</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Total from the client&apos;s sheet (out of 100):</source>
        <translation>Total from the client&apos;s sheet (out of 100):</translation>
    </message>
    <message>
        <source>empty: the sum of the leaf scores below</source>
        <translation>empty: the sum of the leaf scores below</translation>
    </message>
    <message>
        <source>Catalogue completion rate (%):</source>
        <translation>Catalogue completion rate (%):</translation>
    </message>
    <message>
        <source>SLA compliance rate (%):</source>
        <translation>SLA compliance rate (%):</translation>
    </message>
    <message>
        <source>e.g. 98.5</source>
        <translation>e.g. 98.5</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>e.g. 100</translation>
    </message>
    <message>
        <source>Adopted suggestions:</source>
        <translation>Adopted suggestions:</translation>
    </message>
    <message>
        <source>Leaf scores: yours (editable) and all evaluators&apos; (consolidated)</source>
        <translation>Leaf scores: yours (editable) and all evaluators&apos; (consolidated)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>My score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Choose a month of a contract in the grid.</source>
        <translation>Choose a month of a contract in the grid.</translation>
    </message>
    <message>
        <source>installment {period}</source>
        <translation>installment {period}</translation>
    </message>
    <message>
        <source>outside every installment</source>
        <translation>outside every installment</translation>
    </message>
    <message>
        <source>{n} faults</source>
        <translation>{n} faults</translation>
    </message>
    <message>
        <source>Not assessed yet: type the total, or score the leaves ({n} without a score). Timeliness {t} ({faults}).</source>
        <translation>Not assessed yet: type the total, or score the leaves ({n} without a score). Timeliness {t} ({faults}).</translation>
    </message>
    <message>
        <source>from the client&apos;s sheet</source>
        <translation>from the client&apos;s sheet</translation>
    </message>
    <message>
        <source>from the leaf scores</source>
        <translation>from the leaf scores</translation>
    </message>
    <message>
        <source>Score {score} = {base} {source} + bonus {bonus}. Timeliness {t} ({faults}).</source>
        <translation>Score {score} = {base} {source} + bonus {bonus}. Timeliness {t} ({faults}).</translation>
    </message>
    <message>
        <source>No penalty this month.</source>
        <translation>No penalty this month.</translation>
    </message>
    <message>
        <source>catalogue completion</source>
        <translation>catalogue completion</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA compliance</translation>
    </message>
    <message>
        <source>{what} {rate}%: {short} points × {per} = {amount} yuan</source>
        <translation>{what} {rate}%: {short} points × {per} = {amount} yuan</translation>
    </message>
    <message>
        <source>Penalties: {items}</source>
        <translation>Penalties: {items}</translation>
    </message>
    <message>
        <source>from the fault register</source>
        <translation>from the fault register</translation>
    </message>
    <message>
        <source>from the adopted suggestions</source>
        <translation>from the adopted suggestions</translation>
    </message>
    <message>
        <source>Set the total of {month}</source>
        <translation>Set the total of {month}</translation>
    </message>
    <message>
        <source>Set the catalogue completion rate of {month}</source>
        <translation>Set the catalogue completion rate of {month}</translation>
    </message>
    <message>
        <source>Set the SLA compliance rate of {month}</source>
        <translation>Set the SLA compliance rate of {month}</translation>
    </message>
    <message>
        <source>Set the adopted suggestions of {month}</source>
        <translation>Set the adopted suggestions of {month}</translation>
    </message>
    <message>
        <source>Score “{leaf}” of {month}</source>
        <translation>Score “{leaf}” of {month}</translation>
    </message>
</context>
<context>
    <name>MyScorePanel</name>
    <message>
        <source>My score</source>
        <translation>My score</translation>
    </message>
    <message>
        <source>&amp;Reason for departing from the rule</source>
        <translation>&amp;Reason for departing from the rule</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>Sc&amp;ore</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mment</translation>
    </message>
    <message>
        <source>Use the proposal</source>
        <translation>Use the proposal</translation>
    </message>
    <message>
        <source>bonus outside the 100, up to {cap}</source>
        <translation>bonus outside the 100, up to {cap}</translation>
    </message>
    <message>
        <source>bonus outside the 100, no cap</source>
        <translation>bonus outside the 100, no cap</translation>
    </message>
    <message>
        <source>of {w}</source>
        <translation>of {w}</translation>
    </message>
    <message>
        <source>No proposal yet: {why}</source>
        <translation>No proposal yet: {why}</translation>
    </message>
    <message>
        <source>Rule proposes {score}  ({working})</source>
        <translation>Rule proposes {score}  ({working})</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>all groups</translation>
    </message>
    <message>
        <source>The score must lie between {lo} and {hi}.</source>
        <translation>The score must lie between {lo} and {hi}.</translation>
    </message>
    <message>
        <source>{value} differs from the rule&apos;s proposal {proposed}: give a reason, then press Enter.</source>
        <translation>{value} differs from the rule&apos;s proposal {proposed}: give a reason, then press Enter.</translation>
    </message>
    <message>
        <source>Score {leaf}</source>
        <translation>Score {leaf}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” could be a decimal comma or a thousands separator: write {a} or {b}.</source>
        <translation>“{text}” could be a decimal comma or a thousands separator: write {a} or {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}” is not a finite number.</translation>
    </message>
    <message>
        <source>{value} is outside {lo}…{hi}.</source>
        <translation>{value} is outside {lo}…{hi}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</source>
        <translation>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Project &amp;name</source>
        <translation>Project &amp;name</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>Budget unit</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>Competent department</translation>
    </message>
    <message>
        <source>Commissioning body</source>
        <translation>Commissioning body</translation>
    </message>
    <message>
        <source>Evaluation agency</source>
        <translation>Evaluation agency</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>Evaluation type</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Approved budget</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>Adjusted budget</translation>
    </message>
    <message>
        <source>Actual spending</source>
        <translation>Actual spending</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Project period</translation>
    </message>
    <message>
        <source>Evaluation from</source>
        <translation>Evaluation from</translation>
    </message>
    <message>
        <source>Evaluation until</source>
        <translation>Evaluation until</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>Evaluation phases</source>
        <translation>Evaluation phases</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e.g. Excellent:90, Good:80, Fair:60, Poor:0</source>
        <translation>e.g. Excellent:90, Good:80, Fair:60, Poor:0</translation>
    </message>
    <message>
        <source>e.g. Preparation:2023-05-04..2023-05-12; Fieldwork:2023-05-15..2023-05-26</source>
        <translation>e.g. Preparation:2023-05-04..2023-05-12; Fieldwork:2023-05-15..2023-05-26</translation>
    </message>
    <message>
        <source>e.g. Zhang Ming:lead, Li Hua:member, Wang Fang:expert</source>
        <translation>e.g. Zhang Ming:lead, Li Hua:member, Wang Fang:expert</translation>
    </message>
    <message>
        <source>e.g. 2022 or 2019-2021</source>
        <translation>e.g. 2022 or 2019-2021</translation>
    </message>
    <message>
        <source>×10k CNY</source>
        <translation>×10k CNY</translation>
    </message>
    <message>
        <source>Project facts</source>
        <translation>Project facts</translation>
    </message>
    <message>
        <source>Evaluation team</source>
        <translation>Evaluation team</translation>
    </message>
    <message>
        <source>Change a role…</source>
        <translation>Change a role…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Level-1 indicator</source>
        <translation>Level-1 indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>Score rate</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <source>Total {total} points, grade {grade}</source>
        <translation>Total {total} points, grade {grade}</translation>
    </message>
    <message>
        <source>Not scored yet: no leaf has a score.</source>
        <translation>Not scored yet: no leaf has a score.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Firm &amp;portfolio (team hub)</source>
        <translation>Firm &amp;portfolio (team hub)</translation>
    </message>
    <message>
        <source>Firm portfolio</source>
        <translation>Firm portfolio</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Get on this laptop and open</source>
        <translation>&amp;Get on this laptop and open</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Indicators across projects</source>
        <translation>Indicators across projects</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Find text in comments, narrative and evidence titles (Enter)</source>
        <translation>Find text in comments, narrative and evidence titles (Enter)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>My role</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Mean rate</source>
        <translation>Mean rate</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Points lost in</source>
        <translation>Points lost in</translation>
    </message>
    <message>
        <source>Most common reason</source>
        <translation>Most common reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>scoring</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>scored</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>signed off</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>narrative</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>{n} projects on the hub that you may read.</source>
        <translation>{n} projects on the hub that you may read.</translation>
    </message>
    <message>
        <source>Reading the firm&apos;s portfolio…</source>
        <translation>Reading the firm&apos;s portfolio…</translation>
    </message>
    <message>
        <source>{n} places found.</source>
        <translation>{n} places found.</translation>
    </message>
    <message>
        <source>Searching the hub…</source>
        <translation>Searching the hub…</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choose a project first.</translation>
    </message>
    <message>
        <source>“{name}” is on this laptop ({n} changes were new here).</source>
        <translation>“{name}” is on this laptop ({n} changes were new here).</translation>
    </message>
    <message>
        <source>Getting the project from the hub…</source>
        <translation>Getting the project from the hub…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select an item to preview it.

Drop files anywhere on this page to add them.</source>
        <translation>Select an item to preview it.

Drop files anywhere on this page to add them.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>Open with system application</source>
        <translation>Open with system application</translation>
    </message>
    <message>
        <source>Write the note here; it is saved when you leave the field.</source>
        <translation>Write the note here; it is saved when you leave the field.</translation>
    </message>
    <message>
        <source>Note written in the app · {n} characters</source>
        <translation>Note written in the app · {n} characters</translation>
    </message>
    <message>
        <source>The stored file of this item is missing on this laptop. Add the original file again, or bring it with a sync package.</source>
        <translation>The stored file of this item is missing on this laptop. Add the original file again, or bring it with a sync package.</translation>
    </message>
    <message>
        <source>The stored file no longer matches its checksum: it was altered or damaged after it was added. Add the original file again to repair it.</source>
        <translation>The stored file no longer matches its checksum: it was altered or damaged after it was added. Add the original file again to repair it.</translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>the start is shown</source>
        <translation>the start is shown</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Added by {name} on {date}</source>
        <translation>Added by {name} on {date}</translation>
    </message>
    <message>
        <source>No preview for this type: open it with the system application.</source>
        <translation>No preview for this type: open it with the system application.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Generated from the scores (preview) — preparing…</source>
        <translation>Generated from the scores (preview) — preparing…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Generated from the scores (preview)</source>
        <translation>Generated from the scores (preview)</translation>
    </message>
    <message>
        <source>Will be reported as left out:</source>
        <translation>Will be reported as left out:</translation>
    </message>
    <message>
        <source>Nothing is left out: every leaf is scored and every section written.</source>
        <translation>Nothing is left out: every leaf is scored and every section written.</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>⚠ {n} problem(s) — the framework can be used, but fix these before scoring:</source>
        <translation>⚠ {n} problem(s) — the framework can be used, but fix these before scoring:</translation>
    </message>
    <message>
        <source>✓ No problems: level-1 weights add to 100 and every node&apos;s children add to its weight.</source>
        <translation>✓ No problems: level-1 weights add to 100 and every node&apos;s children add to its weight.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Draft from the deductions</source>
        <translation>Draft from the deductions</translation>
    </message>
    <message>
        <source>One problem per level-2 indicator that lost points, with the leaves&apos; comments, a cause and a suggestion to edit. Problems already covering those leaves are kept.</source>
        <translation>One problem per level-2 indicator that lost points, with the leaves&apos; comments, a cause and a suggestion to edit. Problems already covering those leaves are kept.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Drafted from the deductions, not edited yet</source>
        <translation>Drafted from the deductions, not edited yet</translation>
    </message>
    <message>
        <source>No problems yet. “Draft from the deductions” proposes them from the scores.</source>
        <translation>No problems yet. “Draft from the deductions” proposes them from the scores.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Found in: {leaves} — {lost} points lost. Evidence: {evidence}</source>
        <translation>Found in: {leaves} — {lost} points lost. Evidence: {evidence}</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>none linked</translation>
    </message>
    <message>
        <source>Not tied to a deduction.</source>
        <translation>Not tied to a deduction.</translation>
    </message>
    <message>
        <source>Edit problem “{title}”</source>
        <translation>Edit problem “{title}”</translation>
    </message>
    <message>
        <source>Draft problems from the deductions</source>
        <translation>Draft problems from the deductions</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <source>Delete problem “{title}”</source>
        <translation>Delete problem “{title}”</translation>
    </message>
    <message>
        <source>Move problem</source>
        <translation>Move problem</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Evaluator profile</source>
        <translation>Evaluator profile</translation>
    </message>
    <message>
        <source>Who is scoring on this laptop? Your name is shown beside your scores and changes.</source>
        <translation>Who is scoring on this laptop? Your name is shown beside your scores and changes.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>5-level satisfaction scale</source>
        <translation>5-level satisfaction scale</translation>
    </message>
    <message>
        <source>4-level satisfaction scale</source>
        <translation>4-level satisfaction scale</translation>
    </message>
    <message>
        <source>3-level satisfaction scale</source>
        <translation>3-level satisfaction scale</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>open text</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question (Chinese)</source>
        <translation>Question (Chinese)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>Question (English)</translation>
    </message>
    <message>
        <source>Paper entry skips the question for the other groups; none ticked: every group</source>
        <translation>Paper entry skips the question for the other groups; none ticked: every group</translation>
    </message>
    <message>
        <source>Asked of (none ticked: everyone)</source>
        <translation>Asked of (none ticked: everyone)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Respondent groups (edit in place: name, target sample, expected administrative levels (city, town, village…), units expected)</source>
        <translation>Respondent groups (edit in place: name, target sample, expected administrative levels (city, town, village…), units expected)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Target sample</source>
        <translation>Target sample</translation>
    </message>
    <message>
        <source>Expected levels</source>
        <translation>Expected levels</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>Units expected</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Asked of</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Add question…</translation>
    </message>
    <message>
        <source>Edit question…</source>
        <translation>Edit question…</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <source>5-level scale</source>
        <translation>5-level scale</translation>
    </message>
    <message>
        <source>4-level scale</source>
        <translation>4-level scale</translation>
    </message>
    <message>
        <source>3-level scale</source>
        <translation>3-level scale</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>open text</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Edit group {name}</source>
        <translation>Edit group {name}</translation>
    </message>
    <message>
        <source>New group {n}</source>
        <translation>New group {n}</translation>
    </message>
    <message>
        <source>Add question {key}</source>
        <translation>Add question {key}</translation>
    </message>
    <message>
        <source>Edit question {key}</source>
        <translation>Edit question {key}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report &amp; export</source>
        <translation>Report &amp; export</translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation>Summary and conclusion</translation>
    </message>
    <message>
        <source>Project background</source>
        <translation>Project background</translation>
    </message>
    <message>
        <source>Implementation and funds</source>
        <translation>Implementation and funds</translation>
    </message>
    <message>
        <source>Achievements and experience</source>
        <translation>Achievements and experience</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Purpose of the evaluation</source>
        <translation>Purpose of the evaluation</translation>
    </message>
    <message>
        <source>Object and scope</source>
        <translation>Object and scope</translation>
    </message>
    <message>
        <source>Basis of the evaluation</source>
        <translation>Basis of the evaluation</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Indicator framework and how it was built</source>
        <translation>Indicator framework and how it was built</translation>
    </message>
    <message>
        <source>Evaluation process</source>
        <translation>Evaluation process</translation>
    </message>
    <message>
        <source>Problems, causes and suggestions</source>
        <translation>Problems, causes and suggestions</translation>
    </message>
    <message>
        <source>Chapter 2, how the evaluation was carried out. Empty: the report prints the draft made from the project&apos;s data (facts, money, framework, team, dates, evidence, surveys); “Start from the draft” puts it here to edit.</source>
        <translation>Chapter 2, how the evaluation was carried out. Empty: the report prints the draft made from the project&apos;s data (facts, money, framework, team, dates, evidence, surveys); “Start from the draft” puts it here to edit.</translation>
    </message>
    <message>
        <source>The table of weights is added after it.</source>
        <translation>The table of weights is added after it.</translation>
    </message>
    <message>
        <source>The phases and their dates are project facts (Project page).</source>
        <translation>The phases and their dates are project facts (Project page).</translation>
    </message>
    <message>
        <source>Chapter 4: each problem with the deductions that found it, its cause and the suggestion answering it (numbered alike). They replace the “Problems found” and “Suggestions” sections when there are any.</source>
        <translation>Chapter 4: each problem with the deductions that found it, its cause and the suggestion answering it (numbered alike). They replace the “Problems found” and “Suggestions” sections when there are any.</translation>
    </message>
    <message>
        <source>Implementation, performance targets set, use of funds. The funds table is added from the project&apos;s budget figures.</source>
        <translation>Implementation, performance targets set, use of funds. The funds table is added from the project&apos;s budget figures.</translation>
    </message>
    <message>
        <source>Chapter 4: achievements and experience. The summary lists the titles of the “1.…” headings. Empty: drafted from the best-scoring indicators.</source>
        <translation>Chapter 4: achievements and experience. The summary lists the titles of the “1.…” headings. Empty: drafted from the best-scoring indicators.</translation>
    </message>
    <message>
        <source>Chapter 4: problems, used when no structured problem is recorded (see “Problems, causes and suggestions”).</source>
        <translation>Chapter 4: problems, used when no structured problem is recorded (see “Problems, causes and suggestions”).</translation>
    </message>
    <message>
        <source>Chapter 4: suggestions, used when no structured problem is recorded.</source>
        <translation>Chapter 4: suggestions, used when no structured problem is recorded.</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <source>All to a folder…</source>
        <translation>All to a folder…</translation>
    </message>
    <message>
        <source>Needs LibreOffice, which is not installed.</source>
        <translation>Needs LibreOffice, which is not installed.</translation>
    </message>
    <message>
        <source>Page numbers in the table of contents (LibreOffice)</source>
        <translation>Page numbers in the table of contents (LibreOffice)</translation>
    </message>
    <message>
        <source>Page numbers in the table of contents: Word asks to update them when the report is opened (LibreOffice is not installed)</source>
        <translation>Page numbers in the table of contents: Word asks to update them when the report is opened (LibreOffice is not installed)</translation>
    </message>
    <message>
        <source>Becomes the report&apos;s summary (“摘要”). Leave it empty to have it generated from the scores and the headings of the sections below. A pasted table captioned “附表 …一级指标…” is replaced by the live level-1 table.</source>
        <translation>Becomes the report&apos;s summary (“摘要”). Leave it empty to have it generated from the scores and the headings of the sections below. A pasted table captioned “附表 …一级指标…” is replaced by the live level-1 table.</translation>
    </message>
    <message>
        <source>Chapter “一、(一)”: project description. Lines such as “1.项目背景” or “（二）…” become headings, renumbered to fit.</source>
        <translation>Chapter “一、(一)”: project description. Lines such as “1.项目背景” or “（二）…” become headings, renumbered to fit.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Word template:</translation>
    </message>
    <message>
        <source>none — built-in styles (黑体 headings, 仿宋 body)</source>
        <translation>none — built-in styles (黑体 headings, 仿宋 body)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Word report…</source>
        <translation>Word report…</translation>
    </message>
    <message>
        <source>Excel score sheet…</source>
        <translation>Excel score sheet…</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>PDF summary…</translation>
    </message>
    <message>
        <source>Blank scoring forms…</source>
        <translation>Blank scoring forms…</translation>
    </message>
    <message>
        <source>Narrative sections (saved as you type)</source>
        <translation>Narrative sections (saved as you type)</translation>
    </message>
    <message>
        <source>Write the “{section}” section here.</source>
        <translation>Write the “{section}” section here.</translation>
    </message>
    <message>
        <source>Start from the draft</source>
        <translation>Start from the draft</translation>
    </message>
    <message>
        <source>Put the text the report would print for this section (made from the project&apos;s data) into the editor, to edit it</source>
        <translation>Put the text the report would print for this section (made from the project&apos;s data) into the editor, to edit it</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check ({n})</source>
        <translation>Check ({n})</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Nothing to draft from yet: record the project&apos;s facts first.</source>
        <translation>Nothing to draft from yet: record the project&apos;s facts first.</translation>
    </message>
    <message>
        <source>Replace the text of “{section}” with the draft? (Ctrl+Z brings it back.)</source>
        <translation>Replace the text of “{section}” with the draft? (Ctrl+Z brings it back.)</translation>
    </message>
    <message>
        <source>Drafting “{section}”…</source>
        <translation>Drafting “{section}”…</translation>
    </message>
    <message>
        <source>Edit report section “{section}”</source>
        <translation>Edit report section “{section}”</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export all to folder</source>
        <translation>Export all to folder</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>Left out or to check:</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Project background</source>
        <translation>Project background</translation>
    </message>
    <message>
        <source>Implementation and funds</source>
        <translation>Implementation and funds</translation>
    </message>
    <message>
        <source>Achievements and experience</source>
        <translation>Achievements and experience</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation>Summary and conclusion</translation>
    </message>
    <message>
        <source>Purpose of the evaluation</source>
        <translation>Purpose of the evaluation</translation>
    </message>
    <message>
        <source>Object and scope</source>
        <translation>Object and scope</translation>
    </message>
    <message>
        <source>Basis of the evaluation</source>
        <translation>Basis of the evaluation</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Indicator framework and how it was built</source>
        <translation>Indicator framework and how it was built</translation>
    </message>
    <message>
        <source>Evaluation process</source>
        <translation>Evaluation process</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Valid n</source>
        <translation>Valid n</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Index / mean</source>
        <translation>Index / mean</translation>
    </message>
    <message>
        <source>Counting {n} questionnaires…</source>
        <translation>Counting {n} questionnaires…</translation>
    </message>
    <message>
        <source>Counting the answers of {survey}</source>
        <translation>Counting the answers of {survey}</translation>
    </message>
    <message>
        <source>The answers could not be counted: {error}</source>
        <translation>The answers could not be counted: {error}</translation>
    </message>
    <message>
        <source>No survey yet: import a file of answers (Import answers…) — the questionnaire is made from it — or create one from a template (New survey).</source>
        <translation>No survey yet: import a file of answers (Import answers…) — the questionnaire is made from it — or create one from a template (New survey).</translation>
    </message>
    <message>
        <source>Overall satisfaction {rate} ({sat} of {n} valid answers, pooled), 95% interval {ci}; weighted index {index}</source>
        <translation>Overall satisfaction {rate} ({sat} of {n} valid answers, pooled), 95% interval {ci}; weighted index {index}</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>mean {mean}</translation>
    </message>
    <message>
        <source>Satisfaction rate by group (%)</source>
        <translation>Satisfaction rate by group (%)</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Review note for this leaf</source>
        <translation>Review note for this leaf</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>modified since review</source>
        <translation>modified since review</translation>
    </message>
    <message>
        <source>Mark reviewed again</source>
        <translation>Mark reviewed again</translation>
    </message>
    <message>
        <source>Back to prepared</source>
        <translation>Back to prepared</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Tick when resolved</source>
        <translation>Tick when resolved</translation>
    </message>
    <message>
        <source>Review {leaf}</source>
        <translation>Review {leaf}</translation>
    </message>
    <message>
        <source>History of {leaf}</source>
        <translation>History of {leaf}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Team roles</source>
        <translation>Team roles</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>set final scores</source>
        <translation>set final scores</translation>
    </message>
    <message>
        <source>mark leaves reviewed or sign off the project</source>
        <translation>mark leaves reviewed or sign off the project</translation>
    </message>
    <message>
        <source>change the consolidation method, grade bands or grade flags</source>
        <translation>change the consolidation method, grade bands or grade flags</translation>
    </message>
    <message>
        <source>change the indicator framework and its rules</source>
        <translation>change the indicator framework and its rules</translation>
    </message>
    <message>
        <source>change the team&apos;s roles</source>
        <translation>change the team&apos;s roles</translation>
    </message>
    <message>
        <source>edit the report&apos;s narrative</source>
        <translation>edit the report&apos;s narrative</translation>
    </message>
    <message>
        <source>edit the project&apos;s facts, targets and surveys</source>
        <translation>edit the project&apos;s facts, targets and surveys</translation>
    </message>
    <message>
        <source>add or change evidence</source>
        <translation>add or change evidence</translation>
    </message>
    <message>
        <source>score leaves</source>
        <translation>score leaves</translation>
    </message>
    <message>
        <source>record another evaluator&apos;s scores</source>
        <translation>record another evaluator&apos;s scores</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>this laptop&apos;s evaluator</source>
        <translation>this laptop&apos;s evaluator</translation>
    </message>
    <message>
        <source>Only the team lead may {action} in “{project}”; {who} is a {role} there. Ask the lead ({leads}); nothing was changed.</source>
        <translation>Only the team lead may {action} in “{project}”; {who} is a {role} there. Ask the lead ({leads}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>Rule of “{leaf}”</source>
        <translation>Rule of “{leaf}”</translation>
    </message>
    <message>
        <source>negative indicator, down to {cap}</source>
        <translation>negative indicator, down to {cap}</translation>
    </message>
    <message>
        <source>weight {w}</source>
        <translation>weight {w}</translation>
    </message>
    <message>
        <source>Scoring criteria (评分标准)</source>
        <translation>Scoring criteria (评分标准)</translation>
    </message>
    <message>
        <source>(no criteria written for this leaf)</source>
        <translation>(no criteria written for this leaf)</translation>
    </message>
    <message>
        <source>Suggest from &amp;criteria</source>
        <translation>Suggest from &amp;criteria</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation>&amp;Undo edit</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>Not read: {reason}</translation>
    </message>
    <message>
        <source>Read from “{matched}” — confidence {c:.0%}. Check it, then save.</source>
        <translation>Read from “{matched}” — confidence {c:.0%}. Check it, then save.</translation>
    </message>
    <message>
        <source>The rule can be used.</source>
        <translation>The rule can be used.</translation>
    </message>
    <message>
        <source>Reads: {text}</source>
        <translation>Reads: {text}</translation>
    </message>
    <message>
        <source>The points add up to {total} of the weight {weight}.</source>
        <translation>The points add up to {total} of the weight {weight}.</translation>
    </message>
    <message>
        <source>A bonus outside the 100 points: 0 up to {cap}.</source>
        <translation>A bonus outside the 100 points: 0 up to {cap}.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>No proposal yet: {why}</source>
        <translation>No proposal yet: {why}</translation>
    </message>
    <message>
        <source>Proposes {score}  ({working})</source>
        <translation>Proposes {score}  ({working})</translation>
    </message>
    <message>
        <source>No score of this leaf departs from this rule.</source>
        <translation>No score of this leaf departs from this rule.</translation>
    </message>
    <message>
        <source>{n} score(s) of this leaf depart from this rule:</source>
        <translation>{n} score(s) of this leaf depart from this rule:</translation>
    </message>
    <message>
        <source>Rule of {leaf}</source>
        <translation>Rule of {leaf}</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Measured quantity</source>
        <translation>Measured quantity</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Full marks at (%)</source>
        <translation>Full marks at (%)</translation>
    </message>
    <message>
        <source>Zero below (%)</source>
        <translation>Zero below (%)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items required</source>
        <translation>Items required</translation>
    </message>
    <message>
        <source>Points per occurrence</source>
        <translation>Points per occurrence</translation>
    </message>
    <message>
        <source>At most (points off)</source>
        <translation>At most (points off)</translation>
    </message>
    <message>
        <source>Points at the floor</source>
        <translation>Points at the floor</translation>
    </message>
    <message>
        <source>Below the threshold: score by hand</source>
        <translation>Below the threshold: score by hand</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>When not met</source>
        <translation>When not met</translation>
    </message>
    <message>
        <source>Cap (points)</source>
        <translation>Cap (points)</translation>
    </message>
    <message>
        <source>Per step of</source>
        <translation>Per step of</translation>
    </message>
    <message>
        <source>Points off when the value is</source>
        <translation>Points off when the value is</translation>
    </message>
    <message>
        <source>A part step counts as a whole one</source>
        <translation>A part step counts as a whole one</translation>
    </message>
    <message>
        <source>Partial points allowed</source>
        <translation>Partial points allowed</translation>
    </message>
    <message>
        <source>in proportion</source>
        <translation>in proportion</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zero</translation>
    </message>
    <message>
        <source>below the target</source>
        <translation>below the target</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>above the target</translation>
    </message>
    <message>
        <source>text (met / not met by hand)</source>
        <translation>text (met / not met by hand)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Up to (a range)</source>
        <translation>Up to (a range)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>From included</source>
        <translation>From included</translation>
    </message>
    <message>
        <source>To included</source>
        <translation>To included</translation>
    </message>
    <message>
        <source>Points off</source>
        <translation>Points off</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>Once only</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Points (from)</source>
        <translation>Points (from)</translation>
    </message>
    <message>
        <source>Points of the checklist (①②③…)</source>
        <translation>Points of the checklist (①②③…)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Brackets (empty From / To: open)</source>
        <translation>Brackets (empty From / To: open)</translation>
    </message>
    <message>
        <source>Kinds of occurrence (optional: several with their own points)</source>
        <translation>Kinds of occurrence (optional: several with their own points)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>No rule: scored by hand</source>
        <translation>No rule: scored by hand</translation>
    </message>
    <message>
        <source>Defaults the criteria set (e.g. 无佐证材料的按0分计)</source>
        <translation>Defaults the criteria set (e.g. 无佐证材料的按0分计)</translation>
    </message>
    <message>
        <source>Add default</source>
        <translation>Add default</translation>
    </message>
    <message>
        <source>Remove default</source>
        <translation>Remove default</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>{field}: a number is needed</source>
        <translation>{field}: a number is needed</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
</context>
<context>
    <name>RuleInputsWidget</name>
    <message>
        <source>— pick a level —</source>
        <translation>— pick a level —</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Points within the level</source>
        <translation>Points within the level</translation>
    </message>
    <message>
        <source>Enter the rate directly</source>
        <translation>Enter the rate directly</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Items done</translation>
    </message>
    <message>
        <source>Items required</source>
        <translation>Items required</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <source>Occurrences found</source>
        <translation>Occurrences found</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>{what} (−{per} each)</source>
        <translation>{what} (−{per} each)</translation>
    </message>
    <message>
        <source>{what} (−{per}, yes = 1)</source>
        <translation>{what} (−{per}, yes = 1)</translation>
    </message>
    <message>
        <source>— none applies —</source>
        <translation>— none applies —</translation>
    </message>
    <message>
        <source>Default of the criteria</source>
        <translation>Default of the criteria</translation>
    </message>
    <message>
        <source>Items earning the bonus</source>
        <translation>Items earning the bonus</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <source>(linked question not found)</source>
        <translation>(linked question not found)</translation>
    </message>
    <message>
        <source>Rate from</source>
        <translation>Rate from</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Actual value (target {target})</source>
        <translation>Actual value (target {target})</translation>
    </message>
    <message>
        <source>Points deducted</source>
        <translation>Points deducted</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>Reason for the deduction</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>a number is needed</source>
        <translation>a number is needed</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Checklist of points</source>
        <translation>Checklist of points</translation>
    </message>
    <message>
        <source>Graded levels</source>
        <translation>Graded levels</translation>
    </message>
    <message>
        <source>Rate × weight</source>
        <translation>Rate × weight</translation>
    </message>
    <message>
        <source>Brackets over a value</source>
        <translation>Brackets over a value</translation>
    </message>
    <message>
        <source>Completion ratio</source>
        <translation>Completion ratio</translation>
    </message>
    <message>
        <source>Deduction per occurrence</source>
        <translation>Deduction per occurrence</translation>
    </message>
    <message>
        <source>Satisfaction mapping</source>
        <translation>Satisfaction mapping</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>Target vs actual</translation>
    </message>
    <message>
        <source>Expert judgement</source>
        <translation>Expert judgement</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <source>A deduction needs a written reason.</source>
        <translation>A deduction needs a written reason.</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>any value</translation>
    </message>
    <message>
        <source>No rule: the leaf is scored by hand.</source>
        <translation>No rule: the leaf is scored by hand.</translation>
    </message>
    <message>
        <source>The value falls in no bracket of the rule; score by hand.</source>
        <translation>The value falls in no bracket of the rule; score by hand.</translation>
    </message>
    <message>
        <source>Unknown rule kind.</source>
        <translation>Unknown rule kind.</translation>
    </message>
    <message>
        <source>Give the points per occurrence.</source>
        <translation>Give the points per occurrence.</translation>
    </message>
    <message>
        <source>No rule: score by hand.</source>
        <translation>No rule: score by hand.</translation>
    </message>
    <message>
        <source>Pick the level that fits.</source>
        <translation>Pick the level that fits.</translation>
    </message>
    <message>
        <source>Enter both figures (or the rate).</source>
        <translation>Enter both figures (or the rate).</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Enter the measured value.</translation>
    </message>
    <message>
        <source>Enter the items done and the items required (or the rate).</source>
        <translation>Enter the items done and the items required (or the rate).</translation>
    </message>
    <message>
        <source>Enter the number of occurrences found.</source>
        <translation>Enter the number of occurrences found.</translation>
    </message>
    <message>
        <source>Enter the satisfaction rate or link a survey question.</source>
        <translation>Enter the satisfaction rate or link a survey question.</translation>
    </message>
    <message>
        <source>The step must be more than zero.</source>
        <translation>The step must be more than zero.</translation>
    </message>
    <message>
        <source>A negative indicator only deducts: use a deduction, a shortfall, brackets or expert judgement.</source>
        <translation>A negative indicator only deducts: use a deduction, a shortfall, brackets or expert judgement.</translation>
    </message>
    <message>
        <source>A negative indicator should have a deduction cap (e.g. −10).</source>
        <translation>A negative indicator should have a deduction cap (e.g. −10).</translation>
    </message>
    <message>
        <source>This bonus lies outside the 100 points and has no cap: each item adds without limit.</source>
        <translation>This bonus lies outside the 100 points and has no cap: each item adds without limit.</translation>
    </message>
    <message>
        <source>Graded levels need at least one level.</source>
        <translation>Graded levels need at least one level.</translation>
    </message>
    <message>
        <source>Brackets need at least one band.</source>
        <translation>Brackets need at least one band.</translation>
    </message>
    <message>
        <source>The floor is not below the rate that earns full marks.</source>
        <translation>The floor is not below the rate that earns full marks.</translation>
    </message>
    <message>
        <source>The band {band} holds no value.</source>
        <translation>The band {band} holds no value.</translation>
    </message>
    <message>
        <source>The bands {a} and {b} overlap.</source>
        <translation>The bands {a} and {b} overlap.</translation>
    </message>
    <message>
        <source>Values below {edge} fall in no band: they are scored by hand.</source>
        <translation>Values below {edge} fall in no band: they are scored by hand.</translation>
    </message>
    <message>
        <source>Values above {edge} fall in no band: they are scored by hand.</source>
        <translation>Values above {edge} fall in no band: they are scored by hand.</translation>
    </message>
    <message>
        <source>The rule deducts up to {max}, more than the indicator&apos;s cap {cap}.</source>
        <translation>The rule deducts up to {max}, more than the indicator&apos;s cap {cap}.</translation>
    </message>
    <message>
        <source>The bonus is limited by the leaf&apos;s weight {weight}; give the leaf weight 0 for a bonus outside the 100.</source>
        <translation>The bonus is limited by the leaf&apos;s weight {weight}; give the leaf weight 0 for a bonus outside the 100.</translation>
    </message>
    <message>
        <source>No band gives full marks ({weight}).</source>
        <translation>No band gives full marks ({weight}).</translation>
    </message>
    <message>
        <source>No level gives full marks ({weight}).</source>
        <translation>No level gives full marks ({weight}).</translation>
    </message>
    <message>
        <source>No band holds the values {gap} between {a} and {b}.</source>
        <translation>No band holds the values {gap} between {a} and {b}.</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>Enter the actual value.</source>
        <translation>Enter the actual value.</translation>
    </message>
    <message>
        <source>Cannot compare the actual value with the target; score by hand.</source>
        <translation>Cannot compare the actual value with the target; score by hand.</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Enter the deductions, each with its reason.</source>
        <translation>Enter the deductions, each with its reason.</translation>
    </message>
    <message>
        <source>Enter the number of items that earn the bonus.</source>
        <translation>Enter the number of items that earn the bonus.</translation>
    </message>
    <message>
        <source>Below {threshold} the criteria say nothing: score by hand.</source>
        <translation>Below {threshold} the criteria say nothing: score by hand.</translation>
    </message>
    <message>
        <source>Deduction per point short of a target</source>
        <translation>Deduction per point short of a target</translation>
    </message>
    <message>
        <source>rate from the linked survey question</source>
        <translation>rate from the linked survey question</translation>
    </message>
    <message>
        <source>Defaults: {items}.</source>
        <translation>Defaults: {items}.</translation>
    </message>
    <message>
        <source>Each point satisfied earns its share, up to {weight} points: {items}.</source>
        <translation>Each point satisfied earns its share, up to {weight} points: {items}.</translation>
    </message>
    <message>
        <source>Pick the level that fits: {items}.</source>
        <translation>Pick the level that fits: {items}.</translation>
    </message>
    <message>
        <source>Score = {num} / {den} × {weight} (full marks at a rate of {full} or more).</source>
        <translation>Score = {num} / {den} × {weight} (full marks at a rate of {full} or more).</translation>
    </message>
    <message>
        <source>Points by the band the value falls in: {items}.</source>
        <translation>Points by the band the value falls in: {items}.</translation>
    </message>
    <message>
        <source>Score = items done / items required × {weight}.</source>
        <translation>Score = items done / items required × {weight}.</translation>
    </message>
    <message>
        <source>Full {weight} points at {target}; {per} points off for each {step} short of it, never below zero.</source>
        <translation>Full {weight} points at {target}; {per} points off for each {step} short of it, never below zero.</translation>
    </message>
    <message>
        <source>At most {max} points off.</source>
        <translation>At most {max} points off.</translation>
    </message>
    <message>
        <source>Points off: {items}; never below zero (of {weight}).</source>
        <translation>Points off: {items}; never below zero (of {weight}).</translation>
    </message>
    <message>
        <source>Score = ({num} / {den} − {floor}) / ({full} − {floor}) × {weight}; full marks at {full} or more, zero below {floor}.</source>
        <translation>Score = ({num} / {den} − {floor}) / ({full} − {floor}) × {weight}; full marks at {full} or more, zero below {floor}.</translation>
    </message>
    <message>
        <source>Full {weight} points at a satisfaction rate of {threshold} or more; below it the criteria set no rule (score by hand).</source>
        <translation>Full {weight} points at a satisfaction rate of {threshold} or more; below it the criteria set no rule (score by hand).</translation>
    </message>
    <message>
        <source>{per} bonus points per item, added outside the weights, up to {cap}.</source>
        <translation>{per} bonus points per item, added outside the weights, up to {cap}.</translation>
    </message>
    <message>
        <source>Full {weight} points up to {target}; {per} points off for each {step} above it, never below zero.</source>
        <translation>Full {weight} points up to {target}; {per} points off for each {step} above it, never below zero.</translation>
    </message>
    <message>
        <source>{per} points off for each occurrence found, never below zero (of {weight}).</source>
        <translation>{per} points off for each occurrence found, never below zero (of {weight}).</translation>
    </message>
    <message>
        <source>{what}: {per} off</source>
        <translation>{what}: {per} off</translation>
    </message>
    <message>
        <source>{what}: {per} off each</source>
        <translation>{what}: {per} off each</translation>
    </message>
    <message>
        <source>{per} bonus points per item, added outside the weights, with no cap.</source>
        <translation>{per} bonus points per item, added outside the weights, with no cap.</translation>
    </message>
    <message>
        <source>Full {weight} points at a satisfaction rate of {threshold} or more; linear between {floor} and {threshold}; zero below {floor}.</source>
        <translation>Full {weight} points at a satisfaction rate of {threshold} or more; linear between {floor} and {threshold}; zero below {floor}.</translation>
    </message>
    <message>
        <source>Full {weight} points when the target {target} is met; otherwise zero.</source>
        <translation>Full {weight} points when the target {target} is met; otherwise zero.</translation>
    </message>
    <message>
        <source>Expert judgement: points off at the evaluator&apos;s discretion, each deduction with a written reason (of {weight}).</source>
        <translation>Expert judgement: points off at the evaluator&apos;s discretion, each deduction with a written reason (of {weight}).</translation>
    </message>
    <message>
        <source>{per} bonus points per item, up to {cap}.</source>
        <translation>{per} bonus points per item, up to {cap}.</translation>
    </message>
    <message>
        <source>A checklist needs points.</source>
        <translation>A checklist needs points.</translation>
    </message>
    <message>
        <source>The floor is above the threshold.</source>
        <translation>The floor is above the threshold.</translation>
    </message>
    <message>
        <source>The rule inputs are not valid.</source>
        <translation>The rule inputs are not valid.</translation>
    </message>
    <message>
        <source>Tick the points that are satisfied.</source>
        <translation>Tick the points that are satisfied.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Score = items done / {required} × {weight}.</source>
        <translation>Score = items done / {required} × {weight}.</translation>
    </message>
    <message>
        <source>Full {weight} points when the target {target} is met; otherwise in proportion to the actual value.</source>
        <translation>Full {weight} points when the target {target} is met; otherwise in proportion to the actual value.</translation>
    </message>
    <message>
        <source>A level gives more than the weight.</source>
        <translation>A level gives more than the weight.</translation>
    </message>
    <message>
        <source>A bracket&apos;s points must lie between 0 and the weight.</source>
        <translation>A bracket&apos;s points must lie between 0 and the weight.</translation>
    </message>
    <message>
        <source>The points add up to {total}, not the weight {weight}.</source>
        <translation>The points add up to {total}, not the weight {weight}.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</source>
        <translation>“{job}” is still running. Wait for it to finish (or cancel it); nothing was changed.</translation>
    </message>
    <message>
        <source>Stopping “{job}”… nothing is changed.</source>
        <translation>Stopping “{job}”… nothing is changed.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Hide result ▸</source>
        <translation>Hide result ▸</translation>
    </message>
    <message>
        <source>◂ Show result</source>
        <translation>◂ Show result</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Unscored</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>The project decisions are the team lead&apos;s.</source>
        <translation>The project decisions are the team lead&apos;s.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflicting values: {fields}</source>
        <translation>Conflicting values: {fields}</translation>
    </message>
    <message>
        <source>{done}/{total} scored</source>
        <translation>{done}/{total} scored</translation>
    </message>
    <message>
        <source>Consolidation: {method}</source>
        <translation>Consolidation: {method}</translation>
    </message>
    <message>
        <source>Lift {kind}</source>
        <translation>Lift {kind}</translation>
    </message>
    <message>
        <source>Why is the grade lowered one step (falsified or withheld materials)?</source>
        <translation>Why is the grade lowered one step (falsified or withheld materials)?</translation>
    </message>
    <message>
        <source>Which veto event (一票否决) forces the lowest grade?</source>
        <translation>Which veto event (一票否决) forces the lowest grade?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Set {kind}</source>
        <translation>Set {kind}</translation>
    </message>
    <message>
        <source>Sign off the project</source>
        <translation>Sign off the project</translation>
    </message>
</context>
<context>
    <name>StatementBox</name>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Pool paid</source>
        <translation>Pool paid</translation>
    </message>
    <message>
        <source>Pool earned</source>
        <translation>Pool earned</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Payment statement</source>
        <translation>Payment statement</translation>
    </message>
    <message>
        <source>Add a contract to see what each installment earns.</source>
        <translation>Add a contract to see what each installment earns.</translation>
    </message>
    <message>
        <source>Payment statement: {name} ({amount} yuan)</source>
        <translation>Payment statement: {name} ({amount} yuan)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* provisional: some months are not assessed yet.</source>
        <translation>* provisional: some months are not assessed yet.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Rules read from the criteria</source>
        <translation>Rules read from the criteria</translation>
    </message>
    <message>
        <source>Only leaves whose rule would &amp;change</source>
        <translation>Only leaves whose rule would &amp;change</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Rule read</source>
        <translation>Rule read</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Proposes / final</source>
        <translation>Proposes / final</translation>
    </message>
    <message>
        <source>Read from / notes</source>
        <translation>Read from / notes</translation>
    </message>
    <message>
        <source>&amp;Tick the sure ones</source>
        <translation>&amp;Tick the sure ones</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Untick &amp;all</translation>
    </message>
    <message>
        <source>&amp;Open in the editor…</source>
        <translation>&amp;Open in the editor…</translation>
    </message>
    <message>
        <source>A&amp;pply ticked</source>
        <translation>A&amp;pply ticked</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{leaves} leaves: {read} rules read, {expert} expert judgement, {not_read} not read. Of the {tried} read rules with measured values, {agree} propose the score given and {differ} do not. Tick the rules to use, then apply them (one undo step).</source>
        <translation>{leaves} leaves: {read} rules read, {expert} expert judgement, {not_read} not read. Of the {tried} read rules with measured values, {agree} propose the score given and {differ} do not. Tick the rules to use, then apply them (one undo step).</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>(same as the current rule) </source>
        <translation>(same as the current rule) </translation>
    </message>
    <message>
        <source>{n} leaves ticked</source>
        <translation>{n} leaves ticked</translation>
    </message>
    <message>
        <source>Rules read from the criteria ({n} leaves)</source>
        <translation>Rules read from the criteria ({n} leaves)</translation>
    </message>
    <message>
        <source>{n} rules applied; Ctrl+Z undoes them.</source>
        <translation>{n} rules applied; Ctrl+Z undoes them.</translation>
    </message>
    <message>
        <source>{k} score(s) now depart from their rule: see the flags.</source>
        <translation>{k} score(s) now depart from their rule: see the flags.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Project decisions</source>
        <translation>Project decisions</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score rate</source>
        <translation>Score rate</translation>
    </message>
    <message>
        <source>Final score from</source>
        <translation>Final score from</translation>
    </message>
    <message>
        <source>Mean of the evaluators</source>
        <translation>Mean of the evaluators</translation>
    </message>
    <message>
        <source>Median of the evaluators</source>
        <translation>Median of the evaluators</translation>
    </message>
    <message>
        <source>Lead decides each leaf</source>
        <translation>Lead decides each leaf</translation>
    </message>
    <message>
        <source>Total {total} / {weight}{mark}</source>
        <translation>Total {total} / {weight}{mark}</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>Grade: {grade}</translation>
    </message>
    <message>
        <source>veto: {reason}</source>
        <translation>veto: {reason}</translation>
    </message>
    <message>
        <source>lowered from {grade}: {reason}</source>
        <translation>lowered from {grade}: {reason}</translation>
    </message>
    <message>
        <source>Outputs: {grade}</source>
        <translation>Outputs: {grade}</translation>
    </message>
    <message>
        <source>* includes the value being typed (not saved yet)</source>
        <translation>* includes the value being typed (not saved yet)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{scored} of {leaves} leaves scored · {flags} flags</source>
        <translation>{scored} of {leaves} leaves scored · {flags} flags</translation>
    </message>
    <message>
        <source>Cancel the downgrade</source>
        <translation>Cancel the downgrade</translation>
    </message>
    <message>
        <source>Downgrade one grade…</source>
        <translation>Downgrade one grade…</translation>
    </message>
    <message>
        <source>Lift the veto</source>
        <translation>Lift the veto</translation>
    </message>
    <message>
        <source>Veto (lowest grade)…</source>
        <translation>Veto (lowest grade)…</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Total {total} / {weight}{mark} · {grade} · {scored} of {leaves} leaves scored</source>
        <translation>Total {total} / {weight}{mark} · {grade} · {scored} of {leaves} leaves scored</translation>
    </message>
    <message>
        <source>Sign off the project</source>
        <translation>Sign off the project</translation>
    </message>
    <message>
        <source>Project signed off; {n} of {m} leaves reviewed.</source>
        <translation>Project signed off; {n} of {m} leaves reviewed.</translation>
    </message>
    <message>
        <source>Modified since the sign-off.</source>
        <translation>Modified since the sign-off.</translation>
    </message>
    <message>
        <source>Withdraw the sign-off</source>
        <translation>Withdraw the sign-off</translation>
    </message>
    <message>
        <source>Prepared; {n} of {m} leaves reviewed.</source>
        <translation>Prepared; {n} of {m} leaves reviewed.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>No satisfaction question: add a scale question to get rates.</source>
        <translation>No satisfaction question: add a scale question to get rates.</translation>
    </message>
    <message>
        <source>{group}: no questionnaires yet.</source>
        <translation>{group}: no questionnaires yet.</translation>
    </message>
    <message>
        <source>{group}: {n} questionnaires, below the target sample of {target}.</source>
        <translation>{group}: {n} questionnaires, below the target sample of {target}.</translation>
    </message>
    <message>
        <source>{group}: {n} questionnaires, more than the target sample of {target}; check for duplicates or a group mix-up.</source>
        <translation>{group}: {n} questionnaires, more than the target sample of {target}; check for duplicates or a group mix-up.</translation>
    </message>
    <message>
        <source>{group}: only {n} valid answers; the rate is uncertain by about ±{points} points.</source>
        <translation>{group}: only {n} valid answers; the rate is uncertain by about ±{points} points.</translation>
    </message>
    <message>
        <source>{group}: no questionnaire from level {levels}.</source>
        <translation>{group}: no questionnaire from level {levels}.</translation>
    </message>
    <message>
        <source>{group}: {units} of {expected} units answered ({share}).</source>
        <translation>{group}: {units} of {expected} units answered ({share}).</translation>
    </message>
    <message>
        <source>Only one respondent group answered; the sample is one-sided.</source>
        <translation>Only one respondent group answered; the sample is one-sided.</translation>
    </message>
    <message>
        <source>Question {key}: {count} answers are not valid options and were left out.</source>
        <translation>Question {key}: {count} answers are not valid options and were left out.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>Columns answer no question of the survey: {columns}. Map each to a question, add it as a new question or leave it out.</source>
        <translation>Columns answer no question of the survey: {columns}. Map each to a question, add it as a new question or leave it out.</translation>
    </message>
    <message>
        <source>Left out as chosen: {columns}.</source>
        <translation>Left out as chosen: {columns}.</translation>
    </message>
    <message>
        <source>There is no group column and the survey has several groups: choose the group column or one group for all rows.</source>
        <translation>There is no group column and the survey has several groups: choose the group column or one group for all rows.</translation>
    </message>
    <message>
        <source>Blank row, skipped.</source>
        <translation>Blank row, skipped.</translation>
    </message>
    <message>
        <source>No respondent group given.</source>
        <translation>No respondent group given.</translation>
    </message>
    <message>
        <source>“{value}” is not a respondent group of the survey.</source>
        <translation>“{value}” is not a respondent group of the survey.</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” repeats row {first}.</source>
        <translation>Respondent id “{ref}” repeats row {first}.</translation>
    </message>
    <message>
        <source>Respondent id “{ref}” is already in the survey.</source>
        <translation>Respondent id “{ref}” is already in the survey.</translation>
    </message>
    <message>
        <source>No answers in this row.</source>
        <translation>No answers in this row.</translation>
    </message>
    <message>
        <source>The file has no questionnaires.</source>
        <translation>The file has no questionnaires.</translation>
    </message>
    <message>
        <source>{n} questionnaires (no target sample set)</source>
        <translation>{n} questionnaires (no target sample set)</translation>
    </message>
    <message>
        <source>{n} of the target {target} questionnaires: {left} to go</source>
        <translation>{n} of the target {target} questionnaires: {left} to go</translation>
    </message>
    <message>
        <source>{n} questionnaires: target {target} met</source>
        <translation>{n} questionnaires: target {target} met</translation>
    </message>
    <message>
        <source>{n} questionnaires: {over} more than the target {target}</source>
        <translation>{n} questionnaires: {over} more than the target {target}</translation>
    </message>
    <message>
        <source>{units} of {expected} units answered ({share})</source>
        <translation>{units} of {expected} units answered ({share})</translation>
    </message>
    <message>
        <source>{units} units answered (set the units expected to see the coverage)</source>
        <translation>{units} units answered (set the units expected to see the coverage)</translation>
    </message>
    <message>
        <source>; none yet from {levels}</source>
        <translation>; none yet from {levels}</translation>
    </message>
    <message>
        <source>Answers are option numbers and no legend says what they mean: check the options.</source>
        <translation>Answers are option numbers and no legend says what they mean: check the options.</translation>
    </message>
    <message>
        <source>5-level satisfaction scale</source>
        <translation>5-level satisfaction scale</translation>
    </message>
    <message>
        <source>4-level satisfaction scale</source>
        <translation>4-level satisfaction scale</translation>
    </message>
    <message>
        <source>3-level satisfaction scale</source>
        <translation>3-level satisfaction scale</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>open text</source>
        <translation>open text</translation>
    </message>
    <message>
        <source>“{value}” is not an option of {key} ({options}).</source>
        <translation>“{value}” is not an option of {key} ({options}).</translation>
    </message>
    <message>
        <source>“{value}” is not a number ({key}).</source>
        <translation>“{value}” is not a number ({key}).</translation>
    </message>
    <message>
        <source>“{value}” is not valid for {key}.</source>
        <translation>“{value}” is not valid for {key}.</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>From template: {name}</source>
        <translation>From template: {name}</translation>
    </message>
    <message>
        <source>From an answer file (survey platform export)…</source>
        <translation>From an answer file (survey platform export)…</translation>
    </message>
    <message>
        <source>From an XLSForm workbook…</source>
        <translation>From an XLSForm workbook…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <source>Export questionnaire (XLSForm)…</source>
        <translation>Export questionnaire (XLSForm)…</translation>
    </message>
    <message>
        <source>Save charts…</source>
        <translation>Save charts…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Answers (*.xlsx *.xls *.csv *.txt)</source>
        <translation>Answers (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Surve&amp;y</source>
        <translation>Surve&amp;y</translation>
    </message>
    <message>
        <source>Questionnaire (XLSForm)</source>
        <translation>Questionnaire (XLSForm)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Export questionnaire (XLSForm)</source>
        <translation>Export questionnaire (XLSForm)</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Save charts to folder</source>
        <translation>Save charts to folder</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Cannot write {file}: {error}</translation>
    </message>
    <message>
        <source>{n} charts saved in {folder}.</source>
        <translation>{n} charts saved in {folder}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Result flag</source>
        <translation>Result flag</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>Performance target</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Survey question</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Respondent group</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Payment installment</source>
        <translation>Payment installment</translation>
    </message>
    <message>
        <source>Monthly assessment</source>
        <translation>Monthly assessment</translation>
    </message>
    <message>
        <source>Monthly leaf score</source>
        <translation>Monthly leaf score</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Report problem</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>Budget unit</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>Competent department</translation>
    </message>
    <message>
        <source>Commissioning body</source>
        <translation>Commissioning body</translation>
    </message>
    <message>
        <source>Evaluation agency</source>
        <translation>Evaluation agency</translation>
    </message>
    <message>
        <source>Evaluation type</source>
        <translation>Evaluation type</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Approved budget</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>Adjusted budget</translation>
    </message>
    <message>
        <source>Actual spending</source>
        <translation>Actual spending</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Assessment points</source>
        <translation>Assessment points</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment</source>
        <translation>Evaluator&apos;s comment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPanel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Values kept (who wrote each, and when):</source>
        <translation>Values kept (who wrote each, and when):</translation>
    </message>
    <message>
        <source>&amp;Keep selected value</source>
        <translation>&amp;Keep selected value</translation>
    </message>
    <message>
        <source>Or write a &amp;merged value:</source>
        <translation>Or write a &amp;merged value:</translation>
    </message>
    <message>
        <source>Sa&amp;ve merged value</source>
        <translation>Sa&amp;ve merged value</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Both values are kept until you choose one or write a merged one; the choice travels to the other laptops.</source>
        <translation>Two people changed the same field without seeing each other&apos;s change. Both values are kept until you choose one or write a merged one; the choice travels to the other laptops.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>{value}
    — {who}, {when}</source>
        <translation>{value}
    — {who}, {when}</translation>
    </message>
    <message>
        <source>(shown now)</source>
        <translation>(shown now)</translation>
    </message>
    <message>
        <source>Conflict resolved: {record} · {field}.</source>
        <translation>Conflict resolved: {record} · {field}.</translation>
    </message>
</context>
<context>
    <name>SyncExchangePanel</name>
    <message>
        <source>Send my work</source>
        <translation>Send my work</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Write to</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Encrypt with the team passphrase</source>
        <translation>Encrypt with the team passphrase</translation>
    </message>
    <message>
        <source>Team &amp;passphrase</source>
        <translation>Team &amp;passphrase</translation>
    </message>
    <message>
        <source>needed to encrypt, and to read encrypted packages</source>
        <translation>needed to encrypt, and to read encrypted packages</translation>
    </message>
    <message>
        <source>E&amp;xport package</source>
        <translation>E&amp;xport package</translation>
    </message>
    <message>
        <source>Export whole-project a&amp;rchive</source>
        <translation>Export whole-project a&amp;rchive</translation>
    </message>
    <message>
        <source>A package holds this project&apos;s changes and the evidence files the other laptop may lack. Never copy the database file itself between laptops.</source>
        <translation>A package holds this project&apos;s changes and the evidence files the other laptop may lack. Never copy the database file itself between laptops.</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Receive work</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <source>Open project archive…</source>
        <translation>Open project archive…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Apply import</source>
        <translation>&amp;Apply import</translation>
    </message>
    <message>
        <source>Choose a package: you will see what it changes before anything is applied.</source>
        <translation>Choose a package: you will see what it changes before anything is applied.</translation>
    </message>
    <message>
        <source>USB drive: {label}</source>
        <translation>USB drive: {label}</translation>
    </message>
    <message>
        <source>(no USB drive found — choose a folder)</source>
        <translation>(no USB drive found — choose a folder)</translation>
    </message>
    <message>
        <source>everyone (everything)</source>
        <translation>everyone (everything)</translation>
    </message>
    <message>
        <source>{name} — only what it has not seen</source>
        <translation>{name} — only what it has not seen</translation>
    </message>
    <message>
        <source>Write sync packages to</source>
        <translation>Write sync packages to</translation>
    </message>
    <message>
        <source>Type the team passphrase to encrypt the package.</source>
        <translation>Type the team passphrase to encrypt the package.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Writing the package…</translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>Export cancelled; no package was written.</translation>
    </message>
    <message>
        <source>Wrote {file} to {folder}: {changes} changes, {blobs} evidence files{enc}.</source>
        <translation>Wrote {file} to {folder}: {changes} changes, {blobs} evidence files{enc}.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <source>{n} evidence files are missing on this laptop and were not included.</source>
        <translation>{n} evidence files are missing on this laptop and were not included.</translation>
    </message>
    <message>
        <source>evaltool packages (*.evsync *.evarchive);;All files (*)</source>
        <translation>evaltool packages (*.evsync *.evarchive);;All files (*)</translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation>Import a sync package</translation>
    </message>
    <message>
        <source>Open a project archive</source>
        <translation>Open a project archive</translation>
    </message>
    <message>
        <source>{file} is encrypted: type the team passphrase, then choose it again.</source>
        <translation>{file} is encrypted: type the team passphrase, then choose it again.</translation>
    </message>
    <message>
        <source>Preview only: nothing has been changed yet. Press Apply import to merge it.</source>
        <translation>Preview only: nothing has been changed yet. Press Apply import to merge it.</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was changed.</source>
        <translation>Check cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>Merging the package…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Opening the archive…</translation>
    </message>
    <message>
        <source>Opening cancelled; nothing was changed.</source>
        <translation>Opening cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {changed} changed, {conflicting} with conflicts.</source>
        <translation>Imported: {new} new, {changed} changed, {conflicting} with conflicts.</translation>
    </message>
    <message>
        <source>{n} evidence files are not on this laptop yet.</source>
        <translation>{n} evidence files are not on this laptop yet.</translation>
    </message>
    <message>
        <source>{n} changes by someone without the right were kept as proposals for the team lead (see the Project page).</source>
        <translation>{n} changes by someone without the right were kept as proposals for the team lead (see the Project page).</translation>
    </message>
    <message>
        <source>{n} changes are dated ahead of this computer&apos;s clock: they were imported, but this laptop&apos;s clock was not moved.</source>
        <translation>{n} changes are dated ahead of this computer&apos;s clock: they were imported, but this laptop&apos;s clock was not moved.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryTable</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {conflicting} conflicting</source>
        <translation>{new} new, {changed} changed, {conflicting} conflicting</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>{changes} changes, {blobs} evidence files</source>
        <translation>{changes} changes, {blobs} evidence files</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
</context>
<context>
    <name>SyncHubPanel</name>
    <message>
        <source>Team hub (the firm&apos;s PostgreSQL server)</source>
        <translation>Team hub (the firm&apos;s PostgreSQL server)</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>Hub &amp;address</translation>
    </message>
    <message>
        <source>e.g. postgresql://wang@hub.office:5432/evaltool</source>
        <translation>e.g. postgresql://wang@hub.office:5432/evaltool</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>for this session only; or PGPASSWORD / the PostgreSQL password file</source>
        <translation>for this session only; or PGPASSWORD / the PostgreSQL password file</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Forget this hub</source>
        <translation>Forget this hub</translation>
    </message>
    <message>
        <source>This project on the hub</source>
        <translation>This project on the hub</translation>
    </message>
    <message>
        <source>&amp;Push my changes</source>
        <translation>&amp;Push my changes</translation>
    </message>
    <message>
        <source>P&amp;ull the team&apos;s changes</source>
        <translation>P&amp;ull the team&apos;s changes</translation>
    </message>
    <message>
        <source>S&amp;ync (push, then pull)</source>
        <translation>S&amp;ync (push, then pull)</translation>
    </message>
    <message>
        <source>Download the project&apos;s evidence files when pulling</source>
        <translation>Download the project&apos;s evidence files when pulling</translation>
    </message>
    <message>
        <source>Sync this project automatically every {n} minutes while the hub can be reached</source>
        <translation>Sync this project automatically every {n} minutes while the hub can be reached</translation>
    </message>
    <message>
        <source>Offline, nothing changes: keep working, and push or pull when this laptop is on the office network. The password is never stored by evaltool.</source>
        <translation>Offline, nothing changes: keep working, and push or pull when this laptop is on the office network. The password is never stored by evaltool.</translation>
    </message>
    <message>
        <source>No team hub configured: ask your administrator for its address. USB sync works without one.</source>
        <translation>No team hub configured: ask your administrator for its address. USB sync works without one.</translation>
    </message>
    <message>
        <source>Not tested yet in this session.</source>
        <translation>Not tested yet in this session.</translation>
    </message>
    <message>
        <source>Connected as {user} to {hub}: schema {rev}, {n} projects you may read.</source>
        <translation>Connected as {user} to {hub}: schema {rev}, {n} projects you may read.</translation>
    </message>
    <message>
        <source>This project has not been synced with the hub from this laptop yet.</source>
        <translation>This project has not been synced with the hub from this laptop yet.</translation>
    </message>
    <message>
        <source>last pushed {at} ({n} changes new on the hub)</source>
        <translation>last pushed {at} ({n} changes new on the hub)</translation>
    </message>
    <message>
        <source>last pulled {at} ({n} changes new here)</source>
        <translation>last pulled {at} ({n} changes new here)</translation>
    </message>
    <message>
        <source>Hub: {parts}.</source>
        <translation>Hub: {parts}.</translation>
    </message>
    <message>
        <source>The password was taken out of the address: evaltool does not store it.</source>
        <translation>The password was taken out of the address: evaltool does not store it.</translation>
    </message>
    <message>
        <source>Cancelled: the hub and this laptop are as they were.</source>
        <translation>Cancelled: the hub and this laptop are as they were.</translation>
    </message>
    <message>
        <source>The team hub answers.</source>
        <translation>The team hub answers.</translation>
    </message>
    <message>
        <source>Connecting to the team hub…</source>
        <translation>Connecting to the team hub…</translation>
    </message>
    <message>
        <source>Pushing to the team hub…</source>
        <translation>Pushing to the team hub…</translation>
    </message>
    <message>
        <source>Pulling from the team hub…</source>
        <translation>Pulling from the team hub…</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>Syncing with the team hub…</translation>
    </message>
    <message>
        <source>Pushed: {new} of {sent} changes were new on the hub; {files} evidence files sent.</source>
        <translation>Pushed: {new} of {sent} changes were new on the hub; {files} evidence files sent.</translation>
    </message>
    <message>
        <source>Pulled: {new} of {sent} changes were new here ({records} records new, {changed} changed, {conflicting} with conflicts); {files} evidence files received.</source>
        <translation>Pulled: {new} of {sent} changes were new here ({records} records new, {changed} changed, {conflicting} with conflicts); {files} evidence files received.</translation>
    </message>
    <message>
        <source>{n} evidence files are not on this laptop yet.</source>
        <translation>{n} evidence files are not on this laptop yet.</translation>
    </message>
    <message>
        <source>{n} evidence files were missing here and not sent.</source>
        <translation>{n} evidence files were missing here and not sent.</translation>
    </message>
</context>
<context>
    <name>SyncImportPreview</name>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Conflicting</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the sender: trust this laptop</source>
        <translation>I have checked this fingerprint with the sender: trust this laptop</translation>
    </message>
    <message>
        <source>From laptop {sender} ({who}), written {when}:
{file}</source>
        <translation>From laptop {sender} ({who}), written {when}:
{file}</translation>
    </message>
    <message>
        <source>{changes} new changes: {new} new records, {changed} changed, {unchanged} unchanged, {conflicting} with conflicts.</source>
        <translation>{changes} new changes: {new} new records, {changed} changed, {unchanged} unchanged, {conflicting} with conflicts.</translation>
    </message>
    <message>
        <source>Evidence files: would add {added} of {n} in the package.</source>
        <translation>Evidence files: would add {added} of {n} in the package.</translation>
    </message>
    <message>
        <source>Evidence files: added {added} of {n} in the package.</source>
        <translation>Evidence files: added {added} of {n} in the package.</translation>
    </message>
    <message>
        <source>The project “{name}” is new on this laptop.</source>
        <translation>The project “{name}” is new on this laptop.</translation>
    </message>
    <message>
        <source>Nothing new: this laptop already has everything in the package.</source>
        <translation>Nothing new: this laptop already has everything in the package.</translation>
    </message>
    <message>
        <source>{n} changes were made by someone whose role does not allow them: they are kept as proposals for the team lead, not applied.</source>
        <translation>{n} changes were made by someone whose role does not allow them: they are kept as proposals for the team lead, not applied.</translation>
    </message>
    <message>
        <source>{n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest}): the sender&apos;s clock or this one is wrong. They are imported; this laptop&apos;s clock is not moved.</source>
        <translation>{n} changes are dated more than {minutes} minutes ahead of this computer&apos;s clock (up to {latest}): the sender&apos;s clock or this one is wrong. They are imported; this laptop&apos;s clock is not moved.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not signed: who wrote this package cannot be checked (an older evaltool?).</source>
        <translation>Not signed: who wrote this package cannot be checked (an older evaltool?).</translation>
    </message>
    <message>
        <source>Signed by laptop {name}, which this project does NOT know. Key fingerprint:
{fp}
Ask the sender to read their fingerprint aloud (evaltool sync devices) and compare it before you trust it.</source>
        <translation>Signed by laptop {name}, which this project does NOT know. Key fingerprint:
{fp}
Ask the sender to read their fingerprint aloud (evaltool sync devices) and compare it before you trust it.</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>trusted in this project</source>
        <translation>trusted in this project</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>the laptop this project comes from</source>
        <translation>the laptop this project comes from</translation>
    </message>
    <message>
        <source>Signed by laptop {name} ({state}), key {fp}.</source>
        <translation>Signed by laptop {name} ({state}), key {fp}.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync with other laptops</source>
        <translation>Sync with other laptops</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Team hub</source>
        <translation>Team hub</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>self-evaluation score</source>
        <translation>self-evaluation score</translation>
    </message>
    <message>
        <source>In the target table but not in the self-evaluation table.</source>
        <translation>In the target table but not in the self-evaluation table.</translation>
    </message>
    <message>
        <source>Named “{a}” in the target table and “{b}” in the self-evaluation table.</source>
        <translation>Named “{a}” in the target table and “{b}” in the self-evaluation table.</translation>
    </message>
    <message>
        <source>Target value changed from {a} to {b}.</source>
        <translation>Target value changed from {a} to {b}.</translation>
    </message>
    <message>
        <source>In the self-evaluation table but not in the target table.</source>
        <translation>In the self-evaluation table but not in the target table.</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>the whole project</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Performance target table (declared)</source>
        <translation>Performance target table (declared)</translation>
    </message>
    <message>
        <source>Self-evaluation table (unit)</source>
        <translation>Self-evaluation table (unit)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Sub-project</translation>
    </message>
    <message>
        <source>Met or partly met</source>
        <translation>Met or partly met</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Read a performance target table or a self-evaluation table from .xlsx, .xls or .csv: you see the rows and every warning before anything is stored</source>
        <translation>Read a performance target table or a self-evaluation table from .xlsx, .xls or .csv: you see the rows and every warning before anything is stored</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason if missed</source>
        <translation>Reason if missed</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Target table vs self-evaluation table</source>
        <translation>Target table vs self-evaluation table</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Target table</translation>
    </message>
    <message>
        <source>Self-evaluation table</source>
        <translation>Self-evaluation table</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Same target, another name</source>
        <translation>Same target, another name</translation>
    </message>
    <message>
        <source>Import a target table</source>
        <translation>Import a target table</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Imported {n} target rows.</source>
        <translation>Imported {n} target rows.</translation>
    </message>
    <message>
        <source>Importing targets…</source>
        <translation>Importing targets…</translation>
    </message>
    <message>
        <source>Auto: {status}</source>
        <translation>Auto: {status}</translation>
    </message>
    <message>
        <source>Completion rate: actual over target for a minimum, target over actual for a maximum exceeded</source>
        <translation>Completion rate: actual over target for a minimum, target over actual for a maximum exceeded</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Only in the target table</source>
        <translation>Only in the target table</translation>
    </message>
    <message>
        <source>Only in the self-evaluation table</source>
        <translation>Only in the self-evaluation table</translation>
    </message>
    <message>
        <source>Target value changed</source>
        <translation>Target value changed</translation>
    </message>
    <message>
        <source>Edit target {name}</source>
        <translation>Edit target {name}</translation>
    </message>
    <message>
        <source>Set target status</source>
        <translation>Set target status</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Delete target {name}</source>
        <translation>Delete target {name}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New project from a template</source>
        <translation>New project from a template</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insert a template</translation>
    </message>
    <message>
        <source>(mine)</source>
        <translation>(mine)</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Project &amp;name:</translation>
    </message>
    <message>
        <source>; {n} negative indicator(s)</source>
        <translation>; {n} negative indicator(s)</translation>
    </message>
    <message>
        <source>Level 1: {weights}; {n} scored indicators{neg}.</source>
        <translation>Level 1: {weights}; {n} scored indicators{neg}.</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>undecodable byte</source>
        <translation>undecodable byte</translation>
    </message>
    <message>
        <source>{what} contains characters that are not text ({chars}) at position {pos} (“{context}”). Remove them (they are invisible; retype the text if needed); nothing was changed.</source>
        <translation>{what} contains characters that are not text ({chars}) at position {pos} (“{context}”). Remove them (they are invisible; retype the text if needed); nothing was changed.</translation>
    </message>
    <message>
        <source>the clock value {hlc} is no date at all</source>
        <translation>the clock value {hlc} is no date at all</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} is not a regular file.</translation>
    </message>
    <message>
        <source>{file} is too large for {what} ({size} MB; at most {max} MB).</source>
        <translation>{file} is too large for {what} ({size} MB; at most {max} MB).</translation>
    </message>
    <message>
        <source>the clock value “{hlc}” is not a clock value</source>
        <translation>the clock value “{hlc}” is not a clock value</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}.</source>
        <translation>Cannot read {file}: {error}.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>The rule</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>The inputs</translation>
    </message>
    <message>
        <source>“decimals” must be a whole number from 0 to 6.</source>
        <translation>“decimals” must be a whole number from 0 to 6.</translation>
    </message>
    <message>
        <source>This indicator has no rule: give the score with --value.</source>
        <translation>This indicator has no rule: give the score with --value.</translation>
    </message>
    <message>
        <source>{what} is too long ({size} bytes; at most {max}).</source>
        <translation>{what} is too long ({size} bytes; at most {max}).</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {max} are allowed.</source>
        <translation>{what} is nested {depth} levels deep; at most {max} are allowed.</translation>
    </message>
    <message>
        <source>{what} holds text with characters that are not text ({chars}).</source>
        <translation>{what} holds text with characters that are not text ({chars}).</translation>
    </message>
    <message>
        <source>“{key}” must be a list.</source>
        <translation>“{key}” must be a list.</translation>
    </message>
    <message>
        <source>{what}: unknown keys {keys}; this kind takes {allowed}.</source>
        <translation>{what}: unknown keys {keys}; this kind takes {allowed}.</translation>
    </message>
    <message>
        <source>A rule must be a JSON object such as {example}.</source>
        <translation>A rule must be a JSON object such as {example}.</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”; use one of: {kinds}.</source>
        <translation>Unknown rule kind “{kind}”; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Rule inputs must be a JSON object such as {example}.</source>
        <translation>Rule inputs must be a JSON object such as {example}.</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”.</source>
        <translation>Unknown rule kind “{kind}”.</translation>
    </message>
    <message>
        <source>{what}: the framework must be a list of indicators.</source>
        <translation>{what}: the framework must be a list of indicators.</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {error} (line {line}, column {col}).</source>
        <translation>{what} is not valid JSON: {error} (line {line}, column {col}).</translation>
    </message>
    <message>
        <source>{what}: “{number}” is not a finite number of at most {digits} digits.</source>
        <translation>{what}: “{number}” is not a finite number of at most {digits} digits.</translation>
    </message>
    <message>
        <source>“{key}” item {n} must be an object.</source>
        <translation>“{key}” item {n} must be an object.</translation>
    </message>
    <message>
        <source>“{key}” item {n} has unknown keys: {keys} (allowed: {allowed}).</source>
        <translation>“{key}” item {n} has unknown keys: {keys} (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>{what}: more than {max} indicators.</source>
        <translation>{what}: more than {max} indicators.</translation>
    </message>
    <message>
        <source>{what}: an indicator under “{parent}” is not an object.</source>
        <translation>{what}: an indicator under “{parent}” is not an object.</translation>
    </message>
    <message>
        <source>{what}: an indicator under “{parent}” has no name.</source>
        <translation>{what}: an indicator under “{parent}” has no name.</translation>
    </message>
    <message>
        <source>{what}: “{path}”: wrong type of {fields}.</source>
        <translation>{what}: “{path}”: wrong type of {fields}.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text.</source>
        <translation>{what} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>“{key}” item {n}: “{field}” has the wrong type.</source>
        <translation>“{key}” item {n}: “{field}” has the wrong type.</translation>
    </message>
    <message>
        <source>“{key}” must be an object of {keys}.</source>
        <translation>“{key}” must be an object of {keys}.</translation>
    </message>
    <message>
        <source>{what}: “{key}” has the wrong type or value ({value}).</source>
        <translation>{what}: “{key}” has the wrong type or value ({value}).</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>an indicator</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>a score</translation>
    </message>
    <message>
        <source>a final score</source>
        <translation>a final score</translation>
    </message>
    <message>
        <source>an evidence item</source>
        <translation>an evidence item</translation>
    </message>
    <message>
        <source>an evidence link</source>
        <translation>an evidence link</translation>
    </message>
    <message>
        <source>a report section</source>
        <translation>a report section</translation>
    </message>
    <message>
        <source>a review note</source>
        <translation>a review note</translation>
    </message>
    <message>
        <source>a performance target</source>
        <translation>a performance target</translation>
    </message>
    <message>
        <source>a survey</source>
        <translation>a survey</translation>
    </message>
    <message>
        <source>a survey question</source>
        <translation>a survey question</translation>
    </message>
    <message>
        <source>a respondent group</source>
        <translation>a respondent group</translation>
    </message>
    <message>
        <source>a questionnaire</source>
        <translation>a questionnaire</translation>
    </message>
    <message>
        <source>an evaluator</source>
        <translation>an evaluator</translation>
    </message>
    <message>
        <source>a grade flag</source>
        <translation>a grade flag</translation>
    </message>
    <message>
        <source>a contract</source>
        <translation>a contract</translation>
    </message>
    <message>
        <source>a fault</source>
        <translation>a fault</translation>
    </message>
    <message>
        <source>a contract month</source>
        <translation>a contract month</translation>
    </message>
    <message>
        <source>a contract score</source>
        <translation>a contract score</translation>
    </message>
    <message>
        <source>a payment installment</source>
        <translation>a payment installment</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>scoring criteria</source>
        <translation>scoring criteria</translation>
    </message>
    <message>
        <source>evidence hint</source>
        <translation>evidence hint</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>page reference</source>
        <translation>page reference</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>target value</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>actual value</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>rule inputs</source>
        <translation>rule inputs</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>vendor</translation>
    </message>
    <message>
        <source>The {field} of {record}</source>
        <translation>The {field} of {record}</translation>
    </message>
    <message>
        <source>{what} holds a number that is not finite; nothing was changed.</source>
        <translation>{what} holds a number that is not finite; nothing was changed.</translation>
    </message>
    <message>
        <source>{what} has the wrong shape ({value}); nothing was changed.</source>
        <translation>{what} has the wrong shape ({value}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The framework has no indicators yet.</source>
        <translation>The framework has no indicators yet.</translation>
    </message>
    <message>
        <source>Level-1 weights add to {sum}, not {total} ({delta:+g}).</source>
        <translation>Level-1 weights add to {sum}, not {total} ({delta:+g}).</translation>
    </message>
    <message>
        <source>An indicator has no name.</source>
        <translation>An indicator has no name.</translation>
    </message>
    <message>
        <source>“{name}” appears twice at this level.</source>
        <translation>“{name}” appears twice at this level.</translation>
    </message>
    <message>
        <source>The weight of “{name}” is not a number.</source>
        <translation>The weight of “{name}” is not a number.</translation>
    </message>
    <message>
        <source>“{name}” is a negative indicator but its weight {weight} is positive.</source>
        <translation>“{name}” is a negative indicator but its weight {weight} is positive.</translation>
    </message>
    <message>
        <source>“{name}” has a negative weight {weight}; mark it as a negative indicator or fix the weight.</source>
        <translation>“{name}” has a negative weight {weight}; mark it as a negative indicator or fix the weight.</translation>
    </message>
    <message>
        <source>The indicators under “{name}” add to {sum}, not {weight} ({delta:+g}).</source>
        <translation>The indicators under “{name}” add to {sum}, not {weight} ({delta:+g}).</translation>
    </message>
</context>
</TS>
