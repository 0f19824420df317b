"""The real pre-commit, in a real git repository, running this repository's hook.

``pre-commit try-repo`` builds the hook's environment from .pre-commit-hooks.yaml the
way users get it (a virtualenv with recipelint installed), so this is slow (tens of
seconds) and needs the package index; it is the only test that proves the hook works.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import RECIPE, REPO

pytestmark = [
    pytest.mark.slow,  # real pre-commit in real git repositories; runs in CI, `-m "not slow"` skips it
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def user_repo(tmp_path):
    repo = tmp_path / "recipes"
    (repo / "docs").mkdir(parents=True)
    (repo / "docusaurus.config.js").write_text("module.exports = {};\n")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "cook@example.com")
    git(repo, "config", "user.name", "Cook")
    return repo


def try_repo(user_repo, tmp_path, *files):
    env_home = tmp_path / "pre-commit-home"
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "recipelint", "--files", *files],
        cwd=user_repo,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PRE_COMMIT_HOME": str(env_home)},
        timeout=600,
    )
    return result


def test_hook_passes_clean_and_fails_bad_recipe(user_repo, tmp_path):
    pytest.importorskip("pre_commit")
    (user_repo / "docs" / "good.md").write_text(RECIPE)
    # a duplicate key is an error (YAML keeps only the last value); warnings alone pass
    bad_recipe = RECIPE.replace("title: Lentil Soup\n", "title: Lentil Soup\ntitle: Lentil Stew\n").replace(
        "id: lentil-soup", "id: lentil-stew"
    )
    (user_repo / "docs" / "bad.md").write_text(bad_recipe)
    git(user_repo, "add", ".")
    good = try_repo(user_repo, tmp_path, "docs/good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    bad = try_repo(user_repo, tmp_path, "docs/bad.md", "docs/good.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "docs/bad.md:4:1: FM004" in bad.stdout
    assert "good.md" not in bad.stdout.split("FM004", 1)[1]
