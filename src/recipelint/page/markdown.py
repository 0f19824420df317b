"""The one markdown-it configuration every rule relies on.

CommonMark plus tables, with the front-matter plugin so the YAML block becomes a single
token and every later token keeps the line numbers of the real file.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def parse_markdown(text: str) -> list[Token]:
    return markdown_parser().parse(text)


def rendered_text(inline: Token) -> str:
    """The heading's text without markup: text and code spans, images' alt text."""
    if not inline.children:
        return inline.content
    parts: list[str] = []
    for child in inline.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def heading_source_texts(tokens: list[Token]) -> list[str]:
    """Each heading's plain text with any explicit ``{#id}`` kept, for the slug functions."""
    return [rendered_text(tokens[i + 1]) for i, token in enumerate(tokens) if token.type == "heading_open" and token.map]
