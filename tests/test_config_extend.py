"""``extend = "../recipelint.toml"``: inheritance, merge semantics, rebased paths and
patterns, cycles; "did you mean" for unknown keys; --show-settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RECIPE

from recipelint.cli import main
from recipelint.config.extend import rebase_pattern
from recipelint.config.loader import ConfigError
from recipelint.engine.selection import config_resolver


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


BASE = """\
select = ["FM", "CAL"]
ignore = ["FM013"]
extend-select = ["LNK005"]
exclude = ["website/docs/drafts/**", "other/**", "*.tmp.md", "**/old/**"]
static-dirs = ["website/static"]
per-file-ignores = { "website/docs/legacy/**" = ["FM008"], "**/imported/**" = ["CAL"] }
severity = { FM010 = "error", CAL005 = "info" }

[front-matter]
required-keys = ["tags"]
allowed-keys = ["difficulty"]

[rules.FM013]
title-max-length = 30

[rules.CAL001]
approximate-tolerance-kcal = 5
"""

CHILD = """\
extend = "../recipelint.toml"
ignore = ["FM016"]
extend-select = ["LNK006"]
per-file-ignores = { "docs/x/**" = ["SEC"] }
severity = { FM010 = "warning" }

[front-matter]
allowed-keys = ["cuisine"]

