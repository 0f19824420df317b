"""CAL: calories and servings — the calorie table adds up and agrees with the servings.

The calorie table, its Total and Per-serving figures come from
:mod:`recipelint.recipe.calories`; every statement of servings (front matter, the
``**Serves:**`` line, the ``(6 servings)`` label) from :mod:`recipelint.recipe.servings`.
Arithmetic is exact (``fractions.Fraction``); tolerances apply only where the author
marked a figure as approximate (``~``, ``approx``, ``about``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.recipe.calories import (
    CalorieTable,
    StatedFigure,
    calorie_table,
    loose_figures,
)
from recipelint.recipe.quantity import Number, is_placeholder
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.calories import CalorieRow
    from recipelint.recipe.servings import ServingsStatement
    from recipelint.rules.context import RuleContext


# -- helpers -------------------------------------------------------------------------


def format_kcal(value: Fraction | float, decimals: int = 0, grouping: bool = True) -> str:
    """``6968`` -> ``"6,968"``; ``1161.33`` with one decimal -> ``"1,161.3"``."""
    rounded = round(Fraction(value), decimals)
    text = f"{float(rounded):,.{decimals}f}" if grouping else f"{float(rounded):.{decimals}f}"
    return text


def _number_digits_offset(number: Number) -> int:
    """Offset in ``number.text`` where the digits start (after ``~`` / ``about``)."""
    for index, char in enumerate(number.text):
        if char.isdigit() or char == ".":
            return index
    return len(number.text)


def _replace_number_fix(figure: StatedFigure, value: Fraction, decimals: int,
                        grouping: bool | None, message: str) -> Fix | None:
    """An edit that rewrites only the digits of ``figure``, keeping ``~``, bold and unit."""
    number = figure.number
    if number.is_range or number.negligible:
        return None
    offset = _number_digits_offset(number)
    if offset >= len(number.text):
        return None
    if grouping is None:
        grouping = "," in number.text
    line = figure.span.line
    start = number.start + offset
    new = format_kcal(value, decimals, grouping)
    edit = Edit(line, start + 1, line, number.end + 1, new)
    return Fix(FixSafety.UNSAFE, (edit,), message)


def _kcal(value: Fraction | float, decimals: int = 0) -> str:
    return format_kcal(value, decimals, True) + " kcal"


def _shown(value: Fraction) -> str:
    """A computed figure for a message: whole numbers as such, others to one decimal."""
    value = Fraction(value)
    return _kcal(value, 0 if value.denominator == 1 else 1)


def _difference(a: Fraction, b: Fraction) -> str:
    diff = abs(a - b)
    decimals = 0 if diff.denominator == 1 else 1
    return format_kcal(diff, decimals)


# -- CAL001 ----------------------------------------------------------------------------


def _row_sum(table: CalorieTable) -> tuple[Fraction, Fraction, bool] | None:
    """(low, high, any approximate) sum of the rows; None if a cell is unreadable."""
    low = high = Fraction(0)
    approximate = False
    for row in table.rows:
        if row.kcal is None:
            if is_placeholder(row.kcal_text):
                continue
            return None
        low += row.kcal.low
        high += row.kcal.high
        approximate = approximate or row.kcal.approximate or row.kcal.is_range
    return low, high, approximate


class TotalTolerance(NamedTuple):
    """CAL001 options: the tolerances of a Total that is approximate (``~``, a range, or rows that are)."""

    approximate_tolerance_percent: float = 0.5
    approximate_tolerance_kcal: float = 1


@rule("CAL001", "calorie-total-mismatch", "error", fix="unsafe",
      options=TotalTolerance)
def calorie_total_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """The rows of the calorie table do not add up to its stated Total.

    A Total that disagrees with its own rows is usually stale: a row was added,
    removed or corrected and the Total was not updated. When no row and not the Total
    is marked approximate (``~``, ``approx``, ``Negligible``, a range), the sum must be
    exact; otherwise it may differ by the larger of ``approximate-tolerance-kcal``
    (default 1 kcal) and ``approximate-tolerance-percent`` (default 0.5 %) of the
    sum. Blank and placeholder cells (``—``) count as 0; if a cell cannot be read at
    all (see CAL007) the sum is not checked.

    The unsafe fix sets the Total to the sum of the rows, keeping its formatting
    (thousands separator, ``~``, bold); check the rows before applying it::

        [tool.recipelint.rules.CAL001]
        approximate-tolerance-percent = 1.0

    Bad::

        | Olive Oil | 3 tbsp (45 ml)   | 360 kcal |
        | Eggs      | 6 (300 g)        | 430 kcal |

        **Total (approx): 890 kcal**

    Good::

        **Total (approx): 790 kcal**
    """
    table = calorie_table(ctx.document)
    if table is None or table.total is None or not table.rows:
        return
    summed = _row_sum(table)
    if summed is None:
        return
    low, high, approximate = summed
    total = table.total.number
    approximate = approximate or total.approximate or total.is_range
    if approximate:
        percent = Fraction(str(ctx.options(TotalTolerance).approximate_tolerance_percent))
        tolerance = max(Fraction(str(ctx.options(TotalTolerance).approximate_tolerance_kcal)), (high * percent) / 100)
    else:
        tolerance = Fraction(0)
    # The stated total (a value or a range) must come within tolerance of the summed range.
    if total.low <= high + tolerance and total.high >= low - tolerance:
        return
    value = (low + high) / 2
    decimals = max([row.kcal.decimals for row in table.rows if row.kcal is not None] + [0])
    grouping = "," in total.text or any("," in row.kcal_text for row in table.rows)
    shown_sum = _kcal(value, decimals) if low == high else f"{format_kcal(low)}–{_kcal(high)}"
    stated = total.text
    diff = _difference(total.value, value)
    message = (f"the calorie rows add up to {shown_sum}, but the Total says {stated} kcal "
               f"({diff} kcal {'more' if total.value > value else 'less'})")
    fix = None
    if low == high:
        fix = _replace_number_fix(table.total, value, decimals, grouping,
                                  f"set the Total to {_kcal(value, decimals)}")
    yield table.total.span.problem(message, fix)


# -- CAL002 ----------------------------------------------------------------------------


def _servings_for(ctx: RuleContext, figure: StatedFigure) -> Number | None:
    if figure.servings is not None:
        return figure.servings
    from recipelint.recipe.servings import servings_count

    statement = servings_count(ctx.document)
    return statement.number if statement is not None else None


def _candidate_servings(servings: Number) -> list[Fraction]:
    if not servings.is_range:
        return [servings.value]
    values = []
    current = servings.low
    while current <= servings.high and len(values) < 1000:
        values.append(current)
        current += 1
    if servings.high not in values:
        values.append(servings.high)
    return values


def _per_serving_fits(stated: Number, total: Number, servings: Fraction, percent: Fraction,
                      minimum: Fraction) -> bool:
    expected_low, expected_high = total.low / servings, total.high / servings
    if stated.approximate or stated.is_range or stated.negligible:
        tolerance = max(minimum, expected_high * percent / 100)
    else:
        tolerance = Fraction(1, 2) / 10 ** stated.decimals
    return stated.low <= expected_high + tolerance and stated.high >= expected_low - tolerance


class PerServingTolerance(NamedTuple):
    """CAL002 options: the tolerances of a per-serving figure (it is rounded, or the Total is approximate)."""

    approximate_tolerance_percent: float = 1.0
    approximate_tolerance_kcal: float = 1


@rule("CAL002", "per-serving-mismatch", "error", fix="unsafe",
      options=PerServingTolerance)
def per_serving_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """The Per-serving figure is not the Total divided by the number of servings.

    A per-serving figure left over from an older Total is the classic case. The
    servings are the ones in the figure's own label (``Per serving (6 servings)``),
    else the recipe's first statement of servings (``**Serves:** 6`` or front matter).
    A figure written without an approximation mark must equal Total / servings
    rounded to its own precision (``1,161`` or ``1,161.3`` for 6,968 / 6); one marked
    ``~`` or ``approx`` may differ by the larger of ``approximate-tolerance-kcal``
    (default 1 kcal) and ``approximate-tolerance-percent`` (default 1 %). With a range
    of servings (``4–6``) any whole number of servings in the range is accepted.

    The unsafe fix writes the recomputed figure, keeping ``~`` and formatting.

    Bad::

        **Total (approx): 2,653 kcal**
        **Per serving (10 servings): ~226 kcal**

    Good::

        **Total (approx): 2,653 kcal**
        **Per serving (10 servings): ~265 kcal**
    """
    table = calorie_table(ctx.document)
    if table is None or table.total is None or table.per_serving is None:
        return
    figure = table.per_serving
    servings = _servings_for(ctx, figure)
    if servings is None or servings.low <= 0:
        return
    percent = Fraction(str(ctx.options(PerServingTolerance).approximate_tolerance_percent))
    minimum = Fraction(str(ctx.options(PerServingTolerance).approximate_tolerance_kcal))
    total = table.total.number
    candidates = _candidate_servings(servings)
    if any(_per_serving_fits(figure.number, total, count, percent, minimum) for count in candidates):
        return
    stated = figure.number.text
    fix = None
    if servings.is_range:
        shown = f"{format_kcal(total.value)} kcal / {servings.text} servings = " \
                f"{_shown(total.value / servings.high).removesuffix(' kcal')}–{_shown(total.value / servings.low)}"
    else:
        expected = total.value / servings.value
        shown = f"{format_kcal(total.value)} kcal / {servings.text} servings = {_shown(expected)}"
        if not total.is_range:
            fix = _replace_number_fix(figure, expected, figure.number.decimals, None,
                                      f"set the per-serving figure to {_kcal(expected, figure.number.decimals)}")
    yield figure.span.problem(f"per serving says {stated} kcal, but the Total gives {shown}", fix)


# -- CAL003 ----------------------------------------------------------------------------


def _agree(first: Number, second: Number) -> bool:
    return first.low <= second.high and second.low <= first.high


def _describe(statement: ServingsStatement) -> str:
    if statement.origin == "front-matter":
        return f"front matter `{statement.label}`"
    if statement.origin == "per-serving":
        return "the per-serving label"
    return f"`{statement.label}`"


@rule("CAL003", "servings-mismatch", "warning")
def servings_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """The number of servings is stated in two places and the statements disagree.

    Servings are stated in front matter (``servings``, ``serves``, ``yield``), in the
    overview (``> - **Serves:** 4``) and in the per-serving label of the calorie table
    (``**Per serving (6 servings): …**``). Each statement is compared with the first
    one; the later one is reported, naming the line of the first. Ranges agree when
    they overlap (``4–6`` and ``6``). Yields that count things (``6 tacos``, ``Makes
    12 cookies``, ``1 loaf``) are not servings and are never compared.

    Bad::

        > - **Serves:** 4

        **Per serving (6 servings): ~372 kcal**

    Good::

        > - **Serves:** 4

        **Per serving (4 servings): ~558 kcal**
    """
    from recipelint.recipe.servings import servings_statements

    statements = [s for s in servings_statements(ctx.document) if s.is_servings]
    if len(statements) < 2:
        return
    first = statements[0]
    for later in statements[1:]:
        if _agree(first.number, later.number):
            continue
        yield later.span.problem(f"{_describe(later)} says {later.number.text} servings, but "
                       f"{_describe(first)} on line {first.span.line} says {first.number.text}")


# -- CAL006 ----------------------------------------------------------------------------


@rule("CAL006", "calorie-table-incomplete", "warning")
def calorie_table_incomplete(ctx: RuleContext) -> Iterator[Problem]:
    """A calorie table or figure lacks what it needs to be checked.

    Reported: a calorie table without a Total (neither a ``Total`` row nor a
    ``**Total: … kcal**`` line after it); a per-serving figure when the recipe never
    says how many servings it makes (no ``(6 servings)`` label, no ``Serves``, no
    front-matter ``servings``); a Total or per-serving figure in the calories section
    with no calorie table to back it.

    Bad::

        ## Estimated Calories & Sources

        **Per serving: ~350 kcal**

    Good::

        ## Estimated Calories & Sources

        | Ingredient | Quantity | Calories |
        | ---------- | -------- | -------- |
        | Olive Oil  | 2 tbsp   | 240 kcal |
        | Lentils    | 285 g    | 1,020 kcal |

        **Total: 1,260 kcal**
        **Per serving (6 servings): ~210 kcal**
    """
    document = ctx.document
    table = calorie_table(document)
    if table is None:
        total, per_serving = loose_figures(document)
        for figure, what in ((total, "a Total"), (per_serving, "a per-serving figure")):
            if figure is not None:
                yield figure.span.problem(f"{what} is stated but there is no calorie table "
                               "(a table with Ingredient and Calories columns) to back it")
        return
    if table.total is None:
        header = document.line_text(table.header_line)
        start = len(header) - len(header.lstrip())
        yield Problem(table.header_line, start + 1,
                      "the calorie table has no Total: add a `Total` row or a `**Total: N kcal**` line",
                      end_line=table.header_line, end_column=len(header.rstrip()) + 1)
    if table.per_serving is not None and _servings_for(ctx, table.per_serving) is None:
        yield table.per_serving.span.problem("a per-serving figure is stated, but the recipe never says "
                       "how many servings it makes (add `(N servings)` to the label or a **Serves:** line)")


# -- CAL007 ----------------------------------------------------------------------------


@rule("CAL007", "unreadable-calorie-cell", "warning")
def unreadable_calorie_cell(ctx: RuleContext) -> Iterator[Problem]:
    """A cell of the calorie column is not a number of kcal.

    Such a row cannot be added up, so CAL001 skips the table. Write a number, with
    ``~`` if approximate (``~240 kcal``), a range (``100–150 kcal``), ``Negligible``,
    or a dash for "not counted".

    Bad::

        | Olive Oil | 2 tbsp | lots |

    Good::

        | Olive Oil | 2 tbsp | ~240 kcal |
    """
    table = calorie_table(ctx.document)
    if table is None:
        return
    for row in table.rows:
        if row.kcal is None and not is_placeholder(row.kcal_text) and not _negative(row):
            yield row.kcal_span.problem(f"cannot read `{row.kcal_text}` as calories (write e.g. `~240 kcal`, "
                           "`Negligible` or `—`)")


# -- CAL004 / CAL005 ---------------------------------------------------------------------

#: Energy density of pure fat, the most energy-dense food: nothing has more kcal per gram.
MAX_KCAL_PER_GRAM = 9

#: Words in an ingredient's name that change its energy a lot ("Lentils (dry)" vs cooked);
#: a reference food is trusted only if it says the same.
_STATE_WORDS = frozenset({"cooked", "raw", "dry", "dried", "uncooked", "canned", "drained", "frozen", "fried",
                          "boiled", "roasted", "baked", "grilled", "toasted", "dehydrated", "powdered",
                          "concentrated", "condensed", "evaporated", "sweetened", "unsweetened", "light",
                          "reduced", "low", "fat", "free", "skim", "diet", "lean"})


def _stated_weight(row: CalorieRow) -> float | None:
    """Grams when the Quantity cell states a mass, directly or in brackets."""
    from recipelint.recipe.amounts import grams

    return grams(row.amount, None) if row.amount is not None else None


def _words(text: str) -> set[str]:
    from recipelint.recipe.names import normalise_name

    return {normalise_name(word) for word in re.split(r"[^\w]+", text.lower()) if word}


def _confident_food(name: str):
    """The reference food for ``name`` if every word of the name is accounted for.

    The reference table maps synonyms to one food ("crushed tomatoes" to canned diced
    tomatoes, "baby spinach" to spinach); a name word that neither the food's name nor
    its FDC description contains means the match is a neighbour, not the food, and
    plausibility is not judged. A state word in brackets ("Lentils (dry)") must match too.
    """
    from recipelint.recipe.names import normalise_name
    from recipelint.recipe.nutrition import QUALIFIER_WORDS, lookup

    food = lookup(name)
    if food is None:
        return None
    known = _words(food.name) | _words(food.source) | {w for s in food.synonyms if s == normalise_name(name)
                                                       for w in _words(s)}
    words = _words(normalise_name(name)) - QUALIFIER_WORDS
    bracketed = " ".join(re.findall(r"\(([^()]*)\)", name))
    words |= _words(bracketed) & _STATE_WORDS
    if not words <= known:
        return None
    return food


def _weight_for_plausibility(row: CalorieRow, food) -> float | None:
    """Grams of the row: a stated mass, or a stated volume times the food's density
    (never a count times a guessed size)."""
    from recipelint.recipe.amounts import grams

    return grams(row.amount, food, counts=False) if row.amount is not None else None


_NEGATIVE = re.compile(r"^[~≈∼]?\s*[-−–]\s*[0-9]")


def _negative(row: CalorieRow) -> bool:
    """The calorie cell states a negative number ("-50 kcal"), which parse_kcal refuses."""
    if row.kcal is not None:
        return row.kcal.low < 0
    return bool(_NEGATIVE.match(row.kcal_text.strip("*_ ")))


def _grams(weight: float) -> str:
    """``28.3495`` -> ``"28.3 g"``, ``180.0`` -> ``"180 g"``."""
    text = f"{weight:,.0f}" if weight >= 100 else f"{weight:.1f}".removesuffix(".0")
    return text + " g"


def _over_fat_limit(row: CalorieRow, weight: float) -> bool:
    """Even the lowest reading of the figure is over 9 kcal per gram (0.5 g for rounding)."""
    return float(row.kcal.low) > MAX_KCAL_PER_GRAM * (weight + 0.5)


@rule("CAL004", "impossible-calories", "error")
def impossible_calories(ctx: RuleContext) -> Iterator[Problem]:
    """A calorie figure that no food can have: more than 9 kcal per gram, or negative.

    Pure fat, the most energy-dense food there is, has about 9 kcal per gram (oils
    8.8–9.0). When the Quantity cell states a weight (``12 tbsp (180 g)``, ``9 oz``),
    the row's calories may not exceed 9 kcal per gram; half a gram is allowed for the
    rounding of the stated weight. Such a figure is a typo (an extra digit) or a
    calorie count for a different quantity.

    Bad::

        | Olive Oil | 2 tbsp (27 g) | 2,400 kcal |

    Good::

        | Olive Oil | 2 tbsp (27 g) | 240 kcal |
    """
    table = calorie_table(ctx.document)
    if table is None:
        return
    for row in table.rows:
        if _negative(row):
            yield row.kcal_span.problem(f"{row.name}: a negative calorie figure "
                           f"(`{row.kcal_text.strip('*_ ')}`); food has no negative calories")
            continue
        if row.kcal is None:
            continue
        weight = _stated_weight(row)
        if weight is None:
            continue
        if _over_fat_limit(row, weight):
            per_gram = float(row.kcal.low) / weight if weight else float("inf")
            yield row.kcal_span.problem(f"{row.name}: {row.kcal.text} kcal for {_grams(weight)} is "
                           f"{per_gram:.1f} kcal per gram; nothing has more than 9 (pure fat)")


class PlausibilityTolerance(NamedTuple):
    """CAL005 options: how far a row may be from the reference before it is reported."""

    tolerance_percent: float = 35
    min_difference_kcal: float = 15


@rule("CAL005", "implausible-calories", "warning",
      options=PlausibilityTolerance)
def implausible_calories(ctx: RuleContext) -> Iterator[Problem]:
    """A row's calories are far from reference data for that food and weight.

    Each row is compared with the USDA FoodData Central energy of the same food
    (``recipelint.recipe.nutrition``), but only when both are known with confidence:
    the weight is stated (``(180 g)``, ``9 oz``) or a volume of a food with a known
    density (``3 tbsp (45 ml)`` of oil), and the food is matched by a name whose every
    word the reference food accounts for (so "Crushed Tomatoes" is not judged by
    diced tomatoes, "Lentils (dry)" not by cooked lentils). Counts ("3 large",
    "1 lime") are never converted by guessing a size.

    Reported when the stated figure differs from the reference by more than
    ``tolerance-percent`` (default 35 %) and by more than ``min-difference-kcal``
    (default 15 kcal, so a pinch of spice is never flagged). A warning: brands and
    varieties differ, but a figure this far off is usually for another quantity.

    Bad::

        | Mayonnaise | 12 tbsp (180 g) | 260 kcal |

    Good::

        | Mayonnaise | 12 tbsp (180 g) | 1,260 kcal |
    """
    table = calorie_table(ctx.document)
    if table is None:
        return
    tolerance = float(ctx.options(PlausibilityTolerance).tolerance_percent) / 100
    minimum = float(ctx.options(PlausibilityTolerance).min_difference_kcal)
    for row in table.rows:
        if row.kcal is None or row.kcal.negligible or row.kcal.low < 0:
            continue
        food = _confident_food(row.name)
        if food is None:
            continue
        weight = _weight_for_plausibility(row, food)
        if weight is None or weight <= 0:
            continue
        reference = food.kcal_for_grams(weight)
        stated_low, stated_high = float(row.kcal.low), float(row.kcal.high)
        if stated_low <= reference * (1 + tolerance) and stated_high >= reference * (1 - tolerance):
            continue
        stated = float(row.kcal.value)
        if abs(stated - reference) <= minimum:
            continue
        if _over_fat_limit(row, weight) and _stated_weight(row) is not None:
            continue  # CAL004 reports it
        direction = "more" if stated > reference else "less"
        percent = abs(stated - reference) / reference * 100 if reference else float("inf")
        yield row.kcal_span.problem(f"{row.name}: {row.kcal.text} kcal for {_grams(weight)}, but reference data "
                       f"for {food.name} ({food.kcal_per_100g:g} kcal/100 g) gives about "
                       f"{reference:,.0f} kcal ({percent:.0f}% {direction})")
