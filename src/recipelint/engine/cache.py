"""The result cache: a file's per-file results, reused while nothing they depend on changed.

One entry per (file, configuration, recipelint build, working directory), in
``.recipelint_cache/`` at the project root (the folder of the configuration file that
applies to the working directory, else the working directory). An entry holds the hash of
the file's bytes, the questions its checks asked about other files with their answers
(``sites.lookups``: whether a linked page exists, its anchors, the site's configuration
and key census), and the result: diagnostics with their fixes, inline suppressions and
the page facts the project pass needs. It is reused only when the bytes hash the same
and every question gets the same answer again; the project pass (duplicate addresses,
tags, titles, unused images) always runs again over the facts, cached or not, so
cross-page findings are always those of the current files.

Safety:

- entries are JSON, never pickle, checked field by field when read; anything unexpected
  (truncated, corrupt, another format) is a miss, never an error;
- each entry is signed with HMAC-SHA256 under a random key kept in the user's own cache
  folder (``~/.cache/recipelint/cache-key``), not in the project: entries committed to a
  repository, or written by anyone else, fail the check and are ignored;
- writes go to a temporary file in the same folder, then ``os.replace``: concurrent runs
  see the old entry or the new one, never half of one;
- results of a run in which a rule crashed are not stored; standard input never is.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recipelint import __version__
from recipelint.diagnostic import Diagnostic, Edit, Fix, FixSafety, Severity, Span
from recipelint.engine.results import FileResult
from recipelint.engine.suppressions import Directive, Suppressions
from recipelint.sites.lookups import recording, still_valid
from recipelint.sites.page_facts import Located, PageFacts

if TYPE_CHECKING:
    from recipelint.config.loader import Config
    from recipelint.page.source import DecodedSource

CACHE_DIR_NAME = ".recipelint_cache"
FORMAT = 2
UNUSED_BUILD_DAYS = 7
"""A build's entries (another version of recipelint, or an edited editable install) are
removed when no run has used them for this long."""
_MAX_ENTRY_BYTES = 64 * 1024 * 1024
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# recipelint's result cache: safe to delete (`recipelint clean`).\n"


def default_cache_dir(project_root: Path) -> Path:
    """``RECIPELINT_CACHE_DIR`` if set, else ``.recipelint_cache`` in ``project_root``."""
    configured = os.environ.get("RECIPELINT_CACHE_DIR")
    return Path(configured) if configured else project_root / CACHE_DIR_NAME


def cache_disabled_by_environment() -> bool:
    return os.environ.get("RECIPELINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no")


@dataclass(frozen=True)
class ResultCache:
    """A cache folder opened for one run (picklable: worker processes get a copy)."""

    directory: Path
    build: str
    """recipelint's version, Python's, and a fingerprint of the installed source and parsers."""
    key: bytes
    cwd: str

    def cached(self, display: str, path: Path, config: Config, data: bytes, source: DecodedSource) -> FileResult | None:
        """The cached result of ``path`` when still valid, else None."""
        entry, content = self._key(display, path, config, data)
        return self._load(entry, content, display, source)

    def lint(self, display: str, path: Path, config: Config, data: bytes, source: DecodedSource,
             lint: Callable[[], FileResult]) -> FileResult:
        """The cached result of ``path`` when still valid, else ``lint()`` (stored for next time)."""
        entry, content = self._key(display, path, config, data)
        cached = self._load(entry, content, display, source)
        if cached is not None:
            return cached
        with recording() as questions:
            result = lint()
        if not result.crashed and result.packed_text is not None:
            self._store(entry, content, questions, result)
        return result

    # -- entries ---------------------------------------------------------------------------

    def _key(self, display: str, path: Path, config: Config, data: bytes) -> tuple[Path, str]:
        """Where the entry of ``path`` lives, and the hash its bytes must still have."""
        return self._entry_path(display, path, config), hashlib.blake2b(data, digest_size=20).hexdigest()

    def _entry_path(self, display: str, path: Path, config: Config) -> Path:
        name = hashlib.blake2b(
            "\0".join((config_fingerprint(config), self.cwd, os.path.abspath(path), display)).encode(
                "utf-8", "surrogatepass"),
            digest_size=20,
        ).hexdigest()
        return self.build_directory / name[:2] / f"{name[2:]}.json"

    @functools.cached_property
    def build_directory(self) -> Path:
        """Where this build's entries live: one folder per build (which keys the entries
        by build), so that a build's entries can be removed once no run uses it any more."""
        return self.directory / f"v{FORMAT}" / hashlib.blake2b(self.build.encode(), digest_size=8).hexdigest()

    def _load(self, entry: Path, content: str, display: str, source: DecodedSource) -> FileResult | None:
        raw = _read_regular_file(entry)
        if raw is None:
            return None
        signature, _, body = raw.partition(b"\n")
        expected = hmac.new(self.key, body, hashlib.sha256).hexdigest().encode()
        if not hmac.compare_digest(signature, expected):
            return None
        try:
            data = json.loads(body)
            if data["format"] != FORMAT or data["content"] != content:
                return None
            questions = data["questions"]
            if not all(isinstance(q, str) and still_valid(q) for q in questions):
                return None
            return result_from_json(data["result"], display, source)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def _store(self, entry: Path, content: str, questions: list[str], result: FileResult) -> None:
        try:
            body = json.dumps(
                {"format": FORMAT, "content": content, "questions": sorted(set(questions)), "result": result_to_json(result)},
                ensure_ascii=False, separators=(",", ":"),
            ).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError):  # something that JSON cannot hold: do not cache this file
            return
        signature = hmac.new(self.key, body, hashlib.sha256).hexdigest().encode()
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(entry, signature + b"\n" + body)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower


