"""Glob patterns for include, exclude and per-file-ignores: .gitignore syntax, matched on
posix paths relative to the configuration's folder.

A pattern means what it means in a ``.gitignore``, because it is matched by pathspec,
the library recipelint already reads ``.gitignore`` files with: ``*`` and ``?`` stay
within one path segment, ``**`` spans segments, ``[abc]`` / ``[!abc]`` are classes, a
pattern without a slash (or with only a trailing one) matches at any depth, one with a
slash elsewhere is anchored to the configuration's folder, a pattern that names a folder
matches everything below it, and ``!`` re-includes what an earlier pattern of the same
list matched. Braces (``*.{md,mdx}``) are expanded first by bracex, the expander behind
wcmatch, with a limit on how many patterns one may become.
"""

from __future__ import annotations

import re
from functools import cache

_STAR_RUN = re.compile(r"\*{3,}")

MAX_BRACE_EXPANSION = 100
"""Patterns one pattern's braces may expand to: ``{1..100000}`` is a configuration
error, not a hundred thousand patterns to try on every file."""


MAX_STARS_PER_SEGMENT = 3
"""Separate ``*`` in one path segment: a regex engine tries every split of a file name
among them, so ``*a*a*a*a*b`` takes seconds on a 200-character name, and more take
minutes. Three (``*-*-*.md``) stay under a millisecond."""


def collapse_star_runs(pattern: str) -> str:
    """Runs of three or more stars as git reads them: ``**`` when the run is a whole
    path segment, else ``*``. Left as they are, each star is a ``[^/]*`` that a regex
    engine backtracks through, for minutes on a path that does not match
    ``********************b`` (in our patterns and in .gitignore lines alike)."""

    def collapsed(run: re.Match[str]) -> str:
        whole_segment = (run.start() == 0 or pattern[run.start() - 1] == "/") and (
            run.end() == len(pattern) or pattern[run.end()] == "/"
        )
        return "**" if whole_segment else "*"

    return _STAR_RUN.sub(collapsed, pattern)


def expand_braces(pattern: str) -> list[str]:
    """``pattern`` with its braces expanded (``*.{md,mdx}`` is ``*.md`` and ``*.mdx``);
    ValueError when it would make more than MAX_BRACE_EXPANSION patterns. Escapes stay
    for pathspec to read: ``\\{a,b}`` is the text ``{a,b}``, ``\\*`` a literal star."""
    if "{" not in pattern:
        return [pattern]
    import bracex

    try:
        return bracex.expand(pattern, keep_escapes=True, limit=MAX_BRACE_EXPANSION)
    except bracex.ExpansionLimitException:
        raise ValueError(f"`{pattern}`: its braces expand to more than {MAX_BRACE_EXPANSION} patterns") from None


def check_glob(pattern: str) -> str:
    """``pattern`` if recipelint can match with it; ValueError saying why not. Called
    when the configuration loads, so a bad pattern is a configuration error that names
    its file and key, not a failure in the middle of a run or a pattern that silently
    matches nothing."""
    if not pattern.strip():
        raise ValueError("an empty pattern matches nothing")
    crowded = next((segment for segment in collapse_star_runs(pattern).split("/")
                    if segment != "**" and segment.count("*") > MAX_STARS_PER_SEGMENT), None)
    if crowded is not None:
        raise ValueError(f"`{pattern}`: `{crowded}` has more than {MAX_STARS_PER_SEGMENT} `*`; matching it against a "
                         "long file name could take minutes (each `*` multiplies the tries)")
    if _unclosed_brace(pattern):
        raise ValueError(f"`{pattern}`: a `{{` is never closed (write `\\{{` for the character)")
    for expanded in expand_braces(pattern):
        body = expanded[1:] if expanded.startswith("!") else expanded
        if body.startswith("#"):
            raise ValueError(f"`{pattern}` starts with `#`, a comment in .gitignore syntax; write `\\#` for the character")
        try:
            spec = _spec((expanded,))
        except Exception as exc:  # re.error or pathspec's own error, by version
            raise ValueError(f"`{pattern}` is not a valid pattern: {_problem(expanded) or exc}") from None
        if any(getattr(p, "regex", None) is None for p in spec.patterns):
            problem = _problem(expanded)
            raise ValueError(f"`{pattern}` is not a valid pattern: {problem}" if problem else f"`{pattern}` matches nothing")
    return pattern


def _unclosed_brace(pattern: str) -> bool:
    """Whether a ``{`` outside a class and not escaped has no ``}``: bracex would keep
    it as text, so ``*.{md,mdx`` would silently match nothing."""
    depth = 0
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
    return depth > 0


def _problem(pattern: str) -> str | None:
    if "[]" in pattern:
        return "`[]` is an empty character class"
    for low, high in re.findall(r"\[[^\]]*?(.)-(.)", pattern):
        if low > high:
            return f"the range `{low}-{high}` in a character class runs backwards"
    if pattern.count("[") > pattern.count("]"):
        return "a `[` is never closed (write `[[]` for the character)"
    if pattern.endswith("\\"):
        return "it ends with a lone `\\`"
    return None


@cache
def _spec(patterns: tuple[str, ...]):
    import warnings

    import pathspec

    lines = [collapse_star_runs(expanded) for pattern in patterns for expanded in expand_braces(pattern)]
    with warnings.catch_warnings():  # `[[` is a "possible nested set" to re: not the user's concern
        warnings.simplefilter("ignore", FutureWarning)
        return pathspec.GitIgnoreSpec.from_lines(lines)


@cache
def _matcher(patterns: tuple[str, ...]):
    """The patterns' compiled expressions, last first: the first that matches decides
    (pathspec's own ``match_file`` normalises the path and checks every pattern, three
    times slower on a walk)."""
    ordered = [(p.regex, p.include) for p in reversed(_spec(patterns).patterns) if p.include is not None]

    def decide(path: str) -> bool:
        return next((include for regex, include in ordered if regex.match(path)), False)

    return decide


def matches_any(relative_posix_path: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Whether the patterns, read as one .gitignore, select the path (the last pattern
    that matches decides: ``!`` excludes again)."""
    return bool(patterns) and _matcher(tuple(patterns))(relative_posix_path)
