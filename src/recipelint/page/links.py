"""The links a page has: reference labels and definitions, inline links, URLs.

markdown-it consumes reference definitions and leaves undefined references as plain
text, so neither is visible in the token stream with a position. This module scans the
raw lines of the prose blocks (paragraphs, headings, tables: the block tokens give the
lines, the text gives the columns) once per document, with code spans, backslash
escapes, autolinks, inline HTML and Hugo/Liquid template tags masked out. Fenced and
indented code, HTML blocks and the front matter are never scanned.

Labels are matched as CommonMark defines it: case-folded, inner whitespace collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.page.inline import (
    PROSE_BLOCKS,
    CodeSpans,
    TextBlock,
    backtick_run_end,
    prose_blocks,
)

if TYPE_CHECKING:
    from recipelint.page.document import Document

# -- what the scan finds ---------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """``[text][label]`` (full), ``[label][]`` (collapsed) or ``[label]`` (shortcut)."""

    label: str
    key: str
    kind: str
    image: bool
    span: Span


@dataclass(frozen=True)
class Definition:
    """``[label]: destination "title"`` on its own line."""

    label: str
    key: str
    destination: str
    span: Span
    destination_span: Span | None = None


@dataclass(frozen=True)
class InlineLink:
    """``[text](destination)`` or ``![alt](source)``."""

    text: str
    destination: str
    image: bool
    span: Span
    destination_span: Span | None = None


@dataclass(frozen=True)
class Url:
    """An absolute URL written somewhere in the prose, with how it was written."""

    url: str
    kind: str  # "link", "image", "definition", "autolink", "bare"
    span: Span


@dataclass
class LinkScan:
    references: list[Reference] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    inline_links: list[InlineLink] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)

    @property
    def defined(self) -> set[str]:
        return {d.key for d in self.definitions}

    @property
    def used(self) -> set[str]:
        return {r.key for r in self.references}


def normalize_label(label: str) -> str:
    """CommonMark label matching: Unicode case fold, runs of whitespace as one space."""
    return " ".join(label.split()).casefold()


# -- scanning ----------------------------------------------------------------------------

_LEAF_BLOCKS = {*PROSE_BLOCKS, "fence", "code_block", "html_block", "hr", "front_matter"}
_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MASK = "\x00"
_ESCAPE_OR_BACKTICK = re.compile(r"[\\`]")
_MASK_OPENERS = re.compile(r"[\\`<{]")
"""What every masked construct starts with: escapes, code spans, autolinks and HTML, templates."""
_BRACKET = re.compile(r"[\[\]]")

_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9.\-]+>")
# Hugo shortcodes and Jekyll Liquid tags are expanded before Markdown sees the page.
_TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>", re.S)
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\x00]+", re.I)
_TASK_PREFIX = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+$")
_CONTAINER_PREFIX = r"^(?P<prefix>[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)"
_DEFINITION = re.compile(
    _CONTAINER_PREFIX
    + r"\[(?P<label>(?:[^\\\[\]]|\\.){1,999})\]:[ \t]*"
    + r"(?P<dest><[^<>\n]*>|[^\s<][^\s]*)?"
    + r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
_NEXT_LINE_DEST = re.compile(r"^[ \t>]*(?P<dest><[^<>\n]*>|[^\s<\"'(][^\s]*)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$")


def _mask(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with escapes, code spans, autolinks and HTML tags blanked out.

    Returns the masked text (same length, so offsets still match) and the autolinks
    found as ``(start, end, url)``.
    """
    if not _MASK_OPENERS.search(text):
        return text, []  # most blocks: nothing to blank
    chars = list(text)
    code_spans = CodeSpans(text) if "`" in text else None
    n = len(text)
    special = _ESCAPE_OR_BACKTICK.search(text)
    while special is not None:  # only backslashes and backticks start a masked range
        i = special.start()
        if text[i] == "\\":
            if i + 1 < n and text[i + 1] in _PUNCTUATION:
                chars[i] = chars[i + 1] = _MASK
                i += 2
            else:
                i += 1
        else:
            closed = code_spans.end(i)  # type: ignore[union-attr]
            if closed is None:
                i = backtick_run_end(text, i)  # an unmatched run is literal backticks
            else:
                chars[i:closed] = _MASK * (closed - i)
                i = closed
        special = _ESCAPE_OR_BACKTICK.search(text, i)
    masked = "".join(chars)
    autolinks: list[tuple[int, int, str]] = []
    if "<" in text:  # autolinks and HTML tags open with "<", template tags with "{"
        for match in _AUTOLINK.finditer(masked):
            if match.group(1):
                autolinks.append((match.start(1), match.end(1), match.group(1)))
            chars[match.start() : match.end()] = _MASK * (match.end() - match.start())
    for pattern, opener in ((_TEMPLATE_TAG, "{"), (_HTML_TAG, "<")):
        if opener not in text:
            continue
        masked = "".join(chars)
        for match in pattern.finditer(masked):
            chars[match.start() : match.end()] = _MASK * (match.end() - match.start())
    return "".join(chars), autolinks


