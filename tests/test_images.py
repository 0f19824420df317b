"""IMG rules beyond the fixtures: stdin, the cached file check, the seed, examples and corpora."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from recipelint.config.loader import Overrides
from recipelint.run import CheckOptions, run_check
from recipelint.sites import pages as project

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared"
SITE = ROOT / "tests" / "fixtures" / "IMG001" / "site"


def lint_img(*paths: str | Path, stdin: str | None = None, stdin_filename: str | None = None) -> list[tuple[str, int, int, str]]:
    out = io.StringIO()
    options = CheckOptions(
        paths=[str(p) for p in paths],
        output_format="json",
        overrides=Overrides(select=["IMG"]),
        jobs=1,
        stdin_filename=stdin_filename,
    )
    run_check(options, stdin=io.StringIO(stdin) if stdin is not None else None, stdout=out)
    return [(Path(d["path"]).name, d["line"], d["column"], d["code"]) for d in json.loads(out.getvalue())]


TEXT = "---\ntitle: T\ndescription: D.\n---\n\n![Cover](/img/tacos/cover.png)\n![Cover](/img/tacos/gone.png)\n"


def test_stdin_without_filename_checks_no_files() -> None:
    assert lint_img("-", stdin=TEXT) == []


def test_stdin_with_filename_resolves_from_that_file() -> None:
    name = str(SITE / "docs" / "from_stdin.md")
    assert lint_img("-", stdin=TEXT, stdin_filename=name) == [("from_stdin.md", 7, 1, "IMG001")]


def test_existence_check_is_cached(monkeypatch) -> None:
    project.is_file.cache_clear()
    asked: list[Path] = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: asked.append(Path(path)) or real_stat(path, *a, **k))
    lint_img(SITE / "docs" / "good_site_root.md", SITE / "docs" / "good_front_matter.md")
    covers = [p for p in asked if p.suffix == ".png"]
    assert covers, "the two recipes show images"
    assert len(covers) == len(set(covers))  # each image file is asked about once, not once per recipe


def test_seed_site_has_no_image_diagnostics() -> None:
    seed = SHARED / "seed-site"
    if not seed.is_dir():
        pytest.skip("seed site not found")
    assert lint_img(seed) == []


def test_examples_report_the_banana_bread_cover() -> None:
    assert lint_img(ROOT / "examples") == [("banana_bread.md", 11, 1, "IMG001")]
