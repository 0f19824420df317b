"""``recipelint check --watch`` as a writer runs it: a real process, a real file change
in a temporary site, Ctrl-C (SIGINT) to stop."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("watchfiles")

STATUS = re.compile(r"^\[\d\d:\d\d:\d\d\] (?P<found>.*) in (?P<files>\d+ files?)(?P<rechecked> \(\d+ re-checked after a change\))?\. "
                    r"Watching (?P<roots>.*); Ctrl-C stops\.$")
STEW = """\
---
title: Stew
description: A stew.
---

## Overview

Serve with [the bread](./bread.md#crust).
"""
BREAD = """\
---
title: Bread
description: A loaf.
---

## Overview

Bake it.
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "docusaurus.config.js").write_text("export default {};\n", encoding="utf-8")
    (root / "docs" / "stew.md").write_text(STEW, encoding="utf-8")
    (root / "docs" / "bread.md").write_text(BREAD, encoding="utf-8")
    (root / "docs" / "soup.md").write_text(BREAD.replace("Bread", "Soup"), encoding="utf-8")
    return root


class Watcher:
    """``recipelint check --watch`` in a subprocess; its output, a run at a time."""

    def __init__(self, args: list[str], cwd: Path, stdout=None) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "recipelint", "check", "--watch", *args], cwd=cwd,
                                        stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue = queue.Queue()

    def read_from(self, stream) -> None:
        def pump() -> None:
            buffer = b""
            while True:
                try:
                    chunk = os.read(stream, 4096) if isinstance(stream, int) else stream.read1(4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    return
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    self.lines.put(line.decode("utf-8").rstrip("\r"))

        threading.Thread(target=pump, daemon=True).start()

    def next_run(self, timeout: float = 10) -> tuple[list[str], re.Match]:
        """The lines of the next report, and its status line."""
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no status line in {timeout} s; got {lines}")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            match = STATUS.match(line.rpartition("\x1b[H")[2])
            if match:
                return lines, match
            lines.append(line)

    def change_until_seen(self, path: Path, text: str) -> tuple[list[str], re.Match]:
        """Write ``text`` to ``path`` until the watcher reports a run (its watch may
        start a moment after the first report)."""
        for _ in range(5):
            path.write_text(text, encoding="utf-8")
            try:
                return self.next_run(timeout=2)
            except TimeoutError:
                text += "\n"
        raise TimeoutError(f"no run after changing {path}")

    def interrupt(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=10)


def test_a_change_rechecks_the_file_and_the_pages_that_link_to_it(site: Path) -> None:
    watcher = Watcher(["--format", "text", "--color", "never", "docs"], cwd=site)
    watcher.read_from(watcher.process.stdout)
    try:
        first, status = watcher.next_run()
        assert status["found"] == "1 error" and status["files"] == "3 files" and status["rechecked"] is None
        assert status["roots"] == str(site / "docs")
        assert [line for line in first if line.startswith("docs/")] == [
            "docs/stew.md:8:24: LNK008 [error] `#crust` is not a heading anchor in `./bread.md`"]

        report, status = watcher.change_until_seen(site / "docs" / "bread.md", BREAD + "\n## Crust\n\nGolden.\n")
        assert status["found"] == "no problems"
        assert status["rechecked"] == " (2 re-checked after a change)"  # bread, and stew, which links to it
        assert "No problems found in 3 files checked." in report

        (site / "docs" / "soup.md").unlink()
        report, status = watcher.next_run()
        assert status["files"] == "2 files" and status["rechecked"] == " (0 re-checked after a change)"
    finally:
        code = watcher.interrupt()
    stderr = watcher.process.stderr.read().decode("utf-8")
    assert code == 0
    assert "Traceback" not in stderr and stderr == ""
    assert "\x1b[2J" not in "".join(first + report)  # not a terminal: the screen is left alone


def test_a_page_that_links_to_the_new_id_of_a_changed_page_is_rechecked(site: Path) -> None:
    (site / "docs" / "stew.md").write_text(STEW.replace("[the bread](./bread.md#crust)", "[the loaf](/docs/loaf)"),
                                           encoding="utf-8")
    bread = BREAD.replace("title: Bread", "id: crusty\ntitle: Bread")
    (site / "docs" / "bread.md").write_text(bread, encoding="utf-8")
    watcher = Watcher(["--format", "text", "--color", "never", "docs"], cwd=site)
    watcher.read_from(watcher.process.stdout)
    try:
        first, _ = watcher.next_run()
        assert "docs/stew.md:8:23: LNK007 [error] `/docs/loaf` does not exist" in first
        report, status = watcher.change_until_seen(site / "docs" / "bread.md", bread.replace("crusty", "loaf"))
        assert status["found"] == "no problems"  # stew, which names only the new id, was checked again
        assert status["rechecked"] == " (3 re-checked after a change)"  # and soup, whose text says "loaf"
    finally:
        assert watcher.interrupt() == 0


def test_a_terminal_is_cleared_before_each_run(site: Path) -> None:
    pty = pytest.importorskip("pty")

    main, secondary = pty.openpty()
    watcher = Watcher(["--format", "text", "--color", "never", "docs"], cwd=site, stdout=secondary)
    os.close(secondary)
    watcher.read_from(main)
    try:
        first, _ = watcher.next_run()
        assert first[0].startswith("\x1b[2J\x1b[H")
    finally:
        assert watcher.interrupt() == 0
        os.close(main)


def test_watch_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "recipelint", "check", "--watch", "--fix", str(tmp_path)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert "--watch checks files: it cannot read standard input, --fix or --diff" in done.stderr


def test_without_watchfiles_the_option_says_what_to_install(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['watchfiles'] = None; from recipelint.cli import main; "
            f"sys.exit(main(['check', '--watch', {str(tmp_path)!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr == "recipelint: error: --watch needs watchfiles: pip install 'recipelint[watch]'\n"
