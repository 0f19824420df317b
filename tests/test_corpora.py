"""Regression snapshots of recipelint over real recipe sites (``tests/snapshots/``).

Every diagnostic on the two public corpora, the seed recipe and the bundled examples is
recorded as ``SEVERITY CODE path:line``; a change in what recipelint reports there
fails this test until the snapshot is regenerated (``python scripts/update_snapshots.py``)
and the difference reviewed. Each error carries a note saying why it is a real defect:
an error nobody triaged fails the test too.
"""

from __future__ import annotations

import difflib

import pytest
from corpora import CORPORA, read_snapshot, snapshot_file, snapshot_lines


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_matches_its_snapshot(name: str) -> None:
    folder, _ = CORPORA[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here (the corpora live in ../shared)")
    got = snapshot_lines(name)
    expected = read_snapshot(name)
    if got != expected:
        diff = "\n".join(difflib.unified_diff(expected, got, "snapshot", "now", lineterm=""))
        pytest.fail(f"{name} changed; review and run scripts/update_snapshots.py:\n{diff}")


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_error_in_a_snapshot_is_triaged(name: str) -> None:
    if not snapshot_file(name).is_file():
        pytest.skip("no snapshot")
    lines = snapshot_file(name).read_text(encoding="utf-8").splitlines()
    untriaged = [line for line in lines if line.startswith("error ") and "  # " not in line]
    assert untriaged == [], "say why each error is a real defect (`  # note` after the line)"
