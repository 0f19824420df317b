"""MkDocs (and Material for MkDocs) page front matter."""

from __future__ import annotations

from pydantic import Field

from recipelint.sites.models.common import RecipeFrontMatter, Text, TextList


class MkDocsFrontMatter(RecipeFrontMatter):
    """A recipe page in an MkDocs docs/ folder; the title may come from the first heading."""

    title: Text | None = Field(default=None, description="Page title; defaults to the first heading.")
    template: Text | None = Field(default=None)
    hide: TextList | None = Field(default=None)
    icon: Text | None = Field(default=None)
    status: Text | None = Field(default=None)
    subtitle: Text | None = Field(default=None)
    authors: Text | TextList | None = Field(default=None)
    search: dict | None = Field(default=None)


MODEL = MkDocsFrontMatter
