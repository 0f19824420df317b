"""Where recipelint may look on the disk: inside the site, or inside its repository.

Pages come from pull requests that anyone can open. A page committed as a symlink to a
credentials file, a link to ``../../../../etc/shadow`` or an image whose folder is a
symlink out of the checkout must not make recipelint open, stat or print anything
outside. So every path a rule or a site lookup touches goes through :func:`locate`
first: it follows the path one component at a time from a boundary, reading symlinks
itself, and gives up as soon as the path would leave. What it returns holds no
symlink, so the operating system, asked about it, looks nowhere else.

A page's boundary is the higher of its site root and its repository root (the folder
holding ``.git``): a Hugo site whose ``content/`` is a submodule still reaches its
``static/``, and a monorepo's docs still reach the repository's other files. A page in
neither is bounded by the working directory when it lies below it, else by its own
folder. Each boundary is admitted when a page's site is resolved; the set only grows
during a run.
"""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from recipelint.sites import disk

MAX_SYMLINKS = 40
"""Symlinks followed for one path before it counts as a loop (Linux's own limit)."""

_boundaries: dict[str, str] = {}
"""Admitted boundaries: the spelling pages use (absolute, not resolved) -> its real path."""
_admission: dict[str, int] = {}
"""The order the spellings of ``_boundaries`` were admitted in (first tried first)."""


def boundary_of(page: Path, roots: tuple[Path | None, ...], fallbacks: tuple[Path | None, ...] = ()) -> Path:
    """The folder ``page`` may look inside, spelled as the page's own path spells it:
    the highest lexical ancestor of the page that is one of ``roots`` (its site root and
    repository root, compared by real path, so a checkout reached through a symlinked
    folder, or macOS's ``/tmp``, is still one site). A symlinked folder below the root
    cannot move it: the folders considered are the ones the page's path names. In
    neither, the first of ``fallbacks`` (the configuration's folder), then the working
    directory, that holds the page; else the page's own folder."""
    folder = Path(os.path.abspath(page)).parent
    ancestors = [folder, *folder.parents]

    def holding(candidates: tuple[Path | None, ...]) -> list[Path]:
        wanted = {os.path.realpath(c) for c in candidates if c is not None}
        wanted |= {os.path.abspath(c) for c in candidates if c is not None}
        return [a for a in ancestors if str(a) in wanted or str(disk.real_folder(str(a))) in wanted]

    within = holding(roots)
    if within:
        return within[-1]
    return next(iter(holding((*fallbacks, Path.cwd()))), folder)


def admit(boundary: Path) -> None:
    """Let lookups inside ``boundary`` (a folder) happen from now on, under its own
    spelling and its real path (site modules build paths from either)."""
    given = os.path.abspath(boundary)
    if given not in _boundaries:
        real = os.path.realpath(given)
        _boundaries[given] = real
        _boundaries.setdefault(real, real)
        for spelling in (given, real):
            _admission.setdefault(spelling, len(_admission))
        trace.cache_clear()
        _follow_folder.cache_clear()


def forget_boundaries() -> None:
    """For tests and long-running processes that change folders."""
    _boundaries.clear()
    _admission.clear()
    trace.cache_clear()
    _follow_folder.cache_clear()


def inside(path: Path) -> bool:
    """Whether ``path`` stays inside an admitted boundary (it need not exist)."""
    return locate(path) is not None


LEAVES = "leaves"
"""Why a path was not followed: it leads outside every admitted boundary."""
LOOPS = "loops"
"""Why a path was not followed: its symlinks loop (or chain more than MAX_SYMLINKS)."""


def locate(path: Path) -> Path | None:
    """The real path of ``path`` when following it never leaves an admitted boundary,
    else None (it leaves, or its symlinks loop). The path need not exist: the part
    after the first missing component is kept as written."""
    found = trace(path)
    return found if isinstance(found, Path) else None


@lru_cache(maxsize=8192)
def trace(path: Path) -> Path | str:
    """``locate``, with the reason when the path is not followed: LEAVES or LOOPS."""
    # ``..`` is taken lexically here, as the callers build their paths; the components
    # left are followed physically, and only the real path returned is ever opened.
    absolute = os.path.abspath(path)
    reason = LEAVES
    for given in _boundaries_holding(absolute):
        found = _follow_below(given, _boundaries[given], tuple(_below(absolute, given)))[0]
        if found not in (LEAVES, LOOPS):
            return Path(found)
        reason = found
    return reason


