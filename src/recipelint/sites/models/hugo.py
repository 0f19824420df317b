"""Hugo content front matter (YAML form)."""

from __future__ import annotations

from pydantic import Field

from recipelint.sites.models.common import Date, RecipeFrontMatter, Text, TextList


class HugoFrontMatter(RecipeFrontMatter):
    """A recipe page under a Hugo site's content/ folder."""

    title: Text = Field(description="The recipe's title; Hugo shows an empty heading and empty list links without it.")

    lastmod: Date | None = Field(default=None)
    publishDate: Date | None = Field(default=None)
    expiryDate: Date | None = Field(default=None)
    categories: TextList | None = Field(default=None)
    series: TextList | None = Field(default=None)
    aliases: TextList | None = Field(default=None)
    weight: int | None = Field(default=None)
    summary: Text | None = Field(default=None)
    url: Text | None = Field(default=None)
    type: Text | None = Field(default=None)
    layout: Text | None = Field(default=None)
    linkTitle: Text | None = Field(default=None)
    images: TextList | None = Field(default=None)
    authors: Text | TextList | None = Field(default=None)


MODEL = HugoFrontMatter
