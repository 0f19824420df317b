"""ING: ingredients and quantities — the list, the calorie table and the steps agree.

The ingredient list (body ``## Ingredients``, grouped or flat, or a Jekyll
front-matter ``ingredients:`` list) is read by ``recipe.ingredients``; the
calorie table by ``recipe.calories``; the steps by ``recipe.mentions``. Table
rows and list lines are paired one to one by ``recipe.matching`` (normalised
names, synonyms, fuzzy scores), and the pairs are then compared.

Every rule here prefers silence to a guess: quantities are compared only when
they measure the same thing, and a word in a step counts as an ingredient only
when the reference vocabulary or the recipe's own list names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.registry import rule

if TYPE_CHECKING:
    from recipelint.context import RuleContext
    from recipelint.recipe.amounts import Amount
    from recipelint.recipe.calories import CalorieRow
    from recipelint.recipe.ingredients import Ingredient

DEFAULT_STAPLES = ["salt", "pepper", "black pepper", "salt and pepper", "water", "ice", "cooking spray"]

_PARTS = re.compile(r"\s*(?:&|\+|/|\band\b|\bor\b)\s*", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(?:for|divided|plus|more|extra|reserved?)\b", re.IGNORECASE)
_SIZE_WORDS = frozenset({"", "small", "medium", "large", "whole", "each", "count", "ea", "ct",
                         "med", "lg", "sm", "jumbo", "mini", "extra large", "x large"})


# -- shared views ----------------------------------------------------------------------


def _lines(ctx: RuleContext) -> list[Ingredient]:
    from recipelint.recipe.ingredients import ingredient_lines

    return ingredient_lines(ctx.document)


def _table(ctx: RuleContext):
    from recipelint.recipe.calories import calorie_table

    return calorie_table(ctx.document)


def _staples(ctx: RuleContext) -> frozenset[str]:
    from recipelint.recipe.matching import match_key

    configured = ctx.option("staples")
    return frozenset(match_key(name) for name in configured)


_STAPLE_DESCRIPTORS = frozenset({
    "warm", "cold", "hot", "boiling", "lukewarm", "tepid", "iced", "filtered", "tap",
    "table", "kosher", "sea", "fine", "coarse", "flaky", "freshly", "cracked", "ground",
    "some", "extra", "more", "plenty", "of", "a", "pinch", "dash", "little",
})


_STAPLE_HEADS = frozenset({"water", "salt", "ice"})
"""Staples whatever is said before them ("a full kettle of boiled water", "sea salt")."""


def _is_staple(name: str, staples: frozenset[str]) -> bool:
    """Salt, "warm water", "Salt & Pepper", "kosher salt": staples with their descriptors."""
    from recipelint.recipe.matching import match_key

    def one(part: str) -> bool:
        key = match_key(part)
        if key in staples:
            return True
        words = [w for w in key.split() if w not in _STAPLE_DESCRIPTORS]
        return bool(words) and " ".join(words) in staples

    if one(name) or match_key(name).rsplit(" ", 1)[-1] in _STAPLE_HEADS:
        return True
    parts = [p for p in _PARTS.split(name) if p.strip()]
    return len(parts) > 1 and all(one(p) for p in parts)


def _front_matter_aliases(ctx: RuleContext) -> dict[str, str]:
    """The recipe's own ``ingredient_aliases:`` mapping (table name -> list name)."""
    yaml_doc = ctx.document.yaml
    data = yaml_doc.data if yaml_doc is not None else None
    aliases = data.get("ingredient_aliases") if isinstance(data, dict) else None
    if not isinstance(aliases, dict):
        return {}
    return {str(k): str(v) for k, v in aliases.items() if isinstance(v, (str, int, float))}


@dataclass(frozen=True)
class Matching:
    """Calorie rows and named ingredient lines, and which line each matched row names."""

    rows: list[CalorieRow]
    lines: list[Ingredient]
    row_to_line: dict[int, int]


