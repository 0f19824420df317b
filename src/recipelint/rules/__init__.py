"""Every rule family; importing this package registers all rules.

Rule modules keep their heavy imports (pydantic, pint) inside functions, so listing
the rules stays cheap.
"""

from recipelint.rules import calories, dual_quantities, duplicate_ingredients, engine, frontmatter, headings, images, ingredient_usage, leftovers, link_targets, links, numbering, quantity_notation, sections, site_wide, table_vs_list, times  # noqa: F401
