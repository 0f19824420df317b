"""SEC001–SEC002: the sections every recipe must have, and their order.

Which sections are required and what on the page stands for each is
:mod:`recipelint.recipe.required_sections`; these rules say where a missing one should
go and which one is out of place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem, Span
from recipelint.recipe.headings import heading_span, next_heading, show_heading
from recipelint.recipe.required_sections import RequiredSections, find_required_sections
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.rules.context import RuleContext


def _found(ctx: RuleContext) -> RequiredSections | None:
    return ctx.shared("sec-required", _find)


def _find(ctx: RuleContext) -> RequiredSections | None:
    configured = ctx.settings.required_sections
    return find_required_sections(ctx.document, configured if configured is not None else ctx.site.generator.required_sections)


@rule("SEC001", "missing-section", "warning")
def missing_section(ctx: RuleContext) -> Iterator[Problem]:
    """A section every recipe must have is missing.

    The required sections and their order come from ``required-sections`` in the
    configuration, or else from the generator: Ingredients and Instructions.
    A section counts wherever the page has it: a heading at any level or with more
    words ("### Main Ingredients"), a label paragraph (``**Ingredients:**``), or a
    front-matter list; only one that is nowhere is reported, and a page with no
    headings at all (a list and prose) is left alone. Headings match without case
    and tolerate wording:
    "Directions", "Method" and "Steps" are Instructions, "Estimated Calories &
    Sources" is the calories section (optional unless you require it), "Intro" is
    the Overview. A non-empty front-matter list ``ingredients`` (or ``components``)
    and ``directions`` / ``instructions`` / ``steps`` counts as the section, as Jekyll
    themes render it. Pages that are not recipes are skipped: Hugo ``_index.md`` list
    pages, and any page with no ingredients, instructions or calories section, no
    servings or times and no recipe lists in its front matter (an about page, a tag
    index, a blog post).

    The diagnostic sits where the section should go: on the heading it belongs
    before, at the end of the file when it belongs last, or on the first line of a
    file without headings.

    Configure::

        [tool.recipelint]
        required-sections = ["Ingredients", "Instructions", "Notes"]

    Bad::

        ## Overview
        ...
        ## Instructions

    Good::

        ## Overview
        ...
        ## Ingredients
        ...
        ## Instructions
    """
    found = _found(ctx)
    if found is None or not found.has_sections:
        return  # a page written as a list and prose, with no headings: its structure is implicit
    document = ctx.document
    for index, entry in enumerate(found.required):
        if found.sections[index] is not None or found.in_front_matter[index] or found.elsewhere[index]:
            continue
        following = next((s for s in found.sections[index + 1:] if s is not None), None)
        if following is not None:
            yield heading_span(document, following).problem(
                f"missing required section `{entry.name}` (expected before {show_heading(following)})"
            )
            continue
        preceding = next((s for s in reversed(found.sections[:index]) if s is not None), None)
        if preceding is not None:
            after = next_heading(document, preceding)
            if after is not None:
                yield heading_span(document, after).problem(
                    f"missing required section `{entry.name}` "
                    f"(expected after {show_heading(preceding)}, before {show_heading(after)})"
                )
            else:
                yield _line_span(document, _last_content_line(document)).problem(
                    f"missing required section `{entry.name}` (expected after {show_heading(preceding)}, at the end)"
                )
            continue
        yield _line_span(document, _first_body_line(document)).problem(f"missing required section `{entry.name}`")


def _line_span(document: Document, line: int) -> Span:
    """The text of a whole line, without surrounding spaces."""
    text = document.line_text(line)
    column = len(text) - len(text.lstrip()) + 1
    end_column = max(len(text.rstrip()) + 1, column + 1)
    return Span(line, column, line, end_column)


def _first_body_line(document: Document) -> int:
    first = document.body_start_line
    for line in range(first, len(document.lines) + 1):
        if document.line_text(line).strip():
            return line
    return max(1, min(first - 1, len(document.lines)))


def _last_content_line(document: Document) -> int:
    for line in range(len(document.lines), 0, -1):
        if document.line_text(line).strip():
            return line
    return 1


@rule("SEC002", "section-order", "warning")
def section_order(ctx: RuleContext) -> Iterator[Problem]:
    """A required section comes after one that should follow it.

    The order is that of ``required-sections`` (or the preset's default, see
    SEC001). Readers expect the same shape on every page: what the dish is, what
    to buy, what to do. Only the required sections are compared; others (Calories,
    Notes, Equipment) may sit anywhere.

    Bad::

        ## Instructions
        ...
        ## Ingredients

    Good::

        ## Ingredients
        ...
        ## Instructions
    """
    found = _found(ctx)
    if found is None:
        return
    present = sorted(
        ((s.heading_index, index, s) for index, s in enumerate(found.sections) if s is not None),
        key=lambda item: item[0],
    )
    for position, (_, index, section) in enumerate(present):
        later = next(((i, s) for _, i, s in present[:position] if i > index), None)
        if later is not None:
            other = later[1]
            yield heading_span(ctx.document, section).problem(
                f"section `{found.required[index].name}` should come before `{found.required[later[0]].name}` "
                f"({show_heading(other)} on line {other.line})",
            )
