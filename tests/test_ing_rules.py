"""Tests for the ING rules' quantity comparison and their behaviour on the real sites."""

import io
import json
from pathlib import Path

import pytest

from recipelint.recipe.amounts import parse_amount
from recipelint.recipe.comparison import compare_amounts

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _differ(line: str, line_name: str, cell: str, row_name: str) -> bool:
    line_amount = parse_amount(line, count_noun=False)
    return compare_amounts(line_amount, line_name, parse_amount(cell), row_name, 0.05) is not None


@pytest.mark.parametrize(
    ("line", "line_name", "cell", "row_name"),
    [
        ("30 oz", "Organic Ground Pork", "1.875 lb", "Ground Pork (cooked)"),
        ("18 Medium", "Flour Tortillas", "18 tortillas (720 g)", "Flour Tortillas (medium, 40 g)"),
        ("3", "Shallots", "3 medium (150 g)", "Shallots"),
        ("3 Thumbs", "Fresh Ginger", "3 thumbs (36 g)", "Fresh Ginger"),
        ("255 g", "Carrots", "9 oz (255 g)", "Carrots"),
        ("1 1/2 cups", "Rice", "1-2 cups", "Rice"),
        ("1 lb", "Beef", "450 g", "Beef"),
    ],
)
def test_equal_quantities(line, line_name, cell, row_name):
    assert not _differ(line, line_name, cell, row_name)


@pytest.mark.parametrize(
    ("line", "line_name", "cell", "row_name"),
    [
        ("1 cup", "Milk", "240 g", "Milk"),  # volume vs mass
        ("1 head", "Garlic", "3 cloves (9 g)", "Garlic"),  # heads and cloves
        ("4", "Chicken Breasts", "4 pieces", "Chicken"),  # pieces are not breasts
        ("1 cup", "Flour", "125 g", "Flour"),  # volume vs mass: a density matter
        ("to taste", "Salt", "1 tsp", "Salt"),
    ],
)
def test_incomparable_quantities_are_never_a_mismatch(line, line_name, cell, row_name):
    assert not _differ(line, line_name, cell, row_name)


@pytest.mark.parametrize(
    ("line", "line_name", "cell", "row_name"),
    [
        ("12 oz", "Carrots", "9 oz (255 g)", "Carrots"),
        ("2", "Shallots", "3 medium (150 g)", "Shallots"),
        ("3 tbsp", "Olive Oil", "2 tbsp", "Olive Oil"),
        ("20 Medium", "Flour Tortillas", "18 tortillas (720 g)", "Flour Tortillas"),
    ],
)
def test_different_quantities(line, line_name, cell, row_name):
    assert _differ(line, line_name, cell, row_name)


def _run(path: Path, preset: str) -> list[dict]:
    from recipelint.config.loader import Overrides
    from recipelint.run import CheckOptions, run_check

    out = io.StringIO()
    options = CheckOptions(paths=[str(path)], output_format="json",
                           overrides=Overrides(preset=preset, select=["ING"]), exit_zero=True)
    run_check(options, stdout=out)
    return [d for d in json.loads(out.getvalue()) if d["code"].startswith("ING")]


def test_seed_gives_exactly_the_three_warnings(shared_dir):
    found = _run(SHARED / "seed-site", "docusaurus")
    assert [(d["code"], d["line"], d["column"], d["end_column"]) for d in found] == [
        ("ING011", 69, 10, 20),
        ("ING010", 96, 12, 17),
        ("ING010", 121, 22, 25),
    ]


def test_examples_report_the_planted_defects_only():
    found = _run(Path(__file__).resolve().parents[1] / "examples", "docusaurus")
    assert [(Path(d["path"]).name, d["code"], d["line"], d["column"]) for d in found] == [
        ("banana_bread.md", "ING006", 50, 3),
        ("shakshuka.md", "ING010", 80, 50),
    ]


@pytest.mark.parametrize(("corpus", "preset", "errors"), [
    ("based-cooking", "hugo", [("ING004", "chicken-in-red-wine-vinegar-sauce.md", 17),
                               ("ING004", "demi-glace.md", 15)]),
    ("chowdown", "jekyll", []),
])
def test_errors_on_the_corpora_are_the_hand_checked_defects(corpus, preset, errors):
    path = SHARED / "corpora" / corpus
    if not path.is_dir():
        pytest.skip(f"{corpus} corpus not available")
    found = _run(path, preset)
    assert sorted((d["code"], Path(d["path"]).name, d["line"]) for d in found if d["severity"] == "error") == errors


# -- [tool.recipelint.ingredients]: one place for aliases and staples -----------------

SAUSAGE_RECIPE = """\
---
title: Sausage Supper
---

## Estimated Calories & Sources

| Ingredient | Quantity | Calories |
| --- | --- | --- |
| Falukorv | 400 g | 1,100 kcal |

**Total: 1,100 kcal**

## Ingredients

- 300 g Swedish sausage
- 1 tsp smoked paprika

## Instructions

1. Fry the Swedish sausage with the smoked paprika.
"""


def _codes(tmp_path: Path, config: str) -> list[str]:
    from recipelint.run import CheckOptions, run_check

    (tmp_path / "recipelint.toml").write_text(config)
    (tmp_path / "supper.md").write_text(SAUSAGE_RECIPE)
    out = io.StringIO()
    run_check(CheckOptions(paths=[str(tmp_path / "supper.md")], output_format="json", jobs=1), stdout=out)
    return [f"{d['code']}:{d['line']}" for d in json.loads(out.getvalue()) if d["code"].startswith("ING")]


def test_aliases_pair_the_table_and_the_list_for_every_rule(tmp_path: Path) -> None:
    assert _codes(tmp_path, "") == ["ING001:9", "ING002:15", "ING002:16"]
    # Once paired, ING003 compares the pair: 400 g in the table, 300 g in the list.
    aliased = '[ingredients]\naliases = { "Falukorv" = "Swedish sausage" }\n'
    assert _codes(tmp_path, aliased) == ["ING003:15", "ING002:16"]


def test_extend_staples_adds_to_the_default(tmp_path: Path) -> None:
    config = '[ingredients]\naliases = { "Falukorv" = "Swedish sausage" }\nextend-staples = ["smoked paprika"]\n'
    assert _codes(tmp_path, config) == ["ING003:15"]


def test_an_unknown_ingredients_key_is_a_config_error(tmp_path: Path) -> None:
    from recipelint.cli import main

    (tmp_path / "recipelint.toml").write_text('[ingredients]\nstaple = ["salt"]\n')
    (tmp_path / "supper.md").write_text(SAUSAGE_RECIPE)
    assert main(["check", str(tmp_path / "supper.md")]) == 2
