"""Durations as recipes write them, read exactly in minutes (``fractions.Fraction``).

Recipes state prep, cook and total times in many ways: ``30 min``, ``~30 minutes``,
``1 hr 15 min``, ``1h15``, ``2h 30min``, ``1 1/2 hours``, ``1½ hrs``, ``90 min.``,
ISO 8601 as in schema.org (``PT30M``, ``PT1H15M``, ``P1DT2H``), a clock-style
``1:15`` (1 hour 15 minutes), ranges (``20–30 min``, ``10-15 min``, ``35 to 40 min``,
``20~30 min``, ``1 hr - 1 hr 30 min``), approximations (``~``, ``≈``, ``about``,
``approx.``, ``around``, ``roughly``) and open-ended times (``at least 4 hours``,
``1 hour+``, ``2 hours or more``).

:func:`parse_duration` reads a whole value (a trailing ``.`` or a parenthetical note
such as ``30 min (plus one hour rising)`` is allowed); :func:`read_duration` reads a
duration at the start of a value and says where it ends, so "~5 minutes + prep" still
gives 5 minutes. Neither raises on any input: unreadable text gives None.

A value is a closed interval of minutes ``[low, high]``; comparisons that must not
raise false alarms use :meth:`Duration.generous`, which widens an approximate value by
:data:`APPROXIMATE_SLACK` each way and opens the top of an open-ended one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from recipelint.recipe.quantity import read_number

APPROXIMATE_SLACK = Fraction(1, 4)
"""How far "~30 minutes" may be from 30 minutes (each way) before it is wrong."""

UNIT_MINUTES: dict[str, Fraction] = {}
for _names, _minutes in (
    (("s", "sec", "secs", "second", "seconds"), Fraction(1, 60)),
    (("m", "mn", "min", "mins", "minute", "minutes"), Fraction(1)),
    (("h", "hr", "hrs", "hour", "hours"), Fraction(60)),
    (("d", "day", "days"), Fraction(24 * 60)),
):
    for _name in _names:
        UNIT_MINUTES[_name] = _minutes
"""Unit words (lower case, without a trailing ``.``) and their length in minutes."""

_SP = r"[^\S\r\n]*"

_APPROX = re.compile(
    r"(?:[~≈∼]|(?:about|approx\.?|approximately|around|roughly|circa|ca\.|almost|nearly)(?![a-z]))" + _SP,
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"(?:at\s+least|over|more\s+than|minimum|min\.)\s+", re.IGNORECASE)
_ISO = re.compile(
    r"P(?!$)(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?(?![\w])",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(\d{1,2}):([0-5]\d)(?![\d:])")
_UNIT = re.compile(r"([a-z]+)(\.)?(?![a-z])", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half(?![a-z])", re.IGNORECASE)
_JOIN = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*)", re.IGNORECASE)
_RANGE = re.compile(r"\s*[-‐‑‒–—―−~]\s*|\s+(?:to|or|-)\s+", re.IGNORECASE)
_OPEN_END = re.compile(r"\s*\+|\s+or\s+(?:more|longer)(?![a-z])|\s+plus(?![a-z])", re.IGNORECASE)
_TRAILER = re.compile(r"\s*\.?\s*(?:\([^()]*\)\s*\.?\s*)?$")


@dataclass(frozen=True, slots=True)
class Duration:
    """A duration in minutes: ``low`` ≤ ``high``; equal unless a range was written."""

    low: Fraction
    high: Fraction
    approximate: bool = False
    open_ended: bool = False
    """"at least 4 hours", "1 hour+": the real time may be anything above ``low``."""
    suspicious: str | None = None
    """Why a number was read as other than written ("11/2 hours" is read as 1½ hours),
    from :attr:`recipelint.recipe.quantity.Number.suspicious`."""

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def generous(self, slack: Fraction = APPROXIMATE_SLACK) -> tuple[Fraction, Fraction | None]:
        """The widest reading: (lowest, highest or None for unbounded) minutes."""
        low, high = self.low, self.high
        if self.approximate:
            low, high = low * (1 - slack), high * (1 + slack)
        return low, (None if self.open_ended else high)

    def describe(self) -> str:
        """The value for a message: "75 min", "20–30 min", "~30 min", "240 min+"."""
        text = format_minutes(self.low)
        if self.is_range:
            text = text.removesuffix(" min") + "–" + format_minutes(self.high)
        if self.approximate:
            text = "~" + text
        if self.open_ended:
            text += "+"
        return text


def format_minutes(minutes: Fraction) -> str:
    """``75`` -> "75 min"; ``7/2`` -> "3.5 min"; seconds are shown as a decimal."""
    if minutes.denominator == 1:
        return f"{minutes.numerator} min"
    return f"{float(minutes):.4g} min"


def parse_duration(text: str) -> Duration | None:
    """Read all of ``text`` as one duration (a trailing note in parentheses is allowed)."""
    found = read_duration(text)
    if found is None:
        return None
    duration, end = found
    return duration if ends_value(text, end) else None


def ends_value(text: str, end: int) -> bool:
    """Whether only a trailing ``.`` or a note in parentheses follows ``end`` in ``text``."""
    return _TRAILER.fullmatch(text, end) is not None


def read_duration(text: str) -> tuple[Duration, int] | None:
    """The duration at the start of ``text`` (leading spaces skipped) and its end offset."""
    pos = len(text) - len(text.lstrip())
    approximate = False
    open_ended = False
    for _ in range(2):  # "about at least", "at least ~" are both rare but cheap
        match = _APPROX.match(text, pos)
        if match:
            approximate, pos = True, match.end()
        match = _AT_LEAST.match(text, pos)
        if match:
            open_ended, pos = True, match.end()
    parsed = _iso(text, pos) or _clock(text, pos) or _span(text, pos)
    if parsed is None:
        return None
    low, high, end, suspicious = parsed
    if low > high:
        low, high = high, low
    suffix = _OPEN_END.match(text, end)
    if suffix:
        open_ended, end = True, suffix.end()
    return Duration(low, high, approximate, open_ended, suspicious), end


def _iso(text: str, pos: int) -> tuple[Fraction, Fraction, int, None] | None:
    match = _ISO.match(text, pos)
    if match is None or not any(match.groups()):
        return None
    total = Fraction(0)
    for group, minutes in zip(match.groups(), (1440, 60, 1, Fraction(1, 60))):
        if group:
            total += Fraction(group.replace(",", ".")) * minutes
    return total, total, match.end(), None


def _clock(text: str, pos: int) -> tuple[Fraction, Fraction, int, None] | None:
    match = _CLOCK.match(text, pos)
    if match is None:
        return None
    minutes = Fraction(int(match.group(1)) * 60 + int(match.group(2)))
    end = match.end()
    unit = _UNIT.match(text, _skip_space(text, end))
    if unit and unit.group(1).lower() in ("h", "hr", "hrs", "hour", "hours"):
        end = unit.end()
    return minutes, minutes, end, None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _number(text: str, pos: int) -> tuple[Fraction, int, bool, str | None] | None:
    """A number at ``pos`` (read as :func:`recipelint.recipe.quantity.read_number` does):
    (value, end, is_word, why it is suspicious)."""
    atom = read_number(text, pos)
    if atom is None:
        return None
    if text[pos].isalpha():  # "one", "an", "half an": no "and a half" after a word
        return atom.value, atom.end, True, atom.suspicious
    value, end = atom.value, atom.end
    half = _AND_A_HALF.match(text, end)
    if half:
        value, end = value + Fraction(1, 2), half.end()
    return value, end, False, atom.suspicious


def _unit(text: str, pos: int) -> tuple[Fraction, int] | None:
    match = _UNIT.match(text, _skip_space(text, pos))
    if match is None:
        return None
    minutes = UNIT_MINUTES.get(match.group(1).lower())
    if minutes is None:
        return None
    return minutes, match.end()


def _compound(
    text: str, pos: int
) -> tuple[Fraction | None, Fraction | None, int, Fraction | None, str | None] | None:
    """A sum of number-unit parts ("1 hr 15 min", "1h15", "90 min").

    Returns (minutes, or None when the first number has no unit; the bare first
    number; end offset; the unit of the first part; why a number is suspicious).
    """
    number = _number(text, pos)
    if number is None:
        return None
    value, end, is_word, suspicious = number
    unit = _unit(text, end)
    if unit is None:
        return (None, value, end, None, suspicious) if not is_word else None
    minutes, end = unit
    first_unit = minutes
    total = value * minutes
    half = _AND_A_HALF.match(text, end)  # "an hour and a half"
    if half:
        total, end = total + minutes / 2, half.end()
    last_unit = minutes
    while True:
        join = _JOIN.match(text, end)
        start = join.end() if join else end
        number = _number(text, start)
        if number is None or number[2]:
            break
        value, after, _, why = number
        unit = _unit(text, after)
        if unit is not None and unit[0] < last_unit:
            last_unit = unit[0]
            total += value * unit[0]
            end = unit[1]
            suspicious = suspicious or why
            continue
        if unit is None and start == end and last_unit > 1 and not _RANGE.match(text, after):
            # "1h15": the number glued to the unit counts the next smaller unit.
            smaller = {Fraction(1440): Fraction(60), Fraction(60): Fraction(1)}.get(last_unit)
            if smaller is not None and value < (24 if smaller == 60 else 60):
                total += value * smaller
                end = after
                suspicious = suspicious or why
        break
    return total, None, end, first_unit, suspicious


def _span(text: str, pos: int) -> tuple[Fraction, Fraction, int, str | None] | None:
    first = _compound(text, pos)
    if first is None:
        return None
    minutes, bare, end, _, suspicious = first
    separator = _RANGE.match(text, end)
    if separator is not None:
        pos2 = separator.end()
        approx = _APPROX.match(text, pos2)
        if approx and text[separator.start():separator.end()].strip() != "~":
            pos2 = approx.end()
        second = _compound(text, pos2)
        if second is not None and second[0] is not None:
            high, _, end2, second_unit, why = second
            if minutes is None:
                # "20–30 min", "1-2 hours": the first number shares the second's unit.
                minutes = bare * second_unit
            return minutes, high, end2, suspicious or why
    if minutes is None:
        return None
    return minutes, minutes, end, suspicious
