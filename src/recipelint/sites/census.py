"""What a site's own pages, archetypes and templates say about its conventions.

A site has front-matter keys of its own: its generator's files declare them
(``Generator.declared_keys``: Hugo archetypes and ``.Params.x`` in templates, Jekyll
``_config.yml`` defaults and ``page.x``), and its pages use them. A key that the site
declares or that several of its pages use is the site's key, not a typo; and a page
without front matter on a site whose pages have none is the site's style.

The census reads only the top of each page (the front-matter block), at most
``MAX_PAGES`` pages of ``MAX_HEAD_BYTES`` each, once per site and process, and only when
a rule asks (a single-file run that finds nothing unusual never pays for it).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.sites import disk
from recipelint.sites.lookups import lookup
from recipelint.sites.pages import MARKDOWN_SUFFIXES

if TYPE_CHECKING:
    from recipelint.sites.base import Generator

MAX_PAGES = 5000
MAX_HEAD_BYTES = 16_384
MAX_TEMPLATE_BYTES = 262_144
TEMPLATE_SUFFIXES = (".html", ".htm", ".liquid", ".xml", ".json", ".md")

_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s|$)", re.MULTILINE)
_TOML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*=", re.MULTILINE)
_TOML_TABLE = re.compile(r"^\s*\[")
_SKIPPED_DIRS = {"node_modules", ".git", ".github", "public", "_site", "site", "build", "resources", "vendor", ".cache"}


@dataclass(frozen=True)
class SiteCensus:
    pages: int
    """Markdown pages read."""
    with_front_matter: int
    key_pages: Counter
    """Front-matter key -> how many pages set it (top-level keys)."""
    declared_keys: frozenset[str]
    """Keys the site's archetypes, configuration defaults or templates name."""

    def is_site_key(self, key: str) -> bool:
        """Declared by the site, or set by at least two of its pages."""
        return key in self.declared_keys or self.key_pages[key] >= 2

    @property
    def front_matter_is_the_norm(self) -> bool:
        """Most pages (and at least two) start with front matter."""
        return self.with_front_matter >= 2 and self.with_front_matter * 2 >= self.pages


@lookup
def site_census(site_root: Path, generator: Generator) -> SiteCensus:
    """The keys of the pages ``generator`` renders from ``site_root``, and those its
    files declare."""
    key_pages: Counter = Counter()
    pages = with_front_matter = 0
    content = generator.content_dirs(site_root)
    roots = [site_root / name for name in content] if content is not None else [site_root]
    for root in roots:
        for path in walk(root, MARKDOWN_SUFFIXES, MAX_PAGES - pages):
            keys = front_matter_keys(head(path, MAX_HEAD_BYTES))
            pages += 1
            if keys is not None:
                with_front_matter += 1
                key_pages.update(set(keys))
    return SiteCensus(pages, with_front_matter, key_pages, generator.declared_keys(site_root))


def template_keys(site_root: Path, folders: tuple[str, ...], pattern: re.Pattern[str]) -> set[str]:
    """The keys ``pattern`` (one group per way of writing it) finds in the site's
    template folders: ``.Params.servings`` in Hugo layouts, ``page.servings`` in Jekyll's."""
    keys: set[str] = set()
    for folder in folders:
        if disk.is_dir(site_root / folder):
            for path in walk(site_root / folder, TEMPLATE_SUFFIXES, 2000):
                for match in pattern.finditer(head(path, MAX_TEMPLATE_BYTES)):
                    keys.add(next(g for g in match.groups() if g))
    return keys


def walk(root: Path, suffixes: tuple[str, ...], limit: int):
    """Files under ``root`` with one of ``suffixes``, not following links, skipping build
    output, dependencies and hidden folders; at most ``limit``."""
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(suffixes):
                path = Path(folder) / name
                if path.is_symlink() or not disk.is_file(path):
                    continue
                yield path
                count += 1
                if count >= limit:
                    return


def head(path: Path, limit: int) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(limit).decode("utf-8", errors="replace")
    except OSError:
        return ""


def front_matter_keys(text: str) -> list[str] | None:
    """Top-level keys of a YAML (``---``) or TOML (``+++``) block at the top; None when
    the text has no front matter."""
    text = text.lstrip("\ufeff")
    for fence, pattern in (("---", _YAML_KEY), ("+++", _TOML_KEY)):
        if text.startswith(fence):
            end = re.search(r"^" + re.escape(fence) + r"\s*$", text[len(fence):], re.MULTILINE)
            block = text[len(fence):len(fence) + end.start()] if end else text[len(fence):]
            if pattern is _TOML_KEY:
                block = _toml_top_level(block)
            return pattern.findall(block)
    return None


def _toml_top_level(block: str) -> str:
    """The TOML lines before the first ``[table]`` (keys inside tables are not top-level)."""
    lines = []
    for line in block.splitlines():
        if _TOML_TABLE.match(line):
            break
        lines.append(line)
    return "\n".join(lines)
