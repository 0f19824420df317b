"""The ``tags`` of a page, read one way for every rule that looks at them.

Tags are a YAML list, or (Jekyll) one plain string of comma-separated names; each item
comes with the span it is written at, so FM009–FM011 and the site-wide FM016 agree on
what a page's tags are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from recipelint.diagnostic import Span

if TYPE_CHECKING:
    from recipelint.page.frontmatter.yamlnodes import YamlDocument

_COMMA_ITEM = re.compile(r"[^,]+")
_SEPARATORS = re.compile(r"[\s_\u2010-\u2015-]+")


def tag_items(yaml_doc: YamlDocument) -> list[tuple[Any, Span]]:
    """(value, span) per tag: every list item (empty ones too, as YAML read them), or the
    non-empty items of a ``tags: a, b`` string written on one line."""
    from yaml.nodes import ScalarNode, SequenceNode

    node, _ = yaml_doc.node_at(("tags",))
    value = yaml_doc.data.get("tags")
    if isinstance(node, SequenceNode) and isinstance(value, list):
        return [(item, yaml_doc.position_at(("tags", index))) for index, item in enumerate(value)]
    if not isinstance(node, ScalarNode) or node.style or not isinstance(value, str):
        return []  # quoted or block strings keep their own spacing; read them as one value
    where = yaml_doc.position(node)
    if where.line != where.end_line:
        return []
    items = []
    for match in _COMMA_ITEM.finditer(node.value):
        text = match.group(0)
        stripped = text.strip()
        if stripped:
            start = where.column + match.start() + (len(text) - len(text.lstrip()))
            items.append((stripped, Span(where.line, start, where.line, start + len(stripped))))
    return items


def tag_key(tag: str) -> str:
    """Spellings that render to one label: case, spaces, hyphens and underscores folded."""
    return _SEPARATORS.sub("-", tag.strip().casefold())