def _bracket_pairs(s: str) -> dict[int, int]:
    """Index of each ``[`` to the index of the ``]`` that balances it (linear time)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for match in _BRACKET.finditer(s):
        if match.group() == "[":
            stack.append(match.start())
        elif stack:
            pairs[stack.pop()] = match.start()
    return pairs


def _inline_destination(s: str, open_paren: int, end: int) -> tuple[int, int, int] | None:
    """Parse ``(destination "title")`` at ``open_paren``: (dest start, dest end, index of ``)``)."""
    i = open_paren + 1

    def skip_space(i: int) -> int:
        newlines = 0
        while i < end and s[i] in " \t\n":
            if s[i] == "\n":
                newlines += 1
                if newlines > 1:
                    return -1
            i += 1
        return i

    i = skip_space(i)
    if i < 0 or i >= end:
        return None
    if s[i] == "<":
        close = s.find(">", i + 1, end)
        if close < 0 or "\n" in s[i:close] or "<" in s[i + 1 : close]:
            return None
        dest_start, dest_end = i + 1, close
        i = close + 1
    else:
        dest_start = i
        depth = 0
        while i < end and (s[i] == _MASK or (s[i] not in " \t\n" and ord(s[i]) >= 0x20)):
            if s[i] == "(":
                depth += 1
                if depth > 32:  # cmark's limit; also keeps the scan linear
                    return None
            elif s[i] == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        if depth:
            return None
        dest_end = i
    after_dest = i
    i = skip_space(i)
    if i < 0 or i >= end:
        return None
    if i > after_dest and s[i] in "\"'(":
        closer = ")" if s[i] == "(" else s[i]
        close = s.find(closer, i + 1, end)
        if close < 0:
            return None
        i = skip_space(close + 1)
        if i < 0 or i >= end:
            return None
    if s[i] != ")":
        return None
    return dest_start, dest_end, i


def _scan_block(block: TextBlock, found: LinkScan) -> None:
    text = block.text
    masked, autolinks = _mask(text)
    for start, end, url in autolinks:
        found.urls.append(Url(url, "autolink", block.span(start, end)))
    # Constructs' ranges are blanked (in a copy) so bare URLs are only looked for outside links.
    blanked: list[tuple[int, int]] = []
    pairs = _bracket_pairs(masked) if "[" in masked else {}

    def blank(start: int, end: int) -> None:
        blanked.append((start, end))

    def scan(lo: int, hi: int) -> None:
        i = lo
        while i < hi:
            i = masked.find("[", i, hi)
            if i < 0:
                return
            close = pairs.get(i, -1)
            if close < 0 or close >= hi:
                i += 1
                continue
            image = i > 0 and masked[i - 1] == "!"
            start = i - 1 if image else i
            inner = _unwrap(text[i + 1 : close])
            after = close + 1
            if after < hi and masked[after] == "(":
                parsed = _inline_destination(masked, after, hi)
                if parsed is not None:
                    dest_start, dest_end, paren = parsed
                    destination = text[dest_start:dest_end]
                    found.inline_links.append(
                        InlineLink(inner, destination, image, block.span(start, paren + 1), block.span(dest_start, dest_end))
                    )
                    if re.match(r"https?://", destination, re.I):
                        found.urls.append(Url(destination, "image" if image else "link", block.span(dest_start, dest_end)))
                    blank(start, paren + 1)
                    scan(i + 1, close)
                    i = paren + 1
                    continue
            if after < hi and masked[after] == "[":
                label_close = masked.find("]", after + 1, hi)
                if label_close >= 0 and "[" not in masked[after + 1 : label_close]:
                    label = _unwrap(text[after + 1 : label_close])
                    kind = "full" if label.strip() else "collapsed"
                    if kind == "collapsed":
                        label = inner
                    if label.strip() and not label.startswith("^"):
                        found.references.append(
                            Reference(label, normalize_label(label), kind, image, block.span(start, label_close + 1))
                        )
                    blank(start, label_close + 1)
                    scan(i + 1, close)
                    i = label_close + 1
                    continue
            # A shortcut reference: only a link when the label is defined. ``[text](`` that
            # failed to parse as an inline link, or ``[text] (…)``, is no reference.
            followed_by_paren = masked[after : min(hi, after + 80)].lstrip(" \t")[:1] == "("
            if not followed_by_paren and _is_label(inner) and not _is_task_box(text, i, inner):
                found.references.append(Reference(inner, normalize_label(inner), "shortcut", image, block.span(start, close + 1)))
                blank(start, close + 1)
            scan(i + 1, close)
            i = close + 1

    if pairs:
        scan(0, len(text))
    if "://" not in masked:
        return  # no URL to look for
    prose = list(masked)
    for start, end in blanked:
        prose[start:end] = _MASK * (end - start)
    prose_text = "".join(prose)
    for match in _BARE_URL.finditer(prose_text):
        url = _trim_url(match.group(0))
        found.urls.append(Url(url, "bare", block.span(match.start(), match.start() + len(url))))


def _unwrap(text: str) -> str:
    """Text that continues on the next line, without the blockquote markers of that line."""
    return re.sub(r"\n[ \t>]*", "\n", text) if "\n" in text else text


def _is_label(inner: str) -> bool:
    return bool(inner.strip()) and len(inner) <= 999 and not inner.startswith("^") and "[" not in inner and "]" not in inner


def _is_task_box(text: str, index: int, inner: str) -> bool:
    if inner not in (" ", "x", "X"):
        return False
    line_start = text.rfind("\n", 0, index) + 1
    return bool(_TASK_PREFIX.match(text[line_start:index]))


def _trim_url(url: str) -> str:
    """GitHub's autolink rule: trailing punctuation and unbalanced ``)`` are not part of a URL."""
    while url:
        if url[-1] in ".,:;!?\"'*_~":
            url = url[:-1]
        elif url[-1] == ")" and url.count(")") > url.count("("):
            url = url[:-1]
        else:
            break
    return url


