"""Inline suppressions written as HTML comments, and which of them did any work.

    <!-- recipelint-disable-next-line CODE[,CODE] -->   the following line
    <!-- recipelint-disable-line CODE -->               the comment's own line
    <!-- recipelint-disable CODE -->  …  <!-- recipelint-enable CODE -->
    <!-- recipelint-disable-file CODE -->               the whole file

Codes may be rule codes, prefixes or names, separated by commas or spaces; none or
``all`` means every rule. Comments inside code blocks are examples, not directives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from recipelint.diagnostic import Diagnostic, Problem

_DIRECTIVE = re.compile(
    r"<!--\s*recipelint-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)\b"
    r"(?P<codes>(?:(?!-->).)*?)\s*-->"
)
ALL = "all"


@dataclass
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


@dataclass
class Suppressions:
    directives: list[Directive]

    def suppresses(self, diagnostic: Diagnostic, *, about_directives: bool = False) -> bool:
        """Whether a directive covers ``diagnostic``, marking that directive used.

        With ``about_directives`` the diagnostic reports a directive itself (RL005,
        RL006), and that directive may not silence its own report.
        """
        for directive in self.directives:
            if about_directives and (directive.line, directive.column) == (diagnostic.line, diagnostic.column):
                continue
            selector = directive.covers(diagnostic.code, diagnostic.name)
            if selector is not None and self._applies(directive, diagnostic):
                directive.used.add(selector)
                return True
        return False

    def _applies(self, directive: Directive, diagnostic: Diagnostic) -> bool:
        if directive.kind == "disable-file":
            return True
        if directive.kind == "disable-line":
            return diagnostic.line == directive.line
        if directive.kind == "disable-next-line":
            return diagnostic.line == directive.line + 1
        if directive.kind == "disable":
            end = self._range_end(directive, diagnostic)
            return directive.line <= diagnostic.line <= end
        return False

    def _range_end(self, disable: Directive, diagnostic: Diagnostic) -> float:
        """A disable range ends at the first later enable that names the same rule."""
        for directive in self.directives:
            if directive.kind == "enable" and directive.line > disable.line:
                if not directive.selectors or directive.covers(diagnostic.code, diagnostic.name):
                    return directive.line
        return float("inf")

    def unused(self) -> Iterable[tuple[Directive, str]]:
        """(directive, selector) pairs that suppressed nothing; enables never count."""
        for directive in self.directives:
            if directive.kind == "enable":
                continue
            for selector in directive.selectors or (ALL,):
                if selector not in directive.used:
                    yield directive, selector


def parse_suppressions(lines: list[str], code_lines: frozenset[int]) -> Suppressions:
    directives: list[Directive] = []
    for number, text in enumerate(lines, start=1):
        if "recipelint-" not in text or number in code_lines:
            continue
        for match in _DIRECTIVE.finditer(text):
            selectors = tuple(s for s in re.split(r"[,\s]+", match.group("codes").strip()) if s)
            if any(s.lower() == ALL for s in selectors):
                selectors = ()
            directives.append(
                Directive(match.group("kind"), selectors, number, match.start() + 1, match.end() + 1)
            )
    return Suppressions(directives)
