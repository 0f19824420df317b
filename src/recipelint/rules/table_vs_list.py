"""ING001–ING003: the calorie table and the ingredient list name the same things, in the same amounts.

Rows and lines are paired once per document (``recipe.table_pairing``); these rules
report rows and lines left unpaired and pairs whose quantities differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem
from recipelint.rules.ingredient_spans import amount_problem, name_problem, row_problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.ingredients import Ingredient
    from recipelint.recipe.table_pairing import TablePairing
    from recipelint.rules.context import RuleContext


def _pairing(ctx: RuleContext) -> TablePairing | None:
    """The pairing under the configured ``aliases`` and the recipe's, once per document."""
    from recipelint.recipe.table_pairing import pair_table_with_list, recipe_aliases

    def pair(c: RuleContext) -> TablePairing | None:
        aliases = {**c.settings.ingredients.aliases, **recipe_aliases(c.document)}
        return pair_table_with_list(c.document, aliases)

    return ctx.shared("ing-pairing", pair)  # a document has one configuration


@rule("ING001", "unlisted-calorie-row", "warning")
def unlisted_calorie_row(ctx: RuleContext) -> Iterator[Problem]:
    """A calorie-table row names no ingredient of the ingredient list.

    Each row of the Estimated Calories table is paired with one ingredient line
    by name: case, brackets, sizes and states ("Organic", "Medium", "(cooked)"),
    plurals and synonyms (scallion = green onion, mayo = mayonnaise) are
    ignored, then names are compared fuzzily, one row per line. A row left
    over counts calories for something the recipe does not use, or the list
    forgot it.

    ``aliases`` under ``[tool.recipelint.ingredients]`` (table name → list name)
    pairs names the matcher cannot know; a recipe can do the same with the
    front-matter mapping ``ingredient_aliases``. ING002 and ING003 use the same
    pairing.

    Bad:

        | Ground Beef | 1 lb | 1,150 kcal |
        ...
        ## Ingredients
        - 1 lb Ground Turkey

    Good:

        | Ground Pork (cooked) | 30 oz | 2,295 kcal |
        ...
        ## Ingredients
        - 30 oz Organic Ground Pork
    """
    pairing = _pairing(ctx)
    if pairing is None:
        return
    for index, row in enumerate(pairing.rows):
        if index not in pairing.row_to_line:
            yield row_problem(row, f"calorie row '{row.name}' matches no line of the ingredient list")


@rule("ING002", "uncounted-ingredient", "warning")
def uncounted_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """An ingredient line has no row in the recipe's calorie table.

    Only recipes with a calorie table are checked. Pantry staples (``staples``
    and ``extend-staples`` under ``[tool.recipelint.ingredients]``; salt, pepper,
    water… by default), optional ingredients and lines whose amount is vague
    ("to taste", "a pinch") are not expected in the table; a line with no amount at
    all ("- Butter") still adds calories and is. Aliases work as for ING001.

    Bad:

        | Flour | 2 cups | 910 kcal |
        ...
        - 2 cups Flour
        - 1 cup Sugar        <- not counted

    Good:

        | Flour | 2 cups | 910 kcal |
        | Sugar | 1 cup  | 775 kcal |
        ...
        - 2 cups Flour
        - 1 cup Sugar
        - Salt, to taste     <- a staple: no row needed
    """
    from recipelint.recipe.staples import configured_staples, is_staple, staple_keys

    pairing = _pairing(ctx)
    if pairing is None:
        return
    staples = staple_keys(configured_staples(ctx.settings))
    matched = set(pairing.row_to_line.values())
    for index, line in enumerate(pairing.lines):
        if index in matched or line.optional or is_staple(line.name, staples):
            continue
        if line.amount is not None and line.amount.number is None:
            continue
        if _negligible_energy(line):
            continue
        yield name_problem(line, f"'{line.name}' has no row in the calorie table")


NEGLIGIBLE_KCAL = 5.0
"""Energy below which an uncounted ingredient does not matter (baking soda, spices)."""


def _negligible_energy(line: Ingredient) -> bool:
    """Whether the line adds next to no energy, by the reference data."""
    from recipelint.recipe.amounts import grams
    from recipelint.recipe.nutrition import lookup

    food = lookup(line.name)
    if food is None:
        return False
    if food.kcal_per_100g < NEGLIGIBLE_KCAL:
        return True
    weight = grams(line.amount, food) if line.amount is not None else None
    return weight is not None and food.kcal_for_grams(weight) < NEGLIGIBLE_KCAL


def _format(value: float, base: str) -> str:
    unit = {"gram": "g", "milliliter": "ml", "item": ""}.get(base, base)
    text = f"{value:.4g}" if value < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


class QuantityTolerance(NamedTuple):
    """ING003 options: relative difference allowed between the table's and the list's quantity."""

    tolerance: float = 0.05


@rule("ING003", "quantity-mismatch", "warning", options=QuantityTolerance)
def quantity_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """A calorie-table row and its ingredient line state different quantities.

    The Quantity cell and the ingredient line are compared after unit
    conversion (``30 oz`` equals ``1.875 lb``); the bracketed alternates count
    too, so ``18 tortillas (720 g)`` equals ``18 Medium Flour Tortillas`` by
    count and ``3 medium (150 g)`` equals ``3 Shallots``. Quantities that
    measure different things (a volume and a mass, cloves and heads) are not
    compared. Amounts written in different units may differ by ``tolerance``
    (default 0.05, 5 %) for rounding; the same unit must agree exactly, or
    overlap when one is a range.

    Bad:

        | Carrots | 9 oz (255 g) | 105 kcal |
        ...
        - 12 oz Carrots (grated)

    Good:

        | Carrots | 9 oz (255 g) | 105 kcal |
        ...
        - 9 oz Carrots (grated)
    """
    from recipelint.recipe.comparison import compare_amounts

    pairing = _pairing(ctx)
    if pairing is None:
        return
    tolerance = float(ctx.options(QuantityTolerance).tolerance)
    for row_index, line_index in sorted(pairing.row_to_line.items()):
        row = pairing.rows[row_index]
        line = pairing.lines[line_index]
        if line.amount is None or line.amount.number is None or row.quantity_span is None:
            continue
        row_amount = row.amount
        if row_amount is None or row_amount.number is None:
            continue
        mismatch = compare_amounts(line.amount, line.name, row_amount, row.name, tolerance)
        if mismatch is None:
            continue
        line_measure, row_measure = mismatch
        row_text = row.quantity_text[row_amount.start:row_amount.end].strip()
        message = (f"'{line.name}' is {line.amount_text.strip()} here but {row_text} in the "
                   f"calorie table (line {row.line})")
        if line_measure.base in ("gram", "milliliter"):
            message += (f": {_format(line_measure.value, line_measure.base)} vs "
                        f"{_format(row_measure.value, row_measure.base)}")
        yield amount_problem(line, message)
