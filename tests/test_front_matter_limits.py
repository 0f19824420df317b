"""The limits on front matter's node graph: the plain walk for YAML without anchors
finds exactly what the general, alias-aware measure finds."""

from __future__ import annotations

import pytest
import yaml

from recipelint.page.frontmatter.limits import MAX_DEPTH, MAX_NODES, graph_over_limit
from recipelint.page.frontmatter.yamlnodes import load_yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str) -> yaml.Node:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def keys(count: int) -> str:
    return "".join(f"k{i}: v\n" for i in range(count))


def nested(levels: int) -> str:
    return "a: " + "[" * levels + "]" * levels + "\n"


TREES = {
    "small": "title: Pancakes\ntags: [breakfast, sweet]\nservings: 4\n",
    "empty mapping": "{}\n",
    "nodes at the limit": keys((MAX_NODES - 1) // 2),  # the mapping and two nodes a key
    "nodes over the limit": keys((MAX_NODES - 1) // 2 + 1),
    "depth at the limit": nested(MAX_DEPTH - 1),
    "depth over the limit": nested(MAX_DEPTH),
    "a long number": "a: 1\nb: " + "9" * 1_001 + "\n",
    "two long numbers, the first named": "a: " + "1" * 1_200 + "\nb: " + "2" * 1_100 + "\n",
    "a long number wins over depth": nested(MAX_DEPTH + 5) + "b: " + "4" * 1_000 + ".25\n",
    "depth wins over size": keys(MAX_NODES) + nested(MAX_DEPTH + 1),
    "a long string is not a number": "a: '" + "9" * 2_000 + "'\n",
}


@pytest.mark.parametrize("text", TREES.values(), ids=TREES.keys())
def test_the_tree_walk_agrees_with_the_graph_measure(text):
    root = compose(text)
    assert graph_over_limit(root, shared=False) == graph_over_limit(root)


def test_the_verdicts_the_tree_walk_gives():
    def message(name: str) -> str | None:
        over = graph_over_limit(compose(TREES[name]), shared=False)
        return over and over.message

    assert message("small") is None
    assert message("nodes at the limit") is None
    assert message("nodes over the limit") == "front matter holds 20,001 keys and values, over the limit of 20,000; it was not checked"
    assert message("depth at the limit") is None
    assert message("depth over the limit") == "front matter nests 101 levels deep, over the limit of 100; it was not checked"
    assert message("two long numbers, the first named").startswith("`111111111111…` is a number 1,200 characters long")
    assert message("a long number wins over depth").startswith("`444444444444…` is a number 1,003 characters long")


def test_an_ampersand_without_an_anchor_is_measured_as_well():
    document = load_yaml("title: Mac & Cheese\n" + nested(MAX_DEPTH), 2)
    assert document.error is not None and document.error.over_limit
    assert "nests 101 levels deep" in document.error.message


def test_an_alias_bomb_still_takes_the_graph_measure():
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(4))
    document = load_yaml(text, 2)
    assert document.error is not None
    assert "expands to more than 20,000 values through its aliases" in document.error.message
