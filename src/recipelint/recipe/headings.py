"""Headings as diagnostics point at them, quote them and compare them.

Every rule about a heading marks the same span (its ``#`` marks and text) and quotes it
the same way, so messages from different rules read alike; :func:`plain_words` is the
one idea of "the same text" that headings, titles and labels are compared by.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.recipe.outline import outline

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.outline import Section

_NOT_WORD = re.compile(r"[^\w]+")


def plain_words(text: str) -> str:
    """``text`` lower-cased, its punctuation dropped and its spaces collapsed: "Notes:" -> "notes"."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def heading_span(document: Document, section: Section) -> Span:
    """Where a heading is written: its ``#`` marks and text (a setext heading: its text)."""
    text = document.line_text(section.line)
    if section.setext:
        return Span(section.line, section.column, section.line, section.end_column)
    start = text.find("#") + 1
    if start <= 0 or start > section.column:
        start = section.column
    return Span(section.line, start, section.line, max(section.end_column, start + 1))


def show_heading(section: Section) -> str:
    """The heading as messages quote it: "`## Notes`" (a setext heading: "`Notes`")."""
    if section.setext:
        return f"`{section.title}`"
    return f"`{'#' * section.level} {section.title}`"


def next_heading(document: Document, section: Section) -> Section | None:
    """The heading that ends ``section`` (same or higher level), if any."""
    return next((s for s in outline(document) if s.heading_index == section.body_end), None)
