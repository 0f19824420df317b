"""Our diagnostics, fixes and rule documentation as LSP values (lsprotocol types).

Every position goes through :class:`~recipelint.server.positions.LineIndex`, so
ranges are right in the encoding the client negotiated, on lines with accents, CJK or
emoji alike.
"""

from __future__ import annotations

import difflib
import re

from lsprotocol import types as lsp

from recipelint.diagnostic import Diagnostic, Edit, FixSafety, Severity
from recipelint.server.positions import LineIndex, code_units

SOURCE = "recipelint"
FIX_ALL_KIND = "source.fixAll.recipelint"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")  # the LSP's line breaks only
_SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


def lsp_range(index: LineIndex, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
    start = index.position(line, column)
    end = index.position(end_line, end_column)
    return lsp.Range(lsp.Position(*start), lsp.Position(*max(start, end)))


def lsp_diagnostic(diagnostic: Diagnostic, index: LineIndex, docs_base_url: str | None) -> lsp.Diagnostic:
    href = f"{docs_base_url.rstrip('/')}/docs/rules/{diagnostic.code}.md" if docs_base_url else None
    return lsp.Diagnostic(
        range=lsp_range(index, diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column),
        message=diagnostic.message,
        severity=_SEVERITIES[diagnostic.severity],
        code=diagnostic.code,
        code_description=lsp.CodeDescription(href=href) if href else None,
        source=SOURCE,
        data={"name": diagnostic.name},
    )


def text_edits(edits: tuple[Edit, ...], index: LineIndex, newline: str) -> list[lsp.TextEdit]:
    return [
        lsp.TextEdit(lsp_range(index, e.line, e.column, e.end_line, e.end_column), e.content.replace("\n", newline))
        for e in edits
    ]


def fix_title(diagnostic: Diagnostic) -> str:
    fix = diagnostic.fix
    what = fix.message[:1].upper() + fix.message[1:] if fix.message else f"Apply the {diagnostic.code} fix"
    if fix.safety is FixSafety.UNSAFE:
        return f"{what} ({diagnostic.code}, unsafe: check the result)"
    return f"{what} ({diagnostic.code})"


def whole_text_edits(old: str, new: str, encoding: str) -> list[lsp.TextEdit]:
    """The changed runs of lines between two versions of a buffer, as edits (so the
    editor keeps the cursor and folds of the lines that did not change)."""
    old_lines = _LINE.findall(old)
    new_lines = _LINE.findall(new)
    ends_open = bool(old_lines) and not old_lines[-1].endswith(("\n", "\r"))
    last = len(old_lines) - 1

    def start_of(line: int) -> lsp.Position:
        if line > last and ends_open:  # the end of a last line that has no line break
            return lsp.Position(last, code_units(old_lines[last], encoding))
        return lsp.Position(line, 0)

    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    return [
        lsp.TextEdit(lsp.Range(start_of(i1), start_of(i2)), "".join(new_lines[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def hover_markdown(diagnostics: list[Diagnostic]) -> str:
    from recipelint.rules import get_rule

    parts = []
    for diagnostic in diagnostics:
        rule = get_rule(diagnostic.code)
        fix = rule.fix.value if rule is not None and rule.fix else "none"
        heading = f"**{diagnostic.code}** `{diagnostic.name}` · {diagnostic.severity.value} · fix: {fix}"
        doc = rule.doc if rule is not None else ""
        parts.append(f"{heading}\n\n{diagnostic.message}\n\n---\n\n{doc}".rstrip())
    return "\n\n---\n\n".join(parts)
