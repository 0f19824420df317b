"""YAML loading that keeps every node's position in the real file.

The front matter is composed once into a node tree (so any key or value maps to a line
and column) and the Python data is constructed from that same tree. Duplicate keys,
which PyYAML silently collapses, are collected on the way.

Aliases make the tree a graph that shares nodes: it is measured against the limits
(``limits.py``) before anything expands it, and every walk here visits a node once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from recipelint.diagnostic import Span
from recipelint.page.frontmatter import FrontMatterSyntaxError
from recipelint.page.frontmatter.limits import (
    OverLimit,
    graph_over_limit,
    text_over_limit,
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


Position = Span
"""A node's 1-based span in the real file (the diagnostic span type)."""


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    first: Node
    again: Node


@dataclass
class YamlDocument:
    """The front matter's data and node tree; ``line_offset`` is the file line of YAML line 0."""

    line_offset: int
    text: str = ""
    data: Any = None
    root: Node | None = None
    error: FrontMatterSyntaxError | None = None
    duplicates: list[DuplicateKey] = field(default_factory=list)
    _alias_marks: dict | None = field(default=None, repr=False, compare=False)  # parsed once, on first use
    _keys: dict[int, dict[str, tuple[Node, Node]]] = field(default_factory=dict, repr=False, compare=False)

    def position(self, node: Node) -> Position:
        start, end = node.start_mark, node.end_mark
        # A block node's end mark sits at the start of the next line; clamp it.
        end_line, end_column = end.line, end.column
        if end_line > start.line and end_column == 0:
            end_line, end_column = start.line, start.column + 1
        return Position(
            start.line + self.line_offset,
            start.column + 1,
            end_line + self.line_offset,
            end_column + 1,
        )

    def position_at(self, path: tuple) -> Position | None:
        """The span of the value at ``path`` as written, an alias (`*x`) included.

        The composed tree shares one node between an anchor and its aliases, so an
        alias's own place comes from the event stream (parsed only when `*` occurs).
        """
        if "*" in self.text:
            if self._alias_marks is None:
                self._alias_marks = _alias_marks(self.text, self.root)
            marks = self._alias_marks.get(path)
            if marks is not None:
                start, end = marks
                return Position(start.line + self.line_offset, start.column + 1, end.line + self.line_offset, end.column + 1)
        node, _ = self.node_at(path)
        return self.position(node) if node is not None else None

    def node_at(self, path: tuple) -> tuple[Node | None, Node | None]:
        """The node at a pydantic ``loc`` path and the deepest node that exists on it.

        Returns (node, nearest): node is None when the path does not exist (a missing
        key), and nearest is then the mapping or sequence that should have held it.
        """
        node = self.root
        for part in path:
            child = self._child(node, part)
            if child is None:
                return None, node
            node = child
        return node, node

    def key_node(self, key: str) -> Node | None:
        """The key node of a top-level key, for diagnostics about the key itself."""
        if isinstance(self.root, MappingNode):
            found = self._keys_of(self.root).get(key)
            return found[0] if found is not None else None
        return None

    def _child(self, node: Node | None, part: Any) -> Node | None:
        if isinstance(node, MappingNode):
            found = self._keys_of(node).get(str(part))
            return found[1] if found is not None else None
        if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            return node.value[part]
        return None

    def _keys_of(self, mapping: MappingNode) -> dict[str, tuple[Node, Node]]:
        """Text key -> (its first key node, its last value node: the one the data keeps),
        built once per mapping so that a lookup per key stays linear overall."""
        index = self._keys.get(id(mapping))
        if index is None:
            index = self._keys[id(mapping)] = {}
            for key_node, value_node in mapping.value:
                if isinstance(key_node, ScalarNode):
                    first = index.get(key_node.value)
                    index[key_node.value] = (first[0] if first else key_node, value_node)
        return index


def _alias_marks(text: str, root: Node | None) -> dict[tuple, tuple[yaml.Mark, yaml.Mark]]:
    """Path → (start, end) marks of every alias, by walking events and nodes in step.

    Events come in the order the composer built the tree, depth first; a node met a
    second time is an alias, and the event at that point is its AliasEvent.
    """
    from yaml import events as ev

    skipped = (ev.StreamStartEvent, ev.StreamEndEvent, ev.DocumentStartEvent, ev.DocumentEndEvent)
    stream = (e for e in yaml.parse(text, Loader=_Loader) if not isinstance(e, skipped))
    marks: dict[tuple, tuple[yaml.Mark, yaml.Mark]] = {}
    seen: set[int] = set()

    def visit(node: Node, path: tuple) -> None:
        event = next(stream)
        if isinstance(event, ev.AliasEvent):
            marks[path] = (event.start_mark, event.end_mark)
            return
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                visit(key_node, (*path, ("key",)))
                visit(value_node, (*path, key_node.value if isinstance(key_node, ScalarNode) else "?"))
            next(stream)  # MappingEndEvent
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                visit(item, (*path, index))
            next(stream)  # SequenceEndEvent

    if root is not None:
        try:
            visit(root, ())
        except (StopIteration, yaml.YAMLError):
            return {}
    return marks