def _follow_below(given: str, root: str, parts: tuple[str, ...]) -> tuple[str, int]:
    """``_follow`` of ``parts``, reusing what was found for the folder they are in: the
    pages of one folder share every component but the last (and the symlinks met on
    the way, which count towards MAX_SYMLINKS)."""
    if len(parts) > 1 and parts[-1] not in ("", ".", ".."):
        folder, hops = _follow_folder(given, root, parts[:-1])
        if folder in (LEAVES, LOOPS) or not _within(folder, root):
            return folder, hops  # (a missing folder: the rest is kept as written)
        if not _is_dir_no_follow(folder):
            return _follow(given, root, list(parts))
        return _follow(given, root, [parts[-1]], folder, hops)
    return _follow(given, root, list(parts))


@lru_cache(maxsize=4096)
def _follow_folder(given: str, root: str, parts: tuple[str, ...]) -> tuple[str, int]:
    """``_follow_below`` of a folder, remembered: a run asks about the same few hundred
    folders for thousands of files."""
    return _follow_below(given, root, parts)


def _is_dir_no_follow(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def _boundaries_holding(path: str) -> list[str]:
    """The admitted boundaries that ``path`` (absolute, normalised) is in or below, in
    the order they were admitted: looked up by the path's own folders, as a run over
    many sites admits many boundaries."""
    found, folder = [], path
    while True:
        if folder in _boundaries:
            found.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    if len(found) > 1:
        found.sort(key=_admission.__getitem__)
    return found


def _below(path: str, folder: str) -> list[str] | None:
    """The components of ``path`` below ``folder`` (both absolute), None if not below."""
    if path == folder:
        return []
    prefix = folder.rstrip(os.sep) + os.sep
    return path[len(prefix):].split(os.sep) if path.startswith(prefix) else None


def _follow(given: str, root: str, parts: list[str], start: str | None = None, hops: int = 0) -> tuple[str, int]:
    """Walk ``parts`` down from ``start`` (default ``root``, the real path of ``given``;
    ``hops`` symlinks already followed to get there) with the operating system's meaning
    of ``..`` and symlinks, never asking about a path outside ``root``. The real path
    reached, or LEAVES or LOOPS; and the symlinks followed."""
    current, pending = start or root, list(reversed(parts))
    while pending:
        part = pending.pop()
        if part in ("", "."):
            continue
        if part == "..":
            current = os.path.dirname(current)
            if not _within(current, root):
                return LEAVES, hops
            continue
        candidate = os.path.join(current, part)
        try:
            info = os.lstat(candidate)
        except (OSError, ValueError):  # missing, too long, NUL: what remains is kept as written
            return os.path.join(candidate, *reversed(pending)), hops
        if not stat.S_ISLNK(info.st_mode):
            current = candidate
            continue
        hops += 1
        if hops > MAX_SYMLINKS:
            return LOOPS, hops
        try:
            target = os.readlink(candidate)
        except OSError:
            return LEAVES, hops
        if os.path.isabs(target):
            below = _below(target, root)
            if below is None:
                below = _below(target, given)
            if below is None:
                return LEAVES, hops
            current, target_parts = root, below
        else:
            target_parts = target.split(os.sep)
        pending.extend(reversed(target_parts))
    return current, hops


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def is_file(path: Path) -> bool:
    """``path.is_file()`` for a path inside a boundary; False for one outside, and for
    one the system refuses to look at (a folder on the way cannot be searched, a name
    longer than the system allows)."""
    real = locate(path)
    return real is not None and disk.is_file(real)


def is_dir(path: Path) -> bool:
    """``path.is_dir()`` for a path inside a boundary; False for one outside or refused."""
    real = locate(path)
    return real is not None and disk.is_dir(real)


def read_inside(path: Path, max_bytes: int) -> bytes | None:
    """At most ``max_bytes + 1`` bytes of a regular file inside the boundary (one byte
    more than allowed tells the caller it is too large); None for a path outside, a
    missing or unreadable file, a folder, a pipe or a device. Opened without blocking,
    so a pipe committed under a page's name cannot hang the run."""
    real = locate(path)
    if real is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(real, flags)
    except (OSError, ValueError):
        return None
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return None
            chunks, total = [], 0
            while total <= max_bytes:
                chunk = handle.read(max_bytes + 1 - total)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError:
            return None
    return b"".join(chunks)


def real_path(path: Path) -> Path:
    """Where ``path`` really is, to tell two names of one file apart; a path outside
    every boundary is returned as written (it is never followed)."""
    return locate(path) or Path(os.path.abspath(path))


def files_in(folder: Path) -> list[Path]:
    """The regular files directly in ``folder`` (sorted, as the folder names them), when
    the folder is inside a boundary; files that are symlinks out of it are left out."""
    real = locate(folder)
    if real is None:
        return []
    try:
        with os.scandir(real) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError:
        return []
    return [folder / name for name in names if is_file(folder / name)]
