"""Every rule family; importing this package registers all rules.

Rule modules keep their heavy imports (pydantic, pint) inside functions, so listing
the rules stays cheap.
"""

from recipelint.rules import calories, engine, frontmatter, images, ingredients, link_targets, links, sections, site_wide  # noqa: F401
