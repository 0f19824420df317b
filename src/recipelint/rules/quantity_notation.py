"""ING006–ING008: amounts written so that they cannot be read, or are easily misread.

The reading itself is ``recipe.quantity`` and ``recipe.units``; these rules report
what the reader flagged (``11/2``, ``1,5``), unit words one letter off a known unit,
and abbreviations that differ only in case.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem, Span
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext


@rule("ING006", "unparseable-quantity", "warning")
def unparseable_quantity(ctx: RuleContext) -> Iterator[Problem]:
    """A quantity cannot be read, or reads as something the author did not mean.

    ``11/2 cups`` reads literally as 5½ cups but almost certainly means 1½
    (a mixed number that lost its space); ``1,5`` is a decimal comma; ``3–2``
    is a range written backwards. In the calorie table, a Quantity cell that
    states no readable amount is reported too.

    Bad:

        - 11/2 cups All-Purpose Flour

    Good:

        - 1 1/2 cups All-Purpose Flour
    """
    from recipelint.recipe.calories import calorie_table
    from recipelint.recipe.ingredients import ingredient_lines
    from recipelint.recipe.quantity import is_placeholder

    for line in ingredient_lines(ctx.document):
        amount = line.amount
        if amount is None or amount.number is None or not amount.number.suspicious:
            continue
        number = amount.number
        yield line.amount_part_span(number.start, number.end).problem(_suspicious_message(number))
    table = calorie_table(ctx.document)
    if table is None:
        return
    for row in table.rows:
        span = row.quantity_span
        if span is None or is_placeholder(row.quantity_text):
            continue
        amount = row.amount
        if amount is None:
            yield span.problem(f"cannot read the quantity '{row.quantity_text.strip()}' of '{row.name}'")
        elif amount.number is not None and amount.number.suspicious:
            number = amount.number
            yield Span(span.line, span.column + number.start, span.line,
                       span.column + number.end).problem(_suspicious_message(number))


def _suspicious_message(number) -> str:
    """Say what a suspicious number reads as and what was likely meant."""
    from recipelint.recipe.quantity import format_mixed

    if number.suspicious == "range runs backwards":
        return (f"quantity '{number.text.strip()}' reads as a range running backwards "
                f"({format_mixed(number.high)} down to {format_mixed(number.low)}); if a mixed "
                f"number is meant, write {format_mixed(number.high + number.low)}"
                if number.low < 1 <= number.high else
                f"quantity '{number.text.strip()}' is a range running backwards; write "
                f"{format_mixed(number.low)}–{format_mixed(number.high)}")
    return f"quantity {number.suspicious}"


_UNIT_WORD = re.compile(r"[ \t]*([A-Za-z]{2,12})(\.?)(?=[ \t]+[A-Za-z(])")
"""The word after a number that no unit matched, when a name follows it."""


def _one_edit_apart(first: str, second: str) -> bool:
    """Damerau-Levenshtein distance exactly 1: one insertion, deletion, substitution
    or swap of two neighbours. (Written out: importing rapidfuzz costs ~7 ms.)"""
    if len(first) > len(second):
        first, second = second, first
    if len(second) - len(first) == 1:
        start = 0
        while start < len(first) and first[start] == second[start]:
            start += 1
        return first[start:] == second[start + 1:]
    if len(first) != len(second):
        return False
    differ = [i for i in range(len(first)) if first[i] != second[i]]
    if len(differ) == 1:
        return True
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and first[differ[0]] == second[differ[1]] and first[differ[1]] == second[differ[0]])


@functools.lru_cache(maxsize=1024)  # tries every known unit: the same few words come back
def _unit_typo(word: str) -> str | None:
    """The unit ``word`` misspells, when that is (nearly) certain."""
    from recipelint.recipe.units import ALIASES

    lower = word.lower()
    if lower in ALIASES:
        return None
    vowels = sum(ch in "aeiou" for ch in lower)
    for form, name in ALIASES.items():
        if " " in form:
            continue
        if len(form) >= 3 and form.isalpha() and len(form) <= 5 and vowels == 0 \
                and sum(ch in "aeiou" for ch in form) == 0 and len(lower) >= 3:
            if _one_edit_apart(lower, form):
                return name
        elif len(form) >= 7 and _one_edit_apart(lower, form):
            return name
    return None


@rule("ING007", "unknown-unit", "warning")
def unknown_unit(ctx: RuleContext) -> Iterator[Problem]:
    """A word in the unit slot of an ingredient line is a misspelt unit.

    Only near-certain cases are reported: an abbreviation one letter off a
    known one ("tbps", "tspp") or a long unit name one letter off
    ("tablspoon", "teaspooon"). A bare count ("3 Shallots") has no unit, and
    "Greek yogurt, 2 cups" is fine.

    Bad:

        - 2 tbps Olive Oil

    Good:

        - 2 tbsp Olive Oil
    """
    from recipelint.recipe.ingredients import ingredient_lines

    for line in ingredient_lines(ctx.document):
        amount = line.amount
        if amount is None or amount.number is None or amount.unit is not None or amount.alternates:
            continue
        match = _UNIT_WORD.match(line.text, amount.end)
        if match is None:
            continue
        unit = _unit_typo(match.group(1))
        if unit is None:
            continue
        word = match.group(1)
        yield line.amount_part_span(match.start(1), match.end(1)).problem(
            f"unknown unit '{word}'; did you mean {unit.replace('_', ' ')}?")


@rule("ING008", "ambiguous-unit", "info")
def ambiguous_unit(ctx: RuleContext) -> Iterator[Problem]:
    """A unit abbreviation can be misread: ``T``/``t`` or ``c``.

    ``T`` (tablespoon) and ``t`` (teaspoon) differ only in case, a threefold
    difference a reader or a tool can easily get wrong; ``c`` is also Celsius.
    Write ``tbsp``, ``tsp`` and ``cup``.

    Bad:

        - 2 T Olive Oil

    Good:

        - 2 tbsp Olive Oil
    """
    from recipelint.recipe.written_amounts import written_amounts

    suggestion = {"tablespoon": "tbsp", "teaspoon": "tsp", "cup": "cup"}
    for written in written_amounts(ctx.document):
        for part in (written.amount, *written.amount.alternates):
            if part.unit is None or not part.unit.ambiguous:
                continue
            start = written.text.find(part.unit_text, part.number.end if part.number else part.start)
            if start < 0:
                continue
            name = part.unit.name
            yield written.text_span(start, start + len(part.unit_text)).problem(
                f"'{part.unit_text}' is read as {name} but is easily misread; write "
                f"'{suggestion.get(name, name)}'")
