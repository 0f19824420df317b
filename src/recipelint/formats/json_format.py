"""Machine formats for scripts: ``json`` (one array) and ``jsonl`` (one object a line).

Each item is exactly :meth:`Diagnostic.as_dict`, the contract in the README (Usage: `json` output);
non-ASCII text is written as is so paths and messages stay readable.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from recipelint.formats.base import Report


def write_json(report: Report, stream: TextIO, *, color: bool) -> None:
    """One pretty-printed array, in the report's (sorted) order."""
    items = [diagnostic.as_dict() for diagnostic in report.diagnostics]
    stream.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")  # one write: json.dump makes one per token


def write_jsonl(report: Report, stream: TextIO, *, color: bool) -> None:
    """One compact object per line, so consumers can stream and grep."""
    for diagnostic in report.diagnostics:
        stream.write(json.dumps(diagnostic.as_dict(), ensure_ascii=False, separators=(",", ":")))
        stream.write("\n")
