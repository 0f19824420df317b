"""Paths as CI services want them: relative to the checkout, with forward slashes.

Diagnostics carry paths as the user gave them (``./docs/a.md``, ``docs\\a.md`` on
Windows, ``/home/ci/site/docs/a.md``); SARIF, GitLab and the job summary locate files
relative to the repository checkout, which is the working directory of a CI job.
"""

from __future__ import annotations

import os
import posixpath
import re
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


_RAW_BYTE = re.compile(r"\\x([0-9A-F]{2})")


def uri_path(path: str) -> str:
    """``path`` percent-encoded for a URI. A byte of a file name that is not UTF-8 is
    shown as ``\\xNN`` in reports (``diagnostic.printable_path``); in a URI it is
    the byte itself, ``%NN``, as RFC 3986 allows, so the URI names the real file."""
    from urllib.parse import quote

    pieces = _RAW_BYTE.split(path)
    return "".join(quote(piece) if index % 2 == 0 else f"%{piece}" for index, piece in enumerate(pieces))
