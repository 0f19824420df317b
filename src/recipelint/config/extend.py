"""``extend = "../recipelint.toml"``: a configuration file built on another one.

The path is relative to the file that says it, and the extended file may extend another
(a cycle is an error). Merging, the extending file over the one it extends:

- tables merge key by key, recursively: ``per-file-ignores`` (per pattern),
  ``severity`` (per rule), ``rules`` (per rule, then per option), ``front-matter``,
  ``ingredients``;
- ``extend-*`` lists (``extend-select``, ``ingredients.extend-staples``) add to the
  extended file's;
- every other value replaces: ``select``, ``ignore``, ``include``, ``exclude``,
  ``preset``, ``static-dirs``, ``required-sections``, ``max-file-size``…

Folders and patterns stay relative to the file that wrote them: an extended file's
``static-dirs`` are rewritten relative to the extending file's folder, and its anchored
patterns (``exclude``, ``include``, ``per-file-ignores``) are rewritten for the files
below the extending file's folder (``website/drafts/**`` read from ``website/`` is
``drafts/**``; a pattern for another folder is dropped). Patterns without a slash, or
starting with ``**/``, match at any depth and are kept as they are.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from recipelint.sites import disk

MAX_DEPTH = 16
_PATTERN_LISTS = ("include", "exclude")


def resolve_extends(
    path: Path,
    table: dict[str, Any],
    read_table: Callable[[Path], dict[str, Any] | None],
    error: type[Exception],
    validate: Callable[[dict[str, Any], Path], None] | None = None,
) -> tuple[dict[str, Any], tuple[Path, ...]]:
    """``table`` (read from ``path``) merged over the files it extends, and those files,
    nearest first. ``error`` is raised with a one-line ``path: extend: message``;
    ``validate(table, path)`` checks each extended file on its own, so that an error
    names the file that has it."""
    chain: list[Path] = [path.resolve()]
    tables: list[dict[str, Any]] = [table]
    current_path, current = path.resolve(), table
    while "extend" in current:
        target = current["extend"]
        if not isinstance(target, str) or not target.strip():
            raise error(f"{current_path}: extend: must be the path of a configuration file")
        base_path = (current_path.parent / os.path.expanduser(target)).resolve()
        if base_path in chain:
            cycle = " -> ".join(str(p) for p in [*chain[chain.index(base_path):], base_path])
            raise error(f"{current_path}: extend: cycle: {cycle}")
        if len(chain) > MAX_DEPTH:
            raise error(f"{current_path}: extend: more than {MAX_DEPTH} files extend one another")
        if not disk.is_file(base_path):
            raise error(f"{current_path}: extend: no such file: {base_path}")
        base = read_table(base_path)
        if base is None:
            raise error(f"{current_path}: extend: {base_path} has no [tool.recipelint] table")
        if validate is not None:
            validate({k: v for k, v in base.items() if k != "extend"}, base_path)
        chain.append(base_path)
        tables.append(base)
        current_path, current = base_path, base
    merged = _rebased(tables[-1], chain[-1].parent, chain[0].parent)
    for base_path, layer in zip(reversed(chain[:-1]), reversed(tables[:-1]), strict=True):
        merged = merge_tables(merged, _rebased(layer, base_path.parent, chain[0].parent))
    merged.pop("extend", None)
    return merged, tuple(chain[1:])


def merge_tables(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``base``: tables merge per key, ``extend-*`` lists add up,
    anything else in ``over`` replaces."""
    merged = dict(base)
    for key, value in over.items():
        if key == "extend":
            continue
        previous = merged.get(key)
        if isinstance(previous, dict) and isinstance(value, dict):
            merged[key] = merge_tables(previous, value)
        elif key.startswith("extend-") and isinstance(previous, list) and isinstance(value, list):
            merged[key] = [*previous, *(item for item in value if item not in previous)]
        else:
            merged[key] = value
    return merged


def _rebased(table: dict[str, Any], written_in: Path, read_from: Path) -> dict[str, Any]:
    """``table``'s folders and patterns, written relative to ``written_in``, made relative
    to ``read_from`` (the folder of the file that was found)."""
    if written_in == read_from:
        return table
    table = dict(table)
    static_dirs = table.get("static-dirs", table.get("static_dirs"))
    if isinstance(static_dirs, list):
        key = "static-dirs" if "static-dirs" in table else "static_dirs"
        table[key] = [
            os.path.relpath(written_in / d, read_from) if isinstance(d, str) else d for d in static_dirs
        ]
    try:
        below = read_from.relative_to(written_in).parts
    except ValueError:
        return table  # not below the extended file: its patterns are read as written
    for key in _PATTERN_LISTS:
        if isinstance(table.get(key), list):
            table[key] = [p for p in (rebase_pattern(q, below) if isinstance(q, str) else q for q in table[key]) if p]
    ignores_key = "per-file-ignores" if "per-file-ignores" in table else "per_file_ignores"
    ignores = table.get(ignores_key)
    if isinstance(ignores, dict):
        table[ignores_key] = {
            rebased: codes for pattern, codes in ignores.items() if (rebased := rebase_pattern(pattern, below))
        }
    return table


def rebase_pattern(pattern: str, below: tuple[str, ...]) -> str | None:
    """``pattern``, relative to a folder, as seen from its subfolder ``below`` (its path
    parts); None when it cannot match anything there."""
    if not below or "/" not in pattern.rstrip("/") or pattern.startswith("**/") or pattern == "**":
        return pattern
    segments = pattern.strip("/").split("/")
    for part in below:
        if not segments:
            return None
        if segments[0] == "**":
            return "/".join(segments)
        if not fnmatchcase(part, segments[0]):
            return None
        segments = segments[1:]
    if not segments:
        return "**"  # the pattern named this folder: everything below it
    rest = "/".join(segments)
    # One segment left: a leading slash keeps it anchored (``drafts`` alone would match
    # a ``drafts`` folder at any depth).
    return rest if "/" in rest or rest == "**" else f"/{rest}"
