"""Windows readiness, checked on Linux.

Evaluators' laptops mostly run Chinese Windows: a locale code page of GBK (cp936),
paths with a drive letter and backslashes, a 260-character path limit unless long
paths are enabled, user names and folders in Chinese, and Word holding open files.
Part 1 reads the source of ``evaltool/`` for calls that break there; part 2 runs the
core with paths such a laptop has. What can only be proved on Windows is listed in
docs/packaging.md.
"""
from __future__ import annotations

import ast
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "evaltool"

POSIX_MODULES = {"fcntl", "termios", "pwd", "grp", "resource", "posix", "tty", "pty", "crypt", "syslog"}
POSIX_OS = {"fork", "forkpty", "getuid", "geteuid", "getgid", "getegid", "setuid", "setgid", "setsid",
            "killpg", "getpgid", "setpgid", "chown", "lchown", "fchown", "mkfifo", "mknod", "nice",
            "getloadavg", "statvfs", "fstatvfs", "sync", "uname", "getlogin", "O_DIRECTORY", "O_NOFOLLOW",
            "O_CLOEXEC", "WNOHANG", "pipe2", "sched_getaffinity"}
POSIX_SIGNAL = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGQUIT",
                "alarm", "pause", "setitimer", "siginterrupt"}
# Names that make a branch platform-aware (if os.name == "nt", hasattr(os, "fork"), …).
GUARD_WORDS = ("os.name", "sys.platform", "platform.system", "hasattr(os", "hasattr(signal",
               "getattr(os", "getattr(signal", "IS_WIN", "is_windows")
PATHISH = ("dir", "folder", "root", "path", "file", "tmp", "home")
# String literals that are allowed to look like POSIX paths: where fonts live on Linux
# and macOS (looked up among the Windows fonts too, each tried only if it exists).
ALLOWED_ABS = ("/usr/share/fonts", "/usr/local/share/fonts", "/System/Library/Fonts", "/Library/Fonts",
               "/etc/machine-id", "/var/lib/dbus/machine-id")  # Linux's machine id (evaltool.device, after the Windows branch)


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what}"


_parsed: dict[Path, tuple[str, ast.AST]] = {}


def _sources() -> Iterator[tuple[Path, str, ast.AST]]:
    for path in sorted(PKG.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if path not in _parsed:  # parsed once for all checks
            text = path.read_text(encoding="utf-8")
            _parsed[path] = (text, ast.parse(text))
        yield (path, *_parsed[path])


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST], text: str) -> bool:
    """Inside a platform test, a try that catches the failure, or a function that
    tests the platform before (an early ``if os.name == "nt": return``)."""
    cur = node
    while cur in parents:
        cur = parents[cur]
        if isinstance(cur, (ast.If, ast.IfExp)):
            src = ast.get_source_segment(text, cur.test) or ""
            if any(w in src for w in GUARD_WORDS):
                return True
        if isinstance(cur, ast.Try):
            for h in cur.handlers:
                src = ast.get_source_segment(text, h.type) if h.type is not None else "Exception"
                if any(e in (src or "") for e in ("ImportError", "AttributeError", "OSError", "Exception",
                                                   "ModuleNotFoundError", "NotImplementedError")):
                    return True
        if isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body = "\n".join(ast.get_source_segment(text, s) or "" for s in cur.body
                             if getattr(s, "lineno", 0) < getattr(node, "lineno", 0))
            if any(w in body for w in GUARD_WORDS):
                return True
    return False


def _rel(path: Path) -> str:
    return path.relative_to(PKG.parent).as_posix()


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _mode(call: ast.Call, pos: int) -> str | None:
    node = _kw(call, "mode") or (call.args[pos] if len(call.args) > pos else None)
    if node is None:
        return "r"
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def posix_only_findings() -> list[Finding]:
    out: list[Finding] = []
    for path, text, tree in _sources():
        rel, parents = _rel(path), _parents(tree)
        for node in ast.walk(tree):
            where = (rel, getattr(node, "lineno", 0))
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for m in mods:
                    if m.split(".")[0] in POSIX_MODULES and not _guarded(node, parents, text):
                        out.append(Finding(*where, f"imports POSIX-only module {m}"))
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if ((node.value.id == "os" and node.attr in POSIX_OS) or \
                        (node.value.id == "signal" and node.attr in POSIX_SIGNAL)) and not _guarded(node, parents, text):
                    out.append(Finding(*where, f"{node.value.id}.{node.attr} does not exist on Windows"))
                if node.value.id == "os" and node.attr == "rename":
                    out.append(Finding(*where, "os.rename fails on Windows when the target exists: use os.replace"))
    return out


