"""ING010–ING011: the steps use what the ingredient list has, and nothing else.

The comparison itself is ``recipe.mentions.analyse_usage``, computed once per
document for both rules; a word in a step counts as an ingredient only when the
reference vocabulary or the recipe's own list names it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.ingredient_spans import name_problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.mentions import Usage
    from recipelint.rules.context import RuleContext


def _usage(ctx: RuleContext) -> Usage | None:
    """The steps-versus-list analysis under the configured staples, once per document."""
    from recipelint.recipe.ingredients import ingredient_lines
    from recipelint.recipe.mentions import analyse_usage
    from recipelint.recipe.staples import configured_staples, is_staple, staple_keys

    def analyse(c: RuleContext) -> Usage | None:
        staples = staple_keys(configured_staples(c.settings))
        return analyse_usage(c.document, ingredient_lines(c.document), lambda name: is_staple(name, staples))

    return ctx.shared("ing-usage", analyse)  # a document has one configuration


@rule("ING010", "unlisted-ingredient", "warning")
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

    Not reported: pantry staples (``[tool.recipelint.ingredients]`` ``staples``
    and ``extend-staples``; salt, pepper, water… by default),
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

    Good:

        ## Ingredients
        - 2 cups Rice
        - 1 tsp Cumin
        ## Instructions
        1. Fry the rice with the cumin.
    """
    usage = _usage(ctx)
    if usage is None:
        return
    for mention in usage.unlisted:
        yield mention.span.problem(f"'{mention.text}' is used in the steps but is not in the ingredient list")


@rule("ING011", "unused-ingredient", "warning")
def unused_ingredient(ctx: RuleContext) -> Iterator[Problem]:
    """A listed ingredient is never mentioned in any step.

    A step mentions an ingredient when it names it, its main noun ("tortillas"
    for "Flour Tortillas"), another distinctive word of its name, or a general
    word for it ("the meat" for "chuck roast", "all fruit" for "4 oranges").
    Not reported: optional ingredients, nested items ("seafood, choose from:"),
    lines that say what they are for ("olive oil for greasing"), pantry staples
    (as for ING010), lines that name no known food ("thermometer"),
    herbs and spices when a step says "season", and every line when a step
    uses them all without naming them ("mix all the ingredients").

    Bad:

        ## Ingredients
        - 9 tbsp Sour Cream
        ## Instructions
        1. Mix the mayonnaise with the Sriracha.

    Good:

        ## Ingredients
        - 9 tbsp Sour Cream
        - 2 tbsp Sriracha
        ## Instructions
        1. Mix the sour cream with the Sriracha.
    """
    usage = _usage(ctx)
    if usage is None:
        return
    for line in usage.unused:
        yield name_problem(line, f"'{line.name}' is listed but no step uses it")
