"""Hugo's TOML front matter (+++): data, positions, and a body that keeps its line numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recipelint.engine.per_file import check_text
from recipelint.page.document import Document
from recipelint.page.frontmatter.toml import load_toml

PAGE = """\
+++
title = "Lentil Soup"
servings = "4"
prep_time = "20"
tags = ["soup"]

[params]
servings = "99"
+++

## Ingredients

- 1 cup red lentils

## Instructions

1. Simmer the lentils.
3. Serve.
"""


def test_data_and_top_level_value_positions() -> None:
    document = Document("soup.md", PAGE)
    assert document.front_matter.syntax == "toml"
    assert document.front_matter_data["title"] == "Lentil Soup"
    assert document.front_matter_data["params"] == {"servings": "99"}
    values = document.toml.values
    assert (values["title"].line, values["title"].column, values["title"].end_column) == (2, 10, 21)
    assert "servings" in values and values["servings"].line == 3  # the top-level one, not [params]'s


def test_the_body_keeps_its_line_numbers_and_the_block_is_not_markdown() -> None:
    found = check_text(PAGE, "SEC009", preset="hugo")
    assert [(d.line, d.column) for d in found] == [(18, 1)]
    assert Document("soup.md", PAGE).tokens[0].map[0] == 10  # the first token is `## Ingredients`


def test_servings_and_times_are_read_from_toml() -> None:
    from recipelint.recipe.metadata import metadata_facts

    facts = {(f.key, f.value, f.line, f.column) for f in metadata_facts(Document("soup.md", PAGE))}
    assert ("servings", "4", 3, 13) in facts and ("prep", "20", 4, 14) in facts


@given(
    st.lists(
        st.tuples(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), st.text("abc xyz", max_size=12)),
        min_size=1, max_size=6, unique_by=lambda kv: kv[0],
    ),
    st.integers(min_value=1, max_value=50),
)
def test_every_top_level_string_points_at_its_text(pairs, offset) -> None:
    text = "".join(f'{key} = "{value}"\n' for key, value in pairs)
    parsed = load_toml(text, line_offset=offset)
    assert parsed.error is None
    lines = text.split("\n")
    for key, value in pairs:
        span = parsed.values[key]
        line = lines[span.line - offset]
        assert line[span.column - 1:span.end_column - 1] == value
