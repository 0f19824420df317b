"""Words for types and values, so schema errors read like advice to a writer.

"`tags` must be a list of strings, got a string" beats pydantic's
"Input should be a valid list".
"""

from __future__ import annotations

import datetime
import types
import typing
from typing import Any, get_args, get_origin

_SIMPLE = {
    str: ("a string", "strings"),
    int: ("a whole number", "whole numbers"),
    float: ("a number", "numbers"),
    bool: ("true or false", "booleans"),
    datetime.date: ("a date (YYYY-MM-DD)", "dates"),
    datetime.datetime: ("a date and time", "dates"),
    dict: ("a mapping of keys to values", "mappings"),
}


def _members(annotation: Any) -> list[Any]:
    """The alternatives of a union (Annotated and None stripped), else [annotation]."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _members(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members: list[Any] = []
        for arg in get_args(annotation):
            if arg is not type(None):
                members.extend(_members(arg))
        return members
    return [annotation]


def describe_type(annotation: Any, plural: bool = False) -> str:
    words: list[str] = []
    for member in _members(annotation):
        if get_origin(member) is list:
            (item,) = get_args(member) or (Any,)
            text = "lists of " + describe_type(item, True) if plural else "a list of " + describe_type(item, True)
        elif member in _SIMPLE:
            text = _SIMPLE[member][1 if plural else 0]
        else:
            text = getattr(member, "__name__", str(member))
        if text not in words:
            words.append(text)
    # A date field also accepts a string; say "a date" rather than "a date or a string".
    if any(w.startswith("a date") for w in words):
        words = [w for w in words if w != "a string"]
    return " or ".join(words)


def accepts(annotation: Any, kind: type) -> bool:
    """Whether ``kind`` (str, bool, …) is one of the annotation's alternatives."""
    return any(member is kind for member in _members(annotation))


def item_annotation(annotation: Any) -> Any | None:
    """The element type of the first list alternative, for errors inside a list."""
    for member in _members(annotation):
        if get_origin(member) is list:
            args = get_args(member)
            return args[0] if args else Any
    return None


def describe_value(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, datetime.datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, datetime.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
