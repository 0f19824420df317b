"""Every rule's docstring is its user documentation (``recipelint rule CODE``) and
follows one template:

1. a first paragraph saying what the rule reports (the README table's summary);
2. at least one more paragraph: why it matters, what exactly is checked;
3. a ``Bad`` example: a line ``Bad:``, ``Bad::`` or ``Bad (context)::`` and an
   indented block;
4. a ``Good`` example, the same way;
5. every option of the rule named in the text, in double backquotes;
6. for a rule with a fix, a sentence saying what the fix does (an unsafe fix says so).
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from dataclasses import dataclass

import pytest

from recipelint.config.loader import Overrides
from recipelint.rules import all_rules
from recipelint.rules.registry import Rule
from recipelint.run import CheckOptions, run_check

RULES = list(all_rules().values())

EXAMPLE_HEADER = re.compile(r"^(?P<kind>Bad|Good)\b.*?::?$")
MIN_WORDS = 6  # a second paragraph is prose, not a lone "Configure::"


@dataclass(frozen=True)
class Example:
    kind: str  # "Bad" or "Good"
    header: str
    text: str  # the indented block, dedented


def examples(doc: str) -> list[Example]:
    """The ``Bad``/``Good`` example blocks of a rule's documentation, in order.

    A header line only counts when a blank line and an indented block follow it.
    """
    lines = doc.splitlines()
    found = []
    for index, line in enumerate(lines):
        match = EXAMPLE_HEADER.match(line)
        if match is None:
            continue
        body = []
        rest = lines[index + 1 :]
        if not rest or rest[0].strip():
            continue
        for following in rest[1:]:
            if following.strip() and not following[0].isspace():
                break
            body.append(following)
        text = textwrap.dedent("\n".join(body)).strip("\n")
        if text:
            found.append(Example(match["kind"], line, text + "\n"))
    return found


def paragraphs(doc: str) -> list[str]:
    """Paragraphs of prose: blocks separated by blank lines that are not indented."""
    return [p for p in re.split(r"\n\s*\n", doc.strip()) if p and not p[0].isspace()]


def rule_id(rule: Rule) -> str:
    return rule.code


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_doc_explains_beyond_the_summary(rule):
    more = [
        p for p in paragraphs(rule.doc)[1:]
        if not EXAMPLE_HEADER.match(p.splitlines()[0]) and len(p.split()) >= MIN_WORDS
    ]
    assert more, (
        f"{rule.code}: the documentation needs a paragraph after the summary saying why the "
        f"problem matters or what exactly is checked"
    )


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_doc_has_bad_and_good_examples(rule):
    kinds = [example.kind for example in examples(rule.doc)]
    for kind in ("Bad", "Good"):
        assert kind in kinds, (
            f"{rule.code}: no `{kind}` example; write a line `{kind}::` (or `{kind} (context)::`), "
            f"a blank line and an indented block"
        )
    assert kinds.index("Bad") < kinds.index("Good"), f"{rule.code}: the `Bad` example comes before the `Good` one"


@pytest.mark.parametrize("rule", [r for r in RULES if r.options], ids=rule_id)
def test_doc_names_every_option(rule):
    missing = [name for name in rule.options if f"``{name}``" not in rule.doc]
    assert not missing, f"{rule.code}: the documentation does not name the option(s) {', '.join(missing)} (as ``name``)"


@pytest.mark.parametrize("rule", [r for r in RULES if r.fix is not None], ids=rule_id)
def test_doc_describes_the_fix(rule):
    sentences = re.split(r"(?<=\.)\s+", " ".join(paragraphs(rule.doc)))
    about_fix = [s for s in sentences if re.search(r"\bfix(es)?\b", s, re.IGNORECASE)]
    assert about_fix, f"{rule.code} has a {rule.fix.value} fix; add a sentence saying what the fix does"
    says_unsafe = any(re.search(r"\bunsafe\b", s, re.IGNORECASE) for s in about_fix)
    if rule.fix.value == "unsafe":
        assert says_unsafe, f"{rule.code}: its fix is unsafe; the sentence about the fix must say so (and why)"
    else:
        assert not says_unsafe, f"{rule.code}: its fix is safe, but the documentation calls it unsafe"


# -- the examples are true -----------------------------------------------------------
#
# A document rule's examples are linted as a page of a Docusaurus site (the seed
# format) with only that rule selected: the Bad example must be reported, the Good one
# must not. An example that starts with ``---`` is a whole page; one that starts with a
# ``key:`` line is front matter and gets its ``---`` lines; anything else is the body.
# Rules whose examples are fragments of a larger page, or need files or configuration
# besides the page, are listed in NEEDS_CONTEXT and not run.

NEEDS_CONTEXT = {
    "SEC014": "the example names the invisible character by a placeholder, since it cannot be seen",
    "FM001": "reported only when the site's other pages have front matter",
    "FM005": "the example is a Hugo page; examples are linted as Docusaurus pages",
    **dict.fromkeys(
        ["CAL001", "CAL002", "CAL003", "CAL004", "CAL005", "CAL007"],
        "the example shows calorie-table rows without the table and the page around them",
    ),
    **dict.fromkeys(
        ["ING001", "ING002", "ING003", "ING004", "ING005", "ING006", "ING007", "ING008", "ING009"],
        "the example shows ingredient lines or table rows without the sections around them",
    ),
    "FM011": "needs `allowed-tags` in the configuration",
    "IMG001": "needs the image file on disk",
    "IMG003": "needs the image file on disk",
    "LNK007": "needs the linked file",
    "LNK008": "needs the linked heading",
    "SEC003": "the Good example ends with a heading that stands for the rest of the page",
    "SEC005": "needs a `title` in front matter",
}
FRONT_MATTER_LINE = re.compile(r"^[A-Za-z_][\w-]*:(\s|$)")
DOCUMENT_RULES = [r for r in RULES if r.scope == "document"]
SELF_CONTAINED = [r for r in DOCUMENT_RULES if r.code not in NEEDS_CONTEXT]


def as_page(example: str) -> str:
    if example.startswith("---\n") or not FRONT_MATTER_LINE.match(example):
        return example
    return f"---\n{example}---\n"


def lint_example(tmp_path, rule: Rule, example: Example) -> list[dict]:
    """``rule``'s diagnostics for ``example`` as a page of a Docusaurus site."""
    site = tmp_path / example.kind
    (site / "docs").mkdir(parents=True)
    (site / "recipelint.toml").touch()
    (site / "docusaurus.config.js").write_text("module.exports = {};\n")
    page = site / "docs" / "recipe.md"
    page.write_text(as_page(example.text), encoding="utf-8")
    out = io.StringIO()
    options = CheckOptions(paths=[str(page)], output_format="json", overrides=Overrides(select=[rule.code]), jobs=1)
    run_check(options, stdout=out)
    return [d for d in json.loads(out.getvalue()) if d["code"] == rule.code]


@pytest.mark.parametrize("rule", SELF_CONTAINED, ids=rule_id)
def test_examples_are_true(tmp_path, rule):
    """If this fails for a new rule whose examples are fragments, add it to NEEDS_CONTEXT."""
    for index, example in enumerate(examples(rule.doc)):
        found = lint_example(tmp_path / str(index), rule, example)
        if example.kind == "Bad":
            assert found, f"{rule.code}: the example under `{example.header}` is not reported:\n{example.text}"
        else:
            messages = "\n".join(f"{d['line']}:{d['column']} {d['message']}" for d in found)
            assert not found, f"{rule.code}: the example under `{example.header}` is reported:\n{messages}"


def test_needs_context_names_document_rules():
    codes = {r.code for r in DOCUMENT_RULES}
    assert set(NEEDS_CONTEXT) <= codes, f"not document rules: {sorted(set(NEEDS_CONTEXT) - codes)}"
