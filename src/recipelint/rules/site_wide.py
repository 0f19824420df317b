"""Rules about the site as a whole: addresses two pages share, one tag spelled several
ways, images no page shows.

They run in the project pass (:mod:`recipelint.engine.project_pass`) over the facts every
page left behind, so they only know the pages of the current run: a pre-commit run
over one file compares that file with nothing. Run ``recipelint check`` on the whole
site (as CI does) for the complete picture.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.registry import rule
from recipelint.sites.boundary import files_in, real_path

if TYPE_CHECKING:
    from recipelint.rules.context import ProjectContext
    from recipelint.sites.page_facts import Located, PageFacts

_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"}


# -- addresses ---------------------------------------------------------------------------


def _page_addresses(page: PageFacts) -> list[tuple[str, str, Located | None]]:
    """(kind, address, where it is set) for a page: its doc id and its URL path."""
    if page.site_root is None or page.fs_path is None:
        return []
    from recipelint.sites.generators import get_generator

    return get_generator(page.preset).page_addresses(page)


def _at(where: Located | None, message: str) -> Problem:
    return where.span.problem(message) if where is not None else Problem(1, 1, message)


@rule("FM015", "duplicate-address", "error", scope="project")
def duplicate_address(ctx: ProjectContext) -> Iterator[tuple[str, Problem]]:
    """Two pages of one site get the same doc id or the same URL path.

    The generator then builds one page over the other (Hugo), or stops with a
    duplicate-id error (Docusaurus). Addresses are worked out as the generator does by
    default: Docusaurus doc ids are the folder plus ``id`` (or the file name) and
    ``slug`` sets the URL; Hugo uses ``url``, else the section folder plus ``slug`` (or
    the file name); Jekyll pages are compared only by an explicit ``permalink``.
    Both pages are reported, each naming the other.

    This rule runs over the files of one run: check the whole site to compare every
    page with every other.

    Bad (two files in ``docs/recipes/``)::

        id: stew        # stew.md
        id: stew        # beef_stew.md

    Good (two files in ``docs/recipes/``)::

        id: stew        # stew.md
        id: beef-stew   # beef_stew.md
    """
    claimed: dict[tuple[Path, str, str], list[tuple[PageFacts, str, Located | None]]] = defaultdict(list)
    for page in ctx.pages:
        for kind, address, where in _page_addresses(page):
            claimed[(page.site_root, kind, address.casefold())].append((page, address, where))
    for (_, kind, _), owners in claimed.items():
        if len(owners) < 2:
            continue
        for page, address, where in owners:
            others = ", ".join(
                f"`{other.path}`" + (f" (line {w.span.line})" if w else "") for other, _, w in owners if other is not page
            )
            yield page.path, _at(where, f"{kind} `{address}` is also the {kind} of {others}")


# -- tags --------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _tag_key(tag: str) -> str:
    """A tag's label with a plural last word folded too ("Side Dishes" = "side dish");
    remembered, as a site uses a few hundred tags on thousands of pages."""
    from recipelint.page.frontmatter.tags import tag_key
    from recipelint.recipe.names import singular

    key = tag_key(tag)
    if not key:
        return key
    head, _, last = key.rpartition("-")
    return f"{head}-{singular(last)}" if head else singular(last)


@rule("FM017", "duplicate-title", "warning", scope="project")
def duplicate_title(ctx: ProjectContext) -> Iterator[tuple[str, Problem]]:
    """Two pages of one site have the same title.

    Readers cannot tell them apart in lists, search results and tag pages; usually one
    is a copy that was never renamed, or the same recipe posted twice. Titles are
    compared without case and spacing. Index pages (``index.md``, ``_index.md``) are
    left out. Each page is reported, naming the other.

    Bad (two files in ``content/``)::

        title: Banana Bread     # banana-bread.md
        title: Banana bread     # banana-bread-2.md

    Good::

        title: Banana Bread             # banana-bread.md
        title: Chocolate Banana Bread   # banana-bread-2.md
    """
    by_title: dict[tuple[Path | None, str], list[PageFacts]] = defaultdict(list)
    for page in ctx.pages:
        if page.title is None or Path(page.path).stem.lower() in ("index", "_index", "readme"):
            continue
        by_title[(page.site_root, " ".join(page.title.value.casefold().split()))].append(page)
    for pages in by_title.values():
        if len(pages) < 2:
            continue
        for page in pages:
            others = ", ".join(other.path for other in pages if other is not page)
            yield page.path, page.title.span.problem(f"title `{page.title.value}` is also the title of {others}")


@rule("FM016", "inconsistent-tag", "warning", scope="project")
def inconsistent_tag(ctx: ProjectContext) -> Iterator[tuple[str, Problem]]:
    """One tag is spelled differently across the site (case, spaces, hyphens, plural).

    ``Crock Pot`` on one page and ``crock-pot`` on another, or ``side`` and ``sides``,
    become two tag pages (or one page titled by whichever the generator met first). The
    most used spelling is taken as the site's; every other spelling is reported with
    the counts of each, so the fix is obvious. Within one page, FM010 reports it.

    Bad (two pages)::

        tags: [Slow Cooker]
        tags: [slow-cooker]

    Good (two pages)::

        tags: [Slow Cooker]
        tags: [Slow Cooker, Soup]
    """
    pages_by_spelling: dict[Path | None, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(dict))
    order: dict[str, int] = {}
    for page in ctx.pages:
        for tag in page.tags:
            spellings = pages_by_spelling[page.site_root][_tag_key(tag.value)]
            spellings.setdefault(tag.value, set()).add(page.path)
            order.setdefault(tag.value, len(order))
    for page in ctx.pages:
        on_page = Counter(_tag_key(t.value) for t in {t.value: t for t in page.tags}.values())
        for tag in page.tags:
            if on_page[_tag_key(tag.value)] > 1:
                continue  # variants on one page are FM010's
            spellings = pages_by_spelling[page.site_root][_tag_key(tag.value)]
            elsewhere = {s for s, paths in spellings.items() if s != tag.value and paths - {page.path}}
            if not elsewhere:
                continue
            preferred = max(spellings, key=lambda s: (len(spellings[s]), -order[s]))
            if tag.value == preferred:
                continue
            counts = sorted(spellings.items(), key=lambda item: (-len(item[1]), order[item[0]]))
            listed = ", ".join(f"`{s}` ({len(p)} page{'s' if len(p) > 1 else ''})" for s, p in counts)
            yield page.path, _at(tag, f"tag `{tag.value}` is spelled `{preferred}` elsewhere on the site: {listed}")


# -- images ------------------------------------------------------------------------------


@rule("IMG004", "unused-image", "info", scope="project")
def unused_image(ctx: ProjectContext) -> Iterator[tuple[str, Problem]]:
    """An image file sits in a recipe image folder, but no page shows it.

    Only folders that hold at least one image a page does show are looked at, only the
    files directly in them, and only when the whole site was checked in this run (its
    root folder, or a folder above it, was given to ``recipelint check``): a single-file
    run cannot know what the other pages show. Reported at line 1 of the image file;
    an ``info``, so it never fails a run.

    Bad (``docs/soups/lentil_soup.md`` shows only ``cover.png``)::

        static/img/soups/lentil_soup/
            cover.png
            old-cover.png      <- no page shows it

    Good (the leftover deleted)::

        static/img/soups/lentil_soup/
            cover.png
    """
    checked_dirs = [real_path(d) for d in ctx.checked_dirs]
    whole_sites = {
        root for root in {page.site_root for page in ctx.pages if page.site_root is not None}
        if any(real_path(root) == d or d in real_path(root).parents for d in checked_dirs)
    }
    shown: dict[Path, set[Path]] = defaultdict(set)
    for page in ctx.pages:
        if page.site_root in whole_sites:
            shown[page.site_root].update(page.images)
    for images in shown.values():
        resolved = {real_path(image) for image in images}
        for folder in sorted({image.parent for image in images}):
            for candidate in files_in(folder):
                if candidate.suffix.lower() in _IMAGE_SUFFIXES and real_path(candidate) not in resolved:
                    yield ctx.display(candidate), Problem(1, 1, f"no page shows this image (folder `{ctx.display(folder)}/`)")
