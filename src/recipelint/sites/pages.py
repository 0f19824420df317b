"""What one page can know about the other pages of its site: files, anchors and routes.

A link into another recipe is checked against that recipe's headings, so the target
must be parsed; this index parses each target at most once per process and only when
a link actually points at it, which keeps a single-file pre-commit run cheap. Routes
(``/docs/…`` in Docusaurus, ``/pasta`` in Hugo) are resolved the way the generator
resolves them by default; when a site's configuration changes the routing in a way
that cannot be read offline, the route is left alone rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites.detect import config_files

if TYPE_CHECKING:
    from recipelint.page.document import Document

MARKDOWN_SUFFIXES = (".md", ".mdx", ".markdown")
_MAX_TARGET_BYTES = 2_000_000
_HTML_ID = re.compile(r"""<[A-Za-z][^<>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


@cache
def is_file(path: Path) -> bool:
    return path.is_file()


@cache
def is_dir(path: Path) -> bool:
    return path.is_dir()


# -- anchors -----------------------------------------------------------------------------


def document_anchors(document: Document, preset: str) -> frozenset[str]:
    """Every id a link may point at in ``document``: its headings' ids and HTML ids."""
    return document.memo(f"anchors:{preset}", lambda d: _anchors(d, preset))


def _anchors(document: Document, preset: str) -> frozenset[str]:
    from recipelint.recipe.outline import heading_source_texts
    from recipelint.sites.slugs import heading_ids

    ids = set(heading_ids(heading_source_texts(document), preset))
    for token in document.tokens:
        if token.type == "html_block" or (token.type == "inline" and "<" in token.content):
            ids.update(_HTML_ID.findall(token.content))
    ids.discard("")
    return frozenset(ids)


@cache
def _page(path: Path) -> Document | None:
    """Another page of the site, decoded and wrapped once per process; None if unreadable."""
    from recipelint.page.document import Document
    from recipelint.page.source import UndecodableSource, decode_source

    try:
        if path.stat().st_size > _MAX_TARGET_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    source = decode_source(data, _MAX_TARGET_BYTES)
    if isinstance(source, UndecodableSource):
        return None
    return Document(path.as_posix(), source.text, path)


@cache
def target_anchors(path: Path, preset: str) -> frozenset[str] | None:
    """The anchors of another Markdown file, parsed once per process; None if unreadable."""
    page = _page(path)
    return document_anchors(page, preset) if page is not None else None


def _front_matter(path: Path) -> dict:
    """The front matter of another page (``{}`` when it has none usable)."""
    page = _page(path)
    return page.front_matter_data if page is not None else {}


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


# -- routes ------------------------------------------------------------------------------


def docusaurus_docs_route(site_root: Path, route: str) -> Path | None | bool:
    """The doc a ``/docs/…`` route opens in a Docusaurus site.

    Returns the file, False when the docs plugin's routing is known and no doc has the
    route, and None when the route is not the docs plugin's or the site changed the
    routing in a way we cannot read (a computed ``routeBasePath``).
    """
    base = docs_route_base(site_root)
    if base is None:
        return None
    prefix = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    if not (route + "/").startswith(prefix):
        return None
    rest = route[len(prefix):].strip("/")
    docs_dir = site_root / "docs"
    if not is_dir(docs_dir):
        return None
    direct = page_file(docs_dir / rest) if rest else page_file(docs_dir)
    if direct is not None and not is_dir(direct) and not ({"id", "slug"} & _front_matter(direct).keys()):
        return direct
    return _docusaurus_routes(site_root).get("/" + rest, False)


@cache
def docs_route_base(site_root: Path) -> str | None:
    """``routeBasePath`` of the docs plugin: "docs" unless the config sets it."""
    for name in config_files("docusaurus"):
        config = site_root / name
        if is_file(config):
            try:
                text = config.read_text(encoding="utf-8", errors="replace")
            except OSError:
                return None
            settings = re.findall(r"routeBasePath\s*:\s*(['\"`])([^'\"`]*)\1|routeBasePath\s*:", text)
            literal = [value for quote, value in settings if quote]
            if len(settings) == 0:
                return "docs"
            if len(settings) == len(literal) == 1:
                return literal[0]
            return None
    return "docs"


_NUMBER_PREFIX = re.compile(r"^\d+[-_.]")


def docusaurus_doc_address(docs_dir: Path, path: Path, front_matter: Mapping[str, object]) -> tuple[str, str] | None:
    """(doc id, route below the docs base path) as Docusaurus derives them by default.

    Number prefixes (``01-intro``) are dropped from folders and file names, ``id``
    replaces the file name, and ``slug`` sets the route (from the base path when it
    starts with ``/``). None for a file outside ``docs_dir``.
    """
    try:
        relative = path.relative_to(docs_dir)
    except ValueError:
        return None
    folder = _doc_folder(relative)
    given = front_matter.get("id")
    doc_id = "/".join(p for p in (folder, str(given) if given else _NUMBER_PREFIX.sub("", relative.stem)) if p)
    slug = front_matter.get("slug")
    if slug:
        slug = str(slug)
        route = slug if slug.startswith("/") else "/".join(p for p in (folder, slug) if p)
    else:
        route = doc_id
    return doc_id, "/" + route.strip("/")


def _doc_folder(relative: Path) -> str:
    return "/".join(_NUMBER_PREFIX.sub("", part) for part in relative.parent.parts)


@cache
def _docusaurus_routes(site_root: Path) -> dict[str, Path]:
    """The route of every doc (``id``/``slug`` applied), built once per site."""
    docs_dir = site_root / "docs"
    routes: dict[str, Path] = {}
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix.lower() not in MARKDOWN_SUFFIXES or not path.is_file():
            continue
        _, route = docusaurus_doc_address(docs_dir, path, _front_matter(path))
        folder = _doc_folder(path.relative_to(docs_dir))
        stem = _NUMBER_PREFIX.sub("", path.stem)
        if stem.lower() in ("index", "readme") or stem == folder.rsplit("/", 1)[-1]:
            routes.setdefault("/" + folder, path)  # the folder's own page
        routes[route] = path
    return routes


_HUGO_GENERATED = ("tags", "categories", "series", "page", "index.xml", "sitemap.xml", "404.html", "robots.txt")


def hugo_route(site_root: Path, route: str) -> Path | None | bool:
    """The page a ``/route`` opens in a Hugo site with default permalinks.

    False when no page, section or static file has the route; None when the site
    configures permalinks (routes we do not compute) or the route is a generated list.
    """
    if _hugo_has_permalinks(site_root):
        return None
    rest = route.strip("/")
    if rest in ("", "index.html", "index.htm"):
        return site_root
    first = rest.split("/", 1)[0]
    if first in _HUGO_GENERATED or first in _hugo_taxonomies(site_root):
        return None
    rest = re.sub(r"(/index)?\.html?$", "", rest)
    content = site_root / "content"
    found = page_file(content / rest)
    if found is not None:
        return found
    if is_file(site_root / "static" / rest) or is_dir(site_root / "static" / rest):
        return site_root / "static" / rest
    routes = _hugo_declared_routes(site_root)
    return routes.get("/" + rest, False)


@cache
def _hugo_config_text(site_root: Path) -> str:
    for name in config_files("hugo"):
        path = site_root / name
        if is_file(path):
            try:
                return path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                return ""
    return ""


def _hugo_has_permalinks(site_root: Path) -> bool:
    text = _hugo_config_text(site_root)
    return bool(re.search(r"^\s*\[?permalinks\]?\s*[:=\]]|^\s*\[permalinks", text, re.MULTILINE)) or is_dir(
        site_root / "config"
    )


@cache
def _hugo_taxonomies(site_root: Path) -> frozenset[str]:
    text = _hugo_config_text(site_root)
    section = re.search(r"^\s*\[taxonomies\]\s*$(.*?)(?=^\s*\[|\Z)", text, re.MULTILINE | re.DOTALL)
    if not section:
        return frozenset()
    return frozenset(re.findall(r"=\s*['\"]([^'\"]+)['\"]", section.group(1)))


def hugo_page_address(content_dir: Path, path: Path, front_matter: Mapping[str, object]) -> str | None:
    """The URL path Hugo gives a content page with default permalinks.

    ``url`` wins; a bundle's ``index.md`` or a section's ``_index.md`` is its folder;
    otherwise the folder plus ``slug`` or the file name. None outside ``content_dir``.
    """
    url = front_matter.get("url")
    if isinstance(url, str) and url.strip("/"):
        return "/" + url.strip("/")
    try:
        relative = path.relative_to(content_dir)
    except ValueError:
        return None
    folder = "" if relative.parent == Path(".") else relative.parent.as_posix()
    if relative.stem in ("index", "_index"):
        return "/" + folder
    slug = front_matter.get("slug")
    name = str(slug).strip("/") if slug else relative.stem
    return "/" + "/".join(p for p in (folder, name) if p)


@cache
def _hugo_declared_routes(site_root: Path) -> dict[str, Path]:
    """Every page's route and ``aliases``, built once (only when a route is not a file)."""
    content = site_root / "content"
    routes: dict[str, Path] = {}
    for path in sorted(p for p in content.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES):
        data = _front_matter(path)
        aliases = data.get("aliases") if isinstance(data.get("aliases"), list) else []
        for route in (hugo_page_address(content, path, data), *aliases):
            if isinstance(route, str) and route.strip("/"):
                routes["/" + route.strip("/")] = path
    return routes
