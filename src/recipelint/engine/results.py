"""What the per-file pass leaves for the later stages (fixes, project pass, report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.engine.suppressions import Suppressions
    from recipelint.sites.page_facts import PageFacts


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    text: str | None = None  # decoded text (for source lines and fixes)
    newline: str = "\n"
    had_bom: bool = False
    facts: PageFacts | None = None  # for the project pass, when a project rule is enabled
    suppressions: Suppressions | None = None
    crashed: bool = False  # a rule or shared computation raised (RL007; the exit code is 2)
