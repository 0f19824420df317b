"""Amounts: a number, a unit and the alternates written after them.

An amount is how much of an ingredient a recipe asks for, as written at the
start of an ingredient line or in a calorie table's Quantity cell:

- ``3 tbsp``, ``1 1/2 cups``, ``500g``, ``2–3 cloves``, ``~30 oz``;
- a bare count: ``3`` (of "3 Shallots"), ``18 tortillas`` in a table cell;
- alternates in brackets: ``30 oz (850 g)``, ``18 tortillas (720 g)``,
  ``3 medium (150 g)``, ``1 cup (240 ml / 8 fl oz)``;
- a per-item size before the unit: ``2 (14 oz) cans`` (two cans of 14 oz:
  the alternate is 28 oz);
- no number at all: ``to taste``, ``a drizzle``, ``as needed``.

Numbers come from :mod:`recipelint.recipe.quantity` and units from
:mod:`recipelint.recipe.units`. :func:`grams` turns an amount into grams
without pint: mass and volume factors are exact constants here (checked
against the pint registry by the tests), so a commit hook that only needs
grams never builds the registry.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING

from recipelint.recipe.names import singular
from recipelint.recipe.quantity import Number, find_leading_quantity
from recipelint.recipe.units import BASE_FACTORS, UNITS, UnitInfo, match_unit

if TYPE_CHECKING:
    from recipelint.recipe.nutrition import FoodReference

__all__ = ["Amount", "parse_amount", "grams", "base_value", "MASS_GRAMS", "VOLUME_ML"]

MASS_GRAMS: dict[str, Fraction] = {n: f for n, f in BASE_FACTORS.items() if UNITS[n].dimension == "mass"}
"""Grams in one of each mass unit (exact, from the unit definitions in units.py)."""

VOLUME_ML: dict[str, Fraction] = {n: f for n, f in BASE_FACTORS.items() if UNITS[n].dimension == "volume"}
"""Millilitres in one of each volume unit (US customary cup of 236.5882365 ml)."""

COUNT_EACH: dict[str, Fraction] = {n: BASE_FACTORS[n] for n in ("each", "dozen")}
"""Plain counts in "each"; every other count unit only compares with itself."""

VAGUE_AMOUNTS = (
    "to taste", "as needed", "as required", "as desired", "if needed",
    "for serving", "for garnish", "to serve", "to garnish", "optional",
    "a drizzle", "a splash", "a little", "a few", "a bit", "some",
    "a good glug", "a glug", "a knob", "a sprinkle", "a sprinkling", "a squeeze",
)
"""Phrases that stand for an amount without stating one."""

_VAGUE = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in sorted(VAGUE_AMOUNTS, key=len, reverse=True))
    + r")(?![\w'’-])",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[^\S\r\n]*")
_OPEN = re.compile(r"[^\S\r\n]*[(\[]")
_ALTERNATE_SEPARATOR = re.compile(r"[^\S\r\n]*(?:[/;,=]|\bor\b|\babout\b|≈)[^\S\r\n]*", re.IGNORECASE)
_SLASH_ALTERNATE = re.compile(r"[^\S\r\n]*(?:/|\bor\b)[^\S\r\n]*", re.IGNORECASE)
_UNIT_MODIFIER = re.compile(
    r"[^\S\r\n]+(?:metric|us|u\.s\.|imperial|heaped|heaping|level|scant|rounded|generous|good|"
    r"big|small|medium|large|extra[- ]large|full|half|whole)(?=[^\S\r\n])", re.IGNORECASE)
_OF_A = re.compile(r"[^\S\r\n]+of[^\S\r\n]+an?(?=[^\S\r\n])", re.IGNORECASE)
""""3/4 of a cup": the unit after "of a"."""
_CLOSE = re.compile(r"[^\S\r\n]*[)\]]")
# "x" / "×" between a count and a per-item size: "2 x 400 g cans".
_TIMES = re.compile(r"[^\S\r\n]*[x×][^\S\r\n]+", re.IGNORECASE)
# A count noun in a table cell: one or two words, then a bracket or the end.
_COUNT_NOUN = re.compile(r"[^\S\r\n]+([^\W\d_][\w'’-]*(?:[^\S\r\n]+[^\W\d_][\w'’-]*)?)")


@dataclass(frozen=True)
class Amount:
    """How much, as written: ``number`` ``unit`` (``alternates``).

    ``number`` is None for "to taste" and the like. ``unit`` is None for a
    bare count ("3 Shallots"); then ``unit_text`` is "" or, in a table cell,
    the counted noun ("tortillas" of "18 tortillas (720 g)"). ``start`` and
    ``end`` delimit the amount, alternates included, in the parsed text.
    """

    number: Number | None
    unit: UnitInfo | None
    unit_text: str
    start: int
    end: int
    alternates: tuple[Amount, ...] = ()

    @property
    def dimension(self) -> str | None:
        """``mass``, ``volume``, ``count`` (bare counts too) or None without a number."""
        if self.number is None:
            return None
        return self.unit.dimension if self.unit else "count"

    def describe(self) -> str:
        """The amount as a short phrase for messages: "30 oz", "18"."""
        if self.number is None:
            return self.unit_text or "no amount"
        text = self.number.text.strip()
        if self.unit_text:
            text += " " + self.unit_text
        return text


@functools.lru_cache(maxsize=4096)  # a page reads its lines' amounts for several rules; common lines recur
def parse_amount(text: str, *, count_noun: bool = True) -> Amount | None:
    """Read the amount at the start of ``text``, or None if there is none.

    ``text`` is a table Quantity cell or an ingredient line (without its list
    marker). With ``count_noun`` (the default, for table cells) a word after a
    bare number is taken as the counted thing when it ends the text or is
    followed by a bracketed amount: "18 tortillas (720 g)". Ingredient lines
    pass ``count_noun=False``, since there the word starts the name.
    """
    start = _SPACES.match(text).end()
    vague = _VAGUE.match(text, start)
    if vague:
        return Amount(None, None, vague.group(), start, vague.end())
    return _amount(text, start, count_noun=count_noun, nested=False)


def _amount(text: str, start: int, *, count_noun: bool, nested: bool) -> Amount | None:
    number = find_leading_quantity(text[start:]) if start else find_leading_quantity(text)
    if number is None:
        return None
    if start:
        number = replace(number, start=number.start + start, end=number.end + start)
    end = number.end
    unit: UnitInfo | None = None
    unit_text = ""
    alternates: list[Amount] = []

    # "2 x 400 g cans" / "2 (14 oz) cans": a per-item size, then the unit.
    size: Amount | None = None
    size_end = end
    times = _TIMES.match(text, end)
    if times and not nested:
        size = _amount(text, times.end(), count_noun=False, nested=True)
        if size is not None and size.unit is not None and size.number is not None:
            size_end = size.end
        else:
            size = None
    if size is None and not nested:
        # "1 14.5 oz can": a count, then the size of each.
        inner = _amount(text, _SPACES.match(text, end).end(), count_noun=False, nested=True)
        if inner is not None and inner.unit is not None and inner.unit.dimension != "count" \
                and _SPACES.match(text, end).end() > end:
            size, size_end = inner, inner.end
    if size is None and not nested:
        opened = _OPEN.match(text, end)
        if opened:
            group = _bracketed(text, opened.end())
            if group is not None and len(group[0]) == 1:
                after_unit = match_unit(text, group[1])
                if after_unit and after_unit[0].dimension == "count":
                    size, size_end = group[0][0], group[1]

    unit_start = size_end if size else end
    found = match_unit(text, unit_start)
    modifier = None if size else (_UNIT_MODIFIER.match(text, end) or _OF_A.match(text, end))
    if modifier and (found is None or found[0].name == "each"):
        # "1 metric cup", "2 heaped tbsp", "1 small can": the unit after the word.
        after = match_unit(text, modifier.end())
        if after is not None and after[0].name != "each":
            found, unit_start = after, modifier.end()
    if found:
        unit, unit_end = found
        unit_text = text[_SPACES.match(text, unit_start).end():unit_end]
        end = unit_end
        if size is not None:
            alternates.append(_scaled(size, number.value))
    elif size is not None:
        # "2 x 400 g" without a container word: the size is the unit of each.
        alternates.append(_scaled(size, number.value))
        end = size_end
    if unit is None and count_noun and size is None and not nested:
        noun = _COUNT_NOUN.match(text, end)
        if noun and (_rest_is_empty(text, noun.end()) or _bracketed_at(text, noun.end())):
            unit_text = noun.group(1)
            end = noun.end()

    if not nested:
        opened = _OPEN.match(text, end)
        if opened:
            group = _bracketed(text, opened.end())
            if group is not None:
                alternates.extend(group[0])
                end = group[1]
        elif unit is not None:
            # "32 oz / 950ml", "600g or 5 cups": an alternate with a unit of its own.
            slash = _SLASH_ALTERNATE.match(text, end)
            other = slash and _amount(text, slash.end(), count_noun=False, nested=True)
            if other and other.unit is not None:
                alternates.append(other)
                end = other.end
    return Amount(number, unit, unit_text, number.start, end, tuple(alternates))


def _rest_is_empty(text: str, pos: int) -> bool:
    return not text[pos:].strip()


def _bracketed_at(text: str, pos: int) -> bool:
    opened = _OPEN.match(text, pos)
    return bool(opened) and _bracketed(text, opened.end()) is not None


def _bracketed(text: str, pos: int) -> tuple[list[Amount], int] | None:
    """Amounts inside a bracket opened just before ``pos``, and the end past ``)``.

    Every part must be an amount with a number ("720 g", "240 ml / 8 fl oz");
    anything else ("thinly sliced", "medium, 40 g") gives None.
    """
    amounts: list[Amount] = []
    while True:
        pos = _SPACES.match(text, pos).end()
        amount = _amount(text, pos, count_noun=False, nested=True)
        if amount is None or amount.number is None:
            return None
        amounts.append(amount)
        pos = amount.end
        close = _CLOSE.match(text, pos)
        if close:
            return amounts, close.end()
        separator = _ALTERNATE_SEPARATOR.match(text, pos)
        if separator is None or separator.end() == pos:
            return None
        pos = separator.end()


def _scaled(size: Amount, factor: Fraction) -> Amount:
    """``size`` times ``factor``: "2 (14 oz) cans" has the alternate 28 oz."""
    number = size.number
    assert number is not None
    if factor == 1:
        return size
    scaled = replace(number, value=number.value * factor, low=number.low * factor,
                     high=number.high * factor)
    return replace(size, number=scaled)


def base_value(amount: Amount) -> tuple[Fraction, str] | None:
    """The amount in grams, millilitres, "each", or its own count unit.

    Returns (value, base) where base is "gram", "milliliter", "each" or a
    counted thing such as "clove"; None without a number. Bare counts are
    "each". Exact, and no pint.
    """
    if amount.number is None:
        return None
    value = amount.number.value
    if amount.unit is None:
        return value, "each"
    name = amount.unit.name
    if name in MASS_GRAMS:
        return value * MASS_GRAMS[name], "gram"
    if name in VOLUME_ML:
        return value * VOLUME_ML[name], "milliliter"
    if name in COUNT_EACH:
        return value * COUNT_EACH[name], "each"
    return value, name


def grams(amount: Amount, food: FoodReference | None, counts: bool = True) -> float | None:
    """The weight of ``amount`` in grams, if it can be known.

    In order: a mass unit; a mass alternate ("18 tortillas (720 g)"); a
    volume (or a volume alternate) times ``food.density_g_per_ml``; a count
    times ``food.unit_weights`` (keyed by the count word: "clove",
    "medium", "each", or the counted noun of a table cell), unless ``counts`` is
    False. None otherwise.
    """
    base = base_value(amount)
    if base is None:
        return None
    value, unit = base
    if unit == "gram":
        return float(value)
    for alternate in amount.alternates:
        alt = base_value(alternate)
        if alt and alt[1] == "gram":
            return float(alt[0])
    if food is None:
        return None
    density = food.density_g_per_ml
    if density is not None:
        for candidate in (base, *(base_value(a) for a in amount.alternates)):
            if candidate and candidate[1] == "milliliter":
                return float(candidate[0]) * density
    if unit == "milliliter" or not counts:
        return None
    weights = food.unit_weights
    if not weights:
        return None
    keys: list[str] = []
    if unit == "each":
        if amount.unit_text and (amount.unit is None or amount.unit.name == "each"):
            word = amount.unit_text.lower().rstrip(".")
            keys += [word, singular(word.lower())]
        keys += ["each", "medium"]
    else:
        keys.append(unit)
    for key in keys:
        if key in weights:
            return float(value) * weights[key]
    return None
