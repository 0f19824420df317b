"""Small scanners for inline Markdown that rules share when they read raw line text."""

from __future__ import annotations

import bisect
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


def backtick_run_end(text: str, start: int) -> int:
    """Index just past the run of backticks that starts at ``start``."""
    end = start
    while end < len(text) and text[end] == "`":
        end += 1
    return end


def code_span_end(text: str, start: int) -> int | None:
    """Where the code span opened by the backticks at ``start`` ends (exclusive).

    CommonMark: the span closes at the next run of exactly as many backticks. None when
    no such run follows; the opening run is then literal backticks.
    """
    opening_end = backtick_run_end(text, start)
    width = opening_end - start
    position = opening_end
    while position < len(text):
        if text[position] == "`":
            run_end = backtick_run_end(text, position)
            if run_end - position == width:
                return run_end
            position = run_end
        else:
            position += 1
    return None
