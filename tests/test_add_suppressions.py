"""--add-suppressions: a comment for every finding, placed where it is valid and
suppresses, the page rendering as before; the round trip (clean after, a new defect
still reported, a second run changes nothing)."""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from recipelint.cli import main
from recipelint.diagnostic import Diagnostic, Severity
from recipelint.engine.add_suppressions import _Plan
from recipelint.engine.suppressions import Suppressions, parse_suppressions
from recipelint.page.document import Document

PAGE = """\
---
id: lentil-soup
title: Lentil Soup
description: A simple soup.
prep_time: 1:30
tags:
  - Soup
  - soup
---

## Overview

A warm soup for cold days, made with red lentils
and finished with lemon.\u200b It keeps for days.

> **Serves:** 4
> **Prep Time:** 10 minutes

## Estimated Calories & Sources

| Ingredient | Quantity | Calories |
| --- | --- | --- |
| Red lentils | 1 cup | 680 kcal |
| Lemon | 1 | 20 kcal |
| Chicken stock | 2 cups | 200 kcal |

**Total (approx): 900 kcal**

## Ingredients

- 1 cup red lentils
- 1 lemon
- 1 tbsp sesame oil

## Instructions

1. Simmer the lentils in water for 20 minutes with the sugar.
2. Squeeze in the lemon.
3. Serve.
"""

# Every kind of place: front matter (a key, a list item), a paragraph's continuation
# line (at its end), a blockquote paragraph whose rule cannot read the line with a
# comment at its end (wrapped instead, with the `>` marker), table rows (the table
# wrapped), a list item that does not open its list (indented into the item before),
# the first item of a list (before the list).
SUPPRESSED = """\
---
id: lentil-soup
title: Lentil Soup
description: A simple soup.
# <!-- recipelint-disable-next-line FM007 -->
prep_time: 1:30
tags:
  - Soup
  # <!-- recipelint-disable-next-line FM010 -->
  - soup
---

## Overview

A warm soup for cold days, made with red lentils
and finished with lemon.\u200b It keeps for days. <!-- recipelint-disable-line SEC014 -->

> <!-- recipelint-disable SEC012 -->
> **Serves:** 4
> **Prep Time:** 10 minutes
> <!-- recipelint-enable SEC012 -->

## Estimated Calories & Sources

<!-- recipelint-disable CAL005, ING001 -->
| Ingredient | Quantity | Calories |
| --- | --- | --- |
| Red lentils | 1 cup | 680 kcal |
| Lemon | 1 | 20 kcal |
| Chicken stock | 2 cups | 200 kcal |
<!-- recipelint-enable CAL005, ING001 -->

**Total (approx): 900 kcal**

## Ingredients

- 1 cup red lentils
- 1 lemon
  <!-- recipelint-disable-next-line ING002, ING011 -->
- 1 tbsp sesame oil

## Instructions

<!-- recipelint-disable-next-line ING010 -->
1. Simmer the lentils in water for 20 minutes with the sugar.
2. Squeeze in the lemon.
3. Serve.
"""


def make_site(tmp_path, text=PAGE, name="soup.md", newline="\n"):
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n")
    page = tmp_path / "docs" / name
    page.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return page


def codes(found):
    return [(d["line"], d["code"]) for d in found]


def rendered(text):
    """The page's HTML without comments, and its front matter's data."""
    _, front, body = text.split("---\n", 2)
    html = MarkdownIt("commonmark").enable("table").render(body)
    html = re.sub(r"\s+", " ", re.sub(r"<!--.*?-->", "", html, flags=re.S))
    return yaml.safe_load(front), re.sub(r" ?(</?(?:li|ul|ol|p|blockquote|table|thead|tbody|tr|td|th|h\d)\b[^>]*>) ?", r"\1", html)


