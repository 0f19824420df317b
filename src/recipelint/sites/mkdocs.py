"""MkDocs: pages and static files under ``docs/``; the title is not rendered as a heading."""

from __future__ import annotations

from recipelint.sites.base import Generator

MKDOCS = Generator(
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
    builtin_keys=("description", "tags", "hide", "template", "title"),
)
