"""Jekyll: pages anywhere in the site, served from the site root; recipes often keep
their ingredients and directions as front-matter lists; the title shown by the theme."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites.base import Address, Generator
from recipelint.sites.pages import MARKDOWN_SUFFIXES, is_file

if TYPE_CHECKING:
    from recipelint.sites.page_facts import PageFacts


class Jekyll(Generator):
    # Site-root links are left alone: a page's URL depends on `permalink` settings and
    # collections in _config.yml.

    def excludes(self, site_root: Path, relative: str) -> bool:
        """Paths matched by ``exclude:`` in ``_config.yml`` (Jekyll's own patterns: a name,
        a path, or a glob)."""
        patterns = _excluded_patterns(site_root)
        if not patterns:
            return False
        from fnmatch import fnmatch

        parts = relative.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(fnmatch(prefix, pattern.strip("/")) for pattern in patterns for prefix in prefixes)

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


@cache
def _excluded_patterns(site_root: Path) -> tuple[str, ...]:
    path = site_root / "_config.yml"
    try:
        with path.open("rb") as handle:
            text = handle.read(262_144).decode("utf-8", errors="replace")
    except OSError:
        return ()
    if text.count("&") > 50:  # anchors for an alias bomb; a real _config.yml has a few at most
        return ()
    import yaml

    try:
        config = yaml.safe_load(text)
    except yaml.YAMLError:
        return ()
    exclude = config.get("exclude") if isinstance(config, dict) else None
    return tuple(str(item) for item in exclude if isinstance(item, (str, int))) if isinstance(exclude, list) else ()
