"""Every rule, one module per family or topic; importing this package registers them all.

Rules give verdicts only: each reads the views of ``page/``, ``recipe/`` and ``sites/``
and yields problems. Rule modules keep their heavy imports (pydantic, pint) inside
functions, so listing the rules stays cheap.
"""

from __future__ import annotations

from recipelint.rules import (  # noqa: F401
    calories,
    dual_quantities,
    duplicate_ingredients,
    engine,
    frontmatter,
    headings,
    images,
    ingredient_usage,
    invisible,
    leftovers,
    link_targets,
    links,
    missing_unit,
    numbering,
    quantity_notation,
    sections,
    site_wide,
    table_vs_list,
    temperatures,
    times,
)
from recipelint.rules.registry import _RULES, Rule


def all_rules() -> dict[str, Rule]:
    """Every registered rule by code, in code order."""
    return dict(sorted(_RULES.items()))


def get_rule(code_or_name: str) -> Rule | None:
    """Find a rule by code (case-insensitive) or by name."""
    rules = all_rules()
    key = code_or_name.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    for candidate in rules.values():
        if candidate.name == key.lower():
            return candidate
    return None
