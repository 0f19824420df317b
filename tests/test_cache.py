"""The result cache: what a warm run reuses, what makes it lint again, and that a damaged,
foreign or concurrently written cache never changes a result or crashes a run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import RECIPE

from recipelint.cli import main
from recipelint.engine import cache as cache_module
from recipelint.engine import per_file
from recipelint.engine.disk_caches import forget_disk_caches
from recipelint.sites import lookups

LINKING = RECIPE.replace("Text.", "See [the stock](stock.md#making-the-stock) and ![A pot](/img/pot.png).")
STOCK = RECIPE.replace("## Overview", "## Making the stock").replace("Lentil Soup", "Stock").replace("lentil-soup", "stock")
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def cached_site(tmp_path, monkeypatch):
    """A Docusaurus site with a page linking to another page and an image; the cache on,
    its signing key in a private user cache folder."""
    monkeypatch.delenv("RECIPELINT_NO_CACHE", raising=False)
    monkeypatch.delenv("RECIPELINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "static" / "img").mkdir(parents=True)
    (root / "docusaurus.config.js").write_text("module.exports = {};\n")
    (root / "docs" / "soup.md").write_text(LINKING)
    (root / "docs" / "stock.md").write_text(STOCK)
    (root / "static" / "img" / "pot.png").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    return root


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run ``recipelint check`` as a new process would (no answers remembered from an
    earlier run); return (exit code, sorted (file, code, line), files actually linted)."""
    linted: list[str] = []
    real = per_file._lint_text

    def counting(display, *args):
        linted.append(Path(display).name)
        return real(display, *args)

    monkeypatch.setattr(per_file, "_lint_text", counting)

    def run_check(*args: str) -> tuple[int, list[tuple[str, str, int]], list[str]]:
        lookups.forget_answers()
        forget_disk_caches()  # a new process: no page or answer remembered
        linted.clear()
        out = tmp_path / "out.json"
        code = main(["check", "--format", "json", "--output-file", str(out), *args])
        found = sorted((Path(d["path"]).name, d["code"], d["line"]) for d in json.loads(out.read_text()))
        return code, found, sorted(linted)

    return run_check


def cache_entries(cache: Path) -> list[Path]:
    return sorted((cache / f"v{cache_module.FORMAT}").rglob("*.json"))


def test_a_warm_run_lints_nothing_and_reports_the_same(cached_site, run, tmp_path):
    cold = run(str(cached_site))
    assert cold[2] == ["soup.md", "stock.md"]
    warm = run(str(cached_site))
    assert warm[2] == [] and warm[:2] == cold[:2]
    assert run(str(cached_site), "--no-cache")[:2] == cold[:2]
    cache = tmp_path / ".recipelint_cache"  # the project root: the working directory (no configuration file)
    assert len(cache_entries(cache)) == 2
    assert (cache / ".gitignore").read_text().splitlines()[-1] == "*"


