"""Names as recipes write them, reduced to keys that compare: singular nouns, word
stems, normalised ingredient names, and the words that name units.

Every comparison of names (the calorie table against the list, the steps against
the list, a name against the reference data, tags across a site) goes through here,
so "Green Onions", "green onion" and "green-onion" are one name everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from recipelint.recipe.units import ALIASES as _UNIT_ALIASES

_PARENTHETICAL = re.compile(r"\([^()]*\)")
_NONWORD = re.compile(r"[\W_]+")
_IRREGULAR_PLURALS = {
    "leaves": "leaf",
    "loaves": "loaf",
    "halves": "half",
    "knives": "knife",
    "chilies": "chili",
    "chillies": "chilli",
    "veggies": "veggie",
}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
"""A word of running text: letters, with one inner apostrophe ("cook's")."""


@functools.lru_cache(maxsize=8192)  # the index and food_vocabulary() stem ~7,000 words, few distinct
def singular(word: str) -> str:
    """Turn a regular English plural into its singular; leave anything else alone."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "oes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def normalise_name(text: str, *, keep_parenthetical: bool = False) -> str:
    """Reduce an ingredient name to the key the reference table is indexed by.

    Steps: Unicode compatibility decomposition with accents dropped ("crème" ==
    "creme"), lower case, parenthetical remarks dropped (or, with
    ``keep_parenthetical``, their brackets dropped and words kept), apostrophes
    removed ("confectioners' sugar" == "confectioners sugar"), other punctuation
    and hyphens replaced by spaces ("ground pork, cooked" == "ground pork cooked",
    "all-purpose" == "all purpose"), whitespace collapsed, and the last word made
    singular ("Scallions" == "scallion", "bay leaves" == "bay leaf"). Only the
    last word is singularised because it is the head noun: "brussels sprouts"
    keeps its "brussels".
    """
    if text.isascii():  # nothing to decompose (most names); the index normalises ~2,000
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    if keep_parenthetical:
        text = text.replace("(", " ").replace(")", " ")
    else:
        text = _PARENTHETICAL.sub(" ", text)
    text = text.replace("'", "").replace("\u2019", "")
    words = _NONWORD.sub(" ", text).split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


@functools.lru_cache(maxsize=8192)  # every word of every step line: the same few thousand words
def stem(word: str) -> str:
    """A word's matching key: lower case, apostrophes dropped, singular."""
    return singular(word.lower().replace("’", "").replace("'", ""))


def words_of(text: str) -> tuple[str, ...]:
    """The stems of the words in ``text`` ("Green Onions" -> ("green", "onion"))."""
    if text.isascii():
        # The same stems, faster (food_vocabulary stems ~2,000 names at start-up): ASCII
        # lower-casing cannot change what _WORD matches, so lower the text once.
        return tuple(singular(word.replace("'", "")) for word in WORD.findall(text.replace("-", " ").lower()))
    return tuple(stem(m.group()) for m in WORD.finditer(text.replace("-", " ")))


UNIT_WORDS: frozenset[str] = frozenset(stem(form) for form in _UNIT_ALIASES if " " not in form)
"""Stems of the one-word unit names and abbreviations ("cup", "tbsp", "gram")."""
