"""SEC010–SEC012: prep, cook and total times that cannot be read or cannot all be right.

Ranges and approximations are read as generously as they allow
(:meth:`recipelint.recipe.times.Duration.generous`): a reader forgives "about 30
minutes" being 35, so only values no reading can reconcile are reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.recipe.headings import plain_words
from recipelint.recipe.time_facts import TIME_NAMES, TimeFact, time_facts
from recipelint.recipe.times import format_minutes
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.recipe.times import Duration
    from recipelint.rules.context import RuleContext

_BARE_NUMBER = re.compile(r"[~≈]?\s*\d+(?:[.,]\d+)?\s*")


_LONG_DURATION = re.compile(r"\b(?:days?|weeks?|months?|years?|overnight)\b", re.IGNORECASE)


@rule("SEC010", "unparseable-time", "warning")
def unparseable_time(ctx: RuleContext) -> Iterator[Problem]:
    """A prep, cook or total time is not a duration recipelint (or a reader) can read.

    Times are read from the metadata block (``**Prep Time:** ~30 minutes``,
    ``- ⏲️ Prep time: 2 min``) and from front matter (``prep_time``, ``cookTime``,
    ``total_time``…). Accepted: ``30 min``, ``~30 minutes``, ``1 hr 15 min``,
    ``1h15``, ``1 1/2 hours``, ``1½ hrs``, ``1:15``, ``PT1H15M`` (ISO 8601), ranges
    (``20–30 min``, ``35 to 40 min``), ``about``/``~``/``≈``, ``at least 4 hours``,
    ``1 hour+``, and a note after the time (``30 min (plus 1 hour rising)``).
    A number without a unit in the body is reported (minutes? hours?); one in front
    matter is left alone, as some themes define those keys in minutes. Values without
    a number (``Overnight``, ``Simmer all day``, a ``-`` placeholder) and spans of days,
    weeks or months are left alone: they are prose, not a mistyped time. A number that
    is probably not what was meant is reported with its likely reading: ``11/2 hours``
    (1½ hours without the space) and ``1,5 hours`` (a decimal comma).

    Bad::

        - **Cook Time:** 20 minuts
        - **Prep Time:** 20
        - **Total Time:** 11/2 hours

    Good::

        - **Cook Time:** 8–10 hours
        - **Prep Time:** 20 min
    """
    for time in time_facts(ctx.document):
        fact = time.fact
        label = TIME_NAMES[fact.key]
        if time.leading is not None:
            if time.leading.suspicious:
                yield fact.span.problem(
                    f"{label} `{fact.value}` is read as {time.leading.describe()}: {time.leading.suspicious}"
                )
            continue
        if _BARE_NUMBER.fullmatch(fact.value):
            if fact.origin == "front-matter":
                continue
            message = f"{label} `{fact.value}` has no unit; write e.g. `{fact.value.strip()} min`"
        elif not any(ch.isdigit() for ch in fact.value) or _LONG_DURATION.search(fact.value):
            continue  # prose ("Overnight", "Simmer all day"), a placeholder ("-"), or days and months
        else:
            message = f"{label} `{fact.value}` is not a duration; write e.g. `30 min`, `1 hr 15 min` or `PT1H15M`"
        yield fact.span.problem(message)


@rule("SEC011", "total-time-too-short", "warning")
def total_time_too_short(ctx: RuleContext) -> Iterator[Problem]:
    """The total time is shorter than the prep time plus the cook time.

    Only checked when all three are stated and readable. Ranges and approximations
    are read as generously as they allow: the longest reading of the total (an
    approximate ``~`` value may be 25% longer, ``at least`` has no upper bound) is
    compared with the shortest readings of prep and cook (25% shorter when
    approximate), so only a total that no reading can make fit is reported.

    Bad::

        - **Prep Time:** 30 min
        - **Cook Time:** 45 min
        - **Total Time:** 1 hr

    Good::

        - **Prep Time:** 30 min
        - **Cook Time:** 45 min
        - **Total Time:** 1 hr 15 min
    """
    by_key: dict[str, list[TimeFact]] = {}
    for time in time_facts(ctx.document):
        if time.duration is not None:
            by_key.setdefault(time.fact.key, []).append(time)
    if not all(by_key.get(key) for key in ("prep", "cook", "total")):
        return
    prep = min(by_key["prep"], key=lambda t: t.duration.generous()[0])
    cook = min(by_key["cook"], key=lambda t: t.duration.generous()[0])
    needed = prep.duration.generous()[0] + cook.duration.generous()[0]
    highs = [(t.duration.generous()[1], t) for t in by_key["total"]]
    if any(high is None for high, _ in highs):
        return
    longest, total = max(highs, key=lambda item: item[0])
    if longest >= needed:
        return
    yield total.fact.span.problem(
        f"total time `{total.fact.value}` ({total.duration.describe()}) is shorter than prep time "
        f"`{prep.fact.value}` + cook time `{cook.fact.value}` ({format_minutes(prep.duration.low + cook.duration.low)})"
    )


def _overlap(a: Duration, b: Duration) -> bool:
    a_low, a_high = a.generous()
    b_low, b_high = b.generous()
    return (a_high is None or b_low <= a_high) and (b_high is None or a_low <= b_high)


@rule("SEC012", "conflicting-time", "warning")
def conflicting_time(ctx: RuleContext) -> Iterator[Problem]:
    """The same time is stated twice with values that cannot both be right.

    A prep, cook or total time given in front matter and again in the body (or twice
    under the same label in the body) must agree. Ranges and approximations are
    read generously (``~15 minutes`` is anything from about 11 to 19 minutes): only
    values whose readings cannot overlap are reported, on the later statement.
    Different labels that mean related things ("Cook time" and "Bake time") are not
    compared within the body. Servings are checked by the CAL family.

    Bad::

        ---
        prep_time: 1:15
        ---
        > - **Prep Time:** ~15 minutes

    Good::

        ---
        prep_time: 15 min
        ---
        > - **Prep Time:** ~15 minutes
    """
    # Each statement is compared with the first statement of every earlier
    # (key, origin, label) group: labels and keys are few, so this stays linear.
    firsts: dict[tuple[str, str, str], TimeFact] = {}
    for later in (t for t in time_facts(ctx.document) if t.duration is not None):
        group = (later.fact.key, later.fact.origin, plain_words(later.fact.label))
        candidates = [t for g, t in firsts.items() if g[0] == later.fact.key]
        firsts.setdefault(group, later)
        for earlier in candidates:
            same_origin = earlier.fact.origin == later.fact.origin
            if same_origin and plain_words(earlier.fact.label) != plain_words(later.fact.label):
                continue
            if _overlap(earlier.duration, later.duration):
                continue
            where = "front matter" if earlier.fact.origin == "front-matter" else "the body"
            yield later.fact.span.problem(
                f"{TIME_NAMES[later.fact.key]} `{later.fact.value}` ({later.duration.describe()}) disagrees with "
                f"`{earlier.fact.value}` ({earlier.duration.describe()}) in {where} on line {earlier.fact.line}",
            )
            break