[rules.FM013]
description-max-length = 100
"""


def test_extend_merges_tables_by_key_and_replaces_values(tmp_path):
    write(tmp_path / "recipelint.toml", BASE)
    write(tmp_path / "website" / "recipelint.toml", CHILD)
    config = config_resolver().for_path(tmp_path / "website" / "docs" / "a.md")
    settings = config.settings
    assert config.path == (tmp_path / "website" / "recipelint.toml").resolve()
    assert config.extended == ((tmp_path / "recipelint.toml").resolve(),)
    assert settings.select == ["FM", "CAL"]  # not in the extending file: inherited
    assert settings.ignore == ["FM016"]  # replaced
    assert settings.extend_select == ["LNK005", "LNK006"]  # extend-* lists add up
    assert settings.severity == {"FM010": "warning", "CAL005": "info"}  # per rule
    assert settings.per_file_ignores == {"docs/legacy/**": ["FM008"], "**/imported/**": ["CAL"], "docs/x/**": ["SEC"]}
    assert settings.front_matter.required_keys == ["tags"]
    assert settings.front_matter.allowed_keys == ["cuisine"]  # a list inside a table replaces
    assert settings.rules == {"FM013": {"title-max-length": 30, "description-max-length": 100},
                              "CAL001": {"approximate-tolerance-kcal": 5}}
    # seen from website/: the parent's folders and patterns keep meaning what they meant
    assert settings.static_dirs == ["static"]
    assert settings.exclude == ["docs/drafts/**", "*.tmp.md", "**/old/**"]


def test_a_nested_config_without_extend_does_not_inherit(tmp_path):
    write(tmp_path / "recipelint.toml", BASE)
    write(tmp_path / "website" / "recipelint.toml", 'ignore = ["FM016"]\n')
    settings = config_resolver().for_path(tmp_path / "website" / "docs" / "a.md").settings
    assert settings.select is None and settings.ignore == ["FM016"] and settings.rules == {}


def test_extend_chain_and_pyproject(tmp_path):
    write(tmp_path / "shared" / "base.toml", 'ignore = ["FM013"]\n[rules.FM013]\ntitle-max-length = 30\n')
    write(tmp_path / "pyproject.toml", '[tool.recipelint]\nextend = "shared/base.toml"\nselect = ["FM"]\n')
    write(tmp_path / "site" / ".recipelint.toml", 'extend = "../pyproject.toml"\nselect = ["CAL"]\n')
    config = config_resolver().for_path(tmp_path / "site" / "a.md")
    assert config.settings.select == ["CAL"] and config.settings.ignore == ["FM013"]
    assert config.extended == ((tmp_path / "pyproject.toml").resolve(), (tmp_path / "shared" / "base.toml").resolve())


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"recipelint.toml": 'extend = "website/recipelint.toml"\n',
          "website/recipelint.toml": 'extend = "../recipelint.toml"\n'},
         "{root}/recipelint.toml: extend: cycle: {root}/website/recipelint.toml -> {root}/recipelint.toml -> "
         "{root}/website/recipelint.toml"),
        ({"website/recipelint.toml": 'extend = "recipelint.toml"\n'},
         "{root}/website/recipelint.toml: extend: cycle: {root}/website/recipelint.toml -> {root}/website/recipelint.toml"),
        ({"website/recipelint.toml": 'extend = "../nope.toml"\n'},
         "{root}/website/recipelint.toml: extend: no such file: {root}/nope.toml"),
        ({"pyproject.toml": "[project]\nname = 'x'\n", "website/recipelint.toml": 'extend = "../pyproject.toml"\n'},
         "{root}/website/recipelint.toml: extend: {root}/pyproject.toml has no [tool.recipelint] table"),
        ({"website/recipelint.toml": "extend = 3\n"},
         "{root}/website/recipelint.toml: extend: must be the path of a configuration file"),
        ({"recipelint.toml": 'ignor = ["FM013"]\n', "website/recipelint.toml": 'extend = "../recipelint.toml"\n'},
         "{root}/recipelint.toml: ignor: unknown configuration key; did you mean 'ignore'?"),
    ],
)
def test_extend_errors_are_one_line_naming_the_file(tmp_path, capsys, files, message):
    for name, text in files.items():
        write(tmp_path / name, text)
    write(tmp_path / "website" / "docs" / "a.md", RECIPE)
    root = tmp_path.resolve()
    with pytest.raises(ConfigError) as raised:
        config_resolver().for_path(tmp_path / "website" / "docs" / "a.md")
    assert str(raised.value) == message.format(root=root)
    assert main(["check", str(tmp_path / "website")]) == 2
    assert capsys.readouterr().err == f"recipelint: error: {message.format(root=root)}\n"


@pytest.mark.parametrize(
    ("pattern", "below", "expected"),
    [
        ("*.md", ("website",), "*.md"),
        ("**/old/**", ("website",), "**/old/**"),
        ("website/docs/**", ("website",), "docs/**"),
        ("website/drafts", ("website",), "/drafts"),
        ("website/**", ("website",), "**"),
        ("website", ("website",), "website"),  # no slash: any folder of that name, at any depth
        ("/website", ("website",), "**"),
        ("*/docs/**", ("website",), "docs/**"),
        ("apps/**/drafts", ("apps", "web"), "**/drafts"),
        ("other/**", ("website",), None),
        ("apps/web/x.md", ("apps",), "web/x.md"),
    ],
)
def test_rebase_pattern(pattern, below, expected):
    assert rebase_pattern(pattern, below) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('selct = ["FM"]\n', "selct: unknown configuration key; did you mean 'select'?"),
        ("per-file-ignore = {}\n", "per-file-ignore: unknown configuration key; did you mean 'per-file-ignores'?"),
        ("[front-matter]\nrequired-key = []\n",
         "front-matter.required-key: unknown configuration key; did you mean 'required-keys'?"),
        ("[ingredients]\nalias = {}\n", "ingredients.alias: unknown configuration key; did you mean 'aliases'?"),
        ("colour = true\n", "colour: unknown configuration key"),
    ],
)
def test_unknown_keys_suggest_the_closest_known_key(tmp_path, text, message):
    write(tmp_path / "recipelint.toml", text)
    with pytest.raises(ConfigError) as raised:
        config_resolver().for_path(tmp_path / "a.md")
    assert str(raised.value) == f"{tmp_path / 'recipelint.toml'}: {message}"


def test_show_settings_names_the_files_and_the_effective_values(tmp_path, capsys, monkeypatch):
    write(tmp_path / "recipelint.toml", BASE)
    write(tmp_path / "website" / "recipelint.toml", CHILD)
    write(tmp_path / "website" / "docusaurus.config.js", "module.exports = {};\n")
    write(tmp_path / "website" / "docs" / "legacy" / "a.md", RECIPE)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--show-settings", "website/docs/legacy/a.md"]) == 0
    out = capsys.readouterr().out.splitlines()
    root = tmp_path.resolve()
    assert out[:7] == [
        "Settings for website/docs/legacy/a.md",
        f"  configuration:  {root}/website/recipelint.toml",
        f"  extends:        {root}/recipelint.toml",
        "  preset:         docusaurus (detected)",
        f"  site root:      {root}/website",
        f"  static folders: {root}/website/static",
        "  folder walks check it: yes",
    ]
    assert out[7] == "  per-file-ignores here: FM008"
    rules = [line.strip() for line in out if line.startswith("    ") and " = " not in line]
    assert "FM013 field-too-long: warning; options: title-max-length=30, description-max-length=100" in rules
    assert "FM010 duplicate-tag: warning" in rules
    assert "CAL005 implausible-calories: info (default warning); options: tolerance-percent=35, min-difference-kcal=15" in rules
    assert not any(line.startswith(("FM008 ", "FM016 ", "SEC")) for line in rules)
    assert "    extend-select = [\"LNK005\", \"LNK006\"]" in out
    assert "    static-dirs = [\"static\"]" in out


def test_show_settings_without_a_configuration(tmp_path, capsys, monkeypatch):
    write(tmp_path / "notes" / "a.md", RECIPE)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--show-settings", "notes/a.md"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "  configuration:  none (defaults)"
    assert out[2] == "  preset:         docusaurus (default, no site marker found)"


def test_show_settings_wants_one_path(tmp_path, capsys):
    assert main(["check", "--show-settings", "a.md", "b.md"]) == 2
    assert "--show-settings shows the settings for one PATH" in capsys.readouterr().err
