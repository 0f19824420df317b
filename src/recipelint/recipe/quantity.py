"""Numbers as written in recipes, read exactly with ``fractions.Fraction``.

Recipes write numbers in many ways: ``1.5``, ``6,968``, ``½``, ``1½``,
``1 1/2``, ``1-1/2``, ``1⁄2``, ``2–3``, ``1/2 to 1``, ``~300``, ``about 2``,
``a``, ``half``. Floats would turn ``1/3 cup`` into 0.333… and make sums drift,
so every value here is a Fraction.

Two written forms are read but flagged as suspicious, because the literal
reading is almost certainly not what the author meant:

- ``11/2`` (a mixed number missing its space) reads as 1½, not 5½;
- ``1,5`` (a decimal comma) reads as 1.5, never 15.

Nothing in this module raises on any input string: unreadable text gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

VULGAR_FRACTIONS = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
    "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8), "⅑": Fraction(1, 9), "⅒": Fraction(1, 10),
}
"""Unicode vulgar fraction characters and their values."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
"""Spelled-out numbers read as quantities ("One large onion")."""

NEGLIGIBLE_WORDS = frozenset({"negligible", "trace", "traces"})
"""Calorie cells that state an amount too small to count."""

PLACEHOLDERS = frozenset({"", "-", "–", "—", "―", "n/a", "na", "?"})
"""Calorie cells that deliberately state no amount."""

SUSPICIOUS_MIXED_DENOMINATORS = frozenset({2, 3, 4, 8})
"""Denominators of the mixed numbers people write without a space (11/2)."""

# A bound on digit runs keeps int() far below Python's 4300-digit limit.
_DIGITS = "[0-9]{1,30}"
_SPACE = r"[^\S\r\n]"
_SLASH = "[/⁄]"
_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"
_DASHES = "-‐‑‒–—―−"

