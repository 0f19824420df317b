"""Run recipelint over a folder of real sites and count its findings per rule and site.

    python scripts/triage.py SITES_DIR [--verdicts verdicts.csv] [--untriaged] [--json OUT]

Each sub-folder of SITES_DIR (or of its generator folders: SITES_DIR/hugo/<site>) is one
site, checked as a user would: `recipelint check <site>`. With ``--verdicts`` (a CSV
with columns site, path, line, code, verdict, where verdict is T (a true defect at its
severity), F (false), S (a true defect that deserves a lower severity than error) or U
(unclear), as triaged by hand), it prints precision per
severity and per rule; findings that no verdict covers are counted as untriaged and,
with ``--untriaged``, listed for triage. A before/after comparison is this command run
on two versions of recipelint.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

MARKERS = ("docusaurus.config.js", "docusaurus.config.ts", "hugo.toml", "config.toml", "config.yaml", "config.yml",
           "hugo.yaml", "_config.yml", "mkdocs.yml", "mkdocs.yaml")


def sites_in(folder: Path) -> list[Path]:
    """Site roots: sub-folders holding a generator marker, one or two levels down."""
    found = []
    for child in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        if any((child / m).exists() for m in MARKERS) or (child / "content").is_dir() or (child / "docs").is_dir():
            found.append(child)
        else:
            found.extend(sites_in(child))
    return found


def findings(site: Path, recipelint: list[str]) -> tuple[list[dict], str]:
    run = subprocess.run([*recipelint, "check", ".", "--format", "json", "-j", "1"], cwd=site,
                         capture_output=True, text=True, check=False)
    try:
        return json.loads(run.stdout or "[]"), run.stderr.strip()
    except json.JSONDecodeError:
        return [], f"no JSON output (exit {run.returncode}): {run.stderr.strip()[:300]}"


def read_verdicts(path: Path | None) -> dict[tuple[str, str, int, str], str]:
    if path is None:
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["site"], r["path"], int(r["line"]), r["code"]): r["verdict"] for r in csv.DictReader(handle)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", type=Path)
    parser.add_argument("--verdicts", type=Path)
    parser.add_argument("--untriaged", action="store_true", help="list the findings no verdict covers")
    parser.add_argument("--json", type=Path, help="also write every finding, with its verdict, to this file")
    parser.add_argument("--recipelint", default=f"{sys.executable} -m recipelint", help="the command to run")
    args = parser.parse_args(argv)
    verdicts = read_verdicts(args.verdicts)
    per_rule: dict[tuple[str, str], Counter] = defaultdict(Counter)
    per_site: dict[str, Counter] = defaultdict(Counter)
    everything, untriaged = [], []
    for site in sites_in(args.sites):
        found, stderr = findings(site, args.recipelint.split())
        if stderr:
            print(f"{site.name}: {stderr.splitlines()[-1]}", file=sys.stderr)
        for d in found:
            key = (site.name, d["path"].removeprefix("./"), d["line"], d["code"])
            verdict = verdicts.get(key, "?")
            if verdict == "S":  # true, but not objectively broken: right as a warning, wrong as an error
                verdict = "F" if d["severity"] == "error" else "T"
            per_rule[(d["code"], d["severity"])][verdict] += 1
            per_site[site.name][(d["severity"], verdict)] += 1
            everything.append({**d, "site": site.name, "verdict": verdict})
            if verdict == "?":
                untriaged.append(f"{site.name}/{key[1]}:{d['line']}:{d['column']} {d['code']} {d['severity']}: {d['message']}")
    _print_table(per_rule, per_site)
    if args.untriaged:
        print("\nUntriaged:")
        print("\n".join(untriaged) or "(none)")
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


def _precision(counts: Counter) -> str:
    decided = counts["T"] + counts["F"]
    return f"{counts['T'] / decided:.2f}" if decided else "-"


def _print_table(per_rule: dict, per_site: dict) -> None:
    print(f"{'rule':8} {'severity':8} {'findings':>8} {'T':>5} {'F':>5} {'U':>5} {'?':>5} {'precision':>9}")
    totals: dict[str, Counter] = defaultdict(Counter)
    for (code, severity), counts in sorted(per_rule.items()):
        totals[severity].update(counts)
        print(f"{code:8} {severity:8} {sum(counts.values()):8} {counts['T']:5} {counts['F']:5} {counts['U']:5} "
              f"{counts['?']:5} {_precision(counts):>9}")
    print()
    for severity, counts in sorted(totals.items()):
        print(f"{'all':8} {severity:8} {sum(counts.values()):8} {counts['T']:5} {counts['F']:5} {counts['U']:5} "
              f"{counts['?']:5} {_precision(counts):>9}")
    print(f"\n{'site':40} {'errors':>7} {'err prec':>8} {'warnings':>8} {'warn prec':>9} {'info':>5}")
    for site, counts in sorted(per_site.items()):
        errors = Counter({v: n for (s, v), n in counts.items() if s == "error"})
        warnings = Counter({v: n for (s, v), n in counts.items() if s == "warning"})
        info = sum(n for (s, _), n in counts.items() if s == "info")
        print(f"{site:40} {sum(errors.values()):7} {_precision(errors):>8} {sum(warnings.values()):8} "
              f"{_precision(warnings):>9} {info:5}")


if __name__ == "__main__":
    raise SystemExit(main())
