"""Per-rule fixtures (tests/fixtures/<CODE>/, format in tests/fixtures/README.md),
then focused tests for inputs that are bytes, crashes and inline suppressions.

Every case runs the real pipeline in-process (``run_check`` with JSON output); a few
go through the installed console script to prove it works.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from recipelint.cli import main
from recipelint.config.loader import Overrides
from recipelint.rules import all_rules
from recipelint.run import CheckOptions, run_check

FIXTURES = Path(__file__).parent / "fixtures"
SEED_RECIPE = Path(__file__).parents[1] / ".." / "shared" / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"
EXPECTED_LINE = re.compile(r"^(?:(?P<path>[^\s:]+\.[A-Za-z]+) )?(\d+):(\d+)(?:-(\d+):(\d+))? ([A-Z]+[0-9]{3})(?: (.+))?$")

# The suppression and fix tests are about the engine; recipes without sections would
# also get SEC diagnostics there, which those tests do not look at.
FRONT_MATTER_AND_ENGINE = Overrides(select=["FM", "RL"])

# Cases that show a real bug: "<case id>": "why". Marked xfail(strict=True), so the
# test fails loudly once the bug is fixed and the entry can go.
KNOWN_BUGS = {
}


# -- running recipelint --------------------------------------------------------------


def lint(*paths: Path | str, overrides: Overrides | None = None) -> tuple[int, list[dict]]:
    """Exit code and JSON diagnostics of ``recipelint check --format json PATHS``."""
    out = io.StringIO()
    options = CheckOptions(paths=[str(p) for p in paths], output_format="json", overrides=overrides or Overrides(), jobs=1)
    code = run_check(options, stdout=out)
    return code, json.loads(out.getvalue())


def lint_bytes(tmp_path: Path, data: bytes | str, name: str = "recipe.md", **kwargs) -> tuple[int, list[dict]]:
    """Lint ``data`` written to a file in an isolated folder (default configuration)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "recipelint.toml").touch()
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return lint(path, **kwargs)


def spans(diagnostics: list[dict], *codes: str) -> list[str]:
    """``LINE:COL-END_LINE:END_COL CODE`` of the diagnostics with one of ``codes``."""
    return [
        f"{d['line']}:{d['column']}-{d['end_line']}:{d['end_column']} {d['code']}"
        for d in diagnostics
        if not codes or d["code"] in codes
    ]


# -- the fixture files ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Expected:
    path: str | None  # only in site cases: the file, relative to the case folder
    line: int
    column: int
    end: tuple[int, int] | None
    code: str
    fragment: str | None

    @classmethod
    def parse(cls, text: str) -> Expected:
        match = EXPECTED_LINE.match(text)
        assert match, f"bad .expected line {text!r} (see tests/fixtures/README.md)"
        path, line, column, end_line, end_column, code, fragment = match.groups()
        end = (int(end_line), int(end_column)) if end_line else None
        return cls(path, int(line), int(column), end, code, fragment)

    def render(self) -> str:
        end = f"-{self.end[0]}:{self.end[1]}" if self.end else ""
        where = f"{self.path} " if self.path else ""
        return f"{where}{self.line}:{self.column}{end} {self.code}" + (f" {self.fragment}" if self.fragment else "")


def render_like(diagnostic: dict, like: Expected | None, case_dir: Path | None = None) -> str:
    """A diagnostic in .expected form, as precise as the expectation it is paired with."""
    text = f"{diagnostic['line']}:{diagnostic['column']}"
    if case_dir is not None:
        text = f"{Path(diagnostic['path']).absolute().relative_to(case_dir.absolute()).as_posix()} {text}"
    if like is None or like.end:
        text += f"-{diagnostic['end_line']}:{diagnostic['end_column']}"
    text += f" {diagnostic['code']}"
    if like is None or like.fragment is None:
        return text if like else f"{text} {diagnostic['message']}"
    return f"{text} {like.fragment if like.fragment in diagnostic['message'] else diagnostic['message']}"


