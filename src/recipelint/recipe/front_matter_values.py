"""The front-matter title, which sites render as the page's h1."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recipelint.document import Document


def front_matter_title(document: Document) -> str | None:
    """The front-matter ``title`` (stripped), or None when there is none."""
    title = document.front_matter_data.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None
