"""A rule's documentation as Markdown, and where its page lives.

Rule docstrings are written in the reStructuredText subset ``recipelint rule CODE``
prints as is: ````code````, and ``Bad::`` followed by an indented literal block.
SARIF viewers (GitHub code scanning), the generated ``docs/rules/CODE.md`` pages and
the job summary want Markdown, so the two constructs are translated here: inline
literals become code spans, literal blocks become fenced code blocks.
"""

from __future__ import annotations

import re

DEFAULT_RULE_DOCS_URL = "docs/rules/{code}.md"
"""Where a rule's page is, relative to the root of the recipelint repository."""

_INLINE_LITERAL = re.compile(r"``(.+?)``(?!`)")
_BACKTICK_RUN = re.compile(r"`+")


def rule_doc_url(base: str | None, code: str) -> str:
    """The address of ``code``'s page: ``base`` with ``{code}`` replaced, or ``base``
    as a folder holding ``CODE.md``; :data:`DEFAULT_RULE_DOCS_URL` without a base."""
    if not base:
        return DEFAULT_RULE_DOCS_URL.format(code=code)
    if "{code}" in base:
        return base.replace("{code}", code)
    return f"{base.rstrip('/')}/{code}.md"


def rst_to_markdown(doc: str) -> str:
    """Translate a rule docstring to Markdown (literal blocks and inline literals)."""
    lines = doc.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.rstrip().endswith("::") and not line[:1].isspace():
            intro = _literal_intro(line.rstrip())
            block, index = _literal_block(lines, index + 1)
            if intro:
                out.append(_inline(intro))
            if block:
                if out and out[-1] != "":
                    out.append("")
                out.extend(_fenced(block))
            continue
        out.append(_inline(line))
        index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")


def _literal_intro(line: str) -> str:
    """``Bad::`` reads ``Bad:``; ``text ::`` reads ``text``; a lone ``::`` disappears."""
    if line == "::":
        return ""
    if line.endswith(" ::"):
        return line[:-3]
    return line[:-1]


def _literal_block(lines: list[str], index: int) -> tuple[list[str], int]:
    """The indented block starting at ``index`` (after blank lines), dedented, and
    the index of the first line after it."""
    start = index
    while index < len(lines) and not lines[index].strip():
        index += 1
    body: list[str] = []
    while index < len(lines) and (not lines[index].strip() or lines[index][:1].isspace()):
        body.append(lines[index])
        index += 1
    while body and not body[-1].strip():
        body.pop()
    if not body:
        return [], start
    indent = min(len(line) - len(line.lstrip()) for line in body if line.strip())
    return [line[indent:] for line in body], index


def _fenced(block: list[str]) -> list[str]:
    longest = max((len(run) for line in block for run in _BACKTICK_RUN.findall(line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *block, fence, ""]


def _inline(line: str) -> str:
    return _INLINE_LITERAL.sub(lambda match: code_span(match.group(1)), line)


def code_span(text: str) -> str:
    """A Markdown code span holding ``text`` exactly, whatever backticks it contains."""
    if "`" not in text:
        return f"`{text}`"
    longest = max(len(run) for run in _BACKTICK_RUN.findall(text))
    ticks = "`" * (longest + 1)
    return f"{ticks} {text} {ticks}"
