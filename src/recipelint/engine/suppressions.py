"""Inline suppressions written as HTML comments, and which of them did any work.

    <!-- recipelint-disable-next-line CODE[,CODE] -->   the following line
    <!-- recipelint-disable-line CODE -->               the comment's own line
    <!-- recipelint-disable CODE -->  …  <!-- recipelint-enable CODE -->
    <!-- recipelint-disable-file CODE -->               the whole file

Codes may be rule codes, prefixes or names, separated by commas or spaces; none or
``all`` means every rule. Comments inside code blocks are examples, not directives.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from recipelint.diagnostic import Diagnostic, Problem

_DIRECTIVE_START = re.compile(r"<!--\s*recipelint-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)\b")
_COMMENT_END = "-->"
ALL = "all"


@dataclass(slots=True)
class Directive:
    kind: str
    selectors: tuple[str, ...]  # () means all rules
    line: int
    column: int
    end_column: int
    used: set[str] = field(default_factory=set)  # selectors that suppressed something

    def problem(self, message: str) -> Problem:
        """A diagnostic about this directive, spanning the whole comment."""
        return Problem(self.line, self.column, f"`recipelint-{self.kind}` {message}", end_column=self.end_column)

    def covers(self, code: str, name: str) -> str | None:
        """The selector that names (code, name), or "all" when the directive names none."""
        if not self.selectors:
            return ALL
        from recipelint.engine.selection import names

        return next((selector for selector in self.selectors if names(selector, code, name)), None)


@dataclass(slots=True)
class Suppressions:
    directives: list[Directive]
    _indexes: dict[tuple[str, str], _RuleIndex] = field(default_factory=dict, repr=False, compare=False)

    def suppresses(self, diagnostic: Diagnostic, *, about_directives: bool = False) -> bool:
        """Whether a directive covers ``diagnostic``, marking that directive used.

        The first directive in the file that covers it gets the credit. With
        ``about_directives`` the diagnostic reports a directive itself (RL005, RL006),
        and that directive may not silence its own report.
        """
        if not self.directives:
            return False
        index = self._index(diagnostic.code, diagnostic.name)
        for position in index.applying(diagnostic.line):
            directive = self.directives[position]
            if about_directives and (directive.line, directive.column) == (diagnostic.line, diagnostic.column):
                continue
            directive.used.add(index.selectors[position])
            return True
        return False

    def _index(self, code: str, name: str) -> _RuleIndex:
        """The directives that name one rule, by where they apply; built once per rule,
        so each diagnostic costs a lookup, not a pass over every directive."""
        key = (code, name)
        index = self._indexes.get(key)
        if index is None:
            index = self._indexes[key] = _RuleIndex.build(self.directives, code, name)
        return index

    def unused(self) -> Iterable[tuple[Directive, str]]:
        """(directive, selector) pairs that suppressed nothing; enables never count."""
        for directive in self.directives:
            if directive.kind == "enable":
                continue
            for selector in directive.selectors or (ALL,):
                if selector not in directive.used:
                    yield directive, selector


@dataclass
class _RuleIndex:
    """For one rule: which directives (by position in the file's list) name it, and
    the lines each applies to. ``disable`` ranges are in file order and so are their
    ends (each ends at the first later ``enable`` of the rule), so the ranges holding
    a line are one slice found by bisection."""

    selectors: dict[int, str]
    whole_file: list[int]
    on_line: dict[int, list[int]]
    range_starts: list[int]
    range_ends: list[float]
    range_positions: list[int]

    @classmethod
    def build(cls, directives: list[Directive], code: str, name: str) -> _RuleIndex:
        index = cls({}, [], {}, [], [], [])
        enables = [d.line for d in directives if d.kind == "enable" and d.covers(code, name) is not None]
        for position, directive in enumerate(directives):
            if directive.kind == "enable":
                continue
            selector = directive.covers(code, name)
            if selector is None:
                continue
            index.selectors[position] = selector
            if directive.kind == "disable-file":
                index.whole_file.append(position)
            elif directive.kind in ("disable-line", "disable-next-line"):
                line = directive.line + (directive.kind == "disable-next-line")
                index.on_line.setdefault(line, []).append(position)
            else:  # disable: up to and including the first later enable
                after = bisect.bisect_right(enables, directive.line)
                index.range_starts.append(directive.line)
                index.range_ends.append(enables[after] if after < len(enables) else float("inf"))
                index.range_positions.append(position)
        return index

    def applying(self, line: int) -> Iterator[int]:
        """Positions of the directives that apply to ``line``, in file order."""
        first = bisect.bisect_left(self.range_ends, line)
        last = bisect.bisect_right(self.range_starts, line)
        ranges = (self.range_positions[k] for k in range(first, last))
        return heapq.merge(self.whole_file, self.on_line.get(line, ()), ranges)


def parse_suppressions(lines: list[str], code_lines: frozenset[int]) -> Suppressions:
    directives: list[Directive] = []
    for number, text in enumerate(lines, start=1):
        if "recipelint-" not in text or number in code_lines:
            continue
        directives.extend(_directives_on(text, number))
    return Suppressions(directives)


def _directives_on(text: str, number: int) -> Iterator[Directive]:
    """The directives of one line. Each comment's end is found with one search, so a
    line of openings that never close costs one pass, not one pass per opening."""
    position = 0
    while (match := _DIRECTIVE_START.search(text, position)) is not None:
        end = text.find(_COMMENT_END, match.end())
        if end < 0:
            return  # no later opening on this line can close either
        selectors = tuple(s for s in re.split(r"[,\s]+", text[match.end():end].strip()) if s)
        if any(s.lower() == ALL for s in selectors):
            selectors = ()
        yield Directive(match.group("kind"), selectors, number, match.start() + 1, end + len(_COMMENT_END) + 1)
        position = end + len(_COMMENT_END)
