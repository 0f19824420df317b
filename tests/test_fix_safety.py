"""What ``--fix`` writes, and what it leaves alone (engine/safe_write.py).

Each case builds the file-system situation for real in a temporary folder and runs the
command line: a read-only page, a folder that cannot be written, a symlink inside the
site, hard links, another owner, and a page that changes while it is being fixed. A
page left alone gets RL009 saying why; the other pages are fixed and the report is
complete.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from recipelint.cli import main
from recipelint.engine import safe_write

PAGE = "---\ntitle: Soup\ndescription: A soup.\n---\n\n## Overview:\n\nSee https://example.org for more.\n"
FIXED_HEADING = "## Overview\n"
FIXED_URL = "See <https://example.org> for more."
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / "docs" / name).write_text(PAGE, encoding="utf-8")
    return tmp_path


def fix(site: Path, *args: str) -> tuple[int, list[dict]]:
    process = subprocess.run([sys.executable, "-m", "recipelint", "check", "--fix", "--format", "json", *args],
                             cwd=site, capture_output=True, text=True, timeout=60)
    assert process.returncode in (0, 1), process.stderr
    return process.returncode, json.loads(process.stdout)


def not_written(diagnostics: list[dict]) -> dict[str, str]:
    return {d["path"]: d["message"] for d in diagnostics if d["code"] == "RL009"}


def test_a_read_only_page_is_left_alone_even_for_root(site):
    page = site / "docs" / "a.md"
    page.chmod(0o444)
    code, found = fix(site, "docs")
    assert code == 0  # RL009 is a warning, and what is left unfixed is not an error
    assert page.read_text(encoding="utf-8") == PAGE
    assert os.stat(page).st_mode & 0o777 == 0o444
    assert "the page is read-only" in not_written(found)["docs/a.md"]
    [finding] = [d for d in found if d["code"] == "RL009"]
    assert (finding["line"], finding["column"], finding["severity"]) == (1, 1, "warning")
    assert FIXED_HEADING in (site / "docs" / "b.md").read_text(encoding="utf-8")  # the other page is fixed
    assert "docs/b.md" not in not_written(found)


@pytest.mark.skipif(AS_ROOT, reason="root writes into any folder whatever its mode; "
                    "the simulated refusal below covers root")
def test_a_folder_of_mode_555_is_one_finding_and_the_run_goes_on(site):
    locked = site / "locked"
    locked.mkdir()
    (locked / "c.md").write_text(PAGE, encoding="utf-8")
    locked.chmod(0o555)
    try:
        code, found = fix(site, "docs", "locked")
    finally:
        locked.chmod(0o755)
    assert code == 0  # what remains is not an error (DESIGN.md: exit 1 only for errors)
    assert not_written(found) == {"locked/c.md": "the fixes were not written: its folder cannot be written to: "
                                                 "Permission denied"}
    assert (locked / "c.md").read_text(encoding="utf-8") == PAGE
    for name in ("a.md", "b.md"):
        assert FIXED_HEADING in (site / "docs" / name).read_text(encoding="utf-8")
    assert {d["path"] for d in found if d["code"] == "SEC007"} == {"locked/c.md"}  # the report is complete


def test_add_suppressions_leaves_a_read_only_page_and_says_so(site):
    page = site / "docs" / "a.md"
    page.chmod(0o444)
    process = subprocess.run([sys.executable, "-m", "recipelint", "check", "--add-suppressions", "docs"],
                             cwd=site, capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert "1 file left as they were (docs/a.md: the page is read-only" in process.stdout + process.stderr
    assert page.read_text(encoding="utf-8") == PAGE
    assert "<!-- recipelint-disable-next-line SEC007 -->" in (site / "docs" / "b.md").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_is_one_finding(site, monkeypatch):
    """Root may write any folder, so the refusal is simulated where the system gives it:
    creating the temporary file beside the page."""
    import errno
    import tempfile

    real = tempfile.mkstemp

    def refusing(*args, dir=None, **kwargs):
        if dir is not None and Path(dir).name == "docs" and "a.md" in kwargs.get("prefix", ""):
            raise PermissionError(errno.EACCES, "Permission denied", dir)
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refusing)
    monkeypatch.chdir(site)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    main(["check", "--fix", "--format", "json", "--jobs", "1", "docs"])
    found = json.loads(out.getvalue())
    assert "its folder cannot be written to: Permission denied" in not_written(found)["docs/a.md"]
    assert (site / "docs" / "a.md").read_text(encoding="utf-8") == PAGE
    assert FIXED_HEADING in (site / "docs" / "b.md").read_text(encoding="utf-8")
    assert not list((site / "docs").glob(".*.tmp"))


def test_a_symlink_inside_the_site_is_followed_and_stays_a_link(site):
    shared = site / "shared"
    shared.mkdir()
    (shared / "soup.md").write_text(PAGE, encoding="utf-8")
    (site / "docs" / "soup.md").symlink_to(Path("..") / "shared" / "soup.md")
    _, found = fix(site, "docs/soup.md")
    assert (site / "docs" / "soup.md").is_symlink()
    assert FIXED_HEADING in (shared / "soup.md").read_text(encoding="utf-8")
    assert not_written(found) == {}


def test_a_symlink_out_of_the_site_is_never_written_through(site, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "soup.md"
    outside.write_text(PAGE, encoding="utf-8")
    link = site / "docs" / "away.md"
    link.symlink_to(outside)
    _, found = fix(site, "docs")
    assert outside.read_text(encoding="utf-8") == PAGE
    assert link.is_symlink() and os.readlink(link) == str(outside)
    assert FIXED_HEADING in (site / "docs" / "a.md").read_text(encoding="utf-8")
    assert "docs/away.md" not in {d["path"] for d in found if d["code"] == "SEC007"}


def test_writing_through_a_symlink_out_of_the_site_is_refused(site, tmp_path_factory, monkeypatch):
    """The writer checks again itself, whatever its caller read."""
    from recipelint.sites import boundary

    outside = tmp_path_factory.mktemp("elsewhere") / "soup.md"
    outside.write_text(PAGE, encoding="utf-8")
    link = site / "docs" / "away.md"
    link.symlink_to(outside)
    boundary.forget_boundaries()
    boundary.admit(site)
    try:
        with pytest.raises(safe_write.NotWritten, match="leads outside the site"):
            safe_write.write_page(link, PAGE.encode(), b"replaced")
        safe_write.write_page(site / "docs" / "a.md", PAGE.encode(), b"replaced")
    finally:
        boundary.forget_boundaries()
    assert outside.read_text(encoding="utf-8") == PAGE and link.is_symlink()
    assert (site / "docs" / "a.md").read_bytes() == b"replaced"


def test_a_page_reached_through_two_names_is_fixed_once(site):
    (site / "docs" / "again.md").symlink_to("a.md")
    _, found = fix(site, "docs/a.md", "docs/again.md")
    assert not_written(found) == {}
    assert (site / "docs" / "a.md").read_text(encoding="utf-8").count("Overview") == 1


def test_a_page_with_hard_links_is_left_alone(site):
    page = site / "docs" / "a.md"
    os.link(page, site / "other-name.md")
    _, found = fix(site, "docs/a.md")
    assert "2 hard links" in not_written(found)["docs/a.md"]
    assert page.read_text(encoding="utf-8") == PAGE
    assert os.stat(page).st_ino == os.stat(site / "other-name.md").st_ino


@pytest.mark.skipif(not AS_ROOT, reason="only root can give a file to another user")
def test_the_owner_and_mode_are_kept(site):
    page = site / "docs" / "a.md"
    os.chown(page, 12345, 23456)
    page.chmod(0o640)
    _, found = fix(site, "docs/a.md")
    assert FIXED_HEADING in page.read_text(encoding="utf-8")
    info = os.stat(page)
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (12345, 23456, 0o640)
    assert not_written(found) == {}


def test_a_page_that_changes_during_the_fix_is_not_overwritten(site, monkeypatch):
    """Another run writes the page just before this one takes the lock: this run must
    not replace that work with its own."""
    page = site / "docs" / "a.md"
    theirs = PAGE.replace("A soup.", "A soup, edited meanwhile.")
    real_locked = safe_write._locked

    @contextmanager
    def someone_writes_first(target):
        page.write_text(theirs, encoding="utf-8")
        with real_locked(target):
            yield

    monkeypatch.setattr(safe_write, "_locked", someone_writes_first)
    monkeypatch.chdir(site)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    main(["check", "--fix", "--format", "json", "--jobs", "1", "docs/a.md"])
    assert "changed while it was being fixed" in not_written(json.loads(out.getvalue()))["docs/a.md"]
    assert page.read_text(encoding="utf-8") == theirs


def test_concurrent_fix_runs_never_silently_lose_each_others_fixes(site):
    """Two real processes fix different rules of the same page at once, three times (a
    few seconds; raise the count to hunt for a race): each run's fix is in the final
    page, or that run said (RL009) that it was not written."""
    page = site / "docs" / "a.md"
    for _ in range(3):
        page.write_text(PAGE, encoding="utf-8")
        runs = {code: subprocess.Popen([sys.executable, "-m", "recipelint", "check", "--fix", "--format", "json",
                                        "--select", code, "docs/a.md"], cwd=site, stdout=subprocess.PIPE, text=True)
                for code in ("SEC007", "LNK006")}
        reports = {code: json.loads(process.communicate(timeout=60)[0]) for code, process in runs.items()}
        final = page.read_text(encoding="utf-8")
        for code, present in (("SEC007", FIXED_HEADING in final), ("LNK006", FIXED_URL in final)):
            assert present or "docs/a.md" in not_written(reports[code]), (code, final)
