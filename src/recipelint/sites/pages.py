"""What one page can know about the other pages of its site: files, anchors and routes.

A link into another recipe is checked against that recipe's headings, so the target
must be parsed; this index parses each target only when a link actually points at it,
and remembers the answer (its anchors, its front matter) rather than the page, which
keeps a single-file pre-commit run cheap and a 10,000-page run's memory small. Routes
(``/docs/…`` in Docusaurus, ``/pasta`` in Hugo) are resolved the way the generator
resolves them by default; when a site's configuration changes the routing in a way
that cannot be read offline, the route is left alone rather than guessed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites import boundary
from recipelint.sites.lookups import lookup

if TYPE_CHECKING:
    from recipelint.page.document import Document

MARKDOWN_SUFFIXES = (".md", ".mdx", ".markdown")
_MAX_TARGET_BYTES = 2_000_000
_HTML_ID = re.compile(r"""<[A-Za-z][^<>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


@lookup
def is_file(path: Path) -> bool:
    """Whether ``path`` is a file inside the page's boundary (never asked outside it)."""
    return boundary.is_file(path)


@lookup
def is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder inside the page's boundary (never asked outside it)."""
    return boundary.is_dir(path)


# -- anchors -----------------------------------------------------------------------------


def document_anchors(document: Document, preset: str) -> frozenset[str]:
    """Every id a link may point at in ``document``: its headings' ids and HTML ids."""
    return document.memo(f"anchors:{preset}", lambda d: _anchors(d, preset))


def _anchors(document: Document, preset: str) -> frozenset[str]:
    from recipelint.page.markdown import heading_source_texts
    from recipelint.sites.slugs import heading_ids

    ids = set(heading_ids(heading_source_texts(document.tokens), preset))
    for token in document.tokens:
        if token.type == "html_block" or (token.type == "inline" and "<" in token.content):
            ids.update(_HTML_ID.findall(token.content))
    ids.discard("")
    return frozenset(ids)


_open_texts: dict[Path, str] = {}
_open_documents: dict[Path, Document] = {}


def use_open_pages(texts: dict[Path, str]) -> None:
    """Read these pages (absolute paths) from their text instead of the disk: an editor's
    unsaved buffers, which a link into them must see as the writer does."""
    global _open_texts
    _open_texts = dict(texts)
    for path in [p for p, d in _open_documents.items() if _open_texts.get(p) != d.text]:
        del _open_documents[path]


def _page(path: Path) -> Document | None:
    """Another page of the site; None if unreadable."""
    text = _open_texts.get(path)
    if text is None:
        return _disk_page(path)
    document = _open_documents.get(path)
    if document is None:
        from recipelint.page.document import Document

        document = _open_documents[path] = Document(path.as_posix(), text, path)
    return document


def _disk_page(path: Path) -> Document | None:
    """Another page of the site, decoded and wrapped; None if unreadable. Not kept: the
    answers drawn from it (anchors, front matter) are memoized instead, so a site's
    route table does not hold every page's text and tokens for the rest of the run."""
    from recipelint.page.document import Document
    from recipelint.page.markdown import MARKUP_BUDGET, markup_estimate
    from recipelint.page.source import UndecodableSource, decode_source

    data = boundary.read_inside(path, _MAX_TARGET_BYTES)
    if data is None or len(data) > _MAX_TARGET_BYTES:
        return None
    source = decode_source(data, _MAX_TARGET_BYTES)
    if isinstance(source, UndecodableSource) or markup_estimate(source.text) > MARKUP_BUDGET:
        return None
    return Document(path.as_posix(), source.text, path)


def target_anchors(path: Path, preset: str) -> frozenset[str] | None:
    """The anchors of another Markdown file, parsed once per process (``Document.memo``);
    None if unreadable."""
    if path in _open_texts:
        page = _page(path)
        return document_anchors(page, preset) if page is not None else None
    return _disk_anchors(path, preset)


@lookup
def _disk_anchors(path: Path, preset: str) -> frozenset[str] | None:
    """``target_anchors`` of a page on disk: an answer a cached result may depend on (an
    editor's unsaved buffer never is one)."""
    page = _disk_page(path)
    return document_anchors(page, preset) if page is not None else None


def front_matter_of(path: Path) -> dict:
    """The front matter of another page (``{}`` when it has none usable)."""
    if path in _open_texts:
        page = _page(path)
        return page.front_matter_data if page is not None else {}
    return _disk_front_matter(path)


@lookup
def _disk_front_matter(path: Path) -> dict:
    page = _disk_page(path)
    return page.front_matter_data if page is not None else {}


def front_matter_values(path: Path, keys: tuple[str, ...]) -> dict:
    """The values ``keys`` have in another page's front matter (the keys it does not
    set are left out): what a route table needs of every page."""
    if path in _open_texts:
        data = front_matter_of(path)
        return {key: data[key] for key in keys if key in data}
    return _disk_front_matter_values(path, keys)


_ESCAPE = "\\"  # a quoted YAML key can spell any letter as an escape


@lookup
def _disk_front_matter_values(path: Path, keys: tuple[str, ...]) -> dict:
    """Parsed only when the block's text names one of ``keys`` (or escapes a character,
    which a quoted key could use to spell one): most pages set none of the route keys,
    and a site's route table would otherwise parse every page's YAML, on every run."""
    page = _disk_page(path)
    block = page.front_matter if page is not None else None
    if block is None or (_ESCAPE not in block.text and not any(key in block.text for key in keys)):
        return {}
    data = page.front_matter_data
    return {key: data[key] for key in keys if key in data}


# -- files -------------------------------------------------------------------------------


def page_file(candidate: Path) -> Path | None:
    """The file a link to ``candidate`` opens: itself, or a Markdown page for it.

    ``./bar`` may name ``bar.md``, ``bar.mdx``, ``bar/index.md``, ``bar/_index.md`` (a
    Hugo section) or ``bar/README.md``, as the generators and GitHub resolve them.
    """
    if is_file(candidate):
        return candidate
    if candidate.suffix.lower() not in MARKDOWN_SUFFIXES:
        for suffix in MARKDOWN_SUFFIXES:
            with_suffix = candidate.with_name(candidate.name + suffix)
            if candidate.name and is_file(with_suffix):
                return with_suffix
    if is_dir(candidate):
        for name in ("index.md", "index.mdx", "_index.md", "README.md", "readme.md"):
            if is_file(candidate / name):
                return candidate / name
        return candidate
    return None
