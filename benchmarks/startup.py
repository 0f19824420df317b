"""Benchmark: the latency of ``recipelint check`` on one recipe, as a pre-commit hook sees it.

Compares, in the same run and on the same file:

* ``python``      — the interpreter starting and doing nothing;
* ``floor``       — a script that only reads the recipe and parses it with markdown-it-py,
                    its front_matter plugin and PyYAML (the least any such linter must do);
* ``recipelint``  — the real command line, ``python -m recipelint check FILE``.

Prints a table of medians and the ratio to the floor. Usage::

    python benchmarks/startup.py [FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT.parent / "shared" / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"
FALLBACK_FILE = ROOT / "examples" / "docs" / "recipes" / "soups" / "red_lentil_soup.md"

FLOOR_SCRIPT = """
import sys
import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
text = open(sys.argv[1], encoding="utf-8").read()
tokens = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).parse(text)
if tokens and tokens[0].type == "front_matter":
    yaml.load(tokens[0].content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
"""


# pip writes bytecode when it installs a package, so a hook run never compiles
# recipelint's modules; a shell with PYTHONDONTWRITEBYTECODE set (or an editable install
# never run before) would. The warm-up run writes the bytecode, as an install does.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_command(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, capture_output=True, check=False, env=CHILD_ENV)  # warm caches, write bytecode
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=CHILD_ENV)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE if DEFAULT_FILE.exists() else FALLBACK_FILE)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    file = str(args.file)
    commands = {
        "python": [sys.executable, "-c", "pass"],
        "floor": [sys.executable, "-c", FLOOR_SCRIPT, file],
        # --no-cache: the same unchanged file again would be a cache hit, not a lint
        "recipelint": [sys.executable, "-m", "recipelint", "check", "--no-cache", file],
    }
    results = {name: time_command(cmd, args.runs) for name, cmd in commands.items()}
    floor = statistics.median(results["floor"])
    print(f"file: {file}   runs: {args.runs}")
    print(f"{'command':<12} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'x floor':>8}")
    for name, samples in results.items():
        median = statistics.median(samples)
        print(f"{name:<12} {median * 1000:>10.1f} {min(samples) * 1000:>8.1f} {max(samples) * 1000:>8.1f} {median / floor:>8.2f}")


if __name__ == "__main__":
    main()