def _matching(ctx: RuleContext, aliases: Mapping[str, str]) -> Matching | None:
    """Calorie rows paired with ingredient lines (None without both)."""
    from recipelint.recipe.matching import assign

    table = _table(ctx)
    lines = [line for line in _lines(ctx) if line.name]
    if table is None or not table.rows or not lines:
        return None
    # A line naming two things ("Salt & Pepper") may match a row for each.
    parts: list[str] = []
    owners: list[int] = []
    for index, line in enumerate(lines):
        names = [line.name]
        pieces = [p for p in _PARTS.split(line.name) if p.strip()]
        if len(pieces) > 1:
            names.extend(pieces)
        for name in names:
            parts.append(name)
            owners.append(index)
    pairs = assign([row.name for row in table.rows], parts, aliases)
    return Matching(table.rows, lines, {pair.left: owners[pair.right] for pair in pairs})


def _aliases_for(ctx: RuleContext) -> dict[str, str]:
    aliases = dict(ctx.option("aliases") or {})
    aliases.update(_front_matter_aliases(ctx))
    return aliases


def _row_problem(row: CalorieRow, message: str) -> Problem:
    span = row.name_span
    return Problem(span.line, span.column, message, end_line=span.end_line, end_column=span.end_column)


def _name_problem(line: Ingredient, message: str) -> Problem:
    if line.name:
        return Problem(line.line, line.name_column, message, end_line=line.line, end_column=line.name_end_column)
    return Problem(line.line, line.column, message, end_line=line.line, end_column=line.end_column)


def _amount_problem(line: Ingredient, message: str) -> Problem:
    if line.amount_column is None:
        return _name_problem(line, message)
    return Problem(line.line, line.amount_column, message, end_line=line.line, end_column=line.amount_end_column)


# -- ING001 / ING002: table rows and list lines -------------------------------------------


