"""Front-matter values: the title, which sites render as the page's h1, and how keys are
compared."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recipelint.page.document import Document


FRONT_MATTER_SECTIONS = {
    "ingredients": ("ingredients", "recipeingredient", "components"),
    "instructions": ("directions", "instructions", "steps", "method", "recipeinstructions"),
}
"""Front-matter keys (normalised by :func:`front_matter_key`)
whose non-empty value stands for a section of that kind."""


def front_matter_key(key: object) -> str:
    """A front-matter key as recipe keys are compared: lower case, without ``_`` and ``-``
    (``prep_time``, ``prep-time``, ``prepTime`` and ``preptime`` are one key)."""
    return str(key).lower().replace("_", "").replace("-", "")


def front_matter_title(document: Document) -> str | None:
    """The front-matter ``title`` (stripped), or None when there is none."""
    title = document.front_matter_data.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None
