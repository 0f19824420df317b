"""The questions a page's checks ask the file system about other files, memoized and
recorded, so a cached result knows exactly what it depended on.

Every memoized function that (itself or through others) reads the site — whether a
file exists, another page's anchors, the site's configuration, its census of
front-matter keys — is decorated with :func:`lookup` instead of ``functools.cache``.
While a file is linted with a :func:`recording`, each call made by the checks (not the
calls a lookup makes inside its own computation: its value covers them) is noted as
(lookup, arguments, fingerprint of the answer). A later run asks the same questions
again (:func:`still_valid`); the result is reused only when every answer is the same.
Comparing answers rather than file contents means an edit that changes nothing a page
looked at (another page's prose, not its headings) invalidates nothing.

A lookup's arguments must be paths, strings, numbers, None, tuples of those, or a
:class:`~recipelint.sites.base.Generator`; its answers any value made of those and of
lists, sets, dicts and dataclasses (anything else is fingerprinted by ``repr``, which
at worst makes the cache miss).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_LOOKUPS: dict[str, Callable[..., Any]] = {}
_GENERATORS: dict[str, Any] = {}
_recorder: list[str] | None = None
_depth = 0


class Unrecordable(Exception):
    """A lookup was called with an argument that cannot be written to the cache."""


def lookup(function: F) -> F:
    """Memoize ``function`` per process (as ``functools.cache``) and record its calls."""
    name = f"{function.__module__}.{function.__qualname__}"
    memo: dict[tuple, list] = {}

    @functools.wraps(function)
    def wrapper(*args: Any) -> Any:
        global _depth
        entry = memo.get(args)
        if entry is None:
            _depth += 1
            try:
                entry = memo[args] = [function(*args), None]
            finally:
                _depth -= 1
        if _recorder is not None and _depth == 0:
            if entry[1] is None:
                entry[1] = fingerprint(entry[0])
            _recorder.append(_question(name, args, entry[1]))
        return entry[0]

    wrapper.cache_clear = memo.clear  # type: ignore[attr-defined]
    _LOOKUPS[name] = wrapper
    return wrapper  # type: ignore[return-value]


@contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the questions asked inside the block (one string each, deduplicated by the caller)."""
    global _recorder
    outer, _recorder = _recorder, []
    try:
        yield _recorder
    finally:
        _recorder = outer


_checked: dict[str, bool] = {}


def still_valid(question: str) -> bool:
    """Whether asking ``question`` (as :func:`recording` wrote it) again gives the same answer."""
    known = _checked.get(question)
    if known is None:
        known = _checked[question] = _ask_again(question)
    return known


def forget_answers() -> None:
    """Drop every memoized answer (after files were changed on disk, as --fix does)."""
    _checked.clear()
    for function in _LOOKUPS.values():
        function.cache_clear()  # type: ignore[attr-defined]


def _question(name: str, args: tuple, answer: str) -> str:
    return json.dumps([name, [_encode(a) for a in args], answer], separators=(",", ":"))


def _ask_again(question: str) -> bool:
    try:
        name, args, answer = json.loads(question)
        function = _LOOKUPS[name]
        decoded = tuple(_decode(a) for a in args)
    except (ValueError, KeyError, TypeError, Unrecordable):
        return False
    global _recorder
    outer, _recorder = _recorder, None  # asking again is no question of the page being linted
    try:
        value = function(*decoded)
    except Exception:
        return False
    finally:
        _recorder = outer
    return fingerprint(value) == answer


# -- arguments ---------------------------------------------------------------------------


def register_generator(generator: Any) -> None:
    """Let lookups take ``generator`` (a ``sites.base.Generator``) as an argument, by name."""
    _GENERATORS[generator.name] = generator


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, PurePath):
        return {"path": str(value)}
    if isinstance(value, tuple):
        return {"tuple": [_encode(v) for v in value]}
    if _GENERATORS.get(getattr(value, "name", None)) is value:
        return {"generator": value.name}
    raise Unrecordable(f"cannot record a {type(value).__name__} argument")


def _decode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (kind, data), = value.items()
        if kind == "path" and isinstance(data, str):
            return Path(data)
        if kind == "tuple" and isinstance(data, list):
            return tuple(_decode(v) for v in data)
        if kind == "generator" and data in _GENERATORS:
            return _GENERATORS[data]
    raise Unrecordable(f"cannot read back the argument {value!r}")


# -- answers -----------------------------------------------------------------------------


def fingerprint(value: Any) -> str:
    """A short digest of ``value`` that is equal for equal values across processes."""
    return hashlib.blake2b(_canonical(value).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _canonical(value: Any) -> str:
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bytes):
        return "b" + hashlib.blake2b(value, digest_size=16).hexdigest()
    if isinstance(value, PurePath):
        return "P" + json.dumps(str(value))
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_canonical(v) for v in value) + "]"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items())) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={_canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    return type(value).__name__ + ":" + repr(value)