def _is_case_name(name: str) -> bool:
    return name.startswith(("good", "bad"))


def fixture_cases() -> list:
    """``good*.md``/``bad*.md`` files, and ``good*``/``bad*`` folders linted as a whole
    site (for the project rules, which compare pages)."""
    cases = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        site_cases = [p for p in folder.iterdir() if p.is_dir() and _is_case_name(p.name)]
        for path in sorted([*folder.rglob("*.md"), *site_cases]):
            if not _is_case_name(path.name) or (path.is_file() and any(s in path.parents for s in site_cases)):
                continue
            case_id = path.relative_to(FIXTURES).as_posix()
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case_id])] if case_id in KNOWN_BUGS else []
            cases.append(pytest.param(folder.name, path, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("code", "path"), fixture_cases())
def test_fixture(code: str, path: Path) -> None:
    _, diagnostics = lint(path)
    got = [d for d in diagnostics if d["code"] == code]
    case_dir = path if path.is_dir() else None
    if path.name.startswith("good"):
        assert [render_like(d, None, case_dir) for d in got] == []
        return
    sidecar = path.with_name(path.name + ".expected") if case_dir else path.with_suffix(".expected")
    assert sidecar.is_file(), f"{path.name} needs {sidecar.name}"
    lines = [line for line in sidecar.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    expected = [Expected.parse(line) for line in lines]
    assert all(e.code == code for e in expected), f"{sidecar.name} may only list {code}"
    assert expected, f"{sidecar.name} lists nothing; name the case good*.md instead"
    paired = [render_like(d, expected[i] if i < len(expected) else None, case_dir) for i, d in enumerate(got)]
    assert paired == [e.render() for e in expected]


def test_every_rule_has_a_fixture_folder() -> None:
    codes = set(all_rules())
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert codes - folders == set()
    assert folders - set(all_rules()) == set(), "a fixture folder for a rule that does not exist"


def test_every_rule_has_a_good_and_a_bad_case() -> None:
    missing = []
    for code in all_rules():
        if code in ("RL001", "RL002", "RL003", "RL004", "RL007", "RL008", "RL009"):
            continue  # bad bytes, missing paths, links out of the site and crashes: focused tests
        names = [p.name for p in (FIXTURES / code).rglob("*") if _is_case_name(p.name)]
        if not any(n.startswith("good") for n in names) or not any(n.startswith("bad") for n in names):
            missing.append(code)
    assert missing == []


def test_every_bad_case_has_a_sidecar_and_every_sidecar_a_case() -> None:
    bad = {p.with_suffix("") for p in FIXTURES.rglob("bad*.md")} | {p for p in FIXTURES.rglob("bad*") if p.is_dir()}
    sidecars = {p.with_suffix("") for p in FIXTURES.rglob("*.expected")}
    assert bad == sidecars


def test_fm009_empty_item_with_trailing_space(tmp_path: Path) -> None:
    # The fixture avoids trailing whitespace (editors strip it); `- ` is the same item.
    _, diagnostics = lint_bytes(tmp_path, "---\ntitle: P\ndescription: F.\ntags:\n  - \n  - breakfast\n---\n")
    assert [f"{d['line']}:{d['column']}" for d in diagnostics if d["code"] == "FM009"] == ["5:4"]


def test_seed_recipe_has_no_fm_or_rl_diagnostics() -> None:
    if not SEED_RECIPE.is_file():
        pytest.skip(f"seed recipe not found at {SEED_RECIPE}")
    code, diagnostics = lint(SEED_RECIPE)
    assert [d for d in diagnostics if d["code"].startswith(("FM", "RL"))] == []


# -- FM007 fixes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "contents"),
    [
        ("FM007/bad_boolean_field_yes.md", ["true", "false"]),
        ("FM007/bad_servings_no.md", ['"no"']),
        ("FM007/bad_prep_time_sexagesimal.md", ['"1:30"']),
        ("FM007/bad_title_date.md", ['"2024-01-01"']),
        ("FM007/bad_octal.md", ['"010"']),
        ("FM007/bad_unknown_key.md", [None]),  # no field type to go by: no fix
    ],
)
def test_fm007_fix_content(case: str, contents: list[str | None]) -> None:
    _, diagnostics = lint(FIXTURES / case)
    found = [d for d in diagnostics if d["code"] == "FM007"]
    assert [d["fix"]["edits"][0]["content"] if d["fix"] else None for d in found] == contents
    for d in found:
        if d["fix"]:
            (edit,) = d["fix"]["edits"]
            assert d["fix"]["safety"] == "safe"
            assert (edit["line"], edit["column"], edit["end_line"], edit["end_column"]) == (
                d["line"], d["column"], d["end_line"], d["end_column"]
            )


def test_fm007_fix_is_written_and_resolves_the_trap(tmp_path: Path) -> None:
    (tmp_path / "recipelint.toml").touch()
    path = tmp_path / "chili.md"
    path.write_text("---\ntitle: Chili\ndescription: Smoky.\nservings: no\ndraft: yes\n---\n")
    run_check(CheckOptions(paths=[str(path)], output_format="json", fix=True, jobs=1), stdout=io.StringIO())
    assert path.read_text() == '---\ntitle: Chili\ndescription: Smoky.\nservings: "no"\ndraft: true\n---\n'
    assert lint(path, overrides=FRONT_MATTER_AND_ENGINE) == (0, [])


# -- bytes: encodings and line endings (RL001), binary (RL002), size (RL004), RL003 --

TRANSFORMS = {
    "bom": lambda data: b"\xef\xbb\xbf" + data,
    "crlf": lambda data: data.replace(b"\n", b"\r\n"),
    "bom+crlf": lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),
    "cr": lambda data: data.replace(b"\n", b"\r"),
}


