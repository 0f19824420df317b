"""The prep, cook and total times a recipe states, each read as a duration.

The times rules judge the same statements; reading them once here means they agree on
which values are durations at all and on what each one means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.metadata import metadata_facts
from recipelint.recipe.times import ends_value, read_duration

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.metadata import Fact
    from recipelint.recipe.times import Duration

TIME_NAMES = {"prep": "prep time", "cook": "cook time", "total": "total time"}
"""The metadata fact keys that are times, and how messages name each."""


@dataclass(frozen=True)
class TimeFact:
    fact: Fact
    duration: Duration | None  # the whole value read as a duration, else None
    leading: Duration | None  # a duration read from the value's start


def time_facts(document: Document) -> list[TimeFact]:
    """Every stated time, front matter first, then the body in file order (built once)."""
    return document.memo("time-facts", _collect)


def _collect(document: Document) -> list[TimeFact]:
    found = []
    for fact in metadata_facts(document):
        if fact.key not in TIME_NAMES:
            continue
        leading = read_duration(fact.value)
        if leading is None:
            found.append(TimeFact(fact, None, None))
            continue
        duration, end = leading
        found.append(TimeFact(fact, duration if ends_value(fact.value, end) else None, duration))
    return found