def encoding_findings() -> list[Finding]:
    """Text files opened without an encoding use the locale's code page: GBK on Chinese
    Windows, so UTF-8 JSON / .ts / CSV would be misread or mis-written."""
    out: list[Finding] = []
    for path, _text, tree in _sources():
        rel = _rel(path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            where = (rel, node.lineno)
            has_enc = _kw(node, "encoding") is not None
            if isinstance(f, ast.Name) and f.id == "open":
                mode = _mode(node, 1)
                if mode is not None and "b" not in mode and not has_enc:
                    out.append(Finding(*where, "open() in text mode without encoding="))
            elif isinstance(f, ast.Attribute) and f.attr in ("read_text", "write_text") and not has_enc:
                out.append(Finding(*where, f".{f.attr}() without encoding="))
            elif isinstance(f, ast.Attribute) and f.attr == "open" and isinstance(f.value, (ast.Name, ast.Attribute)) \
                    and (ast.unparse(f.value).endswith(("path", "file", "target", "dest")) or ast.unparse(f.value) == "io"):
                mode = _mode(node, 0)
                if mode is not None and "b" not in mode and not has_enc:
                    out.append(Finding(*where, f"{ast.unparse(f)}() in text mode without encoding="))
            elif isinstance(f, ast.Attribute) and f.attr in ("run", "check_output", "Popen") and \
                    isinstance(f.value, ast.Name) and f.value.id == "subprocess":
                text_kw = _kw(node, "text") or _kw(node, "universal_newlines")
                if isinstance(text_kw, ast.Constant) and text_kw.value and not has_enc:
                    out.append(Finding(*where, "subprocess text output without encoding="))
                shell = _kw(node, "shell")
                if isinstance(shell, ast.Constant) and shell.value:
                    out.append(Finding(*where, "shell=True: cmd.exe and sh differ"))
    return out


def path_findings() -> list[Finding]:
    """File paths built by hand with "/" or hard-coded POSIX folders; strftime
    formats Windows rejects ("%-d") or that make file names Windows forbids (":")."""
    out: list[Finding] = []
    for path, _text, tree in _sources():
        rel = _rel(path)
        for node in ast.walk(tree):
            where = (rel, getattr(node, "lineno", 0))
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                v = node.value
                if v.startswith(("/tmp", "/home/", "/var/", "/etc/", "/usr/", "~/")) and not v.startswith(ALLOWED_ABS):
                    out.append(Finding(*where, f"hard-coded POSIX path {v!r}"))
            elif isinstance(node, ast.JoinedStr):
                parts = node.values
                for i, part in enumerate(parts):
                    if not (isinstance(part, ast.Constant) and isinstance(part.value, str)):
                        continue
                    if not (part.value.startswith("/") and i > 0 and isinstance(parts[i - 1], ast.FormattedValue)):
                        continue
                    expr = ast.unparse(parts[i - 1].value).lower()
                    last = expr.split(".")[-1].split("(")[0]
                    if any(w in last for w in PATHISH) and "url" not in expr:
                        out.append(Finding(*where, f"file path joined with '/': f\"{{{expr}}}{part.value}…\" (use pathlib)"))
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                for side, other in ((node.left, node.right), (node.right, node.left)):
                    if isinstance(side, ast.Constant) and side.value in ("/", "\\", "\\\\"):
                        expr = ast.unparse(other).lower()
                        if any(w in expr for w in PATHISH):
                            out.append(Finding(*where, f"file path joined with {side.value!r} (use pathlib)"))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime":
                fmt = node.args[0] if node.args else None
                if isinstance(fmt, ast.Constant) and isinstance(fmt.value, str) and "%-" in fmt.value:
                    out.append(Finding(*where, f"strftime({fmt.value!r}): '%-' is glibc-only, Windows raises"))
    return out


# ---------------------------------------------------------------- part 1: the source
def test_no_posix_only_calls_outside_a_platform_guard() -> None:
    assert [str(f) for f in posix_only_findings()] == []


def test_text_files_are_opened_with_an_explicit_encoding() -> None:
    assert [str(f) for f in encoding_findings()] == []


def test_file_paths_are_built_with_pathlib_not_slashes() -> None:
    assert [str(f) for f in path_findings()] == []


def test_the_checks_catch_what_they_are_meant_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanners above are only worth something if they find a planted offender."""
    bad = tmp_path / "evaltool"
    bad.mkdir()
    (bad / "bad.py").write_text(
        "import fcntl\nimport os\n"
        "def f(folder, name):\n"
        "    os.fork()\n"
        "    open(folder + '/' + name).read()\n"
        "    p = f'{folder}/{name}'\n"
        "    os.rename(p, p + '.bak')\n"
        "    return '/tmp/x', os.getuid()\n"
        "def g():\n"
        "    if os.name != 'nt':\n"
        "        return os.getuid()\n",
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PKG", bad)
    posix = {f.what for f in posix_only_findings()}
    assert posix == {"imports POSIX-only module fcntl", "os.fork does not exist on Windows",
                     "os.getuid does not exist on Windows",
                     "os.rename fails on Windows when the target exists: use os.replace"}
    assert [f.line for f in posix_only_findings() if "getuid" in f.what] == [8]  # g() is guarded
    assert [f.what for f in encoding_findings()] == ["open() in text mode without encoding="]
    whats = sorted(f.what for f in path_findings())
    assert "hard-coded POSIX path '/tmp/x'" in whats
    assert any("f\"{folder}/" in w for w in whats)
    assert any("joined with '/'" in w for w in whats)


# ---------------------------------------------------------------- part 2: behaviour
FOLDER_START = ("张三的文件 #1 (100%41)", "2024年 绩效评价")
LEVEL = "东莞市一体化政务服务平台运维与运营服务项目"  # 20 characters, 60 bytes in UTF-8


def _nasty_folder(base: Path, min_len: int = 300) -> Path:
    """A folder such as a Chinese Windows user may have: Chinese, spaces, '#', '%41',
    brackets, and (by default) deep enough to pass the old 260-character MAX_PATH."""
    d = base.joinpath(*FOLDER_START)
    while len(str(d)) < min_len:
        d = d / LEVEL
    d.mkdir(parents=True)
    return d


def _utf8_len(path: Path) -> int:
    return len(str(path).encode("utf-8"))


def _data_folder_for(base: Path, db_path_bytes: int) -> Path:
    """The same kind of folder, deep enough that the database's full path
    (``<folder>/evaltool.sqlite``) is exactly ``db_path_bytes`` bytes of UTF-8, whatever the
    length of ``base``: SQLite limits the path in bytes, and a Chinese character is three."""
    from evaltool.paths import DB_FILENAME

    d = base.resolve().joinpath(*FOLDER_START)  # resolved: SQLite counts the real path
    tail = len(("/" + DB_FILENAME).encode("utf-8"))
    if _utf8_len(d) + tail + 1 > db_path_bytes:
        pytest.skip(f"the temporary folder {base} is too long to build a {db_path_bytes}-byte path under it")
    while _utf8_len(d / LEVEL) + tail <= db_path_bytes:
        d = d / LEVEL
    room = db_path_bytes - _utf8_len(d) - tail - 1  # what the last folder's name may take
    if room > 0:
        d = d / ("项" * (room // 3) + "x" * (room % 3))
    d.mkdir(parents=True)
    assert _utf8_len(d / DB_FILENAME) == db_path_bytes
    return d


def test_database_in_a_chinese_deep_folder_with_url_characters(tmp_path: Path) -> None:
    """SQLite itself caps a database's path (512 bytes on Linux and macOS less its
    "-journal" suffix: 504; 260 characters on Windows: see docs/packaging.md). A data
    folder just within that works, and so do its backups, whose longer names (31 bytes
    more: over SQLite's limit here) never reach SQLite."""
    from evaltool.db import SQLITE_PATH_LIMIT_BYTES, head_revision, open_database
    from evaltool.identity import ensure_profile

    data = _data_folder_for(tmp_path, SQLITE_PATH_LIMIT_BYTES - 24)
    db = open_database(data)
    ensure_profile(db, "张三", "lead")
    db.close()
    # reopened: the same database (the evaluator is still there), at the head revision
    db = open_database(data, backup="daily")
    try:
        assert db.current_evaluator() is not None and db.current_evaluator().name == "张三"
    finally:
        db.close()
    backups = list((data / "backups").glob("evaltool-*.sqlite"))
    assert len(backups) == 1
    assert _utf8_len(backups[0]) > SQLITE_PATH_LIMIT_BYTES
    assert [p.name for p in data.iterdir() if p.name.startswith(".bk")] == []  # no temporary copy left
    with open(backups[0], "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(backups[0].read_bytes())
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        con.close()
    # nothing was created where a mis-parsed URL would point ("…张三的文件 " before the '#')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "张三的文件 #1 (100%41)"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_database_in_a_folder_too_long_for_sqlite_is_refused_naming_it(tmp_path: Path, lang: str) -> None:
    """Over SQLite's limit: a message naming the folder in the user's language, nothing created."""
    from evaltool.db import SQLITE_PATH_LIMIT_BYTES, open_database
    from evaltool.errors import DatabaseError
    from evaltool.i18n import set_language

    data = _data_folder_for(tmp_path, SQLITE_PATH_LIMIT_BYTES + 100)
    set_language(lang)
    with pytest.raises(DatabaseError) as exc:
        open_database(data)
    message = str(exc.value)
    assert str(data) in message
    assert ("too long" if lang == "en" else "路径过长") in message
    assert list(data.iterdir()) == []


def test_existing_database_moved_too_deep_is_refused_untouched(tmp_path: Path) -> None:
    """A data folder moved (or restored) somewhere deeper: refused with the reason, not
    called damaged, and the file stays as it was."""
    import hashlib
    import shutil

    from evaltool.db import SQLITE_PATH_LIMIT_BYTES, open_database
    from evaltool.errors import DatabaseError
    from evaltool.i18n import set_language
    from evaltool.paths import DB_FILENAME

    made = tmp_path / "made"
    open_database(made).close()
    data = _data_folder_for(tmp_path, SQLITE_PATH_LIMIT_BYTES + 100)
    shutil.copyfile(made / DB_FILENAME, data / DB_FILENAME)
    before = hashlib.sha256((data / DB_FILENAME).read_bytes()).hexdigest()
    set_language("en")
    with pytest.raises(DatabaseError, match="too long") as exc:
        open_database(data, backup="daily")
    assert str(data) in str(exc.value)
    assert hashlib.sha256((data / DB_FILENAME).read_bytes()).hexdigest() == before
    assert sorted(p.name for p in data.iterdir()) == [DB_FILENAME]


def test_export_to_chinese_file_names_in_a_long_folder(demo_db, demo_project_id: str, tmp_path: Path) -> None:
    from evaltool.export import export_project

    out = _nasty_folder(tmp_path)
    docx, xlsx = out / "绩效评价报告 #终稿.docx", out / "附件1 指标得分表（100%）.xlsx"
    assert len(str(docx)) > 260
    export_project(demo_db, demo_project_id, docx=docx, xlsx=xlsx, lang="zh_CN")
    from evaltool.selftest import docx_text, xlsx_values

    assert "81.415" in docx_text(docx)  # seed 000's total
    assert xlsx_values(xlsx)
    assert sorted(p.name for p in out.iterdir()) == sorted([docx.name, xlsx.name])  # no temp files left


def test_export_refuses_a_report_open_in_word(demo_db, demo_project_id: str, tmp_path: Path) -> None:
    """Word keeps "~$<name>" beside an open document and locks the file; the export
    says which file and to close it, and leaves the open document as it was."""
    from evaltool.errors import ExportError
    from evaltool.export import export_project

    target = tmp_path / "绩效评价报告.docx"
    target.write_bytes(b"the version open in Word")
    (tmp_path / "~$绩效评价报告.docx").write_bytes(b"lock")
    with pytest.raises(ExportError) as exc:
        export_project(demo_db, demo_project_id, docx=target, lang="zh_CN")
    assert "绩效评价报告.docx" in str(exc.value)
    assert target.read_bytes() == b"the version open in Word"


def test_data_and_config_folders_come_from_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    from evaltool import paths

    monkeypatch.delenv("EVALTOOL_DATA_DIR", raising=False)
    assert paths.default_data_dir() == Path(platformdirs.user_data_dir("evaltool", appauthor=False))
    assert paths.config_dir() == Path(platformdirs.user_config_dir("evaltool", appauthor=False))
