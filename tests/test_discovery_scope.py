"""Which files a run checks in an ordinary site repository and in a monorepo, for a
folder walk and for files named with --force-exclude (what the pre-commit hook passes)."""

from __future__ import annotations

import pytest
from conftest import RECIPE

from recipelint.cli import main

NOT_A_RECIPE = "# Notes\n\nNothing to see.\n"


def write(root, relative, text=NOT_A_RECIPE):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def shown_files(capsys, *args):
    assert main(["check", "--show-files", *args]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def ordinary_repo(tmp_path, monkeypatch):
    """A Jekyll site at the root of its repository, with the usual project files."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "_config.yml", "title: Recipes\n")
    write(tmp_path, "_posts/2024-01-01-lentil-soup.markdown", RECIPE)
    write(tmp_path, "_posts/2024-01-02-pea-soup.md", RECIPE.replace("lentil", "pea").replace("Lentil", "Pea"))
    for name in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "_layouts/notes.md", "_site/index.md",
                 ".github/PULL_REQUEST_TEMPLATE.md"):
        write(tmp_path, name)
    write(tmp_path, ".github/ISSUE_TEMPLATE/bug_report.md", "---\nname: Bug report\nabout: x\n---\n\nText.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


ALL_MARKDOWN = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", ".github/PULL_REQUEST_TEMPLATE.md",
                ".github/ISSUE_TEMPLATE/bug_report.md", "_layouts/notes.md", "_site/index.md",
                "_posts/2024-01-01-lentil-soup.markdown", "_posts/2024-01-02-pea-soup.md"]
RECIPES = ["_posts/2024-01-01-lentil-soup.markdown", "_posts/2024-01-02-pea-soup.md"]


def test_walk_and_force_exclude_check_the_same_files(ordinary_repo, capsys):
    assert shown_files(capsys, ".") == RECIPES
    assert shown_files(capsys, "--force-exclude", *ALL_MARKDOWN, "_config.yml") == RECIPES


def test_named_files_are_checked_without_force_exclude(ordinary_repo, capsys):
    assert shown_files(capsys, "README.md", ".github/PULL_REQUEST_TEMPLATE.md") == [
        "README.md", ".github/PULL_REQUEST_TEMPLATE.md"]


def test_force_exclude_run_over_every_markdown_file_is_clean(ordinary_repo, capsys):
    assert main(["check", "--force-exclude", *ALL_MARKDOWN]) == 0
    assert capsys.readouterr().out == "No problems found in 2 files checked.\n"


def test_force_exclude_applies_include(ordinary_repo, capsys):
    write(ordinary_repo, "recipelint.toml", 'include = ["*.md"]\n')
    assert shown_files(capsys, "--force-exclude", *RECIPES) == ["_posts/2024-01-02-pea-soup.md"]
    assert shown_files(capsys, ".") == ["_posts/2024-01-02-pea-soup.md"]


def test_docusaurus_readme_is_not_checked_by_the_hook(tmp_path, monkeypatch, capsys):
    """Without --force-exclude the README gets FM001; the hook's --force-exclude skips it."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "docusaurus.config.js", "module.exports = {};\n")
    write(tmp_path, "docs/soup.md", RECIPE)
    write(tmp_path, "docs/other.md", RECIPE.replace("lentil-soup", "other-soup").replace("Lentil Soup", "Other Soup"))
    write(tmp_path, "README.md", "# My recipes\n\nSome text.\n")
    monkeypatch.chdir(tmp_path)
    assert shown_files(capsys, "--force-exclude", "README.md", "docs/soup.md") == ["docs/soup.md"]


@pytest.fixture
def monorepo(tmp_path, monkeypatch):
    """Code at the root, a Docusaurus site with its own configuration in website/."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "pyproject.toml", "[project]\nname = 'tool'\n")
    for name in ("README.md", "CHANGELOG.md", "docs/api.md", "docs/guide/usage.md", "src/tool/README.md",
                 "website/README.md", "website/node_modules/pkg/readme.md"):
        write(tmp_path, name)
    write(tmp_path, "website/docusaurus.config.js", "module.exports = {};\n")
    write(tmp_path, "website/recipelint.toml", 'severity = { FM008 = "error" }\n')
    write(tmp_path, "website/docs/recipes/soup.md", RECIPE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_monorepo_walk_from_the_root_checks_only_the_site(monorepo, capsys):
    assert shown_files(capsys, ".") == ["website/docs/recipes/soup.md"]
    # a folder with no site in it is walked as asked
    assert shown_files(capsys, "docs") == ["docs/api.md", "docs/guide/usage.md"]


def test_monorepo_named_files_with_force_exclude(monorepo, capsys):
    named = ["README.md", "CHANGELOG.md", "docs/api.md", "docs/guide/usage.md", "src/tool/README.md",
             "website/README.md", "website/docs/recipes/soup.md"]
    assert shown_files(capsys, "--force-exclude", *named) == ["website/docs/recipes/soup.md"]


def test_monorepo_site_configuration_is_found_from_the_root(monorepo, run_json):
    write(monorepo, "website/docs/recipes/stew.md",
          RECIPE.replace("lentil-soup", "stew").replace("Lentil Soup", "Stew").replace("description:", "descripion:"))
    code, found = run_json(".")
    assert code == 1
    assert [(d["path"], d["line"], d["code"], d["severity"]) for d in found] == [
        ("website/docs/recipes/stew.md", 4, "FM008", "error")]


def test_repository_without_a_site_checks_its_markdown_but_not_its_readme(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    write(tmp_path, "README.md")
    write(tmp_path, "recipes/soup.md", RECIPE)
    monkeypatch.chdir(tmp_path)
    assert shown_files(capsys, ".") == ["recipes/soup.md"]
    assert shown_files(capsys, "--force-exclude", "README.md", "recipes/soup.md") == ["recipes/soup.md"]
