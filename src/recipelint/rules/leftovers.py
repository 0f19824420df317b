"""SEC013: text left over from a chatbot, a draft or a template, showing on the page.

Only prose is searched, with code spans and HTML comments blanked out first, so a
recipe may still show ``{{ servings }}`` in code or keep a TODO in a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem
from recipelint.page.inline import CodeSpans, backtick_run_end, prose_blocks
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

_LEFTOVER_PATTERNS = (
    (re.compile(r":?contentReference\[oaicite:\d+\](?:\{index=\d+\})?"), "a ChatGPT citation marker"),
    (re.compile(r"\[oaicite:\d+\](?:\{index=\d+\})?"), "a ChatGPT citation marker"),
    (re.compile(r"【[^【】\n]{0,40}†[^【】\n]{0,40}】"), "a ChatGPT citation marker"),
    (re.compile(r"\ue200[^\ue200\ue201\n]{0,120}\ue201|[\ue200-\ue203]"), "a ChatGPT citation marker"),
    (re.compile(r"\blorem ipsum\b", re.IGNORECASE), "placeholder text"),
)
_MAY_HAVE_LEFTOVERS = re.compile(r"oaicite|【|[\ue200-\ue203]|(?i:lorem ipsum)")
"""Text that each of ``_LEFTOVER_PATTERNS`` needs: most blocks have none, and one
search rules out all five. Only "lorem ipsum" ignores case, as its pattern does: a
pattern that ignores case throughout is a third slower to search."""
_TEMPLATE = re.compile(r"\{\{(?![<%])[^{}\n]{0,200}?(?<![>%])\}\}")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ESCAPE_OR_BACKTICK = re.compile(r"[\\`]")


def _masked(text: str) -> str:
    """``text`` with code spans and HTML comments blanked out (same length)."""
    if "`" not in text and "<!--" not in text:
        return text  # nothing to blank (most blocks)
    chars = list(text)
    code_spans = CodeSpans(text)
    special = _ESCAPE_OR_BACKTICK.search(text)
    while special is not None:  # only escapes and backticks matter
        i = special.start()
        if text[i] == "\\":
            i += 2
        else:
            closed = code_spans.end(i)
            if closed is None:
                i = backtick_run_end(text, i)
            else:
                chars[i:closed] = " " * (closed - i)
                i = closed
        special = _ESCAPE_OR_BACKTICK.search(text, i)
    masked = "".join(chars)
    for match in _HTML_COMMENT.finditer(masked):
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


class LeftoverOptions(NamedTuple):
    """SEC013 options: draft markers reported as whole words."""

    placeholders: list[str] = ["TODO", "TBD", "FIXME"]


@rule("SEC013", "leftover-markup", "warning", options=LeftoverOptions)
def leftover_markup(ctx: RuleContext) -> Iterator[Problem]:
    """Text left over from a tool or a draft shows on the page.

    Reported in prose (paragraphs, headings, tables; never in code spans, code
    blocks or HTML comments):

    - citation markers pasted from ChatGPT: ``:contentReference[oaicite:0]{index=0}``,
      ``【4:0†source】`` and the private-use characters around ``cite…turn0search0``;
    - draft placeholders, as whole upper-case words: option ``placeholders``
      (default ``TODO``, ``TBD``, ``FIXME``), and ``lorem ipsum``;
    - template syntax that the site will not expand: ``{{ servings }}`` on
      Docusaurus and Hugo. Hugo shortcodes (``{{< figure >}}``, ``{{% note %}}``)
      are fine, and on Jekyll and MkDocs ``{{ … }}`` is Liquid / macros and is left
      alone.

    Bad::

        Toast the spices first :contentReference[oaicite:3]{index=3}.
        Bake for TODO minutes.

    Good::

        Toast the spices first.
        Bake for 25 minutes.
    """
    document = ctx.document
    words = [str(w) for w in ctx.options(LeftoverOptions).placeholders if str(w).strip()]
    placeholder = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])") if words else None
    templates = ctx.site.generator.renders_templates
    for block in prose_blocks(document):
        # The whole block at once: a code span or comment may wrap onto the next line.
        text = _masked(block.text)
        hits: list[tuple[int, int, str]] = []
        if _MAY_HAVE_LEFTOVERS.search(text):
            for pattern, what in _LEFTOVER_PATTERNS:
                hits.extend((m.start(), m.end(), what) for m in pattern.finditer(text) if m.group(0).strip())
        # The patterns need a placeholder word, or "{{": a plain `in` rules most blocks out.
        if placeholder is not None and any(word in text for word in words):
            hits.extend((m.start(), m.end(), "a draft placeholder") for m in placeholder.finditer(text))
        if templates and "{{" in text:
            hits.extend((m.start(), m.end(), "template syntax the site does not expand") for m in _TEMPLATE.finditer(text))
        if not hits:
            continue
        taken_until = 0  # hits come by start, so one that starts before this end overlaps a taken one
        for start, end, what in sorted(hits, key=lambda h: (h[0], -h[1])):
            if start < taken_until:
                continue
            taken_until = max(taken_until, end)
            shown = block.text[start:end]
            if len(shown) > 40:
                shown = shown[:37] + "…"
            yield block.span(start, end).problem(f"`{shown}` is {what}; remove it")