@pytest.mark.parametrize("transform", TRANSFORMS)
@pytest.mark.parametrize("case", ["RL001/good_utf8_non_ascii.md", "FM006/bad_several_at_once.md", "FM007/bad_boolean_field_yes.md"])
def test_bom_and_line_endings_change_no_position(tmp_path: Path, case: str, transform: str) -> None:
    data = (FIXTURES / case).read_bytes()
    _, plain = lint_bytes(tmp_path / "a", data)
    _, changed = lint_bytes(tmp_path / "b", TRANSFORMS[transform](data))
    assert "RL001" not in {d["code"] for d in changed}
    assert [{**d, "path": None} for d in changed] == [{**d, "path": None} for d in plain]


@pytest.mark.parametrize(
    ("data", "position"),
    [
        pytest.param("---\ntitle: Café\n---\n".encode("latin-1"), "2:11", id="latin-1"),
        pytest.param("---\r\ntitle: Café\r\n---\r\n".encode("latin-1"), "2:11", id="latin-1-crlf"),
        pytest.param(b"\xef\xbb\xbf# Caf\xe9\n", "1:6", id="bom-then-latin-1"),
        pytest.param("# Tea\n\nééé".encode() + b"\xe9 x\n", "3:4", id="columns-count-characters"),
        pytest.param(
            "---\rtitle: x\r---\r\rCafé\r".encode("latin-1"), "5:4", id="latin-1-cr",
        ),
    ],
)
def test_rl001_points_at_the_first_undecodable_byte(tmp_path: Path, data: bytes, position: str) -> None:
    code, diagnostics = lint_bytes(tmp_path, data)
    assert [f"{d['line']}:{d['column']} {d['code']}" for d in diagnostics] == [f"{position} RL001"]
    assert "0xe9" in diagnostics[0]["message"]
    assert code == 1


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("---\ntitle: Tea\n---\n".encode("utf-16"), id="utf-16-with-bom"),
        pytest.param("---\ntitle: Tea\n---\n".encode("utf-16-le"), id="utf-16-le"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png-named-md"),
    ],
)
def test_rl002_binary_file(tmp_path: Path, data: bytes) -> None:
    code, diagnostics = lint_bytes(tmp_path, data)
    assert spans(diagnostics) == ["1:1-1:2 RL002"]  # and nothing else is checked
    assert code == 1


