"""LNK: links — reference labels and definitions, empty links, insecure and bare URLs.

The links come from ``page/links.py``, scanned once per document and shared by the
LNK rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, NamedTuple

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.page.links import links_of
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.page.links import Definition
    from recipelint.rules.context import RuleContext

# -- rules -----------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"^\s*(?:>\s*)*:{2,}\w")
_NAME_LIKE = re.compile(r"^[\d\w][\w'’&+.\-]*(?: [\w'’&+.\-]+){0,3}$")


def _looks_like_label(label: str) -> bool:
    """A shortcut ``[label]`` that reads as a link label rather than bracketed prose."""
    label = " ".join(label.split())
    if len(label) > 40 or not _NAME_LIKE.match(label) or label[-1] in ".-":
        return False
    if label[0].isdigit():
        return " " not in label  # [1] is a footnote-style label; [1.4 kg] is an amount
    return label[0].isupper()


class ReferenceOptions(NamedTuple):
    """LNK001 options: which undefined shortcut references (``[label]`` alone) are reported."""

    shortcut_references: Literal["capitalised", "all", "never"] = "capitalised"


@rule("LNK001", "undefined-reference", "warning", options=ReferenceOptions)
def undefined_reference(ctx: RuleContext) -> Iterator[Problem]:
    """A reference link uses a label that no ``[label]: url`` definition defines.

    The generator renders an undefined reference as literal text, brackets and all.
    Full (``[text][label]``) and collapsed (``[label][]``) references are always
    checked. A shortcut reference (``[label]`` alone) is indistinguishable from
    bracketed prose such as ``[optional]``, so by default it is reported only when
    it reads like a link label: it starts with a capital letter and is a short name
    (at most four words and 40 characters, no sentence punctuation), or it is one
    token starting with a digit, as in ``[HelloFresh]``, ``[USDA]`` or ``[1]`` (an
    amount such as ``[1.4 kg]`` is not a label). Task-list boxes (``[ ]``, ``[x]``),
    footnotes (``[^1]``), brackets followed by ``(`` (``[Note] (see below)``),
    admonition titles (``:::note[Title]``), code, HTML, Hugo shortcodes and Liquid
    tags, and escaped brackets (``\\[note]``) are never references. Labels match case-insensitively, as CommonMark defines it.

    Option ``shortcut-references``: ``capitalised`` (default), ``all`` (every
    undefined ``[text]`` is reported) or ``never`` (only full and collapsed ones)::

        [tool.recipelint.rules.LNK001]
        shortcut-references = "all"

    Bad::

        | Ripe Bananas | 3 large | 320 kcal | [Estimated] |

    Good::

        | Ripe Bananas | 3 large | 320 kcal | [Estimated] |

        [Estimated]: https://fdc.nal.usda.gov/
    """
    mode = ctx.options(ReferenceOptions).shortcut_references
    scan = links_of(ctx.document)
    defined = scan.defined
    for reference in scan.references:
        if reference.key in defined:
            continue
        if reference.kind == "shortcut" and (mode == "never" or (mode == "capitalised" and not _looks_like_label(reference.label))):
            continue
        if reference.kind == "shortcut" and _DIRECTIVE.match(ctx.document.line_text(reference.span.line)):
            continue  # ":::note[Title]": a Docusaurus/MDX admonition title
        what = "image reference" if reference.image else "reference"
        label = " ".join(reference.label.split())
        yield reference.span.problem(
            f"{what} `[{label}]` is not defined; add a `[{label}]: url` definition or write the link inline"
        )


@rule("LNK002", "unused-reference-definition", "warning")
def unused_reference_definition(ctx: RuleContext) -> Iterator[Problem]:
    """A ``[label]: url`` definition that no reference in the file uses.

    Usually the reference was renamed or removed; the definition is dead weight, or
    the reference that should use it is misspelt. Uses are matched
    case-insensitively (``[usda]`` uses ``[USDA]: …``).

    Bad::

        Inspired by HelloFresh.

        [HelloFresh]: https://www.hellofresh.com/

    Good::

        Inspired by [HelloFresh].

        [HelloFresh]: https://www.hellofresh.com/
    """
    scan = links_of(ctx.document)
    used = scan.used
    seen: set[str] = set()
    for definition in scan.definitions:
        if definition.key in seen:
            continue  # a later duplicate is LNK003's to report
        seen.add(definition.key)
        if definition.key not in used:
            label = " ".join(definition.label.split())
            yield definition.span.problem(f"reference definition `[{label}]` is never used")


@rule("LNK003", "duplicate-reference-definition", "warning")
def duplicate_reference_definition(ctx: RuleContext) -> Iterator[Problem]:
    """The same label is defined twice; CommonMark uses the first definition only.

    Labels are compared case-insensitively with whitespace collapsed, so ``[USDA]``
    and ``[usda]`` are the same label. Reported at the later definition.

    Bad::

        [USDA]: https://fdc.nal.usda.gov/
        [usda]: https://www.usda.gov/

    Good::

        [USDA FoodData]: https://fdc.nal.usda.gov/
        [USDA]: https://www.usda.gov/
    """
    first: dict[str, Definition] = {}
    for definition in links_of(ctx.document).definitions:
        earlier = first.setdefault(definition.key, definition)
        if earlier is not definition:
            label = " ".join(definition.label.split())
            yield definition.span.problem(
                f"duplicate definition of `[{label}]` (first defined at line {earlier.span.line}); "
                f"only the first is used"
            )


@rule("LNK004", "empty-link", "error")
def empty_link(ctx: RuleContext) -> Iterator[Problem]:
    """A link with no text (``[](url)``) or no destination (``[text]()``).

    A link without text is invisible to readers; one without a destination goes
    nowhere. An image inside the link counts as text. Images with no source are
    left to the image rules.

    Bad::

        See [](https://www.usda.gov/) and [the notes]().

    Good::

        See [USDA](https://www.usda.gov/) and [the notes](#notes).
    """
    for link in links_of(ctx.document).inline_links:
        if link.image:
            continue
        if not link.text.strip():
            yield link.span.problem("link has no text; readers cannot see or follow it")
        elif not link.destination.strip():
            yield link.span.problem(f"link `[{' '.join(link.text.split())}]` has an empty destination")
    for definition in links_of(ctx.document).definitions:
        if not definition.destination.strip():
            label = " ".join(definition.label.split())
            yield definition.span.problem(f"reference definition `[{label}]` has an empty destination")


_LOCAL_HOST = re.compile(
    r"^http://(?:[^/@]*@)?(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|[^/:?#]*\.(?:localhost|local|test|internal))(?::\d+)?(?:[/?#]|$)",
    re.I,
)


@rule("LNK005", "insecure-link", "warning", fix="unsafe", default_enabled=False)
def insecure_link(ctx: RuleContext) -> Iterator[Problem]:
    """A link, image, reference definition or URL uses ``http://`` instead of ``https://``.

    Plain HTTP pages can be altered in transit, and browsers flag images loaded over
    HTTP on an HTTPS site. Local addresses (``localhost``, ``127.0.0.1``, ``*.local``,
    ``*.test``) are not reported. The fix rewrites the scheme; it is unsafe because
    recipelint never goes online to check that the site serves HTTPS. Off by default.

    Bad::

        [USDA]: http://fdc.nal.usda.gov/

    Good::

        [USDA]: https://fdc.nal.usda.gov/
    """
    for url in links_of(ctx.document).urls:
        if not url.url[:7].lower() == "http://" or _LOCAL_HOST.match(url.url):
            continue
        span = url.span
        fix = Fix(
            FixSafety.UNSAFE,
            (Edit(span.line, span.column, span.line, span.column + 7, "https://"),),
            "use https://",
        )
        yield span.problem(f"insecure URL `{url.url}`; use `https://`", fix=fix)


@rule("LNK006", "bare-url", "warning", fix="safe", default_enabled=False)
def bare_url(ctx: RuleContext) -> Iterator[Problem]:
    """A bare URL in prose, not written as a link.

    CommonMark does not turn bare URLs into links (some generators do, some do not),
    so the address may render as plain text. Wrap it in ``<…>`` or give it link
    text. URLs inside links, autolinks, code and HTML are not reported; trailing
    punctuation is not part of the URL. The fix wraps the URL in ``<…>``. Off by
    default.

    Bad::

        Recipe from https://www.hellofresh.com/recipes.

    Good::

        Recipe from <https://www.hellofresh.com/recipes>.
    """
    for url in links_of(ctx.document).urls:
        if url.kind != "bare":
            continue
        span = url.span
        fix = Fix(
            FixSafety.SAFE,
            (
                Edit(span.line, span.column, span.line, span.column, "<"),
                Edit(span.end_line, span.end_column, span.end_line, span.end_column, ">"),
            ),
            "wrap the URL in <…>",
        )
        yield span.problem(f"bare URL `{url.url}`; write it as `<{url.url}>` or `[text]({url.url})`", fix=fix)
