"""``--add-suppressions``: a suppression comment for every current finding, so that a
site with hundreds of findings can adopt recipelint today and fix them over time.

Above each reported line goes ``<!-- recipelint-disable-next-line CODE -->``, placed
so that the page renders exactly as before:

- in the front matter it is a YAML/TOML comment (``# <!-- … -->``), indented like its
  line; the block's opening fence takes none;
- in a list item or a blockquote it carries the line's ``>`` markers and the item's
  indentation, so it stays inside the item instead of splitting the list;
- on a continuation line of a paragraph (where a line of its own would split the
  paragraph) it is ``<!-- recipelint-disable-line CODE -->`` at the end of the line;
- a table or a code block (where a comment is a row or an example) is wrapped in
  ``recipelint-disable CODE`` … ``recipelint-enable CODE``;
- a comment already on the line above gets the new codes added.

Each file's result is checked before it is written: the front matter must read the
same, the Markdown must render the same (HTML comments aside), and linting it again
must report none of the findings. What fails falls back to one
``<!-- recipelint-disable-file CODE -->`` after the front matter; what even that cannot
silence (findings about the file itself, RL…, or on files that are not Markdown) is
left and counted. Files are written atomically, as ``--fix`` writes them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from recipelint.diagnostic import Diagnostic
from recipelint.engine.per_file import lint_source
from recipelint.engine.reporting import add_suppression_reports
from recipelint.engine.results import FileResult
from recipelint.engine.safe_write import NotWritten, bytes_checked, write_page
from recipelint.page.document import Document
from recipelint.page.markdown import innermost_block, opens_list_at
from recipelint.page.source import encode_text

MAX_ROUNDS = 6
_CONTAINERS = re.compile(r"^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?")
_NEXT_LINE = re.compile(r"^(?P<before>.*<!--\s*recipelint-disable-next-line)(?P<codes>[^>]*?)(?P<after>\s*-->\s*)$")
_FILE_LEVEL = re.compile(r"^(?P<before><!--\s*recipelint-disable-file)(?P<codes>[^>]*?)(?P<after>\s*-->\s*)$")
_BLOCKS = ("paragraph_open", "heading_open", "table_open", "fence", "code_block", "html_block", "hr")
_UNUSED = re.compile(r" for (\S+) suppresses nothing")
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAG = re.compile(r" ?(</?(?:li|ul|ol|p|blockquote|table|thead|tbody|tr|td|th|pre|code|h[1-6]|hr|div)\b[^>]*>) ?")


@dataclass
class SuppressionOutcome:
    comments: int = 0
    files_changed: int = 0
    file_level: int = 0
    """Findings silenced for their whole file, because no line comment could be placed."""
    left: list[Diagnostic] = field(default_factory=list)
    """Findings no comment can silence (about the file itself, or on a non-Markdown file)."""
    not_written: list[str] = field(default_factory=list)
    """``path: why`` for each file whose comments could not be written (see ``safe_write.py``)."""

    def summary(self) -> str:
        """One line: what was written, and what was left."""
        if self.comments:
            message = f"added {_count(self.comments, 'suppression comment')} to {_count(self.files_changed, 'file')}"
        else:
            message = "no finding needed a new suppression comment"
        if self.file_level:
            message += f"; {_count(self.file_level, 'finding')} silenced for the whole file"
        if self.left:
            codes = ", ".join(sorted({d.code for d in self.left}))
            message += (f"; {_count(len(self.left), 'finding')} cannot be suppressed with a comment ({codes}): "
                        "fix them, or use ignore / per-file-ignores")
        if self.not_written:
            message += f"; {_count(len(self.not_written), 'file')} left as they were ({'; '.join(self.not_written)})"
        return message


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def add_suppressions(results: list[FileResult], files: dict[str, Path | None], configs: dict) -> SuppressionOutcome:
    """Suppress every finding of ``results`` with comments written into its file."""
    outcome = SuppressionOutcome()
    for result in results:
        targets = [d for d in result.diagnostics if suppressible(d)]
        outcome.left.extend(d for d in result.diagnostics if not suppressible(d))
        path = files.get(result.path)
        if not targets:
            continue
        if result.packed_text is None or path is None:
            outcome.left.extend(targets)
            continue
        planned = _suppress_file(result, path, configs[result.path], targets)
        if planned is None:
            outcome.left.extend(targets)
            continue
        text, comments, file_level = planned
        try:
            write_page(path, bytes_checked(path, result.text), encode_text(text, result.newline, result.had_bom))
        except NotWritten as reason:
            outcome.not_written.append(f"{result.path}: {reason}")
            continue
        outcome.comments += comments
        outcome.file_level += file_level
        outcome.files_changed += 1
    return outcome


def suppressible(diagnostic: Diagnostic) -> bool:
    """Engine findings (unreadable file, unused or unknown suppression, crash) are about
    the file or its comments: a comment cannot stand in for fixing them."""
    return not diagnostic.code.startswith("RL")


# How a line's findings are silenced, tried in this order: a comment at the line (above
# it, or at its end), a disable/enable pair around its block, the whole file.
AT_LINE, AROUND_BLOCK, WHOLE_FILE = 0, 1, 2


def _suppress_file(result: FileResult, path: Path, config, targets: list[Diagnostic]) -> tuple[str, int, int] | None:
    """(new text, comments written, findings silenced file-wide), or None when no
    placement keeps the page the same and silences its findings."""
    document = Document(result.path, result.text, path)
    by_line: dict[int, set[str]] = defaultdict(set)
    for diagnostic in targets:
        by_line[diagnostic.line].add(diagnostic.code)
    levels = dict.fromkeys(by_line, AT_LINE)
    for _ in range(MAX_ROUNDS):
        plan = _plan(document, by_line, levels)
        if plan is None:
            return None
        new_text = plan.text()
        if not renders_same(document, Document(result.path, new_text, path)):
            failing = [line for line in by_line if not _line_keeps_page(document, line, by_line[line], levels[line], path)]
            if not failing:  # each line alone is fine; together they are not
                failing = [line for line in by_line if levels[line] < WHOLE_FILE]
        else:
            failing = sorted(_still_reported(result.path, path, config, plan, targets))
            if not failing:
                file_codes = plan.file_codes
                return new_text, plan.comments, sum(1 for d in targets if d.code in file_codes)
        if any(levels[line] == WHOLE_FILE for line in failing):
            return None
        for line in failing:
            levels[line] += 1
    return None


def _plan(document: Document, by_line: dict[int, set[str]], levels: dict[int, int]) -> _Plan | None:
    """The comments for every line at its level; a line whose level has no place for a
    comment (the opening fence, YAML for a block) moves up a level first."""
    for line, codes in by_line.items():
        while levels[line] < WHOLE_FILE and not _Plan(document).suppress_line(line, sorted(codes), levels[line]):
            levels[line] += 1
    plan = _Plan(document)
    file_codes = sorted({code for line, codes in by_line.items() if levels[line] == WHOLE_FILE for code in codes})
    file_lines = {line for line in by_line if levels[line] == WHOLE_FILE}
    if file_codes and not plan.suppress_file(file_codes, file_lines):
        return None
    for line, codes in sorted(by_line.items()):
        rest = sorted(codes - set(file_codes))
        if rest and levels[line] < WHOLE_FILE:
            plan.suppress_line(line, rest, levels[line])
    return plan


def _line_keeps_page(document: Document, line: int, codes: set[str], level: int, path: Path) -> bool:
    plan = _Plan(document)
    placed = plan.suppress_file(sorted(codes), {line}) if level == WHOLE_FILE else plan.suppress_line(line, sorted(codes), level)
    return placed and renders_same(document, Document(document.path, plan.text(), path))


def _still_reported(display: str, path: Path, config, plan: _Plan, targets: list[Diagnostic]) -> set[int]:
    """The lines (of the original text) whose findings linting the new text still
    reports, or whose new comment suppresses nothing for them (RL005)."""
    relinted = lint_source(display, path, plan.text().encode("utf-8"), config)
    add_suppression_reports(relinted, config, path, judge_project_rules=False)
    wanted = {(plan.new_line(d.line), d.code): d.line for d in targets}
    failing = {wanted[(d.line, d.code)] for d in relinted.diagnostics if (d.line, d.code) in wanted}
    for diagnostic in relinted.diagnostics:
        unused = _UNUSED.search(diagnostic.message) if diagnostic.code == "RL005" else None
        owners = plan.owners.get(diagnostic.line, set())
        # a comment written here that silences nothing for a code it was written for (an
        # existing comment that gets a code may already have had an unused one)
        if unused and any(t.line in owners and t.code == unused.group(1) for t in targets):
            failing |= owners
    return failing


def renders_same(before: Document, after: Document) -> bool:
    """Whether two versions of a page mean the same: the same front matter (or the same
    unreadable one), and the same HTML once comments and whitespace are set aside."""
    if (before.front_matter is None) != (after.front_matter is None):
        return False
    if before.front_matter is not None:
        if before.front_matter.closed != after.front_matter.closed:
            return False
        if before.front_matter_error is not None or after.front_matter_error is not None:
            return before.front_matter.text == after.front_matter.text
        if before.front_matter_data != after.front_matter_data:
            return False
    return _rendered(before) == _rendered(after)


def _rendered(document: Document) -> str:
    from recipelint.page.markdown import markdown_parser

    html = markdown_parser().renderer.render(document.tokens, markdown_parser().options, {})
    html = _COMMENTS.sub("", html)
    return _BLOCK_TAG.sub(r"\1", re.sub(r"\s+", " ", html)).strip()


class _Plan:
    """Comments to add to one document: lines to insert before a line, lines to rewrite
    (a comment at a line's end, or a comment that gets more codes), disable/enable
    pairs around blocks. ``owners`` maps each new comment's line in the new text to the
    original lines it speaks for."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = document.lines
        self.before: dict[int, list[tuple[str, set[int]]]] = defaultdict(list)
        self.rewrite: dict[int, tuple[str, set[int]]] = {}
        self.wraps: dict[tuple[int, int], tuple[list[str], set[int]]] = {}
        self.file_codes: set[str] = set()
        self.comments = 0

    # -- where a line's comment goes -------------------------------------------------

    def suppress_line(self, line: int, codes: list[str], level: int) -> bool:
        """Plan a comment for ``line``'s ``codes`` at ``level``; False when there is no
        such place (the caller escalates)."""
        document = self.document
        block = document.front_matter
        if block is not None and block.start_line <= line <= (block.end_line or len(self.lines)):
            if line == block.start_line or not block.closed or level > AT_LINE:
                return False  # the opening fence takes no comment; YAML has no block to wrap
            text = self.lines[line - 1]
            indent = "" if line == block.end_line else text[: len(text) - len(text.lstrip(" \t"))]
            self._next_line(line, codes, indent + "# ")
            return True
        if level == AROUND_BLOCK:
            container = innermost_block(document.tokens, line, _BLOCKS)
            if container is None:
                return False
            self._wrap(container.map[0] + 1, container.map[1], codes, line)
            return True
        container = innermost_block(document.tokens, line, ("fence", "code_block", "table_open"))
        if container is not None:
            self._wrap(container.map[0] + 1, container.map[1], codes, line)
            return True
        paragraph = innermost_block(document.tokens, line, ("paragraph_open",))
        if paragraph is not None and paragraph.map[0] + 1 < line:
            self._end_of_line(line, codes)
            return True
        self._next_line(line, codes, self._prefix(line))
        return True

    def suppress_file(self, codes: list[str], lines: set[int]) -> bool:
        """``disable-file`` right after the front matter; False when it has none that closes."""
        block = self.document.front_matter
        if block is not None and not block.closed:
            return False
        at = block.end_line + 1 if block is not None else 1
        self.file_codes |= set(codes)
        if at <= len(self.lines) and _merge_into(_FILE_LEVEL, self.lines[at - 1], codes, self, at, lines):
            return True
        self.before[at].insert(0, (f"<!-- recipelint-disable-file {', '.join(codes)} -->", set(lines)))
        self.comments += 1
        return True

    def _next_line(self, line: int, codes: list[str], prefix: str) -> None:
        previous = line - 1
        if previous >= 1 and not self.before.get(line) and _merge_into(
            _NEXT_LINE, self.lines[previous - 1], codes, self, previous, {line}, prefix
        ):
            return
        self.before[line].append((f"{prefix}<!-- recipelint-disable-next-line {', '.join(codes)} -->", {line}))
        self.comments += 1

    def _end_of_line(self, line: int, codes: list[str]) -> None:
        text = self.lines[line - 1]
        body = text.rstrip(" ")
        trailing = text[len(body):]  # two spaces are a hard line break: keep them last
        self.rewrite[line] = (f"{body} <!-- recipelint-disable-line {', '.join(codes)} -->{trailing}", {line})
        self.comments += 1

    def _wrap(self, first: int, last: int, codes: list[str], line: int) -> None:
        """One ``disable`` … ``enable`` pair per block, naming the codes of all its lines."""
        if (first, last) not in self.wraps:
            self.wraps[(first, last)] = ([], set())
            self.comments += 1
        named, owners = self.wraps[(first, last)]
        named.extend(code for code in codes if code not in named)
        owners.add(line)

    def _prefix(self, line: int) -> str:
        """What a comment line needs in front to stay in ``line``'s containers: its ``>``
        markers and indentation, and a list item's content indentation when the line
        is an item that does not open its list (the comment joins the item before)."""
        match = _CONTAINERS.match(self.lines[line - 1])
        quotes, indent, marker = match.group(1), match.group(2), match.group(3)
        if marker is None or opens_list_at(self.document.tokens, line):
            return quotes + indent
        return quotes + indent + " " * len(marker.expandtabs(4))

    # -- the result ------------------------------------------------------------------

    def text(self) -> str:
        """The new text; afterwards ``new_line`` maps old line numbers to new ones and
        ``owners`` maps the lines that carry a new comment to the lines they speak for."""
        out: list[str] = []
        self._new_lines: dict[int, int] = {}
        self.owners: dict[int, set[int]] = {}
        before = {line: list(comments) for line, comments in self.before.items()}
        after: dict[int, list[tuple[str, set[int]]]] = {}
        for (first, last), (codes, owners) in sorted(self.wraps.items()):
            prefix, joined = self._prefix(first), ", ".join(sorted(codes))
            before.setdefault(first, []).append((f"{prefix}<!-- recipelint-disable {joined} -->", owners))
            after.setdefault(last, []).insert(0, (f"{prefix}<!-- recipelint-enable {joined} -->", owners))

        def insert(comments: list[tuple[str, set[int]]]) -> None:
            for comment, owners in comments:
                out.append(comment)
                self.owners[len(out)] = owners

        for number, line in enumerate(self.lines, start=1):
            insert(before.get(number, []))
            self._new_lines[number] = len(out) + 1
            if number in self.rewrite:
                line, owners = self.rewrite[number]
                self.owners[len(out) + 1] = owners
            out.append(line)
            insert(after.get(number, []))
        insert(before.get(len(self.lines) + 1, []))
        return "\n".join(out) + ("\n" if self.document.text.endswith("\n") else "")

    def new_line(self, old_line: int) -> int:
        return self._new_lines.get(old_line, old_line)


def _merge_into(pattern: re.Pattern[str], existing: str, codes: list[str], plan: _Plan, line: int,
                owners: set[int], prefix: str | None = None) -> bool:
    """Add ``codes`` to a comment of ``pattern``'s kind already on ``line``; False when
    there is none (or it names no codes: then it already silences everything)."""
    text = plan.rewrite[line][0] if line in plan.rewrite else existing
    match = pattern.match(text)
    if match is None:
        return False
    if prefix is not None and not match.group("before").startswith(prefix + "<!--"):
        return False
    named = [c for c in re.split(r"[,\s]+", match.group("codes").strip()) if c]
    if not named:
        return True
    merged = named + [code for code in codes if code not in named]
    previous_owners = plan.rewrite[line][1] if line in plan.rewrite else set()
    plan.rewrite[line] = (f"{match.group('before')} {', '.join(merged)}{match.group('after')}", previous_owners | owners)
    return True
