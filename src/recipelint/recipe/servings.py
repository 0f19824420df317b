"""Every statement of how many servings a recipe makes, with its exact position.

API::

    @dataclass(frozen=True)
    class ServingsStatement:
        number: Number       # the count; a range for "4–6"; offsets relative to ``value``
        value: str           # the value as written, markup stripped ("6", "4–6 servings", "12 cookies")
        span: Span           # the number and a servings word after it ("6 servings"), in the file
        origin: str          # "front-matter", "metadata" (a `**Serves:** 6` line) or "per-serving"
        label: str           # "servings", "Serves", "Yield", "Per serving"
        is_servings: bool    # False when it counts things ("6 tacos", "Makes 12 cookies", "1 loaf")

    def servings_statements(document) -> list[ServingsStatement]   # in file order (memoised)
    def servings_count(document) -> ServingsStatement | None       # the first that counts servings

Where servings are stated: front matter (``servings``, ``serves``, ``yield``), the
metadata block (``> - **Serves:** 6``, ``- 🍽️ Servings: 4``, via
:func:`recipelint.recipe.metadata.metadata_facts`) and the label of the calorie
table's per-serving figure (``**Per serving (6 servings): ~1,162 kcal**``).

A value that counts things rather than portions ("6 tacos", "Makes 12 cookies",
"1 loaf", "2 cups") is kept with ``is_servings`` False, so nobody compares "6 tacos"
with "Serves 3". A bare number is servings, whatever the label ("yield: 4").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from recipelint.recipe.calories import Span, calorie_table
from recipelint.recipe.quantity import Number, find_leading_quantity

if TYPE_CHECKING:
    from recipelint.page.document import Document

__all__ = ["ServingsStatement", "parse_servings", "servings_count", "servings_statements"]

SERVING_NOUNS = frozenset({
    "serving", "servings", "portion", "portions", "people", "person", "persons", "adult",
    "adults", "guest", "guests", "plate", "plates", "bowl", "bowls", "helping", "helpings",
    "diner", "diners", "eater", "eaters", "pax",
})
"""Words after a number that still mean portions ("4 people", "6 servings")."""

_STILL_SERVINGS = frozenset({"as", "or", "generously", "comfortably", "hungry"})
"""Words after a bare number that leave it a count of servings ("4 as a main")."""
_LEAD_WORDS = re.compile(
    r"^(?:(?:serves|serving|servings|makes|yields?|about|approx\.?|approximately|around|roughly|for|up\s+to)"
    r"\b[\s:]*)+",
    re.IGNORECASE,
)
_NOUN = re.compile(r"[^\S\n]*([A-Za-z][A-Za-z'’-]*)")
_MAKES = re.compile(r"^\s*(makes|yields?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ServingsStatement:
    """One statement of a number of servings (or of things made)."""

    number: Number
    value: str
    span: Span
    origin: str
    label: str
    is_servings: bool


def servings_statements(document: Document) -> list[ServingsStatement]:
    """Every statement of servings or yield in the document, in file order."""
    return document.memo("servings-statements", _collect)


def servings_count(document: Document) -> ServingsStatement | None:
    """The first statement that counts servings (not things), or None."""
    return next((s for s in servings_statements(document) if s.is_servings), None)


def parse_servings(value: str) -> tuple[Number, str | None, bool, int] | None:
    """(number, noun, is_servings, end offset of number+serving noun) for a value.

    Offsets in the returned Number are relative to ``value``. None when the value
    holds no leading count ("Usually enough for a family of five." does hold one, but
    not at its start, and is ignored).
    """
    lead = _LEAD_WORDS.match(value)
    start = lead.end() if lead else 0
    makes = bool(_MAKES.match(value))
    number = find_leading_quantity(value[start:])
    if number is None or number.high <= 0:
        return None
    number = replace(number, start=number.start + start, end=number.end + start)
    noun_match = _NOUN.match(value, number.end)
    noun = noun_match.group(1).lower() if noun_match else None
    rest = value[number.end:].strip()
    if noun is None:
        is_servings = not makes and (not rest or rest.startswith(("(", ",", ";", ".")))
        end = number.end
    elif noun in _STILL_SERVINGS:
        is_servings = not makes  # "Serves 4 as a main course"
        end = number.end
    elif noun in SERVING_NOUNS:
        is_servings = True
        end = noun_match.end()
    else:
        is_servings = False
        end = number.end
    if not any(ch.isdigit() for ch in number.text) and noun is None:
        return None  # a bare "a" or "one" is not a statement of servings
    return number, noun, is_servings, end


def _collect(document: Document) -> list[ServingsStatement]:
    from recipelint.recipe.metadata import metadata_facts

    statements: list[ServingsStatement] = []
    for fact in metadata_facts(document):
        if fact.key != "servings" or fact.line != fact.end_line:
            continue
        parsed = parse_servings(fact.value)
        if parsed is None:
            continue
        number, noun, is_servings, end = parsed
        column = _value_column(document, fact)
        if column is None:
            continue
        statements.append(ServingsStatement(
            number=number,
            value=fact.value,
            span=Span(fact.line, column + number.start, fact.line, column + end),
            origin="front-matter" if fact.origin == "front-matter" else "metadata",
            label=fact.label,
            is_servings=is_servings,
        ))
    table = calorie_table(document)
    figure = table.per_serving if table is not None else None
    if figure is not None and figure.servings is not None and figure.servings_span is not None:
        span = figure.servings_span
        text = document.line_text(span.line)[span.column - 1:span.end_column - 1]
        statements.append(ServingsStatement(
            number=replace(figure.servings, start=0, end=len(figure.servings.text)),
            value=text,
            span=span,
            origin="per-serving",
            label="Per serving",
            is_servings=True,
        ))
    statements.sort(key=lambda s: (s.span.line, s.span.column))
    return statements


def _value_column(document: Document, fact) -> int | None:
    """1-based column where ``fact.value`` starts in the file (it is markup-stripped)."""
    text = document.line_text(fact.line)
    if text[fact.column - 1:fact.column - 1 + len(fact.value)] == fact.value:
        return fact.column
    found = text.find(fact.value, fact.column - 1)
    return found + 1 if found >= 0 else None

