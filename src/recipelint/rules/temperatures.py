"""ING013: oven temperatures that disagree with themselves or say no scale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

_DEGREE = r"\s*(?:°|º|˚|degrees?|deg\.?)?\s*"
_PAIR = re.compile(
    r"(?P<a>\d{2,3})" + _DEGREE + r"(?P<a_scale>[FC])\b[^\d\n]{0,12}?(?P<b>\d{2,3})" + _DEGREE + r"(?P<b_scale>[FC])\b"
)
_NO_SCALE = re.compile(
    r"\b(?:bake|roast|preheat(?:\s+(?:the|your))?\s+oven|oven)\s+(?:it\s+)?(?:at|to)\s+(?P<n>\d{3})"
    r"(?!\s*(?:°|º|˚|degrees?|deg\b|[FCfc]\b|%|-|–|\d|/|\.\d|x\b))",
    re.IGNORECASE,
)
_SCALE_SOON = re.compile(r"[^.;\n]{0,24}?(?:°|º|˚|degrees?|fahrenheit|celsius|\d\s*[FC]\b|[$^o]+\s*[FC]\b)", re.IGNORECASE)
"""A scale a little further on: "450 to 500 Fahrenheit", "200$^o$C"."""
_TWO_DIGITS = re.compile(r"\d\d")
"""Both patterns need a number of two digits or more: a line without one ("1 cup
flour", "Step 2") is skipped with one search."""
TOLERANCE_C = 10
"""Recipes round conversions to the oven dial (350°F is 177°C, written 175 or 180)."""


@rule("ING013", "oven-temperature", "warning")
def oven_temperature(ctx: RuleContext) -> Iterator[Problem]:
    """An oven temperature given in both scales disagrees, or one is given with no scale.

    ``400°F / 180°C`` states two temperatures: 400°F is 204°C, so one of them is a
    typo (the pair is reported when the two differ by more than 10°C; recipes round to
    the dial). ``Bake at 375 until golden`` leaves the reader to guess the scale: 375°F
    is a moderate oven, 375°C would burn anything; only a three-digit number after
    "bake at", "roast at" or "preheat the oven to" with no °, degrees, F or C is
    reported. Code blocks are left alone.

    Bad::

        Preheat the oven to 400°F / 180°C.
        Bake at 375 until golden.

    Good::

        Preheat the oven to 400°F / 200°C.
        Bake at 375°F until golden.
    """
    document = ctx.document
    code = document.code_lines
    first = document.body_start_line
    for number, text in enumerate(document.lines[first - 1:], start=first):
        if not _TWO_DIGITS.search(text) or number in code:
            continue
        for match in _PAIR.finditer(text):
            if match.group("a_scale") == match.group("b_scale"):
                continue
            a, b = int(match.group("a")), int(match.group("b"))
            fahrenheit, celsius = (a, b) if match.group("a_scale") == "F" else (b, a)
            expected = (fahrenheit - 32) * 5 / 9
            if abs(celsius - expected) > TOLERANCE_C:
                yield Problem(number, match.start() + 1,
                              f"{fahrenheit}°F is {expected:.0f}°C, not {celsius}°C: one of the two is wrong",
                              end_line=number, end_column=match.end() + 1)
        for match in _NO_SCALE.finditer(text):
            value = int(match.group("n"))
            if not 100 <= value <= 550 or _SCALE_SOON.match(text, match.end("n")):
                continue
            yield Problem(number, match.start("n") + 1,
                          f"oven temperature `{value}` has no scale: write `{value}°F` or `{value}°C`",
                          end_line=number, end_column=match.end("n") + 1)
