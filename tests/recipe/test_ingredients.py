"""Tests for recipelint.recipe.ingredients: ingredient lines with their positions."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.page.document import Document
from recipelint.recipe.ingredients import (
    clean_markup,
    ingredient_lines,
    parse_ingredient_text,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"

GROUPED = """\
# Tacos

## Ingredients

### Produce

- 3 Shallots (thinly sliced)
- 9 oz Carrots, grated
- Salt & Pepper

### Dairy

- 9 tbsp **Sour Cream**
- 1/4 cup nuts (we like [pecans](https://example.com))

## Instructions

1. Slice the shallots.
"""


def _span(document, line, column, end_column):
    return document.line_text(line)[column - 1:end_column - 1]


def test_grouped_list_with_positions():
    document = Document("x.md", GROUPED)
    lines = ingredient_lines(document)
    assert [(i.line, i.name, i.group) for i in lines] == [
        (7, "Shallots", "Produce"),
        (8, "Carrots", "Produce"),
        (9, "Salt & Pepper", "Produce"),
        (13, "Sour Cream", "Dairy"),
        (14, "nuts", "Dairy"),
    ]
    shallots, carrots, salt, cream, nuts = lines
    assert _span(document, 7, shallots.name_column, shallots.name_end_column) == "Shallots"
    assert _span(document, 7, shallots.amount_column, shallots.amount_end_column) == "3"
    assert shallots.preparation == "thinly sliced"
    assert carrots.preparation == "grated"
    assert _span(document, 8, carrots.amount_column, carrots.amount_end_column) == "9 oz"
    assert salt.amount is None
    assert _span(document, 13, cream.name_column, cream.name_end_column) == "Sour Cream"
    assert nuts.preparation == "we like pecans"
    assert shallots.group_index == carrots.group_index != cream.group_index


def test_seed_recipe(shared_dir):
    document = Document(str(SEED), SEED.read_text(encoding="utf-8"))
    lines = ingredient_lines(document)
    assert len(lines) == 16
    by_line = {line.line: line for line in lines}
    assert by_line[69].name == "Sour Cream" and (by_line[69].name_column, by_line[69].name_end_column) == (10, 20)
    assert by_line[73].name == "Organic Ground Pork"
    assert by_line[77].name == "Flour Tortillas" and by_line[77].amount.unit_text == "Medium"
    assert by_line[52].amount.unit.name == "thumb"
    assert {line.group for line in lines} == {"Produce", "Pantry", "Dairy", "Protein", "Bread"}


def test_front_matter_list():
    text = """---
layout: recipe
title: Banana Bread
ingredients:
- 4 bananas
- "1/2 cup butter"
- pinch salt
directions:
- Mash the bananas
---

From Angie's mom
"""
    document = Document("b.md", text)
    lines = ingredient_lines(document)
    assert [(i.line, i.column, i.name, i.origin) for i in lines] == [
        (5, 3, "bananas", "front-matter"),
        (6, 4, "butter", "front-matter"),
        (7, 3, "salt", "front-matter"),
    ]
    assert _span(document, 6, lines[1].name_column, lines[1].name_end_column) == "butter"
    assert lines[2].amount.unit.name == "pinch" and lines[2].amount.number is None


@pytest.mark.parametrize(
    ("text", "name", "amount", "preparation", "optional"),
    [
        ("3 Shallots (thinly sliced)", "Shallots", "3", "thinly sliced", False),
        ("Greek yogurt, 2 cups", "Greek yogurt", "2 cups", "", False),
        ("Salt, to taste", "Salt", "to taste", "", False),
        ("Fresh parsley (optional for serving)", "Fresh parsley", "", "optional for serving", True),
        ("1 (or 2) clove(s) of garlic, chopped", "clove(s) of garlic", "1", "or 2; s; chopped", False),
        ("1/4 cup (or more, to taste) of lemon juice", "lemon juice", "1/4 cup", "or more, to taste", False),
        ("Water 3 dl", "Water", "3 dl", "", False),
        ("olive oil for greasing", "olive oil", "for greasing", "", False),
        ("A bunch of fresh parsley", "fresh parsley", "A bunch", "", False),
        ("4 medium sized oranges", "oranges", "4 medium", "", False),
        ("dash hot sauce", "hot sauce", "dash", "", False),
        ("[ ] 2 eggs", "eggs", "2", "", False),
    ],
)
def test_parse_ingredient_text(text, name, amount, preparation, optional):
    parsed = parse_ingredient_text(text)
    assert parsed.name == name
    assert text[parsed.name_start:parsed.name_end] == name
    written = text[parsed.amount.start:parsed.amount.end] if parsed.amount else ""
    assert written == amount
    assert parsed.preparation == preparation
    assert parsed.optional is optional


def test_clean_markup_keeps_offsets():
    raw = "1/4 cup **chili** paste (like [sambal](https://x.y/z))"
    text, offsets = clean_markup(raw)
    assert text == "1/4 cup chili paste (like sambal)"
    assert raw[offsets[text.index("sambal")]:].startswith("sambal")
    assert raw[offsets[text.index("chili")]:].startswith("chili")


@given(st.text(max_size=60))
def test_parser_never_raises(text):
    parsed = parse_ingredient_text(text)
    assert 0 <= parsed.name_start <= parsed.name_end <= len(text)
    assert text[parsed.name_start:parsed.name_end] == parsed.name


def test_clean_markup_single_underscores_and_bracketed_targets():
    assert clean_markup("1 cup _Sour Cream_")[0] == "1 cup Sour Cream"
    assert clean_markup("1 cup sour_cream")[0] == "1 cup sour_cream"
    raw = "[Flour](https://x/Flour_(x)), sifted"
    text, offsets = clean_markup(raw)
    assert text == "Flour, sifted"
    assert raw[offsets[text.index("sifted")]:] == "sifted"


def test_spans_of_an_ingredient_line():
    from recipelint.page.document import Document

    document = Document("r.md", "## Ingredients\n\n- 2 T **Olive Oil**\n")
    (line,) = ingredient_lines(document)
    raw = document.line_text(3)
    assert raw[line.name_span.column - 1:line.name_span.end_column - 1] == "Olive Oil"
    assert raw[line.amount_span.column - 1:line.amount_span.end_column - 1] == "2 T"
    unit = line.amount_part_span(2, 3)
    assert raw[unit.column - 1:unit.end_column - 1] == "T"
    assert line.name_span.problem("x").column == line.name_column
