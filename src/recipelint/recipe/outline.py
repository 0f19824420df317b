"""The outline of a recipe: its headings as sections, each with a kind and a token range.

Every rule that needs "the Ingredients section" or "the steps" asks here instead of
scanning headings itself, so all families agree on what a section is called: "Estimated
Calories & Sources" is the calories section, "Directions" and "Method" are the
instructions. The outline is built once per document from the markdown-it tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.page.markdown import rendered_text

if TYPE_CHECKING:

    from recipelint.page.document import Document


@dataclass(frozen=True)
class Section:
    """One heading and the content up to the next heading of the same or higher level."""

    title: str
    """The heading text as rendered: inline markup removed, ``{#id}`` dropped."""
    level: int
    kind: str | None
    """``overview``, ``ingredients``, ``instructions``, ``calories``, ``notes`` or None."""
    line: int
    column: int
    """1-based column where the heading text starts (after ``## ``)."""
    end_column: int
    """Exclusive end column of the heading text (closing ``#``s and ``{#id}`` excluded)."""
    heading_index: int
    """Index of the ``heading_open`` token in ``document.tokens``."""
    body_start: int
    """Index of the first token after ``heading_close``."""
    body_end: int
    """Index (exclusive) of the next heading of the same or higher level."""
    end_line: int
    """Last 1-based line of the section's content (the heading's line when empty)."""
    parent: int | None = None
    """Index in the outline of the enclosing section (None at top level)."""
    setext: bool = False


# Words that name each kind of section; matched against the normalised title's start.
_KIND_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ingredients", ("ingredients", "ingredient list", "ingredient", "what you need", "what you ll need",
                     "you ll need", "you will need", "shopping list")),
    ("instructions", ("instructions", "directions", "method", "steps", "preparation", "procedure",
                      "how to make", "how to cook", "how to prepare", "making it", "cooking instructions")),
    ("overview", ("overview", "about", "introduction", "intro", "description", "summary", "about this recipe")),
    ("notes", ("notes", "note", "tips", "tips and notes", "notes and tips", "chef s notes", "cook s notes",
               "variations", "serving suggestions")),
)
_CALORIE_WORDS = re.compile(r"\b(calories|calorie|kcal|nutrition|nutritional)\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_EXPLICIT_ID = re.compile(r"\s*\{#[^}]*\}\s*$")


def section_kind(title: str) -> str | None:
    """The kind of section a heading names, tolerant of wording and decoration.

    "Estimated Calories & Sources" and "Nutrition" are ``calories``; "Directions" is
    ``instructions``; "Ingredients for the sauce" is ``ingredients``. A heading that
    names none of them (a step title, "Serving") is None.
    """
    words = _NOT_WORD.sub(" ", title.lower()).strip()
    if words.startswith("the "):
        words = words[4:]
    if _CALORIE_WORDS.search(words):
        return "calories"
    for kind, phrases in _KIND_PHRASES:
        for phrase in phrases:
            if words == phrase or words.startswith(phrase + " "):
                return kind
    return None


def names_kind_loosely(title: str, kind: str) -> bool:
    """Whether ``title`` names a section of ``kind`` anywhere in its words: "Main
    Ingredients", "Base Ingredients", "Cooking directions" (section_kind wants the
    name first)."""
    words = " " + _NOT_WORD.sub(" ", title.lower()).strip() + " "
    phrases = dict(_KIND_PHRASES).get(kind, ())
    return any(f" {phrase} " in words for phrase in phrases if len(phrase) > 5)


def outline(document: Document) -> list[Section]:
    """Every heading of the document, in order (built once per document)."""
    return document.memo("outline", _build_outline)


def section_of_kind(document: Document, kind: str) -> Section | None:
    """The first section of ``kind``, preferring the highest heading level."""
    matches = [s for s in outline(document) if s.kind == kind]
    if not matches:
        return None
    top = min(s.level for s in matches)
    return next(s for s in matches if s.level == top)


def subsections(document: Document, section: Section) -> list[Section]:
    """The sections directly inside ``section`` (its children, not grandchildren)."""
    sections = outline(document)
    index = sections.index(section)
    return [s for s in sections if s.parent == index]


def _build_outline(document: Document) -> list[Section]:
    tokens = document.tokens
    headings = [i for i, token in enumerate(tokens) if token.type == "heading_open" and token.map]
    sections: list[Section] = []
    open_sections: list[int] = []  # indices in `sections` of the enclosing headings
    for number, index in enumerate(headings):
        token = tokens[index]
        level = int(token.tag[1])
        body_end = len(tokens)
        for later in headings[number + 1:]:
            if int(tokens[later].tag[1]) <= level:
                body_end = later
                break
        while open_sections and sections[open_sections[-1]].level >= level:
            open_sections.pop()
        inline = tokens[index + 1]
        title = rendered_text(inline)
        line = token.map[0] + 1
        column, end_column = _title_span(document.line_text(line), inline.content, token.markup)
        sections.append(
            Section(
                title=_EXPLICIT_ID.sub("", title).strip(),
                level=level,
                kind=section_kind(title),
                line=line,
                column=column,
                end_column=end_column,
                heading_index=index,
                body_start=index + 3,
                body_end=body_end,
                end_line=_last_line(document, index, body_end),
                parent=open_sections[-1] if open_sections else None,
                setext=token.markup in ("=", "-"),
            )
        )
        open_sections.append(len(sections) - 1)
    return sections


def _title_span(line_text: str, content: str, markup: str) -> tuple[int, int]:
    """Columns of the heading text in its line (1-based, end exclusive)."""
    start = 0
    if markup.startswith("#"):
        start = line_text.find(markup) + len(markup)
    text = _EXPLICIT_ID.sub("", content).rstrip()
    found = line_text.find(text, start) if text else -1
    if found < 0:
        stripped = len(line_text) - len(line_text.lstrip())
        return stripped + 1, len(line_text.rstrip()) + 1
    return found + 1, found + len(text) + 1


def _last_line(document: Document, heading_index: int, body_end: int) -> int:
    """The last non-blank line before the next heading (block maps include blank lines)."""
    tokens = document.tokens
    last = tokens[heading_index].map[1]  # 0-based exclusive == 1-based inclusive
    for token in tokens[heading_index + 3:body_end]:
        if token.map and token.map[1] > last:
            last = token.map[1]
    while last > tokens[heading_index].map[1] and not document.line_text(last).strip():
        last -= 1
    return last
