"""No input makes a rule crash: random front matter through every enabled rule."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recipelint.engine.per_file import lint_source
from recipelint.engine.selection import config_resolver

FRAGMENTS = [
    "title: T", "title:", "title: 1984", "title: [a, b]", "description: D", "tags:", "  - a", "  -", "  - 5",
    "tags: a, b", "servings: no", "servings: 0", "prep_time: 1:30", "id: a/b", "slug: x y", "date: 2024-01-01",
    "draft: yes", "x: {a: 1", "\tkey: v", "title: T", "- item", "? complex", "&a anchor: *a", "a: !!binary x",
    "nested:", "  a: 1", "  a: 2", "'quoted': \"v\"", "key: |", "  block", "...",
]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.sampled_from(["docusaurus", "hugo", "jekyll", "mkdocs"]))
def test_no_rule_crashes(tmp_path: Path, fragments, preset):
    text = "---\n" + "\n".join(fragments) + "\n---\n\n## Overview\n"
    config = config_resolver().for_path(tmp_path / "x.md")
    config = type(config)(config.settings.model_copy(update={"preset": preset}), config.path, config.root)
    result = lint_source("x.md", tmp_path / "x.md", text.encode(), config)
    assert [d.message for d in result.diagnostics if d.code == "RL007"] == []
    lines = text.split("\n")
    for diagnostic in result.diagnostics:
        assert 1 <= diagnostic.line <= len(lines)
        assert (diagnostic.end_line, diagnostic.end_column) >= (diagnostic.line, diagnostic.column)
