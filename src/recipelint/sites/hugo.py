"""Hugo: pages under ``content/`` with default permalinks, static files in ``static/``,
shortcodes in pages, the title shown by the theme."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites import disk
from recipelint.sites.base import Address, Generator, config_text
from recipelint.sites.lookups import lookup
from recipelint.sites.pages import (
    MARKDOWN_SUFFIXES,
    front_matter_values,
    is_dir,
    is_file,
    page_file,
)

if TYPE_CHECKING:
    from recipelint.sites.page_facts import PageFacts

MARKERS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
LEGACY_CONFIG_FILES = ("config.toml", "config.yaml", "config.yml", "config.json")
CONFIG_FILES = MARKERS + LEGACY_CONFIG_FILES


_TEMPLATE_PARAM = re.compile(r"\.Params\.([A-Za-z_]\w*)|\.Param\s+\"([A-Za-z_]\w*)\"|\bisset\s+\.Params\s+\"([A-Za-z_]\w*)\"")


class Hugo(Generator):
    def marks_site(self, directory: Path) -> bool:
        """``hugo.*``, or (older sites) a ``config.*`` beside a ``content/`` folder."""
        if super().marks_site(directory):
            return True
        return disk.is_dir(directory / "content") and any(disk.is_file(directory / n) for n in LEGACY_CONFIG_FILES)

    def content_dirs(self, site_root: Path) -> tuple[str, ...] | None:
        match = re.search(r"""^\s*contentDir\s*[=:]\s*['"]?([\w./-]+)""", _hugo_config_text(site_root), re.MULTILINE)
        return (match.group(1).strip("/").split("/")[0],) if match else ("content",)

    def declared_keys(self, site_root: Path) -> frozenset[str]:
        """Keys of the archetypes' front matter, and ``.Params.x`` in layouts and themes."""
        from recipelint.sites.census import (
            MARKDOWN_SUFFIXES,
            MAX_HEAD_BYTES,
            front_matter_keys,
            head,
            template_keys,
            walk,
        )

        keys = template_keys(site_root, ("layouts", "themes"), _TEMPLATE_PARAM)
        if disk.is_dir(site_root / "archetypes"):
            for path in walk(site_root / "archetypes", MARKDOWN_SUFFIXES, 200):
                keys.update(front_matter_keys(head(path, MAX_HEAD_BYTES)) or ())
        return frozenset(keys)

    def route_target(self, site_root: Path, route: str) -> Path | None | bool:
        return hugo_route(site_root, route)

    def page_relative_target(self, site_root: Path, source: Path, path_part: str) -> Path | None:
        content = site_root / "content"
        try:
            relative = source.with_suffix("").relative_to(content)
        except ValueError:
            return None
        page_route = "/" + (relative.parent.as_posix() if relative.name in ("index", "_index") else relative.as_posix())
        route = os.path.normpath(page_route.rstrip("/") + "/" + path_part)
        found = hugo_route(site_root, route)
        return found if isinstance(found, Path) else None

    def page_addresses(self, page: PageFacts) -> list[Address]:
        values = {key: located.value for key, located in page.keys.items()}
        address = hugo_page_address(page.site_root / "content", page.fs_path, values)
        if address is None:
            return []
        where = page.keys.get("url") or (None if page.fs_path.stem in ("index", "_index") else page.keys.get("slug"))
        return [("address", address, where)]


HUGO = Hugo(
    name="hugo",
    display_name="Hugo",
    markers=MARKERS,
    static_dirs=("static",),
    non_content_dirs=("archetypes", "themes", "public", "resources"),
    # All 349 based-cooking recipes have `## Ingredients` and `## Directions` (which
    # count as Instructions); none has an Overview heading: the intro is plain prose
    # under the title. Requiring Overview would put a false error on every page.
    required_sections=("Ingredients", "Instructions"),
    model_module="recipelint.sites.models.hugo",
    title_heading="theme",
    renders_templates=True,
    builtin_keys=("build", "cascade", "headless", "isCJKLanguage", "keywords", "markup", "menu", "menus", "outputs", "params", "resources", "sitemap", "toc", "translationKey"),
)


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


def _hugo_config_text(site_root: Path) -> str:
    return config_text(site_root, CONFIG_FILES) or ""


def _hugo_has_permalinks(site_root: Path) -> bool:
    text = _hugo_config_text(site_root)
    return bool(re.search(r"^\s*\[?permalinks\]?\s*[:=\]]|^\s*\[permalinks", text, re.MULTILINE)) or is_dir(
        site_root / "config"
    )


@lookup
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


_ROUTE_KEYS = ("url", "slug", "aliases")  # what hugo_page_address and the aliases read


@lookup
def _hugo_declared_routes(site_root: Path) -> dict[str, Path]:
    """Every page's route and ``aliases``, built once (only when a route is not a file)."""
    content = site_root / "content"
    routes: dict[str, Path] = {}
    for path in sorted(p for p in content.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES):
        data = front_matter_values(path, _ROUTE_KEYS)
        aliases = data.get("aliases") if isinstance(data.get("aliases"), list) else []
        for route in (hugo_page_address(content, path, data), *aliases):
            if isinstance(route, str) and route.strip("/"):
                routes["/" + route.strip("/")] = path
    return routes
