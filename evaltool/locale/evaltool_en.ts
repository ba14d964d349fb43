<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Survey</source>
        <comment>No satisfaction question: add a scale question to get rates.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>{group}: no questionnaires yet.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>{group}: {n} questionnaires, below the target sample of {target}.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>{group}: only {n} valid answers; the rate is uncertain by about ±{points} points.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>{group}: no questionnaire from level {levels}.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>{group}: {units} of {expected} units answered ({share}).</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>Only one respondent group answered; the sample is one-sided.</comment>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>Question {key}: {count} answers are not valid options and were left out.</comment>
        <translation>Survey</translation>
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
        <source>Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.</source>
        <translation>Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.</translation>
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
        <source>{file}: {rows} questionnaires, {bad} with problems; columns: {mapping}</source>
        <translation>{file}: {rows} questionnaires, {bad} with problems; columns: {mapping}</translation>
    </message>
    <message>
        <source>Imported {n} questionnaires, skipped {skipped}.</source>
        <translation>Imported {n} questionnaires, skipped {skipped}.</translation>
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
        <source>records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting</source>
        <translation>records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot read the database file {path}: {error}. Check that it exists and that you may read it.</source>
        <translation>Cannot read the database file {path}: {error}. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.</source>
        <translation>{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or unreadable ({error}). Restore a copy from the backups folder beside it; the file was not changed.</source>
        <translation>The database file {path} is damaged or unreadable ({error}). Restore a copy from the backups folder beside it; the file was not changed.</translation>
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
        <source>Cannot open or upgrade the database {path}: {error}</source>
        <translation>Cannot open or upgrade the database {path}: {error}</translation>
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
        <source>Cannot add {file}: it is a folder, not a file.</source>
        <translation>Cannot add {file}: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot add {file}: it is not a regular file.</source>
        <translation>Cannot add {file}: it is not a regular file.</translation>
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
        <source>A budget line needs a name.</source>
        <translation>A budget line needs a name.</translation>
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
        <source>Unknown report section “{key}”; use one of: {keys}.</source>
        <translation>Unknown report section “{key}”; use one of: {keys}.</translation>
    </message>
    <message>
        <source>No such indicator in this project.</source>
        <translation>No such indicator in this project.</translation>
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
        <source>This project has no survey yet. Create one from a template with “evaltool survey create”.</source>
        <translation>This project has no survey yet. Create one from a template with “evaltool survey create”.</translation>
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
        <source>Cannot read the workbook: {error}</source>
        <translation>Cannot read the workbook: {error}</translation>
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
        <source>Cancelled; no package was written.</source>
        <translation>Cancelled; no package was written.</translation>
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
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>“{key}” is not a conflict key (table/record/field); list them with “evaltool sync conflicts”.</source>
        <translation>“{key}” is not a conflict key (table/record/field); list them with “evaltool sync conflicts”.</translation>
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
        <source>{file} is too large for a template.</source>
        <translation>{file} is too large for a template.</translation>
    </message>
    <message>
        <source>Cannot read the template {file}: {error}</source>
        <translation>Cannot read the template {file}: {error}</translation>
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
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>No sheet “{sheet}”; sheets: {names}</source>
        <translation>No sheet “{sheet}”; sheets: {names}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that.</source>
        <translation>The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>Only .xlsx, .xls and .csv files can be imported.</source>
        <translation>Only .xlsx, .xls and .csv files can be imported.</translation>
    </message>
    <message>
        <source>No column “{name}” in the file. Columns: {columns}</source>
        <translation>No column “{name}” in the file. Columns: {columns}</translation>
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
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence files and notes (佐证材料) stored safely, linked to indicators, previewed and listed in the evidence register.</source>
        <translation>Evidence files and notes (佐证材料) stored safely, linked to indicators, previewed and listed in the evidence register.</translation>
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
    <name>Flags</name>
    <message>
        <source>Not scored yet.</source>
        <translation>Not scored yet.</translation>
    </message>
    <message>
        <source>Score outside 0…weight.</source>
        <translation>Score outside 0…weight.</translation>
    </message>
    <message>
        <source>Score outside cap…0.</source>
        <translation>Score outside cap…0.</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>The indicator framework editor: a tree of level-1, level-2 and level-3 indicators with weights, descriptions and scoring criteria, validation shown live, templates and import of existing score sheets.</source>
        <translation>The indicator framework editor: a tree of level-1, level-2 and level-3 indicators with weights, descriptions and scoring criteria, validation shown live, templates and import of existing score sheets.</translation>
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
    <name>Import</name>
    <message>
        <source>The workbook is damaged (not a readable .xlsx file).</source>
        <translation>The workbook is damaged (not a readable .xlsx file).</translation>
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
        <source>The workbook is password-protected. Remove the password in Excel or WPS and import it again.</source>
        <translation>The workbook is password-protected. Remove the password in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.</source>
        <translation>The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>The file is a zip archive but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged or unsafe and cannot be read ({error}).</source>
        <translation>The workbook is damaged or unsafe and cannot be read ({error}).</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an Excel file ({error}).</source>
        <translation>The workbook is damaged or not an Excel file ({error}).</translation>
    </message>
    <message>
        <source>The text file is neither UTF-8 nor GB18030; save it as UTF-8 CSV.</source>
        <translation>The text file is neither UTF-8 nor GB18030; save it as UTF-8 CSV.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (.xlsx, .xls or .csv).</source>
        <translation>The file is not a spreadsheet (.xlsx, .xls or .csv).</translation>
    </message>
    <message>
        <source>The file is {mb} MB; score sheets larger than {limit} MB are refused.</source>
        <translation>The file is {mb} MB; score sheets larger than {limit} MB are refused.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
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
        <source>the score “{value}” is not a number; left empty.</source>
        <translation>the score “{value}” is not a number; left empty.</translation>
    </message>
    <message>
        <source>a row with a weight but no indicator name was skipped.</source>
        <translation>a row with a weight but no indicator name was skipped.</translation>
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
        <source>the deduction {score} of “{name}” was taken as −{score}.</source>
        <translation>the deduction {score} of “{name}” was taken as −{score}.</translation>
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
        <source>Sheet “{sheet}”: the total row says {total} but the indicators add to {sum}.</source>
        <translation>Sheet “{sheet}”: the total row says {total} but the indicators add to {sum}.</translation>
    </message>
    <message>
        <source>There is no sheet “{sheet}”; the workbook has: {names}.</source>
        <translation>There is no sheet “{sheet}”; the workbook has: {names}.</translation>
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
        <source>Import cancelled; nothing was created.</source>
        <translation>Import cancelled; nothing was created.</translation>
    </message>
    <message>
        <source>导入：{file}</source>
        <translation>导入：{file}</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Imported from {file}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
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
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>{expr} is {computed}, not {stated}.</source>
        <translation>{expr} is {computed}, not {stated}.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
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
    <name>ReportPage</name>
    <message>
        <source>Report &amp; export</source>
        <translation>Report &amp; export</translation>
    </message>
    <message>
        <source>Narrative sections of the report and exports to Word, Excel and PDF.</source>
        <translation>Narrative sections of the report and exports to Word, Excel and PDF.</translation>
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
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Scoring of each leaf by each evaluator, with rules, proposed scores, comments, flags and the lead&apos;s final decisions; totals and grade update as you type.</source>
        <translation>Scoring of each leaf by each evaluator, with rules, proposed scores, comments, flags and the lead&apos;s final decisions; totals and grade update as you type.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
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
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Satisfaction questionnaires, fast keyboard entry of paper questionnaires, import of online answers, tallies and charts by respondent group.</source>
        <translation>Satisfaction questionnaires, fast keyboard entry of paper questionnaires, import of online answers, tallies and charts by respondent group.</translation>
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
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange of work with other laptops on a USB stick: export and import of sync packages, conflicts and history.</source>
        <translation>Exchange of work with other laptops on a USB stick: export and import of sync packages, conflicts and history.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>In the target table but not in the self-evaluation table.</source>
        <translation>In the target table but not in the self-evaluation table.</translation>
    </message>
    <message>
        <source>Target value changed from {a} to {b}.</source>
        <translation>Target value changed from {a} to {b}.</translation>
    </message>
    <message>
        <source>In the self-evaluation table but not in the target table.</source>
        <translation>In the self-evaluation table but not in the target table.</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>The performance target table (绩效目标表): target against actual values, met or not, and the comparison with the unit&apos;s self-evaluation table.</source>
        <translation>The performance target table (绩效目标表): target against actual values, met or not, and the comparison with the unit&apos;s self-evaluation table.</translation>
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