def open_cache(directory: Path) -> ResultCache | None:
    """The cache in ``directory``, created with its ``.gitignore`` when missing; None (and a
    one-line warning) when it cannot be used."""
    try:
        _prepare(directory)
        key = _signing_key()
    except OSError as exc:
        print(f"recipelint: warning: cache disabled: {exc.strerror or exc}: {exc.filename or directory}", file=sys.stderr)
        return None
    cache = ResultCache(directory.absolute(), build_fingerprint(), key, os.getcwd())
    _mark_used_and_prune(cache)
    return cache


def _mark_used_and_prune(cache: ResultCache) -> None:
    """Note that this build is in use, and remove the folders of builds (and of older
    entry formats) that no run has used for ``UNUSED_BUILD_DAYS``: without that, every
    upgrade would leave a full set of entries behind for good. Only folders named as
    this module names them are touched; a failure only leaves them for the next run."""
    try:
        cache.build_directory.mkdir(parents=True, exist_ok=True)
        (cache.build_directory / _USED).touch()
    except OSError:
        return
    oldest = time.time() - UNUSED_BUILD_DAYS * 86400
    formats = _folders(cache.directory, _FORMAT_NAME)
    builds = _folders(cache.build_directory.parent, _BUILD_NAME)
    for folder in [f for f in formats if f.name != f"v{FORMAT}"] + [b for b in builds if b != cache.build_directory]:
        try:
            marker = folder / _USED
            last_used = (marker if marker.is_file() else folder).stat().st_mtime
            if last_used < oldest:
                shutil.rmtree(folder)
        except OSError:
            pass


_USED = "last-used"
_FORMAT_NAME = re.compile(r"v[0-9]+")
_BUILD_NAME = re.compile(r"[0-9a-f]{16}")


