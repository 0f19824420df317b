"""What every output format receives, and how a format is looked up by name.

Formats are imported lazily by name so that a run pays only for the one it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.rules.registry import Rule


@dataclass
class Report:
    """The result of one run, as the formats see it.

    ``diagnostics`` is sorted (path, line, column, code). ``source_line(path, line)``
    returns the text of a 1-based line of a checked file (without newline) or None.
    ``rules`` maps code to Rule for every rule that exists (for SARIF rule metadata).
    ``checked_paths`` are the files the run checked (as displayed), with or without
    findings; ``unsafe_fixes`` says the run was given ``--unsafe-fixes``;
    ``rule_docs_url`` is where the rule pages are (see ``rule_markdown.rule_doc_url``).
    """

    diagnostics: list[Diagnostic]
    files_checked: int
    rules: Mapping[str, Rule]
    source_line: Callable[[str, int], str | None] = lambda path, line: None
    fixes_applied: int = 0
    tool_version: str = ""
    checked_paths: Sequence[str] = ()
    unsafe_fixes: bool = False
    rule_docs_url: str | None = None


class Formatter(Protocol):
    def __call__(self, report: Report, stream: TextIO, *, color: bool) -> None: ...


FORMAT_MODULES = {
    "text": "recipelint.formats.text",
    "json": "recipelint.formats.json_format",
    "jsonl": "recipelint.formats.json_format",
    "github": "recipelint.formats.github",
    "sarif": "recipelint.formats.sarif",
    "junit": "recipelint.formats.junit",
    "gitlab": "recipelint.formats.gitlab",
}
FORMAT_NAMES: tuple[str, ...] = tuple(FORMAT_MODULES)


def get_formatter(name: str) -> Formatter:
    """Import the module of format ``name`` and return its ``write_<name>`` function."""
    module = importlib.import_module(FORMAT_MODULES[name])
    return getattr(module, f"write_{name}")
