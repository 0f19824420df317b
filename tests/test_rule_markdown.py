"""Rule documentation translated from its reStructuredText subset to Markdown."""

from __future__ import annotations

import pytest

from recipelint.formats.rule_markdown import rst_to_markdown, rule_doc_url


def test_inline_literals_become_code_spans():
    assert rst_to_markdown("Use ``servings`` and ``a`b``.") == "Use `servings` and `` a`b ``."


def test_literal_blocks_become_fenced_blocks():
    doc = "Intro.\n\nBad::\n\n    x: no\n      nested\n\n    y\n\nGood (quoted)::\n\n    x: \"no\"\n\nAfter."
    assert rst_to_markdown(doc) == (
        "Intro.\n\nBad:\n\n```\nx: no\n  nested\n\ny\n```\n\nGood (quoted):\n\n```\nx: \"no\"\n```\n\nAfter."
    )


@pytest.mark.parametrize(
    ("line", "intro"),
    [("Configure::", "Configure:"), ("Configure it ::", "Configure it"), ("::", None)],
)
def test_the_three_forms_of_a_literal_block_introduction(line, intro):
    text = rst_to_markdown(f"Text.\n\n{line}\n\n    [tool.recipelint]")
    expected = ["Text.", ""] + ([intro, ""] if intro else []) + ["```", "[tool.recipelint]", "```"]
    assert text.splitlines() == expected


def test_a_block_holding_backticks_gets_a_longer_fence():
    assert rst_to_markdown("Bad::\n\n    ```js\n    x\n    ```") == "Bad:\n\n````\n```js\nx\n```\n````"


def test_literal_text_is_not_translated():
    assert rst_to_markdown("Bad::\n\n    ``kept``") == "Bad:\n\n```\n``kept``\n```"


@pytest.mark.parametrize(
    ("base", "url"),
    [
        (None, "docs/rules/SEC001.md"),
        ("https://x.org/docs/rules", "https://x.org/docs/rules/SEC001.md"),
        ("https://x.org/r/{code}.html", "https://x.org/r/SEC001.html"),
    ],
)
def test_rule_doc_url(base, url):
    assert rule_doc_url(base, "SEC001") == url
