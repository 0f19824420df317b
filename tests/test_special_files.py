"""A page that is not a regular file, or is far too large, is reported without being
read whole: it cannot hang the run or fill memory, and the other files are checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = "---\ntitle: T\n---\n\nText.\n"
HANG = 30


def check(site: Path, *paths: str) -> tuple[int, dict[str, list[tuple[str, str]]]]:
    process = subprocess.run([sys.executable, "-m", "recipelint", "check", "--format", "json", *paths],
                             cwd=site, capture_output=True, text=True, timeout=HANG)
    found: dict[str, list[tuple[str, str]]] = {}
    for diagnostic in json.loads(process.stdout):
        found.setdefault(diagnostic["path"], []).append((diagnostic["code"], diagnostic["message"]))
    return process.returncode, found


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "good.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_named_on_the_command_line_is_reported_not_waited_on(site):
    os.mkfifo(site / "docs" / "pipe.md")
    code, found = check(site, "docs/pipe.md", "docs/good.md")
    assert code == 1
    assert [c for c, _ in found["docs/pipe.md"]] == ["RL003"]
    assert "not a regular file" in found["docs/pipe.md"][0][1]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_an_endless_device_is_not_read(site):
    (site / "docs" / "zero.md").symlink_to("/dev/zero")
    code, found = check(site, "docs/zero.md")
    assert code == 1
    assert [c for c, _ in found["docs/zero.md"]] == ["RL008"]  # it leaves the site: never opened


def test_a_sparse_file_over_the_limit_is_measured_not_read(site):
    with open(site / "docs" / "huge.md", "wb") as handle:
        handle.truncate(2 * 1024 ** 3)  # 2 GiB of holes: reading it whole would take 2 GiB
    code, found = check(site, ".")
    assert found["docs/huge.md"] == [
        ("RL004", "file is 2,147,483,648 bytes, over the limit of 5,242,880; it was not checked")
    ]
    assert "docs/good.md" not in found


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_found_by_walking_does_not_stop_the_run(site):
    os.mkfifo(site / "docs" / "pipe.md")
    (site / "docs" / "bad.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    code, found = check(site, ".")
    assert code == 1
    assert "FM003" in [c for c, _ in found["docs/bad.md"]]
