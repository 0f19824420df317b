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
