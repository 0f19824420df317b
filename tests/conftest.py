"""Shared helpers: run the CLI in-process and read its JSON output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from recipelint.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Tests run recipelint on files they change between runs and on monkeypatched rules; a
# result cache would hide both. tests/test_cache.py turns it on where it is the subject.
os.environ["RECIPELINT_NO_CACHE"] = "1"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` (the seed site and the corpora) beside the repository; tests that
    need it skip, with the reason, on a checkout without it."""
    if not (SHARED / "seed-site").is_dir():
        pytest.skip("needs ../shared (seed site and corpora) beside the repository")
    return SHARED

RECIPE = """\
---
id: lentil-soup
title: Lentil Soup
description: A simple soup.
tags:
  - Soup
---

## Overview

Text.

## Ingredients

- 1 cup red lentils

## Instructions

1. Simmer the lentils in water for 20 minutes.
"""


@pytest.fixture
def run_json(tmp_path, capsys):
    """Run ``recipelint check --format json ARGS`` and return (exit code, diagnostics)."""

    def run(*args: str) -> tuple[int, list[dict]]:
        out = tmp_path / "_out.json"
        code = main(["check", "--format", "json", "--output-file", str(out), *args])
        data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
        return code, data

    return run


@pytest.fixture
def site(tmp_path):
    """A Docusaurus site folder with one clean recipe; returns the site root."""
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "docusaurus.config.js").write_text("module.exports = {};\n")
    (root / "docs" / "soup.md").write_text(RECIPE)
    return root
