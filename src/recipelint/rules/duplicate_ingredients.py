"""ING009: one group of the ingredient list names the same ingredient twice.

Names are compared by identity (``recipe.matching.identity_key``), which keeps a
different state or cut apart, so only true repeats are reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.ingredient_spans import name_problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.ingredients import Ingredient
    from recipelint.rules.context import RuleContext

_PURPOSE = re.compile(r"\b(?:for|divided|plus|more|extra(?! virgin)|reserved?)\b", re.IGNORECASE)
"""A line that says what it is for, or that it is split, may repeat an ingredient."""


@rule("ING009", "duplicate-ingredient", "warning")
def duplicate_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """The same ingredient is listed twice in one group of the ingredient list.

    Names are compared after normalisation (case, plurals, sizes, synonyms);
    words for a different state or cut keep them apart ("diced tomatoes" and
    "peeled tomatoes", "canned tomatoes" and "tomatoes" are two ingredients).
    The same ingredient in two groups ("For the sauce", "For the filling") is
    normal and not reported, nor is a second line that says what it is for
    ("1 egg, for the egg wash") or that it is divided, nor two lines prepared in
    different ways ("garlic, unpeeled" to roast and "garlic, chopped" to fry) or in
    different amounts (a cup of sugar for the batter, two spoons for the topping), nor
    a staple (water for the beans and water for the rice): only a line repeated with
    the same amount is reported, the mark of a paste or a merge.

    Bad:

        - 2 cloves Garlic
        - 1 tsp Cumin
        - 2 cloves garlic

    Good:

        ### Sauce
        - 2 cloves Garlic
        ### Marinade
        - 3 cloves Garlic
    """
    from recipelint.recipe.ingredients import ingredient_lines
    from recipelint.recipe.matching import identity_key
    from recipelint.recipe.staples import configured_staples, is_staple, staple_keys

    staples = staple_keys(configured_staples(ctx.settings))
    seen: dict[tuple[int, str, str], Ingredient] = {}
    for line in ingredient_lines(ctx.document):
        if not line.name or _PURPOSE.search(line.text) or is_staple(line.name, staples):
            continue  # water for the beans and water for the rice: staples come back per stage
        key = (line.group_index, line.origin, identity_key(line.name))
        if not key[2]:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = line
            continue
        if first.preparation.strip() and line.preparation.strip() and first.preparation.strip() != line.preparation.strip():
            continue  # "5 garlic cloves, not peeled" … "3 garlic cloves, finely chopped": two stages
        if _amount_text(first) != _amount_text(line):
            continue  # "1 c. sugar" for the batter … "2 T. sugar" for the topping: two stages
        yield name_problem(line, f"'{line.name}' is already listed on line {first.line}")


def _amount_text(line: Ingredient) -> str:
    """The amount as written, spacing and case folded ("" when the line has none)."""
    if line.amount is None:
        return ""
    return " ".join(line.text[line.amount.start:line.amount.end].lower().split())
