"""The real pre-commit, in real git repositories laid out like users' repositories,
running this repository's hooks from the README's snippet as written.

The hook repository is a temporary git clone of this working tree tagged
``v<version>``, the tag the snippet's ``rev`` names; pre-commit installs it the way
users get it (a virtualenv with recipelint built from that tag). Building that
environment needs the package index and takes most of the time (tens of seconds), so
the hook repository and pre-commit's cache are shared by the tests of this module.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import RECIPE, REPO

from recipelint import __version__

pytestmark = [
    pytest.mark.slow,  # real pre-commit in real git repositories; runs in CI, `-m "not slow"` skips it
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

URL_PLACEHOLDER = "<recipelint repository URL>"


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def readme_snippets():
    """The YAML blocks of the README's pre-commit section, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## pre-commit\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """This working tree (committed or not) as a git repository tagged ``v<version>``."""
    pytest.importorskip("pre_commit")
    try:
        listed = git(REPO, "ls-files", "-co", "--exclude-standard", "-z")
    except (subprocess.CalledProcessError, OSError):
        pytest.skip("needs the repository as a git checkout")
    clone = tmp_path_factory.mktemp("hook") / "recipelint"
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clone / name)
    git(clone, "init", "-q")
    git(clone, "add", "-A")
    git(clone, "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "commit", "-q", "-m", "release")
    git(clone, "tag", f"v{__version__}")
    return clone


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def user_repository(root, files, config):
    root.mkdir(parents=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (root / ".pre-commit-config.yaml").write_text(config)
    git(root, "init", "-q")
    git(root, "add", "-A")
    return root


def pre_commit(repo, home, *args):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
                            cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    return result.returncode, result.stdout + result.stderr


def snippet_config(hook_repo, hooks_snippet=None):
    """The README's first snippet with the repository URL filled in; ``hooks_snippet``
    (another README snippet) in place of its hook."""
    first = readme_snippets()[0]
    assert f"rev: v{__version__}\n" in first  # the tag releases get, and the one made above
    config = first.replace(URL_PLACEHOLDER, str(hook_repo))
    if hooks_snippet is not None:
        config = config.replace("      - id: recipelint\n", hooks_snippet)
    return config


def recipe(slug, title):
    return RECIPE.replace("lentil-soup", slug).replace("Lentil Soup", title)


NOT_A_PAGE_WITH_AN_ERROR = "---\ntitle: a\ntitle: b\n---\n\nIf this were checked, FM004 would fail the hook.\n"


def test_ordinary_site_repository(hook_repo, pre_commit_home, tmp_path):
    """A Jekyll site at the root of its repository, beside the usual project files."""
    repo = user_repository(tmp_path / "site", {
        "_config.yml": "title: Recipes\n",
        "_posts/2024-01-01-lentil-soup.markdown": RECIPE,
        "_posts/2024-01-02-pea-soup.md": recipe("pea-soup", "Pea Soup"),
        "README.md": "# Our recipes\n\nBuilt with Jekyll.\n",
        "CONTRIBUTING.md": NOT_A_PAGE_WITH_AN_ERROR,
        ".github/PULL_REQUEST_TEMPLATE.md": "## What changed\n\n- [ ] I ran the linter\n",
        ".github/ISSUE_TEMPLATE/bug_report.md": "---\nname: Bug report\nabout: Something is wrong\n---\n\nSteps.\n",
        "_layouts/notes.md": NOT_A_PAGE_WITH_AN_ERROR,
    }, snippet_config(hook_repo))

    code, output = pre_commit(repo, pre_commit_home, "--all-files", "--verbose")
    assert code == 0, output
    assert "recipelint" in output and "Passed" in output
    assert output.count("files checked") == 1  # one summary for the run: one process
    assert "No problems found in 2 files checked." in output  # the two posts, nothing else

    bad = recipe("bean-soup", "Bean Soup").replace("title: Bean Soup\n", "title: Bean Soup\ntitle: Bean Stew\n")
    (repo / "_posts" / "2024-01-03-bean-soup.markdown").write_text(bad)
    git(repo, "add", "-A")
    code, output = pre_commit(repo, pre_commit_home, "--all-files")
    assert code == 1, output
    assert "_posts/2024-01-03-bean-soup.markdown:4:1: FM004" in output
    assert output.count("files checked") == 1
    assert "Found 1 error in 3 files checked." in output
    assert "README.md" not in output and "CONTRIBUTING.md" not in output and ".github" not in output


def test_monorepo_with_the_site_in_a_folder(hook_repo, pre_commit_home, tmp_path):
    """Code at the root, a Docusaurus site with its own configuration in website/; the
    README's `args: [--fix]` snippet."""
    with_fix = readme_snippets()[1]
    assert "args: [--fix]" in with_fix
    repo = user_repository(tmp_path / "monorepo", {
        "pyproject.toml": "[project]\nname = 'tool'\n",
        "README.md": NOT_A_PAGE_WITH_AN_ERROR,
        "CHANGELOG.md": NOT_A_PAGE_WITH_AN_ERROR,
        "docs/api.md": NOT_A_PAGE_WITH_AN_ERROR,
        "src/tool/README.md": NOT_A_PAGE_WITH_AN_ERROR,
        "website/docusaurus.config.js": "module.exports = {};\n",
        "website/recipelint.toml": 'severity = { FM008 = "error" }\n',
        "website/README.md": NOT_A_PAGE_WITH_AN_ERROR,
        "website/docs/recipes/soup.mdx": RECIPE,
    }, snippet_config(hook_repo, with_fix))

    code, output = pre_commit(repo, pre_commit_home, "--all-files", "--verbose")
    assert code == 0, output
    assert "No problems found in 1 file checked." in output

    stew = recipe("stew", "Stew").replace("description:", "descripion:").replace("tags:", "prep_time: 1:30\ntags:")
    (repo / "website" / "docs" / "recipes" / "stew.md").write_text(stew)
    git(repo, "add", "-A")
    code, output = pre_commit(repo, pre_commit_home, "--all-files")
    assert code == 1, output
    # the site's recipelint.toml applies (FM008 is an error there); the safe fix was applied
    assert "website/docs/recipes/stew.md:4:1: FM008 [error]" in output
    assert "Applied 1 fix." in output and "files were modified by this hook" in output
    assert 'prep_time: "1:30"' in (repo / "website" / "docs" / "recipes" / "stew.md").read_text()
    assert "docs/api.md" not in output and "CHANGELOG.md" not in output


def test_recipelint_fix_hook(hook_repo, pre_commit_home, tmp_path):
    config = snippet_config(hook_repo).replace("- id: recipelint\n", "- id: recipelint-fix\n")
    repo = user_repository(tmp_path / "site", {
        "docusaurus.config.js": "module.exports = {};\n",
        "docs/soup.md": RECIPE.replace("tags:", "prep_time: 1:30\ntags:"),
    }, config)
    code, output = pre_commit(repo, pre_commit_home, "--files", "docs/soup.md")
    assert code == 1 and "files were modified by this hook" in output, output
    git(repo, "add", "-A")
    code, output = pre_commit(repo, pre_commit_home, "--files", "docs/soup.md")
    assert code == 0, output
