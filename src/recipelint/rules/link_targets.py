"""LNK007–LNK008: where links lead — other files, site routes and heading anchors.

A link is followed the way the site's generator would follow it, never over the
network: a relative path names a file next to the page (``../mains/stew.md``,
``./bar`` for ``bar.md``); a site-root path (``/docs/…`` in Docusaurus, ``/pasta`` in
Hugo) goes through the generator's default routing, and is left alone where the
routing cannot be known offline (Jekyll and MkDocs permalinks, a computed
``routeBasePath``, Hugo ``permalinks``). An anchor must be the id the generator gives
one of the target's headings (:mod:`recipelint.sites.slugs`) or an HTML ``id``.

Targets are parsed once per run through :mod:`recipelint.sites.pages`, and only when a
link points at them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from recipelint.diagnostic import Problem, Span
from recipelint.page.links import links_of
from recipelint.rules.registry import rule
from recipelint.sites import boundary, pages
from recipelint.sites.images import site_root_path

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# Ids every browser scrolls to without an element: the top of the page.
_BUILT_IN_ANCHORS = {"top", ""}


@dataclass(frozen=True)
class LinkTarget:
    """A link destination and the span to report it at."""

    destination: str
    span: Span


@dataclass(frozen=True)
class Followed:
    """Where a destination leads: a file (``page``), nowhere (``missing``) or unknown."""

    destination: str
    span: Span
    page: Path | None = None
    missing: bool = False
    outside: bool = False
    """The path leads out of the site and its repository: not followed (LNK009)."""
    fragment: str | None = None
    suggestion: str | None = None


def _link_targets(ctx: RuleContext) -> list[LinkTarget]:
    """Inline links and the definitions of reference links, images excluded (IMG001)."""
    scan = links_of(ctx.document)
    targets = [
        LinkTarget(link.destination, link.destination_span or link.span) for link in scan.inline_links if not link.image
    ]
    image_only = {r.key for r in scan.references if r.image} - {r.key for r in scan.references if not r.image}
    targets.extend(
        LinkTarget(d.destination, d.destination_span or d.span) for d in scan.definitions if d.key not in image_only
    )
    return targets


def _followed(ctx: RuleContext) -> list[Followed]:
    return ctx.shared("links-followed", _follow_all)


def _follow_all(ctx: RuleContext) -> list[Followed]:
    return [f for f in (_follow(ctx, target) for target in _link_targets(ctx)) if f is not None]


def _follow(ctx: RuleContext, target: LinkTarget) -> Followed | None:
    destination = target.destination.strip()
    if not destination or _SCHEME.match(destination) or destination.startswith("//") or "{{" in destination or "{%" in destination:
        return None
    path_part, _, fragment = destination.partition("#")
    path_part = unquote(path_part.split("?", 1)[0])
    fragment_or_none = unquote(fragment) if "#" in destination else None
    document = ctx.document
    if not path_part:
        return Followed(destination, target.span, page=document.fs_path, fragment=fragment_or_none)
    if path_part.startswith("/"):
        return _follow_route(ctx, target, path_part, fragment_or_none)
    if document.fs_path is None:
        return None
    base = Path(os.path.normpath(document.fs_path.parent.absolute() / path_part))
    leaves = not boundary.inside(base)
    page = None if leaves else pages.page_file(base)
    if page is None:
        page = _follow_page_relative(ctx, path_part)
    if page is None and leaves:
        return Followed(destination, target.span, outside=True)
    if page is None:
        return Followed(destination, target.span, missing=True, suggestion=_suggest(base))
    return Followed(destination, target.span, page=page, fragment=fragment_or_none)


def _follow_page_relative(ctx: RuleContext, path_part: str) -> Path | None:
    """Relative links that the generator resolves against the page's URL, not its file."""
    site, document = ctx.site, ctx.document
    if site.root is None or document.fs_path is None:
        return None
    return site.generator.page_relative_target(site.root, document.fs_path.absolute(), path_part)


def _follow_route(ctx: RuleContext, target: LinkTarget, route: str, fragment: str | None) -> Followed | None:
    site = ctx.site
    route = site_root_path(route)
    for static in site.static_dirs:
        if pages.is_file(static / route.lstrip("/")):
            return Followed(target.destination, target.span, page=static / route.lstrip("/"), fragment=None)
    if site.root is None:
        return None
    found = site.generator.route_target(site.root, route)
    if found is None:
        return None
    if found is False:
        return Followed(target.destination, target.span, missing=True)
    return Followed(target.destination, target.span, page=found, fragment=fragment)


