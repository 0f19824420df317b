"""SEC: sections and structure — required sections, headings, step numbering, times, leftovers.

Everything here walks the Document's markdown-it tokens through the shared outline
(:mod:`recipelint.recipe.outline`) and metadata facts (:mod:`recipelint.recipe.metadata`);
nothing re-parses the file. Diagnostics point at the heading text, the list marker or
the value they are about.

Per-preset required sections (``required-sections`` overrides them), measured on real
sites so that correct recipes pass:

- ``docusaurus``: Overview, Ingredients, Instructions — the seed format;
- ``hugo``: Ingredients, Instructions — all 349 based-cooking recipes have
  ``## Ingredients`` and ``## Directions`` (which count as Instructions), none has an
  Overview heading: the intro is plain prose under the title. Requiring Overview
  would put a false error on every page;
- ``jekyll``: Ingredients, Instructions — the 29 chowdown recipes and components keep
  both as front-matter lists (``ingredients:``, ``directions:``, or ``components:``
  for a recipe built from others) that the theme renders, with only prose in the
  body; a non-empty front-matter list counts as the section;
- ``mkdocs``: Ingredients, Instructions — no corpus to measure, so the smallest set
  that every recipe has whatever its layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.inline import backtick_run_end, code_span_end
from recipelint.registry import rule

if TYPE_CHECKING:
    from markdown_it.token import Token

    from recipelint.context import RuleContext
    from recipelint.document import Document
    from recipelint.recipe.metadata import Fact
    from recipelint.recipe.outline import Section
    from recipelint.recipe.times import Duration

DEFAULT_REQUIRED_SECTIONS: dict[str, tuple[str, ...]] = {
    "docusaurus": ("Overview", "Ingredients", "Instructions"),
    "hugo": ("Ingredients", "Instructions"),
    "jekyll": ("Ingredients", "Instructions"),
    "mkdocs": ("Ingredients", "Instructions"),
}
"""The sections every recipe must have, in order, when ``required-sections`` is not set."""

# Front-matter keys whose non-empty value stands for a section of that kind.
_FRONT_MATTER_SECTIONS = {
    "ingredients": ("ingredients", "recipeingredient", "components"),
    "instructions": ("directions", "instructions", "steps", "method", "recipeinstructions"),
}
# Pages that are not recipes: Hugo section list pages.
_NOT_RECIPES = ("_index.md", "_index.mdx")

_NOT_WORD = re.compile(r"[^\w]+")
_STEP = re.compile(r"\bstep[ \t]*(\d{1,4})(?!\d)", re.IGNORECASE)
_TIME_KEYS = {"prep": "prep time", "cook": "cook time", "total": "total time"}
_BARE_NUMBER = re.compile(r"[~≈]?\s*\d+(?:[.,]\d+)?\s*")


# -- shared helpers ------------------------------------------------------------------


def _front_matter_data(document: Document) -> dict[str, Any]:
    yaml_document = document.yaml
    if yaml_document is None or yaml_document.error is not None or not isinstance(yaml_document.data, dict):
        return {}
    return yaml_document.data


def _front_matter_title(document: Document) -> str | None:
    title = _front_matter_data(document).get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def _normalise(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _sections(document: Document) -> list[Section]:
    from recipelint.recipe.outline import outline

    return outline(document)


def _heading_span(document: Document, section: Section) -> tuple[int, int, int]:
    """(line, column, end column) of a heading: its ``#`` marks and text."""
    text = document.line_text(section.line)
    if section.setext:
        return section.line, section.column, section.end_column
    start = text.find("#") + 1
    if start <= 0 or start > section.column:
        start = section.column
    return section.line, start, max(section.end_column, start + 1)


def _heading_problem(document: Document, section: Section, message: str, fix: Fix | None = None) -> Problem:
    line, column, end_column = _heading_span(document, section)
    return Problem(line, column, message, end_line=line, end_column=end_column, fix=fix)


