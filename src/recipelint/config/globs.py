"""Glob patterns for include, exclude and per-file-ignores, matched on posix paths.

``*`` and ``?`` stay within one path segment, ``**`` spans segments, and a pattern
without a slash matches the file name at any depth (as in .gitignore and Ruff).
"""

from __future__ import annotations

import re
from functools import cache


@cache
def compile_glob(pattern: str) -> re.Pattern[str]:
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
