"""Completion inside YAML front matter: keys, and tags.

Keys come from the preset's front-matter model (with their descriptions) and from the
site itself: the keys its archetypes, configuration and templates declare and those
several of its pages use (the same census FM008 trusts). Tags come from the site's
declared tag list when it has one (Docusaurus ``tags.yml``), else from the tags its
pages already use, so a writer picks ``Mexican`` instead of inventing ``mexican``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.sites.census import site_census
from recipelint.sites.detect import resolve_site

if TYPE_CHECKING:
    from recipelint.server.session import OpenPage

_KEY_BEING_TYPED = re.compile(r"^[A-Za-z_][\w-]*$|^$")
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
_TAGS_INLINE = re.compile(r"^tags\s*:\s*(\[[^\]]*)?$")
_LIST_ITEM = re.compile(r"^\s*-\s*[^:]*$")


@dataclass(frozen=True)
class Completion:
    label: str
    detail: str
    insert_text: str
    is_key: bool


def front_matter_completions(page: OpenPage, line: int, column: int) -> list[Completion] | None:
    """What may be written at (line, column) of ``page``'s front matter; None outside it."""
    if page.config is None:
        return None
    lines = page.text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---" or line < 2 or line > len(lines):
        return None
    closing = next((n for n in range(2, len(lines) + 1) if lines[n - 1].strip() in ("---", "...")), None)
    if closing is not None and line >= closing:
        return None
    before = lines[line - 1][: column - 1]
    if _KEY_BEING_TYPED.match(before):
        present = {m.group(1) for m in (_TOP_LEVEL_KEY.match(text) for text in lines[1:(closing or len(lines)) - 1]) if m}
        return [c for c in _keys(page) if c.label not in present]
    if _TAGS_INLINE.match(before) or (_LIST_ITEM.match(before) and _under_tags(lines, line)):
        return _tags(page)
    return None


def _under_tags(lines: list[str], line: int) -> bool:
    """Whether ``line`` is an item of the top-level ``tags:`` list."""
    for text in reversed(lines[1: line - 1]):
        if _TOP_LEVEL_KEY.match(text):
            return text.split(":", 1)[0].strip() == "tags"
    return False


def _keys(page: OpenPage) -> list[Completion]:
    site = _site(page)
    generator = site.generator
    found: dict[str, Completion] = {}
    model = generator.front_matter_model()
    for name, field in model.model_fields.items():
        key = field.alias or name
        found[key] = Completion(key, field.description or f"{generator.display_name} front matter", f"{key}: ", True)
    for key in generator.builtin_keys:
        found.setdefault(key, Completion(key, f"read by {generator.display_name}", f"{key}: ", True))
    if site.root is not None:
        census = site_census(site.root, generator)
        for key, count in census.key_pages.most_common():
            if census.is_site_key(key):
                found.setdefault(key, Completion(key, f"used by {count} pages of this site", f"{key}: ", True))
        for key in sorted(census.declared_keys):
            found.setdefault(key, Completion(key, "declared by this site", f"{key}: ", True))
    return list(found.values())


def _tags(page: OpenPage) -> list[Completion]:
    site = _site(page)
    declared = site.generator.tag_vocabulary(site.root) if site.root is not None else None
    if declared:
        return [Completion(tag, "declared by this site", tag, False) for tag in sorted(declared)]
    used: Counter = Counter()
    if page.project is not None:
        for facts in page.project.facts.values():
            used.update({tag.value for tag in facts.tags})
    return [Completion(tag, f"used by {count} page{'s' if count > 1 else ''}", tag, False) for tag, count in used.most_common()]


def _site(page: OpenPage):
    config = page.config
    settings = config.settings
    return resolve_site(page.path, settings.preset, settings.static_dirs, config.root)
