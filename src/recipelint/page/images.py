"""The images a page references, with the exact span of each.

Images come from three places: Markdown images (inline ``![alt](path)`` and
reference-style ``![alt][ref]``, as markdown-it resolves them), simple HTML ``<img>``
tags, and the front-matter keys ``image``, ``cover`` and ``thumbnail``. Which file an
image is, is the site's business (``sites/images.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from recipelint.diagnostic import Problem, Span
from recipelint.page.inline import TextBlock

if TYPE_CHECKING:
    from markdown_it.token import Token

    from recipelint.page.document import Document

FRONT_MATTER_IMAGE_KEYS = ("image", "cover", "thumbnail")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ATTR = re.compile(r"""([A-Za-z_:][\w:.\-]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


@dataclass(frozen=True)
class ImageRef:
    """One image reference and where it is written (1-based, end exclusive)."""

    target: str  # the path as written (for messages)
    url: str  # the destination to resolve (markdown-it's normalised src, or the raw value)
    alt: str | None  # None: no alt at all (an HTML <img> without the attribute)
    span: Span
    origin: str  # "markdown", "html" or "front-matter"

    def problem(self, message: str) -> Problem:
        return self.span.problem(message)


def images_of(document: Document) -> list[ImageRef]:
    """Every image the page references, in order: front matter first, then the body.
    Collected once per document."""
    return document.memo("images", _collect)


def _collect(document: Document) -> list[ImageRef]:
    found: list[ImageRef] = []
    found.extend(_front_matter_images(document))
    for token in document.tokens:
        if token.type == "html_block" and token.map:
            block = TextBlock(document, token.map[0] + 1, token.map[1])
            for match in _HTML_IMG.finditer(block.text):
                found.extend(_html_image(block, match.group(0), match.start()))
        elif token.type == "inline" and token.children:
            found.extend(_inline_images(document, token))
    return found


def _inline_images(document: Document, inline: Token) -> Iterator[ImageRef]:
    images = [c for c in inline.children if c.type == "image" or (c.type == "html_inline" and _HTML_IMG.match(c.content))]
    if not images or not inline.map:
        return
    block = TextBlock(document, inline.map[0] + 1, inline.map[1])
    cursor = 0
    for child in images:
        if child.type == "html_inline":
            start = block.text.find(child.content, cursor)
            if start < 0:
                continue
            yield from _html_image(block, child.content, start)
            cursor = start + len(child.content)
            continue
        src = child.attrGet("src") or ""
        start, end, raw = _locate_markdown_image(block.text, cursor, src)
        cursor = end if end > start else cursor
        yield ImageRef(raw or unquote(src), src, child.content, block.span(start, end), "markdown")


def _locate_markdown_image(text: str, cursor: int, src: str) -> tuple[int, int, str | None]:
    """Offsets of the image's ``![`` and just past its ``)`` / ``]``, and the raw path.

    Candidates ``![`` are tried in order; the first whose destination normalises to
    markdown-it's ``src`` wins (this skips ``![`` in code spans and escapes). A
    reference-style image matches the first candidate that parses as one.
    """
    from recipelint.page.markdown import markdown_parser

    normalize = markdown_parser().normalizeLink
    first: tuple[int, int, str | None] | None = None
    start = text.find("![", cursor)
    while start >= 0:
        parsed = _parse_image_at(text, start)
        if parsed is not None:
            end, raw = parsed
            if first is None:
                first = (start, end, raw)
            if raw is None or normalize(raw) == src:
                return start, end, raw
        start = text.find("![", start + 2)
    return first or (cursor, cursor + 2, None)


def _parse_image_at(text: str, start: int) -> tuple[int, str | None] | None:
    """(end offset, raw destination or None for reference images) of ``![…`` at ``start``."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    if start > 0 and text[start - 1] == "\\":
        return None
    depth, pos = 0, start + 1
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                break
        pos += 1
    else:
        return None
    label_end = pos + 1
    if label_end < len(text) and text[label_end] == "(":
        pos = _skip_space(text, label_end + 1)
        destination = parseLinkDestination(text, pos, len(text))
        if not destination.ok:
            return None
        raw = destination.str
        pos = _skip_space(text, destination.pos)
        title = parseLinkTitle(text, pos, len(text))
        if title.ok and title.pos > pos:
            pos = _skip_space(text, title.pos)
        if pos < len(text) and text[pos] == ")":
            return pos + 1, raw
        return None
    if label_end < len(text) and text[label_end] == "[":
        close = text.find("]", label_end)
        return (close + 1 if close >= 0 else label_end), None
    return label_end, None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _html_image(block: TextBlock, tag: str, start: int) -> Iterator[ImageRef]:
    attrs: dict[str, tuple[str, int]] = {}
    for match in _HTML_ATTR.finditer(tag, 4):
        value = next((g for g in match.groups()[2:] if g is not None), "")
        attrs.setdefault(match.group(1).lower(), (value, match.start(2) if match.group(2) else match.start()))
    if "src" not in attrs:
        return
    src = attrs["src"][0].strip()
    alt = attrs["alt"][0] if "alt" in attrs else None
    yield ImageRef(src, src, alt, block.span(start, start + len(tag)), "html")


def _front_matter_images(document: Document) -> Iterator[ImageRef]:
    yaml_doc = document.front_matter_yaml
    if yaml_doc is None:
        return
    from yaml.nodes import ScalarNode

    for key in FRONT_MATTER_IMAGE_KEYS:
        value = yaml_doc.data.get(key)
        node, _ = yaml_doc.node_at((key,))
        if not isinstance(value, str) or not value.strip() or not isinstance(node, ScalarNode):
            continue
        yield ImageRef(value.strip(), value.strip(), "", yaml_doc.position(node), "front-matter")
