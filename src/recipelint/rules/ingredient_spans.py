"""Where an ING problem points: the ingredient's name, its amount, or a calorie row's name.

Shared by the ING rule modules so the same kind of finding always underlines the
same part of a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem

if TYPE_CHECKING:
    from recipelint.recipe.calories import CalorieRow
    from recipelint.recipe.ingredients import Ingredient


def name_problem(line: Ingredient, message: str) -> Problem:
    """At the ingredient's name, or the whole item when it names nothing."""
    return (line.name_span if line.name else line.span).problem(message)


def amount_problem(line: Ingredient, message: str) -> Problem:
    """At the line's amount, or its name when it states none."""
    span = line.amount_span
    return name_problem(line, message) if span is None else span.problem(message)


def row_problem(row: CalorieRow, message: str) -> Problem:
    """At the calorie row's ingredient cell."""
    return row.name_span.problem(message)
