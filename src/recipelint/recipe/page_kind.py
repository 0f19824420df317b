"""What kind of page this is: a recipe, or an about page, a tag index, a blog post.

Recipe-structure rules ask :func:`looks_like_recipe` and stay quiet on other pages.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from recipelint.recipe.front_matter_values import (
    FRONT_MATTER_SECTIONS,
    front_matter_key,
)
from recipelint.recipe.metadata import FRONT_MATTER_KEYS, metadata_facts
from recipelint.recipe.outline import outline

if TYPE_CHECKING:
    from recipelint.page.document import Document


def looks_like_recipe(document: Document) -> bool:
    """Whether the page is a recipe, not an about page, a tag index or a blog post.

    A recipe has an ingredients, instructions or calories section, or states servings
    or times (in the body or the front matter), or keeps its ingredients or directions
    in front matter (Jekyll). Rules about a recipe's structure stay quiet elsewhere.
    """
    return document.memo("looks-like-recipe", _looks_like_recipe)


def _looks_like_recipe(document: Document) -> bool:
    if any(section.kind in ("ingredients", "instructions", "calories") for section in outline(document)):
        return True
    recipe_keys = _recipe_front_matter_keys()
    if any(front_matter_key(key) in recipe_keys for key in document.front_matter_data):
        return True
    return bool(metadata_facts(document))


@functools.cache
def _recipe_front_matter_keys() -> frozenset[str]:
    """Front-matter keys that only a recipe has: those standing for a required section
    (``ingredients``, ``recipeInstructions``, ``components``…) and those stating servings
    or a time, normalised by :func:`front_matter_key`."""
    return frozenset(FRONT_MATTER_KEYS).union(*FRONT_MATTER_SECTIONS.values())
