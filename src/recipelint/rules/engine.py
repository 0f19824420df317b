"""RL: problems the engine finds before or around the rules (files, suppressions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import EngineContext


@rule("RL001", "undecodable-file", "error", scope="engine")
def undecodable_file(ctx: EngineContext) -> Iterator[Problem]:
    """The file is not valid UTF-8, so it was not checked.

    The diagnostic points at the first byte that cannot be decoded. Markdown sites
    expect UTF-8; re-save the file as UTF-8 (a byte order mark is fine).

    Bad (saved as Latin-1: ``crème`` is the bytes ``63 72 E8 6D 65``)::

        - 2 tbsp crème fraîche

    Good (saved as UTF-8: ``crème`` is the bytes ``63 72 C3 A8 6D 65``)::

        - 2 tbsp crème fraîche
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "encoding":
        yield Problem(problem.line, problem.column, problem.message)


@rule("RL002", "binary-file", "error", scope="engine")
def binary_file(ctx: EngineContext) -> Iterator[Problem]:
    """The file holds NUL bytes: it is binary, not Markdown, and was not checked.

    Usually an image or archive saved with a ``.md`` name, or a file in UTF-16.
    Only the first 8 KiB are looked at.

    Bad (``tacos.md`` saved as UTF-16: a NUL byte after every ASCII character)::

        FF FE 2D 00 2D 00 2D 00 0A 00      <- "---" and a newline

    Good (saved as UTF-8)::

        2D 2D 2D 0A                        <- "---" and a newline
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "binary":
        yield Problem(1, 1, problem.message)


@rule("RL003", "unreadable-file", "error", scope="engine")
def unreadable_file(ctx: EngineContext) -> Iterator[Problem]:
    """A path to check does not exist or cannot be read.

    Reported for a file named on the command line (or passed by a pre-commit hook)
    that is missing, or that the system will not let recipelint read (permissions, a
    broken symbolic link). It is an error so that a CI job pointing at a stale path
    fails instead of passing with nothing checked.

    Bad (the file was deleted or misspelled)::

        recipelint check docs/recipes/mian/tacos.md

    Good (the path names a readable file)::

        recipelint check docs/recipes/main/tacos.md
    """
    if ctx.read_error is not None:
        yield Problem(1, 1, ctx.read_error)


@rule("RL004", "file-too-large", "error", scope="engine")
def file_too_large(ctx: EngineContext) -> Iterator[Problem]:
    """The file is larger than ``max-file-size`` (5 MiB by default), or holds more
    Markdown structure than recipelint parses, and was not checked.

    A recipe is a few kilobytes; a huge file is usually generated or misnamed data.
    The structure limit (200,000 parser tokens, estimated from the count of lines,
    table pipes and inline marks before parsing; real recipes come to about 2,000)
    keeps a page of a few megabytes of table cells or list items from taking
    gigabytes of memory. Raise the size limit in the configuration if the file is real::

        [tool.recipelint]
        max-file-size = 20_000_000

    Bad (with the default limit)::

        docs/recipes/nutrition_dump.md      12,582,912 bytes, exported from a spreadsheet

    Good::

        docs/recipes/lentil_soup.md         4,210 bytes
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "too-large":
        yield Problem(1, 1, problem.message)


@rule("RL008", "outside-site", "error", scope="engine")
def outside_site(ctx: EngineContext) -> Iterator[Problem]:
    """The page is a symbolic link to a file outside its site and repository, so it was
    not read.

    recipelint reads nothing outside the site root or the repository root (whichever
    is higher): a pull request could otherwise commit ``recipe.md`` as a link to a
    credentials file on the machine that runs the check and have its lines printed in
    the report. Generators refuse such links too (Jekyll in safe mode, as on GitHub
    Pages; Hugo for content files), so the page would not be on the site. The link's
    target is never named, opened or looked at.

    Bad (a link out of the checkout)::

        docs/recipes/tacos.md -> /home/ci/.config/credentials

    Good (the page itself, or a link to another file of the repository)::

        docs/recipes/tacos.md -> ../../shared/recipes/tacos.md
    """
    if ctx.outside_site:
        yield Problem(1, 1, "is a symbolic link that leads outside the site and its repository: it was not read")


@rule("RL009", "fix-not-written", "warning", scope="engine")
def fix_not_written(ctx: EngineContext) -> Iterator[Problem]:
    """``--fix`` (or ``--add-suppressions``) had changes for this page but left it as it
    was, and says why.

    A page is rewritten only when nothing is lost by it: the new text replaces the page
    atomically and keeps its mode and owner. So a page is left alone when it is
    read-only, when it has other hard links (a rename would leave the old text under the
    other names), when its folder cannot be written, when the new file could not keep
    its owner, and when the page changed after it was checked (an editor saved it, or
    another ``recipelint --fix`` run fixed it first). A symlink inside the site is
    followed and its target rewritten. The other pages are fixed as usual.

    Bad (``chmod a-w docs/soup.md``, then ``recipelint check --fix``)::

        docs/soup.md:1:1: RL009 the fixes were not written: the page is read-only; …

    Good (``chmod u+w docs/soup.md``, then ``recipelint check --fix``)::

        Fixed 2 problems in 1 file.
    """
    if ctx.not_written is not None:
        yield Problem(1, 1, f"the fixes were not written: {ctx.not_written}")


@rule("RL005", "unused-suppression", "warning", scope="engine")
def unused_suppression(ctx: EngineContext) -> Iterator[Problem]:
    """An inline suppression comment suppresses nothing.

    Stale suppressions hide future problems; remove them when the problem is fixed.
    Only suppressions of rules that are enabled are reported.

    Bad (no CAL001 problem on the next line)::

        <!-- recipelint-disable-next-line CAL001 -->
        **Total (approx): 120 kcal**

    Good (the comment removed once the Total was corrected)::

        **Total (approx): 120 kcal**
    """
    for directive, selector in ctx.unused_suppressions:
        what = "every rule" if selector == "all" else selector
        yield directive.problem(f"for {what} suppresses nothing; remove it")


@rule("RL006", "unknown-suppression-code", "warning", scope="engine")
def unknown_suppression_code(ctx: EngineContext) -> Iterator[Problem]:
    """An inline suppression names a rule that does not exist.

    A suppression may name rule codes, code prefixes (``CAL``) and rule names
    (``calorie-total-mismatch``), without case. Anything else is usually a typo, and
    the comment then silences nothing for it: the problem it was written for is
    still reported.

    Bad::

        <!-- recipelint-disable-next-line CAL999 -->

    Good::

        <!-- recipelint-disable-next-line CAL001 -->
    """
    for directive, selector in ctx.unknown_suppressions:
        yield directive.problem(f"names unknown rule {selector!r}")


@rule("RL007", "rule-error", "error", scope="engine")
def rule_error(ctx: EngineContext) -> Iterator[Problem]:
    """A rule raised an unexpected error on this file (a bug in recipelint).

    The other rules and files are still checked, and the exit code is 2. Please report
    the file and the message.

    Bad (the report for a page on which CAL002 crashed)::

        tacos.md:1:1: RL007 [error] internal error in rule CAL002 (per-serving-mismatch): ZeroDivisionError: division by zero

    Good (every rule ran to the end on the page, which has no problems)::

        No problems found in 1 file checked.
    """
    for crashed, exc in ctx.crashes:
        yield Problem(1, 1, f"internal error in rule {crashed.code} ({crashed.name}): {type(exc).__name__}: {exc}")
