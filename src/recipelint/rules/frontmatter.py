"""FM: front matter — presence, YAML syntax, the preset's schema, tags, title, ids."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem, Span
from recipelint.page.frontmatter.tags import tag_items, tag_key
from recipelint.recipe.front_matter_values import (
    FRONT_MATTER_SECTIONS,
    front_matter_key,
)
from recipelint.recipe.metadata import FRONT_MATTER_KEYS
from recipelint.recipe.page_kind import looks_like_recipe
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from yaml.nodes import Node

    from recipelint.page.frontmatter.yamlnodes import YamlDocument
    from recipelint.rules.context import RuleContext


def _span(yaml_doc: YamlDocument, node: Node | Span, message: str) -> Problem:
    return (node if isinstance(node, Span) else yaml_doc.position(node)).problem(message)


def _findings(ctx: RuleContext, kind: str) -> list[Problem]:
    """One kind of the shared schema analysis (FM005-FM007); nothing to analyse without
    front matter, and then pydantic is not even imported."""
    if ctx.document.yaml is None:
        return []
    from recipelint.page.frontmatter.validation import front_matter_findings

    findings = front_matter_findings(ctx.document, ctx.site.generator.front_matter_model, ctx.settings.front_matter.required_keys)
    return getattr(findings, kind)


@rule("FM001", "missing-front-matter", "warning")
def missing_front_matter(ctx: RuleContext) -> Iterator[Problem]:
    """A recipe page does not start with a ``---`` front-matter block, on a site whose
    pages have one.

    The site generator takes the title, tags and page id from the front matter; a
    recipe without it shows up with a file name for a title or not at all in the tag
    and list pages. Pages that are not recipes (about pages, indexes) and sites whose
    pages are written without front matter (common with MkDocs) are left alone. Hugo's
    TOML (``+++``) front matter counts, and so does its JSON (``{``) front matter,
    which recipelint does not read. The block must start on the very first line.

    Bad::

        # Banana Bread

    Good::

        ---
        title: Banana Bread
        ---
    """
    document = ctx.document
    if document.front_matter is not None or _other_front_matter(document):
        return
    if ctx.site.root is not None:
        from recipelint.sites.census import site_census

        if not looks_like_recipe(document) or not site_census(ctx.site.root, ctx.site.generator).front_matter_is_the_norm:
            return
    first = document.line_text(1)
    hint = "; it must start on the first line" if any(line.strip() == "---" for line in document.lines[1:6]) else ""
    yield Problem(1, 1, f"file has no front matter (a `---` block at the top){hint}", end_column=max(2, len(first) + 1))


def _other_front_matter(document) -> bool:
    """JSON front matter (``{`` … ``}``), which Hugo reads and recipelint does not."""
    return document.line_text(1).lstrip("\ufeff").strip() == "{"


@rule("FM002", "unterminated-front-matter", "error")
def unterminated_front_matter(ctx: RuleContext) -> Iterator[Problem]:
    """The front matter starts with ``---`` but is never closed by a second ``---``.

    The generator then reads the whole page as YAML, or the whole block as text.

    Bad::

        ---
        title: Lentil Soup

        ## Overview

    Good::

        ---
        title: Lentil Soup
        ---

        ## Overview
    """
    block = ctx.document.front_matter
    if block is not None and not block.closed:
        fence = "+++" if block.syntax == "toml" else "---"
        yield Problem(block.start_line, 1, f"front matter opened here is never closed; add a `{fence}` line after it", end_column=4)


@rule("FM003", "invalid-yaml", "error")
def invalid_yaml(ctx: RuleContext) -> Iterator[Problem]:
    """The front matter is not valid YAML (or, in a ``+++`` block, TOML).

    Reported at the line and column where the parser stopped. Common causes: a
    tab used for indentation, a colon followed by a space inside an unquoted title,
    an unclosed quote or bracket.

    Bad::

        title: Tacos: the best

    Good::

        title: "Tacos: the best"
    """
    error = ctx.document.front_matter_error
    if error is not None and not error.over_limit:
        yield Problem(error.line, error.column, error.message)


@rule("FM018", "front-matter-too-complex", "warning")
def front_matter_too_complex(ctx: RuleContext) -> Iterator[Problem]:
    """The front matter is too large or too complex to read, so it was not checked.

    Front matter is a few keys; recipelint reads at most 262,144 characters of it,
    20,000 keys and values (an alias ``*name`` counts its whole value again each time
    it is used), 100 levels of nesting and numbers of up to 1,000 characters, and no
    value that contains itself. Past a limit, the front matter is reported once, here,
    and the other front-matter rules say nothing about it; the rest of the page is
    still checked. Aliases that repeat a list of lists are the usual cause: a few
    hundred bytes that stand for millions of values, which other tools reading the
    page would expand too.

    Bad::

        a: &a [no, no, no, no, no, no, no, no, no]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]

    Good::

        a: &a [no, no]
        b: [*a, *a]
    """
    error = ctx.document.front_matter_error
    if error is not None and error.over_limit:
        yield Problem(error.line, error.column, error.message)


@rule("FM004", "duplicate-key", "error")
def duplicate_key(ctx: RuleContext) -> Iterator[Problem]:
    """A key appears twice in the same mapping; YAML silently keeps only the last value.

    The first value vanishes without an error, so the page shows whichever line
    happens to come last: usually an edit was pasted below the old line instead of
    over it. Every mapping is checked, nested ones too; the later key is reported,
    naming the line of the first. Front matter that is not valid YAML is left to FM003.

    Bad::

        title: Banana Bread
        title: Best Banana Bread

    Good::

        title: Best Banana Bread
    """
    yaml_doc = ctx.document.yaml
    if yaml_doc is None or yaml_doc.error is not None:
        return
    for duplicate in yaml_doc.duplicates:
        first = yaml_doc.position(duplicate.first)
        yield _span(
            yaml_doc,
            duplicate.again,
            f"duplicate key `{duplicate.key}` (first at line {first.line}); only this last value is used",
        )


@rule("FM005", "missing-required-key", "warning")
def missing_required_key(ctx: RuleContext) -> Iterator[Problem]:
    """A key the preset (or ``front-matter.required-keys``) requires is missing.

    Only what the generator needs is required by default: Hugo pages need ``title``
    (without one the page heading and the links to it in list pages are empty);
    Docusaurus, Jekyll and MkDocs derive a title from the first heading or the file
    name. Add the keys your site needs in the configuration (its templates may show a
    ``description`` or an ``author``)::

        [tool.recipelint.front-matter]
        required-keys = ["description", "author"]

    Bad (Hugo)::

        ---
        description: A hearty red lentil soup with cumin and lemon.
        ---

    Good (Hugo)::

        ---
        title: Lentil Soup
        description: A hearty red lentil soup with cumin and lemon.
        ---
    """
    yield from _findings(ctx, "missing")


@rule("FM006", "invalid-value", "warning")
def invalid_value(ctx: RuleContext) -> Iterator[Problem]:
    """A front-matter value has the wrong type or breaks a constraint of the preset.

    Every error in the block is reported at once, at the offending value.

    Bad::

        tags: dessert, pie

    Good::

        tags:
          - dessert
          - pie
    """
    yield from _findings(ctx, "invalid")


@rule("FM007", "yaml-implicit-type", "warning", fix="safe")
def yaml_implicit_type(ctx: RuleContext) -> Iterator[Problem]:
    """An unquoted value that YAML reads as something other than the text written.

    YAML 1.1 (PyYAML, Jekyll) turns ``no``, ``yes``, ``on`` and ``off`` into booleans,
    ``1:30`` into the number 90, ``010`` into 8, and ``2024-01-01`` into a date. The fix
    quotes the value where the field takes text, or writes ``true``/``false`` where it
    takes a boolean.

    Bad::

        servings: no
        prep_time: 1:30

    Good::

        servings: "no"
        prep_time: "1:30"
    """
    yield from _findings(ctx, "traps")


class UnknownKeyOptions(NamedTuple):
    """FM008 options: keys allowed on top of the preset's and ``front-matter.allowed-keys``."""

    allowed: list[str] = []


