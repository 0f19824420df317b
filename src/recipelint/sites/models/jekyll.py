"""Jekyll front matter, including recipe collections that keep lists in YAML."""

from __future__ import annotations

from pydantic import Field

from recipelint.sites.models.common import RecipeFrontMatter, Text, TextList


class JekyllFrontMatter(RecipeFrontMatter):
    """A recipe in a Jekyll collection such as _recipes/; the title defaults to the file name."""

    tags: Text | TextList | None = Field(
        default=None, description="Tags as a list, or one string (`tags: a, b`) as Jekyll allows."
    )
    layout: Text | None = Field(default=None)
    permalink: Text | None = Field(default=None)
    categories: Text | TextList | None = Field(default=None)
    published: bool | None = Field(default=None)
    imagecredit: Text | None = Field(default=None)
    ingredients: list | None = Field(default=None, description="Ingredient lines, one per `- ` item (or mappings, as some themes keep them).")
    directions: list | None = Field(default=None, description="Steps, one per `- ` item (or mappings, as some themes keep them).")
    components: TextList | None = Field(default=None, description="Other recipes this one is built from.")


MODEL = JekyllFrontMatter
