"""Every amount a recipe writes down, and where it stands in the file.

Ingredient lines and the calorie table's Quantity cells both state amounts; rules
that judge an amount on its own (its alternate, its unit) treat both alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.recipe.calories import calorie_table
from recipelint.recipe.ingredients import ingredient_lines

if TYPE_CHECKING:
    from recipelint.page.document import Document
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

    def text_span(self, start: int, end: int) -> Span:
        """``text[start:end]`` in the file."""
        return Span(self.line, self.column + start, self.line, self.column + end)

    @property
    def span(self) -> Span:
        """The whole amount, alternates included."""
        return self.text_span(self.amount.start, self.amount.end)


def written_amounts(document: Document) -> list[WrittenAmount]:
    """The amounts of the ingredient list, then those of the calorie table's Quantity cells
    (built once per document)."""
    return document.memo("written-amounts", _collect)


def _collect(document: Document) -> list[WrittenAmount]:
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
            amount = row.amount
            if amount is not None:
                found.append(WrittenAmount(amount, row.quantity_text, row.quantity_span.line,
                                           row.quantity_span.column, row.name))
    return found
