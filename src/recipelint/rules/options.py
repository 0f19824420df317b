"""Typed rule options: a rule declares a ``NamedTuple`` of its options on ``@rule``
(a named tuple, not a dataclass: it is immutable and costs a fifth of the start-up).

Field names are the options' names with ``_`` for ``-`` (``title_max_length`` is
``title-max-length`` in ``[tool.recipelint.rules.FM013]``); the defaults are the field
defaults. Values are checked against the annotations when the configuration is read, so
a bad option is a configuration error (exit 2), never a silent fall-back while linting.
Supported annotations: ``bool``, ``int``, ``float`` (an int is accepted), ``str``,
``list[str]`` and ``Literal[...]`` of strings; a class may add ``check(self)`` for what
annotations cannot say (a regular expression that must compile).
"""

from __future__ import annotations

import math
import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin


def option_name(field_name: str) -> str:
    return field_name.replace("_", "-")


@cache
def option_defaults(options_type: type) -> dict[str, Any]:
    """Option name -> default, in declaration order (for docs and ``recipelint rules``)."""
    return {option_name(name): options_type._field_defaults[name] for name in options_type._fields}


@cache
def _annotations(options_type: type) -> dict[str, Any]:
    hints = typing.get_type_hints(options_type)
    return {option_name(name): hints[name] for name in options_type._fields}


def build_options(code: str, options_type: type, configured: dict[str, Any]) -> Any:
    """The options object for ``configured`` values (option name -> value) over the
    defaults; ValueError naming the option when a value does not fit."""
    annotations = _annotations(options_type)
    values: dict[str, Any] = {}
    for name, value in configured.items():
        if name not in annotations:
            known = ", ".join(sorted(annotations)) or "none"
            raise ValueError(f"{code} has no option {name!r} (options: {known})")
        _check_type(code, name, value, annotations[name])
        values[name.replace("-", "_")] = list(value) if isinstance(value, list) else value
    options = options_type(**values)
    check = getattr(options, "check", None)
    if check is not None:
        try:
            check()
        except ValueError as exc:
            raise ValueError(f"{code}: {exc}") from None
    return options


def _check_type(code: str, name: str, value: Any, annotation: Any) -> None:
    origin = get_origin(annotation)
    if origin is Literal:
        allowed = get_args(annotation)
        if value not in allowed:
            raise ValueError(f"{code}.{name} must be one of {', '.join(repr(a) for a in allowed)}, got {value!r}")
        return
    if origin is list:
        (item,) = get_args(annotation)
        if not isinstance(value, list) or not all(isinstance(v, item) for v in value):
            raise ValueError(f"{code}.{name} must be list of {item.__name__}, got {_describe(value)}")
        return
    if annotation is bool:
        ok = isinstance(value, bool)
    elif annotation is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, annotation)
    if not ok:
        raise ValueError(f"{code}.{name} must be {annotation.__name__}, got {type(value).__name__}")
    if annotation in (int, float) and not (math.isfinite(value) and value >= 0):
        # Every numeric option is a length, a count or a tolerance: a negative one, nan
        # or inf would silently turn its rule off or make it report everything.
        raise ValueError(f"{code}.{name} must be a finite number of 0 or more, got {value!r}")


def _describe(value: Any) -> str:
    if isinstance(value, list):
        kinds = sorted({type(v).__name__ for v in value})
        return f"list of {', '.join(kinds)}"
    return type(value).__name__
