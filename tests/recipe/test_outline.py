"""The outline: sections, their kinds, spans and nesting."""

from __future__ import annotations

import pytest

from recipelint.page.document import Document
from recipelint.recipe.outline import (
    outline,
    section_kind,
    section_of_kind,
    subsections,
)

RECIPE = """\
---
title: Soup
---

# Soup

## Overview

Warm.

## Estimated Calories & Sources

| Ingredient | Calories |
| --- | --- |
| Leek | 50 kcal |

## Ingredients

### Produce

- 1 leek

## Directions ##

### Step 1: Cook {#cook}

1. Cook.
"""


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Overview", "overview"),
        ("Estimated Calories & Sources", "calories"),
        ("Calories", "calories"),
        ("Nutrition (per serving)", "calories"),
        ("Ingredients", "ingredients"),
        ("Ingredients for the sauce", "ingredients"),
        ("🥕 Ingredients:", "ingredients"),
        ("Directions", "instructions"),
        ("The Method", "instructions"),
        ("How to make it", "instructions"),
        ("Notes", "notes"),
        ("Step 1: Prep", None),
        ("Preparing the dough", None),
        ("Stepping stones", None),
        ("Serving", None),
    ],
)
def test_section_kind(title: str, kind: str | None) -> None:
    assert section_kind(title) == kind


def test_outline_spans_kinds_and_nesting() -> None:
    document = Document("soup.md", RECIPE)
    sections = outline(document)
    summary = [(s.title, s.level, s.kind, s.line, s.column, s.end_column, s.end_line, s.parent) for s in sections]
    assert summary == [
        ("Soup", 1, None, 5, 3, 7, 27, None),
        ("Overview", 2, "overview", 7, 4, 12, 9, 0),
        ("Estimated Calories & Sources", 2, "calories", 11, 4, 32, 15, 0),
        ("Ingredients", 2, "ingredients", 17, 4, 15, 21, 0),
        ("Produce", 3, None, 19, 5, 12, 21, 3),
        ("Directions", 2, "instructions", 23, 4, 14, 27, 0),
        ("Step 1: Cook", 3, None, 25, 5, 17, 27, 5),
    ]
    cook = sections[-1]
    # The explicit id is excluded from the title but the step text stays.
    assert document.line_text(cook.line)[cook.column - 1:cook.end_column - 1] == "Step 1: Cook"


def test_section_token_ranges_end_at_the_next_heading_of_same_or_higher_level() -> None:
    document = Document("soup.md", RECIPE)
    ingredients = section_of_kind(document, "ingredients")
    assert ingredients is not None
    body = document.tokens[ingredients.body_start:ingredients.body_end]
    assert [t.type for t in body if t.type.endswith("_open")][:3] == ["heading_open", "bullet_list_open", "list_item_open"]
    assert document.tokens[ingredients.body_end].type == "heading_open"
    assert [s.title for s in subsections(document, ingredients)] == ["Produce"]


def test_setext_headings_and_an_empty_document() -> None:
    document = Document("x.md", "Title\n=====\n\nSub\n---\n")
    assert [(s.title, s.level, s.line, s.setext) for s in outline(document)] == [("Title", 1, 1, True), ("Sub", 2, 4, True)]
    assert outline(Document("empty.md", "")) == []


def test_outline_is_built_once() -> None:
    document = Document("soup.md", RECIPE)
    assert outline(document) is outline(document)


@pytest.mark.parametrize(
    ("front_matter", "is_recipe"),
    [
        ("prep_time: 10 min", True),
        ("prep-time: 10 min", True),
        ("prepTime: 10 min", True),
        ("components:\n  - Pizza Dough", True),
        ("recipeIngredient:\n  - 1 cup flour", True),
        ("recipe_instructions:\n  - Mix.", True),
        ("title: About us", False),
    ],
)
def test_looks_like_recipe_by_front_matter_key(front_matter: str, is_recipe: bool) -> None:
    from recipelint.recipe.page_kind import looks_like_recipe

    document = Document("page.md", f"---\n{front_matter}\n---\n\nSome prose.\n")
    assert looks_like_recipe(document) is is_recipe