def test_workers_reuse_entries_in_a_run_over_many_files(cached_site, run, tmp_path, monkeypatch):
    # Over CACHED_PARALLEL_THRESHOLD files the worker processes check the entries
    # themselves: a hit is not rewritten, a miss is linted and stored again.
    monkeypatch.setattr(per_file, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(per_file, "CACHED_PARALLEL_THRESHOLD", 2)
    read_here: list[tuple] = []
    monkeypatch.setattr(per_file, "_cached_result", lambda job, cache: read_here.append(job))
    cold = run(str(cached_site), "--jobs", "2")
    entries = cache_entries(tmp_path / ".recipelint_cache")
    written = {entry: entry.stat().st_mtime_ns for entry in entries}
    assert len(written) == 2
    assert run(str(cached_site), "--jobs", "2")[:2] == cold[:2]
    assert {entry: entry.stat().st_mtime_ns for entry in entries} == written
    (cached_site / "docs" / "stock.md").write_text(STOCK.replace("## Making the stock", "## Stock"))
    edited = run(str(cached_site), "--jobs", "2")
    assert ("soup.md", "LNK008", 11) in edited[1] and ("soup.md", "LNK008", 11) not in cold[1]
    rewritten = [entry for entry in entries if entry.stat().st_mtime_ns != written[entry]]
    assert len(rewritten) == 2  # stock.md changed; soup.md's anchor in it is gone
    assert read_here == []  # the main process read no entry


def test_an_edited_file_is_linted_again_and_only_it(cached_site, run):
    run(str(cached_site))
    (cached_site / "docs" / "soup.md").write_text(LINKING + "\nOne more line.\n")
    assert run(str(cached_site))[2] == ["soup.md"]


def test_a_changed_configuration_or_version_misses(cached_site, run, monkeypatch):
    run(str(cached_site))
    assert run(str(cached_site), "--ignore", "SEC003")[2] == ["soup.md", "stock.md"]
    assert run(str(cached_site), "--ignore", "SEC003")[2] == []
    (cached_site / "recipelint.toml").write_text('ignore = ["SEC006"]\n')
    assert run(str(cached_site))[2] == ["soup.md", "stock.md"]
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    assert run(str(cached_site))[2] == ["soup.md", "stock.md"]


def test_a_page_is_linted_again_when_what_it_looked_at_in_another_file_changed(cached_site, run):
    cold = run(str(cached_site))
    assert not [f for f in cold[1] if f[1] in ("LNK007", "LNK008", "IMG001", "IMG003")]
    # Prose in the linked page: the anchors soup.md asked for are the same; only stock.md is linted.
    (cached_site / "docs" / "stock.md").write_text(STOCK + "\nMore prose.\n")
    assert run(str(cached_site))[2] == ["stock.md"]
    # The heading the link points at is renamed: soup.md's answer changed.
    (cached_site / "docs" / "stock.md").write_text(STOCK.replace("## Making the stock", "## Stock"))
    code, found, linted = run(str(cached_site))
    assert linted == ["soup.md", "stock.md"]
    assert ("soup.md", "LNK008", 11) in found
    # The image becomes a text file, then disappears.
    (cached_site / "static" / "img" / "pot.png").write_text("<html>not found</html>")
    code, found, linted = run(str(cached_site))
    assert linted == ["soup.md"] and ("soup.md", "IMG003", 11) in found
    (cached_site / "static" / "img" / "pot.png").unlink()
    code, found, linted = run(str(cached_site))
    assert linted == ["soup.md"] and ("soup.md", "IMG001", 11) in found and code == 1
    # The linked page disappears.
    (cached_site / "docs" / "stock.md").unlink()
    code, found, linted = run(str(cached_site))
    assert linted == ["soup.md"] and ("soup.md", "LNK007", 11) in found


def test_corrupt_truncated_or_foreign_entries_are_misses(cached_site, run, tmp_path):
    cold = run(str(cached_site))
    cache = tmp_path / ".recipelint_cache"
    first, second = cache_entries(cache)
    first.write_bytes(first.read_bytes()[:40])  # truncated
    second.write_bytes(b"\xff\xfe garbage \x00")
    assert run(str(cached_site)) == (cold[0], cold[1], ["soup.md", "stock.md"])
    assert run(str(cached_site))[2] == []  # rewritten
    # A well-formed entry that claims no findings, signed with another key (as one
    # committed to the repository would be), is ignored.
    for entry in cache_entries(cache):
        signature, _, body = entry.read_bytes().partition(b"\n")
        data = json.loads(body)
        data["result"]["diagnostics"] = []
        entry.write_bytes(b"0" * 64 + b"\n" + json.dumps(data).encode())
    assert run(str(cached_site)) == (cold[0], cold[1], ["soup.md", "stock.md"])


def test_the_key_belongs_to_the_user_not_the_project(cached_site, run, tmp_path, monkeypatch):
    run(str(cached_site))
    key = tmp_path / "user-cache" / "recipelint" / "cache-key"
    assert len(key.read_bytes()) == 32
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))  # another user, another key
    assert run(str(cached_site))[2] == ["soup.md", "stock.md"]


def test_no_cache_writes_nothing_and_stdin_is_never_cached(cached_site, run, tmp_path, monkeypatch):
    run(str(cached_site), "--no-cache")
    assert not (tmp_path / ".recipelint_cache").exists()
    monkeypatch.setenv("RECIPELINT_NO_CACHE", "1")
    run(str(cached_site))
    assert not (tmp_path / ".recipelint_cache").exists()
    monkeypatch.delenv("RECIPELINT_NO_CACHE")
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LINKING.encode())))
    main(["check", "-", "--stdin-filename", str(cached_site / "docs" / "soup.md"), "--format", "json"])
    assert not (tmp_path / ".recipelint_cache").exists()


def test_cache_dir_and_clean(cached_site, run, tmp_path, capsys):
    chosen = tmp_path / "elsewhere"
    run(str(cached_site), "--cache-dir", str(chosen))
    assert len(cache_entries(chosen)) == 2 and not (tmp_path / ".recipelint_cache").exists()
    assert main(["clean", "--cache-dir", str(chosen)]) == 0
    assert not chosen.exists()
    run(str(cached_site))
    assert main(["clean"]) == 0
    assert not (tmp_path / ".recipelint_cache").exists()
    assert main(["clean"]) == 0  # nothing to remove is not an error
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    capsys.readouterr()
    assert main(["clean", "--cache-dir", str(precious)]) == 2
    assert "not a recipelint cache" in capsys.readouterr().err
    assert (precious / "notes.txt").exists()


