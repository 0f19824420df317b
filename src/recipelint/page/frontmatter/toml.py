"""TOML front matter (Hugo's ``+++`` block): the data, where it stops parsing, and the
position of each top-level value.

``tomllib`` gives the data and, on an error, the line and column; top-level ``key =
value`` lines are located by a line scan, so rules can point at a value as they do in
YAML. Values inside tables (``[params]``) have no positions: nothing reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from recipelint.diagnostic import Span
from recipelint.page.frontmatter import FrontMatterSyntaxError
from recipelint.page.frontmatter.limits import text_over_limit

_KEY_LINE = re.compile(r"""^(?P<key>[A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=\s*(?P<value>.*?)\s*(?:#.*)?$""")
_TABLE = re.compile(r"^\s*\[")
_ERROR_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_END = re.compile(r"\(at end of document\)")


@dataclass(frozen=True)
class TomlFrontMatter:
    data: dict[str, Any]
    error: FrontMatterSyntaxError | None
    values: dict[str, Span] = field(default_factory=dict)
    """Top-level key -> the span of its value (quotes excluded for one-line strings)."""


def load_toml(text: str, line_offset: int) -> TomlFrontMatter:
    """Parse ``text``, the block's content; its first line is file line ``line_offset``."""
    import tomllib

    too_long = text_over_limit(text)
    if too_long is not None:
        return TomlFrontMatter({}, FrontMatterSyntaxError(too_long.message, line_offset - 1, 1, over_limit=True))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _ERROR_AT.search(message)
        if where:
            line, column = int(where.group(1)), int(where.group(2))
        else:  # "(at end of document)": point at the end of the block's last line
            lines = text.rstrip("\n").split("\n")
            line, column = len(lines), len(lines[-1]) + 1
        text_message = _END.sub("", _ERROR_AT.sub("", message)).strip()
        return TomlFrontMatter({}, FrontMatterSyntaxError(f"front matter is not valid TOML: {text_message}", line_offset + line - 1, column))
    except RecursionError:
        return TomlFrontMatter({}, FrontMatterSyntaxError("front matter is not valid TOML: nested too deeply", line_offset, 1))
    return TomlFrontMatter(data, None, _value_spans(text, line_offset))


def _value_spans(text: str, line_offset: int) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for index, line in enumerate(text.split("\n")):
        if _TABLE.match(line):
            break  # keys below a [table] header are not top-level
        match = _KEY_LINE.match(line)
        if not match or not match.group("value"):
            continue
        key = match.group("key").strip("\"'")
        start, end = match.start("value"), match.end("value")
        value = match.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            start, end = start + 1, end - 1
        number = line_offset + index
        spans.setdefault(key, Span(number, start + 1, number, end + 1))
    return spans
