"""The sections a recipe must have, and which heading (or front-matter list) is each.

The names come from ``required-sections`` or the site generator's defaults
(``sites/``), measured on real sites so that correct recipes pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.front_matter_values import (
    FRONT_MATTER_SECTIONS,
    front_matter_key,
)
from recipelint.recipe.headings import plain_words
from recipelint.recipe.outline import outline, section_kind
from recipelint.recipe.page_kind import looks_like_recipe

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.outline import Section

# Pages that are not recipes: Hugo section list pages.
_NOT_RECIPES = ("_index.md", "_index.mdx")


@dataclass(frozen=True)
class RequiredSection:
    name: str  # as configured, for messages
    kind: str | None  # the outline kind it stands for, or None: matched by title
    key: str  # the title's plain words

    def matches(self, section: Section) -> bool:
        if self.kind is not None:
            return section.kind == self.kind
        return plain_words(section.title) == self.key


@dataclass(frozen=True)
class RequiredSections:
    """The required sections in order, and what stands for each on the page."""

    required: list[RequiredSection]
    sections: list[Section | None]  # per required entry: the heading found, or None
    in_front_matter: list[bool]


def find_required_sections(document: Document, names: Sequence[str]) -> RequiredSections | None:
    """Where each of the required sections ``names`` is on this page; None when it is not a recipe."""
    file_name = (document.path or "").rsplit("/", 1)[-1]
    if file_name in _NOT_RECIPES or not looks_like_recipe(document):
        return None
    required = [RequiredSection(name, section_kind(name), plain_words(name)) for name in names if name.strip()]
    sections = outline(document)
    # A required section is one of the page's own sections: a top-level heading, or one
    # directly under the page's h1 title; "### Ingredient swaps" under Notes is not it.
    top_level = [s for s in sections if s.parent is None or sections[s.parent].level == 1]
    keys = {front_matter_key(k): v for k, v in document.front_matter_data.items()}
    found: list[Section | None] = []
    front: list[bool] = []
    for entry in required:
        found.append(next((s for s in top_level if entry.matches(s)), None))
        front.append(any(_lists_something(keys.get(k)) for k in FRONT_MATTER_SECTIONS.get(entry.kind or "", ())))
    return RequiredSections(required, found, front)


def _lists_something(value: object) -> bool:
    """A front-matter list with items, or a block of text, stands in for a section."""
    if isinstance(value, list):
        return any(item not in (None, "") for item in value)
    return isinstance(value, str) and "\n" in value.strip()
