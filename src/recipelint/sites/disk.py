"""Questions to the file system that answer False instead of raising.

``Path.is_file()`` and ``Path.is_dir()`` raise when the system refuses to look (a folder
on the way that cannot be searched, a name longer than the system allows); they return
False only for a missing path or a symlink loop. A checked path comes from a pull
request or a command line, so recipelint asks through these: one bad path must become
a diagnostic on that path, never the end of the run.
"""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path


def is_file(path: Path | str) -> bool:
    return _mode_is(path, stat.S_ISREG)


def is_dir(path: Path | str) -> bool:
    return _mode_is(path, stat.S_ISDIR)


def exists(path: Path | str) -> bool:
    return _mode_is(path, lambda mode: True)


def _mode_is(path: Path | str, test) -> bool:
    try:
        return test(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def real_folder(folder: str) -> Path:
    """``os.path.realpath`` of a folder, worked out once per run: every page of a folder
    asks it (its configuration, its site), and each answer costs a system call for each
    component of the path. Forgotten with the other disk caches (``engine.disk_caches``)."""
    return _real_folder(os.path.abspath(folder))


def real_file(path: Path | str) -> Path:
    """``os.path.realpath`` of a file, through :func:`real_folder` unless the file itself
    is a symlink. Never raises, even on a symlink loop."""
    absolute = os.path.abspath(path)
    if os.path.islink(absolute):
        return Path(os.path.realpath(absolute))
    folder, name = os.path.split(absolute)
    return _real_folder(folder) / name


@lru_cache(maxsize=8192)
def _real_folder(absolute: str) -> Path:
    return Path(os.path.realpath(absolute))


@lru_cache(maxsize=8192)
def folder_below(folder: str, root: Path) -> str | None:
    """The real path of ``folder`` (absolute) relative to ``root``, posix (``""`` for the
    root itself); None when it is not at or below ``root``."""
    try:
        below = _real_folder(folder).relative_to(root).as_posix()
    except ValueError:
        return None
    return "" if below == "." else below