def test_rl003_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "docs" / "mian" / "tacos.md"
    code, diagnostics = lint(missing)
    assert spans(diagnostics) == ["1:1-1:2 RL003"]
    assert diagnostics[0]["message"] == "file not found"
    assert diagnostics[0]["path"] == missing.as_posix()
    assert code == 1


def test_rl004_file_over_max_file_size(tmp_path: Path) -> None:
    (tmp_path / "recipelint.toml").write_text("max-file-size = 64\n")
    text = "---\ntitle: Tea\ndescription: A cup.\n---\n"
    (tmp_path / "at-limit.md").write_text(text.ljust(63) + "\n")
    (tmp_path / "over-limit.md").write_text(text.ljust(64) + "\n")
    code, diagnostics = lint(tmp_path / "at-limit.md", tmp_path / "over-limit.md")
    assert [(Path(d["path"]).name, d["line"], d["column"], d["code"]) for d in diagnostics] == [("over-limit.md", 1, 1, "RL004")]
    assert "65 bytes, over the limit of 64" in diagnostics[0]["message"]
    assert code == 1


def test_rl007_rule_crash_is_reported_and_exit_code_is_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from recipelint.rules import get_rule, registry

    def crash(ctx):
        raise RuntimeError("boom")

    rule = get_rule("FM012")
    monkeypatch.setitem(registry._RULES, "FM012", dataclasses.replace(rule, check=crash))
    out = tmp_path / "report.json"
    code = main(["check", "--format", "json", "--output-file", str(out), str(FIXTURES / "FM006" / "bad_tags_string.md")])
    diagnostics = json.loads(out.read_text(encoding="utf-8"))
    assert code == 2
    assert spans(diagnostics, "RL007") == ["1:1-1:2 RL007"]
    crash_report = next(d for d in diagnostics if d["code"] == "RL007")
    assert crash_report["message"] == "internal error in rule FM012 (empty-field): RuntimeError: boom"
    assert spans(diagnostics, "FM006") == ["4:7-4:19 FM006"]  # the other rules still ran


# -- the real console script ---------------------------------------------------------


def cli(*args: str, module: bool = False) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "recipelint"] if module else ["recipelint"]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=FIXTURES, timeout=60)


def test_cli_json_output_and_exit_code() -> None:
    result = cli("check", "--format", "json", "FM007/bad_boolean_field_yes.md", "FM001/good_front_matter.md")
    assert result.returncode == 0, result.stderr  # warnings only
    diagnostics = json.loads(result.stdout)
    assert spans(diagnostics) == ["4:8-4:11 FM007", "5:13-5:16 FM007"]
    assert {d["path"] for d in diagnostics} == {"FM007/bad_boolean_field_yes.md"}
    schema = Path(__file__).parents[1] / ".." / "shared" / "specs" / "recipelint-json-output.schema.json"
    if schema.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(diagnostics, json.loads(schema.read_text(encoding="utf-8")))


def test_cli_text_output_clean_file_and_missing_file() -> None:
    result = cli("check", "--format", "text", "FM006/bad_tags_string.md")
    assert result.returncode == 0  # a warning
    assert "FM006/bad_tags_string.md:4:7: FM006 " in result.stdout
    assert cli("check", "--format", "text", "FM003/bad_tab_indent_list.md").returncode == 1
    assert cli("check", "FM001/good_front_matter.md", module=True).returncode == 0
    missing = cli("check", "--format", "json", "no/such/recipe.md")
    assert missing.returncode == 1
    assert spans(json.loads(missing.stdout)) == ["1:1-1:2 RL003"]


def test_cli_rule_documentation() -> None:
    result = cli("rule", "FM007")
    assert result.returncode == 0
    assert "yaml-implicit-type" in result.stdout and "servings: no" in result.stdout


# -- inline suppressions (RL005, RL006) ----------------------------------------------

FRONT = "---\ntitle: Soup\ndescription: Warm.\n"  # lines 1-3; a case's text starts on line 4

