"""The GitHub Action (``action.yml``) run the way the runner runs a composite action:
each ``run:`` step through ``bash --noprofile --norc -eo pipefail`` with its ``env:``
evaluated from the inputs, under ``GITHUB_ACTIONS=true`` with ``GITHUB_OUTPUT`` and
``GITHUB_STEP_SUMMARY`` files. The ``actions/setup-python`` step is the one step not
run: the Python running the tests stands in for it, first on ``PATH``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml
from conftest import RECIPE, REPO

from recipelint import __version__

ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")
BROKEN = RECIPE.replace("title: Lentil Soup\n", "title: Lentil Soup\ntitle: Lentil Stew\n")  # FM004, an error


def _step(name: str) -> dict:
    return next(step for step in STEPS if step.get("name") == name)


def _evaluate(value: str, context: dict[str, str]) -> str:
    """The expressions the action may use: ``inputs.*`` and a few ``github.*`` values."""

    def lookup(match: re.Match) -> str:
        name = match.group(1)
        assert name in context, f"action.yml uses ${{{{ {name} }}}}, which this test does not provide"
        return context[name]

    return EXPRESSION.sub(lookup, value)


class Runner:
    """Runs the action's steps like the runner: one shell per step, shared output files."""

    def __init__(self, workspace: Path, bin_dir: Path, inputs: dict[str, str], github: dict[str, str] | None = None):
        self.workspace = workspace
        self.bin_dir = bin_dir
        self.output = workspace.parent / "github_output"
        self.summary = workspace.parent / "step_summary.md"
        self.output.write_text("")
        self.summary.write_text("")
        values = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
        values.update(inputs)
        self.context = {f"inputs.{name}": value for name, value in values.items()}
        self.context.update({"github.action_path": str(REPO), "github.action_repository": "",
                             "github.action_ref": "", **(github or {})})

    def run(self, name: str) -> subprocess.CompletedProcess:
        step = _step(name)
        assert step["shell"] == "bash"
        assert "${{" not in step["run"], "inputs reach the script through env:, never pasted into it"
        script = self.workspace.parent / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("GITHUB_", "RUNNER_"))}
        env.update({
            "PATH": f"{self.bin_dir}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_ACTIONS": "true",
            "GITHUB_OUTPUT": str(self.output),
            "GITHUB_STEP_SUMMARY": str(self.summary),
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_SERVER_URL": "https://github.com",
            "GITHUB_REPOSITORY": "cooks/site",
            "GITHUB_SHA": "c0ffee",
            "NO_COLOR": "1",
        })
        env.update({key: _evaluate(str(value), self.context) for key, value in step.get("env", {}).items()})
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=self.workspace,
                              env=env, capture_output=True, text=True, timeout=120)

    def outputs(self) -> dict[str, str]:
        return dict(line.split("=", 1) for line in self.output.read_text().splitlines())


@pytest.fixture
def workspace(tmp_path):
    """A repository checkout holding a Docusaurus site with a clean recipe."""
    root = tmp_path / "workspace"
    (root / "docs").mkdir(parents=True)
    (root / "docusaurus.config.js").write_text("module.exports = {};\n")
    (root / "docs" / "soup.md").write_text(RECIPE)
    return root


def _runner(workspace: Path, **inputs: str) -> Runner:
    return Runner(workspace, Path(sys.executable).parent, {"version": __version__, **inputs})


def test_the_action_declares_its_inputs_and_outputs():
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) == {"paths", "format", "output-file", "changed-since", "version", "args",
                                     "python-version"}
    assert set(ACTION["outputs"]) == {"exit-code", "output-file"}
    assert STEPS[0]["uses"].startswith("actions/setup-python@")
    assert STEPS[0]["with"]["python-version"] == "${{ inputs.python-version }}"


def test_install_step_with_a_version_installs_that_version(workspace):
    runner = _runner(workspace)
    installed = runner.run("Install recipelint")
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.strip().endswith(__version__)


def test_a_clean_site_passes_and_says_so(workspace):
    runner = _runner(workspace)
    checked = runner.run("Run recipelint")
    assert checked.returncode == 0, checked.stderr
    assert runner.outputs() == {"exit-code": "0", "output-file": ""}
    assert "No problems found in 1 file checked." in checked.stdout
    assert runner.summary.read_text() == (
        "## recipelint\n\n:white_check_mark: No problems found in 1 file checked.\n"
    )


