"""ING012: an amount with no unit in front of something that is not counted."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.ingredient_spans import amount_problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

MASS_NOUNS = frozenset({
    "sugar", "flour", "salt", "milk", "water", "oil", "rice", "juice", "cream", "vinegar", "honey", "syrup",
    "broth", "stock", "yogurt", "yoghurt", "cornmeal", "oat", "oats", "cocoa", "powder", "soda", "yeast",
    "cumin", "paprika", "cinnamon", "turmeric", "nutmeg", "molasses", "buttermilk", "mayonnaise", "ketchup",
    "mustard", "sauce", "wine", "beer", "rum", "vodka", "whiskey", "bourbon", "gin", "tequila", "coffee", "tea",
    "semolina", "polenta", "couscous", "quinoa", "breadcrumbs", "starch", "cornstarch", "gelatin", "extract",
})
"""Head nouns that are measured, never counted: "2/3 brown sugar" lacks its unit,
"2 onions" does not."""


_NOT_A_NAME = frozenset({
    "can", "cans", "tin", "tins", "jar", "jars", "pk", "pkg", "pack", "package", "packet", "packets", "bag", "bags",
    "bottle", "bottles", "bowl", "bowls", "carton", "box", "stick", "sticks", "piece", "pieces", "soup", "of", "a",
    "heaping", "level", "scant", "tightly", "packed", "teaspons", "tablspoons", "tablespon", "teaspon", "table",
    "glass", "glasses", "spoon", "spoons", "spoonful", "kettle", "cube", "cubes", "serving", "servings", "and",
    "-", "inch", "bit", "handful", "dash", "splash", "drizzle", "or", "to", "more", "small", "large", "medium",
    "mineral", "shot", "shots", "part", "parts", "slice", "slices", "sachet", "envelope", "block",
})
"""First words after a number that are a container, a size or a misspelt unit, not the food."""
_FIRST_ALTERNATIVE = re.compile(r"\s+(?:or|in|with|and)\s+|,|\(")


@rule("ING012", "missing-unit", "warning")
def missing_unit(ctx: RuleContext) -> Iterator[Problem]:
    """An ingredient's amount has no unit, for something that is measured, not
    counted, in a list whose other lines give units.

    ``- 2/3 brown sugar`` between ``- 1 cup flour`` and ``- 1/2 cup milk`` has lost
    its unit: two thirds of what? A cup, probably, but the reader has to guess, and
    the quantity checks cannot compare it. Counted things are fine without a unit
    (``2 eggs``, ``1/2 onion``); only names whose last word is a measured food (sugar,
    flour, salt, milk, oil, juice, rice, a spice…) are reported, and only in a list
    where at least two other lines have a unit.

    Bad::

        ## Ingredients

        - 1 cup flour
        - 2/3 brown sugar
        - 1/2 cup milk

    Good::

        ## Ingredients

        - 1 cup flour
        - 2/3 cup brown sugar
        - 1/2 cup milk
    """
    from recipelint.recipe.ingredients import ingredient_lines
    from recipelint.recipe.names import words_of

    lines = [line for line in ingredient_lines(ctx.document) if line.origin == "body"]
    with_unit = Counter(line.group_index for line in lines if line.amount is not None and line.amount.unit is not None)
    for line in lines:
        amount = line.amount
        if amount is None or amount.number is None or amount.unit is not None or amount.unit_text:
            continue
        if amount.alternates or with_unit[line.group_index] < 2 or not line.text[amount.start:amount.end].strip()[:1].isdigit() and not line.text[amount.start:amount.end].strip()[:1] in "½⅓⅔¼¾⅛.":
            continue  # ".75 (105 g) flour" states the quantity in its alternate
        after = line.text[amount.end:].split()
        first_of_name = line.name.split()[0].lower().strip(".,") if line.name.split() else ""
        if not after or after[0].startswith("(") or after[0].lower().strip(".,") in _NOT_A_NAME or first_of_name in _NOT_A_NAME:
            continue  # "1 can coconut milk", "1 pk of yeast", "2 teaspons of paprika": a unit we do not know
        words = words_of(_FIRST_ALTERNATIVE.split(line.name, 1)[0])
        if not words or words[-1] not in MASS_NOUNS:
            continue
        number = line.text[amount.start:amount.end].strip()
        yield amount_problem(line, f"`{number} {line.name}` has no unit: {number} what (cup, tbsp, g)?")