@rule("FM008", "unknown-key", "warning", options=UnknownKeyOptions)
def unknown_key(ctx: RuleContext) -> Iterator[Problem]:
    """A front-matter key that is probably a typo: close to a known key, or used by no
    other page of the site.

    Sites add keys of their own, and their templates read them; those are not mistakes.
    A key is the site's when its archetypes (``archetypes/*.md``), configuration
    defaults (Jekyll ``_config.yml`` ``defaults:``) or templates (``.Params.key``,
    ``page.key``) name it, or when at least two pages of the site set it. Keys of the
    generator, of its front-matter model and of the recipe checks (``servings``,
    ``prep_time``, ``ingredients``…) are known too. What remains is reported when it is
    close to a known key (``descripion``), or, on a recipe page of a site whose other
    pages were read, when no other page uses it. Allow more keys with
    ``front-matter.allowed-keys`` (or this rule's ``allowed`` option).

    Bad::

        descripion: A quick weeknight curry.

    Good::

        description: A quick weeknight curry.
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    generator = ctx.site.generator
    allowed = set(ctx.settings.front_matter.allowed_keys) | set(ctx.options(UnknownKeyOptions).allowed)
    candidates = [k for k in yaml_doc.data if isinstance(k, str) and k not in allowed and not _recipe_key(k)]
    if not candidates:
        return
    from recipelint.sites.models import known_keys

    known = known_keys(generator.front_matter_model()) | set(generator.builtin_keys) | allowed
    candidates = [k for k in candidates if k not in known]
    if not candidates:
        return
    census = None
    if ctx.site.root is not None:
        from recipelint.sites.census import site_census

        census = site_census(ctx.site.root, generator)
    import difflib  # only for unknown keys; not at start-up

    vocabulary = sorted(known | (census.declared_keys | {k for k, n in census.key_pages.items() if n >= 2} if census else set()))
    for key in candidates:
        if census is not None and census.is_site_key(key):
            continue
        close = [c for c in difflib.get_close_matches(key, vocabulary, n=2, cutoff=0.75) if c != key]
        if close:
            message = f"unknown front-matter key `{key}`; did you mean `{close[0]}`?"
        elif census is not None and census.pages >= 5 and not generator.free_form_front_matter and looks_like_recipe(ctx.document):
            message = f"front-matter key `{key}` is used by no other page of the site and is not a {generator.display_name} key"
        else:
            continue
        yield _span(yaml_doc, yaml_doc.key_node(key), message)


def _recipe_key(key: str) -> bool:
    """A key the recipe checks read (servings, times, ingredient and step lists)."""
    normal = front_matter_key(key)
    return normal in FRONT_MATTER_KEYS or any(normal in keys for keys in FRONT_MATTER_SECTIONS.values())


@rule("FM009", "empty-tag", "warning")
def empty_tag(ctx: RuleContext) -> Iterator[Problem]:
    """A ``tags`` item is empty (``- ``) or blank; the site would show an empty tag.

    A dash with nothing after it is YAML's ``null``, and ``- ""`` is an empty string;
    neither names a tag a reader could click. Usually a tag was deleted and its dash
    left behind. Items that are only spaces are reported too.

    Bad::

        tags:
          - Soup
          -

    Good::

        tags:
          - Soup
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    for value, node in tag_items(yaml_doc):
        if value is None or (isinstance(value, str) and not value.strip()):
            yield _span(yaml_doc, node, "empty tag; remove the item or give it a name")


