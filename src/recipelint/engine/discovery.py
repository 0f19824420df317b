"""Which files a run checks: walking folders for Markdown, honouring excludes and .gitignore.

Files named explicitly are always checked, as in Ruff, unless ``force_exclude``: then
they go through everything a folder walk applies (``include``, ``exclude``, and the
built-in exclusions of project files, hidden and non-content folders, and Markdown
outside the repository's site), so a pre-commit hook, which names files, checks
exactly what ``recipelint check`` of the whole repository checks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.config.globs import matches_any
from recipelint.diagnostic import printable_path
from recipelint.sites import boundary, disk
from recipelint.sites.detect import (
    admit_page,
    detect_site,
    is_excluded_page,
    is_site_boilerplate,
)

if TYPE_CHECKING:
    from recipelint.config.loader import Config, ConfigResolver

ALWAYS_EXCLUDED = (".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".docusaurus", ".tox", ".cache")


@dataclass(frozen=True)
class SourceFile:
    display_path: str  # as the user gave it, posix
    path: Path
    config: Config  # the configuration that applies to it, found once here


def discover(paths: list[str], resolver: ConfigResolver, force_exclude: bool = False) -> Iterator[SourceFile]:
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        _admit_boundary(path, resolver)
        if disk.is_dir(path):
            found = _walk(path, given, resolver)
        else:
            config = resolver.for_path(path)
            if force_exclude and not walk_would_check(path, config):
                continue
            found = iter([SourceFile(printable_path(_posix(given)), path, config)])
        for source in found:
            key = disk.real_file(source.path)  # never raises on a symlink loop
            if key not in seen:
                seen.add(key)
                yield source


def _admit_boundary(path: Path, resolver: ConfigResolver) -> None:
    """Let the walk read the site configuration inside the path's site or repository
    (``sites/boundary.py``); nothing outside it is read."""
    folder = path if disk.is_dir(path) else path.parent
    config = resolver.for_directory(folder)
    detected = detect_site(folder)
    admit_page(folder / "_", detected[1] if detected else None, config.root)


def _posix(path: str) -> str:
    return path.replace(os.sep, "/")


def _excluded(config: Config, relative: str, is_dir: bool = False) -> bool:
    """Whether ``exclude`` (or a folder recipelint never enters) matches the path
    ``relative`` to the configuration (``Config.relative``); a folder is matched with
    its trailing slash, so ``drafts/`` stops the walk there, as it stops git."""
    relative += "/" if is_dir else ""
    return matches_any(relative, config.settings.exclude) or matches_any(relative, ALWAYS_EXCLUDED)


def walk_would_check(path: Path, config: Config) -> bool:
    """Whether a folder walk would check this named file (``--force-exclude``)."""
    relative = config.relative(path)
    return _included(relative, config) and not _excluded(config, relative) and not is_excluded_page(path)


def _included(relative: str, config: Config) -> bool:
    """``include`` matches the file (its path below the configuration's folder,
    ``Config.relative``, so ``recipes/*.md`` works as in .gitignore), also with its
    extension in lower case (``Soup.MD``: the generators read extensions
    case-insensitively)."""
    stem, dot, suffix = relative.rpartition(".")
    return matches_any(relative, config.settings.include) or bool(
        dot and "/" not in suffix and suffix != suffix.lower()
        and matches_any(f"{stem}.{suffix.lower()}", config.settings.include)
    )


def _walk(top: Path, given: str, resolver: ConfigResolver) -> Iterator[SourceFile]:
    ignores = _GitIgnores()
    if resolver.for_directory(top).settings.respect_gitignore:
        ignores.enter_ancestors(top)
    base = _posix(given).rstrip("/")
    for directory, subdirs, files in os.walk(top):
        current = Path(directory)
        config = resolver.for_directory(current)
        respect = config.settings.respect_gitignore
        if respect:
            ignores.enter(current)
        subdirs[:] = sorted(
            d for d in subdirs
            if not _excluded(config, config.relative(current / d), is_dir=True)
            and not is_site_boilerplate(current / d, True, top)
            and not (respect and ignores.ignored(current / d, True))
        )
        for name in sorted(files):  # (a file takes the configuration of its folder: ``config``)
            file_path = current / name
            relative_to_config = config.relative(file_path)
            if not _included(relative_to_config, config):
                continue
            if _excluded(config, relative_to_config) or is_site_boilerplate(file_path, False, top):
                continue
            if respect and ignores.ignored(file_path, False):
                continue
            relative = file_path.relative_to(top).as_posix()
            display = f"{base}/{relative}" if base not in ("", ".") else relative
            yield SourceFile(printable_path(display), file_path, config)


class _GitIgnores:
    """The .gitignore files met while walking, each applying below its own folder."""

    def __init__(self) -> None:
        self._specs: list[tuple[Path, object]] = []

    def enter_ancestors(self, top: Path) -> None:
        """Load the .gitignore files from the repository root (a folder with ``.git``) down to ``top``'s parent."""
        start = _absolute(top)
        if disk.exists(start / ".git"):
            return
        root = next((folder for folder in start.parents if disk.exists(folder / ".git")), None)
        if root is None:
            return
        for folder in reversed(start.parents):
            if folder == root or root in folder.parents:
                self.enter(folder)

    def enter(self, directory: Path) -> None:
        directory = _absolute(directory)
        gitignore = directory / ".gitignore"
        if boundary.is_file(gitignore):
            import pathspec

            try:
                lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                return
            from recipelint.config.globs import collapse_star_runs

            try:
                spec = pathspec.GitIgnoreSpec.from_lines(collapse_star_runs(line) for line in lines)
            except Exception:  # pathspec's own errors vary by version; a line it cannot read ignores nothing
                spec = pathspec.GitIgnoreSpec.from_lines(_readable_lines(pathspec, lines))
            self._specs.append((directory, spec))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        path = _absolute(path)
        for root, spec in self._specs:
            try:
                relative = path.relative_to(root).as_posix()
            except ValueError:
                continue
            if spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _readable_lines(pathspec, lines: list[str]) -> list[str]:
    """The .gitignore lines pathspec can compile one by one (git skips a bad line too)."""
    from recipelint.config.globs import collapse_star_runs

    readable = []
    for line in lines:
        line = collapse_star_runs(line)
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except Exception:
            continue
        readable.append(line)
    return readable
