"""SEC003–SEC007: headings that render badly.

An empty section, a skipped level, a second h1, a repeated sibling, trailing
punctuation: each shows in the table of contents or the anchors, not just the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.recipe.front_matter_values import front_matter_title
from recipelint.recipe.headings import (
    heading_span,
    next_heading,
    plain_words,
    show_heading,
)
from recipelint.recipe.outline import outline
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.outline import Section
    from recipelint.rules.context import RuleContext

_COMMENT = re.compile(r"\s*(?:<!--.*?-->\s*)+", re.DOTALL)


@rule("SEC003", "empty-section", "info")
def empty_section(ctx: RuleContext) -> Iterator[Problem]:
    """A heading has nothing under it before the next heading of the same or higher level.

    An empty section is usually a forgotten paste or a heading left from a template.
    A heading followed by deeper headings (``## Ingredients`` then ``### Produce``)
    is not empty; HTML comments alone do not count as content. An ``info``: some
    sites keep a placeholder heading on every page on purpose (``## Comments``).

    Bad::

        ## Notes

        ## Ingredients

    Good::

        ## Notes

        - Keeps three days in the fridge.

        ## Ingredients
    """
    tokens = ctx.document.tokens
    for section in outline(ctx.document):
        body = tokens[section.body_start:section.body_end]
        if all(t.type == "html_block" and _COMMENT.fullmatch(t.content) for t in body):
            nxt = next_heading(ctx.document, section)
            where = f"before {show_heading(nxt)}" if nxt is not None else "at the end of the file"
            yield heading_span(ctx.document, section).problem(f"section {show_heading(section)} is empty ({where})")


@rule("SEC004", "heading-level-jump", "info")
def heading_level_jump(ctx: RuleContext) -> Iterator[Problem]:
    """A heading is more than one level deeper than the heading before it.

    ``##`` followed by ``####`` skips a level: the outline (table of contents,
    screen readers' heading navigation) shows a child without a parent. When the
    front matter has a ``title``, the site renders it as the page's h1, so the first
    heading may be ``##`` but not ``###``.

    Bad::

        ## Instructions
        #### Step 1: Prep

    Good::

        ## Instructions
        ### Step 1: Prep
    """
    previous = 1 if front_matter_title(ctx.document) else None
    for section in outline(ctx.document):
        if previous is not None and section.level > previous + 1:
            origin = "the title (h1)" if previous == 1 and section is outline(ctx.document)[0] else f"h{previous}"
            yield heading_span(ctx.document, section).problem(
                f"heading level jumps from {origin} to h{section.level}; use `{'#' * (previous + 1)}`",
            )
        previous = section.level


def _at_top(document: Document, section: Section) -> bool:
    """Whether nothing but the front matter and comments comes before the heading."""
    return all(
        t.type == "front_matter" or (t.type == "html_block" and _COMMENT.fullmatch(t.content))
        for t in document.tokens[: section.heading_index]
    )


@rule("SEC005", "extra-h1", "warning")
def extra_h1(ctx: RuleContext) -> Iterator[Problem]:
    """The page gets more than one h1: several ``#`` headings, or one besides the rendered title.

    A page has one h1, its title. How the title is rendered depends on the site:

    - Docusaurus renders the front-matter ``title`` as the h1 unless the file starts
      with its own ``#`` heading; a ``#`` heading further down (after the cover
      image, say) then makes a second h1 (not reported with ``hide_title: true``);
    - MkDocs (Material) shows ``title`` only when the page has no h1 of its own, so
      only several ``#`` headings are reported;
    - Hugo and Jekyll themes print ``title`` themselves; a ``#`` heading with the same
      text as ``title`` shows the title twice. A ``#`` heading with other text is not
      reported (themes differ), unless there are several.

    Bad (Docusaurus, ``title: Banana Bread``)::

        ![Cover](/img/banana_bread/cover.png)

        # Banana Bread

    Good::

        ![Cover](/img/banana_bread/cover.png)

        ## Overview
    """
    document = ctx.document
    h1s = [s for s in outline(document) if s.level == 1]
    if not h1s:
        return
    title = front_matter_title(document)
    generator = ctx.site.generator
    reported: set[int] = set()
    hidden = document.front_matter_data.get("hide_title") is True
    if title and generator.title_heading == "rendered" and not hidden and not _at_top(document, h1s[0]):
        for section in h1s:
            reported.add(section.heading_index)
            yield heading_span(document, section).problem(
                f"{generator.display_name} already renders the front-matter title `{title}` as the page's h1; "
                f"this `#` heading makes another (use `##`)",
            )
        return
    if title and generator.title_heading == "theme" and "layout" not in document.front_matter_data:
        # A page that picks its own layout may not show the title at all.
        for section in h1s:
            if plain_words(section.title) == plain_words(title):
                reported.add(section.heading_index)
                yield heading_span(document, section).problem(
                    f"`# {section.title}` repeats the front-matter title, which the {generator.display_name} theme "
                    "already shows as the page's h1",
                )
    first = h1s[0]
    for section in h1s[1:]:
        if section.heading_index not in reported:
            yield heading_span(document, section).problem(
                f"more than one h1: {show_heading(first)} is on line {first.line}; use `##`"
            )


@rule("SEC006", "duplicate-heading", "warning")
def duplicate_heading(ctx: RuleContext) -> Iterator[Problem]:
    """Two sibling headings have the same text.

    Headings under the same parent with the same text get the same anchor (the
    second one silently becomes ``#sauce-1``), links to them go to the first, and
    readers cannot tell them apart in the table of contents. Headings of the same
    text in different sections (``### For the sauce`` under both Ingredients and
    Instructions) are fine. Compared without case and punctuation.

    Bad::

        ## Notes
        ...
        ## Notes

    Good::

        ## Notes
        ...
        ## Storage
    """
    seen: dict[tuple[int | None, int, str], Section] = {}
    for section in outline(ctx.document):
        key = (section.parent, section.level, plain_words(section.title))
        if not key[2]:
            continue
        first = seen.setdefault(key, section)
        if first is not section:
            yield heading_span(ctx.document, section).problem(
                f"duplicate heading {show_heading(section)}: same text as line {first.line}"
            )


class PunctuationOptions(NamedTuple):
    """SEC007 options: the characters a heading may not end with."""

    punctuation: str = ".,;:"


@rule("SEC007", "heading-punctuation", "info", fix="safe", options=PunctuationOptions)
def heading_punctuation(ctx: RuleContext) -> Iterator[Problem]:
    """A heading ends with punctuation such as ``:`` or ``.``.

    Headings are titles, not sentences: ``## Ingredients:`` renders with a stray
    colon and its anchor differs from what other pages link to. The characters
    checked are the option ``punctuation`` (default ``.,;:``; ``?`` and ``!`` are
    allowed, "How long should pasta cook?" is a fine heading). An ellipsis
    (``...``) is not reported. The fix deletes the punctuation.

    Configure::

        [tool.recipelint.rules.SEC007]
        punctuation = ".,;:!"

    Bad::

        ## Ingredients:

    Good::

        ## Ingredients
    """
    marks = set(str(ctx.options(PunctuationOptions).punctuation))
    document = ctx.document
    tokens = document.tokens
    for section in outline(document):
        if "\n" in tokens[section.heading_index + 1].content:
            continue  # a setext heading over several lines: its end is not on this line
        text = document.line_text(section.line)
        end = section.end_column - 1  # 0-based exclusive end of the heading text
        start = end
        while start > section.column - 1 and text[start - 1] in marks:
            start -= 1
        if start == end or start == section.column - 1:
            continue
        run = text[start:end]
        if run.endswith("..") or "…" in run:
            continue
        # Trailing spaces before the punctuation go too: "## Notes :" -> "## Notes".
        cut = start
        while cut > section.column - 1 and text[cut - 1] in " \t":
            cut -= 1
        fix = Fix(FixSafety.SAFE, (Edit(section.line, cut + 1, section.line, end + 1, ""),), f"remove `{run}`")
        yield Problem(
            section.line,
            start + 1,
            f"heading {show_heading(section)} ends with `{run}`",
            end_line=section.line,
            end_column=end + 1,
            fix=fix,
        )