@rule("ING001", "unlisted-calorie-row", "warning", options={"aliases": {}})
def unlisted_calorie_row(ctx: RuleContext) -> Iterator[Problem]:
    """A calorie-table row names no ingredient of the ingredient list.

    Each row of the Estimated Calories table is paired with one ingredient line
    by name: case, brackets, sizes and states ("Organic", "Medium", "(cooked)"),
    plurals and synonyms (scallion = green onion, mayo = mayonnaise) are
    ignored, then names are compared fuzzily, one row per line. A row left
    over counts calories for something the recipe does not use, or the list
    forgot it.

    Option ``aliases`` (a table of table name → list name) pairs names the
    matcher cannot know; a recipe can do the same with the front-matter mapping
    ``ingredient_aliases``.

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
    matching = _matching_with_options(ctx)
    if matching is None:
        return
    for index, row in enumerate(matching.rows):
        if index not in matching.row_to_line:
            yield _row_problem(row, f"calorie row '{row.name}' matches no line of the ingredient list")


def _matching_with_options(ctx: RuleContext) -> Matching | None:
    aliases = _aliases_for(ctx)
    key = "ing-matching:" + repr(sorted(aliases.items()))
    return ctx.shared(key, lambda c: _matching(c, aliases))


@rule("ING002", "uncounted-ingredient", "warning",
      options={"staples": DEFAULT_STAPLES, "aliases": {}})
def uncounted_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """An ingredient line has no row in the recipe's calorie table.

    Only recipes with a calorie table are checked. Pantry staples (option
    ``staples``: salt, pepper, water… by default), optional ingredients and
    lines without a stated amount ("to taste") are not expected in the table.
    ``aliases`` works as for ING001.

    Bad:

        | Flour | 2 cups | 910 kcal |
        ...
        - 2 cups Flour
        - 1 cup Sugar        <- not counted

    Good: every line that adds calories has its row.
    """
    matching = _matching_with_options(ctx)
    if matching is None:
        return
    staples = _staples(ctx)
    matched = set(matching.row_to_line.values())
    for index, line in enumerate(matching.lines):
        if index in matched or line.optional or _is_staple(line.name, staples):
            continue
        if line.amount is not None and line.amount.number is None:
            continue
        if _negligible_energy(line):
            continue
        yield _name_problem(line, f"'{line.name}' has no row in the calorie table")


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


# -- ING003: the table and the list disagree ------------------------------------------------


def _count_kind(amount: Amount, own_name: str, other_name: str) -> str:
    """What a count counts: "item" for plain counts, else the counted word."""
    from recipelint.recipe.mentions import stem, words_of
    from recipelint.recipe.nutrition import normalise_name

    unit = amount.unit
    if unit is not None and unit.name not in ("each", "dozen"):
        return unit.name
    text = amount.unit_text.lower().rstrip(".")
    if text in _SIZE_WORDS or unit is not None and unit.name == "dozen":
        return "item"
    noun = stem(text.split()[-1])
    if noun in ("piece", "pc"):
        return "piece"
    # "18 tortillas" counts the same things as "18 Medium Flour Tortillas".
    heads = {words[-1] for name in (own_name, other_name) if (words := words_of(normalise_name(name)))}
    return "item" if noun in heads else noun


@dataclass(frozen=True)
class _Measure:
    value_low: float
    value_high: float
    base: str
    approximate: bool
    same_unit_key: str

    @property
    def value(self) -> float:
        return (self.value_low + self.value_high) / 2


def _measures(amount: Amount, own_name: str, other_name: str) -> list[_Measure]:
    """The amount and its alternates in base units, main amount first."""
    from recipelint.recipe.amounts import base_value

    found = []
    for index, part in enumerate((amount, *amount.alternates)):
        base = base_value(part)
        if base is None or part.number is None:
            continue
        value, unit = base
        number = part.number
        factor = float(value / number.value) if number.value else 0.0
        if unit in ("each",) or part.dimension == "count":
            unit = _count_kind(part, own_name, other_name)
        unit_key = part.unit.name if part.unit else unit
        found.append(_Measure(float(number.low) * factor, float(number.high) * factor, unit,
                              number.approximate, unit_key))
        if index == 0 and part.number.value == 0:
            return []
    return found


def _agree(a: _Measure, b: _Measure, tolerance: float) -> bool:
    if a.value_low <= b.value_high and b.value_low <= a.value_high:
        return True  # ranges overlap, or equal values
    tol = tolerance if a.same_unit_key != b.same_unit_key or a.approximate or b.approximate else 1e-9
    scale = max(abs(a.value), abs(b.value)) or 1.0
    return abs(a.value - b.value) <= tol * scale


def compare_amounts(first: Amount, first_name: str, second: Amount, second_name: str,
                    tolerance: float) -> tuple[_Measure, _Measure] | None:
    """The disagreeing pair of measures, or None when they agree or cannot be compared.

    They disagree only when some measures are comparable (same base) and none
    of the comparable pairs agree.
    """
    mine = _measures(first, first_name, second_name)
    theirs = _measures(second, second_name, first_name)
    comparable = [(a, b) for a in mine for b in theirs if a.base == b.base]
    if not comparable:
        return None
    if any(_agree(a, b, tolerance) for a, b in comparable):
        return None
    return comparable[0]


def _format(value: float, base: str) -> str:
    unit = {"gram": "g", "milliliter": "ml", "item": ""}.get(base, base)
    text = f"{value:.4g}" if value < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


@rule("ING003", "quantity-mismatch", "error", options={"tolerance": 0.05, "aliases": {}})
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
    from recipelint.recipe.amounts import parse_amount

    matching = _matching_with_options(ctx)
    if matching is None:
        return
    tolerance = float(ctx.option("tolerance"))
    for row_index, line_index in sorted(matching.row_to_line.items()):
        row = matching.rows[row_index]
        line = matching.lines[line_index]
        if line.amount is None or line.amount.number is None or row.quantity_span is None:
            continue
        row_amount = parse_amount(row.quantity_text)
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
        yield _amount_problem(line, message)


# -- ING004 / ING005: an amount and its own alternate ---------------------------------------


@dataclass(frozen=True)
class _Located:
    amount: Amount
    text: str
    line: int
    column: int  # file column of text[0]
    name: str


def _located_amounts(ctx: RuleContext) -> list[_Located]:
    """Every amount of the ingredient list and of the calorie table's Quantity cells."""
    from recipelint.recipe.amounts import parse_amount

    found = []
    for line in _lines(ctx):
        if line.amount is not None and line.amount_column is not None:
            column = line.amount_column - line.amount.start
            found.append(_Located(line.amount, line.text, line.line, column, line.name))
    table = _table(ctx)
    if table is not None:
        for row in table.rows:
            if row.quantity_span is None:
                continue
            amount = parse_amount(row.quantity_text)
            if amount is not None:
                found.append(_Located(amount, row.quantity_text, row.quantity_span.line,
                                      row.quantity_span.column, row.name))
    return found


