"""check_text: one rule on an in-memory page, as unit tests of a rule use it."""

from __future__ import annotations

import pytest

from recipelint.engine.per_file import check_text

PAGE = """\
---
title: Flatbread
---

## Ingredients

- 2 cups flour

## Instructions

1. Knead the flour with water.
3. Rest the dough.
"""


def test_runs_one_rule_with_exact_positions() -> None:
    found = check_text(PAGE, "SEC009", preset="hugo")
    assert [(d.code, d.line, d.column, d.end_line, d.end_column) for d in found] == [("SEC009", 12, 1, 12, 3)]


def test_takes_the_rule_by_name_and_its_options() -> None:
    assert check_text(PAGE, "list-numbering", preset="hugo", options={"check-item-numbers": False}) == []


def test_rejects_bad_options_and_site_wide_rules() -> None:
    with pytest.raises(ValueError, match="must be bool"):
        check_text(PAGE, "SEC009", options={"check-item-numbers": "no"})
    with pytest.raises(ValueError, match="not a document rule"):
        check_text(PAGE, "FM015")
