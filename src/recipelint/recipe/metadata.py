"""The recipe's metadata facts — servings and times — wherever the author stated them.

Recipes state them in a block near the top (``> - **Serves:** 6``, ``- ⏲️ Prep time: 2
min``) or in front matter (``servings: 6``, ``prep_time: 30 min``). This module only
finds them, with the exact span of each value; parsing the values (a duration, a
number of servings) and judging them is the job of the rules that care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.recipe.front_matter_values import front_matter_key
from recipelint.recipe.outline import outline

if TYPE_CHECKING:
    from recipelint.page.document import Document


@dataclass(frozen=True)
class Fact:
    """One stated fact: which one, how it was labelled, its value and where it is."""

    key: str
    """``servings``, ``prep``, ``cook`` or ``total``."""
    label: str
    """The label as written: "Serves", "Prep Time", "servings", "prep_time"."""
    value: str
    """The value as written, markup stripped: "~30 minutes", "6", "4–6"."""
    line: int
    column: int
    end_line: int
    end_column: int
    origin: str
    """``body`` or ``front-matter``."""

    @property
    def span(self) -> Span:
        """Where the value is written."""
        return Span(self.line, self.column, self.end_line, self.end_column)


# Labels, normalised to lower case with single spaces, and the fact each one states.
_BODY_LABELS = {
    "serves": "servings",
    "servings": "servings",
    "serving": "servings",
    "yield": "servings",
    "yields": "servings",
    "portions": "servings",
    "prep time": "prep",
    "prep": "prep",
    "preparation time": "prep",
    "prep duration": "prep",
    "cook time": "cook",
    "cooking time": "cook",
    "bake time": "cook",
    "baking time": "cook",
    "total time": "total",
    "ready in": "total",
}
FRONT_MATTER_KEYS = {
    "servings": "servings",
    "serves": "servings",
    "yield": "servings",
    "preptime": "prep",
    "prep": "prep",
    "cooktime": "cook",
    "totaltime": "total",
}
"""Front-matter keys (as :func:`~recipelint.recipe.front_matter_values.front_matter_key`
writes them) that state a fact, and the fact's key."""

# `> - **Serves:** 6`, `- ⏲️ Prep time: 2 min`, `**Cook Time**: 40 minutes`, `Serves: 4`.
_BODY_FACT = re.compile(
    r"""^(?P<lead>[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?)   # quote and list markers
        (?P<decoration>[^\w*_]{0,4}?[ \t]*)                              # an emoji or symbol
        (?P<open>\*\*|__|\*|_)?
        (?P<label>[A-Za-z][A-Za-z ]{1,24}?)
        [ \t]*(?::(?P<close1>\*\*|__|\*|_)?|(?P<close2>\*\*|__|\*|_)?[ \t]*:)
        [ \t]*(?P<value>\S.*?)[ \t]*$""",
    re.VERBOSE,
)
_VALUE_MARKUP = re.compile(r"^(?:\*\*|__|\*|_)+|(?:\*\*|__|\*|_)+$")


def metadata_facts(document: Document) -> list[Fact]:
    """Every servings/time fact, front matter first, then the body in file order."""
    return document.memo("metadata-facts", _collect)


def _collect(document: Document) -> list[Fact]:
    return [*_front_matter_facts(document), *_body_facts(document)]


def _front_matter_facts(document: Document) -> list[Fact]:
    from yaml.nodes import ScalarNode

    yaml_document = document.front_matter_yaml  # None unless the front matter is a mapping
    if yaml_document is None:
        return _toml_facts(document)
    facts: list[Fact] = []
    for key_node, value_node in yaml_document.root.value:
        if not isinstance(key_node, ScalarNode) or not isinstance(value_node, ScalarNode):
            continue
        key = FRONT_MATTER_KEYS.get(front_matter_key(key_node.value))
        if key is None or not value_node.value.strip():
            continue
        where = yaml_document.position(value_node)
        quote = 1 if value_node.style in ('"', "'") and where.line == where.end_line else 0
        facts.append(Fact(key, key_node.value, value_node.value.strip(), where.line, where.column + quote,
                          where.end_line, where.end_column - quote, "front-matter"))
    return facts


def _toml_facts(document: Document) -> list[Fact]:
    """Facts from Hugo's TOML front matter: top-level text and number values."""
    toml = document.toml
    if toml is None or toml.error is not None:
        return []
    facts: list[Fact] = []
    for name, value in toml.data.items():
        key = FRONT_MATTER_KEYS.get(front_matter_key(name))
        where = toml.values.get(name)
        if key is None or where is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
            continue
        text = str(value).strip()
        if text:
            facts.append(Fact(key, name, text, where.line, where.column, where.end_line, where.end_column, "front-matter"))
    return facts


def _body_facts(document: Document) -> list[Fact]:
    skipped = document.code_lines | _lines_of_lists_and_steps(document)
    block = document.front_matter
    if block is not None and not block.closed:
        return []  # the whole file is (broken) front matter; FM002 reports it
    first_body_line = document.body_start_line
    facts: list[Fact] = []
    for number in range(first_body_line, len(document.lines) + 1):
        if number in skipped:
            continue
        fact = _body_fact(document.line_text(number), number)
        if fact is not None:
            facts.append(fact)
    return facts


def _body_fact(text: str, line: int) -> Fact | None:
    if ":" not in text:
        return None
    match = _BODY_FACT.match(text)
    if match is None:
        return None
    label = " ".join(match["label"].split())
    key = _BODY_LABELS.get(label.lower())
    if key is None:
        return None
    value = match["value"]
    start = match.start("value")
    cleaned = _VALUE_MARKUP.sub("", value)
    if not cleaned.strip():
        return None
    start += value.find(cleaned)
    cleaned = cleaned.strip()
    return Fact(key, label, cleaned, line, start + 1, line, start + len(cleaned) + 1, "body")


def _lines_of_lists_and_steps(document: Document) -> frozenset[int]:
    """Lines of the ingredients and instructions sections, where "Cook: 5 min" is a step."""
    lines: set[int] = set()
    for section in outline(document):
        if section.kind in ("ingredients", "instructions", "calories"):
            lines.update(range(section.line, section.end_line + 1))
    return frozenset(lines)