def _line_problem(document: Document, line: int, message: str) -> Problem:
    """A problem spanning the text of a whole line (without surrounding spaces)."""
    text = document.line_text(line)
    column = len(text) - len(text.lstrip()) + 1
    end_column = max(len(text.rstrip()) + 1, column + 1)
    return Problem(line, column, message, end_line=line, end_column=end_column)


def _show_heading(section: Section) -> str:
    if section.setext:
        return f"`{section.title}`"
    return f"`{'#' * section.level} {section.title}`"


# -- required sections (SEC001, SEC002) -----------------------------------------------


@dataclass(frozen=True)
class _Required:
    name: str  # as configured, for messages
    kind: str | None  # the outline kind it stands for, or None: matched by title
    key: str  # normalised title

    def matches(self, section: Section) -> bool:
        if self.kind is not None:
            return section.kind == self.kind
        return _normalise(section.title) == self.key


def _required(ctx: RuleContext) -> list[_Required]:
    from recipelint.recipe.outline import section_kind

    configured = ctx.settings.required_sections
    names = configured if configured is not None else DEFAULT_REQUIRED_SECTIONS.get(ctx.site.preset, ())
    return [_Required(name, section_kind(name), _normalise(name)) for name in names if name.strip()]


@dataclass(frozen=True)
class _Found:
    required: list[_Required]
    sections: list[Section | None]  # per required entry: the heading found, or None
    in_front_matter: list[bool]


def _found(ctx: RuleContext) -> _Found | None:
    return ctx.shared("sec-required", _find_required)


def _find_required(ctx: RuleContext) -> _Found | None:
    document = ctx.document
    from recipelint.recipe.outline import looks_like_recipe

    name = (document.path or "").rsplit("/", 1)[-1]
    if name in _NOT_RECIPES or not looks_like_recipe(document):
        return None
    required = _required(ctx)
    sections = _sections(document)
    data = _front_matter_data(document)
    keys = {str(k).lower().replace("_", "").replace("-", ""): v for k, v in data.items()}
    found: list[Section | None] = []
    front: list[bool] = []
    for entry in required:
        found.append(next((s for s in sections if entry.matches(s)), None))
        front.append(any(keys.get(k) for k in _FRONT_MATTER_SECTIONS.get(entry.kind or "", ())))
    return _Found(required, found, front)


