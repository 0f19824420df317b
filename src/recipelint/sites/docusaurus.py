"""Docusaurus: docs under ``docs/`` routed below ``routeBasePath``, static files in
``static/``, the front-matter title rendered as the page's h1, MDX."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites.base import Address, Generator, config_text
from recipelint.sites.boundary import read_inside
from recipelint.sites.lookups import lookup
from recipelint.sites.pages import (
    MARKDOWN_SUFFIXES,
    front_matter_of,
    front_matter_values,
    is_dir,
    is_file,
    page_file,
)

if TYPE_CHECKING:
    from recipelint.sites.page_facts import PageFacts

CONFIG_FILES = ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs")


class Docusaurus(Generator):
    def content_dirs(self, site_root: Path) -> tuple[str, ...] | None:
        return content_dirs(site_root)

    def tag_vocabulary(self, site_root: Path) -> set[str] | None:
        return declared_tags(site_root)

    def route_target(self, site_root: Path, route: str) -> Path | None | bool:
        found = docusaurus_docs_route(site_root, route.rstrip("/") or "/")
        base = base_url(site_root)
        if found is False and base is None:
            return None  # a computed baseUrl: the route may carry it; leave it alone
        if found is False and base.strip("/") and (route + "/").startswith("/" + base.strip("/") + "/"):
            # Links may include the site's baseUrl (`/recipes/…` on a site served below /recipes/).
            rest = route[len(base.strip("/")) + 1:]
            found = docusaurus_docs_route(site_root, rest.rstrip("/") or "/")
        return found

    def page_relative_target(self, site_root: Path, source: Path, path_part: str) -> Path | None:
        docs = site_root / "docs"
        try:
            folder = source.parent.relative_to(docs).as_posix()
        except ValueError:
            return None
        base = docs_route_base(site_root)
        if base is None:
            return None
        route = os.path.normpath("/" + "/".join(p for p in (base.strip("/"), folder if folder != "." else "", path_part) if p))
        found = docusaurus_docs_route(site_root, route)
        return found if isinstance(found, Path) else None

    def page_addresses(self, page: PageFacts) -> list[Address]:
        values = {key: located.value for key, located in page.keys.items()}
        address = docusaurus_doc_address(page.site_root / "docs", page.fs_path, values)
        if address is None:
            return []
        doc_id, route = address
        addresses: list[Address] = [("doc id", doc_id, page.keys.get("id"))]
        if "slug" in page.keys:
            base = (docs_route_base(page.site_root) or "docs").strip("/")
            addresses.append(("address", "/" + "/".join(p for p in (base, route.strip("/")) if p), page.keys["slug"]))
        return addresses


DOCUSAURUS = Docusaurus(
    name="docusaurus",
    display_name="Docusaurus",
    markers=CONFIG_FILES,
    static_dirs=("static",),
    non_content_dirs=("build", ".docusaurus"),
    # What every recipe has whatever its layout; the seed format's Overview is not
    # required (require it with `required-sections`).
    required_sections=("Ingredients", "Instructions"),
    model_module="recipelint.sites.models.docusaurus",
    title_heading="rendered",
    renders_templates=True,
    builtin_keys=("keywords", "image", "draft", "sidebar_custom_props", "pagination_label", "toc_min_heading_level", "toc_max_heading_level"),
)


_PLUGIN_PATH = re.compile(r"""\bpath\s*:\s*['"`]\.?/?([\w.-]+)""")


@lookup
def content_dirs(site_root: Path) -> tuple[str, ...]:
    """The default docs, blog and pages folders, and any ``path:`` the config gives a
    docs or blog plugin (``blog: { path: './recipes' }``)."""
    found = ["docs", "blog", "src", "i18n", "versioned_docs"]
    found.extend(m.group(1) for m in _PLUGIN_PATH.finditer(_config_text(site_root) or ""))
    return tuple(dict.fromkeys(found))


@lookup
def base_url(site_root: Path) -> str | None:
    """``baseUrl`` of the site: "/" unless the config sets it; None when it is not a plain string."""
    return _literal_setting(site_root, "baseUrl", "/")


@lookup
def declared_tags(site_root: Path) -> set[str] | None:
    """Keys of ``docs/tags.yml`` (or ``tags.yaml``); None when the site has none."""
    import yaml

    for name in ("docs/tags.yml", "docs/tags.yaml"):
        path = site_root / name
        if is_file(path):
            raw = read_inside(path, 1_048_576)
            if raw is None or len(raw) > 1_048_576:
                return None
            try:
                data = yaml.safe_load(raw.decode("utf-8"))
            except (UnicodeDecodeError, yaml.YAMLError):
                return None
            return {str(k) for k in data} if isinstance(data, dict) else None
    return None


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
    if direct is not None and not is_dir(direct) and not ({"id", "slug"} & front_matter_of(direct).keys()):
        return direct
    return _docusaurus_routes(site_root).get("/" + rest, False)


@lookup
def docs_route_base(site_root: Path) -> str | None:
    """``routeBasePath`` of the docs plugin: "docs" unless the config sets it."""
    return _literal_setting(site_root, "routeBasePath", "docs")


def _config_text(site_root: Path) -> str | None:
    """The site's ``docusaurus.config.*``: "" when it has none, None when unreadable."""
    return config_text(site_root, CONFIG_FILES)


def _literal_setting(site_root: Path, key: str, default: str) -> str | None:
    """A config setting written once as a plain string; ``default`` when the config does
    not set it, None when it is computed or set more than once (we cannot read it)."""
    text = _config_text(site_root)
    if text is None:
        return None
    settings = re.findall(rf"\b{key}\s*:\s*(['\"`])([^'\"`]*)\1|\b{key}\s*:", text)
    literal = [value for quote, value in settings if quote]
    if not settings:
        return default
    return literal[0] if len(settings) == len(literal) == 1 else None


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


@lookup
def _docusaurus_routes(site_root: Path) -> dict[str, Path]:
    """The route of every doc (``id``/``slug`` applied), built once per site."""
    docs_dir = site_root / "docs"
    routes: dict[str, Path] = {}
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix.lower() not in MARKDOWN_SUFFIXES or not is_file(path):
            continue
        _, route = docusaurus_doc_address(docs_dir, path, front_matter_values(path, ("id", "slug")))
        folder = _doc_folder(path.relative_to(docs_dir))
        stem = _NUMBER_PREFIX.sub("", path.stem)
        if stem.lower() in ("index", "readme") or stem == folder.rsplit("/", 1)[-1]:
            routes.setdefault("/" + folder, path)  # the folder's own page
        routes[route] = path
    return routes
