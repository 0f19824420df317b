"""Benchmark: recipelint against the parse-only floor and two peer linters, at 1 to 10,000 files.

For each size N it builds a corpus of N recipe pages in a temporary folder (the seed site
and the corpora in ``../shared``, copied as many times as needed, each copy a site of its
own with its configuration and images, so the image and link checks do real work), then
times, on the same files and interleaved so the machine's drift hits every command alike:

* ``floor``        a script that reads each page and parses it with markdown-it-py, its
                   front_matter plugin and PyYAML, in one process: the least any such
                   linter must do;
* ``cold``         ``recipelint check`` on the corpus with an empty cache;
* ``warm``         the same again, nothing changed since the last run;
* ``edit``         the whole corpus, warm, after one page was edited;
* ``hook``         ``recipelint check PAGE`` on just that edited page, warm: a pre-commit run;
* ``hook-nocache`` the same page with ``--no-cache`` (N = 1 only: P1b);
* ``pymarkdown``   PyMarkdown (``pymarkdownlnt``, installed into ``benchmarks/.peers/venv``);
* ``markdownlint`` markdownlint-cli2 (npm, installed into ``benchmarks/.peers/``).

Each command runs once to warm the file-system cache, then ``--runs`` times; the table
gives medians, the peak resident memory of the largest process of a run (``wait4``), the
ratio to the floor and, for the cold run, the ratio to each peer. The table, the machine
(cores, load, Python) and the date go to ``benchmarks/RESULTS.md`` (``--output``).

    python benchmarks/run.py                       # sizes 1,100,1000,10000
    python benchmarks/run.py --sizes 1,100 --runs 5 --no-peers
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PEERS = Path(__file__).resolve().parent / ".peers"
MARKDOWNLINT_VERSION = "0.24.1"

FLOOR_SCRIPT = """
import sys
import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
for name in open(sys.argv[1], encoding="utf-8").read().splitlines():
    text = open(name, encoding="utf-8").read()
    tokens = parser.parse(text)
    if tokens and tokens[0].type == "front_matter":
        try:
            yaml.load(tokens[0].content, Loader=loader)
        except yaml.YAMLError:
            pass