@rule("SEC001", "missing-section", "error")
def missing_section(ctx: RuleContext) -> Iterator[Problem]:
    """A section every recipe must have is missing.

    The required sections and their order come from ``required-sections`` in the
    configuration, or else from the preset: Docusaurus (the seed format) needs
    Overview, Ingredients and Instructions; Hugo, Jekyll and MkDocs need Ingredients
    and Instructions. Headings match without case and tolerate wording:
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
    if found is None:
        return
    document = ctx.document
    for index, entry in enumerate(found.required):
        if found.sections[index] is not None or found.in_front_matter[index]:
            continue
        following = next((s for s in found.sections[index + 1:] if s is not None), None)
        if following is not None:
            yield _heading_problem(
                document, following, f"missing required section `{entry.name}` (expected before {_show_heading(following)})"
            )
            continue
        preceding = next((s for s in reversed(found.sections[:index]) if s is not None), None)
        if preceding is not None:
            after = _next_heading_after(document, preceding)
            if after is not None:
                yield _heading_problem(
                    document, after, f"missing required section `{entry.name}` (expected after {_show_heading(preceding)}, before {_show_heading(after)})"
                )
            else:
                yield _line_problem(
                    document, _last_content_line(document), f"missing required section `{entry.name}` (expected after {_show_heading(preceding)}, at the end)"
                )
            continue
        yield _line_problem(document, _first_body_line(document), f"missing required section `{entry.name}`")


def _next_heading_after(document: Document, section: Section) -> Section | None:
    """The heading that ends ``section`` (same or higher level), if any."""
    return next((s for s in _sections(document) if s.heading_index == section.body_end), None)


def _first_body_line(document: Document) -> int:
    first = document.front_matter.end_line + 1 if document.front_matter and document.front_matter.closed else 1
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
            yield _heading_problem(
                ctx.document,
                section,
                f"section `{found.required[index].name}` should come before `{found.required[later[0]].name}` "
                f"({_show_heading(other)} on line {other.line})",
            )


# -- headings (SEC003–SEC007) --------------------------------------------------------


_COMMENT = re.compile(r"\s*(?:<!--.*?-->\s*)+", re.S)


@rule("SEC003", "empty-section", "warning")
def empty_section(ctx: RuleContext) -> Iterator[Problem]:
    """A heading has nothing under it before the next heading of the same or higher level.

    An empty section is usually a forgotten paste or a heading left from a template.
    A heading followed by deeper headings (``## Ingredients`` then ``### Produce``)
    is not empty; HTML comments alone do not count as content.

    Bad::

        ## Notes

        ## Ingredients

    Good::

        ## Notes

        - Keeps three days in the fridge.

        ## Ingredients
    """
    tokens = ctx.document.tokens
    for section in _sections(ctx.document):
        body = tokens[section.body_start:section.body_end]
        if all(t.type == "html_block" and _COMMENT.fullmatch(t.content) for t in body):
            nxt = _next_heading_after(ctx.document, section)
            where = f"before {_show_heading(nxt)}" if nxt is not None else "at the end of the file"
            yield _heading_problem(ctx.document, section, f"section {_show_heading(section)} is empty ({where})")


@rule("SEC004", "heading-level-jump", "warning")
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
    previous = 1 if _front_matter_title(ctx.document) else None
    for section in _sections(ctx.document):
        if previous is not None and section.level > previous + 1:
            origin = "the title (h1)" if previous == 1 and section is _sections(ctx.document)[0] else f"h{previous}"
            yield _heading_problem(
                ctx.document,
                section,
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
    h1s = [s for s in _sections(document) if s.level == 1]
    if not h1s:
        return
    title = _front_matter_title(document)
    preset = ctx.site.preset
    reported: set[int] = set()
    hidden = _front_matter_data(document).get("hide_title") is True
    if title and preset == "docusaurus" and not hidden and not _at_top(document, h1s[0]):
        for section in h1s:
            reported.add(section.heading_index)
            yield _heading_problem(
                document,
                section,
                f"Docusaurus already renders the front-matter title `{title}` as the page's h1; "
                f"this `#` heading makes another (use `##`)",
            )
        return
    if title and preset in ("hugo", "jekyll"):
        for section in h1s:
            if _normalise(section.title) == _normalise(title):
                reported.add(section.heading_index)
                yield _heading_problem(
                    document,
                    section,
                    f"`# {section.title}` repeats the front-matter title, which the {preset.capitalize()} theme "
                    "already shows as the page's h1",
                )
    first = h1s[0]
    for section in h1s[1:]:
        if section.heading_index not in reported:
            yield _heading_problem(
                document, section, f"more than one h1: {_show_heading(first)} is on line {first.line}; use `##`"
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
    for section in _sections(ctx.document):
        key = (section.parent, section.level, _normalise(section.title))
        if not key[2]:
            continue
        first = seen.setdefault(key, section)
        if first is not section:
            yield _heading_problem(
                ctx.document, section, f"duplicate heading {_show_heading(section)}: same text as line {first.line}"
            )


@rule("SEC007", "heading-punctuation", "warning", fix="safe", options={"punctuation": ".,;:"})
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
    marks = set(str(ctx.option("punctuation")))
    document = ctx.document
    tokens = document.tokens
    for section in _sections(document):
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
            f"heading {_show_heading(section)} ends with `{run}`",
            end_line=section.line,
            end_column=end + 1,
            fix=fix,
        )


# -- numbering (SEC008, SEC009) ------------------------------------------------------


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
    for section in _sections(document):
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
            _, column, end_column = _heading_span(document, section)
        yield Problem(section.line, column, message, end_line=section.line, end_column=end_column)


@dataclass(frozen=True)
class _OrderedList:
    index: int  # of the ordered_list_open token
    start: int
    numbers: tuple[int, ...]
    items: tuple[Token, ...]
    container: int | None  # index of the enclosing list_item_open / blockquote_open
    scope: int  # heading_index of the enclosing level-1/2 section, -1 before any


def _ordered_lists(document: Document) -> list[_OrderedList]:
    return document.memo("sec-ordered-lists", _collect_ordered_lists)


def _collect_ordered_lists(document: Document) -> list[_OrderedList]:
    tokens = document.tokens
    found: list[_OrderedList] = []
    containers: list[int] = []
    open_lists: list[tuple[int, list[Token]]] = []
    scope = -1
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open" and token.tag in ("h1", "h2") and not containers:
            scope = index
        elif kind == "ordered_list_open":
            open_lists.append((index, []))
        elif kind == "list_item_open":
            if open_lists and tokens[open_lists[-1][0]].level == token.level - 1:
                open_lists[-1][1].append(token)
            containers.append(index)
        elif kind == "blockquote_open":
            containers.append(index)
        elif kind in ("list_item_close", "blockquote_close"):
            if containers:
                containers.pop()
        elif kind == "ordered_list_close" and open_lists:
            opened, items = open_lists.pop()
            numbers = tuple(_item_number(item) for item in items)
            start = _item_number(items[0]) if items else 1
            found.append(_OrderedList(opened, start, numbers, tuple(items), containers[-1] if containers else None, scope))
    found.sort(key=lambda lst: lst.index)
    return found


def _item_number(item: Token) -> int:
    try:
        return int(item.info)
    except (TypeError, ValueError):
        return 1


def _marker_span(document: Document, item: Token) -> tuple[int, int, int]:
    """(line, column, end column) of a list item's number and delimiter (``4.``)."""
    line = item.map[0] + 1 if item.map else 1
    text = document.line_text(line)
    match = re.compile(rf"(?<!\d){re.escape(item.info)}{re.escape(item.markup)}").search(text)
    if match is None:
        stripped = len(text) - len(text.lstrip(" \t>")) + 1
        return line, stripped, stripped + 1
    return line, match.start() + 1, match.end() + 1


@rule("SEC009", "list-numbering", "warning", options={"check-item-numbers": True})
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
    lists = _ordered_lists(document)
    check_items = bool(ctx.option("check-item-numbers"))
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
        line, column, end_column = _marker_span(document, current.items[0])
        if previous is None:
            if current.start != 1:
                yield Problem(
                    line, column, f"numbered list starts at {current.start}, not 1", end_line=line, end_column=end_column
                )
        elif current.start != 1:
            ended = previous.start + len(previous.items) - 1
            if current.start != ended + 1:
                first_line = previous.items[0].map[0] + 1 if previous.items[0].map else line
                if current.start > ended:
                    shows = f"the page jumps from {ended} to {current.start}"
                elif current.start == ended:
                    shows = f"the page shows {ended} twice"
                else:
                    shows = f"the page goes back from {ended} to {current.start}"
                yield Problem(
                    line,
                    column,
                    f"numbered list starts at {current.start}, but the list before it (line {first_line}) ends at "
                    f"{ended}: {shows}",
                    end_line=line,
                    end_column=end_column,
                )
        if check_items and len(set(current.numbers)) > 1:
            for k in range(1, len(current.numbers)):
                written, before = current.numbers[k], current.numbers[k - 1]
                if written == before + 1:
                    continue
                shown = current.start + k
                item_line, item_column, item_end = _marker_span(document, current.items[k])
                if written == before:
                    what = "repeats the number before it"
                elif written > before:
                    what = f"follows {before}"
                else:
                    what = f"goes back after {before}"
                yield Problem(
                    item_line,
                    item_column,
                    f"item numbered {written} {what}; the page shows {shown}",
                    end_line=item_line,
                    end_column=item_end,
                )
                break


# -- times (SEC010–SEC012) -----------------------------------------------------------


@dataclass(frozen=True)
class _Time:
    fact: Fact
    duration: Duration | None  # the whole value read as a duration, else None
    leading: Duration | None  # a duration read from the value's start


def _times(ctx: RuleContext) -> list[_Time]:
    return ctx.shared("sec-times", _collect_times)


def _collect_times(ctx: RuleContext) -> list[_Time]:
    from recipelint.recipe.metadata import metadata_facts
    from recipelint.recipe.times import parse_duration, read_duration

    found = []
    for fact in metadata_facts(ctx.document):
        if fact.key not in _TIME_KEYS:
            continue
        leading = read_duration(fact.value)
        found.append(_Time(fact, parse_duration(fact.value), leading[0] if leading else None))
    return found


def _fact_problem(fact: Fact, message: str) -> Problem:
    return Problem(fact.line, fact.column, message, end_line=fact.end_line, end_column=fact.end_column)


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
    matter is left alone, as some themes define those keys in minutes.

    Bad::

        - **Cook Time:** Simmer all day
        - **Prep Time:** 20

    Good::

        - **Cook Time:** 8–10 hours
        - **Prep Time:** 20 min
    """
    for time in _times(ctx):
        if time.leading is not None:
            continue
        fact = time.fact
        label = _TIME_KEYS[fact.key]
        if _BARE_NUMBER.fullmatch(fact.value):
            if fact.origin == "front-matter":
                continue
            message = f"{label} `{fact.value}` has no unit; write e.g. `{fact.value.strip()} min`"
        else:
            message = f"{label} `{fact.value}` is not a duration; write e.g. `30 min`, `1 hr 15 min` or `PT1H15M`"
        yield _fact_problem(fact, message)


def _describe(time: _Time) -> str:
    assert time.duration is not None
    return f"`{time.fact.value}`"


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
    from recipelint.recipe.times import format_minutes

    by_key: dict[str, list[_Time]] = {}
    for time in _times(ctx):
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
    yield _fact_problem(
        total.fact,
        f"total time {_describe(total)} ({total.duration.describe()}) is shorter than prep time {_describe(prep)} "
        f"+ cook time {_describe(cook)} ({format_minutes(prep.duration.low + cook.duration.low)})",
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
    firsts: dict[tuple[str, str, str], _Time] = {}
    for later in (t for t in _times(ctx) if t.duration is not None):
        group = (later.fact.key, later.fact.origin, _normalise(later.fact.label))
        candidates = [t for g, t in firsts.items() if g[0] == later.fact.key]
        firsts.setdefault(group, later)
        for earlier in candidates:
            same_origin = earlier.fact.origin == later.fact.origin
            if same_origin and _normalise(earlier.fact.label) != _normalise(later.fact.label):
                continue
            if _overlap(earlier.duration, later.duration):
                continue
            where = "front matter" if earlier.fact.origin == "front-matter" else "the body"
            yield _fact_problem(
                later.fact,
                f"{_TIME_KEYS[later.fact.key]} `{later.fact.value}` ({later.duration.describe()}) disagrees with "
                f"`{earlier.fact.value}` ({earlier.duration.describe()}) in {where} on line {earlier.fact.line}",
            )
            break


# -- leftovers (SEC013) --------------------------------------------------------------

_LEFTOVER_PATTERNS = (
    (re.compile(r":?contentReference\[oaicite:\d+\](?:\{index=\d+\})?"), "a ChatGPT citation marker"),
    (re.compile(r"\[oaicite:\d+\](?:\{index=\d+\})?"), "a ChatGPT citation marker"),
    (re.compile(r"【[^【】\n]{0,40}†[^【】\n]{0,40}】"), "a ChatGPT citation marker"),
    (re.compile(r"\ue200[^\ue200\ue201\n]{0,120}\ue201|[\ue200-\ue203]"), "a ChatGPT citation marker"),
    (re.compile(r"\blorem ipsum\b", re.IGNORECASE), "placeholder text"),
)
_TEMPLATE = re.compile(r"\{\{(?![<%])[^{}\n]{0,200}?(?<![>%])\}\}")
_CODE_OR_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _masked(text: str) -> str:
    """``text`` with code spans and HTML comments blanked out (same length)."""
    chars = list(text)
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\\" and i + 1 < n:
            i += 2
            continue
        if text[i] != "`":
            i += 1
            continue
        closed = code_span_end(text, i)
        if closed is None:
            i = backtick_run_end(text, i)
            continue
        chars[i:closed] = " " * (closed - i)
        i = closed
    masked = "".join(chars)
    for match in _CODE_OR_COMMENT.finditer(masked):
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


def _prose_blocks(document: Document) -> Iterator[tuple[int, int]]:
    """(first, last) 1-based lines of each paragraph, heading and table."""
    tokens = document.tokens
    for token in tokens:
        if token.type in ("paragraph_open", "heading_open", "table_open") and token.map:
            yield token.map[0] + 1, token.map[1]


@rule("SEC013", "leftover-markup", "warning", options={"placeholders": ["TODO", "TBD", "FIXME"]})
def leftover_markup(ctx: RuleContext) -> Iterator[Problem]:
    """Text left over from a tool or a draft shows on the page.

    Reported in prose (paragraphs, headings, tables; never in code spans, code
    blocks or HTML comments):

    - citation markers pasted from ChatGPT: ``:contentReference[oaicite:0]{index=0}``,
      ``【4:0†source】`` and the private-use characters around ``cite…turn0search0``;
    - draft placeholders, as whole upper-case words: option ``placeholders``
      (default ``TODO``, ``TBD``, ``FIXME``), and ``lorem ipsum``;
    - template syntax that the site will not expand: ``{{ servings }}`` on
      Docusaurus and Hugo. Hugo shortcodes (``{{< figure >}}``, ``{{% note %}}``)
      are fine, and on Jekyll and MkDocs ``{{ … }}`` is Liquid / macros and is left
      alone.

    Bad::

        Toast the spices first :contentReference[oaicite:3]{index=3}.
        Bake for TODO minutes.

    Good::

        Toast the spices first.
        Bake for 25 minutes.
    """
    document = ctx.document
    words = [str(w) for w in ctx.option("placeholders") if str(w).strip()]
    placeholder = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])") if words else None
    templates = ctx.site.preset in ("docusaurus", "hugo")
    done: set[int] = set()
    for first, last in _prose_blocks(document):
        for line in range(first, last + 1):
            if line in done or line in document.code_lines:
                continue
            done.add(line)
            text = _masked(document.line_text(line))
            hits: list[tuple[int, int, str]] = []
            for pattern, what in _LEFTOVER_PATTERNS:
                hits.extend((m.start(), m.end(), what) for m in pattern.finditer(text) if m.group(0).strip())
            if placeholder is not None:
                hits.extend((m.start(), m.end(), "a draft placeholder") for m in placeholder.finditer(text))
            if templates:
                hits.extend((m.start(), m.end(), "template syntax the site does not expand") for m in _TEMPLATE.finditer(text))
            taken: list[tuple[int, int]] = []
            for start, end, what in sorted(hits, key=lambda h: (h[0], -h[1])):
                if any(s <= start < e for s, e in taken):
                    continue
                taken.append((start, end))
                shown = document.line_text(line)[start:end]
                if len(shown) > 40:
                    shown = shown[:37] + "…"
                yield Problem(line, start + 1, f"`{shown}` is {what}; remove it", end_line=line, end_column=end + 1)
