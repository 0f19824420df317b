"""What the per-file pass leaves for the later stages (fixes, project pass, report)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.engine.suppressions import Suppressions
    from recipelint.sites.page_facts import PageFacts


@dataclass(slots=True)
class FileResult:
    """One file's findings, and what later stages need of the file.

    The decoded text is kept compressed: a run holds every file's result until the
    report, the text is most of a result, and only fixes and the excerpts of the files
    with findings read it again. ``text`` gives it back whole.
    """

    path: str
    diagnostics: list[Diagnostic]
    packed_text: bytes | None = field(default=None, repr=False)
    newline: str = "\n"
    had_bom: bool = False
    facts: PageFacts | None = None  # for the project pass, when a project rule is enabled
    suppressions: Suppressions | None = None
    crashed: bool = False  # a rule or shared computation raised (RL007; the exit code is 2)

    @classmethod
    def of_text(cls, path: str, diagnostics: list[Diagnostic], text: str | None, newline: str = "\n",
                had_bom: bool = False, facts: PageFacts | None = None, suppressions: Suppressions | None = None,
                crashed: bool = False) -> FileResult:
        return cls(path, diagnostics, pack_text(text), newline, had_bom, facts, suppressions, crashed)

    @property
    def text(self) -> str | None:
        """The decoded text (``\\n`` line endings, no BOM), or None for a file not read."""
        return unpack_text(self.packed_text)


def pack_text(text: str | None) -> bytes | None:
    # A str takes up to four bytes a character (one non-ASCII letter is enough); the
    # UTF-8 of a recipe page compresses to about 55% at level 1, in some 30 µs, and
    # higher levels save little more on text this short.
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def unpack_text(packed: bytes | None) -> str | None:
    return None if packed is None else zlib.decompress(packed).decode("utf-8", "surrogatepass")
