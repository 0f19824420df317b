"""Paths as CI services want them: relative to the checkout, with forward slashes.

Diagnostics carry paths as the user gave them (``./docs/a.md``, ``docs\\a.md`` on
Windows, ``/home/ci/site/docs/a.md``); SARIF, GitLab and the job summary locate files
relative to the repository checkout, which is the working directory of a CI job.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path, PurePosixPath, PureWindowsPath


def relative_path(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` in posix form, or None when it lies outside ``root``.

    A relative ``path`` is taken relative to the working directory, as the run read it.
    """
    if not _is_absolute(path):
        path = os.path.join(os.getcwd(), path)
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return None
    relative = relative.replace(os.sep, "/")
    if relative == ".." or relative.startswith("../"):
        return None
    return posixpath.normpath(relative)


def _is_absolute(path: str) -> bool:
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()