def _alternate_problem(located: _Located, alternate: Amount, message: str) -> Problem:
    amount = located.amount
    return Problem(located.line, located.column + amount.start, message,
                   end_line=located.line, end_column=located.column + amount.end)


METRIC_UNITS = frozenset({"gram", "milligram", "kilogram", "milliliter", "centiliter", "deciliter", "liter"})
IMPERIAL_PINTS = {"pint": 568.26125, "quart": 1136.5225, "gallon": 4546.09, "fluid_ounce": 28.4130625}
"""British sizes of the units that differ between UK and US usage, in ml."""


def _dual_values(amount: Amount) -> list[float]:
    """The amount in grams or millilitres: US reading first, then a British one."""
    from recipelint.recipe.amounts import base_value

    base = base_value(amount)
    if base is None:
        return []
    values = [float(base[0])]
    if amount.unit is not None and amount.unit.name in IMPERIAL_PINTS and amount.number is not None:
        values.append(float(amount.number.value) * IMPERIAL_PINTS[amount.unit.name])
    return values


def _system(amount: Amount) -> str:
    return "metric" if amount.unit is not None and amount.unit.name in METRIC_UNITS else "us"


@rule("ING004", "dual-quantity-mismatch", "error",
      options={"tolerance": 0.03, "rounding-tolerance": 0.12, "approximate-tolerance": 0.2})
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

    options = {name: float(ctx.option(name)) for name in ("tolerance", "rounding-tolerance", "approximate-tolerance")}
    for located in _located_amounts(ctx):
        amount = located.amount
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
                tolerance = options["approximate-tolerance"]
            elif _system(amount) != _system(alternate):
                tolerance = options["rounding-tolerance"]
            else:
                tolerance = options["tolerance"]
            pairs = [(a, b) for a in _dual_values(amount) for b in _dual_values(alternate)]
            if any(abs(a - b) <= tolerance * max(a, b) for a, b in pairs):
                continue
            main_value, alt_value = pairs[0]
            unit = "g" if main[1] == "gram" else "ml"
            written = located.text[amount.start:amount.end].strip()
            yield _alternate_problem(
                located, alternate,
                f"'{written}' states two different amounts: "
                f"{_format_plain(main_value)} {unit} vs {_format_plain(alt_value)} {unit} "
                f"({abs(main_value - alt_value) / max(main_value, alt_value):.0%} apart)",
            )
            break


_STATE_WORDS = re.compile(r"\b(dried|dry|powder(?:ed)?|split|dehydrated|freeze|flakes?|puree|paste)\b",
                          re.IGNORECASE)


def _format_plain(value: float) -> str:
    return f"{value:.4g}" if value < 10000 else f"{value:,.0f}"


@rule("ING005", "dual-quantity-density", "warning", options={"tolerance": 0.25})
def dual_quantity_density(ctx: RuleContext) -> Iterator[Problem]:
    """A volume and its bracketed weight disagree for the ingredient's density.

    ``12 tbsp (180 g)`` of mayonnaise is checked through the reference density
    of mayonnaise (0.93 g/ml: 12 tbsp weigh about 165 g). Only ingredients the
    reference table knows a density for are checked, and only differences
    beyond ``tolerance`` (default 0.25, 25 %), because densities vary with how
    a food is packed or cut.

    Bad:

        - 1 cup (500 g) All-Purpose Flour     <- a cup of flour weighs about 125 g

    Good:

        - 12 tbsp (180 g) Mayonnaise
    """
    from recipelint.recipe.amounts import base_value
    from recipelint.recipe.nutrition import lookup

    tolerance = float(ctx.option("tolerance"))
    for located in _located_amounts(ctx):
        amount = located.amount
        if not amount.alternates or amount.number is None or amount.number.is_range:
            continue
        main = base_value(amount)
        if main is None or main[1] not in ("gram", "milliliter") or not main[0]:
            continue
        food = lookup(located.name) if located.name else None
        if food is None or food.density_g_per_ml is None:
            continue
        state = _STATE_WORDS.findall(located.text)
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
            written = located.text[amount.start:amount.end].strip()
            yield _alternate_problem(
                located, alternate,
                f"'{written}': {_format_plain(float(volume))} ml of {food.name} weighs about "
                f"{_format_plain(expected)} g ({food.density_g_per_ml} g/ml), not {_format_plain(stated)} g",
            )
            break