def _suggest(missing: Path) -> str | None:
    """A Markdown file that the link probably meant (``pasta.html`` -> ``pasta.md``)."""
    folder = missing.parent
    if not pages.is_dir(folder):
        return None
    stem = missing.stem if missing.suffix else missing.name
    for suffix in pages.MARKDOWN_SUFFIXES:
        if pages.is_file(folder / (stem + suffix)):
            return stem + suffix
    return None


@rule("LNK007", "broken-link", "error")
def broken_link(ctx: RuleContext) -> Iterator[Problem]:
    """A link points at a file or page that does not exist.

    Relative links are resolved from the page's folder, with the forms generators and
    GitHub accept: ``stew.md``, ``./stew`` (``stew.md``/``.mdx``), a folder with
    ``index.md``, ``_index.md`` or ``README.md``; Hugo also resolves a relative link
    against the page's URL (``../stew/``) and Docusaurus against the doc's route (doc
    ids and ``slug``s). Site-root links are followed through the generator's default
    routing: Docusaurus ``/docs/…`` (``routeBasePath`` read from the config when it is
    a plain string), Hugo ``/section/page`` (content pages, sections, static files,
    ``url``/``slug``/``aliases``; not when the site sets ``permalinks``), and any file
    under the static folders. Jekyll and MkDocs site-root links, other routes and
    external URLs are never guessed and never fetched.

    Bad::

        Serve with [the sauce](pasta-sauce.html).   <!-- no such file; pasta-sauce.md is -->

    Good::

        Serve with [the sauce](pasta-sauce.md).
    """
    for followed in _followed(ctx):
        if not followed.missing:
            continue
        message = f"`{followed.destination}` does not exist"
        if followed.suggestion:
            message += f"; did you mean `{followed.suggestion}`?"
        yield followed.span.problem(message)


@rule("LNK008", "broken-anchor", "error")
def broken_anchor(ctx: RuleContext) -> Iterator[Problem]:
    """A link's ``#anchor`` is not the id of any heading in the page it points at.

    Heading ids are computed with the site generator's own algorithm (GitHub-style for
    Docusaurus, Goldmark's for Hugo, kramdown GFM for Jekyll, Python-Markdown's for
    MkDocs), including explicit ``{#id}`` and the ``-1`` suffixes of repeated headings;
    HTML ``id``/``name`` attributes count too. The target file is parsed once per run.
    Assumes the generator's default anchor settings (not Docusaurus
    ``anchorsMaintainCase`` or a custom Hugo ``autoHeadingIDType``).

    Bad::

        See [step 2](#step-2-prep).          <!-- the heading is "### Step 2: Prepare" -->

    Good::

        See [step 2](#step-2-prepare).
    """
    preset = ctx.site.preset
    own_path = ctx.document.fs_path.absolute() if ctx.document.fs_path else None
    for followed in _followed(ctx):
        if followed.fragment is None or followed.page is None or followed.fragment in _BUILT_IN_ANCHORS:
            continue
        if followed.fragment.startswith(":~:"):
            continue  # a text fragment, not an element id
        same_page = followed.page == ctx.document.fs_path or (own_path is not None and followed.page == own_path)
        if same_page:
            anchors = pages.document_anchors(ctx.document, preset)
        elif followed.page.suffix.lower() in pages.MARKDOWN_SUFFIXES:
            anchors = pages.target_anchors(followed.page, preset)
        else:
            continue
        if anchors is None or followed.fragment in anchors:
            continue
        where = "this page" if same_page else f"`{followed.destination.partition('#')[0]}`"
        message = f"`#{followed.fragment}` is not a heading anchor in {where}"
        import difflib  # only for broken anchors; not at start-up

        close = difflib.get_close_matches(followed.fragment, sorted(anchors), n=1, cutoff=0.6)
        if close:
            message += f"; did you mean `#{close[0]}`?"
        yield followed.span.problem(message)


@rule("LNK009", "link-outside-site", "warning")
def link_outside_site(ctx: RuleContext) -> Iterator[Problem]:
    """A relative link climbs out of the site and its repository.

    The file it names is not part of the project: the built site cannot serve it, and
    on GitHub the link leads nowhere. recipelint does not follow it, so nothing outside
    the site root (or the repository root, whichever is higher) is opened or looked
    at, and the message is the same whether such a file exists or not. Links through a
    symbolic link that points out of the checkout count too.

    Bad (the page is ``docs/recipes/stew.md`` in a repository rooted at the site)::

        See [the family notes](../../../notes/stew.md).

    Good (link to the published page, or copy the notes into the site)::

        See [the family notes](https://example.org/notes/stew).
    """
    for followed in _followed(ctx):
        if followed.outside:
            yield followed.span.problem(
                f"`{followed.destination}` leads outside the site and its repository; it is not followed"
            )