@rule("FM010", "duplicate-tag", "warning")
def duplicate_tag(ctx: RuleContext) -> Iterator[Problem]:
    """The same tag is listed twice, or two tags differ only in case, spaces or hyphens.

    Sites treat ``Vegan`` and ``vegan`` (or ``one-pot`` and ``one pot``) as two tags,
    which splits the recipe index.

    Bad::

        tags:
          - Vegan
          - vegan

    Good::

        tags:
          - Vegan
          - One-Pot
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    seen: dict[str, str] = {}
    for value, node in tag_items(yaml_doc):
        if not isinstance(value, str) or not value.strip():
            continue
        key = tag_key(value)
        if key in seen:
            first = seen[key]
            how = "listed twice" if first == value else f"the same tag as `{first}`, written differently"
            yield _span(yaml_doc, node, f"tag `{value}` is {how}")
        else:
            seen[key] = value


@rule("FM011", "unknown-tag", "warning")
def unknown_tag(ctx: RuleContext) -> Iterator[Problem]:
    """A tag is not in the site's tag vocabulary.

    The vocabulary is ``front-matter.allowed-tags`` or, for Docusaurus, the keys of
    ``docs/tags.yml`` when that file exists. Without either, this rule is silent.

    Bad (with ``allowed-tags = ["Soup", "Vegan"]``)::

        tags:
          - Soups

    Good (with ``allowed-tags = ["Soup", "Vegan"]``)::

        tags:
          - Soup
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    allowed = _tag_vocabulary(ctx)
    if allowed is None:
        return
    for value, node in tag_items(yaml_doc):
        if isinstance(value, str) and value.strip() and value not in allowed:
            same = sorted(t for t in allowed if tag_key(t) == tag_key(value))
            hint = f"; write `{same[0]}`" if same else ""
            yield _span(yaml_doc, node, f"tag `{value}` is not in the allowed tags{hint}")