def _scan_definitions(document: Document, covered: set[int], found: LinkScan) -> None:
    code = document.code_lines
    total = len(document.lines)
    for number in range(1, total + 1):
        if number in covered or number in code:
            continue
        line = document.line_text(number)
        match = _DEFINITION.match(line)
        if not match:
            continue
        label = match.group("label")
        if not label.strip() or label.startswith("^"):
            continue  # an empty label is no definition; `[^1]:` is a footnote
        dest = match.group("dest")
        dest_span_line, dest_match = number, match
        if dest is None:
            following = number + 1
            if following > total or following in covered or following in code:
                continue
            next_match = _NEXT_LINE_DEST.match(document.line_text(following))
            if not next_match:
                continue
            dest, dest_span_line, dest_match = next_match.group("dest"), following, next_match
        start = match.start("label") - 1
        offset = 1 if dest.startswith("<") else 0
        column = dest_match.start("dest") + 1 + offset
        dest_span = Span(dest_span_line, column, dest_span_line, column + len(dest) - 2 * offset)
        found.definitions.append(
            Definition(label, normalize_label(label), dest[offset:len(dest) - offset],
                       Span(number, start + 1, number, len(line.rstrip()) + 1), dest_span)
        )
        if re.match(r"<?https?://", dest, re.I):
            found.urls.append(Url(dest[offset:len(dest) - offset], "definition", dest_span))


def links_of(document: Document) -> LinkScan:
    """The page's reference links, definitions, inline links and URLs; scanned once."""
    return document.memo("links", scan_links)


def scan_links(document: Document) -> LinkScan:
    found = LinkScan()
    for block in prose_blocks(document):
        _scan_block(block, found)
    if "]:" in document.text:  # every definition has one; most pages have none
        covered: set[int] = set()
        for token in document.tokens:
            if token.type in _LEAF_BLOCKS and token.map:
                covered.update(range(token.map[0] + 1, token.map[1] + 1))
        _scan_definitions(document, covered, found)
    return found
