"""Metadata facts: servings and times from the body and the front matter, with spans."""

from __future__ import annotations

from recipelint.page.document import Document
from recipelint.recipe.metadata import metadata_facts


def facts(text: str) -> list[tuple]:
    document = Document("r.md", text)
    found = []
    for fact in metadata_facts(document):
        written = document.line_text(fact.line)[fact.column - 1:fact.end_column - 1]
        assert written == fact.value, "the span must cover exactly the value"
        found.append((fact.key, fact.label, fact.value, fact.line, fact.column, fact.origin))
    return found


def test_seed_style_blockquote_list() -> None:
    text = "## Overview\n\n> - **Serves:** 6\n> - **Prep Time:** ~30 minutes\n> - **Cook Time:** ~40 minutes\n"
    assert facts(text) == [
        ("servings", "Serves", "6", 3, 17, "body"),
        ("prep", "Prep Time", "~30 minutes", 4, 20, "body"),
        ("cook", "Cook Time", "~40 minutes", 5, 20, "body"),
    ]


def test_emoji_decorated_list_and_bold_variants() -> None:
    text = "- ⏲️ Prep time: 2 min\n- 🍽️ Servings: 3\n\n**Total Time**: 1 hr\n\n__Serves: 4__\n"
    assert facts(text) == [
        ("prep", "Prep time", "2 min", 1, 17, "body"),
        ("servings", "Servings", "3", 2, 16, "body"),
        ("total", "Total Time", "1 hr", 4, 17, "body"),
        ("servings", "Serves", "4", 6, 11, "body"),
    ]


def test_front_matter_facts_come_first_and_quotes_are_outside_the_value() -> None:
    text = '---\ntitle: Soup\nservings: 4\nprep_time: "10 min"\n---\n\nServes: 4\n'
    assert facts(text) == [
        ("servings", "servings", "4", 3, 11, "front-matter"),
        ("prep", "prep_time", "10 min", 4, 13, "front-matter"),
        ("servings", "Serves", "4", 7, 9, "body"),
    ]


def test_steps_ingredients_code_and_calorie_lines_are_not_metadata() -> None:
    text = (
        "## Ingredients\n\n- Prep: 1 onion\n\n## Instructions\n\n1. Cook time: 5 minutes, stirring.\n\n"
        "## Calories\n\n**Total (approx): 600 kcal**\n\n## Notes\n\n```\nServes: 9\n```\n\nWe like it. Serves: 2 is fine.\n"
    )
    assert facts(text) == []


def test_fact_span_is_the_value() -> None:
    document = Document("r.md", "---\nprep_time: \"10 min\"\n---\n\n- **Cook Time:** 1 hr\n")
    found = metadata_facts(document)
    assert [fact.key for fact in found] == ["prep", "cook"]
    for fact in found:
        span = fact.span
        line = document.line_text(span.line)
        assert line[span.column - 1:span.end_column - 1] == fact.value
