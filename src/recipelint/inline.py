"""Small scanners for inline Markdown that rules share when they read raw line text."""

from __future__ import annotations


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
