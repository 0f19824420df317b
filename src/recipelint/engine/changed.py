"""``--changed-since REF``: the files a pull request changes, asked of git.

A file counts as changed when it differs from ``REF`` on this branch or in the
working tree:

- committed since the branch left ``REF``: ``git diff --name-only REF...HEAD``
  (three dots: against the merge base, so commits made on ``REF`` since do not count);
- staged or not yet staged: ``git diff --name-only HEAD``;
- new and not ignored: ``git ls-files --others --exclude-standard``.

Deleted files are not checked (nothing is left to check). Only these files are
reported on; the run still reads every other page for the cross-page rules.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from recipelint.sites import disk


class ChangedFilesError(Exception):
    """Git cannot say what changed: not a repository, an unknown ref, no merge base."""


@dataclass(frozen=True)
class ChangedFiles:
    ref: str
    root: Path
    """The top folder of the repository."""
    paths: frozenset[Path]
    """Every changed file, absolute and resolved."""

    def __contains__(self, path: Path) -> bool:
        return Path(os.path.realpath(path)) in self.paths


def changed_since(ref: str, where: Path) -> ChangedFiles:
    """The files changed against ``ref`` in the git repository holding ``where``."""
    folder = where if disk.is_dir(where) else where.parent
    if not disk.is_dir(folder):
        folder = Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], folder, f"{_shown(folder)} is not in a git repository",
               explain=False)
    root = Path(top.rstrip("\n"))
    if ref.startswith("-") or not ref.strip():
        raise ChangedFilesError(f"--changed-since: {ref!r} is not a git ref")
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root,
         f"--changed-since: unknown git ref {ref!r} (fetch it first; a shallow clone may lack it)", explain=False)
    names: set[str] = set()
    listings = (
        (["diff", "--name-only", "-z", f"{ref}...HEAD"], f"--changed-since: git cannot compare {ref!r} with HEAD"),
        (["diff", "--name-only", "-z", "HEAD"], "--changed-since: git cannot list uncommitted changes"),
        (["ls-files", "-z", "--others", "--exclude-standard"], "--changed-since: git cannot list untracked files"),
    )
    for arguments, failure in listings:
        names.update(name for name in _git(arguments, root, failure).split("\0") if name)
    paths = frozenset(Path(os.path.realpath(root / name)) for name in names)
    return ChangedFiles(ref, root, paths)


def _git(arguments: list[str], cwd: Path, failure: str, *, explain: bool = True) -> str:
    """Git's standard output; if it fails, ``failure`` (with git's first line of
    complaint when ``explain``)."""
    import subprocess  # here: the command line imports this module's error on every run

    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        completed = subprocess.run(
            ["git", "--no-pager", "-c", "core.quotePath=false", *arguments],
            cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape",
            env=environment, check=False,
        )
    except FileNotFoundError:
        raise ChangedFilesError("--changed-since needs git, and git is not installed") from None
    except OSError as exc:
        raise ChangedFilesError(f"{failure}: {exc}") from None
    if completed.returncode != 0:
        detail = next((line.strip() for line in completed.stderr.splitlines() if line.strip()), "")
        raise ChangedFilesError(failure + (f" ({detail})" if detail and explain else ""))
    return completed.stdout


def _shown(folder: Path) -> str:
    return folder.as_posix() if str(folder) not in ("", ".") else "the current folder"
