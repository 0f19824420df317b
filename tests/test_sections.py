"""SEC rules beyond the fixtures: the seed, the example site, the corpora, fixes, hard inputs."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from recipelint.config.loader import Overrides
from recipelint.run import CheckOptions, run_check
from tests.test_rule_fixtures import lint, lint_bytes

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed-site"
EXAMPLES = ROOT / "examples" / "docs" / "recipes"
CORPORA = SHARED / "corpora"


def sec(diagnostics: list[dict]) -> list[str]:
    return [
        f"{Path(d['path']).name}:{d['line']}:{d['column']}-{d['end_line']}:{d['end_column']} {d['code']}"
        for d in diagnostics
        if d["code"].startswith("SEC")
    ]


def test_seed_recipe_has_no_sec_diagnostics() -> None:
    if not SEED.is_dir():
        pytest.skip(f"seed site not found at {SEED}")
    _, diagnostics = lint(SEED, overrides=Overrides(select=["SEC"]))
    assert sec(diagnostics) == []


def test_examples_report_the_planted_structure_defects_only() -> None:
    _, diagnostics = lint(ROOT / "examples", overrides=Overrides(select=["SEC"]))
    assert sec(diagnostics) == [
        # prep_time: 1:15 in front matter (75 min) against "~15 minutes" in the Overview.
        "banana_bread.md:20:20-20:31 SEC012",
        # The planted step gap: Step 4 follows Step 2.
        "shakshuka.md:83:5-83:11 SEC008",
    ]


@pytest.mark.skipif(not (CORPORA / "chowdown").is_dir(), reason="corpora not available")
def test_chowdown_front_matter_lists_count_as_sections() -> None:
    _, diagnostics = lint(CORPORA / "chowdown", overrides=Overrides(select=["SEC"], preset="jekyll"))
    assert sec(diagnostics) == []


@pytest.mark.skipif(not (CORPORA / "based-cooking").is_dir(), reason="corpora not available")
def test_based_cooking_has_no_sec_errors() -> None:
    _, diagnostics = lint(CORPORA / "based-cooking", overrides=Overrides(select=["SEC"], preset="hugo"))
    assert [d for d in diagnostics if d["severity"] == "error"] == []
    # The real defects: a list starting at 2, two lists that jump (3 -> 6, 5 -> 7)…
    found = set(sec(diagnostics))
    assert "roesti.md:29:1-29:3 SEC009" in found
    assert "butter-based-biscuit.md:31:1-31:3 SEC009" in found
    assert "potato-and-eggplant-curry.md:37:1-37:3 SEC009" in found
    # …but not the lists that continue correctly after an image or a sub-heading.
    assert not any(entry.startswith("spaghetti-and-meatballs.md") for entry in found)
    assert "granola.md:8:1-8:10 SEC005" in found


def test_heading_punctuation_fix_is_written(tmp_path: Path) -> None:
    (tmp_path / "recipelint.toml").touch()
    path = tmp_path / "recipe.md"
    path.write_text("---\ntitle: T\n---\n\n## Ingredients:\n\n- salt\n\n## Notes :\n\n## Why?\n\n## Wait...\n")
    options = CheckOptions(paths=[str(path)], output_format="json", fix=True, overrides=Overrides(select=["SEC007"]), jobs=1)
    run_check(options, stdout=io.StringIO())
    assert path.read_text() == "---\ntitle: T\n---\n\n## Ingredients\n\n- salt\n\n## Notes\n\n## Why?\n\n## Wait...\n"


def test_required_sections_setting_replaces_the_preset_default(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n\n## Ingredients\n\n- salt\n\n## Method\n\n1. Salt.\n"
    _, default = lint_bytes(tmp_path / "default", text)
    assert [d for d in default if d["code"] == "SEC001"] == []
    folder = tmp_path / "configured"
    folder.mkdir()
    (folder / "recipelint.toml").write_text('required-sections = ["Overview", "Ingredients", "Instructions"]\n')
    (folder / "recipe.md").write_text(text)
    _, configured = lint(folder / "recipe.md")
    assert [d["message"] for d in configured if d["code"] == "SEC001"] == [
        "missing required section `Overview` (expected before `## Ingredients`)"
    ]


def test_nested_and_quoted_lists_are_numbered_separately(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\n---\n\n## Instructions\n\n1. Mix:\n   1. flour\n   2. water\n2. Knead.\n\n"
        "> 1. Quoted.\n> 2. List.\n\n3. Rest.\n"
    )
    _, diagnostics = lint_bytes(tmp_path, text)
    assert sec([d for d in diagnostics if d["code"] == "SEC009"]) == []


def test_code_blocks_and_spans_are_not_scanned(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n\n    TODO indented code\n\n```md\n## Notes:\n# Again\n```\n\n`{{ x }}` and `TODO`\n"
    _, diagnostics = lint_bytes(tmp_path, text)
    assert [d for d in diagnostics if d["code"] in ("SEC005", "SEC007", "SEC013")] == []


@pytest.mark.parametrize(
    "text",
    [
        "# " + "#" * 5000 + "\n",
        "1. a\n" * 3000,
        "## Step 1\n" + "### Step 2\n" * 2000,
        "`" * 5000 + " TODO " + "`" * 4999 + "\n",
        "- **Prep Time:** " + "1 " * 3000 + "\n",
        "- **Cook Time:** " + "1-" * 3000 + "min\n",
    ],
)
def test_hard_inputs_stay_fast(tmp_path: Path, text: str) -> None:
    started = time.perf_counter()
    lint_bytes(tmp_path, "---\ntitle: T\n---\n\n" + text, overrides=Overrides(select=["SEC"]))
    assert time.perf_counter() - started < 2.0
