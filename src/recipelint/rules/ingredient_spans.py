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
    if line.name:
        return Problem(line.line, line.name_column, message, end_line=line.line, end_column=line.name_end_column)
    return Problem(line.line, line.column, message, end_line=line.line, end_column=line.end_column)


def amount_problem(line: Ingredient, message: str) -> Problem:
    """At the line's amount, or its name when it states none."""
    if line.amount_column is None:
        return name_problem(line, message)
    return Problem(line.line, line.amount_column, message, end_line=line.line, end_column=line.amount_end_column)


def row_problem(row: CalorieRow, message: str) -> Problem:
    """At the calorie row's ingredient cell."""
    span = row.name_span
    return Problem(span.line, span.column, message, end_line=span.end_line, end_column=span.end_column)