"""

# Where each source site keeps its pages (the rest of the site is copied as it is).
SOURCES = (
    ("seed-site", SHARED / "seed-site", ("docs",)),
    ("chowdown", SHARED / "corpora" / "chowdown", ("_recipes", "_components")),
    ("based-cooking", SHARED / "corpora" / "based-cooking", ("content",)),
)


# -- corpora -----------------------------------------------------------------------------


def _pages(site: Path, page_dirs: tuple[str, ...]) -> list[Path]:
    return sorted(p.relative_to(site) for d in page_dirs for p in (site / d).rglob("*.md") if p.is_file())


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)  # the images of every copy are one file on disk
    except OSError:
        shutil.copyfile(source, target)


def build_corpus(size: int, pool: Path, dest: Path) -> list[Path]:
    """``size`` pages under ``dest``: the source sites copied as often as needed (each copy
    a site with its configuration and images), pages taken in order until there are enough."""
    if not pool.exists():
        for name, site, _ in SOURCES:
            shutil.copytree(site, pool / name)
    pages: list[Path] = []
    copy = 0
    while len(pages) < size:
        for name, _, page_dirs in SOURCES:
            source = pool / name
            site_pages = _pages(source, page_dirs)
            wanted = site_pages[: size - len(pages)]
            if not wanted:
                break
            target = dest / f"{name}-{copy}"
            page_set = set(site_pages)
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                relative = path.relative_to(source)
                if relative in page_set:
                    continue
                _link_or_copy(path, target / relative)
            for relative in wanted:
                (target / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / relative, target / relative)
                pages.append(target / relative)
        copy += 1
    return pages


# -- running -----------------------------------------------------------------------------


@dataclass
class Command:
    name: str
    argv: list[str]
    cwd: Path
    before: object = None
    """Called before each timed run (removes the cache, edits a page)."""
    times: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)


def run_once(command: Command, env: dict[str, str]) -> tuple[float, int]:
    """Wall time and the peak RSS (KiB) of the largest process of one run."""
    if command.before is not None:
        command.before()
    # stderr goes to a file, not a pipe: a peer that reports its findings on stderr
    # (markdownlint-cli2) would fill a pipe nobody reads during wait4 and never exit.
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command.argv, cwd=command.cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", errors="replace")
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command.name} failed ({process.returncode}): {' '.join(command.argv)}\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss


def measure(commands: list[Command], runs: int, env: dict[str, str]) -> None:
    for command in commands:  # warm the page cache, write bytecode, fill recipelint's cache
        run_once(command, env)
    for _ in range(runs):
        for command in commands:  # interleaved: drift hits every command alike
            elapsed, rss = run_once(command, env)
            command.times.append(elapsed)
            command.rss.append(rss)


# -- peers -------------------------------------------------------------------------------


def pymarkdown_command() -> list[str] | None:
    """PyMarkdown from this environment, else from ``benchmarks/.peers/venv`` (installed there)."""
    probe = subprocess.run([sys.executable, "-c", "import pymarkdown"], capture_output=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "pymarkdown"]
    venv = PEERS / "venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        print("installing pymarkdownlnt into benchmarks/.peers/venv …", file=sys.stderr)
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
        if made.returncode != 0:
            print(f"PyMarkdown skipped: cannot create a venv: {made.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    probe = subprocess.run([str(python), "-c", "import pymarkdown"], capture_output=True)
    if probe.returncode != 0:
        installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "pymarkdownlnt"], capture_output=True, text=True)
        if installed.returncode != 0:
            print(f"PyMarkdown skipped: `pip install pymarkdownlnt` failed: {installed.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    return [str(python), "-m", "pymarkdown"]


def markdownlint_command() -> list[str] | None:
    """markdownlint-cli2, installed with npm into ``benchmarks/.peers``."""
    binary = PEERS / "node_modules" / ".bin" / "markdownlint-cli2"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            print("markdownlint-cli2 skipped: npm is not installed", file=sys.stderr)
            return None
        print(f"installing markdownlint-cli2@{MARKDOWNLINT_VERSION} into benchmarks/.peers …", file=sys.stderr)
        PEERS.mkdir(exist_ok=True)
        installed = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(PEERS), f"markdownlint-cli2@{MARKDOWNLINT_VERSION}"],
            capture_output=True, text=True,
        )
        if installed.returncode != 0 or not binary.exists():
            print(f"markdownlint-cli2 skipped: npm install failed: {installed.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    return [str(binary)]


# -- one size ----------------------------------------------------------------------------


def recipelint_has_cache(env: dict[str, str]) -> bool:
    help_text = subprocess.run([sys.executable, "-m", "recipelint", "check", "--help"], capture_output=True, text=True, env=env).stdout
    return "--no-cache" in help_text


def bench_size(size: int, work: Path, runs: int, peers: dict[str, list[str] | None], env: dict[str, str]) -> dict:
    corpus = work / f"corpus-{size}"
    pages = build_corpus(size, work / "pool", corpus)
    file_list = work / f"files-{size}.txt"
    file_list.write_text("\n".join(str(p) for p in pages) + "\n", encoding="utf-8")
    edited = pages[0]  # the seed recipe: every rule has something to look at
    original = edited.read_bytes()
    cache_dir = work / f"cache-{size}"
    counter = iter(range(1_000_000))

    def edit() -> None:
        edited.write_bytes(original + f"\nEdited by the benchmark, run {next(counter)}.\n".encode())

    def drop_cache() -> None:
        shutil.rmtree(cache_dir, ignore_errors=True)

    recipelint = [sys.executable, "-m", "recipelint", "check", "--exit-zero"]
    cached = recipelint_has_cache(env)
    cache_args = ["--cache-dir", str(cache_dir)] if cached else []
    commands = [Command("floor", [sys.executable, "-c", FLOOR_SCRIPT, str(file_list)], work)]
    commands.append(Command("cold", [*recipelint, *cache_args, str(corpus)], work, before=drop_cache))
    if cached:
        commands.append(Command("warm", [*recipelint, *cache_args, str(corpus)], work))
        commands.append(Command("edit", [*recipelint, *cache_args, str(corpus)], work, before=edit))
        commands.append(Command("hook", [*recipelint, *cache_args, str(edited)], work, before=edit))
        if size == 1:
            commands.append(Command("hook-nocache", [*recipelint, "--no-cache", str(edited)], work))
    if peers.get("pymarkdown"):
        commands.append(Command("pymarkdown", [*peers["pymarkdown"], "--continue-on-error", "scan", "-r", str(corpus)], work))
    if peers.get("markdownlint"):
        commands.append(Command("markdownlint", [*peers["markdownlint"], "**/*.md"], corpus))
    print(f"N={size}: {len(pages)} pages in {corpus}; {runs} runs of {', '.join(c.name for c in commands)}", file=sys.stderr)
    measure(commands, runs, env)
    edited.write_bytes(original)
    return {c.name: c for c in commands}


# -- report ------------------------------------------------------------------------------


def median_ms(command: Command) -> float:
    return statistics.median(command.times) * 1000


def table(results: dict[int, dict[str, Command]]) -> str:
    names = ["floor", "cold", "warm", "edit", "hook", "hook-nocache", "pymarkdown", "markdownlint"]
    lines = [
        "| N | command | median ms | min ms | max ms | peak RSS MiB | × floor | cold ÷ this |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, commands in results.items():
        floor = median_ms(commands["floor"])
        cold = median_ms(commands["cold"])
        for name in names:
            command = commands.get(name)
            if command is None:
                continue
            ms = median_ms(command)
            versus = f"{cold / ms:.2f}" if name in ("pymarkdown", "markdownlint") else ""
            lines.append(
                f"| {size:,} | {name} | {ms:,.0f} | {min(command.times) * 1000:,.0f} | {max(command.times) * 1000:,.0f} | "
                f"{max(command.rss) / 1024:.0f} | {ms / floor:.2f} | {versus} |"
            )
    return "\n".join(lines)


def targets(results: dict[int, dict[str, Command]]) -> list[str]:
    """The performance targets, each with its measured ratio (where this run measured it)."""
    out = []

    def ratio(size: int, a: str, b: str) -> float | None:
        commands = results.get(size, {})
        if a not in commands or b not in commands:
            return None
        return median_ms(commands[a]) / median_ms(commands[b])

    def line(name: str, value: float | None, limit: float, what: str, higher: bool = False) -> None:
        if value is None:
            out.append(f"- **{name}** {what}: not measured in this run")
            return
        met = value >= limit if higher else value <= limit
        out.append(f"- **{name}** {what}: {value:.2f} ({'met' if met else 'not met'}, target {'≥' if higher else '≤'} {limit})")

    line("P1a", ratio(1, "hook", "floor"), 2.0, "one edited recipe, warm cache, × floor")
    line("P1b", ratio(1, "hook-nocache", "floor"), 2.5, "one recipe, no cache, × floor")
    big = max(results) if results else None
    if big is not None:
        line("P2", ratio(big, "cold", "floor"), 1.0, f"{big:,} files cold, × floor")
        line("P2", ratio(big, "markdownlint", "cold"), 2.0, f"{big:,} files: markdownlint-cli2 ÷ recipelint cold", higher=True)
        line("P2", ratio(big, "pymarkdown", "cold"), 15.0, f"{big:,} files: PyMarkdown ÷ recipelint cold", higher=True)
        line("P3", ratio(big, "warm", "cold"), 0.10, f"{big:,} files warm ÷ cold")
        hook_big, hook_one = results[big].get("hook"), results.get(1, {}).get("hook")
        value = median_ms(hook_big) / median_ms(hook_one) if hook_big and hook_one else None
        line("P3", value, 1.5, f"one edited page in the {big:,}-file site, warm ÷ the same in a 1-file site (P1a)")
        rss = max(results[big]["cold"].rss) / 1024 if "cold" in results[big] else None
        out.append(f"- **P4** peak RSS of the largest process, {big:,} files cold: {rss:.0f} MiB "
                   f"({'met' if rss is not None and rss <= 80 else 'not met'}, target ≤ 80)" if rss else "- **P4**: not measured")
        small = 1000 if 1000 in results and big > 1000 else None
        if small:
            line("P5", median_ms(results[big]["cold"]) / median_ms(results[small]["cold"]), 10.5 * big / 10_000,
                 f"time({big:,}) ÷ time({small:,}), cold")
    return out


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return (f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; load average before the run {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (after one warm-up run)")
    parser.add_argument("--no-peers", action="store_true", help="skip PyMarkdown and markdownlint-cli2")
    parser.add_argument("--output", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    parser.add_argument("--keep", type=Path, default=None, help="build the corpora here and keep them")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if not (SHARED / "corpora").is_dir():
        raise SystemExit(f"the corpora are not at {SHARED}; the benchmark needs ../shared beside the repository")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "RECIPELINT_NO_CACHE")}
    peers: dict[str, list[str] | None] = {}
    if not args.no_peers:
        peers = {"pymarkdown": pymarkdown_command(), "markdownlint": markdownlint_command()}
    started = datetime.datetime.now(datetime.timezone.utc)
    header = machine()
    work = args.keep or Path(tempfile.mkdtemp(prefix="recipelint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = {size: bench_size(size, work, args.runs, peers, env) for size in sizes}
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    skipped = [name for name, argv in peers.items() if argv is None]
    report = "\n".join([
        f"Run {started:%Y-%m-%d %H:%M} UTC: {header}; {args.runs} runs per command, medians.",
        *( [f"Skipped (could not be installed): {', '.join(skipped)}."] if skipped else [] ),
        "",
        table(results),
        "",
        *targets(results),
    ])
    print(report)
    args.output.write_text(_results_file(report), encoding="utf-8")
    print(f"\nwritten to {args.output}", file=sys.stderr)


def _results_file(report: str) -> str:
    return ("# Benchmark results\n\nWritten by `python benchmarks/run.py` (see `README.md` in this folder for what each "
            "row means).\n\n" + report + "\n")


if __name__ == "__main__":
    main()