def test_a_defect_fails_the_step_with_annotation_log_and_summary(workspace):
    (workspace / "docs" / "soup.md").write_text(BROKEN)
    runner = _runner(workspace, paths="docs")
    checked = runner.run("Run recipelint")
    assert checked.returncode == 1
    assert runner.outputs()["exit-code"] == "1"
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("::error file=docs/soup.md,line=4,col=1,")
    assert "docs/soup.md:4:1: FM004 [error] " in checked.stdout
    assert "Found 1 error in 1 file checked." in checked.stdout
    summary = runner.summary.read_text()
    assert summary.startswith("## recipelint\n\n:x: Found 1 error in 1 file checked.\n")
    assert "- [4:1](https://github.com/cooks/site/blob/c0ffee/docs/soup.md#L4) FM004 error: " in summary


def test_sarif_to_a_file_with_extra_args_and_rule_pages_of_the_action(workspace):
    (workspace / "docs" / "soup.md").write_text(BROKEN)
    (workspace / "docs" / "stew.md").write_text(RECIPE.replace("lentil-soup", "stew"))  # FM017: same title
    runner = Runner(workspace, Path(sys.executable).parent,
                    {"format": "sarif", "output-file": "recipelint.sarif", "args": "--exit-zero --ignore FM017",
                     "paths": "docs/soup.md\ndocs/stew.md\n"},
                    {"github.action_repository": "cooks/recipelint", "github.action_ref": "v1.2.0"})
    checked = runner.run("Run recipelint")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == ""
    assert runner.outputs() == {"exit-code": "0", "output-file": "recipelint.sarif"}
    log = json.loads((workspace / "recipelint.sarif").read_text())
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"] == "https://github.com/cooks/recipelint/blob/v1.2.0/docs/rules/FM004.md"
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "docs/soup.md", "uriBaseId": "%SRCROOT%"
    }
    assert "| [FM004](https://github.com/cooks/recipelint/blob/v1.2.0/docs/rules/FM004.md) |" in runner.summary.read_text()


def test_paths_are_never_globbed_and_usage_errors_exit_two(workspace):
    runner = _runner(workspace, paths="docs/*.md")
    checked = runner.run("Run recipelint")
    assert checked.returncode == 1  # "docs/*.md" itself does not exist: RL003
    assert "docs/*.md:1:1: RL003 [error]" in checked.stdout
    runner = _runner(workspace, format="yaml")
    checked = runner.run("Run recipelint")
    assert (checked.returncode, runner.outputs()["exit-code"]) == (2, "2")


@pytest.mark.slow
def test_install_step_installs_the_actions_own_checkout(tmp_path, workspace):
    """The default (no version): pip installs the checkout the workflow's ``uses:`` ref names."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    runner = Runner(workspace, bin_dir, {})
    installed = runner.run("Install recipelint")
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.strip() == f"recipelint, version {__version__}"
    (workspace / "docs" / "soup.md").write_text(BROKEN)
    checked = runner.run("Run recipelint")
    assert checked.returncode == 1
    assert "docs/soup.md:4:1: FM004 [error]" in checked.stdout
    assert runner.summary.read_text().startswith("## recipelint\n\n:x: Found 1 error")


def _readme_ci_snippets() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## In CI\n"): readme.index("\n## ", readme.index("## In CI\n") + 1)]
    return re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)


def test_the_readme_workflows_parse_and_use_only_declared_inputs():
    github, scanning, gitlab = (yaml.safe_load(snippet) for snippet in _readme_ci_snippets())
    uses = [step for job in [github["jobs"]["recipelint"], scanning["code-scanning"]] for step in job["steps"]
            if step.get("uses", "").startswith("OWNER/recipelint@")]
    assert len(uses) == 2
    assert all(set(step["with"]) <= set(ACTION["inputs"]) for step in uses)
    assert github["jobs"]["recipelint"]["steps"][0]["with"]["fetch-depth"] == 0
    assert scanning["code-scanning"]["steps"][-1]["uses"].startswith("github/codeql-action/upload-sarif@")
    reports = gitlab["recipelint"]["artifacts"]["reports"]
    assert reports == {"codequality": "gl-code-quality.json", "junit": "recipelint-junit.xml"}
    script = " ".join(gitlab["recipelint"]["script"])
    assert "--format gitlab --output-file gl-code-quality.json" in script
    assert "--format junit --output-file recipelint-junit.xml" in script
