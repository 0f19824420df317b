"""The one markdown-it configuration every rule relies on.

CommonMark plus tables, with the front-matter plugin so the YAML block becomes a single
token and every later token keeps the line numbers of the real file.
"""

from __future__ import annotations

import re
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


MARKUP_BUDGET = 200_000
"""The most Markdown structure one page may have, in estimated parser tokens. The
largest of 1,734 real recipe pages tried comes to about 2,100; a 2.5 MB table of
20,000 columns to 3.7 million, which markdown-it holds as 1.6 GB of tokens."""

_MARK_WEIGHTS = (("|", 3), ("[", 3), ("*", 2), ("_", 2), ("~", 2), ("<", 2), ("`", 1), ("&", 1), ("\\", 1))
"""Tokens a character may start, at most: a table cell or a link opens, holds text and
closes; an emphasis mark opens or closes around text; an HTML tag or autolink is one
token or three; a code span, an entity or an escape is one."""
_FRONT_MATTER_END = re.compile(r"\n(?:---|\+\+\+)[ \t]*(?:\n|$)")


def markup_estimate(text: str) -> int:
    """An upper estimate of the tokens markdown-it makes of ``text``, from character
    counts alone (linear, in C): up to six per line (a list item in a quote), and what
    each markup character may start (``_MARK_WEIGHTS``). The front matter is one token,
    with limits of its own (FM018), and is not counted."""
    if text.startswith(("---", "+++")):
        closing = _FRONT_MATTER_END.search(text, 3)
        if closing is not None:
            text = text[closing.end():]
    lines = text.count("\n") + 1 - text.count("\n\n")
    return 6 * lines + sum(weight * text.count(mark) for mark, weight in _MARK_WEIGHTS)


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


def opens_list_at(tokens: list[Token], line: int) -> bool:
    """Whether a bullet or ordered list starts on ``line`` (1-based)."""
    return any(
        token.type in ("bullet_list_open", "ordered_list_open") and token.map and token.map[0] == line - 1
        for token in tokens
    )


def innermost_block(tokens: list[Token], line: int, types: tuple[str, ...]) -> Token | None:
    """The innermost token of ``types`` whose lines hold ``line`` (1-based)."""
    found = None
    for token in tokens:
        if token.type in types and token.map and token.map[0] <= line - 1 < token.map[1]:
            if found is None or token.map[0] >= found.map[0]:
                found = token
    return found
