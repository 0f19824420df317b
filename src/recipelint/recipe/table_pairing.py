"""Which ingredient line each calorie-table row counts.

ING001–ING003 all start from the same one-to-one pairing of table rows with named
list lines: names are scored by ``recipe.matching``, helped by aliases from the
configuration and from the recipe's own front matter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.calories import calorie_table
from recipelint.recipe.compound_names import name_parts
from recipelint.recipe.ingredients import ingredient_lines
from recipelint.recipe.matching import assign

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.calories import CalorieRow
    from recipelint.recipe.ingredients import Ingredient


@dataclass(frozen=True)
class TablePairing:
    """Calorie rows and named ingredient lines, and which line each matched row names."""

    rows: list[CalorieRow]
    lines: list[Ingredient]
    row_to_line: dict[int, int]


def recipe_aliases(document: Document) -> dict[str, str]:
    """The recipe's own ``ingredient_aliases:`` mapping (table name -> list name)."""
    aliases = document.front_matter_data.get("ingredient_aliases")
    if not isinstance(aliases, dict):
        return {}
    return {str(k): str(v) for k, v in aliases.items() if isinstance(v, (str, int, float))}


def pair_table_with_list(document: Document, aliases: Mapping[str, str]) -> TablePairing | None:
    """Calorie rows paired with named ingredient lines (None without both)."""
    table = calorie_table(document)
    lines = [line for line in ingredient_lines(document) if line.name]
    if table is None or not table.rows or not lines:
        return None
    # A line naming two things ("Salt & Pepper") may match a row for each.
    parts: list[str] = []
    owners: list[int] = []
    for index, line in enumerate(lines):
        names = [line.name]
        pieces = name_parts(line.name)
        if len(pieces) > 1:
            names.extend(pieces)
        for name in names:
            parts.append(name)
            owners.append(index)
    pairs = assign([row.name for row in table.rows], parts, aliases)
    return TablePairing(table.rows, lines, {pair.left: owners[pair.right] for pair in pairs})
