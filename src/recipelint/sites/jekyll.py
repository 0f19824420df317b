"""Jekyll: pages anywhere in the site, served from the site root; recipes often keep
their ingredients and directions as front-matter lists; the title shown by the theme."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites.base import Address, Generator
from recipelint.sites.pages import MARKDOWN_SUFFIXES, is_file

if TYPE_CHECKING:
    from recipelint.sites.page_facts import PageFacts


class Jekyll(Generator):
    # Site-root links are left alone: a page's URL depends on `permalink` settings and
    # collections in _config.yml.

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
