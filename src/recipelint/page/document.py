"""The Document: one file, parsed once, shared by every rule.

A Document holds the decoded text and its lines, the front-matter block, and lazily
the markdown-it tokens and the YAML node tree. Rules never re-read or
re-parse a file; they ask the Document. Line numbers are those of the real file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from markdown_it.token import Token

    from recipelint.page.frontmatter import FrontMatterSyntaxError
    from recipelint.page.frontmatter.toml import TomlFrontMatter
    from recipelint.page.frontmatter.yamlnodes import YamlDocument

T = TypeVar("T")

_OPENING_FENCE = re.compile(r"^---[ \t]*$")
_CLOSING_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_TOML_FENCE = re.compile(r"^\+\+\+[ \t]*$")


@dataclass(frozen=True)
class FrontMatterBlock:
    """The ``---`` fenced YAML block at the top of a file.

    ``start_line`` is the 1-based line of the opening fence, ``end_line`` the line of
    the closing fence (None when the block is never closed). YAML line 0 is file line
    ``content_line``.
    """

    start_line: int
    end_line: int | None
    text: str
    syntax: str = "yaml"
    """``yaml`` (``---``) or ``toml`` (``+++``, Hugo)."""

    @property
    def content_line(self) -> int:
        return self.start_line + 1

    @property
    def closed(self) -> bool:
        return self.end_line is not None


def find_front_matter(lines: list[str]) -> FrontMatterBlock | None:
    if not lines:
        return None
    if _OPENING_FENCE.match(lines[0]):
        closing, syntax = _CLOSING_FENCE, "yaml"
    elif _TOML_FENCE.match(lines[0]):
        closing, syntax = _TOML_FENCE, "toml"
    else:
        return None
    for index in range(1, len(lines)):
        if closing.match(lines[index]):
            return FrontMatterBlock(1, index + 1, "".join(line + "\n" for line in lines[1:index]), syntax)
    return FrontMatterBlock(1, None, "".join(line + "\n" for line in lines[1:]), syntax)


class Document:
    """A decoded Markdown file. ``path`` is the path as the user gave it (posix)."""

    def __init__(self, path: str, text: str, fs_path: Path | None = None) -> None:
        self.path = path
        self.fs_path = fs_path
        self.text = text
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "" and text.endswith("\n"):
            self.lines.pop()
        self.front_matter = find_front_matter(self.lines)
        self._memo: dict[str, object] = {}

    def memo(self, key: str, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, worked out once per document whichever caller asks first.

        The recipe views (outline, calorie table, ingredient lines…) are built this way,
        so every rule that needs one shares the same parse.
        """
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[return-value]

    # -- parsed views, computed once on first use ------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        from recipelint.page.markdown import parse_markdown

        block = self.front_matter
        if block is not None and block.syntax == "toml":
            # markdown-it knows only `---` front matter: blank the TOML block's lines so
            # the body keeps its line numbers and the block is not read as Markdown.
            end = block.end_line or len(self.lines)
            return parse_markdown("\n" * end + "\n".join(self.lines[end:]) + "\n")
        return parse_markdown(self.text)

    @cached_property
    def yaml(self) -> YamlDocument | None:
        """The front matter's YAML, with node positions; None when there is no (YAML) block."""
        if self.front_matter is None or not self.front_matter.closed or self.front_matter.syntax != "yaml":
            return None
        from recipelint.page.frontmatter.yamlnodes import load_yaml

        return load_yaml(self.front_matter.text, line_offset=self.front_matter.content_line)

    @cached_property
    def front_matter_yaml(self) -> YamlDocument | None:
        """The front matter's YAML when it parsed into a mapping; None when it is absent,
        broken or not a mapping (the FM rules say which)."""
        yaml_document = self.yaml
        if yaml_document is None or yaml_document.error is not None or not isinstance(yaml_document.data, dict):
            return None
        return yaml_document

    @cached_property
    def toml(self) -> TomlFrontMatter | None:
        """Hugo's TOML front matter (``+++``), parsed; None when the block is not TOML."""
        block = self.front_matter
        if block is None or not block.closed or block.syntax != "toml":
            return None
        from recipelint.page.frontmatter.toml import load_toml

        return load_toml(block.text, line_offset=block.content_line)

    @property
    def front_matter_error(self) -> FrontMatterSyntaxError | None:
        """Where the front matter (YAML or TOML) stopped parsing; None when it parsed."""
        parsed = self.yaml or self.toml
        return parsed.error if parsed is not None else None

    @property
    def front_matter_data(self) -> dict[str, Any]:
        """The front matter's top-level mapping, or ``{}`` when there is none to read."""
        yaml_document = self.front_matter_yaml
        if yaml_document is not None:
            return yaml_document.data
        toml = self.toml
        return toml.data if toml is not None and toml.error is None else {}

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """1-based lines inside fenced or indented code blocks (not prose)."""
        lines: set[int] = set()
        for token in self.tokens:
            if token.type in ("fence", "code_block") and token.map:
                lines.update(range(token.map[0] + 1, token.map[1] + 1))
        return frozenset(lines)

    # -- positions ----------------------------------------------------------------

    @property
    def body_start_line(self) -> int:
        """The first line after a closed front-matter block (1 without one)."""
        block = self.front_matter
        return block.end_line + 1 if block is not None and block.closed else 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its newline ('' past the end)."""
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def find_column(self, line: int, needle: str, start_column: int = 1) -> int | None:
        """1-based column of ``needle`` in ``line`` at or after ``start_column``."""
        index = self.line_text(line).find(needle, start_column - 1)
        return None if index < 0 else index + 1
