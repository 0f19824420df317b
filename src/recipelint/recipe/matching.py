"""Matching ingredient names: calorie-table rows to ingredient lines, one to one.

Names are normalised before they are compared:

1. case, accents, apostrophes and punctuation are folded and bracketed
   remarks dropped (``names.normalise_name``): "Ground Pork (cooked)" is
   "ground pork";
2. every word is made singular and words that say how an ingredient is
   bought, sized or cut are dropped ("organic", "medium", "mini", "fresh",
   "thinly sliced"): "18 Medium Flour Tortillas" is "flour tortilla";
3. synonyms are folded into one name, from a small table here and from the
   reference data's synonyms: "scallion" and "green onion" are the same food.

Two names then score 100 when equal or naming the same reference food.
Otherwise their head nouns (the last word: "oil" in "sesame oil") must agree,
and rapidfuzz's token-set ratio decides; so "sesame oil" never matches
"sesame seeds", while "cheese" matches "cheddar cheese". The assignment is
greedy by best score, which for these short lists gives the optimal pairs
in practice: every name is used at most once.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from recipelint.recipe.names import UNIT_WORDS, normalise_name, words_of

__all__ = ["match_key", "identity_key", "score", "assign", "Pair", "SYNONYMS", "QUALIFIERS", "THRESHOLD"]

THRESHOLD = 85
"""The lowest score that counts as a match."""

QUALIFIERS = frozenset({
    "fresh", "organic", "small", "medium", "large", "extra", "jumbo", "mini", "baby",
    "big", "whole", "raw", "ripe", "good", "quality", "free", "range", "homemade",
    "store", "bought", "optional", "chopped", "diced", "minced", "sliced", "grated",
    "shredded", "crushed", "thinly", "finely", "roughly", "coarsely", "freshly",
    "peeled", "trimmed", "halved", "quartered", "cubed", "melted", "softened",
    "boneless", "skinless", "cooked", "uncooked", "dry", "dried", "frozen", "thawed",
    "canned", "tinned", "packed", "lightly", "about", "approx", "plus", "more",
    "of", "the", "a", "an", "and", "or", "for", "to", "taste", "serving", "garnish", "bag",
}) | UNIT_WORDS
"""Words dropped from a name before comparing: sizes, states, cuts, units."""

SYNONYMS: Mapping[str, str] = {
    "green onion": "scallion",
    "spring onion": "scallion",
    "coriander leaf": "cilantro",
    "fresh coriander": "cilantro",
    "mayo": "mayonnaise",
    "garbanzo bean": "chickpea",
    "garbanzo": "chickpea",
    "courgette": "zucchini",
    "aubergine": "eggplant",
    "capsicum": "bell pepper",
    "prawn": "shrimp",
    "icing sugar": "powdered sugar",
    "confectioner sugar": "powdered sugar",
    "confectioners sugar": "powdered sugar",
    "cornflour": "cornstarch",
    "corn starch": "cornstarch",
    "rocket": "arugula",
    "bicarbonate of soda": "baking soda",
    "bicarb": "baking soda",
    "double cream": "heavy cream",
    "heavy whipping cream": "heavy cream",
    "whipping cream": "heavy cream",
    "minced beef": "ground beef",
    "beef mince": "ground beef",
    "pork mince": "ground pork",
    "minced pork": "ground pork",
    "caster sugar": "superfine sugar",
    "evoo": "olive oil",
    "extra virgin olive oil": "olive oil",
    "ginger root": "ginger",
    "gingerroot": "ginger",
}
"""Names of the same ingredient (stems, without qualifiers) -> one name."""


@dataclass(frozen=True)
class Pair:
    """Item ``left`` of the first list matched to item ``right`` of the second."""

    left: int
    right: int
    score: float


@functools.lru_cache(maxsize=4096)
def match_key(name: str) -> str:
    """The normalised name compared by :func:`score`: "Organic Ground Pork" -> "ground pork"."""
    words = [w for w in words_of(normalise_name(name)) if w not in QUALIFIERS]
    if not words:
        words = list(words_of(normalise_name(name)))
    key = " ".join(words)
    synonym = SYNONYMS.get(key)
    if synonym:
        return synonym
    for size in (3, 2):  # fold a synonym at the end: "chopped green onion"
        if len(words) > size:
            tail = " ".join(words[-size:])
            if tail in SYNONYMS:
                return " ".join([*words[:-size], SYNONYMS[tail]])
    return key


SIZE_WORDS = frozenset({"small", "medium", "large", "mini", "jumbo", "organic", "fresh", "big", "whole"})


@functools.lru_cache(maxsize=4096)
def identity_key(name: str) -> str:
    """A stricter key for "the same ingredient twice": only sizes are dropped.

    "Diced tomatoes" and "peeled tomatoes" stay apart; "Large Eggs" and "eggs" do not.
    """
    words = [w for w in words_of(normalise_name(name)) if w not in SIZE_WORDS] or list(words_of(name))
    key = " ".join(words)
    return SYNONYMS.get(key, key)


@functools.lru_cache(maxsize=4096)
def _food(key: str) -> str | None:
    """The reference food a normalised name denotes, if the table knows it
    (``lookup`` is cached)."""
    from recipelint.recipe.nutrition import lookup

    food = lookup(key)
    return food.name if food else None


def _head(key: str) -> str:
    return key.rsplit(" ", 1)[-1] if key else ""


def _may_reach(left: str, right: str, needed: int) -> bool:
    """False when ``fuzz.ratio(left, right)`` is certainly below ``needed``.

    The ratio is 200 * LCS / (len(left) + len(right)), and the longest common
    subsequence has at most the characters both strings share (as multisets); the
    comparison is in integers, so it is exact.
    """
    if 200 * min(len(left), len(right)) < needed * (len(left) + len(right)):
        return False  # lengths too far apart: no more characters can be shared than the shorter has
    shared = sum(min(left.count(ch), right.count(ch)) for ch in set(left))  # a Counter intersection, without the Counters
    return 200 * shared >= needed * (len(left) + len(right))


def score(left: str, right: str, aliases: Mapping[str, str] | None = None) -> float:
    """How well two ingredient names match, 0..100 (see the module docstring).

    ``aliases`` maps a left name to the right name it stands for; both sides
    are compared by their match keys.
    """
    left_key, right_key = match_key(left), match_key(right)
    if aliases:
        for alias_left, alias_right in aliases.items():
            if match_key(alias_left) == left_key:
                return 100.0 if match_key(alias_right) == right_key else 0.0
    if not left_key or not right_key:
        return 0.0
    if left_key == right_key:
        return 100.0
    left_food, right_food = _food(left_key), _food(right_key)
    if left_food is not None and left_food == right_food:
        return 95.0
    if _head(left_key) != _head(right_key):
        # Only a typo of the whole name ("mayonaise") crosses head nouns; long
        # names may differ by a little more ("better than bulion").
        needed = 88 if min(len(left_key), len(right_key)) >= 12 else 92
        if not _may_reach(left_key, right_key, needed):
            return 0.0  # most pairs: rapidfuzz (~7 ms to import) is not needed to say so
        from rapidfuzz import fuzz

        ratio = fuzz.ratio(left_key, right_key)
        return ratio if ratio >= needed else 0.0
    left_words, right_words = set(left_key.split()), set(right_key.split())
    if left_words <= right_words or right_words <= left_words:
        # "cheese" / "cheddar cheese": one name is a narrower form of the other,
        # unless both are known reference foods that differ ("sesame oil" / "oil").
        if left_food and right_food and left_food != right_food and min(len(left_words), len(right_words)) > 1:
            return 0.0
        return 90.0
    from rapidfuzz import fuzz

    return float(fuzz.token_set_ratio(left_key, right_key))


def assign(left: Sequence[str], right: Sequence[str], aliases: Mapping[str, str] | None = None,
           threshold: float = THRESHOLD) -> list[Pair]:
    """Match names one to one, best scores first; returns pairs sorted by ``left``.

    Ties are broken by position, so the first of two equal candidates wins.
    """
    candidates = []
    for i, left_name in enumerate(left):
        for j, right_name in enumerate(right):
            value = score(left_name, right_name, aliases)
            if value >= threshold:
                candidates.append((-value, i, j))
    candidates.sort()
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for negative, i, j in candidates:
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append(Pair(i, j, -negative))
    return sorted(pairs, key=lambda pair: pair.left)
