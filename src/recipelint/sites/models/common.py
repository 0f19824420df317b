"""Field types and the recipe fields every preset shares.

Models allow extra keys (FM008 reports unknown ones as warnings, with an allowlist) and
defer building their validators until first use, so only the preset a run needs is
ever built.
"""

from __future__ import annotations

import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Text = Annotated[str, Field(strict=True)]
"""Text the author wrote; strict so that numbers and dates are not silently turned into text."""

WholeNumber = Annotated[int, Field(strict=True)]
Date = datetime.date | datetime.datetime | Text
Servings = Annotated[int, Field(strict=True, gt=0)] | Text
Duration = Text | WholeNumber
TextList = list[Text]


class RecipeFrontMatter(BaseModel):
    """Keys recipe sites add to any generator's front matter."""

    model_config = ConfigDict(extra="allow", defer_build=True, populate_by_name=False)

    title: Text | None = Field(default=None, description="The recipe's title, shown as the page heading.")
    description: Text | None = Field(default=None, description="One or two sentences for previews and search engines.")
    tags: TextList | None = Field(default=None, description="Tags, one per `- ` line.")
    date: Date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    author: Text | TextList | None = Field(default=None)
    image: Text | None = Field(default=None, description="Cover image path (site-root or relative).")
    servings: Servings | None = Field(default=None, description="How many people it serves, e.g. 6 or \"4-6\".")
    serves: Servings | None = Field(default=None)
    yield_: Text | WholeNumber | None = Field(default=None, alias="yield")
    prep_time: Duration | None = Field(default=None, description="e.g. \"30 minutes\" or \"PT30M\".")
    cook_time: Duration | None = Field(default=None)
    total_time: Duration | None = Field(default=None)
    slug: Text | None = Field(default=None, description="URL path segment of the page.")
    keywords: TextList | None = Field(default=None)
    draft: bool | None = Field(default=None)
    ingredient_aliases: dict[Text, Text] | None = Field(
        default=None,
        description="Names the ingredient checks treat as the same, calorie-table name to ingredient-list name.",
    )
