"""Tests for recipelint.recipe.servings."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.page.document import Document
from recipelint.recipe.calories import Span
from recipelint.recipe.servings import (
    parse_servings,
    servings_count,
    servings_statements,
)

F = Fraction


@pytest.mark.parametrize(
    ("value", "low", "high", "noun", "is_servings"),
    [
        ("6", F(6), F(6), None, True),
        ("4–6", F(4), F(6), None, True),
        ("4-6", F(4), F(6), None, True),
        ("8 - 10", F(8), F(10), None, True),
        ("4 people", F(4), F(4), "people", True),
        ("6 servings", F(6), F(6), "servings", True),
        ("Serves 4", F(4), F(4), None, True),
        ("about 6", F(6), F(6), None, True),
        ("1 (2 wraps)", F(1), F(1), None, True),
        ("6 tacos", F(6), F(6), "tacos", False),
        ("Makes 12 cookies", F(12), F(12), "cookies", False),
        ("Makes 12", F(12), F(12), None, False),
        ("1 loaf", F(1), F(1), "loaf", False),
        ("2 cups", F(2), F(2), "cups", False),
        ("6+", F(6), F(6), None, False),
        ("4 as a main course", F(4), F(4), "as", True),
        ("4 or 6", F(4), F(6), None, True),
    ],
)
def test_parse_servings(value: str, low: Fraction, high: Fraction, noun: str | None, is_servings: bool) -> None:
    parsed = parse_servings(value)
    assert parsed is not None
    number, found_noun, found_is_servings, end = parsed
    assert (number.low, number.high, found_noun, found_is_servings) == (low, high, noun, is_servings)
    assert 0 < end <= len(value)


@pytest.mark.parametrize("value", ["", "lots", "Usually enough for a family of five.", "0", "a"])
def test_no_count(value: str) -> None:
    assert parse_servings(value) is None


@given(st.text(max_size=40))
def test_parse_servings_never_raises(value: str) -> None:
    parsed = parse_servings(value)
    if parsed is not None:
        number, _, _, end = parsed
        assert 0 <= number.start < number.end <= end <= len(value)


def test_statements_in_file_order_with_spans() -> None:
    text = (
        "---\ntitle: Tacos\nservings: \"4\"\nyield: 12 tacos\n---\n\n"
        "## Overview\n\n> - **Serves:** 4–6\n\n"
        "## Calories\n\n| Ingredient | Calories |\n| --- | --- |\n| Oil | 240 |\n\n"
        "**Total: 240 kcal**  \n**Per serving (6 servings): 40 kcal**\n"
    )
    document = Document("recipe.md", text)
    statements = servings_statements(document)
    assert [(s.origin, s.value, s.is_servings) for s in statements] == [
        ("front-matter", "4", True),
        ("front-matter", "12 tacos", False),
        ("metadata", "4–6", True),
        ("per-serving", "6 servings", True),
    ]
    assert statements[0].span == Span(3, 12, 3, 13)
    assert statements[1].span == Span(4, 8, 4, 10)
    assert statements[2].span == Span(9, 17, 9, 20)
    assert statements[3].span == Span(18, 16, 18, 26)
    for statement in statements:
        line = document.line_text(statement.span.line)
        assert line[statement.span.column - 1:].startswith(statement.number.text)
    assert servings_count(document) is statements[0]


def test_emoji_metadata_line() -> None:
    document = Document("r.md", "---\ntitle: x\n---\n\n- ⏲️ Prep time: 2 min\n- 🍽️ Servings:5-6\n")
    (statement,) = servings_statements(document)
    assert (statement.number.low, statement.number.high) == (5, 6)
    assert document.line_text(6)[statement.span.column - 1:statement.span.end_column - 1] == "5-6"


def test_no_statements() -> None:
    assert servings_statements(Document("r.md", "# Toast\n\nJust toast.\n")) == []
    assert servings_count(Document("r.md", "---\nyield: 1 loaf\n---\n")) is None
