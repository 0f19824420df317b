"""Small scanners for inline Markdown that rules share when they read raw line text."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span

if TYPE_CHECKING:
    from recipelint.page.document import Document


class TextBlock:
    """The raw text of lines ``first``..``last`` (1-based, inclusive) joined by newlines,
    with offsets in that text mapped back to file positions."""

    def __init__(self, document: Document, first: int, last: int) -> None:
        self.first = first
        lines = [document.line_text(n) for n in range(first, max(first, last) + 1)]
        self.text = "\n".join(lines)
        self.starts: list[int] = []
        offset = 0
        for line in lines:
            self.starts.append(offset)
            offset += len(line) + 1

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), 1-based, of ``offset`` in ``text``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.first + index, offset - self.starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        return Span(*self.position(start), *self.position(end))


PROSE_BLOCKS = ("paragraph_open", "heading_open", "table_open")


def prose_blocks(document: Document) -> list[TextBlock]:
    """Each paragraph, heading and table of the page, in order, as a TextBlock: built
    once per document for the rules that read raw prose (link scan, SEC013)."""
    return document.memo("prose-blocks", _prose_blocks)


def _prose_blocks(document: Document) -> list[TextBlock]:
    return [TextBlock(document, token.map[0] + 1, token.map[1])
            for token in document.tokens if token.type in PROSE_BLOCKS and token.map]


_BACKTICKS = re.compile(r"`*")
_BACKTICK_RUN = re.compile(r"`+")


def backtick_run_end(text: str, start: int) -> int:
    """Index just past the run of backticks that starts at ``start``."""
    return _BACKTICKS.match(text, start).end()


class CodeSpans:
    """Where the code spans of one text close, found by lookup instead of by scanning.

    CommonMark: a run of backticks opens a code span that closes at the next run of
    exactly as many backticks. Scanning ahead from every opening is quadratic on a line
    of runs that never close (`` ` `` `` `` `` ``` `` …); the runs are indexed by width
    once instead.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts_by_width: dict[int, list[int]] = {}
        for run in _BACKTICK_RUN.finditer(text):
            self._starts_by_width.setdefault(run.end() - run.start(), []).append(run.start())

    def end(self, start: int) -> int | None:
        """Where the code span opened by the backticks at ``start`` ends (exclusive);
        None when no run as wide follows: the opening run is then literal backticks."""
        opening_end = backtick_run_end(self.text, start)
        width = opening_end - start
        starts = self._starts_by_width.get(width, ())
        found = bisect.bisect_left(starts, opening_end)
        return starts[found] + width if found < len(starts) else None
