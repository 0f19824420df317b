"""The human format: one header line per diagnostic, the source line, a caret, a summary.

The caret must sit under the reported span however the terminal draws the line, so
source lines are rendered cell by cell: tabs expand to the next stop, wide East Asian
characters take two cells, combining marks and format characters none, and control
characters are shown as their Unicode pictures instead of moving the cursor.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity
from recipelint.formats.summary import summary_lines

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

TAB_SIZE = 8
INDENT = "    "
EXCERPT_CHARACTERS = 160
"""At most this much of a long source line is shown, around the reported column: a
20 kB line with hundreds of findings must not be printed hundreds of times whole."""

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_CYAN = "\x1b[36m"
_SEVERITY_COLORS = {
    Severity.ERROR: "\x1b[31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[34m",
}


def write_text(report: Report, stream: TextIO, *, color: bool) -> None:
    """Write every diagnostic with its source context, then the summary."""
    for diagnostic in report.diagnostics:
        stream.write(_header(diagnostic, color) + "\n")
        source = report.source_line(diagnostic.path, diagnostic.line)
        if source is not None:
            stream.write(_context(diagnostic, source, color))
    if report.diagnostics:
        stream.write("\n")
    for line in summary_lines(report):
        stream.write(line + "\n")


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color else text


def _header(diagnostic: Diagnostic, color: bool) -> str:
    """``path:line:col: CODE [severity] message``, the form editors can jump to."""
    path = _paint(_escaped(diagnostic.path), _BOLD, color)
    code = _paint(diagnostic.code, _CYAN, color)
    label = _paint(f"[{diagnostic.severity}]", _SEVERITY_COLORS[diagnostic.severity], color)
    return f"{path}:{diagnostic.line}:{diagnostic.column}: {code} {label} {_escaped(diagnostic.message)}"


def _escaped(text: str) -> str:
    """Paths and messages quote what a page holds: a control character (an escape
    sequence, a newline that would forge a finding of its own) is shown, not obeyed."""
    if text.isprintable():
        return text
    return "".join(_visible(char) if not char.isprintable() and char != " " else char for char in text)


def _context(diagnostic: Diagnostic, source: str, color: bool) -> str:
    """The source line (a window of it when long) and a caret line underlining the span."""
    column, end_column = diagnostic.column, diagnostic.end_column
    if diagnostic.end_line != diagnostic.line:
        end_column = len(source) + 1
    prefix = suffix = ""
    if len(source) > EXCERPT_CHARACTERS:
        first = max(0, min(column - 1 - EXCERPT_CHARACTERS // 4, len(source) - EXCERPT_CHARACTERS))
        last = first + EXCERPT_CHARACTERS
        prefix, suffix = ("…" if first else ""), ("…" if last < len(source) else "")
        source = source[first:last]
        column = column - first + len(prefix)
        end_column = min(end_column - first, len(source) + 1) + len(prefix)
        source = prefix + source + suffix
    shown, cells = _render(source)
    start = _cell(cells, column)
    end = _cell(cells, max(end_column, column))
    width = max(1, end - start)
    caret = _paint("^" + "~" * (width - 1), _SEVERITY_COLORS[diagnostic.severity], color)
    return f"{INDENT}{shown}\n{INDENT}{' ' * start}{caret}\n"


def _render(source: str) -> tuple[str, list[int]]:
    """The line as the terminal should show it, and the cell where each character starts.

    The list has one more entry than ``source`` has characters: the cell after the end.
    """
    parts: list[str] = []
    cells: list[int] = []
    width = 0
    for char in source:
        cells.append(width)
        if char == "\t":
            shown = " " * (TAB_SIZE - width % TAB_SIZE)
            width += len(shown)
        else:
            shown = _visible(char)
            width += _char_width(shown)
        parts.append(shown)
    cells.append(width)
    return "".join(parts), cells


def _cell(cells: list[int], column: int) -> int:
    """The cell of a 1-based column; columns past the end continue one cell each."""
    index = column - 1
    last = len(cells) - 1
    return cells[min(index, last)] + max(0, index - last)


def _visible(char: str) -> str:
    """Control characters as Unicode control pictures, so they cannot move the cursor."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0 or code in (0x2028, 0x2029):  # C1 controls, line and paragraph separators
        return "\ufffd"
    return char


def _char_width(char: str) -> int:
    """Cells a terminal gives ``char``: marks and format characters take none."""
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1

