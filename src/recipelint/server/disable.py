"""Where a "disable CODE for this line" action writes its suppression comment.

The comment is ``<!-- recipelint-disable-next-line CODE -->`` on the line above, but a
line inserted in the wrong place changes the page: between two list items it splits
the list, before a blockquote line it ends the quote, between table rows it ends the
table, inside a paragraph it splits the paragraph, and inside a code block it is an
example, not a directive. So the comment takes the line's containers (``>`` markers,
list indentation); inside a paragraph it goes at the end of the line as
``disable-line``; a table or code block is wrapped in ``disable`` … ``enable``; in
YAML or TOML front matter it is a ``#`` comment, which both languages ignore.

Positions are the linter's: 1-based lines and columns of the decoded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recipelint.diagnostic import Edit
from recipelint.page.document import Document
from recipelint.page.markdown import innermost_block, opens_list_at

_CONTAINERS = re.compile(r"^((?:[ \t]*>)*[ \t]*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?")
_YAML_ENTRY = re.compile(r"^[ \t]*(?:-[ \t]|-$|[^\s#][^:]*:(?:\s|$)|[A-Za-z_][\w.-]*[ \t]*=)")
_NEXT_LINE_DIRECTIVE = re.compile(r"^(?P<indent>.*?)<!--\s*recipelint-disable-next-line\b(?P<codes>(?:(?!-->).)*?)\s*-->\s*$")


@dataclass(frozen=True)
class DisableAction:
    title: str
    edits: tuple[Edit, ...]


def disable_action(document: Document, line: int, code: str) -> DisableAction | None:
    """The edits that silence ``code`` on ``line`` without changing how the page renders."""
    if not 1 <= line <= len(document.lines):
        return None
    block = document.front_matter
    if block is not None and block.start_line <= line <= (block.end_line or len(document.lines)):
        return _in_front_matter(document, line, code)
    token = innermost_block(document.tokens, line, ("fence", "code_block", "table_open"))
    if token is not None:
        what = "table" if token.type == "table_open" else "code block"
        return _around(document, token.map[0] + 1, token.map[1], code, f"Disable {code} for this {what}")
    paragraph = innermost_block(document.tokens, line, ("paragraph_open",))
    if paragraph is not None and paragraph.map[0] + 1 < line:
        text = document.lines[line - 1]
        end = len(text) + 1
        comment = f"{'' if text.endswith(' ') else ' '}<!-- recipelint-disable-line {code} -->"
        return DisableAction(f"Disable {code} for this line", (Edit(line, end, line, end, comment),))
    return _next_line(document, line, code, _prefix(document, line))


def _in_front_matter(document: Document, line: int, code: str) -> DisableAction | None:
    block = document.front_matter
    text = document.lines[line - 1]
    if line == block.start_line or line == block.end_line or not _YAML_ENTRY.match(text):
        return _whole_file(document, code)  # a fence, or a line inside a multi-line value
    indent = text[: len(text) - len(text.lstrip(" \t"))]
    previous = document.lines[line - 2]
    merged = _merge(previous, line - 1, code, "# ")
    if merged is not None:
        return merged
    comment = f"{indent}# <!-- recipelint-disable-next-line {code} -->\n"
    return DisableAction(f"Disable {code} for this line", (Edit(line, 1, line, 1, comment),))


def _whole_file(document: Document, code: str) -> DisableAction:
    """``disable-file`` on the line after the front matter (a fence takes no comment)."""
    block = document.front_matter
    after = (block.end_line or len(document.lines)) + 1 if block is not None else 1
    content = f"<!-- recipelint-disable-file {code} -->\n"
    if after > len(document.lines):
        end = len(document.lines[-1]) + 1
        return DisableAction(f"Disable {code} for this file",
                             (Edit(len(document.lines), end, len(document.lines), end, "\n" + content.rstrip("\n")),))
    return DisableAction(f"Disable {code} for this file", (Edit(after, 1, after, 1, content),))


def _around(document: Document, first: int, last: int, code: str, title: str) -> DisableAction:
    prefix = _prefix(document, first)
    before = Edit(first, 1, first, 1, f"{prefix}<!-- recipelint-disable {code} -->\n")
    if last >= len(document.lines):
        end = len(document.lines[-1]) + 1
        after = Edit(len(document.lines), end, len(document.lines), end, f"\n{prefix}<!-- recipelint-enable {code} -->")
    else:
        after = Edit(last + 1, 1, last + 1, 1, f"{prefix}<!-- recipelint-enable {code} -->\n")
    return DisableAction(title, (before, after))


def _next_line(document: Document, line: int, code: str, prefix: str) -> DisableAction:
    if line > 1:
        merged = _merge(document.lines[line - 2], line - 1, code, "")
        if merged is not None:
            return merged
    comment = f"{prefix}<!-- recipelint-disable-next-line {code} -->\n"
    return DisableAction(f"Disable {code} for this line", (Edit(line, 1, line, 1, comment),))


def _merge(previous: str, previous_line: int, code: str, comment_start: str) -> DisableAction | None:
    """Add ``code`` to a ``disable-next-line`` comment already on the line above."""
    match = _NEXT_LINE_DIRECTIVE.match(previous)
    if match is None or not match.group("indent").strip(" \t>").endswith(comment_start.strip()):
        return None
    codes = match.group("codes").strip()
    if not codes:  # it already silences every rule
        return None
    column = match.end("codes") + 1
    return DisableAction(f"Disable {code} for this line", (Edit(previous_line, column, previous_line, column, f", {code}"),))


def _prefix(document: Document, line: int) -> str:
    """What the comment line needs in front to stay in the line's containers: its ``>``
    markers, and the item's content indentation (unless the line opens its list)."""
    text = document.lines[line - 1]
    match = _CONTAINERS.match(text)
    quotes, marker = match.group(1), match.group(2)
    if marker is None or opens_list_at(document.tokens, line):
        return quotes
    return quotes + " " * len(marker.expandtabs(4))
