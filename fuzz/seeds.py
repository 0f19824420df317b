"""The seed corpus of the fuzzer: every page of the seed site and the two corpora, and
each hostile page of ``tests/hostile_inputs.py`` at a size the fuzzer can mutate.

Seeds are generated, not committed: ``python fuzz/seeds.py fuzz/seeds`` writes them, one
file per page named by its SHA-1, and prints how many.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")

sys.path.insert(0, str(ROOT / "tests"))

import hostile_inputs  # noqa: E402

SMALL_HOSTILE = [
    hostile_inputs.alias_bomb(3, 3),
    hostile_inputs.many_keys(40),
    hostile_inputs.many_suppressions(8),
    hostile_inputs.backtick_runs(30),
    hostile_inputs.todo_line(400),
    hostile_inputs.wide_table(12),
    hostile_inputs.findings_on_one_line(20),
    hostile_inputs.control_characters_in_key(),
    hostile_inputs.huge_integers(60),
    hostile_inputs.deep_flow_nesting(40),
]
"""Each hostile shape, a few hundred bytes long: the fuzzer grows them if it pays."""


SEPARATOR = b"\n\x1e\n"
"""Splits an input into the page and its neighbour (``pipeline.SEPARATOR``)."""


def seed_pages() -> Iterator[bytes]:
    """The bytes of every seed page: the shared sites' pages, then the hostile ones."""
    for site in [SHARED / "seed-site", *sorted((SHARED / "corpora").iterdir())]:
        for path in sorted(site.rglob("*")):
            if path.suffix in MARKDOWN_SUFFIXES and path.is_file():
                yield path.read_bytes()
    for text in SMALL_HOSTILE:
        yield text.encode("utf-8")


def seed_pairs() -> Iterator[bytes]:
    """Two-page inputs, so the cross-page rules start from pages that share a title, a
    slug or a link: a page twice, and each page next to the one after it."""
    pages = [page for page in seed_pages() if len(page) < 1500]
    for first, second in zip(pages[::10], pages[1::10]):
        yield first + SEPARATOR + first
        yield first + SEPARATOR + second


def write_seeds(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    pages = {hashlib.sha1(page).hexdigest(): page for page in [*seed_pages(), *seed_pairs()]}
    for name, page in pages.items():
        (folder / name).write_bytes(page)
    return len(pages)


if __name__ == "__main__":
    print(write_seeds(Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz/seeds")))
