"""Rewrite the corpus snapshots in tests/snapshots/ from a fresh run, keeping the notes.

    python scripts/update_snapshots.py [NAME ...]

A note (``  # why this is a real defect``) stays with its line as long as the line is
still reported; a new error gets none, and tests/test_corpora.py fails until someone
triages it by hand and writes one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpora import CORPORA, snapshot_file, snapshot_lines  # noqa: E402

HEADER = """\
# recipelint over {name} (preset {preset}): SEVERITY CODE path:line, one per diagnostic.
# Regenerate with `python scripts/update_snapshots.py {name}`; every error needs a note
# (`  # …`) saying why it is a real defect.
"""


def update(name: str) -> None:
    path = snapshot_file(name)
    notes: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "  # " in line and not line.startswith("#"):
                entry, note = line.split("  # ", 1)
                notes[entry.strip()] = note
    lines = [f"{entry}  # {notes[entry]}" if entry in notes else entry for entry in snapshot_lines(name)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(name=name, preset=CORPORA[name][1]) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: {len(lines)} diagnostics")


def main(argv: list[str]) -> int:
    names = argv or sorted(CORPORA)
    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        print(f"unknown corpus: {', '.join(unknown)}; choose from {', '.join(sorted(CORPORA))}", file=sys.stderr)
        return 2
    for name in names:
        if CORPORA[name][0].is_dir():
            update(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
