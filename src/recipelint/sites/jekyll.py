"""Jekyll: pages anywhere in the site, served from the site root; recipes often keep
their ingredients and directions as front-matter lists; the title shown by the theme."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites.base import Address, Generator, config_text
from recipelint.sites.lookups import lookup
from recipelint.sites.pages import MARKDOWN_SUFFIXES, is_file

if TYPE_CHECKING:
    from recipelint.sites.page_facts import PageFacts


_TEMPLATE_PAGE_KEY = re.compile(r"\b(?:page|post|recipe|include\.recipe)\.([A-Za-z_]\w*)")


class Jekyll(Generator):
    # Site-root links are left alone: a page's URL depends on `permalink` settings and
    # collections in _config.yml.

    def excludes(self, site_root: Path, relative: str) -> bool:
        """Paths matched by ``exclude:`` in ``_config.yml`` (Jekyll's own patterns: a name,
        a path, or a glob)."""
        exclude = site_config(site_root).get("exclude")
        patterns = [str(item) for item in exclude if isinstance(item, (str, int))] if isinstance(exclude, list) else []
        if not patterns:
            return False
        from fnmatch import fnmatch

        parts = relative.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(fnmatch(prefix, pattern.strip("/")) for pattern in patterns for prefix in prefixes)

    def declared_keys(self, site_root: Path) -> frozenset[str]:
        """Keys set by ``defaults: - values:`` in ``_config.yml``, and ``page.x`` in layouts."""
        from recipelint.sites.census import template_keys

        keys = template_keys(site_root, ("_layouts", "_includes"), _TEMPLATE_PAGE_KEY)
        defaults = site_config(site_root).get("defaults")
        for entry in defaults if isinstance(defaults, list) else ():
            values = entry.get("values") if isinstance(entry, dict) else None
            if isinstance(values, dict):
                keys.update(str(k) for k in values)
        return frozenset(keys)

    def page_relative_target(self, site_root: Path, source: Path, path_part: str) -> Path | None:
        """``pasta.html`` beside ``pasta.md``: Jekyll writes each Markdown page as ``.html``."""
        target = Path(os.path.normpath(source.parent / path_part))
        if target.suffix.lower() not in (".html", ".htm"):
            return None
        for suffix in MARKDOWN_SUFFIXES:
            page = target.with_suffix(suffix)
            if is_file(page):
                return page
        return None

    def page_addresses(self, page: PageFacts) -> list[Address]:
        permalink = page.keys.get("permalink")
        if permalink is None:
            return []
        return [("address", "/" + permalink.value.strip("/"), permalink)]


JEKYLL = Jekyll(
    name="jekyll",
    display_name="Jekyll",
    markers=("_config.yml", "_config.yaml", "_config.toml"),
    static_dirs=(".",),
    non_content_dirs=("_site", "_layouts", "_includes", "_sass", "vendor", ".jekyll-cache"),
    # The chowdown recipes and components keep both as front-matter lists
    # (`ingredients:`, `directions:`, or `components:` for a recipe built from others)
    # that the theme renders, with only prose in the body; a non-empty front-matter
    # list counts as the section.
    required_sections=("Ingredients", "Instructions"),
    model_module="recipelint.sites.models.jekyll",
    title_heading="theme",
    renders_templates=False,
    builtin_keys=("category", "excerpt", "excerpt_separator", "render_with_liquid", "sitemap", "redirect_from", "redirect_to", "lang", "nav_order", "parent", "grand_parent", "has_children", "nav_exclude", "search_exclude"),
    front_matter_image_dirs=("images", "assets/images", "assets/img"),
)


@lookup
def site_config(site_root: Path) -> dict:
    """``_config.yml`` as data (``{}`` when it is missing, unreadable or not a mapping),
    read once per site, and not at all when it holds anchors for an alias bomb (a real
    ``_config.yml`` has a few at most)."""
    text = config_text(site_root, ("_config.yml", "_config.yaml"))
    if not text or text.count("&") > 50:
        return {}
    import yaml

    try:
        config = yaml.safe_load(text)
    except yaml.YAMLError:
        return {}
    return config if isinstance(config, dict) else {}
