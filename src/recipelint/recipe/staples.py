"""Pantry staples: ingredients a recipe may use without listing or counting them.

Salt, pepper and water turn up in almost every recipe and add no calories worth a
table row, so ING002, ING010 and ING011 leave them alone, however they are
described ("warm water", "kosher salt") or paired ("Salt & Pepper").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from recipelint.recipe.compound_names import name_parts

DEFAULT_STAPLES = ["salt", "pepper", "black pepper", "salt and pepper", "water", "ice", "cooking spray"]

_STAPLE_DESCRIPTORS = frozenset({
    "warm", "cold", "hot", "boiling", "lukewarm", "tepid", "iced", "filtered", "tap",
    "table", "kosher", "sea", "fine", "coarse", "flaky", "freshly", "cracked", "ground",
    "some", "extra", "more", "plenty", "of", "a", "pinch", "dash", "little", "cube", "crushed",
})


_STAPLE_HEADS = frozenset({"water", "salt", "ice"})
"""Staples whatever is said before them ("a full kettle of boiled water", "sea salt")."""


def configured_staples(settings) -> list[str]:
    """The staples of a run: ``[ingredients] staples`` (or the default) plus ``extend-staples``."""
    section = settings.ingredients
    chosen = DEFAULT_STAPLES if section.staples is None else section.staples
    return [*chosen, *section.extend_staples]


def staple_keys(names: Iterable[str]) -> frozenset[str]:
    """The configured staple names as matching keys (see ``recipe.matching``)."""
    # Imported here: rule modules import this one for DEFAULT_STAPLES, and listing
    # the rules must stay cheap.
    from recipelint.recipe.matching import match_key

    return frozenset(match_key(name) for name in names)


@functools.lru_cache(maxsize=4096)  # asked for every step word not on the list: "salt" again and again
def is_staple(name: str, staples: frozenset[str]) -> bool:
    """Salt, "warm water", "Salt & Pepper", "kosher salt": staples with their descriptors."""
    from recipelint.recipe.matching import match_key

    def one(part: str) -> bool:
        key = match_key(part)
        if key in staples:
            return True
        words = [w for w in key.split() if w not in _STAPLE_DESCRIPTORS]
        return bool(words) and " ".join(words) in staples

    if one(name) or match_key(name).rsplit(" ", 1)[-1] in _STAPLE_HEADS:
        return True
    parts = name_parts(name)
    return len(parts) > 1 and all(one(p) for p in parts)
