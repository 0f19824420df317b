"""SEC008–SEC009: step headings and numbered lists whose numbers readers cannot follow.

"See step 4" must mean the fourth step a reader sees, so these rules compare the
numbers written in the file with the ones the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem
from recipelint.recipe.headings import heading_span
from recipelint.recipe.numbered_lists import marker_span, ordered_lists
from recipelint.recipe.outline import outline
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

_STEP = re.compile(r"\bstep[ \t]*(\d{1,4})(?!\d)", re.IGNORECASE)


@rule("SEC008", "step-numbering", "warning")
def step_numbering(ctx: RuleContext) -> Iterator[Problem]:
    """``### Step N`` headings do not count 1, 2, 3… (a gap, a repeat, or a wrong start).

    Sibling headings that start with ``Step`` and a number (``### Step 1: Prep``)
    must number from 1 without gaps or repeats; readers following "Step 3" expect
    it to exist. Only headings under the same parent are compared.

    Bad::

        ### Step 1: Prep
        ### Step 2: Build the Sauce
        ### Step 4: Cook the Eggs

    Good::

        ### Step 1: Prep
        ### Step 2: Build the Sauce
        ### Step 3: Cook the Eggs
    """
    document = ctx.document
    previous: dict[tuple[int | None, int], int] = {}
    for section in outline(document):
        match = _STEP.match(section.title)
        if match is None:
            continue
        number = int(match.group(1))
        key = (section.parent, section.level)
        before = previous.get(key)
        previous[key] = number
        if before is None:
            if number == 1:
                continue
            message = f"steps start at Step {number}, not Step 1"
        elif number == before + 1:
            continue
        elif number > before + 1:
            missing = f"Step {before + 1}" if number == before + 2 else f"Steps {before + 1}–{number - 1}"
            message = f"Step {number} follows Step {before}: there is no {missing}"
        elif number == before:
            message = f"Step {number} is numbered like the step before it (Step {before})"
        else:
            message = f"Step {number} follows Step {before}: steps go backwards"
        line_text = document.line_text(section.line)
        raw = _STEP.search(line_text, section.column - 1)
        if raw is not None and int(raw.group(1)) == number:
            column, end_column = raw.start() + 1, raw.end() + 1
        else:
            span = heading_span(document, section)
            column, end_column = span.column, span.end_column
        yield Problem(section.line, column, message, end_line=section.line, end_column=end_column)


class NumberingOptions(NamedTuple):
    """SEC009 options: whether each item's number is checked, not only the list's start."""

    check_item_numbers: bool = True


@rule("SEC009", "list-numbering", "warning", options=NumberingOptions)
def list_numbering(ctx: RuleContext) -> Iterator[Problem]:
    """A numbered list starts at the wrong number, or its numbers skip or repeat.

    Markdown renders an ordered list from its first number and counts on by itself,
    whatever the other items say. So:

    - a list that starts at a number other than 1 renders from that number. That is
      right when it continues the list before it in the same ``##`` section (people
      break a list for an image, a note or a ``###`` sub-heading and go on with
      ``4.``), and wrong otherwise: the page shows ``2.`` as the first step, or
      jumps from 3 to 6. Both are reported with the numbers the page shows.
    - inside one list, ``1. 2. 4. 5.`` renders as 1, 2, 3, 4: the page is numbered
      correctly, but differs from the file, and "see step 4" in the text now means
      another step. With the option ``check-item-numbers`` (default true) the first
      item where the written numbers break the count is reported. Lists numbered
      ``1. 1. 1.`` (letting Markdown count) are fine.

    Bad::

        1. Boil the pasta.
        2. Drain it.

        ![Pasta](/img/pasta.png)

        6. Toss with the sauce.

    Good::

        1. Boil the pasta.
        2. Drain it.

        ![Pasta](/img/pasta.png)

        3. Toss with the sauce.
    """
    document = ctx.document
    lists = ordered_lists(document)
    check_items = bool(ctx.options(NumberingOptions).check_item_numbers)
    for position, current in enumerate(lists):
        if not current.items:
            continue
        previous = next(
            (
                lst
                for lst in reversed(lists[:position])
                if lst.container == current.container and lst.scope == current.scope and lst.items
            ),
            None,
        )
        marker = marker_span(document, current.items[0])
        if previous is None:
            if current.start != 1:
                yield marker.problem(f"numbered list starts at {current.start}, not 1")
        elif current.start != 1:
            ended = previous.start + len(previous.items) - 1
            if current.start != ended + 1:
                first_line = previous.items[0].map[0] + 1 if previous.items[0].map else marker.line
                if current.start > ended:
                    shows = f"the page jumps from {ended} to {current.start}"
                elif current.start == ended:
                    shows = f"the page shows {ended} twice"
                else:
                    shows = f"the page goes back from {ended} to {current.start}"
                yield marker.problem(
                    f"numbered list starts at {current.start}, but the list before it (line {first_line}) ends at "
                    f"{ended}: {shows}"
                )
        if check_items and len(set(current.numbers)) > 1:
            for k in range(1, len(current.numbers)):
                written, before = current.numbers[k], current.numbers[k - 1]
                if written == before + 1:
                    continue
                shown = current.start + k
                if written == before:
                    what = "repeats the number before it"
                elif written > before:
                    what = f"follows {before}"
                else:
                    what = f"goes back after {before}"
                yield marker_span(document, current.items[k]).problem(
                    f"item numbered {written} {what}; the page shows {shown}"
                )
                break
