"""How much front matter recipelint reads, and the one check that enforces it.

YAML aliases (``*name``) repeat a node without copying it, so a few hundred bytes can
stand for billions of values: PyYAML's constructor, pydantic and every walk over the
data would expand them. The composed node graph is therefore measured first, each
node once, and front matter over a limit is reported (FM018) and not read further;
the rest of the page is still checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_CHARACTERS = 262_144
"""Front matter longer than this (256 Ki characters) is not parsed."""
MAX_NODES = 20_000
"""Keys, values and list items, each alias use counted again."""
MAX_DEPTH = 100
"""Mappings and lists nested in each other."""
MAX_NUMBER_LENGTH = 1_000
"""Characters of one number: far above any real value, far below Python's 4,300-digit
limit on turning an integer into text."""

_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


@dataclass(frozen=True)
class OverLimit:
    """Why front matter was not read, and the node to point at (None: the whole block)."""

    message: str
    node: Node | None = None


def text_over_limit(text: str) -> OverLimit | None:
    if len(text) > MAX_CHARACTERS:
        return OverLimit(f"front matter is {len(text):,} characters long, over the limit of {MAX_CHARACTERS:,}; it was not checked")
    return None


def graph_over_limit(root: Node, *, shared: bool = True) -> OverLimit | None:
    """Measure the composed graph without expanding it: every node is visited once and
    its expanded size and depth are worked out from its children's (saturating at the
    limit), so an alias bomb costs what its text costs.

    ``shared=False`` says no node is reached twice: only an alias repeats a node and
    an alias needs an anchor, so YAML text without a ``&`` composes to a tree, which a
    plain walk measures with the same result at a third of the cost.
    """
    if not shared:
        return _tree_over_limit(root)
    cap = MAX_NODES + 1
    expanded: dict[int, int] = {}
    height: dict[int, int] = {}
    entered: set[int] = set()
    long_number: ScalarNode | None = None
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        key = id(node)
        if leaving:
            children = _children(node)
            expanded[key] = min(cap, 1 + sum(expanded[id(child)] for child in children))
            height[key] = 1 + max((height[id(child)] for child in children), default=0)
            continue
        if key in expanded:
            continue  # an alias of a node measured already
        if key in entered:  # entered, not left: the node contains itself
            return OverLimit("front matter contains itself through an alias (`*name` inside the value it names); it was not checked", node)
        entered.add(key)
        if long_number is None and isinstance(node, ScalarNode) and node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_LENGTH:
            long_number = node
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    return _verdict(long_number, height[id(root)], expanded[id(root)], len(entered))


def _tree_over_limit(root: Node) -> OverLimit | None:
    """What :func:`graph_over_limit` finds in a tree: every node counts once, so the
    expanded size is the node count, and no node can contain itself. The first long
    number in document order is the one named, as there."""
    count = 0
    deepest = 0
    long_number: ScalarNode | None = None
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > deepest:
            deepest = depth
        if isinstance(node, ScalarNode):
            if long_number is None and node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_LENGTH:
                long_number = node
            continue
        stack.extend((child, depth + 1) for child in reversed(_children(node)))
    return _verdict(long_number, deepest, count, count)


def _verdict(long_number: ScalarNode | None, depth: int, expanded: int, written: int) -> OverLimit | None:
    """The limit a measured graph is over, if any, in the order they are checked."""
    if long_number is not None:
        shown = long_number.value[:12] + "…"
        return OverLimit(
            f"`{shown}` is a number {len(long_number.value):,} characters long, over the limit of "
            f"{MAX_NUMBER_LENGTH:,}; the front matter was not checked",
            long_number,
        )
    if depth > MAX_DEPTH:
        return OverLimit(f"front matter nests {depth:,} levels deep, over the limit of {MAX_DEPTH}; it was not checked")
    if expanded > MAX_NODES:
        if written <= MAX_NODES:
            return OverLimit(
                f"front matter expands to more than {MAX_NODES:,} values through its aliases (`*name`), "
                f"from {written:,} as written; it was not checked"
            )
        return OverLimit(f"front matter holds {written:,} keys and values, over the limit of {MAX_NODES:,}; it was not checked")
    return None


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return node.value
    return []
