"""Our positions (1-based line, 1-based column in characters) as the editor counts them.

An LSP position is a 0-based line and a 0-based offset in code units of the encoding
the client and server agreed on: UTF-16 by default (so an emoji counts two), UTF-8
(bytes) or UTF-32 (characters). The linter counts characters of the decoded text, whose
first line has lost its byte order mark; an editor buffer that keeps the mark counts it.
"""

from __future__ import annotations

from dataclasses import dataclass

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def code_units(text: str, encoding: str) -> int:
    """How long ``text`` is in ``encoding``'s code units."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF16:
        return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)
    return len(text)


def characters_in(text: str, units: int, encoding: str) -> int:
    """How many characters of ``text`` the first ``units`` code units cover (a unit in
    the middle of a character counts that character as not covered)."""
    if encoding == UTF32:
        return min(units, len(text))
    count = 0
    for index, char in enumerate(text):
        count += code_units(char, encoding)
        if count > units:
            return index
    return len(text)


@dataclass
class LineIndex:
    """The lines of one linted text, to convert positions in both directions."""

    lines: list[str]
    encoding: str = UTF16
    has_bom: bool = False
    """The editor's buffer starts with U+FEFF, which the linted text does not have."""

    @classmethod
    def of(cls, text: str, encoding: str = UTF16, has_bom: bool = False) -> LineIndex:
        return cls(text.split("\n"), encoding, has_bom)

    def position(self, line: int, column: int) -> tuple[int, int]:
        """(line, character) for the LSP: 0-based, in code units; clamped to the text."""
        if line > len(self.lines):
            return len(self.lines) - 1, code_units(self.lines[-1], self.encoding) + self._bom(len(self.lines))
        line = max(line, 1)
        text = self.lines[line - 1]
        before = text[: max(column - 1, 0)]
        return line - 1, code_units(before, self.encoding) + self._bom(line)

    def column(self, line: int, character: int) -> tuple[int, int]:
        """The 1-based (line, column) of an LSP position (0-based, code units)."""
        if line >= len(self.lines):
            return len(self.lines), len(self.lines[-1]) + 1
        character = max(character - self._bom(line + 1), 0)
        return line + 1, characters_in(self.lines[line], character, self.encoding) + 1

    def _bom(self, line: int) -> int:
        return code_units("\ufeff", self.encoding) if self.has_bom and line == 1 else 0
