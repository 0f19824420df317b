"""The real sites recipelint is measured against, and how a run over one is summarised.

Shared by the snapshot test (``tests/test_corpora.py``) and the script that rewrites
the snapshots after a deliberate change (``scripts/update_snapshots.py``).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SNAPSHOTS = Path(__file__).parent / "snapshots"

# name: (folder, preset). The seed and the bundled examples are corpora too.
CORPORA = {
    "based-cooking": (SHARED / "corpora" / "based-cooking", "hugo"),
    "chowdown": (SHARED / "corpora" / "chowdown", "jekyll"),
    "seed-site": (SHARED / "seed-site", "docusaurus"),
    "examples": (REPO / "examples", "docusaurus"),
}


def snapshot_lines(name: str) -> list[str]:
    """``SEVERITY CODE path:line`` for every diagnostic of a run over the corpus, sorted."""
    from recipelint.config.loader import Overrides
    from recipelint.run import CheckOptions, run_check

    folder, preset = CORPORA[name]
    out = io.StringIO()
    options = CheckOptions(paths=[str(folder)], output_format="json", overrides=Overrides(preset=preset))
    run_check(options, stdout=out)
    lines = []
    for diagnostic in json.loads(out.getvalue()):
        path = Path(diagnostic["path"]).resolve().relative_to(folder.resolve()).as_posix()
        lines.append(f"{diagnostic['severity']} {diagnostic['code']} {path}:{diagnostic['line']}")
    return sorted(lines, key=_order)


def _order(line: str) -> tuple:
    severity, code, where = line.split(" ")
    path, _, number = where.rpartition(":")
    return ({"error": 0, "warning": 1, "info": 2}[severity], code, path, int(number))


def snapshot_file(name: str) -> Path:
    return SNAPSHOTS / f"{name}.txt"


def read_snapshot(name: str) -> list[str]:
    """The committed lines, without comments (``#``) and trailing notes (``  # …``)."""
    text = snapshot_file(name).read_text(encoding="utf-8")
    return [line.split("  #", 1)[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