case = pytest.param
SUPPRESSION_CASES = [
    case(FRONT + "# <!-- recipelint-disable-next-line FM007 -->\nservings: no\ndraft: yes\n---\n", ["6:8 FM007"], id="next-line"),
    case(FRONT + "servings: no # <!-- recipelint-disable-line FM007 -->\ndraft: yes\n---\n", ["5:8 FM007"], id="line"),
    case(FRONT + "# <!-- recipelint-disable-next-line yaml-implicit-type -->\nservings: no\n---\n", [], id="by-name"),
    case(FRONT + "spicy: no # <!-- recipelint-disable-line FM -->\n---\n", [], id="by-prefix"),
    case(FRONT + "auther: no # <!-- recipelint-disable-line FM008, FM007 -->\n---\n", [], id="several-codes"),
    case(
        FRONT + "# <!-- recipelint-disable FM007 -->\nservings: no\ndraft: yes\n# <!-- recipelint-enable FM007 -->\ncook_time: 010\n---\n",
        ["8:12 FM007"],
        id="range",
    ),
    case(FRONT + "servings: no\n# <!-- recipelint-disable FM007 -->\ndraft: yes\ncook_time: 010\n---\n", ["4:11 FM007"], id="range-to-end"),
    case(FRONT + "# <!-- recipelint-disable FM007 -->\n# <!-- recipelint-enable FM006 -->\ndraft: yes\n---\n", [], id="enable-other-code"),
    case(FRONT + "servings: no\n---\n\nText.\n\n<!-- recipelint-disable-file FM007 -->\n", [], id="file"),
    case("# Soup\n\n<!-- recipelint-disable-file all -->\n", [], id="file-all"),
    case("# Soup <!-- recipelint-disable-line -->\n", [], id="line-no-codes"),
    case("# Soup\n\n```md\n<!-- recipelint-disable-file FM001 -->\n```\n", ["1:1 FM001"], id="fenced-example"),
    case("# Soup\n\n    <!-- recipelint-disable-file FM001 -->\n", ["1:1 FM001"], id="indented-example"),
    case(FRONT + "---\n\nSome text <!-- recipelint-disable-line FM001 -->\n", ["6:11 RL005"], id="unused"),
    case(FRONT + "# <!-- recipelint-disable-next-line FM007 -->\nservings: 4\n---\n", ["4:3 RL005"], id="unused-in-yaml-comment"),
    case(FRONT + "---\n\n<!-- recipelint-disable-next-line FM999 -->\nText\n", ["6:1 RL006"], id="unknown-code"),
    case("<!-- recipelint-disable-file FM999, FM001 -->\n# Soup\n", ["1:1 RL006"], id="unknown-and-used"),
    case(FRONT + "---\n\n<!-- recipelint-disable-file RL005 -->\n<!-- recipelint-disable-next-line FM001 -->\nText\n", [], id="rl005-suppressed"),
    case(
        FRONT + "---\n\nText <!-- recipelint-disable-line all -->\n", ["6:6 RL005"], id="unused-line-all",
    ),
    case(
        FRONT + "---\n\n<!-- recipelint-disable -->\nText\n", ["6:1 RL005"], id="unused-range-all",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPRESSION_CASES)
def test_suppressions(tmp_path: Path, text: str, expected: list[str]) -> None:
    _, diagnostics = lint_bytes(tmp_path, text, overrides=FRONT_MATTER_AND_ENGINE)
    assert [f"{d['line']}:{d['column']} {d['code']}" for d in diagnostics] == expected


def test_unused_suppression_of_a_disabled_rule_is_not_reported(tmp_path: Path) -> None:
    text = FRONT + "# <!-- recipelint-disable-next-line FM007 -->\nservings: 4\n---\n"
    assert spans(lint_bytes(tmp_path, text, overrides=FRONT_MATTER_AND_ENGINE)[1]) == ["4:3-4:46 RL005"]
    assert lint_bytes(tmp_path, text, overrides=Overrides(select=["FM", "RL"], ignore=["FM007"]))[1] == []
