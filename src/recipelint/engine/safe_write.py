"""Writing a fixed page back without losing anything a user (or another run) wrote.

``--fix`` and ``--add-suppressions`` replace a page atomically: the new text goes to a
temporary file beside it, takes the page's mode and owner, and is renamed over it, so a
crash leaves the old page or the new one. Before that, the page must be one recipelint
may rewrite; when it is not, the page is left as it is and the caller reports why
(RL009) instead of ending the run:

- a symlink is followed, and its target inside the site rewritten (the link stays a
  link); a target outside the site is never written;
- a page with other hard links is left alone: a rename would give this name the fix and
  leave the old text under the other names;
- a read-only page is left alone, even for root, who could write it anyway;
- a page whose owner the new file cannot keep (only root may give a file away) is left
  alone rather than silently changing hands;
- a page that changed since it was read (an editor, another ``--fix`` run) is left
  alone: the bytes are compared just before the rename, under an advisory lock that
  concurrent recipelint runs take on the same page, so neither loses the other's work.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from recipelint.sites import boundary


class NotWritten(Exception):
    """Why a page was left as it is; the message completes "the fix was not written: …"."""


def write_page(path: Path, expected: bytes, data: bytes) -> None:
    """Replace the page at ``path`` with ``data`` if it still holds ``expected``; raise
    NotWritten saying why not."""
    target = boundary.locate(path)
    if target is None:
        raise NotWritten("the page is a symbolic link that leads outside the site")
    try:
        info = os.stat(target)
    except OSError as exc:
        raise NotWritten(f"the page cannot be looked at: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise NotWritten("the page is not a regular file")
    if info.st_nlink > 1:
        raise NotWritten(f"the page has {info.st_nlink} hard links, and replacing it would leave the old text "
                         "under the other names; fix it by hand")
    if not info.st_mode & 0o222:
        raise NotWritten("the page is read-only; make it writable to let --fix change it")
    with _locked(target):
        try:
            current = target.read_bytes()
        except OSError as exc:
            raise NotWritten(f"the page cannot be read again: {exc.strerror or exc}") from None
        if current != expected:
            raise NotWritten("the page changed while it was being fixed (another program or run wrote it); "
                             "run recipelint again")
        _replace(target, data, info)


def bytes_checked(path: Path, text: str) -> bytes:
    """The page's bytes now, when they still decode to ``text``, the text that was checked;
    NotWritten otherwise."""
    from recipelint.page.source import DecodedSource, decode_source

    target = boundary.locate(path)
    try:
        data = target.read_bytes() if target is not None else None
    except OSError as exc:
        raise NotWritten(f"the page cannot be read again: {exc.strerror or exc}") from None
    decoded = decode_source(data) if data is not None else None
    if not isinstance(decoded, DecodedSource) or decoded.text != text:
        raise NotWritten("the page changed after it was checked; run recipelint again")
    return data


def _replace(target: Path, data: bytes, info: os.stat_result) -> None:
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise NotWritten(f"its folder cannot be written to: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, stat.S_IMODE(info.st_mode))
        written = os.stat(temp_name)
        if (written.st_uid, written.st_gid) != (info.st_uid, info.st_gid) and hasattr(os, "chown"):
            try:
                os.chown(temp_name, info.st_uid, info.st_gid)
            except PermissionError:
                raise NotWritten(f"the page belongs to user {info.st_uid}, and a rewritten page would belong "
                                 "to you; fix it as its owner") from None
        os.replace(temp_name, target)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):  # (NotWritten is no OSError: it goes up as it is)
            raise NotWritten(f"it could not be written: {exc.strerror or exc}") from None
        raise


@contextmanager
def _locked(target: Path):
    """An advisory lock on the page for the compare-and-rename, where the system has
    them: a second recipelint fixing the same page waits, then sees the new bytes."""
    try:
        import fcntl
    except ImportError:  # Windows: the comparison alone narrows the race to the rename
        yield
        return
    try:
        handle = open(target, "rb")  # noqa: SIM115  (held for the lock's lifetime)
    except OSError as exc:
        raise NotWritten(f"the page cannot be opened: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