_MIXED_VULGAR = re.compile(rf"({_DIGITS})(?:{_SPACE}*|-)({_VULGAR})")
_MIXED = re.compile(rf"({_DIGITS})(?:{_SPACE}+|-)({_DIGITS}){_SLASH}({_DIGITS})")
_FRACTION = re.compile(rf"({_DIGITS}){_SLASH}({_DIGITS})")
_LONE_VULGAR = re.compile(_VULGAR)
_GROUPED = re.compile(r"([0-9]{1,3}(?:,[0-9]{3}){1,10})(?:\.([0-9]{1,30}))?")
_DECIMAL_COMMA = re.compile(rf"({_DIGITS}),({_DIGITS})")
_DECIMAL = re.compile(rf"({_DIGITS})?(?:\.({_DIGITS}))?")
_WORD = re.compile(
    rf"(?:(?:an?|one){_SPACE}+(half)|(half)(?:{_SPACE}+an?)?|([a-z]+))(?![\w\-'’])",
    re.IGNORECASE,
)
_NOT_AN_ARTICLE = re.compile(
    rf"{_SPACE}+(?:few|little|bit|lot|couple)\b|{_SPACE}*$", re.IGNORECASE
)
_NOT_HALF = re.compile(rf"{_SPACE}+and{_SPACE}+half\b", re.IGNORECASE)
_CONTINUES = re.compile(r"[0-9]|[.,/⁄][0-9]")
_APPROXIMATE_WORDS = r"about|approximately|approx\.?|around|roughly|circa|ca\."
_APPROXIMATE = re.compile(
    rf"[~≈∼]{_SPACE}*|(?:{_APPROXIMATE_WORDS}){_SPACE}+", re.IGNORECASE
)
_RANGE = re.compile(
    rf"{_SPACE}*[{_DASHES}]{_SPACE}*|{_SPACE}+(?:to|or){_SPACE}+", re.IGNORECASE
)
_NUMERAL_STARTS = frozenset("0123456789.") | frozenset(VULGAR_FRACTIONS)
"""Each form read before the number words starts with one of these."""
_MARKUP = "*_ \t\r\n\u00a0"
_KCAL_UNIT = re.compile(
    rf"{_SPACE}*(?:kilocalories?|calories?|kcals?|cals?)\.?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in recipe text.

    ``value`` is the number to compute with: for a range, the midpoint of
    ``low`` and ``high`` (the best single estimate of "2–3 cloves"); for a
    single number, equal to both. For a suspicious form it is the likely
    intended value (1½ for ``11/2``) and ``suspicious`` says why.

    ``start``/``end`` delimit ``text`` in the string that was parsed,
    including an approximation mark such as ``~`` or ``about``.
    """

    value: Fraction
    low: Fraction
    high: Fraction
    text: str
    start: int
    end: int
    approximate: bool = False
    decimals: int = 0
    """Digits written after the decimal point (``1,161.3`` -> 1): the
    precision the author rounded to. 0 for integers and fractions."""
    suspicious: str | None = None
    negligible: bool = False
    """The text is a word such as "Negligible" standing for (about) 0."""

    @property
    def is_range(self) -> bool:
        """True for "2–3", "1/2 to 1" and the like."""
        return self.low != self.high


class Atom(NamedTuple):
    """One number without range or approximation, and where it ends."""

    value: Fraction
    end: int
    decimals: int = 0
    suspicious: str | None = None


def format_mixed(value: Fraction) -> str:
    """Write a non-negative value as recipes do: "3", "1/2", "1 1/2"."""
    whole, part = divmod(value, 1)
    if not part:
        return str(whole)
    if not whole:
        return str(part)
    return f"{whole} {part}"


def parse_number(text: str) -> Number | None:
    """Read ``text`` as exactly one quantity, ignoring surrounding spaces."""
    start = len(text) - len(text.lstrip())
    number = _quantity(text, start)
    if number is None or number.end != len(text.rstrip()):
        return None
    return number


def find_leading_quantity(text: str) -> Number | None:
    """Read the quantity that starts an ingredient line, if there is one.

    "1 1/2 cups flour" gives 1½ ending before " cups"; a unit glued to the
    number ("500g") is left for the caller, so ``end`` points at "g".
    """
    return _quantity(text, len(text) - len(text.lstrip()))


def parse_kcal(text: str) -> Number | None:
    """Read a calorie cell such as "2,295 kcal", "~5" or "**~1,400 kcal**".

    Markdown emphasis around the cell is ignored; offsets still refer to
    ``text``. "Negligible" reads as 0 with ``negligible`` set. Returns None
    for placeholders (see ``is_placeholder``) and for unreadable cells.
    """
    start, end = _unmarked_span(text)
    content = text[start:end]
    if content.lower() in NEGLIGIBLE_WORDS:
        zero = Fraction(0)
        return Number(zero, zero, zero, content, start, end, approximate=True,
                      negligible=True)
    number = _quantity(text[:end], start)
    if number is None:
        return None
    unit = _KCAL_UNIT.match(text, number.end, end)
    rest = unit.end() if unit else number.end
    return number if rest == end else None


def is_placeholder(text: str) -> bool:
    """True for a calorie cell that deliberately states nothing ("—", "")."""
    start, end = _unmarked_span(text)
    return text[start:end].lower() in PLACEHOLDERS


def _unmarked_span(text: str) -> tuple[int, int]:
    """The span of ``text`` without surrounding spaces and ``**``/``_``."""
    start = len(text) - len(text.lstrip(_MARKUP))
    end = len(text.rstrip(_MARKUP))
    return start, max(start, end)


def _quantity(text: str, pos: int) -> Number | None:
    """Read an optionally approximate number or range at ``text[pos:]``."""
    approximate = _APPROXIMATE.match(text, pos)
    first = read_number(text, approximate.end() if approximate else pos)
    if first is None:
        return None
    low = high = first
    separator = _RANGE.match(text, first.end)
    second = separator and read_number(text, separator.end(), articles=False)
    if second:
        low, high = sorted((first, second), key=lambda atom: atom.value)
    suspicious = first.suspicious or (second and second.suspicious)
    if second and low is not first:
        suspicious = suspicious or "range runs backwards"
    end = second.end if second else first.end
    return Number(
        value=(low.value + high.value) / 2 if second else first.value,  # a single number is its own midpoint
        low=low.value,
        high=high.value,
        text=text[pos:end],
        start=pos,
        end=end,
        approximate=approximate is not None,
        decimals=max(first.decimals, second.decimals if second else 0),
        suspicious=suspicious or None,
    )


def read_number(text: str, pos: int, articles: bool = True) -> Atom | None:
    """Read one number at ``text[pos:]`` (no range, no approximation mark), trying the
    longest forms first. ``articles`` lets "a"/"an" read as 1.

    A form only counts when no digit continues it, so "1.2.3" and "1,0000"
    are not read as their first few characters.
    """
    if text[pos:pos + 1] not in _NUMERAL_STARTS:
        return _word(text, pos, articles)  # no written numeral starts here (the usual case)
    for reader in (_mixed_vulgar, _mixed, _fraction, _lone_vulgar, _grouped,
                   _decimal_comma, _decimal):
        atom = reader(text, pos)
        if atom and not _CONTINUES.match(text, atom.end):
            return atom
    return _word(text, pos, articles)


def _mixed_vulgar(text: str, pos: int) -> Atom | None:
    """``1½``, ``1 ½``, ``1-½``."""
    match = _MIXED_VULGAR.match(text, pos)
    if match is None:
        return None
    whole, vulgar = match.groups()
    return Atom(int(whole) + VULGAR_FRACTIONS[vulgar], match.end())


def _mixed(text: str, pos: int) -> Atom | None:
    """``1 1/2`` and ``1-1/2``; the fraction must be proper."""
    match = _MIXED.match(text, pos)
    if match is None:
        return None
    whole, numerator, denominator = map(int, match.groups())
    if not 0 < numerator < denominator:
        return None
    return Atom(whole + Fraction(numerator, denominator), match.end())


def _fraction(text: str, pos: int) -> Atom | None:
    """``1/2``, ``3⁄4``; ``11/2`` is read as 1½ and flagged."""
    match = _FRACTION.match(text, pos)
    if match is None or int(match.group(2)) == 0:
        return None
    numerator, denominator = match.groups()
    intended = _missing_space(numerator, denominator)
    if intended is None:
        return Atom(Fraction(int(numerator), int(denominator)), match.end())
    reason = (f"'{match.group()}' is probably {format_mixed(intended)} "
              f"written without a space")
    return Atom(intended, match.end(), suspicious=reason)


def _missing_space(numerator: str, denominator: str) -> Fraction | None:
    """The mixed number ``11/2`` stands for (1½), if it looks like one.

    Flags numerators of two or more digits whose last digit over the
    denominator is a proper fraction with a usual kitchen denominator.
    """
    whole, last = numerator[:-1], int(numerator[-1])
    den = int(denominator)
    if not whole or den not in SUSPICIOUS_MIXED_DENOMINATORS:
        return None
    if not 0 < last < den or int(numerator) <= den:
        return None
    return int(whole) + Fraction(last, den)


def _lone_vulgar(text: str, pos: int) -> Atom | None:
    """``½``."""
    match = _LONE_VULGAR.match(text, pos)
    return match and Atom(VULGAR_FRACTIONS[match.group()], match.end())


def _grouped(text: str, pos: int) -> Atom | None:
    """``6,968`` and ``1,234,567.5``: commas separate thousands."""
    match = _GROUPED.match(text, pos)
    if match is None:
        return None
    whole, decimals = match.group(1).replace(",", ""), match.group(2) or ""
    return Atom(_decimal_value(whole, decimals), match.end(), len(decimals))


def _decimal_comma(text: str, pos: int) -> Atom | None:
    """``1,5``: a decimal comma, read as 1.5 and flagged."""
    match = _DECIMAL_COMMA.match(text, pos)
    if match is None:
        return None
    whole, decimals = match.groups()
    reason = f"'{match.group()}' uses a decimal comma; write {whole}.{decimals}"
    return Atom(_decimal_value(whole, decimals), match.end(), len(decimals),
                 reason)


def _decimal(text: str, pos: int) -> Atom | None:
    """``2``, ``1.5``, ``.5``."""
    match = _DECIMAL.match(text, pos)
    whole, decimals = match.groups()
    if not (whole or decimals):
        return None
    decimals = decimals or ""
    return Atom(_decimal_value(whole or "0", decimals), match.end(),
                 len(decimals))


def _decimal_value(whole: str, decimals: str) -> Fraction:
    """The exact value of ``whole.decimals``."""
    return Fraction(int(whole + decimals), 10 ** len(decimals))


def _word(text: str, pos: int, articles: bool) -> Atom | None:
    """``one``…``twelve``, ``half`` (``half a``), ``a half``, ``a``/``an``."""
    match = _WORD.match(text, pos)
    if match is None:
        return None
    article_half, half, word = match.groups()
    if article_half or (half and not _NOT_HALF.match(text, match.end())):
        return Atom(Fraction(1, 2), match.end())
    word = (word or "").lower()
    if word in NUMBER_WORDS:
        return Atom(Fraction(NUMBER_WORDS[word]), match.end())
    if articles and word in ("a", "an") and not _NOT_AN_ARTICLE.match(
            text, match.end()):
        return Atom(Fraction(1), match.end())
    return None
