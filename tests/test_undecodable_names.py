"""A file whose name is not UTF-8 is checked like any other, and every report stays a
valid UTF-8 document: the byte is shown as ``\\xNN``, and in a URI it is ``%NN``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FORMATS = ("text", "json", "jsonl", "github", "sarif", "junit", "gitlab")

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system takes only valid names")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    name = os.path.join(os.fsencode(tmp_path / "docs"), b"caf\xe9.md")
    with open(name, "wb") as handle:
        handle.write(b"---\ntitle: [unclosed\n---\n")
    return tmp_path


def run(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "recipelint", "check", ".", *args], cwd=site,
                          capture_output=True, timeout=60)


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_is_valid_utf8_and_names_the_file(site, output_format):
    process = run(site, "--format", output_format)
    assert process.returncode == 1, process.stderr
    output = process.stdout.decode("utf-8")  # strict: raises on any byte that is not UTF-8
    if output_format == "sarif":
        assert "docs/caf%E9.md" in output
    else:
        assert "caf\\xE9.md" in output.replace("\\\\", "\\")
    if output_format in ("json", "sarif", "gitlab"):
        json.loads(output)
    if output_format == "jsonl":
        assert [json.loads(line)["code"] for line in output.splitlines()] == ["FM003"]


def test_the_output_file_is_valid_too(site):
    process = run(site, "--format", "json", "-o", "report.json")
    assert process.returncode == 1, process.stderr
    assert [d["path"] for d in json.loads((site / "report.json").read_text(encoding="utf-8"))] == ["docs/caf\\xE9.md"]


def test_sarif_with_such_a_name_is_valid_sarif(site):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = SHARED / "specs" / "sarif-schema-2.1.0.json"
    if not schema_file.is_file():
        pytest.skip("../shared/specs is not beside the repository")
    log = json.loads(run(site, "--format", "sarif").stdout.decode("utf-8"))
    jsonschema.Draft4Validator(json.loads(schema_file.read_text(encoding="utf-8"))).validate(log)


def test_junit_with_such_a_name_is_read_by_junitparser(site):
    junitparser = pytest.importorskip("junitparser")
    run(site, "--format", "junit", "-o", "report.xml")
    cases = [case.name for suite in junitparser.JUnitXml.fromfile(str(site / "report.xml")) for case in suite]
    assert any("caf\\xE9.md" in name for name in cases)


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_written_with_o_is_valid_utf8(site, output_format):
    process = run(site, "--format", output_format, "-o", "report.out")
    assert process.returncode == 1, process.stderr
    assert process.stdout == b""
    output = (site / "report.out").read_bytes().decode("utf-8")
    assert ("docs/caf%E9.md" if output_format == "sarif" else "caf\\xE9.md") in output.replace("\\\\", "\\")
    if output_format in ("json", "sarif", "gitlab"):
        json.loads(output)


def test_the_other_text_outputs_and_the_job_summary_are_valid_utf8(site):
    fixable = os.path.join(os.fsencode(site / "docs"), b"t\xff.md")
    with open(fixable, "wb") as handle:
        handle.write(b"---\ntitle: Soup\ndescription: A soup.\n---\n\n## Overview:\n")
    summary = site / "summary.md"
    actions = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(site),
               "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "0" * 40}
    for args in (("--statistics",), ("--diff",), ("--show-fixes",)):
        process = subprocess.run([sys.executable, "-m", "recipelint", "check", ".", *args], cwd=site,
                                 capture_output=True, timeout=60, env={**os.environ, **actions})
        assert process.returncode == 1, process.stderr
        output = process.stdout.decode("utf-8") + process.stderr.decode("utf-8")
        assert ("t\\xFF.md" in output) == (args != ("--statistics",)), (args, output)
    text = summary.read_bytes().decode("utf-8")
    assert "/blob/" + "0" * 40 + "/docs/caf%E9.md" in text


def test_such_a_page_is_fixed_under_its_own_name(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    name = os.path.join(os.fsencode(tmp_path / "docs"), b"caf\xe9.md")
    with open(name, "wb") as handle:
        handle.write(b"---\ntitle: Soup\ndescription: A soup.\n---\n\n## Overview:\n\nHot.\n")
    process = run(tmp_path, "--fix", "--format", "json")
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout.decode("utf-8")) == []
    with open(name, "rb") as handle:
        assert handle.read().endswith(b"\n## Overview\n\nHot.\n")
    assert os.listdir(os.fsencode(tmp_path / "docs")) == [b"caf\xe9.md"]
