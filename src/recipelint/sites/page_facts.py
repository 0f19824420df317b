"""What the project pass needs to know about each page, collected while it is linted.

Worker processes lint files independently; cross-file rules (two pages with the same
address, one tag spelled three ways across the site, an image no page shows) run
afterwards in the main process over these small, picklable summaries, so no file is
read or parsed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.sites.detect import Site


@dataclass(frozen=True, slots=True)
class Located:
    """A front-matter value and where it is written."""

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class PageFacts:
    path: str
    """The path as displayed (and used in diagnostics)."""
    fs_path: Path | None
    site_root: Path | None
    preset: str
    keys: dict[str, Located]
    """Front-matter ``id``, ``slug``, ``url`` and ``permalink`` where the page sets them."""
    tags: tuple[Located, ...]
    images: tuple[Path, ...]
    """Local image files the page shows (resolved, existing)."""
    title: Located | None = None
    """The front-matter title (YAML or TOML), where the page sets one."""


_ROUTE_KEYS = ("id", "slug", "url", "permalink")


def collect_page_facts(document: Document, site: Site, images: tuple[Path, ...]) -> PageFacts:
    keys: dict[str, Located] = {}
    tags: tuple[Located, ...] = ()
    yaml_document = document.front_matter_yaml
    if yaml_document is not None:
        for key in _ROUTE_KEYS:
            located = _scalar(yaml_document, (key,))
            if located is not None:
                keys[key] = located
        tags = _tags(yaml_document)
    title = _scalar(yaml_document, ("title",)) if yaml_document is not None else _toml_title(document)
    fs_path = document.fs_path.absolute() if document.fs_path else None
    return PageFacts(document.path, fs_path, site.root, site.preset, keys, tags, images, title)


def _toml_title(document: Document) -> Located | None:
    toml = document.toml
    if toml is None or toml.error is not None:
        return None
    value, where = toml.data.get("title"), toml.values.get("title")
    return Located(value.strip(), where) if isinstance(value, str) and value.strip() and where else None


def _scalar(yaml_document, path: tuple) -> Located | None:
    from yaml.nodes import ScalarNode

    node, _ = yaml_document.node_at(path)
    if not isinstance(node, ScalarNode) or not node.value.strip():
        return None
    where = yaml_document.position(node)
    quote = 1 if node.style in ('"', "'") and where.line == where.end_line else 0
    return Located(node.value.strip(), Span(where.line, where.column + quote, where.end_line, where.end_column - quote))


def _tags(yaml_document) -> tuple[Located, ...]:
    """The page's non-empty tags with their spans (see frontmatter.tags)."""
    from recipelint.page.frontmatter.tags import tag_items

    return tuple(
        Located(value.strip(), span) for value, span in tag_items(yaml_document) if isinstance(value, str) and value.strip()
    )
