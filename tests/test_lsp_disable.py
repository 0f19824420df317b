"""Where "disable CODE for this line" writes its comment: the directive must silence the
diagnostic, and the page must render exactly as before (no split list, quote, table or
paragraph, no comment turned into code)."""

from __future__ import annotations

import re

import pytest
import yaml

from recipelint.diagnostic import Diagnostic, Severity
from recipelint.engine.suppressions import parse_suppressions
from recipelint.page.document import Document
from recipelint.page.markdown import markdown_parser
from recipelint.server.disable import disable_action

BODY = """\
---
title: Stew
tags:
  - Soup
description: |
  A warm stew.
  For winter.
---

## Ingredients

- 1 onion
- 2 carrots
   - nested one
   - nested two

> **Serves**: 4
> **Prep Time**: 10 min

| Ingredient | Calories |
| --- | --- |
| Onion | 40 |

1. Chop the onion
   and the carrots.
2. Simmer.
10. Serve.

```text
inside code
```
"""


def _apply(text: str, edits) -> str:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
        start = starts[edit.line - 1] + edit.column - 1
        end = starts[edit.end_line - 1] + edit.end_column - 1
        text = text[:start] + edit.content + text[end:]
    return text


def _html(text: str) -> str:
    html = markdown_parser().render(text)
    html = re.sub(r"<!-- recipelint-[^>]*-->", "", html)
    html = re.sub(r"\s*(<[^>]+>)\s*", r"\1", html)  # whitespace between tags renders as nothing
    return re.sub(r"\s+", " ", html).strip()


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.mark.parametrize(
    ("needle", "title"),
    [
        ("- 1 onion", "Disable X001 for this line"),  # opens the list
        ("- 2 carrots", "Disable X001 for this line"),  # a later item: inside the item above
        ("- nested one", "Disable X001 for this line"),
        ("- nested two", "Disable X001 for this line"),
        ("**Prep Time**", "Disable X001 for this line"),  # a paragraph continuation: end of line
        ("**Serves**", "Disable X001 for this line"),  # keeps the quote
        ("| Onion |", "Disable X001 for this table"),
        ("and the carrots", "Disable X001 for this line"),
        ("2. Simmer", "Disable X001 for this line"),
        ("10. Serve", "Disable X001 for this line"),
        ("inside code", "Disable X001 for this code block"),
        ("## Ingredients", "Disable X001 for this line"),
        ("  - Soup", "Disable X001 for this line"),  # YAML: a # comment
        ("title: Stew", "Disable X001 for this line"),
        ("  For winter.", "Disable X001 for this file"),  # inside a block scalar
    ],
)
def test_the_comment_silences_the_line_and_changes_nothing_else(needle: str, title: str) -> None:
    line = _line_of(BODY, needle)
    action = disable_action(Document("p.md", BODY), line, "X001")
    assert action is not None and action.title == title
    after = _apply(BODY, action.edits)

    assert _html(after) == _html(BODY)
    before_fm, after_fm = BODY.split("---\n")[1], after.split("---\n")[1]
    assert yaml.safe_load(after_fm) == yaml.safe_load(before_fm)
    moved = _line_of(after, needle)
    document = Document("p.md", after)
    suppressions = parse_suppressions(document.lines, document.code_lines)
    target = Diagnostic("p.md", moved, 1, moved, 2, "X001", "some-rule", Severity.WARNING, "m")
    assert suppressions.suppresses(target)
    other = Diagnostic("p.md", moved, 1, moved, 2, "X002", "other-rule", Severity.WARNING, "m")
    assert not suppressions.suppresses(other)


def test_a_second_code_joins_the_comment_above() -> None:
    text = "# T\n\n<!-- recipelint-disable-next-line X001 -->\nSome text.\n"
    action = disable_action(Document("p.md", text), 4, "X002")
    after = _apply(text, action.edits)
    assert after == "# T\n\n<!-- recipelint-disable-next-line X001, X002 -->\nSome text.\n"


def test_the_front_matter_fence_takes_a_file_wide_comment_after_the_block() -> None:
    action = disable_action(Document("p.md", BODY), 1, "FM001")
    after = _apply(BODY, action.edits)
    assert action.title == "Disable FM001 for this file"
    assert after.split("\n")[8] == "<!-- recipelint-disable-file FM001 -->"
    assert _html(after) == _html(BODY)
