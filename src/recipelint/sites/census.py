"""What a site's own pages, archetypes and templates say about its conventions.

A site has front-matter keys of its own: its archetypes (Hugo ``archetypes/*.md``) and
configuration defaults (Jekyll ``_config.yml`` ``defaults:``) declare them, its templates
read them (``.Params.servings``, ``page.servings``), and its pages use them. A key that
the site declares or that several of its pages use is the site's key, not a typo; and a
page without front matter on a site whose pages have none is the site's style.

The census reads only the top of each page (the front-matter block), at most
``MAX_PAGES`` pages of ``MAX_HEAD_BYTES`` each, once per site and process, and only when
a rule asks (a single-file run that finds nothing unusual never pays for it).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MAX_PAGES = 5000
MAX_HEAD_BYTES = 16_384
MAX_TEMPLATE_BYTES = 262_144
MARKDOWN_SUFFIXES = (".md", ".mdx", ".markdown")
TEMPLATE_SUFFIXES = (".html", ".htm", ".liquid", ".xml", ".json", ".md")

_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s|$)", re.MULTILINE)
_TOML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*=", re.MULTILINE)
_TOML_TABLE = re.compile(r"^\s*\[")
_HUGO_PARAM = re.compile(r"\.Params\.([A-Za-z_]\w*)|\.Param\s+\"([A-Za-z_]\w*)\"|\bisset\s+\.Params\s+\"([A-Za-z_]\w*)\"")
_JEKYLL_PAGE = re.compile(r"\b(?:page|post|recipe|include\.recipe)\.([A-Za-z_]\w*)")
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


@cache
def site_census(site_root: Path) -> SiteCensus:
    key_pages: Counter = Counter()
    pages = with_front_matter = 0
    for path in _walk(site_root, MARKDOWN_SUFFIXES, MAX_PAGES):
        keys = _front_matter_keys(_head(path, MAX_HEAD_BYTES))
        pages += 1
        if keys is not None:
            with_front_matter += 1
            key_pages.update(set(keys))
    return SiteCensus(pages, with_front_matter, key_pages, frozenset(_declared_keys(site_root)))


def _walk(root: Path, suffixes: tuple[str, ...], limit: int):
    """Files under ``root`` with one of ``suffixes``, not following links, skipping build
    output, dependencies and hidden folders; at most ``limit``."""
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(suffixes):
                path = Path(folder) / name
                if path.is_symlink() or not path.is_file():
                    continue
                yield path
                count += 1
                if count >= limit:
                    return


def _head(path: Path, limit: int) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(limit).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _front_matter_keys(text: str) -> list[str] | None:
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


def _declared_keys(site_root: Path) -> set[str]:
    declared: set[str] = set()
    archetypes = site_root / "archetypes"
    if archetypes.is_dir():
        for path in _walk(archetypes, MARKDOWN_SUFFIXES, 200):
            declared.update(_front_matter_keys(_head(path, MAX_HEAD_BYTES)) or ())
    declared.update(_jekyll_defaults(site_root))
    for folder in ("layouts", "_layouts", "_includes", "themes"):
        if (site_root / folder).is_dir():
            for path in _walk(site_root / folder, TEMPLATE_SUFFIXES, 2000):
                text = _head(path, MAX_TEMPLATE_BYTES)
                for match in _HUGO_PARAM.finditer(text):
                    declared.add(next(g for g in match.groups() if g))
                declared.update(m.group(1) for m in _JEKYLL_PAGE.finditer(text))
    return declared


def _jekyll_defaults(site_root: Path) -> set[str]:
    """Keys set under ``defaults: - values:`` in a Jekyll ``_config.yml``."""
    path = site_root / "_config.yml"
    if not path.is_file():
        return set()
    import yaml

    text = _head(path, MAX_TEMPLATE_BYTES)
    if text.count("&") > 50:  # anchors for an alias bomb; a real _config.yml has a few at most
        return set()
    try:
        config = yaml.safe_load(text)
    except yaml.YAMLError:
        return set()
    keys: set[str] = set()
    defaults = config.get("defaults") if isinstance(config, dict) else None
    for entry in defaults if isinstance(defaults, list) else ():
        values = entry.get("values") if isinstance(entry, dict) else None
        if isinstance(values, dict):
            keys.update(str(k) for k in values)
    return keys
