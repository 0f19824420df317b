"""SEC014: characters that do not show but change what a text is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

INVISIBLE = {
    "\u00ad": "a soft hyphen (U+00AD)",
    "\u200b": "a zero-width space (U+200B)",
    "\u2060": "a word joiner (U+2060)",
    "\ufeff": "a byte-order mark (U+FEFF)",
}
_INVISIBLE = re.compile("[" + "".join(INVISIBLE) + "]+")


@rule("SEC014", "invisible-character", "warning", fix="safe")
def invisible_character(ctx: RuleContext) -> Iterator[Problem]:
    """Text holds an invisible character: a zero-width space, soft hyphen, word joiner
    or a byte-order mark inside the file.

    They come with text pasted from web pages and word processors. Nothing shows on
    the page, but ``1\\u200b/2 cup`` is no longer a number, ``sug\\u00adar`` no longer
    matches ``sugar`` (so ingredient checks go quiet), and search misses the word.
    Code blocks are left alone, and so is a character between letters of scripts that
    use it to break or join words (Thai, Persian): only one next to a Latin letter, a
    digit or punctuation is reported. Joiners (U+200C, U+200D) are never reported:
    Persian and emoji sequences need them. The fix deletes the characters; it is safe.

    Bad (a zero-width space after ``1``, shown here as ``⟨ZWSP⟩``)::

        - 1⟨ZWSP⟩/2 cup sugar

    Good::

        - 1/2 cup sugar
    """
    document = ctx.document
    if not any(character in document.text for character in INVISIBLE):
        return  # four substring searches of the whole text clear most pages
    code = document.code_lines
    for number, text in enumerate(document.lines, 1):
        if number in code or not _INVISIBLE.search(text):
            continue
        for match in _INVISIBLE.finditer(text):
            if number == 1 and match.start() == 0 and match.group() == "\ufeff":
                continue  # a BOM at the start of the file is decoded away before this
            before = text[match.start() - 1] if match.start() else " "
            after = text[match.end()] if match.end() < len(text) else " "
            if not (_latin(before) or _latin(after)):
                continue  # scripts that break or join words with them (Thai, Persian) use them on purpose
            start, end = match.start() + 1, match.end() + 1
            what = INVISIBLE[match.group()[0]]
            fix = Fix(FixSafety.SAFE, (Edit(number, start, number, end, ""),), "delete the invisible character")
            yield Problem(number, start, f"invisible character: {what}; delete it", end_line=number, end_column=end, fix=fix)


def _latin(char: str) -> bool:
    return char.isascii() and not char.isspace() or "\u00c0" <= char <= "\u024f"
