"""Every amount a recipe writes down, and where it stands in the file.

Ingredient lines and the calorie table's Quantity cells both state amounts; rules
that judge an amount on its own (its alternate, its unit) treat both alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.amounts import parse_amount
from recipelint.recipe.calories import calorie_table
from recipelint.recipe.ingredients import ingredient_lines

if TYPE_CHECKING:
    from recipelint.document import Document
    from recipelint.recipe.amounts import Amount


@dataclass(frozen=True)
class WrittenAmount:
    """An amount, the text its offsets refer to, and the ingredient it is for."""

    amount: Amount
    text: str
    line: int
    column: int
    """The file column of ``text[0]``."""
    name: str


def written_amounts(document: Document) -> list[WrittenAmount]:
    """The amounts of the ingredient list, then those of the calorie table's Quantity cells."""
    found = []
    for line in ingredient_lines(document):
        if line.amount is not None and line.amount_column is not None:
            column = line.amount_column - line.amount.start
            found.append(WrittenAmount(line.amount, line.text, line.line, column, line.name))
    table = calorie_table(document)
    if table is not None:
        for row in table.rows:
            if row.quantity_span is None:
                continue
            amount = parse_amount(row.quantity_text)
            if amount is not None:
                found.append(WrittenAmount(amount, row.quantity_text, row.quantity_span.line,
                                           row.quantity_span.column, row.name))
    return found