def test_round_trip(tmp_path, run_json, capsys, monkeypatch):
    page = make_site(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, before = run_json(".")
    assert codes(before) == [(5, "FM007"), (8, "FM010"), (14, "SEC014"), (17, "SEC012"), (25, "ING001"),
                             (25, "CAL005"), (33, "ING002"), (33, "ING011"), (37, "ING010")]

    assert main(["check", "--add-suppressions", "."]) == 0
    out, err = capsys.readouterr()
    assert out == "No problems found in 1 file checked.\n"
    assert err == "recipelint: added 7 suppression comments to 1 file\n"
    assert page.read_text() == SUPPRESSED
    assert rendered(SUPPRESSED) == rendered(PAGE)
    assert run_json(".") == (0, [])

    assert main(["check", "--add-suppressions", "."]) == 0  # twice: nothing changes
    assert capsys.readouterr().err == "recipelint: no finding needed a new suppression comment\n"
    assert page.read_text() == SUPPRESSED

    page.write_text(SUPPRESSED.replace("3. Serve.\n", "3. Serve.\n5. Rest.\n"))
    assert codes(run_json(".")[1]) == [(48, "SEC009")]  # a new defect is still reported


def test_a_comment_already_above_gets_the_new_code(tmp_path, run_json, monkeypatch):
    text = PAGE.replace("1. Simmer the lentils", "<!-- recipelint-disable-next-line ING010 -->\n1. Simmer the\u200b lentils")
    page = make_site(tmp_path, text)
    monkeypatch.chdir(tmp_path)
    assert [c for c in codes(run_json(".")[1]) if c[0] == 38] == [(38, "SEC014")]
    assert main(["check", "--add-suppressions", "."]) == 0
    assert "<!-- recipelint-disable-next-line ING010, SEC014 -->\n1. Simmer" in page.read_text()
    assert run_json(".") == (0, [])


def test_an_existing_comment_with_an_unused_code_still_takes_the_new_one(tmp_path, run_json, monkeypatch):
    page = make_site(tmp_path, PAGE.replace("1. Simmer", "<!-- recipelint-disable-next-line SEC009 -->\n1. Simmer"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--add-suppressions", "."]) == 0
    assert "<!-- recipelint-disable-next-line SEC009, ING010 -->\n1. Simmer" in page.read_text()
    assert codes(run_json(".")[1]) == [(44, "RL005")]  # the stale SEC009 is still reported


def test_line_endings_and_byte_order_mark_are_kept(tmp_path, run_json, monkeypatch):
    page = make_site(tmp_path, newline="\r\n")
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--add-suppressions", "."]) == 0
    data = page.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") == SUPPRESSED.count("\n")
    assert run_json(".") == (0, [])


def test_findings_no_comment_can_silence_are_counted(tmp_path, capsys, monkeypatch):
    make_site(tmp_path, PAGE.replace("## Overview", "<!-- recipelint-disable-next-line XYZ123 -->\n## Overview"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--add-suppressions", "."]) == 0
    out, err = capsys.readouterr()
    assert err == ("recipelint: added 7 suppression comments to 1 file; 1 finding cannot be suppressed with a "
                   "comment (RL006): fix them, or use ignore / per-file-ignores\n")
    assert out.startswith("docs/soup.md:13:1: RL006 [warning] `recipelint-disable-next-line` names unknown rule 'XYZ123'\n")


def test_opening_fence_finding_falls_back_to_the_whole_file(tmp_path, run_json, capsys, monkeypatch):
    """FM005 (missing required key) is reported on the opening fence, where no comment
    may go: one disable-file comment after the front matter silences it."""
    page = make_site(tmp_path, "---\nid: x\n---\n\n## Overview\n\nText.\n")
    (tmp_path / "recipelint.toml").write_text('select = ["FM005"]\n[front-matter]\nrequired-keys = ["servings"]\n')
    monkeypatch.chdir(tmp_path)
    assert codes(run_json(".")[1]) == [(1, "FM005")]
    assert main(["check", "--add-suppressions", "."]) == 0
    assert capsys.readouterr().err == ("recipelint: added 1 suppression comment to 1 file; "
                                       "1 finding silenced for the whole file\n")
    assert page.read_text() == "---\nid: x\n---\n<!-- recipelint-disable-file FM005 -->\n\n## Overview\n\nText.\n"
    assert run_json(".") == (0, [])


def diagnostic(line, code="SEC013"):
    return Diagnostic("p.md", line, 1, line, 2, code, "leftover-markup", Severity.WARNING, "m")


def suppressions_of(text):
    document = Document("p.md", text)
    return parse_suppressions(document.lines, document.code_lines)


def test_a_code_block_is_wrapped_and_the_pair_suppresses_inside_it():
    text = "## Notes\n\n- item\n\n  ```text\n  TODO\n  ```\n\nAfter.\n"
    plan = _Plan(Document("p.md", text))
    assert plan.suppress_line(6, ["SEC013"], 0)
    new = plan.text()
    assert new == ("## Notes\n\n- item\n\n  <!-- recipelint-disable SEC013 -->\n  ```text\n  TODO\n  ```\n"
                   "  <!-- recipelint-enable SEC013 -->\n\nAfter.\n")
    suppressions: Suppressions = suppressions_of(new)
    assert suppressions.suppresses(diagnostic(plan.new_line(6)))
    assert not suppressions.suppresses(diagnostic(plan.new_line(9)))  # after the block: reported


def test_a_blockquote_list_item_keeps_its_containers():
    text = "> - one\n>   more\n> - two\n"
    plan = _Plan(Document("p.md", text))
    plan.suppress_line(3, ["ING010"], 0)
    plan.suppress_line(2, ["ING011"], 0)
    new = plan.text()
    assert new == ("> - one\n>   more <!-- recipelint-disable-line ING011 -->\n"
                   ">   <!-- recipelint-disable-next-line ING010 -->\n> - two\n")
    suppressions = suppressions_of(new)
    assert suppressions.suppresses(diagnostic(plan.new_line(3), "ING010"))
    assert suppressions.suppresses(diagnostic(plan.new_line(2), "ING011"))