def _tag_vocabulary(ctx: RuleContext) -> set[str] | None:
    configured = ctx.settings.front_matter.allowed_tags
    if configured is not None:
        return set(configured)
    if ctx.site.root is None:
        return None
    return ctx.site.generator.tag_vocabulary(ctx.site.root)


class EmptyFieldOptions(NamedTuple):
    """FM012 options: the keys that may not be empty."""

    fields: list[str] = ["title", "description"]


@rule("FM012", "empty-field", "warning", options=EmptyFieldOptions)
def empty_field(ctx: RuleContext) -> Iterator[Problem]:
    """``title`` or ``description`` is present but empty.

    An empty title renders a page without a heading; an empty description gives
    search engines nothing. The ``fields`` option lists the keys checked.

    Bad::

        title: ""

    Good::

        title: Red Lentil Soup
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    for key in ctx.options(EmptyFieldOptions).fields:
        value = yaml_doc.data.get(key, ...)
        if value is ... or not (value is None or (isinstance(value, str) and not value.strip())):
            continue
        node, _ = yaml_doc.node_at((key,))
        yield _span(yaml_doc, node or yaml_doc.key_node(key), f"`{key}` is empty")


class FieldLengths(NamedTuple):
    """FM013 options: maximum lengths, in characters."""

    title_max_length: int = 80
    description_max_length: int = 300


@rule("FM013", "field-too-long", "warning", options=FieldLengths)
def field_too_long(ctx: RuleContext) -> Iterator[Problem]:
    """``title`` or ``description`` is longer than the configured maximum.

    Long titles wrap in sidebars and get cut in search results. Defaults: title 80,
    description 300 characters; options ``title-max-length`` and
    ``description-max-length``.

    Bad::

        title: The Very Best Slow-Cooked Smoky Three-Bean Chili With Cornbread And All The Toppings

    Good::

        title: Smoky Three-Bean Chili With Cornbread
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    for key in ("title", "description"):
        limit = getattr(ctx.options(FieldLengths), f"{key}_max_length")
        value = yaml_doc.data.get(key)
        if isinstance(value, str) and len(value) > limit:
            node, _ = yaml_doc.node_at((key,))
            yield _span(yaml_doc, node, f"`{key}` is {len(value)} characters long, over the limit of {limit}")


class IdPatterns(NamedTuple):
    """FM014 options: the regular expressions ``id`` and ``slug`` must match."""

    id_pattern: str = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
    slug_pattern: str = r"^/?[A-Za-z0-9._~/-]+$"

    def check(self) -> None:
        for name, pattern in (("id-pattern", self.id_pattern), ("slug-pattern", self.slug_pattern)):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{name} is not a regular expression: {exc}") from None


@rule("FM014", "invalid-id", "error", options=IdPatterns)
def invalid_id(ctx: RuleContext) -> Iterator[Problem]:
    """``id`` or ``slug`` has characters that break URLs or document ids.

    A Docusaurus ``id`` may not contain ``/`` or spaces; a ``slug`` must be a URL
    path without spaces, ``?`` or ``#``. The patterns are options ``id-pattern`` and
    ``slug-pattern`` (regular expressions).

    Bad::

        id: smashed pork/tacos

    Good::

        id: smashed-pork-tacos
        slug: /mexican/smashed-pork-tacos
    """
    yaml_doc = ctx.document.front_matter_yaml
    if yaml_doc is None:
        return
    for key in ("id", "slug"):
        value = yaml_doc.data.get(key)
        if not isinstance(value, str):
            continue
        pattern = getattr(ctx.options(IdPatterns), f"{key}_pattern")
        if not re.match(pattern, value) or (key == "slug" and "//" in value):
            node, _ = yaml_doc.node_at((key,))
            yield _span(yaml_doc, node, f"`{key}` {value!r} does not match the pattern {pattern}")
