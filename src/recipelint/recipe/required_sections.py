"""The sections a recipe must have, and which heading (or front-matter list) is each.

The names come from ``required-sections`` or the site generator's defaults
(``sites/``), measured on real sites so that correct recipes pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.front_matter_values import (
    FRONT_MATTER_SECTIONS,
    front_matter_key,
)
from recipelint.recipe.headings import plain_words
from recipelint.recipe.outline import names_kind_loosely, outline, section_kind
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

    def matches_loosely(self, title: str) -> bool:
        """``title`` names this section among other words ("Main Ingredients")."""
        if self.kind is not None:
            return section_kind(title) == self.kind or names_kind_loosely(title, self.kind)
        return plain_words(title) == self.key


@dataclass(frozen=True)
class RequiredSections:
    """The required sections in order, and what stands for each on the page."""

    required: list[RequiredSection]
    sections: list[Section | None]  # per required entry: the page's own heading for it, or None
    in_front_matter: list[bool]
    elsewhere: list[bool]
    """Per required entry: the page has it, but not as one of its own sections: a
    heading at a deeper level or with more words ("### Main Ingredients"), or a label
    paragraph ("**Ingredients:**")."""
    has_sections: bool
    """Whether the page is divided into sections at all: headings below its title, or
    front-matter section keys (``ingredients:``, ``directions:``)."""


def find_required_sections(document: Document, names: Sequence[str]) -> RequiredSections | None:
    """Where each of the required sections ``names`` is on this page; None when it is not a recipe."""
    file_name = (document.path or "").rsplit("/", 1)[-1]
    if file_name in _NOT_RECIPES or not looks_like_recipe(document):
        return None
    required = list(_required(tuple(names)))
    sections = outline(document)
    # A required section is one of the page's own sections: a top-level heading, or one
    # directly under the page's h1 title; "### Ingredient swaps" under Notes is not it.
    top_level = [s for s in sections if s.parent is None or sections[s.parent].level == 1]
    keys = {front_matter_key(k): v for k, v in document.front_matter_data.items()}
    found: list[Section | None] = []
    front: list[bool] = []
    elsewhere: list[bool] = []
    labels: list[str] | None = None  # label paragraphs and lists are read only when a
    implicit: set[str] | None = None  # section is not found otherwise

    def has_label(entry: RequiredSection) -> bool:
        nonlocal labels
        if labels is None:
            labels = _label_titles(document)
        return any(entry.matches_loosely(label) or entry.key == plain_words(label) for label in labels)

    def has_implicitly(kind: str | None) -> bool:
        nonlocal implicit
        if implicit is None:
            implicit = _implicit_kinds(document)
        return kind in implicit

    for entry in required:
        found.append(next((s for s in top_level if entry.matches(s)), None))
        front.append(any(_lists_something(keys.get(k)) for k in FRONT_MATTER_SECTIONS.get(entry.kind or "", ())))
        elsewhere.append(any(entry.matches(s) or entry.matches_loosely(s.title) for s in sections)
                         or has_label(entry)
                         or has_implicitly(entry.kind))
    section_keys = {k for keys in FRONT_MATTER_SECTIONS.values() for k in keys}
    has_sections = any(s.level >= 2 for s in sections) or bool(section_keys & keys.keys())
    return RequiredSections(required, found, front, elsewhere, has_sections)


@functools.lru_cache(maxsize=32)
def _required(names: tuple[str, ...]) -> tuple[RequiredSection, ...]:
    """The configured names read once: every page of a site asks with the same ones."""
    return tuple(RequiredSection(name, section_kind(name), plain_words(name)) for name in names if name.strip())


def _implicit_kinds(document: Document) -> set[str]:
    """Section kinds the page has without naming them: a bullet list whose items are
    mostly amounts ("- 4 cups bread flour") is its ingredients, a numbered list of
    several steps its instructions."""
    kinds: set[str] = set()
    tokens = document.tokens
    items: list[str] = []
    ordered_items = 0
    for index, token in enumerate(tokens):
        if token.type == "list_item_open" and index + 2 < len(tokens) and tokens[index + 2].type == "inline":
            text = tokens[index + 2].content.split("\n", 1)[0]
            if token.info or token.markup in (".", ")"):
                ordered_items += 1
            else:
                items.append(text)
    amounts = sum(1 for text in items if _states_an_amount(text))
    if amounts >= 3 and amounts * 2 >= len(items):
        kinds.add("ingredients")
    if ordered_items >= 3:
        kinds.add("instructions")
    return kinds


_NUMBER_START = re.compile(r"(?<![\w.])[\d½⅓⅔¼¾⅛]")


def _states_an_amount(text: str) -> bool:
    """An amount at the start ("2 cups flour", "3 eggs") or a measured one anywhere
    ("Bread flour: 4 cups (480g)"), as the ingredient parser reads amounts."""
    from recipelint.recipe.amounts import parse_amount

    text = text.lstrip()
    first = parse_amount(text, count_noun=False)
    if first is not None and first.start == 0:
        return True
    for match in _NUMBER_START.finditer(text):
        amount = parse_amount(text[match.start():], count_noun=False)
        if amount is not None and amount.start == 0 and amount.unit is not None:
            return True
    return False


_LABEL = re.compile(r"^\s*(?:\*\*|__)?\s*([^*_:\n]{3,40}?)\s*:?\s*(?:\*\*|__)?\s*:?\s*$")
_LABEL_MAX = 60
"""The longest stripped line ``_LABEL`` is tried on: 40 characters of title, markup, colon and spaces."""


def _label_titles(document: Document) -> list[str]:
    """Paragraphs that are only a label, used as a section heading: ``**Ingredients:**``,
    ``Ingredients:``, ``__Method__``."""
    titles = []
    tokens = document.tokens
    for index, token in enumerate(tokens[:-1]):
        if token.type == "paragraph_open" and tokens[index + 1].type == "inline":
            first_line = tokens[index + 1].content.split("\n", 1)[0].strip()
            if len(first_line) > _LABEL_MAX:  # a label is short; a long line is prose (and
                continue  # would make the pattern's optional spaces backtrack for seconds)
            if not (first_line.endswith(":") or first_line.startswith(("**", "__"))):
                continue  # a label ends with a colon or is bold: most paragraphs are neither
            match = _LABEL.match(first_line)
            if match:
                titles.append(match.group(1))
    return titles


def _lists_something(value: object) -> bool:
    """A front-matter list with items, or a block of text, stands in for a section."""
    if isinstance(value, list):
        return any(item not in (None, "") for item in value)
    return isinstance(value, str) and "\n" in value.strip()