# -- ING006 / ING007 / ING008: reading the amounts ------------------------------------------


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
    from recipelint.recipe.amounts import parse_amount
    from recipelint.recipe.quantity import is_placeholder

    for line in _lines(ctx):
        amount = line.amount
        if amount is None or amount.number is None or not amount.number.suspicious:
            continue
        number = amount.number
        column = line.amount_column - amount.start
        yield Problem(line.line, column + number.start, _suspicious_message(number),
                      end_line=line.line, end_column=column + number.end)
    table = _table(ctx)
    if table is None:
        return
    for row in table.rows:
        span = row.quantity_span
        if span is None or is_placeholder(row.quantity_text):
            continue
        amount = parse_amount(row.quantity_text)
        if amount is None:
            yield Problem(span.line, span.column,
                          f"cannot read the quantity '{row.quantity_text.strip()}' of '{row.name}'",
                          end_line=span.end_line, end_column=span.end_column)
        elif amount.number is not None and amount.number.suspicious:
            number = amount.number
            yield Problem(span.line, span.column + number.start, _suspicious_message(number),
                          end_line=span.line, end_column=span.column + number.end)


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


def _unit_typo(word: str) -> str | None:
    """The unit ``word`` misspells, when that is (nearly) certain."""
    from rapidfuzz.distance import DamerauLevenshtein

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
            if DamerauLevenshtein.distance(lower, form) == 1:
                return name
        elif len(form) >= 7 and DamerauLevenshtein.distance(lower, form) == 1:
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
    for line in _lines(ctx):
        amount = line.amount
        if amount is None or amount.number is None or amount.unit is not None or amount.alternates:
            continue
        match = _UNIT_WORD.match(line.text, amount.end)
        if match is None:
            continue
        unit = _unit_typo(match.group(1))
        if unit is None:
            continue
        column = line.amount_column - amount.start
        word = match.group(1)
        yield Problem(line.line, column + match.start(1),
                      f"unknown unit '{word}'; did you mean {unit.replace('_', ' ')}?",
                      end_line=line.line, end_column=column + match.end(1))


@rule("ING008", "ambiguous-unit", "warning")
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
    from recipelint.recipe.amounts import parse_amount

    suggestion = {"tablespoon": "tbsp", "teaspoon": "tsp", "cup": "cup"}
    found: list[tuple[int, int, Amount, str]] = []
    for line in _lines(ctx):
        if line.amount is not None and line.amount_column is not None:
            found.append((line.line, line.amount_column - line.amount.start, line.amount, line.text))
    table = _table(ctx)
    if table is not None:
        for row in table.rows:
            if row.quantity_span is not None:
                amount = parse_amount(row.quantity_text)
                if amount is not None:
                    found.append((row.quantity_span.line, row.quantity_span.column, amount, row.quantity_text))
    for line_number, column, amount, text in found:
        for part in (amount, *amount.alternates):
            if part.unit is None or not part.unit.ambiguous:
                continue
            start = text.find(part.unit_text, part.number.end if part.number else part.start)
            if start < 0:
                continue
            name = part.unit.name
            yield Problem(line_number, column + start,
                          f"'{part.unit_text}' is read as {name} but is easily misread; write "
                          f"'{suggestion.get(name, name)}'",
                          end_line=line_number, end_column=column + start + len(part.unit_text))


# -- ING009: the same ingredient twice -------------------------------------------------------


