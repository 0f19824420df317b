"""Names that join two ingredients in one: "Salt & Pepper", "butter or margarine".

Such a line stands for each of its parts, so a calorie row for "Salt" pairs with it
and it is a staple when every part is one.
"""

from __future__ import annotations

import re

_JOINERS = re.compile(r"\s*(?:&|\+|/|\band\b|\bor\b)\s*", re.IGNORECASE)


def name_parts(name: str) -> list[str]:
    """The non-empty parts of ``name`` split at ``&``, ``+``, ``/``, "and", "or"."""
    return [part for part in _JOINERS.split(name) if part.strip()]
