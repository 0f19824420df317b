"""The page's numbered lists: where each starts, what its items say and where it sits.

Markdown renders an ordered list from its first number and counts on by itself, so
checking the numbers a reader sees needs each list's written numbers and what it may
continue: lists in the same container (list item, blockquote) and ``#``/``##`` section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span

if TYPE_CHECKING:
    from markdown_it.token import Token

    from recipelint.page.document import Document


@dataclass(frozen=True)
class OrderedList:
    index: int  # of the ordered_list_open token
    start: int
    numbers: tuple[int, ...]
    items: tuple[Token, ...]
    container: int | None  # index of the enclosing list_item_open / blockquote_open
    scope: int  # heading_index of the enclosing level-1/2 section, -1 before any


def ordered_lists(document: Document) -> list[OrderedList]:
    """Every ordered list, nested ones included, in file order (built once)."""
    return document.memo("ordered-lists", _collect)


def _collect(document: Document) -> list[OrderedList]:
    tokens = document.tokens
    found: list[OrderedList] = []
    containers: list[int] = []
    open_lists: list[tuple[int, list[Token]]] = []
    scope = -1
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open" and token.tag in ("h1", "h2") and not containers:
            scope = index
        elif kind == "ordered_list_open":
            open_lists.append((index, []))
        elif kind == "list_item_open":
            if open_lists and tokens[open_lists[-1][0]].level == token.level - 1:
                open_lists[-1][1].append(token)
            containers.append(index)
        elif kind == "blockquote_open":
            containers.append(index)
        elif kind in ("list_item_close", "blockquote_close"):
            if containers:
                containers.pop()
        elif kind == "ordered_list_close" and open_lists:
            opened, items = open_lists.pop()
            numbers = tuple(_item_number(item) for item in items)
            start = _item_number(items[0]) if items else 1
            container = containers[-1] if containers else None
            found.append(OrderedList(opened, start, numbers, tuple(items), container, scope))
    found.sort(key=lambda lst: lst.index)
    return found


def _item_number(item: Token) -> int:
    try:
        return int(item.info)
    except (TypeError, ValueError):
        return 1


def marker_span(document: Document, item: Token) -> Span:
    """Where a list item's number and delimiter (``4.``) are written."""
    line = item.map[0] + 1 if item.map else 1
    text = document.line_text(line)
    match = re.compile(rf"(?<!\d){re.escape(item.info)}{re.escape(item.markup)}").search(text)
    if match is None:
        stripped = len(text) - len(text.lstrip(" \t>")) + 1
        return Span(line, stripped, line, stripped + 1)
    return Span(line, match.start() + 1, line, match.end() + 1)