def test_entries_of_builds_no_run_used_for_a_week_are_removed(cached_site, run, tmp_path, monkeypatch):
    # Each build (a version of recipelint, an edit to an editable install) has its own
    # folder; an upgrade must not leave the old entries behind for good.
    cache = tmp_path / ".recipelint_cache"
    run(str(cached_site))
    (current,) = [folder for folder in (cache / f"v{cache_module.FORMAT}").iterdir()]
    assert len(cache_entries(cache)) == 2 and all(current in entry.parents for entry in cache_entries(cache))
    week = cache_module.UNUSED_BUILD_DAYS * 86400

    def folder(path: Path, age_days: float, marker: bool = True) -> Path:
        (path / "ab").mkdir(parents=True)
        (path / "ab" / "entry.json").write_text("{}")
        if marker:
            (path / "last-used").touch()
        when = time.time() - age_days * 86400
        for item in (path / "last-used", path) if marker else (path,):
            os.utime(item, (when, when))
        return path

    stale_build = folder(current.parent / "0123456789abcdef", 8)
    recent_build = folder(current.parent / "fedcba9876543210", 6)
    old_format = folder(cache / "v1", 8, marker=False)
    foreign = folder(cache / "notes", 30, marker=False)
    run(str(cached_site))
    assert not stale_build.exists() and not old_format.exists()
    assert recent_build.exists() and foreign.exists() and current.exists()
    os.utime(current / "last-used", (time.time() - week - 60,) * 2)
    monkeypatch.setattr(cache_module, "build_fingerprint", lambda: "another build")
    run(str(cached_site))  # another build: the first one is now a week unused
    assert not current.exists()


def test_fixes_work_from_a_cached_result(cached_site, run):
    (cached_site / "docs" / "soup.md").write_text(LINKING.replace("## Ingredients", "## Ingredients:"))
    assert ("soup.md", "SEC007", 13) in run(str(cached_site))[1]
    assert run(str(cached_site), "--fix")[2][0] == "soup.md"  # the cached finding's fix is applied (then re-linted)
    assert "## Ingredients\n" in (cached_site / "docs" / "soup.md").read_text()
    assert ("soup.md", "SEC007", 13) not in run(str(cached_site))[1]


def test_cached_results_round_trip_exactly(shared_dir):
    """Every field a later stage reads (diagnostics and their fixes, page facts,
    suppressions) comes back from JSON equal, on every page of the seed and the corpora."""
    from recipelint.engine.selection import config_resolver
    from recipelint.page.source import decode_source

    resolver = config_resolver()
    checked = 0
    for site in (shared_dir / "seed-site", shared_dir / "corpora" / "chowdown", shared_dir / "corpora" / "based-cooking"):
        for path in sorted(site.rglob("*.md"))[:120]:
            data = path.read_bytes()
            result = per_file.lint_source(str(path), path, data, resolver.for_path(path))
            if result.text is None:
                continue
            back = cache_module.result_from_json(json.loads(json.dumps(cache_module.result_to_json(result))),
                                                 str(path), decode_source(data))
            assert back.diagnostics == result.diagnostics
            assert back.facts == result.facts
            assert (back.text, back.newline, back.had_bom) == (result.text, result.newline, result.had_bom)
            if result.suppressions is not None:
                assert [vars(d) for d in back.suppressions.directives] == [vars(d) for d in result.suppressions.directives]
            checked += 1
    assert checked > 100


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")
def test_concurrent_runs_share_a_cache_safely(tmp_path, shared_dir):
    """Two real processes fill one cache at once; both report what a run without a cache
    reports, and a third run reuses every entry and reports the same again."""
    site = tmp_path / "chowdown"
    import shutil

    shutil.copytree(shared_dir / "corpora" / "chowdown", site)
    env = {k: v for k, v in os.environ.items() if k != "RECIPELINT_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "user-cache")
    command = [sys.executable, "-m", "recipelint", "check", "--format", "json", "--preset", "jekyll", "-j", "1",
               "--cache-dir", str(tmp_path / "cache"), str(site)]
    uncached = subprocess.run([*command, "--no-cache"], capture_output=True, env=env, cwd=tmp_path)
    expected = uncached.stdout
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path) for _ in range(2)]
    outputs = [p.communicate() for p in both]
    assert [p.returncode for p in both] == [uncached.returncode] * 2
    assert all(out == expected and err == b"" for out, err in outputs)
    entries = cache_entries(tmp_path / "cache")
    assert len(entries) == len(list((site / "_recipes").glob("*.md"))) + len(list((site / "_components").glob("*.md")))
    assert not list((tmp_path / "cache").rglob(".tmp-*"))
    before = {e: e.stat().st_mtime_ns for e in entries}
    third = subprocess.run(command, capture_output=True, env=env, cwd=tmp_path)
    assert third.stdout == expected
    assert {e: e.stat().st_mtime_ns for e in entries} == before  # all hits: nothing rewritten
