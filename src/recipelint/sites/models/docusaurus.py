"""Docusaurus docs front matter, the seed site's format."""

from __future__ import annotations

from pydantic import Field

from recipelint.sites.models.common import RecipeFrontMatter, Text, TextList


class DocusaurusFrontMatter(RecipeFrontMatter):
    """A recipe page in a Docusaurus docs folder."""

    id: Text | None = Field(default=None, description="Document id; defaults to the file name. No slashes.")
    sidebar_position: int | float | None = Field(default=None)
    sidebar_label: Text | None = Field(default=None)
    sidebar_class_name: Text | None = Field(default=None)
    pagination_label: Text | None = Field(default=None)
    hide_title: bool | None = Field(default=None)
    hide_table_of_contents: bool | None = Field(default=None)
    toc_min_heading_level: int | None = Field(default=None)
    toc_max_heading_level: int | None = Field(default=None)
    displayed_sidebar: Text | None = Field(default=None)
    pagination_next: Text | None = Field(default=None)
    pagination_prev: Text | None = Field(default=None)
    parse_number_prefixes: bool | None = Field(default=None)
    custom_edit_url: Text | None = Field(default=None)
    unlisted: bool | None = Field(default=None)
    last_update: dict | None = Field(default=None)
    authors: Text | TextList | None = Field(default=None)


MODEL = DocusaurusFrontMatter