def load_yaml(text: str, line_offset: int) -> YamlDocument:
    document = YamlDocument(line_offset=line_offset, text=text)
    too_long = text_over_limit(text)
    if too_long is not None:
        document.error = _limit_error(document, too_long)
        return document
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        over = graph_over_limit(root, shared="&" in text) if root is not None else None
        if over is not None:
            document.error = _limit_error(document, over)
        elif root is not None:
            document.root = root
            document.duplicates = list(_find_duplicates(root))
            document.data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        document.error = _syntax_error(exc, text, line_offset)
        document.root = None
        document.data = None
    except yaml.YAMLError as exc:  # errors without a mark, e.g. bad unicode escapes
        document.error = FrontMatterSyntaxError(str(exc).splitlines()[0], line_offset, 1)
    except (ValueError, TypeError, OverflowError) as exc:
        # Syntactically fine but not constructible, e.g. `date: 2023-02-29`.
        document.error = _construction_error(document, exc)
        document.root = None
        document.data = None
    finally:
        loader.dispose()
    return document


def _limit_error(document: YamlDocument, over: OverLimit) -> FrontMatterSyntaxError:
    """FM018 at the node it is about, else at the opening ``---`` (the line before YAML line 0)."""
    if over.node is not None:
        where = document.position(over.node)
        return FrontMatterSyntaxError(over.message, where.line, where.column, over_limit=True)
    return FrontMatterSyntaxError(over.message, document.line_offset - 1, 1, over_limit=True)


def scalar_value(node: ScalarNode) -> Any:
    """What YAML makes of one scalar node, from the composed node (no re-parsing)."""
    constructor = _Loader("")
    try:
        return constructor.construct_object(node, deep=True)
    finally:
        constructor.dispose()


def _construction_error(document: YamlDocument, exc: Exception) -> FrontMatterSyntaxError:
    """Find the scalar PyYAML could not turn into a value, to report it in place."""
    for _, node in walk_scalars(document.root):
        try:
            scalar_value(node)
        except (ValueError, TypeError, OverflowError) as node_exc:
            pos = document.position(node)
            return FrontMatterSyntaxError(f"front matter value `{node.value}` cannot be read: {node_exc}", pos.line, pos.column)
    return FrontMatterSyntaxError(f"front matter cannot be read: {exc}", document.line_offset, 1)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, line_offset: int) -> FrontMatterSyntaxError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    if "'\\t'" in problem or "\t" in problem or (mark is not None and _char_at(text, mark) == "\t"):
        problem = "a tab character is not allowed here; YAML indents with spaces only"
    message = f"front matter is not valid YAML: {problem}"
    if exc.context and exc.problem and exc.context not in problem:
        message += f" ({exc.context})"
    line = mark.line + line_offset if mark else line_offset
    column = mark.column + 1 if mark else 1
    return FrontMatterSyntaxError(message, line, column)


def _char_at(text: str, mark: yaml.Mark) -> str:
    lines = text.split("\n")
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def _find_duplicates(root: Node) -> Iterator[DuplicateKey]:
    """Duplicate keys of every mapping, in document order; a mapping that aliases
    repeat is searched once."""
    for _, node in _walk(root):
        if isinstance(node, MappingNode):
            seen: dict[str, Node] = {}
            for key_node, _value in node.value:
                if isinstance(key_node, ScalarNode):
                    if key_node.value in seen:
                        yield DuplicateKey(key_node.value, seen[key_node.value], key_node)
                    else:
                        seen[key_node.value] = key_node


def implicit_type(node: Node) -> str | None:
    """What YAML made of a *plain* (unquoted) scalar, when it is not a string.

    Returns one of "bool", "int", "float", "null", "timestamp", or None for strings
    and quoted or non-scalar nodes. This is how YAML 1.1 traps are recognised.
    """
    if not isinstance(node, ScalarNode) or node.style:  # "" or None: plain
        return None
    tag = node.tag.rsplit(":", 1)[-1]
    return tag if tag in ("bool", "int", "float", "null", "timestamp") else None


def walk_scalars(node: Node | None) -> Iterator[tuple[tuple, ScalarNode]]:
    """Every scalar value in the tree with its key path (keys themselves excluded), each
    node once: a scalar that aliases repeat comes with the path where it is written."""
    for path, found in _walk(node):
        if isinstance(found, ScalarNode):
            yield path, found


def _walk(root: Node | None) -> Iterator[tuple[tuple, Node]]:
    """Every value node (keys excluded) with its key path, in document order, each node
    once however many aliases name it; iterative, so depth costs no recursion."""
    seen: set[int] = set()
    stack: list[tuple[tuple, Node | None]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        yield path, node
        if isinstance(node, MappingNode):
            stack.extend(
                ((*path, key_node.value if isinstance(key_node, ScalarNode) else "?"), value_node)
                for key_node, value_node in reversed(node.value)
            )
        elif isinstance(node, SequenceNode):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(node.value))))