def _folders(directory: Path, name: re.Pattern[str]) -> list[Path]:
    """The folders (not symlinks) directly in ``directory`` whose name is ``name``."""
    try:
        with os.scandir(directory) as entries:
            return [Path(e.path) for e in entries if name.fullmatch(e.name) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def clean(directory: Path) -> bool:
    """Remove a cache folder (only one recipelint made: it holds its ``CACHEDIR.TAG``).
    False when there is none."""
    if directory.is_symlink():
        directory.unlink()
        return True
    if not directory.is_dir():
        return False
    tag = directory / "CACHEDIR.TAG"
    if not tag.is_file() or "recipelint" not in tag.read_text(encoding="utf-8", errors="replace"):
        raise OSError(f"{directory} is not a recipelint cache (no CACHEDIR.TAG of ours); not removed")
    shutil.rmtree(directory)
    return True


def _prepare(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    gitignore = directory / ".gitignore"
    if not gitignore.exists():
        _write_atomically(gitignore, b"# Automatically created by recipelint.\n*\n")
    tag = directory / "CACHEDIR.TAG"
    if not tag.exists():
        _write_atomically(tag, _CACHEDIR_TAG.encode())


def _user_cache_home() -> Path:
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def _signing_key() -> bytes:
    """This user's key for signing entries, made on first use (readable by the user only)."""
    folder = _user_cache_home() / "recipelint"
    path = folder / "cache-key"
    key = _read_regular_file(path)
    if key is not None and len(key) == 32:
        return key
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".cache-key.")
    try:
        os.write(fd, secrets.token_bytes(32))
        os.close(fd)
        try:
            os.link(temp, path)  # never replaces a key another run made meanwhile
        except FileExistsError:
            pass
    finally:
        os.unlink(temp)
    key = _read_regular_file(path)
    if key is None or len(key) != 32:
        raise OSError(f"unusable cache key {path}")
    return key


def _read_regular_file(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of a sane size (not a link, FIFO or device)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_ENTRY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(_MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def _write_atomically(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


# -- what keys an entry ------------------------------------------------------------------

_config_fingerprints: dict[int, tuple[Any, str]] = {}


def config_fingerprint(config: Config) -> str:
    """The effective configuration (settings after command-line overrides, its file and root)."""
    known = _config_fingerprints.get(id(config))
    if known is not None and known[0] is config:
        return known[1]
    settings = json.dumps(config.settings.model_dump(mode="json"), sort_keys=True, default=str)
    digest = hashlib.blake2b(f"{settings}\0{config.path}\0{config.root}".encode("utf-8", "surrogatepass"),
                             digest_size=16).hexdigest()
    _config_fingerprints[id(config)] = (config, digest)
    return digest


_PARSERS = ("markdown_it", "mdit_py_plugins", "yaml", "pydantic", "pydantic_core", "rapidfuzz", "pint")


def build_fingerprint() -> str:
    """recipelint's version and Python's, plus the size and modification time of every
    file of the installed package and of the parsers it uses: an upgrade, or an edit to
    the source of an editable install, starts a fresh cache."""
    import importlib.util

    parts = [__version__, sys.version]
    package = Path(__file__).resolve().parents[1]
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if not name.endswith((".pyc", ".pyo")):
                info = os.stat(os.path.join(folder, name))
                parts.append(f"{os.path.relpath(os.path.join(folder, name), package)}:{info.st_size}:{info.st_mtime_ns}")
    for module in _PARSERS:
        spec = importlib.util.find_spec(module)
        origin = spec.origin if spec is not None else None
        if origin and os.path.exists(origin):
            info = os.stat(origin)
            parts.append(f"{module}:{origin}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


# -- results as JSON ---------------------------------------------------------------------


def result_to_json(result: FileResult) -> dict:
    return {
        "diagnostics": [_diagnostic_to_json(d) for d in result.diagnostics],
        "facts": _facts_to_json(result.facts) if result.facts is not None else None,
        "suppressions": [
            [d.kind, list(d.selectors), d.line, d.column, d.end_column, sorted(d.used)] for d in result.suppressions.directives
        ] if result.suppressions is not None else None,
    }


def result_from_json(data: dict, display: str, source: DecodedSource) -> FileResult:
    """The cached result for ``display``; raises ValueError, KeyError or TypeError on anything unexpected."""
    diagnostics = [_diagnostic_from_json(d, display) for d in data["diagnostics"]]
    facts = _facts_from_json(data["facts"], display) if data["facts"] is not None else None
    suppressions = None
    if data["suppressions"] is not None:
        suppressions = Suppressions([
            Directive(_str(kind), tuple(_str(s) for s in selectors), _int(line), _int(column), _int(end), {_str(u) for u in used})
            for kind, selectors, line, column, end, used in data["suppressions"]
        ])
    return FileResult.of_text(display, diagnostics, source.text, source.newline, source.had_bom, facts, suppressions)


def _diagnostic_to_json(d: Diagnostic) -> list:
    fix = None
    if d.fix is not None:
        fix = [d.fix.safety.value, [[e.line, e.column, e.end_line, e.end_column, e.content] for e in d.fix.edits], d.fix.message]
    return [d.line, d.column, d.end_line, d.end_column, d.code, d.name, d.severity.value, d.message, fix]


def _diagnostic_from_json(data: list, display: str) -> Diagnostic:
    line, column, end_line, end_column, code, name, severity, message, fix = data
    if fix is not None:
        safety, edits, fix_message = fix
        fix = Fix(FixSafety(safety), tuple(Edit(_int(a), _int(b), _int(c), _int(e), _str(t)) for a, b, c, e, t in edits),
                  _str(fix_message))
    return Diagnostic(display, _int(line), _int(column), _int(end_line), _int(end_column), _str(code), _str(name),
                      Severity(severity), _str(message), fix)


def _located_to_json(located: Located | None) -> list | None:
    if located is None:
        return None
    span = located.span
    return [located.value, span.line, span.column, span.end_line, span.end_column]


def _located_from_json(data: list | None) -> Located | None:
    if data is None:
        return None
    value, line, column, end_line, end_column = data
    return Located(_str(value), Span(_int(line), _int(column), _int(end_line), _int(end_column)))


def _path_or_none(value: Any) -> Path | None:
    return None if value is None else Path(_str(value))


@functools.lru_cache(maxsize=1024)
def _shared_path(text: str) -> Path:
    return Path(text)


def _site_root(value: Any) -> Path | None:
    """One Path object for all the pages of a site, as a fresh lint gives them: a run holds
    every page's facts, and the pages of a chunk then share it on their way to the main
    process too."""
    return None if value is None else _shared_path(_str(value))


def _facts_to_json(facts: PageFacts) -> dict:
    return {
        "fs_path": str(facts.fs_path) if facts.fs_path is not None else None,
        "site_root": str(facts.site_root) if facts.site_root is not None else None,
        "preset": facts.preset,
        "keys": {key: _located_to_json(located) for key, located in facts.keys.items()},
        "tags": [_located_to_json(tag) for tag in facts.tags],
        "images": [str(image) for image in facts.images],
        "title": _located_to_json(facts.title),
    }


def _facts_from_json(data: dict, display: str) -> PageFacts:
    return PageFacts(
        display,
        _path_or_none(data["fs_path"]),
        _site_root(data["site_root"]),
        sys.intern(_str(data["preset"])),
        {_str(key): _located_from_json(value) for key, value in data["keys"].items()},
        tuple(_located_from_json(tag) for tag in data["tags"]),
        tuple(Path(_str(image)) for image in data["images"]),
        _located_from_json(data["title"]),
    )


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected a string")
    return value
