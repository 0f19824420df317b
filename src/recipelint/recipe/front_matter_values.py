"""The front matter as plain values, for rules that only read a key or two.

A page whose YAML is missing, broken or not a mapping reads as empty here: the FM
rules report why, and structure rules should not fail or guess because of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recipelint.document import Document


def front_matter_data(document: Document) -> dict[str, Any]:
    """The front matter's top-level mapping, or ``{}`` when there is none to read."""
    yaml_document = document.yaml
    if yaml_document is None or yaml_document.error is not None or not isinstance(yaml_document.data, dict):
        return {}
    return yaml_document.data


def front_matter_title(document: Document) -> str | None:
    """The front-matter ``title`` (stripped), which sites render as the page's h1."""
    title = front_matter_data(document).get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None
