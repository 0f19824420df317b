"""Configuration discovery, validation errors and the selection engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recipelint.config.globs import matches_any
from recipelint.config.loader import ConfigError, Overrides
from recipelint.diagnostic import Severity
from recipelint.engine.selection import RuleSelection, config_resolver
from recipelint.rules import get_rule


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_nearest_config_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.recipelint]\nignore = ["FM008"]\n')
    write(tmp_path / "docs" / "recipelint.toml", 'ignore = ["FM010"]\n')
    resolver = config_resolver()
    assert resolver.for_path(tmp_path / "docs" / "a" / "x.md").settings.ignore == ["FM010"]
    assert resolver.for_path(tmp_path / "y.md").settings.ignore == ["FM008"]


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / "recipelint.toml", 'ignore = ["FM008"]\n')
    write(tmp_path / "docs" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert config_resolver().for_path(tmp_path / "docs" / "x.md").settings.ignore == ["FM008"]


def test_recipelint_toml_beats_pyproject_in_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.recipelint]\nignore = ["FM008"]\n')
    write(tmp_path / ".recipelint.toml", 'ignore = ["FM010"]\n')
    assert config_resolver().for_path(tmp_path / "x.md").settings.ignore == ["FM010"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('selct = ["FM"]\n', "selct: unknown configuration key"),
        ('preset = "gatsby"\n', "preset: input should be 'docusaurus', 'hugo', 'jekyll' or 'mkdocs'"),
        ('select = ["NOPE9"]\n', "select: unknown rule selector 'NOPE9'"),
        ('severity = { FM008 = "fatal" }\n', "severity.FM008: input should be 'error', 'warning' or 'info'"),
        ("[rules.FM013]\ntitle-max = 3\n", "rules: FM013 has no option 'title-max'"),
        ('[rules.FM013]\ntitle-max-length = "long"\n', "rules: FM013.title-max-length must be int, got str"),
        ("[rules.FM013]\ntitle-max-length = 10.5\n", "rules: FM013.title-max-length must be int, got float"),
        ('[rules.LNK001]\nshortcut-references = "some"\n',
         "rules: LNK001.shortcut-references must be one of 'capitalised', 'all', 'never', got 'some'"),
        ('[rules.FM014]\nid-pattern = "(["\n', "rules: FM014: id-pattern is not a regular expression"),
        ('[rules.IMG002]\nmeaningless = ["photo", 3]\n', "rules: IMG002.meaningless must be list of str, got list of int, str"),
        ("[rules.SEC009]\ncheck-item-numbers = 1\n", "rules: SEC009.check-item-numbers must be bool, got int"),
        ("[rules.RL001]\nanything = 1\n", "rules: RL001 has no option 'anything' (options: none)"),
        ("[front-matter]\nrequired = []\n", "front-matter.required: unknown configuration key"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, text, message):
    config = write(tmp_path / "recipelint.toml", text)
    with pytest.raises(ConfigError) as caught:
        config_resolver().for_path(tmp_path / "x.md")
    assert str(caught.value).startswith(f"{config}: ")
    assert message.lower() in str(caught.value).lower()


def test_rule_options_accept_names_and_normalise_to_codes(tmp_path):
    write(tmp_path / "recipelint.toml", "[rules.field-too-long]\ntitle-max-length = 10\n")
    assert config_resolver().for_path(tmp_path / "x.md").settings.rules == {"FM013": {"title-max-length": 10}}


def test_cli_overrides_apply_on_top(tmp_path):
    write(tmp_path / "recipelint.toml", 'ignore = ["FM008"]\npreset = "hugo"\n')
    settings = config_resolver(Overrides(preset="jekyll", ignore=["FM010"])).for_path(tmp_path / "x.md").settings
    assert settings.preset == "jekyll"
    assert settings.ignore == ["FM008", "FM010"]


def test_explicit_config_file_is_used_everywhere(tmp_path):
    config = write(tmp_path / "elsewhere.toml", 'ignore = ["FM004"]\n')
    write(tmp_path / "docs" / "recipelint.toml", 'ignore = ["FM010"]\n')
    resolver = config_resolver(config_file=config)
    assert resolver.for_path(tmp_path / "docs" / "x.md").settings.ignore == ["FM004"]


# A page with content but no front matter: FM001 and nothing else.
UNTERMINATED = "---\ntitle: Soup\n"  # FM002 wherever it is checked
NO_FRONT_MATTER = "# No front matter\n\nJust text.\n"


def test_per_file_ignores(tmp_path, run_json):
    write(tmp_path / "recipelint.toml", '[per-file-ignores]\n"drafts/**" = ["FM001"]\n')
    write(tmp_path / "drafts" / "a.md", NO_FRONT_MATTER)
    write(tmp_path / "b.md", NO_FRONT_MATTER)
    _, diagnostics = run_json(str(tmp_path))
    assert [(d["path"].rsplit("/", 1)[1], d["code"]) for d in diagnostics] == [("b.md", "FM001")]


def test_severity_override_changes_exit_code(tmp_path, run_json):
    write(tmp_path / "recipelint.toml", 'severity = { FM = "warning" }\n')
    write(tmp_path / "b.md", NO_FRONT_MATTER)
    code, diagnostics = run_json(str(tmp_path))
    assert code == 0
    assert diagnostics[0]["severity"] == "warning"


def test_exclude_and_gitignore_when_walking(tmp_path, run_json):
    write(tmp_path / "recipelint.toml", 'exclude = ["drafts"]\n')
    write(tmp_path / ".gitignore", "build/\n*.tmp.md\n")
    for name in ("drafts/a.md", "build/b.md", "c.tmp.md", "node_modules/d.md", "ok.md", "notes.txt"):
        write(tmp_path / name, NO_FRONT_MATTER)
    _, diagnostics = run_json(str(tmp_path))
    assert [d["path"].rsplit("/", 1)[1] for d in diagnostics] == ["ok.md"]


def test_gitignore_above_the_checked_folder_applies_up_to_the_repository_root(tmp_path, run_json, monkeypatch):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(repo / ".gitignore", "docs/drafts/\n")
    write(tmp_path / ".gitignore", "*.md\n")  # above the repository: not this repository's
    for name in ("docs/drafts/a.md", "docs/ok.md"):
        write(repo / name, NO_FRONT_MATTER)
    _, diagnostics = run_json(str(repo / "docs"))
    assert [d["path"].rsplit("/", 1)[1] for d in diagnostics] == ["ok.md"]
    monkeypatch.chdir(repo)
    _, diagnostics = run_json("docs")
    assert [d["path"] for d in diagnostics] == ["docs/ok.md"]


def test_explicit_file_is_checked_even_if_excluded_unless_forced(tmp_path, run_json):
    write(tmp_path / "recipelint.toml", 'exclude = ["drafts"]\n')
    draft = write(tmp_path / "drafts" / "a.md", NO_FRONT_MATTER)
    assert len(run_json(str(draft))[1]) == 1
    assert run_json("--force-exclude", str(draft))[1] == []


def rule(code):
    return get_rule(code)


def test_selection_longest_selector_wins():
    selection = RuleSelection(select=("FM",), ignore=("FM0",), extend_select=("FM007",))
    assert selection.is_enabled(rule("FM007"))
    assert not selection.is_enabled(rule("FM006"))


def test_selection_default_and_all():
    assert RuleSelection(select=None, ignore=()).is_enabled(rule("FM001"))
    assert RuleSelection(select=("ALL",), ignore=("RL",)).is_enabled(rule("FM001"))
    assert not RuleSelection(select=("ALL",), ignore=("RL",)).is_enabled(rule("RL001"))


def test_a_narrowed_select_still_reports_files_that_could_not_be_checked_and_crashes():
    narrowed = RuleSelection(select=("FM", "CAL"), ignore=())
    assert all(narrowed.is_enabled(rule(code)) for code in ("RL001", "RL002", "RL003", "RL004", "RL007"))
    assert not narrowed.is_enabled(rule("RL005"))
    assert not RuleSelection(select=None, ignore=("RL004",)).is_enabled(rule("RL004"))
    assert RuleSelection(select=None, ignore=("RL",)).is_enabled(rule("RL007"))


def test_select_narrowed_to_fm_reports_a_missing_file(tmp_path, run_json):
    code, diagnostics = run_json("--select", "FM", str(tmp_path / "nope.md"))
    assert (code, [d["code"] for d in diagnostics]) == (1, ["RL003"])


def test_severity_override_longest_prefix():
    selection = RuleSelection(select=None, ignore=(), severity=(("FM", Severity.INFO), ("FM010", Severity.ERROR)))
    assert selection.severity_of(rule("FM010")).value == "error"
    assert selection.severity_of(rule("FM008")).value == "info"


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("docs/a.md", "*.md", True),
        ("docs/a.mdx", "*.md", False),
        ("docs/drafts/x/y.md", "docs/drafts/**", True),
        ("x/docs/drafts/y.md", "docs/drafts/**", False),
        ("x/docs/drafts/y.md", "**/drafts/*.md", True),
        ("docs/a1.md", "docs/a[0-9].md", True),
        ("docs/a.mdx", "*.{md,mdx}", True),
        ("docs/a.txt", "*.{md,mdx}", False),
        ("docs/drafts/y.md", "drafts/", True),  # a folder, at any depth, and all below it
        ("docs/drafts", "drafts/", False),  # only a folder: a file named drafts is not one
        ("drafts.md", "/drafts.md", True),  # a leading slash anchors to the configuration's folder
        ("docs/drafts.md", "/drafts.md", False),
        ("docs/b.md", "docs/[!a].md", True),
        ("docs/a.md", "docs/[!a].md", False),
        ("docs/a.md", "{docs,notes}/{a,{b,c}}.md", True),  # nested braces expand too
        ("notes/c.md", "{docs,notes}/{a,{b,c}}.md", True),
        ("{a,b}*.md", "\\{a,b}\\*.md", True),  # escaped braces and stars are the characters
        ("a*.md", "\\{a,b}\\*.md", False),
        ("{a,b}x.md", "\\{a,b}\\*.md", False),
    ],
)
def test_globs(path, pattern, expected):
    assert matches_any(path, [pattern]) is expected


def test_include_with_a_folder_and_a_folder_pattern_that_stops_the_walk(tmp_path, run_json):
    (tmp_path / "recipelint.toml").write_text('include = ["recipes/*.md"]\nexclude = ["drafts/"]\n', encoding="utf-8")
    for name in ("recipes/soup.md", "notes/soup.md", "recipes/drafts/soup.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    _, diagnostics = run_json(str(tmp_path))
    assert {d["path"].split(str(tmp_path) + "/")[-1] for d in diagnostics} == {"recipes/soup.md"}


def test_a_later_negated_pattern_includes_again():
    patterns = ["drafts/**", "!drafts/keep.md"]
    assert matches_any("drafts/old.md", patterns)
    assert not matches_any("drafts/keep.md", patterns)


def test_negated_per_file_ignores_apply_to_the_files_the_pattern_does_not_match(tmp_path, run_json):
    (tmp_path / "recipelint.toml").write_text('[per-file-ignores]\n"!recipes/**" = ["FM"]\n', encoding="utf-8")
    for folder in ("recipes", "notes"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    _, diagnostics = run_json(str(tmp_path))
    assert {d["path"].split("/")[-2] for d in diagnostics if d["code"].startswith("FM")} == {"recipes"}


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(alphabet="ab/*?[]!{},.-\\#^ ", max_size=40), st.text(max_size=40)),
    st.one_of(st.text(alphabet="ab/.c", max_size=60), st.just("ab/" * 300 + "c.md")),
)
def test_any_pattern_is_accepted_or_refused_with_a_reason_and_matches_in_bounded_time(pattern, path):
    from recipelint.config.globs import check_glob

    try:
        check_glob(pattern)
    except ValueError as refused:
        assert str(refused)
        return
    assert matches_any(path, [pattern]) in (True, False)


def test_walking_skips_site_templates_output_and_project_files(tmp_path, run_json):
    write(tmp_path / "config.toml", 'title = "x"\n')
    (tmp_path / "content").mkdir()
    for name in ("archetypes/default.md", "public/index.md", "LICENSE.md", "README.md", "content/soup.md"):
        write(tmp_path / name, UNTERMINATED)
    _, diagnostics = run_json(str(tmp_path))
    assert [d["path"].rsplit("/", 2)[-2:] for d in diagnostics] == [["content", "soup.md"]]
    # named explicitly, a project file is still checked
    assert [d["code"] for d in run_json(str(tmp_path / "README.md"))[1]] == ["FM002"]


def test_rule_options_are_typed_objects_with_configured_values_over_defaults(tmp_path):
    from recipelint.rules import get_rule
    from recipelint.rules.options import build_options

    rule = get_rule("CAL005")
    options = build_options(rule.code, rule.options_type, {"tolerance-percent": 20})
    assert (options.tolerance_percent, options.min_difference_kcal) == (20, 15)
    assert rule.options == {"tolerance-percent": 35, "min-difference-kcal": 15}


def _checked(run_json, folder) -> list[str]:
    """The files a folder walk checks (each holds an unterminated front matter: FM002)."""
    _, diagnostics = run_json(str(folder))
    return sorted(d["path"].removeprefix(f"{folder.as_posix()}/") for d in diagnostics if d["code"] == "FM002")


def test_walking_a_hugo_site_checks_only_its_content(tmp_path, run_json):
    write(tmp_path / "hugo.toml", 'title = "x"\n')
    for name in ("content/soup.md", "content/mains/stew.markdown", "todo.md", "layouts/partials/card.md",
                 ".github/ISSUE_TEMPLATE/bug.md", "docs/notes.md", "CLAUDE.md"):
        write(tmp_path / name, UNTERMINATED)
    assert _checked(run_json, tmp_path) == ["content/mains/stew.markdown", "content/soup.md"]


def test_walking_an_mkdocs_site_follows_its_docs_dir(tmp_path, run_json):
    write(tmp_path / "mkdocs.yml", "site_name: Recipes\ndocs_dir: recipes\n")
    for name in ("recipes/soup.md", "template.md", "docs/old.md"):
        write(tmp_path / name, UNTERMINATED)
    assert _checked(run_json, tmp_path) == ["recipes/soup.md"]


def test_walking_a_jekyll_site_honours_its_exclude_and_markdown_extensions(tmp_path, run_json):
    write(tmp_path / "_config.yml", "title: Recipes\nexclude:\n  - drafts\n  - \"*-old.md\"\n")
    for name in ("_recipes/soup.markdown", "_posts/2024-01-01-stew.MD", "about.md", "drafts/pie.md",
                 "_recipes/cake-old.md", "README.md", "_layouts/recipe.md"):
        write(tmp_path / name, UNTERMINATED)
    assert _checked(run_json, tmp_path) == ["_posts/2024-01-01-stew.MD", "_recipes/soup.markdown", "about.md"]


def test_a_run_that_checks_no_file_says_so(tmp_path, capsys):
    from recipelint.cli import main

    write(tmp_path / "notes.txt", "not markdown\n")
    assert main(["check", str(tmp_path)]) == 0
    assert "no Markdown files to check" in capsys.readouterr().err


def test_walking_a_docusaurus_site_follows_its_plugin_paths(tmp_path, run_json):
    write(tmp_path / "docusaurus.config.js", "module.exports = { presets: [['classic', { blog: { path: './recipes' } }]] };\n")
    for name in ("recipes/2024-01-01-soup.md", "docs/intro.md", "notes/todo.md", "README.md"):
        write(tmp_path / name, UNTERMINATED)
    assert _checked(run_json, tmp_path) == ["docs/intro.md", "recipes/2024-01-01-soup.md"]
