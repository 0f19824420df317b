"""Tests for recipelint.recipe.calories (the calorie table parser) and the CAL rules on real files."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recipelint.page.document import Document
from recipelint.recipe.calories import Span, calorie_table, loose_figures, split_cells

F = Fraction
REPO = Path(__file__).parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"
EXAMPLES = REPO / "examples" / "docs" / "recipes"


def doc(text: str) -> Document:
    return Document("recipe.md", text)


def column_text(document: Document, span: Span) -> str:
    assert span.line == span.end_line
    return document.line_text(span.line)[span.column - 1:span.end_column - 1]


# -- split_cells ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| a | b |", ["a", "b"]),
        ("a | b", ["a", "b"]),
        ("|a|b|", ["a", "b"]),
        ("| a |  | c |", ["a", "", "c"]),
        (r"| a \| b | c |", [r"a \| b", "c"]),
        ("> | a | b |", ["a", "b"]),
        ("| **Total** | | **~1,400 kcal** | |", ["**Total**", "", "**~1,400 kcal**", ""]),
    ],
)
def test_split_cells(line: str, cells: list[str]) -> None:
    assert [line[start:end] for start, end in split_cells(line)] == cells


@given(st.lists(st.text(alphabet="abc 12,~*", max_size=8), min_size=1, max_size=6))
def test_split_cells_round_trip(contents: list[str]) -> None:
    line = "| " + " | ".join(contents) + " |"
    assert [line[s:e] for s, e in split_cells(line)] == [c.strip() for c in contents]


# -- the seed -------------------------------------------------------------------------


def test_seed_table(shared_dir) -> None:
    document = Document(str(SEED), SEED.read_text(encoding="utf-8"))
    table = calorie_table(document)
    assert table is not None
    assert table.header_line == 25 and table.end_line == 41
    assert table.section is not None and table.section.kind == "calories"
    assert len(table.rows) == 15
    first = table.rows[0]
    assert first.name == "Ground Pork (cooked)"
    assert first.quantity_text == "30 oz"
    assert first.kcal is not None and first.kcal.value == 2295
    assert column_text(document, first.kcal_span) == "2,295 kcal"
    assert column_text(document, first.name_span) == "Ground Pork (cooked)"
    assert first.quantity_span is not None and column_text(document, first.quantity_span) == "30 oz"
    assert sum(row.kcal.value for row in table.rows) == 6968
    total, per = table.total, table.per_serving
    assert total is not None and per is not None
    assert total.origin == per.origin == "line"
    assert total.number.value == 6968 and total.number.approximate  # "(approx)" in the label
    assert column_text(document, total.span) == "6,968 kcal"
    assert per.number.value == 1162 and per.number.approximate
    assert column_text(document, per.span) == "~1,162 kcal"
    assert per.servings is not None and per.servings.value == 6
    assert per.servings_span == Span(44, 16, 44, 26)
    assert document.memo("calorie-table", lambda _: None) is table  # memoised


def test_total_rows_any_column_order() -> None:
    document = doc(
        "## Calories\n\n"
        "| Kcal | Food | Amount |\n"
        "| ---- | ---- | ------ |\n"
        "| ~240 kcal | Coconut Oil | 2 tbsp (28 g) |\n"
        "| Negligible | Salt | to taste |\n"
        "| **~240 kcal** | **Total** | |\n"
        "| **~60 kcal** | **Per Serving (4 servings)** | |\n"
    )
    table = calorie_table(document)
    assert table is not None
    assert [row.name for row in table.rows] == ["Coconut Oil", "Salt"]
    assert table.rows[1].kcal is not None and table.rows[1].kcal.negligible
    assert table.rows[0].quantity_text == "2 tbsp (28 g)"
    assert table.total is not None and table.total.origin == "row"
    assert column_text(document, table.total.span) == "~240 kcal"
    assert table.per_serving is not None and table.per_serving.servings.value == 4
    assert column_text(document, table.per_serving.servings_span) == "4 servings"


def test_short_rows_and_placeholders() -> None:
    document = doc("| Ingredient | Calories |\n| --- | --- |\n| Water |\n| Salt | — |\n| Oil | lots |\n")
    table = calorie_table(document)
    assert table is not None
    water, salt, oil = table.rows
    assert water.kcal is None and water.kcal_text == ""
    assert salt.kcal is None and salt.kcal_text == "—"
    assert oil.kcal is None and oil.kcal_text == "lots"
    assert table.total is None


def test_not_a_calorie_table() -> None:
    assert calorie_table(doc("| Ingredient | Amount |\n| --- | --- |\n| Oil | 2 tbsp |\n")) is None
    assert calorie_table(doc("| Step | Calories |\n| --- | --- |\n| 1 | 20 |\n")) is None
    assert calorie_table(doc("No table here.\n")) is None


def test_table_in_calorie_section_wins() -> None:
    text = (
        "## Ingredients\n\n| Ingredient | Calories |\n| --- | --- |\n| Decoy | 1 |\n\n"
        "## Nutrition\n\n| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n**Total: 240 kcal**\n"
    )
    table = calorie_table(doc(text))
    assert table is not None and [row.name for row in table.rows] == ["Oil"]
    assert table.total is not None and table.total.number.value == 240


@pytest.mark.parametrize(
    ("line", "kind", "value", "servings"),
    [
        ("**Total (approx): 6,968 kcal**  ", "total", F(6968), None),
        ("**Total:** 1,200 kcal", "total", F(1200), None),
        ("Total calories: ~900 kcal", "total", F(900), None),
        ("- **Per serving (6 servings): ~1,162 kcal**", "per", F(1162), F(6)),
        ("**Per Serving (serves 4–6): 300 kcal**", "per", F(300), F(5)),
        ("**Calories per serving:** 450", "per", F(450), None),
    ],
)
def test_figure_lines(line: str, kind: str, value: Fraction, servings: Fraction | None) -> None:
    document = doc(f"## Calories\n\n| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n{line}\n")
    table = calorie_table(document)
    assert table is not None
    figure = table.total if kind == "total" else table.per_serving
    assert figure is not None and figure.number.value == value
    assert (figure.servings.value if figure.servings else None) == servings


@pytest.mark.parametrize(
    "line", ["Total time: 45 minutes", "**Total:** 3 hours", "Totally worth it: 10 out of 10",
             "Per serving suggestion: add 2 eggs and stir"],
)
def test_lines_that_are_not_figures(line: str) -> None:
    table = calorie_table(doc(f"## Calories\n\n| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n{line}\n"))
    assert table is not None and table.total is None and table.per_serving is None


def test_loose_figures_without_table() -> None:
    document = doc("## Estimated Calories & Sources\n\n**Per serving: ~350 kcal**\n\n## Notes\n\nTotal: 3 kcal\n")
    total, per = loose_figures(document)
    assert total is None
    assert per is not None and per.number.value == 350 and per.span == Span(3, 16, 3, 25)


markdown_chunks = st.sampled_from([
    "| Ingredient | Quantity | Calories |\n", "| --- | --- | --- |\n", "| Oil | 2 tbsp (28 g) | ~240 kcal |\n",
    "| **Total** | | **1,000 kcal** |\n", "| Per serving (4 servings) | | 250 |\n", "**Total: 6,968 kcal**\n",
    "**Per serving (6 servings): ~1,162 kcal**\n", "## Calories\n", "\n", "> | a | b |\n", "- item\n", "| x |\n",
    "```\n", "Total: ~\n", "| Ingredient | Calories |\n", "| Salt | Negligible |\n", "\\| not | a table |\n",
])


@settings(max_examples=300)
@given(st.lists(markdown_chunks, max_size=14))
def test_parser_never_crashes_and_spans_are_exact(chunks: list[str]) -> None:
    document = doc("".join(chunks))
    table = calorie_table(document)
    loose_figures(document)
    if table is None:
        return
    for row in table.rows:
        for span in (row.name_span, row.kcal_span, row.quantity_span):
            if span is None:
                continue
            assert 1 <= span.column <= span.end_column <= len(document.line_text(span.line)) + 1
        assert column_text(document, row.kcal_span).strip("*_ ") == row.kcal_text.strip("*_ ")
    for figure in (table.total, table.per_serving):
        if figure is not None:
            assert column_text(document, figure.span).startswith(figure.number.text)


# -- the CAL rules on the seed, the examples and the corpora ------------------------------


def cal_diagnostics(*paths: Path, preset: str | None = None) -> list[tuple[str, int, int, str]]:
    import io

    from recipelint.config.loader import Overrides
    from recipelint.run import CheckOptions, run_check

    out = io.StringIO()
    overrides = Overrides(select=["CAL"], preset=preset) if preset else Overrides(select=["CAL"])
    run_check(CheckOptions(paths=[str(p) for p in paths], output_format="json", overrides=overrides, jobs=1),
              stdout=out)
    return [(Path(d["path"]).name, d["line"], d["column"], d["code"]) for d in json.loads(out.getvalue())]


def test_seed_is_clean(shared_dir) -> None:
    assert cal_diagnostics(SEED) == []


def test_examples_report_exactly_the_planted_calorie_defects() -> None:
    assert cal_diagnostics(EXAMPLES) == [
        ("banana_bread.md", 37, 30, "CAL002"),
        ("shakshuka.md", 40, 19, "CAL001"),
        ("shakshuka.md", 41, 16, "CAL003"),
    ]


@pytest.mark.parametrize(("corpus", "preset"), [("based-cooking", "hugo"), ("chowdown", "jekyll")])
def test_corpora_have_no_calorie_findings(corpus: str, preset: str) -> None:
    path = SHARED / "corpora" / corpus
    if not path.exists():
        pytest.skip("corpus not available")
    assert cal_diagnostics(path, preset=preset) == []


def test_ingredient_named_total_is_a_row() -> None:
    document = doc("| Ingredient | Calories |\n| --- | --- |\n| Total Cereal | 110 kcal |\n"
                   "| Total (approx) | ~110 kcal |\n")
    table = calorie_table(document)
    assert table is not None and [row.name for row in table.rows] == ["Total Cereal"]
    assert table.total is not None and table.total.number.value == 110 and table.total.number.approximate


def test_per_100g_and_kilojoule_columns_are_not_the_calories() -> None:
    document = doc("| Ingredient | kcal/100 g | Amount | Calories |\n| --- | --- | --- | --- |\n"
                   "| Oil | 884 | 10 g | 88 kcal |\n")
    table = calorie_table(document)
    assert table is not None and table.kcal_column == 3 and table.rows[0].kcal.value == 88
    assert calorie_table(doc("| Ingredient | Energy (kJ) |\n| --- | --- |\n| Oil | 370 |\n")) is None
    assert calorie_table(doc("| Ingredient | Calories per 100 g |\n| --- | --- |\n| Oil | 884 |\n")) is None


def test_total_row_with_figure_in_another_cell() -> None:
    document = doc("| Ingredient | Quantity | Calories |\n| --- | --- | --- |\n| Oil | 1 tbsp | 120 kcal |\n"
                   "| **Per Serving** | ~60 kcal | |\n")
    table = calorie_table(document)
    assert table is not None and table.per_serving is not None
    assert column_text(document, table.per_serving.span) == "~60 kcal"


@pytest.mark.parametrize(
    ("line", "value", "approximate"),
    [("**Total 6,968 kcal**", F(6968), False), ("Total ≈ 6,968 kcal", F(6968), True),
     ("**Total** (approx): 1,000 kcal", F(1000), True), ("Total = 500", F(500), False)],
)
def test_total_lines_without_colon(line: str, value: Fraction, approximate: bool) -> None:
    table = calorie_table(doc(f"| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n{line}\n"))
    assert table is not None and table.total is not None
    assert (table.total.number.value, table.total.number.approximate) == (value, approximate)


@pytest.mark.parametrize("line", ["Total 500", "Total cook time: 45"])
def test_ambiguous_total_lines_are_ignored(line: str) -> None:
    table = calorie_table(doc(f"| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n{line}\n"))
    assert table is not None and table.total is None


def test_unsafe_fixes_rewrite_only_the_digits() -> None:
    import io

    from recipelint.config.loader import Overrides
    from recipelint.run import CheckOptions, run_check

    out = io.StringIO()
    run_check(CheckOptions(paths=[str(EXAMPLES)], output_format="json", overrides=Overrides(select=["CAL001", "CAL002"]),
                           jobs=1), stdout=out)
    fixes = {(Path(d["path"]).name, d["code"]): d["fix"] for d in json.loads(out.getvalue())}
    assert fixes[("shakshuka.md", "CAL001")] == {
        "safety": "unsafe", "message": "set the Total to 1,930 kcal",
        "edits": [{"line": 40, "column": 19, "end_line": 40, "end_column": 24, "content": "1,930"}],
    }
    assert fixes[("banana_bread.md", "CAL002")]["edits"] == [
        {"line": 37, "column": 31, "end_line": 37, "end_column": 34, "content": "265"}]


def test_total_of_a_second_table_is_not_taken() -> None:
    document = doc(
        "## Calories\n\n| Ingredient | Calories |\n| --- | --- |\n| Flour | 455 |\n\n"
        "| Ingredient | Calories |\n| --- | --- |\n| Cheese | 400 |\n\n**Total: 400 kcal**\n"
    )
    table = calorie_table(document)
    assert table is not None and [row.name for row in table.rows] == ["Flour"]
    assert table.total is None


def test_row_names_lose_markup_like_ingredient_lines() -> None:
    table = calorie_table(doc(
        "| Ingredient | Quantity | Calories |\n|---|---|---|\n"
        "| [Flour](https://x/Flour_(x)) | 1 cup | 455 kcal |\n"
        "| _Sour Cream_ | 2 tbsp | 60 kcal |\n"
    ))
    assert [row.name for row in table.rows] == ["Flour", "Sour Cream"]
    # the Quantity cell is read once, with the row
    assert [float(row.amount.number.value) for row in table.rows] == [1.0, 2.0]
