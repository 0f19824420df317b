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
