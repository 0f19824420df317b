"""ING004–ING005: an amount and its bracketed alternate state the same quantity.

``30 oz (850 g)`` says one thing twice, so the two halves can be checked against
each other: directly when both are masses or both volumes, through the reference
density when one is a volume and the other a mass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.written_amounts import WrittenAmount
    from recipelint.rules.context import RuleContext


def _amount_problem(written: WrittenAmount, message: str) -> Problem:
    """At the whole amount, alternates included."""
    return written.span.problem(message)


def _format_plain(value: float) -> str:
    return f"{value:.4g}" if value < 10000 else f"{value:,.0f}"


class DualTolerance(NamedTuple):
    """ING004 options: relative differences allowed between an amount and its alternate."""

    tolerance: float = 0.03
    rounding_tolerance: float = 0.12
    approximate_tolerance: float = 0.2


@rule("ING004", "dual-quantity-mismatch", "error",
      options=DualTolerance)
def dual_quantity_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """An amount and its bracketed alternate in the same kind of unit disagree.

    ``30 oz (850 g)`` states one quantity twice; both are masses, so they must
    agree after conversion. Volumes likewise (``1 cup (240 ml)``). Ingredient
    lines and the calorie table's Quantity cells are checked, with alternates
    in brackets or after a slash or "or" (``1 kg / 2 lbs``).

    How close is close enough:

    - ``tolerance`` (default 0.03, 3 %) between units of one system
      (``30 oz (1.875 lb)``, ``1 l (1000 ml)``);
    - ``rounding-tolerance`` (default 0.12) between metric and US units, since
      recipes round conversions to a round number on purpose: ``1 lb (500 g)``
      and ``4 dl (1.5 cups)`` are the usual kitchen equivalents, not mistakes;
    - ``approximate-tolerance`` (default 0.2) when either side says ``~`` or
      "about".

    Pints, quarts, gallons and fluid ounces may be British or American; the
    reading that agrees is taken.

    Bad:

        - 1 cup/720 milliliters red wine vinegar

    Good:

        - 30 oz (850 g) Ground Pork
    """
    from recipelint.recipe.amounts import base_value
    from recipelint.recipe.comparison import dual_values, unit_system
    from recipelint.recipe.written_amounts import written_amounts

    options = ctx.options(DualTolerance)
    for written in written_amounts(ctx.document):
        amount = written.amount
        main = base_value(amount)
        if main is None or main[1] not in ("gram", "milliliter") or not main[0]:
            continue
        for alternate in amount.alternates:
            alt = base_value(alternate)
            if alt is None or alt[1] != main[1] or alternate.number is None:
                continue
            if amount.number.is_range or alternate.number.is_range:
                continue
            if amount.number.approximate or alternate.number.approximate:
                tolerance = float(options.approximate_tolerance)
            elif unit_system(amount) != unit_system(alternate):
                tolerance = float(options.rounding_tolerance)
            else:
                tolerance = float(options.tolerance)
            pairs = [(a, b) for a in dual_values(amount) for b in dual_values(alternate)]
            resolution = _MEASURING_RESOLUTION[main[1]]
            if any(abs(a - b) <= max(tolerance * max(a, b), resolution) for a, b in pairs):
                continue
            main_value, alt_value = pairs[0]
            unit = "g" if main[1] == "gram" else "ml"
            text = written.text[amount.start:amount.end].strip()
            yield _amount_problem(
                written,
                f"'{text}' states two different amounts: "
                f"{_format_plain(main_value)} {unit} vs {_format_plain(alt_value)} {unit} "
                f"({abs(main_value - alt_value) / max(main_value, alt_value):.0%} apart)",
            )
            break


_VARIABLE_DENSITY = re.compile(r"\b(?:salt|parmesan|pecorino|cheese)\b")
"""Reference foods whose weight per spoon or cup varies twofold with brand and form."""

# Kitchen measures read no finer than this: "1/4 tsp (1.5 ml)" is 1.23 ml written as the
# nearest half millilitre, not a mistake.
_MEASURING_RESOLUTION = {"milliliter": 0.5, "gram": 1.0}

_STATE_WORDS = re.compile(r"\b(dried|dry|powder(?:ed)?|split|dehydrated|freeze|flakes?|puree|paste)\b",
                          re.IGNORECASE)
"""Words that make a food another one than the reference table's fresh food."""


class DensityTolerance(NamedTuple):
    """ING005 options: relative difference allowed between a volume's weight and the stated one."""

    tolerance: float = 0.25


@rule("ING005", "dual-quantity-density", "warning", options=DensityTolerance)
def dual_quantity_density(ctx: RuleContext) -> Iterator[Problem]:
    """A volume and its bracketed weight disagree for the ingredient's density.

    ``12 tbsp (180 g)`` of mayonnaise is checked through the reference density
    of mayonnaise (0.93 g/ml: 12 tbsp weigh about 165 g). Only ingredients the
    reference table knows a density for are checked, and only differences
    beyond ``tolerance`` (default 0.25, 25 %), because densities vary with how
    a food is packed or cut. Foods whose density varies more than that between
    brands and forms are not checked: salt (a spoon of flaky kosher salt weighs half
    a spoon of table salt) and grated cheese.

    Bad:

        - 1 cup (500 g) All-Purpose Flour     <- a cup of flour weighs about 125 g

    Good:

        - 12 tbsp (180 g) Mayonnaise
    """
    from recipelint.recipe.amounts import base_value
    from recipelint.recipe.nutrition import lookup
    from recipelint.recipe.written_amounts import written_amounts

    tolerance = float(ctx.options(DensityTolerance).tolerance)
    for written in written_amounts(ctx.document):
        amount = written.amount
        if not amount.alternates or amount.number is None or amount.number.is_range:
            continue
        main = base_value(amount)
        if main is None or main[1] not in ("gram", "milliliter") or not main[0]:
            continue
        food = lookup(written.name) if written.name else None
        if food is None or food.density_g_per_ml is None or _VARIABLE_DENSITY.search(food.name):
            continue
        state = _STATE_WORDS.findall(written.text)
        if any(word.lower() not in food.name for word in state):
            continue  # "peas (dried green split)" is not the fresh peas of the table
        for alternate in amount.alternates:
            alt = base_value(alternate)
            if alt is None or alt[1] not in ("gram", "milliliter") or alt[1] == main[1]:
                continue
            if alternate.number is None or alternate.number.is_range:
                continue
            volume, mass = (main[0], alt[0]) if main[1] == "milliliter" else (alt[0], main[0])
            expected = float(volume) * food.density_g_per_ml
            stated = float(mass)
            weight_number = (alternate if main[1] == "milliliter" else amount).number
            # The stated weight is rounded to its last digit: 1 g may be 1.49 g.
            rounding = 0.5 * 10 ** -weight_number.decimals
            if not stated or abs(expected - stated) <= tolerance * max(expected, stated) + rounding:
                continue
            text = written.text[amount.start:amount.end].strip()
            yield _amount_problem(
                written,
                f"'{text}': {_format_plain(float(volume))} ml of {food.name} weighs about "
                f"{_format_plain(expected)} g ({food.density_g_per_ml} g/ml), not {_format_plain(stated)} g",
            )
            break
