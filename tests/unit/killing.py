"""Real processes to kill in the middle of their work (SIGKILL: no cleanup code runs).

A child runs a short Python program that prints a line when it has reached the moment
to be killed and then waits; the test reads that line and kills it. So the kill lands
exactly there, whatever the speed of the machine.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX; Windows' TerminateProcess is not tested here")

# Code every child starts with: the project on the path, messages in English.
PRELUDE = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from evaltool.i18n import set_language\n"
    "set_language('en')\n"
    "def reached(what):\n"
    "    print(what, flush=True)\n"
    "    time.sleep(600)\n"
)


class Child:
    def __init__(self, code: str, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", PRELUDE + code, *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
        self._lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        out = self.proc.stdout

        def pump() -> None:
            for raw in out:
                self._lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
            self._lines.put("")

        threading.Thread(target=pump, daemon=True).start()

    def wait_for(self, line: str, timeout: float = 120) -> None:
        """Until the child prints ``line`` (fails with its stderr if it ends first)."""
        while True:
            try:
                got = self._lines.get(timeout=timeout)
            except queue.Empty:
                self.kill()
                pytest.fail(f"the child did not reach {line!r}")
            if got == line:
                return
            if got == "" and self.proc.poll() is not None:
                err = self.proc.stderr.read().decode("utf-8", "replace") if self.proc.stderr else ""
                pytest.fail(f"the child ended before {line!r}: {err}")

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL on POSIX
        self.proc.wait(timeout=60)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def files_named(folder: Path, prefix: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(prefix)) if folder.is_dir() else []
