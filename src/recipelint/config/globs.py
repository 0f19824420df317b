"""Glob patterns for include, exclude and per-file-ignores, matched on posix paths.

``*`` and ``?`` stay within one path segment, ``**`` spans segments, and a pattern
without a slash matches the file name at any depth (as in .gitignore and Ruff).
"""

from __future__ import annotations

import re
from functools import cache

_STAR_RUN = re.compile(r"\*{3,}")


def collapse_star_runs(pattern: str) -> str:
    """Runs of three or more stars as git reads them: ``**`` when the run is a whole
    path segment, else ``*``. Left as they are, each star is a ``[^/]*`` that a regex
    engine backtracks through, for minutes on a path that does not match
    ``********************b`` (ours, and pathspec's for .gitignore)."""

    def collapsed(run: re.Match[str]) -> str:
        whole_segment = (run.start() == 0 or pattern[run.start() - 1] == "/") and (
            run.end() == len(pattern) or pattern[run.end()] == "/"
        )
        return "**" if whole_segment else "*"

    return _STAR_RUN.sub(collapsed, pattern)


def check_glob(pattern: str) -> str:
    """``pattern`` if recipelint can match with it; ValueError saying why not. Called
    when the configuration loads, so a bad pattern is a configuration error that names
    its file and key, not a failure in the middle of a run."""
    if not pattern.strip():
        raise ValueError("an empty pattern matches nothing")
    if "{" in pattern and "," in pattern[pattern.index("{"):] and "}" in pattern[pattern.index("{"):]:
        raise ValueError(f"`{pattern}`: braces ({{a,b}}) are not glob syntax here; write one pattern for each")
    try:
        compile_glob(pattern)
    except re.error as exc:
        raise ValueError(f"`{pattern}` is not a valid pattern: {_character_class_problem(pattern) or exc.msg}") from None
    return pattern


def _character_class_problem(pattern: str) -> str | None:
    if "[]" in pattern:
        return "`[]` is an empty character class"
    for low, high in re.findall(r"\[[^\]]*?(.)-(.)", pattern):
        if low > high:
            return f"the range `{low}-{high}` in a character class runs backwards"
    return None


@cache
def compile_glob(pattern: str) -> re.Pattern[str]:
    pattern = collapse_star_runs(pattern)
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/") if anchored else pattern.rstrip("/")
    regex = _translate(pattern)
    prefix = "" if anchored else "(?:.*/)?"
    # A pattern that names a directory matches everything below it.
    return re.compile(f"^{prefix}{regex}(?:/.*)?$")


def _translate(pattern: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if pattern.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", index + 1)
            if end < 0:
                out.append(re.escape(char))
            else:
                body = pattern[index + 1 : end].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                index = end
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def matches_any(relative_posix_path: str, patterns: list[str] | tuple[str, ...]) -> bool:
    return any(compile_glob(p).match(relative_posix_path) for p in patterns)