@rule("ING009", "duplicate-ingredient", "warning")
def duplicate_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """The same ingredient is listed twice in one group of the ingredient list.

    Names are compared after normalisation (case, plurals, sizes, synonyms);
    words for a different state or cut keep them apart ("diced tomatoes" and
    "peeled tomatoes", "canned tomatoes" and "tomatoes" are two ingredients).
    The same ingredient in two groups ("For the sauce", "For the filling") is
    normal and not reported, nor is a second line that says what it is for
    ("1 egg, for the egg wash") or that it is divided.

    Bad:

        - 2 cloves Garlic
        - 1 tsp Cumin
        - 3 cloves garlic, minced

    Good:

        ### Sauce
        - 2 cloves Garlic
        ### Marinade
        - 3 cloves Garlic
    """
    from recipelint.recipe.matching import identity_key

    seen: dict[tuple[int, str, str], Ingredient] = {}
    for line in _lines(ctx):
        if not line.name or _PURPOSE.search(line.text):
            continue
        key = (line.group_index, line.origin, identity_key(line.name))
        if not key[2]:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = line
            continue
        yield _name_problem(line, f"'{line.name}' is already listed on line {first.line}")


# -- ING010 / ING011: the steps and the list --------------------------------------------------


def _shared_usage(ctx: RuleContext):
    """The steps-versus-list analysis of ``recipe.mentions``, once per document."""
    from recipelint.recipe.mentions import analyse_usage

    staples = _staples(ctx)
    return ctx.shared("ing-usage:" + repr(sorted(staples)),
                      lambda c: analyse_usage(c.document, _lines(c), lambda name: _is_staple(name, staples)))


@rule("ING010", "unlisted-ingredient", "warning", options={"staples": DEFAULT_STAPLES})
def unlisted_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """A step uses an ingredient that the ingredient list does not have.

    Food words are recognised with the reference vocabulary (names and
    synonyms of the foods in the reference table) and the recipe's own list.
    A word counts as listed when an ingredient line contains it ("pork" is in
    "Organic Ground Pork", "tortilla" in "Flour Tortillas", "lemon zest" comes
    from "1 lemon"), names the same food (scallion = green onion), or is its
    general name ("pasta" for "spaghetti", "cheese" for "pecorino").

    A generic word brought in as something new ("a drizzle of oil", "some
    oil") is a different ingredient when the steps call the listed one by its
    full name elsewhere ("Half the sesame oil" … "Remaining sesame oil");
    "heat the oil" refers back to it.

    Not reported: pantry staples (option ``staples``: salt, pepper, water…),
    equipment ("muffin tin", "paper towel"), food words used as verbs ("butter
    the pan"), alternatives ("butter or margarine"), serving ideas and
    options ("Serve with rice", "Optionally add…", words in brackets), things
    the recipe makes itself ("the pasta sauce", "render the lard"), and words
    of the recipe's title. Each unlisted food is reported once, where the
    steps first use it. Jekyll ``directions:`` lists in front matter are
    checked against the front-matter ``ingredients:`` list.

    Bad:

        ## Ingredients
        - 2 cups Rice
        ## Instructions
        1. Fry the rice with 1 tsp cumin.

    Good: list every ingredient the steps use.
    """
    usage = _shared_usage(ctx)
    if usage is None:
        return
    for mention in usage.unlisted:
        yield Problem(mention.line, mention.column,
                      f"'{mention.text}' is used in the steps but is not in the ingredient list",
                      end_line=mention.line, end_column=mention.end_column)


@rule("ING011", "unused-ingredient", "warning", options={"staples": DEFAULT_STAPLES})
def unused_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """A listed ingredient is never mentioned in any step.

    A step mentions an ingredient when it names it, its main noun ("tortillas"
    for "Flour Tortillas"), another distinctive word of its name, or a general
    word for it ("the meat" for "chuck roast", "all fruit" for "4 oranges").
    Not reported: optional ingredients, nested items ("seafood, choose from:"),
    lines that say what they are for ("olive oil for greasing"), pantry staples
    (option ``staples``), lines that name no known food ("thermometer"),
    herbs and spices when a step says "season", and every line when a step
    uses them all without naming them ("mix all the ingredients").

    Bad:

        ## Ingredients
        - 9 tbsp Sour Cream
        ## Instructions
        1. Mix the mayonnaise with the Sriracha.

    Good: every listed ingredient appears in a step, or is removed.
    """
    usage = _shared_usage(ctx)
    if usage is None:
        return
    for line in usage.unused:
        yield _name_problem(line, f"'{line.name}' is listed but no step uses it")
