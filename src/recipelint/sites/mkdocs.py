"""MkDocs: pages and static files under ``docs/``; the title is not rendered as a heading."""

from __future__ import annotations

import re
from pathlib import Path

from recipelint.sites.base import Generator, config_text
from recipelint.sites.lookups import lookup


class MkDocs(Generator):
    def content_dirs(self, site_root: Path) -> tuple[str, ...] | None:
        return (docs_dir(site_root),)


@lookup
def docs_dir(site_root: Path) -> str:
    """``docs_dir`` of ``mkdocs.yml`` (its first folder): "docs" unless the config sets it."""
    text = config_text(site_root, MKDOCS.markers) or ""
    match = re.search(r"""^docs_dir\s*:\s*['"]?([^'"#\n]+)""", text, re.MULTILINE)
    if match and match.group(1).strip().strip("/"):
        return match.group(1).strip().strip("/").split("/")[0]
    return "docs"


MKDOCS = MkDocs(
    name="mkdocs",
    display_name="MkDocs",
    markers=("mkdocs.yml", "mkdocs.yaml"),
    static_dirs=("docs",),
    non_content_dirs=("site", "overrides"),
    # No corpus to measure: the smallest set every recipe has whatever its layout.
    required_sections=("Ingredients", "Instructions"),
    model_module="recipelint.sites.models.mkdocs",
    title_heading="none",
    renders_templates=False,
    free_form_front_matter=True,
    builtin_keys=("description", "tags", "hide", "template", "title"),
)
